"""Every rule's case files, run as semgrep runs its rule tests (the annotations are described in
`tests/case_files.py`): expected findings at their line and column, the advice they show, lines
that must stay silent, and the reading and regime each case is judged by.

Meta-tests check that every rule is well formed, cited, and proven: a failing and a passing case,
a failing case for each side of each limit its params set, a case for each of its readings, and
an unknown-data case unless the rule says it never lacks data (`inconnu: jamais`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lp_lint.rules.packs import Rule, bundled_rules_dir
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_file
from lp_lint.run.rule_sets import packs_for
from tests.case_files import Case, hits, read_case, shows

RULES_DIR = bundled_rules_dir()
ALL_RULES: list[Rule] = [rule for pack in packs_for(Options()).packs for rule in pack.rules]
BY_ID = {rule.id: rule for rule in ALL_RULES}


def case_files() -> list[Path]:
    return sorted(RULES_DIR.glob("*/cases/*/*.yaml"))


CASES = [read_case(path) for path in case_files()]


def cases_of(rule: Rule) -> list[Case]:
    return [case for case in CASES if case.rule_id == rule.id]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.path.parent.name}/{c.path.name}")
def test_case_file(case: Case) -> None:
    rule = BY_ID[case.rule_id]
    report = lint_file(case.path, case.options, packs_for(case.options))
    assert report.rules_applied, [f.text("fr") for f in report.findings]
    found = [f for f in report.findings if f.rule_id == rule.id]
    expected = case.expected_for(rule)
    assert sorted(f.span.start.line for f in found) == sorted(e.line for e in expected)
    for item in expected:
        if item.column is not None:
            assert (item.line, item.column) in {tuple(f.span.start) for f in found}, item
    for name, line in case.ok_lines:
        assert not [
            f for f in report.findings if name in (f.rule_id, f.code) and f.span.start.line == line
        ]
    advised = [e.values for e in expected if e.values]
    if advised:
        judged = hits(case, rule)
        for values in advised:
            assert any(shows(hit, values) for hit in judged), (values, [h.values for h in judged])
    if case.path.name.startswith("ko-"):
        assert found, "a failing case must fail"
    else:
        assert case.path.name.startswith("ok-") and not found
    if case.path.name.startswith("ok-inconnu"):
        assert any(
            f.rule_id == "incomplete" and f.text("fr").startswith(rule.code)
            for f in report.findings
        ), "an unknown-data case is reported by the completeness finding"


def test_every_expected_finding_gives_its_column() -> None:
    loose = [c.path.name for c in CASES for e in c.expected if e.column is None]
    assert not loose


def test_there_are_rules() -> None:
    assert len(ALL_RULES) >= 5


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_has_failing_and_passing_cases(rule: Rule) -> None:
    folder = rule.path.parent / "cases" / rule.id
    names = [p.name for p in folder.glob("*.yaml")]
    assert any(n.startswith("ko-") for n in names), f"no failing case for {rule.id}"
    assert any(n.startswith("ok-") for n in names), f"no passing case for {rule.id}"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_has_an_unknown_data_case(rule: Rule) -> None:
    """Missing data keeps a rule silent and is reported by D001: each rule that can miss data
    shows it; a rule that cannot (its quantity reads absence as the finding, or it judges only
    what the maquette states) says `inconnu: jamais`."""
    has_case = any(c.path.name.startswith("ok-inconnu") for c in cases_of(rule))
    assert has_case != (rule.source.inconnu == "jamais")


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_each_side_of_each_limit_has_a_failing_case(rule: Rule) -> None:
    """A limit the params set (a minimum, a maximum, an exact value) is crossed by a failing
    case on each side it can be crossed: below a minimum, above a maximum, both for a value."""
    default = [
        c for c in cases_of(rule) if rule.reading(dict(c.options.readings)) == rule.reading({})
    ]
    shown = {hit.case for c in default if c.path.name.startswith("ko-") for hit in hits(c, rule)}
    assert rule.check.reachable_cases(rule.params[rule.reading({}) or ""]) <= shown


@pytest.mark.parametrize(
    ("rule", "reading"),
    [
        (r, name)
        for r in ALL_RULES
        for name in r.source.readings
        if name != r.source.default_reading
    ],
    ids=lambda value: getattr(value, "id", value),
)
def test_every_other_reading_has_a_failing_and_a_passing_case(rule: Rule, reading: str) -> None:
    """A rule that reads its text two ways proves the reading it does not apply by default too."""
    chosen = [
        c.path.name[:3] for c in cases_of(rule) if rule.reading(dict(c.options.readings)) == reading
    ]
    assert "ko-" in chosen and "ok-" in chosen


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_severity_follows_certainty(rule: Rule) -> None:
    """`error` only for a text that was read; secondary or recalled sources give warnings. Each
    dated version of a rule's text is held to the same."""
    dated = [(v.severity or rule.source.severity, v.reference) for v in rule.source.versions]
    for severity, reference in [(rule.source.severity, rule.source.reference), *dated]:
        statut = (reference or rule.source.reference).statut
        if severity == "error":
            assert statut == "VERIFIED-T"
        if statut in ("RECALLED", "NOT-FOUND"):
            assert severity in ("info", "warning")


def test_ids_and_codes_are_unique() -> None:
    ids = [r.id for r in ALL_RULES]
    codes = [r.code for r in ALL_RULES]
    assert len(ids) == len(set(ids))
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_reference_is_legifrance(rule: Rule) -> None:
    """Legal texts are cited on Légifrance; only evaluators' recommendations cite their reports."""
    if rule.pack != "recommandations":
        assert rule.source.reference.url.startswith("https://www.legifrance.gouv.fr/")
    else:
        assert rule.source.severity != "error"


def test_case_folders_name_existing_rules() -> None:
    ids = {r.id for r in ALL_RULES}
    orphans = {p.parent.name for p in case_files()} - ids
    assert not orphans


def test_every_quantity_and_check_is_used_by_a_rule() -> None:
    from lp_lint.rules.checks import CHECKS
    from lp_lint.rules.quantities import QUANTITIES

    used_checks = {rule.check.name for rule in ALL_RULES}
    used_quantities = {
        name
        for rule in ALL_RULES
        for params in rule.params.values()
        for name in rule.check.quantities(params)
    }
    assert set(CHECKS) == used_checks
    fields = {name for name in used_quantities if "." in name}  # read as written, no Python
    assert fields and all(name in QUANTITIES for name in fields)
    assert set(QUANTITIES) == used_quantities - fields


def test_the_same_maquette_either_side_of_the_2021_rentree(tmp_path: Path) -> None:
    """Dated 2020-2021 it is judged by the 1999 texts; dated 2021-2022, by the 2019 ones."""
    source = (RULES_DIR.parent / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text(
        encoding="utf-8"
    )
    codes = {}
    for year in ("2020-2021", "2021-2022"):
        path = tmp_path / f"{year}.yaml"
        path.write_text(source.replace('"2016-2017"', f'"{year}"'), encoding="utf-8")
        report = lint_file(path, Options(), packs_for(Options()))
        codes[year] = (
            {f.code[:2] for f in report.findings if f.reference},
            report.regime,
            report.packs,
        )
    assert codes["2020-2021"][1] == "lp-1999" and "lp-1999" in codes["2020-2021"][2]
    assert codes["2021-2022"][1] == "lp-2019" and "lp-2019" in codes["2021-2022"][2]
    assert "LP" in codes["2020-2021"][0]
    findings_2021 = lint_file(tmp_path / "2021-2022.yaml", Options(), packs_for(Options())).findings
    assert not {f.code for f in findings_2021} & {"LP101", "LP102", "LP104"}
    assert "CN307" in {f.code for f in findings_2021}
