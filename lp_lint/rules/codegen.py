"""Writes `rules/records.py`: the pack-file and params models as plain classes.

A rule ready to run holds what its files said (`pack_files`) and its params for every reading
(`checks.params`). Those models validate the files once, when a pack is read; after that, and
when the packs come from the cache, only their values matter. Their twins have the same names,
attributes and methods (copied as written), the record base's `model_copy` and `model_dump`,
and a `thaw` that rebuilds one from the `model_dump` of either — without validating, and
without importing pydantic. Run by `python -m lp_lint.docgen`; a test fails when the file is
stale. A field type it does not know stops the generation rather than being guessed.
"""

from __future__ import annotations

import datetime as dt
import inspect
import textwrap
import types
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from lp_lint.rules.checks.params import MODELS as PARAMS
from lp_lint.rules.checks.params import Params
from lp_lint.rules.pack_files import PackFile, RuleFile

HEADER = '''"""Plain twins of the pack-file and params models: GENERATED.

Written by `python -m lp_lint.docgen` from `rules/pack_files.py` and `rules/checks/params.py`
(`rules/codegen.py` says how); do not edit.
"""

# ruff: noqa: E501
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from lp_lint.model.record_base import Record

if TYPE_CHECKING:
    from collections.abc import Callable

    from lp_lint.i18n import Lang

R = TypeVar("R", bound=Record)
_new = object.__new__


def _date(value: Any) -> dt.date:
    """A date as `model_dump` gives it (a date) or as JSON keeps it (its ISO text)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
'''

ROOTS: tuple[type[BaseModel], ...] = (RuleFile, PackFile, Params, *PARAMS)
BASES = {"_Data", "BaseModel"}
"""Model bases with neither fields nor methods of their own: a twin stands on `Record`."""


class Unsupported(Exception):
    """A model field of a type the generator does not know."""


def models(roots: tuple[type[BaseModel], ...] = ROOTS) -> list[type[BaseModel]]:
    """Every model reachable from `roots`, and their model bases, bases and parts first."""
    found: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        if model in found or model.__name__ in BASES:
            return
        model.model_rebuild()  # resolves the names a deferred model has not yet looked up
        for base in model.__bases__:
            if issubclass(base, BaseModel):
                visit(base)
        for field in model.model_fields.values():
            for part in _models_in(field.annotation):
                visit(part)
        found.append(model)

    for root in roots:
        visit(root)
    return found


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in get_args(annotation) for m in _models_in(arg)]


def type_text(annotation: Any) -> str:
    """How the annotation is written in the generated module."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        return " | ".join(type_text(a) for a in get_args(annotation))
    if origin in (list, dict):
        return f"{origin.__name__}[{', '.join(type_text(a) for a in get_args(annotation))}]"
    if origin is Literal:
        return f"Literal[{', '.join(repr(a) for a in get_args(annotation))}]"
    if annotation is type(None):
        return "None"
    if annotation is Any:
        return "Any"
    if annotation is dt.date:
        return "dt.date"
    if annotation in (str, int, float, bool) or _models_in(annotation) == [annotation]:
        return str(annotation.__name__)
    raise Unsupported(f"type {annotation!r}")


def thawed(annotation: Any, value: str) -> str:
    """The expression rebuilding `value`, dumped from a field of this annotation."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        if len(inner) == 1 and thawed(inner[0], "v") != "v":
            return f"None if {value} is None else {thawed(inner[0], value)}"
        return _plain(annotation, value)
    if origin is list:
        element = thawed(get_args(annotation)[0], "v")
        return value if element == "v" else f"[{element} for v in {value}]"
    if origin is dict:
        element = thawed(get_args(annotation)[1], "v")
        return value if element == "v" else f"{{k: {element} for k, v in {value}.items()}}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"_thaw_{annotation.__name__}({value})"
    if annotation is dt.date:
        return f"_date({value})"
    return _plain(annotation, value)


def _plain(annotation: Any, value: str) -> str:
    """A value JSON and `model_dump` keep as it is: text, number, flag, `Any`, or a union of
    those."""
    if _models_in(annotation) or dt.date in get_args(annotation):
        raise Unsupported(f"a union holding a model or a date: {annotation!r}")
    type_text(annotation)  # refuses what it does not know
    return value


def _class_source(model: type[BaseModel]) -> str:
    base = next(b for b in model.__bases__ if issubclass(b, BaseModel))
    base_name = "Record" if base.__name__ in BASES else base.__name__
    inherited = {} if base.__name__ in BASES else base.model_fields
    lines = [f"class {model.__name__}({base_name}):"]
    doc = model.__doc__ if "__doc__" in vars(model) and model.__doc__ else None
    if doc:
        lines.append(f"    {inspect.cleandoc(doc).splitlines()[0]!r}\n")
    lines.append(f"    _fields: ClassVar[tuple[str, ...]] = {tuple(model.model_fields)!r}")
    for name, field in model.model_fields.items():
        if name not in inherited or field.annotation != inherited[name].annotation:
            lines.append(f"    {name}: {type_text(field.annotation)}")
    decorators = model.__pydantic_decorators__
    validators = {*decorators.field_validators, *decorators.model_validators}
    for name, value in vars(model).items():
        if inspect.isfunction(value) and not name.startswith("__") and name not in validators:
            lines.append("\n" + textwrap.indent(textwrap.dedent(inspect.getsource(value)), "    "))
    return "\n".join(lines) + "\n"


def _thaw_source(model: type[BaseModel]) -> str:
    """Rebuilds the twin from a complete dump: a key missing is a KeyError, an unknown one is
    left out."""
    name = model.__name__
    lines = [
        f"def _thaw_{name}(data: dict[str, Any]) -> {name}:",
        f"    record = _new({name})",
        "    values = record.__dict__",
    ]
    for field_name, field in model.model_fields.items():
        lines.append(
            f"    values[{field_name!r}] = {thawed(field.annotation, f'data[{field_name!r}]')}"
        )
    lines += ["    values['model_fields_set'] = set(values)", "    return record"]
    return "\n".join(lines) + "\n"


def generate(roots: tuple[type[BaseModel], ...] = ROOTS) -> str:
    """The text of `lp_lint/rules/records.py`."""
    every = models(roots)
    table = ", ".join(f"{m.__name__}: _thaw_{m.__name__}" for m in every)
    entry = f'''
_THAW: dict[type[Record], Callable[[dict[str, Any]], Any]] = {{{table}}}


def thaw(kind: type[R], data: dict[str, Any]) -> R:
    """The twin of kind `kind` from the `model_dump` (python or JSON mode) of its model.

    Raises KeyError, TypeError, AttributeError or ValueError on a dump of another shape.
    """
    record: R = _THAW[kind](data)
    return record
'''
    parts = [
        HEADER,
        *(_class_source(m) for m in every),
        *(_thaw_source(m) for m in every),
        entry,
    ]
    return "\n\n\n".join(part.strip("\n") for part in parts) + "\n"
