"""`--format markdown`: the report as a Markdown table per file, for a pull-request comment or
GitHub's step summary."""

from __future__ import annotations

from typing import TextIO

from lp_lint.findings import Severity
from lp_lint.i18n import Lang, render
from lp_lint.outputs.formats import Settings
from lp_lint.reports import Report
from lp_lint.text_safety import markdown_code, markdown_link, markdown_text

_ICONS = {Severity.ERROR: "🔴", Severity.WARNING: "🟠", Severity.INFO: "🔵"}
_TEXTS: dict[str, dict[Lang, str]] = {
    "title": {
        "fr": "## lp-lint : conformité des maquettes",
        "en": "## lp-lint: maquette compliance",
    },
    "summary": {
        "fr": "{errors} erreur(s), {warnings} avertissement(s), {infos} info(s) dans {files} fichier(s)",
        "en": "{errors} error(s), {warnings} warning(s), {infos} info(s) in {files} file(s)",
    },
    "header": {
        "fr": "| | ligne | code | constat | référence |",
        "en": "| | line | code | finding | reference |",
    },
    "clean": {"fr": "aucun problème", "en": "no problem found"},
}


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    lang = settings.lang
    counts = report.counts()
    stream.write(_TEXTS["title"][lang] + "\n\n")
    stream.write(
        render(
            _TEXTS["summary"][lang],
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
            stream.write(_TEXTS["clean"][lang] + "\n\n")
            continue
        stream.write(_TEXTS["header"][lang] + "\n| --- | --- | --- | --- | --- |\n")
        for f in shown:
            ref = markdown_link(f.reference.article, f.reference.url) if f.reference else ""
            waived = " *(dérogation)*" if f.waived_by else ""
            where = f"{f.span.start.line}:{f.span.start.column}"
            where = f"{markdown_code(f.span.file)} {where}" if f.span.file else where
            stream.write(
                f"| {_ICONS[f.severity]} | {where} | "
                f"{markdown_code(f.code)} | {markdown_text(f.message)}{waived} | {ref} |\n"
            )
        stream.write("\n")
