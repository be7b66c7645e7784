"""`--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it.

Rules carry their title, rationale, reference and help link; results carry 1-based regions,
URIs relative to the repository root (`%SRCROOT%`, see `reports.relative_uri`; a file outside it
keeps an absolute `file:` URI), a fingerprint stable across edits (see `identity`), and
waived findings appear as externally suppressed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from lp_lint import __version__
from lp_lint.findings import Finding, Severity, Span
from lp_lint.i18n import Lang
from lp_lint.outputs.formats import Settings
from lp_lint.pseudo_rules import PSEUDO_RULES
from lp_lint.reports import Report, project_root, relative_uri
from lp_lint.rules.packs import Rule
from lp_lint.run.identity import fingerprints
from lp_lint.run.suppression import WAIVED_PREFIX
from lp_lint.text_safety import STREAMED, dump_json_streamed, uri_path

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
PRECISION = {
    "VERIFIED-T": "very-high",
    "VERIFIED-S": "high",
    "RECALLED": "medium",
    "NOT-FOUND": "low",
}


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    codes = _codes(report)
    dump_json_streamed(
        _log(report, codes, settings.lang, [STREAMED]),
        _results(report, codes, settings.lang),
        stream,
    )


def _codes(report: Report) -> dict[str, int]:
    """The codes reported, each with its index in the rules, in the order they first appear."""
    codes: dict[str, int] = {}
    for file in report.files:
        for finding in file.findings:
            codes.setdefault(finding.code, len(codes))
    return codes


def _results(report: Report, codes: dict[str, int], lang: Lang) -> Iterator[dict[str, Any]]:
    for file in report.files:
        path = relative_uri(file.path, report.root)
        for finding, fingerprint in zip(
            file.findings, fingerprints(file.findings, uri_path(path)), strict=True
        ):
            location = _artifact(path)
            yield _result(finding, location, fingerprint, codes[finding.code], report.root, lang)


def _log(report: Report, codes: dict[str, int], lang: Lang, results: list[Any]) -> dict[str, Any]:
    rules = [_descriptor(code, report.rules.get(code), lang) for code in codes]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {"name": "lp-lint", "semanticVersion": __version__, "rules": rules}
                },
                "automationDetails": {"id": "lp-lint/"},
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"uri": _folder_uri(report.root)}},
                "results": results,
            }
        ],
    }


def _descriptor(code: str, rule: Rule | None, lang: Lang) -> dict[str, Any]:
    if rule is None:
        pseudo = PSEUDO_RULES.get(code)
        title = pseudo.title(lang) if pseudo else code
        return {
            "id": code,
            "name": pseudo.id if pseudo else code,
            "shortDescription": {"text": title},
            "fullDescription": {"text": title},
            "help": {"text": title},
            "defaultConfiguration": {"level": "error"},
            "properties": {"tags": ["lp-lint"], "precision": "very-high"},
        }
    source = rule.source
    ref = source.reference
    rationale = source.rationale.get(lang)
    help_text = f"{rationale}\n\n{ref.texte}, {ref.article} : {ref.url}"
    return {
        "id": code,
        "name": rule.id,
        "shortDescription": {"text": source.title.get(lang)[:1024]},
        "fullDescription": {"text": rationale[:1024]},
        "help": {
            "text": help_text,
            "markdown": f"{rationale}\n\n[{ref.texte}, {ref.article}]({ref.url})",
        },
        "helpUri": ref.url,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "tags": [rule.pack, ref.catalogue],
            "precision": PRECISION[ref.statut],
            "problem.severity": "recommendation"
            if rule.severity == Severity.INFO
            else LEVELS[rule.severity],
        },
    }


def _folder_uri(root: Path | None) -> str:
    uri = Path(os.path.abspath(root or project_root())).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _artifact(path: str) -> dict[str, str]:
    """A path under the root is relative to `%SRCROOT%`; one outside keeps an absolute URI."""
    if Path(path).is_absolute():
        return {"uri": "file://" + uri_path(path)}
    return {"uri": uri_path(path), "uriBaseId": "%SRCROOT%"}


def _result(
    finding: Finding,
    location: dict[str, str],
    fingerprint: str,
    index: int,
    root: Path | None,
    lang: Lang,
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.text(lang)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _located(finding.span, location, root),
                    "region": _region(finding.span),
                }
            }
        ],
        "partialFingerprints": {
            "primaryLocationLineHash": f"{fingerprint}:1",
            "lpLint/v1": fingerprint,
        },
    }
    if finding.key:
        result["locations"][0]["logicalLocations"] = [{"fullyQualifiedName": finding.key}]
    if finding.related:
        result["relatedLocations"] = [
            {
                "id": index,
                "physicalLocation": {
                    "artifactLocation": _located(span, location, root),
                    "region": _region(span),
                },
            }
            for index, span in enumerate(finding.related, 1)
        ]
    if finding.waived_by:
        kind = "inSource" if finding.waived_by.startswith(WAIVED_PREFIX) else "external"
        result["suppressions"] = [{"kind": kind, "justification": finding.waived_by}]
    return result


def _located(span: Span, location: dict[str, str], root: Path | None) -> dict[str, str]:
    """The maquette's location, or the included file's when the span is in one."""
    return location if span.file is None else _artifact(relative_uri(span.file, root))


def _region(span: Span) -> dict[str, int]:
    start, end = span.start, span.end
    end_column = max(end.column, start.column + 1) if end.line == start.line else end.column
    return {
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end_column,
    }
