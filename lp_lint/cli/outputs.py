"""What `-o` asks for: which file, in which format, and whether it replaces the screen.

`-o FORMAT=FILE` adds an output in FORMAT; `-o FILE` sends the main output to FILE instead of
the screen, in the format `--format` names, else the one FILE's extension names (`.sarif`,
`.json`, `.xml`, `.md`…), else the default. A prefix before `=` that is no format is refused
with the nearest format, since a file named `sarf=y.sarif` is never what was meant; a file
whose name holds `=` is written `./a=b.json`. An extension that names another format than
`--format` is refused too: the file would lie about its content.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import NamedTuple

from lp_lint.cli.help import say
from lp_lint.i18n import Lang
from lp_lint.reports import UsageError
from lp_lint.text_safety import terminal_text

CHECK_EXTENSIONS: Mapping[str, str] = {
    ".sarif": "sarif",
    ".json": "json",
    ".xml": "junit",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}
REPORT_EXTENSIONS: Mapping[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}
ALSO_FITS: Mapping[str, Collection[str]] = {
    ".json": ("json", "sarif", "gitlab"),
    ".txt": ("text", "concise", "github"),
}
"""Formats an extension holds besides its own (SARIF and GitLab reports are JSON)."""


class Output(NamedTuple):
    format: str
    path: Path
    replaces_screen: bool
    """`-o FILE`: the main output goes to the file instead of the screen."""


def parse_outputs(
    values: tuple[str, ...],
    formats: Collection[str],
    explicit: str | None,
    default: str,
    lang: Lang,
    extensions: Mapping[str, str] = CHECK_EXTENSIONS,
) -> list[Output]:
    """The outputs `-o` names (see the module docstring); raises UsageError for a bad one."""
    outputs = []
    for value in values:
        name, sep, rest = value.partition("=")
        if sep and name in formats:
            if not rest:
                raise UsageError(say("output_no_file", lang).format(value=value))
            outputs.append(Output(name, Path(rest), False))
        elif sep and not _is_a_path(name):
            raise UsageError(_not_a_format(value, name, formats, lang))
        else:
            path = Path(value)
            outputs.append(
                Output(_format_of(path, explicit, default, extensions, lang), path, True)
            )
    return outputs


def _is_a_path(prefix: str) -> bool:
    """`./a=b.json`, `out/a=b.json`, `a.b=c`: the `=` is part of a file name."""
    return any(mark in prefix for mark in ("/", "\\", ".")) or not prefix


def _not_a_format(value: str, name: str, formats: Collection[str], lang: Lang) -> str:
    from lp_lint.suggest import suggest  # difflib, for a slip only

    close = suggest(name, formats)
    key = "output_unknown_format_suggest" if close else "output_unknown_format"
    return say(key, lang).format(
        value=terminal_text(value),
        name=terminal_text(name),
        suggestion=close,
        formats=", ".join(sorted(formats)),
    )


def _format_of(
    path: Path, explicit: str | None, default: str, extensions: Mapping[str, str], lang: Lang
) -> str:
    suffix = path.suffix.lower()
    named = extensions.get(suffix)
    if explicit is None:
        return named or default
    if named is not None and explicit not in (named, *ALSO_FITS.get(suffix, ())):
        raise UsageError(
            say("output_extension_conflict", lang).format(
                path=terminal_text(str(path)), suffix=suffix, named=named, explicit=explicit
            )
        )
    return explicit


def written_note(output: Output, lang: Lang) -> str:
    """The line on standard error that says what was written where."""
    return "lp-lint: " + say("output_written", lang).format(
        format=output.format, path=terminal_text(str(output.path))
    )
