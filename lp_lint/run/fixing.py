"""`check --fix` and `--diff`: each maquette fixed in memory, pass after pass, then written once.

A fix can reveal another (a key renamed, its value then read): the text is linted again after
each pass, up to `MAX_PASSES`. A file keeps its encoding and byte-order mark; the write is
atomic, so an interruption leaves the old file or the new one. Only regular files are rewritten:
a symbolic link in a linted repository could point anywhere.
"""

from __future__ import annotations

import codecs
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lp_lint.files import atomic_write_bytes
from lp_lint.reading.fixes import apply_fixes, chosen_fixes, unified_diff
from lp_lint.reading.source import decode_bytes, read_path
from lp_lint.rules.packs import PackSet
from lp_lint.run.discovery import files_to_lint, options_for
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_text
from lp_lint.run.rule_sets import packs_for

MAX_PASSES = 5
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose mark begins it
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class FixRun:
    fixed: dict[str, int] = field(default_factory=dict)
    """Fixes applied, by file."""
    diffs: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Files with fixes that were left alone: symbolic links and special files, which a
    repository could point anywhere."""

    @property
    def total(self) -> int:
        return sum(self.fixed.values())


def fixed_text(
    text: str, name: str, options: Options, pack_set: PackSet, unsafe: bool
) -> tuple[str, int]:
    """The text with every chosen fix applied, and how many were."""
    count = 0
    for _ in range(MAX_PASSES):
        findings = lint_text(text, name, options, pack_set).findings
        fixes = (f.fix for f in findings if f.span.file is None)  # an included file is not ours
        text, applied = apply_fixes(text, chosen_fixes(fixes, unsafe))
        count += len(applied)
        if not applied:
            break
    return text, count


def fix_paths(
    paths: Iterable[str],
    options: Options,
    given: frozenset[str],
    isolated: bool,
    only_maquettes: bool,
    unsafe: bool,
    write: bool,
) -> FixRun:
    """Fix every maquette under `paths` (each with its own configuration); write when asked."""
    run = FixRun()
    packs: dict[Options, PackSet] = {}
    for path in files_to_lint(paths, options, given, isolated, only_maquettes):
        file_options = options_for(path, options, given, isolated)
        if file_options not in packs:
            packs[file_options] = packs_for(file_options)
        _fix_file(path, file_options, packs[file_options], unsafe, write, run)
    return run


def _fix_file(
    path: Path, options: Options, pack_set: PackSet, unsafe: bool, write: bool, run: FixRun
) -> None:
    try:
        info = path.lstat()  # a link is read (bounded) but never written through
        data = read_path(path, options.max_bytes)
    except OSError:
        return  # the lint that follows reports it
    if data is None:
        return  # likewise
    text = decode_bytes(data).text
    if text is None:
        return
    new, count = fixed_text(text, str(path), options, pack_set, unsafe)
    if not count:
        return
    if not stat.S_ISREG(info.st_mode):
        run.skipped.append(str(path))
        return
    run.fixed[str(path)] = count
    run.diffs.append(unified_diff(str(path), text, new))
    if write:
        atomic_write_bytes(path, encoded_as(data, new))


def encoded_as(original: bytes, text: str) -> bytes:
    """`text` in the encoding of `original`, byte-order mark included (UTF-8 without one)."""
    for bom, codec in _BOMS:
        if original.startswith(bom):
            return bom + text.encode(codec)
    return text.encode("utf-8")
