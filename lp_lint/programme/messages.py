"""The conflicts as findings (codes N001–N013: "incohérence"); their words are in the catalogue."""

from __future__ import annotations

from lp_lint.findings import Finding, Severity
from lp_lint.i18n import msg
from lp_lint.programme.coherence import Conflict
from lp_lint.pseudo_rules import (
    PSEUDO_RULES,
    TOTAL_BELOW_TYPES,
    TWICE_ECTS_UE,
    TWICE_HEURES_PROFESSIONNELS,
    TWICE_HEURES_PROJET,
    TWICE_HEURES_UE,
    TWICE_STAGE,
    TWICE_STAGE_FRACTIONNE,
)
from lp_lint.reading.sourcemap import SourceMap

TWICE = frozenset(
    {
        TWICE_HEURES_PROJET.code,
        TWICE_HEURES_PROFESSIONNELS.code,
        TWICE_STAGE.code,
        TWICE_ECTS_UE.code,
        TOTAL_BELOW_TYPES.code,
        TWICE_HEURES_UE.code,
        TWICE_STAGE_FRACTIONNE.code,
    }
)
"""One fact stated twice: the rules that need it wait until both statements agree."""


def conflict_findings(conflicts: tuple[Conflict, ...], source_map: SourceMap) -> list[Finding]:
    findings = []
    for conflict in conflicts:
        partial = msg("programme.at_least") if conflict.values.get("partiel") else ""
        message = msg(f"programme.{conflict.code}", **{**conflict.values, "partiel": partial})
        if conflict.code in TWICE:
            message += msg("programme.unknown")
        findings.append(
            Finding(
                PSEUDO_RULES[conflict.code].id,
                conflict.code,
                Severity.ERROR,
                message,
                source_map.finding_span(conflict.path),
                conflict.path,
                related=tuple(source_map.finding_span(p) for p in conflict.related),
            )
        )
    return findings
