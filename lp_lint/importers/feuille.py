"""A sheet as read from a spreadsheet: cells, their names, and their values as numbers or text."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from lp_lint.importers.common import number, text_or_none
from lp_lint.importers.gabarit import column_name

Value = str | float | int | bool | dt.date | dt.time | dt.timedelta | None
"""What a cell holds: calamine gives dates and durations for cells formatted as such."""


@dataclass
class Sheet:
    """Rows of cells as read; `label` names the sheet in cell names, `first_row` is row 1's number.

    `uncomputed` holds the (row, column) indexes of formulas saved without a value: read as
    empty cells, they are unknown, never 0.
    """

    label: str
    rows: list[list[Value]]
    first_row: int = 1
    uncomputed: frozenset[tuple[int, int]] = field(default_factory=frozenset)

    def cell(self, row: int, column: int) -> Value:
        if row >= len(self.rows) or column >= len(self.rows[row]):
            return None
        value = self.rows[row][column]
        return None if isinstance(value, str) and not value.strip() else value

    def ref(self, row: int, column: int, last_column: int | None = None) -> str:
        prefix = f"{self.label}!" if self.label else ""
        name = f"{prefix}{column_name(column)}{self.first_row + row}"
        if last_column is not None and last_column != column:
            name += f":{column_name(last_column)}{self.first_row + row}"
        return name


def as_number(value: Value) -> float | None:
    """A number cell, or a text cell that reads as one (`6,5`); anything else is unknown."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    return number(str(value))


def as_text(value: Value) -> str | None:
    """A cell as text: `5.0` read from a number cell is written `5`."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return text_or_none(str(value))
