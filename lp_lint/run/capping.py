"""How many findings one file may report: a hostile or broken file must not turn a few hundred
kilobytes of input into hundreds of megabytes of report.

The most severe findings are kept first, so that the exit code and the first screen stay true;
what is left out is counted, by code, in one `too-many-findings` (F004) finding at the top.
"""

from __future__ import annotations

from collections import Counter

from lp_lint.findings import Finding, Severity
from lp_lint.i18n import joined, msg, plain
from lp_lint.pseudo_rules import TOO_MANY_FINDINGS

MAX_PER_RULE = 100
"""Findings of one code in one file; a real maquette has a few dozen UEs and ECs."""
MAX_PER_FILE = 1_000
"""Findings in one file, all codes together."""
MAX_RELATED = 20
"""Related locations of one finding (the terms of a sum, the other statement of a fact): the
first ones show where to look; a UE repeated a thousand times must not list them all."""
_CODES_SHOWN = 10


def cap(findings: list[Finding]) -> list[Finding]:
    """`findings` within the limits, and a finding that counts the others when some are left out."""
    findings = [_trimmed(f) if len(f.related) > MAX_RELATED else f for f in findings]
    if len(findings) <= MAX_PER_RULE:
        return findings  # the usual case, at no cost
    kept: list[Finding] = []
    per_code: Counter[str] = Counter()
    left_out: Counter[str] = Counter()
    for finding in sorted(findings, key=lambda f: (-f.severity, f.sort_key)):
        if per_code[finding.code] >= MAX_PER_RULE or len(kept) >= MAX_PER_FILE:
            left_out[finding.code] += 1
            continue
        per_code[finding.code] += 1
        kept.append(finding)
    if left_out:
        kept.append(_left_out(left_out))
    return kept


def _trimmed(finding: Finding) -> Finding:
    return finding._replace(related=finding.related[:MAX_RELATED])


def _left_out(counts: Counter[str]) -> Finding:
    codes = [msg("capping.count", code=code, n=n) for code, n in counts.most_common(_CODES_SHOWN)]
    if len(counts) > _CODES_SHOWN:
        codes.append(plain("…"))
    values = {
        "n": sum(counts.values()),
        "rule": MAX_PER_RULE,
        "file": MAX_PER_FILE,
        "codes": joined(codes, plain(", ")),
    }
    return Finding(
        TOO_MANY_FINDINGS.id,
        TOO_MANY_FINDINGS.code,
        Severity.INFO,
        msg("capping.left_out", **values),
    )
