"""The settings of a run: command line over configuration file over defaults."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from lp_lint.i18n import Lang
from lp_lint.reading.loader import Limits
from lp_lint.reading.source import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from lp_lint.run.config_values import ConfigValues

FAIL_ON = ("error", "warning", "info", "never")


class Options(NamedTuple):
    """A run's settings, immutable and hashable (one set of rule packs per distinct value)."""

    lang: Lang = "fr"
    regime: str | None = None
    readings: tuple[tuple[str, str], ...] = ()
    rule_dirs: tuple[Path, ...] = ()
    limits: Limits = Limits()
    max_bytes: int = DEFAULT_MAX_BYTES
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: tuple[tuple[str, str], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str = "error"
    extra_values: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """The configuration's lists of values by name (`mentions`): a rule that names one
    (`etendue_par`) accepts its values besides its own."""
    config_path: Path | None = None
    exclude: tuple[tuple[Path, str], ...] = ()
    """Globs (gitignore syntax) a directory walk leaves out, each with the folder it is relative to."""
    respect_gitignore: bool = True


def from_config(config: ConfigValues, path: Path) -> dict[str, Any]:
    """The Options fields a configuration file sets (rule folders are relative to the file)."""
    folder = path.parent
    values: dict[str, Any] = {
        "select": tuple(config.select) if config.select is not None else None,
        "extend_select": tuple(config.extend_select),
        "ignore": tuple(config.ignore),
        "severities": tuple(config.severity.items()),
        "per_file_ignores": tuple(
            (_anchored(folder, glob), tuple(codes))
            for glob, codes in config.per_file_ignores.items()
        ),
        "rule_dirs": tuple(folder / d for d in config.rules),
        "readings": tuple(config.readings.items()),
        "extra_values": (("mentions", tuple(config.mentions)),) if config.mentions else (),
        "exclude": tuple((folder, glob) for glob in config.exclude),
        "respect_gitignore": config.respect_gitignore,
        "fail_on": config.fail_on,
        "regime": config.regime,
        "lang": config.lang,
        "config_path": path,
    }
    return {k: v for k, v in values.items() if v is not None and v != ()}


def _anchored(folder: Path, glob: str) -> str:
    """A per-file glob that names folders, made absolute from the file that declares it (an
    extended file's globs keep their own folder); a bare name matches at any depth as before."""
    import glob as globs

    if "/" not in glob:
        return glob
    return globs.escape(folder.resolve().as_posix()) + "/" + glob.removeprefix("./")


ADD_UP = ("rule_dirs", "ignore", "extend_select", "exclude")
"""The lists that the command line adds to a configuration's instead of replacing them."""
MERGED = ("severities", "per_file_ignores", "readings")
"""The tables a configuration merges with those of the file it extends (its own entries win)."""


def from_chain(chain: list[tuple[ConfigValues, Path]]) -> dict[str, Any]:
    """The Options fields a configuration sets, the files it extends first: lists add up,
    tables merge, and for anything else the extending file wins."""
    values: dict[str, Any] = {}
    for config, path in chain:
        for name, value in from_config(config, path).items():
            if name in ADD_UP or name == "extra_values":
                value = (
                    _joined((*values.get(name, ()), *value))
                    if name == "extra_values"
                    else (
                        *values.get(name, ()),
                        *value,
                    )
                )
            elif name in MERGED:
                value = tuple({**dict(values.get(name, ())), **dict(value)}.items())
            values[name] = value
    return values


def _joined(
    pairs: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    joined: dict[str, tuple[str, ...]] = {}
    for key, items in pairs:
        joined[key] = (*joined.get(key, ()), *items)
    return tuple(joined.items())


def merge(cli: Options, given: frozenset[str], chain: list[tuple[ConfigValues, Path]]) -> Options:
    """Configuration values fill what the command line did not say; lists from both add up."""
    if not chain:
        return cli
    values = from_chain(chain)
    merged: dict[str, Any] = {}
    for name in Options._fields:
        if name not in values or (name in given and name not in ADD_UP):
            continue
        if name in given:  # lists from the file and the command line add up
            merged[name] = (*values[name], *getattr(cli, name))
        else:
            merged[name] = values[name]
    return cli._replace(**merged)
