"""`--format gitlab`: a GitLab Code Quality report (the Code Climate subset GitLab reads).

A JSON array, no byte-order mark, one issue per finding with a fingerprint unique in the report
and stable across edits (see `identity`), so that merge requests show new and resolved findings.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from lp_lint.findings import Severity
from lp_lint.i18n import Lang
from lp_lint.outputs.formats import Settings
from lp_lint.pseudo_rules import (
    ENCODING,
    FILE_TOO_LARGE,
    FILE_UNREADABLE,
    INTERNAL_ERROR,
    YAML_SYNTAX,
)
from lp_lint.reports import FileReport, Report, relative_uri
from lp_lint.run.identity import fingerprints
from lp_lint.text_safety import STREAMED, dump_json_streamed

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
BLOCKERS = {
    FILE_UNREADABLE.code,
    ENCODING.code,
    FILE_TOO_LARGE.code,
    YAML_SYNTAX.code,
    INTERNAL_ERROR.code,
}


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    issues = (i for file in report.files for i in _issues(file, report.root, settings.lang))
    dump_json_streamed([STREAMED], issues, stream)


def _issues(file: FileReport, root: Path | None, lang: Lang) -> Iterator[dict[str, Any]]:
    path = relative_uri(file.path, root)
    for finding, fingerprint in zip(file.findings, fingerprints(file.findings, path), strict=True):
        if finding.waived_by:
            continue
        yield {
            "description": f"{finding.code} {finding.text(lang)}",
            "check_name": finding.code,
            "fingerprint": fingerprint,
            "severity": "blocker" if finding.code in BLOCKERS else SEVERITIES[finding.severity],
            "location": {
                "path": relative_uri(finding.span.file, root) if finding.span.file else path,
                "lines": {"begin": finding.span.start.line, "end": finding.span.end.line},
            },
        }
