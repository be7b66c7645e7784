"""Code actions: a finding's mechanical fix, and a dérogation to fill in for a rule's finding.

The dérogation is scaffolding, never a decision: it names the rule (and the UE, when the finding
is about one), and leaves the reason, the deciding body, its authority and the date of its
decision for the author to write. Until the authority and the date are written (`null` is not a
value the format accepts), the maquette has a format error and no rule is judged: a scaffold
never waives anything on its own. No scaffold is offered for a rule that no authority may waive.
It goes at the end of the `derogations` list, or in a new one at the end of the file.
"""

from __future__ import annotations

import json
import re

from lp_lint.findings import Edit, Finding, Fix, Position, Span
from lp_lint.i18n import Lang, plain, tr
from lp_lint.reading.fixes import LineIndex
from lp_lint.reading.sourcemap import SourceMap, to_span

_UE = re.compile(r"\bues\[([^\]]+)\]")


def derogation_fix(
    finding: Finding,
    text: str,
    source_map: SourceMap,
    lang: Lang,
    authorities: tuple[str, ...],
) -> Fix | None:
    """A new entry of `derogations` for the finding's rule; None where none can be placed, or
    where no authority may waive the rule (`authorities`: those its pack names)."""
    if finding.reference is None or finding.waived_by or not authorities:
        return None
    index = LineIndex(text)
    where = _place(text, index, source_map)
    if where is None:
        return None
    position, indent, prefix = where
    newline = "\r\n" if "\r\n" in text else "\n"
    prefix = prefix.replace("\n", newline)
    lines = _entry(finding, lang, authorities)
    body = "".join(
        f"{indent}{'- ' if n == 0 else '  '}{line}{newline}" for n, line in enumerate(lines)
    )
    title = tr("server.derogation_title", lang, code=finding.code)
    return Fix(plain(title), (Edit(Span(position, position), "", prefix + body),), safe=False)


def _entry(finding: Finding, lang: Lang, authorities: tuple[str, ...]) -> list[str]:
    lines = [f"regle: {finding.code}"]
    scope = _UE.search(finding.key)
    if scope is not None and not scope.group(1).isdigit():  # a UE without a code has none
        lines.append(f"portee: {json.dumps(scope.group(1), ensure_ascii=False)}")
    to_fill = json.dumps(tr("server.to_fill", lang), ensure_ascii=False)
    lines += [f"motif: {to_fill}", f"instance: {to_fill}"]
    who = ", ".join(dict.fromkeys(authorities))
    lines.append(f"autorite: null  # {tr('server.authority', lang, who=who)}")
    lines.append(f"date_decision: null  # {tr('server.date', lang)}")
    return lines


def _place(text: str, index: LineIndex, source_map: SourceMap) -> tuple[Position, str, str] | None:
    """Where the entry goes, its indentation, and what must precede it (a key, a line break)."""
    items = [e for e in source_map.entries if e[0][:1] == ("derogations",) and len(e[0]) >= 2]
    if items:
        first = to_span(items[0][2]).start
        dash = index.offset(Position(first.line, 1))
        line = text[dash : dash + first.column] if dash is not None else ""
        indent = line[: len(line) - len(line.lstrip(" "))]
        if not line.lstrip(" ").startswith("-"):
            return None  # a flow list: left to the author
        last_line = max(
            (to_span(e[2]).end.line for e in items if e[3] is not None),
            default=to_span(items[-1][2]).end.line,
        )
        position, prefix = _line_start(text, index, last_line + 1)
        return position, indent, prefix
    if source_map.has(("derogations",)):
        return None  # `derogations: []` or an odd layout: left to the author
    if not text.strip() or text.lstrip().startswith("{"):
        return None
    position, prefix = _line_start(text, index, len(index.starts) + 1)
    return position, "  ", f"{prefix}derogations:\n"


def _line_start(text: str, index: LineIndex, line: int) -> tuple[Position, str]:
    """The start of `line`; past the last line, the end of the text (after a line break)."""
    if line <= len(index.starts):
        return Position(line, 1), ""
    ends_line = text.endswith(("\n", "\r")) or not text
    return index.end(), "" if ends_line else "\n"
