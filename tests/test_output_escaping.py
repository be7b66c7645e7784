"""Whatever a value or a file name holds, every output stays well-formed and inert.

XML parses, JSON parses, the terminal receives no control character, a name cannot forge a
line, Markdown tables keep their columns and render no markup, SARIF URIs are RFC 3986.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lp_lint.findings import Finding, Position, Reference, Severity, Span
from lp_lint.i18n import msg, plain
from lp_lint.outputs.formats import FORMATS, Settings, get_formatter
from lp_lint.reports import FileReport, Report
from lp_lint.run.batch import lint_paths
from lp_lint.run.options import Options
from lp_lint.text_safety import (
    markdown_code,
    markdown_text,
    terminal_text,
    uri_path,
    xml_text,
)
from tests.conftest import ROOT, SCHEMAS

EXAMPLE = ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml"
HOSTILE = (
    "X\x01\x1b[2J\x9b31m|col\n# titre <img src=x onerror=alert(1)> ![i](https://e/x.png) "
    "[l](javascript:x) `c` \u202eevil & %0A ::error:: \u2028fin"
)
"""Control characters, an escape sequence, a table pipe, a heading, HTML, an image, a link,
a bidi override, a workflow command and a Unicode line separator."""
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\ud800-\udfff]")
"""What must never reach a terminal (a line feed ends a line of output, a tab is harmless)."""
JSON_FORMATS = ("json", "sarif", "gitlab")
TERMINAL_FORMATS = ("text", "concise", "github", "markdown")


def format_report(name: str, report: Report) -> str:
    stream = io.StringIO()
    get_formatter(name)(report, stream, Settings(color=False, show_waived=True))
    text = stream.getvalue()
    text.encode("utf-8")  # writable to any UTF-8 file: no lone surrogate
    return text


def hostile_maquette(folder: Path, name: str = "m.yaml") -> Path:
    """The example with HOSTILE as its mention, its first UE titles and an unknown key."""
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "mention: Commerce", "mention: " + json.dumps(HOSTILE), 1
    )
    text = re.sub(r"(?m)^(\s+intitule: ).*$", lambda m: m.group(1) + json.dumps(HOSTILE), text)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Report:
    monkeypatch.chdir(tmp_path)
    hostile_maquette(tmp_path)
    folder = tmp_path / "d"
    folder.mkdir()
    report = lint_paths(["m.yaml"], Options())
    assert any("X" in f.text("fr") and "col" in f.text("fr") for f in report.files[0].findings)
    return report


def table_cells(row: str) -> int:
    """The number of cells of a Markdown table row: pipes not escaped by a backslash."""
    pipes, escaped = 0, False
    for char in row:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            pipes += 1
    return pipes - 1


def unescaped(text: str, chars: str) -> list[str]:
    """`chars` that Markdown would read as markup: outside code spans, not after a backslash."""
    found, escaped = [], False
    for char in re.sub(r"(?<!\\)`[^`]*`", "", text.replace("<br>", "")):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in chars:
            found.append(char)
    return found


@pytest.mark.parametrize("name", JSON_FORMATS)
def test_json_outputs_stay_valid(name: str, hostile: Report) -> None:
    document = json.loads(format_report(name, hostile))
    assert HOSTILE in "\n".join(strings(document))  # JSON escapes: the value is kept whole


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for item in value for s in strings(item)] if isinstance(value, list) else []


def test_sarif_with_hostile_values_validates(hostile: Report) -> None:
    import jsonschema

    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads(format_report("sarif", hostile)))


def test_junit_with_a_control_character_is_well_formed(hostile: Report) -> None:
    import xmlschema

    text = format_report("junit", hostile)
    root = ET.fromstring(text)
    assert "\\x01" in text and "\x01" not in text
    assert root.find("testsuite/testcase/failure") is not None
    xmlschema.XMLSchema(str(SCHEMAS / "junit-10.xsd")).validate(text)


@pytest.mark.parametrize("name", TERMINAL_FORMATS)
def test_terminal_outputs_hold_no_control_character(name: str, hostile: Report) -> None:
    text = format_report(name, hostile)
    assert not CONTROL.search(text)
    assert "x1b" in text  # shown, inert


def test_concise_and_github_keep_one_line_per_finding(hostile: Report) -> None:
    findings = len(hostile.files[0].findings)
    assert format_report("concise", hostile).count("\n") == findings
    lines = format_report("github", hostile).splitlines()
    assert all(line.startswith("::") for line in lines)


def test_markdown_escapes_cells_html_and_line_breaks(hostile: Report) -> None:
    text = format_report("markdown", hostile)
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert rows and all(table_cells(row) == 5 for row in rows)
    assert [line for line in text.splitlines() if line.startswith("#")] == [
        "## lp-lint : conformité des maquettes",
        "### `m.yaml`",
    ]
    assert not unescaped(text, "<>!&") and "\\<img" in text


def test_the_report_page_escapes_markdown_and_html(
    hostile: Report, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_output_files import lp_lint

    code, md, _ = lp_lint(capsys, "report", "--format", "md", "m.yaml")
    assert code == 0
    rows = [line for line in md.splitlines() if line.startswith("|")]
    assert rows and len({table_cells(row) for row in rows}) == 1
    assert not CONTROL.search(md) and not unescaped(md, "<>!&")
    assert all(not line.startswith("# titre") for line in md.splitlines())
    code, html, _ = lp_lint(capsys, "report", "m.yaml")
    assert code == 0 and "<img" not in html and "\x01" not in html and "\\x01" in html


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_diff_shows_renamed_values_inert(
    output_format: str, hostile: Report, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_output_files import lp_lint

    code, out, _ = lp_lint(capsys, "diff", "--format", output_format, str(EXAMPLE), "m.yaml")
    assert code == 0 and "x1b" in out
    assert not CONTROL.search(out)
    if output_format == "markdown":
        assert not unescaped(out, "<>!&")


def test_sarif_uris_are_percent_encoded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    name = "d/a b#c%d?e\nf.yaml"
    Path(name).write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    log = json.loads(format_report("sarif", lint_paths([name], Options())))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    assert uris == {"d/a%20b%23c%25d%3Fe%0Af.yaml"}


def test_uri_paths_encode_each_byte() -> None:
    assert uri_path("maquettes/lp-web.yaml") == "maquettes/lp-web.yaml"
    assert uri_path("é.yaml") == "%C3%A9.yaml"
    assert uri_path("caf\udce9.yaml") == "caf%E9.yaml"  # the byte the file system holds
    assert uri_path("a:b/c~d_e.f") == "a%3Ab/c~d_e.f"


def test_a_new_line_in_a_file_name_forges_no_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    name = "a\n::error file=x::forged\nb.yaml"
    Path(name).write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    report = lint_paths([name], Options())
    findings = len(report.files[0].findings)
    concise = format_report("concise", report)
    assert concise.count("\n") == findings
    assert all(
        line.startswith("a\\n::error file=x::forged\\nb.yaml:") for line in concise.splitlines()
    )
    github = format_report("github", report).splitlines()
    assert all(line.startswith("::") and "file=a%0A%3A%3Aerror" in line for line in github)


LATIN1_NAME = "caf\udce9.yaml"
"""`café.yaml` written in Latin-1, as Python sees it: the byte 0xE9 as a lone surrogate."""


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_latin1_file_name_is_reported_by_every_format(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path(LATIN1_NAME).write_bytes(EXAMPLE.read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "lp_lint", "--format", name, "-o", "out", os.fsencode(LATIN1_NAME)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    text = Path("out").read_bytes().decode("utf-8")
    if name in JSON_FORMATS:
        text = "\n".join(strings(json.loads(text)))
    assert "xe9.yaml" in text or "caf%E9.yaml" in text


def test_a_stdout_that_cannot_show_accents_gets_escapes() -> None:
    """The README's first example, on a pipe whose encoding is ASCII (LANG=C, Windows)."""
    result = subprocess.run(
        [sys.executable, "-m", "lp_lint", str(EXAMPLE.relative_to(ROOT))],
        capture_output=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "ascii", "LANG": "C", "LC_ALL": "C"},
    )
    assert result.returncode == 1, result.stderr
    out = result.stdout.decode("ascii")
    assert "LP101" in out and "\\xe9" in out


def test_init_quotes_what_it_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    from lp_lint.cli.main import main

    monkeypatch.chdir(tmp_path)
    name = "a\nb: 1\u2028c\x1b[31m.yaml"
    mention = "M\u2028N\x85O\x01P\x9b: [x] # y"
    from click.testing import CliRunner

    args = ["init", name, "--mention", mention, "--annee", "2025-2026"]
    result = CliRunner().invoke(main, [*args, "--parcours", "", "--etablissement", ""])
    assert result.exit_code == 0, result.output
    assert not CONTROL.search(result.output)
    written = Path(name).read_text(encoding="utf-8")
    data = yaml.safe_load(written)
    assert data["formation"]["mention"] == mention
    assert set(data) == {
        "version",
        "formation",
        "semestres",
        "stage",
        "projet_tuteure",
        "modalites_controle",
        "pilotage",
    }


def test_the_sanitisers_one_by_one() -> None:
    assert terminal_text("a\x1b[31mb\nc\td\u202e") == "a\\x1b[31mb\\nc\td\\u202e"
    assert terminal_text(LATIN1_NAME) == "caf\\xe9.yaml"
    assert xml_text("a\x01b\nc\ufffe") == "a\\x01b\nc\\ufffe"
    assert markdown_text("a|b\n# c <d>") == "a\\|b<br>\\# c \\<d\\>"
    assert markdown_code("m.yaml") == "`m.yaml`" and markdown_code("a`b") == "a\\`b"


ANY_TEXT = st.text(
    alphabet=st.characters(exclude_categories=()) | st.sampled_from(["\udce9", "\ud800", "\n"]),
    max_size=40,
)
finding = st.builds(
    Finding,
    rule_id=ANY_TEXT,
    code=st.sampled_from(["LP101", "S002", "Y001"]),
    severity=st.sampled_from(list(Severity)),
    message=ANY_TEXT.map(plain) | ANY_TEXT.map(lambda value: msg("yaml.tag", tag=value)),
    span=st.just(Span(Position(1, 1), Position(1, 2))),
    path=st.lists(ANY_TEXT | st.integers(0, 5), max_size=4).map(tuple),
    reference=st.none() | st.builds(Reference, ANY_TEXT, ANY_TEXT, ANY_TEXT),
    waived_by=st.none() | ANY_TEXT,
    key=ANY_TEXT,
)
report = st.builds(
    lambda files: Report(files=files),
    st.lists(
        st.builds(FileReport, path=ANY_TEXT.filter(bool), findings=st.lists(finding, max_size=4)),
        min_size=1,
        max_size=3,
    ),
)


@pytest.mark.slow
@settings(max_examples=100, deadline=None)  # eight formats per example
@given(report)
def test_every_format_stays_well_formed_whatever_the_text(report: Report) -> None:
    for name in JSON_FORMATS:
        json.loads(format_report(name, report))
    ET.fromstring(format_report("junit", report))
    for name in TERMINAL_FORMATS:
        assert not CONTROL.search(format_report(name, report)), name
    shown = sum(len(file.findings) for file in report.files)
    assert format_report("concise", report).count("\n") == shown
    assert all(line.startswith("::") for line in format_report("github", report).splitlines())
    markdown = format_report("markdown", report)
    assert not unescaped(markdown, "<>!&")
    for line in markdown.splitlines()[2:]:
        if line.startswith("|"):
            assert table_cells(line) == 5
        else:  # the only other lines: a file's heading, the summary, "no problem", blank
            assert line.startswith(("### ", "aucun")) or line[:1].isdigit() or not line


def test_a_name_no_file_system_accepts_is_reported_as_it_is(tmp_path: Path) -> None:
    from lp_lint.reports import relative_uri

    assert relative_uri("\x00/0", tmp_path / "root").endswith("/\x00/0")
