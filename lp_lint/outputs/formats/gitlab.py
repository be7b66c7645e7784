"""`--format gitlab`: a GitLab Code Quality report (the Code Climate subset GitLab reads).

A JSON array, no byte-order mark, one issue per finding with a fingerprint unique in the report
and stable across edits (see `identity`), so that merge requests show new and resolved findings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from lp_lint.findings import Severity
from lp_lint.outputs.formats import Settings
from lp_lint.reports import FileReport, Report, relative_uri
from lp_lint.run.identity import fingerprints
from lp_lint.text_safety import STREAMED, dump_json_streamed

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
BLOCKERS = {"F001", "F002", "F003", "Y001", "X001"}


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    dump_json_streamed([STREAMED], (i for file in report.files for i in _issues(file)), stream)


def _issues(file: FileReport) -> Iterator[dict[str, Any]]:
    path = relative_uri(file.path)
    for finding, fingerprint in zip(file.findings, fingerprints(file.findings, path), strict=True):
        if finding.waived_by:
            continue
        yield {
            "description": f"{finding.code} {finding.message}",
            "check_name": finding.code,
            "fingerprint": fingerprint,
            "severity": "blocker" if finding.code in BLOCKERS else SEVERITIES[finding.severity],
            "location": {
                "path": path,
                "lines": {"begin": finding.span.start.line, "end": finding.span.end.line},
            },
        }
