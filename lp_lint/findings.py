"""The one Finding type that every stage reports: syntax, shape, rule hits, internal errors.

Named tuples rather than dataclasses: they are created by the thousand, and defining a frozen
dataclass costs about a millisecond of start-up that every pre-commit run would pay.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import NamedTuple

from lp_lint.i18n import Lang, Message, joined, plain

DocPath = tuple[str | int, ...]
"""A path into the YAML document, e.g. ("semestres", 0, "ues", 2, "ects")."""


class Severity(IntEnum):
    """Ordered so that `max()` gives the most severe."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.upper()]


class Position(NamedTuple):
    """1-based line and column (columns count characters, not bytes)."""

    line: int
    column: int


class Span(NamedTuple):
    start: Position
    end: Position
    file: str | None = None
    """The file the positions are in, when it is not the maquette reported (a shared UE it
    includes, `inclure:`); None for the maquette itself."""

    @classmethod
    def from_marks(cls, start: tuple[int, int], end: tuple[int, int]) -> Span:
        """The one place where 0-based YAML marks become 1-based positions."""
        return Span(Position(start[0] + 1, start[1] + 1), Position(end[0] + 1, end[1] + 1))

    @classmethod
    def point(cls, line: int, column: int) -> Span:
        return Span(Position(line, column), Position(line, column))


FILE_START = Span.point(1, 1)


class Reference(NamedTuple):
    """Where a rule comes from: the text, its article, and a Légifrance URL."""

    texte: str
    article: str
    url: str
    statut: str = ""


class Edit(NamedTuple):
    """Replace the text at `span`, which reads `old` when the edit is made, with `new`."""

    span: Span
    old: str
    new: str


class Fix(NamedTuple):
    """A mechanical correction of a finding: text edits, never a re-dump of the document.

    `safe` fixes cannot change what the author meant (quoting a code that YAML would read as a
    number); the others (a guessed key name) are applied only when asked for.
    """

    title: Message
    edits: tuple[Edit, ...]
    safe: bool


class Finding(NamedTuple):
    """What was found, without its words: `message` is put into the reader's language by the
    output that shows it (`text`), so that one run can be rendered in French and in English."""

    rule_id: str
    code: str
    severity: Severity
    message: Message
    span: Span = FILE_START
    path: DocPath = ()
    reference: Reference | None = None
    waived_by: str | None = None
    key: str = ""
    """The path with list positions replaced by codes (`semestres[S6].ues[UE5]`): survives reordering."""
    related: tuple[Span, ...] = ()
    """Where the numbers come from, when the finding is about a sum or a share."""
    fix: Fix | None = None
    """The mechanical correction, when there is one (`check --fix`, the editor's quick fixes)."""

    def text(self, lang: Lang) -> str:
        """The message in `lang`."""
        return self.message.render(lang)

    @property
    def sort_key(self) -> tuple[int, int, int, str]:
        return (self.span.start.line, self.span.start.column, -self.severity, self.code)


def located(shown: str, findings: Iterable[Finding]) -> Message:
    """`file:line:column: message`, a line per finding (how a usage error quotes a file)."""
    lines = [
        plain(f"{shown}:{f.span.start.line}:{f.span.start.column}: ") + f.message for f in findings
    ]
    return joined(lines, plain("\n"))


def dotted(path: DocPath) -> str:
    """`("semestres", 0, "ues", 2)` → `semestres[0].ues[2]`, the form messages show."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out
