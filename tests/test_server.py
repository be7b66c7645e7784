"""`lp-lint server`, driven over its standard input and output as an editor drives it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from lsprotocol.types import Position as LspPosition

from lp_lint.findings import Position
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_text
from lp_lint.run.rule_sets import packs_for
from lp_lint.server.protocol import Positions
from tests.conftest import ROOT
from tests.lsp_client import Client
from tests.test_fix import PASSING, _break, _expected

FAILING_PATH = ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml"
FAILING = FAILING_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    server = Client()
    server.initialize()
    yield server
    assert server.close() == 0


def _open(client: Client, path: Path, text: str) -> list[dict[str, Any]]:
    uri = path.as_uri()
    document = {"uri": uri, "languageId": "yaml", "version": 1, "text": text}
    client.notify("textDocument/didOpen", {"textDocument": document})
    return client.diagnostics(uri)


def _change(client: Client, path: Path, text: str, version: int) -> None:
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": path.as_uri(), "version": version},
            "contentChanges": [{"text": text}],
        },
    )


def _codes(diagnostics: list[dict[str, Any]]) -> list[str]:
    return [d["code"] for d in diagnostics]


def _apply(text: str, edits: list[dict[str, Any]]) -> str:
    """Apply protocol text edits (the texts here have no character outside the BMP)."""
    lines = [*text.splitlines(keepends=True), ""]

    def offset(position: dict[str, int]) -> int:
        return sum(len(line) for line in lines[: position["line"]]) + position["character"]

    spans = sorted(
        ((offset(e["range"]["start"]), offset(e["range"]["end"]), e["newText"]) for e in edits),
        reverse=True,
    )
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def test_open_publishes_the_findings_of_check(client: Client, tmp_path: Path) -> None:
    diagnostics = _open(client, tmp_path / "lp.yaml", FAILING)
    expected = lint_text(FAILING, str(FAILING_PATH), Options(), packs_for(Options())).findings
    assert _codes(diagnostics) == [f.code for f in expected]
    assert [d["range"]["start"] for d in diagnostics] == [
        {"line": f.span.start.line - 1, "character": f.span.start.column - 1} for f in expected
    ]
    projet = next(d for d in diagnostics if d["code"] == "LP104")
    assert projet["severity"] == 1 and projet["source"] == "lp-lint"
    assert "120 h" in projet["message"] and "art. 7, al. 5" in projet["message"]
    assert projet["codeDescription"]["href"].endswith("/docs/regles.md#lp104")
    assert projet["range"]["start"]["line"] == projet["range"]["end"]["line"]
    info = next(d for d in diagnostics if d["code"] == "D001")
    assert info["severity"] == 3 and info["codeDescription"]["href"].endswith("#la-commande")


def test_every_rule_has_the_anchor_its_link_points_to() -> None:
    regles = (ROOT / "docs" / "regles.md").read_text(encoding="utf-8")
    for code in packs_for(Options()).rules:
        assert f'<a id="{code.lower()}"></a>' in regles


def test_a_sum_relates_its_terms(client: Client, tmp_path: Path) -> None:
    text = PASSING.replace("        ects: 9\n", "        ects: 8\n", 1)
    diagnostics = _open(client, tmp_path / "sum.yaml", text)
    total = next(d for d in diagnostics if d["code"] == "CN301")
    related = total["relatedInformation"]
    lines = text.splitlines()
    assert [lines[r["location"]["range"]["start"]["line"]].strip() for r in related] == [
        "ects: 8",
        "ects: 11",
        "ects: 10",
    ]
    assert all(r["location"]["uri"] == (tmp_path / "sum.yaml").as_uri() for r in related)


def test_changes_are_linted_and_the_last_version_wins(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    assert "LP104" in _codes(_open(client, path, FAILING))
    for version in range(2, 7):  # typing: only the pause after the last change is linted
        _change(client, path, FAILING if version % 2 else PASSING, version)
    assert client.diagnostics(path.as_uri(), version=6) == []
    _change(client, path, _break(PASSING), 7)
    assert _codes(client.diagnostics(path.as_uri(), version=7)) == ["S001", "S001", "S001"]


def test_configuration_is_found_from_the_documents_path(client: Client, tmp_path: Path) -> None:
    (tmp_path / ".lp-lint.yaml").write_text("ignore: [LP104]\n", encoding="utf-8")
    codes = _codes(_open(client, tmp_path / "lp.yaml", FAILING))
    assert "LP104" not in codes and "LP102" in codes


def test_saving_the_configuration_relints_open_documents(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    assert "LP104" in _codes(_open(client, path, FAILING))
    config = tmp_path / ".lp-lint.yaml"
    config.write_text("ignore: [LP104]\n", encoding="utf-8")
    client.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
    codes = _codes(client.diagnostics(path.as_uri()))
    assert "LP104" not in codes and "LP102" in codes


def test_an_unsaved_document_is_linted_with_the_defaults(client: Client) -> None:
    uri = "untitled:Untitled-1"
    document = {"uri": uri, "languageId": "yaml", "version": 1, "text": FAILING}
    client.notify("textDocument/didOpen", {"textDocument": document})
    assert "LP104" in _codes(client.diagnostics(uri))


def test_hover_explains_a_finding(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    projet = next(d for d in _open(client, path, FAILING) if d["code"] == "LP104")
    hover = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": path.as_uri()}, "position": projet["range"]["start"]},
    )
    text = hover["contents"]["value"]
    assert "120 h" in text  # the numbers
    assert "# LP104" in text and "art. 7, al. 5" in text  # the rule, its text and article
    assert "heures-enseignees" in text  # the readings, the one in force marked
    assert "```yaml" not in text  # no examples in a hover


def test_a_hover_shows_the_maquettes_text_as_text(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    hostile = "![x](https://example.org/t.png) <img src=x> *a*"
    text = FAILING.replace("mention: Commerce", f'mention: "{hostile}"')
    mention = next(d for d in _open(client, path, text) if d["code"] == "CN310")
    hover = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": path.as_uri()}, "position": mention["range"]["start"]},
    )
    shown = hover["contents"]["value"]
    assert "\\!\\[x\\]" in shown and "\\*a\\*" in shown
    assert shown.count("<img") == shown.count("\\<img src=x\\>") == 1  # escaped: shown as text


def test_hover_documents_a_key(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    _open(client, path, PASSING)
    line = PASSING.splitlines().index("        ects: 9")
    params = {"textDocument": {"uri": path.as_uri()}, "position": {"line": line, "character": 9}}
    text = client.request("textDocument/hover", params)["contents"]["value"]
    assert text.startswith("**ects** (nombre") and "crédits ECTS" in text
    comment = {"textDocument": {"uri": path.as_uri()}, "position": {"line": 0, "character": 3}}
    assert client.request("textDocument/hover", comment) is None


def test_a_block_finding_hovers_on_its_first_line_only(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    block = next(d for d in _open(client, path, FAILING) if d["code"] == "RC605")
    start, end = block["range"]["start"], block["range"]["end"]
    assert start["line"] == end["line"] and end["character"] > start["character"]
    uri = {"uri": path.as_uri()}
    on_it = client.request("textDocument/hover", {"textDocument": uri, "position": start})
    assert "# RC605" in on_it["contents"]["value"]
    inside = {"line": start["line"] + 5, "character": 0}
    hover = client.request("textDocument/hover", {"textDocument": uri, "position": inside})
    assert hover is None or "RC605" not in hover["contents"]["value"]


def test_a_broken_configuration_is_one_diagnostic(client: Client, tmp_path: Path) -> None:
    (tmp_path / ".lp-lint.yaml").write_text("ignore: [NOPE999]\n", encoding="utf-8")
    [diagnostic] = _open(client, tmp_path / "lp.yaml", FAILING)
    assert diagnostic["code"] == "C001" and "NOPE999" in diagnostic["message"]


def test_closing_clears_the_diagnostics(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    assert _open(client, path, FAILING)
    client.notify("textDocument/didClose", {"textDocument": {"uri": path.as_uri()}})
    assert client.diagnostics(path.as_uri()) == []


def test_code_actions_fix_what_check_fix_fixes(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    broken = _break(PASSING)
    diagnostics = _open(client, path, broken)
    quote = next(d for d in diagnostics if "0701" in d["message"])
    params = {
        "textDocument": {"uri": path.as_uri()},
        "range": quote["range"],
        "context": {"diagnostics": [quote]},
    }
    actions = client.request("textDocument/codeAction", params)
    fix = next(a for a in actions if a["kind"] == "quickfix")
    assert fix["isPreferred"] is True and fix["diagnostics"][0]["code"] == "S001"
    [edit] = fix["edit"]["changes"][path.as_uri()]
    assert edit["newText"] == '"0701"' and edit["range"] == quote["range"]
    fix_all = next(a for a in actions if a["kind"] == "source.fixAll.lp-lint")
    assert _apply(broken, fix_all["edit"]["changes"][path.as_uri()]) == _expected(PASSING)


def test_a_dérogation_scaffold_waives_the_finding_once_completed(
    client: Client, tmp_path: Path
) -> None:
    """The scaffold alone is a format error (authority and date to write), never a waiver."""
    path = tmp_path / "lp.yaml"
    projet = next(d for d in _open(client, path, FAILING) if d["code"] == "LP104")
    params = {
        "textDocument": {"uri": path.as_uri()},
        "range": projet["range"],
        "context": {"diagnostics": [projet], "only": ["quickfix"]},
    }
    actions = client.request("textDocument/codeAction", params)
    assert all(a["kind"] == "quickfix" for a in actions)
    action = next(a for a in actions if a["title"].startswith("Ajouter une dérogation à LP104"))
    scaffolded = _apply(FAILING, action["edit"]["changes"][path.as_uri()])
    assert scaffolded.startswith(FAILING)  # appended; nothing else touched
    _change(client, path, scaffolded, 2)
    pending = client.diagnostics(path.as_uri(), version=2)
    assert "LP104" not in _codes(pending) and _codes(pending).count("S001") == 2
    completed = scaffolded.replace("autorite: null", "autorite: ministre").replace(
        "date_decision: null", "date_decision: 2016-06-30"
    )
    _change(client, path, completed, 3)
    after = {d["code"]: d for d in client.diagnostics(path.as_uri(), version=3)}
    assert after["LP104"]["severity"] == 4 and "derogations[0]" in after["LP104"]["message"]
    assert _codes([d for d in after.values() if d["code"].startswith("S")]) == []


_HOSTILE = {
    "alias bomb": "version: 1\nformation: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"l{n}: &{chr(98 + n)} [*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}]\n"
        for n in range(9)
    ),
    "deep nesting": "formation: " + "[" * 5000 + "]" * 5000 + "\n",
    "control characters": "formation:\n  mention: \x00\x07\ud800\n",
    "object tag": "version: 1\nformation: !!python/object/apply:os.system [echo]\n",
    "not a mapping": "formation:\n- - - 1\n  :\n",
}


@pytest.mark.parametrize("name", sorted(_HOSTILE))
def test_hostile_documents_are_findings_and_the_server_carries_on(
    client: Client, tmp_path: Path, name: str
) -> None:
    path = tmp_path / "hostile.yaml"
    diagnostics = _open(client, path, _HOSTILE[name])
    assert diagnostics and all(d["severity"] == 1 for d in diagnostics)
    assert {d["code"][0] for d in diagnostics} <= {"Y", "S", "F"}
    assert _open(client, tmp_path / "after.yaml", PASSING) == []  # still serving


def test_requests_about_a_document_never_opened_answer_nothing(
    client: Client, tmp_path: Path
) -> None:
    uri = {"uri": (tmp_path / "absent.yaml").as_uri()}
    start = {"line": 0, "character": 0}
    assert client.request("textDocument/hover", {"textDocument": uri, "position": start}) is None
    context = {"diagnostics": []}
    params = {"textDocument": uri, "range": {"start": start, "end": start}, "context": context}
    assert client.request("textDocument/codeAction", params) == []


def test_a_document_over_the_byte_limit_gets_one_diagnostic(client: Client, tmp_path: Path) -> None:
    text = "formation: {}\n" + "#" * (Options().max_bytes)
    [diagnostic] = _open(client, tmp_path / "big.yaml", text)
    assert diagnostic["code"] == "F003" and "octets" in diagnostic["message"]


def test_other_yaml_files_get_no_diagnostics(client: Client, tmp_path: Path) -> None:
    assert _open(client, tmp_path / "ci.yml", "jobs:\n  test: {runs-on: linux}\n") == []


def test_english_when_the_editor_asks() -> None:
    server = Client()
    server.initialize({"lang": "en"})
    diagnostics = _open(server, FAILING_PATH, FAILING)
    assert (
        "at least 25% is required"
        in next(d for d in diagnostics if d["code"] == "LP104")["message"]
    )
    assert server.close() == 0


def test_english_from_the_command_line() -> None:
    server = Client([sys.executable, "-m", "lp_lint", "server", "--lang", "en"])
    server.initialize()
    diagnostics = _open(server, FAILING_PATH, FAILING)
    assert "required" in next(d for d in diagnostics if d["code"] == "LP104")["message"]
    assert server.close() == 0


def test_exit_without_shutdown_is_an_error_code() -> None:
    server = Client()
    server.initialize()
    server.notify("exit", None)
    assert server.process.wait(timeout=30) == 1


def test_a_crash_in_a_lint_is_one_diagnostic(monkeypatch: pytest.MonkeyPatch) -> None:
    from lp_lint.server import linting

    def broken(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(linting, "lint_text", broken)
    linted = linting.BufferLinter().lint(PASSING, None)
    [finding] = linted.report.findings
    assert finding.code == "X001" and "RuntimeError: boom" in finding.text("fr")
    assert linted.error == "RuntimeError: boom" and linted.report.internal_error


def test_positions_count_the_file_s_lines_and_columns_as_the_client() -> None:
    text = "a: \U0001f393x\u2028b: c\r\nd: e"  # two lines for lp-lint and the protocol alike
    utf16, utf32 = Positions(text), Positions(text, "utf-32")
    after_emoji = utf16.offset(Position(1, 5))
    assert text[after_emoji] == "x"
    assert utf16.to_lsp(after_emoji) == LspPosition(0, 5) and utf32.to_lsp(
        after_emoji
    ) == LspPosition(0, 4)
    b = utf16.offset(Position(1, 7))
    assert text[b] == "b" and utf16.to_lsp(b) == LspPosition(0, 7)
    assert utf16.from_lsp(LspPosition(0, 7)) == b and utf16.from_lsp(
        LspPosition(1, 0)
    ) == text.index("d")
    assert utf16.from_lsp(LspPosition(0, 99)) == text.index("\r")  # past the end: the line's end
    assert utf16.from_lsp(LspPosition(9, 0)) == len(text)


README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_vs_code_settings_start_a_working_server() -> None:
    block = re.search(r"```json\n(\{\s*\"glspc.*?)```", README, re.DOTALL)
    assert block is not None
    settings = json.loads(block.group(1))
    assert settings["glspc.server.languageId"] == ["yaml"]
    executable = Path(sys.executable).parent / settings["glspc.server.command"]
    server = Client([str(executable), *settings["glspc.server.commandArguments"]])
    offered = server.initialize()
    assert offered["serverInfo"]["name"] == "lp-lint"
    capabilities = offered["capabilities"]
    assert capabilities["hoverProvider"] is True
    assert capabilities["textDocumentSync"]["change"] == 1  # whole documents
    assert "quickfix" in capabilities["codeActionProvider"]["codeActionKinds"]
    assert server.close() == 0


def test_the_neovim_snippet_starts_the_same_command() -> None:
    block = re.search(r"```lua\n(.*?)```", README, re.DOTALL)
    assert block is not None
    assert 'cmd = { "lp-lint", "server" }' in block.group(1)
    assert "vim.lsp.start" in block.group(1) and 'pattern = "yaml"' in block.group(1)


def test_check_starts_without_the_server_or_the_fixes() -> None:
    script = (
        "import sys, lp_lint.cli.main; print(sorted(m for m in sys.modules if m.startswith(NAMES)))"
    )
    names = "NAMES = ('pygls', 'lsprotocol', 'lp_lint.server', 'lp_lint.reading.fixes', 'lp_lint.run.fixing')\n"
    result = subprocess.run(
        [sys.executable, "-c", names + script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_without_pygls_the_server_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from lp_lint.cli.main import main

    monkeypatch.delitem(sys.modules, "lp_lint.server.app", raising=False)
    monkeypatch.setitem(sys.modules, "pygls.lsp.server", None)
    result = CliRunner().invoke(main, ["server"])
    assert result.exit_code == 2 and "pip install 'lp-lint[server]'" in result.stderr


_PIECES = ["a", "é", "\U0001f393", "\n", "\r", "\r\n", "\u2028", "\x85"]
_TEXTS = st.lists(st.sampled_from(_PIECES)).map("".join)


@given(_TEXTS, st.data())
def test_protocol_positions_go_back_to_the_same_offset(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    assume(text[offset - 1 : offset + 1] != "\r\n")  # inside a line break: no position
    for encoding in ("utf-8", "utf-16", "utf-32"):
        positions = Positions(text, encoding)
        assert positions.from_lsp(positions.to_lsp(offset)) == offset


def _scaffolded(
    text: str,
    key: str = "semestres[S5].ues[UE1].ects",
    authorities: tuple[str, ...] = ("ministre",),
) -> str | None:
    from lp_lint.findings import Finding, Reference, Severity
    from lp_lint.i18n import plain
    from lp_lint.reading.fixes import apply_fixes
    from lp_lint.reading.loader import load_yaml
    from lp_lint.server.actions import derogation_fix

    finding = Finding(
        "r", "LP104", Severity.ERROR, plain("m"), reference=Reference("t", "a", "u"), key=key
    )
    source_map = load_yaml(text).source_map
    fix = derogation_fix(finding, text, source_map, "fr", authorities)
    return None if fix is None else apply_fixes(text, [fix])[0]


_ENTRY = (
    '{i}- regle: LP104\n{i}  portee: "UE1"\n{i}  motif: "À préciser"\n'
    '{i}  instance: "À préciser"\n{i}  autorite: null  # à renseigner : ministre\n'
    "{i}  date_decision: null  # à renseigner (AAAA-MM-JJ)\n"
)


def test_a_dérogation_goes_after_the_last_one_at_its_indentation() -> None:
    existing = "  - regle: LP101\n    motif: x  # pourquoi\n"
    text = f"version: 1\nderogations:\n{existing}# fin\n"
    expected = f"version: 1\nderogations:\n{existing}{_ENTRY.format(i='  ')}# fin\n"
    assert _scaffolded(text) == expected
    flush = "version: 1\nderogations:\n- regle: LP101\n  motif: x"  # no final line break
    assert _scaffolded(flush) == flush + "\n" + _ENTRY.format(i="")


def test_a_new_dérogations_list_goes_at_the_end() -> None:
    text = "version: 1\nformation: {mention: M}"
    assert _scaffolded(text, key="projet_tuteure") == (
        text + "\nderogations:\n" + _ENTRY.format(i="  ").replace('    portee: "UE1"\n', "")
    )


def test_no_dérogation_for_a_rule_nobody_may_waive() -> None:
    assert _scaffolded("version: 1\n", authorities=()) is None


def test_no_dérogation_where_the_layout_is_the_authors_choice() -> None:
    assert _scaffolded("version: 1\nderogations: []\n") is None
    assert _scaffolded("version: 1\nderogations: [{regle: LP101}]\n") is None
    assert _scaffolded("{version: 1}\n") is None
