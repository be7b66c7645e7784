"""The right text for the right year: versions of a rule's text, dated packs, plain certainty."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from lp_lint.cli.main import main
from lp_lint.findings import Severity
from lp_lint.reports import FileReport
from lp_lint.rules.packs import Rule
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_text
from lp_lint.run.rule_sets import packs_for
from tests.conftest import ROOT

ALL_RULES: list[Rule] = [rule for pack in packs_for(Options()).packs for rule in pack.rules]
INTERNAL_WORDS = ("VERIFIED", "RECALLED", "NOT-FOUND", "de mémoire", "None")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_rules_list_speaks_plainly(lang: str) -> None:
    result = CliRunner().invoke(main, ["rules", "--lang", lang])
    assert result.exit_code == 0
    assert not [word for word in INTERNAL_WORDS if word in result.stdout]
    assert "?" in result.stdout  # a date not read in a text is marked


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_explain_speaks_plainly(rule: Rule) -> None:
    for lang in ("fr", "en"):
        result = CliRunner().invoke(main, ["explain", rule.code, "--lang", lang])
        assert result.exit_code == 0
        assert not [word for word in INTERNAL_WORDS if word in result.stdout], rule.code


def test_a_rule_out_of_its_dates_does_not_run() -> None:
    rule = next(r for r in ALL_RULES if r.code == "CE402")
    assert rule.at(dt.date(2017, 9, 1)) is None
    assert rule.at(dt.date(2018, 9, 1)) is rule
    assert rule.at(None) is rule


def lint(text: str, **options: object) -> FileReport:
    chosen = Options(**options)  # type: ignore[arg-type]
    return lint_text(text, "maquette.yaml", chosen, packs_for(chosen))


MRN = (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text(encoding="utf-8")
YEAR = 'annee_universitaire: "2016-2017"'


def test_an_accreditation_period_is_judged_on_its_first_year_not_today() -> None:
    assert YEAR in MRN
    report = lint(MRN.replace(YEAR, 'accreditation: {debut: "2016-2017", fin: "2020-2021"}'))
    codes = {f.code for f in report.findings}
    assert report.regime == "lp-1999" and {"LP101", "LP104"} <= codes
    [note] = [f for f in report.findings if f.code == "R004"]
    assert note.severity == Severity.INFO and "2016-2017" in note.text("fr")


def test_a_period_that_crosses_a_change_of_texts_says_from_when() -> None:
    report = lint(MRN.replace(YEAR, 'accreditation: {debut: "2019-2020", fin: "2023-2024"}'))
    [note] = [f for f in report.findings if f.code == "R004"]
    assert note.severity == Severity.WARNING and "2021-2022" in note.text("fr")
    assert report.regime == "lp-1999"


def test_the_2014_framework_waits_for_the_renewal_of_an_older_accreditation() -> None:
    before = lint(
        MRN.replace(YEAR, YEAR + '\n  accreditation: {debut: "2012-2013", fin: "2016-2017"}')
    )
    after = lint(
        MRN.replace(YEAR, YEAR + '\n  accreditation: {debut: "2015-2016", fin: "2019-2020"}')
    )
    assert "cadre-national" not in before.packs and "R005" in {f.code for f in before.findings}
    assert "cadre-national" in after.packs and "R005" not in {f.code for f in after.findings}


@pytest.mark.parametrize(
    ("year", "severity", "article"),
    [("2018-2019", Severity.ERROR, "art. 9"), ("2019-2020", Severity.WARNING, "2018")],
)
def test_the_framework_rewritten_in_2018_is_cited_and_weighed_by_year(
    year: str, severity: Severity, article: str
) -> None:
    text = f'version: 1\nformation: {{mention: Commerce, annee_universitaire: "{year}"}}\n'
    text += "semestres:\n  - numero: 5\n    ues:\n      - {code: UE1, intitule: Cours}\n"
    [finding] = [f for f in lint(text).findings if f.code == "CN306"]
    assert finding.severity == severity
    assert finding.reference is not None and article in finding.reference.article


# When each cited text, in the wording cited, was in force (first and last academic-year
# rentrée it can judge). Evaluators' reports and référentiels are not texts in force: exempt.
FOREVER = dt.date(9999, 12, 31)
TEXT_DATES: list[tuple[str, str, dt.date, dt.date]] = [
    ("Arrêté du 17 novembre 1999", "", dt.date(2000, 9, 1), dt.date(2021, 8, 31)),
    ("Arrêté du 6 décembre 2019", "", dt.date(2020, 9, 1), FOREVER),
    (
        "Arrêté du 22 janvier 2014 fixant le cadre national des formations, modifié",
        "",
        dt.date(2019, 9, 1),
        FOREVER,
    ),
    (
        "Arrêté du 22 janvier 2014 fixant le cadre national des formations",
        "version initiale",
        dt.date(2015, 9, 1),
        dt.date(2019, 8, 31),
    ),
    (
        "Arrêté du 22 janvier 2014 fixant le cadre national des formations",
        "annexe",
        dt.date(2015, 9, 1),
        FOREVER,
    ),
    ("Code de l'éducation", "rédaction de 2014", dt.date(2015, 9, 1), dt.date(2018, 8, 31)),
    ("Code de l'éducation", "", dt.date(2015, 9, 1), FOREVER),
    ("Code du travail", "L6211-2", dt.date(2019, 1, 1), FOREVER),
    ("Code du travail", "L6323-6", dt.date(2015, 1, 1), FOREVER),
    ("Code du travail", "L6325", dt.date(2008, 5, 1), FOREVER),
]
NOT_IN_FORCE_TEXTS = ("Rapport d'évaluation Hcéres", "Hcéres, référentiel")


def text_dates(texte: str, article: str) -> tuple[dt.date, dt.date]:
    for prefix, part, since, until in TEXT_DATES:
        if texte.startswith(prefix) and part in article:
            return since, until
    raise AssertionError(f"no dates known for the text {texte!r}, {article!r}")


def windows(rule: Rule) -> list[tuple[dt.date, dt.date, str, str]]:
    """Each span of years the rule can judge, with the text and article it then cites."""
    pack = next(p for p in packs_for(Options()).packs if p.id == rule.pack).source.in_force
    spans = [pack, *([rule.source.in_force] if rule.source.in_force else [])]
    since = max(s.since for s in spans)
    until = min(s.until or FOREVER for s in spans)
    if not rule.source.versions:
        ref = rule.source.reference
        return [(since, until, ref.texte, ref.article)]
    found = []
    for version in rule.source.versions:
        ref = version.reference or rule.source.reference
        low, high = (
            max(since, version.in_force.since),
            min(until, version.in_force.until or FOREVER),
        )
        if low <= high:
            found.append((low, high, ref.texte, ref.article))
    return found


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_no_rule_cites_a_text_not_in_force_in_the_year_judged(rule: Rule) -> None:
    for since, until, texte, article in windows(rule):
        if texte.startswith(NOT_IN_FORCE_TEXTS):
            continue
        first, last = text_dates(texte, article)
        assert first <= since and until <= last, (rule.code, since, until, texte, article)


@pytest.mark.parametrize("diplome", ["but", "licence", "master", "autre"])
def test_another_diploma_gets_one_finding_and_no_lp_rule(diplome: str) -> None:
    assert "diplome: licence_professionnelle" in MRN
    report = lint(MRN.replace("diplome: licence_professionnelle", f"diplome: {diplome}"))
    ruled = [f.code for f in report.findings if f.reference is not None]
    [note] = [f for f in report.findings if f.code == "R006"]
    assert not ruled and not report.packs and note.severity == Severity.ERROR
    assert diplome in note.text("fr")


def test_a_licence_professionnelle_is_judged_as_before() -> None:
    report = lint(MRN)
    assert "R006" not in {f.code for f in report.findings} and "lp-1999" in report.packs


def stage_findings(stage: str) -> set[str]:
    text = 'version: 1\nformation: {mention: Commerce, annee_universitaire: "2022-2023"}\n'
    return {f.code for f in lint(text + f"stage: {stage}\n").findings}


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=3000))
def test_six_months_are_924_hours_whatever_the_length(hours: int) -> None:
    """D124-6: 7 h a day, 22 days a month; L124-5 allows six months exactly."""
    assert ("CE403" in stage_findings(f"{{heures: {hours}, meme_organisme: true}}")) == (
        hours > 924
    )


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=600))
def test_six_months_are_132_days_of_a_five_day_week(tenths: int) -> None:
    weeks = tenths / 10
    assert ("CE403" in stage_findings(f"{{semaines: {weeks}, meme_organisme: true}}")) == (
        weeks * 5 > 132 + 1e-6
    )


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=3000))
def test_with_the_host_unknown_six_months_pass_and_more_ask_for_it(hours: int) -> None:
    """Without `meme_organisme` the cap may not apply: never an error, D001 beyond 924 h."""
    text = 'version: 1\nformation: {mention: Commerce, annee_universitaire: "2022-2023"}\n'
    findings = lint(text + f"stage: {{heures: {hours}}}\n").findings
    asked = any(f.code == "D001" and f.text("fr").startswith("CE403") for f in findings)
    assert "CE403" not in {f.code for f in findings}
    assert asked == (hours > 924)
