"""How far a sheet's values reach, measured on its XML before any spreadsheet reader sees it.

calamine lays a sheet out as a dense grid from A1 to its farthest value: one value at XFD1000000
would ask for hundreds of gigabytes, and an ODS row repeated a million times is a few bytes on
disk. So the worksheet parts (`xl/worksheets/*.xml`, `content.xml`) are read here first, by a
streaming parser that builds no tree, and a sheet whose values reach past the limits is refused.
The same pass notes the formulas saved without a computed value: calamine reads them as empty
cells, which only the XML tells apart from cells left empty.
"""

from __future__ import annotations

import re
from xml.parsers import expat

from lp_lint.importers.common import SourceError

_CELL_REF = re.compile(r"([A-Z]{1,4})([0-9]{1,9})")


def is_sheet_part(name: str) -> bool:
    return name == "content.xml" or (name.startswith("xl/worksheets/") and name.endswith(".xml"))


class Extent:
    """Fed the inflated bytes of one worksheet part; `check` refuses a sheet past the limits."""

    def __init__(self, part: str, max_rows: int, max_columns: int) -> None:
        self.part = part
        self.sheet = part  # an ODS part holds every table: the one being read is named
        self.max_rows = max_rows
        self.max_columns = max_columns
        self.rows = 0
        self.columns = 0
        self.uncomputed: dict[str, set[tuple[int, int]]] = {}
        """Formula cells without a value, by sheet (the part for xlsx): (row, column) from 1."""
        self._parser = expat.ParserCreate(namespace_separator="}")
        self._parser.StartElementHandler = self._start
        self._parser.EndElementHandler = self._end
        # xlsx: the current row and cell; ods: the row's first number, its repeat, its reach
        self._row = 0
        self._column = 0
        self._repeat = 1
        self._row_reach = 0
        self._has_value = False
        self._formula = False

    def feed(self, chunk: bytes, last: bool = False) -> None:
        try:
            self._parser.Parse(chunk, last)
        except expat.ExpatError as error:
            raise SourceError("archive", self.part, reason=str(error)) from error
        if self.rows > self.max_rows or self.columns > self.max_columns:
            raise SourceError(
                "sheet_large",
                sheet=self.sheet,
                rows=f"{self.rows}+",
                columns=f"{self.columns}+",
                max_rows=self.max_rows,
                max_columns=self.max_columns,
            )

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        local = name.rsplit("}", 1)[-1]
        values = {key.rsplit("}", 1)[-1]: value for key, value in attributes.items()}
        if local == "row":  # xlsx
            self._row = _count(values.get("r"), self._row + 1)
            self._column = 0
        elif local == "c":
            found = _CELL_REF.fullmatch(values.get("r", ""))
            self._column = _column_number(found.group(1)) if found else self._column + 1
            self._row = int(found.group(2)) if found else self._row
            self._has_value = self._formula = False
        elif local in ("v", "is"):
            self._has_value = True
        elif local == "f":
            self._formula = True
        elif local == "table":  # ods
            self._row = 0
            self.sheet = values.get("name", self.part)
        elif local == "table-row":
            self._repeat = _count(values.get("number-rows-repeated"), 1)
            self._column = 0
            self._row_reach = 0
        elif local in ("table-cell", "covered-table-cell"):
            repeat = _count(values.get("number-columns-repeated"), 1)
            self._column += repeat
            self._has_value = "value-type" in values
            if "formula" in values and not self._has_value:
                self._ods_uncomputed(repeat)
        elif local == "p":
            self._has_value = True

    def _end(self, name: str) -> None:
        local = name.rsplit("}", 1)[-1]
        if local == "c" and self._has_value:
            self._reach(self._row, self._column)
        elif local == "c" and self._formula and self._row <= self.max_rows:
            self.uncomputed.setdefault(self.sheet, set()).add((self._row, self._column))
        elif local in ("table-cell", "covered-table-cell") and self._has_value:
            self._row_reach = self._column
            self._has_value = False
        elif local == "table-row":
            if self._row_reach:
                self._reach(self._row + self._repeat, self._row_reach)
            self._row += self._repeat

    def _ods_uncomputed(self, repeat: int) -> None:
        """The cells a repeated formula covers within the limits: rows and columns only move
        forward, so all of them together cost no more than the grid."""
        cells = self.uncomputed.setdefault(self.sheet, set())
        first = self._column - repeat + 1
        for column in range(first, min(self._column, self.max_columns) + 1):
            for row in range(self._row + 1, min(self._row + self._repeat, self.max_rows) + 1):
                cells.add((row, column))

    def _reach(self, row: int, column: int) -> None:
        self.rows = max(self.rows, row)
        self.columns = max(self.columns, column)


def _count(text: str | None, default: int) -> int:
    return int(text) if text and text.isdigit() else default


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number
