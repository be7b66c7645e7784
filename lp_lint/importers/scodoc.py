"""ScoDoc formation export (XML): `<formation>` › `<ue>` › `<matiere>` › `<module>`.

ScoDoc writes every database column as an attribute. A UE carries `acronyme`, `titre`, `type`
(2: « projet tuteuré et stage » of a licence professionnelle, 1: sport/culture bonus points)
and `ects`; a module carries `code`, `titre`, `heures_cours`, `heures_td`, `heures_tp`,
`coefficient`, `ects`, `semestre_id` and `module_type` (1: malus). ScoDoc stores a missing number
as 0, so an hour count of 0 everywhere is read as unknown, not as zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lp_lint.importers.common import (
    ElementBudget,
    Imported,
    SourceError,
    local_name,
    nature_from_title,
    number,
    parse_xml,
    text_or_none,
    without_lp_prefix,
)
from lp_lint.importers.writer import Bloc

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

UE_SPORT = "1"
UE_STAGE_LP = "2"
MODULE_MALUS = "1"
TYPE_PARCOURS_LP = "200"


@dataclass
class _Ue:
    element: Element
    modules: list[Element] = field(default_factory=list)

    def semestre(self) -> int | None:
        own = _integer(self.element.get("semestre_idx"))
        if own is not None:
            return own
        found = [_integer(m.get("semestre_id")) for m in self.modules]
        numbers = [n for n in found if n is not None]
        return min(numbers) if numbers else None


def import_scodoc(data: bytes, name: str) -> Imported:
    root = parse_xml(data)
    if local_name(root.tag) != "formation":
        raise SourceError("scodoc_root", tag=local_name(root.tag))
    notes: list[str] = []
    header = [
        f"Maquette importée par « lp-lint import » depuis {name} (export de formation ScoDoc).",
        _describe(root),
        "Les lignes « à renseigner » sont des données que ScoDoc ne donne pas : "
        "absent veut dire inconnu, rien n'y est supposé.",
    ]
    ues = _ues(root, notes)
    maquette = Bloc().put("version", 1)
    maquette.put("formation", _formation(root, notes))
    maquette.put("semestres", _semestres(ues, notes))
    if any(nature == "stage" for ue in ues for nature in _natures(ue)):
        stage = Bloc().absent("semaines", "ScoDoc ne donne pas la durée du stage")
        maquette.put("stage", stage)
    header += [note for note in notes if note.startswith("non repris")]
    return Imported(header=header, root=maquette, notes=notes)


def _describe(root: Element) -> str:
    parts = [
        f"{label} {root.get(attr)}"
        for attr, label in (
            ("acronyme", "formation"),
            ("formation_code", "code"),
            ("version", "version"),
            ("type_parcours", "type de parcours"),
        )
        if root.get(attr)
    ]
    return "ScoDoc : " + ", ".join(parts) + "."


def _formation(root: Element, notes: list[str]) -> Bloc:
    formation = Bloc()
    officiel = text_or_none(root.get("titre_officiel"))
    titre = text_or_none(root.get("titre"))
    mention = without_lp_prefix(officiel) if officiel else None
    if mention:
        formation.put("mention", mention, f"titre_officiel ScoDoc « {officiel} »")
    else:
        formation.put("mention", None, "à renseigner : ScoDoc n'a pas de titre officiel")
    if titre and titre != officiel:
        formation.note(f"titre ScoDoc : « {titre} »")
    formation.absent("parcours")
    formation.absent("etablissement")
    formation.absent("annee_universitaire", "choisit les textes applicables")
    kind = root.get("type_parcours")
    if kind and kind != TYPE_PARCOURS_LP:
        notes.append(f"type de parcours ScoDoc {kind} : pas celui d'une licence professionnelle")
        formation.note(f"type de parcours ScoDoc {kind} (une licence professionnelle est 200)")
    return formation


def _ues(root: Element, notes: list[str]) -> list[_Ue]:
    found: list[_Ue] = []
    budget = ElementBudget()
    for element in sorted(_children(root, "ue"), key=_order):
        title = element.get("titre") or element.get("acronyme") or "?"
        if element.get("type") == UE_SPORT:
            notes.append(f"non repris : UE de bonus sport/culture « {title} »")
            continue
        budget.take()
        ue = _Ue(element)
        for matiere in sorted(_children(element, "matiere"), key=_order):
            for module in sorted(_children(matiere, "module"), key=_order):
                if module.get("module_type") == MODULE_MALUS:
                    label = module.get("titre") or module.get("code") or "sans titre"
                    notes.append(f"non repris : module malus « {label} » (UE {title})")
                    continue
                budget.take()
                ue.modules.append(module)
        found.append(ue)
    return found


def _semestres(ues: list[_Ue], notes: list[str]) -> list[Bloc]:
    known = [s for s in (ue.semestre() for ue in ues) if s is not None]
    fallback = min(known) if known else 1
    by_number: dict[int, list[Bloc]] = {}
    for ue in ues:
        numero = ue.semestre()
        bloc = _ue(ue)
        if numero is None:
            numero = fallback
            bloc.note(f"semestre non indiqué par ScoDoc : placée au semestre {numero}, à vérifier")
        by_number.setdefault(numero, []).append(bloc)
    return [
        Bloc().put("numero", numero, "numérotation ScoDoc (semestre_id)").put("ues", blocs)
        for numero, blocs in sorted(by_number.items())
    ]


def _ue(ue: _Ue) -> Bloc:
    element = ue.element
    bloc = Bloc()
    _code(bloc, element.get("acronyme"), element.get("code_apogee"))
    _title(bloc, element.get("titre"))
    _ects(bloc, element.get("ects"))
    coefficients = [number(m.get("coefficient")) or 0.0 for m in ue.modules]
    bloc.absent(
        "coefficient",
        f"ScoDoc pondère l'UE par la somme des coefficients de ses modules : {sum(coefficients):g}",
    )
    title = element.get("titre") or ""
    if element.get("type") == UE_STAGE_LP:
        bloc.note("UE de type « projet tuteuré et stage » dans ScoDoc")
    if not ue.modules:
        nature = nature_from_title(title)
        if nature:
            bloc.put("nature", nature, f"déduite de l'intitulé « {title} »")
        return bloc
    ecs = [_ec(module, element.get("type") == UE_STAGE_LP) for module in ue.modules]
    bloc.put("ecs", ecs)
    return bloc


def _ec(module: Element, in_stage_ue: bool) -> Bloc:
    bloc = Bloc()
    _code(bloc, module.get("code"), module.get("code_apogee"))
    title = module.get("titre") or ""
    _title(bloc, title)
    _ects(bloc, module.get("ects"))
    coefficient = number(module.get("coefficient"))
    if coefficient and coefficient > 0:
        bloc.put("coefficient", coefficient)
    else:
        bloc.absent("coefficient", "0 dans ScoDoc ; le format veut un coefficient positif")
    hours = {
        key: number(module.get(attr))
        for key, attr in (("cm", "heures_cours"), ("td", "heures_td"), ("tp", "heures_tp"))
    }
    if any(value for value in hours.values()):
        volume = Bloc(inline=True)
        for key, value in hours.items():
            volume.put(key, value or 0)
        bloc.put("heures", volume)
    else:
        bloc.absent("heures", "0 h ou rien dans ScoDoc, qui écrit 0 pour une valeur absente")
    nature = nature_from_title(title)
    if nature:
        bloc.put("nature", nature, f"déduite de l'intitulé « {title} »")
    elif in_stage_ue:
        bloc.note("module d'une UE « projet tuteuré et stage » : nature à préciser")
    return bloc


def _natures(ue: _Ue) -> set[str]:
    titles = [m.get("titre") or "" for m in ue.modules] or [ue.element.get("titre") or ""]
    return {n for n in (nature_from_title(t) for t in titles) if n}


def _code(bloc: Bloc, code: str | None, apogee: str | None) -> None:
    value = text_or_none(code) or text_or_none(apogee)
    comment = f"code Apogée {apogee}" if apogee and value != apogee else ""
    if value:
        bloc.put("code", value[:40], comment)
    else:
        bloc.put("code", None, "à renseigner : sans code dans ScoDoc")


def _title(bloc: Bloc, title: str | None) -> None:
    value = text_or_none(title)
    bloc.put("intitule", value, "" if value else "à renseigner : sans titre dans ScoDoc")


def _ects(bloc: Bloc, text: str | None) -> None:
    value = number(text)
    if value is not None and value >= 0:
        bloc.put("ects", value)
    else:
        bloc.absent("ects")


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local_name(child.tag) == name]


def _order(element: Element) -> float:
    return number(element.get("numero")) or 0.0


def _integer(text: str | None) -> int | None:
    value = number(text)
    return int(value) if value is not None and value.is_integer() and 1 <= value <= 12 else None
