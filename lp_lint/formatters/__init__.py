"""Output formats: each a function `(report, stream, settings) -> None`, imported only when used."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from lp_lint.api import Report
from lp_lint.i18n import Lang


@dataclass(frozen=True)
class Settings:
    lang: Lang = "fr"
    color: bool | None = None
    """None: colours only when the stream is a terminal."""


Formatter = Callable[[Report, TextIO, Settings], None]

FORMATS: dict[str, str] = {
    "text": "lp_lint.formatters.text",
    "json": "lp_lint.formatters.json_report",
}


def get_formatter(name: str) -> Formatter:
    module = importlib.import_module(FORMATS[name])
    formatter: Formatter = module.write
    return formatter
