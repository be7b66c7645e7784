"""`lp-lint import` of a CDM-fr offer: validated against the schema first, then read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.importers.common import MAX_ELEMENTS
from lp_lint.reading.loader import load_yaml
from tests.conftest import shared_dir
from tests.test_import_scodoc import FIXTURES, codes, findings_of, imported

CDMFR = FIXTURES / "cdmfr-lp-numerique.xml"


def cdmfr_schemas() -> Path:
    return shared_dir() / "schemas" / "cdmfr"


def run(source: Path, tmp_path: Path, *options: str) -> tuple[int, str, str]:
    target = tmp_path / "m.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(target), *options])
    text = target.read_text(encoding="utf-8") if target.exists() else ""
    return result.exit_code, result.stderr, text


def test_a_valid_offer_is_said_valid_and_lints_with_the_findings_its_data_implies(
    tmp_path: Path,
) -> None:
    code, stderr, text = run(CDMFR, tmp_path, "--xsd", str(cdmfr_schemas()))
    assert code == 0 and "valide selon le schéma CDM-fr CDMFR.xsd" in stderr
    assert "# valide selon le schéma CDM-fr" in text and "non valide" not in text
    lint_code, findings = findings_of(tmp_path / "m.yaml")
    assert lint_code == 0
    assert not codes(findings, "error")
    assert not [f for f in findings if str(f["code"]).startswith("S")]


def test_what_is_not_cdmfr_valid_is_said_and_the_import_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "o.xml"
    source.write_text(
        CDMFR.read_text(encoding="utf-8").replace('level="L"', 'level="L3"'), encoding="utf-8"
    )
    code, stderr, text = run(source, tmp_path, "--xsd", str(cdmfr_schemas() / "CDMFR.xsd"))
    assert code == 0
    said = "non valide selon le schéma CDM-fr : /CDM/program[1]/level : attribute level='L3'"
    assert said in stderr and f"# {said}" in text
    assert load_yaml(text).data["formation"]["ects"] == 60


def test_the_tree_credits_volumes_and_stage_weeks_are_carried(tmp_path: Path) -> None:
    text = imported(CDMFR, tmp_path).read_text(encoding="utf-8")
    data = load_yaml(text).data
    formation = data["formation"]
    assert formation["mention"] == "Métiers du numérique : conception, rédaction et réalisation web"
    assert formation["parcours"] == "Développement web"
    s5, s6 = data["semestres"]
    assert (s5["numero"], s6["numero"]) == (5, 6)
    assert [ec["code"] for ec in s5["ues"][0]["ecs"]] == ["EC511", "EC512"]
    assert s5["ues"][0]["ecs"][1]["heures"] == {"cm": 10, "td": 20, "tp": 60}
    assert s6["ues"][1]["nature"] == "stage" and data["stage"]["semaines"] == 16
    assert "non validé contre le schéma CDM-fr (option --xsd)" in text


def test_stage_weeks_come_from_the_courses_when_the_program_has_none(tmp_path: Path) -> None:
    source = tmp_path / "o.xml"
    text = CDMFR.read_text(encoding="utf-8")
    text = text.replace(
        '<cdmfr:globalVolume teachingtype="trainingWeeks">16</cdmfr:globalVolume>\n', "", 1
    )
    source.write_text(text, encoding="utf-8")
    data = load_yaml(run(source, tmp_path)[2]).data
    assert data["stage"]["semaines"] == 16
    without = text.replace(
        '<cdmfr:globalVolume teachingtype="trainingWeeks">16</cdmfr:globalVolume>', ""
    )
    source.write_text(without, encoding="utf-8")
    written = run(source, tmp_path, "--force")[2]
    assert "# semaines: à renseigner" in written


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '<?xml version="1.0"?><!DOCTYPE CDM [<!ENTITY a "x"><!ENTITY b "&a;&a;&a;">]><CDM>&b;</CDM>',
            "DOCTYPE",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE CDM [<!ENTITY x SYSTEM "http://example.org/x">]><CDM>&x;</CDM>',
            "DOCTYPE",
        ),
        ('<CDM xmlns="http://cdm-fr.fr/2012/CDM"/>', "aucun programme"),
    ],
)
def test_hostile_or_empty_offers_are_refused(tmp_path: Path, content: str, expected: str) -> None:
    source = tmp_path / "o.xml"
    source.write_text(content, encoding="utf-8")
    code, stderr, text = run(source, tmp_path, "--type", "cdmfr", "--lang", "fr")
    assert code == 2 and expected in stderr and text == ""


def test_a_scodoc_file_read_as_cdmfr_is_refused(tmp_path: Path) -> None:
    code, stderr, _ = run(
        FIXTURES / "scodoc-lp-reseaux.xml", tmp_path, "--type", "cdmfr", "--lang", "fr"
    )
    assert code == 2 and "« formation »" in stderr


def test_an_unreadable_schema_or_no_validator_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.xsd"
    bad.write_text("<nothing/>", encoding="utf-8")
    code, stderr, _ = run(CDMFR, tmp_path, "--xsd", str(bad), "--lang", "fr")
    assert code == 2 and "schéma CDM-fr illisible" in stderr
    monkeypatch.setitem(sys.modules, "xmlschema", None)
    code, stderr, _ = run(CDMFR, tmp_path, "--xsd", str(bad), "--lang", "fr")
    assert code == 2 and "lp-lint[cdmfr]" in stderr


def test_a_deeply_nested_offer_is_read_without_exhausting_the_stack(tmp_path: Path) -> None:
    source = tmp_path / "deep.xml"
    depth = 50_000
    source.write_text(
        '<CDM xmlns="http://cdm-fr.fr/2012/CDM"><program id="P"><programName>Logistique</programName>'
        + "<infoBlock>" * depth
        + "x"
        + "</infoBlock>" * depth
        + "</program></CDM>",
        encoding="utf-8",
    )
    code, stderr, text = run(source, tmp_path, "--lang", "fr")
    assert code == 0, stderr
    assert load_yaml(text).data["formation"]["mention"] == "Logistique"


def offer_with(courses: int) -> str:
    """One semester referencing the same course `courses` times: each reference is read."""
    return (
        '<CDM xmlns="http://cdm-fr.fr/2012/CDM"><program id="P">'
        "<programName>Licence professionnelle Logistique, Semestre 5</programName>"
        + '<refCourse idRef="C"/>' * courses
        + '</program><course id="C"><courseName>Cours</courseName></course></CDM>'
    )


@pytest.mark.parametrize("extra", [0, 1])
def test_the_number_of_courses_read_is_bounded(tmp_path: Path, extra: int) -> None:
    source = tmp_path / "o.xml"
    source.write_text(offer_with(MAX_ELEMENTS + extra), encoding="utf-8")
    code, stderr, text = run(source, tmp_path, "--type", "cdmfr", "--lang", "fr")
    if extra:
        assert code == 2 and f"plus de {MAX_ELEMENTS} UE" in stderr and text == ""
    else:
        assert code == 0, stderr
        assert len(load_yaml(text).data["semestres"][0]["ues"]) == MAX_ELEMENTS


def test_a_volume_whose_type_cannot_be_read_is_said_and_its_hours_are_unknown(
    tmp_path: Path,
) -> None:
    code, stderr, text = run(CDMFR, tmp_path, "--lang", "fr")
    assert code == 0 and "sans type lisible" not in stderr + text
    ec511 = load_yaml(text).data["semestres"][0]["ues"][0]["ecs"][0]
    assert ec511["code"] == "EC511" and ec511["heures"]["cm"] == 20
    source = tmp_path / "o.xml"
    source.write_text(
        CDMFR.read_text(encoding="utf-8").replace('teachingtype="CM"', 'type="CM"'),
        encoding="utf-8",
    )
    code, stderr, text = run(source, tmp_path, "--lang", "fr", "--force")
    assert code == 0, stderr
    said = 'globalVolume 20 de course EC511 sans type lisible (type="CM"'
    assert said in stderr and f"# non repris : {said}" in text
    ec511 = load_yaml(text).data["semestres"][0]["ues"][0]["ecs"][0]
    assert "heures" not in ec511  # never {td, tp} with the CM hours counted 0
