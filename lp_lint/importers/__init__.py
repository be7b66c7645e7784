"""`lp-lint import`: maquettes built from the data universities already have.

One module per source (ScoDoc formation XML, CDM-fr XML, spreadsheet), each returning an `Imported`
maquette that `writer` turns into commented YAML. Heavy readers are imported only when a
source of their kind is read, so that `lp-lint check` starts as fast as before.
"""

from __future__ import annotations

from pathlib import Path

from lp_lint.importers.common import Imported, SourceError
from lp_lint.reading.source import DEFAULT_MAX_BYTES, read_path

KINDS = ("scodoc", "cdmfr", "tableur")
SPREADSHEET_SUFFIXES = (".xlsx", ".ods", ".csv")

__all__ = ["KINDS", "Imported", "SourceError", "import_path"]


def import_path(
    path: Path,
    kind: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    xsd: Path | None = None,
) -> Imported:
    """Read `path` (at most `max_bytes`) and build its maquette; a bad source is a `SourceError`.

    `xsd` is the CDM-fr schema (file or folder) a CDM-fr source is first validated against.
    """
    try:
        if path.is_dir():
            raise SourceError("is_dir")
        data = read_path(path, max_bytes)  # bounded, whatever the file system says
        if data is None:
            raise SourceError("too_large", size=f"≥ {max_bytes + 1}", max=max_bytes)
    except OSError as error:
        raise SourceError("unreadable", reason=error.strerror or str(error)) from error
    imported = _import(data, path, kind or guess_kind(path, data), max_bytes, xsd)
    size = len(imported.text().encode("utf-8"))
    if size > max_bytes:  # `lp-lint check` would refuse it: write nothing rather
        raise SourceError("output_large", size=size, max=max_bytes)
    return imported


def _import(data: bytes, path: Path, kind: str, max_bytes: int, xsd: Path | None) -> Imported:
    if kind == "tableur":
        from lp_lint.importers.tableur import import_tableur

        return import_tableur(data, path.name, path.suffix.lower(), max_bytes)
    if kind == "cdmfr":
        from lp_lint.importers.cdmfr import import_cdmfr

        return import_cdmfr(data, path.name, xsd)
    from lp_lint.importers.scodoc import import_scodoc

    return import_scodoc(data, path.name)


def guess_kind(path: Path, data: bytes) -> str:
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        return "tableur"
    if path.suffix.lower() == ".xml" or data.lstrip().startswith(b"<"):
        return "cdmfr" if b"cdm-fr.fr/" in data[:4096] else "scodoc"
    raise SourceError("unknown_kind", suffix=path.suffix or "?")
