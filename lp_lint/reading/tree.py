"""The common maquette composed by libyaml's own composer, walked once in Python.

Handling every parser event in Python costs about as much again as libyaml's parsing. For a
file without anything unusual (no alias, tag, merge key, duplicate key or complex key, within
the limits), letting libyaml build the node tree and walking it gives the same data and the
same SourceMap as `loader._Composer`, for less. Anything unusual makes `compose` return None:
the loader then composes the text event by event, which reports it. Nothing is lost by
trying: the tree is only ever read, and only when the text passed the checks below.

libyaml's composer recurses in C, one level per nested collection, where the event composer
keeps its own stack: the tree is built only when a cheap count bounds the nesting of the text
far below what a C stack can take (`depth_bound`); long lines do not count, indentation does.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import yaml

from lp_lint.findings import DocPath
from lp_lint.reading.scalars import resolve_plain
from lp_lint.reading.sourcemap import Marks, SourceMap

_Parser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)
SAFE_DEPTH = 512
"""Nesting a C stack takes with room to spare (a few hundred bytes a level)."""

_PLAIN = object()
_QUOTED = object()
_COLLECTION = object()
"""What the parser's `resolve` answers for a node written without a tag: plain scalars are then
read by `resolve_plain`, quoted ones stay text. A tagged node keeps its tag, any other string."""


class Composed(NamedTuple):
    data: Any
    source_map: SourceMap
    nodes: int


def depth_bound(text: str) -> int:
    """An upper bound of how deep collections nest in `text`, however it parses.

    In block style each nested collection starts at a column greater than its parent's, except
    a sequence written as a mapping's value at the mapping's own indentation: at most two
    levels per column. In flow style each collection opens with a bracket, or is a one-pair
    mapping inside a flow sequence (`[a: [b: c]]`): at most two levels per bracket."""
    flow = 2 * (text.count("[") + text.count("{"))
    cheap = 2 * max(map(len, text.split("\n"))) + flow + 2  # a column is within its line
    return cheap if cheap <= SAFE_DEPTH else 2 * _furthest_block_start(text) + flow + 2


_LINE_START = re.compile(r"^[ \t?:\-\ufeff]*", re.MULTILINE)
"""Indentation, then the indicators after which a block collection may start on the same
line (`- - x`, `- a: 1`, `? - x`, `: - x`), and a byte-order mark, which libyaml skips."""


def _furthest_block_start(text: str) -> int:
    """The furthest column a block collection can start at: its first entry follows only
    indentation and indicators on its line (a key's anchor or tag, a scalar or a bracket ends
    the run), so however long its lines, a text is as deep as its indentation allows."""
    lines = text.replace("\r", "\n") if "\r" in text else text  # libyaml's breaks too
    return max(map(len, _LINE_START.findall(lines)))


_ALIAS_START = re.compile(r"(?:^|[\s\ufeff\[\]{},:?\"'])\*", re.MULTILINE)
"""Where libyaml may read an alias: a `*` that starts a token, after a space or a line break
(a skipped byte-order mark included), an indicator or a quote. A `*` inside a word cannot."""


def may_alias(text: str) -> bool:
    """Whether `text` may hold an alias, which libyaml's tree would share rather than copy."""
    return "*" in text and _ALIAS_START.search(text) is not None


if _Parser is not None:

    class _TreeParser(_Parser):  # type: ignore[misc]
        """libyaml's composer, without PyYAML's resolver: a node's tag says how it was written."""

        def resolve(self, kind: Any, value: Any, implicit: Any) -> object:
            if kind is yaml.ScalarNode:
                return _PLAIN if implicit[0] else _QUOTED
            return _COLLECTION

        def descend_resolver(self, parent: Any, index: Any) -> None:
            return None

        def ascend_resolver(self) -> None:
            return None


class _Unusual(Exception):
    """Something the event composer must handle (and may report): the tree is dropped."""


def compose(text: str, max_depth: int, max_nodes: int) -> Composed | None:
    """The document of `text` as the event composer would load it, or None when the text
    needs the event composer (see the module docstring)."""
    if _Parser is None or may_alias(text) or depth_bound(text) > SAFE_DEPTH:
        return None
    parser = _TreeParser(text)
    try:
        root = parser.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()
    if root is None or root.tag is not _COLLECTION:
        return None
    try:
        return _walk(root, max_depth, max_nodes)
    except _Unusual:
        return None


def _marks(node: Any) -> Marks:
    start, end = node.start_mark, node.end_mark
    return (start.line, start.column, end.line, end.column)


_Open = tuple[Any, Any, DocPath]
"""A collection being walked: the iterator over its items, its container, its path."""


class _Walk:
    """Document order, without recursion: each open collection keeps its own iterator, and
    a nested collection is entered (pushed) as soon as it is met, before its next sibling."""

    def __init__(self, max_depth: int, max_nodes: int) -> None:
        self.entries: list[tuple[DocPath, Marks | None, Marks, str | None]] = []
        self.stack: list[_Open] = []
        self.max_depth = max_depth
        self.max_nodes = max_nodes
        self.nodes = 0

    def run(self, root: Any) -> Any:
        data: dict[str, Any] | list[Any] = {} if type(root) is yaml.MappingNode else []
        self.entries.append(((), None, _marks(root), None))
        self.nodes = 1
        stack = self.stack
        stack.append((iter(root.value), data, ()))
        while stack:
            items, container, path = stack[-1]
            if type(container) is dict:
                self.mapping(items, container, path)
            else:
                self.sequence(items, container, path)
        return data

    def open(self, node: Any, path: DocPath) -> dict[str, Any] | list[Any]:
        """A nested collection's container, its walk to continue from the next turn."""
        if (
            node.tag is not _COLLECTION
            or len(self.stack) >= self.max_depth
            or self.nodes > self.max_nodes  # never the case without an alias: a second guard
        ):
            raise _Unusual
        child: dict[str, Any] | list[Any] = {} if type(node) is yaml.MappingNode else []
        self.stack.append((iter(node.value), child, path))
        return child

    def mapping(self, items: Any, container: dict[str, Any], path: DocPath) -> None:
        entries, scalar_node = self.entries, yaml.ScalarNode
        for key_node, node in items:
            key_tag = key_node.tag
            if type(key_node) is not scalar_node or (
                key_tag is not _PLAIN and key_tag is not _QUOTED
            ):
                raise _Unusual
            key = key_node.value
            if key in container or key == "<<":
                raise _Unusual
            start, end = key_node.start_mark, key_node.end_mark
            key_marks = (start.line, start.column, end.line, end.column)
            start, end = node.start_mark, node.end_mark
            marks = (start.line, start.column, end.line, end.column)
            self.nodes += 2
            if type(node) is not scalar_node:
                container[key] = self.open(node, (*path, key))
                entries.append(((*path, key), key_marks, marks, None))
                return
            text, tag = node.value, node.tag
            if tag is _PLAIN:
                container[key] = resolve_plain(text)
            elif tag is _QUOTED:
                container[key] = text
            else:
                raise _Unusual
            entries.append(((*path, key), key_marks, marks, text))
        self.stack.pop()

    def sequence(self, items: Any, container: list[Any], path: DocPath) -> None:
        entries, scalar_node = self.entries, yaml.ScalarNode
        for node in items:
            start, end = node.start_mark, node.end_mark
            marks = (start.line, start.column, end.line, end.column)
            self.nodes += 1
            item_path = (*path, len(container))
            if type(node) is not scalar_node:
                container.append(self.open(node, item_path))
                entries.append((item_path, None, marks, None))
                return
            text, tag = node.value, node.tag
            if tag is _PLAIN:
                container.append(resolve_plain(text))
            elif tag is _QUOTED:
                container.append(text)
            else:
                raise _Unusual
            entries.append((item_path, None, marks, text))
        self.stack.pop()


def _walk(root: Any, max_depth: int, max_nodes: int) -> Composed:
    walk = _Walk(max_depth, max_nodes)
    data = walk.run(root)
    if walk.nodes > max_nodes:
        raise _Unusual
    return Composed(data, SourceMap.from_entries(walk.entries), walk.nodes)
