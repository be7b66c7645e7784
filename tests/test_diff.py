"""`lp-lint diff`: the story of a re-accreditation, between two files or against a git version."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli import main
from tests.conftest import ROOT

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
    assert len(out.splitlines()) < 45


def test_markdown_and_english() -> None:
    out = (
        CliRunner().invoke(main, ["diff", "--format", "markdown", "--lang", "en", OLD, NEW]).stdout
    )
    assert out.startswith("# What changes from")
    assert "| taught hours (CM+TD+TP) | 430 | 420 |" in out


def test_against_a_git_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    shutil.copy(OLD, tmp_path / "lp.yaml")
    git("add", ".")
    git("commit", "-qm", "2016")
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
