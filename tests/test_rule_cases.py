"""Every rule's case files: `# expect: <rule-id>` marks the line before each expected finding.

`ok-*` cases must not trigger the rule, `ko-*` cases must; `ok-inconnu-*` cases lack the data the
rule needs and must be reported by the completeness finding (D001) instead. A case may choose the
reading of a rule (`# reading: <rule>=<reading>`) or impose a regime (`# regime: lp-1999`) in a
header comment, so that every reading of an ambiguous text is proven too.

One parametrised test runs them all (as semgrep's rule tests do); meta-tests check that every
rule is well formed, cited, and proven by at least one failing and one passing case.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lp_lint.rules.packs import Rule, bundled_rules_dir
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_file
from lp_lint.run.rule_sets import packs_for

RULES_DIR = bundled_rules_dir()
EXPECT = re.compile(r"#\s*expect:\s*([a-z0-9-]+)")
READING = re.compile(r"^#\s*reading:\s*([a-z0-9-]+)=([a-z0-9-]+)\s*$", re.MULTILINE)
REGIME = re.compile(r"^#\s*regime:\s*([a-z0-9-]+)\s*$", re.MULTILINE)
ALL_RULES: list[Rule] = [rule for pack in packs_for(Options()).packs for rule in pack.rules]


def case_files() -> list[Path]:
    return sorted(RULES_DIR.glob("*/cases/*/*.yaml"))


def case_options(path: Path) -> Options:
    """The reading and regime a case file's header comments ask for."""
    text = path.read_text(encoding="utf-8")
    regime = REGIME.search(text)
    return Options(
        readings=tuple((m.group(1), m.group(2)) for m in READING.finditer(text)),
        regime=regime.group(1) if regime else None,
    )


def expected_lines(path: Path, rule_id: str) -> list[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return sorted(
        number + 2
        for number, line in enumerate(lines)
        if (m := EXPECT.search(line)) and m.group(1) == rule_id
    )


@pytest.mark.parametrize("case", case_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_case_file(case: Path) -> None:
    rule_id = case.parent.name
    options = case_options(case)
    report = lint_file(case, options, packs_for(options))
    assert report.rules_applied, [f.message for f in report.findings]
    found = sorted(f.span.start.line for f in report.findings if f.rule_id == rule_id)
    assert found == expected_lines(case, rule_id)
    if case.name.startswith("ko-"):
        assert found, "a failing case must fail"
    else:
        assert case.name.startswith("ok-") and not found
    if case.name.startswith("ok-inconnu"):
        code = next(r.code for r in ALL_RULES if r.id == rule_id)
        assert any(
            f.rule_id == "incomplete" and f.message.startswith(code) for f in report.findings
        ), "an unknown-data case is reported by the completeness finding"


def test_there_are_rules() -> None:
    assert len(ALL_RULES) >= 5


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_has_failing_and_passing_cases(rule: Rule) -> None:
    folder = rule.path.parent / "cases" / rule.id
    names = [p.name for p in folder.glob("*.yaml")]
    assert any(n.startswith("ko-") for n in names), f"no failing case for {rule.id}"
    assert any(n.startswith("ok-") for n in names), f"no passing case for {rule.id}"


# Rules whose data cannot be missing: their quantity reads absence itself as the finding (a
# recommendation to declare something), or they only compare two values both present.
NO_UNKNOWN_CASE = {
    "mention-nomenclature",
    "projet-ue-propre",
    "stage-ue-propre",
    "stage-ue-identifiee",
    "ects-ue-somme-ec",
    "ects-charge-travail",
    "acces-coherence",
    "projet-modalites",
    "rncp-fiche",
    "suivi-diplomes",
    "blocs-declares",
    "bloc-avec-ue",
    "bloc-deux-competences",
    "bloc-ue-connue",
    "competence-unique",
    "ue-dans-un-bloc",
    "calendrier-etale",
    "mises-en-situation-projets-stages",  # silent while LP202's wider reading is unknown
    "ue-ects",  # a UE without ECTS is the finding itself (D611-2)
    # silent while the maquette states nothing: they judge what it says, never ask for it
    "conservation-ue-8",
    "capitalisation-ue-10",
    "bilan-stages",
    "contrat-pedagogique",
    "passerelles",
    "supplement-au-diplome",
    "mcc-premier-mois",
}


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_has_an_unknown_data_case(rule: Rule) -> None:
    """Missing data keeps a rule silent and is reported by D001: each rule that can miss data shows it."""
    folder = rule.path.parent / "cases" / rule.id
    has_case = any(p.name.startswith("ok-inconnu") for p in folder.glob("*.yaml"))
    assert has_case != (rule.id in NO_UNKNOWN_CASE)


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
