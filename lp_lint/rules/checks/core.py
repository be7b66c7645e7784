"""The registry of checks that rule files name. A rule brings the params; a check the logic.

Each check declares what a rule file needs to use it, so that loading a pack asks nothing of
particular checks: its params (a twin of `params`, whose model validates them when a pack is
read), the cases it can report
and the values their messages may show, which of those cases a rule's params can produce (a
rule gives a message for those only), the scopes it can run on, and the param a configuration
list may extend. A check looks at one entity (the maquette, a semester or a UE) and returns hits
and missing inputs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from lp_lint.findings import DocPath
from lp_lint.model.records import Maquette
from lp_lint.rules.entities import SCOPES, Entity, Scope
from lp_lint.rules.quantities import QUANTITIES, Measure, Missing
from lp_lint.rules.records import Params, thaw

if TYPE_CHECKING:
    from pydantic import BaseModel


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


P = TypeVar("P", bound=Params)


class Check(NamedTuple, Generic[P]):
    name: str
    params: type[P]
    """The plain params its function reads; `params_model` validates a rule file's."""
    cases: dict[str, frozenset[str]]
    """Each case it reports → the placeholders its messages may use (besides `entite`)."""
    run: Callable[[Maquette, Entity, P], CheckResult]
    doc: str
    scopes: tuple[Scope, ...] = SCOPES
    """The entities it can look at; a rule of another scope is refused when its pack loads."""
    extensible: str | None = None
    """The list param that a configuration list adds to (a rule names the list: `etendue_par`)."""

    @property
    def params_model(self) -> type[BaseModel]:
        """The pydantic model of its params (`checks.params`, imported only to read a rule file
        or write the documentation)."""
        from lp_lint.rules.checks import params as models

        model: type[BaseModel] = getattr(models, self.params.__name__)
        return model

    def validate(self, data: dict[str, Any]) -> P:
        """`data` checked by the params model, as the twin a run holds (raises pydantic's
        ValidationError)."""
        return thaw(self.params, self.params_model.model_validate(data).model_dump())

    def reachable_cases(self, params: Params) -> frozenset[str]:
        return params.produces(frozenset(self.cases))

    def extended(self, params: P, values: tuple[str, ...]) -> P:
        """`params` with a configuration list's values added to its extensible param."""
        if not values or self.extensible is None:
            return params
        current = getattr(params, self.extensible)
        return params.model_copy(update={self.extensible: [*current, *values]})

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
    name: str,
    params: type[P],
    cases: dict[str, set[str]],
    *,
    scopes: tuple[Scope, ...] = SCOPES,
    extensible: str | None = None,
) -> Callable[
    [Callable[[Maquette, Entity, P], CheckResult]],
    Callable[[Maquette, Entity, P], CheckResult],
]:
    def wrap(
        function: Callable[[Maquette, Entity, P], CheckResult],
    ) -> Callable[[Maquette, Entity, P], CheckResult]:
        frozen = {case: frozenset(names | {"entite"}) for case, names in cases.items()}
        doc = (function.__doc__ or "").strip()
        CHECKS[name] = Check(name, params, frozen, function, doc, scopes, extensible)
        return function

    return wrap


def measure(name: str, maquette: Maquette, entity: Entity) -> Measure:
    return QUANTITIES[name].compute(maquette, entity)


def number(value: float | str | None) -> float | None:
    """Numeric checks read numbers only; a text-valued quantity is a rule-writing error."""
    if isinstance(value, str):
        raise TypeError(f"quantité textuelle « {value} » dans une vérification numérique")
    return value
