"""What a run reports, file by file, and the exit-code policy: the types every output reads."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lp_lint.findings import DocPath, Finding, Severity, Span
from lp_lint.i18n import Lang, Message, plain

if TYPE_CHECKING:  # a report names the rules that could fire; it never loads them
    from lp_lint.rules.packs import Rule


class UsageError(Exception):
    """Bad arguments or configuration: exit code 2. Its message is put into words by the
    command that reports it (`text`), in the reader's language."""

    def __init__(self, message: str | Message) -> None:
        self.message = plain(message) if isinstance(message, str) else message
        super().__init__(self.message.render("fr"))

    def text(self, lang: Lang) -> str:
        return self.message.render(lang)


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
    root: Path | None = None
    """The folder machine-readable outputs write paths relative to (see `relative_uri`)."""

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


def git_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` holding `.git` (a folder, or the file of a linked
    work tree or submodule): found on the file system, without starting git."""
    folder = Path(os.path.abspath(start))
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def project_root() -> Path:
    """The default root of a run's paths: the git root above the working directory, else the
    working directory (the command line adds the configuration's folder between the two)."""
    return git_root(Path.cwd()) or Path.cwd()


def relative_uri(path: str, root: Path | None = None) -> str:
    """A report path as CI tools want it: relative to `root` (the repository root; by default
    the git root above the working directory, else the working directory) and `/`-separated.
    A file outside the root keeps its absolute path; `-` (standard input) stays `-`."""
    if path == "-":
        return path
    base = Path(os.path.abspath(root if root is not None else project_root()))
    absolute = Path(os.path.abspath(path))
    for candidate, folder in ((absolute, base), (_real_folder(absolute), base.resolve())):
        try:
            return candidate.relative_to(folder).as_posix()
        except ValueError:
            continue
    return absolute.as_posix()


def _real_folder(path: Path) -> Path:
    """`path` with the links of its folder resolved (a root reached through `/tmp` → `/private/tmp`),
    the file itself left as named: a linked maquette is reported where it was found."""
    return path.parent.resolve() / path.name
