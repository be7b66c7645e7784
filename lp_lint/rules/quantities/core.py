"""Named quantities computed from a maquette; rules refer to them by name.

Every quantity returns a `Measure`: its value, where in the file it comes from (so that a finding
points there), and, when an input is absent, what is missing instead of a value. Absent is
unknown, never zero: a rule whose quantity is unknown stays silent and the engine reports what
to fill in.

Counting conventions (documented in docs/regles.md):
- hours are student hours; within one `heures` table an unwritten kind counts as 0, but an
  element with no `heures` table at all is unknown;
- taught hours are the CM+TD+TP of every element that is neither stage, company period nor
  projet tuteuré (a course must give them; a mémoire counts those it gives); an element of
  nature projet tuteuré counts all its hours as projet;
- the projet's hours are `projet_tuteure.heures` when given, else the sum of projet hours found
  in the structure; both given and in disagreement, they are unknown (a conflict, N001);
- a fact the file states twice in disagreement, or as an impossible value, is unknown without
  anything to fill in: the normalisation (`lp_lint.programme`) reports it.

Absent, declared, unknown (one policy, see `listed`): a block that is absent is unknown; a
block that enumerates things (award conditions, members by category) is complete as written
once declared, so what it leaves out is absent, not unknown.
"""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, TypeVar, Union, get_args, get_origin, get_type_hints

from lp_lint.findings import DocPath
from lp_lint.model.record_base import Record
from lp_lint.model.records import Maquette
from lp_lint.programme import Element, programme_of
from lp_lint.programme.structure import NON_TAUGHT as NON_TAUGHT
from lp_lint.programme.structure import projet_hours as projet_hours
from lp_lint.programme.structure import taught as taught
from lp_lint.rules.entities import Entity, Scope


class Missing(NamedTuple):
    """An input a quantity needed: the key to fill in, and where it would go."""

    key: str
    path: DocPath


_NO_DETAILS: Mapping[str, object] = MappingProxyType({})


class Measure(NamedTuple):
    """A quantity's value (a number, or a text for named values), its source, what is missing.

    `details` are extra numbers or words a message may show (the quantity declares their names);
    `parts` are where the numbers of a sum come from (SARIF shows them as related locations).
    A value with `missing` inputs is provisional: a range check accepts it within its bounds and
    asks for the inputs (D001) instead of failing it beyond them.
    """

    value: float | str | None
    path: DocPath
    missing: tuple[Missing, ...] = ()
    details: Mapping[str, object] = _NO_DETAILS
    parts: tuple[DocPath, ...] = ()
    omitted: bool = False
    """The declared block that should state it leaves it out (see `listed`)."""

    @property
    def number(self) -> float | None:
        return self.value if isinstance(self.value, int | float) else None

    @property
    def known(self) -> bool:
        return self.value is not None


class Quantity(NamedTuple):
    name: str
    scope: Scope
    unit: str
    label_fr: str
    label_en: str
    compute: Callable[[Maquette, Entity], Measure]
    details: frozenset[str] = frozenset()


class Registry(dict[str, Quantity]):
    """The quantities by name. A name with a dot is a field of the maquette read as written
    (`formation.rncp.niveau`): a rule declares such a quantity by its path, with no Python; the
    named ones, registered below, are the computations. Iterating lists the named ones only."""

    def __missing__(self, name: str) -> Quantity:
        found = field_quantity(name)
        if found is None:
            raise KeyError(name)
        return found

    def __contains__(self, name: object) -> bool:
        return super().__contains__(name) or (isinstance(name, str) and self.get(name) is not None)

    def get(self, name: str, default: Quantity | None = None) -> Quantity | None:  # type: ignore[override]
        found = super().get(name)
        return found if found is not None else (field_quantity(name) or default)


QUANTITIES = Registry()


def quantity(
    name: str, scope: Scope, unit: str, label_fr: str, label_en: str, details: tuple[str, ...] = ()
) -> Callable[[Callable[[Maquette, Entity], Measure]], Callable[[Maquette, Entity], Measure]]:
    """Register a quantity under `name`; its docstring is its documentation."""

    def register(
        function: Callable[[Maquette, Entity], Measure],
    ) -> Callable[[Maquette, Entity], Measure]:
        QUANTITIES[name] = Quantity(
            name, scope, unit, label_fr, label_en, function, frozenset(details)
        )
        return function

    return register


FIELD_PATH = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")


@functools.lru_cache(maxsize=256)
def field_quantity(name: str) -> Quantity | None:
    """The quantity that reads the maquette's field at the dotted path `name`: its value as
    written (a yes/no as 1 or 0), unknown when absent anywhere on the way (D001 asks for it).
    None when the path names no plain field of the format (a block, a list, a typo)."""
    if not FIELD_PATH.match(name) or not _plain_field(Maquette, name.split(".")):
        return None
    path = tuple(name.split("."))

    def read(maquette: Maquette, _: Entity) -> Measure:
        node: Any = maquette
        for part in path:
            node = getattr(node, part, None) if node is not None else None
        if node is None:
            return Measure(None, path[:-1], (Missing(name, path[:-1]),))
        return Measure(int(node) if isinstance(node, bool) else node, path)

    read.__doc__ = f"`{name}`, as written."
    return Quantity(name, "maquette", "", name, name, read)


def _plain_field(model: type[Record], parts: list[str]) -> bool:
    """`parts` lead through nested blocks to a text, number, yes/no or fixed choice."""
    if parts[0] not in model._fields:
        return False
    annotation = _hints(model)[parts[0]]
    optional = get_origin(annotation) in (Union, types.UnionType)
    inner = [a for a in get_args(annotation) if a is not type(None)] if optional else [annotation]
    if len(inner) != 1:
        return False
    kind = inner[0]
    if len(parts) > 1:
        return isinstance(kind, type) and issubclass(kind, Record) and _plain_field(kind, parts[1:])
    return get_origin(kind) is Literal or kind in (str, int, float, bool)


_HINTS: dict[type[Record], dict[str, Any]] = {}


def _hints(model: type[Record]) -> dict[str, Any]:
    """A block's field types, resolved once (only when a rule names a field path)."""
    if model not in _HINTS:
        _HINTS[model] = get_type_hints(model)
    return _HINTS[model]


@functools.lru_cache(maxsize=1)
def field_paths() -> tuple[str, ...]:
    """Every path a rule may read as a field quantity."""
    return tuple(sorted(p for p in _walk(Maquette, "") if field_quantity(p) is not None))


def _walk(model: type[Record], prefix: str) -> Iterator[str]:
    for name in model._fields:
        path = f"{prefix}{name}"
        yield path
        annotation = _hints(model)[name]
        for nested in (annotation, *get_args(annotation)):
            if isinstance(nested, type) and issubclass(nested, Record):
                yield from _walk(nested, f"{path}.")


def listed(block: object | None, block_path: DocPath, key: str) -> Measure:
    """An entry of a block that enumerates (award conditions, members by category).

    The one policy for absent data: no block at all is unknown (the rule stays silent and D001
    says what to fill in); a declared block is complete as written, so an entry it leaves out is
    `omitted` — a breach where the text requires it, none where it does not.
    """
    if block is None:
        name = ".".join(str(p) for p in (*block_path, key))
        return Measure(None, block_path, (Missing(name, block_path),))
    value = getattr(block, key)
    if value is None:
        return Measure(None, block_path, omitted=True)
    return Measure(value, (*block_path, key))


MaquetteWide = TypeVar("MaquetteWide")


def once_per_programme(
    function: Callable[[Maquette, Entity], MaquetteWide],
) -> Callable[[Maquette, Entity], MaquetteWide]:
    """A computation over the whole maquette (its entity unused) made once per programme:
    several rules and quantities read the same (taught hours, years of study)."""
    name = f"{function.__module__}.{function.__qualname__}"

    @functools.wraps(function)
    def remembered(maquette: Maquette, entity: Entity) -> MaquetteWide:
        memo = programme_of(maquette).memo
        if name not in memo:
            memo[name] = function(maquette, entity)
        return memo[name]  # type: ignore[no-any-return]

    return remembered


def contradicted(maquette: Maquette, fact: str, path: DocPath) -> Measure | None:
    """An unknown measure when the file contradicts itself on `fact` (reported as N0xx)."""
    return Measure(None, path) if programme_of(maquette).unknown(fact) else None


def annees(maquette: Maquette) -> int | None:
    """Years the maquette covers: `formation.duree_annees`, else one per two semesters."""
    if maquette.formation.duree_annees is not None:
        return maquette.formation.duree_annees
    return max(1, -(-len(maquette.semestres) // 2)) if maquette.semestres else None


# -- the structure's elements, as the programme reads them -------------------------------------


def elements(maquette: Maquette) -> tuple[Element, ...]:
    """Every element that carries hours: each EC, or the UE itself when it has no EC."""
    return programme_of(maquette).elements


def missing(element: Element, key: str) -> Missing:
    return Missing(f"{key} ({element.code})", (*element.path, key))


def total(parts: list[tuple[float | None, Missing]], path: DocPath) -> Measure:
    missing = tuple(miss for value, miss in parts if value is None)
    if missing:
        return Measure(None, path, missing)
    value = sum(value for value, _ in parts if value is not None)
    return Measure(value, path, parts=tuple(miss.path for _, miss in parts))
