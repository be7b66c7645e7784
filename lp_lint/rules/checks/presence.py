"""Checks on what a maquette states: flags, named values, categories, themes, UE natures."""

from __future__ import annotations

import functools
import re
import unicodedata

from lp_lint.i18n import MESSAGES, Message, joined, msg, plain, quoted
from lp_lint.model.records import Maquette
from lp_lint.programme import Unit, programme_of
from lp_lint.programme.structure import implied
from lp_lint.rules.checks.core import (
    CheckResult,
    Hit,
    measure,
    register,
)
from lp_lint.rules.checks.numeric import check_equals
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities import QUANTITIES, Missing
from lp_lint.rules.records import (
    AllPositiveParams,
    DeclaredEqualsParams,
    FlagParams,
    OneOfParams,
    OwnUeParams,
    ThemesParams,
)


@register("flag", FlagParams, {"unmet": set()})
def check_flag(maquette: Maquette, entity: Entity, params: FlagParams) -> CheckResult:
    """A yes/no quantity (1 or 0) has the expected answer; unknown stays silent."""
    found = measure(params.quantity, maquette, entity)
    if found.value is None:
        return CheckResult(missing=list(found.missing))
    if bool(found.value) == params.expected:
        return CheckResult()
    return CheckResult([Hit("unmet", found.path, {**found.details, "entite": entity.label})])


def normalized(text: str) -> str:
    """Compare names as people write them: case, accents kept, spacing and apostrophes folded."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("\u00a0", " ")
    text = re.sub(r"\s*:\s*", " : ", text)
    text = re.sub(r"\s*,\s*", ", ", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


@functools.lru_cache(maxsize=16)
def _normalized_set(values: tuple[str | float, ...]) -> frozenset[str]:
    """A rule's accepted texts, normalised once per run rather than once per file."""
    return frozenset(normalized(v) for v in values if isinstance(v, str))


@register("one-of", OneOfParams, {"other": {"valeur", "valeurs"}}, extensible="values")
def check_one_of(maquette: Maquette, entity: Entity, params: OneOfParams) -> CheckResult:
    """The quantity is one of `values`."""
    found = measure(params.quantity, maquette, entity)
    if found.value is None:
        return CheckResult(missing=list(found.missing))
    if params.normalize and isinstance(found.value, str):
        if normalized(found.value) in _normalized_set(tuple(params.values)):
            return CheckResult()
    elif found.value in params.values:
        return CheckResult()
    shown = joined([quoted(v) for v in params.values[:8]], plain(", "))
    if len(params.values) > 8:
        shown += plain(" …")
    return CheckResult(
        [
            Hit(
                "other",
                found.path,
                {"valeur": found.value, "valeurs": shown, "entite": entity.label},
            )
        ]
    )


@register("all-positive", AllPositiveParams, {"absent": {"liste"}})
def check_all_positive(
    maquette: Maquette, entity: Entity, params: AllPositiveParams
) -> CheckResult:
    """Every named count is above zero (e.g. each category of a board is represented)."""
    absent: list[Message] = []
    missing: list[Missing] = []
    path = entity.anchor
    for name in params.quantities:
        found = measure(name, maquette, entity)
        if found.value is None:
            missing.extend(found.missing)
        elif not found.value:
            absent.append(Message(name, QUANTITIES[name].label_fr, QUANTITIES[name].label_en))
            path = found.path
    hits = (
        [Hit("absent", path, {"liste": joined(absent, plain(", ")), "entite": entity.label})]
        if absent
        else []
    )
    return CheckResult(hits, missing)


@register("themes-present", ThemesParams, {"missing": {"liste"}}, scopes=("maquette",))
def check_themes(maquette: Maquette, entity: Entity, params: ThemesParams) -> CheckResult:
    """Each theme is carried by at least one UE or EC (`themes`); silent without any structure."""
    if not maquette.semestres:
        return CheckResult(missing=[Missing("semestres", ())])
    carried = {
        t for _s, _u, ue in maquette.iter_ues() for holder in (ue, *ue.ecs) for t in holder.themes
    }
    absent = [msg(f"theme.{t}") for t in params.themes if t not in carried]
    if not absent:
        return CheckResult()
    return CheckResult(
        [
            Hit(
                "missing",
                ("semestres",),
                {"liste": joined(absent, plain(", ")), "entite": entity.label},
            )
        ]
    )


@register("own-ue", OwnUeParams, {"shared": {"autres"}, "sans-ue": {"bloc"}}, scopes=("maquette",))
def check_own_ue(maquette: Maquette, entity: Entity, params: OwnUeParams) -> CheckResult:
    """`nature` is a UE of its own: every UE that holds it holds nothing else but the allowed
    companions, whatever the layout (an EC of that nature, projet hours inside a course or a
    stage); and a top-level block of that nature has a UE to hold it."""
    programme = programme_of(maquette)
    hits = [hit for unit in programme.units if (hit := _shared(unit, params)) is not None]
    block = programme.block_only(params.nature) if params.block_only else None
    if block is not None:
        hits.append(Hit("sans-ue", block, {"bloc": block[0], "entite": entity.label}))
    return CheckResult(hits)


def nature_label(nature: str) -> Message:
    """How messages name a nature (`projet tuteuré`); an unknown one by its own name."""
    key = f"nature.{nature}"
    return msg(key) if key in MESSAGES else plain(nature)


def _shared(unit: Unit, params: OwnUeParams) -> Hit | None:
    """The finding points at the hours at fault when a nature comes from hours, else at the UE."""
    if params.nature not in unit.natures:
        return None
    others = sorted(set(unit.natures) - {params.nature} - set(params.companions))
    if not others:
        return None
    labels = joined([nature_label(n) for n in others], plain(", "))
    places = [p for n in (params.nature, *others) for p in unit.natures[n]]
    at_fault = next((p for p in places if implied(p)), unit.anchor)
    related = tuple(p for p in places if p != at_fault)
    return Hit("shared", at_fault, {"autres": labels, "entite": unit.code}, related)


@register(
    "declared-equals",
    DeclaredEqualsParams,
    {
        "below": {"valeur", "attendu", "manque"},
        "above": {"valeur", "attendu", "exces"},
        "omitted": {"attendu"},
    },
)
def check_declared_equals(
    maquette: Maquette, entity: Entity, params: DeclaredEqualsParams
) -> CheckResult:
    """A condition the text requires equals `value`; left out of the block that declares the
    conditions, it is a breach (`omitted`); with no such block, it is unknown."""
    found = measure(params.quantity, maquette, entity)
    if found.omitted:
        values = {"attendu": params.value, "entite": entity.label}
        return CheckResult([Hit("omitted", found.path, values)])
    return check_equals(maquette, entity, params)
