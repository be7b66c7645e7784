"""`-o`, `--statistics`, `--show-source` and `--quiet` do what they say, or are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from lp_lint.cli.main import main
from tests.conftest import ROOT, SCHEMAS

FAILING = ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml"
PASSING = ROOT / "examples" / "maquettes" / "lp-mrn-2018-2019.yaml"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def run(*args: str, lang: str = "fr") -> Result:
    command = ["report"] if args[0] == "report" else ["check"]
    rest = args[1:] if args[0] == "report" else args
    return CliRunner().invoke(main, [*command, "--isolated", "--lang", lang, *rest])


def one_line_refusal(result: Result) -> str:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("lp-lint: ")
    return result.stderr


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("r.sarif", '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json"'),
        ("r.json", '{\n  "format": "lp-lint-report"'),
        ("r.xml", "<?xml"),
        ("r.md", "#"),
        ("r.txt", str(FAILING)),
        ("r.log", str(FAILING)),  # an unknown extension: the main format
    ],
)
def test_a_known_extension_chooses_the_format(name: str, opening: str) -> None:
    result = run(str(FAILING), "-o", name)
    assert result.exit_code == 1 and result.stdout == ""
    assert Path(name).read_text(encoding="utf-8").startswith(opening)
    assert result.stderr.endswith(f" écrit dans {name}\n")


def test_the_inferred_sarif_is_valid(tmp_path: Path) -> None:
    import jsonschema

    run(str(FAILING), "-o", "x.sarif", lang="en")
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads(Path("x.sarif").read_text()))


def test_a_prefixed_output_adds_to_the_screen_and_says_where_it_went() -> None:
    result = run(str(FAILING), "-o", "gitlab=gl.json", "-o", "junit=j.xml", lang="en")
    assert result.exit_code == 1 and "LP101" in result.stdout
    assert result.stderr.splitlines() == [
        "lp-lint: gitlab written to gl.json",
        "lp-lint: junit written to j.xml",
    ]
    assert json.loads(Path("gl.json").read_text(encoding="utf-8"))[0]["check_name"]


def test_an_unknown_format_prefix_is_refused_with_a_suggestion() -> None:
    line = one_line_refusal(run(str(FAILING), "-o", "sarf=y.sarif"))
    assert "« sarf »" in line and "« sarif »" in line
    assert not Path("sarf=y.sarif").exists() and not Path("y.sarif").exists()
    line = one_line_refusal(run(str(FAILING), "-o", "SARIF=y.sarif", lang="en"))
    assert "did you mean 'sarif'" in line


def test_a_name_with_an_equals_sign_is_explained_and_can_be_written() -> None:
    line = one_line_refusal(run(str(FAILING), "-o", "resultat=y.sarif"))
    assert "./resultat=y.sarif" in line and "n'est pas un format" in line
    result = run(str(FAILING), "-o", "./resultat=y.sarif")
    assert result.exit_code == 1
    assert json.loads(Path("resultat=y.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_a_format_without_a_file_is_refused() -> None:
    assert "manque" in one_line_refusal(run(str(FAILING), "-o", "sarif="))


def test_an_extension_that_contradicts_format_is_refused_unless_forced() -> None:
    line = one_line_refusal(run(str(FAILING), "--format", "text", "-o", "z.sarif"))
    assert "-o text=z.sarif" in line and not Path("z.sarif").exists()
    assert run(str(FAILING), "--format", "text", "-o", "text=z.sarif").exit_code == 1
    assert run(str(FAILING), "--format", "gitlab", "-o", "gl.json").exit_code == 1
    assert json.loads(Path("gl.json").read_text(encoding="utf-8"))[0]["location"]


@pytest.mark.parametrize("option", ["--statistics", "--show-source"])
@pytest.mark.parametrize("output_format", ["concise", "json", "sarif"])
def test_text_only_options_are_refused_where_nothing_shows_them(
    option: str, output_format: str
) -> None:
    line = one_line_refusal(run(str(FAILING), "--format", output_format, option))
    assert option in line and output_format in line


def test_text_only_options_apply_to_a_text_output_beside_another_format() -> None:
    result = run(str(FAILING), "--format", "json", "--statistics", "-o", "text=t.txt")
    assert result.exit_code == 1 and json.loads(result.stdout)["summary"]["error"] == 3
    assert "stage-ue-propre" in Path("t.txt").read_text(encoding="utf-8")  # the statistics
    result = run(str(FAILING), "--show-source", "--statistics")
    assert result.exit_code == 1 and "stage-ue-propre" in result.stdout and "^" in result.stdout


def test_quiet_shows_findings_only() -> None:
    result = run(str(PASSING), "--quiet", "-o", "sarif=x.sarif")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    result = run(str(FAILING), str(PASSING), "-q")
    assert result.exit_code == 1 and "LP101" in result.stdout
    assert str(PASSING) not in result.stdout and "erreur(s)" not in result.stdout
    loud = run(str(FAILING), str(PASSING))
    assert str(PASSING) in loud.stdout and "3 erreur(s)" in loud.stdout


def test_report_takes_its_format_from_the_extension_and_writes_every_output() -> None:
    result = run("report", str(FAILING), "-o", "page.md", "-o", "page.html")
    assert result.exit_code == 0, result.output
    assert Path("page.md").read_text(encoding="utf-8").startswith("# ")
    assert Path("page.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert result.stderr.splitlines() == [
        "lp-lint: markdown écrit dans page.md",
        "lp-lint: html écrit dans page.html",
    ]
    run("report", str(FAILING), "-o", "md=page.txt", "--quiet")
    assert Path("page.txt").read_text(encoding="utf-8").startswith("# ")


def test_report_refuses_what_it_cannot_do_as_asked(tmp_path: Path) -> None:
    line = one_line_refusal(run("report", str(FAILING), "--format", "html", "-o", "p.md"))
    assert "-o html=p.md" in line and not Path("p.md").exists()
    assert "« md »" in one_line_refusal(run("report", str(FAILING), "-o", "mdd=x"))
    offer = tmp_path / "offre"
    offer.mkdir()
    (offer / "lp.yaml").write_text(FAILING.read_text(encoding="utf-8"), encoding="utf-8")
    line = one_line_refusal(run("report", str(offer), "-o", "a", "-o", "b"))
    assert "2 fois" in line and not Path("a").exists()


def test_a_baseline_written_is_said_unless_quiet(tmp_path: Path) -> None:
    result = run(str(FAILING), "--write-baseline", "b.json", "--format", "concise", lang="en")
    assert result.exit_code == 0 and result.stderr == "lp-lint: baseline written to b.json\n"
    result = run(str(FAILING), "--write-baseline", "b.json", "-q", "--format", "concise")
    assert result.exit_code == 0 and result.stderr == ""


def test_quiet_keeps_fix_silent(tmp_path: Path) -> None:
    maquette = tmp_path / "m.yaml"
    maquette.write_text(FAILING.read_text(encoding="utf-8").replace('"UE5"', "0705"), "utf-8")
    loud = run(str(maquette), "--fix", "--format", "concise")
    assert "1 correction(s) appliquée(s)" in loud.stderr or "1 fix(es)" in loud.stderr
    maquette.write_text(FAILING.read_text(encoding="utf-8").replace('"UE5"', "0705"), "utf-8")
    quiet = run(str(maquette), "--fix", "--format", "concise", "-q")
    assert quiet.stderr == "" and '"0705"' in maquette.read_text(encoding="utf-8")


@settings(max_examples=300)
@given(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20)
)
def test_every_output_value_is_a_format_and_file_or_a_refusal(value: str) -> None:
    from lp_lint.cli.outputs import parse_outputs
    from lp_lint.outputs.formats import FORMATS
    from lp_lint.reports import UsageError

    try:
        [output] = parse_outputs((value,), FORMATS, None, "text", "en")
    except UsageError as error:
        assert "\n" not in str(error) and str(error)
        return
    assert output.format in FORMATS
    prefix, sep, rest = value.partition("=")
    if sep and prefix in FORMATS:
        assert (output.format, output.path, output.replaces_screen) == (prefix, Path(rest), False)
    else:  # a file name: `=` only after a path mark, never a misspelt format
        assert output.replaces_screen and (
            not sep or any(c in prefix for c in "/\\.") or not prefix
        )
