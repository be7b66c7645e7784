"""The bundled packs' cache: built from the YAML files on the first run, in the user's cache
folder, and never in the way (stale, broken, unwritable or turned off: the packs are compiled
in memory and the findings are the same)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from lp_lint.rules import compiled
from lp_lint.rules.loading import load_packs
from lp_lint.rules.packs import PackSet, bundled_rules_dir


def summary(pack_set: PackSet) -> dict[str, object]:
    return {
        rule.code: (
            rule.source,
            rule.pack,
            rule.check.name,
            {name: params.model_dump() for name, params in rule.params.items()},
            rule.path,
        )
        for pack in pack_set.packs
        for rule in pack.rules
    }


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("LP_LINT_CACHE_DIR", str(folder))
    return folder


def fresh(folder: Path, use_cache: bool = True) -> PackSet:
    """Packs loaded anew (load_packs keeps one answer per signature within a process)."""
    return load_packs((folder,), ((str(os.urandom(8)), 0, 0),), use_cache)


def test_the_first_run_fills_the_cache_and_the_next_reads_the_same_packs(cache: Path) -> None:
    folder = bundled_rules_dir()
    plain = fresh(folder, use_cache=False)
    assert not cache.exists()
    first = fresh(folder)
    [entry] = cache.glob("packs-*.json")
    cached = compiled.PackCache.of(folder)
    assert cached is not None and cached.file == entry
    loaded = cached.load()
    assert loaded is not None
    assert summary(PackSet(loaded, ())) == summary(plain) == summary(first)
    assert summary(fresh(folder)) == summary(plain)


def settle(path: Path) -> None:
    """Date `path` a minute back, as a file edited before the run that reads it."""
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns - 60 * 10**9))


def test_a_stale_or_broken_entry_is_ignored_and_replaced(cache: Path, tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(bundled_rules_dir(), copy)
    fresh(copy)  # not the bundled folder: nothing cached
    assert not cache.exists()
    entry = compiled.PackCache.of(copy)
    assert entry is not None and entry.file is not None
    entry.store(list(fresh(copy, use_cache=False).packs))
    assert entry.load() is not None
    rule = copy / "lp-1999" / "stage-duree.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("max: 16", "max: 17"), "utf-8")
    just_changed = compiled.PackCache.of(copy)
    assert just_changed.file != entry.file and just_changed.load() is None
    just_changed.store(list(fresh(copy, use_cache=False).packs))
    assert just_changed.load() is None  # too recent: a change in the same tick would not show
    settle(rule)
    stale = compiled.PackCache.of(copy)
    assert stale.file != entry.file and stale.load() is None
    entry.file.write_text("{not json", encoding="utf-8")
    assert entry.load() is None
    entry.file.write_text('{"format": "other", "hash": "x", "packs": []}', encoding="utf-8")
    assert entry.load() is None
    stale.store(list(fresh(copy, use_cache=False).packs))
    assert stale.load() is not None and entry.file.exists()  # two versions live side by side


def test_an_entry_that_lost_a_rule_is_ignored(cache: Path, tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(bundled_rules_dir(), copy)
    entry = compiled.PackCache.of(copy)
    assert entry is not None and entry.file is not None
    packs = list(fresh(copy, use_cache=False).packs)
    entry.store(packs)
    assert entry.load() is not None
    first, *others = packs
    entry.store([first._replace(rules=first.rules[1:]), *others])
    assert entry.load() is None  # a rule file the entry does not hold: the packs are read again
    entry.store(others)
    assert entry.load() is None


def test_the_cache_keeps_the_most_recent_entries(cache: Path) -> None:
    cache.mkdir()
    for index in range(compiled.KEPT + 3):
        old = cache / f"packs-0.0.{index}-x.json"
        old.write_text("{}", encoding="utf-8")
        os.utime(old, ns=(index * 10**9, index * 10**9))
    entry = compiled.PackCache.of(bundled_rules_dir())
    assert entry is not None and entry.file is not None
    entry.store(list(fresh(bundled_rules_dir(), use_cache=False).packs))
    left = sorted(p.name for p in cache.glob("packs-*.json"))
    assert len(left) == compiled.KEPT and entry.file.name in left
    assert "packs-0.0.0-x.json" not in left and f"packs-0.0.{compiled.KEPT + 2}-x.json" in left


def test_a_cache_folder_that_cannot_be_made_falls_back_to_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name taken by a file (root included, who may write anywhere else): compiled in memory."""
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder", encoding="utf-8")
    for chosen in (blocker, blocker / "below"):
        monkeypatch.setenv("LP_LINT_CACHE_DIR", str(chosen))
        packs = fresh(bundled_rules_dir())
        assert summary(packs) == summary(fresh(bundled_rules_dir(), use_cache=False))
        assert not packs.findings
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LP_LINT_CACHE_DIR", "")
    assert compiled.cache_dir() is None
    entry = compiled.PackCache.of(bundled_rules_dir())
    assert entry is not None and entry.file is None and entry.load() is None


def test_the_default_folder_follows_the_platform_conventions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("LP_LINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled.cache_dir() == tmp_path / "lp-lint"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert compiled.cache_dir() == tmp_path / "home" / ".cache" / "lp-lint"


def test_the_checkout_holds_no_compiled_packs() -> None:
    """The cache is built from the YAML: nothing compiled is committed or shipped."""
    assert not list(bundled_rules_dir().glob("*.json"))
