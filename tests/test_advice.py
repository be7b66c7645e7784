"""A finding's advice is the change that makes it go: applying it clears the finding, and for the
whole numbers a share asks for (hours, people), one less does not.

Each property builds maquettes on both sides of a rule's limit, reads the advice the rule's
check gives (`manque`, `reduction`, `exces`, `remplacer`), applies it to the file, and lints
again.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lp_lint.rules.packs import Rule
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_text
from lp_lint.run.rule_sets import packs_for
from tests.case_files import text_hits

PACKS = packs_for(Options())
RULES = {rule.id: rule for pack in PACKS.packs for rule in pack.rules}
SETTINGS = settings(max_examples=60, deadline=None)


def fails(text: str, rule_id: str, options: Options) -> bool:
    report = lint_text(text, "maquette.yaml", options, packs_for(options))
    assert report.rules_applied, [f.text("fr") for f in report.findings]
    return any(f.rule_id == rule_id for f in report.findings)


def advice(text: str, rule: Rule, options: Options) -> dict[str, object]:
    [hit] = text_hits(text, rule, options)
    return hit.values


def projet(taught: int, projet_hours: int) -> str:
    return f"""\
version: 1
formation: {{mention: Commerce, annee_universitaire: "2016-2017"}}
semestres:
  - numero: 5
    ues:
      - code: UE1
        intitule: Cours
        ecs:
          - {{code: EC1, intitule: Cours, heures: {{td: {taught}}}}}
projet_tuteure: {{heures: {projet_hours}}}
"""


@pytest.mark.parametrize("reading", ["litterale", "heures-enseignees"])
@SETTINGS
@given(taught=st.integers(1, 2000), projet_hours=st.integers(0, 700))
def test_projet_quart_advice_clears_the_finding(
    reading: str, taught: int, projet_hours: int
) -> None:
    """LP104 under each reading: add `manque` projet hours, or remove `reduction` taught hours."""
    options = Options(readings=(("projet-quart", reading),))
    text = projet(taught, projet_hours)
    if not fails(text, "projet-quart", options):
        return
    values = advice(text, RULES["projet-quart"], options)
    add, remove = int(values["manque"]), int(values["reduction"])  # type: ignore[call-overload]
    assert add >= 1 and remove >= 1
    assert not fails(projet(taught, projet_hours + add), "projet-quart", options)
    assert fails(projet(taught, projet_hours + add - 1), "projet-quart", options)
    if remove < taught:
        assert not fails(projet(taught - remove, projet_hours), "projet-quart", options)
        assert fails(projet(taught - remove + 1, projet_hours), "projet-quart", options)


def pros(taught: int, professionals: int, annee: str) -> str:
    return f"""\
version: 1
formation: {{mention: Commerce, annee_universitaire: "{annee}"}}
semestres:
  - numero: 5
    ues:
      - {{code: UE1, intitule: Cours, heures: {{td: {taught}}}}}
equipe: {{heures_professionnels: {professionals}}}
"""


@pytest.mark.parametrize(
    ("rule_id", "annee"), [("pros-quart-1999", "2016-2017"), ("pros-quart-2019", "2022-2023")]
)
@SETTINGS
@given(taught=st.integers(1, 2000), professionals=st.integers(0, 600))
def test_professionals_advice_clears_the_finding(
    rule_id: str, annee: str, taught: int, professionals: int
) -> None:
    """A quarter of the taught hours by professionals: `manque` more of theirs does it."""
    options = Options()
    text = pros(taught, professionals, annee)
    if not fails(text, rule_id, options):
        return
    add = int(advice(text, RULES[rule_id], options)["manque"])  # type: ignore[call-overload]
    assert not fails(pros(taught, professionals + add, annee), rule_id, options)
    assert fails(pros(taught, professionals + add - 1, annee), rule_id, options)


def jury(members: int, professionals: int) -> str:
    return f"""\
version: 1
formation: {{mention: Commerce, annee_universitaire: "2016-2017"}}
jury: {{membres: {members}, professionnels: {professionals}}}
"""


@SETTINGS
@given(members=st.integers(2, 40), data=st.data())
def test_jury_advice_clears_the_finding(members: int, data: st.DataObject) -> None:
    """Between a quarter and a half of the jury: add `manque` professionals (the jury grows), or
    replace `remplacer` of them by others (it keeps its size). A jury of one has no share
    between a quarter and a half at its size, so replacing cannot fix it: left out."""
    professionals = data.draw(st.integers(0, members))
    options = Options()
    text = jury(members, professionals)
    if not fails(text, "jury-professionnels", options):
        return
    values = advice(text, RULES["jury-professionnels"], options)
    fix: Callable[[int], str]
    if "manque" in values:
        change = int(values["manque"])  # type: ignore[call-overload]
        fix = lambda n: jury(members + n, professionals + n)  # noqa: E731
    else:
        change = int(values["remplacer"])  # type: ignore[call-overload]
        fix = lambda n: jury(members, professionals - n)  # noqa: E731
    assert change >= 1
    assert not fails(fix(change), "jury-professionnels", options)
    assert fails(fix(change - 1), "jury-professionnels", options)


def stage(weeks: float) -> str:
    return f"""\
version: 1
formation: {{mention: Commerce, annee_universitaire: "2016-2017"}}
stage: {{semaines: {weeks}}}
"""


@SETTINGS
@given(weeks=st.integers(1, 60).map(lambda w: w / 2))
def test_stage_length_advice_clears_the_finding(weeks: float) -> None:
    """Between 12 and 16 weeks: `manque` weeks more, or `exces` weeks fewer."""
    options = Options()
    if not fails(stage(weeks), "stage-duree", options):
        return
    values = advice(stage(weeks), RULES["stage-duree"], options)
    change = float(values.get("manque", 0)) - float(values.get("exces", 0))  # type: ignore[arg-type]
    assert change != 0
    assert not fails(stage(weeks + change), "stage-duree", options)
