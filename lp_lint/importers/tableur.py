"""Spreadsheet import (.xlsx, .ods, .csv) of the template `lp-lint init --tableur` writes.

Workbooks are read by calamine, which reads cached values and never evaluates a formula nor
runs a macro. Before calamine sees an archive, it is unpacked here once with limits (entries,
bytes actually inflated, no document type in any XML part), so that a zip bomb or an entity
bomb is refused. Every imported value carries its cell (`Maquette!D12`) in a comment.
"""

from __future__ import annotations

import io
import zipfile

from lp_lint.importers.common import Imported, SourceError, local_name, parse_xml
from lp_lint.importers.etendue import Extent, is_sheet_part
from lp_lint.importers.feuille import Sheet, Value
from lp_lint.importers.gabarit import SHEET_FORMATION, SHEET_MAQUETTE
from lp_lint.importers.tableur_lignes import build_maquette

MAX_ROWS = 2000
MAX_COLUMNS = 64
MAX_ENTRIES = 500
UNPACK_FACTOR = 10
"""An archive may inflate to ten times the byte limit (`--max-bytes`), no more."""
_MACROS = ("xl/vbaProject.bin", "Basic/", "Scripts/")


def import_tableur(data: bytes, name: str, suffix: str, max_bytes: int) -> Imported:
    notes: list[str] = []
    if suffix == ".csv":
        identite, maquette = _read_csv(data, notes)
        kind = "CSV"
    else:
        uncomputed = _check_archive(data, max_bytes, notes)
        identite, maquette = _read_workbook(data, uncomputed)
        kind = "classeur " + suffix.lstrip(".").upper()
    header = [
        f"Maquette importée par « lp-lint import » depuis {name} ({kind}, modèle lp-lint init --tableur).",
        "Chaque valeur porte en commentaire la case d'où elle vient ; les formules sont lues par "
        "leur dernière valeur calculée, jamais recalculées (sans valeur enregistrée : inconnues) ; "
        "les macros sont ignorées.",
        "Les lignes « à renseigner » sont des cases vides : absent veut dire inconnu, rien n'y est supposé.",
    ]
    root = build_maquette(identite, maquette, notes)
    return Imported(header=header + [f"note : {n}" for n in notes], root=root, notes=notes)


Uncomputed = dict[str, set[tuple[int, int]]]
"""Formula cells saved without a value, by sheet name: (row, column) counted from 1."""


def _check_archive(data: bytes, max_bytes: int, notes: list[str]) -> Uncomputed:
    """Refuse what would make calamine unpack too much or read a document type; say which
    formula cells have no saved value."""
    limit = max_bytes * UNPACK_FACTOR
    uncomputed: Uncomputed = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise SourceError("archive_entries", count=len(infos), max=MAX_ENTRIES)
            declared = sum(info.file_size for info in infos)
            if declared > limit:
                raise SourceError("archive_large", size=declared, max=limit)
            inflated = 0
            for info in infos:
                if info.filename.startswith(_MACROS):
                    notes.append(f"macros présentes ({info.filename}) : ignorées, jamais exécutées")
                inflated = _inflate(archive, info, inflated, limit, uncomputed)
            return _by_sheet_name(archive, uncomputed)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as error:
        raise SourceError("archive", reason=str(error)) from error
    except (OSError, EOFError) as error:  # zlib and truncated members
        raise SourceError("archive", reason=str(error)) from error


def _inflate(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    inflated: int,
    limit: int,
    uncomputed: Uncomputed,
) -> int:
    """Inflate one member in chunks, counting real bytes (declared sizes can lie), and measure
    how far a worksheet's values reach before calamine lays it out."""
    is_xml = info.filename.endswith((".xml", ".rels"))
    extent = Extent(info.filename, MAX_ROWS, MAX_COLUMNS) if is_sheet_part(info.filename) else None
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 16):
            inflated += len(chunk)
            if inflated > limit:
                raise SourceError("archive_large", size=f"> {limit}", max=limit)
            window = tail + chunk
            if is_xml and (b"<!DOCTYPE" in window or b"<!ENTITY" in window):
                raise SourceError("xml_dtd", info.filename)
            tail = chunk[-16:]
            if extent:
                extent.feed(chunk)
    if extent:
        extent.feed(b"", last=True)
        uncomputed.update(extent.uncomputed)
    return inflated


def _by_sheet_name(archive: zipfile.ZipFile, by_part: Uncomputed) -> Uncomputed:
    """xlsx cells are found by worksheet part: name them by sheet (ODS ones already are)."""
    names = set(archive.namelist())
    if (
        not any(part.startswith("xl/") for part in by_part)
        or not {
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
        }
        <= names
    ):
        return by_part
    targets = {
        ref.get("Id"): ref.get("Target", "")
        for ref in parse_xml(archive.read("xl/_rels/workbook.xml.rels")).iter()
        if local_name(ref.tag) == "Relationship"
    }
    found: Uncomputed = {}
    for sheet in parse_xml(archive.read("xl/workbook.xml")).iter():
        if local_name(sheet.tag) != "sheet":
            continue
        rid = next((v for k, v in sheet.attrib.items() if local_name(k) == "id"), "")
        target = targets.get(rid, "")
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        if part in by_part:
            found[sheet.get("name", "")] = by_part[part]
    return found


def _read_workbook(data: bytes, uncomputed: Uncomputed) -> tuple[Sheet | None, Sheet]:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = {n.casefold(): n for n in book.sheet_names}
        if SHEET_MAQUETTE.casefold() not in names:
            raise SourceError(
                "sheet_missing", sheet=SHEET_MAQUETTE, sheets=", ".join(names.values())
            )
        sheets = [
            _sheet(book.get_sheet_by_name(names[wanted.casefold()]), uncomputed)
            if wanted.casefold() in names
            else None
            for wanted in (SHEET_FORMATION, SHEET_MAQUETTE)
        ]
    except SourceError:
        raise
    except Exception as error:  # calamine's errors share no base class but Exception
        raise SourceError("archive", reason=str(error)) from error
    identite, maquette = sheets
    assert maquette is not None
    return identite, maquette


def _sheet(sheet: object, uncomputed: Uncomputed) -> Sheet:
    from python_calamine import CalamineSheet

    assert isinstance(sheet, CalamineSheet)
    height, width = sheet.total_height + 1, sheet.total_width + 1
    if height > MAX_ROWS or width > MAX_COLUMNS:
        raise SourceError(
            "sheet_large",
            sheet=sheet.name,
            rows=height,
            columns=width,
            max_rows=MAX_ROWS,
            max_columns=MAX_COLUMNS,
        )
    rows = sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS)
    values: list[list[Value]] = [list(row) for row in rows]
    cells = uncomputed.get(sheet.name, set())
    return Sheet(sheet.name, values, uncomputed=frozenset((r - 1, c - 1) for r, c in cells))


def _read_csv(data: bytes, notes: list[str]) -> tuple[Sheet | None, Sheet]:
    """Identity rows `champ;valeur` first, then from the row starting `semestre`, the UE/EC rows."""
    import csv

    from lp_lint.reading.source import decode_bytes

    text = decode_bytes(data).text
    if text is None:
        text = data.decode("cp1252", errors="replace")
        notes.append("CSV lu en Windows-1252 (pas en UTF-8) : vérifiez les accents")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";"
    rows: list[list[Value]] = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        if len(rows) >= MAX_ROWS or len(row) > MAX_COLUMNS:
            raise SourceError(
                "sheet_large",
                sheet="CSV",
                rows=f"{len(rows) + 1}+",
                columns=len(row),
                max_rows=MAX_ROWS,
                max_columns=MAX_COLUMNS,
            )
        rows.append(list(row))
    start = next(
        (i for i, row in enumerate(rows) if row and str(row[0]).strip().casefold() == "semestre"),
        None,
    )
    if start is None:
        raise SourceError("header_missing", column="semestre", sheet="CSV")
    return Sheet("", rows[:start]), Sheet("", rows[start:], first_row=start + 1)
