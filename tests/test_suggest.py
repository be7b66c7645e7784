""" "Did you mean": keys of a maquette or a configuration, rule codes, commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from lp_lint.cli.main import main
from lp_lint.suggest import suggest
from tests.conftest import ROOT

WEB = ROOT / "examples" / "maquettes" / "lp-web-2023-2024.yaml"
EC_KEYS = ["code", "intitule", "ects", "coefficient", "heures", "heures_professionnels", "nature"]


@pytest.mark.parametrize(
    ("word", "known", "expected"),
    [
        ("ECTS", EC_KEYS, "ects"),
        ("CM", ["cm", "td", "tp", "projet"], "cm"),
        ("heures_pro", EC_KEYS, "heures_professionnels"),
        ("coeff", EC_KEYS, "coefficient"),
        ("intitulé", EC_KEYS, "intitule"),
        ("fail_on", ["fail-on", "select", "ignore"], "fail-on"),
        ("chek", ["check", "explain", "report", "diff"], "check"),
        ("zzz", EC_KEYS, None),
        ("he", EC_KEYS, None),  # too short to stand for a longer key
    ],
)
def test_the_nearest_word(word: str, known: list[str], expected: str | None) -> None:
    assert suggest(word, known) == expected


@given(st.text(max_size=12), st.lists(st.text(min_size=1, max_size=12), max_size=8))
def test_a_suggestion_is_always_a_known_word_other_than_the_given_one(
    word: str, known: list[str]
) -> None:
    found = suggest(word, known)
    assert found is None or (found in known and found != word)


@given(st.sampled_from(EC_KEYS))
def test_a_case_slip_always_finds_its_key(key: str) -> None:
    assert suggest(key.upper(), EC_KEYS) == key


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_maquette_keys_suggest_what_was_meant(tmp_path: Path) -> None:
    text = WEB.read_text(encoding="utf-8")
    for old, new in (
        ("heures_professionnels:", "heures_pro:"),
        ("coefficient:", "coeff:"),
        ("ects:", "ECTS:"),
        ("{cm:", "{CM:"),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    _, out, _ = run("--isolated", str(path))
    for key, meant in (
        ("heures_pro", "heures_professionnels"),
        ("coeff", "coefficient"),
        ("ECTS", "ects"),
        ("CM", "cm"),
    ):
        assert f"clé inconnue « {key} » : vouliez-vous dire « {meant} » ?" in out


@pytest.mark.parametrize(
    ("name", "config"),
    [
        (".lp-lint.yaml", "fail_on: warning\n"),
        ("pyproject.toml", '[tool.lp-lint]\nfail_on = "x"\n'),
    ],
)
def test_configuration_keys_point_to_the_spelling_with_a_hyphen(
    tmp_path: Path, name: str, config: str
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / name).write_text(config, encoding="utf-8")
    (tmp_path / "m.yaml").write_text(WEB.read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run(str(tmp_path / "m.yaml"))
    assert code == 2 and "clé inconnue « fail_on » : vouliez-vous dire « fail-on » ?" in err


@pytest.mark.parametrize(
    "args",
    [
        ("explain", "LP104X"),
        ("--ignore", "LP104X", str(WEB)),
        ("--reading", "LP104X=litterale", str(WEB)),
        ("report", "--select", "LP104X", str(WEB)),
    ],
)
def test_unknown_rule_codes_get_a_suggestion(args: tuple[str, ...]) -> None:
    code, _, err = run(*args)
    assert code == 2 and "règle inconnue « LP104X » : vouliez-vous dire « LP104 » ?" in err


def test_unknown_rule_ids_in_english() -> None:
    code, _, err = run("explain", "projet-qart", "--lang", "en")
    assert code == 2 and "unknown rule 'projet-qart': did you mean 'projet-quart'?" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("chek", str(WEB)), "commande inconnue « chek » : vouliez-vous dire « check » ?"),
        (("raport", str(WEB), "--lang", "en"), "unknown command 'raport': did you mean 'report'?"),
        (("expain", "LP104"), "vouliez-vous dire « explain » ?"),
    ],
)
def test_misspelt_commands(args: tuple[str, ...], message: str) -> None:
    code, _, err = run(*args)
    assert code == 2 and message in err


def test_a_file_named_like_a_command_is_still_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("chek").write_text(WEB.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = run("chek")
    assert code == 0 and "aucun problème" in out
    assert "chemin introuvable : nope.yaml" in run("nope.yaml")[2]


def test_the_executable_exits_2_on_a_misspelt_command() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "lp_lint", "chek", "x.yaml"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and "« check »" in result.stderr
