"""Linting an editor's buffer: the same pipeline, configuration and rules as `check`.

Rule packs are loaded once per distinct configuration and kept for the life of the server; a
configuration file is looked for from the document's own path, as `check` does for a file. A
buffer over the byte limit is one finding; a crash is one finding and a log line, never the end
of the server.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from lp_lint.findings import FILE_START, Finding, Severity
from lp_lint.i18n import Lang, Message, msg
from lp_lint.pseudo_rules import CONFIG, FILE_TOO_LARGE, INTERNAL_ERROR
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.source import decode_bytes
from lp_lint.reports import FileReport, UsageError
from lp_lint.rules.packs import PackSet
from lp_lint.run import config
from lp_lint.run.discovery import options_for
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_text
from lp_lint.run.rule_sets import packs_for

LOG = logging.getLogger("lp_lint.server")
_CONFIG_NAMES = (config.YAML_NAME, config.PYPROJECT)


@dataclass
class Linted:
    """One lint of one version of a buffer, kept for hover and code actions."""

    text: str
    report: FileReport
    pack_set: PackSet | None
    options: Options
    error: str | None = None
    """What went wrong, when the lint crashed (for the server's log)."""


@dataclass
class BufferLinter:
    """Not thread-safe: the server calls it from its one worker thread only."""

    lang: Lang = "fr"
    _packs: dict[Options, PackSet] = field(default_factory=dict)

    def forget_configuration(self) -> None:
        """A configuration or rule file changed: look everything up again on the next lint."""
        config.discover_in.cache_clear()
        self._packs.clear()

    def lint(self, text: str, path: Path | None) -> Linted:
        name = str(path) if path is not None else "untitled.yaml"
        options = Options(lang=self.lang)
        try:
            options = options if path is None else options_for(path, options, frozenset(), False)
            pack_set = self._pack_set(options)
        except UsageError as error:  # a broken configuration: said where the document is
            return Linted(text, FileReport(name, [_config_finding(error.message)]), None, options)
        data = text.encode("utf-8", "surrogatepass")  # an editor may send lone surrogates
        size = len(data)
        if size > options.max_bytes:
            message = msg("file.too_large", size=size, max=options.max_bytes)
            finding = Finding(
                FILE_TOO_LARGE.id, FILE_TOO_LARGE.code, Severity.ERROR, message, FILE_START
            )
            return Linted(text, FileReport(name, [finding]), pack_set, options)
        unreadable = decode_bytes(data).findings  # what `check` reads as bytes
        if unreadable:
            return Linted(text, FileReport(name, unreadable), pack_set, options)
        try:
            report = lint_text(text, name, options, pack_set)
        except Exception as error:  # a bug must cost one diagnostic, not the editor's server
            LOG.exception("lint of %s failed", name)
            report = FileReport(name, [crash_finding(error)], internal_error=True)
            return Linted(text, report, pack_set, options, f"{type(error).__name__}: {error}")
        report.findings = onto_document(report.findings, text, options.lang)
        return Linted(text, report, pack_set, options)

    def _pack_set(self, options: Options) -> PackSet:
        if options not in self._packs:
            self._packs[options] = packs_for(options)
        return self._packs[options]


def onto_document(findings: list[Finding], text: str, lang: Lang) -> list[Finding]:
    """Findings in a file the document includes (a shared UE) shown on the `inclure:` element
    that brings it in, the file and position said in the message: the editor marks only this
    document, and a fix in another file is not offered."""
    if not any(f.span.file or any(s.file for s in f.related) for f in findings):
        return findings
    source_map = load_yaml(text).source_map
    moved = []
    for finding in findings:
        related = tuple(s for s in finding.related if s.file is None)
        if finding.span.file is None:
            moved.append(finding._replace(related=related))
            continue
        start = finding.span.start
        where = f"{finding.span.file}:{start.line}:{start.column}"
        span = source_map.finding_span(source_map.closest_known(finding.path))
        message = Message("", f"{where} : ", f"{where}: ") + finding.message
        moved.append(finding._replace(span=span, message=message, related=related, fix=None))
    return moved


def is_configuration(path: Path) -> bool:
    return path.name in _CONFIG_NAMES


def _config_finding(message: Message) -> Finding:
    return Finding(CONFIG.id, CONFIG.code, Severity.ERROR, message, FILE_START)


def crash_finding(error: Exception) -> Finding:
    text = msg("server.crash", error=f"{type(error).__name__}: {error}"[:300])
    return Finding(INTERNAL_ERROR.id, INTERNAL_ERROR.code, Severity.ERROR, text, FILE_START)
