"""`lp-lint diff`: the story of a re-accreditation, between two files or against a git version."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from tests.conftest import ROOT, git

OLD = str(ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml")
NEW = str(ROOT / "examples" / "maquettes" / "lp-mrn-2018-2019.yaml")


def test_the_seed_programmes_reaccreditation_in_one_screen() -> None:
    result = CliRunner().invoke(main, ["diff", OLD, NEW])
    out = result.stdout
    assert result.exit_code == 0
    assert "UE UE6 ajoutée : Stage et mémoire" in out
    assert (
        "UE UE5 renommée : « Projet tuteuré et missions en entreprise » → « Projet tuteuré »" in out
    )
    assert "EC EC53 retiré : Missions en entreprise (UE5)" in out
    assert "projet / volume hors stage : 21,8\u202f% → 25\u202f%" in out
    assert "Constats introduits (0)" in out
    resolved = out.split("Constats résolus")[1]
    for code in ("LP101", "LP102", "LP104", "CN307"):
        assert code in resolved
    assert "mention : « Commerce » → « Commercialisation de produits et services »" in out
    assert "année universitaire : « 2016-2017 » → « 2018-2019 »" in out
    assert "régime" not in out.split("Structure")[0]  # both are judged under the 1999 arrêté
    assert len(out.splitlines()) < 50


def test_markdown_and_english() -> None:
    out = (
        CliRunner().invoke(main, ["diff", "--format", "markdown", "--lang", "en", OLD, NEW]).stdout
    )
    assert out.startswith("# What changes from")
    assert "| taught hours (CM, TD, TP, C/TD, untyped totals) | 430 | 420 |" in out


def test_against_a_git_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git(tmp_path, "init", "-q")
    shutil.copy(OLD, tmp_path / "lp.yaml")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "2016")
    shutil.copy(NEW, tmp_path / "lp.yaml")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["diff", "HEAD:lp.yaml", "lp.yaml"])
    assert result.exit_code == 0 and "UE UE6 ajoutée" in result.stdout


def test_unreadable_version_is_a_usage_error(tmp_path: Path) -> None:
    broken = tmp_path / "b.yaml"
    broken.write_text("version: 1\nformation: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", OLD, str(broken)])
    assert result.exit_code == 2 and "n'est pas une maquette lisible" in result.stderr
    assert CliRunner().invoke(main, ["diff", OLD, "absent.yaml"]).exit_code == 2


def variant(tmp_path: Path, name: str, *replacements: tuple[str, str]) -> str:
    text = Path(NEW).read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_change_of_regime_and_texts_is_told(tmp_path: Path) -> None:
    later = variant(tmp_path, "2022.yaml", ('"2018-2019"', '"2022-2023"'))
    out = CliRunner().invoke(main, ["diff", NEW, later]).stdout
    identity = out.split("Structure")[0]
    assert "année universitaire : « 2018-2019 » → « 2022-2023 »" in identity
    assert "régime : « lp-1999 » → « lp-2019 »" in identity
    assert "lp-1999, recommandations » → « cadre-national" in identity
    same = CliRunner().invoke(main, ["diff", NEW, NEW]).stdout
    assert "Identité et textes\n  aucun\n" in same


def test_english_keeps_the_colons_of_names(tmp_path: Path) -> None:
    renamed = variant(
        tmp_path,
        "m.yaml",
        (
            "mention: Commercialisation de produits et services",
            'mention: "Métiers : vente"',
        ),
    )
    out = CliRunner().invoke(main, ["diff", "--lang", "en", NEW, renamed]).stdout
    assert "mention: « Commercialisation de produits et services » → « Métiers : vente »" in out


def test_absent_hours_are_unknown_not_zero(tmp_path: Path) -> None:
    draft = variant(tmp_path, "draft.yaml", ("heures: {td: 30}, ", ""))
    out = CliRunner().invoke(main, ["diff", draft, NEW]).stdout
    assert "TD ? → 30 h" in out and "0 → 30" not in out
    assert "heures enseignées (CM, TD, TP, C/TD, totaux sans type) : ? → 420" in out


def test_a_stage_without_hours_leaves_the_ue_hours_known() -> None:
    from lp_lint.model.structure import UE
    from lp_lint.run.comparison import ue_hours

    ue = UE.model_validate(
        {
            "code": "UE6",
            "intitule": "Stage et mémoire",
            "ecs": [
                {"code": "S", "intitule": "Stage", "nature": "stage"},
                {"code": "M", "intitule": "Mémoire", "nature": "memoire", "heures": {"td": 4}},
            ],
        }
    )
    assert ue_hours(ue) == {"cm": 0, "td": 4, "tp": 0, "ci": 0, "sans_type": 0, "projet": 0}
    course = UE.model_validate({"code": "UE1", "intitule": "Cours"})
    assert ue_hours(course) == dict.fromkeys(("cm", "td", "tp", "ci", "sans_type", "projet"))


def test_a_renamed_file_is_found_at_the_ref(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    git(tmp_path, "init", "-q")
    shutil.copy(OLD, tmp_path / "lp-2016.yaml")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "2016")
    git(tmp_path, "mv", "lp-2016.yaml", "lp.yaml")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["diff", "HEAD:lp.yaml", "lp.yaml"])
    assert result.exit_code == 0 and "Structure\n  aucun" in result.stdout
