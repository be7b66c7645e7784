"""One bad value does not silence the whole maquette: what is invalid is left out, the rest judged.

A value refused by the format (a coefficient of 0, hours written as text, an unknown key in an
EC) is reported as a format error and then read as absent, which is unknown: a rule that needs
it stays silent and D001 says so, and every other rule runs. A rule that requires a value
(every UE has ECTS) would read a refused one as missing: its findings about the UE, EC or block
that lost a value are left out too, the format error already says what is wrong there. This is safe only where absent
means unknown, so a value is left out only when it is an optional value of a UE, an EC, or of a
top-level block (stage, jury, pilotage…), whose absence the rules read as unknown. A missing
title is replaced by a placeholder: no rule reads titles.

Anything else keeps the whole maquette out of the rules, as before: a wrong nature, choice or
code, a list whose absence would read as empty, the identity of the formation, the semesters'
numbers, an unknown top-level key (a misspelt block would read as no block at all).
"""

from __future__ import annotations

import copy
import types
from typing import Any, NamedTuple, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from lp_lint.findings import DocPath, Finding
from lp_lint.model import Maquette
from lp_lint.model.structure import EC, UE
from lp_lint.pseudo_rules import INCOMPLETE

UNTITLED = "(sans intitulé)"
"""Stands for a missing or invalid title (ScoDoc's malus modules have none); no rule reads it."""

_KEPT_WHOLE = frozenset({"formation", "semestres", "derogations", "version"})
"""Top-level keys whose values are never left out (their absence is not unknown)."""
_NEVER_LEFT_OUT = frozenset({"code", "nature", "caractere", "choix"})
"""What says what an element is: left out, a stage would read as a course."""


def _model_of(field: str) -> type[BaseModel] | None:
    """The model of a top-level block (`stage` → `Stage`), or None for a list or a scalar."""
    info = Maquette.model_fields.get(field)
    if info is None:
        return None
    annotation = info.annotation
    if get_origin(annotation) in (Union, types.UnionType):
        annotation = next((a for a in get_args(annotation) if a is not type(None)), None)
    return (
        annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    )


def _holder(path: DocPath) -> tuple[DocPath, type[BaseModel]] | None:
    """The UE, EC or block that holds the value at `path`, and its model."""
    if path[:1] == ("semestres",) and len(path) > 4 and path[2] == "ues":
        if len(path) > 6 and path[4] == "ecs" and isinstance(path[5], int):
            return path[:6], EC
        return path[:4], UE
    head = path[0] if path else None
    if isinstance(head, str) and head not in _KEPT_WHOLE:
        model = _model_of(head)
        if model is not None and len(path) > 1:
            return path[:1], model
    return None


def _unknown_when_absent(model: type[BaseModel], key: object) -> bool:
    if key in _NEVER_LEFT_OUT:
        return False
    info = model.model_fields.get(key) if isinstance(key, str) else None
    if info is None:  # an unknown key: leaving it out is what the format asks
        return True
    return not info.is_required() and info.default is None


def _parent(data: Any, path: DocPath) -> dict[str, Any] | None:
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node if isinstance(node, dict) else None


def left_out(data: Any, invalid: list[DocPath]) -> tuple[Any, list[DocPath]] | None:
    """`data` with every invalid value left out, and the UEs, ECs and blocks that held them;
    None when one of them cannot be left out."""
    out = copy.deepcopy(data)
    holders: list[DocPath] = []
    for path in invalid:
        found = _holder(path)
        if found is None:
            return None
        holder, model = found
        holders.append(holder)
        key = path[len(holder)]
        node = _parent(out, holder)
        if node is None:
            return None
        if key == "intitule" and model in (UE, EC):
            node["intitule"] = UNTITLED
        elif _unknown_when_absent(model, key):
            node.pop(str(key), None)
        else:
            return None
    return out, holders


class Partial(NamedTuple):
    maquette: Maquette
    holders: tuple[DocPath, ...]
    """The UEs, ECs and blocks a value was left out of: no rule judges them (a rule that
    requires a value would read it as missing, when it is only refused)."""

    def judged(self, findings: list[Finding]) -> list[Finding]:
        """The rule findings, less those about an element that lost a value (D001, which says
        what the rules could not check, stays)."""
        return [
            f
            for f in findings
            if f.code == INCOMPLETE.code or not any(f.path[: len(h)] == h for h in self.holders)
        ]


def partial_maquette(data: Any, refused: list[Finding]) -> Partial | None:
    """The maquette without its refused values, when what is left is valid and safe to judge."""
    reduced = left_out(data, [f.path for f in refused])
    if reduced is None:
        return None
    try:
        return Partial(Maquette.model_validate(reduced[0]), tuple(dict.fromkeys(reduced[1])))
    except ValidationError:
        return None
