"""Inline suppression: `# lp-lint: ignore[CN301] raison` silences a warning or an info on its line.

The comment names one or more rules (code or id, separated by commas) and must give a reason:
without one it silences nothing. An error is never silenced this way — a dérogation, with its
authority and dates, is the way to waive one — and a comment aimed at an error, one without a
reason, or one that silences nothing is itself reported (U003, U002, U001), so that comments
cannot pile up unseen. A silenced finding stays in the report as waived (`--show-waived`,
SARIF `inSource` suppressions) and never fails a run.

The comment is found in the text: `#` at the start of a line or after a blank, as YAML opens a
comment. A block scalar's line that looks like one is taken as one too; it can only silence
warnings and infos on that line, and a silenced finding is still shown as such.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lp_lint.findings import Finding, Position, Severity, Span
from lp_lint.i18n import msg
from lp_lint.pseudo_rules import INLINE_ERROR, INLINE_NO_REASON, INLINE_UNUSED, PseudoRule
from lp_lint.reading.lines import split_lines

MARK = "lp-lint:"
_COMMENT = re.compile(r"(?:^|[ \t])#[ \t]*lp-lint:[ \t]*ignore\[([^\]\n]*)\](.*)$")
WAIVED_PREFIX = "lp-lint: ignore"
"""How a silenced finding's `waived_by` starts (SARIF tells it from a dérogation by this)."""


class Comment(NamedTuple):
    line: int
    column: int
    end: int
    names: tuple[str, ...]
    reason: str


def apply_inline(findings: list[Finding], text: str) -> tuple[list[Finding], list[Finding]]:
    """The findings with those the comments silence marked waived, and the findings about the
    comments themselves (to go through the run's selection like any other)."""
    comments = _comments(text) if MARK in text else {}
    if not comments:
        return findings, []
    used: set[tuple[int, str]] = set()
    aimed_at_errors: set[tuple[int, str]] = set()
    kept = []
    for finding in findings:
        comment = comments.get(finding.span.start.line) if finding.span.file is None else None
        name = _named(comment, finding)
        if comment is None or name is None or finding.waived_by:
            kept.append(finding)
            continue
        used.add((comment.line, name))
        if finding.severity >= Severity.ERROR:
            aimed_at_errors.add((comment.line, name))
        elif comment.reason:
            finding = finding._replace(waived_by=f"{WAIVED_PREFIX}[{name}] {comment.reason}")
        kept.append(finding)
    return kept, _about_comments(list(comments.values()), used, aimed_at_errors)


def _named(comment: Comment | None, finding: Finding) -> str | None:
    if comment is None:
        return None
    return next((n for n in comment.names if n in (finding.code, finding.rule_id)), None)


def _comments(text: str) -> dict[int, Comment]:
    found = {}
    for number, line in enumerate(split_lines(text), 1):
        match = _COMMENT.search(line) if MARK in line else None
        if match is None:
            continue
        names = tuple(n for n in re.split(r"[\s,]+", match.group(1)) if n)
        reason = match.group(2).strip()
        column = match.start() + (0 if line[match.start()] == "#" else 1) + 1
        reason = reason if re.search(r"\w", reason) else ""  # a reason says something
        found[number] = Comment(number, column, len(line) + 1, names, reason)
    return found


def _about_comments(
    comments: list[Comment], used: set[tuple[int, str]], errors: set[tuple[int, str]]
) -> list[Finding]:
    notes = []
    for comment in comments:
        if not comment.reason:
            notes.append(_note(INLINE_NO_REASON, comment, ""))
        for name in comment.names or ("",):
            if (comment.line, name) in errors:
                notes.append(_note(INLINE_ERROR, comment, name))
            elif (comment.line, name) not in used:
                notes.append(_note(INLINE_UNUSED, comment, name))
    return notes


def _note(rule: PseudoRule, comment: Comment, name: str) -> Finding:
    span = Span(Position(comment.line, comment.column), Position(comment.line, comment.end))
    message = msg(f"inline.{rule.code}", rule=name or "—")
    return Finding(rule.id, rule.code, Severity.WARNING, message, span)
