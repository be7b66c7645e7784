"""The language server: documents in, diagnostics, hovers and code actions out.

Lints run one at a time on one worker thread (the only one that touches the linter's caches),
so that a slow document never stops the server from reading messages; a change is linted once
the typing pauses (`DEBOUNCE_SECONDS`), an opened document at once. Results are kept per
document and version for hover and code actions.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from lp_lint import __version__
from lp_lint.findings import Finding, Fix
from lp_lint.i18n import Lang, msg
from lp_lint.reading.detect import text_is_maquette
from lp_lint.reading.fixes import apply_fixes, chosen_fixes
from lp_lint.reading.loader import load_yaml
from lp_lint.reports import FileReport
from lp_lint.run.options import Options
from lp_lint.server.actions import derogation_fix
from lp_lint.server.hover import finding_hover, key_at, key_hover
from lp_lint.server.linting import LOG, BufferLinter, Linted, crash_finding, is_configuration
from lp_lint.server.protocol import Positions, diagnostic

DEBOUNCE_SECONDS = 0.15
FIX_ALL_KIND = "source.fixAll.lp-lint"


class LpLintServer(LanguageServer):
    def __init__(self, lang: Lang) -> None:
        super().__init__(
            "lp-lint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full
        )
        self.linter = BufferLinter(lang)
        self.results: dict[str, tuple[int | None, Linted]] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lp-lint")
        self.shut_down = False

    # -- linting --------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        try:
            await self._lint_now(uri)
        except Exception as error:  # a bug here too costs one diagnostic and a log line
            LOG.exception("publishing %s failed", uri)
            document = self.workspace.get_text_document(uri)
            report = FileReport(uri, [crash_finding(error)], internal_error=True)
            options = Options(lang=self.linter.lang)
            linted = Linted(document.source, report, None, options, str(error))
            self.publish(uri, linted, document.version)

    async def _lint_now(self, uri: str) -> None:
        document = self.workspace.get_text_document(uri)
        text, version = document.source, document.version
        linted = await asyncio.get_running_loop().run_in_executor(
            self.pool, self.linter.lint, text, _path(uri)
        )
        if self.workspace.get_text_document(uri).version != version:
            return  # typed again meanwhile: that lint is on its way
        self.results[uri] = (version, linted)
        self.publish(uri, linted, version)

    async def current(self, uri: str) -> Linted | None:
        """The lint of the open document as it is now (linted again if the last one is stale,
        on the worker thread: the server keeps reading messages meanwhile)."""
        if unquote(uri) not in self.workspace.text_documents:  # kept unquoted, as pygls does
            return None  # never opened, or closed: nothing to say about it
        document = self.workspace.get_text_document(uri)
        text, version = document.source, document.version
        cached_version, linted = self.results.get(uri, (None, None))
        if linted is None or cached_version != version or linted.text != text:
            linted = await asyncio.get_running_loop().run_in_executor(
                self.pool, self.linter.lint, text, _path(uri)
            )
            self.results[uri] = (version, linted)
        return linted

    async def reconfigure(self) -> None:
        """A configuration changed: forget what was found (on the worker, between two lints)
        and lint every open document again."""
        await asyncio.get_running_loop().run_in_executor(
            self.pool, self.linter.forget_configuration
        )
        for uri in list(self.results):
            self.schedule(uri, 0)

    def publish(self, uri: str, linted: Linted, version: int | None) -> None:
        if linted.error is not None:
            self.window_log_message(
                types.LogMessageParams(types.MessageType.Error, f"lp-lint: {uri}: {linted.error}")
            )
        positions = Positions(linted.text, self.encoding)
        findings = linted.report.findings if _is_maquette(linted.text) else []
        diagnostics = [diagnostic(f, uri, positions, self.linter.lang) for f in findings]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    @property
    def encoding(self) -> str:
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    # -- hover and actions ----------------------------------------------------------------

    async def hover(self, uri: str, position: types.Position) -> types.Hover | None:
        linted = await self.current(uri)
        if linted is None or not _is_maquette(linted.text):
            return None
        positions = Positions(linted.text, self.encoding)
        offset = positions.from_lsp(position)
        found = [f for f in linted.report.findings if _covers(positions, f, offset, offset)]
        if found:
            text = "\n\n---\n\n".join(
                finding_hover(f, linted.pack_set, linted.options) for f in found
            )
            return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text))
        path = key_at(linted.text, offset, linted.options.lang)
        shown = key_hover(path, linted.options.lang) if path else None
        if shown is None:
            return None
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, shown))

    async def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        linted = await self.current(uri)
        if linted is None or not _is_maquette(linted.text):
            return []
        positions = Positions(linted.text, self.encoding)
        start, end = positions.from_lsp(params.range.start), positions.from_lsp(params.range.end)
        lang = linted.options.lang
        found = [f for f in linted.report.findings if _covers(positions, f, start, end)]
        actions: list[types.CodeAction] = []
        loaded = load_yaml(linted.text)
        for finding in found:
            shown = diagnostic(finding, uri, positions, lang)
            waivers = linted.pack_set.waivers if linted.pack_set is not None else {}
            authorities = tuple(p.autorite for p in waivers.get(finding.code, ()))
            scaffold = derogation_fix(finding, linted.text, loaded.source_map, lang, authorities)
            for fix in (finding.fix, scaffold):
                if fix is not None and apply_fixes(linted.text, [fix])[1]:
                    actions.append(_action(fix, uri, positions, lang, [shown]))
        fix_all = _fix_all(linted)
        if fix_all is not None:
            actions.append(_action(fix_all, uri, positions, lang, None, FIX_ALL_KIND))
        only = [_kind(kind) for kind in params.context.only or ()]
        return [a for a in actions if not only or any(_kind(a.kind).startswith(k) for k in only)]


def _fix_all(linted: Linted) -> Fix | None:
    """Every safe fix of the document in one action (the editor's "fix all" on save)."""
    safe = chosen_fixes((f.fix for f in linted.report.findings), unsafe=False)
    applied = apply_fixes(linted.text, safe)[1]
    if not applied:
        return None
    edits = tuple(edit for fix in applied for edit in fix.edits)
    return Fix(msg("server.fix_all"), edits, safe=True)


def _action(
    fix: Fix,
    uri: str,
    positions: Positions,
    lang: Lang,
    diagnostics: list[types.Diagnostic] | None,
    kind: str = types.CodeActionKind.QuickFix,
) -> types.CodeAction:
    edits = [types.TextEdit(positions.range(edit.span), edit.new) for edit in fix.edits]
    return types.CodeAction(
        title=fix.title.render(lang),
        kind=kind,
        diagnostics=diagnostics,
        is_preferred=(fix.safe and kind == types.CodeActionKind.QuickFix) or None,
        edit=types.WorkspaceEdit(changes={uri: edits}),
    )


def _kind(kind: object) -> str:
    """`quickfix` whether the protocol library gives an enumeration member or a string."""
    return str(getattr(kind, "value", kind))


def _covers(positions: Positions, finding: Finding, start: int, end: int) -> bool:
    """The finding's underlined text touches the offsets from `start` to `end`."""
    first, last = positions.shown(finding.span)
    return first <= end and start <= last


def _is_maquette(text: str) -> bool:
    """As `check` in a folder (other YAML files of the workspace get no diagnostics)."""
    return text_is_maquette(text)


def _path(uri: str) -> Path | None:
    path = to_fs_path(uri) if uri.startswith("file:") else None
    return Path(path) if path else None


def build(lang: Lang) -> LpLintServer:
    server = LpLintServer(lang)

    @server.feature(types.INITIALIZE)
    def initialize(ls: LpLintServer, params: types.InitializeParams) -> None:
        options: Any = params.initialization_options
        if isinstance(options, dict) and options.get("lang") in ("fr", "en"):
            ls.linter.lang = options["lang"]

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: LpLintServer, params: None) -> None:
        ls.shut_down = True

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: LpLintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: LpLintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: LpLintServer, params: types.DidSaveTextDocumentParams) -> None:
        path = _path(params.text_document.uri)
        if path is not None and is_configuration(path):
            await ls.reconfigure()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def watched(ls: LpLintServer, params: types.DidChangeWatchedFilesParams) -> None:
        await ls.reconfigure()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LpLintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.results.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: LpLintServer, params: types.HoverParams) -> types.Hover | None:
        return await ls.hover(params.text_document.uri, params.position)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND]),
    )
    async def code_action(
        ls: LpLintServer, params: types.CodeActionParams
    ) -> list[types.CodeAction]:
        return await ls.code_actions(params)

    return server


def run(lang: Lang) -> None:
    """Serve until the editor says `exit` (or closes the pipe); `lang` until it asks another."""
    logging.basicConfig(level=logging.WARNING, format="lp-lint server: %(levelname)s %(message)s")
    server = build(lang)
    server.start_io()
    sys.exit(0 if server.shut_down else 1)  # the protocol's exit code: 1 without a shutdown
