"""The command line: exit codes, formats, output files, discovery, languages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples" / "maquettes"
FAILING = str(EXAMPLES / "lp-mrn-2016-2017.yaml")
PASSING = str(EXAMPLES / "lp-mrn-2018-2019.yaml")


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_compliant_maquette_exits_0() -> None:
    code, out, _ = invoke(PASSING)
    assert code == 0
    assert "aucun problème" in out


def test_failing_maquette_exits_1_with_positions_and_references() -> None:
    code, out, _ = invoke(FAILING)
    assert code == 1
    assert "84:15" in out and "LP101" in out and "LP102" in out and "LP104" in out
    assert "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000397481" in out
    assert "\x1b[" not in out  # no colours off a terminal


def test_colours_when_asked() -> None:
    _, out, _ = invoke("--color", "always", FAILING)
    assert "\x1b[" in out


def test_check_subcommand_is_the_default() -> None:
    assert invoke("check", FAILING)[1] == invoke(FAILING)[1]


def test_missing_path_is_a_usage_error() -> None:
    code, _, err = invoke("nope.yaml")
    assert code == 2 and "chemin introuvable : nope.yaml" in err


@pytest.mark.parametrize(
    ("reading", "message"),
    [
        ("projet-quart", "RÈGLE=LECTURE"),
        ("nope=x", "règle inconnue « nope »"),
        ("projet-quart=x", "lectures possibles : litterale, heures-enseignees"),
    ],
)
def test_bad_reading_is_a_usage_error(reading: str, message: str) -> None:
    code, _, err = invoke("--reading", reading, PASSING)
    assert code == 2 and message in err


def test_reading_by_code_changes_the_outcome() -> None:
    code, out, _ = invoke("--reading", "LP104=heures-enseignees", "--format", "json", FAILING)
    ids = [f["rule_id"] for f in json.loads(out)["files"][0]["findings"]]
    assert "projet-quart" not in ids and code == 1


def test_strict_fails_on_warnings(tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.yaml"
    draft.write_text("version: 1\nformation:\n  mention: Commerce\n", encoding="utf-8")
    assert invoke(str(draft))[0] == 0
    assert invoke("--strict", str(draft))[0] == 1


def test_json_document() -> None:
    code, out, _ = invoke("--format", "json", FAILING)
    document = json.loads(out)
    assert code == 1
    assert (document["format"], document["version"]) == ("lp-lint-report", 1)
    assert document["summary"] == {"files": 1, "error": 3, "warning": 5, "info": 3}
    first = next(f for f in document["files"][0]["findings"] if f["code"] == "LP101")
    assert first["start"] == {"line": 84, "column": 15}
    assert first["path"] == "semestres[1].ues[1].code"
    assert first["reference"]["article"] == "art. 7, al. 3"


def test_output_file_is_written_whole_and_replaced(tmp_path: Path) -> None:
    target = tmp_path / "rapport.json"
    target.write_text("ancien", encoding="utf-8")
    code, out, _ = invoke("--format", "json", "--output", str(target), FAILING)
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["error"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.json"]


def test_english(tmp_path: Path) -> None:
    _, out, _ = invoke("--lang", "en", FAILING)
    assert "holds the stage and also: projet tuteuré" in out
    assert "3 error(s)" in out


def test_directory_discovery_skips_non_maquettes_hidden_folders_and_link_loops(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.yaml").write_text(Path(PASSING).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "ci.yml").write_text("jobs: {}\n", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "b.yaml").write_text("formation: x\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.yml").write_text(
        Path(FAILING).read_text(encoding="utf-8"), encoding="utf-8"
    )
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    (tmp_path / "sub" / "d.yaml").write_bytes(
        Path(PASSING).read_text(encoding="utf-8").encode("utf-16")
    )
    code, out, _ = invoke("--format", "json", str(tmp_path))
    paths = [Path(f["path"]).name for f in json.loads(out)["files"]]
    assert paths == ["a.yaml", "c.yml", "d.yaml"] and code == 1


def test_paths_without_any_maquette_are_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "ci.yml").write_text("jobs: {}\n", encoding="utf-8")
    code, out, err = invoke("--format", "json", str(tmp_path))
    assert (code, out) == (2, "") and "aucune maquette" in err and str(tmp_path) in err


def test_only_maquettes_without_any_maquette_passes(tmp_path: Path) -> None:
    (tmp_path / "ci.yml").write_text("jobs: {}\n", encoding="utf-8")
    code, out, _ = invoke("--format", "json", "--only-maquettes", str(tmp_path / "ci.yml"))
    assert code == 0 and json.loads(out)["files"] == []


def test_unreadable_input_is_a_finding(tmp_path: Path) -> None:
    binary = tmp_path / "binaire.yaml"
    binary.write_bytes(b"\x00\x01\x02\xff")
    code, out, _ = invoke("--format", "json", str(binary))
    finding = json.loads(out)["files"][0]["findings"][0]
    assert code == 1 and finding["rule_id"] == "encoding"


def test_rules_command_lists_every_rule() -> None:
    code, out, _ = invoke("rules", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert {"LP101", "LP201", "CN301", "CE401", "CT501", "RC601"} <= {row["code"] for row in rows}
    assert all(row["url"].startswith("https://") for row in rows)
    assert len(rows) == len({row["code"] for row in rows})


def test_python_dash_m_and_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lp_lint", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "lp-lint" in result.stdout


def test_internal_error_exit_code(tmp_path: Path) -> None:
    """A crash outside any rule prints one line and exits 3 (a directory we cannot list)."""
    script = (
        "import sys\n"
        "def boom(*a, **k):\n    raise RuntimeError('boom')\n"
        "import lp_lint.cli.check as check\ncheck.lint_paths = boom\n"
        "import lp_lint.cli.main as cli\n"
        f"sys.argv = ['lp-lint', {PASSING!r}]\ncli.run()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 3
    assert result.stderr.strip().count("\n") == 0 and "RuntimeError: boom" in result.stderr


def test_help_follows_the_lang_option() -> None:
    english = subprocess.run(
        [sys.executable, "-m", "lp_lint", "--lang", "en", "check", "--help"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LANG": "fr_FR.UTF-8"},
    )
    french = subprocess.run(
        [sys.executable, "-m", "lp_lint", "check", "--help"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LANG": "fr_FR.UTF-8", "LP_LINT_LANG": ""},
    )
    assert english.returncode == french.returncode == 0
    assert "least severity that fails" in english.stdout
    assert "sévérité à partir de laquelle" in french.stdout


def test_a_maquette_on_standard_input() -> None:
    text = Path(FAILING).read_text(encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--isolated", "--format", "concise", "--stdin-filename", "lp.yaml", "-"], input=text
    )
    assert result.exit_code == 1
    assert "lp.yaml:84:15: error LP101 " in result.stdout
    mixed = CliRunner().invoke(main, ["-", PASSING])
    assert mixed.exit_code == 2
