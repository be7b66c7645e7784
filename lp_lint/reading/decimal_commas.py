"""French decimal commas that YAML's flow style splits into two things.

In block style `ects: 4,5` is the text "4,5", which no number field accepts: the author gets the
decimal-comma hint. Between braces, the comma separates entries: `{code: EC11, ects: 4,5}` reads
as `ects: 4` plus a key `5` with no value, and `heures: {cm: 12,5}` as `cm: 12`, so a wrong number
would be kept and the message would be about an unknown key. After loading, every such pair (an
integer, a comma with no space, then a bare key of digits with no value) is put back together
as the text the author wrote, so that it is refused exactly as in block style.

In a flow list `[4,5]` is two numbers, which a list field may want (`enquetes_mois: [6,12]`);
the list keeps them, and its text is recorded so that a number field given `[4,5]` gets the same
hint.
"""

from __future__ import annotations

from typing import Any

from lp_lint.findings import DocPath
from lp_lint.reading.sourcemap import Marks, SourceMap


def restore_decimal_commas(data: Any, source_map: SourceMap) -> None:
    entries = source_map.entries
    for index in range(1, len(entries)):
        path, key, _, raw = entries[index]
        if path and path[-1] == 1 and isinstance(path[-1], int):
            _record_pair_text(data, source_map, index)
        elif path and isinstance(path[-1], str) and path[-1].isdigit() and key and raw == "":
            before, _, before_value, before_raw = entries[index - 1]
            parent = _container(data, path[:-1])
            if (
                before[:-1] == path[:-1]
                and isinstance(parent, dict)
                and parent.get(path[-1], "") is None
                and _is_integer(parent.get(before[-1]))
                and _adjacent(before_value, key)
            ):
                text = f"{before_raw},{path[-1]}"
                del parent[path[-1]]
                parent[before[-1]] = text
                source_map.replace(before, text, (*before_value[:2], *key[2:]))


def _record_pair_text(data: Any, source_map: SourceMap, second: int) -> None:
    """`[4,5]`: two integers with only a comma between them, alone in their list."""
    path, _, value, raw = source_map.entries[second]
    first_path, _, first_value, first_raw = source_map.entries[second - 1]
    items = _container(data, path[:-1])
    if (
        first_path == (*path[:-1], 0)
        and isinstance(items, list)
        and len(items) == 2
        and all(_is_integer(item) for item in items)
        and _adjacent(first_value, value)
    ):
        source_map.replace(path[:-1], f"[{first_raw},{raw}]")


def _is_integer(value: object) -> bool:
    return type(value) is int


def _adjacent(before: Marks, after: Marks) -> bool:
    """One character (the comma) between the end of `before` and the start of `after`."""
    return (after[0], after[1]) == (before[2], before[3] + 1)


def _container(data: Any, path: DocPath) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data
