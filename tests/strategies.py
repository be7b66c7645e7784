"""Hypothesis strategies: valid maquettes of every shape, as plain data ready to dump to YAML."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import strategies as st

from lp_lint.reading.scalars import resolve_plain

NATURES = ["enseignement", "projet_tuteure", "stage", "memoire", "periode_entreprise", "autre"]
text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
)
code = st.text(alphabet="0123456789ABCDEFUE._-:", min_size=1, max_size=8)
hours = st.integers(0, 400) | st.floats(0, 400, allow_nan=False).map(lambda x: round(x, 1))
ects = st.integers(0, 30) | st.sampled_from([0.5, 1.5, 2.5, 7.5])


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _drop_none(value: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in value.items() if v is not None}


volume = st.fixed_dictionaries(
    {}, optional={"cm": hours, "td": hours, "tp": hours, "projet": hours}
)
ec = st.fixed_dictionaries(
    {"code": code, "intitule": text},
    optional={
        "nature": st.sampled_from(NATURES),
        "ects": ects,
        "coefficient": st.integers(1, 5),
        "heures": volume,
        "heures_professionnels": hours,
        "memoire": st.booleans(),
        "soutenance": st.booleans(),
    },
)
ue = st.fixed_dictionaries(
    {"code": code, "intitule": text},
    optional={
        "ects": ects,
        "coefficient": st.integers(1, 5),
        "nature": st.sampled_from(NATURES),
        "ecs": st.lists(ec, max_size=6),
        "heures": volume,
    },
)
semestre = st.fixed_dictionaries(
    {"numero": st.integers(1, 6)}, optional={"ues": st.lists(ue, max_size=8)}
)
stage = st.one_of(
    st.fixed_dictionaries({"semaines": st.integers(0, 30)}),
    st.fixed_dictionaries({"heures": hours}),
    st.fixed_dictionaries(
        {"jours_par_semaine": st.integers(1, 5), "sur_semaines": st.integers(1, 40)}
    ),
).map(_drop_none)
formation = st.fixed_dictionaries(
    {"mention": text},
    optional={
        "annee_universitaire": st.integers(2000, 2030).map(lambda y: f"{y}-{y + 1}"),
        "regime": st.sampled_from(["lp-1999", "lp-2019"]),
        "ects": st.sampled_from([60, 120, 180]),
        "parcours": text,
        "publics": st.lists(
            st.sampled_from(["formation_initiale", "alternance", "formation_continue"]),
            max_size=3,
            unique=True,
        ),
    },
)
maquettes = st.fixed_dictionaries(
    {"version": st.just(1), "formation": formation},
    optional={
        "semestres": st.lists(semestre, max_size=4),
        "stage": stage,
        "projet_tuteure": st.fixed_dictionaries({}, optional={"heures": hours}),
        "equipe": st.fixed_dictionaries({}, optional={"heures_professionnels": hours}),
        "jury": st.fixed_dictionaries(
            {}, optional={"membres": st.integers(0, 20), "professionnels": st.integers(0, 20)}
        ),
    },
)


class _QuotingDumper(yaml.SafeDumper):
    """Quotes every string lp-lint would not read back as the same string (`08`, `NO`, …)."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if resolve_plain(value) != value or value != value.strip() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_QuotingDumper.add_representer(str, _represent_str)


def dump(data: Any, flow: bool = False) -> str:
    return yaml.dump(
        data, Dumper=_QuotingDumper, allow_unicode=True, sort_keys=False, default_flow_style=flow
    )
