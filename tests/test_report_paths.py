"""`report` and `diff` count one student path, as the rules do, and every kind of hours the
format has (cours intégrés, untyped totals); the UE table says it shows the maquette as written."""

from __future__ import annotations

from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.model.structure import UE
from lp_lint.outputs.report.page import hours_by_kind
from lp_lint.run.comparison import per_path, ue_hours
from lp_lint.run.options import Options
from tests.conftest import ROOT

CHOIX = str(ROOT / "examples" / "maquettes" / "lp-commerce-choix-2024-2025.yaml")
INTERNATIONAL = str(ROOT / "examples" / "maquettes" / "lp-commerce-international-2024-2025.yaml")
WEB = str(ROOT / "examples" / "maquettes" / "lp-web-2023-2024.yaml")


def test_ue_hours_split_a_total_into_its_typed_part_and_the_rest() -> None:
    ue = UE.model_validate(
        {"code": "U", "intitule": "U", "ecs": [
            {"code": "A", "intitule": "A", "heures": {"total": 48, "cm": 20}},
            {"code": "B", "intitule": "B", "heures": {"ci": 12, "projet": 5}},
            {"code": "C", "intitule": "C", "heures": {"total": 10, "td": 12}},
        ]}
    )  # fmt: skip
    hours = ue_hours(ue)
    assert hours == {"cm": 20, "td": 12, "tp": 0, "ci": 12, "sans_type": 28, "projet": 5}


def test_report_hours_are_per_student_path() -> None:
    from lp_lint.cli.versions import judged_version

    maquette = judged_version(CHOIX, Options(), frozenset(), False).maquette
    hours = hours_by_kind(maquette)
    # one option of S5 (C4a: 10 CM, 30 TD; C4b: 40 TP) and two ECs of three in C7
    assert hours["cm"] == (20, 30) and hours["td"] == (140, 190) and hours["tp"] == (0, 60)
    assert hours["ci"] == 40 and hours["sans_type"] == 30 and hours["projet"] == 130
    assert per_path(maquette, lambda m: float(len(m.semestres[0].ues))) == 4  # C1, C2, C3, C4x


def test_the_report_page_says_it_shows_the_maquette_as_written() -> None:
    out = CliRunner().invoke(main, ["report", "--format", "md", CHOIX]).output
    assert "La maquette telle qu'elle est écrite" in out
    assert "- TD : 140–190 h" in out and "- C/TD : 40 h" in out and "- sans type : 30 h" in out
    plain = CliRunner().invoke(main, ["report", "--format", "md", WEB]).output
    assert "telle qu'elle est écrite" not in plain


def test_diff_gives_ranges_over_student_paths() -> None:
    out = CliRunner().invoke(main, ["diff", CHOIX, INTERNATIONAL]).output
    assert "ECTS" in out and "60 → 60" in out  # one path: 60 ECTS, never the options summed
    assert "« a–b » : de a à b selon le parcours d'étudiant" in out
    assert "290 → 290" in out  # taught hours: the same on every path of each
