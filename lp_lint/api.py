"""The whole job without click or rich: paths in, a Report out, and the exit-code policy."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lp_lint import config
from lp_lint.capping import cap
from lp_lint.derogations import apply_derogations
from lp_lint.detect import MAQUETTE_SUFFIXES as MAQUETTE_SUFFIXES
from lp_lint.detect import is_maquette, walk
from lp_lint.engine import evaluate, is_licence_pro, select_packs
from lp_lint.findings import Finding, Position, Severity, Span
from lp_lint.i18n import Lang, tr
from lp_lint.identity import with_keys
from lp_lint.lines import split_lines
from lp_lint.loader import load_yaml
from lp_lint.options import Options, merge
from lp_lint.packs import PackSet, Rule, bundled_rules_dir, load_packs, pack_signature
from lp_lint.partial import partial_maquette
from lp_lint.programme.messages import conflict_findings
from lp_lint.programme.paths import conflicts as path_conflicts
from lp_lint.pseudo_rules import PSEUDO_RULES
from lp_lint.selection import select, unknown_selectors
from lp_lint.shaping import shape
from lp_lint.source import DEFAULT_MAX_BYTES, read_source
from lp_lint.suggest import suggest


class UsageError(Exception):
    """Bad arguments or configuration: exit code 2."""


class ExitCode:
    OK = 0
    FINDINGS = 1
    USAGE = 2
    INTERNAL = 3
    INTERRUPTED = 130
    TERMINATED = 143


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


def packs_for(options: Options) -> PackSet:
    """The bundled packs plus the extra folders; a broken pack is a usage error."""
    folders = (bundled_rules_dir(), *options.rule_dirs)
    for folder in options.rule_dirs:
        if not folder.is_dir():
            raise UsageError(tr("usage.no_rule_dir", options.lang, path=str(folder)))
    pack_set = load_packs(folders, options.lang, pack_signature(folders))
    if pack_set.findings:
        lines = [
            f"{path}:{f.span.start.line}:{f.span.start.column}: {f.message}"
            for path, f in pack_set.findings
        ]
        raise UsageError("\n".join(lines))
    _check_readings(pack_set, options)
    selectors = [
        *(options.select or ()),
        *options.extend_select,
        *options.ignore,
        *(code for _, codes in options.per_file_ignores for code in codes),
        *(name for name, _ in options.severities),
    ]
    unknown = unknown_selectors(selectors, pack_set)
    if unknown:
        where = (
            f"{options.config_path}:{_line_in(options.config_path, unknown[0])}: "
            if options.config_path
            else ""
        )
        raise UsageError(where + unknown_rules(unknown, pack_set, options.lang))
    return pack_set


def unknown_rules(names: list[str], pack_set: PackSet, lang: Lang) -> str:
    """ "Unknown rule", with the nearest code, id or pack each name may stand for."""
    known = [
        *pack_set.rule_codes,
        *(p.id for p in pack_set.packs),
        *PSEUDO_RULES,
        *(p.id for p in PSEUDO_RULES.values()),
    ]
    messages = []
    for name in names:
        close = suggest(name, known)
        key = "usage.unknown_rule_suggest" if close else "usage.unknown_rule"
        messages.append(tr(key, lang, rule=name, suggestion=close or ""))
    return "; ".join(messages)


def _line_in(path: Path, word: str) -> int:
    """The first line of a configuration file that names `word` (selectors are plain words)."""
    lines = (read_source(path, "en").text or "").splitlines()
    return next((number for number, line in enumerate(lines, 1) if word in line), 1)


def _check_readings(pack_set: PackSet, options: Options) -> None:
    rules = {
        key: rule for pack in pack_set.packs for rule in pack.rules for key in (rule.id, rule.code)
    }
    for rule_key, reading in options.readings:
        rule = rules.get(rule_key)
        if rule is None:
            raise UsageError(unknown_rules([rule_key], pack_set, options.lang))
        if reading not in rule.source.readings:
            known = ", ".join(rule.source.readings) or "—"
            message = tr(
                "usage.unknown_reading", options.lang, rule=rule_key, reading=reading, known=known
            )
            close = difflib.get_close_matches(reading, list(rule.source.readings), n=1)
            if close:
                message += tr("usage.did_you_mean", options.lang, suggestion=close[0])
            raise UsageError(message)


def lint_paths(
    paths: Iterable[str],
    options: Options,
    given: frozenset[str] = frozenset(),
    isolated: bool = False,
    only_maquettes: bool = False,
    jobs: int = 1,
) -> Report:
    """Lint every maquette under `paths`, each with the configuration found above it.

    `given` names the Options fields the command line set: they win over configuration files.
    `isolated` ignores configuration files; `options.config_path` imposes one.
    """
    paths = list(paths)
    files = list(discover(paths, options.lang, only_maquettes, options.max_bytes))
    if not files and not only_maquettes:
        raise UsageError(tr("usage.no_maquette", options.lang, paths=", ".join(paths)))
    config.discover_in.cache_clear()  # files may have changed since the last run in this process
    _packs_by_options.clear()
    report = Report()
    jobs = worker_count(jobs, len(files))
    if jobs > 1:
        for path in files:  # the rules every file may report, for formats that describe them
            report.rules.update(_packs_once(options_for(path, options, given, isolated)).rules)
        report.files = _in_parallel(files, options, given, isolated, jobs)
        return report
    for path in files:
        file_options = options_for(path, options, given, isolated)
        pack_set = _packs_once(file_options)
        report.rules.update(pack_set.rules)
        report.files.append(lint_file(path, file_options, pack_set))
    return report


MAX_JOBS = 32
"""The most worker processes a run starts: each costs some 60 MiB, and Windows refuses more
than 61."""


def worker_count(asked: int, files: int) -> int:
    """`--jobs` capped by the number of files (no idle worker) and by MAX_JOBS."""
    return max(1, min(asked, files, MAX_JOBS))


_packs_by_options: dict[Options, PackSet] = {}


def _packs_once(options: Options) -> PackSet:
    """`packs_for` once per distinct settings in a run (it stats every rule file to validate its cache)."""
    if options not in _packs_by_options:
        _packs_by_options[options] = packs_for(options)
    return _packs_by_options[options]


def _lint_one(task: tuple[Path, Options, frozenset[str], bool]) -> FileReport:
    path, options, given, isolated = task
    file_options = options_for(path, options, given, isolated)
    return lint_file(path, file_options, _packs_once(file_options))


def _in_parallel(
    files: list[Path], options: Options, given: frozenset[str], isolated: bool, jobs: int
) -> list[FileReport]:
    """One worker process per core; each loads the packs once. Order is kept."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    tasks = [(path, options, given, isolated) for path in files]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        return list(pool.map(_lint_one, tasks, chunksize=max(1, len(tasks) // (jobs * 8))))


def options_for(path: Path, options: Options, given: frozenset[str], isolated: bool) -> Options:
    if isolated:
        return options
    found = options.config_path if "config_path" in given else config.discover(path)
    if found is None:
        return options
    from lp_lint.config_file import load

    try:
        return merge(options, given, load(found, options.lang), found)
    except config.ConfigError as error:
        raise UsageError(str(error)) from error


def discover(
    paths: Iterable[str],
    lang: Lang,
    only_maquettes: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Path]:
    """Files as given (with `only_maquettes`, those that are maquettes); in directories, the
    maquettes (see lp_lint.detect)."""
    for name in paths:
        path = Path(name)
        if name == "-":
            raise UsageError(tr("usage.stdin_alone", lang))
        if path.is_dir():
            yield from walk(path, max_bytes)
        elif path.exists() or path.is_symlink():
            if not only_maquettes or is_maquette(path, max_bytes):
                yield path
        else:
            raise UsageError(tr("usage.missing_path", lang, path=name))


def lint_file(path: Path, options: Options, pack_set: PackSet) -> FileReport:
    source = read_source(path, options.lang, options.max_bytes)
    if source.text is None:
        return FileReport(str(path), source.findings)
    return lint_text(source.text, str(path), options, pack_set)


def lint_text(text: str, shown: str, options: Options, pack_set: PackSet) -> FileReport:
    """Lint a maquette's text; `shown` is the path reports give (and per-file ignores match)."""
    report = _lint_text(text, shown, options, pack_set)
    report.fail_on = options.fail_on
    if not report.rules_applied:  # unread or malformed: no selection may hide why
        report.findings = _finish(cap(report.findings, options.lang), text)
        return report
    report.findings = _finish(
        cap(_selected(report.findings, shown, pack_set, options), options.lang), text
    )
    return report


def _selected(
    findings: list[Finding], shown: str, pack_set: PackSet, options: Options
) -> list[Finding]:
    """The findings the run's selection keeps, with the configuration's severities."""
    return select(
        findings,
        _config_relative(shown, options),
        pack_set,
        chosen=options.select,
        extended=options.extend_select,
        ignored=options.ignore,
        per_file=options.per_file_ignores,
        severities=options.severities,
    )


def judged_rules(
    pack_set: PackSet, pack_ids: Iterable[str], shown: str, options: Options
) -> list[tuple[Rule, Severity]]:
    """The rules of the packs applied that the selection keeps for the file `shown`, each with
    its severity after the configuration's changes (what a report page charts)."""
    applied = set(pack_ids)
    kept: list[tuple[Rule, Severity]] = []
    for pack in pack_set.packs:
        for rule in pack.rules if pack.id in applied else ():
            probe = Finding(rule.id, rule.code, rule.severity, "")
            kept.extend((rule, f.severity) for f in _selected([probe], shown, pack_set, options))
    return kept


def _config_relative(shown: str, options: Options) -> str:
    """Per-file ignores match paths relative to the configuration file that declares them."""
    if options.config_path is None:
        return shown
    try:
        return Path(shown).resolve().relative_to(options.config_path.parent.resolve()).as_posix()
    except ValueError:
        return shown


def _lint_text(text: str, shown: str, options: Options, pack_set: PackSet) -> FileReport:
    lang = options.lang
    loaded = load_yaml(text, lang, options.limits)
    findings = list(loaded.findings)
    if loaded.data is None and not findings:
        findings.append(Finding("schema", "S001", Severity.ERROR, tr("file.empty", lang)))
    if loaded.data is None:
        return FileReport(shown, findings)
    maquette, shape_findings = shape(loaded.data, loaded.source_map, lang)
    findings.extend(with_keys(shape_findings, loaded.data))
    partial = partial_maquette(loaded.data, shape_findings) if maquette is None else None
    if partial is not None:  # refused values left out as unknown: the rest is judged
        maquette = partial.maquette
    if maquette is None:
        return FileReport(shown, findings)
    try:
        conflicts = path_conflicts(maquette)
    except Exception:  # every rule that reads the programme then reports it (X001, exit 3)
        conflicts = ()
    findings.extend(with_keys(conflict_findings(conflicts, loaded.source_map, lang), loaded.data))
    selection = select_packs(maquette, pack_set.packs, loaded.source_map, lang, options.regime)
    evaluation = evaluate(
        maquette,
        selection,
        loaded.source_map,
        lang,
        dict(options.readings),
        dict(options.extra_values),
    )
    day = selection.day or dt.date.today()
    rule_findings = with_keys(evaluation.findings, loaded.data)
    if partial is not None:
        rule_findings = partial.judged(rule_findings)
    if not is_licence_pro(maquette):  # no rule ran: there is nothing a dérogation could waive
        findings.extend(rule_findings)
    else:
        findings.extend(
            apply_derogations(
                rule_findings,
                maquette,
                loaded.source_map,
                lang,
                day,
                pack_set.rule_codes,
                pack_set.waivers,
            )
        )
    packs = tuple(p.id for p in selection.packs)
    return FileReport(shown, findings, selection.regime, packs, evaluation.internal_error, True)


def _finish(findings: list[Finding], text: str) -> list[Finding]:
    return sorted(clamp(findings, text), key=lambda f: f.sort_key)


def clamp(findings: list[Finding], text: str) -> list[Finding]:
    """Keep every span inside the file: the parser may mark one line past the end of the text."""
    lines = split_lines(text)

    def inside(position: Position) -> Position:
        line = min(max(position.line, 1), len(lines))
        return Position(line, min(max(position.column, 1), len(lines[line - 1]) + 1))

    return [
        f._replace(span=Span(inside(f.span.start), inside(f.span.end)))
        if (inside(f.span.start), inside(f.span.end)) != (f.span.start, f.span.end)
        else f
        for f in findings
    ]


__all__ = [
    "ExitCode",
    "FileReport",
    "Options",
    "Report",
    "UsageError",
    "exit_code",
    "judged_rules",
    "lint_file",
    "lint_paths",
    "lint_text",
    "options_for",
    "packs_for",
    "unknown_rules",
]
