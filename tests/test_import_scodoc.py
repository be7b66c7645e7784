"""`lp-lint import` of a ScoDoc formation export: what it keeps, drops, guesses and refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.importers.common import MAX_ELEMENTS
from lp_lint.reading.loader import load_yaml

FIXTURES = Path(__file__).parent / "importers"
SCODOC = FIXTURES / "scodoc-lp-reseaux.xml"


def imported(source: Path, tmp_path: Path, *options: str) -> Path:
    target = tmp_path / "maquette.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(target), *options])
    assert result.exit_code == 0, result.output
    return target


def findings_of(path: Path) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(main, ["--isolated", "--format", "json", str(path)])
    return result.exit_code, json.loads(result.stdout)["files"][0]["findings"]


def codes(findings: list[dict[str, object]], severity: str) -> set[object]:
    return {f["code"] for f in findings if f["severity"] == severity}


def test_a_scodoc_export_lints_with_exactly_the_findings_its_data_implies(tmp_path: Path) -> None:
    code, findings = findings_of(imported(SCODOC, tmp_path))
    # ScoDoc's « projet tuteuré et stage » UE holds both: judged today (no year), by the 2019
    # texts, where a stage UE must be identified, not exclusive — a warning, no error
    assert code == 0
    assert not codes(findings, "error") and "CN307" in codes(findings, "warning")
    assert not [f for f in findings if str(f["code"]).startswith("S")]
    missing = " ".join(str(f["message"]) for f in findings if f["code"] == "D001")
    assert "stage.semaines" in missing and "heures (M41)" in missing


def test_the_malus_module_and_the_bonus_ue_are_dropped_and_said(tmp_path: Path) -> None:
    target = tmp_path / "m.yaml"
    result = CliRunner().invoke(main, ["import", str(SCODOC), "-o", str(target)])
    assert "module malus" in result.stderr and "bonus sport" in result.stderr
    data = load_yaml(target.read_text(encoding="utf-8")).data
    ues = [ue for s in data["semestres"] for ue in s["ues"]]
    assert [ue["code"] for ue in ues] == ["UE1", "UE2", "UE3", "UE4"]
    assert [ec["code"] for ec in ues[0]["ecs"]] == ["M11", "M12"]
    assert "# non repris : module malus" in target.read_text(encoding="utf-8")


def test_values_are_carried_and_guesses_are_said(tmp_path: Path) -> None:
    text = imported(SCODOC, tmp_path).read_text(encoding="utf-8")
    data = load_yaml(text).data
    s1, s2 = data["semestres"]
    assert (s1["numero"], s2["numero"]) == (1, 2)
    assert s1["ues"][0]["ecs"][0]["heures"] == {"cm": 20, "td": 30, "tp": 40}
    assert data["formation"]["mention"] == "Métiers des réseaux informatiques et télécommunications"
    projet, stage = s2["ues"][1]["ecs"]
    assert (projet["nature"], stage["nature"]) == ("projet_tuteure", "stage")
    assert "heures" not in projet  # 0 h in ScoDoc is unknown, not zero
    assert 'nature: "stage"  # déduite de l\'intitulé' in text
    assert "# annee_universitaire: à renseigner" in text


def test_a_module_with_no_hours_and_a_zero_coefficient_is_left_to_fill_in(tmp_path: Path) -> None:
    source = tmp_path / "f.xml"
    source.write_text(
        '<formation titre_officiel="Licence professionnelle Logistique" type_parcours="300">'
        '<ue acronyme="U" titre="Une UE" ects="abc"><matiere>'
        '<module code="" titre="" coefficient="0" heures_cours="0" semestre_id="5"/>'
        "</matiere></ue></formation>",
        encoding="utf-8",
    )
    text = imported(source, tmp_path).read_text(encoding="utf-8")
    assert 'mention: "Logistique"' in text
    assert "# coefficient: à renseigner" in text and "# heures: à renseigner" in text
    assert "# ects: à renseigner" in text  # "abc" is not a number: unknown, not invented
    assert "code: null  # à renseigner" in text and "type de parcours ScoDoc 300" in text
    _, findings = findings_of(tmp_path / "maquette.yaml")
    shape = [f for f in findings if f["code"] in ("S001", "S002")]
    assert len(shape) == 2  # the code and title ScoDoc does not have, and nothing else


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "laughs.xml",
            '<?xml version="1.0"?><!DOCTYPE f [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><formation titre="&b;"/>',
            "DOCTYPE",
        ),
        (
            "external.xml",
            '<?xml version="1.0"?><!DOCTYPE f [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<formation titre="&x;"/>',
            "DOCTYPE",
        ),
        ("broken.xml", "<formation><ue></formation>", "XML mal formé"),
        ("other.xml", "<programme/>", "« programme »"),
        ("notes.txt", "rien", "type de source inconnu"),
    ],
)
def test_hostile_or_wrong_sources_are_refused_with_nothing_written(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "out.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(target), "--lang", "fr"])
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "passwd" not in result.stderr and "root:" not in result.stderr
    assert not target.exists()


def test_the_byte_limit_is_the_one_of_check(tmp_path: Path) -> None:
    source = FIXTURES / "cdmfr-lp-numerique.xml"  # its maquette is smaller than itself
    size = source.stat().st_size
    args = ["import", str(source), "-o", str(tmp_path / "a.yaml"), "--lang", "en"]
    refused = CliRunner().invoke(main, [*args, "--max-bytes", str(size - 1)])
    assert refused.exit_code == 2 and "--max-bytes" in refused.stderr
    accepted = CliRunner().invoke(main, [*args, "--max-bytes", str(size)])
    assert accepted.exit_code == 0, accepted.output


def test_an_existing_output_is_kept_unless_forced_and_the_input_never_overwritten(
    tmp_path: Path,
) -> None:
    target = tmp_path / "m.yaml"
    target.write_text("mine\n", encoding="utf-8")
    kept = CliRunner().invoke(main, ["import", str(SCODOC), "-o", str(target)])
    assert kept.exit_code == 2 and target.read_text(encoding="utf-8") == "mine\n"
    forced = CliRunner().invoke(main, ["import", str(SCODOC), "-o", str(target), "--force"])
    assert forced.exit_code == 0 and target.read_text(encoding="utf-8").startswith("# Maquette")
    source = tmp_path / "f.xml"
    source.write_bytes(SCODOC.read_bytes())
    same = CliRunner().invoke(main, ["import", str(source), "-o", str(source), "--force"])
    assert same.exit_code == 2 and source.read_bytes() == SCODOC.read_bytes()


def test_dash_writes_to_standard_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["import", str(SCODOC), "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Maquette importée")
    assert load_yaml(result.stdout).data["version"] == 1
    assert list(tmp_path.iterdir()) == []


def test_an_output_that_cannot_be_written_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["import", str(SCODOC), "-o", str(tmp_path / "no" / "m.yaml")]
    )
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_control_characters_of_a_source_never_reach_the_terminal(tmp_path: Path) -> None:
    refused = tmp_path / "f\x1b[31m.xml"
    refused.write_text('<formation titre="&#x1b;"/>', encoding="utf-8")  # not XML 1.0
    result = CliRunner().invoke(main, ["import", str(refused), "-o", str(tmp_path / "a.yaml")])
    assert result.exit_code == 2 and "\x1b" not in result.stderr and "\\x1b" in result.stderr
    sheet = tmp_path / "t.csv"
    sheet.write_text(
        "champ;valeur\nmen\x1b[31m\x07tion;M\n\nsemestre;type;code;intitule\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["import", str(sheet), "-o", str(tmp_path / "b.yaml")])
    assert result.exit_code == 0
    assert "champ inconnu" in result.stderr and "men\\x1b[31m\\x07tion" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    written = (tmp_path / "b.yaml").read_text(encoding="utf-8")
    assert "champ inconnu" in written and "\x1b" not in written and "\x07" not in written


def scodoc_with(ues: int, modules_per_ue: int) -> str:
    module = (
        '<module code="M{u}{m}" titre="Module" heures_cours="10" coefficient="1" semestre_id="1"/>'
    )
    return (
        '<formation titre_officiel="Licence professionnelle Logistique" type_parcours="200">'
        + "".join(
            f'<ue acronyme="UE{u}" titre="UE" ects="3"><matiere>'
            + "".join(module.format(u=u, m=m) for m in range(modules_per_ue))
            + "</matiere></ue>"
            for u in range(ues)
        )
        + "</formation>"
    )


@pytest.mark.parametrize("extra", [0, 1])
def test_the_number_of_ues_and_modules_is_bounded(tmp_path: Path, extra: int) -> None:
    ues = MAX_ELEMENTS // 5  # each UE with four modules: five elements
    source = tmp_path / "big.xml"
    source.write_text(
        scodoc_with(ues, 4)[: -len("</formation>")] + '<ue acronyme="X"/>' * extra + "</formation>",
        encoding="utf-8",
    )
    target = tmp_path / "m.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(target), "--lang", "fr"])
    if extra:
        assert result.exit_code == 2 and f"plus de {MAX_ELEMENTS} UE" in result.stderr
        assert not target.exists()
    else:
        assert result.exit_code == 0, result.output
        assert len(load_yaml(target.read_text(encoding="utf-8")).data["semestres"][0]["ues"]) == ues


def test_a_maquette_larger_than_check_reads_is_never_written(tmp_path: Path) -> None:
    written = CliRunner().invoke(main, ["import", str(SCODOC), "-o", "-"]).stdout
    size = len(written.encode("utf-8"))
    assert SCODOC.stat().st_size < size  # the source itself passes the smaller limit
    for limit, code in ((size - 1, 2), (size, 0)):
        target = tmp_path / f"m{limit}.yaml"
        result = CliRunner().invoke(
            main, ["import", str(SCODOC), "-o", str(target), "--max-bytes", str(limit)]
        )
        assert result.exit_code == code, result.output
        assert target.exists() == (code == 0)
        if code:
            assert "maquette non écrite" in result.stderr or "maquette not written" in result.stderr
        else:
            assert len(target.read_bytes()) == size
