"""What the parser refuses, as positioned findings: syntax and reader errors, and the line
breaks that YAML 1.1 counts and editors do not."""

from __future__ import annotations

from collections.abc import Callable

import yaml

from lp_lint.catalogue.reading import PYYAML_PROBLEMS
from lp_lint.findings import Finding, Severity, Span
from lp_lint.i18n import MESSAGES, Message, msg, render
from lp_lint.pseudo_rules import INVISIBLE_BREAK, YAML_SYNTAX
from lp_lint.reading.lines import line_starts, position_of
from lp_lint.reading.source import span_of_index

INVISIBLE_BREAKS = {"\x85": "N", "\u2028": "L", "\u2029": "P"}
"""YAML 1.1's own line breaks, and the escape that writes each in a double-quoted text."""


def invisible_break(text: str) -> Finding:
    """NEL, LS and PS end a line for PyYAML (YAML 1.1) but not for editors, reviewers and
    YAML 1.2: text after one inside a comment is content nobody sees. One error, at the
    first, with the count."""
    first = min(i for i in (text.find(c) for c in INVISIBLE_BREAKS) if i >= 0)
    line, column = position_of(first, line_starts(text))
    char = text[first]
    values = {
        "char": f"U+{ord(char):04X}",
        "escape": INVISIBLE_BREAKS[char],
        "count": sum(text.count(c) for c in INVISIBLE_BREAKS),
    }
    message = msg("yaml.invisible_break", **values)
    span = Span.from_marks((line, column), (line, column + 1))
    return Finding(INVISIBLE_BREAK.id, INVISIBLE_BREAK.code, Severity.ERROR, message, span)


def syntax_error(
    error: yaml.MarkedYAMLError, position: Callable[[object], tuple[int, int]]
) -> Finding:
    """`position` turns a parser mark into the file's 0-based (line, column)."""
    mark = error.problem_mark or error.context_mark
    span = Span.point(1, 1)
    if mark:
        line, column = position(mark)
        span = Span.from_marks((line, column), (line, column + 1))
    problem = " ; ".join(part for part in (error.problem, error.context) if part)
    message = msg("yaml.syntax", problem=pyyaml_problem(problem))
    return Finding(YAML_SYNTAX.id, YAML_SYNTAX.code, Severity.ERROR, message, span)


def reader_error(text: str, error: yaml.YAMLError) -> Finding:
    position = getattr(error, "position", 0) or 0
    message = msg("yaml.syntax", problem=pyyaml_problem(str(error)))
    span = span_of_index(text, min(position, len(text)))
    return Finding(YAML_SYNTAX.id, YAML_SYNTAX.code, Severity.ERROR, message, span)


def pyyaml_problem(problem: str) -> Message:
    """PyYAML's words for a syntax error, in French from the catalogue when it is a known one.

    English keeps PyYAML's own text, which names the token it met (`'<block mapping start>'`)."""
    key = next((k for english, k in PYYAML_PROBLEMS.items() if english in problem), None)
    french = (
        MESSAGES[key]["fr"]
        if key
        else render(MESSAGES["yaml.pyyaml"]["fr"], {"problem": problem}, "fr")
    )
    return Message(key or "yaml.pyyaml", french, problem)
