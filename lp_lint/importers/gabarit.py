"""The spreadsheet template of `lp-lint init --tableur`, and the layout `import` reads back.

Three sheets: « Formation » (one identity field a row: name in A, value in B), « Maquette »
(one row per UE or EC, the columns below) and « Aide » (what each column means). The workbook
is written by hand (a few XML parts in a zip), so that no spreadsheet library is needed to
produce it; its numbers are plain values, never formulas.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

Cell = str | float | int | None

SHEET_FORMATION = "Formation"
SHEET_MAQUETTE = "Maquette"
SHEET_AIDE = "Aide"

IDENTITE: tuple[tuple[str, str], ...] = (
    ("mention", "mention nationale (obligatoire)"),
    ("parcours", "parcours"),
    ("domaine", "domaine, « Droit, économie, gestion »"),
    ("etablissement", "université qui délivre le diplôme"),
    ("composante", "UFR, IUT ou école"),
    ("annee_universitaire", "année décrite, 2025-2026 : choisit les textes applicables"),
    ("ects", "ECTS du parcours"),
    ("duree_annees", "durée en années"),
    ("ects_acquis_entree", "ECTS exigés à l'entrée"),
    ("stage_semaines", "durée du stage en semaines à temps plein"),
    ("projet_tuteure_heures", "volume du projet tuteuré en heures étudiant"),
    ("heures_professionnels", "heures d'enseignement assurées par des professionnels"),
)
"""Rows of the « Formation » sheet: field name, and its help."""

COLONNES: tuple[tuple[str, str], ...] = (
    ("semestre", "numéro du semestre (5, 6…) ; une ligne EC peut le laisser vide"),
    ("type", "UE ou EC ; un EC appartient à l'UE écrite au-dessus de lui"),
    ("code", "code de l'UE ou de l'EC, unique dans la maquette"),
    ("intitule", "intitulé"),
    ("ects", "crédits ECTS"),
    ("coefficient", "coefficient dans la moyenne (strictement positif)"),
    ("cm", "heures de cours magistraux (heures étudiant)"),
    ("td", "heures de travaux dirigés"),
    ("tp", "heures de travaux pratiques"),
    ("projet", "heures de projet tuteuré"),
    ("nature", "enseignement, projet_tuteure, stage, memoire, periode_entreprise ou autre"),
    ("caractere", "obligatoire, optionnelle ou libre"),
    ("groupe", "groupe de choix, « G1 : 1 parmi 2 » : les lignes d'un même groupe sont au choix"),
    ("heures_professionnels", "heures assurées par des professionnels du secteur"),
)
"""Columns of the « Maquette » sheet, in order: header, and its help."""

_EXEMPLE: tuple[tuple[Cell, ...], ...] = (
    (5, "UE", "UE1", "Enseignements fondamentaux", 15, 2),
    (None, "EC", "EC11", "À nommer"),
    (5, "UE", "UE2", "Enseignements professionnels", 15, 2),
    (None, "EC", "EC21", "Langue vivante étrangère"),
    (None, "EC", "EC22", "Communication et outils numériques"),
    (6, "UE", "UE3", "Projet tuteuré", 12, 2, None, None, None, None, "projet_tuteure"),
    (6, "UE", "UE4", "Stage et mémoire", 18, 3),
    (None, "EC", "EC41", "Stage", None, None, None, None, None, None, "stage"),
    (None, "EC", "EC42", "Mémoire et soutenance", None, None, None, None, None, None, "memoire"),
)


def sheets(
    mention: str, annee: str, parcours: str, etablissement: str
) -> dict[str, list[list[Cell]]]:
    """The template's sheets as rows of cells; the numbers left blank are for the author."""
    given: dict[str, Cell] = {
        "mention": mention,
        "parcours": parcours,
        "etablissement": etablissement,
        "annee_universitaire": annee,
        "ects": 60,
        "duree_annees": 1,
    }
    formation: list[list[Cell]] = [["champ", "valeur", "aide"]]
    formation += [[name, given.get(name), help_text] for name, help_text in IDENTITE]
    maquette: list[list[Cell]] = [[name for name, _ in COLONNES]]
    maquette += [list(row) for row in _EXEMPLE]
    aide: list[list[Cell]] = [["colonne", "contenu"]]
    aide += [[name, help_text] for name, help_text in COLONNES]
    aide += [
        [],
        ["", "Une case vide est une donnée inconnue, jamais zéro : écrivez 0 pour zéro."],
        [
            "",
            "Heures : une ligne sans aucune heure a des heures inconnues ; à côté d'une heure écrite, une case d'heures vide vaut 0.",
        ],
        [
            "",
            "Une formule est lue par sa dernière valeur calculée ; sans valeur, elle est inconnue.",
        ],
        ["", "Relire avec : lp-lint import CE_FICHIER -o maquette.yaml"],
    ]
    return {SHEET_FORMATION: formation, SHEET_MAQUETTE: maquette, SHEET_AIDE: aide}


SUFFIXES = (".xlsx", ".ods", ".csv")


def template_bytes(
    suffix: str, mention: str, annee: str, parcours: str, etablissement: str
) -> bytes:
    """The template in the format its file name asks for (.xlsx, .ods or .csv)."""
    workbook = sheets(_clean(mention), _clean(annee), _clean(parcours), _clean(etablissement))
    if suffix == ".xlsx":
        return xlsx_bytes(workbook)
    if suffix == ".ods":
        return ods_bytes(workbook)
    return csv_text(workbook).encode("utf-8-sig")  # the BOM tells spreadsheets it is UTF-8


def _clean(text: str) -> str:
    """What the author typed, without the control characters XML cannot hold."""
    return "".join(ch for ch in text if ch >= " " or ch == "\t")


def column_name(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def xlsx_bytes(workbook: dict[str, list[list[Cell]]]) -> bytes:
    names = list(workbook)
    parts = {
        "[Content_Types].xml": _content_types(len(names)),
        "_rels/.rels": _RELS,
        "xl/workbook.xml": _workbook(names),
        "xl/_rels/workbook.xml.rels": _workbook_rels(len(names)),
    }
    for number, rows in enumerate(workbook.values(), start=1):
        parts[f"xl/worksheets/sheet{number}.xml"] = _worksheet(rows)
    return _zip(parts)


def ods_bytes(workbook: dict[str, list[list[Cell]]]) -> bytes:
    tables = "".join(_ods_table(name, rows) for name, rows in workbook.items())
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} '
        f'office:version="1.2"><office:body><office:spreadsheet>{tables}'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    return _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
            "META-INF/manifest.xml": _MANIFEST,
            "content.xml": content,
        }
    )


def csv_text(workbook: dict[str, list[list[Cell]]]) -> str:
    """One file: the identity rows (`champ;valeur`), a blank line, then the « Maquette » rows."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerows([row[:2] for row in workbook[SHEET_FORMATION]])
    writer.writerow([])
    writer.writerows(workbook[SHEET_MAQUETTE])
    return out.getvalue()


def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_RELS = (
    f'{_HEAD}<Relationships xmlns="{_PKG}/relationships"><Relationship Id="rId1" '
    f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


def _content_types(count: int) -> str:
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{sheet_type}"/>'
        for n in range(1, count + 1)
    )
    return (
        f'{_HEAD}<Types xmlns="{_PKG}/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{overrides}</Types>"
    )


def _workbook(names: list[str]) -> str:
    sheets_xml = "".join(
        f'<sheet name="{escape(name)}" sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(names, start=1)
    )
    return f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{sheets_xml}</sheets></workbook>'


def _workbook_rels(count: int) -> str:
    links = "".join(
        f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, count + 1)
    )
    return f'{_HEAD}<Relationships xmlns="{_PKG}/relationships">{links}</Relationships>'


def _worksheet(rows: list[list[Cell]]) -> str:
    body = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(_xlsx_cell(f"{column_name(c)}{r}", v) for c, v in enumerate(row))
        body.append(f'<row r="{r}">{cells}</row>')
    widths = '<cols><col min="1" max="1" width="24" customWidth="1"/><col min="2" max="4" width="36" customWidth="1"/></cols>'
    return f'{_HEAD}<worksheet xmlns="{_MAIN}">{widths}<sheetData>{"".join(body)}</sheetData></worksheet>'


def _xlsx_cell(ref: str, value: Cell) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
    '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def _ods_table(name: str, rows: list[list[Cell]]) -> str:
    body = "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
        for row in rows
    )
    return f'<table:table table:name="{escape(name)}">{body}</table:table>'


def _ods_cell(value: Cell) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'
