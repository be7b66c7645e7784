"""`lp-lint import SOURCE -o FILE`: a maquette from ScoDoc, CDM-fr or a spreadsheet."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from lp_lint.cli.help import HELP, say
from lp_lint.cli.localized import Localized
from lp_lint.cli.options import lang_option
from lp_lint.files import OutputError, atomic_write, refuse_inputs
from lp_lint.i18n import Lang, default_lang
from lp_lint.reading.source import DEFAULT_MAX_BYTES
from lp_lint.reports import ExitCode
from lp_lint.text_safety import terminal_text

IMPORT_HELP = {
    "fr": {
        "cmd": "Crée une maquette à partir d'un export de formation ScoDoc (.xml), d'une offre "
        "CDM-fr (.xml) ou d'un tableur (.xlsx, .ods, .csv, voir « lp-lint init --tableur »). Les données absentes "
        "de la source sont laissées « à renseigner », jamais inventées.",
        "output": "fichier YAML à écrire, ou « - » pour la sortie standard",
        "kind": "type de source (sinon déduit de l'extension et du contenu)",
        "xsd": "schéma CDM-fr (CDMFR.xsd ou son dossier) contre lequel valider d'abord une source CDM-fr",
        "done": "{path} créé depuis {source} : « lp-lint {path} » dit ce qu'il reste à renseigner",
        "tableur": "écrire plutôt un tableur modèle à remplir (.xlsx, .ods ou .csv), relu par « lp-lint import »",
        "tableur_suffix": "« {path} » : un tableur modèle se nomme en .xlsx, .ods ou .csv",
        "tableur_done": "{path} créé : remplissez-le (feuille Aide), puis « lp-lint import {path} -o maquette.yaml »",
    },
    "en": {
        "cmd": "Create a maquette from a ScoDoc formation export (.xml), a CDM-fr offer (.xml) or a spreadsheet "
        "(.xlsx, .ods, .csv, see 'lp-lint init --tableur'). Data the source lacks is left "
        "« à renseigner » (to fill in), never invented.",
        "output": "YAML file to write, or '-' for standard output",
        "kind": "kind of source (else guessed from the extension and the content)",
        "xsd": "CDM-fr schema (CDMFR.xsd or its folder) to validate a CDM-fr source against first",
        "done": "{path} created from {source}: 'lp-lint {path}' says what is left to fill in",
        "tableur": "write a spreadsheet template to fill in instead (.xlsx, .ods or .csv), read back by 'lp-lint import'",
        "tableur_suffix": "'{path}': a spreadsheet template is named .xlsx, .ods or .csv",
        "tableur_done": "{path} created: fill it in (sheet Aide), then 'lp-lint import {path} -o maquette.yaml'",
    },
}
TABLEUR_HELP = "import.tableur"
"""Help texts are named by key and written in the language of the command line (`localized`)."""


@click.command("import", cls=Localized, help="import.cmd")
@click.help_option("-h", "--help", help=HELP["help"])
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--output", "-o", required=True, help="import.output")
@click.option(
    "--type", "kind", type=click.Choice(["scodoc", "cdmfr", "tableur"]), help="import.kind"
)
@click.option("--xsd", type=click.Path(exists=True, path_type=Path), help="import.xsd")
@click.option("--force", is_flag=True, help=HELP["force"])
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help=HELP["max_bytes"],
)
@lang_option
def import_command(
    source: Path,
    output: str,
    kind: str | None,
    xsd: Path | None,
    force: bool,
    max_bytes: int,
    lang: Lang | None,
) -> None:
    from lp_lint.importers import SourceError, import_path
    from lp_lint.importers.messages import describe

    lang = lang or default_lang()
    target = None if output == "-" else Path(output)
    if target is not None:
        try:
            refuse_inputs([target], [source])
        except OutputError as error:
            _refuse(error.text(lang))
        if target.exists() and not force:
            _refuse(say("exists", lang).format(path=target))
    try:
        imported = import_path(source, kind, max_bytes, xsd)
    except SourceError as error:
        _refuse(f"{source}: {describe(error, lang)}")
    for note in imported.notes:  # the source's own words: shown, never interpreted
        _say(f"lp-lint: {source}: {note}")
    if target is None:
        click.echo(imported.text(), nl=False)
        return
    try:
        atomic_write(target, imported.text())
    except OutputError as error:
        _refuse(error.text(lang))
    _say(IMPORT_HELP[lang]["done"].format(path=target, source=source))


def _say(line: str) -> None:
    click.echo(terminal_text(line), err=True)


def _refuse(message: str) -> NoReturn:
    _say(f"lp-lint: {message}")
    sys.exit(ExitCode.USAGE)


def write_template(path: Path, answers: tuple[str, str, str, str], force: bool, lang: Lang) -> None:
    """`lp-lint init --tableur FILE`: the spreadsheet template, never over an existing file."""
    from lp_lint.files import atomic_write_bytes
    from lp_lint.importers.gabarit import SUFFIXES, template_bytes

    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        problem = IMPORT_HELP[lang]["tableur_suffix"].format(path=path)
        raise click.BadParameter(problem, param_hint="--tableur")
    if path.exists() and not force:
        _refuse(say("exists", lang).format(path=path))
    try:
        atomic_write_bytes(path, template_bytes(suffix, *answers))
    except OutputError as error:
        _refuse(error.text(lang))
    click.echo(terminal_text(IMPORT_HELP[lang]["tableur_done"].format(path=path)))
