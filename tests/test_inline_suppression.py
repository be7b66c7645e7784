"""`# lp-lint: ignore[RULE] raison` silences a warning or an info on its line, never an error;
a comment without a reason, aimed at an error, or silencing nothing is itself reported."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from lp_lint.cli.main import main
from lp_lint.findings import Finding, Position, Severity, Span
from lp_lint.run.suppression import apply_inline
from tests.conftest import ROOT, SCHEMAS, Lint

SEED = (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text(encoding="utf-8")
LINES = SEED.split("\n")
MENTION, UE5, CONSEIL = 19, 84, 134
"""Lines of the seed: CN310 (warning) at the mention, LP101 (error) and CN307 (warning) at UE5's
code, CN304 (warning) in the council."""


def commented(**comments: str) -> str:
    lines = list(LINES)
    for name, comment in comments.items():
        number = globals()[name.upper()]
        lines[number - 1] += "  " + comment
    return "\n".join(lines)


def on_line(report_findings: list[Finding], line: int) -> dict[str, str | None]:
    return {f.code: f.waived_by for f in report_findings if f.span.start.line == line}


def test_a_warning_is_silenced_with_its_reason_by_code_or_id(lint: Lint) -> None:
    for name in ("CN310", "mention-nomenclature"):
        report = lint(commented(mention=f"# lp-lint: ignore[{name}] intitulé antérieur"))
        waived = on_line(report.findings, MENTION)["CN310"]
        assert waived == f"lp-lint: ignore[{name}] intitulé antérieur"
        assert not [f for f in report.findings if f.code.startswith("U")]


def test_several_rules_in_one_comment_and_an_error_is_never_silenced(lint: Lint) -> None:
    report = lint(commented(ue5="# lp-lint: ignore[LP101, CN307] stage et projet liés"))
    found = on_line(report.findings, UE5)
    assert found["CN307"] and found["LP101"] is None and found["LP102"] is None
    [note] = [f for f in report.findings if f.code == "U003"]
    assert note.severity == Severity.WARNING and "dérogation" in note.text("fr")
    assert note.span.start == Position(UE5, len(LINES[UE5 - 1]) + 3)


def test_a_comment_without_a_reason_silences_nothing_and_is_reported(lint: Lint) -> None:
    for comment in ("# lp-lint: ignore[CN304]", "# lp-lint: ignore[CN304]  ...  "):
        report = lint(commented(conseil=comment))
        assert on_line(report.findings, CONSEIL)["CN304"] is None
        assert [f.code for f in report.findings if f.code.startswith("U")] == ["U002"]


def test_a_comment_that_silences_nothing_is_reported(lint: Lint) -> None:
    report = lint(commented(conseil="# lp-lint: ignore[CN310, LP999] voir plus haut"))
    unused = [f for f in report.findings if f.code == "U001"]
    assert [("CN310" in f.text("fr"), "LP999" in f.text("fr")) for f in unused] == [
        (True, False),
        (False, True),
    ]
    assert on_line(report.findings, MENTION)["CN310"] is None  # another line's finding


def test_a_mark_inside_a_value_is_not_a_comment(lint: Lint) -> None:
    text = LINES[MENTION - 1].replace("Commerce", '"Commerce#lp-lint: ignore[CN310] x"')
    report = lint("\n".join([*LINES[: MENTION - 1], text, *LINES[MENTION:]]))
    assert not [f for f in report.findings if f.waived_by or f.code.startswith("U")]


def test_notes_about_comments_follow_the_selection(lint: Lint) -> None:
    report = lint(commented(conseil="# lp-lint: ignore[CN304]"), ignore=("U002",))
    assert not [f for f in report.findings if f.code.startswith("U")]


def test_a_silenced_warning_does_not_fail_and_sarif_says_in_source(
    tmp_path: Path,
) -> None:
    import jsonschema

    maquette = tmp_path / "m.yaml"
    maquette.write_text(commented(conseil="# lp-lint: ignore[CN304] collège unique"), "utf-8")
    strict = ["check", "--isolated", str(maquette), "--select", "CN304", "--strict"]
    assert CliRunner().invoke(main, strict).exit_code == 0
    result = CliRunner().invoke(main, [*strict, "--format", "sarif"])
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(
        json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    ).validate(log)
    [suppressed] = log["runs"][0]["results"]
    assert suppressed["suppressions"] == [
        {"kind": "inSource", "justification": "lp-lint: ignore[CN304] collège unique"}
    ]


def test_concise_names_a_silencing_comment_as_such(tmp_path: Path) -> None:
    maquette = tmp_path / "m.yaml"
    maquette.write_text(commented(conseil="# lp-lint: ignore[CN304] collège unique"), "utf-8")
    shown = ["check", "--isolated", str(maquette), "--select", "CN304", "--show-waived"]
    for lang in ("fr", "en"):
        result = CliRunner().invoke(main, [*shown, "--format", "concise", "--lang", lang])
        [line] = result.stdout.splitlines()
        assert line.endswith(" [lp-lint: ignore[CN304]]"), line
        assert "dérogation" not in line


findings_strategy = st.lists(
    st.builds(
        lambda line, code, severity: Finding(
            code.lower(), code, severity, "m", Span.point(line, 1)
        ),
        st.integers(1, 6),
        st.sampled_from(["AB100", "AB200", "AB300"]),
        st.sampled_from(list(Severity)),
    ),
    max_size=12,
)
comment_strategy = st.tuples(
    st.lists(st.sampled_from(["AB100", "AB200", "ab300", "X"]), max_size=3),
    st.sampled_from(["", " raison", "  ...", " parce que"]),
)


@settings(max_examples=200)
@given(findings_strategy, st.dictionaries(st.integers(1, 6), comment_strategy))
def test_no_comment_ever_waives_an_error_or_goes_unsaid(
    findings: list[Finding], comments: dict[int, tuple[list[str], str]]
) -> None:
    lines = ["k: v"] * 6
    for line, (names, reason) in comments.items():
        lines[line - 1] += f"  # lp-lint: ignore[{', '.join(names)}]{reason}"
    kept, notes = apply_inline(findings, "\n".join(lines))
    assert len(kept) == len(findings)
    for before, after in zip(findings, kept, strict=True):
        assert after._replace(waived_by=None) == before
        if after.waived_by:
            names, reason = comments[after.span.start.line]
            assert after.severity < Severity.ERROR and reason.strip(" .")
            assert before.code in names or before.rule_id in names
    for line in comments:
        said = [n for n in notes if n.span.start.line == line]
        silenced = [f for f in kept if f.waived_by and f.span.start.line == line]
        assert silenced or said  # a comment either silences something or is reported
