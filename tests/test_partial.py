"""One bad element does not silence the maquette: refused values are reported, read as unknown,
and every rule that does not need them runs; where leaving a value out could change a verdict,
no rule runs at all."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lp_lint.reports import FileReport
from tests.conftest import Lint
from tests.metamorphic import lint
from tests.strategies import dump
from tests.test_metamorphic import COMPLIANT, example

GOOD = """\
version: 1
formation: {mention: Commercialisation de produits et services, annee_universitaire: "2022-2023"}
semestres:
  - numero: 5
    ues:
      - code: "UE1"
        intitule: Gestion
        ects: 30
        ecs:
          - {code: "M11", intitule: Droit, heures: {cm: 150}, coefficient: 1}
%s
  - numero: 6
    ues:
      - {code: "UE2", intitule: Projet, ects: 12, nature: projet_tuteure, heures: {projet: 100}}
      - {code: "UE3", intitule: Stage, ects: 15, nature: stage}
"""
MALUS = '          - {code: "MALUS", coefficient: 0}'
"""ScoDoc's malus module: no title, coefficient 0."""


def codes(report: FileReport, code: str) -> list[int]:
    return [f.span.start.line for f in report.findings if f.code == code]


def test_a_malus_module_is_reported_and_the_rest_is_judged(lint: Lint) -> None:
    report = lint(GOOD % MALUS)
    assert report.rules_applied
    assert codes(report, "S001") == [11, 11]  # the missing title, the coefficient of 0
    # rules over the rest run: S6 has 27 ECTS, the parcours 57
    assert codes(report, "CN301") == [12] and codes(report, "LP203") == [3]
    # rules that needed the module's hours say so instead of judging without them
    incomplete = [f for f in report.findings if f.code == "D001" and "MALUS" in f.text("fr")]
    assert any("LP201" in f.text("fr") for f in incomplete)
    assert not [f for f in report.findings if f.code in ("CE401", "LP201")]


def test_without_the_malus_module_the_same_rules_judge_the_hours(lint: Lint) -> None:
    report = lint(GOOD % '          - {code: "M12", intitule: Vente, heures: {td: 10}}')
    assert report.rules_applied and not codes(report, "S001")
    assert codes(report, "CE401") == [4]  # 160 h: a verdict, not an unknown


def test_an_unknown_key_in_an_ec_is_left_out(lint: Lint) -> None:
    report = lint(GOOD % '          - {code: "M12", intitule: Vente, heures: {td: 10}, ect: 3}')
    assert report.rules_applied and codes(report, "S002") == [11]


def test_hours_written_as_text_are_unknown_not_zero(lint: Lint) -> None:
    report = lint(GOOD % '          - {code: "M12", intitule: Vente, heures: {td: "10"}}')
    assert report.rules_applied
    assert any(f.code == "D001" and "heures (M12)" in f.text("fr") for f in report.findings)


@pytest.mark.parametrize(
    "element",
    [
        '          - {code: "M12", intitule: Stage, nature: stgae}',  # a stage read as a course
        '          - {code: "M12", intitule: Vente, themes: [langue]}',  # a list read as empty
        "          - {code: 12, intitule: Vente}",  # what names the element
        "          - Vente",  # not an element at all
    ],
)
def test_where_leaving_out_could_change_a_verdict_no_rule_runs(lint: Lint, element: str) -> None:
    report = lint(GOOD % element)
    assert not report.rules_applied and codes(report, "S001") + codes(report, "S002")


def test_an_unknown_top_level_key_keeps_the_rules_out(lint: Lint) -> None:
    report = lint(GOOD % MALUS + "stages: {semaines: 12}\n")
    assert not report.rules_applied  # a misspelt block would read as no stage at all


def test_a_refused_value_of_a_block_is_unknown(lint: Lint) -> None:
    report = lint(GOOD % "" + "stage: {semaines: -12}\n")
    assert report.rules_applied and codes(report, "S001") == [16]
    assert any(f.code == "D001" and "stage.semaines" in f.text("fr") for f in report.findings)


VALUES = ("ects", "coefficient", "heures", "heures_professionnels")


def _elements(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        element
        for semestre in data["semestres"]
        for ue in semestre["ues"]
        for element in [ue, *ue.get("ecs", [])]
    ]


def _places(data: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Values that may be refused and left out: those of UEs and ECs, and of top-level blocks."""
    places = [(e, key) for e in _elements(data) for key in VALUES if key in e]
    blocks = [v for k, v in data.items() if k not in KEPT and isinstance(v, dict)]
    return places + [(block, key) for block in blocks for key in block]


KEPT = ("version", "formation", "semestres")


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(sorted(COMPLIANT)), data=st.data())
def test_a_refused_value_in_a_compliant_maquette_never_makes_a_breach(
    name: str, data: st.DataObject
) -> None:
    """Left out, a refused value is unknown: the rules find no breach the file does not have."""
    maquette = example(name)
    holder, key = data.draw(st.sampled_from(_places(maquette)))
    holder[key] = -1  # refused everywhere: no count, share or flag of a maquette is negative
    codes, _ = lint(dump(maquette))
    assert "S001" in codes
    assert codes - {"S001", "D001"} <= lint(dump(example(name)))[0]
