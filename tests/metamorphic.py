"""Equivalent rewrites of a maquette, and known violations to inject, as plain-data functions.

A rewrite says the same programme another way (YAML style, key order, quoting, JSON, a fact
moved between the top-level block and its UE, an EC's hours split in two): it must not change
the set of rule codes. An injection adds one defect: the maquette must then fail.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import yaml

from lp_lint.model import Maquette
from lp_lint.reports import Report, exit_code
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities import QUANTITIES
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_text
from lp_lint.run.rule_sets import packs_for
from tests.strategies import dump

Data = dict[str, Any]
OPTIONS = Options()
PACKS = packs_for(OPTIONS)


def lint(text: str, shown: str = "maquette.yaml") -> tuple[set[str], int]:
    """The rule codes a text gets, and its exit code (`shown`: where its includes start from)."""
    report = lint_text(text, shown, OPTIONS, PACKS)
    assert not report.internal_error, [f.text("fr") for f in report.findings if f.code == "X001"]
    return {f.code for f in report.findings}, exit_code(Report([report]))


# -- writing the same data another way ------------------------------------------------------------


class _Quoted(yaml.SafeDumper):
    """Every string double-quoted."""


_Quoted.add_representer(str, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style='"'))


def reversed_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: reversed_keys(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [reversed_keys(v) for v in value]
    return value


WRITERS: dict[str, Callable[[Data], str]] = {
    "block": dump,
    "flow": lambda data: dump(data, flow=True),
    "reversed": lambda data: dump(reversed_keys(data)),
    "quoted": lambda data: yaml.dump(
        data, Dumper=_Quoted, allow_unicode=True, sort_keys=False, default_flow_style=False
    ),
    "json": lambda data: json.dumps(
        data, ensure_ascii=False, indent=1, default=str
    ),  # dates as text
}


# -- the same programme, facts moved ----------------------------------------------------------------


def _measure(data: Data, name: str) -> float | None:
    try:
        maquette = Maquette.model_validate(data)
    except ValueError:
        return None
    return QUANTITIES[name].compute(maquette, Entity("maquette", (), "", ())).number


def projet_block_from_ues(data: Data) -> Data | None:
    """No projet block: write one that restates the projet hours the UEs carry."""
    if "projet_tuteure" in data:
        return None
    hours = _measure(data, "heures_projet")
    if hours is None:
        return None
    return {**data, "projet_tuteure": {"heures": hours}}


def projet_hours_left_to_ues(data: Data) -> Data | None:
    """A projet block restating the UEs' hours: leave them to the UEs alone."""
    block = data.get("projet_tuteure")
    if not isinstance(block, dict) or "heures" not in block:
        return None
    without = {**data, "projet_tuteure": {k: v for k, v in block.items() if k != "heures"}}
    if _measure(without, "heures_projet") != block["heures"]:
        return None
    return without


def split_an_ec(data: Data) -> Data | None:
    """The first EC with hours becomes two ECs of the same kind, each with half of everything."""
    out = copy.deepcopy(data)
    for semestre in out.get("semestres", []):
        for ue in semestre.get("ues", []):
            for index, ec in enumerate(ue.get("ecs", [])):
                if isinstance(ec.get("heures"), dict):
                    first, second = _halves(ec)
                    second["code"] = "ZSPLIT" + str(index)
                    ue["ecs"][index : index + 1] = [first, second]
                    return out
    return None


def hours_as_a_total(data: Data) -> Data | None:
    """Every CM/TD/TP of the courses written as one untyped total: no rule reads the split."""
    out = copy.deepcopy(data)
    changed = False
    for ue in _ues(out):
        if ue.get("ecs") and "heures" in ue:  # a UE's own hours are compared type by type (N012)
            continue
        for element in ue.get("ecs") or [ue]:
            heures = element.get("heures")
            typed = ("cm", "td", "tp")
            written = isinstance(heures, dict) and "total" not in heures
            if written and any(k in heures for k in typed):
                rest = {k: v for k, v in heures.items() if k not in typed}
                element["heures"] = {**rest, "total": sum(heures.get(k, 0) for k in typed)}
                changed = True
    return out if changed else None


def _halves(ec: Data) -> tuple[Data, Data]:
    def half(value: Any) -> Any:
        return (
            value / 2 if isinstance(value, int | float) and not isinstance(value, bool) else value
        )

    halved = {
        **ec,
        "heures": {k: half(v) for k, v in ec["heures"].items()},
        **{k: half(ec[k]) for k in ("ects", "heures_professionnels") if k in ec},
    }
    return halved, dict(halved)


MOVES: dict[str, Callable[[Data], Data | None]] = {
    "projet-block-from-ues": projet_block_from_ues,
    "projet-hours-left-to-ues": projet_hours_left_to_ues,
    "split-an-ec": split_an_ec,
    "hours-as-a-total": hours_as_a_total,
}


# -- one known defect ---------------------------------------------------------------------------


def _ues(data: Data) -> list[Data]:
    return [ue for semestre in data.get("semestres", []) for ue in semestre.get("ues", [])]


def _holders(data: Data, nature: str) -> list[Data]:
    """The ECs (or UEs without EC) of `nature`."""
    found = []
    for ue in _ues(data):
        elements = ue.get("ecs") or [ue]
        found += [
            e
            for e in elements
            if e.get("nature", "enseignement" if e is not ue else None) == nature
        ]
    return found


def _course(data: Data) -> Data:
    return next(e for e in _holders(data, "enseignement") if isinstance(e.get("heures"), dict))


def _drop_ue_of(data: Data, nature: str) -> None:
    for semestre in data["semestres"]:
        semestre["ues"] = [
            ue
            for ue in semestre.get("ues", [])
            if ue.get("nature") != nature
            and all(ec.get("nature") != nature for ec in ue.get("ecs", []))
        ]


def projet_hours_twice(data: Data) -> None:
    data["projet_tuteure"]["heures"] += 50


def pros_total_below_courses(data: Data) -> None:
    data["equipe"] = {"heures_professionnels": 10}
    _course(data)["heures_professionnels"] = 500


def stage_weeks_against_hours(data: Data) -> None:
    data["stage"] = {"semaines": 12, "heures": 12 * 35 + 70}


def ue_ects_against_ecs(data: Data) -> None:
    ue = next(ue for ue in _ues(data) if ue.get("ecs") and "ects" in ue)
    ue["ecs"][0]["ects"] = ue["ects"] + 1


def jury_impossible(data: Data) -> None:
    data["jury"] = {"membres": 3, "professionnels": 4}


def parcours_of_zero(data: Data) -> None:
    data["formation"]["ects"] = 0


def year_backwards(data: Data) -> None:
    first, second = data["formation"]["annee_universitaire"].split("-")
    data["formation"]["annee_universitaire"] = f"{second}-{first}"


def contract_of_zero_hours(data: Data) -> None:
    data["alternance"] = {"contrats": [{"type": "apprentissage", "duree_heures": 0}]}


def duplicate_code(data: Data) -> None:
    first, second = _ues(data)[:2]
    second["code"] = first["code"]


def total_below_types(data: Data) -> None:
    course = _course(data)
    course["heures"] = {**course["heures"], "total": 1}


def projet_hours_in_the_stage_ue(data: Data) -> None:
    holder = _holders(data, "stage")[0]
    holder["heures"] = {**holder.get("heures", {}), "projet": 30}


def stage_block_only(data: Data) -> None:
    _drop_ue_of(data, "stage")


INJECTIONS: dict[str, Callable[[Data], None]] = {
    "N001": projet_hours_twice,
    "N002": pros_total_below_courses,
    "N003": stage_weeks_against_hours,
    "N004": ue_ects_against_ecs,
    "N005": jury_impossible,
    "N006": parcours_of_zero,
    "N007": year_backwards,
    "N008": contract_of_zero_hours,
    "N009": duplicate_code,
    "N011": total_below_types,
    "stage-and-projet-in-one-ue": projet_hours_in_the_stage_ue,
    "stage-block-only": stage_block_only,
}


def projet_hours_in_a_course(data: Data) -> None:
    course = _course(data)
    course["heures"] = {**course["heures"], "projet": 20}


def projet_block_only(data: Data) -> None:
    _drop_ue_of(data, "projet_tuteure")


def a_condition_left_out(data: Data) -> None:
    data.setdefault("modalites_controle", {})["conditions_delivrance"] = {
        "moyenne_generale_min": 10
    }


def stage_too_short(data: Data) -> None:
    data["stage"] = {"semaines": 11}


INJECTIONS_1999: dict[str, Callable[[Data], None]] = {
    "projet-hours-in-a-course": projet_hours_in_a_course,
    "projet-block-only": projet_block_only,
    "a-condition-left-out": a_condition_left_out,
    "stage-too-short": stage_too_short,
}


def injected(data: Data, name: str) -> Data:
    out = copy.deepcopy(data)
    {**INJECTIONS, **INJECTIONS_1999}[name](out)
    return out
