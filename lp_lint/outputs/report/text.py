"""How the report pages write values: the one place where each format's escaping is decided
(through `text_safety`, shared with every output), numbers in the reader's way, and the colon
of each language."""

from __future__ import annotations

from html import escape

from lp_lint.i18n import Lang, format_value
from lp_lint.text_safety import markdown_code, markdown_link, markdown_text, xml_text

__all__ = ["colon", "html_text", "markdown_code", "markdown_link", "markdown_text", "number"]


def html_text(value: object) -> str:
    """A value as HTML text (or attribute) content: no markup, nothing XML forbids."""
    return escape(xml_text(str(value)))


def colon(lang: Lang) -> str:
    """French sets a colon apart with a space; English does not."""
    return " : " if lang == "fr" else ": "


def number(value: float | None, lang: Lang, spec: str = "") -> str:
    """A number the reader's way; "?" when unknown (never 0)."""
    return "?" if value is None else format_value(value, lang, spec)
