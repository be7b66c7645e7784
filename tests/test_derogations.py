"""Dérogations: waive what they cover, report what expired or covers nothing."""

from __future__ import annotations

from tests.conftest import Lint

BASE = """\
version: 1
formation: {mention: Commerce, annee_universitaire: "2016-2017"}
stage: {semaines: 10}
derogations:
  - regle: {regle}
    motif: stage raccourci par l'alternance
    instance: habilitation
    autorite: ministre
    date_decision: 2016-06-15
    date_fin: {fin}
"""


def lint_with(
    lint: Lint, regle: str = "LP103", fin: str = "2019-08-31"
) -> list[tuple[str, str | None, int]]:
    report = lint(BASE.replace("{regle}", regle).replace("{fin}", fin))
    return [
        (f.code, f.waived_by, f.span.start.line)
        for f in report.findings
        if f.code in ("LP103", "D101", "D102", "D103")
    ]


def test_a_derogation_waives_its_rule_by_code_or_id(lint: Lint) -> None:
    for regle in ("LP103", "stage-duree"):
        [(code, waived, line)] = lint_with(lint, regle)
        assert (
            code == "LP103" and waived == "derogations[0] (habilitation, 2016-06-15)" and line == 3
        )


def test_a_waived_finding_does_not_count(lint: Lint) -> None:
    report = lint(BASE.replace("{regle}", "LP103").replace("{fin}", "2019-08-31"))
    assert report.findings and not any(
        f.code == "LP103" and not f.waived_by for f in report.findings
    )
    assert not {f.code for f in report.findings if not f.waived_by} & {"LP103"}


def test_an_expired_derogation_does_not_waive_and_is_reported(lint: Lint) -> None:
    found = lint_with(lint, fin="2016-08-31")
    assert ("LP103", None, 3) in found
    assert ("D101", None, 10) in found


def test_ending_during_the_year_still_covers_it(lint: Lint) -> None:
    assert lint_with(lint, fin="2016-09-01")[0][1] is not None


def test_an_unused_derogation_is_a_warning(lint: Lint) -> None:
    found = lint_with(lint, regle="LP101")
    assert ("D102", None, 5) in found and ("LP103", None, 3) in found


def test_a_derogation_to_an_unknown_rule(lint: Lint) -> None:
    assert ("D103", None, 5) in lint_with(lint, regle="LP999")


def test_a_scoped_derogation_covers_one_ue_only(lint: Lint) -> None:
    text = """\
version: 1
formation: {mention: Commerce, annee_universitaire: "2016-2017"}
semestres:
  - numero: 5
    ues:
      - {code: "UE1", intitule: Un, ecs: [{code: A, intitule: A, coefficient: 1}, {code: B, intitule: B, coefficient: 4}]}
      - {code: "UE2", intitule: Deux, ecs: [{code: C, intitule: C, coefficient: 1}, {code: D, intitule: D, coefficient: 4}]}
derogations:
  - {regle: LP111, portee: "UE2", motif: atelier, instance: habilitation, autorite: ministre, date_decision: 2016-06-15}
"""
    findings = [(f.key, f.waived_by is not None) for f in lint(text).findings if f.code == "LP111"]
    assert findings == [
        ("semestres[S5].ues[UE1].code", False),
        ("semestres[S5].ues[UE2].code", True),
    ]


def test_show_waived_on_the_command_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from lp_lint.cli.main import main

    path = tmp_path / "m.yaml"
    path.write_text(
        BASE.replace("{regle}", "LP103").replace("{fin}", "2019-08-31"), encoding="utf-8"
    )
    hidden = CliRunner().invoke(main, ["--isolated", "--select", "LP103", str(path)])
    shown = CliRunner().invoke(
        main, ["--isolated", "--select", "LP103", "--show-waived", str(path)]
    )
    assert hidden.exit_code == shown.exit_code == 0
    assert "LP103" not in hidden.stdout and "1 constat(s) couvert(s)" in hidden.stdout
    assert (
        "LP103" in shown.stdout
        and "dérogation : derogations[0] (habilitation, 2016-06-15)" in shown.stdout
    )


AUTHORITY = """\
version: 1
formation: {mention: Commerce, annee_universitaire: "%s"}
semestres:
  - numero: 5
    ues:
      - {code: "UE1", intitule: Cours, heures: {td: 250, distanciel: 210}}
stage: {semaines: 12}
derogations:
  - {regle: %s, motif: formation à distance, instance: %s, autorite: %s, date_decision: %s}
"""


def waived(lint: Lint, year: str, rule: str, who: str, decided: str = "2016-06-15") -> list[object]:
    instance = {"etablissement": "CFVU", "recteur": "recteur", "ministre": "accréditation"}[who]
    report = lint(AUTHORITY % (year, rule, instance, who, decided))
    return sorted(
        (f.code, f.waived_by is not None)
        for f in report.findings
        if f.code in (rule, "D104", "D105")
    )


def test_an_establishment_cannot_waive_a_decree(lint: Lint) -> None:
    assert waived(lint, "2022-2023", "CE402", "etablissement") == [
        ("CE402", False),
        ("D105", False),
    ]


def test_the_rector_may_waive_the_50_hours_from_2021_2022_only(lint: Lint) -> None:
    assert waived(lint, "2022-2023", "CE402", "recteur", "2022-06-01") == [("CE402", True)]
    assert waived(lint, "2019-2020", "CE402", "recteur", "2019-06-01") == [
        ("CE402", False),
        ("D105", False),
    ]


def test_the_accreditation_may_waive_what_the_arrete_leaves_to_it(lint: Lint) -> None:
    text = BASE.replace("{regle}", "LP103").replace("{fin}", "2019-08-31")
    by_ministry = lint(text).findings
    by_university = lint(text.replace("autorite: ministre", "autorite: etablissement")).findings
    assert [f.waived_by for f in by_ministry if f.code == "LP103"] == [
        "derogations[0] (habilitation, 2016-06-15)"
    ]
    assert [f.waived_by for f in by_university if f.code == "LP103"] == [None]
    assert "D105" in {f.code for f in by_university}


def test_a_derogation_decided_after_the_year_judged_does_not_apply(lint: Lint) -> None:
    assert waived(lint, "2022-2023", "CE402", "recteur", "2023-09-01") == [
        ("CE402", False),
        ("D104", False),
    ]
    assert waived(lint, "2022-2023", "CE402", "recteur", "2023-08-31") == [("CE402", True)]


def test_another_diploma_gets_r006_and_its_derogations_are_not_judged(lint: Lint) -> None:
    text = """\
version: 1
formation: {diplome: but, mention: Commerce, annee_universitaire: "2022-2023"}
derogations:
  - {regle: CE402, motif: test, instance: CFVU, date_decision: 2022-06-01}
  - {regle: LP999, motif: test, instance: CFVU, date_decision: 2022-06-01}
"""
    codes = {f.code for f in lint(text).findings}
    assert "R006" in codes
    assert not {c for c in codes if c.startswith("D1")}
    licence_pro = lint(text.replace("diplome: but, ", "")).findings
    assert {"D103", "D105"} <= {f.code for f in licence_pro}
