"""The normalisation: one reading of the programme, its contradictions and impossible values.

Each contradiction is an error (N001–N004) on one statement with the other as related location,
and the rules that need the fact fall silent instead of picking a side; each impossible value
(N005–N008) and each duplicate code (N009) is an error too.
"""

from __future__ import annotations

import io
import json

import pytest

from lp_lint.findings import Finding
from lp_lint.model import Maquette
from lp_lint.outputs.explain import explain_pseudo
from lp_lint.outputs.formats import get_formatter
from lp_lint.outputs.formats.json_report import Settings
from lp_lint.programme import normalise
from lp_lint.reports import Report, exit_code
from tests.conftest import Lint

BASE = """\
version: 1
formation: {mention: Commerce, annee_universitaire: "2016-2017"}
semestres:
  - numero: 5
    ues:
      - code: "UE1"
        intitule: Gestion
        ects: 24
        ecs:
          - {code: "EC11", intitule: Droit, ects: 12, heures: {cm: 150}, heures_professionnels: 40}
          - {code: "EC12", intitule: Vente, ects: 12, heures: {td: 150}, heures_professionnels: 60}
      - {code: "UE2", intitule: Projet, ects: 12, nature: projet_tuteure, heures: {projet: 100}}
      - {code: "UE3", intitule: Stage, ects: 24, nature: stage}
"""


def lines(findings: list[Finding], code: str) -> list[int]:
    return [f.span.start.line for f in findings if f.code == code]


def related_lines(finding: Finding) -> list[int]:
    return [span.start.line for span in finding.related]


def only(findings: list[Finding], code: str) -> Finding:
    [finding] = [f for f in findings if f.code == code]
    return finding


def test_the_base_maquette_has_no_conflict(lint: Lint) -> None:
    findings = lint(BASE + "projet_tuteure: {heures: 100}\nequipe: {heures_professionnels: 100}\n")
    assert not [f for f in findings.findings if f.code.startswith("N")]


def test_projet_hours_in_the_block_and_in_the_ue_disagree(lint: Lint) -> None:
    report = lint(BASE + "projet_tuteure:\n  heures: 150\n")
    finding = only(report.findings, "N001")
    assert (finding.span.start.line, finding.severity.label) == (15, "error")
    assert related_lines(finding) == [12]
    assert "150" in finding.text("fr") and "100" in finding.text("fr")
    # LP104 needs the projet's hours: it says nothing rather than pick a side, and asks for nothing
    assert not lines(report.findings, "LP104")
    assert not [f for f in report.findings if f.code == "D001" and f.text("fr").startswith("LP104")]
    assert exit_code(Report([report])) == 1


@pytest.mark.parametrize("hours", [99.6, 100, 100.4])
def test_projet_hours_stated_twice_within_rounding_agree(lint: Lint, hours: float) -> None:
    report = lint(BASE + f"projet_tuteure: {{heures: {hours}}}\n")
    assert not lines(report.findings, "N001")


@pytest.mark.parametrize("hours", [99.4, 100.6])
def test_projet_hours_just_outside_rounding_disagree(lint: Lint, hours: float) -> None:
    assert lines(lint(BASE + f"projet_tuteure: {{heures: {hours}}}\n").findings, "N001") == [14]


def test_professionals_total_and_per_course_figures_disagree(lint: Lint) -> None:
    report = lint(BASE + "equipe:\n  heures_professionnels: 150\n")
    finding = only(report.findings, "N002")
    assert finding.span.start.line == 15
    assert related_lines(finding) == [10, 11]
    assert not lines(report.findings, "LP107")


def test_a_professionals_total_above_partial_figures_is_no_contradiction(lint: Lint) -> None:
    partial = BASE.replace(", heures_professionnels: 60", "")
    assert not lines(lint(partial + "equipe: {heures_professionnels: 150}\n").findings, "N002")
    finding = only(lint(partial + "equipe: {heures_professionnels: 30}\n").findings, "N002")
    assert finding.span.start.line == 14
    assert "déclarent au moins 40 h" in finding.text("fr")


def test_stage_weeks_and_hours_disagree(lint: Lint) -> None:
    report = lint(BASE + "stage:\n  semaines: 12\n  heures: 350\n")
    finding = only(report.findings, "N003")
    assert (finding.span.start.line, related_lines(finding)) == (16, [15])
    assert "10" in finding.text("fr")  # 350 h at 35 h a week
    assert not lines(report.findings, "LP103")


@pytest.mark.parametrize(
    ("stage", "conflict"),
    [
        ("{semaines: 12, heures: 420}", False),
        ("{semaines: 12, heures: 360, heures_par_semaine: 30}", False),
        ("{semaines: 12, heures: 418}", True),
    ],
)
def test_stage_weeks_and_hours_at_the_declared_weekly_hours(
    lint: Lint, stage: str, conflict: bool
) -> None:
    assert bool(lines(lint(BASE + f"stage: {stage}\n").findings, "N003")) == conflict


@pytest.mark.parametrize(
    ("stage", "conflict"),
    [
        ("{semaines: 6, jours_par_semaine: 3, sur_semaines: 10}", False),
        ("{semaines: 12, jours_par_semaine: 3, sur_semaines: 10}", True),
        ("{heures: 210, jours_par_semaine: 3, sur_semaines: 10}", False),
        ("{heures: 220, jours_par_semaine: 3, sur_semaines: 10}", True),
        ("{jours_par_semaine: 3, sur_semaines: 10}", False),
    ],
)
def test_a_split_stage_and_its_length_said_otherwise(
    lint: Lint, stage: str, conflict: bool
) -> None:
    """Days a week over weeks are a third way to say the length: they must agree (N013), and
    while they do not, the length is unknown (no LP103, no CE403 taking a side)."""
    report = lint(BASE + f"stage: {stage}\n")
    assert bool(lines(report.findings, "N013")) == conflict
    if conflict:
        assert not lines(report.findings, "LP103") and not lines(report.findings, "CE403")


def test_ue_ects_and_its_ecs_ects_disagree(lint: Lint) -> None:
    report = lint(BASE.replace("ects: 24\n        ecs", "ects: 20\n        ecs"))
    finding = only(report.findings, "N004")
    assert (finding.span.start.line, related_lines(finding)) == (8, [10, 11])
    # the semester's total needs UE1's ECTS: unknown, so CN301 is silent
    assert not lines(report.findings, "CN301")


UE_OWN = "ects: 24\n        ecs"


@pytest.mark.parametrize(
    ("own", "conflict"),
    [
        ("heures: {cm: 150, td: 150}", False),  # the same hours, said twice
        ("heures: {cm: 150.4}", False),  # within rounding; td left out is not stated
        ("heures: {cm: 151}", True),
        ("heures: {cm: 500}", True),
        ("heures: {tp: 10}", True),  # no EC gives TP hours
        ("heures_professionnels: 100", False),
        ("heures_professionnels: 0", True),
    ],
)
def test_a_ue_s_own_hours_and_its_ecs_hours(lint: Lint, own: str, conflict: bool) -> None:
    """A UE with ECs that gives its own hours states them twice: they must agree (N012), and
    while they do not, the hours are unknown for the rules."""
    report = lint(BASE.replace(UE_OWN, f"ects: 24\n        {own}\n        ecs"))
    assert bool(lines(report.findings, "N012")) is conflict
    if conflict:
        finding = only(report.findings, "N012")
        assert finding.span.start.line == 9 and related_lines(finding)
        assert exit_code(Report([report], ())) == 1


@pytest.mark.parametrize(
    ("own", "fact"),
    [
        ({"cm": 500}, "heures_enseignees"),
        ({"projet": 10}, "heures_projet"),
    ],
)
def test_a_ue_s_disagreeing_hours_make_the_fact_every_rule_reads_unknown(
    own: dict[str, float], fact: str
) -> None:
    """The taught-hours fact is the one the per-year and per-ECTS quantities consult too."""
    ue = {"code": "UE1", "intitule": "X", "heures": own}
    ue["ecs"] = [{"code": "EC1", "intitule": "Y", "heures": {"cm": 20}}]
    data = {"version": 1, "formation": {"mention": "M"}, "semestres": [{"numero": 5, "ues": [ue]}]}
    programme = normalise(Maquette.model_validate(data))
    assert programme.unknown(fact) and [c.code for c in programme.conflicts] == ["N012"]


def test_projet_hours_of_a_ue_with_ecs_make_it_hold_the_projet(lint: Lint) -> None:
    """The 1999 art. 7 defect written on the UE itself: a stage UE with ECs and projet hours."""
    stage = BASE.replace(
        '{code: "UE3", intitule: Stage, ects: 24, nature: stage}',
        '{code: "UE3", intitule: Stage, ects: 24, nature: stage, heures: {projet: 10}, '
        'ecs: [{code: "EC31", intitule: Stage, nature: stage}]}',
    )
    report = lint(stage)
    assert lines(report.findings, "LP101") == [13] and lines(report.findings, "LP102") == [13]


def test_jury_with_more_professionals_than_members(lint: Lint) -> None:
    report = lint(BASE + "jury:\n  membres: 4\n  professionnels: 5\n")
    finding = only(report.findings, "N005")
    assert (finding.span.start.line, related_lines(finding)) == (16, [15])
    assert not lines(report.findings, "LP114")
    assert not lines(lint(BASE + "jury: {membres: 5, professionnels: 5}\n").findings, "N005")


def test_a_parcours_of_zero_ects(lint: Lint) -> None:
    text = BASE.replace('"2016-2017"}', '"2016-2017", ects: 0}')
    assert lines(lint(text).findings, "N006") == [2]
    assert not lines(lint(BASE.replace('"2016-2017"}', '"2016-2017", ects: 60}')).findings, "N006")


@pytest.mark.parametrize(
    ("year", "impossible"),
    [("2021-2020", True), ("2016-2016", True), ("2016-2018", True), ("2016-2017", False)],
)
def test_an_academic_year_runs_forwards_by_one(lint: Lint, year: str, impossible: bool) -> None:
    text = BASE.replace('"2016-2017"', f'"{year}"')
    assert lines(lint(text).findings, "N007") == ([2] if impossible else [])


def test_an_accreditation_period_runs_forwards(lint: Lint) -> None:
    text = BASE.replace(
        '"2016-2017"}',
        '"2016-2017",\n            accreditation: {debut: "2019-2020", fin: "2015-2016"}}',
    )
    finding = only(lint(text).findings, "N007")
    assert (finding.span.start.line, related_lines(finding)) == (3, [3])


@pytest.mark.parametrize(("hours", "impossible"), [(0, True), (1, False), (1607, False)])
def test_a_contract_of_zero_hours(lint: Lint, hours: int, impossible: bool) -> None:
    text = BASE + (
        "alternance:\n  contrats:\n"
        f"    - {{type: professionnalisation, duree_heures: {hours}, heures_formation: 400}}\n"
    )
    report = lint(text)
    assert lines(report.findings, "N008") == ([16] if impossible else [])
    if impossible:
        assert not [f for f in report.findings if f.code in ("CT501", "CT502", "CT503")]


def test_a_duplicate_code_points_at_the_first(lint: Lint) -> None:
    text = BASE.replace('{code: "EC12"', '{code: "EC11"').replace('code: "UE3"', 'code: "UE1"')
    findings = lint(text).findings
    assert lines(findings, "N009") == [11, 13]
    assert [related_lines(f) for f in findings if f.code == "N009"] == [[10], [6]]


@pytest.mark.parametrize(
    ("second", "duplicate"), [("ec11", True), (" EC11", True), ("EC11b", False), ("EC1", False)]
)
def test_codes_differing_only_in_case_or_spaces_are_one_code(
    lint: Lint, second: str, duplicate: bool
) -> None:
    text = BASE.replace('{code: "EC12"', f'{{code: "{second}"')
    findings = lint(text).findings
    assert lines(findings, "N009") == ([11] if duplicate else [])


def test_a_conflict_is_an_error_even_with_every_rule_ignored(lint: Lint) -> None:
    report = lint(BASE + "projet_tuteure: {heures: 10}\n", ignore=("LP", "CN", "CE", "CT", "RC"))
    assert exit_code(Report([report])) == 1


def test_conflicts_reach_sarif_as_related_locations(lint: Lint) -> None:
    report = lint(BASE + "projet_tuteure:\n  heures: 150\n")
    stream = io.StringIO()
    get_formatter("sarif")(Report([report]), stream, Settings())
    [result] = [
        r for r in json.loads(stream.getvalue())["runs"][0]["results"] if r["ruleId"] == "N001"
    ]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 15
    assert [
        loc["physicalLocation"]["region"]["startLine"] for loc in result["relatedLocations"]
    ] == [12]


@pytest.mark.parametrize("code", [f"N{n:03}" for n in range(1, 14)])
def test_every_conflict_code_is_explained_in_both_languages(code: str) -> None:
    for lang in ("fr", "en"):
        text = explain_pseudo(code, lang)
        assert text is not None and text.startswith(f"# {code} ")


def test_messages_in_english(lint: Lint) -> None:
    report = lint(BASE + "projet_tuteure: {heures: 150}\n", lang="en")
    assert only(report.findings, "N001").text("en").startswith("projet_tuteure.heures says 150 h")


def test_the_programme_reads_projet_hours_wherever_they_are_written() -> None:
    data = {
        "version": 1,
        "formation": {"mention": "Commerce"},
        "semestres": [
            {
                "numero": 5,
                "ues": [
                    {
                        "code": "UE1",
                        "intitule": "Cours",
                        "ecs": [
                            {"code": "EC1", "intitule": "A", "heures": {"cm": 20, "projet": 30}},
                            {"code": "EC2", "intitule": "B", "nature": "stage"},
                        ],
                    }
                ],
            }
        ],
    }
    [unit] = normalise(Maquette.model_validate(data)).units
    assert unit.natures == {
        "enseignement": (("semestres", 0, "ues", 0, "ecs", 0),),
        "projet_tuteure": (("semestres", 0, "ues", 0, "ecs", 0, "heures", "projet"),),
        "stage": (("semestres", 0, "ues", 0, "ecs", 1),),
    }


def test_a_failure_of_the_normalisation_is_an_internal_error_not_a_traceback(
    lint: Lint, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("lp_lint.programme.build.normalise", broken)
    report = lint(BASE + "stage: {semaines: 12}\n")
    assert report.internal_error and "X001" in {f.code for f in report.findings}
    assert exit_code(Report([report])) == 3
