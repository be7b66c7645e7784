"""What a report page says, before any layout: the verdict, the counts, the findings by severity,
what could not be checked, and the numeric thresholds of the rules judged, charted.

The charts come from the rules themselves: every maquette-wide `share-min` rule and every
`range` rule on a length in weeks, of the packs the maquette was judged by, with the reading in
force. A chart fails when its rule reported a finding, so that the page never disagrees with
the list of findings under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from lp_lint.findings import Finding, Severity
from lp_lint.i18n import Lang
from lp_lint.model.records import Maquette
from lp_lint.pseudo_rules import INCOMPLETE
from lp_lint.reports import FileReport
from lp_lint.rules.entities import Entity
from lp_lint.rules.packs import Rule
from lp_lint.rules.quantities import QUANTITIES
from lp_lint.rules.records import Texts

UNVERIFIED = INCOMPLETE.code
"""The finding that says a rule could not be checked for lack of data."""
CHARTED_UNITS = ("semaines",)
"""Units of the quantities whose `range` rules are charted (beside every maquette-wide share)."""


@dataclass(frozen=True)
class Judged:
    """A maquette, its findings, and what it was judged by."""

    maquette: Maquette
    report: FileReport
    rules: tuple[tuple[Rule, Severity], ...] = ()
    """The rules the selection keeps, each with its severity after the configuration's changes."""
    readings: tuple[tuple[str, str], ...] = ()
    texts: tuple[tuple[str, str], ...] = ()
    """(pack id, title) of each text applied."""
    lang: Lang = "fr"
    """The language of the run, after the configuration's `lang`."""


class Verdict(NamedTuple):
    key: str
    """fail (an error), internal (a rule failed), unsure (data missing for a rule) or pass."""
    counts: dict[str, int]


class Chart(NamedTuple):
    code: str
    title: Texts
    severity: Severity
    value: float | None
    low: float | None
    high: float | None
    unit: str
    """"%" for a share, "weeks" for a length."""
    status: str
    """pass, fail, waived (every finding covered by a dérogation) or unknown."""


def verdict(report: FileReport) -> Verdict:
    active = [f for f in report.findings if not f.waived_by]
    counts = {
        "error": sum(f.severity == Severity.ERROR for f in active),
        "warning": sum(f.severity == Severity.WARNING for f in active),
        "info": sum(f.severity == Severity.INFO and f.code != UNVERIFIED for f in active),
        "unverified": sum(f.code == UNVERIFIED for f in active),
        "waived": len(report.findings) - len(active),
    }
    if counts["error"]:
        key = "fail"
    elif report.internal_error or not report.rules_applied:
        key = "internal"
    elif counts["unverified"]:
        key = "unsure"
    else:
        key = "pass"
    return Verdict(key, counts)


def groups(report: FileReport) -> dict[Severity, list[Finding]]:
    """Findings not waived, by severity, most severe first; D001 is listed apart."""
    found: dict[Severity, list[Finding]] = {s: [] for s in sorted(Severity, reverse=True)}
    for finding in report.findings:
        if not finding.waived_by and finding.code != UNVERIFIED:
            found[finding.severity].append(finding)
    return found


def unverified(report: FileReport) -> list[Finding]:
    return [f for f in report.findings if f.code == UNVERIFIED and not f.waived_by]


def waived(report: FileReport) -> list[Finding]:
    return [f for f in report.findings if f.waived_by]


def charts(judged: Judged) -> list[Chart]:
    readings = dict(judged.readings)
    found = [
        chart
        for rule, severity in judged.rules
        if (chart := _chart(judged, rule, severity, readings)) is not None
    ]
    return sorted(found, key=lambda c: (c.unit == "weeks", c.code))


def _chart(
    judged: Judged, rule: Rule, severity: Severity, readings: dict[str, str]
) -> Chart | None:
    if rule.source.scope != "maquette":
        return None
    params = rule.params[rule.reading(readings) or ""].model_dump()
    if rule.source.check == "share-min":
        top = measure(judged.maquette, params["numerator"])
        bottom = measure(judged.maquette, params["denominator"])
        value = None if top is None or not bottom else top / bottom
        low, high, unit = params["min"], None, "%"
    elif rule.source.check == "range" and QUANTITIES[params["quantity"]].unit in CHARTED_UNITS:
        value = measure(judged.maquette, params["quantity"])
        low, high, unit = params["min"], params["max"], "weeks"
    else:
        return None
    hits = [f for f in judged.report.findings if f.code == rule.code]
    if hits:
        status = "waived" if all(f.waived_by for f in hits) else "fail"
    else:
        status = "unknown" if value is None else "pass"
    return Chart(rule.code, rule.source.title, severity, value, low, high, unit, status)


def measure(maquette: Maquette, name: str) -> float | None:
    return QUANTITIES[name].compute(maquette, Entity("maquette", (), "", ())).number
