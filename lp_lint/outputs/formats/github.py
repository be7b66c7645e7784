"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

GitHub keeps 10 annotations per level and step: the most severe come first, and when the
variable GITHUB_STEP_SUMMARY names a file, the whole report is appended to it in Markdown so
that nothing is lost. Chosen automatically when running under GitHub Actions.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TextIO

from lp_lint.files import append_to
from lp_lint.findings import Finding, Severity
from lp_lint.i18n import Lang
from lp_lint.outputs.formats import Settings, markdown
from lp_lint.reports import Report, relative_uri
from lp_lint.text_safety import terminal_text

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
PER_LEVEL = 10


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
    pending = [
        (relative_uri(f.span.file or file.path, report.root), f)
        for file in report.files
        for f in file.findings
        if not f.waived_by
    ]
    pending.sort(key=lambda item: -item[1].severity)
    shown = {severity: 0 for severity in Severity}
    for path, finding in pending:
        if shown[finding.severity] < PER_LEVEL:
            stream.write(annotation(path, finding, settings.lang) + "\n")
            shown[finding.severity] += 1
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        buffer = io.StringIO()
        markdown.write(report, buffer, settings)
        append_to(Path(summary), buffer.getvalue())


def running_under_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true" and bool(os.environ.get("GITHUB_WORKFLOW"))
