"""Checks on numbers: bounds, equality, shares of a whole, agreement of two quantities."""

from __future__ import annotations

import math

from lp_lint.model.records import Maquette
from lp_lint.rules.checks.core import (
    CheckResult,
    Hit,
    measure,
    number,
    register,
)
from lp_lint.rules.entities import Entity
from lp_lint.rules.records import (
    CountShareParams,
    EqualsParams,
    RangeParams,
    SameParams,
    ShareParams,
)

EPSILON = 1e-9
"""Shares are compared with this slack so that exactly 25 % (or 20 of 60) passes."""


@register(
    "range",
    RangeParams,
    {"below": {"valeur", "min", "max", "manque"}, "above": {"valeur", "min", "max", "exces"}},
)
def check_range(maquette: Maquette, entity: Entity, params: RangeParams) -> CheckResult:
    """The quantity lies within [min, max] (either bound may be absent)."""
    found = measure(params.quantity, maquette, entity)
    value = number(found.value)
    if value is None:
        return CheckResult(missing=list(found.missing))
    values = {
        **found.details,
        "valeur": value,
        "min": params.min,
        "max": params.max,
        "entite": entity.label,
    }
    hit: Hit | None = None
    if params.min is not None and value < params.min - EPSILON:
        hit = Hit("below", found.path, {**values, "manque": params.min - value}, found.parts)
    elif params.max is not None and value > params.max + EPSILON:
        hit = Hit("above", found.path, {**values, "exces": value - params.max}, found.parts)
    if hit is None:
        return CheckResult()
    # a value that still lacks an input only holds if that input goes one way: no verdict yet
    return CheckResult(missing=list(found.missing)) if found.missing else CheckResult([hit])


@register(
    "equals",
    EqualsParams,
    {"below": {"valeur", "attendu", "manque"}, "above": {"valeur", "attendu", "exces"}},
)
def check_equals(maquette: Maquette, entity: Entity, params: EqualsParams) -> CheckResult:
    """The quantity equals `value` (within `tolerance`)."""
    found = measure(params.quantity, maquette, entity)
    value = number(found.value)
    if value is None:
        return CheckResult(missing=list(found.missing))
    gap = value - params.value
    if abs(gap) <= params.tolerance:
        return CheckResult()
    values = {**found.details, "valeur": value, "attendu": params.value, "entite": entity.label}
    if gap < 0:
        return CheckResult([Hit("below", found.path, {**values, "manque": -gap}, found.parts)])
    return CheckResult([Hit("above", found.path, {**values, "exces": gap}, found.parts)])


@register("same", SameParams, {"different": {"gauche", "droite", "ecart"}})
def check_same(maquette: Maquette, entity: Entity, params: SameParams) -> CheckResult:
    """Two quantities agree, when both are known (a consistency check, silent otherwise)."""
    left = measure(params.left, maquette, entity)
    right = measure(params.right, maquette, entity)
    a, b = number(left.value), number(right.value)
    if a is None or b is None or abs(a - b) <= params.tolerance:
        return CheckResult()
    values = {"gauche": a, "droite": b, "ecart": abs(a - b), "entite": entity.label}
    return CheckResult([Hit("different", left.path, values)])


@register(
    "share-min",
    ShareParams,
    {"below": {"part", "min", "numerateur", "denominateur", "manque", "reduction"}},
)
def check_share_min(maquette: Maquette, entity: Entity, params: ShareParams) -> CheckResult:
    """numerator / denominator ≥ min.

    Two ways to comply, both rounded up to whole units: `manque`, what to add to the numerator;
    `reduction`, what to remove from the rest of the denominator instead.
    """
    top = measure(params.numerator, maquette, entity)
    bottom = measure(params.denominator, maquette, entity)
    n, d = number(top.value), number(bottom.value)
    if n is None or d is None:
        return CheckResult(missing=list(top.missing + bottom.missing))
    if d <= 0 or n / d >= params.min - EPSILON:
        return CheckResult()
    rest = d - n if params.numerator_in_denominator else d
    if params.numerator_in_denominator:
        needed, rest_allowed = (
            params.min * rest / (1 - params.min),
            n * (1 - params.min) / params.min,
        )
    else:
        needed, rest_allowed = params.min * d, n / params.min
    values = {
        **top.details,
        "part": n / d,
        "min": params.min,
        "numerateur": n,
        "denominateur": d,
        "entite": entity.label,
        "manque": math.ceil(needed - n - EPSILON),
        "reduction": math.ceil(rest - rest_allowed - EPSILON),
    }
    return CheckResult(
        [Hit("below", top.path, values, tuple(dict.fromkeys(top.parts + bottom.parts)))]
    )


@register(
    "count-share",
    CountShareParams,
    {
        "below": {"part", "min", "max", "numerateur", "denominateur", "manque"},
        "above": {"part", "min", "max", "numerateur", "denominateur", "remplacer"},
    },
)
def check_count_share(maquette: Maquette, entity: Entity, params: CountShareParams) -> CheckResult:
    """A share of people (e.g. professionals on a jury) within [min, max].

    Below: `manque` people of that kind to add (the group grows with them). Above: `remplacer`
    of them to replace by others (the group keeps its size).
    """
    top = measure(params.numerator, maquette, entity)
    bottom = measure(params.denominator, maquette, entity)
    n, d = number(top.value), number(bottom.value)
    if n is None or d is None:
        return CheckResult(missing=list(top.missing + bottom.missing))
    if d <= 0:
        return CheckResult()
    share = n / d
    values = {
        "part": share,
        "min": params.min,
        "max": params.max,
        "numerateur": n,
        "denominateur": d,
        "entite": entity.label,
    }
    if params.min is not None and share < params.min - EPSILON:
        add = math.ceil((params.min * d - n) / (1 - params.min) - EPSILON) if params.min < 1 else 0
        return CheckResult([Hit("below", top.path, {**values, "manque": add})])
    if params.max is not None and share > params.max + EPSILON:
        replace = math.ceil(n - params.max * d - EPSILON)
        return CheckResult([Hit("above", top.path, {**values, "remplacer": replace})])
    return CheckResult()
