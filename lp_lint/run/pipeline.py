"""One maquette's text in, its findings out: read, validate, normalise, judge, select."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from lp_lint.findings import Finding, Position, Severity, Span
from lp_lint.i18n import msg, plain
from lp_lint.model.records import Maquette
from lp_lint.programme.build import forget_programmes
from lp_lint.programme.messages import conflict_findings
from lp_lint.programme.paths import conflicts as path_conflicts
from lp_lint.pseudo_rules import SCHEMA
from lp_lint.reading.include import load_with_includes
from lp_lint.reading.lines import split_lines
from lp_lint.reading.shaping import partial_maquette, shape
from lp_lint.reading.source import read_source
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.reports import FileReport
from lp_lint.rules.derogations import apply_derogations
from lp_lint.rules.engine import evaluate, is_licence_pro, select_packs
from lp_lint.rules.packs import PackSet, Rule
from lp_lint.rules.selection import select
from lp_lint.run.capping import cap
from lp_lint.run.identity import with_keys
from lp_lint.run.mutualisation import summarise
from lp_lint.run.options import Options
from lp_lint.run.suppression import apply_inline


def lint_file(path: Path, options: Options, pack_set: PackSet) -> FileReport:
    source = read_source(path, options.max_bytes)
    if source.text is None:
        return FileReport(str(path), source.findings)
    return lint_text(source.text, str(path), options, pack_set)


class Linted(NamedTuple):
    """A file's report, with the maquette it judged and where its values sit (None when the
    file could not be read whole into a maquette): `report` and `diff` read both from here
    instead of reading the file a second time."""

    report: FileReport
    maquette: Maquette | None
    source_map: SourceMap | None


def lint_text(text: str, shown: str, options: Options, pack_set: PackSet) -> FileReport:
    """Lint a maquette's text; `shown` is the path reports give (and per-file ignores match)."""
    with _cycle_collector_paused():  # resumed once the maquette is freed: it is not walked
        report = lint_judged(text, shown, options, pack_set).report
        forget_programmes()  # the maquette is done with: its programme is not kept either
    return report


def lint_judged(text: str, shown: str, options: Options, pack_set: PackSet) -> Linted:
    """`lint_text`, with the maquette and the source map the findings were made on."""
    with _cycle_collector_paused():
        linted = _lint_text(text, shown, options, pack_set)
        report = linted.report
        report.fail_on = options.fail_on
        if not report.rules_applied:  # unread or malformed: no selection may hide why
            report.findings = _finish(cap(report.findings), text)
            return linted
        selected = _selected(report.findings, shown, pack_set, options)
        kept, about_comments = apply_inline(selected, text)
        kept += _selected(about_comments, shown, pack_set, options)
        report.findings = _finish(cap(kept), text)
        return linted


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """A maquette's objects are freed by reference counting once its report is made; the cycle
    collector, run on the way, would walk them again each time they grew by a few thousand,
    which made the cost of a large maquette grow faster than its size."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
            probe = Finding(rule.id, rule.code, rule.severity, plain(""))
            kept.extend((rule, f.severity) for f in _selected([probe], shown, pack_set, options))
    return kept


def _config_relative(shown: str, options: Options) -> str:
    """Per-file ignores that name folders are absolute globs from the configuration file that
    declares them (see `options.from_config`): the file's absolute path is matched."""
    if options.config_path is None:
        return shown
    return Path(shown).resolve().as_posix()


def _lint_text(text: str, shown: str, options: Options, pack_set: PackSet) -> Linted:
    loaded = load_with_includes(text, shown, options.limits, options.max_bytes)
    findings = list(loaded.findings)
    if loaded.data is None and not findings:
        findings.append(Finding(SCHEMA.id, SCHEMA.code, Severity.ERROR, msg("file.empty")))
    if loaded.data is None:
        return Linted(FileReport(shown, findings), None, None)
    maquette, shape_findings = shape(loaded.data, loaded.source_map)
    findings.extend(with_keys(shape_findings, loaded.data))
    partial = partial_maquette(loaded.data, shape_findings) if maquette is None else None
    if partial is not None:  # refused values left out as unknown: the rest is judged
        maquette = partial.maquette
    if maquette is None:
        return Linted(FileReport(shown, findings), None, None)
    try:
        conflicts = path_conflicts(maquette)
    except Exception:  # every rule that reads the programme then reports it (X001, exit 3)
        conflicts = ()
    findings.extend(with_keys(conflict_findings(conflicts, loaded.source_map), loaded.data))
    selection = select_packs(maquette, pack_set.packs, loaded.source_map, options.regime)
    evaluation = evaluate(
        maquette,
        selection,
        loaded.source_map,
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
                day,
                pack_set.rule_codes,
                pack_set.waivers,
            )
        )
    packs = tuple(p.id for p in selection.packs)
    report = FileReport(shown, findings, selection.regime, packs, evaluation.internal_error, True)
    report.ues = summarise(maquette, loaded.source_map)
    whole = maquette if partial is None else None  # a partial maquette is no version to show
    return Linted(report, whole, loaded.source_map)


def add_findings(
    report: FileReport, findings: list[Finding], options: Options, pack_set: PackSet
) -> None:
    """Findings made after the file's own lint (across the files of a run), selected and
    sorted as its own are."""
    kept = _selected(findings, report.path, pack_set, options)
    report.findings = sorted(report.findings + kept, key=lambda f: (f.span.file or "", f.sort_key))


def _finish(findings: list[Finding], text: str) -> list[Finding]:
    """Sorted by position, the maquette's own findings before those in files it includes
    (which offer no fix: `--fix` and the editor write the maquette only)."""
    findings = [f._replace(fix=None) if f.span.file and f.fix else f for f in findings]
    return sorted(clamp(findings, text), key=lambda f: (f.span.file or "", f.sort_key))


def clamp(findings: list[Finding], text: str) -> list[Finding]:
    """Keep every span inside the file: the parser may mark one line past the end of the text.
    (A span in an included file was made from that file's own marks.)"""
    lines = split_lines(text)

    def inside(position: Position) -> Position:
        line = min(max(position.line, 1), len(lines))
        return Position(line, min(max(position.column, 1), len(lines[line - 1]) + 1))

    return [
        f._replace(span=Span(inside(f.span.start), inside(f.span.end), f.span.file))
        if f.span.file is None
        and (inside(f.span.start), inside(f.span.end)) != (f.span.start, f.span.end)
        else f
        for f in findings
    ]
