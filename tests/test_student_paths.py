"""Choices (`choix`): every sum counts one student path, every rule judges every path, and a
finding true on some paths only names them. Hours as written: untyped totals, cours intégrés."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lp_lint.model import Maquette
from lp_lint.programme.paths import MAX_PATHS, conflicts, student_paths
from lp_lint.rules.entities import entities
from lp_lint.rules.quantities.ects import ects_semestre
from lp_lint.rules.quantities.heures import heures_enseignees
from tests.conftest import Lint

HEAD = 'version: 1\nformation: {mention: Commerce, annee_universitaire: "2016-2017"}\n'


def ue(code: str, ects: float, **more: object) -> dict[str, object]:
    return {"code": code, "intitule": code, "ects": ects, **more}


def maquette(ues: list[dict[str, object]], **semestre: object) -> Maquette:
    data: dict[str, Any] = {
        "version": 1,
        "formation": {"mention": "Commerce"},
        "semestres": [{"numero": 5, "ues": ues, **semestre}],
    }
    return Maquette.model_validate(data)


def semester_ects(model: Maquette) -> list[float | None]:
    found = []
    for path in student_paths(model):
        [entity] = entities(path.maquette, "semestre")
        found.append(ects_semestre(path.maquette, entity).number)
    return found


def test_a_maquette_without_choice_is_its_own_only_path() -> None:
    model = maquette([ue("UE1", 30)])
    [path] = student_paths(model)
    assert path.maquette is model and path.chosen == ()
    assert path.original(("semestres", 0, "ues", 0, "ects")) == ("semestres", 0, "ues", 0, "ects")


def test_one_ue_among_two_counts_one_of_them() -> None:
    ues = [ue("UE1", 24), ue("UE2a", 6), ue("UE2b", 5)]
    model = maquette(ues, choix=[{"parmi": ["UE2a", "UE2b"], "nombre": 1}])
    paths = student_paths(model)
    assert [p.chosen for p in paths] == [("UE2a",), ("UE2b",)]
    assert semester_ects(model) == [30, 29]
    # the second path's UE at position 1 is the file's UE at position 2
    assert paths[1].original(("semestres", 0, "ues", 1, "ects")) == (
        "semestres",
        0,
        "ues",
        2,
        "ects",
    )


def test_two_ecs_among_five_make_ten_paths_of_two_ecs() -> None:
    ecs = [{"code": f"EC{i}", "intitule": f"EC{i}", "heures": {"td": 10 * i}} for i in range(1, 6)]
    model = maquette(
        [ue("UE1", 30, ecs=ecs, choix=[{"parmi": [e["code"] for e in ecs], "nombre": 2}])]
    )
    paths = student_paths(model)
    assert len(paths) == 10 and all(len(p.chosen) == 2 for p in paths)
    hours = sorted(
        heures_enseignees(p.maquette, next(entities(p.maquette, "maquette"))).number or 0
        for p in paths
    )
    assert hours[0] == 30 and hours[-1] == 90  # EC1+EC2 … EC4+EC5
    last = paths[-1]
    assert last.chosen == ("EC4", "EC5")
    assert last.original(("semestres", 0, "ues", 0, "ecs", 0)) == (
        "semestres",
        0,
        "ues",
        0,
        "ecs",
        3,
    )


@pytest.mark.parametrize("caractere", ["optionnelle", "libre"])
def test_an_optional_ue_outside_any_choice_is_not_summed(caractere: str) -> None:
    model = maquette([ue("UE1", 30), ue("UE9", 3, caractere=caractere)])
    assert semester_ects(model) == [30]


def test_an_obligatory_ue_is_summed() -> None:
    assert semester_ects(maquette([ue("UE1", 27), ue("UE9", 3, caractere="obligatoire")])) == [30]


def test_a_choice_inside_an_unchosen_ue_opens_no_path_of_its_own() -> None:
    ecs = [{"code": f"EC{i}", "intitule": "x"} for i in range(3)]
    inner = ue("UE2b", 6, ecs=ecs, choix=[{"parmi": ["EC0", "EC1", "EC2"], "nombre": 1}])
    model = maquette([ue("UE2a", 6), inner], choix=[{"parmi": ["UE2a", "UE2b"]}])
    assert [p.chosen for p in student_paths(model)] == [
        ("UE2a",),
        ("UE2b", "EC0"),
        ("UE2b", "EC1"),
        ("UE2b", "EC2"),
    ]


@given(st.integers(min_value=2, max_value=7), st.data())
def test_a_choice_of_k_among_n_opens_n_choose_k_paths(n: int, data: st.DataObject) -> None:
    k = data.draw(st.integers(min_value=1, max_value=n))
    codes = [f"O{i}" for i in range(n)]
    model = maquette([ue(c, 1) for c in codes], choix=[{"parmi": codes, "nombre": k}])
    paths = student_paths(model)
    assert len(paths) == min(math.comb(n, k), MAX_PATHS)
    assert all(len(p.maquette.semestres[0].ues) == k for p in paths)
    assert len({p.chosen for p in paths}) == len(paths)


def test_beyond_the_maximum_the_first_paths_are_judged_and_n010_says_so() -> None:
    groups = [[f"G{g}a", f"G{g}b"] for g in range(7)]  # 2**7 = 128 paths
    model = maquette(
        [ue(c, 1) for pair in groups for c in pair], choix=[{"parmi": p} for p in groups]
    )
    assert len(student_paths(model)) == MAX_PATHS
    assert [c.code for c in conflicts(model)] == ["N010"]


def test_at_the_maximum_there_is_no_n010() -> None:
    groups = [[f"G{g}a", f"G{g}b"] for g in range(6)]  # 2**6 = 64 paths
    model = maquette(
        [ue(c, 1) for pair in groups for c in pair], choix=[{"parmi": p} for p in groups]
    )
    assert len(student_paths(model)) == MAX_PATHS and not conflicts(model)


CHOICE = (
    HEAD
    + """\
semestres:
  - numero: 5
    ues:
      - {code: "UE1", intitule: Un, ects: 24}
      - {code: "UE2a", intitule: A, ects: 6}
      - {code: "UE2b", intitule: B, ects: %s}
    choix:
      - {code: "OPT", parmi: %s, nombre: %s}
"""
)


def test_a_finding_on_one_path_names_it_in_both_languages(lint: Lint) -> None:
    for lang, words in (("fr", "(parcours avec UE2b)"), ("en", "(path with UE2b)")):
        report = lint(CHOICE % (5, '["UE2a", "UE2b"]', 1), lang=lang)
        [finding] = [f for f in report.findings if f.code == "CN301"]
        assert finding.text(lang).endswith(words) and finding.span.start.line == 4


def test_a_finding_on_every_path_is_said_once_without_a_path(lint: Lint) -> None:
    report = lint(CHOICE % (6, '["UE2a", "UE2b"]', 1) + "  - numero: 6\n    ues: []\n")
    assert [f.code for f in report.findings if f.code == "CN301"] == ["CN301"]
    assert not [f for f in report.findings if f.code == "CN301" and "parcours" in f.text("fr")]


@pytest.mark.parametrize(
    ("parmi", "nombre", "line"),
    [
        ('["UE2a", "UE9"]', 1, 10),  # a code that is not a UE of the semester
        ('["UE2a", "UE2a"]', 1, 10),  # the same UE twice
        ('["UE2a", "UE2b"]', 3, 10),  # more than are listed
        ('["UE2a"]', 1, 10),  # a choice of one
    ],
)
def test_a_malformed_choice_is_a_positioned_format_error(
    lint: Lint, parmi: str, nombre: int, line: int
) -> None:
    report = lint(CHOICE % (6, parmi, nombre))
    schema = [f for f in report.findings if f.code == "S001"]
    assert schema and schema[0].span.start.line == line


HOURS = (
    HEAD
    + """\
semestres:
  - numero: 5
    ues:
      - {code: "UE1", intitule: Cours, ects: 30, heures: %s}
"""
)


@pytest.mark.parametrize(
    ("heures", "taught"),
    [
        ("{total: 48}", 48),
        ("{ci: 30, cm: 10}", 40),
        ("{total: 48, cm: 20}", 48),  # the types detail part of the total
        ("{total: 48, cm: 20, ci: 28}", 48),
    ],
)
def test_hours_as_written_count_as_taught_hours(heures: str, taught: float) -> None:
    import yaml

    model = Maquette.model_validate(yaml.safe_load(HOURS % heures))
    assert heures_enseignees(model, next(entities(model, "maquette"))).number == taught


@pytest.mark.parametrize(
    ("heures", "conflict"),
    [("{total: 48, cm: 40, td: 8.4}", False), ("{total: 48, cm: 40, td: 8.6}", True)],
)
def test_hours_by_type_above_the_total_are_a_conflict(
    lint: Lint, heures: str, conflict: bool
) -> None:
    report = lint(HOURS % heures)
    assert bool([f for f in report.findings if f.code == "N011"]) is conflict


UE_AND_ECS = (
    HEAD
    + """\
semestres:
  - numero: 5
    ues:
      - code: "UE1"
        intitule: Gestion
        ects: 30
        heures: %s
        ecs:
          - {code: "M11", intitule: Droit, heures: %s}
"""
)


@pytest.mark.parametrize(
    ("own", "ecs", "conflict"),
    [
        ("{total: 48}", "{cm: 48}", False),
        ("{cm: 48}", "{total: 48}", False),  # the EC's split is unknown, not 0
        ("{total: 48}", "{cm: 40, ci: 10}", True),
        ("{cm: 48}", "{total: 50, cm: 50}", True),
    ],
)
def test_a_ue_total_is_compared_with_its_ecs_taught_hours(
    lint: Lint, own: str, ecs: str, conflict: bool
) -> None:
    report = lint(UE_AND_ECS % (own, ecs))
    assert bool([f for f in report.findings if f.code == "N012"]) is conflict
