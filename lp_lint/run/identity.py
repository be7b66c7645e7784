"""What makes a finding the same finding across edits: rule, file and entity, never lines.

Baselines, pull-request mode and the fingerprints of SARIF and GitLab reports all rest on this:
reformatting, reordering or commenting a maquette keeps every fingerprint; fixing a finding
removes it; the same defect moved to another UE is a new one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from lp_lint.findings import DocPath, Finding

_NAMING_KEYS = ("code", "numero", "type", "regle")
MAX_NAME = 40
"""The longest name a key quotes whole (the format's codes are at most 40 characters): a longer
one, which the format refuses anyway, is cut and told apart by a short hash, so that a key, and
every output that repeats it for each finding, stays bounded."""


def semantic_key(path: DocPath, data: Any) -> str:
    """`("semestres", 1, "ues", 0, "code")` → `semestres[S6].ues[UE5].code`, read from the data."""
    out, node = "", data
    for part in path:
        if isinstance(part, int):
            item = node[part] if isinstance(node, list) and part < len(node) else None
            out += f"[{_name(item, part)}]"
            node = item
        else:
            out += ("." if out else "") + part
            node = node.get(part) if isinstance(node, dict) else None
    return out


def _name(item: Any, index: int) -> str:
    if isinstance(item, dict):
        for key in _NAMING_KEYS:
            value = item.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool):
                return _bounded(f"S{value}" if key == "numero" else str(value))
    return str(index)


def _bounded(name: str) -> str:
    if len(name) <= MAX_NAME:
        return name
    import hashlib

    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{name[: MAX_NAME - 10]}…{digest}"


def with_keys(findings: Iterable[Finding], data: Any) -> list[Finding]:
    return [f._replace(key=semantic_key(f.path, data)) for f in findings]


def fingerprints(findings: list[Finding], file: str) -> list[str]:
    """One stable hash per finding: rule code, file, entity key, and its rank among equals."""
    import hashlib  # only the formats and modes that fingerprint pay for it

    seen: Counter[tuple[str, str, str]] = Counter()
    result = []
    for finding in findings:
        # a completeness finding names its rule first: two of them on one key stay distinct
        # French, whatever the run's language: a baseline holds the same entries in both
        said = "" if finding.key and finding.rule_id != "incomplete" else finding.text("fr")
        detail = said.split(" ", 1)[0] if finding.rule_id == "incomplete" else ""
        identity = (finding.code, finding.key or said, detail)
        rank = seen[identity]
        seen[identity] += 1
        text = "\x1f".join((finding.code, file, *identity[1:], str(rank)))
        result.append(hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32])
    return result
