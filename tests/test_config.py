"""Configuration files: discovery, selection, severities, per-file ignores, errors positioned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from tests.conftest import ROOT

SEED = (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text(encoding="utf-8")


def repo(tmp_path: Path, config: str | None = None, name: str = ".lp-lint.yaml") -> Path:
    (tmp_path / ".git").mkdir()
    folder = tmp_path / "maquettes"
    folder.mkdir()
    (folder / "lp.yaml").write_text(SEED, encoding="utf-8")
    if config is not None:
        (tmp_path / name).write_text(config, encoding="utf-8")
    return folder / "lp.yaml"


def codes(*args: str) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(main, ["--format", "json", *args])
    if result.exit_code == 2:
        return 2, [], result.stderr
    findings = json.loads(result.stdout)["files"][0]["findings"]
    return result.exit_code, [f"{f['code']}:{f['severity']}" for f in findings], result.stderr


def test_no_configuration(tmp_path: Path) -> None:
    code, found, _ = codes(str(repo(tmp_path)))
    assert code == 1 and "LP101:error" in found and "RC605:warning" in found


def test_ignore_select_and_severity_from_yaml(tmp_path: Path) -> None:
    path = repo(
        tmp_path, "ignore: [recommandations, D001]\nseverity: {LP104: warning, CN307: info}\n"
    )
    code, found, _ = codes(str(path))
    assert not [c for c in found if c.startswith(("RC", "D001"))]
    assert "LP104:warning" in found and "CN307:info" in found and code == 1


def test_select_by_prefix_and_fail_on(tmp_path: Path) -> None:
    path = repo(tmp_path, "select: [LP10]\nfail-on: never\n")
    code, found, _ = codes(str(path))
    assert {c.split(":")[0] for c in found} == {"LP101", "LP102", "LP104"} and code == 0


def test_pyproject_table(tmp_path: Path) -> None:
    path = repo(
        tmp_path, '[tool.lp-lint]\nignore = ["LP1", "CN3", "RC", "D001"]\n', name="pyproject.toml"
    )
    code, found, _ = codes(str(path))
    assert found == [] and code == 0


def test_per_file_ignores(tmp_path: Path) -> None:
    path = repo(tmp_path, 'per-file-ignores: {"maquettes/*.yaml": [LP1]}\n')
    _, found, _ = codes(str(path))
    assert not [c for c in found if c.startswith("LP1")]


def test_command_line_wins_and_isolated(tmp_path: Path) -> None:
    path = repo(tmp_path, "fail-on: never\n")
    assert codes(str(path))[0] == 0
    assert codes("--fail-on", "error", str(path))[0] == 1
    assert codes("--isolated", str(path))[0] == 1


def test_mentions_extend_the_national_list(tmp_path: Path) -> None:
    path = repo(tmp_path, "mentions: [Commerce]\n")
    assert "CN310:warning" not in codes(str(path))[1]


def test_extra_rule_folder_relative_to_the_config(tmp_path: Path) -> None:
    from tests.test_packs import LOCAL_PACK, LOCAL_RULE

    path = repo(tmp_path, "rules: [cadrage]\n")
    folder = tmp_path / "cadrage" / "local"
    folder.mkdir(parents=True)
    (folder / "pack.yaml").write_text(LOCAL_PACK, encoding="utf-8")
    (folder / "stage-long.yaml").write_text(LOCAL_RULE, encoding="utf-8")
    assert "UNI001:warning" not in codes(str(path))[1]  # the seed's 15-week stage passes 14
    (folder / "stage-long.yaml").write_text(
        LOCAL_RULE.replace("min: 14", "min: 16"), encoding="utf-8"
    )
    assert "UNI001:warning" in codes(str(path))[1]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            "ignor: [LP101]\n",
            ".lp-lint.yaml:1:1: clé inconnue « ignor » : vouliez-vous dire « ignore » ?",
        ),
        ("fail-on: error\nignore: [LP999]\n", ".lp-lint.yaml:2: règle inconnue « LP999 »"),
        ("fail-on: sometimes\n", ".lp-lint.yaml:1:10:"),
        ("select: !!python/object/apply:os.system [x]\n", "étiquette YAML"),
    ],
)
def test_bad_configuration_is_a_positioned_usage_error(
    tmp_path: Path, config: str, message: str
) -> None:
    code, _, err = codes(str(repo(tmp_path, config)))
    assert code == 2 and message in err


def test_bad_pyproject_key_is_positioned(tmp_path: Path) -> None:
    path = repo(
        tmp_path, '[project]\nname = "x"\n\n[tool.lp-lint]\nfail-on = 3\n', name="pyproject.toml"
    )
    code, _, err = codes(str(path))
    assert (
        code == 2
        and "pyproject.toml:5:1: [tool.lp-lint] « fail-on » : « 3 » n'est pas une valeur admise"
        in err
    )


def test_discovery_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / ".lp-lint.yaml").write_text("fail-on: never\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    path = repo(inner)
    assert codes(str(path))[0] == 1  # the file above the repository does not apply


def test_explicit_config_file(tmp_path: Path) -> None:
    path = repo(tmp_path)
    config = tmp_path / "ailleurs.yaml"
    config.write_text("fail-on: never\n", encoding="utf-8")
    assert codes("--config", str(config), str(path))[0] == 0


def test_a_configurations_lang_applies_to_checks_own_words(tmp_path: Path) -> None:
    path = repo(tmp_path, "lang: en\n")
    english = CliRunner().invoke(main, [str(path), "-o", f"sarif={tmp_path / 'x.sarif'}"])
    assert "regime lp-1999 — texts:" in english.stdout and "  error  " in english.stdout
    assert "3 error(s), 5 warning(s), 3 info(s) in 1 file(s)" in english.stdout
    assert "UE UE5 holds the stage" in english.stdout
    assert english.stderr == f"lp-lint: sarif written to {tmp_path / 'x.sarif'}\n"
    french = CliRunner().invoke(main, [str(path), "--lang", "fr"])
    assert "3 erreur(s), 5 avertissement(s)" in french.stdout and "l'UE UE5" in french.stdout
    document = json.loads(CliRunner().invoke(main, [str(path), "--format", "json"]).stdout)
    assert document["lang"] == "en"
