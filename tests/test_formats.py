"""CI formats: SARIF and JUnit validated against the official schemas, GitLab and GitHub shapes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.i18n import plain
from lp_lint.outputs.formats import Settings, get_formatter, github, markdown
from lp_lint.outputs.formats.github import annotation, escape_data, escape_property
from lp_lint.run.batch import lint_paths
from lp_lint.run.options import Options
from tests.conftest import ROOT, SCHEMAS

EXAMPLES = sorted((ROOT / "examples" / "maquettes").glob("*.yaml"))
FAILING = "examples/maquettes/lp-mrn-2016-2017.yaml"


def render(name: str, paths: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)
    stream = io.StringIO()
    get_formatter(name)(lint_paths(paths, Options()), stream, Settings())
    return stream.getvalue()


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_sarif_validates_against_the_official_schema(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jsonschema

    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(render("sarif", [str(example.relative_to(ROOT))], monkeypatch))
    jsonschema.Draft4Validator(schema).validate(log)


def test_sarif_meets_githubs_subset(monkeypatch: pytest.MonkeyPatch) -> None:
    log = json.loads(render("sarif", [FAILING], monkeypatch))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert all(rule["help"]["text"] and rule["shortDescription"]["text"] for rule in rules)
    lp101 = next(rule for rule in rules if rule["id"] == "LP101")
    assert lp101["helpUri"] == "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000397481"
    assert lp101["name"] == "stage-ue-propre" and lp101["defaultConfiguration"]["level"] == "error"
    result = next(r for r in run["results"] if r["ruleId"] == "LP101")
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == FAILING
    assert location["region"] == {
        "startLine": 84,
        "startColumn": 15,
        "endLine": 84,
        "endColumn": 20,
    }
    assert rules[result["ruleIndex"]]["id"] == "LP101"
    fingerprints = [r["partialFingerprints"]["primaryLocationLineHash"] for r in run["results"]]
    assert len(fingerprints) == len(set(fingerprints))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_junit_validates_against_the_xsd(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import xmlschema

    schema = xmlschema.XMLSchema(str(SCHEMAS / "junit-10.xsd"))
    schema.validate(render("junit", [str(example.relative_to(ROOT))], monkeypatch))


def test_junit_has_unique_case_names_and_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    from xml.etree import ElementTree as ET

    root = ET.fromstring(
        render("junit", [FAILING, "examples/maquettes/lp-mrn-2018-2019.yaml"], monkeypatch)
    )
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [FAILING, "examples/maquettes/lp-mrn-2018-2019.yaml"]
    first = suites[0]
    names = [(c.get("classname"), c.get("name")) for c in first.findall("testcase")]
    assert len(names) == len(set(names))
    failures = first.findall("testcase/failure")
    assert len(failures) == int(first.get("failures", "0")) == 8  # 3 errors and 5 warnings
    assert suites[1].get("failures") == "0" and int(suites[1].get("tests", "0")) > 40


def test_gitlab_code_quality(monkeypatch: pytest.MonkeyPatch) -> None:
    text = render("gitlab", [str(p.relative_to(ROOT)) for p in EXAMPLES], monkeypatch)
    assert not text.startswith("\ufeff")
    issues = json.loads(text)
    assert issues and all(
        {"description", "check_name", "fingerprint", "severity", "location"} <= set(i)
        for i in issues
    )
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    lp101 = next(i for i in issues if i["check_name"] == "LP101")
    assert lp101["severity"] == "major" and lp101["location"] == {
        "path": FAILING,
        "lines": {"begin": 84, "end": 84},
    }
    assert {i["severity"] for i in issues} <= {"info", "minor", "major", "critical", "blocker"}


def test_github_escaping() -> None:
    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_annotations_and_cap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    lines = render("github", [FAILING] * 4, monkeypatch).splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(errors) == 10 and len(warnings) == 10  # 12 errors and 24 warnings were found
    assert lines[0].startswith("::error ")  # most severe first
    assert errors[0] == (
        f"::error file={FAILING},line=84,endLine=84,col=15,endColumn=20,title=LP101 stage-ue-propre::"
        "l'UE UE5 contient le stage et aussi : projet tuteuré ; le stage doit constituer une UE "
        "distincte (déplacez ces éléments dans une autre UE)"
    )
    markdown = summary.read_text(encoding="utf-8")
    assert markdown.count("`LP101`") == 4 and "12 erreur(s)" in markdown


@pytest.mark.parametrize("before", ["", "## an earlier tool\n" * 40])
def test_github_cuts_its_summary_before_github_s_limit(
    before: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text(before, encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setattr(github, "SUMMARY_LIMIT", 4_000)
    render("github", [FAILING] * 4, monkeypatch)
    written = summary.read_bytes()
    assert len(written) <= 4_000 and written.startswith(before.encode())
    text = written.decode("utf-8")
    assert "12 erreur(s)" in text  # the counts come first
    kept, note = text[len(before) :].rsplit("\n> ", 1)
    assert note.startswith("lp-lint : résumé coupé ici") and "ligne(s) non écrite(s)" in note
    whole = io.StringIO()
    markdown.write(lint_paths([FAILING] * 4, Options()), whole, Settings())
    assert whole.getvalue().startswith(kept) and kept.endswith("\n")  # whole lines only
    left_out = whole.getvalue()[len(kept) :].count("\n")
    assert f"{left_out} ligne(s)" in note


def test_github_writes_a_whole_summary_that_fits(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    render("github", [FAILING], monkeypatch)
    stream = io.StringIO()
    monkeypatch.chdir(ROOT)
    markdown.write(lint_paths([FAILING], Options()), stream, Settings())
    assert summary.read_text(encoding="utf-8") == stream.getvalue()


def test_github_is_chosen_under_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKFLOW", "ci")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    result = CliRunner().invoke(main, [FAILING])
    assert result.stdout.startswith("::error ") and result.exit_code == 1


def test_annotation_drops_columns_across_lines() -> None:
    from lp_lint.findings import Finding, Position, Severity, Span

    finding = Finding(
        "x", "LP101", Severity.WARNING, plain("m"), Span(Position(2, 3), Position(4, 1))
    )
    assert (
        annotation("a.yaml", finding, "fr")
        == "::warning file=a.yaml,line=2,endLine=4,title=LP101 x::m"
    )


def test_several_outputs_in_one_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    sarif, junit = tmp_path / "r.sarif", tmp_path / "r.xml"
    result = CliRunner().invoke(
        main, ["--format", "concise", "-o", f"sarif={sarif}", "-o", f"junit={junit}", FAILING]
    )
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{FAILING}:15:1: warning RC605 ")
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert junit.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.sarif", "r.xml"]


def test_markdown_report(monkeypatch: pytest.MonkeyPatch) -> None:
    text = render("markdown", [FAILING], monkeypatch)
    assert text.startswith("## lp-lint : conformité des maquettes")
    assert "| 🔴 | 84:15 | `LP101` |" in text


def test_sarif_related_locations_show_where_a_sum_comes_from(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = "rules/cadre-national/cases/ects-semestre/ko-29-et-31.yaml"
    run = json.loads(render("sarif", [case], monkeypatch))["runs"][0]
    [s5, s6] = [r for r in run["results"] if r["ruleId"] == "CN301"]
    # S5 totals the ECTS of its two UEs, written on lines 7 and 8 of the case file
    regions = [loc["physicalLocation"]["region"] for loc in s5["relatedLocations"]]
    assert [(r["startLine"], r["startColumn"]) for r in regions] == [
        (7, 43),
        (8, 45),
    ]  # the ects values
    assert [loc["id"] for loc in s6["relatedLocations"]] == [1, 2]
