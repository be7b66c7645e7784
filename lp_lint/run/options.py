"""The settings of a run: command line over configuration file over defaults."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lp_lint.i18n import Lang
from lp_lint.reading.loader import Limits
from lp_lint.reading.source import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from lp_lint.run.config_file import ConfigFile

FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Options:
    lang: Lang = "fr"
    regime: str | None = None
    readings: tuple[tuple[str, str], ...] = ()
    rule_dirs: tuple[Path, ...] = ()
    limits: Limits = field(default_factory=Limits)
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


def from_config(config: ConfigFile, path: Path) -> dict[str, Any]:
    """The Options fields a configuration file sets (rule folders are relative to the file)."""
    folder = path.parent
    values: dict[str, Any] = {
        "select": tuple(config.select) if config.select is not None else None,
        "extend_select": tuple(config.extend_select),
        "ignore": tuple(config.ignore),
        "severities": tuple(config.severity.items()),
        "per_file_ignores": tuple(
            (glob, tuple(codes)) for glob, codes in config.per_file_ignores.items()
        ),
        "rule_dirs": tuple(folder / d for d in config.rules),
        "readings": tuple(config.readings.items()),
        "extra_values": (("mentions", tuple(config.mentions)),) if config.mentions else (),
        "fail_on": config.fail_on,
        "regime": config.regime,
        "lang": config.lang,
        "config_path": path,
    }
    return {k: v for k, v in values.items() if v is not None and v != ()}


def merge(
    cli: Options, given: frozenset[str], config: ConfigFile | None, path: Path | None
) -> Options:
    """Configuration values fill what the command line did not say; lists from both add up."""
    if config is None or path is None:
        return cli
    values = from_config(config, path)
    merged: dict[str, Any] = {}
    for item in fields(Options):
        name = item.name
        if name not in values or (
            name in given and name not in ("rule_dirs", "ignore", "extend_select")
        ):
            continue
        if name in given:  # lists from the file and the command line add up
            merged[name] = (*values[name], *getattr(cli, name))
        else:
            merged[name] = values[name]
    return replace(cli, **merged)
