"""Reading pack folders: YAML through the maquettes' safe loader, shapes validated, rules
compiled, every problem a finding positioned in its file.

The bundled packs come from the pack cache (`compiled`) when it holds them, and are stored there
after they are read; local packs are read every time (once per process and version of the
files, like all packs).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lp_lint.findings import Finding, Severity
from lp_lint.pseudo_rules import CONFIG
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.source import read_source
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.rules import compiled
from lp_lint.rules.packs import Pack, PackSet, Rule, bundled_rules_dir
from lp_lint.rules.records import PackFile, thaw

if TYPE_CHECKING:  # compiling is for the files read, not for packs that come from the cache
    from lp_lint.rules.compile import Problem

Located = tuple[Path, Finding]


@functools.lru_cache(maxsize=8)
def load_packs(
    folders: tuple[Path, ...],
    signature: tuple[tuple[str, int, int], ...] = (),
    use_cache: bool = True,
) -> PackSet:
    """Load every pack under `folders` (each a folder of pack folders), once per process and
    version of the files (`signature`)."""
    packs: list[Pack] = []
    problems: list[Located] = []
    maps: dict[Path, SourceMap] = {}
    for folder in folders:
        cache = (
            compiled.PackCache.of(folder) if use_cache and folder == bundled_rules_dir() else None
        )
        cached = cache.load() if cache else None
        if cached is not None:
            packs.extend(cached)
            continue
        read: list[Pack] = []
        found_here: list[Located] = []
        for pack_dir in sorted(p for p in folder.iterdir() if _holds_pack(p)):
            pack, found = _load_pack(pack_dir, maps)
            found_here.extend(found)
            if pack is not None:
                read.append(pack)
        if cache is not None and not found_here:
            cache.store(read)
        packs.extend(read)
        problems.extend(found_here)
    problems.extend(_extends_problems(packs, maps))
    return PackSet(_resolve_extends(packs), tuple(problems))


def _holds_pack(folder: Path) -> bool:
    """A folder with a `pack.yaml`, even a broken link (then reported, not silently skipped)."""
    pack = folder / "pack.yaml"
    try:
        return pack.is_symlink() or pack.is_file()
    except OSError:  # the folder itself is a looping link
        return False


def _load_pack(folder: Path, maps: dict[Path, SourceMap]) -> tuple[Pack | None, list[Located]]:
    from lp_lint.rules import pack_files  # the models validate files the cache did not hold
    from lp_lint.rules.compile import compile_rule

    pack_path = folder / "pack.yaml"
    source, problems, maps[pack_path] = _read(pack_files.PackFile, pack_path)
    rules: list[Rule] = []
    for rule_path in sorted(folder.glob("*.yaml")):
        if rule_path.name == "pack.yaml":
            continue
        rule_file, found, source_map = _read(pack_files.RuleFile, rule_path)
        problems.extend(found)
        if rule_file is not None and source is not None:
            rule, errors = compile_rule(rule_file, source.id, rule_path)
            problems.extend((rule_path, _finding(e, source_map)) for e in errors)
            if rule is not None:
                rules.append(rule)
    if source is None:
        return None, problems
    return Pack(thaw(PackFile, source.model_dump()), tuple(rules), folder), problems


def _read(model: type[Any], path: Path) -> tuple[Any, list[Located], SourceMap]:
    from lp_lint.reading.validation import validate  # only for pack files not in the cache

    text = read_source(path)
    if text.text is None:
        return None, [(path, f) for f in text.findings], SourceMap()
    loaded = load_yaml(text.text)
    if loaded.findings:
        return None, [(path, f) for f in loaded.findings], loaded.source_map
    value, findings = validate(model, loaded.data, loaded.source_map, rule_id="rule-pack")
    return value, [(path, f) for f in findings], loaded.source_map


def _finding(problem: Problem, source_map: SourceMap) -> Finding:
    span = source_map.finding_span(problem.path)
    return Finding("rule-pack", CONFIG.code, Severity.ERROR, problem.message(), span, problem.path)


def _extends_problems(packs: list[Pack], maps: dict[Path, SourceMap]) -> list[Located]:
    known = sorted(pack.id for pack in packs)
    problems = []
    for pack in packs:
        parent = pack.source.extends
        if parent and parent not in known:
            from lp_lint.rules.compile import Problem, did_you_mean

            path = pack.folder / "pack.yaml"
            problem = Problem("pack.unknown_extends", did_you_mean(parent, known), ("extends",))
            problems.append((path, _finding(problem, maps.get(path, SourceMap()))))
    return problems


def _resolve_extends(packs: list[Pack]) -> tuple[Pack, ...]:
    """A pack that extends another gets the other's rules, its own winning on the same id."""
    by_id = {pack.id: pack for pack in packs}
    resolved = []
    for pack in packs:
        rules = {rule.id: rule for rule in pack.rules}
        parent, seen = pack.source.extends, {pack.id}
        while parent and parent in by_id and parent not in seen:
            seen.add(parent)
            for rule in by_id[parent].rules:
                rules.setdefault(rule.id, rule)
            parent = by_id[parent].source.extends
        resolved.append(Pack(pack.source, tuple(rules.values()), pack.folder))
    return tuple(resolved)
