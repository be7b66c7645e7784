"""`--format markdown`: the report as a Markdown table per file, for a pull-request comment or
GitHub's step summary."""

from __future__ import annotations

from typing import TextIO

from lp_lint.findings import Severity
from lp_lint.i18n import MESSAGES, render
from lp_lint.outputs.formats import Settings
from lp_lint.reports import Report
from lp_lint.text_safety import markdown_code, markdown_link, markdown_text

_ICONS = {Severity.ERROR: "🔴", Severity.WARNING: "🟠", Severity.INFO: "🔵"}


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    lang = settings.lang
    counts = report.counts()
    stream.write(MESSAGES["markdown.title"][lang] + "\n\n")
    stream.write(
        render(
            MESSAGES["markdown.summary"][lang],
            {
                "errors": counts[Severity.ERROR],
                "warnings": counts[Severity.WARNING],
                "infos": counts[Severity.INFO],
                "files": len(report.files),
            },
            lang,
        )
        + "\n\n"
    )
    for file in report.files:
        shown = [f for f in file.findings if settings.show_waived or not f.waived_by]
        stream.write(f"### {markdown_code(file.path)}\n\n")
        if not shown:
            stream.write(MESSAGES["markdown.clean"][lang] + "\n\n")
            continue
        stream.write(MESSAGES["markdown.header"][lang] + "\n| --- | --- | --- | --- | --- |\n")
        for f in shown:
            ref = markdown_link(f.reference.article, f.reference.url) if f.reference else ""
            waived = f" *{MESSAGES['markdown.waived'][lang]}*" if f.waived_by else ""
            where = f"{f.span.start.line}:{f.span.start.column}"
            where = f"{markdown_code(f.span.file)} {where}" if f.span.file else where
            stream.write(
                f"| {_ICONS[f.severity]} | {where} | "
                f"{markdown_code(f.code)} | {markdown_text(f.text(lang))}{waived} | {ref} |\n"
            )
        stream.write("\n")
