"""A maquette under construction, written out as commented YAML.

Importers fill a tree of `Bloc`s: a value can carry a comment (where it came from), and a
field the source does not have is written as a commented line `# clé: à renseigner`, never as
an invented value. Every text is written double-quoted (a JSON string is valid YAML), so that
no source value can turn into a number, a date or a boolean on the way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal

Scalar = str | int | float | bool | None

_NOT_YAML = re.compile(
    "[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufeff\U00010000-\U0010ffff]|\ufeff"
)
"""What YAML cannot hold as it is, or would read as a line break (NEL, LS, PS) or a BOM."""
A_RENSEIGNER = "à renseigner"


@dataclass
class Entry:
    key: str
    value: Scalar | Bloc | list[Bloc] | list[str]
    comment: str = ""


@dataclass
class Absent:
    """A field the source does not give: written commented out, for the author to fill in."""

    key: str
    why: str = ""


@dataclass
class Note:
    text: str


@dataclass
class Bloc:
    lines: list[Entry | Absent | Note] = field(default_factory=list)
    inline: bool = False
    """Written on one line, `{cm: 20, td: 30}`: for small tables of numbers without comments."""

    def put(
        self, key: str, value: Scalar | Bloc | list[Bloc] | list[str], comment: str = ""
    ) -> Bloc:
        self.lines.append(Entry(key, value, comment))
        return self

    def absent(self, key: str, why: str = "") -> Bloc:
        self.lines.append(Absent(key, why))
        return self

    def note(self, text: str) -> Bloc:
        self.lines.append(Note(text))
        return self

    def has_values(self) -> bool:
        return any(isinstance(line, Entry) for line in self.lines)


def render(header: list[str], root: Bloc) -> str:
    """The YAML text: the header as comments, then the blocs in the order they were filled."""
    out = [_comment("", line) for line in header]
    _bloc(root, 0, out, first_prefix="")
    return "\n".join(out) + "\n"


def scalar(value: Scalar) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # positional, never 1e-09: strict YAML reads that as ambiguous
        text = format(Decimal(repr(value)), "f")
        return text if "." in text else text + ".0"
    quoted = json.dumps(value, ensure_ascii=False)
    return _NOT_YAML.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def _flat(text: str) -> str:
    """A comment on one line, with nothing YAML would refuse."""
    return " ".join(_NOT_YAML.sub(" ", text).split())


def _comment(indent: str, text: str) -> str:
    flat = _flat(text)
    return f"{indent}# {flat}" if flat else f"{indent}#"


def _trailing(text: str) -> str:
    flat = _flat(text)
    return f"  # {flat}" if flat else ""


def _bloc(bloc: Bloc, depth: int, out: list[str], first_prefix: str) -> None:
    """Write `bloc` at `depth`; its first line starts with `first_prefix` (a list dash)."""
    indent = "  " * depth
    pending = first_prefix
    for line in bloc.lines:
        lead = (indent[: -len(pending)] + pending) if pending else indent
        if isinstance(line, Note):
            out.append(_comment(indent, line.text))
            continue
        if isinstance(line, Absent):
            why = f" ({line.why})" if line.why else ""
            out.append(_comment(indent, f"{line.key}: {A_RENSEIGNER}{why}"))
            continue
        pending = ""
        _entry(line, lead, depth, out)


def _entry(entry: Entry, lead: str, depth: int, out: list[str]) -> None:
    value = entry.value
    if isinstance(value, Bloc):
        if value.inline:
            out.append(f"{lead}{entry.key}: {_flow(value)}{_trailing(entry.comment)}")
            return
        if not value.has_values():
            out.append(_comment(lead, f"{entry.key}:{_trailing(entry.comment)}"))
            _bloc(value, depth + 1, out, "")
            return
        out.append(f"{lead}{entry.key}:{_trailing(entry.comment)}")
        _bloc(value, depth + 1, out, "")
        return
    if isinstance(value, list):
        if value and isinstance(value[0], Bloc):
            out.append(f"{lead}{entry.key}:{_trailing(entry.comment)}")
            for item in value:
                assert isinstance(item, Bloc)
                _bloc(item, depth + 2, out, "- ")
            return
        words = ", ".join(scalar(word) for word in value if isinstance(word, str))
        out.append(f"{lead}{entry.key}: [{words}]{_trailing(entry.comment)}")
        return
    out.append(f"{lead}{entry.key}: {scalar(value)}{_trailing(entry.comment)}")


def _flow(bloc: Bloc) -> str:
    pairs = [
        f"{line.key}: {scalar(line.value)}"
        for line in bloc.lines
        if isinstance(line, Entry) and not isinstance(line.value, Bloc | list)
    ]
    return "{" + ", ".join(pairs) + "}"
