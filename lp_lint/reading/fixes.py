"""Mechanical fixes: made where a finding is made, applied as text edits to the file as written.

A fix never re-dumps the YAML: it replaces the few characters a finding points at, so comments,
order and layout stay. Each edit records the text it replaces; an edit whose text is not there
any more (the file changed, or a folded scalar spans lines) is skipped rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from lp_lint.findings import DocPath, Edit, Fix, Position, Span
from lp_lint.i18n import msg
from lp_lint.reading.lines import line_starts
from lp_lint.reading.scalars import AmbiguousScalar, is_decimal_comma
from lp_lint.reading.sourcemap import SourceMap

_TRUE_WORDS = {"yes", "on", "y"}
_FALSE_WORDS = {"no", "off", "n"}


def _fix(kind: str, old: str, new: str, span: Span, safe: bool) -> Fix:
    title = msg(f"fix.{kind}", old=old, new=new)
    return Fix(title, (Edit(span, old, new),), safe)


def scalar_fix(kind: str, value: object, raw: str | None, span: Span) -> Fix | None:
    """The fix of a plain scalar the model refused, by pydantic error type and what was written.

    Quoting a code or a word that YAML would turn into a number or a boolean keeps exactly the
    text the author wrote: safe. Turning `yes` into `true` or `012` into `12` guesses: unsafe.
    A decimal comma is safe unless it could be a thousands separator (`1,000`).
    """
    if raw is None:
        return None
    if kind == "string_type" and isinstance(value, AmbiguousScalar | int | float | dt.date):
        import json  # only when there is something to quote: `check` starts without it

        return _fix("quote", raw, json.dumps(raw, ensure_ascii=False), span, True)
    if kind == "bool_type" and raw.lower() in _TRUE_WORDS | _FALSE_WORDS:
        new = "true" if raw.lower() in _TRUE_WORDS else "false"
        return _fix("write", raw, new, span, False)
    wants_number = kind in ("float_type", "int_type", "int_from_float")
    if not wants_number:
        return None
    if isinstance(value, str) and is_decimal_comma(raw):
        decimals = raw.partition(",")[2]
        return _fix("write", raw, raw.replace(",", "."), span, len(decimals) != 3)
    if isinstance(value, AmbiguousScalar) and value.kind == "leading-zero":
        sign = raw[0] if raw[0] in "+-" else ""
        digits = raw.lstrip("+-").replace("_", "").lstrip("0") or "0"
        return _fix("write", raw, sign + digits, span, False)
    return None


def key_fix(path: DocPath, suggestion: str, source_map: SourceMap) -> Fix | None:
    """Rename a misspelt key to the closest allowed one, unless that key is already there.

    Unsafe: the suggestion is a guess by spelling, and the value then counts in another field.
    """
    if not path or source_map.has((*path[:-1], suggestion)):
        return None
    key = str(path[-1])
    return _fix("rename", key, suggestion, source_map.key_span(path), False)


class LineIndex:
    """Turns 1-based (line, column) positions into offsets in the text, counting lines as YAML does."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = line_starts(text)  # the lines positions count (see lp_lint.reading.lines)

    def offset(self, position: Position) -> int | None:
        if not 1 <= position.line <= len(self.starts):
            return None
        offset = self.starts[position.line - 1] + position.column - 1
        return offset if 0 <= offset <= len(self.text) else None

    def end(self) -> Position:
        return Position(len(self.starts), len(self.text) - self.starts[-1] + 1)


def _located(edit: Edit, index: LineIndex) -> tuple[int, int] | None:
    start, end = index.offset(edit.span.start), index.offset(edit.span.end)
    if start is None or end is None or index.text[start:end] != edit.old:
        return None
    return start, end


def apply_fixes(text: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix]]:
    """Apply every fix whose edits are all still in place and overlap no earlier fix.

    Returns the new text and the fixes applied; a fix is applied whole or not at all.
    """
    index = LineIndex(text)
    taken: list[tuple[int, int, str]] = []
    applied: list[Fix] = []
    for fix in fixes:
        located = [_located(edit, index) for edit in fix.edits]
        if any(place is None for place in located):
            continue
        ranges = [place for place in located if place is not None]
        if any(_overlaps(start, end, other) for start, end in ranges for other in taken):
            continue
        taken.extend(
            (start, end, edit.new) for (start, end), edit in zip(ranges, fix.edits, strict=True)
        )
        applied.append(fix)
    for start, end, new in sorted(taken, reverse=True):
        text = text[:start] + new + text[end:]
    return text, applied


def _overlaps(start: int, end: int, other: tuple[int, int, str]) -> bool:
    """Two edits touch the same characters (or insert at the same place)."""
    return (start < other[1] and other[0] < end) or (start, end) == other[:2]


def chosen_fixes(fixes: Iterable[Fix | None], unsafe: bool) -> list[Fix]:
    return [fix for fix in fixes if fix is not None and (fix.safe or unsafe)]


def unified_diff(name: str, before: str, after: str) -> str:
    import difflib

    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=name,
        tofile=name,
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
