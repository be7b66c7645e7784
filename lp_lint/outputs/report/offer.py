"""`lp-lint report DIR -o FOLDER`: one page for a whole offer, and one page per maquette.

The index lists every maquette found in DIR (as `check` finds them) with its verdict, regime,
counts and key shares, and links to its own page, written beside the index. Page names come
from the maquette's path inside DIR, reduced to letters, digits, `.`, `_` and `-`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

from lp_lint import __version__
from lp_lint.i18n import Lang
from lp_lint.outputs.report.charts import chart_status, chart_value
from lp_lint.outputs.report.facts import Judged, charts, verdict
from lp_lint.outputs.report.page import SYMBOLS, VERDICT_SYMBOLS, html_page, markdown_page
from lp_lint.outputs.report.text import colon, html_text, markdown_text
from lp_lint.outputs.report.words import word

INDEX = "index"


class Entry(NamedTuple):
    """A maquette of the offer: judged, or the reason it could not be read."""

    path: str
    judged: Judged | None
    problem: str = ""


def page_names(paths: list[str], root: Path, suffix: str) -> dict[str, str]:
    """A distinct, safe file name for each maquette's page."""
    names: dict[str, str] = {}
    taken = {INDEX + suffix}
    for path in paths:
        try:
            relative = Path(path).relative_to(root).with_suffix("").as_posix()
        except ValueError:
            relative = Path(path).stem
        base = re.sub(r"[^A-Za-z0-9._-]+", "_", relative.replace("/", "--")).strip("._") or "page"
        name, number = base + suffix, 2
        while name in taken:
            name, number = f"{base}-{number}{suffix}", number + 1
        taken.add(name)
        names[path] = name
    return names


def offer_pages(
    entries: list[Entry], root: Path, lang: Lang, markdown: bool, today: dt.date | None = None
) -> dict[str, str]:
    """File name → text: the index and every readable maquette's page."""
    suffix = ".md" if markdown else ".html"
    names = page_names([e.path for e in entries], root, suffix)
    pages = {
        names[e.path]: (markdown_page if markdown else html_page)(e.judged, e.judged.lang, today)
        for e in entries
        if e.judged is not None
    }
    rows = [_row(e, names[e.path] if e.judged else "", root, lang) for e in entries]
    title = f"{word('offer_title', lang)}{colon(lang)}{root.name or root}"
    summary = _summary(entries, lang)
    footer = word("offer_footer", lang).format(
        **{"date": (today or dt.date.today()).isoformat(), "version": __version__}
    )
    index = (_markdown_index if markdown else _html_index)(title, summary, rows, footer, lang)
    return {INDEX + suffix: index, **pages}


class _Row(NamedTuple):
    name: str
    link: str
    identity: str
    year: str
    regime: str
    verdict: str
    verdict_key: str
    findings: str
    shares: tuple[str, ...]


def _row(entry: Entry, link: str, root: Path, lang: Lang) -> _Row:
    try:
        name = Path(entry.path).relative_to(root).as_posix()
    except ValueError:
        name = entry.path
    judged = entry.judged
    if judged is None:
        shown = f"{VERDICT_SYMBOLS['broken']} {word('verdict_broken', lang)}"
        return _Row(name, "", entry.problem, "", "", shown, "broken", "", ())
    found = verdict(judged.report)
    formation = judged.maquette.formation
    counts = " ".join(
        f"{SYMBOLS[key]} {found.counts[key]}" for key in ("error", "warning", "unverified")
    )
    shares = tuple(
        f"{c.code} {chart_value(c, lang)} {chart_status(c, lang)[:1]}" for c in charts(judged)
    )
    return _Row(
        name,
        link,
        " · ".join(part for part in (formation.mention, formation.parcours) if part),
        formation.annee_universitaire or "",
        judged.report.regime or "",
        f"{VERDICT_SYMBOLS[found.key]} {word('verdict_' + found.key, lang)}",
        found.key,
        counts,
        shares,
    )


def _summary(entries: list[Entry], lang: Lang) -> str:
    keys = [verdict(e.judged.report).key if e.judged else "broken" for e in entries]
    parts = [
        f"{word('verdict_' + key, lang)}{colon(lang)}{keys.count(key)}"
        for key in ("fail", "internal", "unsure", "pass", "broken")
        if key in keys
    ]
    return word("offer_summary", lang).format(n=len(entries)) + " — " + "; ".join(parts)


def _html_index(title: str, summary: str, rows: list[_Row], footer: str, lang: Lang) -> str:
    columns = "".join(f"<th>{html_text(c)}</th>" for c in word("offer_columns", lang).split("|"))
    body = "".join(
        f'<tr class="{r.verdict_key}" data-verdict="{r.verdict_key}">'
        + (
            f'<td><a href="{html_text(r.link)}">{html_text(r.name)}</a></td>'
            if r.link
            else f"<td>{html_text(r.name)}</td>"
        )
        + "".join(
            f"<td>{html_text(v)}</td>"
            for v in (r.identity, r.year, r.regime, r.verdict, r.findings)
        )
        + f"<td>{'<br>'.join(html_text(share) for share in r.shares)}</td></tr>"
        for r in rows
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html_text(title)}</title><style>{_STYLE}</style></head>\n<body>\n"
        f"<h1>{html_text(title)}</h1>\n<p>{html_text(summary)}</p>\n"
        f'<table class="offer"><tr>{columns}</tr>{body}</table>\n'
        f"<footer>{html_text(footer)}</footer>\n</body></html>\n"
    )


_STYLE = """body{font-family:sans-serif;max-width:1200px;margin:2em auto;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}
td:nth-child(3),td:nth-child(4),td:nth-child(6),td:nth-child(7){white-space:nowrap}
tr.fail td:nth-child(5){color:#b00;font-weight:bold}tr.pass td:nth-child(5){color:#2e7d32}
footer{margin-top:2em;border-top:1px solid #999;padding-top:.5em;font-size:.9em}
@media print{body{margin:0;max-width:none}tr{break-inside:avoid}}"""


def _markdown_index(title: str, summary: str, rows: list[_Row], footer: str, lang: Lang) -> str:
    m = markdown_text
    columns = word("offer_columns", lang).split("|")
    lines = [f"# {m(title)}", "", m(summary), "", "| " + " | ".join(columns) + " |"]
    lines.append("|" + " --- |" * len(columns))
    for r in rows:
        name = f"[{m(r.name)}]({r.link})" if r.link else m(r.name)
        cells = (r.identity, r.year, r.regime, r.verdict, r.findings, "; ".join(r.shares))
        lines.append("| " + " | ".join([name, *(m(c) for c in cells)]) + " |")
    return "\n".join([*lines, "", "---", "", m(footer)]) + "\n"
