"""What a run reports, file by file, and the exit-code policy: the types every output reads."""

from __future__ import annotations

import os
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Generic, NamedTuple, Protocol, TypeVar

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


class FileSummary(NamedTuple):
    """What a run keeps of each file once its report is written away: enough for the totals
    and the exit code (and small enough to keep for any number of files)."""

    path: str
    counts: tuple[int, int, int]
    """Unwaived findings by severity: information, warnings, errors."""
    worst: Severity | None
    """The most severe unwaived finding's severity."""
    fail_on: str
    internal_error: bool


def summary_of(file: FileReport) -> FileSummary:
    counts = [0, 0, 0]
    for finding in file.findings:
        if not finding.waived_by:
            counts[finding.severity - 1] += 1
    worst = next((s for s in reversed(Severity) if counts[s - 1]), None)
    return FileSummary(
        file.path, (counts[0], counts[1], counts[2]), worst, file.fail_on, file.internal_error
    )


class FileList(Protocol):
    """What outputs need of a report's files: a list, or the `FileReports` of a large run."""

    def __iter__(self) -> Iterator[FileReport]: ...

    def __len__(self) -> int: ...

    def append(self, file: FileReport, /) -> None: ...


T = TypeVar("T")


class Spool(Generic[T]):
    """Objects written away, pickled, in an anonymous temporary file (made on the first write,
    deleted when closed or collected): each is read back from the offset its write returned."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None

    def write(self, item: T) -> int:
        import pickle
        import tempfile

        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="lp-lint-")  # noqa: SIM115 (lives with the spool)
        offset = self._file.seek(0, 2)
        pickle.dump(item, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        return offset

    def read(self, offset: int) -> T:
        """The object written at `offset`."""
        return self._read_at(offset)[0]

    def __iter__(self) -> Iterator[T]:
        """Every object, in the order written (a read elsewhere in between does not disturb it)."""
        if self._file is None:
            return
        offset, end = 0, self._file.seek(0, 2)
        while offset < end:
            item, offset = self._read_at(offset)
            yield item

    def _read_at(self, offset: int) -> tuple[T, int]:
        import pickle

        assert self._file is not None
        self._file.seek(offset)
        item: T = pickle.load(self._file)
        return item, self._file.tell()


HELD = 100
"""File reports a run keeps in memory before it writes them away."""


class FileReports:
    """The file reports of a run, in order, each kept in memory only until `HELD` others follow.

    Past that they wait in a `Spool`: a run's memory does not grow with the number of files,
    and outputs read them back in order, as many times as they need. Only the `summaries` (and
    where each report waits) stay in memory.
    """

    def __init__(self, files: Iterable[FileReport] = (), held: int | None = None) -> None:
        self.summaries: list[FileSummary] = []
        self._held: list[FileReport] = []
        self._limit = held or HELD
        self._offsets = array("q")  # where each report written away waits
        self._spool: Spool[FileReport] = Spool()
        for file in files:
            self.append(file)

    def append(self, file: FileReport, /) -> None:
        self.summaries.append(summary_of(file))
        self._held.append(file)
        if len(self._held) >= self._limit:
            for held in self._held:
                self._offsets.append(self._spool.write(held))
            self._held.clear()

    def replace(self, index: int, file: FileReport) -> None:
        """Put `file` in the place of the report at `index` (findings made after the run)."""
        self.summaries[index] = summary_of(file)
        if index < len(self._offsets):
            self._offsets[index] = self._spool.write(file)
        else:
            self._held[index - len(self._offsets)] = file

    def __len__(self) -> int:
        return len(self.summaries)

    def __getitem__(self, index: int) -> FileReport:
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(index)
        if position < len(self._offsets):
            return self._read(self._offsets[position])
        return self._held[position - len(self._offsets)]

    def __iter__(self) -> Iterator[FileReport]:
        for offset in list(self._offsets):
            yield self._read(offset)
        yield from list(self._held)

    def _read(self, offset: int) -> FileReport:
        return self._spool.read(offset)


def summaries(files: FileList) -> list[FileSummary]:
    if isinstance(files, FileReports):
        return files.summaries
    return [summary_of(file) for file in files]


@dataclass
class Report:
    files: FileList = field(default_factory=FileReports)
    rules: dict[str, Rule] = field(default_factory=dict)
    """The rules that could fire, by code (for formats that describe them)."""
    root: Path | None = None
    """The folder machine-readable outputs write paths relative to (see `relative_uri`)."""

    def counts(self) -> Counter[Severity]:
        totals: Counter[Severity] = Counter()
        for summary in summaries(self.files):
            for severity in Severity:
                if summary.counts[severity - 1]:
                    totals[severity] += summary.counts[severity - 1]
        return totals

    @property
    def internal_error(self) -> bool:
        return any(summary.internal_error for summary in summaries(self.files))


def exit_code(report: Report, fail_on: str | None = None) -> int:
    """3 if a rule failed internally; 1 when a finding reaches its file's `fail_on` threshold
    (or the one given here for every file); else 0. Waived findings never fail."""
    if report.internal_error:
        return ExitCode.INTERNAL
    for summary in summaries(report.files):
        threshold = fail_on or summary.fail_on
        if threshold == "never" or summary.worst is None:
            continue
        if summary.worst >= Severity.parse(threshold):
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
    the file itself left as named: a linked maquette is reported where it was found. A name no
    file system accepts (a NUL in a hostile report) is left as it is."""
    try:
        return path.parent.resolve() / path.name
    except (OSError, ValueError):
        return path
