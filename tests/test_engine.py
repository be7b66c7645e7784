"""Which texts apply: by academic year, by explicit regime, and in the transition year."""

from __future__ import annotations

import pytest

from tests.conftest import Lint


def head(year: str | None = None, regime: str | None = None) -> str:
    lines = ["version: 1", "formation:", "  mention: Commerce"]
    if year:
        lines.append(f'  annee_universitaire: "{year}"')
    if regime:
        lines.append(f"  regime: {regime}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("year", "regime", "packs"),
    [
        ("2010-2011", "lp-1999", ("code-travail", "lp-1999", "recommandations")),
        (
            "2016-2017",
            "lp-1999",
            ("cadre-national", "code-education", "code-travail", "lp-1999", "recommandations"),
        ),
        (
            "2023-2024",
            "lp-2019",
            ("cadre-national", "code-education", "code-travail", "lp-2019", "recommandations"),
        ),
    ],
)
def test_packs_follow_the_academic_year(
    lint: Lint, year: str, regime: str, packs: tuple[str, ...]
) -> None:
    report = lint(head(year))
    assert report.regime == regime
    assert report.packs == packs
    assert not [f for f in report.findings if f.rule_id == "regime"]


def test_transition_year_picks_the_older_regime_and_says_so(lint: Lint) -> None:
    report = lint(head("2020-2021"))
    assert report.regime == "lp-1999"
    [note] = [f for f in report.findings if f.rule_id == "regime"]
    assert note.code == "R002" and "regime: lp-2019" in note.text("fr")
    assert note.span.start.line == 2


def test_regime_named_in_the_maquette_wins(lint: Lint) -> None:
    report = lint(head("2020-2021", "lp-2019"))
    assert report.regime == "lp-2019"
    assert not [f for f in report.findings if f.rule_id == "regime"]


def test_regime_option_wins_over_the_maquette(lint: Lint) -> None:
    report = lint(head("2016-2017"), regime="lp-2019")
    assert report.regime == "lp-2019"
    [note] = [f for f in report.findings if f.rule_id == "regime"]
    assert note.code == "R003"


def test_no_year_no_regime_is_a_warning(lint: Lint) -> None:
    report = lint(head())
    [note] = [f for f in report.findings if f.rule_id == "regime"]
    assert note.code == "R001" and note.severity.label == "warning"


def test_reading_changes_the_projet_rule(lint: Lint) -> None:
    text = head("2016-2017") + (
        "semestres:\n  - numero: 5\n    ues:\n"
        "      - {code: U, intitule: U, ects: 30, ecs: [{code: E, intitule: E, heures: {td: 430}}]}\n"
        "projet_tuteure: {heures: 120}\n"
    )
    literal = [f for f in lint(text).findings if f.rule_id == "projet-quart"]
    assert len(literal) == 1 and (literal[0].span.start.line, literal[0].span.start.column) == (
        9,
        26,
    )
    looser = lint(text, readings=(("projet-quart", "heures-enseignees"),))
    assert not [f for f in looser.findings if f.rule_id == "projet-quart"]


def test_a_failing_rule_becomes_an_internal_error_finding(
    lint: Lint, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lp_lint.rules import quantities

    def broken(*_: object) -> object:
        raise ZeroDivisionError("boom")

    original = quantities.QUANTITIES["stage_semaines"]
    monkeypatch.setitem(
        quantities.QUANTITIES,
        "stage_semaines",
        original._replace(compute=broken),
    )
    report = lint(head("2016-2017") + "stage: {semaines: 5}\n")
    internal = [f for f in report.findings if f.rule_id == "internal-error"]
    assert len(internal) == 1 and "stage-duree" in internal[0].text("fr")
    assert report.internal_error
    # the other rules still ran
    assert any(f.rule_id == "incomplete" for f in report.findings)
