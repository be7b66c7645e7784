"""Assessment, jury, governance and identity: the quantities the texts check outside the hours."""

from __future__ import annotations

from collections import Counter
from typing import Any

from lp_lint.findings import DocPath
from lp_lint.model.records import Maquette
from lp_lint.programme import programme_of
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import Measure, Missing, contradicted, listed, quantity


def _given(value: float | str | None, path: DocPath, key: str) -> Measure:
    if value is None:
        return Measure(None, path[:-1], (Missing(key, path[:-1]),))
    return Measure(value, path)


def _flag(value: bool | None, path: DocPath, key: str) -> Measure:
    return _given(None if value is None else (1 if value else 0), path, key)


def _field(maquette: Maquette, path: tuple[str, ...], flag: bool = False) -> Measure:
    """The value written at `path`; absent anywhere on the way, it is missing (a yes/no as 1/0)."""
    node: Any = maquette
    for part in path:
        node = getattr(node, part, None) if node is not None else None
    if flag and node is not None:
        node = 1 if node else 0
    return _given(node, path, ".".join(path))


def _condition(maquette: Maquette, key: str) -> Measure:
    mcc = maquette.modalites_controle
    block = mcc.conditions_delivrance if mcc else None
    return listed(block, ("modalites_controle", "conditions_delivrance"), key)


@quantity(
    "moyenne_generale_min", "maquette", "/20", "moyenne générale exigée", "overall mean required"
)
def moyenne_generale_min(maquette: Maquette, _: Entity) -> Measure:
    """`modalites_controle.conditions_delivrance.moyenne_generale_min` (omitted when the declared
    conditions leave it out)."""
    return _condition(maquette, "moyenne_generale_min")


@quantity(
    "moyenne_projet_stage_min",
    "maquette",
    "/20",
    "moyenne exigée sur projet et stage",
    "mean required over projet and stage",
)
def moyenne_projet_stage_min(maquette: Maquette, _: Entity) -> Measure:
    """`modalites_controle.conditions_delivrance.moyenne_projet_stage_min` (omitted when the
    declared conditions leave it out)."""
    return _condition(maquette, "moyenne_projet_stage_min")


@quantity(
    "sans_note_eliminatoire", "maquette", "", "absence de note éliminatoire", "no eliminatory mark"
)
def sans_note_eliminatoire(maquette: Maquette, _: Entity) -> Measure:
    """1 when the MCC say there is no eliminatory mark, 0 when there is one (or a threshold is set)."""
    mcc = maquette.modalites_controle
    if mcc is not None and mcc.seuil_eliminatoire is not None:
        return Measure(0, ("modalites_controle", "seuil_eliminatoire"))
    flag = None if mcc is None or mcc.notes_eliminatoires is None else not mcc.notes_eliminatoires
    return _flag(
        flag,
        ("modalites_controle", "notes_eliminatoires"),
        "modalites_controle.notes_eliminatoires",
    )


@quantity(
    "compensation_complete",
    "maquette",
    "",
    "compensation entre EC et entre UE",
    "compensation between ECs and between UEs",
)
def compensation_complete(maquette: Maquette, _: Entity) -> Measure:
    """1 when ECs compensate within a UE and UEs compensate each other; 0 when either does not."""
    mcc = maquette.modalites_controle
    compensation = mcc.compensation if mcc else None
    path: DocPath = ("modalites_controle", "compensation")
    if compensation is None or compensation.entre_ec is None or compensation.entre_ue is None:
        return Measure(None, path[:1], (Missing("modalites_controle.compensation", path[:1]),))
    return Measure(1 if compensation.entre_ec and compensation.entre_ue else 0, path)


@quantity("jury_membres", "maquette", "", "membres du jury", "jury members")
def jury_membres(maquette: Maquette, _: Entity) -> Measure:
    """`jury.membres` (unknown with more professionals than members, N005)."""
    return contradicted(maquette, "jury", ("jury",)) or _field(maquette, ("jury", "membres"))


@quantity(
    "jury_professionnels", "maquette", "", "professionnels du jury", "professionals on the jury"
)
def jury_professionnels(maquette: Maquette, _: Entity) -> Measure:
    """`jury.professionnels` (unknown with more professionals than members, N005)."""
    return contradicted(maquette, "jury", ("jury",)) or _field(maquette, ("jury", "professionnels"))


def _conseil_count(maquette: Maquette, *categories: str) -> Measure:
    conseil = maquette.pilotage.conseil_perfectionnement if maquette.pilotage else None
    members = conseil.membres if conseil else None
    path: DocPath = ("pilotage", "conseil_perfectionnement", "membres")
    if members is None:
        key = "pilotage.conseil_perfectionnement.membres"
        return Measure(None, ("pilotage",), (Missing(key, ("pilotage",)),))
    # a declared list of members is complete as written: a category left out has nobody
    counts = [listed(members, path, category) for category in categories]
    return Measure(sum(c.number or 0 for c in counts), path)


@quantity(
    "conseil_enseignants",
    "maquette",
    "",
    "enseignants et enseignants-chercheurs",
    "teachers and teacher-researchers",
)
def conseil_enseignants(maquette: Maquette, _: Entity) -> Measure:
    """Teachers and teacher-researchers on the conseil de perfectionnement (absent counts 0)."""
    return _conseil_count(maquette, "enseignants", "enseignants_chercheurs")


@quantity("conseil_etudiants", "maquette", "", "étudiants", "students")
def conseil_etudiants(maquette: Maquette, _: Entity) -> Measure:
    """Students on the conseil de perfectionnement."""
    return _conseil_count(maquette, "etudiants")


@quantity("conseil_professionnels", "maquette", "", "professionnels", "professionals")
def conseil_professionnels(maquette: Maquette, _: Entity) -> Measure:
    """Professionals on the conseil de perfectionnement."""
    return _conseil_count(maquette, "professionnels")


@quantity("conseil_biatss", "maquette", "", "personnels administratifs et techniques", "staff")
def conseil_biatss(maquette: Maquette, _: Entity) -> Measure:
    """Administrative and technical staff on the conseil de perfectionnement."""
    return _conseil_count(maquette, "biatss")


@quantity(
    "suivi_diplomes_declare", "maquette", "", "enquêtes de suivi des diplômés", "graduate surveys"
)
def suivi_diplomes_declare(maquette: Maquette, _: Entity) -> Measure:
    """1 when graduate surveys are declared, else 0 (absence is the finding here)."""
    suivi = maquette.pilotage.suivi_diplomes if maquette.pilotage else None
    declared = suivi is not None and bool(suivi.enquetes_mois)
    return Measure(
        1 if declared else 0, ("pilotage", "suivi_diplomes") if declared else ("pilotage",)
    )


@quantity(
    "projet_modalites",
    "maquette",
    "",
    "modalités de suivi et d'évaluation du projet",
    "projet follow-up and assessment",
    details=("manquantes",),
)
def projet_modalites(maquette: Maquette, _: Entity) -> Measure:
    """1 when the projet tuteuré states how it is followed and assessed, else 0; silent without
    projet. The projet may be a UE only: its modalities are then still to be written (they have
    their place in the `projet_tuteure` block)."""
    projet = maquette.projet_tuteure
    carriers = programme_of(maquette).carriers("projet_tuteure")
    if projet is None and not carriers:
        return Measure(None, ())
    keys = ("modalites_suivi", "modalites_evaluation")
    absent = [key for key in keys if projet is None or getattr(projet, key) is None]
    path = ("projet_tuteure",) if projet is not None else carriers[0].path
    return Measure(0 if absent else 1, path, details={"manquantes": ", ".join(absent)})


@quantity(
    "part_max_epreuves_mois",
    "maquette",
    "",
    "part des épreuves du mois le plus chargé",
    "share of assessments in the busiest month",
    details=("mois", "nombre", "total"),
)
def part_max_epreuves_mois(maquette: Maquette, _: Entity) -> Measure:
    """Share of the calendar's assessments that fall in its busiest month (silent under 4)."""
    calendrier = maquette.modalites_controle.calendrier if maquette.modalites_controle else []
    if len(calendrier) < 4:
        return Measure(None, ())
    months = Counter(f"{e.date.year}-{e.date.month:02d}" for e in calendrier)
    month, count = months.most_common(1)[0]
    return Measure(
        count / len(calendrier),
        ("modalites_controle", "calendrier"),
        details={"mois": month, "nombre": count, "total": len(calendrier)},
    )


@quantity("rncp_fiche_declaree", "maquette", "", "fiche RNCP déclarée", "RNCP fiche declared")
def rncp_fiche_declaree(maquette: Maquette, _: Entity) -> Measure:
    """1 when `formation.rncp.fiche` is given, else 0."""
    rncp = maquette.formation.rncp
    return Measure(
        1 if rncp and rncp.fiche else 0, ("formation", "rncp") if rncp else ("formation",)
    )
