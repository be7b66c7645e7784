"""Shape errors: positioned, in French (or English), with the fix for the usual YAML traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lp_lint.findings import Position
from lp_lint.i18n import Lang
from tests.conftest import Lint

HEAD = 'version: 1\nformation:\n  mention: Commerce\n  annee_universitaire: "2016-2017"\n'


def messages(report: object, lang: Lang = "fr") -> list[tuple[int, int, str, str]]:
    return [
        (f.span.start.line, f.span.start.column, f.rule_id, f.text(lang))
        for f in report.findings  # type: ignore[attr-defined]
        if f.rule_id.startswith("schema")
    ]


def test_unquoted_code_with_leading_zero(lint: Lint) -> None:
    report = lint(HEAD + "semestres:\n  - numero: 5\n    ues:\n      - {code: 0701, intitule: X}\n")
    [(line, column, _, message)] = messages(report)
    assert (line, column) == (8, 16)
    assert "« code »" in message and '"0701"' in message


def test_decimal_comma(lint: Lint) -> None:
    report = lint(HEAD + "stage:\n  semaines: 6,5\n")
    [(line, column, _, message)] = messages(report)
    assert (line, column) == (6, 13)
    assert "écrivez 6.5" in message


def test_yaml11_boolean_where_text_is_expected(lint: Lint) -> None:
    report = lint('version: 1\nformation:\n  mention: NO\n  annee_universitaire: "2016-2017"\n')
    [(line, column, _, message)] = messages(report)
    assert (line, column) == (3, 12)
    assert '"NO"' in message


def test_yaml11_boolean_where_a_boolean_is_expected(lint: Lint) -> None:
    report = lint(HEAD + "stage:\n  memoire: oui\n  soutenance: yes\n")
    found = messages(report)
    assert [(line, column) for line, column, _, _ in found] == [(6, 12), (7, 15)]
    assert "true ou false" in found[1][3]


def test_float_looking_code_keeps_its_written_form(lint: Lint) -> None:
    report = lint(HEAD + "semestres:\n  - numero: 5\n    ues:\n      - {code: 1.10, intitule: X}\n")
    [(_, _, _, message)] = messages(report)
    assert '"1.10"' in message


def test_unknown_key_suggests_the_closest(lint: Lint) -> None:
    report = lint(HEAD + "stage:\n  semaine: 12\n")
    [(line, column, rule_id, message)] = messages(report)
    assert (line, column, rule_id) == (6, 3, "schema-unknown-key")
    assert "vouliez-vous dire « semaines »" in message


def test_unknown_key_lists_the_allowed_when_nothing_is_close(lint: Lint) -> None:
    report = lint(HEAD + "jury:\n  zzz: 1\n")
    [(_, _, _, message)] = messages(report)
    assert "membres, professionnels" in message


def test_missing_required_key_points_at_its_parent(lint: Lint) -> None:
    report = lint("version: 1\nformation:\n  parcours: X\n")
    [(line, column, _, message)] = messages(report)
    assert (line, column) == (2, 1)
    assert "« mention » manquante" in message


def test_all_shape_errors_at_once(lint: Lint) -> None:
    report = lint(HEAD + "stage:\n  semaines: -1\n  heures: '10'\njury: {membres: 2.5}\n")
    assert len(messages(report)) == 3
    assert report.rules_applied  # each refused value is left out as unknown (tests/test_partial.py)


def test_negative_and_out_of_range_values(lint: Lint) -> None:
    report = lint(HEAD + "pilotage:\n  insertion: {objectif: 70}\n")
    [(_, _, _, message)] = messages(report)
    assert "au plus 1" in message


def test_english_messages(lint: Lint) -> None:
    report = lint(HEAD + "stage:\n  semaine: 12\n", lang="en")
    [(_, _, _, message)] = messages(report, "en")
    assert message == "unknown key 'semaine': did you mean 'semaines'?"


def test_empty_file_and_comment_only_file(lint: Lint) -> None:
    for text in ("", "# seulement un commentaire\n"):
        report = lint(text)
        [finding] = report.findings
        assert finding.span.start == Position(1, 1)
        assert "vide" in finding.text("fr")


def test_a_list_at_the_top_is_not_a_maquette(lint: Lint) -> None:
    report = lint("- a\n- b\n")
    assert report.findings and report.findings[0].rule_id == "schema"


def _ec(ects: str, heures: str = "{cm: 12, td: 3}") -> str:
    return (
        HEAD + "semestres:\n  - numero: 5\n    ues:\n      - code: UE1\n        intitule: X\n"
        f"        ecs:\n          - {{code: EC11, intitule: Droit, ects: {ects}, heures: {heures}}}\n"
    )


def test_decimal_comma_in_flow_style_gets_the_block_style_message(lint: Lint) -> None:
    """`{ects: 4,5}` is not `ects: 4` plus a key `5`: the number is refused, never kept as 4."""
    [(line, column, rule_id, message)] = messages(lint(_ec("4,5")))
    block = lint(HEAD + "stage:\n  semaines: 4,5\n")
    assert (line, column, rule_id) == (11, 49, "schema")
    assert message == messages(block)[0][3].replace("semaines", "ects")


def test_decimal_comma_in_flow_style_hours(lint: Lint) -> None:
    [(line, column, _, message)] = messages(lint(_ec("4", "{cm: 12,5, td: 3}")))
    assert (line, column) == (11, 65) and "« cm »" in message and "écrivez 12.5" in message


def test_a_comma_with_a_space_is_a_separator(lint: Lint) -> None:
    """`ects: 4, 5` separates two entries, as YAML says: the unknown key is the finding."""
    [(_, _, rule_id, message)] = messages(lint(_ec("4, 5")))
    assert rule_id == "schema-unknown-key" and "« 5 »" in message


def test_a_pair_in_a_list_where_a_number_is_expected(lint: Lint) -> None:
    [(line, column, _, message)] = messages(lint(_ec("[4,5]")))
    assert (line, column) == (11, 49) and "« [4,5] »" in message and "écrivez 4.5" in message


def test_a_pair_in_a_list_of_numbers_is_two_numbers(lint: Lint) -> None:
    report = lint(HEAD + "pilotage:\n  suivi_diplomes:\n    enquetes_mois: [6,30]\n")
    assert messages(report) == []


@given(
    st.integers(0, 999),
    st.integers(0, 99_999).map(str),
    st.sampled_from(["ects", "coefficient"]),
)
def test_decimal_comma_reads_the_same_in_block_and_flow_style(
    units: int, decimals: str, key: str
) -> None:
    from lp_lint.reading.loader import load_yaml

    written = f"{units},{decimals}"
    block = load_yaml(f"ue:\n  {key}: {written}\n  code: UE1\n").data
    flow = load_yaml(f"ue: {{{key}: {written}, code: UE1}}\n").data
    assert block == flow == {"ue": {key: written, "code": "UE1"}}


def test_a_date_written_as_text_is_the_same_date(lint: Lint) -> None:
    """JSON has no date type: "2022-09-15" in quotes reads as the date itself."""
    mcc = "modalites_controle:\n  date_adoption: {}\n"
    assert messages(lint(HEAD + mcc.format('"2022-09-15"'))) == []
    assert messages(lint(HEAD + mcc.format("2022-09-15"))) == []
    for text in ('"15/09/2022"', '"20220915"', '"2022-02-30"'):
        [(line, _, _, message)] = messages(lint(HEAD + mcc.format(text)))
        assert line == 6 and "AAAA-MM-JJ" in message, text
