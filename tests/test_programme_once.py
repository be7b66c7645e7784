"""The programme's conflicts are found once: a maquette judged whole is not searched for
duplicate codes a second time, with the same conflicts as when it was."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lp_lint.model.records import Maquette
from lp_lint.programme import impossible
from lp_lint.programme.build import forget_programmes, programme_of
from lp_lint.programme.coherence import Conflict
from lp_lint.programme.paths import conflicts, student_paths, too_many
from lp_lint.programme.structure import units
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.shaping import shape
from lp_lint.rules.entities import entities
from lp_lint.rules.quantities import heures
from tests.conftest import ROOT
from tests.strategies import code, dump, maquettes


def conflicts_searched_twice(maquette: Maquette) -> tuple[Conflict, ...]:
    """`conflicts` as it read before: the codes of the maquette searched again in every case."""
    found: dict[tuple[str, tuple[str | int, ...]], Conflict] = {}
    for path in student_paths(maquette):
        for conflict in programme_of(path.maquette).conflicts:
            placed = conflict._replace(
                path=path.original(conflict.path),
                related=tuple(path.original(p) for p in conflict.related),
            )
            found.setdefault((placed.code, placed.path), placed)
    for conflict in impossible.codes(maquette, units(maquette)):
        found.setdefault((conflict.code, conflict.path), conflict)
    return (*found.values(), *too_many(maquette))


def maquette_of(text: str) -> Maquette | None:
    loaded = load_yaml(text)
    return None if loaded.data is None else shape(loaded.data, loaded.source_map)[0]


def test_every_example_has_the_same_conflicts() -> None:
    compared = 0
    for path in sorted((ROOT / "examples" / "maquettes").glob("*.yaml")):
        maquette = maquette_of(path.read_text(encoding="utf-8"))
        if maquette is not None:  # a few examples are refused by design
            assert conflicts(maquette) == conflicts_searched_twice(maquette)
            compared += 1
    assert compared >= 5


@given(maquettes, st.lists(code, min_size=1, max_size=3))
def test_any_maquette_has_the_same_conflicts(data: dict[str, object], codes: list[str]) -> None:
    semestres = data.get("semestres")
    ues = semestres[0].get("ues") if isinstance(semestres, list) and semestres else None
    if ues:  # the same codes written twice, or more
        ues.extend({**ues[0], "code": c} for c in codes)
    maquette = maquette_of(dump(data))
    if maquette is not None:
        assert conflicts(maquette) == conflicts_searched_twice(maquette)


def test_quantities_made_once_per_programme_are_those_made_afresh() -> None:
    compared = 0
    for path in sorted((ROOT / "examples" / "maquettes").glob("*.yaml")):
        maquette = maquette_of(path.read_text(encoding="utf-8"))
        if maquette is None:
            continue
        [whole] = entities(maquette, "maquette")
        for remembered in (heures.heures_enseignees, heures.heures_projet):
            first = remembered(maquette, whole)
            assert remembered(maquette, whole) is first  # made once
            assert first == remembered.__wrapped__(maquette, whole)  # type: ignore[attr-defined]
        forget_programmes()
        assert not programme_of(maquette).memo  # a programme made again starts afresh
        compared += 1
    assert compared >= 5


@given(maquettes, st.lists(code, min_size=1, max_size=3))
def test_a_fact_is_unknown_exactly_when_a_conflict_names_it(
    data: dict[str, object], codes: list[str]
) -> None:
    semestres = data.get("semestres")
    ues = semestres[0].get("ues") if isinstance(semestres, list) and semestres else None
    if ues:
        ues.extend({**ues[0], "code": c, "ects": 99} for c in codes)
    maquette = maquette_of(dump(data))
    if maquette is None:
        return
    programme = programme_of(maquette)
    asked = {c.fact for c in programme.conflicts} | {"", "heures_projet", "ects:0", "x"}
    for fact in asked:
        expected = any(conflict.fact == fact for conflict in programme.conflicts)
        assert programme.unknown(fact) == expected
