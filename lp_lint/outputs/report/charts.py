"""The charts of the report page: inline SVG bars, and the words that go with a threshold.

A threshold chart says its outcome in words and symbols (✓, ✗, ?) beside the bar's colour, and
marks each bound with a labelled line, so that it reads the same printed in black and white.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from lp_lint.findings import Severity
from lp_lint.i18n import Lang
from lp_lint.outputs.report.facts import Chart
from lp_lint.outputs.report.text import html_text, number
from lp_lint.outputs.report.words import word

STATUS_COLOURS = {"pass": "#2e7d32", "fail": "#c62828", "waived": "#9a6700", "unknown": "#888"}


class Bar(NamedTuple):
    label: str
    value: float | None
    maximum: float
    shown: str


def chart_value(chart: Chart, lang: Lang) -> str:
    if chart.unit == "%":
        return number(chart.value, lang, "%")
    return f"{number(chart.value, lang)} {word('weeks', lang)}"


def chart_threshold(chart: Chart, lang: Lang) -> str:
    spec = "%" if chart.unit == "%" else ""
    low, high = number(chart.low, lang, spec), number(chart.high, lang, spec)
    unit = "" if chart.unit == "%" else " " + word("weeks", lang)
    if chart.high is not None and chart.low is not None:
        return word("threshold_range", lang).format(min=low, max=high) + unit
    if chart.low is None:
        return word("threshold_max", lang).format(max=high) + unit
    return word("threshold_min", lang).format(min=low) + unit


def chart_caption(chart: Chart, lang: Lang) -> str:
    practice = f", {word('practice', lang)}" if chart.severity < Severity.ERROR else ""
    return f"{chart.code} — {chart.title.get(lang)} ({chart_threshold(chart, lang)}{practice})"


def chart_status(chart: Chart, lang: Lang) -> str:
    return word(f"status_{chart.status}", lang)


def svg_bars(bars: list[Bar], title: str) -> str:
    """Horizontal bars, each a `rect.bar` with its value (the hours by kind)."""
    height = 34 * len(bars) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="720" height="{height}" role="img" '
        f'aria-label="{html_text(title)}">'
    ]
    for index, bar in enumerate(bars):
        y = 10 + index * 34
        width = _width(bar.value, bar.maximum)
        parts += [
            f'<text x="0" y="{y + 15}" font-size="12">{html_text(bar.label)}</text>',
            f'<rect class="bar" data-label="{html_text(bar.label)}" x="330" y="{y}" '
            f'width="{width}" height="20" fill="#3b6ea5"/>',
            f'<text x="{335 + width}" y="{y + 15}" font-size="12">{html_text(bar.shown)}</text>',
        ]
    parts.append("</svg>")
    return "".join(parts)


def _width(value: float | None, maximum: float, full: int = 300) -> int:
    """Pixels of a bar: at most `full`, none for an unknown (or not finite) value."""
    if value is None or not math.isfinite(value) or not math.isfinite(maximum) or maximum <= 0:
        return 0
    return max(1, round(full * min(value, maximum) / maximum))


def svg_chart(chart: Chart, lang: Lang) -> str:
    """One threshold: the bar coloured by its outcome, a marked line at each bound, and the
    outcome in words (✓/✗) so that colour is never the only sign."""
    weeks = max(26.0, (chart.high or 0) + 4, chart.value or 0)
    maximum = 1.0 if chart.unit == "%" else weeks
    width = _width(chart.value, maximum, 400)
    colour = STATUS_COLOURS[chart.status]
    caption = chart_caption(chart, lang)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="720" height="64" role="img" '
        f'class="chart" aria-label="{html_text(caption)}">',
        f'<text x="0" y="14" font-size="12">{html_text(caption)}</text>',
        '<rect class="frame" x="0" y="26" width="400" height="22" fill="none" stroke="#999"/>',
        f'<rect class="bar {chart.status}" data-code="{html_text(chart.code)}" '
        f'data-status="{chart.status}" x="0" y="26" width="{width}" height="22" fill="{colour}"/>',
        f'<text x="410" y="42" font-size="12" font-weight="bold">'
        f"{html_text(chart_value(chart, lang))} {html_text(chart_status(chart, lang))}</text>",
    ]
    for bound in (chart.low, chart.high):
        if bound is not None:
            x = _width(bound, maximum, 400)
            mark = number(bound, lang, "%" if chart.unit == "%" else "")
            parts += [
                f'<line class="threshold" data-value="{bound}" x1="{x}" x2="{x}" y1="22" '
                f'y2="52" stroke="#000" stroke-width="2" stroke-dasharray="4,2"/>',
                f'<text x="{x + 2}" y="62" font-size="10">{html_text(mark)}</text>',
            ]
    parts.append("</svg>")
    return "".join(parts)
