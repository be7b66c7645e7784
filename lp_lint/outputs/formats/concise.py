"""`--format concise`: one line per finding, `file:line:col: severity code message`, for editors."""

from __future__ import annotations

from typing import TextIO

from lp_lint.i18n import MESSAGES, Lang
from lp_lint.outputs.formats import Settings
from lp_lint.reports import Report
from lp_lint.run.suppression import WAIVED_PREFIX
from lp_lint.text_safety import clean_file, terminal_text


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    for file in report.files:
        file = clean_file(file, terminal_text)  # a name or value cannot forge a line
        for f in file.findings:
            if f.waived_by and not settings.show_waived:
                continue
            waived = f" [{_waiver(f.waived_by, settings.lang)}]" if f.waived_by else ""
            stream.write(
                f"{f.span.file or file.path}:{f.span.start.line}:{f.span.start.column}: "
                f"{f.severity.label} {f.code} {f.text(settings.lang)}{waived}\n"
            )


def _waiver(waived_by: str, lang: Lang) -> str:
    """An inline comment names itself (`lp-lint: ignore[…] reason`); a dérogation is named."""
    if waived_by.startswith(WAIVED_PREFIX):
        return waived_by.split("]", 1)[0] + "]"
    return MESSAGES["text.waived_by"][lang].rstrip(" :")
