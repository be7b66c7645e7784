"""What `lp-lint import` says when a source cannot be read (its texts: `source.*` in the catalogue)."""

from __future__ import annotations

from lp_lint.i18n import MESSAGES, Lang
from lp_lint.importers.common import SourceError


def describe(error: SourceError, lang: Lang) -> str:
    """The message of `error`, with its position first when it has one."""
    text = MESSAGES[f"source.{error.key}"][lang].format(**error.values)
    return f"{error.where}: {text}" if error.where else text
