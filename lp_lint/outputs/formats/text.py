"""`--format text`: findings grouped by file, aligned, with their reference; a summary line.

The report is laid out once as lines of styled segments; on a terminal (or with
`--color always` / FORCE_COLOR) rich prints them in colour, elsewhere they are written as plain
text without importing rich, which keeps pipes and pre-commit hooks fast. rich honours NO_COLOR.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from lp_lint.findings import Finding, Severity
from lp_lint.i18n import MESSAGES, SEVERITY_WORDS, Lang, render
from lp_lint.outputs.formats import Settings
from lp_lint.reading.lines import split_lines
from lp_lint.reports import FileReport, Report
from lp_lint.run.suppression import WAIVED_PREFIX
from lp_lint.text_safety import terminal_text

Segment = tuple[str, str]
"""Some text and its rich style ("" for none)."""

SEVERITY_LABELS: dict[Severity, dict[Lang, str]] = {s: SEVERITY_WORDS[s.label] for s in Severity}
SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
LABEL_WIDTH = 14


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    # every segment, file names and source lines included, is one line of inert text
    lines = (
        [(terminal_text(text), style) for text, style in line] for line in layout(report, settings)
    )
    colour = settings.color
    if colour is None:
        colour = bool(os.environ.get("FORCE_COLOR")) or (
            hasattr(stream, "isatty") and stream.isatty()
        )
    if not colour:
        for line in lines:
            stream.write("".join(text for text, _ in line) + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(
        file=stream,
        force_terminal=True if settings.color else None,
        highlight=False,
        soft_wrap=True,
        emoji=False,
    )
    for line in lines:
        console.print(Text.assemble(*line))


def layout(report: Report, settings: Settings) -> Iterator[list[Segment]]:
    lang = settings.lang
    for file in report.files:
        if not settings.quiet or any(
            settings.show_waived or not f.waived_by for f in file.findings
        ):
            yield from _file(file, settings)
    if settings.statistics:
        yield from _statistics(report, lang)
    if settings.quiet:
        return
    counts = report.counts()
    values = {
        "errors": counts[Severity.ERROR],
        "warnings": counts[Severity.WARNING],
        "infos": counts[Severity.INFO],
        "files": len(report.files),
    }
    yield [(render(MESSAGES["text.summary"][lang], values, lang), "bold")]
    yield from _fixable(report, lang)


def _fixable(report: Report, lang: Lang) -> Iterator[list[Segment]]:
    """How many findings `check --fix` would fix: the way to learn that it exists."""
    safe = unsafe = 0
    for file in report.files:
        for finding in file.findings:
            if finding.fix is not None:
                safe, unsafe = (safe + 1, unsafe) if finding.fix.safe else (safe, unsafe + 1)
    if safe or unsafe:
        key = ("fixable_more" if unsafe else "fixable") if safe else "unsafe"
        yield [(render(MESSAGES[f"text.{key}"][lang], {"safe": safe, "unsafe": unsafe}, lang), "")]


def _statistics(report: Report, lang: Lang) -> Iterator[list[Segment]]:
    counts: Counter[tuple[str, str, Severity]] = Counter(
        (f.code, f.rule_id, f.severity)
        for file in report.files
        for f in file.findings
        if not f.waived_by
    )
    for (code, rule_id, severity), count in sorted(
        counts.items(), key=lambda item: (-item[1], item[0])
    ):
        yield [
            (f"{count:>5}  ", "bold"),
            (code.ljust(6), "bold"),
            ("  " + rule_id.ljust(28), ""),
            (SEVERITY_LABELS[severity][lang], SEVERITY_STYLES[severity]),
        ]
    yield []


def _file(file: FileReport, settings: Settings) -> Iterator[list[Segment]]:
    lang = settings.lang
    # on a terminal that supports it, the file name is a link to open it
    header: list[Segment] = [(file.path, f"bold underline {_link(file.path)}")]
    if file.rules_applied:
        packs = ", ".join(file.packs) or "—"
        header.append(
            (
                "  "
                + render(
                    MESSAGES["text.regime"][lang],
                    {"regime": file.regime or "—", "packs": packs},
                    lang,
                ),
                "dim",
            )
        )
    yield header
    shown = [f for f in file.findings if settings.show_waived or not f.waived_by]
    if not shown:
        yield [("  " + MESSAGES["text.clean"][lang], "green")]
    width = max((len(_location(f)) for f in shown), default=0)
    source = _source_lines(file.path) if settings.show_source else None
    for finding in shown:
        yield from _finding(finding, width, lang)
        if source is not None and finding.span.file is None:
            yield from _frame(finding, source, 2 + width + 2)
    waived = sum(1 for f in file.findings if f.waived_by)
    if waived and not settings.show_waived:
        yield [("  " + render(MESSAGES["text.waived"][lang], {"n": waived}, lang), "dim")]
    if not file.rules_applied:
        yield [("  " + MESSAGES["text.no_rules"][lang], "dim")]
    yield []


def _link(path: str) -> str:
    try:
        return f"link {Path(path).resolve().as_uri()}"
    except (OSError, ValueError):  # a name no file system accepts (a NUL byte)
        return ""


def _source_lines(path: str) -> list[str] | None:
    from lp_lint.reading.source import read_source

    text = read_source(Path(path)).text
    return None if text is None else split_lines(text)


def _frame(finding: Finding, lines: list[str], indent: int) -> Iterator[list[Segment]]:
    """The line before and the finding's line, its span underlined with carets."""
    start, end = finding.span.start, finding.span.end
    if not 1 <= start.line <= len(lines):
        return
    pad = " " * indent
    number_width = len(str(start.line))
    if start.line > 1:
        yield [(f"{pad}{start.line - 1:>{number_width}} │ ", "dim"), (lines[start.line - 2], "dim")]
    yield [(f"{pad}{start.line:>{number_width}} │ ", "dim"), (lines[start.line - 1], "")]
    last = (
        end.column
        if end.line == start.line and end.column > start.column
        else len(lines[start.line - 1]) + 1
    )
    carets = "^" * max(1, last - start.column)
    yield [
        (f"{pad}{'':>{number_width}} │ " + " " * (start.column - 1), "dim"),
        (carets, "bold red"),
    ]


def _location(finding: Finding) -> str:
    """`line:column`, preceded by the file when it is one the maquette includes."""
    where = f"{finding.span.start.line}:{finding.span.start.column}"
    return f"{finding.span.file}:{where}" if finding.span.file else where


def _finding(finding: Finding, width: int, lang: Lang) -> Iterator[list[Segment]]:
    label = SEVERITY_LABELS[finding.severity][lang]
    line: list[Segment] = [
        ("  ", ""),
        (_location(finding).ljust(width), "dim"),
        ("  ", ""),
        (label.ljust(LABEL_WIDTH), SEVERITY_STYLES[finding.severity]),
        (finding.code.ljust(6), "bold"),
        ("  ", ""),
        (finding.text(lang), ""),
    ]
    if finding.waived_by:
        by = (
            ""
            if finding.waived_by.startswith(WAIVED_PREFIX)
            else MESSAGES["text.waived_by"][lang] + " "
        )
        line.append((f"  [{by}{finding.waived_by}]", "dim"))
    yield line
    if finding.reference is not None:
        ref = finding.reference
        indent = " " * (2 + width + 2 + LABEL_WIDTH + 6 + 2)
        yield [(f"{indent}{ref.texte}, {ref.article} — {ref.url}", "dim")]
