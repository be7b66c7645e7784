"""The maquette format as plain classes, and the validator that builds them: GENERATED.

Written by `python -m lp_lint.docgen` from the pydantic models (lp_lint/model/codegen.py says
how); do not edit. A file this validator cannot vouch for goes to pydantic (see record_base).
"""

# ruff: noqa: E501
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from lp_lint.model import record_base as _r
from lp_lint.model.invariants import (
    choice_count_error,
    choice_members_error,
    split_stage_error,
)

_new = object.__new__


_K0 = frozenset(['debut', 'fin'])
_K1 = re.compile('(19|20)[0-9]{2}-(19|20)[0-9]{2}')
_K3: dict[str, object] = {}
_K4 = frozenset(['fiche', 'niveau'])
_K6: dict[str, object] = {'fiche': None, 'niveau': None}
_K7 = frozenset(['diplome', 'domaine', 'mention', 'parcours', 'etablissement', 'composante', 'annee_universitaire', 'accreditation', 'regime', 'ects', 'ects_acquis_entree', 'duree_annees', 'publics', 'rncp', 'supplement_au_diplome'])
_K8 = frozenset(['licence_professionnelle', 'but', 'licence', 'master', 'autre'])
_K9 = frozenset(['lp-1999', 'lp-2019'])
_K10 = frozenset(['formation_initiale', 'alternance', 'formation_continue'])
_K12 = frozenset(['mention'])
_K13: dict[str, object] = {'diplome': 'licence_professionnelle', 'domaine': None, 'parcours': None, 'etablissement': None, 'composante': None, 'annee_universitaire': None, 'accreditation': None, 'regime': None, 'ects': None, 'ects_acquis_entree': None, 'duree_annees': None, 'rncp': None, 'supplement_au_diplome': None}
_K14 = frozenset(['cm', 'td', 'tp', 'ci', 'total', 'projet', 'distanciel', 'travail_personnel'])
_K16: dict[str, object] = {'cm': None, 'td': None, 'tp': None, 'ci': None, 'total': None, 'projet': None, 'distanciel': None, 'travail_personnel': None}
_K17 = frozenset(['code', 'intitule', 'ects', 'coefficient', 'heures', 'heures_professionnels', 'memoire', 'soutenance', 'themes', 'nature'])
_K18 = frozenset(['langue_etrangere', 'expression_communication', 'informatique', 'connaissance_entreprise'])
_K19 = frozenset(['enseignement', 'projet_tuteure', 'stage', 'memoire', 'periode_entreprise', 'mise_en_situation', 'autre'])
_K21 = frozenset(['code', 'intitule'])
_K22: dict[str, object] = {'ects': None, 'coefficient': None, 'heures': None, 'heures_professionnels': None, 'memoire': None, 'soutenance': None, 'nature': 'enseignement'}
_K23 = frozenset(['code', 'intitule', 'parmi', 'nombre'])
_K25 = frozenset(['parmi'])
_K26: dict[str, object] = {'code': None, 'intitule': None, 'nombre': 1}
_K27 = frozenset(['code', 'intitule', 'ects', 'coefficient', 'heures', 'heures_professionnels', 'memoire', 'soutenance', 'themes', 'nature', 'caractere', 'ecs', 'choix'])
_K28 = frozenset(['obligatoire', 'optionnelle', 'libre'])
_K30: dict[str, object] = {'ects': None, 'coefficient': None, 'heures': None, 'heures_professionnels': None, 'memoire': None, 'soutenance': None, 'nature': None, 'caractere': None}
_K31 = frozenset(['numero', 'intitule', 'ues', 'choix'])
_K33 = frozenset(['numero'])
_K34: dict[str, object] = {'intitule': None}
_K35 = frozenset(['semaines', 'heures', 'jours_par_semaine', 'sur_semaines', 'heures_par_semaine', 'memoire', 'soutenance', 'evaluation', 'tuteur_academique', 'meme_organisme', 'gratification'])
_K36 = frozenset(['rapport', 'soutenance', 'appreciation_tuteur', 'memoire'])
_K38: dict[str, object] = {'semaines': None, 'heures': None, 'jours_par_semaine': None, 'sur_semaines': None, 'heures_par_semaine': 35, 'memoire': None, 'soutenance': None, 'tuteur_academique': None, 'meme_organisme': None, 'gratification': None}
_K39 = frozenset(['heures', 'part_en_entreprise', 'memoire', 'soutenance', 'modalites_suivi', 'modalites_evaluation'])
_K41: dict[str, object] = {'heures': None, 'part_en_entreprise': None, 'memoire': None, 'soutenance': None, 'modalites_suivi': None, 'modalites_evaluation': None}
_K42 = frozenset(['reference', 'part_max'])
_K44 = frozenset(['reference'])
_K45: dict[str, object] = {'part_max': None}
_K46 = frozenset(['type', 'duree_mois', 'heures_travail_hebdo', 'duree_heures', 'heures_formation', 'accord_de_branche', 'aucun_accord', 'regle_certificateur'])
_K47 = frozenset(['professionnalisation', 'apprentissage'])
_K49 = frozenset(['type'])
_K50: dict[str, object] = {'duree_mois': None, 'heures_travail_hebdo': None, 'duree_heures': None, 'heures_formation': None, 'accord_de_branche': None, 'aucun_accord': None, 'regle_certificateur': None}
_K51 = frozenset(['rythme', 'contrats'])
_K53: dict[str, object] = {'rythme': None}
_K54 = frozenset(['heures_professionnels'])
_K56: dict[str, object] = {'heures_professionnels': None}
_K57 = frozenset(['entre_ec', 'entre_ue'])
_K59: dict[str, object] = {'entre_ec': None, 'entre_ue': None}
_K60 = frozenset(['moyenne_generale_min', 'moyenne_projet_stage_min'])
_K62: dict[str, object] = {'moyenne_generale_min': None, 'moyenne_projet_stage_min': None}
_K63 = frozenset(['date', 'ue', 'type'])
_K64 = frozenset(['controle_continu', 'examen_terminal', 'soutenance', 'autre'])
_K66 = frozenset(['date'])
_K67: dict[str, object] = {'ue': None, 'type': None}
_K68 = frozenset(['compensation', 'notes_eliminatoires', 'seuil_eliminatoire', 'seconde_session', 'conditions_delivrance', 'conservation_ue_min', 'capitalisation_ue_min', 'date_adoption', 'calendrier'])
_K70: dict[str, object] = {'compensation': None, 'notes_eliminatoires': None, 'seuil_eliminatoire': None, 'seconde_session': None, 'conditions_delivrance': None, 'conservation_ue_min': None, 'capitalisation_ue_min': None, 'date_adoption': None}
_K71 = frozenset(['membres', 'professionnels'])
_K73: dict[str, object] = {'membres': None, 'professionnels': None}
_K74 = frozenset(['enseignants_chercheurs', 'enseignants', 'biatss', 'etudiants', 'professionnels'])
_K76: dict[str, object] = {'enseignants_chercheurs': None, 'enseignants': None, 'biatss': None, 'etudiants': None, 'professionnels': None}
_K77 = frozenset(['membres', 'reunions_par_an', 'bilan_stages'])
_K79: dict[str, object] = {'membres': None, 'reunions_par_an': None, 'bilan_stages': None}
_K80 = frozenset(['enquetes_mois', 'taux_reponse'])
_K82: dict[str, object] = {'taux_reponse': None}
_K83 = frozenset(['objectif', 'mesure', 'taux_observe'])
_K84 = frozenset(['annuelle', 'pluriannuelle', 'aucune'])
_K86: dict[str, object] = {'objectif': None, 'mesure': None, 'taux_observe': None}
_K87 = frozenset(['conseil_perfectionnement', 'evaluation_enseignements', 'suivi_diplomes', 'insertion', 'contrat_pedagogique', 'passerelles'])
_K89: dict[str, object] = {'conseil_perfectionnement': None, 'evaluation_enseignements': None, 'suivi_diplomes': None, 'insertion': None, 'contrat_pedagogique': None, 'passerelles': None}
_K90 = frozenset(['code', 'intitule', 'competences', 'ues'])
_K92 = frozenset(['blocs'])
_K94 = frozenset(['regle', 'motif', 'instance', 'autorite', 'date_decision', 'date_fin', 'portee'])
_K95 = frozenset(['etablissement', 'recteur', 'ministre'])
_K97 = frozenset(['regle', 'motif', 'instance', 'date_decision'])
_K98: dict[str, object] = {'autorite': 'etablissement', 'date_fin': None, 'portee': None}
_K99 = frozenset(['version', 'formation', 'semestres', 'stage', 'projet_tuteure', 'alternance', 'equipe', 'modalites_controle', 'jury', 'pilotage', 'competences', 'derogations'])
_K100 = frozenset([1])
_K102 = frozenset(['version', 'formation'])
_K103: dict[str, object] = {'stage': None, 'projet_tuteure': None, 'alternance': None, 'equipe': None, 'modalites_controle': None, 'jury': None, 'pilotage': None, 'competences': None}


class Periode(_r.Record):
    "Période d'accréditation, en années universitaires."

    _fields: ClassVar[tuple[str, ...]] = ('debut', 'fin')
    debut: str
    fin: str


class Rncp(_r.Record):
    'Fiche du Répertoire national des certifications professionnelles.'

    _fields: ClassVar[tuple[str, ...]] = ('fiche', 'niveau')
    fiche: str | None
    niveau: int | None


class Formation(_r.Record):
    'Identité de la formation ; son année universitaire choisit les textes applicables.'

    _fields: ClassVar[tuple[str, ...]] = ('diplome', 'domaine', 'mention', 'parcours', 'etablissement', 'composante', 'annee_universitaire', 'accreditation', 'regime', 'ects', 'ects_acquis_entree', 'duree_annees', 'publics', 'rncp', 'supplement_au_diplome')
    diplome: Literal['licence_professionnelle', 'but', 'licence', 'master', 'autre']
    domaine: str | None
    mention: str
    parcours: str | None
    etablissement: str | None
    composante: str | None
    annee_universitaire: str | None
    accreditation: Periode | None
    regime: Literal['lp-1999', 'lp-2019'] | None
    ects: float | None
    ects_acquis_entree: float | None
    duree_annees: int | None
    publics: list[Literal['formation_initiale', 'alternance', 'formation_continue']]
    rncp: Rncp | None
    supplement_au_diplome: bool | None


class VolumeHoraire(_r.Record):
    "Heures étudiant par type ; un type absent d'un tableau renseigné vaut 0."

    _fields: ClassVar[tuple[str, ...]] = ('cm', 'td', 'tp', 'ci', 'total', 'projet', 'distanciel', 'travail_personnel')
    cm: float | None
    td: float | None
    tp: float | None
    ci: float | None
    total: float | None
    projet: float | None
    distanciel: float | None
    travail_personnel: float | None


class _Enseignement(_r.Record):
    _fields: ClassVar[tuple[str, ...]] = ('code', 'intitule', 'ects', 'coefficient', 'heures', 'heures_professionnels', 'memoire', 'soutenance', 'themes')
    code: str
    intitule: str
    ects: float | None
    coefficient: float | None
    heures: VolumeHoraire | None
    heures_professionnels: float | None
    memoire: bool | None
    soutenance: bool | None
    themes: list[Literal['langue_etrangere', 'expression_communication', 'informatique', 'connaissance_entreprise']]


class EC(_Enseignement):
    "Élément constitutif : un enseignement à l'intérieur d'une UE."

    _fields: ClassVar[tuple[str, ...]] = ('code', 'intitule', 'ects', 'coefficient', 'heures', 'heures_professionnels', 'memoire', 'soutenance', 'themes', 'nature')
    nature: Literal['enseignement', 'projet_tuteure', 'stage', 'memoire', 'periode_entreprise', 'mise_en_situation', 'autre']


class Choix(_r.Record):
    "Un choix offert à l'étudiant : il suit `nombre` des UE (ou des EC) listées dans `parmi`."

    _fields: ClassVar[tuple[str, ...]] = ('code', 'intitule', 'parmi', 'nombre')
    code: str | None
    intitule: str | None
    parmi: list[str]
    nombre: int


class UE(_Enseignement):
    "Unité d'enseignement : porte des ECTS et un coefficient ; contient des EC, ou se suffit."

    _fields: ClassVar[tuple[str, ...]] = ('code', 'intitule', 'ects', 'coefficient', 'heures', 'heures_professionnels', 'memoire', 'soutenance', 'themes', 'nature', 'caractere', 'ecs', 'choix')
    nature: Literal['enseignement', 'projet_tuteure', 'stage', 'memoire', 'periode_entreprise', 'mise_en_situation', 'autre'] | None
    caractere: Literal['obligatoire', 'optionnelle', 'libre'] | None
    ecs: list[EC]
    choix: list[Choix]

    def natures(self) -> set[str]:
        """The natures this UE holds: its ECs' if it has any, else its own (default teaching)."""
        if self.ecs:
            found = {ec.nature for ec in self.ecs}
            return found | ({self.nature} if self.nature else set())
        return {self.nature or "enseignement"}


    def elements(self) -> list[_Enseignement]:
        """What carries the hours: the ECs, or the UE itself when it has none."""
        return list(self.ecs) if self.ecs else [self]


class Semestre(_r.Record):
    'Un semestre et ses UE.'

    _fields: ClassVar[tuple[str, ...]] = ('numero', 'intitule', 'ues', 'choix')
    numero: int
    intitule: str | None
    ues: list[UE]
    choix: list[Choix]


class Stage(_r.Record):
    "Le stage : sa durée (de l'une des trois façons), son suivi et son évaluation."

    _fields: ClassVar[tuple[str, ...]] = ('semaines', 'heures', 'jours_par_semaine', 'sur_semaines', 'heures_par_semaine', 'memoire', 'soutenance', 'evaluation', 'tuteur_academique', 'meme_organisme', 'gratification')
    semaines: float | None
    heures: float | None
    jours_par_semaine: float | None
    sur_semaines: float | None
    heures_par_semaine: float
    memoire: bool | None
    soutenance: bool | None
    evaluation: list[Literal['rapport', 'soutenance', 'appreciation_tuteur', 'memoire']]
    tuteur_academique: bool | None
    meme_organisme: bool | None
    gratification: bool | None


class ProjetTuteure(_r.Record):
    'Le projet tuteuré : volume, part en entreprise, suivi et évaluation.'

    _fields: ClassVar[tuple[str, ...]] = ('heures', 'part_en_entreprise', 'memoire', 'soutenance', 'modalites_suivi', 'modalites_evaluation')
    heures: float | None
    part_en_entreprise: float | None
    memoire: bool | None
    soutenance: bool | None
    modalites_suivi: str | None
    modalites_evaluation: str | None


class AccordBranche(_r.Record):
    'Accord de branche déclaré pour un contrat de professionnalisation.'

    _fields: ClassVar[tuple[str, ...]] = ('reference', 'part_max')
    reference: str
    part_max: float | None


class Contrat(_r.Record):
    "Un contrat d'alternance type proposé aux étudiants."

    _fields: ClassVar[tuple[str, ...]] = ('type', 'duree_mois', 'heures_travail_hebdo', 'duree_heures', 'heures_formation', 'accord_de_branche', 'aucun_accord', 'regle_certificateur')
    type: Literal['professionnalisation', 'apprentissage']
    duree_mois: float | None
    heures_travail_hebdo: float | None
    duree_heures: float | None
    heures_formation: float | None
    accord_de_branche: AccordBranche | None
    aucun_accord: bool | None
    regle_certificateur: str | None


class Alternance(_r.Record):
    "L'alternance : rythme et contrats proposés."

    _fields: ClassVar[tuple[str, ...]] = ('rythme', 'contrats')
    rythme: str | None
    contrats: list[Contrat]


class Equipe(_r.Record):
    "L'équipe pédagogique, pour la part des professionnels."

    _fields: ClassVar[tuple[str, ...]] = ('heures_professionnels',)
    heures_professionnels: float | None


class Compensation(_r.Record):
    'Compensation entre notes.'

    _fields: ClassVar[tuple[str, ...]] = ('entre_ec', 'entre_ue')
    entre_ec: bool | None
    entre_ue: bool | None


class ConditionsDelivrance(_r.Record):
    'Conditions de délivrance du diplôme.'

    _fields: ClassVar[tuple[str, ...]] = ('moyenne_generale_min', 'moyenne_projet_stage_min')
    moyenne_generale_min: float | None
    moyenne_projet_stage_min: float | None


class Epreuve(_r.Record):
    'Une épreuve du calendrier des examens.'

    _fields: ClassVar[tuple[str, ...]] = ('date', 'ue', 'type')
    date: dt.date
    ue: str | None
    type: Literal['controle_continu', 'examen_terminal', 'soutenance', 'autre'] | None


class ModalitesControle(_r.Record):
    'Modalités de contrôle des connaissances (MCC).'

    _fields: ClassVar[tuple[str, ...]] = ('compensation', 'notes_eliminatoires', 'seuil_eliminatoire', 'seconde_session', 'conditions_delivrance', 'conservation_ue_min', 'capitalisation_ue_min', 'date_adoption', 'calendrier')
    compensation: Compensation | None
    notes_eliminatoires: bool | None
    seuil_eliminatoire: float | None
    seconde_session: bool | None
    conditions_delivrance: ConditionsDelivrance | None
    conservation_ue_min: float | None
    capitalisation_ue_min: float | None
    date_adoption: dt.date | None
    calendrier: list[Epreuve]


class Jury(_r.Record):
    'Composition du jury de délivrance du diplôme.'

    _fields: ClassVar[tuple[str, ...]] = ('membres', 'professionnels')
    membres: int | None
    professionnels: int | None


class MembresConseil(_r.Record):
    'Membres du conseil de perfectionnement par catégorie.'

    _fields: ClassVar[tuple[str, ...]] = ('enseignants_chercheurs', 'enseignants', 'biatss', 'etudiants', 'professionnels')
    enseignants_chercheurs: int | None
    enseignants: int | None
    biatss: int | None
    etudiants: int | None
    professionnels: int | None


class ConseilPerfectionnement(_r.Record):
    'Conseil de perfectionnement de la formation.'

    _fields: ClassVar[tuple[str, ...]] = ('membres', 'reunions_par_an', 'bilan_stages')
    membres: MembresConseil | None
    reunions_par_an: float | None
    bilan_stages: bool | None


class SuiviDiplomes(_r.Record):
    'Enquêtes de suivi des diplômés.'

    _fields: ClassVar[tuple[str, ...]] = ('enquetes_mois', 'taux_reponse')
    enquetes_mois: list[int]
    taux_reponse: float | None


class Insertion(_r.Record):
    'Insertion professionnelle des diplômés.'

    _fields: ClassVar[tuple[str, ...]] = ('objectif', 'mesure', 'taux_observe')
    objectif: float | None
    mesure: Literal['annuelle', 'pluriannuelle', 'aucune'] | None
    taux_observe: float | None


class Pilotage(_r.Record):
    'Pilotage : conseil de perfectionnement, évaluation des enseignements, suivi des diplômés.'

    _fields: ClassVar[tuple[str, ...]] = ('conseil_perfectionnement', 'evaluation_enseignements', 'suivi_diplomes', 'insertion', 'contrat_pedagogique', 'passerelles')
    conseil_perfectionnement: ConseilPerfectionnement | None
    evaluation_enseignements: bool | None
    suivi_diplomes: SuiviDiplomes | None
    insertion: Insertion | None
    contrat_pedagogique: bool | None
    passerelles: bool | None


class Bloc(_r.Record):
    'Un bloc de compétences.'

    _fields: ClassVar[tuple[str, ...]] = ('code', 'intitule', 'competences', 'ues')
    code: str
    intitule: str
    competences: list[str]
    ues: list[str]


class Competences(_r.Record):
    'Blocs de compétences de la fiche RNCP et UE qui les composent.'

    _fields: ClassVar[tuple[str, ...]] = ('blocs',)
    blocs: list[Bloc]


class Derogation(_r.Record):
    "Dérogation accordée par l'établissement à une règle."

    _fields: ClassVar[tuple[str, ...]] = ('regle', 'motif', 'instance', 'autorite', 'date_decision', 'date_fin', 'portee')
    regle: str
    motif: str
    instance: str
    autorite: Literal['etablissement', 'recteur', 'ministre']
    date_decision: dt.date
    date_fin: dt.date | None
    portee: str | None


class Maquette(_r.Record):
    "Maquette de licence professionnelle : un parcours, pour une année ou une période d'accréditation."

    _fields: ClassVar[tuple[str, ...]] = ('version', 'formation', 'semestres', 'stage', 'projet_tuteure', 'alternance', 'equipe', 'modalites_controle', 'jury', 'pilotage', 'competences', 'derogations')
    version: Literal[1]
    formation: Formation
    semestres: list[Semestre]
    stage: Stage | None
    projet_tuteure: ProjetTuteure | None
    alternance: Alternance | None
    equipe: Equipe | None
    modalites_controle: ModalitesControle | None
    jury: Jury | None
    pilotage: Pilotage | None
    competences: Competences | None
    derogations: list[Derogation]

    def iter_ues(self) -> Iterator[tuple[int, int, UE]]:
        """(semester index, UE index, UE) in document order."""
        for s_index, semestre in enumerate(self.semestres):
            for u_index, ue in enumerate(semestre.ues):
                yield s_index, u_index, ue


def _c0(v: object) -> str:
    return v if type(v) is str and 0 <= len(v) and (v.isascii() or _r.encodable(v)) and _K1.fullmatch(v) is not None else _r.defer()


def _c1(v: object) -> str | None:
    return None if v is None else v if type(v) is str and 1 <= len(v) <= 40 and (v.isascii() or _r.encodable(v)) else _r.defer()


def _c2(v: object) -> int | None:
    return None if v is None else v if type(v) is int and 1 <= v <= 8 else _r.defer()


def _c3(v: object) -> Literal['licence_professionnelle', 'but', 'licence', 'master', 'autre']:
    return _r.word(v, _K8)  # type: ignore[no-any-return]


def _c4(v: object) -> str | None:
    return None if v is None else v if type(v) is str and 1 <= len(v) <= 2000 and (v.isascii() or _r.encodable(v)) else _r.defer()


def _c5(v: object) -> str:
    return v if type(v) is str and 1 <= len(v) <= 2000 and (v.isascii() or _r.encodable(v)) else _r.defer()


def _c6(v: object) -> str | None:
    return None if v is None else v if type(v) is str and 0 <= len(v) and (v.isascii() or _r.encodable(v)) and _K1.fullmatch(v) is not None else _r.defer()


def _c7(v: object) -> Periode | None:
    return None if v is None else _build_Periode(v)


def _c8(v: object) -> Literal['lp-1999', 'lp-2019'] | None:
    return None if v is None else _r.word(v, _K9)


def _c9(v: object) -> float | None:
    return None if v is None else float(v) if type(v) is int and 0 <= v <= 300 else v if type(v) is float and 0 <= v <= 300 else _r.defer()


def _c10(v: object) -> int | None:
    return None if v is None else v if type(v) is int and 1 <= v <= 3 else _r.defer()


def _c11(v: object) -> Literal['formation_initiale', 'alternance', 'formation_continue']:
    return _r.word(v, _K10)  # type: ignore[no-any-return]


def _c12(v: object) -> list[Literal['formation_initiale', 'alternance', 'formation_continue']]:
    return [_c11(x) for x in _r.items(v, 0, None)]


def _c13(v: object) -> Rncp | None:
    return None if v is None else _build_Rncp(v)


def _c14(v: object) -> bool | None:
    return None if v is None else v if type(v) is bool else _r.defer()


def _c15(v: object) -> float | None:
    return None if v is None else float(v) if type(v) is int and 0 <= v <= 10000 else v if type(v) is float and 0 <= v <= 10000 else _r.defer()


def _c16(v: object) -> str:
    return v if type(v) is str and 1 <= len(v) <= 40 and (v.isascii() or _r.encodable(v)) else _r.defer()


def _c17(v: object) -> float | None:
    return None if v is None else float(v) if type(v) is int and 0 < v <= 100 else v if type(v) is float and 0 < v <= 100 else _r.defer()


def _c18(v: object) -> VolumeHoraire | None:
    return None if v is None else _build_VolumeHoraire(v)


def _c19(v: object) -> Literal['langue_etrangere', 'expression_communication', 'informatique', 'connaissance_entreprise']:
    return _r.word(v, _K18)  # type: ignore[no-any-return]


def _c20(v: object) -> list[Literal['langue_etrangere', 'expression_communication', 'informatique', 'connaissance_entreprise']]:
    return [_c19(x) for x in _r.items(v, 0, None)]


def _c21(v: object) -> Literal['enseignement', 'projet_tuteure', 'stage', 'memoire', 'periode_entreprise', 'mise_en_situation', 'autre']:
    return _r.word(v, _K19)  # type: ignore[no-any-return]


def _c22(v: object) -> list[str]:
    return [_c16(x) for x in _r.items(v, 2, 20)]


def _c23(v: object) -> int:
    return v if type(v) is int and 1 <= v <= 20 else _r.defer()


def _c24(v: object) -> Literal['enseignement', 'projet_tuteure', 'stage', 'memoire', 'periode_entreprise', 'mise_en_situation', 'autre'] | None:
    return None if v is None else _r.word(v, _K19)


def _c25(v: object) -> Literal['obligatoire', 'optionnelle', 'libre'] | None:
    return None if v is None else _r.word(v, _K28)


def _c26(v: object) -> EC:
    return _build_EC(v)


def _c27(v: object) -> list[EC]:
    return [_c26(x) for x in _r.items(v, 0, None)]


def _c28(v: object) -> Choix:
    return _build_Choix(v)


def _c29(v: object) -> list[Choix]:
    return [_c28(x) for x in _r.items(v, 0, None)]


def _c30(v: object) -> int:
    return v if type(v) is int and 1 <= v <= 12 else _r.defer()


def _c31(v: object) -> UE:
    return _build_UE(v)


def _c32(v: object) -> list[UE]:
    return [_c31(x) for x in _r.items(v, 0, None)]


def _c33(v: object) -> float | None:
    return None if v is None else float(v) if type(v) is int and 0 <= v <= 160 else v if type(v) is float and 0 <= v <= 160 else _r.defer()


def _c34(v: object) -> float | None:
    return None if v is None else float(v) if type(v) is int and 0 < v <= 7 else v if type(v) is float and 0 < v <= 7 else _r.defer()


def _c35(v: object) -> float:
    return float(v) if type(v) is int and 0 < v <= 60 else v if type(v) is float and 0 < v <= 60 else _r.defer()


def _c36(v: object) -> Literal['rapport', 'soutenance', 'appreciation_tuteur', 'memoire']:
    return _r.word(v, _K36)  # type: ignore[no-any-return]


def _c37(v: object) -> list[Literal['rapport', 'soutenance', 'appreciation_tuteur', 'memoire']]:
    return [_c36(x) for x in _r.items(v, 0, None)]


def _c38(v: object) -> float | None:
    return None if v is None else float(v) if type(v) is int and 0 <= v <= 1 else v if type(v) is float and 0 <= v <= 1 else _r.defer()


def _c39(v: object) -> Literal['professionnalisation', 'apprentissage']:
    return _r.word(v, _K47)  # type: ignore[no-any-return]


def _c40(v: object) -> float | None:
    return None if v is None else float(v) if type(v) is int and 0 < v <= 48 else v if type(v) is float and 0 < v <= 48 else _r.defer()


def _c41(v: object) -> AccordBranche | None:
    return None if v is None else _build_AccordBranche(v)


def _c42(v: object) -> Contrat:
    return _build_Contrat(v)


def _c43(v: object) -> list[Contrat]:
    return [_c42(x) for x in _r.items(v, 0, None)]


def _c44(v: object) -> float | None:
    return None if v is None else float(v) if type(v) is int and 0 <= v <= 20 else v if type(v) is float and 0 <= v <= 20 else _r.defer()


def _c45(v: object) -> dt.date:
    return _r.date(v)


def _c46(v: object) -> Literal['controle_continu', 'examen_terminal', 'soutenance', 'autre'] | None:
    return None if v is None else _r.word(v, _K64)


def _c47(v: object) -> Compensation | None:
    return None if v is None else _build_Compensation(v)


def _c48(v: object) -> ConditionsDelivrance | None:
    return None if v is None else _build_ConditionsDelivrance(v)


def _c49(v: object) -> dt.date | None:
    return None if v is None else _r.date(v)


def _c50(v: object) -> Epreuve:
    return _build_Epreuve(v)


def _c51(v: object) -> list[Epreuve]:
    return [_c50(x) for x in _r.items(v, 0, None)]


def _c52(v: object) -> int | None:
    return None if v is None else v if type(v) is int and 0 <= v <= 10000 else _r.defer()


def _c53(v: object) -> MembresConseil | None:
    return None if v is None else _build_MembresConseil(v)


def _c54(v: object) -> float | None:
    return None if v is None else float(v) if type(v) is int and 0 <= v <= 366 else v if type(v) is float and 0 <= v <= 366 else _r.defer()


def _c55(v: object) -> int:
    return v if type(v) is int and 0 <= v <= 120 else _r.defer()


def _c56(v: object) -> list[int]:
    return [_c55(x) for x in _r.items(v, 0, None)]


def _c57(v: object) -> Literal['annuelle', 'pluriannuelle', 'aucune'] | None:
    return None if v is None else _r.word(v, _K84)


def _c58(v: object) -> ConseilPerfectionnement | None:
    return None if v is None else _build_ConseilPerfectionnement(v)


def _c59(v: object) -> SuiviDiplomes | None:
    return None if v is None else _build_SuiviDiplomes(v)


def _c60(v: object) -> Insertion | None:
    return None if v is None else _build_Insertion(v)


def _c61(v: object) -> list[str]:
    return [_c5(x) for x in _r.items(v, 0, None)]


def _c62(v: object) -> list[str]:
    return [_c16(x) for x in _r.items(v, 0, None)]


def _c63(v: object) -> Bloc:
    return _build_Bloc(v)


def _c64(v: object) -> list[Bloc]:
    return [_c63(x) for x in _r.items(v, 0, None)]


def _c65(v: object) -> Literal['etablissement', 'recteur', 'ministre']:
    return _r.word(v, _K95)  # type: ignore[no-any-return]


def _c66(v: object) -> Literal[1]:
    return _r.word(v, _K100)  # type: ignore[no-any-return]


def _c67(v: object) -> Formation:
    return _build_Formation(v)


def _c68(v: object) -> Semestre:
    return _build_Semestre(v)


def _c69(v: object) -> list[Semestre]:
    return [_c68(x) for x in _r.items(v, 0, None)]


def _c70(v: object) -> Stage | None:
    return None if v is None else _build_Stage(v)


def _c71(v: object) -> ProjetTuteure | None:
    return None if v is None else _build_ProjetTuteure(v)


def _c72(v: object) -> Alternance | None:
    return None if v is None else _build_Alternance(v)


def _c73(v: object) -> Equipe | None:
    return None if v is None else _build_Equipe(v)


def _c74(v: object) -> ModalitesControle | None:
    return None if v is None else _build_ModalitesControle(v)


def _c75(v: object) -> Jury | None:
    return None if v is None else _build_Jury(v)


def _c76(v: object) -> Pilotage | None:
    return None if v is None else _build_Pilotage(v)


def _c77(v: object) -> Competences | None:
    return None if v is None else _build_Competences(v)


def _c78(v: object) -> Derogation:
    return _build_Derogation(v)


def _c79(v: object) -> list[Derogation]:
    return [_c78(x) for x in _r.items(v, 0, None)]


def _build_Periode(data: object) -> Periode:
    if type(data) is not dict or not _K0.issuperset(data):
        raise _r.Defer
    if not _K0.issubset(data):
        raise _r.Defer
    record = _new(Periode)
    values = record.__dict__
    values.update(_K3)
    for key, value in data.items():
        values[key] = _F2[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_Rncp(data: object) -> Rncp:
    if type(data) is not dict or not _K4.issuperset(data):
        raise _r.Defer
    record = _new(Rncp)
    values = record.__dict__
    values.update(_K6)
    for key, value in data.items():
        values[key] = _F5[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_Formation(data: object) -> Formation:
    if type(data) is not dict or not _K7.issuperset(data):
        raise _r.Defer
    if not _K12.issubset(data):
        raise _r.Defer
    record = _new(Formation)
    values = record.__dict__
    values.update(_K13)
    for key, value in data.items():
        values[key] = _F11[key](value)
    if 'publics' not in data:
        values['publics'] = []
    values['model_fields_set'] = set(data)
    return record


def _build_VolumeHoraire(data: object) -> VolumeHoraire:
    if type(data) is not dict or not _K14.issuperset(data):
        raise _r.Defer
    record = _new(VolumeHoraire)
    values = record.__dict__
    values.update(_K16)
    for key, value in data.items():
        values[key] = _F15[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_EC(data: object) -> EC:
    if type(data) is not dict or not _K17.issuperset(data):
        raise _r.Defer
    if not _K21.issubset(data):
        raise _r.Defer
    record = _new(EC)
    values = record.__dict__
    values.update(_K22)
    for key, value in data.items():
        values[key] = _F20[key](value)
    if 'themes' not in data:
        values['themes'] = []
    values['model_fields_set'] = set(data)
    return record


def _build_Choix(data: object) -> Choix:
    if type(data) is not dict or not _K23.issuperset(data):
        raise _r.Defer
    if not _K25.issubset(data):
        raise _r.Defer
    record = _new(Choix)
    values = record.__dict__
    values.update(_K26)
    for key, value in data.items():
        values[key] = _F24[key](value)
    _r.check(choice_count_error(values['nombre'], values['parmi']))
    values['model_fields_set'] = set(data)
    return record


def _build_UE(data: object) -> UE:
    if type(data) is not dict or not _K27.issuperset(data):
        raise _r.Defer
    if not _K21.issubset(data):
        raise _r.Defer
    record = _new(UE)
    values = record.__dict__
    values.update(_K30)
    for key, value in data.items():
        values[key] = _F29[key](value)
    if 'themes' not in data:
        values['themes'] = []
    if 'ecs' not in data:
        values['ecs'] = []
    if 'choix' not in data:
        values['choix'] = []
    _r.check(choice_members_error(values['choix'], {ec.code for ec in values['ecs']}, 'EC'))
    values['model_fields_set'] = set(data)
    return record


def _build_Semestre(data: object) -> Semestre:
    if type(data) is not dict or not _K31.issuperset(data):
        raise _r.Defer
    if not _K33.issubset(data):
        raise _r.Defer
    record = _new(Semestre)
    values = record.__dict__
    values.update(_K34)
    for key, value in data.items():
        values[key] = _F32[key](value)
    if 'ues' not in data:
        values['ues'] = []
    if 'choix' not in data:
        values['choix'] = []
    _r.check(choice_members_error(values['choix'], {ue.code for ue in values['ues']}, 'UE'))
    values['model_fields_set'] = set(data)
    return record


def _build_Stage(data: object) -> Stage:
    if type(data) is not dict or not _K35.issuperset(data):
        raise _r.Defer
    record = _new(Stage)
    values = record.__dict__
    values.update(_K38)
    for key, value in data.items():
        values[key] = _F37[key](value)
    if 'evaluation' not in data:
        values['evaluation'] = []
    _r.check(split_stage_error(values['jours_par_semaine'], values['sur_semaines']))
    values['model_fields_set'] = set(data)
    return record


def _build_ProjetTuteure(data: object) -> ProjetTuteure:
    if type(data) is not dict or not _K39.issuperset(data):
        raise _r.Defer
    record = _new(ProjetTuteure)
    values = record.__dict__
    values.update(_K41)
    for key, value in data.items():
        values[key] = _F40[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_AccordBranche(data: object) -> AccordBranche:
    if type(data) is not dict or not _K42.issuperset(data):
        raise _r.Defer
    if not _K44.issubset(data):
        raise _r.Defer
    record = _new(AccordBranche)
    values = record.__dict__
    values.update(_K45)
    for key, value in data.items():
        values[key] = _F43[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_Contrat(data: object) -> Contrat:
    if type(data) is not dict or not _K46.issuperset(data):
        raise _r.Defer
    if not _K49.issubset(data):
        raise _r.Defer
    record = _new(Contrat)
    values = record.__dict__
    values.update(_K50)
    for key, value in data.items():
        values[key] = _F48[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_Alternance(data: object) -> Alternance:
    if type(data) is not dict or not _K51.issuperset(data):
        raise _r.Defer
    record = _new(Alternance)
    values = record.__dict__
    values.update(_K53)
    for key, value in data.items():
        values[key] = _F52[key](value)
    if 'contrats' not in data:
        values['contrats'] = []
    values['model_fields_set'] = set(data)
    return record


def _build_Equipe(data: object) -> Equipe:
    if type(data) is not dict or not _K54.issuperset(data):
        raise _r.Defer
    record = _new(Equipe)
    values = record.__dict__
    values.update(_K56)
    for key, value in data.items():
        values[key] = _F55[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_Compensation(data: object) -> Compensation:
    if type(data) is not dict or not _K57.issuperset(data):
        raise _r.Defer
    record = _new(Compensation)
    values = record.__dict__
    values.update(_K59)
    for key, value in data.items():
        values[key] = _F58[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_ConditionsDelivrance(data: object) -> ConditionsDelivrance:
    if type(data) is not dict or not _K60.issuperset(data):
        raise _r.Defer
    record = _new(ConditionsDelivrance)
    values = record.__dict__
    values.update(_K62)
    for key, value in data.items():
        values[key] = _F61[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_Epreuve(data: object) -> Epreuve:
    if type(data) is not dict or not _K63.issuperset(data):
        raise _r.Defer
    if not _K66.issubset(data):
        raise _r.Defer
    record = _new(Epreuve)
    values = record.__dict__
    values.update(_K67)
    for key, value in data.items():
        values[key] = _F65[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_ModalitesControle(data: object) -> ModalitesControle:
    if type(data) is not dict or not _K68.issuperset(data):
        raise _r.Defer
    record = _new(ModalitesControle)
    values = record.__dict__
    values.update(_K70)
    for key, value in data.items():
        values[key] = _F69[key](value)
    if 'calendrier' not in data:
        values['calendrier'] = []
    values['model_fields_set'] = set(data)
    return record


def _build_Jury(data: object) -> Jury:
    if type(data) is not dict or not _K71.issuperset(data):
        raise _r.Defer
    record = _new(Jury)
    values = record.__dict__
    values.update(_K73)
    for key, value in data.items():
        values[key] = _F72[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_MembresConseil(data: object) -> MembresConseil:
    if type(data) is not dict or not _K74.issuperset(data):
        raise _r.Defer
    record = _new(MembresConseil)
    values = record.__dict__
    values.update(_K76)
    for key, value in data.items():
        values[key] = _F75[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_ConseilPerfectionnement(data: object) -> ConseilPerfectionnement:
    if type(data) is not dict or not _K77.issuperset(data):
        raise _r.Defer
    record = _new(ConseilPerfectionnement)
    values = record.__dict__
    values.update(_K79)
    for key, value in data.items():
        values[key] = _F78[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_SuiviDiplomes(data: object) -> SuiviDiplomes:
    if type(data) is not dict or not _K80.issuperset(data):
        raise _r.Defer
    record = _new(SuiviDiplomes)
    values = record.__dict__
    values.update(_K82)
    for key, value in data.items():
        values[key] = _F81[key](value)
    if 'enquetes_mois' not in data:
        values['enquetes_mois'] = []
    values['model_fields_set'] = set(data)
    return record


def _build_Insertion(data: object) -> Insertion:
    if type(data) is not dict or not _K83.issuperset(data):
        raise _r.Defer
    record = _new(Insertion)
    values = record.__dict__
    values.update(_K86)
    for key, value in data.items():
        values[key] = _F85[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_Pilotage(data: object) -> Pilotage:
    if type(data) is not dict or not _K87.issuperset(data):
        raise _r.Defer
    record = _new(Pilotage)
    values = record.__dict__
    values.update(_K89)
    for key, value in data.items():
        values[key] = _F88[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_Bloc(data: object) -> Bloc:
    if type(data) is not dict or not _K90.issuperset(data):
        raise _r.Defer
    if not _K21.issubset(data):
        raise _r.Defer
    record = _new(Bloc)
    values = record.__dict__
    values.update(_K3)
    for key, value in data.items():
        values[key] = _F91[key](value)
    if 'competences' not in data:
        values['competences'] = []
    if 'ues' not in data:
        values['ues'] = []
    values['model_fields_set'] = set(data)
    return record


def _build_Competences(data: object) -> Competences:
    if type(data) is not dict or not _K92.issuperset(data):
        raise _r.Defer
    record = _new(Competences)
    values = record.__dict__
    values.update(_K3)
    for key, value in data.items():
        values[key] = _F93[key](value)
    if 'blocs' not in data:
        values['blocs'] = []
    values['model_fields_set'] = set(data)
    return record


def _build_Derogation(data: object) -> Derogation:
    if type(data) is not dict or not _K94.issuperset(data):
        raise _r.Defer
    if not _K97.issubset(data):
        raise _r.Defer
    record = _new(Derogation)
    values = record.__dict__
    values.update(_K98)
    for key, value in data.items():
        values[key] = _F96[key](value)
    values['model_fields_set'] = set(data)
    return record


def _build_Maquette(data: object) -> Maquette:
    if type(data) is not dict or not _K99.issuperset(data):
        raise _r.Defer
    if not _K102.issubset(data):
        raise _r.Defer
    record = _new(Maquette)
    values = record.__dict__
    values.update(_K103)
    for key, value in data.items():
        values[key] = _F101[key](value)
    if 'semestres' not in data:
        values['semestres'] = []
    if 'derogations' not in data:
        values['derogations'] = []
    values['model_fields_set'] = set(data)
    return record


_F2 = {'debut': _c0, 'fin': _c0}
_F5 = {'fiche': _c1, 'niveau': _c2}
_F11 = {'diplome': _c3, 'domaine': _c4, 'mention': _c5, 'parcours': _c4, 'etablissement': _c4, 'composante': _c4, 'annee_universitaire': _c6, 'accreditation': _c7, 'regime': _c8, 'ects': _c9, 'ects_acquis_entree': _c9, 'duree_annees': _c10, 'publics': _c12, 'rncp': _c13, 'supplement_au_diplome': _c14}
_F15 = {'cm': _c15, 'td': _c15, 'tp': _c15, 'ci': _c15, 'total': _c15, 'projet': _c15, 'distanciel': _c15, 'travail_personnel': _c15}
_F20 = {'code': _c16, 'intitule': _c5, 'ects': _c9, 'coefficient': _c17, 'heures': _c18, 'heures_professionnels': _c15, 'memoire': _c14, 'soutenance': _c14, 'themes': _c20, 'nature': _c21}
_F24 = {'code': _c1, 'intitule': _c4, 'parmi': _c22, 'nombre': _c23}
_F29 = {'code': _c16, 'intitule': _c5, 'ects': _c9, 'coefficient': _c17, 'heures': _c18, 'heures_professionnels': _c15, 'memoire': _c14, 'soutenance': _c14, 'themes': _c20, 'nature': _c24, 'caractere': _c25, 'ecs': _c27, 'choix': _c29}
_F32 = {'numero': _c30, 'intitule': _c4, 'ues': _c32, 'choix': _c29}
_F37 = {'semaines': _c33, 'heures': _c15, 'jours_par_semaine': _c34, 'sur_semaines': _c33, 'heures_par_semaine': _c35, 'memoire': _c14, 'soutenance': _c14, 'evaluation': _c37, 'tuteur_academique': _c14, 'meme_organisme': _c14, 'gratification': _c14}
_F40 = {'heures': _c15, 'part_en_entreprise': _c38, 'memoire': _c14, 'soutenance': _c14, 'modalites_suivi': _c4, 'modalites_evaluation': _c4}
_F43 = {'reference': _c5, 'part_max': _c38}
_F48 = {'type': _c39, 'duree_mois': _c40, 'heures_travail_hebdo': _c40, 'duree_heures': _c15, 'heures_formation': _c15, 'accord_de_branche': _c41, 'aucun_accord': _c14, 'regle_certificateur': _c4}
_F52 = {'rythme': _c4, 'contrats': _c43}
_F55 = {'heures_professionnels': _c15}
_F58 = {'entre_ec': _c14, 'entre_ue': _c14}
_F61 = {'moyenne_generale_min': _c44, 'moyenne_projet_stage_min': _c44}
_F65 = {'date': _c45, 'ue': _c1, 'type': _c46}
_F69 = {'compensation': _c47, 'notes_eliminatoires': _c14, 'seuil_eliminatoire': _c44, 'seconde_session': _c14, 'conditions_delivrance': _c48, 'conservation_ue_min': _c44, 'capitalisation_ue_min': _c44, 'date_adoption': _c49, 'calendrier': _c51}
_F72 = {'membres': _c52, 'professionnels': _c52}
_F75 = {'enseignants_chercheurs': _c52, 'enseignants': _c52, 'biatss': _c52, 'etudiants': _c52, 'professionnels': _c52}
_F78 = {'membres': _c53, 'reunions_par_an': _c54, 'bilan_stages': _c14}
_F81 = {'enquetes_mois': _c56, 'taux_reponse': _c38}
_F85 = {'objectif': _c38, 'mesure': _c57, 'taux_observe': _c38}
_F88 = {'conseil_perfectionnement': _c58, 'evaluation_enseignements': _c14, 'suivi_diplomes': _c59, 'insertion': _c60, 'contrat_pedagogique': _c14, 'passerelles': _c14}
_F91 = {'code': _c16, 'intitule': _c5, 'competences': _c61, 'ues': _c62}
_F93 = {'blocs': _c64}
_F96 = {'regle': _c5, 'motif': _c5, 'instance': _c5, 'autorite': _c65, 'date_decision': _c45, 'date_fin': _c49, 'portee': _c1}
_F101 = {'version': _c66, 'formation': _c67, 'semestres': _c69, 'stage': _c70, 'projet_tuteure': _c71, 'alternance': _c72, 'equipe': _c73, 'modalites_controle': _c74, 'jury': _c75, 'pilotage': _c76, 'competences': _c77, 'derogations': _c79}


def build(data: object) -> Maquette | None:
    """The maquette as records, or None when pydantic must judge it (it may be refused)."""
    try:
        return _build_Maquette(data)
    except (_r.Defer, KeyError):  # KeyError: a required key is absent
        return None
