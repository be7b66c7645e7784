"""`lp-lint report`: a one-page summary of a programme for the people who review it.

Identity and regime; semesters and UEs with ECTS, coefficients and hours; hours by kind, the
stage, the professionals' and the projet's shares drawn as bar charts (inline SVG: no
JavaScript, no network); the findings with their articles; the dérogations. HTML for a
browser, Markdown for a pull-request comment or GitHub's step summary.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape as _html_escape

from lp_lint.api import FileReport
from lp_lint.entities import Entity
from lp_lint.findings import Severity
from lp_lint.i18n import Lang, format_value
from lp_lint.model import Maquette
from lp_lint.quantities import QUANTITIES
from lp_lint.quantities.core import elements
from lp_lint.text_safety import markdown_code, markdown_link, markdown_text, xml_text

_W: dict[str, dict[Lang, str]] = {
    "title": {"fr": "Maquette", "en": "Maquette"},
    "regime": {"fr": "Régime", "en": "Regime"},
    "texts": {"fr": "Textes appliqués", "en": "Texts applied"},
    "structure": {"fr": "Semestres et UE", "en": "Semesters and UEs"},
    "hours": {"fr": "Heures par type", "en": "Hours by kind"},
    "shares": {
        "fr": "Parts et durées au regard des seuils",
        "en": "Shares and lengths against the thresholds",
    },
    "findings": {"fr": "Constats de conformité", "en": "Compliance findings"},
    "derogations": {"fr": "Dérogations", "en": "Dérogations"},
    "none": {"fr": "aucun", "en": "none"},
    "none_f": {"fr": "aucune", "en": "none"},
    "share_projet": {
        "fr": "projet / volume hors stage (seuil 25 %)",
        "en": "projet / volume outside the stage (25 % threshold)",
    },
    "share_pros": {
        "fr": "professionnels / heures enseignées (seuil 25 %)",
        "en": "professionals / taught hours (25 % threshold)",
    },
    "stage": {
        "fr": "stage en semaines (12 à 16 en 1999)",
        "en": "stage in weeks (12 to 16 in 1999)",
    },
    "columns": {
        "fr": "code|intitulé|ECTS|coef.|CM|TD|TP|projet",
        "en": "code|title|ECTS|coef.|CM|TD|TP|projet",
    },
    "finding_columns": {"fr": "ligne|code|constat|référence", "en": "line|code|finding|reference"},
}


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    maximum: float
    threshold: float | None = None
    shown: str = ""


def escape(text: str) -> str:
    """HTML text or attribute value, without the characters XML 1.0 forbids."""
    return _html_escape(xml_text(text))


def _w(key: str, lang: Lang) -> str:
    return _W[key][lang]


def _measure(maquette: Maquette, name: str) -> float | None:
    return QUANTITIES[name].compute(maquette, Entity("maquette", (), "", ())).number


def hours_by_kind(maquette: Maquette) -> dict[str, float]:
    sums = {"CM": 0.0, "TD": 0.0, "TP": 0.0, "projet": 0.0}
    for element in elements(maquette):
        if element.heures is not None:
            sums["CM"] += element.heures.cm or 0
            sums["TD"] += element.heures.td or 0
            sums["TP"] += element.heures.tp or 0
            sums["projet"] += element.heures.projet or 0
    projet = _measure(maquette, "heures_projet")
    if projet is not None:
        sums["projet"] = projet
    return sums


def share_bars(maquette: Maquette, lang: Lang, regime: str | None = None) -> list[Bar]:
    bars = []
    for key, top, bottom in (
        ("share_projet", "heures_projet", "volume_hors_stage"),
        ("share_pros", "heures_professionnels", "heures_enseignees"),
    ):
        n, d = _measure(maquette, top), _measure(maquette, bottom)
        share = None if n is None or not d else n / d
        bars.append(
            Bar(
                _w(key, lang),
                share,
                1.0,
                0.25,
                "?" if share is None else format_value(share, lang, "%"),
            )
        )
    weeks = _measure(maquette, "stage_semaines")
    bars.append(
        Bar(
            _w("stage", lang),
            weeks,
            26.0,
            12.0,
            "?" if weeks is None else format_value(weeks, lang),
        )
    )
    return bars


def svg_bars(bars: list[Bar], title: str) -> str:
    """Horizontal bars, each a `rect.bar` with its value; a dashed line marks each threshold."""
    height = 34 * len(bars) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="720" height="{height}" role="img" '
        f'aria-label="{escape(title)}">'
    ]
    for index, bar in enumerate(bars):
        y = 10 + index * 34
        width = _width(bar.value, bar.maximum)
        parts.append(f'<text x="0" y="{y + 15}" font-size="12">{escape(bar.label)}</text>')
        parts.append(
            f'<rect class="bar" data-label="{escape(bar.label)}" x="330" y="{y}" width="{width}" '
            f'height="20" fill="#3b6ea5"/>'
        )
        parts.append(
            f'<text x="{335 + width}" y="{y + 15}" font-size="12">{escape(bar.shown)}</text>'
        )
        if bar.threshold is not None:
            x = 330 + round(300 * bar.threshold / bar.maximum)
            parts.append(
                f'<line class="threshold" x1="{x}" x2="{x}" y1="{y - 3}" y2="{y + 23}" '
                f'stroke="#b00" stroke-dasharray="3,2"/>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _width(value: float | None, maximum: float) -> int:
    """Pixels of a bar: at most 300, none for an unknown (or not finite) value."""
    if value is None or not math.isfinite(value) or not math.isfinite(maximum) or maximum <= 0:
        return 0
    return max(1, round(300 * min(value, maximum) / maximum))


def _ue_rows(maquette: Maquette, lang: Lang) -> list[list[str]]:
    rows = []
    for semestre in maquette.semestres:
        for ue in semestre.ues:
            hours = {"cm": 0.0, "td": 0.0, "tp": 0.0, "projet": 0.0}
            for element in ue.elements():
                for kind in hours:
                    hours[kind] += getattr(element.heures, kind) or 0 if element.heures else 0
            rows.append(
                [
                    f"S{semestre.numero} · {ue.code}",
                    ue.intitule,
                    "" if ue.ects is None else format_value(ue.ects, lang),
                    "" if ue.coefficient is None else format_value(ue.coefficient, lang),
                    *(format_value(hours[k], lang) for k in ("cm", "td", "tp", "projet")),
                ]
            )
    return rows


def _identity(maquette: Maquette, report: FileReport) -> list[tuple[str, str]]:
    f = maquette.formation
    return [
        (label, value)
        for label, value in (
            ("mention", f.mention),
            ("parcours", f.parcours or ""),
            ("établissement", f.etablissement or ""),
            ("composante", f.composante or ""),
            ("année", f.annee_universitaire or ""),
            ("régime", report.regime or ""),
            ("textes", ", ".join(report.packs)),
        )
        if value
    ]


def html_page(maquette: Maquette, report: FileReport, lang: Lang) -> str:
    e = escape
    hours = hours_by_kind(maquette)
    hour_bars = [
        Bar(kind, value, max(hours.values()) or 1.0, shown=format_value(value, lang) + " h")
        for kind, value in hours.items()
    ]
    head = "".join(
        f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in _identity(maquette, report)
    )
    columns = "".join(f"<th>{e(c)}</th>" for c in _w("columns", lang).split("|"))
    rows = "".join(
        "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
        for row in _ue_rows(maquette, lang)
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(maquette.formation.mention)}</title>
<style>body{{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left}}
.error{{color:#b00}}.warning{{color:#a60}}.info{{color:#06a}}</style></head>
<body><h1>{e(_w("title", lang))} : {e(maquette.formation.mention)}</h1>
<table>{head}</table>
<h2>{e(_w("structure", lang))}</h2><table><tr>{columns}</tr>{rows}</table>
<h2>{e(_w("hours", lang))}</h2>{svg_bars(hour_bars, _w("hours", lang))}
<h2>{e(_w("shares", lang))}</h2>{svg_bars(share_bars(maquette, lang, report.regime), _w("shares", lang))}
<h2>{e(_w("findings", lang))}</h2>{_findings_html(report, lang)}
<h2>{e(_w("derogations", lang))}</h2>{_derogations_html(maquette, lang)}
</body></html>
"""


def _findings_html(report: FileReport, lang: Lang) -> str:
    shown = [f for f in report.findings if f.severity >= Severity.WARNING]
    if not shown:
        return f"<p>{escape(_w('none', lang))}</p>"
    columns = "".join(f"<th>{escape(c)}</th>" for c in _w("finding_columns", lang).split("|"))
    rows = []
    for f in shown:
        ref = (
            f'<a href="{escape(f.reference.url)}">{escape(f.reference.texte)}, {escape(f.reference.article)}</a>'
            if f.reference
            else ""
        )
        rows.append(
            f'<tr class="{f.severity.label}"><td>{f.span.start.line}</td><td>{escape(f.code)}</td>'
            f"<td>{escape(f.message)}</td><td>{ref}</td></tr>"
        )
    return f"<table><tr>{columns}</tr>{''.join(rows)}</table>"


def _derogations_html(maquette: Maquette, lang: Lang) -> str:
    if not maquette.derogations:
        return f"<p>{escape(_w('none_f', lang))}</p>"
    items = "".join(
        f"<li>{escape(d.regle)} — {escape(d.motif)} ({escape(d.instance)}, {d.date_decision}"
        f"{', → ' + str(d.date_fin) if d.date_fin else ''})</li>"
        for d in maquette.derogations
    )
    return f"<ul>{items}</ul>"


def markdown_page(maquette: Maquette, report: FileReport, lang: Lang) -> str:
    md = markdown_text  # every value from the maquette or a pack renders as itself
    lines = [f"# {_w('title', lang)} : {md(maquette.formation.mention)}", ""]
    lines += [f"- **{k}** : {md(v)}" for k, v in _identity(maquette, report)]
    columns = _w("columns", lang).split("|")
    lines += [
        "",
        f"## {_w('structure', lang)}",
        "",
        "| " + " | ".join(columns) + " |",
        "|" + " --- |" * len(columns),
    ]
    lines += [
        "| " + " | ".join(md(cell) for cell in row) + " |" for row in _ue_rows(maquette, lang)
    ]
    hours = hours_by_kind(maquette)
    lines += ["", f"## {_w('hours', lang)}", ""]
    lines += [f"- {kind} : {format_value(value, lang)} h" for kind, value in hours.items()]
    lines += ["", f"## {_w('shares', lang)}", ""]
    lines += [
        f"- {bar.label} : **{bar.shown}**" for bar in share_bars(maquette, lang, report.regime)
    ]
    lines += ["", f"## {_w('findings', lang)}", ""]
    shown = [f for f in report.findings if f.severity >= Severity.WARNING]
    lines += [
        f"- {markdown_code(f.code)} ligne {f.span.start.line} : {md(f.message)}"
        + (f" ({markdown_link(f.reference.article, f.reference.url)})" if f.reference else "")
        for f in shown
    ]
    if not shown:
        lines.append(_w("none", lang))
    lines += ["", f"## {_w('derogations', lang)}", ""]
    lines += [
        f"- {md(d.regle)} — {md(d.motif)} ({md(d.instance)}, {d.date_decision})"
        for d in maquette.derogations
    ]
    if not maquette.derogations:
        lines.append(_w("none_f", lang))
    return "\n".join(lines) + "\n"
