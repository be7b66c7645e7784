"""Each quantity: its value, where it points, and what it reports missing."""

from __future__ import annotations

from typing import Any

import pytest

from lp_lint.model import Maquette
from lp_lint.rules.entities import entities
from lp_lint.rules.quantities import QUANTITIES, Measure


def maquette(**blocks: Any) -> Maquette:
    return Maquette.model_validate({"version": 1, "formation": {"mention": "Commerce"}, **blocks})


def measure(name: str, m: Maquette, index: int = 0) -> Measure:
    entity = list(entities(m, QUANTITIES[name].scope))[index]
    return QUANTITIES[name].compute(m, entity)


def ue(code: str, *ecs: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"code": code, "intitule": code, "ecs": list(ecs), **fields}


def ec(code: str, **fields: Any) -> dict[str, Any]:
    return {"code": code, "intitule": code, **fields}


STRUCTURE = [
    {
        "numero": 5,
        "ues": [
            ue(
                "U1",
                ec("E1", heures={"cm": 10, "td": 20}),
                ec("E2", heures={"tp": 30, "projet": 5}),
            ),
            ue("U2", ec("P", nature="projet_tuteure", heures={"td": 4, "projet": 40})),
            ue("U3", ec("S", nature="stage"), ec("M", nature="memoire")),
        ],
    }
]


def test_taught_hours_exclude_projet_stage_and_hourless_memoire() -> None:
    m = measure("heures_enseignees", maquette(semestres=STRUCTURE))
    assert m.value == 60


def test_taught_hours_unknown_when_a_course_has_no_hours() -> None:
    structure = [{"numero": 5, "ues": [ue("U1", ec("E1"), ec("E2", heures={"cm": 1}))]}]
    m = measure("heures_enseignees", maquette(semestres=structure))
    assert m.value is None
    assert [miss.key for miss in m.missing] == ["heures (E1)"]
    assert m.missing[0].path == ("semestres", 0, "ues", 0, "ecs", 0, "heures")


def test_projet_hours_from_structure_count_every_hour_of_a_projet_element() -> None:
    m = measure("heures_projet", maquette(semestres=STRUCTURE))
    assert m.value == 5 + 44


def test_projet_block_agreeing_with_the_structure_is_read_there() -> None:
    m = measure("heures_projet", maquette(semestres=STRUCTURE, projet_tuteure={"heures": 49}))
    assert (m.value, m.path) == (49, ("projet_tuteure", "heures"))


def test_projet_block_and_structure_disagreeing_is_unknown_with_nothing_to_fill_in() -> None:
    m = measure("heures_projet", maquette(semestres=STRUCTURE, projet_tuteure={"heures": 150}))
    assert (m.value, m.missing) == (None, ())


def test_projet_unknown_without_any_source() -> None:
    m = measure("heures_projet", maquette())
    assert m.value is None and m.missing[0].key == "projet_tuteure.heures"


def test_volume_outside_stage_is_taught_plus_projet() -> None:
    assert measure("volume_hors_stage", maquette(semestres=STRUCTURE)).value == 60 + 49


@pytest.mark.parametrize(
    ("stage", "weeks", "path"),
    [
        ({"semaines": 12}, 12, ("stage", "semaines")),
        ({"heures": 420}, 12, ("stage", "heures")),
        ({"heures": 420, "heures_par_semaine": 30}, 14, ("stage", "heures")),
        ({"jours_par_semaine": 3, "sur_semaines": 20}, 12, ("stage", "jours_par_semaine")),
    ],
)
def test_stage_weeks_three_ways(stage: dict[str, Any], weeks: float, path: tuple[str, ...]) -> None:
    m = measure("stage_semaines", maquette(stage=stage))
    assert (m.value, m.path) == (weeks, path)


def test_stage_weeks_unknown() -> None:
    assert measure("stage_semaines", maquette(stage={"memoire": True})).value is None
    assert measure("stage_semaines", maquette()).value is None


def test_professional_hours_total_or_per_element() -> None:
    assert (
        measure("heures_professionnels", maquette(equipe={"heures_professionnels": 50})).value == 50
    )
    structure = [
        {
            "numero": 5,
            "ues": [
                ue(
                    "U1",
                    ec("E1", heures={"cm": 10}, heures_professionnels=4),
                    ec("E2", heures={"td": 10}, heures_professionnels=6),
                )
            ],
        }
    ]
    assert measure("heures_professionnels", maquette(semestres=structure)).value == 10
    structure[0]["ues"][0]["ecs"][1].pop("heures_professionnels")
    m = measure("heures_professionnels", maquette(semestres=structure))
    assert m.value is None and m.missing[0].key == "heures_professionnels (E2)"


def test_semester_ects() -> None:
    structure = [{"numero": 5, "ues": [ue("U1", ects=12), ue("U2", ects=18.5)]}]
    m = measure("ects_semestre", maquette(semestres=structure))
    assert (m.value, m.path) == (30.5, ("semestres", 0, "numero"))
    structure[0]["ues"][1].pop("ects")
    assert measure("ects_semestre", maquette(semestres=structure)).value is None


def test_ue_and_ec_ects() -> None:
    structure = [{"numero": 5, "ues": [ue("U1", ec("A", ects=2), ec("B", ects=3), ects=6)]}]
    m = maquette(semestres=structure)
    assert measure("ects_ue", m).value == 6
    assert measure("ects_ecs", m).value == 5
    no_ec_ects = [{"numero": 5, "ues": [ue("U1", ec("A"), ects=6)]}]
    silent = measure("ects_ecs", maquette(semestres=no_ec_ects))
    assert silent.value is None and not silent.missing


def test_every_quantity_is_documented() -> None:
    for quantity in QUANTITIES.values():
        assert quantity.compute.__doc__, quantity.name
        assert quantity.label_fr and quantity.label_en


@pytest.mark.parametrize(
    ("stage", "value"),
    [({"semaines": 12}, None), ({"evaluation": []}, 0), ({"evaluation": ["rapport"]}, 0)],
)
def test_a_declared_evaluation_list_is_complete_as_written(
    stage: dict[str, Any], value: int | None
) -> None:
    assert measure("stage_evaluation_complete", maquette(stage=stage)).value == value


@pytest.mark.parametrize(
    ("conditions", "value", "omitted"),
    [
        (None, None, False),
        ({"moyenne_generale_min": 10}, None, True),
        ({"moyenne_projet_stage_min": 12}, 12, False),
    ],
)
def test_a_declared_condition_block_is_complete_as_written(
    conditions: dict[str, Any] | None, value: float | None, omitted: bool
) -> None:
    mcc = {"seconde_session": True} if conditions is None else {"conditions_delivrance": conditions}
    m = measure("moyenne_projet_stage_min", maquette(modalites_controle=mcc))
    assert (m.value, m.omitted, bool(m.missing)) == (value, omitted, conditions is None)


def test_conseil_categories_follow_the_same_policy() -> None:
    absent = measure("conseil_biatss", maquette(pilotage={"evaluation_enseignements": True}))
    assert (absent.value, bool(absent.missing)) == (None, True)
    declared = {"conseil_perfectionnement": {"membres": {"enseignants": 2}}}
    assert measure("conseil_biatss", maquette(pilotage=declared)).value == 0
    assert measure("conseil_enseignants", maquette(pilotage=declared)).value == 2


def test_a_field_path_is_a_quantity_read_as_written() -> None:
    """A rule declares a field-reading quantity by its path: no Python for `formation.domaine`."""
    given = maquette(pilotage={"evaluation_enseignements": False})
    given = given.model_copy(
        update={"formation": given.formation.model_copy(update={"domaine": "Arts"})}
    )
    assert measure("formation.domaine", given) == Measure("Arts", ("formation", "domaine"))
    assert measure("pilotage.evaluation_enseignements", given).value == 0  # a yes/no as 1/0
    absent = measure("formation.rncp.niveau", given)
    where = ("formation", "rncp")  # the block that would hold it
    assert absent.value is None and absent.path == where
    assert [(m.key, m.path) for m in absent.missing] == [("formation.rncp.niveau", where)]


@pytest.mark.parametrize(
    "name", ["formation", "formation.rncp", "semestres.numero", "formation.mentio", "x.y", "a..b"]
)
def test_a_path_to_a_block_a_list_or_nothing_is_no_quantity(name: str) -> None:
    assert name not in QUANTITIES and QUANTITIES.get(name) is None
    with pytest.raises(KeyError):
        QUANTITIES[name]


def test_field_paths_are_not_listed_among_the_named_quantities() -> None:
    assert "formation.domaine" in QUANTITIES
    assert all("." not in name for name in QUANTITIES)
