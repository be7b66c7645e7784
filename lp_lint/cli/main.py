"""The command line: parses options and hands everything to `api`.

`lp-lint PATH...` is short for `lp-lint check PATH...`.
"""

from __future__ import annotations

import io
import json
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from lp_lint import __version__
from lp_lint.cli.check import check
from lp_lint.cli.help import HELP, say
from lp_lint.cli.imports import TABLEUR_HELP, import_command, write_template
from lp_lint.cli.localized import LocalizedGroup, error_text, given_lang, lang_of
from lp_lint.cli.options import (
    chosen_options,
    finding_options,
    lang_option,
    reading_option,
)
from lp_lint.cli.report import report
from lp_lint.files import OutputError, atomic_write, stream_failure
from lp_lint.i18n import Lang, default_lang, severity_word, tr
from lp_lint.reports import ExitCode, UsageError
from lp_lint.run.options import Options
from lp_lint.text_safety import error_line, terminal_text


class _DefaultToCheck(LocalizedGroup):
    """Routes `lp-lint FILE` to `lp-lint check FILE`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = next((a for a in args if not a.startswith("-")), None)
        asks_group = any(a in ("--help", "-h", "--version") for a in args[:1])
        if args and not asks_group and first not in self.commands:
            if first is not None and args[0] == first:
                self._refuse_a_misspelt_command(first, args)
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def _refuse_a_misspelt_command(self, word: str, args: list[str]) -> None:
        """`lp-lint chek x.yaml`: a word that is no file and looks like a command is a slip."""
        from lp_lint.suggest import suggest

        if Path(word).exists() or "/" in word or "." in word:
            return
        close = suggest(word, self.commands)
        if close is not None:
            check = self.commands["check"]  # `lp-lint raport x.yaml --lang en`: check's options
            lang = given_lang(check, click.Context(check), args[1:]) or default_lang()
            message = tr("usage.unknown_command", lang, command=word, suggestion=close)
            click.echo(f"lp-lint: {message}", err=True)
            sys.exit(ExitCode.USAGE)


@click.group(
    cls=_DefaultToCheck, help=HELP["main"], context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="lp-lint", help=HELP["version"])
@click.help_option("-h", "--help", help=HELP["help"])
def main() -> None:
    pass


main.add_command(check)
main.add_command(import_command)
main.add_command(report)


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
    from lp_lint.rules.packs import certainty
    from lp_lint.run.rule_sets import packs_for

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
    header = say("rules_header", lang).split("|")
    click.echo(
        f"{header[0]:<6} {header[1]:<27} {header[2]:<13} {header[3]:<15} {header[4]:<21}  {header[5]}"
    )
    for row in rows:
        click.echo(
            f"{row['code']:<6} {row['id']:<27} {severity_word(row['severity'], lang):<13} "
            f"{row['pack']:<15} {_dates(row):<22} {row['title']}"
        )
        click.echo(f"{'':8}{row['reference']} — {row['url']} ({row['certainty']})")


def _dates(row: dict[str, Any]) -> str:
    """`since→until`, with `?` when a date was not read in a text."""
    return f"{row['since']}→{row['until'] or '…'}{'' if row['dates_verified'] else '?'}"


@main.command(help=HELP["explain_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.argument("rule", required=False)
@click.option("--checks", is_flag=True, help=HELP["explain_checks"])
@lang_option
@reading_option
def explain(
    rule: str | None, checks: bool, lang: Lang | None, readings: tuple[tuple[str, str], ...]
) -> None:
    from lp_lint.outputs.explain import explain as render_explanation
    from lp_lint.outputs.explain import find_rule
    from lp_lint.run.rule_sets import packs_for

    options = Options(lang=lang or default_lang(), readings=readings)
    if checks or rule is None:  # no rule named: what a rule can name
        from lp_lint.outputs.checks_reference import checks_reference

        click.echo(checks_reference(options.lang), nl=False)
        return
    pack_set = packs_for(options)  # refuses a reading the rule does not have
    found = find_rule(pack_set, rule)
    if found is None:
        from lp_lint.outputs.explain import explain_pseudo

        text = explain_pseudo(rule, options.lang)
        if text is None:
            from lp_lint.run.rule_sets import unknown_rules

            click.echo("lp-lint: " + unknown_rules([rule], pack_set, options.lang), err=True)
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
@finding_options
def diff(old: str, new: str, output_format: str, isolated: bool, **chosen: Any) -> None:
    from lp_lint.cli.versions import compare_versions

    given, options = chosen_options(chosen)
    try:
        text = compare_versions(old, new, options, given, isolated, output_format == "markdown")
    except UsageError as error:
        click.echo(error_line(error.text(options.lang)), err=True)
        sys.exit(ExitCode.USAGE)
    click.echo(text, nl=False)


@main.command(help=HELP["init_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="maquette.yaml")
@click.option("--mention", help=HELP["ask_mention"])
@click.option("--annee", help=HELP["ask_annee"])
@click.option("--parcours", help=HELP["ask_parcours"])
@click.option("--etablissement", help=HELP["ask_etablissement"])
@click.option("--force", is_flag=True, help=HELP["force"])
@click.option("--tableur", type=click.Path(dir_okay=False, path_type=Path), help=TABLEUR_HELP)
@lang_option
def init(
    path: Path,
    mention: str | None,
    annee: str | None,
    parcours: str | None,
    etablissement: str | None,
    force: bool,
    tableur: Path | None,
    lang: Lang | None,
) -> None:
    from lp_lint.cli.scaffold import SCHEMA_FILE, scaffold
    from lp_lint.docgen import schema_text

    lang = lang or default_lang()
    problem = _target_problem(tableur or path, force, lang) or (
        _year_problem(annee, lang) if annee is not None else None
    )
    if problem:  # said before any question, so that no answer is lost
        click.echo(f"lp-lint: {problem}", err=True)
        sys.exit(ExitCode.USAGE)
    mention = mention or _ask("ask_mention", lang)
    annee = (
        annee.strip()
        if annee
        else _ask("ask_annee", lang, check=lambda text: _year_problem(text, lang))
    )
    parcours = parcours if parcours is not None else _ask("ask_parcours", lang, default="")
    if etablissement is None:
        etablissement = _ask("ask_etablissement", lang, default="")
    if tableur is not None:
        write_template(tableur, (mention, annee, parcours, etablissement), force, lang)
        return
    text = scaffold(
        mention, annee, parcours or "À préciser", etablissement or "À préciser", str(path)
    )
    atomic_write(path, text)
    click.echo(say("created", lang).format(path=terminal_text(str(path))))
    schema = path.parent / SCHEMA_FILE
    if not schema.exists():  # the editor's completion; an existing file is left alone
        atomic_write(schema, schema_text())
        click.echo(say("created_schema", lang).format(path=terminal_text(str(schema))))


def _target_problem(path: Path, force: bool, lang: Lang) -> str | None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        return say("no_folder", lang).format(path=terminal_text(str(folder)))
    if path.exists() and not force:
        return say("exists", lang).format(path=terminal_text(str(path)))
    return None


def _year_problem(text: str, lang: Lang) -> str | None:
    import re

    if re.fullmatch(r"(19|20)[0-9]{2}-(19|20)[0-9]{2}", text.strip()):
        return None
    return say("bad_annee", lang).format(value=text)


def _ask(
    key: str,
    lang: Lang,
    default: str | None = None,
    check: Callable[[str], str | None] | None = None,
) -> str:
    """Ask until the answer passes `check`, saying what is wrong in the reader's language.

    Without a terminal, an input that ends before the answer is a usage error naming the option
    to give (click would report an interruption)."""
    while True:
        try:
            answer = str(click.prompt(say(key, lang), default=default, show_default=False))
        except click.exceptions.Abort:
            if sys.stdin is not None and sys.stdin.isatty():
                raise  # Ctrl-C at the question
            option = "--" + key.removeprefix("ask_")
            unanswered = say("no_answer", lang).format(question=say(key, lang), option=option)
            click.echo(f"\nlp-lint: {unanswered}", err=True)
            sys.exit(ExitCode.USAGE)
        answer = answer.strip()
        problem = check(answer) if check else None  # click itself asks again after no answer
        if problem is None:
            return answer
        click.echo(problem, err=True)


@main.command(help=HELP["schema_cmd"])
@click.help_option("-h", "--help", help=HELP["help"])
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help=HELP["output"]
)
def schema(output: Path | None) -> None:
    from lp_lint.model.jsonschema import maquette_schema

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
        missing = say("server_missing", lang or default_lang())
        click.echo(f"lp-lint: {missing} ({error})", err=True)
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
        lang = lang_of(getattr(error, "ctx", None))
        click.echo(error_text(error, lang), err=True)
        sys.exit(ExitCode.USAGE)
    except UsageError as error:
        click.echo(error_line(error.text(lang_of(None))), err=True)
        sys.exit(ExitCode.USAGE)
    except OutputError as error:
        click.echo(error_line(error.text(lang_of(None))), err=True)
        sys.exit(ExitCode.USAGE)
    except Exception as error:  # a bug: one line, a distinct exit code
        failure = stream_failure(error)
        if failure is not None:
            click.echo(error_line(failure.text(lang_of(None))), err=True)
            sys.exit(ExitCode.USAGE)
        click.echo(
            f"lp-lint: erreur interne / internal error ({type(error).__name__}: {error})", err=True
        )
        sys.exit(ExitCode.INTERNAL)
    sys.exit(ExitCode.OK)
