"""Baselines and pull-request mode: report only what is new, keyed on meaning, not lines.

A baseline file records the fingerprints of today's findings (see `identity`); later runs drop
the findings it holds and report its entries that no longer occur as resolved. In pull-request
mode (`--diff-base REF`) each maquette is compared with its version at a git ref the same way.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from lp_lint.files import atomic_output
from lp_lint.findings import Finding, Severity
from lp_lint.i18n import Lang, Message, msg, plain, shorten
from lp_lint.pseudo_rules import BASELINE_STALE, FILE_TOO_LARGE, RESOLVED
from lp_lint.reading.source import DEFAULT_MAX_BYTES, SourceText, read_source, read_stream
from lp_lint.reports import FileReport, FileReports, Report, UsageError, relative_uri
from lp_lint.run.capping import cap
from lp_lint.run.identity import fingerprints
from lp_lint.text_safety import STREAMED, dump_json_streamed, json_text

FORMAT = "lp-lint-baseline"


def write_baseline(report: Report, path: Path, lang: Lang) -> None:
    """Record the findings; each entry's message in `lang`, for a reader of the file. Entries
    are written file after file (a run's reports wait on disk), the file replaced at the end."""
    document = {"format": FORMAT, "version": 1, "entries": [STREAMED]}
    with atomic_output(path) as stream:
        dump_json_streamed(document, _entries(report, lang), stream)


def _entries(report: Report, lang: Lang) -> Iterator[dict[str, Any]]:
    for file in report.files:
        uri = relative_uri(file.path, report.root)
        for f, fp in zip(file.findings, fingerprints(file.findings, uri), strict=True):
            if not f.waived_by:
                yield {
                    "fingerprint": fp,
                    "file": uri,
                    "code": f.code,
                    "key": f.key,
                    "message": f.text(lang),
                }


def read_baseline(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[dict[str, Any]]:
    """The entries of a baseline file; anything wrong with it is a usage error."""
    source = read_source(path, max_bytes)
    if source.text is None:
        raise UsageError(source.problem(str(path)))
    try:
        document = json.loads(source.text)
    except json.JSONDecodeError as error:
        where = f"{path}:{error.lineno}:{error.colno}"
        raise UsageError(msg("baseline.json", where=where, problem=error.msg)) from error
    except (ValueError, RecursionError) as error:  # a number of thousands of digits, deep nesting
        problem = shorten(str(error))
        raise UsageError(msg("baseline.json", where=str(path), problem=problem)) from error
    if (
        not isinstance(document, dict)
        or document.get("format") != FORMAT
        or document.get("version") != 1
    ):
        raise UsageError(msg("baseline.not_baseline", path=str(path), format=FORMAT))
    entries = document.get("entries")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and "fingerprint" in e for e in entries
    ):
        raise UsageError(msg("baseline.bad_entries", path=str(path)))
    return entries


def apply_baseline(report: Report, path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Drop the findings the baseline holds; report its entries that are gone as resolved."""
    entries = read_baseline(path, max_bytes)
    by_file: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        by_file.setdefault(str(entry.get("file", "")), []).append(entry)
    files = FileReports()  # like the run's: waiting on disk past the last hundred
    for file in report.files:
        uri = relative_uri(file.path, report.root)
        # names are stored as written (see `dump_json`): an undecodable byte as `\xNN`
        old = {str(e["fingerprint"]): e for e in by_file.get(json_text(uri), [])}
        files.append(_compare(file, uri, old, BASELINE_STALE.id, BASELINE_STALE.code, "stale"))
    return replace(report, files=files)


def apply_diff_base(report: Report, ref: str, old_report: Report) -> Report:
    """Keep what the change introduced, and say what it resolved, file by file."""
    olds = iter(old_report.files)  # in the order of `report`, less the files new since `ref`
    waiting = next(olds, None)
    files = FileReports()
    for file in report.files:
        uri = relative_uri(file.path, report.root)
        previous = None
        if waiting is not None and waiting.path == file.path:
            previous, waiting = waiting, next(olds, None)
        old: dict[str, dict[str, Any]] = {}
        if previous is not None:
            for f, fp in zip(previous.findings, fingerprints(previous.findings, uri), strict=True):
                old[fp] = {"code": f.code, "key": f.key, "message": f.message}
        files.append(_compare(file, uri, old, RESOLVED.id, RESOLVED.code, "resolved", ref))
    return replace(report, files=files)


def _compare(
    file: FileReport,
    uri: str,
    old: dict[str, dict[str, Any]],
    rule_id: str,
    code: str,
    text_key: str,
    ref: str = "",
) -> FileReport:
    if not file.rules_applied:  # unread or malformed: no baseline may hide why rules did not run
        return file
    current = fingerprints(file.findings, uri)
    kept = [f for f, fp in zip(file.findings, current, strict=True) if fp not in old]
    gone = [entry for fp, entry in old.items() if fp not in set(current)]
    notes = [
        Finding(
            rule_id,
            code,
            Severity.INFO,
            msg(
                f"baseline.{text_key}",
                code=e.get("code", "?"),
                key=e.get("key") or "—",
                message=_said(e.get("message", "")),
                ref=ref,
            ),
        )
        for e in gone
    ]
    return replace(file, findings=kept + cap(notes))


def old_version(path: str, ref: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText | None:
    """The file as it was at git `ref`, read like any file (bounded, decoded the same way), or
    None when it did not exist there."""
    if ref.startswith("-"):
        raise UsageError(msg("baseline.bad_ref", ref=ref))
    target = Path(path)
    return _git_show(f"{ref}:./{target.name}", target.parent.resolve(), max_bytes)


def _git_show(spec: str, cwd: Path, max_bytes: int) -> SourceText | None:
    """`git show REF:PATH` read like any file; None when the path did not exist at REF."""
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: git never waits on it
        try:
            process = subprocess.Popen(
                ["git", "show", spec],
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=errors,
            )
        except OSError as error:
            raise UsageError(msg("baseline.git", problem=str(error))) from error
        with process:
            assert process.stdout is not None
            source = read_stream(process.stdout, max_bytes)
            too_large = any(f.code == FILE_TOO_LARGE.code for f in source.findings)
            if too_large:  # the rest is never read
                process.kill()
        errors.seek(0)
        message = errors.read(64 * 1024).decode("utf-8", "replace")
    if process.returncode != 0 and not too_large:
        if "does not exist" in message or "exists on disk, but not in" in message:
            return None
        raise UsageError(msg("baseline.git_show", spec=spec, problem=message.strip()))
    return source


def renamed_version(path: str, ref: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText | None:
    """The file at `ref` that git's rename detection says became `path`, if any (read like
    `old_version`)."""
    if ref.startswith("-"):
        raise UsageError(msg("baseline.bad_ref", ref=ref))
    folder = Path(path).resolve().parent
    top = _git(["rev-parse", "--show-toplevel"], folder)
    if top is None:
        return None
    root = Path(top.decode("utf-8", "replace").strip())
    try:
        wanted = Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None
    listing = _git(["diff", "--name-status", "-M", "-z", ref, "--"], root) or b""
    old_name = _renames(listing.decode("utf-8", "replace")).get(wanted)
    return None if old_name is None else _git_show(f"{ref}:{old_name}", root, max_bytes)


def _renames(listing: str) -> dict[str, str]:
    """New path → old path, from `git diff --name-status -z` (R and C entries carry two paths)."""
    fields = listing.split("\0")[:-1]  # every field ends with NUL
    found: dict[str, str] = {}
    index = 0
    while index < len(fields):
        status = fields[index]
        if status[:1] in ("R", "C") and index + 2 < len(fields):
            found[fields[index + 2]] = fields[index + 1]
            index += 3
        else:
            index += 2
    return found


def _git(args: list[str], cwd: Path) -> bytes | None:
    """git's standard output, or None when it fails (not a repository, unknown ref)."""
    try:
        result = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, check=False, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout if result.returncode == 0 else None


def _said(message: object) -> Message:
    """An entry's message: as stored in a baseline file (text), or an old finding's own."""
    return message if isinstance(message, Message) else plain(str(message))


def lint_at_ref(
    report: Report, ref: str, options: Any, given: frozenset[str], isolated: bool
) -> Report:
    """Lint each file of `report` as it was at git `ref` (files new since then have no findings)."""
    from lp_lint.run.discovery import options_for
    from lp_lint.run.pipeline import lint_text
    from lp_lint.run.rule_sets import packs_for

    old = Report(FileReports())
    for file in report.files:
        source = old_version(file.path, ref, options.max_bytes)
        if source is None:
            source = renamed_version(file.path, ref, options.max_bytes)
        if source is None:
            continue
        if source.text is None:  # unreadable then: its findings are the old ones
            old.files.append(FileReport(file.path, source.findings))
            continue
        file_options = options_for(Path(file.path), options, given, isolated)
        old.files.append(lint_text(source.text, file.path, file_options, packs_for(file_options)))
    return old
