"""Which files are maquettes, and which paths a run reads.

A maquette is recognised by its parsed top-level mapping, not by how it is written: a key
`formation` whose value is a mapping (block or flow style, quoted or not, `? formation`, JSON
syntax), or a key `formation` beside a key `version`. Only the events of the first level are looked at,
the parser reads the file in chunks and stops as soon as the answer is known, and never reads
more than DETECT_BYTES (nor the run's byte limit): skipping a large value costs about a second
per 1.5 MB, and a maquette names its `formation` long before that. A file YAML cannot parse up
to the answer (a broken maquette, or one cut by the limit) is judged by its text instead: a line
that opens with a `formation` key makes it a maquette, so that a broken maquette is reported
rather than skipped; so does a first level that the limit cuts before any key but `version`
(a long comment header).

In a directory, only regular files are read: symbolic links are not followed (they may lead out
of the folder being checked) and FIFOs, sockets or devices are skipped (reading one may never
end). A path named on the command line is always read, through its link if it is one (a named
FIFO or device is read without waiting for a writer, and bounded: see lp_lint.reading.source).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import yaml

from lp_lint.reading.ignore import Ignored
from lp_lint.reading.source import decode_bytes

MAQUETTE_SUFFIXES = (".yaml", ".yml")
"""The names a directory walk looks at: a maquette is a YAML file (JSON syntax included); a
`.json` file is linted when named, never looked for (reports and baselines are JSON)."""
DETECT_BYTES = 1024 * 1024
_EventSource: Any = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
_FORMATION_LINE = re.compile(
    r"""^(?:\{\s*)?(?:\?\s*)?(["']?)formation\1\s*(?::|$)|^\s+"formation"\s*:""", re.MULTILINE
)
"""A line that opens with a `formation` key (block, `? formation`, JSON): the fallback test."""


def walk(root: Path, max_bytes: int, ignored: Ignored | None = None) -> Iterator[Path]:
    """The maquettes under `root`, sorted, skipping hidden entries, links and special files,
    and what `ignored` leaves out (`--exclude`, `.gitignore`: see lp_lint.reading.ignore)."""
    for folder, dirs, names in os.walk(root, followlinks=False):
        here = Path(folder)
        if ignored is not None:
            ignored.enter(here)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and not (ignored and ignored(here / d, is_dir=True))
        )
        for name in sorted(names):
            path = here / name
            if (
                name.endswith(MAQUETTE_SUFFIXES)
                and not name.startswith(".")
                and not (ignored and ignored(path, is_dir=False))
                and _is_regular(os.lstat, path)
                and is_maquette(path, max_bytes)
            ):
                yield path


def _is_regular(stat_of: Any, path: Path) -> bool:
    try:
        return stat.S_ISREG(stat_of(path).st_mode)
    except OSError:
        return False


def is_maquette(path: Path, max_bytes: int) -> bool:
    """Whether `path` holds a maquette (see the module docstring); reads at most `max_bytes`
    (and DETECT_BYTES).

    A file that cannot be read counts as one, so that linting it reports why.
    """
    if not _is_regular(os.stat, path):
        return False
    limit = min(max_bytes, DETECT_BYTES)
    seen: set[str] = set()
    try:
        with path.open("rb") as handle:
            bounded = _Bounded(handle, limit)
            verdict = top_level_verdict(bounded, seen)
            unfinished = bounded.cut() and _may_continue(seen)
            if verdict is False and unfinished:
                verdict = None  # the limit, not the file, ended the first level
            if verdict is not None:
                return verdict
            handle.seek(0)
            head = handle.read(limit)
    except OSError:
        return True
    return unfinished or _formation_line(head)


def _may_continue(seen: set[str]) -> bool:
    """A first level cut by the limit may still be a maquette's: nothing but its own keys so far
    (a long comment header, `version`). Such a file is linted, never skipped unread."""
    return seen <= {"version", "formation"}


def top_level_verdict(stream: object, seen: set[str] | None = None) -> bool | None:
    """True or False once the first level of the document decides; None if it cannot be parsed
    that far. The top-level keys read on the way are added to `seen`."""
    try:
        parser = _EventSource(stream)
    except ValueError:  # a lone surrogate, which no encoding can hand to the parser
        return None
    try:
        events = iter(parser.get_event, None)
        for event in events:
            if isinstance(event, yaml.NodeEvent):
                break
        else:
            return False
        if not isinstance(event, yaml.MappingStartEvent):
            return False  # a list, a scalar or an empty document
        return _scan_top_mapping(events, set() if seen is None else seen)
    except (yaml.YAMLError, ValueError, StopIteration):
        return None
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()


def _scan_top_mapping(events: Iterator[Any], keys: set[str]) -> bool:
    """Walk the entries of the top mapping, skipping what lies below them."""
    for key in events:
        if isinstance(key, yaml.MappingEndEvent):
            return False
        name = key.value if isinstance(key, yaml.ScalarEvent) else None
        _skip_node(events, key)
        value = next(events)
        if name == "formation" and isinstance(value, yaml.MappingStartEvent | yaml.AliasEvent):
            return True
        keys.add(name or "")
        if {"formation", "version"} <= keys:
            return True
        _skip_node(events, value)
    return False


def _skip_node(events: Iterator[Any], first: Any) -> None:
    """Consume the rest of the node that `first` starts (nothing more for a scalar or alias)."""
    depth = 1 if isinstance(first, yaml.CollectionStartEvent) else 0
    while depth:
        event = next(events)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def text_is_maquette(text: str) -> bool:
    """`is_maquette` for a text already in memory (an editor's buffer)."""
    verdict = top_level_verdict(text)
    return _FORMATION_LINE.search(text) is not None if verdict is None else verdict


def _formation_line(head: bytes) -> bool:
    text = decode_bytes(head).text or head.decode("utf-8", "replace")
    return _FORMATION_LINE.search(text) is not None


class _Bounded:
    """A binary stream that ends after `limit` bytes, so a parse never reads past the limit."""

    def __init__(self, handle: IO[bytes], limit: int) -> None:
        self.handle = handle
        self.left = limit

    def read(self, size: int = -1) -> bytes:
        size = self.left if size < 0 else min(size, self.left)
        data = self.handle.read(size)
        self.left -= len(data)
        return data

    def cut(self) -> bool:
        """True when the limit was reached with more of the file left unread."""
        return self.left == 0 and bool(self.handle.read(1))
