"""Spreadsheet import: not written yet."""

from __future__ import annotations

from lp_lint.importers.common import Imported, SourceError


def import_tableur(data: bytes, name: str, suffix: str, max_bytes: int) -> Imported:
    raise SourceError("unknown_kind", suffix=suffix)
