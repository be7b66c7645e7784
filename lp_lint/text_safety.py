"""Text from a maquette, a file name or a local rule pack, made safe for each kind of output.

Anything a maquette's author (or a pull request) writes can reach a terminal, a CI log, an XML
or JSON file, or a pull-request comment. One function per family of outputs, applied where the
output is written, so that no value can forge a line, move the cursor, change colours, break a
table or inject markup:

- `terminal_text`: text, concise, GitHub annotations, messages on stderr;
- `xml_text`: JUnit and the HTML page (what XML 1.0 forbids);
- `json_text` / `dump_json`: JSON, SARIF, GitLab, baselines (control characters are escaped by
  JSON itself; lone surrogates are not valid UTF-8);
- `markdown_text` / `markdown_code`: Markdown tables, headings and lists;
- `uri_path`: RFC 3986 percent-encoding of a path, byte by byte.

A file name that is not valid UTF-8 arrives from the operating system with its bad bytes as
lone surrogates (`surrogateescape`): every family shows them as `\\xNN`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TextIO

from lp_lint.i18n import Message

if TYPE_CHECKING:
    from lp_lint.reports import FileReport

_SURROGATES = re.compile("[\ud800-\udfff]")
_TERMINAL = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
"""C0 and C1 controls (escape sequences, carriage returns, line feeds), Unicode line and
paragraph separators, and the bidirectional overrides that reorder what is displayed."""
_NOT_A_BYTE = re.compile("[\ud800-\udc7f\udd00-\udfff]")
"""Lone surrogates that do not stand for an undecodable byte of a file name."""
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]<>#!|~&{}()])")
_WEB_ADDRESS = re.compile(r"https?://[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+")
_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def json_text(text: str) -> str:
    """Lone surrogates (undecodable bytes of a file name) shown as escapes: valid UTF-8."""
    return _SURROGATES.sub(_escaped, text)


def terminal_text(text: str) -> str:
    """Every control character shown as its escape (`\\n`, `\\x1b`): one value, one line."""
    return _TERMINAL.sub(_escaped, text)


def error_line(error: Exception | str) -> str:
    """`lp-lint: <message>` for stderr; the message's own lines stay, a name cannot add any."""
    return "lp-lint: " + "\n".join(terminal_text(line) for line in str(error).split("\n"))


def xml_text(text: str) -> str:
    """What XML 1.0 forbids, shown as its escape; tabs and line breaks are kept."""
    return _XML_FORBIDDEN.sub(_escaped, text)


def markdown_text(text: str) -> str:
    """Inline Markdown that renders as the text itself: no markup, no HTML, no new row or
    heading; a line break becomes `<br>`, which table cells accept."""
    parts = [
        _MARKDOWN_PUNCTUATION.sub(r"\\\1", terminal_text(part)) for part in _LINE_BREAK.split(text)
    ]
    return "<br>".join(parts)


def markdown_code(text: str) -> str:
    """A code span when the text allows one (no backtick, no control), escaped text otherwise."""
    if "`" in text or _TERMINAL.search(text) or not text.strip():
        return markdown_text(text)
    return f"`{text}`"


def markdown_link(text: str, url: str) -> str:
    """A link when `url` is a plain web address, the escaped text and address otherwise."""
    if _WEB_ADDRESS.fullmatch(url):
        return f"[{markdown_text(text)}]({url})"
    return f"{markdown_text(text)} {markdown_text(url)}".strip()


def uri_path(path: str) -> str:
    """A relative or absolute path as an RFC 3986 URI path: every byte outside the unreserved
    set and `/` is percent-encoded (space, `#`, `%`, `?`, line breaks, non-ASCII)."""
    from urllib.parse import quote_from_bytes

    raw = _NOT_A_BYTE.sub(_escaped, path).encode("utf-8", "surrogateescape")
    return quote_from_bytes(raw, safe="/")


def dump_json(document: Any, stream: TextIO) -> None:
    """`document` as indented UTF-8 JSON, valid whatever strings it holds."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    stream.write(_SURROGATES.sub(_json_escaped, text) + "\n")


STREAMED = "\x00lp-lint: the streamed items\x00"
"""Stands, in a document given to `dump_json_streamed`, for the one list whose items come after."""


def dump_json_streamed(document: Any, items: Iterable[Any], stream: TextIO) -> None:
    """What `dump_json` writes for `document` once its list `[STREAMED]` holds `items`, the items
    encoded and written one at a time: an output of any size is never held whole in memory."""
    text = _SURROGATES.sub(_json_escaped, json.dumps(document, ensure_ascii=False, indent=2))
    marker = text.index(json.dumps(STREAMED))
    indent = text[text.rindex("\n", 0, marker) + 1 : marker]
    opening = text.rindex("[", 0, marker)
    closing = text.index("]", marker)
    stream.write(text[: opening + 1])
    separator = "\n"
    for item in items:
        encoded = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
        stream.write(separator + indent + _SURROGATES.sub(_json_escaped, encoded))
        separator = ",\n"
    stream.write(text[marker + len(json.dumps(STREAMED)) : closing] if separator != "\n" else "")
    stream.write(text[closing:] + "\n")


def _json_escaped(match: re.Match[str]) -> str:
    """Inside a JSON string literal, the backslash of the escape must itself be escaped."""
    return _escaped(match).replace("\\", "\\\\")


def clean_file(file: FileReport, clean: Callable[[str], str]) -> FileReport:
    """A copy of `file` whose name and every text of its findings went through `clean`."""
    return replace(
        file, path=clean(file.path), findings=[_cleaned(f, clean) for f in file.findings]
    )


def _cleaned(value: Any, clean: Callable[[str], str]) -> Any:
    """Strings cleaned, through tuples and named tuples (a finding, its path, its reference)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, Message):
        return value.transformed(clean)
    if isinstance(value, tuple):
        items = [_cleaned(item, clean) for item in value]
        return value._make(items) if hasattr(value, "_make") else tuple(items)
    return value
