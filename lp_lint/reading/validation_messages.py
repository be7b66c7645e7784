"""Shape errors as messages: pydantic error types → catalogue keys (`catalogue/reading.py`)."""

from __future__ import annotations

from lp_lint.i18n import MESSAGES, Message, msg


def type_message(kind: str, **values: object) -> Message:
    """The message of a pydantic error type (a generic one for the types without their own)."""
    key = f"shape.{kind}"
    return msg(key if key in MESSAGES else "shape.default", **values)


def describe_expected(kind: str, context: dict[str, object]) -> Message:
    if kind == "literal_error":
        expected = str(context.get("expected", ""))
        return Message("", expected.replace(" or ", " ou "), expected)
    if f"expected.{kind}" in MESSAGES:
        return msg(f"expected.{kind}")
    for bound in ("ge", "gt", "le", "lt"):
        if bound in context:
            return msg("expected.bound", bound=bound, limit=context[bound])
    return Message("", kind, kind)
