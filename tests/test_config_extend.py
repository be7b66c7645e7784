"""`extend:` — a configuration inherits from another; cycles and missing files are positioned
configuration errors; a configuration cannot extend a file outside its repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from tests.conftest import ROOT

SEED = (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text(encoding="utf-8")
BASE = """\
ignore: [recommandations]
severity: {LP104: warning, CN307: info}
per-file-ignores:
  "m/archives/*.yaml": [LP1]
fail-on: never
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "m" / "archives").mkdir(parents=True)
    (tmp_path / "m" / "lp.yaml").write_text(SEED, encoding="utf-8")
    (tmp_path / "m" / "archives" / "old.yaml").write_text(SEED, encoding="utf-8")
    (tmp_path / ".lp-lint.yaml").write_text(BASE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(*args: str) -> tuple[int, dict[str, list[str]]]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    assert result.exit_code != 2, result.stderr
    files = json.loads(result.stdout)["files"]
    found = {f["uri"]: [f"{x['code']}:{x['severity']}" for x in f["findings"]] for f in files}
    return result.exit_code, found


def refusal(*args: str) -> str:
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1
    return result.stderr


def test_without_extend_the_nearest_file_alone_applies(repo: Path) -> None:
    (repo / "m" / ".lp-lint.yaml").write_text("ignore: [D001]\n", encoding="utf-8")
    code, found = findings("m")
    assert code == 1 and any(c.startswith("RC") for c in found["m/lp.yaml"])


def test_an_extending_file_adds_lists_merges_tables_and_wins_elsewhere(repo: Path) -> None:
    (repo / "m" / ".lp-lint.yaml").write_text(
        "# the programme's own choices\nextend: ../.lp-lint.yaml\nignore: [D001]\n"
        "severity: {CN307: error}\nfail-on: warning\n",
        encoding="utf-8",
    )
    code, found = findings("m")
    current, archived = found["m/lp.yaml"], found["m/archives/old.yaml"]
    assert not [c for c in current if c.startswith(("RC", "D001"))]  # both ignores apply
    assert "LP104:warning" in current and "CN307:error" in current  # tables merged
    assert code == 1  # fail-on: warning, the extending file's
    # the base's per-file glob stays relative to the base's folder
    assert "LP101:error" in current and not [c for c in archived if c.startswith("LP1")]


def test_extend_works_across_yaml_and_pyproject(repo: Path) -> None:
    (repo / ".lp-lint.yaml").unlink()
    (repo / "pyproject.toml").write_text(
        '[tool.lp-lint]\nextend = "regles/commun.yaml"\nfail-on = "never"\n', encoding="utf-8"
    )
    (repo / "regles").mkdir()
    (repo / "regles" / "commun.yaml").write_text(BASE.replace("never", "error"), "utf-8")
    code, found = findings("m")
    assert code == 0 and not [c for c in found["m/lp.yaml"] if c.startswith("RC")]


def test_a_missing_file_is_positioned_at_its_extend(repo: Path) -> None:
    (repo / "m" / ".lp-lint.yaml").write_text("ignore: [D001]\nextend: absent.yaml\n", "utf-8")
    line = refusal("m")
    assert ".lp-lint.yaml:2:9: " in line and "absent.yaml" in line


def test_a_cycle_is_positioned_and_named(repo: Path) -> None:
    (repo / ".lp-lint.yaml").write_text("extend: m/.lp-lint.yaml\n" + BASE, encoding="utf-8")
    (repo / "m" / ".lp-lint.yaml").write_text("extend: ../.lp-lint.yaml\n", encoding="utf-8")
    line = refusal("m")
    assert ":1:9: " in line and " → " in line
    (repo / ".lp-lint.yaml").write_text("extend: .lp-lint.yaml\n", encoding="utf-8")
    assert "1:9" in refusal(".", "--config", ".lp-lint.yaml")


def test_a_file_outside_the_repository_is_not_read(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("ailleurs") / "secret.yaml"
    outside.write_text("ignore: [ALL]\n", encoding="utf-8")
    (repo / "m" / ".lp-lint.yaml").write_text(f"extend: {outside}\n", encoding="utf-8")
    line = refusal("m")
    assert ".lp-lint.yaml:1:9: " in line and str(outside) in line


def test_an_error_in_an_extended_file_names_that_file(repo: Path) -> None:
    (repo / ".lp-lint.yaml").write_text("fail_on: never\n", encoding="utf-8")
    (repo / "m" / ".lp-lint.yaml").write_text("extend: ../.lp-lint.yaml\n", encoding="utf-8")
    line = refusal("m")
    assert f"{repo / '.lp-lint.yaml'}:1:1: " in line and "fail-on" in line


def test_show_settings_names_the_chain_and_what_the_command_line_chose(repo: Path) -> None:
    (repo / "m" / ".lp-lint.yaml").write_text("extend: ../.lp-lint.yaml\nignore: [D001]\n", "utf-8")
    result = CliRunner().invoke(
        main, ["check", "m", "--show-settings", "--lang", "en", "--select", "LP1"]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "file: m/lp.yaml"
    assert lines[1] == f"configuration: {repo / '.lp-lint.yaml'} ← {repo / 'm' / '.lp-lint.yaml'}"
    assert "ignore: [recommandations, D001]" in lines
    assert "select: [LP1]  # command line" in lines and "fail_on: never" in lines
    isolated = CliRunner().invoke(
        main, ["check", "m", "--show-settings", "--isolated", "--lang", "fr"]
    )
    assert isolated.stdout.splitlines()[:2] == ["fichier: m/lp.yaml", "configuration: aucune"]


def test_show_settings_of_standard_input_follow_its_name(repo: Path) -> None:
    (repo / "m" / ".lp-lint.yaml").write_text("extend: ../.lp-lint.yaml\n", "utf-8")
    args = ["check", "-", "--stdin-filename", "m/nouveau.yaml", "--show-settings", "--lang", "en"]
    lines = CliRunner().invoke(main, args, input="").stdout.splitlines()
    assert lines[:2] == [
        "file: m/nouveau.yaml",
        f"configuration: {repo / '.lp-lint.yaml'} ← {repo / 'm' / '.lp-lint.yaml'}",
    ]
