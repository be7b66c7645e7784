"""The author's tools: explain, a code frame under findings, statistics, colours."""

from __future__ import annotations

from click.testing import CliRunner

from lp_lint.cli.main import main
from tests.conftest import ROOT
from tests.test_rule_cases import ALL_RULES

FAILING = str(ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml")


def test_explain_shows_reference_reading_and_examples_from_the_case_files() -> None:
    result = CliRunner().invoke(main, ["explain", "LP104"])
    assert result.exit_code == 0
    out = result.stdout
    assert (
        "art. 7, al. 5" in out
        and "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000397481" in out
    )
    assert "`litterale` **(en vigueur pour cette exécution)**" in out
    case = (ROOT / "rules" / "lp-1999" / "cases" / "projet-quart" / "ko-99-heures.yaml").read_text(
        encoding="utf-8"
    )
    assert case.rstrip() in out
    assert "--reading projet-quart=LECTURE" in out


def test_explain_names_the_reading_chosen() -> None:
    out = (
        CliRunner()
        .invoke(main, ["explain", "projet-quart", "--reading", "projet-quart=heures-enseignees"])
        .stdout
    )
    assert "`heures-enseignees` **(en vigueur pour cette exécution)**" in out


def test_explain_every_rule_in_both_languages() -> None:
    for rule in ALL_RULES:
        for lang in ("fr", "en"):
            result = CliRunner().invoke(main, ["explain", rule.code, "--lang", lang])
            assert result.exit_code == 0 and rule.source.reference.url in result.stdout
            assert "```yaml" in result.stdout


def test_explain_unknown_rule() -> None:
    result = CliRunner().invoke(main, ["explain", "LP999"])
    assert result.exit_code == 2 and "LP999" in result.stderr


def test_show_source_underlines_the_span() -> None:
    out = (
        CliRunner()
        .invoke(main, ["--isolated", "--select", "LP104", "--show-source", FAILING])
        .stdout
    )
    assert "111 │ projet_tuteure:" in out
    assert "112 │   heures: 120" in out
    assert "    │           ^^^\n" in out


def test_statistics_count_per_rule() -> None:
    out = CliRunner().invoke(main, ["--isolated", "--statistics", FAILING]).stdout
    assert "    3  D001    incomplete" in out
    assert "    1  LP101   stage-ue-propre" in out


def test_colours_follow_the_options_and_no_color() -> None:
    plain = CliRunner().invoke(main, ["--isolated", FAILING]).stdout
    coloured = CliRunner().invoke(main, ["--isolated", "--color", "always", FAILING]).stdout
    assert "\x1b[" not in plain and "\x1b[" in coloured
    forced = CliRunner().invoke(main, ["--isolated", FAILING], env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" in forced
    never = (
        CliRunner()
        .invoke(main, ["--isolated", "--color", "never", FAILING], env={"FORCE_COLOR": "1"})
        .stdout
    )
    assert "\x1b[" not in never


def test_explain_with_a_malformed_reading_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["explain", "LP104", "--reading", "projet-quart"])
    assert result.exit_code == 2 and "RÈGLE=LECTURE" in result.output


def test_explain_a_finding_of_lp_lint_itself() -> None:
    result = CliRunner().invoke(main, ["explain", "D001"])
    assert result.exit_code == 0 and result.stdout.startswith(
        "# D001 `incomplete` — Donnée manquante"
    )
    assert CliRunner().invoke(main, ["explain", "yaml-syntax"]).stdout.startswith("# Y001")
