"""The findings of every student path as one list: what holds on every path is said once; what
holds on some paths only names them ("avec UE5b"), so that a reader knows which choice fails."""

from __future__ import annotations

from collections.abc import Sequence

from lp_lint.findings import DocPath, Finding
from lp_lint.i18n import Message, joined, msg, plain
from lp_lint.programme.paths import StudentPath

MAX_NAMED = 3
"""Paths named in one message; the others are counted."""


def _label(path: StudentPath) -> Message:
    """`C4b, C71 et C73`."""
    if not path.chosen:
        return plain("")
    *first, last = path.chosen
    return (
        joined([plain(", ".join(first)), plain(last)], msg("paths.and")) if first else plain(last)
    )


def _suffix(paths: list[StudentPath]) -> Message:
    named = joined([_label(p) for p in paths[:MAX_NAMED]], msg("paths.or"))
    if len(paths) <= MAX_NAMED:
        return msg("paths.one", choix=named)
    return msg("paths.some", choix=named, autres=len(paths) - MAX_NAMED)


def merge_paths(judged: Sequence[tuple[StudentPath, list[Finding]]]) -> list[Finding]:
    """One finding per distinct statement; a statement true on some paths only names them."""
    if len(judged) == 1:
        return list(judged[0][1])
    where: dict[tuple[str, str, DocPath, Message], dict[int, StudentPath]] = {}
    first: dict[tuple[str, str, DocPath, Message], Finding] = {}
    for index, (path, findings) in enumerate(judged):
        for finding in findings:
            key = (finding.rule_id, finding.code, finding.path, finding.message)
            first.setdefault(key, finding)
            where.setdefault(key, {})[index] = path
    merged = []
    for key, finding in first.items():
        paths = list(where[key].values())
        if len(paths) < len(judged):
            finding = finding._replace(message=finding.message + _suffix(paths))
        merged.append(finding)
    return merged
