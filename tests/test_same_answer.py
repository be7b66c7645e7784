"""`check`, `report` and `diff` read the same options and the same configuration files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from tests.conftest import ROOT, git

EXAMPLES = ROOT / "examples" / "maquettes"
OLD = EXAMPLES / "lp-mrn-2016-2017.yaml"
NEW = EXAMPLES / "lp-mrn-2018-2019.yaml"
READING = "readings: {projet-quart: heures-enseignees}\n"
IGNORE = "ignore: [LP101, CN307]\n"


def offer(tmp_path: Path, config: str | None) -> tuple[Path, Path]:
    (tmp_path / ".git").mkdir()
    folder = tmp_path / "maquettes"
    folder.mkdir()
    shutil.copy(OLD, folder / "ancienne.yaml")
    shutil.copy(NEW, folder / "nouvelle.yaml")
    if config is not None:
        (tmp_path / ".lp-lint.yaml").write_text(config, encoding="utf-8")
    return folder / "ancienne.yaml", folder / "nouvelle.yaml"


def run(*args: str | Path) -> str:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def checked(path: Path, *options: str) -> set[str]:
    out = json.loads(run("check", "--format", "json", *options, path))
    return {f["code"] for f in out["files"][0]["findings"]}


def reported(path: Path, *options: str) -> str:
    page = run("report", "--format", "md", *options, path)
    return page.split("## Constats")[1].split("## Semestres")[0]  # the findings, nothing else


def resolved(old: Path, new: Path, *options: str) -> str:
    return run("diff", *options, old, new).split("Constats résolus")[1]


@pytest.mark.parametrize("config", [None, READING])
def test_a_reading_from_the_configuration_applies_everywhere(
    tmp_path: Path, config: str | None
) -> None:
    old, new = offer(tmp_path, config)
    expected = config is None
    assert ("LP104" in checked(old)) is expected
    assert ("LP104" in reported(old)) is expected
    assert ("LP104" in resolved(old, new)) is expected


@pytest.mark.parametrize("config", [None, IGNORE])
def test_an_ignored_rule_is_ignored_everywhere(tmp_path: Path, config: str | None) -> None:
    old, new = offer(tmp_path, config)
    expected = config is None
    for code in ("LP101", "CN307"):
        assert (code in checked(old)) is expected
        assert (code in reported(old)) is expected
        assert (code in resolved(old, new)) is expected


def test_isolated_and_config_on_report_and_diff(tmp_path: Path) -> None:
    old, new = offer(tmp_path, IGNORE)
    assert "LP101" in reported(old, "--isolated") and "LP101" in resolved(old, new, "--isolated")
    other = tmp_path / "autre.yaml"
    other.write_text(READING, encoding="utf-8")
    assert "LP101" in reported(old, "--config", str(other))
    assert "LP104" not in reported(old, "--config", str(other))


@pytest.mark.parametrize(
    "options",
    [
        ("--ignore", "LP101,CN307"),
        ("--select", "LP104,LP102"),
        ("--reading", "LP104=heures-enseignees"),
        ("--regime", "lp-2019"),
    ],
)
def test_command_line_options_give_the_same_codes(tmp_path: Path, options: tuple[str, ...]) -> None:
    old, new = offer(tmp_path, None)
    codes = checked(old, *options)
    page = reported(old, *options)
    story = resolved(old, new, *options)
    for code in ("LP101", "LP102", "LP104", "CN307", "LP201"):
        assert (code in page) is (code in codes and code != "D001")
        if code not in codes:
            assert code not in story


def test_a_git_version_uses_the_working_files_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, _ = offer(tmp_path, IGNORE)
    (tmp_path / ".git").rmdir()
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "v1"]):
        git(tmp_path, *args)
    monkeypatch.chdir(tmp_path)
    shutil.copy(NEW, old)
    story = resolved(Path("HEAD:maquettes/ancienne.yaml"), Path("maquettes/ancienne.yaml"))
    assert "LP104" in story and "LP101" not in story


def test_the_language_of_the_configuration_applies_everywhere(tmp_path: Path) -> None:
    old, new = offer(tmp_path, "lang: en\n")
    assert "the projet tuteuré has 120 h" in run("check", old)  # messages in the file's language
    assert run("report", "--format", "md", old).startswith("# Maquette: Commerce")
    assert run("diff", old, new).startswith("What changes from")
    assert run("report", "--format", "md", "--lang", "fr", old).startswith("# Maquette : ")
