"""`lp-lint check`: the options of a lint run, and where its reports go."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any, NamedTuple

import click

from lp_lint.cli.help import HELP, say
from lp_lint.cli.localized import Localized
from lp_lint.cli.options import chosen_options, finding_options, walk_options
from lp_lint.cli.outputs import Output, parse_outputs, written_note
from lp_lint.files import OutputError, atomic_output, refuse_inputs
from lp_lint.i18n import Lang
from lp_lint.outputs.formats import FORMATS, Settings, get_formatter
from lp_lint.reading.loader import DEFAULT_LIMITS, Limits
from lp_lint.reading.source import DEFAULT_MAX_BYTES
from lp_lint.reports import ExitCode, Report, UsageError, exit_code
from lp_lint.run.batch import lint_paths
from lp_lint.run.discovery import project_root, reader_lang
from lp_lint.run.options import FAIL_ON, Options
from lp_lint.text_safety import error_line


@click.command(cls=Localized, help=HELP["check"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), help=HELP["format"])
@click.option(
    "--output",
    "-o",
    "outputs",
    multiple=True,
    metavar="[FORMAT=]FICHIER",
    help=HELP["output"],
)
@finding_options
@walk_options
@click.option("--fail-on", type=click.Choice(FAIL_ON), help=HELP["fail_on"])
@click.option("--strict", is_flag=True, help=HELP["strict"])
@click.option("--only-maquettes", is_flag=True, help=HELP["only_maquettes"])
@click.option("--stdin-filename", metavar="FICHIER", help=HELP["stdin_filename"])
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None, help=HELP["jobs"])
@click.option("--show-waived", is_flag=True, help=HELP["show_waived"])
@click.option("--show-source", is_flag=True, help=HELP["show_source"])
@click.option("--statistics", is_flag=True, help=HELP["statistics"])
@click.option("--quiet", "-q", is_flag=True, help=HELP["quiet"])
@click.option("--show-files", is_flag=True, help=HELP["show_files"])
@click.option("--show-settings", is_flag=True, help=HELP["show_settings"])
@click.option("--fix", is_flag=True, help=HELP["fix"])
@click.option("--unsafe-fixes", is_flag=True, help=HELP["unsafe_fixes"])
@click.option("--diff", "show_diff", is_flag=True, help=HELP["diff"])
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help=HELP["baseline"],
)
@click.option(
    "--write-baseline", type=click.Path(dir_okay=False, path_type=Path), help=HELP["write_baseline"]
)
@click.option("--diff-base", metavar="REF", help=HELP["diff_base"])
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help=HELP["color"],
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help=HELP["max_bytes"],
)
@click.option(
    "--max-depth",
    type=click.IntRange(min=2),
    default=DEFAULT_LIMITS.max_depth,
    show_default=True,
    help=HELP["max_depth"],
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=10),
    default=DEFAULT_LIMITS.max_nodes,
    show_default=True,
    help=HELP["max_nodes"],
)
def check(
    paths: tuple[str, ...],
    output_format: str | None,
    outputs: tuple[str, ...],
    strict: bool,
    isolated: bool,
    only_maquettes: bool,
    stdin_filename: str | None,
    jobs: int | None,
    show_waived: bool,
    show_source: bool,
    statistics: bool,
    quiet: bool,
    show_files: bool,
    show_settings: bool,
    fix: bool,
    unsafe_fixes: bool,
    show_diff: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    diff_base: str | None,
    color: str,
    max_bytes: int,
    max_depth: int,
    max_nodes: int,
    **chosen: Any,
) -> None:
    from lp_lint.outputs.formats.github import running_under_actions

    given, options = _options(chosen, strict, Limits(max_depth, max_nodes), max_bytes)
    named = [stdin_filename or "-"] if paths == ("-",) else paths
    run = _Run(
        paths,
        options,
        given,
        isolated,
        only_maquettes,
        reader_lang(named, options, given, isolated),
    )
    main_format = output_format or ("github" if running_under_actions() else "text")
    try:
        targets = parse_outputs(outputs, FORMATS, output_format, main_format, run.lang)
        _refuse_unshown(show_source, statistics, main_format, targets, run.lang)
    except UsageError as error:
        click.echo(error_line(error.text(run.lang)), err=True)
        sys.exit(ExitCode.USAGE)
    reports = [target.path for target in targets]
    read = [*paths, stdin_filename or "-", chosen["config_path"] or "-", *chosen["rule_dirs"]]
    refuse_inputs([*reports, *([write_baseline] if write_baseline else [])], read)
    refuse_inputs(reports, [baseline or "-"])  # a baseline may be rewritten in place
    if show_files or show_settings:
        shown = ("-", stdin_filename or "-") if paths == ("-",) and show_settings else paths
        _show(show_files, shown, options, given, isolated, only_maquettes)
    try:
        if fix or show_diff:
            _fix(run, unsafe_fixes, show_diff, quiet)
        report = _lint(run, stdin_filename, jobs)
        report = _compare(report, options, given, isolated, baseline, write_baseline, diff_base)
        if write_baseline and not quiet:
            click.echo(written_note(Output("baseline", write_baseline, False), run.lang), err=True)
    except UsageError as error:
        click.echo(error_line(error.text(run.lang)), err=True)
        sys.exit(ExitCode.USAGE)
    colour = {"auto": None, "always": True, "never": False}[color]
    settings = Settings(run.lang, colour, show_waived, show_source, statistics, quiet)
    _emit(report, main_format, targets, settings, quiet)
    sys.exit(exit_code(report, "never" if write_baseline else None))


class _Run(NamedTuple):
    """What each step of `check` needs to know of the run."""

    paths: tuple[str, ...]
    options: Options
    given: frozenset[str]
    """The Options fields the command line set (they win over configuration files)."""
    isolated: bool
    only_maquettes: bool
    lang: Lang
    """The language of the run's own words (`--lang`, else the configuration's)."""


def _lint(run: _Run, stdin_filename: str | None, jobs: int | None) -> Report:
    if run.paths == ("-",):
        report = _lint_stdin(stdin_filename or "-", run.options, run.given, run.isolated)
    else:
        report = lint_paths(
            run.paths, run.options, run.given, run.isolated, run.only_maquettes, jobs
        )
    report.root = project_root(run.options, run.given, run.isolated)
    return report


def _show(
    files: bool,
    paths: tuple[str, ...],
    options: Options,
    given: frozenset[str],
    isolated: bool,
    only_maquettes: bool,
) -> None:
    """`--show-files` or `--show-settings`: say, check nothing, exit 0 (2 for a bad path)."""
    from lp_lint.cli.settings_view import shown_files, shown_settings

    show = shown_files if files else shown_settings
    try:
        lines = list(show(paths, options, given, isolated, only_maquettes))
    except UsageError as error:
        click.echo(error_line(error.text(options.lang)), err=True)
        sys.exit(ExitCode.USAGE)
    click.echo("".join(line + "\n" for line in lines), nl=False)
    sys.exit(ExitCode.OK)


def _fix(run: _Run, unsafe: bool, show_diff: bool, quiet: bool) -> None:
    """Apply (or with `--diff`, show and exit) the mechanical fixes before the report is made;
    its notes are in the run's language."""
    from lp_lint.run.fixing import fix_paths

    if "-" in run.paths:
        raise UsageError(say("fix_stdin", run.lang))
    fixed = fix_paths(
        run.paths,
        run.options,
        run.given,
        run.isolated,
        run.only_maquettes,
        unsafe,
        write=not show_diff,
    )
    for path in fixed.skipped:
        click.echo("lp-lint: " + say("fix_skipped", run.lang).format(path=path), err=True)
    if show_diff:
        click.echo("".join(fixed.diffs), nl=False)
        sys.exit(ExitCode.FINDINGS if fixed.diffs else ExitCode.OK)
    if fixed.total and not quiet:
        done = say("fixed", run.lang).format(count=fixed.total, files=len(fixed.fixed))
        click.echo("lp-lint: " + done, err=True)


def _lint_stdin(name: str, options: Options, given: frozenset[str], isolated: bool) -> Report:
    """`lp-lint -`: the maquette on standard input, reported (and configured) as `name`."""
    from lp_lint.reading.source import read_stream
    from lp_lint.run.discovery import options_for
    from lp_lint.run.pipeline import lint_text
    from lp_lint.run.rule_sets import packs_for

    source = read_stream(sys.stdin.buffer, options.max_bytes)
    file_options = options_for(Path(name), options, given, isolated)
    pack_set = packs_for(file_options)
    if source.text is None:
        from lp_lint.reports import FileReport

        return Report([FileReport(name, source.findings)], pack_set.rules)
    return Report([lint_text(source.text, name, file_options, pack_set)], pack_set.rules)


def _options(
    chosen: dict[str, Any], strict: bool, limits: Limits, max_bytes: int
) -> tuple[frozenset[str], Options]:
    """The Options of the run, and the names of those the command line set (they win over files)."""
    if strict and chosen.get("fail_on") is None:
        chosen = {**chosen, "fail_on": "warning"}
    return chosen_options(chosen, limits=limits, max_bytes=max_bytes)


def _compare(
    report: Report,
    options: Options,
    given: frozenset[str],
    isolated: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    diff_base: str | None,
) -> Report:
    if not (diff_base or baseline or write_baseline):
        return report  # a plain run imports none of it (nor tempfile and shutil with it)
    from lp_lint.run import baseline as baselines

    if diff_base:
        old = baselines.lint_at_ref(report, diff_base, options, given, isolated)
        report = baselines.apply_diff_base(report, diff_base, old)
    if baseline:
        report = baselines.apply_baseline(report, baseline, options.max_bytes)
    if write_baseline:
        baselines.write_baseline(report, write_baseline, options.lang)
    return report


def _refuse_unshown(
    show_source: bool, statistics: bool, main_format: str, targets: list[Output], lang: Lang
) -> None:
    """`--show-source` and `--statistics` shape the text format: refused when no output is text."""
    shown = [t.format for t in targets]
    if not any(t.replaces_screen for t in targets):
        shown.append(main_format)
    if "text" in shown:
        return
    for given, option in ((show_source, "--show-source"), (statistics, "--statistics")):
        if given:
            raise UsageError(say("text_only", lang).format(option=option, format=shown[-1]))


def _emit(
    report: Report, main_format: str, targets: list[Output], settings: Settings, quiet: bool
) -> None:
    to_stdout = not any(target.replaces_screen for target in targets)
    for target in targets:
        with atomic_output(target.path) as stream:
            get_formatter(target.format)(report, stream, settings._replace(color=False))
        if not quiet:
            click.echo(written_note(target, settings.lang), err=True)
    if to_stdout:
        if sys.stdout is None:  # started with its output closed (`>&-`)
            raise OutputError("write", "stdout", os.strerror(errno.EBADF))
        get_formatter(main_format)(report, sys.stdout, settings)
        sys.stdout.flush()  # a failure to write is seen here, not silently at exit


__all__ = ["ExitCode", "Lang", "UsageError", "check"]
