"""`check --show-files` and `--show-settings`: what a run would read, and with which settings,
without linting anything (as ruff's options of the same names)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lp_lint.cli.help import say
from lp_lint.run.discovery import config_chain, files_to_lint, options_for
from lp_lint.run.options import Options
from lp_lint.text_safety import terminal_text


def shown_files(
    paths: tuple[str, ...],
    options: Options,
    given: frozenset[str],
    isolated: bool,
    only_maquettes: bool,
) -> Iterator[str]:
    """The files `check` would lint, one a line, in the order it would lint them."""
    if paths == ("-",):
        yield "-"
        return
    for path in files_to_lint(paths, options, given, isolated, only_maquettes):
        yield terminal_text(str(path))


def shown_settings(
    paths: tuple[str, ...],
    options: Options,
    given: frozenset[str],
    isolated: bool,
    only_maquettes: bool,
) -> Iterator[str]:
    """The settings of the first file `check` would lint: the configuration files that apply
    (the extended ones first) and every setting, marked where the command line chose it.
    For standard input, `paths` is `("-", NAME)` with the name `--stdin-filename` gives."""
    if paths[0] == "-":  # standard input, configured as --stdin-filename names it
        target = Path(paths[1] if len(paths) > 1 else "-")
    else:
        found = files_to_lint(paths, options, given, isolated, only_maquettes)
        target = next(iter(found), None) or Path(paths[0])
    lang = options.lang
    chain = config_chain(target, options, given, isolated)
    yield f"{say('settings_file', lang)}: {terminal_text(str(target))}"
    configs = " ← ".join(terminal_text(str(p)) for p in chain) or say("settings_none", lang)
    yield f"{say('settings_config', lang)}: {configs}"
    chosen = options_for(target, options, given, isolated)
    for name in Options._fields:
        value = getattr(chosen, name)
        mark = f"  # {say('settings_cli', lang)}" if name in given else ""
        yield f"{name}: {terminal_text(_text(value))}{mark}"


def _text(value: object) -> str:
    if isinstance(value, tuple) and not hasattr(value, "_fields"):  # a list, not Limits
        return "[" + ", ".join(_text(v) for v in value) + "]"
    if isinstance(value, Path):
        return str(value)
    if value is None:
        return "—"
    return str(value)
