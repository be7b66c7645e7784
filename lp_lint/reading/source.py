"""Reading bytes into text, for every command and every kind of input: maquettes, standard
input, configuration files, baselines, rule packs, the versions `report`, `diff` and
`--diff-base` compare.

Reading is bounded whatever the source: at most `max_bytes + 1` bytes are ever read, so that a
device (`/dev/zero`), a pipe or standard input cannot grow until memory runs out — the size the
file system reports is not trusted. Every failure is a positioned finding rather than an
exception, so that a broken file is reported like any other problem.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path
from typing import IO, NamedTuple

from lp_lint.findings import FILE_START, Finding, Severity, Span, located
from lp_lint.i18n import Message, msg
from lp_lint.pseudo_rules import ENCODING, FILE_TOO_LARGE, FILE_UNREADABLE
from lp_lint.reading.lines import line_starts, position_of

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_CHUNK = 1024 * 1024
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


class SourceText(NamedTuple):
    text: str | None
    findings: list[Finding]

    def problem(self, shown: str) -> Message:
        """The first finding as one `file:line:column: message` line (for usage errors)."""
        return located(shown, self.findings[:1])


def file_finding(rule_id: str, code: str, message: Message, span: Span = FILE_START) -> Finding:
    return Finding(rule_id=rule_id, code=code, severity=Severity.ERROR, message=message, span=span)


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read and decode `path`; a missing, unreadable, oversized or undecodable file is a finding."""
    try:
        if path.is_dir():
            return _fail(FILE_UNREADABLE.id, FILE_UNREADABLE.code, msg("file.is_dir"))
        data = read_path(path, max_bytes)
        if data is None:
            info = path.stat()
            return too_large(max_bytes, info.st_size if stat.S_ISREG(info.st_mode) else None)
    except OSError as error:
        reason = error.strerror or str(error)
        return _fail(
            FILE_UNREADABLE.id, FILE_UNREADABLE.code, msg("file.unreadable", reason=reason)
        )
    return decode_bytes(data)


def read_path(path: Path, max_bytes: int) -> bytes | None:
    """The bytes of `path` (a file, a device, a FIFO), or None when it holds more than
    `max_bytes`; raises OSError. What the file system says of the size is not trusted."""
    # O_NONBLOCK: opening a FIFO nobody writes to would wait forever; reading it then ends
    descriptor = os.open(path, os.O_RDONLY | _NONBLOCK)
    with os.fdopen(descriptor, "rb") as stream:
        if _NONBLOCK:
            os.set_blocking(descriptor, True)
        info = os.fstat(descriptor)
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            return None
        return read_bounded(stream, max_bytes)


def read_stream(stream: IO[bytes], max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read at most `max_bytes + 1` bytes of `stream` (a file, a pipe, standard input), decoded."""
    data = read_bounded(stream, max_bytes)
    if data is None:
        return too_large(max_bytes)
    return decode_bytes(data)


def read_bounded(stream: IO[bytes], max_bytes: int) -> bytes | None:
    """The bytes of `stream`, or None when there are more than `max_bytes` (never reads more
    than one byte past the limit)."""
    chunks: list[bytes] = []
    remaining = max_bytes + 1
    while remaining > 0:
        chunk = stream.read(min(_CHUNK, remaining))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return None if remaining <= 0 else b"".join(chunks)


def too_large(max_bytes: int, size: int | None = None) -> SourceText:
    if size is None:
        return _fail(
            FILE_TOO_LARGE.id, FILE_TOO_LARGE.code, msg("file.too_large_stream", max=max_bytes)
        )
    return _fail(
        FILE_TOO_LARGE.id, FILE_TOO_LARGE.code, msg("file.too_large", size=size, max=max_bytes)
    )


def decode_bytes(data: bytes) -> SourceText:
    """UTF-8 (with or without BOM) or UTF-16/32 with a BOM; anything else is an encoding finding."""
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    encoding = next((name for bom, name in boms if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        span = _span_of_byte(data, error.start) if encoding == "utf-8" else FILE_START
        return _fail(ENCODING.id, ENCODING.code, msg("file.encoding", offset=error.start), span)
    text = text.removeprefix("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:
        return _fail(ENCODING.id, ENCODING.code, msg("file.nul"), span_of_index(text, nul))
    return SourceText(text=text, findings=[])


def span_of_index(text: str, index: int) -> Span:
    """The 1-based position of character `index` of `text` (lines as lp_lint.reading.lines counts them)."""
    line, column = position_of(index, line_starts(text))
    return Span.from_marks((line, column), (line, column + 1))


def _span_of_byte(data: bytes, offset: int) -> Span:
    prefix = data[:offset].decode("utf-8", errors="replace")
    return span_of_index(prefix + " ", len(prefix))


def _fail(rule_id: str, code: str, message: Message, span: Span = FILE_START) -> SourceText:
    return SourceText(text=None, findings=[file_finding(rule_id, code, message, span)])
