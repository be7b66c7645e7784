"""Output formats: each a function `(report, stream, settings) -> None`, imported only when used."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, TextIO

from lp_lint.api import Report
from lp_lint.i18n import Lang


class Settings(NamedTuple):
    lang: Lang = "fr"
    color: bool | None = None
    """None: colours only when the stream is a terminal."""
    show_waived: bool = False
    show_source: bool = False
    """Text format: a code frame under each finding."""
    statistics: bool = False
    """Text format: a count of findings per rule after the report."""


def relative_uri(path: str) -> str:
    """A report path as CI tools want it: relative to the working directory, `/`-separated."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return candidate.as_posix()
    text = candidate.as_posix()
    return text[2:] if text.startswith("./") else text


Formatter = Callable[[Report, TextIO, Settings], None]

FORMATS: dict[str, str] = {
    "text": "lp_lint.formatters.text",
    "concise": "lp_lint.formatters.concise",
    "json": "lp_lint.formatters.json_report",
    "sarif": "lp_lint.formatters.sarif",
    "github": "lp_lint.formatters.github",
    "gitlab": "lp_lint.formatters.gitlab",
    "junit": "lp_lint.formatters.junit",
    "markdown": "lp_lint.formatters.markdown",
}


def get_formatter(name: str) -> Formatter:
    module = importlib.import_module(FORMATS[name])
    formatter: Formatter = module.write
    return formatter
