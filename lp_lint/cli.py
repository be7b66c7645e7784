"""The command line: parses options and hands everything to `api`.

`lp-lint PATH...` is short for `lp-lint check PATH...`.
"""

from __future__ import annotations

import io
import json
import signal
import sys
from pathlib import Path
from typing import Any

import click

from lp_lint import __version__
from lp_lint.api import ExitCode, UsageError
from lp_lint.cli_check import check, lang_option, reading_option
from lp_lint.cli_help import HELP
from lp_lint.cli_import import TABLEUR_HELP, import_command, write_template
from lp_lint.files import OutputError, atomic_write, refuse_inputs, stream_failure
from lp_lint.i18n import Lang, default_lang
from lp_lint.options import Options
from lp_lint.text_safety import error_line, terminal_text


class _DefaultToCheck(click.Group):
    """Routes `lp-lint FILE` to `lp-lint check FILE`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = next((a for a in args if not a.startswith("-")), None)
        asks_group = any(a in ("--help", "-h", "--version") for a in args[:1])
        if args and not asks_group and first not in self.commands:
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(
    cls=_DefaultToCheck, help=HELP["main"], context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="lp-lint", help=HELP["version"])
@click.help_option("-h", "--help", help=HELP["help"])
def main() -> None:
    pass


main.add_command(check)
main.add_command(import_command)


@main.command(help=HELP["rules_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@lang_option
def rules(output_format: str, lang: Lang | None) -> None:
    from lp_lint.api import packs_for
    from lp_lint.packs import certainty

    lang = lang or default_lang()
    pack_set = packs_for(Options(lang=lang))
    rows: list[dict[str, Any]] = [
        {
            "code": r.code,
            "id": r.id,
            "severity": r.source.severity,
            "pack": p.id,
            "since": str((r.source.in_force or p.source.in_force).since),
            "until": str((r.source.in_force or p.source.in_force).until or ""),
            "dates_verified": (r.source.in_force or p.source.in_force).verified,
            "certainty": certainty(r.source.reference.statut, lang),
            "title": r.source.title.get(lang),
            "reference": f"{r.source.reference.texte}, {r.source.reference.article}",
            "url": r.source.reference.url,
        }
        for p in pack_set.packs
        for r in p.rules
    ]
    rows.sort(key=lambda row: row["code"])
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    header = HELP["rules_header"].split("|")
    click.echo(
        f"{header[0]:<6} {header[1]:<27} {header[2]:<8} {header[3]:<15} {header[4]:<21}  {header[5]}"
    )
    for row in rows:
        click.echo(
            f"{row['code']:<6} {row['id']:<27} {row['severity']:<8} {row['pack']:<15} "
            f"{_dates(row):<22} {row['title']}"
        )
        click.echo(f"{'':8}{row['reference']} — {row['url']} ({row['certainty']})")


def _dates(row: dict[str, Any]) -> str:
    """`since→until`, with `?` when a date was not read in a text."""
    return f"{row['since']}→{row['until'] or '…'}{'' if row['dates_verified'] else '?'}"


@main.command(help=HELP["explain_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.argument("rule")
@lang_option
@reading_option
def explain(rule: str, lang: Lang | None, readings: tuple[tuple[str, str], ...]) -> None:
    from lp_lint.api import packs_for
    from lp_lint.explain import explain as render_explanation
    from lp_lint.explain import find_rule

    options = Options(lang=lang or default_lang(), readings=readings)
    pack_set = packs_for(options)  # refuses a reading the rule does not have
    found = find_rule(pack_set, rule)
    if found is None:
        from lp_lint.explain import explain_pseudo

        text = explain_pseudo(rule, options.lang)
        if text is None:
            click.echo("lp-lint: " + HELP["unknown_rule"].format(rule=rule), err=True)
            sys.exit(ExitCode.USAGE)
        click.echo(text)
        return
    click.echo(render_explanation(found, pack_set, options))


@main.command("diff", help=HELP["diff_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.argument("old")
@click.argument("new")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
)
@lang_option
def diff(old: str, new: str, output_format: str, lang: Lang | None) -> None:
    from lp_lint.versions import compare_versions

    try:
        click.echo(
            compare_versions(old, new, lang or default_lang(), output_format == "markdown"),
            nl=False,
        )
    except UsageError as error:
        click.echo(error_line(error), err=True)
        sys.exit(ExitCode.USAGE)


@main.command(help=HELP["report_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.argument("maquette")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["html", "markdown", "md"]),
    default="html",
    show_default=True,
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help=HELP["output"]
)
@lang_option
def report(maquette: str, output_format: str, output: Path | None, lang: Lang | None) -> None:
    from lp_lint.report_page import html_page, markdown_page
    from lp_lint.versions import maquette_and_report, read_version

    options = Options(lang=lang or default_lang())
    if output is not None:  # `REF:FILE` reads FILE's history: FILE is an input too
        refuse_inputs([output], [maquette, maquette.partition(":")[2] or "-"])
    try:
        label, text = read_version(maquette, options.lang)
        model, lint_report = maquette_and_report(label, text, options)
    except UsageError as error:
        click.echo(error_line(error), err=True)
        sys.exit(ExitCode.USAGE)
    page = (html_page if output_format == "html" else markdown_page)(
        model, lint_report, options.lang
    )
    if output is None:
        click.echo(page, nl=False)
    else:
        atomic_write(output, page)


@main.command(help=HELP["init_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="maquette.yaml")
@click.option("--mention", prompt=HELP["ask_mention"], help=HELP["ask_mention"])
@click.option("--annee", prompt=HELP["ask_annee"], help=HELP["ask_annee"])
@click.option("--parcours", prompt=HELP["ask_parcours"], default="", help=HELP["ask_parcours"])
@click.option(
    "--etablissement", prompt=HELP["ask_etablissement"], default="", help=HELP["ask_etablissement"]
)
@click.option("--force", is_flag=True, help=HELP["force"])
@click.option("--tableur", type=click.Path(dir_okay=False, path_type=Path), help=TABLEUR_HELP)
def init(
    path: Path,
    mention: str,
    annee: str,
    parcours: str,
    etablissement: str,
    force: bool,
    tableur: Path | None,
) -> None:
    import re

    from lp_lint.docgen import schema_text
    from lp_lint.scaffold import SCHEMA_FILE, scaffold

    if not re.fullmatch(r"(19|20)[0-9]{2}-(19|20)[0-9]{2}", annee):
        raise click.BadParameter(HELP["bad_annee"].format(value=annee), param_hint="--annee")
    if tableur is not None:
        write_template(tableur, (mention, annee, parcours, etablissement), force)
        return
    if path.exists() and not force:
        click.echo("lp-lint: " + HELP["exists"].format(path=terminal_text(str(path))), err=True)
        sys.exit(ExitCode.USAGE)
    text = scaffold(
        mention, annee, parcours or "À préciser", etablissement or "À préciser", str(path)
    )
    atomic_write(path, text)
    click.echo(HELP["created"].format(path=terminal_text(str(path))))
    schema = path.parent / SCHEMA_FILE
    if not schema.exists():  # the editor's completion; an existing file is left alone
        atomic_write(schema, schema_text())
        click.echo(HELP["created_schema"].format(path=terminal_text(str(schema))))


@main.command(help=HELP["schema_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help=HELP["output"]
)
def schema(output: Path | None) -> None:
    from lp_lint.jsonschema import maquette_schema

    text = json.dumps(maquette_schema(), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write(output, text)


@main.command(help=HELP["server_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@lang_option
def server(lang: Lang | None) -> None:
    try:
        from lp_lint.server.app import run as serve
    except ImportError as error:  # pygls is an optional extra
        click.echo(f"lp-lint: {HELP['server_missing']} ({error})", err=True)
        sys.exit(ExitCode.USAGE)
    serve(lang or default_lang())


def _terminated(signum: int, _: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so that files being written are removed, not left half-done."""
    raise _Terminated


class _Terminated(BaseException):
    pass


def _tolerant_streams() -> None:
    """A terminal or pipe that cannot show a character (LANG=C, a Windows code page) gets its
    escape (`\\xe9`) instead of a crash: the report still reaches its reader."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def run(argv: list[str] | None = None) -> None:
    """Entry point: never a bare traceback; a documented exit code for every outcome."""
    signal.signal(signal.SIGTERM, _terminated)
    _tolerant_streams()
    try:
        main.main(args=argv, prog_name="lp-lint", standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("lp-lint: interrompu / interrupted", err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except _Terminated:
        click.echo("lp-lint: arrêté / terminated", err=True)
        sys.exit(ExitCode.TERMINATED)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(ExitCode.USAGE)
    except (UsageError, OutputError) as error:
        click.echo(error_line(error), err=True)
        sys.exit(ExitCode.USAGE)
    except Exception as error:  # a bug: one line, a distinct exit code
        failure = stream_failure(error)
        if failure is not None:
            click.echo(error_line(failure), err=True)
            sys.exit(ExitCode.USAGE)
        click.echo(
            f"lp-lint: erreur interne / internal error ({type(error).__name__}: {error})", err=True
        )
        sys.exit(ExitCode.INTERNAL)
    sys.exit(ExitCode.OK)
