"""The programme the rules judge, built once per maquette between validation and the rules."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from lp_lint.findings import DocPath
from lp_lint.model.records import Maquette
from lp_lint.programme import coherence, impossible
from lp_lint.programme.coherence import Conflict
from lp_lint.programme.structure import Element, Unit, units

_CONFLICTS = (
    coherence.projet_twice,
    coherence.professionnels_twice,
    coherence.stage_twice,
    coherence.ects_twice,
    coherence.total_below_types,
    coherence.ue_summary_twice,
    impossible.jury,
    impossible.parcours,
    impossible.annees,
    impossible.contrats,
    impossible.codes,
)


@dataclass(frozen=True)
class Programme:
    maquette: Maquette
    units: tuple[Unit, ...]
    conflicts: tuple[Conflict, ...]

    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """What quantities computed over the whole programme, by name: several rules read each."""

    @functools.cached_property
    def elements(self) -> tuple[Element, ...]:
        return tuple(element for unit in self.units for element in unit.elements)

    def unknown(self, fact: str) -> bool:
        """True when the file states `fact` twice in disagreement, or as an impossible value."""
        return fact in self._unknown_facts

    @functools.cached_property
    def _unknown_facts(self) -> frozenset[str]:
        """Gathered once: a rule asks about each UE, and a file may hold as many conflicts."""
        return frozenset(conflict.fact for conflict in self.conflicts)

    def carriers(self, nature: str) -> list[Element]:
        """The elements that hold `nature`, declared or implied by their hours."""
        return [e for e in self.elements if nature in e.natures]

    def holds(self, nature: str) -> bool:
        return any(nature in unit.natures for unit in self.units)

    def unit_at(self, path: DocPath) -> Unit | None:
        return self._by_path.get(path)

    @functools.cached_property
    def _by_path(self) -> dict[DocPath, Unit]:
        """Built once: a rule asks for every UE of a maquette of any size."""
        return {unit.path: unit for unit in reversed(self.units)}  # the first wins, as before

    def block_only(self, nature: str) -> DocPath | None:
        """The top-level block (`stage:`, `projet_tuteure:`) of a nature no UE holds, when the
        structure has UEs: the nature is then declared but is not a UE of its own."""
        block = getattr(self.maquette, nature)
        if block is None or not self.units or self.holds(nature):
            return None
        return (nature,)


def normalise(maquette: Maquette) -> Programme:
    found = units(maquette)
    conflicts = tuple(c for rule in _CONFLICTS for c in rule(maquette, found))
    return Programme(maquette, found, conflicts)


_CACHE: dict[int, tuple[Maquette, Programme]] = {}
_CACHE_SIZE = 8


def programme_of(maquette: Maquette) -> Programme:
    """The programme of a maquette, built once: every quantity of every rule reads the same one.

    Keyed by identity (a model is not hashable); the entry keeps the maquette alive, so an id is
    never reused while it is cached.
    """
    entry = _CACHE.get(id(maquette))
    if entry is not None and entry[0] is maquette:
        return entry[1]
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    programme = normalise(maquette)
    _CACHE[id(maquette)] = (maquette, programme)
    return programme


def forget_programmes() -> None:
    """Drop every programme kept: a file's are of no use to the next one, and kept alive they
    would hold its whole maquette while the next is read (the cycle collector walking them)."""
    _CACHE.clear()
