"""Spreadsheets: the template `init --tableur` writes, read back by `import`, and its limits."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.importers import gabarit
from lp_lint.importers.tableur import MAX_COLUMNS, MAX_ENTRIES, MAX_ROWS, UNPACK_FACTOR
from lp_lint.reading.loader import load_yaml
from tests.test_import_scodoc import FIXTURES, codes, findings_of, imported

CSV = FIXTURES / "lp-commerce.csv"


def workbook_from_csv() -> dict[str, list[list[gabarit.Cell]]]:
    """The CSV fixture as the sheets of a workbook, numbers as number cells."""
    rows = list(csv.reader(io.StringIO(CSV.read_text(encoding="utf-8")), delimiter=";"))
    blank = rows.index([])

    def typed(row: list[str]) -> list[gabarit.Cell]:
        return [float(v) if v.isdigit() else (v or None) for v in row]

    return {
        gabarit.SHEET_FORMATION: [typed(r) for r in rows[:blank]],
        gabarit.SHEET_MAQUETTE: [typed(r) for r in rows[blank + 1 :]],
    }


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def import_result(source: Path, *options: str) -> tuple[int, str, str]:
    target = source.with_suffix(".yaml")
    result = CliRunner().invoke(
        main, ["import", str(source), "-o", str(target), "--lang", "fr", *options]
    )
    text = target.read_text(encoding="utf-8") if target.exists() else ""
    return result.exit_code, result.stderr, text


def test_the_csv_fixture_lints_with_the_findings_its_data_implies(tmp_path: Path) -> None:
    path = imported(CSV, tmp_path)
    # the choice group « G1 : 1 parmi 2 » is a choice of the format: one path counts one option
    code, findings = findings_of(path)
    # S5 now counts one option (30 ECTS); the team's total of professionals' hours (130 h)
    # counted both options, so it disagrees with what a student follows (100 h)
    assert code == 1
    assert codes(findings, "error") == {"N002"} and "CN301" not in codes(findings, "warning")
    pros = next(f for f in findings if f["code"] == "N002")
    assert "100 h" in str(pros["message"]) and "parcours avec" not in str(pros["message"])
    assert not [f for f in findings if str(f["code"]).startswith("S")]


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_a_workbook_reads_like_the_csv_and_names_its_cells(tmp_path: Path, suffix: str) -> None:
    book = workbook_from_csv()
    data = gabarit.xlsx_bytes(book) if suffix == ".xlsx" else gabarit.ods_bytes(book)
    code, _, text = import_result(write(tmp_path, "lp" + suffix, data))
    assert code == 0
    from_csv = imported(CSV, tmp_path).read_text(encoding="utf-8")
    assert load_yaml(text).data == load_yaml(from_csv).data
    assert 'code: "EC11"  # Maquette!C3' in text
    assert "heures: {cm: 20, td: 30}  # Maquette!G3:J3" in text
    assert 'mention: "Commercialisation de produits et services"  # Formation!B2' in text


def test_a_choice_group_becomes_a_choice_of_the_semester(tmp_path: Path) -> None:
    text = imported(CSV, tmp_path).read_text(encoding="utf-8")
    data = load_yaml(text).data
    (s5, s6) = data["semestres"]
    assert s5["choix"] == [{"code": "G1", "parmi": ["UE5a", "UE5b"], "nombre": 1}]
    assert "choix" not in s6
    assert all("caractere" not in ue for ue in s5["ues"])  # a member of a choice, not a bonus
    assert "nombre: 1  # « G1 : 1 parmi 2 », M" in text


def maquette_rows(groups: dict[str, str]) -> str:
    """The CSV fixture with the `groupe` cells of the rows whose code is a key replaced."""
    lines = []
    for line in CSV.read_text(encoding="utf-8").splitlines():
        cells = line.split(";")
        if len(cells) > 12 and cells[2] in groups:
            cells[12] = groups[cells[2]]
        lines.append(";".join(cells))
    return "\n".join(lines) + "\n"


def test_a_choice_among_ecs_is_written_in_its_ue(tmp_path: Path) -> None:
    groups = {"EC21": "A : 1 parmi 2", "EC22": "A : 1 parmi 2", "UE5a": "", "UE5b": ""}
    source = write(tmp_path, "ecs.csv", maquette_rows(groups).encode())
    code, _, text = import_result(source)
    assert code == 0
    ues = {ue["code"]: ue for s in load_yaml(text).data["semestres"] for ue in s["ues"]}
    assert ues["UE2"]["choix"] == [{"code": "A", "parmi": ["EC21", "EC22"], "nombre": 1}]
    assert not any("choix" in s for s in load_yaml(text).data["semestres"])


def test_a_group_that_does_not_say_how_many_is_left_to_fill_in(tmp_path: Path) -> None:
    source = write(tmp_path, "g.csv", maquette_rows({"UE5a": "G1", "UE5b": "G1"}).encode())
    code, _, text = import_result(source)
    assert code == 0
    (choix,) = load_yaml(text).data["semestres"][0]["choix"]
    assert choix == {"code": "G1", "parmi": ["UE5a", "UE5b"], "nombre": None}
    assert "à renseigner" in text.split("nombre: null", 1)[1].splitlines()[0]
    lint_code, findings = findings_of(source.with_suffix(".yaml"))
    assert lint_code == 1 and "S001" in codes(findings, "error")  # never read as 1


def test_a_group_of_one_row_or_without_codes_is_said_not_written(tmp_path: Path) -> None:
    source = write(tmp_path, "one.csv", maquette_rows({"UE5b": ""}).encode())
    code, _, text = import_result(source)
    assert code == 0
    assert not any("choix" in s for s in load_yaml(text).data["semestres"])
    assert "« G1 : 1 parmi 2 » (M" in text and "un seul élément" in text


def test_hours_empty_everywhere_are_unknown_and_empty_beside_a_value_are_zero(
    tmp_path: Path,
) -> None:
    data = load_yaml(imported(CSV, tmp_path).read_text(encoding="utf-8")).data
    ues = {ue["code"]: ue for s in data["semestres"] for ue in s["ues"]}
    assert ues["UE2"]["ecs"][0]["heures"] == {"td": 30}
    assert "heures" not in ues["UE4"]  # the stage row has no hours at all: unknown
    assert ues["UE3"]["heures"] == {"projet": 150}


def test_init_tableur_writes_a_template_that_imports_and_lints_without_error(
    tmp_path: Path,
) -> None:
    for suffix in gabarit.SUFFIXES:
        template = tmp_path / f"modele{suffix}"
        args = ["init", "--tableur", str(template), "--mention", "Logistique", "--annee"]
        result = CliRunner().invoke(
            main, [*args, "2025-2026", "--parcours", "", "--etablissement", ""]
        )
        assert result.exit_code == 0, result.output
        assert not (tmp_path / "maquette.yaml").exists()
        (tmp_path / suffix.strip(".")).mkdir()
        code, findings = findings_of(imported(template, tmp_path / suffix.strip(".")))
        assert code == 0 and not codes(findings, "error")
        again = CliRunner().invoke(
            main, [*args, "2025-2026", "--parcours", "", "--etablissement", ""]
        )
        assert again.exit_code == 2  # never over an existing file


def test_init_tableur_refuses_an_unknown_suffix(tmp_path: Path) -> None:
    args = ["init", "--tableur", str(tmp_path / "m.txt"), "--mention", "M", "--annee", "2025-2026"]
    result = CliRunner().invoke(main, [*args, "--parcours", "", "--etablissement", ""])
    assert result.exit_code == 2 and not (tmp_path / "m.txt").exists()


def patched_xlsx(
    edit: dict[str, bytes | None], book: dict[str, list[list[gabarit.Cell]]] | None = None
) -> bytes:
    """The template workbook with members replaced, added or (None) removed."""
    source = zipfile.ZipFile(io.BytesIO(gabarit.xlsx_bytes(book or workbook_from_csv())))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename not in edit:
                archive.writestr(info.filename, source.read(info))
        for name, data in edit.items():
            if data is not None:
                archive.writestr(name, data)
    return out.getvalue()


def test_formulas_are_read_by_their_cached_value_and_unknown_without_one(tmp_path: Path) -> None:
    sheet = gabarit.xlsx_bytes(workbook_from_csv())
    member = zipfile.ZipFile(io.BytesIO(sheet)).read("xl/worksheets/sheet2.xml").decode()
    member = member.replace('<c r="E2"><v>12.0</v></c>', '<c r="E2"><f>6*2</f><v>12</v></c>')
    member = member.replace('<c r="E5"><v>12.0</v></c>', '<c r="E5"><f>6*2</f></c>')
    assert "<f>6*2</f><v>" in member and "<f>6*2</f></c>" in member
    source = write(tmp_path, "f.xlsx", patched_xlsx({"xl/worksheets/sheet2.xml": member.encode()}))
    code, _, text = import_result(source)
    assert code == 0
    ues = {ue["code"]: ue for s in load_yaml(text).data["semestres"] for ue in s["ues"]}
    assert ues["UE1"]["ects"] == 12
    assert "ects" not in ues["UE2"]  # a formula never computed is unknown, not 0
    assert "# ects: à renseigner (formule sans valeur calculée en Maquette!E5)" in text


@pytest.mark.parametrize("saved", [True, False])
def test_a_coefficient_formula_is_read_only_with_its_saved_value(
    tmp_path: Path, saved: bool
) -> None:
    sheet = gabarit.xlsx_bytes(workbook_from_csv())
    member = zipfile.ZipFile(io.BytesIO(sheet)).read("xl/worksheets/sheet2.xml").decode()
    formula = '<c r="F2"><f>1+1</f><v>2</v></c>' if saved else '<c r="F2"><f>1+1</f></c>'
    assert '<c r="F2"><v>2.0</v></c>' in member
    member = member.replace('<c r="F2"><v>2.0</v></c>', formula)
    source = write(tmp_path, "f.xlsx", patched_xlsx({"xl/worksheets/sheet2.xml": member.encode()}))
    code, stderr, text = import_result(source)
    assert code == 0, stderr
    ue1 = load_yaml(text).data["semestres"][0]["ues"][0]
    if saved:
        assert ue1["coefficient"] == 2 and "formule" not in stderr
    else:
        assert "coefficient" not in ue1 and "Maquette!F2" in stderr
        assert "# coefficient: à renseigner (formule sans valeur calculée en Maquette!F2)" in text


XLSX_EC11_HOURS = '<c r="G3"><v>20.0</v></c><c r="H3"><v>30.0</v></c>'
ODS_EC11_TD = (
    '<table:table-cell office:value-type="float" office:value="30.0"><text:p>30.0</text:p>'
    "</table:table-cell>"
)


def with_ec11_hours(suffix: str, saved: bool) -> bytes:
    """EC11's hour cells as formulas; the td one (H3) with or without its saved value."""
    book = workbook_from_csv()
    if suffix == ".xlsx":
        value = "<v>30</v>" if saved else ""
        cells = f'<c r="G3"><f>10+10</f><v>20</v></c><c r="H3"><f>A1*2</f>{value}</c><c r="I3"><v>15</v></c>'
        member = zipfile.ZipFile(io.BytesIO(gabarit.xlsx_bytes(book))).read(
            "xl/worksheets/sheet2.xml"
        )
        text = member.decode()
        assert XLSX_EC11_HOURS in text
        return patched_xlsx(
            {"xl/worksheets/sheet2.xml": text.replace(XLSX_EC11_HOURS, cells).encode()}
        )
    archive = zipfile.ZipFile(io.BytesIO(gabarit.ods_bytes(book)))
    content = archive.read("content.xml").decode()
    at = content.index("EC11")
    cell = (
        '<table:table-cell table:formula="of:=[.A1]*2" office:value-type="float" office:value="30">'
        "<text:p>30</text:p></table:table-cell>"
        if saved
        else '<table:table-cell table:formula="of:=[.A1]*2"/>'
    )
    assert ODS_EC11_TD in content[at:]
    content = content[:at] + content[at:].replace(ODS_EC11_TD, cell, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for name in archive.namelist():
            copy.writestr(name, content if name == "content.xml" else archive.read(name))
    return out.getvalue()


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
@pytest.mark.parametrize("saved", [True, False])
def test_an_hour_formula_without_a_saved_value_makes_the_row_s_hours_unknown(
    tmp_path: Path, suffix: str, saved: bool
) -> None:
    source = write(tmp_path, "f" + suffix, with_ec11_hours(suffix, saved))
    code, stderr, text = import_result(source)
    assert code == 0, stderr
    ec11 = load_yaml(text).data["semestres"][0]["ues"][0]["ecs"][0]
    assert ec11["code"] == "EC11"
    if saved:
        assert ec11["heures"]["td"] == 30 and "formule" not in stderr
    else:  # never {cm: 20, tp: 15} with td counted 0
        assert "heures" not in ec11
        assert "# heures: à renseigner (formule sans valeur calculée en Maquette!H3)" in text
        assert "Maquette!H3" in stderr


def test_macros_are_ignored_and_said(tmp_path: Path) -> None:
    source = write(tmp_path, "m.xlsx", patched_xlsx({"xl/vbaProject.bin": b"\x00macro"}))
    code, stderr, text = import_result(source)
    assert code == 0 and "macros présentes" in stderr and "macros présentes" in text


def test_a_document_type_inside_a_workbook_is_refused(tmp_path: Path) -> None:
    laughs = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><worksheet/>'
    source = write(tmp_path, "d.xlsx", patched_xlsx({"xl/worksheets/sheet2.xml": laughs}))
    code, stderr, text = import_result(source)
    assert code == 2 and "DOCTYPE" in stderr and text == ""


def test_a_zip_bomb_is_refused_by_the_bytes_it_inflates_to(tmp_path: Path) -> None:
    max_bytes = 100_000
    limit = max_bytes * UNPACK_FACTOR
    base = len(
        b"".join(
            zipfile.ZipFile(io.BytesIO(patched_xlsx({}))).read(i)
            for i in zipfile.ZipFile(io.BytesIO(patched_xlsx({}))).namelist()
        )
    )
    fits = write(tmp_path, "fits.xlsx", patched_xlsx({"docProps/pad.bin": b"\0" * (limit - base)}))
    bomb = write(
        tmp_path, "bomb.xlsx", patched_xlsx({"docProps/pad.bin": b"\0" * (limit - base + 1)})
    )
    assert bomb.stat().st_size < max_bytes  # small on disk, large once inflated
    assert import_result(fits, "--max-bytes", str(max_bytes))[0] == 0
    code, stderr, _ = import_result(bomb, "--max-bytes", str(max_bytes))
    assert code == 2 and "décompressé" in stderr


def test_the_number_of_archive_members_is_bounded(tmp_path: Path) -> None:
    count = len(zipfile.ZipFile(io.BytesIO(patched_xlsx({}))).namelist())
    padding = {f"pad/{n}.txt": b"" for n in range(MAX_ENTRIES - count)}
    fits = write(tmp_path, "fits.xlsx", patched_xlsx(dict(padding)))
    over = write(tmp_path, "over.xlsx", patched_xlsx({**padding, "pad/last.txt": b""}))
    assert import_result(fits)[0] == 0
    code, stderr, _ = import_result(over)
    assert code == 2 and str(MAX_ENTRIES) in stderr


@pytest.mark.parametrize(
    ("rows", "columns", "accepted"),
    [
        (MAX_ROWS, 1, True),
        (MAX_ROWS + 1, 1, False),
        (2, MAX_COLUMNS, True),
        (2, MAX_COLUMNS + 1, False),
    ],
)
def test_a_huge_sheet_is_refused_before_it_is_read(
    tmp_path: Path, rows: int, columns: int, accepted: bool
) -> None:
    book = workbook_from_csv()
    maquette = book[gabarit.SHEET_MAQUETTE]
    maquette += [[] for _ in range(rows - len(maquette) - 1)] + [[None] * (columns - 1) + ["x"]]
    source = write(tmp_path, "big.ods", gabarit.ods_bytes(book))
    code, stderr, _ = import_result(source)
    assert (code == 0) is accepted, stderr
    if not accepted:
        assert "refusée" in stderr


def test_a_csv_in_windows_1252_with_commas_is_read_and_said(tmp_path: Path) -> None:
    text = (
        CSV.read_text(encoding="utf-8")
        .replace(";", ",")
        .replace("Droit, économie, gestion", "Droit économie gestion")
    )
    source = write(tmp_path, "w.csv", text.encode("cp1252"))
    code, stderr, yaml_text = import_result(source)
    assert code == 0 and "Windows-1252" in stderr
    assert (
        load_yaml(yaml_text).data["semestres"][0]["ues"][0]["ecs"][0]["intitule"]
        == "Économie et droit"
    )


def test_sources_without_the_template_s_shape_are_refused(tmp_path: Path) -> None:
    no_sheet = write(tmp_path, "a.xlsx", gabarit.xlsx_bytes({"Feuil1": [["x"]]}))
    assert "« Maquette » absente" in import_result(no_sheet)[1]
    no_header = write(tmp_path, "b.csv", b"champ;valeur\nmention;M\n")
    assert "« semestre »" in import_result(no_header)[1]
    broken = write(tmp_path, "c.xlsx", b"PK\x03\x04 not a zip")
    code, stderr, _ = import_result(broken)
    assert code == 2 and "classeur illisible" in stderr


def test_a_cell_that_is_not_a_number_is_left_to_fill_in_with_its_cell(tmp_path: Path) -> None:
    text = CSV.read_text(encoding="utf-8").replace(
        "UE1;Environnement de l'entreprise;12", "UE1;Environnement de l'entreprise;douze"
    )
    source = write(tmp_path, "n.csv", text.encode("utf-8"))
    code, _, yaml_text = import_result(source)
    assert code == 0
    assert "# ects: à renseigner (« douze » en E13 n'est pas un nombre)" in yaml_text


def test_the_docs_name_every_field_and_column_of_the_template() -> None:
    from tests.conftest import ROOT

    docs = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    for name, _ in (*gabarit.IDENTITE, *gabarit.COLONNES):
        assert f"`{name}`" in docs, name


def test_the_readme_import_commands_accept_their_options() -> None:
    import shlex

    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [
        line.split("#")[0]
        for line in readme.splitlines()
        if line.startswith(("lp-lint import ", "lp-lint init --tableur"))
    ]
    assert len(lines) >= 3
    for line in lines:
        result = CliRunner().invoke(main, [*shlex.split(line)[1:], "--help"])
        assert result.exit_code == 0, (line, result.output)


def with_sheet_xml(suffix: str, extra: str) -> bytes:
    """The fixture workbook with `extra` XML at the end of the « Maquette » sheet's data."""
    book = workbook_from_csv()
    if suffix == ".xlsx":
        member, data = "xl/worksheets/sheet2.xml", gabarit.xlsx_bytes(book)
        anchor = "</sheetData>"
    else:
        member, data = "content.xml", gabarit.ods_bytes(book)
        anchor = "</table:table></office:spreadsheet>"  # « Maquette » is the last sheet
    archive = zipfile.ZipFile(io.BytesIO(data))
    text = archive.read(member).decode()
    assert anchor in text
    text = text.replace(anchor, extra + anchor, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for name in archive.namelist():
            copy.writestr(name, text if name == member else archive.read(name))
    return out.getvalue()


def far_xlsx_cell(row: int, column: int) -> str:
    return f'<row r="{row}"><c r="{gabarit.column_name(column - 1)}{row}"><v>1</v></c></row>'


def repeated_ods_row(repeat: int, columns: int = 1) -> str:
    cell = '<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>'
    return (
        f'<table:table-row table:number-rows-repeated="{repeat}">'
        f'<table:table-cell table:number-columns-repeated="{columns - 1}"/>{cell}</table:table-row>'
        if columns > 1
        else f'<table:table-row table:number-rows-repeated="{repeat}">{cell}</table:table-row>'
    )


@pytest.mark.parametrize(
    ("suffix", "extra", "accepted"),
    [
        (".xlsx", far_xlsx_cell(MAX_ROWS, 1), True),
        (".xlsx", far_xlsx_cell(MAX_ROWS + 1, 1), False),
        (".xlsx", far_xlsx_cell(20, MAX_COLUMNS), True),
        (".xlsx", far_xlsx_cell(20, MAX_COLUMNS + 1), False),
        (".xlsx", far_xlsx_cell(1_000_000, 16_384), False),  # XFD1000000: a dense grid of 10^10
        (".xlsx", '<row r="900000"><c r="XFD900000" s="1"/></row>', True),  # styled, no value
        (".ods", repeated_ods_row(MAX_ROWS - 11), True),  # the sheet has 11 rows before
        (".ods", repeated_ods_row(MAX_ROWS - 10), False),
        (".ods", repeated_ods_row(1, MAX_COLUMNS), True),
        (".ods", repeated_ods_row(1, MAX_COLUMNS + 1), False),
        (".ods", repeated_ods_row(1_000_000), False),  # a few bytes on disk, a million rows
        (
            ".ods",
            '<table:table-row table:number-rows-repeated="1000000"><table:table-cell/></table:table-row>',
            True,
        ),
    ],
)
def test_a_sheet_whose_values_reach_too_far_is_refused_before_any_reader_lays_it_out(
    tmp_path: Path, suffix: str, extra: str, accepted: bool
) -> None:
    source = write(tmp_path, "far" + suffix, with_sheet_xml(suffix, extra))
    assert source.stat().st_size < 10_000
    code, stderr, text = import_result(source)
    assert (code == 0) is accepted, stderr
    if not accepted:
        assert "refusée" in stderr and text == ""
        assert ("« Maquette »" if suffix == ".ods" else "« xl/worksheets/sheet2.xml »") in stderr


def test_a_workbook_saved_by_a_spreadsheet_library_reads_like_the_csv(tmp_path: Path) -> None:
    """`lp-commerce.xlsx` was written by openpyxl from the CSV, plus a total row whose formula
    has no cached value: the row is said and left out, nothing else differs."""
    code, stderr, text = import_result(
        write(tmp_path, "lp.xlsx", (FIXTURES / "lp-commerce.xlsx").read_bytes())
    )
    assert code == 0
    assert "ligne 22 ignorée : ni type ni code" in stderr
    from_csv = imported(CSV, tmp_path).read_text(encoding="utf-8")
    assert load_yaml(text).data == load_yaml(from_csv).data
