"""Student paths: the programmes a student can follow through the choices of a maquette.

A choice (`choix`) lets a student take `nombre` of the UEs of a semester, or of the ECs of a UE;
an optional or free UE outside any choice is in no path. Each path is the maquette reduced to
what one student follows, so that every sum counts one path and every rule judges each of them.
Positions stay those of the file: a path maps its own list positions back to the original ones.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from lp_lint.findings import DocPath
from lp_lint.model.records import UE, Choix, Maquette, Semestre
from lp_lint.programme import impossible
from lp_lint.programme.build import programme_of
from lp_lint.programme.coherence import Conflict
from lp_lint.programme.structure import units
from lp_lint.pseudo_rules import TOO_MANY_PATHS

MAX_PATHS = 64
"""Paths judged at most. Beyond, the first 64 are judged and N010 says the verdict is partial."""

_OUTSIDE = frozenset({"optionnelle", "libre"})

Keep = tuple[tuple[int, ...], ...]
"""For a list (the UEs of a semester, the ECs of a UE): the positions of the members kept."""


class StudentPath(NamedTuple):
    maquette: Maquette
    chosen: tuple[str, ...]
    """The codes the student chose, in document order (empty when the maquette has no choice)."""
    ues: dict[int, tuple[int, ...]]
    """Semester position → the original positions of its UEs in this path."""
    ecs: dict[tuple[int, int], tuple[int, ...]]
    """(semester, UE) original positions → the original positions of its ECs in this path."""

    def original(self, path: DocPath) -> DocPath:
        """A position in this path's maquette → the same place in the file."""
        if len(path) < 4 or path[0] != "semestres" or path[2] != "ues":
            return path
        s, u = path[1], path[3]
        assert isinstance(s, int) and isinstance(u, int)
        kept = self.ues.get(s)
        ue = kept[u] if kept is not None and u < len(kept) else u
        rest = path[4:]
        if len(rest) >= 2 and rest[0] == "ecs" and isinstance(rest[1], int):
            ecs = self.ecs.get((s, ue))
            if ecs is not None and rest[1] < len(ecs):
                rest = ("ecs", ecs[rest[1]], *rest[2:])
        return ("semestres", s, "ues", ue, *rest)


def _selections(codes: Sequence[str], groups: list[Choix]) -> list[frozenset[str]]:
    """Every set of codes left out by one way of making the choices."""
    ways = [
        [frozenset(g.parmi) - frozenset(pick) for pick in itertools.combinations(g.parmi, g.nombre)]
        for g in groups
    ]
    outside = frozenset(codes) - {c for g in groups for c in g.parmi}
    return [outside.union(*combo) for combo in itertools.product(*ways)]


def _left_out_ues(semestre: Semestre) -> list[frozenset[str]]:
    optional = [u.code for u in semestre.ues if u.caractere in _OUTSIDE]
    return _selections(optional, semestre.choix)


def _reduce_ue(ue: UE, dropped: frozenset[str]) -> tuple[UE, tuple[int, ...]]:
    kept = tuple(i for i, ec in enumerate(ue.ecs) if ec.code not in dropped)
    if len(kept) == len(ue.ecs):
        return ue, kept
    return ue.model_copy(update={"ecs": [ue.ecs[i] for i in kept]}), kept


def _paths(maquette: Maquette) -> Iterator[StudentPath]:
    per_semester = [_left_out_ues(s) for s in maquette.semestres]
    per_ue = [[_selections([], ue.choix) for ue in semestre.ues] for semestre in maquette.semestres]
    for ue_choice in itertools.product(*per_semester):
        yield from _with_ecs(maquette, ue_choice, per_ue)


def _with_ecs(
    maquette: Maquette,
    ue_choice: tuple[frozenset[str], ...],
    per_ue: list[list[list[frozenset[str]]]],
) -> Iterator[StudentPath]:
    kept_ues = {
        s: tuple(u for u, ue in enumerate(sem.ues) if ue.code not in ue_choice[s])
        for s, sem in enumerate(maquette.semestres)
    }
    places = [(s, u) for s, kept in kept_ues.items() for u in kept]
    options = [per_ue[s][u] for s, u in places]
    for ec_choice in itertools.product(*options):
        dropped_ecs = dict(zip(places, ec_choice, strict=True))
        yield _build(maquette, kept_ues, dropped_ecs)


def _build(
    maquette: Maquette,
    kept_ues: dict[int, tuple[int, ...]],
    dropped_ecs: dict[tuple[int, int], frozenset[str]],
) -> StudentPath:
    semestres, ecs, chosen = [], {}, []
    for s, semestre in enumerate(maquette.semestres):
        ues = []
        members = {c for g in semestre.choix for c in g.parmi}
        for u in kept_ues[s]:
            ue, kept = _reduce_ue(semestre.ues[u], dropped_ecs[(s, u)])
            ecs[(s, u)] = kept
            ues.append(ue)
            chosen += [ue.code] if ue.code in members else []
            ec_members = {c for g in ue.choix for c in g.parmi}
            chosen += [ec.code for ec in ue.ecs if ec.code in ec_members]
        semestres.append(semestre.model_copy(update={"ues": ues}))
    reduced = maquette.model_copy(update={"semestres": semestres})
    _remember(reduced, maquette)
    return StudentPath(reduced, tuple(chosen), kept_ues, ecs)


_WHOLE: dict[int, tuple[Maquette, Maquette]] = {}
_WHOLE_SIZE = 4 * MAX_PATHS


def _remember(reduced: Maquette, whole: Maquette) -> None:
    if len(_WHOLE) >= _WHOLE_SIZE:
        _WHOLE.pop(next(iter(_WHOLE)))
    _WHOLE[id(reduced)] = (reduced, whole)


def whole(maquette: Maquette) -> Maquette:
    """The maquette as written, for a path's maquette: what the file names (codes a bloc of
    competences refers to) is every UE written, chosen or not. The entry keeps the path alive,
    so that its id is not reused while it is remembered."""
    entry = _WHOLE.get(id(maquette))
    return entry[1] if entry is not None and entry[0] is maquette else maquette


def _has_choices(maquette: Maquette) -> bool:
    return any(
        s.choix or any(ue.choix or ue.caractere in _OUTSIDE for ue in s.ues)
        for s in maquette.semestres
    )


def student_paths(maquette: Maquette, limit: int = MAX_PATHS) -> list[StudentPath]:
    """The paths, at most `limit`; the maquette itself when it offers no choice.

    Each path differs from the others by what was chosen (a choice inside a UE is made only on
    the paths that take that UE), so none is judged twice.
    """
    if not _has_choices(maquette):
        return [StudentPath(maquette, (), {}, {})]
    return list(itertools.islice(_paths(maquette), limit))


def too_many(maquette: Maquette) -> Iterator[Conflict]:
    """More paths than are judged: the verdict covers the first `MAX_PATHS` only."""
    if len(student_paths(maquette, MAX_PATHS + 1)) > MAX_PATHS:
        yield Conflict(TOO_MANY_PATHS.code, ("semestres",), (), {"max": MAX_PATHS}, "")


def conflicts(maquette: Maquette) -> tuple[Conflict, ...]:
    """The conflicts of every path (each judged on what its student follows), once each, in the
    file's positions; then N010 when there are more paths than are judged."""
    found: dict[tuple[str, DocPath], Conflict] = {}
    paths = student_paths(maquette)
    for path in paths:
        for conflict in programme_of(path.maquette).conflicts:
            placed = conflict._replace(
                path=path.original(conflict.path),
                related=tuple(path.original(p) for p in conflict.related),
            )
            found.setdefault((placed.code, placed.path), placed)
    judged_whole = len(paths) == 1 and paths[0].maquette is maquette  # its codes are in above
    if not judged_whole:  # a code names one thing, whether chosen or not
        for conflict in impossible.codes(maquette, units(maquette)):
            found.setdefault((conflict.code, conflict.path), conflict)
    return (*found.values(), *too_many(maquette))
