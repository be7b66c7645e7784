"""The pack cache: the bundled packs, validated and compiled once, kept in the user's cache folder.

Reading 70 rule files means parsing and validating each at every run, which a pre-commit hook
pays on every commit. The first run reads the YAML files and stores what it compiled as JSON in
the user's cache folder (`$LP_LINT_CACHE_DIR`, else `$XDG_CACHE_HOME/lp-lint`, else
`~/.cache/lp-lint`), under a name made of lp-lint's version and of the size and modification
time of every pack file, which the entry also holds in full; the next runs rebuild the packs
from it without validating them again, as plain records (`records.thaw`): neither pydantic nor
a YAML file is read then. As git does for its index, a file is taken as unchanged while its size
and modification time are, and an entry is only written when every file was last modified at
least `SETTLED_NS` before it was looked at, so that a later change always shows in its time. The
cache is never in the way: a folder that cannot be created or written, a file absent, corrupt,
foreign or stale, and lp-lint compiles the packs in memory, as the first run did.
`LP_LINT_CACHE_DIR=` (empty) turns the cache off. Nothing in it is executed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import time
import zlib
from pathlib import Path
from typing import Any, NamedTuple

from lp_lint import __version__
from lp_lint.rules.checks import CHECKS
from lp_lint.rules.packs import Pack, Rule, pack_signature
from lp_lint.rules.records import PackFile, RuleFile, thaw

FORMAT = "lp-lint-compiled-packs-2"
PREFIX = "packs-"


def cache_dir() -> Path | None:
    """The user's cache folder for lp-lint, or None when the environment turns the cache off."""
    chosen = os.environ.get("LP_LINT_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    return (Path(base) if base else Path.home() / ".cache") / "lp-lint"


SETTLED_NS = 2_000_000_000
"""How long before it is looked at a pack file must have been last modified for an entry to be
written: longer than the coarsest clock of a file system (two seconds on FAT)."""

Signature = tuple[tuple[str, int, int], ...]


class PackCache(NamedTuple):
    """The cache entry of one folder of packs, as the files are now."""

    folder: Path
    file: Path | None
    signature: Signature
    """Each pack file, relative to the folder, with its size and modification time."""
    looked_ns: int
    """When the signature was taken."""

    @classmethod
    def of(cls, folder: Path) -> PackCache:
        signature = tuple(
            (Path(path).relative_to(folder).as_posix(), size, mtime)
            for path, size, mtime in pack_signature((folder,))
        )
        where = cache_dir()
        key = zlib.crc32(json.dumps(signature).encode())
        name = f"{PREFIX}{__version__}-{key:08x}.json"
        return cls(folder, where / name if where else None, signature, time.time_ns())

    @property
    def settled(self) -> bool:
        """Whether every file was last modified long enough before it was looked at (and could
        be looked at): only then does the signature tell any later change."""
        latest = self.looked_ns - SETTLED_NS
        return all(0 <= mtime < latest for _, _, mtime in self.signature)

    def load(self) -> tuple[Pack, ...] | None:
        """The cached packs, or None when they are missing, broken or out of date."""
        if self.file is None:
            return None
        try:
            document = json.loads(self.file.read_text(encoding="utf-8"))
            if document.get("format") != FORMAT or document.get("signature") != _listed(self):
                return None
            packs = tuple(_pack(item, self.folder) for item in document["packs"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        names = sorted(name for name, _, _ in self.signature)
        return packs if _files_of(packs, self.folder) == names else None

    def store(self, packs: list[Pack]) -> None:
        """Keep `packs` for the next runs, and the most recent other entries (another install
        or version of the rule files); silently nothing when the folder cannot be written (the
        packs were compiled in memory all the same)."""
        if self.file is None or not self.settled:
            return
        import tempfile  # only the first run writes the cache (tempfile brings shutil's archives)

        text = dump(packs, _listed(self))
        with contextlib.suppress(OSError):
            self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temporary = tempfile.mkstemp(prefix=".packs-", dir=self.file.parent)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    stream.write(text)
                os.replace(temporary, self.file)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            _prune(self.file.parent)


def _files_of(packs: tuple[Pack, ...], folder: Path) -> list[str]:
    """The pack files an entry stands for: an entry that lost a rule (edited, or written by
    hand) no longer matches the folder, and the packs are read again."""
    names = [f"{pack.folder.name}/pack.yaml" for pack in packs]
    names += [rule.path.relative_to(folder).as_posix() for pack in packs for rule in pack.rules]
    return sorted(names)


KEPT = 8
"""Entries kept: one per version of the rule files in use (two installs, a branch switched back
and forth), never a folder that grows with every edit of a rule."""


def _prune(folder: Path) -> None:
    """Remove all but the KEPT most recently written entries."""
    entries = []
    for entry in folder.glob(f"{PREFIX}*.json"):
        with contextlib.suppress(OSError):
            entries.append((entry.stat().st_mtime_ns, entry))
    for _, old in sorted(entries, reverse=True)[KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _listed(cache: PackCache) -> list[list[object]]:
    """The signature as JSON gives it back."""
    return [list(entry) for entry in cache.signature]


def dump(packs: list[Pack] | tuple[Pack, ...], signature: list[list[object]]) -> str:
    document = {
        "format": FORMAT,
        "signature": signature,
        "packs": [
            {
                "source": pack.source.model_dump(),
                "folder": pack.folder.name,
                "rules": [
                    {
                        "source": rule.source.model_dump(),
                        "pack": rule.pack,
                        "file": rule.path.name,
                        "params": {n: p.model_dump() for n, p in rule.params.items()},
                    }
                    for rule in pack.rules
                ],
            }
            for pack in packs
        ],
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), default=_iso_date)
    return text + "\n"


def _iso_date(value: object) -> str:
    """JSON has no dates: they are kept as their ISO text (`records.thaw` reads them back)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not kept in the pack cache")


def _pack(item: dict[str, Any], folder: Path) -> Pack:
    pack_folder = folder / item["folder"]
    rules = []
    for rule in item["rules"]:
        check = CHECKS[rule["source"]["check"]]
        params = {name: thaw(check.params, values) for name, values in rule["params"].items()}
        source = thaw(RuleFile, rule["source"])
        rules.append(Rule(source, rule["pack"], check, params, pack_folder / rule["file"]))
    return Pack(thaw(PackFile, item["source"]), tuple(rules), pack_folder)
