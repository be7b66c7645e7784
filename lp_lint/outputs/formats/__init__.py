"""Output formats: each a function `(report, stream, settings) -> None`, imported only when used."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import NamedTuple, TextIO

from lp_lint.i18n import Lang
from lp_lint.reports import Report


class Settings(NamedTuple):
    lang: Lang = "fr"
    color: bool | None = None
    """None: colours only when the stream is a terminal."""
    show_waived: bool = False
    show_source: bool = False
    """Text format: a code frame under each finding."""
    statistics: bool = False
    """Text format: a count of findings per rule after the report."""
    quiet: bool = False
    """Text format: findings only (no summary, no file without findings)."""


Formatter = Callable[[Report, TextIO, Settings], None]

FORMATS: dict[str, str] = {
    "text": "lp_lint.outputs.formats.text",
    "concise": "lp_lint.outputs.formats.concise",
    "json": "lp_lint.outputs.formats.json_report",
    "sarif": "lp_lint.outputs.formats.sarif",
    "github": "lp_lint.outputs.formats.github",
    "gitlab": "lp_lint.outputs.formats.gitlab",
    "junit": "lp_lint.outputs.formats.junit",
    "markdown": "lp_lint.outputs.formats.markdown",
}


def get_formatter(name: str) -> Formatter:
    module = importlib.import_module(FORMATS[name])
    formatter: Formatter = module.write
    return formatter
