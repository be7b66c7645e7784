"""Options declared once and shared by every command that shows findings.

`check`, `report` and `diff` take the same options that change what is found (`finding_options`)
and turn them into `Options` the same way (`chosen_options`), so that the three commands give the
same answer for the same maquette and the same configuration.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from lp_lint.cli.help import HELP, say
from lp_lint.cli.localized import lang_of
from lp_lint.i18n import default_lang
from lp_lint.run.options import Options

F = TypeVar("F", bound=Callable[..., Any])


def rule_pairs(
    ctx: click.Context, _: click.Parameter, values: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    pairs = []
    for value in values:
        key, sep, name = value.partition("=")
        if not sep or not key or not name:
            raise click.BadParameter(say("bad_pair", lang_of(ctx)).format(value=value))
        pairs.append((key, name))
    return tuple(pairs)


lang_option = click.option(
    "--lang", type=click.Choice(["fr", "en"]), default=None, help=HELP["lang"]
)
"""`--lang`, the same on every command."""
reading_option = click.option(
    "--reading",
    "readings",
    multiple=True,
    callback=rule_pairs,
    metavar="RÈGLE=LECTURE",
    help=HELP["reading"],
)
"""`--reading RULE=READING`, repeatable, for the commands that show findings and `explain`."""

_FINDING_OPTIONS = (
    lang_option,
    click.option("--regime", type=click.Choice(["lp-1999", "lp-2019"]), help=HELP["regime"]),
    reading_option,
    click.option(
        "--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path), help=HELP["rules"]
    ),
    click.option("--select", help=HELP["select"]),
    click.option("--extend-select", help=HELP["extend_select"]),
    click.option("--ignore", help=HELP["ignore"]),
    click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, exists=True, path_type=Path),
        help=HELP["config"],
    ),
    click.option("--isolated", is_flag=True, help=HELP["isolated"]),
)


def finding_options(command: F) -> F:
    """Every option that changes the findings of a maquette (dérogations live in the maquette)."""
    for option in reversed(_FINDING_OPTIONS):
        command = option(command)
    return command


_WALK_OPTIONS = (
    click.option("--exclude", "exclude", multiple=True, metavar="GLOB", help=HELP["exclude"]),
    click.option(
        "--respect-gitignore/--no-respect-gitignore", default=None, help=HELP["respect_gitignore"]
    ),
)


def walk_options(command: F) -> F:
    """The options that choose which files a directory walk reads (`check`, `report DIR`)."""
    for option in reversed(_WALK_OPTIONS):
        command = option(command)
    return command


def chosen_options(chosen: dict[str, Any], **fixed: Any) -> tuple[frozenset[str], Options]:
    """The Options of a run and the names of those the command line set (they win over files).

    `chosen` holds the values of `finding_options` (and any other Options field); `fixed` adds
    fields that are always set, such as the input limits.
    """
    values = {k: v for k, v in chosen.items() if v not in (None, ())}
    for key in ("select", "extend_select", "ignore"):
        if key in values:
            values[key] = tuple(part.strip() for part in values[key].split(",") if part.strip())
    if "exclude" in values:  # relative to where the command runs, as a shell glob would be
        here = Path.cwd()
        globs = (g.strip() for value in values["exclude"] for g in value.split(","))
        values["exclude"] = tuple((here, glob) for glob in globs if glob)
    given = frozenset(values)
    values.setdefault("lang", default_lang())  # a default, not a choice: a file's `lang` may win
    return given, Options(**fixed, **values)
