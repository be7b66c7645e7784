"""Reading a file's bytes into text: size limit, encodings, byte-order marks.

Every failure is a positioned finding rather than an exception, so that a broken file is
reported like any other problem.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import NamedTuple

from lp_lint.findings import FILE_START, Finding, Severity, Span
from lp_lint.i18n import Lang, tr
from lp_lint.lines import line_starts, position_of

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class SourceText(NamedTuple):
    text: str | None
    findings: list[Finding]


def file_finding(rule_id: str, code: str, message: str, span: Span = FILE_START) -> Finding:
    return Finding(rule_id=rule_id, code=code, severity=Severity.ERROR, message=message, span=span)


def read_source(path: Path, lang: Lang, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read and decode `path`; a missing, unreadable, oversized or undecodable file is a finding."""
    try:
        if path.is_dir():
            return _fail("file-unreadable", "F001", tr("file.is_dir", lang))
        size = path.stat().st_size
        if size > max_bytes:
            return _fail(
                "file-too-large", "F003", tr("file.too_large", lang, size=size, max=max_bytes)
            )
        data = path.read_bytes()
    except OSError as error:
        return _fail("file-unreadable", "F001", tr("file.unreadable", lang, reason=error.strerror))
    return decode_bytes(data, lang)


def decode_bytes(data: bytes, lang: Lang) -> SourceText:
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
        return _fail("encoding", "F002", tr("file.encoding", lang, offset=error.start), span)
    text = text.removeprefix("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:
        return _fail("encoding", "F002", tr("file.nul", lang), span_of_index(text, nul))
    return SourceText(text=text, findings=[])


def span_of_index(text: str, index: int) -> Span:
    """The 1-based position of character `index` of `text` (lines as lp_lint.lines counts them)."""
    line, column = position_of(index, line_starts(text))
    return Span.from_marks((line, column), (line, column + 1))


def _span_of_byte(data: bytes, offset: int) -> Span:
    prefix = data[:offset].decode("utf-8", errors="replace")
    return span_of_index(prefix + " ", len(prefix))


def _fail(rule_id: str, code: str, message: str, span: Span = FILE_START) -> SourceText:
    return SourceText(text=None, findings=[file_finding(rule_id, code, message, span)])
