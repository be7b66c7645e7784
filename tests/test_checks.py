"""Each check of the library, on small maquettes, including its boundaries."""

from __future__ import annotations

from typing import Any

import pytest

from lp_lint.i18n import Message
from lp_lint.model import Maquette
from lp_lint.rules.checks import CHECKS, CheckResult
from lp_lint.rules.entities import entities
from tests.test_quantities import ec, maquette, ue


def run(check: str, m: Maquette, scope: str = "maquette", **params: Any) -> list[CheckResult]:
    spec = CHECKS[check]
    validated = spec.params_model.model_validate(params)
    return [spec.run(m, entity, validated) for entity in entities(m, scope)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("weeks", "case"), [(11.9, "below"), (12, None), (16, None), (16.1, "above")]
)
def test_range_boundaries(weeks: float, case: str | None) -> None:
    [result] = run(
        "range", maquette(stage={"semaines": weeks}), quantity="stage_semaines", min=12, max=16
    )
    assert [hit.case for hit in result.hits] == ([case] if case else [])


def test_range_values_for_messages() -> None:
    [result] = run(
        "range", maquette(stage={"semaines": 10}), quantity="stage_semaines", min=12, max=16
    )
    assert result.hits[0].values["manque"] == 2
    assert result.hits[0].path == ("stage", "semaines")


def test_range_unknown_reports_missing() -> None:
    [result] = run("range", maquette(), quantity="stage_semaines", min=12)
    assert not result.hits and result.missing


def test_equals_per_semester() -> None:
    structure = [
        {"numero": 5, "ues": [ue("A", ects=30)]},
        {"numero": 6, "ues": [ue("B", ects=28)]},
    ]
    results = run(
        "equals", maquette(semestres=structure), "semestre", quantity="ects_semestre", value=30
    )
    assert results[0].hits == []
    [hit] = results[1].hits
    assert (hit.case, hit.values["manque"], hit.path) == ("below", 2, ("semestres", 1, "numero"))


def _share_maquette(taught: float, projet: float) -> Maquette:
    structure = [{"numero": 5, "ues": [ue("A", ec("E", heures={"td": taught}))]}]
    return maquette(semestres=structure, projet_tuteure={"heures": projet})


SHARE = {
    "numerator": "heures_projet",
    "denominator": "volume_hors_stage",
    "min": 0.25,
    "numerator_in_denominator": True,
}


@pytest.mark.parametrize(
    ("projet", "fails"), [(100, False), (99, True), (99.99, True), (120, False)]
)
def test_share_literal_reading_boundary(projet: float, fails: bool) -> None:
    [result] = run("share-min", _share_maquette(300, projet), **SHARE)
    assert bool(result.hits) is fails


def test_share_gives_both_ways_to_comply() -> None:
    [result] = run("share-min", _share_maquette(430, 120), **SHARE)
    values = result.hits[0].values
    # P >= E / 3: 430 / 3 = 143.3 → 24 more hours; or E <= 3 P = 360 → 70 fewer taught hours
    assert (values["manque"], values["reduction"]) == (24, 70)
    assert values["part"] == pytest.approx(120 / 550)


def test_share_looser_reading() -> None:
    params = {**SHARE, "denominator": "heures_enseignees", "numerator_in_denominator": False}
    [ok] = run("share-min", _share_maquette(430, 120), **params)
    assert not ok.hits
    [ko] = run("share-min", _share_maquette(500, 120), **params)
    assert (ko.hits[0].values["manque"], ko.hits[0].values["reduction"]) == (5, 20)


def test_own_ue() -> None:
    structure = [
        {
            "numero": 6,
            "ues": [
                ue("A", ec("S", nature="stage"), ec("M", nature="memoire")),
                ue("B", ec("S2", nature="stage"), ec("P", nature="projet_tuteure")),
                ue("C", nature="stage"),
            ],
        }
    ]
    [result] = run("own-ue", maquette(semestres=structure), nature="stage", companions=["memoire"])
    [hit] = result.hits
    labels = hit.values["autres"]
    assert isinstance(labels, Message) and labels.render("fr") == "projet tuteuré"
    assert (hit.values["entite"], labels.render("en")) == ("B", "projet tuteuré")
    assert hit.path == ("semestres", 0, "ues", 1, "code")
    assert hit.related == (
        ("semestres", 0, "ues", 1, "ecs", 0),
        ("semestres", 0, "ues", 1, "ecs", 1),
    )


def test_own_ue_reads_projet_hours_written_in_a_course_or_a_stage() -> None:
    structure = [
        {
            "numero": 6,
            "ues": [
                ue("A", ec("C", heures={"cm": 20, "td": 40, "projet": 150})),
                ue("B", nature="stage", heures={"projet": 50}),
            ],
        }
    ]
    [result] = run("own-ue", maquette(semestres=structure), nature="projet_tuteure")
    assert [(h.values["entite"], h.path) for h in result.hits] == [
        ("A", ("semestres", 0, "ues", 0, "ecs", 0, "heures", "projet")),
        ("B", ("semestres", 0, "ues", 1, "heures", "projet")),
    ]
    assert result.hits[0].related == (("semestres", 0, "ues", 0, "ecs", 0),)


def test_own_ue_finds_a_block_no_ue_holds() -> None:
    structure = [{"numero": 6, "ues": [ue("A", ec("C", heures={"cm": 20}))]}]
    [result] = run("own-ue", maquette(semestres=structure, stage={"semaines": 12}), nature="stage")
    [hit] = result.hits
    assert (hit.case, hit.path) == ("sans-ue", ("stage",))
    [silent] = run("own-ue", maquette(stage={"semaines": 12}), nature="stage")
    assert not silent.hits, "without any UE the structure is unknown, not at fault"


def test_unknown_quantity_is_refused_in_params() -> None:
    with pytest.raises(ValueError, match="quantité inconnue"):
        CHECKS["range"].params_model.model_validate({"quantity": "nope"})


def test_every_check_is_documented() -> None:
    for check in CHECKS.values():
        assert check.doc and check.cases
