"""Plain data → Maquette, with every validation error turned into a positioned finding.

pydantic reports all shape errors at once; each becomes a `schema` finding at the span of the
offending value (or key, for unknown and missing keys), with a hint where the YAML itself is
the trap (`0701`, `6,5`, `NO`, `1.10`); its words are chosen by the output that shows it.
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from lp_lint.findings import DocPath, Finding, Severity, dotted
from lp_lint.i18n import Message, msg
from lp_lint.model.invariants import InvariantError
from lp_lint.pseudo_rules import CONFIG, SCHEMA, SCHEMA_UNKNOWN_KEY
from lp_lint.reading.scalars import AmbiguousScalar, is_decimal_comma
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.reading.validation_messages import describe_expected, type_message
from lp_lint.suggest import suggest

if TYPE_CHECKING:
    from lp_lint.model import Maquette

M = TypeVar("M", bound=BaseModel)


def shape(data: Any, source_map: SourceMap) -> tuple[Maquette | None, list[Finding]]:
    """Validate a maquette; the model on success, else None and one finding per error."""
    from lp_lint.model import Maquette  # built only for a file that needs pydantic's errors

    return validate(Maquette, data, source_map)


def validate(
    model: type[M], data: Any, source_map: SourceMap, rule_id: str = "schema"
) -> tuple[M | None, list[Finding]]:
    """Validate `data` against `model`; every error becomes a finding positioned by `source_map`."""
    try:
        return model.model_validate(data), []
    except ValidationError as error:
        findings = [_finding(model, detail, source_map) for detail in error.errors()]
        if rule_id != "schema":
            findings = [f._replace(rule_id=rule_id, code=CONFIG.code) for f in findings]
        return None, findings


def _finding(model: type[BaseModel], detail: ErrorDetails, source_map: SourceMap) -> Finding:
    from lp_lint.reading.fixes import scalar_fix  # only a malformed maquette needs it

    path: DocPath = tuple(detail["loc"])
    kind = detail["type"]
    if kind == "extra_forbidden":
        return _unknown_key(model, path, source_map)
    if kind == "missing":
        span = source_map.key_span(path[:-1]) if path[:-1] else source_map.value_span(())
        message = type_message("missing", key=path[-1])
        return Finding(SCHEMA.id, SCHEMA.code, Severity.ERROR, message, span, path)
    message = _type_message(detail, path, source_map)
    span = source_map.value_span(path)
    raw = source_map.raw(path) if source_map.has(path) else None
    fix = scalar_fix(kind, detail.get("input"), raw, span)
    return Finding(SCHEMA.id, SCHEMA.code, Severity.ERROR, message, span, path, fix=fix)


def _type_message(detail: ErrorDetails, path: DocPath, source_map: SourceMap) -> Message:
    kind = detail["type"]
    raw = source_map.raw(path) if source_map.has(path) else None
    value = detail.get("input")
    shown = raw if raw is not None else _short(value)
    context = dict(detail.get("ctx") or {})
    values = {
        **{k: v for k, v in context.items() if isinstance(v, int | float | str)},
        "key": _key_label(path),
        "value": shown,
        "expected": describe_expected(kind, context),
        "detail": _detail(detail, context),
    }
    message = type_message(kind, **values)
    hint = _hint(kind, value, raw)
    return message + msg("hint.then") + hint if hint else message


def _detail(detail: ErrorDetails, context: dict[str, object]) -> Message | str:
    """What a model's own check says: its message when it is one of the format's invariants
    (in the reader's language), else pydantic's words."""
    error = context.get("error")
    if isinstance(error, InvariantError):
        return error.message
    return detail["msg"].removeprefix("Value error, ")


def _hint(kind: str, value: object, raw: str | None) -> Message | None:
    """The fix for the usual YAML traps, by what was written and what was expected."""
    text = raw if raw is not None else (value.text if isinstance(value, AmbiguousScalar) else None)
    if text is None:
        return None
    wants_text = kind in ("string_type",)
    wants_number = kind in ("float_type", "int_type", "int_from_float")
    if kind == "bool_type":
        return msg("hint.bool", value=text)
    if isinstance(value, AmbiguousScalar):
        if value.kind == "leading-zero" and wants_number:
            return msg("hint.leading_zero_number", value=text)
        if value.kind == "yaml11-number" and wants_number:
            return msg("hint.plain_number", value=text)
        return msg("hint.quote", value=text)
    if wants_number and isinstance(value, str | list) and is_decimal_comma(text.strip("[]")):
        number = text.strip("[]").replace(",", ".")
        return msg("hint.decimal_comma", value=number)
    if wants_text and isinstance(value, int | float | bool) and not isinstance(value, bool):
        return msg("hint.quote", value=text)
    if wants_text and isinstance(value, bool):
        return msg("hint.quote", value=text)
    if wants_number and isinstance(value, str) and _is_number(value):
        return msg("hint.unquote", value=value)
    return None


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _key_label(path: DocPath) -> str:
    """`publics[0]` rather than `0`: from the last named key to the end of the path."""
    for index in range(len(path) - 1, -1, -1):
        if isinstance(path[index], str):
            return dotted(path[index:])
    return dotted(path) or "document"


def _unknown_key(model: type[BaseModel], path: DocPath, source_map: SourceMap) -> Finding:
    key = str(path[-1])
    allowed = allowed_keys(model, path[:-1])
    close = suggest(key, allowed)
    message = msg(
        "unknown_key.suggest" if close else "unknown_key.list",
        key=key,
        suggestion=close or "",
        allowed=", ".join(allowed),
    )
    from lp_lint.reading.fixes import key_fix

    fix = key_fix(path, close, source_map) if close else None
    span = source_map.key_span(path)
    return Finding(
        SCHEMA_UNKNOWN_KEY.id, SCHEMA_UNKNOWN_KEY.code, Severity.ERROR, message, span, path, fix=fix
    )


def allowed_keys(model: type[BaseModel], path: DocPath) -> list[str]:
    """The keys a mapping at `path` may hold, found by walking the model's annotations."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = next(
            (f for name, f in current.model_fields.items() if part in (name, f.alias)), None
        )
        if field is None:
            return []
        current = _model_of(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [field.alias or name for name, field in current.model_fields.items()]
    return []


def _model_of(annotation: Any) -> Any:
    """The model class inside `X | None`, `list[X]` or `Annotated[X, ...]`, if there is one."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType, list):
        for arg in get_args(annotation):
            found = _model_of(arg)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        return None
    if hasattr(annotation, "__metadata__"):
        return _model_of(get_args(annotation)[0])
    return annotation


def _short(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:37] + "…"
