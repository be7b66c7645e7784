"""Shared UEs (mutualisation): an element of `ues:` or `ecs:` written `{inclure: CHEMIN}` is
replaced by the UE (or EC) the file at CHEMIN holds, its positions kept in that file.

An include reads untrusted files named by an untrusted maquette, so every step is checked
before any byte is read: the path is relative, its real location (links resolved) lies inside
the repository the maquette is in (its git work tree, else the maquette's own folder tree), it
is a regular file (never a device or a FIFO), it is not already being included (a cycle), it is
not nested too deep, and every file read counts against the maquette's byte and node limits.
Any refusal is an error at the `inclure:` value and leaves the maquette unjudged, as a YAML
error would: a UE left out would change every sum.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from lp_lint.findings import DocPath, Finding, Severity, Span
from lp_lint.i18n import msg
from lp_lint.pseudo_rules import (
    INCLUDE_CYCLE,
    INCLUDE_KIND,
    INCLUDE_LIMIT,
    INCLUDE_PATH,
    INCLUDE_UNREADABLE,
)
from lp_lint.reading.loader import Limits, Loaded, load_yaml
from lp_lint.reading.source import DEFAULT_MAX_BYTES, decode_bytes, read_bounded
from lp_lint.reading.sourcemap import SourceMap

INCLUDE_KEY = "inclure"
MAX_INCLUDE_DEPTH = 3
"""A maquette includes a UE, which may include an EC or be a mere redirection: three levels
cover every real layout; more is a mistake or an attack."""
_NOT_A_PART = ("version", "formation", "semestres")
"""Keys of a whole maquette: a file holding one of them is not a UE or an EC."""
_NO_LIMITS = Limits()
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def has_include(data: Any) -> bool:
    """Whether any element of a semester's `ues` or of a UE's `ecs` is an include (cheap)."""
    for ue in _elements(data, "semestres", "ues"):
        if _is_include(ue):
            return True
        if isinstance(ue, dict) and any(_is_include(ec) for ec in _list(ue.get("ecs"))):
            return True
    return False


def load_with_includes(
    text: str,
    origin: str,
    limits: Limits = _NO_LIMITS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Loaded:
    """`load_yaml`, then every include of the maquette at `origin` (the path reports show)
    replaced by its file's content; a refused include makes the data None."""
    loaded = load_yaml(text, limits)
    if loaded.data is None or not has_include(loaded.data):
        return loaded
    resolver = _Resolver(loaded.source_map, limits, max_bytes, Path(origin), loaded.nodes)
    resolver.resolve_all(loaded.data)
    findings = loaded.findings + resolver.findings
    data = None if resolver.findings else loaded.data
    nodes = limits.max_nodes - resolver.nodes_left
    return Loaded(data, loaded.source_map, findings, nodes)


def repository_root(start: Path) -> Path:
    """The git work tree holding `start` (a folder, links resolved), else `start` itself."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


class _Where(NamedTuple):
    """Where relative includes start from: the including file's folder, links resolved and as
    reports show it, and the files being included (for cycles and depth)."""

    real_dir: Path
    shown_dir: str
    chain: tuple[Path, ...]


@dataclass
class _Resolver:
    source_map: SourceMap
    limits: Limits
    max_bytes: int
    origin: Path
    nodes: int
    """The maquette's own: the includes share what is left of `max_nodes`."""
    findings: list[Finding] = field(default_factory=list)
    bytes_left: int = 0
    nodes_left: int = 0

    def __post_init__(self) -> None:
        self.bytes_left = self.max_bytes
        self.nodes_left = self.limits.max_nodes - self.nodes
        self.main = Path(os.path.realpath(self.origin))
        self.root = repository_root(self.main.parent)

    def resolve_all(self, data: Any) -> None:
        for s, semestre in enumerate(_list(data.get("semestres"))):
            if isinstance(semestre, dict):
                ues = _list(semestre.get("ues"))
                where = _Where(self.origin.parent, str(self.origin.parent), (self.main,))
                for u in range(len(ues)):
                    self.element(ues, u, ("semestres", s, "ues", u), where, "UE")

    def element(
        self, items: list[Any], index: int, path: DocPath, where: _Where, kind: str
    ) -> None:
        """Resolve `items[index]` if it is an include, then the includes among its ECs."""
        if _is_include(items[index]):
            self.include(items, index, path, where, kind)
            return
        item = items[index]
        if kind == "UE" and isinstance(item, dict):
            ecs = _list(item.get("ecs"))
            for e in range(len(ecs)):
                self.element(ecs, e, (*path, "ecs", e), where, "EC")

    def include(
        self, items: list[Any], index: int, path: DocPath, where: _Where, kind: str
    ) -> None:
        """Replace the include at `items[index]`, or say why it is refused."""
        element = items[index]
        at = (*path, INCLUDE_KEY)
        if len(element) > 1:
            self.refuse(at, INCLUDE_KIND.code, "include.alone", kind=kind)
            return
        written = element[INCLUDE_KEY]
        target = self.checked_target(written, where, at)
        if target is None:
            return
        shown = os.path.normpath(os.path.join(where.shown_dir, written))
        loaded = self.read(target, shown, at, len(path))
        if loaded is None:
            return
        data = loaded.data
        if not isinstance(data, dict) or any(key in data for key in _NOT_A_PART):
            self.refuse(at, INCLUDE_KIND.code, "include.not_a_part", kind=kind, file=shown)
            return
        items[index] = data
        self.source_map.graft(path, loaded.source_map, shown)
        inner = _Where(target.parent, os.path.dirname(shown), (*where.chain, target))
        if _is_include(data):  # a file that only redirects to another
            self.include(items, index, path, inner, kind)
        elif kind == "UE":  # its ECs' includes are relative to it
            ecs = _list(data.get("ecs"))
            for e in range(len(ecs)):
                self.element(ecs, e, (*path, "ecs", e), inner, "EC")

    def checked_target(self, written: Any, where: _Where, at: DocPath) -> Path | None:
        """The real path to read, or None (and a finding) when the include is refused."""
        if not isinstance(written, str) or not written.strip() or "\0" in written:
            self.refuse(at, INCLUDE_PATH.code, "include.bad_path")
            return None
        if os.path.isabs(written) or written.startswith(("/", "\\")) or ":" in written[:3]:
            self.refuse(at, INCLUDE_PATH.code, "include.absolute", path=written)
            return None
        target = Path(os.path.realpath(where.real_dir / written))
        if not target.is_relative_to(self.root):
            self.refuse(at, INCLUDE_PATH.code, "include.outside", path=written, root=str(self.root))
            return None
        if target in where.chain:
            self.refuse(at, INCLUDE_CYCLE.code, "include.cycle", path=written)
            return None
        if len(where.chain) > MAX_INCLUDE_DEPTH:
            self.refuse(at, INCLUDE_LIMIT.code, "include.depth", max=MAX_INCLUDE_DEPTH)
            return None
        return target

    def read(self, target: Path, shown: str, at: DocPath, depth: int) -> Loaded | None:
        """The included file composed under the limits left; None (and findings) on failure."""
        if self.nodes_left < 0 or self.bytes_left < 0:
            return None  # a limit was passed: its one finding says so
        data = self.read_bytes(target, at)
        if data is None:
            return None
        source = decode_bytes(data)
        if source.text is None:
            self.findings.extend(_in_file(f, shown) for f in source.findings)
            return None
        limits = Limits(max(1, self.limits.max_depth - depth), max(0, self.nodes_left))
        loaded = load_yaml(source.text, limits)
        self.nodes_left -= loaded.nodes
        errors = [f for f in loaded.findings if f.severity is Severity.ERROR]
        if loaded.data is None or errors:
            self.findings.extend(_in_file(f, shown) for f in loaded.findings)
            if not loaded.findings:
                self.refuse(at, INCLUDE_KIND.code, "include.empty", file=shown)
            return None
        return loaded

    def read_bytes(self, target: Path, at: DocPath) -> bytes | None:
        """At most the bytes left, from a regular file only, never through a final link."""
        try:
            if not stat.S_ISREG(os.stat(target).st_mode):
                self.refuse(at, INCLUDE_UNREADABLE.code, "include.not_regular", path=str(target))
                return None
            descriptor = os.open(target, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
            with os.fdopen(descriptor, "rb") as stream:
                if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                    self.refuse(
                        at, INCLUDE_UNREADABLE.code, "include.not_regular", path=str(target)
                    )
                    return None
                data = read_bounded(stream, min(self.max_bytes, self.bytes_left))
        except OSError as error:
            reason = error.strerror or str(error)
            self.refuse(
                at, INCLUDE_UNREADABLE.code, "include.unreadable", path=str(target), reason=reason
            )
            return None
        if data is None:
            self.refuse(at, INCLUDE_LIMIT.code, "include.bytes", max=self.max_bytes)
            self.bytes_left = -1
            return None
        self.bytes_left -= len(data)
        return data

    def refuse(self, at: DocPath, code: str, message: str, **values: object) -> bool:
        span = self.source_map.value_span(at)
        self.findings.append(
            Finding(_IDS[code], code, Severity.ERROR, msg(message, **values), span, at)
        )
        return False


_IDS = {
    INCLUDE_UNREADABLE.code: "include-unreadable",
    INCLUDE_PATH.code: "include-path",
    INCLUDE_CYCLE.code: "include-cycle",
    INCLUDE_LIMIT.code: "include-limit",
    INCLUDE_KIND.code: "include-kind",
}


def _in_file(finding: Finding, shown: str) -> Finding:
    """A finding of the included file's own reading, placed in that file."""
    span: Span = finding.span._replace(file=shown)
    return finding._replace(span=span)


def _is_include(item: Any) -> bool:
    return isinstance(item, dict) and INCLUDE_KEY in item


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _elements(data: Any, outer: str, inner: str) -> list[Any]:
    if not isinstance(data, dict):
        return []
    return [
        item
        for block in _list(data.get(outer))
        if isinstance(block, dict)
        for item in _list(block.get(inner))
    ]
