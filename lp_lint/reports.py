"""What a run reports, file by file, and the exit-code policy: the types every output reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lp_lint.findings import DocPath, Finding, Severity, Span

if TYPE_CHECKING:  # a report names the rules that could fire; it never loads them
    from lp_lint.rules.packs import Rule


class UsageError(Exception):
    """Bad arguments or configuration: exit code 2."""


class ExitCode:
    OK = 0
    FINDINGS = 1
    USAGE = 2
    INTERNAL = 3
    INTERRUPTED = 130
    TERMINATED = 143


class UeSummary(NamedTuple):
    """What the check across maquettes keeps of one UE (lp_lint.run.mutualisation)."""

    scope: str
    """Establishment and academic year: codes are compared within one."""
    code_key: str
    code: str
    figures: tuple[float | None, ...]
    span: Span
    path: DocPath


@dataclass
class FileReport:
    path: str
    findings: list[Finding]
    regime: str | None = None
    packs: tuple[str, ...] = ()
    internal_error: bool = False
    rules_applied: bool = False
    """False when the file could not be read into a maquette: rules wait for the format."""
    fail_on: str = "error"
    """The least severity that fails this file (its configuration's `fail-on`)."""
    ues: tuple[UeSummary, ...] = ()
    """Its UEs' codes and figures, for the check across the maquettes of a run."""


@dataclass
class Report:
    files: list[FileReport] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)
    """The rules that could fire, by code (for formats that describe them)."""

    def counts(self) -> Counter[Severity]:
        return Counter(
            f.severity for report in self.files for f in report.findings if not f.waived_by
        )

    @property
    def internal_error(self) -> bool:
        return any(report.internal_error for report in self.files)


def exit_code(report: Report, fail_on: str | None = None) -> int:
    """3 if a rule failed internally; 1 when a finding reaches its file's `fail_on` threshold
    (or the one given here for every file); else 0. Waived findings never fail."""
    if report.internal_error:
        return ExitCode.INTERNAL
    for file in report.files:
        threshold = fail_on or file.fail_on
        if threshold == "never":
            continue
        if any(f.severity >= Severity.parse(threshold) for f in file.findings if not f.waived_by):
            return ExitCode.FINDINGS
    return ExitCode.OK


def relative_uri(path: str) -> str:
    """A report path as CI tools want it: relative to the working directory, `/`-separated."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return candidate.as_posix()
    text = candidate.as_posix()
    return text[2:] if text.startswith("./") else text
