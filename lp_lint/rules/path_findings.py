"""The findings of every student path as one list: what holds on every path is said once; what
holds on some paths only names them ("avec UE5b"), so that a reader knows which choice fails."""

from __future__ import annotations

from collections.abc import Sequence

from lp_lint.findings import DocPath, Finding
from lp_lint.i18n import Lang, render
from lp_lint.programme.paths import StudentPath

MAX_NAMED = 3
"""Paths named in one message; the others are counted."""

_TEXTS: dict[str, dict[Lang, str]] = {
    "one": {"fr": " (parcours avec {choix})", "en": " (path with {choix})"},
    "some": {
        "fr": " (parcours avec {choix}, et {autres} autres)",
        "en": " (paths with {choix}, and {autres} others)",
    },
    "and": {"fr": " et ", "en": " and "},
    "or": {"fr": " ; avec ", "en": "; with "},
}


def _label(path: StudentPath, lang: Lang) -> str:
    """`C4b, C71 et C73`."""
    if not path.chosen:
        return ""
    *first, last = path.chosen
    return _TEXTS["and"][lang].join([", ".join(first), last]) if first else last


def _suffix(paths: list[StudentPath], lang: Lang) -> str:
    named = _TEXTS["or"][lang].join(_label(p, lang) for p in paths[:MAX_NAMED])
    if len(paths) <= MAX_NAMED:
        return render(_TEXTS["one"][lang], {"choix": named}, lang)
    return render(_TEXTS["some"][lang], {"choix": named, "autres": len(paths) - MAX_NAMED}, lang)


def merge_paths(judged: Sequence[tuple[StudentPath, list[Finding]]], lang: Lang) -> list[Finding]:
    """One finding per distinct statement; a statement true on some paths only names them."""
    if len(judged) == 1:
        return list(judged[0][1])
    where: dict[tuple[str, str, DocPath, str], dict[int, StudentPath]] = {}
    first: dict[tuple[str, str, DocPath, str], Finding] = {}
    for index, (path, findings) in enumerate(judged):
        for finding in findings:
            key = (finding.rule_id, finding.code, finding.path, finding.message)
            first.setdefault(key, finding)
            where.setdefault(key, {})[index] = path
    merged = []
    for key, finding in first.items():
        paths = list(where[key].values())
        if len(paths) < len(judged):
            finding = finding._replace(message=finding.message + _suffix(paths, lang))
        merged.append(finding)
    return merged
