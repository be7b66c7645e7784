"""Many files in one run: each with its own settings, the packs loaded once per settings, in
worker processes when asked."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from lp_lint.i18n import tr
from lp_lint.reports import FileReport, FileReports, Report, UsageError
from lp_lint.rules.packs import PackSet
from lp_lint.run import config
from lp_lint.run.discovery import files_to_lint, options_for
from lp_lint.run.mutualisation import UeSummaries
from lp_lint.run.options import Options
from lp_lint.run.pipeline import add_findings, lint_file
from lp_lint.run.rule_sets import packs_for


def lint_paths(
    paths: Iterable[str],
    options: Options,
    given: frozenset[str] = frozenset(),
    isolated: bool = False,
    only_maquettes: bool = False,
    jobs: int | None = 1,
) -> Report:
    """Lint every maquette under `paths`, each with the configuration found above it.

    `given` names the Options fields the command line set: they win over configuration files.
    `isolated` ignores configuration files; `options.config_path` imposes one.
    """
    paths = list(paths)
    # names rather than paths: a run keeps one of each file until its end
    files = [str(path) for path in files_to_lint(paths, options, given, isolated, only_maquettes)]
    if not files and not only_maquettes:
        raise UsageError(tr("usage.no_maquette", options.lang, paths=", ".join(paths)))
    config.discover_in.cache_clear()  # files may have changed since the last run in this process
    packs = RunPacks()
    spooled = FileReports()
    settings = _settings(files, options, given, isolated)
    report = Report(spooled)
    for file_options in dict.fromkeys(settings):  # the rules any file may report, once each
        report.rules.update(packs(file_options).rules)
    jobs = worker_count(jobs, len(files))
    if jobs > 1:
        reports = _in_parallel(files, settings, jobs)
    else:
        reports = (lint_file(Path(f), o, packs(o)) for f, o in zip(files, settings, strict=True))
    ues = UeSummaries()
    for index, file_report in enumerate(reports):
        if file_report.ues:  # kept aside for the check across the maquettes
            ues.add(index, file_report)
            file_report.ues = ()
        spooled.append(file_report)
    _check_across(spooled, ues, settings, packs)
    return report


def _settings(
    files: list[str], options: Options, given: frozenset[str], isolated: bool
) -> list[Options]:
    """Each file's settings, equal settings being one object: the files under one configuration
    file share its settings instead of keeping a copy each."""
    distinct: dict[Options, Options] = {}
    return [
        distinct.setdefault(found, found)
        for found in (options_for(Path(file), options, given, isolated) for file in files)
    ]


def _check_across(
    files: FileReports, ues: UeSummaries, settings: list[Options], packs: RunPacks
) -> None:
    """The check across maquettes (one UE code, one UE), on each file's UE summary; a file it
    finds something in is read back, completed and put in its place."""
    for index, found in ues.cross_findings():
        file = files[index]
        add_findings(file, found, settings[index], packs(settings[index]))
        files.replace(index, file)


MAX_JOBS = 32
"""The most worker processes a run starts: each costs some 60 MiB, and Windows refuses more
than 61."""
PARALLEL_FROM = 200
"""Without `--jobs`, a run of at least this many files uses every core, one alone below it:
workers pay only on a long run (at 50 files, two were still slower than one on a busy 2-core
machine), and a pre-commit hook, which passes the files it changed, stays in one process."""


def worker_count(asked: int | None, files: int) -> int:
    """`--jobs` (None: chosen by the number of files; 0: every core) capped by the number of
    files (no idle worker) and by MAX_JOBS."""
    if asked is None:
        asked = 0 if files >= PARALLEL_FROM else 1
    if asked == 0:
        asked = _cores()
    return max(1, min(asked, files, MAX_JOBS))


def _cores() -> int:
    """The processors this process may run on (a CPU affinity mask counts, where there is one)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


class RunPacks:
    """The packs of each distinct settings of one run, loaded once (`packs_for` stats every
    rule file to validate its cache). A run makes its own; each worker process keeps one."""

    def __init__(self) -> None:
        self._by_options: dict[Options, PackSet] = {}

    def __call__(self, options: Options) -> PackSet:
        if options not in self._by_options:
            self._by_options[options] = packs_for(options)
        return self._by_options[options]


_worker_packs = RunPacks()
"""A worker process's cache: tasks reach a worker one by one, so its packs must outlive them."""


def _lint_one(task: tuple[str, Options]) -> FileReport:
    file, file_options = task
    return lint_file(Path(file), file_options, _worker_packs(file_options))


def _in_parallel(files: list[str], settings: list[Options], jobs: int) -> Iterator[FileReport]:
    """One worker process per core; each loads the packs once. Order is kept, and each report
    is handed on as it comes (none waits for the whole run)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    tasks = list(zip(files, settings, strict=True))
    chunks = max(1, min(16, len(tasks) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        with _collector_frozen():  # the workers are forked at the first task
            reports = pool.map(_lint_one, tasks, chunksize=chunks)
        yield from reports


@contextlib.contextmanager
def _collector_frozen() -> Iterator[None]:
    """The objects of the run so far left out of the cycle collector while workers are forked:
    a worker's collector would otherwise walk them all, and each page it touched would become
    the worker's own copy (some 7 MiB a worker, more with more files). The run's own process
    takes them back at once; a caller that froze objects itself finds the collector as it was."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
