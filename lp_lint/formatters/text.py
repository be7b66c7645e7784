"""`--format text`: findings grouped by file, aligned, with their reference; a summary line.

Colours only on a terminal (or when asked); rich honours NO_COLOR and FORCE_COLOR itself.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from lp_lint.api import FileReport, Report
from lp_lint.findings import Finding, Severity
from lp_lint.formatters import Settings
from lp_lint.i18n import Lang, render

SEVERITY_LABELS: dict[Severity, dict[Lang, str]] = {
    Severity.ERROR: {"fr": "erreur", "en": "error"},
    Severity.WARNING: {"fr": "avertissement", "en": "warning"},
    Severity.INFO: {"fr": "info", "en": "info"},
}
SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}

_TEXTS: dict[str, dict[Lang, str]] = {
    "regime": {
        "fr": "régime {regime} — textes : {packs}",
        "en": "regime {regime} — texts: {packs}",
    },
    "no_rules": {
        "fr": "règles non appliquées : corrigez d'abord les erreurs de lecture ou de format",
        "en": "rules not applied: fix the reading or format errors first",
    },
    "clean": {"fr": "aucun problème", "en": "no problem found"},
    "waived": {
        "fr": "{n} constat(s) couvert(s) par une dérogation (--show-waived pour les voir)",
        "en": "{n} finding(s) covered by a dérogation (--show-waived to see them)",
    },
    "waived_by": {"fr": "dérogation :", "en": "dérogation:"},
    "summary": {
        "fr": "{errors} erreur(s), {warnings} avertissement(s), {infos} info(s) dans {files} fichier(s)",
        "en": "{errors} error(s), {warnings} warning(s), {infos} info(s) in {files} file(s)",
    },
}


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    console = Console(
        file=stream,
        force_terminal=settings.color,
        no_color=settings.color is False,
        highlight=False,
        soft_wrap=True,
        emoji=False,
    )
    lang = settings.lang
    for file in report.files:
        _write_file(console, file, settings)
    counts = report.counts()
    console.print(
        Text(
            render(
                _TEXTS["summary"][lang],
                {
                    "errors": counts[Severity.ERROR],
                    "warnings": counts[Severity.WARNING],
                    "infos": counts[Severity.INFO],
                    "files": len(report.files),
                },
                lang,
            ),
            style="bold",
        )
    )


def _write_file(console: Console, file: FileReport, settings: Settings) -> None:
    lang = settings.lang
    header = Text(file.path, style="bold underline")
    if file.rules_applied:
        packs = ", ".join(file.packs) or "—"
        header.append(
            "  "
            + render(_TEXTS["regime"][lang], {"regime": file.regime or "—", "packs": packs}, lang),
            style="dim",
        )
    console.print(header)
    shown = [f for f in file.findings if settings.show_waived or not f.waived_by]
    if not shown:
        console.print(Text("  " + _TEXTS["clean"][lang], style="green"))
    width = max((len(_location(f)) for f in shown), default=0)
    for finding in shown:
        _write_finding(console, finding, width, lang)
    waived = sum(1 for f in file.findings if f.waived_by)
    if waived and not settings.show_waived:
        console.print(Text("  " + render(_TEXTS["waived"][lang], {"n": waived}, lang), style="dim"))
    if not file.rules_applied:
        console.print(Text("  " + _TEXTS["no_rules"][lang], style="dim"))
    console.print()


def _location(finding: Finding) -> str:
    return f"{finding.span.start.line}:{finding.span.start.column}"


def _write_finding(console: Console, finding: Finding, width: int, lang: Lang) -> None:
    label = SEVERITY_LABELS[finding.severity][lang]
    line = Text("  ")
    line.append(_location(finding).ljust(width), style="dim")
    line.append("  ")
    line.append(label.ljust(14), style=SEVERITY_STYLES[finding.severity])
    line.append(finding.code.ljust(6), style="bold")
    line.append("  ")
    line.append(finding.message)
    if finding.waived_by:
        line.append(f"  [{_TEXTS['waived_by'][lang]} {finding.waived_by}]", style="dim")
    console.print(line)
    if finding.reference is not None:
        ref = finding.reference
        indent = " " * (2 + width + 2 + 14 + 6 + 2)
        console.print(Text(f"{indent}{ref.texte}, {ref.article} — {ref.url}", style="dim"))
