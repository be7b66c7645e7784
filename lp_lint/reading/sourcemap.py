"""Where each document path sits in the file: the one resolver every stage reports through."""

from __future__ import annotations

from lp_lint.findings import FILE_START, DocPath, Span

Marks = tuple[int, int, int, int]
"""0-based start line, start column, end line, end column: what YAML marks give, kept raw
because most are never reported (a Span is made only for the paths a finding names)."""

_Entry = tuple[DocPath, Marks | None, Marks, str | None]


def to_span(marks: Marks) -> Span:
    return Span.from_marks((marks[0], marks[1]), (marks[2], marks[3]))


class SourceMap:
    """Spans of keys and values by document path, in document order.

    `entries` keeps insertion (document) order, so the subtree under a path is the contiguous run
    of entries that follows it; that makes copying a subtree for an alias or a merge cheap.
    """

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self._index: dict[DocPath, int] = {}
        self._files: dict[DocPath, str] = {}
        """The file each included subtree's positions are in, by the path it is included at."""

    @classmethod
    def from_entries(cls, entries: list[_Entry]) -> SourceMap:
        """A map of `entries`, in document order, each path once."""
        source_map = cls()
        source_map.entries = entries
        source_map._index = {entry[0]: index for index, entry in enumerate(entries)}
        return source_map

    def add(self, path: DocPath, key: Marks | None, value: Marks, raw: str | None = None) -> None:
        if path in self._index:  # a duplicate key: the first one stays
            return
        self._index[path] = len(self.entries)
        self.entries.append((path, key, value, raw))

    def update_value_span(self, index: int, value: Marks) -> None:
        path, key, _, raw = self.entries[index]
        self.entries[index] = (path, key, value, raw)

    def replace(self, path: DocPath, raw: str, value: Marks | None = None) -> None:
        """Give `path` the text the author wrote (and its span), where YAML read it otherwise."""
        index = self._index[path]
        _, key, old_value, _ = self.entries[index]
        self.entries[index] = (path, key, value or old_value, raw)

    def alias_subtree(self, source: DocPath, target: DocPath) -> int:
        """Give `target` and its children the spans of `source`'s; returns how many were copied."""
        start = self._index.get(source)
        if start is None:
            return 0
        copied: list[_Entry] = []
        for path, key, value, raw in self.entries[start:]:
            if path[: len(source)] != source:
                break
            copied.append((target + path[len(source) :], key, value, raw))
        for path, key, value, raw in copied:
            self.add(path, key, value, raw)
        return len(copied)

    def graft(self, at: DocPath, other: SourceMap, file: str) -> None:
        """Put `other` (an included file's map) under `at`; its spans then name `file`. The
        entry of `at` itself stays: the element that includes is in this file."""
        self._files[at] = file
        for path, key, value, raw in other.entries:
            if not path:
                continue
            full = at + path
            index = self._index.get(full)
            if index is None:
                self._index[full] = len(self.entries)
                self.entries.append((full, key, value, raw))
            else:
                self.entries[index] = (full, key, value, raw)

    def file_of(self, path: DocPath) -> str | None:
        """The included file `path` is in, or None for the maquette itself."""
        for length in range(len(path) - 1, 0, -1) if self._files else ():
            file = self._files.get(path[:length])
            if file is not None:
                return file
        return None

    def _span(self, index: int, marks: Marks) -> Span:
        span = to_span(marks)
        file = self.file_of(self.entries[index][0]) if self._files else None
        return span if file is None else span._replace(file=file)

    def has(self, path: DocPath) -> bool:
        return path in self._index

    def raw(self, path: DocPath) -> str | None:
        index = self._index.get(path)
        return None if index is None else self.entries[index][3]

    def value_span(self, path: DocPath) -> Span:
        """The span of the value at `path`, or of its closest known ancestor."""
        if not self.entries:
            return FILE_START
        index = self._closest(path)
        return self._span(index, self.entries[index][2])

    def key_span(self, path: DocPath) -> Span:
        """The span of the key naming `path` (falls back to the value's, e.g. for list items)."""
        if not self.entries:
            return FILE_START
        index = self._closest(path)
        _, key, value, _ = self.entries[index]
        return self._span(index, key or value)

    def finding_span(self, path: DocPath) -> Span:
        """Where a finding about `path` points: a scalar's value; a block's key (its first line).

        A mapping or list spans many lines from its first item; its key names it on one line.
        """
        if not self.entries:
            return FILE_START
        index = self._closest(path)
        _, key, value, raw = self.entries[index]
        return self._span(index, value if raw is not None or key is None else key)

    def last_span(self) -> Span:
        return (
            self._span(len(self.entries) - 1, self.entries[-1][2]) if self.entries else FILE_START
        )

    def closest_known(self, path: DocPath) -> DocPath:
        return self.entries[self._closest(path)][0] if self.entries else ()

    def _closest(self, path: DocPath) -> int:
        for length in range(len(path), -1, -1):
            index = self._index.get(path[:length])
            if index is not None:
                return index
        return 0
