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

_new = object.__new__
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


_ANY_RETURN = "  # type: ignore[no-any-return]"
"""`word` returns Any (a Literal is no runtime type); `None if … else word(…)` needs no comment."""


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
        self.tables: list[str] = []
        self.known: dict[str, str] = {}
        self.converters: list[str] = []
        self.names: dict[str, str] = {}

    def constant(self, code: str, late: bool = False, typed: str = "") -> str:
        """A module-level constant; `late` ones come after the functions they name."""
        if code not in self.known:
            name = self.known[code] = f"_{'F' if late else 'K'}{len(self.known)}"
            line = f"{name}: {typed} = {code}" if typed else f"{name} = {code}"
            (self.tables if late else self.constants).append(line)
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
            kind, body = self._body(inner[0], [])
            if body.count("return ") != 1:
                return (
                    f"{kind} | None",
                    f"    return None if v is None else {self.converter(inner[0], [])}(v)",
                )
            body = body.replace("return ", "return None if v is None else ", 1)
            return f"{kind} | None", body.replace(_ANY_RETURN, "")
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
            return type_text(annotation), f"    return _r.word(v, {allowed}){_ANY_RETURN}"
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            _none_left(bounds, annotation)
            return annotation.__name__, f"    return _build_{annotation.__name__}(v)"
        return type_text(annotation), "    return " + self._scalar(annotation, bounds)

    def _scalar(self, annotation: Any, bounds: dict[str, Any]) -> str:
        """The checks of one value, inline (a run checks thousands of them)."""
        if annotation is float:
            low, low_open = bounds.pop("ge", None), False
            if "gt" in bounds:
                low, low_open = bounds.pop("gt"), True
            high = bounds.pop("le", None)
            _none_left(bounds, annotation)
            if low is None or high is None or high > 2**53:  # the general (slower) check
                return f"_r.number(v, {low!r}, {low_open}, {high!r})"
            within = f"{low!r} {'<' if low_open else '<='} v <= {high!r}"
            return (  # NaN and infinities fail the comparisons
                f"float(v) if type(v) is int and {within} else "
                f"v if type(v) is float and {within} else _r.defer()"
            )
        if annotation is int:
            low, high = bounds.pop("ge", None), bounds.pop("le", None)
            _none_left(bounds, annotation)
            if low is None or high is None:
                return f"_r.integer(v, {low!r}, {high!r})"
            return f"v if type(v) is int and {low!r} <= v <= {high!r} else _r.defer()"
        if annotation is str:
            shortest, longest = bounds.pop("min_length", 0), bounds.pop("max_length", None)
            tests = [
                "type(v) is str",
                f"{shortest} <= len(v)" + (f" <= {longest}" if longest else ""),
            ]
            tests.append("(v.isascii() or _r.encodable(v))")
            if "pattern" in bounds:
                form = self.constant(f"re.compile({_anchored(bounds.pop('pattern'))!r})")
                tests.append(f"{form}.fullmatch(v) is not None")
            _none_left(bounds, annotation)
            return f"v if {' and '.join(tests)} else _r.defer()"
        if annotation is bool:
            _none_left(bounds, annotation)
            return "v if type(v) is bool else _r.defer()"
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
    """A function building the record from a mapping: the defaults, then each key written,
    through its converter (looked up by key: only what the file writes costs time)."""
    name = model.__name__
    keys = writer.constant(f"frozenset({list(model.model_fields)!r})")
    converters: list[str] = []
    defaults: list[str] = []
    lists: list[str] = []
    required: list[str] = []
    for field_name, field in model.model_fields.items():
        converters.append(
            f"{field_name!r}: {writer.converter(field.annotation, list(field.metadata))}"
        )
        if field.is_required():
            required.append(field_name)
        elif field.default_factory is list:
            lists.append(field_name)
        elif field.default_factory is None:
            defaults.append(f"{field_name!r}: {field.default!r}")
        else:
            raise Unsupported(f"default factory of {name}.{field_name}")
    defaults_code = "{" + ", ".join(defaults) + "}"
    table = writer.constant("{" + ", ".join(converters) + "}", late=True)
    lines = [
        f"def _build_{name}(data: object) -> {name}:",
        f"    if type(data) is not dict or not {keys}.issuperset(data):",
        "        raise _r.Defer",
    ]
    if required:
        needed = writer.constant(f"frozenset({required!r})")
        lines += [f"    if not {needed}.issubset(data):", "        raise _r.Defer"]
    lines += [
        f"    record = _new({name})",
        "    values = record.__dict__",
        f"    values.update({writer.constant(defaults_code, typed='dict[str, object]')})",
        "    for key, value in data.items():",
        f"        values[key] = {table}[key](value)",
    ]
    for field_name in lists:
        lines.append(f"    if {field_name!r} not in data:\n        values[{field_name!r}] = []")
    for validator in _validators(model):
        if (name, validator) not in VALIDATORS:
            raise Unsupported(f"validator {name}.{validator}")
        lines.append(f"    {VALIDATORS[name, validator]}")
    lines.append("    values['model_fields_set'] = set(data)")
    lines.append("    return record")
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
    except (_r.Defer, KeyError):  # KeyError: a required key is absent
        return None
'''
    parts = [
        HEADER,
        "\n".join(writer.constants),
        *classes,
        *writer.converters,
        *builders,
        "\n".join(writer.tables),
        entry,
    ]
    return "\n\n\n".join(part.strip("\n") for part in parts) + "\n"
