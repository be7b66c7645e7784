"""`lp-lint report`: a one-page summary of a programme for the people who review it.

The verdict and the counts first; the thresholds of the regime judged, charted; the findings by
severity, then what could not be checked; the semesters and UEs with ECTS, coefficients and
hours; hours by kind; the dérogations; a footer with the date, lp-lint's version and the texts
applied. Severity is said by a word and a symbol as well as a colour, so that the page survives
black-and-white printing. HTML (inline SVG: no JavaScript, no network) for a browser or a
council, Markdown for a pull-request comment or GitHub's step summary.

Every value goes through `html_text` or `markdown_text` (report_text), the one place where a
format's escaping is decided.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from lp_lint import __version__
from lp_lint.findings import Finding
from lp_lint.i18n import Lang, format_value, severity_word
from lp_lint.model.records import Maquette
from lp_lint.outputs.report.charts import (
    Bar,
    chart_caption,
    chart_status,
    chart_value,
    svg_bars,
    svg_chart,
)
from lp_lint.outputs.report.facts import (
    Judged,
    Verdict,
    charts,
    groups,
    measure,
    unverified,
    verdict,
    waived,
)
from lp_lint.outputs.report.text import (
    colon,
    html_text,
    markdown_code,
    markdown_link,
    markdown_text,
    number,
)
from lp_lint.outputs.report.words import word
from lp_lint.run.comparison import HOUR_KINDS, Figure, per_path, ue_hours

SYMBOLS = {"error": "✖", "warning": "▲", "info": "●", "unverified": "?", "waived": "◇"}
VERDICT_SYMBOLS = {"fail": "✖", "internal": "!", "unsure": "?", "pass": "✔", "broken": "✖"}


def hours_by_kind(maquette: Maquette) -> dict[str, Figure]:
    """Student hours by kind over the UEs of a student path (unknown as soon as one UE's are),
    as a range when the paths differ; the projet's are those the rules count."""
    return {kind: per_path(maquette, _kind_sum(kind)) for kind in HOUR_KINDS}


def _kind_sum(kind: str) -> Callable[[Maquette], float | None]:
    def total(path: Maquette) -> float | None:
        if kind == "projet":  # the projet block, when it gives the hours
            projet = measure(path, "heures_projet")
            if projet is not None:
                return projet
        sums = [ue_hours(ue)[kind] for _, _, ue in path.iter_ues()]
        return None if any(v is None for v in sums) else sum(v or 0.0 for v in sums)

    return total


_HOUR_LABELS: dict[str, dict[Lang, str]] = {
    "ci": {"fr": "C/TD", "en": "C/TD"},
    "sans_type": {"fr": "sans type", "en": "untyped"},
    "projet": {"fr": "projet", "en": "projet"},
}


def hour_label(kind: str, lang: Lang = "fr") -> str:
    return _HOUR_LABELS[kind][lang] if kind in _HOUR_LABELS else kind.upper()


def has_choices(maquette: Maquette) -> bool:
    """Whether the maquette as written differs from what one student follows."""
    return any(
        s.choix or any(ue.choix or ue.caractere in ("optionnelle", "libre") for ue in s.ues)
        for s in maquette.semestres
    )


# -- HTML ---------------------------------------------------------------------------------------


_STYLE = """body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}
.verdict{border:3px solid #222;padding:.5em 1em;margin-bottom:1em}
.verdict .label{font-size:1.6em;font-weight:bold;margin:.2em 0}
.verdict.fail{border-color:#c62828}.verdict.pass{border-color:#2e7d32}.verdict.unsure,.verdict.internal{border-color:#9a6700}
.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1.5em;font-weight:bold}
.sev{display:inline-block;border:1px solid currentColor;border-radius:3px;padding:0 4px;white-space:nowrap}
.error{color:#b00}.warning{color:#8a5300}.info{color:#05a}
footer{margin-top:2em;border-top:1px solid #999;padding-top:.5em;font-size:.9em}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,svg{break-inside:avoid}}"""


def html_page(judged: Judged, lang: Lang, today: dt.date | None = None) -> str:
    maquette = judged.maquette
    title = f"{word('title', lang)}{colon(lang)}{maquette.formation.mention}"
    body = [
        _verdict_html(judged, lang),
        f"<h1>{html_text(title)}</h1>",
        _table([], identity(judged, lang), header=True),
        f"<h2>{html_text(word('shares', lang))}</h2>",
        _charts_html(judged, lang),
        f"<h2>{html_text(word('findings', lang))}</h2>",
        _findings_html(judged, lang),
        _unverified_html(judged, lang),
        f"<h2>{html_text(word('structure', lang))}</h2>",
        _table(word("columns", lang).split("|"), ue_rows(maquette, lang)),
        _as_written_html(maquette, lang),
        f"<h2>{html_text(word('hours', lang))}</h2>",
        svg_bars(_hour_bars(maquette, lang), word("hours", lang)),
        f"<h2>{html_text(word('derogations', lang))}</h2>",
        _derogations_html(judged, lang),
        f"<footer>{html_text(footer(judged, lang, today))}</footer>",
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html_text(title)}</title><style>{_STYLE}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def _as_written_html(maquette: Maquette, lang: Lang) -> str:
    return f"<p>{html_text(word('as_written', lang))}</p>" if has_choices(maquette) else ""


def _table(columns: list[str], rows: list[list[str]], header: bool = False) -> str:
    """A table of plain values; with `header`, each row's first cell is its heading."""
    head = (
        "<tr>" + "".join(f"<th>{html_text(c)}</th>" for c in columns) + "</tr>" if columns else ""
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<th>{html_text(c)}</th>" if header and i == 0 else f"<td>{html_text(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table>{head}{body}</table>"


def _verdict_html(judged: Judged, lang: Lang) -> str:
    found = verdict(judged.report)
    counts = "".join(
        f'<li class="{key}">{SYMBOLS[key]} {value} {html_text(word("count_" + key, lang))}</li>'
        for key, value in shown_counts(found)
    )
    return (
        f'<section class="verdict {found.key}" data-verdict="{found.key}">'
        f'<p class="label">{VERDICT_SYMBOLS[found.key]} '
        f"{html_text(word('verdict_' + found.key, lang))}</p>"
        f"<p>{html_text(word('why_' + found.key, lang))}</p>"
        f'<ul class="counts">{counts}</ul></section>'
    )


def _charts_html(judged: Judged, lang: Lang) -> str:
    found = charts(judged)
    if not found:
        return f"<p>{html_text(word('no_chart', lang))}</p>"
    return "\n".join(svg_chart(chart, lang) for chart in found)


def shown_counts(found: Verdict) -> list[tuple[str, int]]:
    """Errors and warnings always (a zero is news); the other counts when there are some."""
    return [(k, v) for k, v in found.counts.items() if v or k in ("error", "warning")]


def severity_badge(severity: str, lang: Lang) -> str:
    return f"{SYMBOLS[severity]} {severity_word(severity, lang)}"


def _finding_row(finding: Finding, lang: Lang) -> str:
    ref = finding.reference
    link = (
        f'<a href="{html_text(ref.url)}">{html_text(ref.texte)}, {html_text(ref.article)}</a>'
        if ref
        else ""
    )
    label = finding.severity.label
    return (
        f'<tr class="{label}"><td><span class="sev {label}">'
        f"{html_text(severity_badge(label, lang))}</span></td>"
        f"<td>{html_text(line_of(finding))}</td><td>{html_text(finding.code)}</td>"
        f"<td>{html_text(finding.text(lang))}</td><td>{link}</td></tr>"
    )


def _findings_html(judged: Judged, lang: Lang) -> str:
    columns = "".join(f"<th>{html_text(c)}</th>" for c in word("finding_columns", lang).split("|"))
    parts = []
    for severity, found in groups(judged.report).items():
        heading = (
            f"{SYMBOLS[severity.label]} {word('group_' + severity.label, lang)} ({len(found)})"
        )
        parts.append(f'<h3 class="{severity.label}">{html_text(heading)}</h3>')
        if not found:
            parts.append(f"<p>{html_text(word('none', lang))}</p>")
            continue
        rows = "".join(_finding_row(f, lang) for f in found)
        parts.append(f'<table class="findings {severity.label}"><tr>{columns}</tr>{rows}</table>')
    return "\n".join(parts)


def _unverified_html(judged: Judged, lang: Lang) -> str:
    found = unverified(judged.report)
    heading = f"{SYMBOLS['unverified']} {word('unverified', lang)} ({len(found)})"
    items = "".join(
        f"<li>{html_text(word('line', lang))} {f.span.start.line}{colon(lang)}"
        f"{html_text(f.text(lang))}</li>"
        for f in found
    )
    body = f'<ul class="unverified">{items}</ul>' if found else f"<p>{word('none', lang)}</p>"
    return f"<h2>{html_text(heading)}</h2>{body}"


def _derogations_html(judged: Judged, lang: Lang) -> str:
    lines = derogation_lines(judged.maquette)
    parts = [
        f"<ul>{''.join(f'<li>{html_text(line)}</li>' for line in lines)}</ul>"
        if lines
        else f"<p>{html_text(word('none_f', lang))}</p>"
    ]
    covered = waived(judged.report)
    if covered:
        rows = "".join(_finding_row(f, lang) for f in covered)
        parts.append(f"<h3>{SYMBOLS['waived']} {html_text(word('waived', lang))}</h3>")
        parts.append(f'<table class="findings waived">{rows}</table>')
    return "".join(parts)


def _hour_bars(maquette: Maquette, lang: Lang) -> list[Bar]:
    hours = {k: v[1] if isinstance(v, tuple) else v for k, v in hours_by_kind(maquette).items()}
    shown = {k: _figure(v, lang) for k, v in hours_by_kind(maquette).items()}
    top = max((v for v in hours.values() if v is not None), default=0.0) or 1.0
    return [
        Bar(hour_label(kind, lang), value, top, f"{shown[kind]} h") for kind, value in hours.items()
    ]


def line_of(finding: Finding) -> str:
    """The line, preceded by the file when it is one the maquette includes."""
    line = str(finding.span.start.line)
    return f"{finding.span.file}:{line}" if finding.span.file else line


def _figure(value: Figure, lang: Lang) -> str:
    if isinstance(value, tuple):
        return f"{number(value[0], lang)}–{number(value[1], lang)}"
    return number(value, lang)


# -- shared by both formats ---------------------------------------------------------------------


def identity(judged: Judged, lang: Lang) -> list[list[str]]:
    f = judged.maquette.formation
    return [
        [word(key, lang), value]
        for key, value in (
            ("mention", f.mention),
            ("parcours", f.parcours or ""),
            ("etablissement", f.etablissement or ""),
            ("composante", f.composante or ""),
            ("annee", f.annee_universitaire or ""),
            ("regime", judged.report.regime or ""),
            ("texts", ", ".join(judged.report.packs)),
        )
        if value
    ]


def ue_rows(maquette: Maquette, lang: Lang) -> list[list[str]]:
    rows = []
    for semestre in maquette.semestres:
        for ue in semestre.ues:
            hours = ue_hours(ue)
            rows.append(
                [
                    f"S{semestre.numero} · {ue.code}",
                    ue.intitule,
                    "" if ue.ects is None else format_value(ue.ects, lang),
                    "" if ue.coefficient is None else format_value(ue.coefficient, lang),
                    *(number(hours[kind], lang) for kind in HOUR_KINDS),
                ]
            )
    return rows


def derogation_lines(maquette: Maquette) -> list[str]:
    return [
        f"{d.regle} — {d.motif} ({d.instance}, {d.date_decision}"
        f"{', → ' + str(d.date_fin) if d.date_fin else ''})"
        for d in maquette.derogations
    ]


def footer(judged: Judged, lang: Lang, today: dt.date | None = None) -> str:
    texts = "; ".join(title for _, title in judged.texts) or word("none", lang)
    line = word("footer", lang).format(
        **{"date": (today or dt.date.today()).isoformat(), "version": __version__, "texts": texts}
    )
    if judged.readings:
        chosen = ", ".join(f"{rule}={reading}" for rule, reading in judged.readings)
        line += " " + word("readings", lang).format(readings=chosen)
    return line


# -- Markdown -----------------------------------------------------------------------------------


def markdown_page(judged: Judged, lang: Lang, today: dt.date | None = None) -> str:
    m = markdown_text
    found = verdict(judged.report)
    lines = [
        f"# {m(word('title', lang))}{colon(lang)}{m(judged.maquette.formation.mention)}",
        "",
        f"**{VERDICT_SYMBOLS[found.key]} {word('verdict_' + found.key, lang)}** — "
        f"{word('why_' + found.key, lang)}",
        "",
        " · ".join(
            f"{SYMBOLS[key]} {value} {word('count_' + key, lang)}"
            for key, value in shown_counts(found)
        ),
        "",
    ]
    lines += [f"- **{m(k)}**{colon(lang)}{m(v)}" for k, v in identity(judged, lang)]
    lines += ["", f"## {word('shares', lang)}", ""]
    lines += [
        f"- {m(chart_caption(c, lang))}{colon(lang)}**{chart_value(c, lang)}** "
        f"{chart_status(c, lang)}"
        for c in charts(judged)
    ] or [word("no_chart", lang)]
    lines += ["", f"## {word('findings', lang)}"]
    for severity, group in groups(judged.report).items():
        heading = f"{SYMBOLS[severity.label]} {word('group_' + severity.label, lang)}"
        lines += ["", f"### {heading} ({len(group)})", ""]
        lines += [_finding_markdown(f, lang) for f in group] or [word("none", lang)]
    missing = unverified(judged.report)
    lines += ["", f"## {SYMBOLS['unverified']} {word('unverified', lang)} ({len(missing)})", ""]
    lines += [_finding_markdown(f, lang) for f in missing] or [word("none", lang)]
    lines += _structure_markdown(judged.maquette, lang)
    lines += ["", f"## {word('derogations', lang)}", ""]
    lines += [f"- {m(line)}" for line in derogation_lines(judged.maquette)] or [
        word("none_f", lang)
    ]
    lines += [_finding_markdown(f, lang) for f in waived(judged.report)]
    lines += ["", "---", "", m(footer(judged, lang, today))]
    return "\n".join(lines) + "\n"


def _finding_markdown(finding: Finding, lang: Lang) -> str:
    ref = finding.reference
    link = f" ({markdown_link(ref.article, ref.url)})" if ref else ""
    return (
        f"- {severity_badge(finding.severity.label, lang)} {markdown_code(finding.code)} "
        f"{word('line', lang)} {markdown_text(line_of(finding))}{colon(lang)}"
        f"{markdown_text(finding.text(lang))}{link}"
    )


def _structure_markdown(maquette: Maquette, lang: Lang) -> list[str]:
    columns = word("columns", lang).split("|")
    lines = [
        "",
        f"## {word('structure', lang)}",
        "",
        "| " + " | ".join(columns) + " |",
        "|" + " --- |" * len(columns),
    ]
    lines += [
        "| " + " | ".join(markdown_text(cell) for cell in row) + " |"
        for row in ue_rows(maquette, lang)
    ]
    if has_choices(maquette):
        lines += ["", markdown_text(word("as_written", lang))]
    lines += ["", f"## {word('hours', lang)}", ""]
    lines += [f"- {bar.label}{colon(lang)}{bar.shown}" for bar in _hour_bars(maquette, lang)]
    return lines
