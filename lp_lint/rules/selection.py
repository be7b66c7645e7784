"""Which findings a run reports: select, ignore, per-file ignores, severity overrides."""

from __future__ import annotations

from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import PurePath

from lp_lint.findings import Finding, Severity
from lp_lint.pseudo_rules import PSEUDO_RULES
from lp_lint.rules.packs import PackSet


def matches(selector: str, finding: Finding, pack: str | None) -> bool:
    """A selector names a rule by code or id, a pack by id, or a family by code prefix (`LP1`)."""
    return (
        selector == "ALL"
        or selector in (finding.code, finding.rule_id, pack)
        or (selector[:1].isupper() and finding.code.startswith(selector))
    )


def unknown_selectors(selectors: Iterable[str], pack_set: PackSet) -> list[str]:
    names = {"ALL"}
    codes = set(PSEUDO_RULES) | set(pack_set.rules)
    for pack in pack_set.packs:
        names.add(pack.id)
        names.update(rule.id for rule in pack.rules)
    names.update(p.id for p in PSEUDO_RULES.values())
    return [
        s
        for s in selectors
        if s not in names and not any(c.startswith(s) for c in codes if s[:1].isupper())
    ]


def select(
    findings: list[Finding],
    path: str,
    pack_set: PackSet,
    *,
    chosen: tuple[str, ...] | None,
    extended: tuple[str, ...],
    ignored: tuple[str, ...],
    per_file: tuple[tuple[str, tuple[str, ...]], ...],
    severities: tuple[tuple[str, str], ...],
) -> list[Finding]:
    """Keep what the selection asks for, drop what it ignores, then apply severity overrides."""
    wanted = (*(chosen if chosen is not None else ("ALL",)), *extended)
    dropped = list(ignored)
    posix = PurePath(path).as_posix()
    for pattern, codes in per_file:
        if fnmatch(posix, pattern) or fnmatch(PurePath(path).name, pattern):
            dropped.extend(codes)
    kept = []
    for finding in findings:
        rule = pack_set.rules.get(finding.code)
        pack = rule.pack if rule and rule.id == finding.rule_id else None
        if not any(matches(s, finding, pack) for s in wanted) or any(
            matches(s, finding, pack) for s in dropped
        ):
            continue
        for selector, severity in severities:
            if matches(selector, finding, pack):
                finding = finding._replace(severity=Severity.parse(severity))
        kept.append(finding)
    return kept
