"""Lines as a maquette's reader sees them, and the parser's marks brought back to them.

A line ends at LF, CRLF or a lone CR (old Mac files, and files whose line endings got mixed):
these are YAML 1.2's line breaks, and the ones editors and code-review tools number. PyYAML
implements YAML 1.1, which also breaks lines at NEL (U+0085), LS (U+2028) and PS (U+2029); in a
file that holds one of them, the parser's line numbers run ahead of the file's, so its marks go
through a MarkMap before they become positions.
"""

from __future__ import annotations

import re
from bisect import bisect_right

LINE_BREAK = re.compile(r"\r\n|\r|\n")
_YAML11_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_YAML11_ONLY = ("\x85", "\u2028", "\u2029")


def split_lines(text: str) -> list[str]:
    """The lines of `text`, without their line breaks (a final break leaves an empty last line)."""
    if "\r" not in text:  # nearly every file: only LF, which str.split finds faster
        return text.split("\n")
    return LINE_BREAK.split(text)


def line_starts(text: str, breaks: re.Pattern[str] = LINE_BREAK) -> list[int]:
    """The index of the first character of every line."""
    return [0, *(match.end() for match in breaks.finditer(text))]


def position_of(index: int, starts: list[int]) -> tuple[int, int]:
    """0-based (line, column) of character `index`, given the lines' `line_starts`."""
    line = bisect_right(starts, index) - 1
    return line, index - starts[line]


class MarkMap:
    """The parser's 0-based (line, column) → the file's, for a text with YAML 1.1-only breaks."""

    def __init__(self, text: str) -> None:
        self.parser_starts = line_starts(text, _YAML11_BREAK)
        self.file_starts = line_starts(text)

    @classmethod
    def for_text(cls, text: str) -> MarkMap | None:
        """None when the parser and the file count the same lines (nearly always)."""
        return cls(text) if any(char in text for char in _YAML11_ONLY) else None

    def __call__(self, line: int, column: int) -> tuple[int, int]:
        line = min(line, len(self.parser_starts) - 1)
        return position_of(self.parser_starts[line] + column, self.file_starts)
