"""`lp-lint report`: one maquette's page, or a whole offer's pages, where `-o` says."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from lp_lint.cli.help import HELP, say
from lp_lint.cli.localized import Localized
from lp_lint.cli.options import chosen_options, finding_options, walk_options
from lp_lint.cli.outputs import REPORT_EXTENSIONS, Output, parse_outputs, written_note
from lp_lint.files import atomic_write, refuse_inputs
from lp_lint.reports import ExitCode, UsageError
from lp_lint.run.options import Options
from lp_lint.text_safety import error_line

PAGE_FORMATS = ("html", "markdown", "md")


@click.command(cls=Localized, help=HELP["report_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.argument("maquette")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(PAGE_FORMATS),
    default=None,
    help=HELP["report_format"],
)
@click.option(
    "--output", "-o", "outputs", multiple=True, metavar="FICHIER", help=HELP["report_output"]
)
@click.option("--quiet", "-q", is_flag=True, help=HELP["quiet"])
@finding_options
@walk_options
def report(
    maquette: str,
    output_format: str | None,
    outputs: tuple[str, ...],
    quiet: bool,
    isolated: bool,
    **chosen: Any,
) -> None:
    from lp_lint.cli.versions import judged_version
    from lp_lint.outputs.report.page import html_page, markdown_page

    given, options = chosen_options(chosen)
    explicit = "markdown" if output_format == "md" else output_format
    try:
        targets = [
            t._replace(format="markdown" if t.format == "md" else t.format)
            for t in parse_outputs(
                outputs, PAGE_FORMATS, explicit, explicit or "html", options.lang, REPORT_EXTENSIONS
            )
        ]
    except UsageError as error:
        click.echo(error_line(error.text(options.lang)), err=True)
        sys.exit(ExitCode.USAGE)
    # `REF:FILE` reads FILE's history: FILE is an input too
    refuse_inputs([t.path for t in targets], [maquette, maquette.partition(":")[2] or "-"])
    try:
        if Path(maquette).is_dir():
            _report_offer(Path(maquette), targets, explicit, options, given, isolated, quiet)
            return
        judged = judged_version(maquette, options, given, isolated)
    except UsageError as error:
        click.echo(error_line(error.text(options.lang)), err=True)
        sys.exit(ExitCode.USAGE)
    pages = {"html": html_page, "markdown": markdown_page}
    for target in targets:
        if target.path.is_dir():
            click.echo(f"lp-lint: {target.path}: " + say("is_dir", judged.lang), err=True)
            sys.exit(ExitCode.USAGE)
    if not targets:
        click.echo(pages[explicit or "html"](judged, judged.lang), nl=False)
    for target in targets:
        atomic_write(target.path, pages[target.format](judged, judged.lang))
        if not quiet:
            click.echo(
                written_note(Output(target.format, target.path, True), judged.lang), err=True
            )


def _report_offer(
    folder: Path,
    targets: list[Output],
    explicit: str | None,
    options: Options,
    given: frozenset[str],
    isolated: bool,
    quiet: bool,
) -> None:
    """`report DIR -o FOLDER`: FOLDER/index.html (or .md) and one page per maquette."""
    from lp_lint.cli.versions import UnreadableVersion, judged_version
    from lp_lint.outputs.report.offer import Entry, offer_pages
    from lp_lint.outputs.report.words import word
    from lp_lint.run.discovery import files_to_lint

    if len(targets) > 1:
        raise UsageError(say("output_repeated", options.lang).format(count=len(targets)))
    if not targets or targets[0].path.is_file():
        raise UsageError(word("needs_folder", options.lang))
    output = targets[0].path
    entries = []
    for path in files_to_lint([str(folder)], options, given, isolated):
        try:
            entries.append(Entry(str(path), judged_version(str(path), options, given, isolated)))
        except UnreadableVersion as error:
            entries.append(Entry(str(path), None, error.text(options.lang)))
    pages = offer_pages(entries, folder, options.lang, explicit == "markdown")
    output.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        atomic_write(output / name, text)
    if not quiet:
        message = word("written", options.lang).format(path=output, n=len(pages))
        click.echo(message, err=True)
