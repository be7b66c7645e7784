"""YAML text → plain Python data plus a SourceMap of where every value sits.

lp-lint composes the document itself from PyYAML's event stream (libyaml's C parser when
present) instead of calling a constructor: no tag can ever build a Python object, nesting and
alias expansion are counted and capped without recursion, duplicate keys are caught (PyYAML
silently keeps the last one), and every key and value gets its span on the way.

Anchors, aliases and merge keys (`<<:`) are supported: an aliased value reports the position of
its anchor; keys written in the mapping win over merged ones, as YAML specifies.

A common file (none of these, nothing refused) is composed by libyaml and its tree walked
instead (`lp_lint.reading.tree`): the same data and spans, for less.
"""

from __future__ import annotations

from typing import Any, NamedTuple, NoReturn

import yaml

from lp_lint.findings import DocPath, Finding, Severity, Span
from lp_lint.i18n import Message, msg
from lp_lint.pseudo_rules import (
    DUPLICATE_KEY,
    MULTI_DOCUMENT,
    YAML_LIMIT,
    YAML_SYNTAX,
    YAML_TAG,
)
from lp_lint.reading import tree
from lp_lint.reading import yaml_problems as problems
from lp_lint.reading.decimal_commas import restore_decimal_commas
from lp_lint.reading.lines import MarkMap
from lp_lint.reading.scalars import STANDARD_TAGS, ScalarValue, resolve_plain, resolve_tagged
from lp_lint.reading.sourcemap import Marks, SourceMap, to_span

# Only the loader's event interface (`get_event`) is used: its constructor never runs.
_EventSource: Any = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
_MAP_TAGS = {None, "!", "tag:yaml.org,2002:map"}
_SEQ_TAGS = {None, "!", "tag:yaml.org,2002:seq"}
_KEY_TAGS = {None, "!", "tag:yaml.org,2002:str"}
FAST_PATHS = True
"""The composer's handlers for common nodes (see `_Composer.fast_scalar`), and the tree."""
FAST_TREE = True
"""Common files composed by libyaml and walked (`lp_lint.reading.tree`); needs FAST_PATHS."""


class Limits(NamedTuple):
    """Resource caps for untrusted input; each has a command-line option."""

    max_depth: int = 64
    max_nodes: int = 200_000


DEFAULT_LIMITS = Limits()


class Loaded(NamedTuple):
    data: Any
    source_map: SourceMap
    findings: list[Finding]
    nodes: int = 0
    """Nodes composed, aliases expanded (what `Limits.max_nodes` caps)."""


class _Abort(Exception):
    """Stops composing: the finding explaining why is already recorded."""


class _Frame:
    """A collection being composed. (A plain class: a dataclass costs its creation at every
    start-up of the command.)"""

    __slots__ = (
        "anchor",
        "container",
        "first_entry",
        "key_lines",
        "merges",
        "nodes_at_start",
        "path",
        "pending_key",
        "pending_key_span",
        "start",
    )

    def __init__(
        self,
        container: dict[str, Any] | list[Any],
        path: DocPath,
        start: tuple[int, int],
        anchor: str | None,
        first_entry: int,
        nodes_at_start: int,
    ) -> None:
        self.container = container
        self.path = path
        self.start = start
        self.anchor = anchor
        self.first_entry = first_entry
        self.nodes_at_start = nodes_at_start
        self.pending_key: str | None = None
        self.pending_key_span: Marks | None = None
        self.key_lines: dict[str, int] = {}
        self.merges: list[Any] = []


class _Anchor(NamedTuple):
    value: Any
    entries: list[tuple[DocPath, Marks | None, Marks, str | None]]
    size: int


def load_yaml(text: str, limits: Limits = DEFAULT_LIMITS) -> Loaded:
    """Compose the first document of `text`; problems become findings, never exceptions."""
    if FAST_PATHS and FAST_TREE and MarkMap.for_text(text) is None:
        composed = tree.compose(text, limits.max_depth, limits.max_nodes)
        if composed is not None:
            if "[" in text or "{" in text:
                restore_decimal_commas(composed.data, composed.source_map)
            return Loaded(composed.data, composed.source_map, [], composed.nodes)
    composer = _Composer(limits)
    try:
        composer.run(text)
    except _Abort:
        composer.data = None
    except yaml.MarkedYAMLError as error:
        composer.findings.append(problems.syntax_error(error, composer.mark))
        composer.data = None
    except yaml.YAMLError as error:  # ReaderError and friends: unprintable characters
        composer.findings.append(problems.reader_error(text, error))
        composer.data = None
    if composer.data is not None and (not FAST_PATHS or "[" in text or "{" in text):
        restore_decimal_commas(composer.data, composer.source_map)  # flow style only
    if composer.remap is not None:
        composer.findings.append(problems.invisible_break(text))
    return Loaded(composer.data, composer.source_map, composer.findings, composer.nodes)


class _Composer:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.data: Any = None
        self.source_map = SourceMap()
        self.findings: list[Finding] = []
        self.stack: list[_Frame] = []
        self.anchors: dict[str, _Anchor] = {}
        self.nodes = 0
        self.documents = 0
        self.remap: MarkMap | None = None

    # -- driving the event stream ------------------------------------------------------------

    def run(self, text: str) -> None:
        self.remap = MarkMap.for_text(text)
        parser = _EventSource(text)
        fast = FAST_PATHS and self.remap is None
        handlers = {
            yaml.ScalarEvent: self.fast_scalar if fast else self.scalar,
            yaml.MappingStartEvent: self.fast_start if fast else self.start_collection,
            yaml.SequenceStartEvent: self.fast_start if fast else self.start_collection,
            yaml.MappingEndEvent: self.fast_end if fast else self.end_collection,
            yaml.SequenceEndEvent: self.fast_end if fast else self.end_collection,
            yaml.AliasEvent: self.alias,
        }
        get_event, handler_of = parser.get_event, handlers.get
        try:
            while True:
                event = get_event()
                handler = handler_of(type(event))
                if handler is not None:
                    handler(event)
                elif event is None or type(event) is yaml.StreamEndEvent:
                    return
                elif type(event) is yaml.DocumentStartEvent:
                    self.document(event)
                    if self.documents > 1:
                        return
        finally:
            dispose = getattr(parser, "dispose", None)
            if dispose is not None:
                dispose()

    def document(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            message = msg("yaml.multi_document")
            self.report(
                MULTI_DOCUMENT.id, MULTI_DOCUMENT.code, Severity.ERROR, message, self.marks(event)
            )

    # -- nodes -------------------------------------------------------------------------------

    def scalar(self, event: Any) -> None:
        span = self.marks(event)
        frame = self.stack[-1] if self.stack else None
        if frame is not None and frame.pending_key is None and type(frame.container) is dict:
            if event.tag not in _KEY_TAGS:  # a key is text: `!!python/name:x key` is refused too
                self.refuse_tag(event.tag, span)
            self.count(1)
            self.set_key(frame, event.value, span)
            return
        value = self.scalar_value(event, span)
        self.count(1)
        path = self.child_path()
        self.source_map.add(path, self.take_key_span(), span, raw=event.value)
        self.attach(value, event.anchor, path, len(self.source_map.entries) - 1, 1)

    def scalar_value(self, event: Any, span: Marks) -> ScalarValue:
        tag = event.tag
        if event.implicit[0] and tag in (None, "!"):
            return resolve_plain(event.value)
        if tag in (None, "!"):
            return str(event.value)  # quoted: always text
        if tag in STANDARD_TAGS:
            try:
                return resolve_tagged(event.value, tag)
            except ValueError:
                pass
        self.refuse_tag(tag, span)

    def refuse_tag(self, tag: str, span: Marks) -> NoReturn:
        self.report(YAML_TAG.id, YAML_TAG.code, Severity.ERROR, msg("yaml.tag", tag=tag), span)
        raise _Abort  # a tag that would build an object: nothing of this document is trusted

    def alias(self, event: Any) -> None:
        span = self.marks(event)
        frame = self.stack[-1] if self.stack else None
        anchor = self.anchors.get(event.anchor)
        if anchor is None:
            self.report(
                YAML_SYNTAX.id,
                YAML_SYNTAX.code,
                Severity.ERROR,
                msg("yaml.unknown_alias", name=event.anchor),
                span,
            )
            raise _Abort
        if frame is not None and isinstance(frame.container, dict) and frame.pending_key is None:
            self.report(
                YAML_SYNTAX.id,
                YAML_SYNTAX.code,
                Severity.ERROR,
                msg("yaml.complex_key"),
                span,
            )
            raise _Abort
        self.count(anchor.size)
        path = self.child_path()
        key_span = self.take_key_span()
        for relative, inner_key, inner_value, raw in anchor.entries:
            inner_key = key_span if not relative else inner_key
            self.source_map.add(path + relative, inner_key, inner_value, raw=raw)
        self.attach(anchor.value, None, path, len(self.source_map.entries) - 1, 0)

    def start_collection(self, event: Any) -> None:
        start = self.mark(event.start_mark)
        span = (*start, *self.mark(event.end_mark))
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.container, dict) and parent.pending_key is None:
            self.report(
                YAML_SYNTAX.id,
                YAML_SYNTAX.code,
                Severity.ERROR,
                msg("yaml.complex_key"),
                span,
            )
            raise _Abort
        is_map = type(event) is yaml.MappingStartEvent
        if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
            self.report(
                YAML_TAG.id,
                YAML_TAG.code,
                Severity.ERROR,
                msg("yaml.tag", tag=event.tag),
                span,
            )
            raise _Abort
        if len(self.stack) >= self.limits.max_depth:
            self.report(
                YAML_LIMIT.id,
                YAML_LIMIT.code,
                Severity.ERROR,
                msg("yaml.depth", max=self.limits.max_depth),
                span,
            )
            raise _Abort
        self.count(1)
        path = self.child_path()
        key_span = self.take_key_span()
        self.source_map.add(path, key_span, span)
        container: dict[str, Any] | list[Any] = {} if is_map else []
        self.stack.append(
            _Frame(
                container, path, start, event.anchor, len(self.source_map.entries) - 1, self.nodes
            )
        )

    def end_collection(self, event: Any) -> None:
        frame = self.stack.pop()
        if isinstance(frame.container, dict) and frame.merges:
            self.apply_merges(frame)
        span = (*frame.start, *self.mark(event.end_mark))
        self.source_map.update_value_span(frame.first_entry, span)
        self.attach(
            frame.container,
            frame.anchor,
            frame.path,
            frame.first_entry,
            self.nodes - frame.nodes_at_start,
        )

    # -- fast paths --------------------------------------------------------------------------
    # The common nodes of a maquette (untagged, unanchored, no merge key, no duplicate, far
    # from the node limit, in a file whose lines the parser counts as the editor does) take
    # these; anything else goes to the general handlers above, which give the same result.
    # FAST_PATHS = False turns them off (the tests compare both ways).

    def fast_scalar(self, event: Any) -> None:
        stack = self.stack
        if event.anchor is not None or event.tag is not None or not stack:
            return self.scalar(event)
        if self.nodes >= self.limits.max_nodes:
            return self.scalar(event)
        frame = stack[-1]
        container = frame.container
        start, end = event.start_mark, event.end_mark
        span = (start.line, start.column, end.line, end.column)
        text = event.value
        if isinstance(container, list):
            self.nodes += 1
            path = (*frame.path, len(container))
            container.append(resolve_plain(text) if event.implicit[0] else text)
            self.source_map.add(path, None, span, raw=text)
            return None
        key = frame.pending_key
        if key is None:
            if text in frame.key_lines or text == "<<":
                return self.scalar(event)
            self.nodes += 1
            frame.key_lines[text] = span[0] + 1
            frame.pending_key = text
            frame.pending_key_span = span
            return None
        if key == "<<":
            return self.scalar(event)
        self.nodes += 1
        self.source_map.add((*frame.path, key), frame.pending_key_span, span, raw=text)
        if key not in container:
            container[key] = resolve_plain(text) if event.implicit[0] else text
        frame.pending_key = None
        frame.pending_key_span = None
        return None

    def fast_start(self, event: Any) -> None:
        stack = self.stack
        if (
            event.anchor is not None
            or event.tag is not None
            or not stack
            or len(stack) >= self.limits.max_depth
            or self.nodes >= self.limits.max_nodes
        ):
            return self.start_collection(event)
        parent = stack[-1]
        if type(parent.container) is list:
            path: DocPath = (*parent.path, len(parent.container))
            key_span = None
        elif parent.pending_key is None or parent.pending_key == "<<":
            return self.start_collection(event)
        else:
            path = (*parent.path, parent.pending_key)
            key_span = parent.pending_key_span
        self.nodes += 1
        start, end = event.start_mark, event.end_mark
        self.source_map.add(path, key_span, (start.line, start.column, end.line, end.column))
        container: dict[str, Any] | list[Any] = {} if type(event) is yaml.MappingStartEvent else []
        first = len(self.source_map.entries) - 1
        stack.append(_Frame(container, path, (start.line, start.column), None, first, self.nodes))
        return None

    def fast_end(self, event: Any) -> None:
        stack = self.stack
        frame = stack[-1]
        if frame.merges or frame.anchor is not None or len(stack) < 2:
            return self.end_collection(event)
        parent = stack[-2]
        container = parent.container
        key = parent.pending_key
        if type(container) is dict and key == "<<":
            return self.end_collection(event)
        stack.pop()
        end = event.end_mark
        self.source_map.update_value_span(frame.first_entry, (*frame.start, end.line, end.column))
        if type(container) is list:
            container.append(frame.container)
            return None
        assert key is not None and type(container) is dict
        if key not in container:
            container[key] = frame.container
        parent.pending_key = None
        parent.pending_key_span = None
        return None

    # -- helpers -----------------------------------------------------------------------------

    def mark(self, mark: Any) -> tuple[int, int]:
        """A parser mark as a 0-based (line, column) of the file (see lp_lint.reading.lines)."""
        if self.remap is None:
            return (mark.line, mark.column)
        return self.remap(mark.line, mark.column)

    def marks(self, event: Any) -> Marks:
        return (*self.mark(event.start_mark), *self.mark(event.end_mark))

    def set_key(self, frame: _Frame, key: str, span: Marks) -> None:
        if key in frame.key_lines and key != "<<":
            self.report(
                DUPLICATE_KEY.id,
                DUPLICATE_KEY.code,
                Severity.ERROR,
                msg("yaml.duplicate_key", key=key, first_line=frame.key_lines[key]),
                span,
            )
        frame.key_lines.setdefault(key, span[0] + 1)
        frame.pending_key = key
        frame.pending_key_span = span

    def child_path(self) -> DocPath:
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            return (*frame.path, len(frame.container))
        assert frame.pending_key is not None
        if frame.pending_key == "<<":
            return (*frame.path, "<<", len(frame.merges))
        return (*frame.path, frame.pending_key)

    def take_key_span(self) -> Marks | None:
        if not self.stack or not isinstance(self.stack[-1].container, dict):
            return None
        return self.stack[-1].pending_key_span

    def attach(self, value: Any, anchor: str | None, path: DocPath, first: int, size: int) -> None:
        if anchor is not None:
            entries = [
                (p[len(path) :], k, v, raw) for p, k, v, raw in self.source_map.entries[first:]
            ]
            self.anchors[anchor] = _Anchor(value, entries, max(size, 1))
        if not self.stack:
            if self.documents <= 1:
                self.data = value
            return
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            frame.container.append(value)
            return
        key = frame.pending_key
        assert key is not None
        if key == "<<":
            frame.merges.append((value, path))
        elif key not in frame.container:
            frame.container[key] = value
        frame.pending_key = None
        frame.pending_key_span = None

    def apply_merges(self, frame: _Frame) -> None:
        assert isinstance(frame.container, dict)
        for value, merge_path in frame.merges:
            sources = value if isinstance(value, list) else [value]
            for position, source in enumerate(sources):
                if not isinstance(source, dict):
                    self.report(
                        YAML_SYNTAX.id,
                        YAML_SYNTAX.code,
                        Severity.ERROR,
                        msg("yaml.bad_merge"),
                        self.source_map.value_span(merge_path),
                    )
                    continue
                origin = (*merge_path, position) if isinstance(value, list) else merge_path
                for key, item in source.items():
                    if key not in frame.container:
                        frame.container[key] = item
                        copied = self.source_map.alias_subtree((*origin, key), (*frame.path, key))
                        self.count(copied)

    def count(self, nodes: int) -> None:
        self.nodes += nodes
        if self.nodes > self.limits.max_nodes:
            self.report(
                YAML_LIMIT.id,
                YAML_LIMIT.code,
                Severity.ERROR,
                msg("yaml.nodes", max=self.limits.max_nodes),
                self.source_map.last_span(),
            )
            raise _Abort

    def report(
        self, rule_id: str, code: str, severity: Severity, message: Message, span: Span | Marks
    ) -> None:
        if not isinstance(span, Span):
            span = to_span(span)
        self.findings.append(Finding(rule_id, code, severity, message, span))
