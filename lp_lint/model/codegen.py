"""Writes `records.py`: the format's pydantic models turned into plain classes and a validator.

The models stay the format's one definition. This reads their fields (types, bounds, patterns,
defaults), their own methods (copied as written) and their validators (each mapped to its
function in `invariants`), and writes Python that builds the same objects without pydantic.
Anything in a model it does not know how to translate stops the generation: the fast path
never guesses. Run by `python -m lp_lint.docgen`; a test fails when the file is stale.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import textwrap
import types
from typing import Any, Literal, Union, get_args, get_origin

import annotated_types
from pydantic import BaseModel, BeforeValidator
from pydantic.fields import FieldInfo

from lp_lint.model.base import Strict
from lp_lint.model.invariants import date_from_text
from lp_lint.model.maquette import Maquette

HEADER = '''"""The maquette format as plain classes, and the validator that builds them: GENERATED.

Written by `python -m lp_lint.docgen` from the pydantic models (lp_lint/model/codegen.py says
how); do not edit. A file this validator cannot vouch for goes to pydantic (see record_base).
"""

# ruff: noqa: E501
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from lp_lint.model import record_base as _r
from lp_lint.model.invariants import (
    choice_count_error,
    choice_members_error,
    split_stage_error,
)
'''

VALIDATORS = {
    ("Stage", "_fractionne_complet"): (
        "_r.check(split_stage_error(values['jours_par_semaine'], values['sur_semaines']))"
    ),
    ("Choix", "_fewer_than_listed"): (
        "_r.check(choice_count_error(values['nombre'], values['parmi']))"
    ),
    ("UE", "_choix_of_ecs"): (
        "_r.check(choice_members_error(values['choix'], {ec.code for ec in values['ecs']}, 'EC'))"
    ),
    ("Semestre", "_choix_of_ues"): (
        "_r.check(choice_members_error(values['choix'], {ue.code for ue in values['ues']}, 'UE'))"
    ),
}
"""Each validator of the models, by class and name, and the same check on the built values."""


_LIMITS = (
    annotated_types.Ge,
    annotated_types.Gt,
    annotated_types.Le,
    annotated_types.MinLen,
    annotated_types.MaxLen,
)


class Unsupported(Exception):
    """A model uses something the generator cannot translate faithfully."""


def models(root: type[BaseModel] = Maquette) -> list[type[BaseModel]]:
    """Every model reachable from `root` and their model bases, bases first."""
    found: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        if model in found or model is Strict:
            return
        if not issubclass(
            model, Strict
        ):  # strict, unknown keys refused, no NaN: what records assume
            raise Unsupported(f"{model.__name__} is not a Strict model")
        for base in model.__bases__:
            if issubclass(base, BaseModel):
                visit(base)
        for field in model.model_fields.values():
            for inner in _models_in(field.annotation):
                visit(inner)
        found.append(model)

    visit(root)
    return found


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in get_args(annotation) for m in _models_in(arg)]


class _Writer:
    def __init__(self) -> None:
        self.constants: list[str] = []
        self.known: dict[str, str] = {}
        self.converters: list[str] = []
        self.names: dict[str, str] = {}

    def constant(self, code: str) -> str:
        if code not in self.known:
            self.known[code] = f"_K{len(self.known)}"
            self.constants.append(f"{self.known[code]} = {code}")
        return self.known[code]

    def converter(self, annotation: Any, metadata: list[Any]) -> str:
        """The name of a function turning a raw value into this annotation's value."""
        kind, body = self._body(annotation, metadata)
        key = f"{kind}\n{body}"
        if key not in self.names:
            name = f"_c{len(self.names)}"
            self.names[key] = name
            self.converters.append(f"def {name}(v: object) -> {kind}:\n{body}\n")
        return self.names[key]

    def _body(self, annotation: Any, metadata: list[Any]) -> tuple[str, str]:
        origin = get_origin(annotation)
        if origin in (Union, types.UnionType):
            inner = [a for a in get_args(annotation) if a is not type(None)]
            if len(inner) != 1 or metadata:
                raise Unsupported(f"union {annotation}")
            name = self.converter(inner[0], [])
            kind = f"{type_text(inner[0])} | None"
            return kind, f"    return None if v is None else {name}(v)"
        if hasattr(annotation, "__metadata__"):
            return self._body(get_args(annotation)[0], [*annotation.__metadata__, *metadata])
        bounds = _bounds(metadata)
        if origin is list:
            element = self.converter(get_args(annotation)[0], [])
            limits = f"{bounds.pop('min_length', 0)}, {bounds.pop('max_length', None)}"
            _none_left(bounds, annotation)
            kind = type_text(annotation)
            return kind, f"    return [{element}(x) for x in _r.items(v, {limits})]"
        if origin is Literal:
            _none_left(bounds, annotation)
            allowed = self.constant(f"frozenset({list(get_args(annotation))!r})")
            return type_text(
                annotation
            ), f"    return _r.word(v, {allowed})  # type: ignore[no-any-return]"
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            _none_left(bounds, annotation)
            return annotation.__name__, f"    return _build_{annotation.__name__}(v)"
        return type_text(annotation), "    return " + self._scalar(annotation, bounds)

    def _scalar(self, annotation: Any, bounds: dict[str, Any]) -> str:
        if annotation is float:
            low, low_open = bounds.pop("ge", None), False
            if "gt" in bounds:
                low, low_open = bounds.pop("gt"), True
            high = bounds.pop("le", None)
            _none_left(bounds, annotation)
            return f"_r.number(v, {low!r}, {low_open}, {high!r})"
        if annotation is int:
            low, high = bounds.pop("ge", None), bounds.pop("le", None)
            _none_left(bounds, annotation)
            return f"_r.integer(v, {low!r}, {high!r})"
        if annotation is str:
            shortest, longest = bounds.pop("min_length", 0), bounds.pop("max_length", None)
            form = "None"
            if "pattern" in bounds:
                form = self.constant(f"re.compile({_anchored(bounds.pop('pattern'))!r})")
            _none_left(bounds, annotation)
            return f"_r.text(v, {shortest}, {longest}, {form})"
        if annotation is bool:
            _none_left(bounds, annotation)
            return "_r.boolean(v)"
        if annotation is dt.date:
            if bounds.pop("before", None) is not date_from_text:
                raise Unsupported("a date without the ISO text reading")
            _none_left(bounds, annotation)
            return "_r.date(v)"
        raise Unsupported(f"type {annotation}")


def _anchored(pattern: str) -> str:
    """The pattern pydantic searches with `^…$`, for `fullmatch` (Python's `$` would accept a
    final line break that pydantic's regex engine refuses)."""
    if not (pattern.startswith("^") and pattern.endswith("$")) or "$" in pattern[:-1]:
        raise Unsupported(f"pattern {pattern}")
    return pattern[1:-1]


def _bounds(metadata: list[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in metadata:
        if isinstance(item, FieldInfo):
            found.update(_bounds(item.metadata))
        elif isinstance(item, _LIMITS):
            found.update((f.name, getattr(item, f.name)) for f in dataclasses.fields(item))
        elif isinstance(item, BeforeValidator):
            found["before"] = item.func
        elif type(item).__name__ == "_PydanticGeneralMetadata" and set(vars(item)) == {"pattern"}:
            found["pattern"] = item.pattern
        else:
            raise Unsupported(f"constraint {item!r}")
    return found


def _none_left(bounds: dict[str, Any], annotation: Any) -> None:
    if bounds:
        raise Unsupported(f"constraints {sorted(bounds)} on {annotation}")


def type_text(annotation: Any) -> str:
    """How the annotation is written in the generated module."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        return " | ".join(type_text(a) for a in get_args(annotation))
    if hasattr(annotation, "__metadata__"):
        return type_text(get_args(annotation)[0])
    if origin is list:
        return f"list[{type_text(get_args(annotation)[0])}]"
    if origin is Literal:
        return f"Literal[{', '.join(repr(a) for a in get_args(annotation))}]"
    if annotation is type(None):
        return "None"
    if annotation is dt.date:
        return "dt.date"
    return str(annotation.__name__)


def _class_source(model: type[BaseModel], writer: _Writer) -> str:
    base = next((b for b in model.__bases__ if issubclass(b, BaseModel)), Strict)
    base_name = "_r.Record" if base is Strict else base.__name__
    own = [name for name in model.model_fields if name not in base.model_fields]
    lines = [f"class {model.__name__}({base_name}):"]
    doc = model.__doc__ if "__doc__" in vars(model) and model.__doc__ else None
    if doc:
        lines.append(f"    {inspect.cleandoc(doc).splitlines()[0]!r}\n")
    lines.append(f"    _fields: ClassVar[tuple[str, ...]] = {tuple(model.model_fields)!r}")
    for name in own:
        lines.append(f"    {name}: {type_text(model.model_fields[name].rebuild_annotation())}")
    validators = _validators(model)
    for name, value in vars(model).items():
        if inspect.isfunction(value) and not name.startswith("__") and name not in validators:
            lines.append("\n" + textwrap.indent(textwrap.dedent(inspect.getsource(value)), "    "))
    return "\n".join(lines) + "\n"


def _validators(model: type[BaseModel]) -> list[str]:
    decorators = model.__pydantic_decorators__
    return [*decorators.field_validators, *decorators.model_validators]


def _builder_source(model: type[BaseModel], writer: _Writer) -> str:
    name = model.__name__
    keys = writer.constant(f"frozenset({list(model.model_fields)!r})")
    lines = [
        f"def _build_{name}(data: object) -> {name}:",
        f"    given = _r.fields_of(data, {keys})",
        "    values: dict[str, Any] = {}",
    ]
    for field_name, field in model.model_fields.items():
        convert = writer.converter(field.annotation, list(field.metadata))
        if field.is_required():
            lines.append(f"    if {field_name!r} not in given:\n        raise _r.Defer")
            lines.append(f"    values[{field_name!r}] = {convert}(given[{field_name!r}])")
            continue
        default = "[]" if field.default_factory is list else repr(field.default)
        if field.default_factory not in (None, list):
            raise Unsupported(f"default factory of {name}.{field_name}")
        lines.append(
            f"    values[{field_name!r}] = "
            f"{convert}(given[{field_name!r}]) if {field_name!r} in given else {default}"
        )
    for validator in _validators(model):
        if (name, validator) not in VALIDATORS:
            raise Unsupported(f"validator {name}.{validator}")
        lines.append(f"    {VALIDATORS[name, validator]}")
    lines.append(f"    return _r.make({name}, values, set(given))")
    return "\n".join(lines) + "\n"


def generate(root: type[BaseModel] = Maquette) -> str:
    """The text of `lp_lint/model/records.py` (from another root: a test's)."""
    assumed = {"strict": True, "extra": "forbid", "allow_inf_nan": False, "frozen": True}
    if any(Strict.model_config.get(key) != value for key, value in assumed.items()):
        raise Unsupported(f"records assume a Strict configuration of {assumed}")
    writer = _Writer()
    every = models(root)
    classes = [_class_source(model, writer) for model in every]
    held = {
        root,
        *(
            m
            for model in every
            for f in model.model_fields.values()
            for m in _models_in(f.annotation)
        ),
    }
    builders = [_builder_source(model, writer) for model in every if model in held]
    entry = f'''
def build(data: object) -> {root.__name__} | None:
    """The maquette as records, or None when pydantic must judge it (it may be refused)."""
    try:
        return _build_{root.__name__}(data)
    except _r.Defer:
        return None
'''
    parts = [HEADER, "\n".join(writer.constants), *classes, *writer.converters, *builders, entry]
    return "\n\n\n".join(part.strip("\n") for part in parts) + "\n"
