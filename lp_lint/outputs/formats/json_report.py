"""`--format json`: a versioned document, described field by field in docs/json.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from lp_lint import __version__
from lp_lint.findings import Finding, Severity, dotted
from lp_lint.i18n import Lang
from lp_lint.outputs.formats import Settings
from lp_lint.reports import FileReport, Report, project_root, relative_uri
from lp_lint.run.identity import fingerprints
from lp_lint.text_safety import STREAMED, dump_json_streamed

FORMAT_VERSION = 1


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    files = (_file(file, report.root, settings.lang) for file in report.files)
    dump_json_streamed(_head(report, settings), files, stream)


def document(report: Report, settings: Settings) -> dict[str, Any]:
    files = [_file(file, report.root, settings.lang) for file in report.files]
    return {**_head(report, settings), "files": files}


def _head(report: Report, settings: Settings) -> dict[str, Any]:
    """Everything but the files, which are written one by one where `STREAMED` stands."""
    counts = report.counts()
    return {
        "format": "lp-lint-report",
        "version": FORMAT_VERSION,
        "tool": {"name": "lp-lint", "version": __version__},
        "lang": settings.lang,
        "summary": {
            "files": len(report.files),
            **{severity.label: counts[severity] for severity in reversed(Severity)},
        },
        "root": str(report.root or project_root()),
        "files": [STREAMED],
    }


def _file(file: FileReport, root: Path | None, lang: Lang) -> dict[str, Any]:
    uri = relative_uri(file.path, root)
    prints = fingerprints(file.findings, uri)
    return {
        "path": file.path,
        "uri": uri,
        "regime": file.regime,
        "packs": list(file.packs),
        "rules_applied": file.rules_applied,
        "findings": [
            {**finding_dict(f, lang), "fingerprint": p}
            for f, p in zip(file.findings, prints, strict=True)
        ],
    }


def finding_dict(finding: Finding, lang: Lang) -> dict[str, Any]:
    ref = finding.reference
    return {
        "rule_id": finding.rule_id,
        "code": finding.code,
        "severity": finding.severity.label,
        "message": finding.text(lang),
        "path": dotted(finding.path),
        "path_parts": list(finding.path),
        **({"file": finding.span.file} if finding.span.file else {}),
        "start": {"line": finding.span.start.line, "column": finding.span.start.column},
        "end": {"line": finding.span.end.line, "column": finding.span.end.column},
        "reference": None
        if ref is None
        else {
            "texte": ref.texte,
            "article": ref.article,
            "url": ref.url,
            "statut": ref.statut,
        },
        "waived_by": finding.waived_by,
        "key": finding.key,
    }
