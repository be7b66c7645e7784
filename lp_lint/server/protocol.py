"""lp-lint's findings and positions in the protocol's terms.

lp-lint counts lines as YAML does (also at U+2028, U+0085…) and columns in characters; the
protocol counts lines at `\\n`, `\\r\\n` and `\\r` only, and columns in the encoding the client
chose (UTF-16 unless it said otherwise). Every position goes through an offset in the text, so
the two ways of counting can never be mixed up.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lsprotocol import types

from lp_lint.findings import Finding, Position, Severity, Span
from lp_lint.i18n import Lang, tr
from lp_lint.reading.fixes import LineIndex

DOCS_URL = "https://forge.example.org/outils/lp-lint/-/blob/main"
"""Where the project's documentation is read (README, docs/regles.md)."""
SOURCE = "lp-lint"
_LSP_BREAK = re.compile("\r\n|\r|\n")
_SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


class Positions:
    """Offsets in one text ↔ lp-lint positions ↔ protocol positions."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self.yaml = LineIndex(text)
        self.starts = [0] + [match.end() for match in _LSP_BREAK.finditer(text)]
        self.encoding = encoding

    def _units(self, chunk: str) -> int:
        if self.encoding == types.PositionEncodingKind.Utf8:
            return len(chunk.encode("utf-8", "surrogatepass"))
        if self.encoding == types.PositionEncodingKind.Utf32:
            return len(chunk)
        return len(chunk) + sum(1 for char in chunk if ord(char) > 0xFFFF)

    def to_lsp(self, offset: int) -> types.Position:
        offset = min(max(offset, 0), len(self.text))
        line = bisect_right(self.starts, offset) - 1
        return types.Position(line, self._units(self.text[self.starts[line] : offset]))

    def from_lsp(self, position: types.Position) -> int:
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        end = (
            self.starts[position.line + 1]
            if position.line + 1 < len(self.starts)
            else len(self.text)
        )
        offset, units = start, 0
        while offset < end and units < position.character and self.text[offset] not in "\r\n":
            units += self._units(self.text[offset])
            offset += 1
        return offset

    def offset(self, position: Position) -> int:
        found = self.yaml.offset(position)
        if found is not None:
            return found
        return 0 if position.line < 1 else len(self.text)

    def range(self, span: Span) -> types.Range:
        start, end = self.offset(span.start), self.offset(span.end)
        return types.Range(self.to_lsp(start), self.to_lsp(max(start, end)))

    def shown(self, span: Span) -> tuple[int, int]:
        """The offsets a finding underlines: a block's finding, its first line only."""
        start, end = self.offset(span.start), self.offset(span.end)
        line = bisect_right(self.starts, start) - 1
        if line + 1 < len(self.starts) and end >= self.starts[line + 1]:
            end = self.starts[line + 1]
            while end > start and self.text[end - 1] in "\r\n":
                end -= 1
        return start, max(start, end)

    def shown_range(self, span: Span) -> types.Range:
        start, end = self.shown(span)
        return types.Range(self.to_lsp(start), self.to_lsp(end))


def doc_link(code: str, is_rule: bool) -> str:
    """A rule's entry in docs/regles.md; lp-lint's own codes are described in the README."""
    if is_rule:
        return f"{DOCS_URL}/docs/regles.md#{code.lower()}"
    return f"{DOCS_URL}/README.md#la-commande"


def diagnostic(finding: Finding, uri: str, positions: Positions, lang: Lang) -> types.Diagnostic:
    ref = finding.reference
    message = finding.text(lang)
    if ref is not None:
        message += f"\n{ref.texte}, {ref.article}"
    severity = _SEVERITIES[finding.severity]
    if finding.waived_by:
        message = f"{message}\n({tr('server.waived', lang, by=finding.waived_by)})"
        severity = types.DiagnosticSeverity.Hint
    related = [
        types.DiagnosticRelatedInformation(
            types.Location(uri, positions.range(span)), tr("server.related", lang)
        )
        for span in finding.related
    ]
    return types.Diagnostic(
        range=positions.shown_range(finding.span),
        message=message,
        severity=severity,
        code=finding.code,
        code_description=types.CodeDescription(doc_link(finding.code, ref is not None)),
        source=SOURCE,
        related_information=related or None,
    )
