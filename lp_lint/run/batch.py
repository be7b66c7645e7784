"""Many files in one run: each with its own settings, the packs loaded once per settings, in
worker processes when asked."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from lp_lint.i18n import tr
from lp_lint.reports import FileReport, Report, UsageError
from lp_lint.rules.packs import PackSet
from lp_lint.run import config
from lp_lint.run.discovery import files_to_lint, options_for
from lp_lint.run.mutualisation import cross_findings
from lp_lint.run.options import Options
from lp_lint.run.pipeline import add_findings, lint_file
from lp_lint.run.rule_sets import packs_for


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
    files = list(files_to_lint(paths, options, given, isolated, only_maquettes))
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
    else:
        for path in files:
            file_options = options_for(path, options, given, isolated)
            pack_set = _packs_once(file_options)
            report.rules.update(pack_set.rules)
            report.files.append(lint_file(path, file_options, pack_set))
    _check_across(report.files, lambda p: options_for(Path(p), options, given, isolated))
    return report


def _check_across(files: list[FileReport], options_of: Callable[[str], Options]) -> None:
    """The check across maquettes (one UE code, one UE), on each file's small summary."""
    summaries = [f for f in files if f.ues]
    if len(summaries) < 2:
        return
    found = cross_findings(summaries)
    for file in files:
        if file.path in found:
            file_options = options_of(file.path)
            add_findings(file, found[file.path], file_options, _packs_once(file_options))
        file.ues = ()  # the summaries have served


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
