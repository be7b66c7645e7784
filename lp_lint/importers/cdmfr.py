"""CDM-fr (the national course-offer format): `<CDM>` › `<program>` › `<course>`.

A program references its semesters (`programStructure/refProgram`, or inline `subProgram`), a
semester its UEs (`refCourse`), a UE its ECs (`courseDescription/courseContentsEC/refCourse`).
ECTS are `credits/@ECTScredits`, hours `credits/globalVolume` by `teachingtype` (CM, TD, TP;
`trainingWeeks` are weeks of stage). The file is first checked against the CDM-fr schema when
one is given (`--xsd`), and what does not conform is said, then the import goes on.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
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

CDM_NAMESPACE = "http://cdm-fr.fr/2012/CDM"
MAX_SCHEMA_ERRORS = 20
_SEMESTRE = re.compile(r"\b(?:semestre|S)\s*([1-9][0-2]?)\b", re.IGNORECASE)
_PARCOURS = re.compile(r",?\s*parcours\s*:?\s*", re.IGNORECASE)
_HOURS = {"CM": "cm", "TD": "td", "TP": "tp", "homeWork": "travail_personnel"}
_TEACHING_TYPES = (*_HOURS, "trainingWeeks", "ProfessTraining", "all")
_UNREAD = "?"
"""The key under which `_volumes` counts the volumes whose type it could not read."""


class _Offer:
    """The programs and courses of a CDM document, by identifier."""

    def __init__(self, root: Element) -> None:
        programs = _all(root, "program", "subProgram")
        self.programs = {p.get("id"): p for p in programs if p.get("id")}
        self.courses = {c.get("id"): c for c in _all(root, "course") if c.get("id")}
        self.budget = ElementBudget()  # a course referenced twice is read, and counted, twice
        referenced = {_target(r) for r in _all(root, "refProgram")}
        self.top = next(
            (
                p
                for p in programs
                if local_name(p.tag) == "program" and (p.get("id") or "") not in referenced
            ),
            None,
        )

    def sub_programs(self, program: Element) -> list[Element]:
        found = [child for child in program if local_name(child.tag) == "subProgram"]
        for ref in _all(program, "refProgram"):
            target = self.programs.get(_target(ref))
            if target is not None and target is not program:
                found.append(target)
        return found

    def courses_of(self, element: Element | None) -> list[Element]:
        """Courses referenced from `element`, not through one of its inline sub-programs."""
        found = []
        for ref in _direct(element, "refCourse"):
            course = self.courses.get(_target(ref))
            if course is not None and course is not element:
                found.append(course)
        return found


def import_cdmfr(data: bytes, name: str, xsd: Path | None = None) -> Imported:
    root = parse_xml(data)
    if local_name(root.tag) != "CDM":
        raise SourceError("cdmfr_root", tag=local_name(root.tag))
    notes = validate(data, xsd) if xsd else ["non validé contre le schéma CDM-fr (option --xsd)"]
    offer = _Offer(root)
    if offer.top is None:
        raise SourceError("cdmfr_no_program")
    maquette = Bloc().put("version", 1)
    maquette.put("formation", _formation(offer.top))
    semestres, weeks = _semestres(offer, offer.top, notes)
    maquette.put("semestres", semestres)
    stage = Bloc()
    description = _first(offer.top, "programDescription")
    programme_weeks = _volumes(description, notes, "programDescription").get("trainingWeeks")
    if programme_weeks is not None:
        stage.put("semaines", programme_weeks, "programDescription/globalVolume trainingWeeks")
    elif weeks:
        stage.put("semaines", sum(weeks), "globalVolume trainingWeeks des enseignements")
    else:
        stage.absent("semaines", "pas de globalVolume trainingWeeks")
    maquette.put("stage", stage)
    header = [
        f"Maquette importée par « lp-lint import » depuis {name} (CDM-fr, offre de formation).",
        "Les lignes « à renseigner » sont des données que le fichier CDM-fr ne donne pas : "
        "absent veut dire inconnu, rien n'y est supposé.",
        *notes,
    ]
    return Imported(header=header, root=maquette, notes=notes)


def validate(data: bytes, xsd: Path) -> list[str]:
    """What in `data` (already parsed once, without any document type) does not conform to the CDM-fr schema at `xsd` (a file or its folder).

    Schemas the CDM-fr files import from the web (XHTML, LHEO) are never fetched: their types
    are taken as anything, which the notes say.
    """
    import warnings

    try:
        import xmlschema
    except ImportError as error:
        raise SourceError("xsd_missing") from error
    main = xsd / "CDMFR.xsd" if xsd.is_dir() else xsd
    folder = main.parent

    def local_copy(uri: str) -> str:
        if uri.startswith("http://cdm-fr.fr/2012/schemas/"):
            candidate = folder / uri.rsplit("/", 1)[1]
            return candidate.as_uri() if candidate.is_file() else uri
        return uri

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            schema = xmlschema.XMLSchema(
                str(main), allow="local", defuse="always", uri_mapper=local_copy, validation="lax"
            )
            if schema.target_namespace != CDM_NAMESPACE:
                raise SourceError("xsd", reason=f"{main.name} n'est pas CDMFR.xsd")
            errors = list(islice(schema.iter_errors(io.BytesIO(data)), MAX_SCHEMA_ERRORS + 1))
    except (xmlschema.XMLSchemaException, OSError) as error:
        raise SourceError("xsd", reason=str(error).splitlines()[0]) from error
    said = [
        f"non valide selon le schéma CDM-fr : {_line(e.sourceline)}{e.path} : {e.reason}"
        for e in errors
    ]
    if len(errors) > MAX_SCHEMA_ERRORS:
        said[-1] = f"non valide selon le schéma CDM-fr : plus de {MAX_SCHEMA_ERRORS} écarts"
    if not said:
        said = [
            f"valide selon le schéma CDM-fr {main.name} (types XHTML et LHEO importés du web non vérifiés)"
        ]
    return said


def _line(number: int | None) -> str:
    return f"ligne {number}, " if number else ""


def _formation(top: Element) -> Bloc:
    formation = Bloc()
    full = _text(_first(top, "programName"))
    mention, parcours = _mention(full)
    if mention:
        formation.put("mention", mention, f"programName « {full} »")
    else:
        formation.put("mention", None, "à renseigner : pas de programName")
    if parcours:
        formation.put("parcours", parcours, "programName")
    else:
        formation.absent("parcours")
    domaine = _text(_first(top, "libelDomain"))
    if domaine:
        formation.put("domaine", domaine, "programCode libelDomain")
    formation.absent("annee_universitaire", "choisit les textes applicables")
    ects = _ects(_first(_first(top, "qualification"), "credits"))
    if ects is not None:
        formation.put("ects", ects, "qualification/credits ECTScredits")
    else:
        formation.absent("ects")
    return formation


def _mention(full: str | None) -> tuple[str | None, str | None]:
    """`Licence professionnelle M, parcours P` → (M, P)."""
    if not full:
        return None, None
    pieces = _PARCOURS.split(without_lp_prefix(full), maxsplit=1)
    mention = pieces[0].strip(" ,") or None
    parcours = pieces[1].strip() if len(pieces) > 1 else ""
    return mention, parcours or None


def _semestres(offer: _Offer, top: Element, notes: list[str]) -> tuple[list[Bloc], list[float]]:
    weeks: list[float] = []
    blocs = []
    for program in _program_tree(offer, top):
        courses = offer.courses_of(program)
        if not courses:
            continue
        bloc = Bloc()
        label = _text(_first(program, "programName")) or ""
        found = _SEMESTRE.search(label)
        if found:
            bloc.put("numero", int(found.group(1)), f"programName « {label} »")
        else:
            bloc.put("numero", None, f"à renseigner : pas de numéro dans « {label} »")
        bloc.put("ues", [_element(offer, course, weeks, notes, depth=0) for course in courses])
        blocs.append(bloc)
    return blocs, weeks


def _program_tree(offer: _Offer, top: Element) -> Iterator[Element]:
    seen: set[int] = set()
    pending = [top]
    while pending:
        program = pending.pop(0)
        if id(program) in seen:
            continue
        seen.add(id(program))
        yield program
        pending.extend(offer.sub_programs(program))


def _element(
    offer: _Offer, course: Element, weeks: list[float], notes: list[str], depth: int
) -> Bloc:
    offer.budget.take()
    bloc = Bloc()
    code = (
        _text(_first(course, "courseCode")) or _text(_first(course, "courseID")) or course.get("id")
    )
    bloc.put(
        "code", code[:40] if code else None, "" if code else "à renseigner : pas de courseCode"
    )
    title = _text(_first(course, "courseName"))
    bloc.put("intitule", title, "" if title else "à renseigner : pas de courseName")
    credits = _first(course, "credits")
    ects = _ects(credits)
    if ects is not None:
        bloc.put("ects", ects, "credits ECTScredits")
    elif depth == 0:
        bloc.absent("ects")
    volumes = _volumes(credits, notes, f"course {code or '?'}")
    hours = Bloc(inline=True)
    for teaching, key in _HOURS.items():
        if volumes.get(teaching) is not None:
            hours.put(key, volumes[teaching])
    children = offer.courses_of(_first(course, "courseDescription")) if depth == 0 else []
    if volumes.get(_UNREAD):
        bloc.absent("heures", "un globalVolume sans type lisible : teachingtype absent ou inconnu")
    elif hours.has_values():
        bloc.put("heures", hours, "credits/globalVolume")
    elif not children:
        bloc.absent("heures", "pas de globalVolume CM, TD ou TP")
    for teaching in ("ProfessTraining", "all"):
        if volumes.get(teaching) is not None:
            bloc.note(
                f"globalVolume {teaching} = {volumes[teaching]:g} : sans équivalent dans le format"
            )
    nature = nature_from_title(title or "")
    if volumes.get("trainingWeeks") is not None:
        weeks.append(volumes["trainingWeeks"])
        bloc.put("nature", "stage", "globalVolume trainingWeeks")
    elif nature:
        bloc.put("nature", nature, f"déduite de l'intitulé « {title} »")
    if children:
        bloc.put("ecs", [_element(offer, child, weeks, notes, depth + 1) for child in children])
    return bloc


def _volumes(credits: Element | None, notes: list[str], where: str) -> dict[str, float]:
    """Volumes by `teachingtype`; one whose type cannot be read is left out, and said."""
    found: dict[str, float] = {}
    for volume in _direct(credits, "globalVolume") if credits is not None else []:
        value = number(volume.text)
        teaching = volume.get("teachingtype")
        if teaching not in _TEACHING_TYPES:
            notes.append(_unread_volume(volume, where))
            found[_UNREAD] = found.get(_UNREAD, 0.0) + 1
        elif value is not None and value >= 0 and not volume.get("minMax"):
            found[teaching] = found.get(teaching, 0.0) + value
    return found


def _unread_volume(volume: Element, where: str) -> str:
    attributes = " ".join(f'{local_name(k)[:40]}="{v[:40]}"' for k, v in volume.attrib.items())
    text = text_or_none(volume.text) or ""
    return (
        f"non repris : globalVolume {text[:40]} de {where} sans type lisible "
        f"({attributes or 'aucun attribut'} ; attendu teachingtype parmi "
        f"{', '.join(_TEACHING_TYPES)})"
    )


def _ects(credits: Element | None) -> float | None:
    value = number(credits.get("ECTScredits")) if credits is not None else None
    return value if value is not None and value >= 0 else None


def _all(root: Element, *names: str) -> list[Element]:
    return [element for element in root.iter() if local_name(element.tag) in names]


def _direct(element: Element | None, name: str) -> list[Element]:
    """Descendants named `name`, in document order, not looking inside nested programs or
    courses; iterative, so that a deeply nested document cannot exhaust the stack."""
    if element is None:
        return []
    found = []
    pending = list(reversed(element))
    while pending:
        child = pending.pop()
        kind = local_name(child.tag)
        if kind == name:
            found.append(child)
        elif kind not in ("program", "subProgram", "course"):
            pending.extend(reversed(child))
    return found


def _first(element: Element | None, name: str) -> Element | None:
    found = _direct(element, name)
    return found[0] if found else None


def _text(element: Element | None) -> str | None:
    return text_or_none(" ".join(element.itertext())) if element is not None else None


def _target(ref: Element) -> str:
    return ref.get("idRef") or ref.get("ref") or ""
