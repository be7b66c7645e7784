"""The format's invariants (a choice's count and members, a split stage) are said in the
reader's language, like every other format error, whichever validator met them first."""

from __future__ import annotations

import pytest

from lp_lint.pseudo_rules import SCHEMA
from lp_lint.rules.loading import load_packs
from lp_lint.rules.packs import bundled_rules_dir, pack_signature
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_text
from tests.conftest import ROOT

PATH = ROOT / "examples/maquettes/lp-commerce-choix-2024-2025.yaml"
EXAMPLE = PATH.read_text("utf-8")
BROKEN = {
    "count": (
        EXAMPLE.replace("nombre: 2}", "nombre: 4}"),
        "nombre (4) dépasse le nombre d'éléments listés (3)",
        "nombre (4) is more than the elements listed (3)",
    ),
    "member": (
        EXAMPLE.replace('parmi: ["C4a", "C4b"]', 'parmi: ["C4a", "C4z"]'),
        "« C4z » n'est pas le code d'une UE écrite à côté",
        "'C4z' is not the code of a UE written beside it",
    ),
    "twice": (
        EXAMPLE.replace('parmi: ["C4a", "C4b"]', 'parmi: ["C4a", "C4a"]'),
        "« C4a » figure deux fois dans les choix",
        "'C4a' appears twice in the choices",
    ),
    "split stage": (
        EXAMPLE.replace("stage:\n", "stage:\n  jours_par_semaine: 2\n", 1),
        "jours_par_semaine et sur_semaines vont ensemble",
        "jours_par_semaine and sur_semaines go together",
    ),
}


@pytest.mark.parametrize("case", BROKEN, ids=str)
def test_an_invariant_is_said_in_each_language(case: str) -> None:
    text, french, english = BROKEN[case]
    folders = (bundled_rules_dir(),)
    report = lint_text(text, str(PATH), Options(), load_packs(folders, pack_signature(folders)))
    [finding] = [f for f in report.findings if f.code == SCHEMA.code]
    assert french in finding.text("fr") and english in finding.text("en")
    assert "«" not in finding.text("en")
