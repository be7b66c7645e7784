"""The registry of checks that rule files name. A rule brings the params; a check the logic.

Each check declares its params model (validated when a pack is loaded), the cases it can
report (each rule gives a message per case) and the values those messages may show. A check
looks at one entity (the maquette, a semester or a UE) and returns hits and missing inputs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict

from lp_lint.findings import DocPath
from lp_lint.i18n import Lang
from lp_lint.model.records import Maquette
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities import QUANTITIES, Measure, Missing

NATURE_LABELS: dict[str, dict[Lang, str]] = {  # how messages name natures
    "enseignement": {"fr": "enseignements", "en": "taught courses"},
    "projet_tuteure": {"fr": "projet tuteuré", "en": "projet tuteuré"},
    "stage": {"fr": "stage", "en": "stage"},
    "memoire": {"fr": "mémoire", "en": "mémoire"},
    "periode_entreprise": {"fr": "périodes en entreprise", "en": "company periods"},
    "mise_en_situation": {"fr": "mise en situation professionnelle", "en": "work-based situation"},
    "autre": {"fr": "autre", "en": "other"},
}


class Hit(NamedTuple):
    case: str
    path: DocPath
    values: dict[str, object]
    related: tuple[DocPath, ...] = ()
    """Where the numbers the hit is about come from (the terms of a sum)."""


@dataclass
class CheckResult:
    hits: list[Hit] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _known_quantity(name: str) -> str:
    if name not in QUANTITIES:
        raise ValueError(
            f"quantité inconnue « {name} » ; connues : {', '.join(sorted(QUANTITIES))}"
        )
    return name


P = TypeVar("P", bound=Params)


@dataclass(frozen=True)
class Check(Generic[P]):
    name: str
    params_model: type[P]
    cases: dict[str, frozenset[str]]
    """Each case it reports → the placeholders its messages may use (besides `entite`)."""
    run: Callable[[Maquette, Entity, P, Lang], CheckResult]
    doc: str

    def quantities(self, params: Params) -> list[str]:
        """The quantities a rule's params name (for scope checks and message placeholders)."""
        names: list[str] = []
        for key, value in params.model_dump().items():
            if key in QUANTITY_PARAMS:
                names.extend(value if isinstance(value, list) else [value])
        return names


QUANTITY_PARAMS = {"quantity", "numerator", "denominator", "left", "right", "quantities"}
CHECKS: dict[str, Check[Any]] = {}


def register(
    name: str, params_model: type[P], cases: dict[str, set[str]]
) -> Callable[
    [Callable[[Maquette, Entity, P, Lang], CheckResult]],
    Callable[[Maquette, Entity, P, Lang], CheckResult],
]:
    def wrap(
        function: Callable[[Maquette, Entity, P, Lang], CheckResult],
    ) -> Callable[[Maquette, Entity, P, Lang], CheckResult]:
        frozen = {case: frozenset(names | {"entite"}) for case, names in cases.items()}
        CHECKS[name] = Check(name, params_model, frozen, function, (function.__doc__ or "").strip())
        return function

    return wrap


def measure(name: str, maquette: Maquette, entity: Entity) -> Measure:
    return QUANTITIES[name].compute(maquette, entity)


def number(value: float | str | None) -> float | None:
    """Numeric checks read numbers only; a text-valued quantity is a rule-writing error."""
    if isinstance(value, str):
        raise TypeError(f"quantité textuelle « {value} » dans une vérification numérique")
    return value


def known_quantity(name: str) -> str:
    if name not in QUANTITIES:
        raise ValueError(
            f"quantité inconnue « {name} » ; connues : {', '.join(sorted(QUANTITIES))}"
        )
    return name
