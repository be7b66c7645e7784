"""Plain data → the maquette the rules read: the generated validator first, pydantic when needed.

A valid file is built by `lp_lint.model.records` alone. Anything that validator cannot vouch
for goes to pydantic (`validation.shape`), which words the errors, and, when pydantic accepts
after all, its model is copied into records: the rules only ever see records. pydantic and the
models are imported here only on that path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from lp_lint.findings import Finding
from lp_lint.model import records
from lp_lint.model.record_base import make
from lp_lint.reading.sourcemap import SourceMap

if TYPE_CHECKING:
    from lp_lint.reading.partial import Partial


def shape(data: Any, source_map: SourceMap) -> tuple[records.Maquette | None, list[Finding]]:
    """The maquette, or None and one finding per shape error (pydantic's, positioned)."""
    built = records.build(data)
    if built is not None:
        return built, []
    from lp_lint.reading import validation

    model, findings = validation.shape(data, source_map)
    return (None if model is None else as_records(model)), findings


class PartialRecords(NamedTuple):
    """`reading.partial.Partial`, its maquette as records."""

    maquette: records.Maquette
    partial: Partial

    def judged(self, findings: list[Finding]) -> list[Finding]:
        return self.partial.judged(findings)


def partial_maquette(data: Any, refused: list[Finding]) -> PartialRecords | None:
    """`reading.partial.partial_maquette`, its maquette as records."""
    from lp_lint.reading import partial

    found = partial.partial_maquette(data, refused)
    if found is None:
        return None
    return PartialRecords(as_records(found.maquette), found)


def as_records(value: Any) -> Any:
    """A pydantic model (and everything in it) as the records of the same names."""
    fields = getattr(type(value), "model_fields", None)
    if fields is not None:
        record_class = getattr(records, type(value).__name__)
        values = {name: as_records(getattr(value, name)) for name in fields}
        return make(record_class, values, set(value.model_fields_set))
    if isinstance(value, list):
        return [as_records(item) for item in value]
    return value
