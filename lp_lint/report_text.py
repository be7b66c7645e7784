"""How the report pages write values: the one place where each format's escaping is decided,
numbers in the reader's way, and the colon of each language."""

from __future__ import annotations

from html import escape

from lp_lint.i18n import Lang, format_value


def html_text(value: object) -> str:
    """A value as HTML text (or attribute) content."""
    return escape(str(value))


def markdown_text(value: object) -> str:
    """A value as Markdown text."""
    return str(value)


def colon(lang: Lang) -> str:
    """French sets a colon apart with a space; English does not."""
    return " : " if lang == "fr" else ": "


def number(value: float | None, lang: Lang, spec: str = "") -> str:
    """A number the reader's way; "?" when unknown (never 0)."""
    return "?" if value is None else format_value(value, lang, spec)
