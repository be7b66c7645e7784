"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

GitHub keeps 10 annotations per level and step: the most severe come first, and when the
variable GITHUB_STEP_SUMMARY names a file, the report is appended to it in Markdown. GitHub
refuses a step summary over 1,024 KiB, and then shows none of it: the report stops at a line
before `SUMMARY_LIMIT` bytes (what the step wrote before included), the counts first, and says
how many lines it left out. Chosen automatically when running under GitHub Actions.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO, cast

from lp_lint.files import appending
from lp_lint.findings import Finding, Severity
from lp_lint.i18n import Lang, msg
from lp_lint.outputs.formats import Settings, markdown
from lp_lint.reports import Report, relative_uri
from lp_lint.text_safety import terminal_text

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
PER_LEVEL = 10
SUMMARY_LIMIT = 1_000_000
"""Bytes of a step summary lp-lint writes up to, its note about what it left out included."""
_NOTE_ROOM = 1_000


def escape_data(text: str) -> str:
    """GitHub's escapes for a message, then every other control shown inert (no log forging)."""
    return terminal_text(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(path: str, finding: Finding, lang: Lang) -> str:
    start, end = finding.span.start, finding.span.end
    props = [f"file={escape_property(path)}", f"line={start.line}", f"endLine={end.line}"]
    if start.line == end.line:  # columns only make sense on a single line
        props += [f"col={start.column}", f"endColumn={end.column}"]
    props.append(f"title={escape_property(f'{finding.code} {finding.rule_id}')}")
    return f"::{COMMANDS[finding.severity]} {','.join(props)}::{escape_data(finding.text(lang))}"


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    for path, finding in _shown(report):
        stream.write(annotation(path, finding, settings.lang) + "\n")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with appending(Path(summary)) as summary_stream:
            written = os.fstat(summary_stream.fileno()).st_size
            bounded = _Bounded(summary_stream, SUMMARY_LIMIT - _NOTE_ROOM - written)
            markdown.write(report, cast(TextIO, bounded), settings)
            bounded.close()
            if bounded.left_out:
                note = msg("markdown.cut", lines=bounded.left_out).render(settings.lang)
                summary_stream.write(f"\n> {note}\n")


class _Bounded:
    """Passes whole lines on while they fit in `budget` bytes; counts those after."""

    def __init__(self, stream: TextIO, budget: int) -> None:
        self.stream = stream
        self.budget = budget
        self.pending = ""
        self.left_out = 0

    def write(self, text: str) -> int:
        *lines, self.pending = (self.pending + text).split("\n")
        for line in lines:
            self._line(line + "\n")
        return len(text)

    def close(self) -> None:
        if self.pending:
            self._line(self.pending)
            self.pending = ""

    def _line(self, line: str) -> None:
        size = len(line.encode("utf-8", "backslashreplace"))
        if self.left_out or size > self.budget:
            self.left_out += 1
            return
        self.stream.write(line)
        self.budget -= size


def _shown(report: Report) -> list[tuple[str, Finding]]:
    """The first `PER_LEVEL` unwaived findings of each severity, the most severe first: those
    past them are never shown, so never kept (a large run has thousands)."""
    kept: dict[Severity, list[tuple[str, Finding]]] = {
        s: [] for s in sorted(Severity, reverse=True)
    }
    for file in report.files:
        for f in file.findings:
            if not f.waived_by and len(kept[f.severity]) < PER_LEVEL:
                kept[f.severity].append((relative_uri(f.span.file or file.path, report.root), f))
    return [item for level in kept.values() for item in level]


def running_under_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true" and bool(os.environ.get("GITHUB_WORKFLOW"))
