"""The typed library of checks that rule files name. A rule brings the params; a check the logic.

Each check declares its params model (validated when a pack is loaded), the cases it can
report (each rule gives a message per case) and the values those messages may show. A check
looks at one entity (the maquette, a semester or a UE) and returns hits and missing inputs.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from lp_lint.entities import Entity
from lp_lint.findings import DocPath
from lp_lint.i18n import Lang
from lp_lint.model import Maquette
from lp_lint.quantities import QUANTITIES, Measure, Missing

NATURE_LABELS: dict[str, dict[Lang, str]] = {
    "enseignement": {"fr": "enseignements", "en": "taught courses"},
    "projet_tuteure": {"fr": "projet tuteuré", "en": "projet tuteuré"},
    "stage": {"fr": "stage", "en": "stage"},
    "memoire": {"fr": "mémoire", "en": "mémoire"},
    "periode_entreprise": {"fr": "périodes en entreprise", "en": "company periods"},
    "autre": {"fr": "autre", "en": "other"},
}


@dataclass(frozen=True)
class Hit:
    case: str
    path: DocPath
    values: dict[str, object]


@dataclass
class CheckResult:
    hits: list[Hit] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
        return [v for k, v in params.model_dump().items() if k in QUANTITY_PARAMS]


QUANTITY_PARAMS = {"quantity", "numerator", "denominator", "left", "right"}
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


def _measure(name: str, maquette: Maquette, entity: Entity) -> Measure:
    return QUANTITIES[name].compute(maquette, entity)


# -- range --------------------------------------------------------------------------------------


class RangeParams(Params):
    quantity: str
    min: float | None = None
    max: float | None = None
    _quantity = field_validator("quantity")(_known_quantity)


@register(
    "range",
    RangeParams,
    {"below": {"valeur", "min", "max", "manque"}, "above": {"valeur", "min", "max", "exces"}},
)
def check_range(maquette: Maquette, entity: Entity, params: RangeParams, _: Lang) -> CheckResult:
    """The quantity lies within [min, max] (either bound may be absent)."""
    measure = _measure(params.quantity, maquette, entity)
    if measure.value is None:
        return CheckResult(missing=list(measure.missing))
    values: dict[str, object] = {
        "valeur": measure.value,
        "min": params.min,
        "max": params.max,
        "entite": entity.label,
    }
    if params.min is not None and measure.value < params.min:
        return CheckResult(
            [Hit("below", measure.path, {**values, "manque": params.min - measure.value})]
        )
    if params.max is not None and measure.value > params.max:
        return CheckResult(
            [Hit("above", measure.path, {**values, "exces": measure.value - params.max})]
        )
    return CheckResult()


# -- equals -------------------------------------------------------------------------------------


class EqualsParams(Params):
    quantity: str
    value: float
    tolerance: float = Field(0.001, ge=0)
    _quantity = field_validator("quantity")(_known_quantity)


@register(
    "equals",
    EqualsParams,
    {"below": {"valeur", "attendu", "manque"}, "above": {"valeur", "attendu", "exces"}},
)
def check_equals(maquette: Maquette, entity: Entity, params: EqualsParams, _: Lang) -> CheckResult:
    """The quantity equals `value` (within `tolerance`)."""
    measure = _measure(params.quantity, maquette, entity)
    if measure.value is None:
        return CheckResult(missing=list(measure.missing))
    gap = measure.value - params.value
    if abs(gap) <= params.tolerance:
        return CheckResult()
    values: dict[str, object] = {
        "valeur": measure.value,
        "attendu": params.value,
        "entite": entity.label,
    }
    if gap < 0:
        return CheckResult([Hit("below", entity.anchor, {**values, "manque": -gap})])
    return CheckResult([Hit("above", entity.anchor, {**values, "exces": gap})])


# -- share-min ----------------------------------------------------------------------------------


class ShareParams(Params):
    numerator: str
    denominator: str
    min: float = Field(ge=0, lt=1)
    numerator_in_denominator: bool = Field(
        False, description="the denominator already contains the numerator (P / (E + P))"
    )
    _numerator = field_validator("numerator", "denominator")(_known_quantity)


@register(
    "share-min",
    ShareParams,
    {"below": {"part", "min", "numerateur", "denominateur", "manque", "reduction"}},
)
def check_share_min(
    maquette: Maquette, entity: Entity, params: ShareParams, _: Lang
) -> CheckResult:
    """numerator / denominator ≥ min.

    Two ways to comply, both rounded up to whole units: `manque`, what to add to the numerator;
    `reduction`, what to remove from the rest of the denominator instead.
    """
    numerator = _measure(params.numerator, maquette, entity)
    denominator = _measure(params.denominator, maquette, entity)
    if numerator.value is None or denominator.value is None:
        return CheckResult(missing=list(numerator.missing + denominator.missing))
    if denominator.value <= 0:
        return CheckResult()
    share = numerator.value / denominator.value
    if share >= params.min - 1e-9:
        return CheckResult()
    if params.numerator_in_denominator:
        rest = denominator.value - numerator.value
        needed = params.min * rest / (1 - params.min)
        rest_allowed = numerator.value * (1 - params.min) / params.min
    else:
        rest = denominator.value
        needed = params.min * denominator.value
        rest_allowed = numerator.value / params.min
    values: dict[str, object] = {
        "part": share,
        "min": params.min,
        "numerateur": numerator.value,
        "denominateur": denominator.value,
        "manque": math.ceil(needed - numerator.value - 1e-9),
        "reduction": math.ceil(rest - rest_allowed - 1e-9),
        "entite": entity.label,
    }
    return CheckResult([Hit("below", numerator.path, values)])


# -- own-ue -------------------------------------------------------------------------------------


class OwnUeParams(Params):
    nature: str
    companions: list[str] = Field(default_factory=list, description="natures allowed beside it")


@register("own-ue", OwnUeParams, {"shared": {"autres"}})
def check_own_ue(_: Maquette, entity: Entity, params: OwnUeParams, lang: Lang) -> CheckResult:
    """A UE holding `nature` holds nothing else but the allowed companions."""
    assert entity.ue is not None
    natures = entity.ue.natures()
    if params.nature not in natures:
        return CheckResult()
    others = sorted(natures - {params.nature} - set(params.companions))
    if not others:
        return CheckResult()
    labels = ", ".join(NATURE_LABELS.get(n, {}).get(lang, n) for n in others)
    return CheckResult([Hit("shared", entity.anchor, {"autres": labels, "entite": entity.label})])
