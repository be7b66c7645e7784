"""From the sheets of the template to a maquette: identity rows, then one row per UE or EC."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lp_lint.importers.common import SourceError
from lp_lint.importers.feuille import Sheet, Value, as_number, as_text
from lp_lint.importers.gabarit import COLONNES, IDENTITE, SHEET_MAQUETTE
from lp_lint.importers.writer import Absent, Bloc

NATURES = ("enseignement", "projet_tuteure", "stage", "memoire", "periode_entreprise", "autre")
CARACTERES = ("obligatoire", "optionnelle", "libre")
_TEXTES = ("mention", "parcours", "domaine", "etablissement", "composante", "annee_universitaire")
_NOMBRES = ("ects", "ects_acquis_entree")
_HOURS = ("cm", "td", "tp", "projet")
_GROUP = re.compile(r"^\s*(?:(?P<code>[^:]*?)\s*:)?\s*(?P<nombre>\d+)\s+parmi\b", re.IGNORECASE)
"""`G1 : 1 parmi 2`, or `1 parmi 2` without a name: the name and how many a student takes."""


def key(text: Value) -> str:
    """`Intitulé ` → `intitule`: headers and words compared without case, accents or spaces."""
    flat = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return "_".join(flat.casefold().replace("'", " ").split())


@dataclass
class _Groupe:
    """The rows of one `groupe` value among the UEs of a semester, or the ECs of a UE."""

    text: str
    ref: str
    codes: list[str] = field(default_factory=list)
    unnamed: int = 0
    """Rows without a code: a choice cannot list them."""


Groupes = dict[str, _Groupe]


@dataclass
class _Semestre:
    numero: int | None
    ref: str
    ues: list[Bloc] = field(default_factory=list)
    groupes: Groupes = field(default_factory=dict)


def build_maquette(identite: Sheet | None, maquette: Sheet, notes: list[str]) -> Bloc:
    values = _identity(identite, notes)
    root = Bloc().put("version", 1)
    root.put("formation", _formation(values))
    semestres, natures = _rows(maquette, notes)
    root.put("semestres", semestres)
    stage = Bloc()
    _number(stage, "semaines", values.get("stage_semaines"))
    if stage.has_values() or "stage" in natures:
        root.put("stage", stage)
    projet = Bloc()
    _number(projet, "heures", values.get("projet_tuteure_heures"))
    if projet.has_values():
        root.put("projet_tuteure", projet)
    equipe = Bloc()
    _number(equipe, "heures_professionnels", values.get("heures_professionnels"))
    if equipe.has_values():
        root.put("equipe", equipe)
    return root


Cell = tuple[Value, str]
"""A cell's value and its name."""


def _identity(sheet: Sheet | None, notes: list[str]) -> dict[str, Cell]:
    known = {name for name, _ in IDENTITE}
    values: dict[str, Cell] = {}
    for row in range(len(sheet.rows) if sheet else 0):
        assert sheet is not None
        name = key(sheet.cell(row, 0))
        if not name or name in ("champ", "valeur"):
            continue
        if name not in known:
            notes.append(f"champ inconnu « {sheet.cell(row, 0)} » ignoré ({sheet.ref(row, 0)})")
            continue
        if (row, 1) in sheet.uncomputed:
            notes.append(
                f"{name} à renseigner : formule sans valeur calculée en {sheet.ref(row, 1)}"
            )
        elif sheet.cell(row, 1) is not None:
            values[name] = (sheet.cell(row, 1), sheet.ref(row, 1))
    return values


def _formation(values: dict[str, Cell]) -> Bloc:
    formation = Bloc()
    for name in _TEXTES:
        cell = values.get(name)
        text = as_text(cell[0]) if cell else None
        if cell and text:
            formation.put(name, text, cell[1])
        elif name == "mention":
            formation.put(name, None, "à renseigner : obligatoire")
        else:
            formation.absent(name)
    for name in _NOMBRES:
        _number(formation, name, values.get(name))
    cell = values.get("duree_annees")
    years = as_number(cell[0]) if cell else None
    if cell and years is not None and years.is_integer():
        formation.put("duree_annees", int(years), cell[1])
    else:
        formation.absent("duree_annees")
    return formation


def _number(bloc: Bloc, name: str, cell: Cell | None) -> None:
    value = as_number(cell[0]) if cell else None
    if cell and value is not None:
        bloc.put(name, value, cell[1])
    elif cell:
        bloc.absent(name, f"« {cell[0]} » en {cell[1]} n'est pas un nombre")
    else:
        bloc.absent(name)


def _rows(sheet: Sheet, notes: list[str]) -> tuple[list[Bloc], set[str]]:
    columns = _columns(sheet)
    semestres: list[_Semestre] = []
    natures: set[str] = set()
    ue: Bloc | None = None
    ecs: list[Bloc] = []
    ue_groupes: Groupes = {}
    for row in range(1, len(sheet.rows)):
        line = _Row(sheet, row, columns, notes)
        if line.empty():
            continue
        if line.value("type") is None and line.value("code") is None:
            notes.append(
                f"ligne {sheet.first_row + row} ignorée : ni type ni code (un total, une remarque ?)"
            )
            continue
        kind = key(line.value("type")) or ("ue" if line.value("semestre") is not None else "ec")
        if kind == "ue":
            if ue is not None:
                _put_choix(ue, ue_groupes, notes)
            ue, ecs, ue_groupes = line.ue(), [], {}
            semestre = _semestre_for(line, semestres)
            semestre.ues.append(ue)
            line.join_group(semestre.groupes)
        elif ue is None:
            notes.append(f"ligne {sheet.ref(row, 0)} ignorée : un EC sans UE au-dessus")
            continue
        else:
            if not ecs:
                _hours_are_the_ecs(ue)
                ue.put("ecs", ecs)
            ecs.append(line.ec())
            line.join_group(ue_groupes)
        natures.add(key(line.value("nature")))
    if ue is not None:
        _put_choix(ue, ue_groupes, notes)
    return [_semestre_bloc(s, notes) for s in semestres], natures


def _put_choix(bloc: Bloc, groupes: Groupes, notes: list[str]) -> None:
    """The `groupe` column as the format's choices: `{code, parmi, nombre}` per group."""
    choix = [c for c in (_choix(g, notes) for g in groupes.values()) if c is not None]
    if choix:
        bloc.put("choix", choix)


def _choix(groupe: _Groupe, notes: list[str]) -> Bloc | None:
    if groupe.unnamed or len(groupe.codes) < 2:
        why = "une ligne sans code" if groupe.unnamed else "un seul élément"
        notes.append(f"groupe de choix « {groupe.text} » ({groupe.ref}) non écrit : {why}")
        return None
    bloc = Bloc()
    match = _GROUP.match(groupe.text)
    name = match.group("code") if match else groupe.text
    if name:
        bloc.put("code", name[:40], groupe.ref)
    bloc.put("parmi", groupe.codes)
    if match:
        bloc.put("nombre", int(match.group("nombre")), f"« {groupe.text} », {groupe.ref}")
    else:  # the format's default (1) would be a guess: left for the author
        bloc.put(
            "nombre", None, f"à renseigner : « {groupe.text} » ({groupe.ref}) ne dit pas combien"
        )
    return bloc


def _hours_are_the_ecs(ue: Bloc) -> None:
    """A UE with ECs has its hours in them: its own empty hour cells ask for nothing."""
    ue.lines = [
        line
        for line in ue.lines
        if not (isinstance(line, Absent) and line.key in ("heures", "heures_professionnels"))
    ]


def _semestre_for(line: _Row, semestres: list[_Semestre]) -> _Semestre:
    value = as_number(line.value("semestre"))
    numero = int(value) if value is not None and value.is_integer() else None
    if numero is None and semestres:
        return semestres[-1]
    for semestre in semestres:
        if semestre.numero == numero and numero is not None:
            return semestre
    semestres.append(_Semestre(numero, line.ref("semestre")))
    return semestres[-1]


def _semestre_bloc(semestre: _Semestre, notes: list[str]) -> Bloc:
    bloc = Bloc()
    if semestre.numero is None:
        bloc.put("numero", None, f"à renseigner : {semestre.ref} vide")
    else:
        bloc.put("numero", semestre.numero, semestre.ref)
    bloc.put("ues", semestre.ues)
    _put_choix(bloc, semestre.groupes, notes)
    return bloc


def _columns(sheet: Sheet) -> dict[str, int]:
    found = {key(sheet.cell(0, c)): c for c in range(len(sheet.rows[0]) if sheet.rows else 0)}
    for needed in ("type", "code", "intitule"):
        if needed not in found:
            raise SourceError("header_missing", column=needed, sheet=sheet.label or SHEET_MAQUETTE)
    return {name: found[name] for name, _ in COLONNES if name in found}


@dataclass
class _Row:
    sheet: Sheet
    row: int
    columns: dict[str, int]
    notes: list[str]

    def value(self, name: str) -> Value:
        column = self.columns.get(name)
        return None if column is None else self.sheet.cell(self.row, column)

    def ref(self, name: str) -> str:
        return self.sheet.ref(self.row, self.columns.get(name, 0))

    def empty(self) -> bool:
        return all(self.sheet.cell(self.row, c) is None for c in self.columns.values())

    def ue(self) -> Bloc:
        bloc = self._common()
        caractere = key(self.value("caractere"))
        if caractere:
            bloc.put("caractere", caractere, self.ref("caractere"))
        return bloc

    def join_group(self, groupes: Groupes) -> None:
        """Count this row in its `groupe`, if it names one."""
        text = as_text(self.value("groupe"))
        if not text:
            return
        groupe = groupes.setdefault(key(text), _Groupe(text, self.ref("groupe")))
        code = as_text(self.value("code"))
        if code:
            groupe.codes.append(code[:40])
        else:
            groupe.unnamed += 1

    def ec(self) -> Bloc:
        bloc = self._common(optional=("ects", "coefficient"))
        caractere = as_text(self.value("caractere"))
        if caractere:
            bloc.note(
                f"caractère « {caractere} » ({self.ref('caractere')}) : pas de caractère pour un EC dans le format"
            )
        return bloc

    def _common(self, optional: tuple[str, ...] = ()) -> Bloc:
        bloc = Bloc()
        for name in ("code", "intitule"):
            text = as_text(self.value(name))
            if text:
                bloc.put(name, text[:40] if name == "code" else text, self.ref(name))
            else:
                bloc.put(name, None, f"à renseigner : {self.ref(name)} vide")
        for name in ("ects", "coefficient"):
            if self._unknown_formula(bloc, name, [name]):
                continue
            if self.value(name) is not None or name not in optional:
                _number(bloc, name, self._cell(name))
        if not self._unknown_formula(bloc, "heures", list(_HOURS)):
            self._hours(bloc)
        if not self._unknown_formula(bloc, "heures_professionnels", ["heures_professionnels"]):
            _number(bloc, "heures_professionnels", self._cell("heures_professionnels"))
        nature = key(self.value("nature"))
        if nature:
            bloc.put("nature", nature, self.ref("nature"))
        return bloc

    def _unknown_formula(self, bloc: Bloc, key: str, names: list[str]) -> bool:
        """A formula saved without its value makes `key` unknown: said, never read as 0."""
        cells = [
            self.ref(name)
            for name in names
            if name in self.columns and (self.row, self.columns[name]) in self.sheet.uncomputed
        ]
        if not cells:
            return False
        why = f"formule sans valeur calculée en {', '.join(cells)}"
        bloc.absent(key, why)
        self.notes.append(f"{key} à renseigner : {why} (le tableur ne l'a pas enregistrée)")
        return True

    def _cell(self, name: str) -> Cell | None:
        value = self.value(name)
        return None if value is None else (value, self.ref(name))

    def _hours(self, bloc: Bloc) -> None:
        """All hour cells empty: unknown. Beside a filled one, an empty one is 0 (as in the format)."""
        present = [name for name in _HOURS if name in self.columns]
        filled = {name: as_number(self.value(name)) for name in present}
        if not any(self.value(name) is not None for name in present):
            bloc.absent("heures")
            return
        bad = [name for name in present if self.value(name) is not None and filled[name] is None]
        span = self.sheet.ref(self.row, self.columns[present[0]], self.columns[present[-1]])
        if bad:
            bloc.absent("heures", f"{', '.join(bad)} en {span} : pas un nombre")
            return
        volume = Bloc(inline=True)  # an hour type left out of the table counts 0, as typed
        for name in present:
            if self.value(name) is not None:
                volume.put(name, filled[name])
        bloc.put("heures", volume, span)
