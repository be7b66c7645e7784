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


_K0 = frozenset(['debut', 'fin'])
_K1 = re.compile('(19|20)[0-9]{2}-(19|20)[0-9]{2}')
_K2 = frozenset(['fiche', 'niveau'])
_K3 = frozenset(['diplome', 'domaine', 'mention', 'parcours', 'etablissement', 'composante', 'annee_universitaire', 'accreditation', 'regime', 'ects', 'ects_acquis_entree', 'duree_annees', 'publics', 'rncp', 'supplement_au_diplome'])
_K4 = frozenset(['licence_professionnelle', 'but', 'licence', 'master', 'autre'])
_K5 = frozenset(['lp-1999', 'lp-2019'])
_K6 = frozenset(['formation_initiale', 'alternance', 'formation_continue'])
_K7 = frozenset(['cm', 'td', 'tp', 'ci', 'total', 'projet', 'distanciel', 'travail_personnel'])
_K8 = frozenset(['code', 'intitule', 'ects', 'coefficient', 'heures', 'heures_professionnels', 'memoire', 'soutenance', 'themes', 'nature'])
_K9 = frozenset(['langue_etrangere', 'expression_communication', 'informatique', 'connaissance_entreprise'])
_K10 = frozenset(['enseignement', 'projet_tuteure', 'stage', 'memoire', 'periode_entreprise', 'mise_en_situation', 'autre'])
_K11 = frozenset(['code', 'intitule', 'parmi', 'nombre'])
_K12 = frozenset(['code', 'intitule', 'ects', 'coefficient', 'heures', 'heures_professionnels', 'memoire', 'soutenance', 'themes', 'nature', 'caractere', 'ecs', 'choix'])
_K13 = frozenset(['obligatoire', 'optionnelle', 'libre'])
_K14 = frozenset(['numero', 'intitule', 'ues', 'choix'])
_K15 = frozenset(['semaines', 'heures', 'jours_par_semaine', 'sur_semaines', 'heures_par_semaine', 'memoire', 'soutenance', 'evaluation', 'tuteur_academique', 'meme_organisme', 'gratification'])
_K16 = frozenset(['rapport', 'soutenance', 'appreciation_tuteur', 'memoire'])
_K17 = frozenset(['heures', 'part_en_entreprise', 'memoire', 'soutenance', 'modalites_suivi', 'modalites_evaluation'])
_K18 = frozenset(['reference', 'part_max'])
_K19 = frozenset(['type', 'duree_mois', 'heures_travail_hebdo', 'duree_heures', 'heures_formation', 'accord_de_branche', 'aucun_accord', 'regle_certificateur'])
_K20 = frozenset(['professionnalisation', 'apprentissage'])
_K21 = frozenset(['rythme', 'contrats'])
_K22 = frozenset(['heures_professionnels'])
_K23 = frozenset(['entre_ec', 'entre_ue'])
_K24 = frozenset(['moyenne_generale_min', 'moyenne_projet_stage_min'])
_K25 = frozenset(['date', 'ue', 'type'])
_K26 = frozenset(['controle_continu', 'examen_terminal', 'soutenance', 'autre'])
_K27 = frozenset(['compensation', 'notes_eliminatoires', 'seuil_eliminatoire', 'seconde_session', 'conditions_delivrance', 'conservation_ue_min', 'capitalisation_ue_min', 'date_adoption', 'calendrier'])
_K28 = frozenset(['membres', 'professionnels'])
_K29 = frozenset(['enseignants_chercheurs', 'enseignants', 'biatss', 'etudiants', 'professionnels'])
_K30 = frozenset(['membres', 'reunions_par_an', 'bilan_stages'])
_K31 = frozenset(['enquetes_mois', 'taux_reponse'])
_K32 = frozenset(['objectif', 'mesure', 'taux_observe'])
_K33 = frozenset(['annuelle', 'pluriannuelle', 'aucune'])
_K34 = frozenset(['conseil_perfectionnement', 'evaluation_enseignements', 'suivi_diplomes', 'insertion', 'contrat_pedagogique', 'passerelles'])
_K35 = frozenset(['code', 'intitule', 'competences', 'ues'])
_K36 = frozenset(['blocs'])
_K37 = frozenset(['regle', 'motif', 'instance', 'autorite', 'date_decision', 'date_fin', 'portee'])
_K38 = frozenset(['etablissement', 'recteur', 'ministre'])
_K39 = frozenset(['version', 'formation', 'semestres', 'stage', 'projet_tuteure', 'alternance', 'equipe', 'modalites_controle', 'jury', 'pilotage', 'competences', 'derogations'])
_K40 = frozenset([1])


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
    return _r.text(v, 0, None, _K1)


def _c1(v: object) -> str:
    return _r.text(v, 1, 40, None)


def _c2(v: object) -> str | None:
    return None if v is None else _c1(v)


def _c3(v: object) -> int:
    return _r.integer(v, 1, 8)


def _c4(v: object) -> int | None:
    return None if v is None else _c3(v)


def _c5(v: object) -> Literal['licence_professionnelle', 'but', 'licence', 'master', 'autre']:
    return _r.word(v, _K4)  # type: ignore[no-any-return]


def _c6(v: object) -> str:
    return _r.text(v, 1, 2000, None)


def _c7(v: object) -> str | None:
    return None if v is None else _c6(v)


def _c8(v: object) -> str | None:
    return None if v is None else _c0(v)


def _c9(v: object) -> Periode:
    return _build_Periode(v)


def _c10(v: object) -> Periode | None:
    return None if v is None else _c9(v)


def _c11(v: object) -> Literal['lp-1999', 'lp-2019']:
    return _r.word(v, _K5)  # type: ignore[no-any-return]


def _c12(v: object) -> Literal['lp-1999', 'lp-2019'] | None:
    return None if v is None else _c11(v)


def _c13(v: object) -> float:
    return _r.number(v, 0, False, 300)


def _c14(v: object) -> float | None:
    return None if v is None else _c13(v)


def _c15(v: object) -> int:
    return _r.integer(v, 1, 3)


def _c16(v: object) -> int | None:
    return None if v is None else _c15(v)


def _c17(v: object) -> Literal['formation_initiale', 'alternance', 'formation_continue']:
    return _r.word(v, _K6)  # type: ignore[no-any-return]


def _c18(v: object) -> list[Literal['formation_initiale', 'alternance', 'formation_continue']]:
    return [_c17(x) for x in _r.items(v, 0, None)]


def _c19(v: object) -> Rncp:
    return _build_Rncp(v)


def _c20(v: object) -> Rncp | None:
    return None if v is None else _c19(v)


def _c21(v: object) -> bool:
    return _r.boolean(v)


def _c22(v: object) -> bool | None:
    return None if v is None else _c21(v)


def _c23(v: object) -> float:
    return _r.number(v, 0, False, 10000)


def _c24(v: object) -> float | None:
    return None if v is None else _c23(v)


def _c25(v: object) -> float:
    return _r.number(v, 0, True, 100)


def _c26(v: object) -> float | None:
    return None if v is None else _c25(v)


def _c27(v: object) -> VolumeHoraire:
    return _build_VolumeHoraire(v)


def _c28(v: object) -> VolumeHoraire | None:
    return None if v is None else _c27(v)


def _c29(v: object) -> Literal['langue_etrangere', 'expression_communication', 'informatique', 'connaissance_entreprise']:
    return _r.word(v, _K9)  # type: ignore[no-any-return]


def _c30(v: object) -> list[Literal['langue_etrangere', 'expression_communication', 'informatique', 'connaissance_entreprise']]:
    return [_c29(x) for x in _r.items(v, 0, None)]


def _c31(v: object) -> Literal['enseignement', 'projet_tuteure', 'stage', 'memoire', 'periode_entreprise', 'mise_en_situation', 'autre']:
    return _r.word(v, _K10)  # type: ignore[no-any-return]


def _c32(v: object) -> list[str]:
    return [_c1(x) for x in _r.items(v, 2, 20)]


def _c33(v: object) -> int:
    return _r.integer(v, 1, 20)


def _c34(v: object) -> Literal['enseignement', 'projet_tuteure', 'stage', 'memoire', 'periode_entreprise', 'mise_en_situation', 'autre'] | None:
    return None if v is None else _c31(v)


def _c35(v: object) -> Literal['obligatoire', 'optionnelle', 'libre']:
    return _r.word(v, _K13)  # type: ignore[no-any-return]


def _c36(v: object) -> Literal['obligatoire', 'optionnelle', 'libre'] | None:
    return None if v is None else _c35(v)


def _c37(v: object) -> EC:
    return _build_EC(v)


def _c38(v: object) -> list[EC]:
    return [_c37(x) for x in _r.items(v, 0, None)]


def _c39(v: object) -> Choix:
    return _build_Choix(v)


def _c40(v: object) -> list[Choix]:
    return [_c39(x) for x in _r.items(v, 0, None)]


def _c41(v: object) -> int:
    return _r.integer(v, 1, 12)


def _c42(v: object) -> UE:
    return _build_UE(v)


def _c43(v: object) -> list[UE]:
    return [_c42(x) for x in _r.items(v, 0, None)]


def _c44(v: object) -> float:
    return _r.number(v, 0, False, 160)


def _c45(v: object) -> float | None:
    return None if v is None else _c44(v)


def _c46(v: object) -> float:
    return _r.number(v, 0, True, 7)


def _c47(v: object) -> float | None:
    return None if v is None else _c46(v)


def _c48(v: object) -> float:
    return _r.number(v, 0, True, 60)


def _c49(v: object) -> Literal['rapport', 'soutenance', 'appreciation_tuteur', 'memoire']:
    return _r.word(v, _K16)  # type: ignore[no-any-return]


def _c50(v: object) -> list[Literal['rapport', 'soutenance', 'appreciation_tuteur', 'memoire']]:
    return [_c49(x) for x in _r.items(v, 0, None)]


def _c51(v: object) -> float:
    return _r.number(v, 0, False, 1)


def _c52(v: object) -> float | None:
    return None if v is None else _c51(v)


def _c53(v: object) -> Literal['professionnalisation', 'apprentissage']:
    return _r.word(v, _K20)  # type: ignore[no-any-return]


def _c54(v: object) -> float:
    return _r.number(v, 0, True, 48)


def _c55(v: object) -> float | None:
    return None if v is None else _c54(v)


def _c56(v: object) -> AccordBranche:
    return _build_AccordBranche(v)


def _c57(v: object) -> AccordBranche | None:
    return None if v is None else _c56(v)


def _c58(v: object) -> Contrat:
    return _build_Contrat(v)


def _c59(v: object) -> list[Contrat]:
    return [_c58(x) for x in _r.items(v, 0, None)]


def _c60(v: object) -> float:
    return _r.number(v, 0, False, 20)


def _c61(v: object) -> float | None:
    return None if v is None else _c60(v)


def _c62(v: object) -> dt.date:
    return _r.date(v)


def _c63(v: object) -> Literal['controle_continu', 'examen_terminal', 'soutenance', 'autre']:
    return _r.word(v, _K26)  # type: ignore[no-any-return]


def _c64(v: object) -> Literal['controle_continu', 'examen_terminal', 'soutenance', 'autre'] | None:
    return None if v is None else _c63(v)


def _c65(v: object) -> Compensation:
    return _build_Compensation(v)


def _c66(v: object) -> Compensation | None:
    return None if v is None else _c65(v)


def _c67(v: object) -> ConditionsDelivrance:
    return _build_ConditionsDelivrance(v)


def _c68(v: object) -> ConditionsDelivrance | None:
    return None if v is None else _c67(v)


def _c69(v: object) -> dt.date | None:
    return None if v is None else _c62(v)


def _c70(v: object) -> Epreuve:
    return _build_Epreuve(v)


def _c71(v: object) -> list[Epreuve]:
    return [_c70(x) for x in _r.items(v, 0, None)]


def _c72(v: object) -> int:
    return _r.integer(v, 0, 10000)


def _c73(v: object) -> int | None:
    return None if v is None else _c72(v)


def _c74(v: object) -> MembresConseil:
    return _build_MembresConseil(v)


def _c75(v: object) -> MembresConseil | None:
    return None if v is None else _c74(v)


def _c76(v: object) -> float:
    return _r.number(v, 0, False, 366)


def _c77(v: object) -> float | None:
    return None if v is None else _c76(v)


def _c78(v: object) -> int:
    return _r.integer(v, 0, 120)


def _c79(v: object) -> list[int]:
    return [_c78(x) for x in _r.items(v, 0, None)]


def _c80(v: object) -> Literal['annuelle', 'pluriannuelle', 'aucune']:
    return _r.word(v, _K33)  # type: ignore[no-any-return]


def _c81(v: object) -> Literal['annuelle', 'pluriannuelle', 'aucune'] | None:
    return None if v is None else _c80(v)


def _c82(v: object) -> ConseilPerfectionnement:
    return _build_ConseilPerfectionnement(v)


def _c83(v: object) -> ConseilPerfectionnement | None:
    return None if v is None else _c82(v)


def _c84(v: object) -> SuiviDiplomes:
    return _build_SuiviDiplomes(v)


def _c85(v: object) -> SuiviDiplomes | None:
    return None if v is None else _c84(v)


def _c86(v: object) -> Insertion:
    return _build_Insertion(v)


def _c87(v: object) -> Insertion | None:
    return None if v is None else _c86(v)


def _c88(v: object) -> list[str]:
    return [_c6(x) for x in _r.items(v, 0, None)]


def _c89(v: object) -> list[str]:
    return [_c1(x) for x in _r.items(v, 0, None)]


def _c90(v: object) -> Bloc:
    return _build_Bloc(v)


def _c91(v: object) -> list[Bloc]:
    return [_c90(x) for x in _r.items(v, 0, None)]


def _c92(v: object) -> Literal['etablissement', 'recteur', 'ministre']:
    return _r.word(v, _K38)  # type: ignore[no-any-return]


def _c93(v: object) -> Literal[1]:
    return _r.word(v, _K40)  # type: ignore[no-any-return]


def _c94(v: object) -> Formation:
    return _build_Formation(v)


def _c95(v: object) -> Semestre:
    return _build_Semestre(v)


def _c96(v: object) -> list[Semestre]:
    return [_c95(x) for x in _r.items(v, 0, None)]


def _c97(v: object) -> Stage:
    return _build_Stage(v)


def _c98(v: object) -> Stage | None:
    return None if v is None else _c97(v)


def _c99(v: object) -> ProjetTuteure:
    return _build_ProjetTuteure(v)


def _c100(v: object) -> ProjetTuteure | None:
    return None if v is None else _c99(v)


def _c101(v: object) -> Alternance:
    return _build_Alternance(v)


def _c102(v: object) -> Alternance | None:
    return None if v is None else _c101(v)


def _c103(v: object) -> Equipe:
    return _build_Equipe(v)


def _c104(v: object) -> Equipe | None:
    return None if v is None else _c103(v)


def _c105(v: object) -> ModalitesControle:
    return _build_ModalitesControle(v)


def _c106(v: object) -> ModalitesControle | None:
    return None if v is None else _c105(v)


def _c107(v: object) -> Jury:
    return _build_Jury(v)


def _c108(v: object) -> Jury | None:
    return None if v is None else _c107(v)


def _c109(v: object) -> Pilotage:
    return _build_Pilotage(v)


def _c110(v: object) -> Pilotage | None:
    return None if v is None else _c109(v)


def _c111(v: object) -> Competences:
    return _build_Competences(v)


def _c112(v: object) -> Competences | None:
    return None if v is None else _c111(v)


def _c113(v: object) -> Derogation:
    return _build_Derogation(v)


def _c114(v: object) -> list[Derogation]:
    return [_c113(x) for x in _r.items(v, 0, None)]


def _build_Periode(data: object) -> Periode:
    given = _r.fields_of(data, _K0)
    values: dict[str, Any] = {}
    if 'debut' not in given:
        raise _r.Defer
    values['debut'] = _c0(given['debut'])
    if 'fin' not in given:
        raise _r.Defer
    values['fin'] = _c0(given['fin'])
    return _r.make(Periode, values, set(given))


def _build_Rncp(data: object) -> Rncp:
    given = _r.fields_of(data, _K2)
    values: dict[str, Any] = {}
    values['fiche'] = _c2(given['fiche']) if 'fiche' in given else None
    values['niveau'] = _c4(given['niveau']) if 'niveau' in given else None
    return _r.make(Rncp, values, set(given))


def _build_Formation(data: object) -> Formation:
    given = _r.fields_of(data, _K3)
    values: dict[str, Any] = {}
    values['diplome'] = _c5(given['diplome']) if 'diplome' in given else 'licence_professionnelle'
    values['domaine'] = _c7(given['domaine']) if 'domaine' in given else None
    if 'mention' not in given:
        raise _r.Defer
    values['mention'] = _c6(given['mention'])
    values['parcours'] = _c7(given['parcours']) if 'parcours' in given else None
    values['etablissement'] = _c7(given['etablissement']) if 'etablissement' in given else None
    values['composante'] = _c7(given['composante']) if 'composante' in given else None
    values['annee_universitaire'] = _c8(given['annee_universitaire']) if 'annee_universitaire' in given else None
    values['accreditation'] = _c10(given['accreditation']) if 'accreditation' in given else None
    values['regime'] = _c12(given['regime']) if 'regime' in given else None
    values['ects'] = _c14(given['ects']) if 'ects' in given else None
    values['ects_acquis_entree'] = _c14(given['ects_acquis_entree']) if 'ects_acquis_entree' in given else None
    values['duree_annees'] = _c16(given['duree_annees']) if 'duree_annees' in given else None
    values['publics'] = _c18(given['publics']) if 'publics' in given else []
    values['rncp'] = _c20(given['rncp']) if 'rncp' in given else None
    values['supplement_au_diplome'] = _c22(given['supplement_au_diplome']) if 'supplement_au_diplome' in given else None
    return _r.make(Formation, values, set(given))


def _build_VolumeHoraire(data: object) -> VolumeHoraire:
    given = _r.fields_of(data, _K7)
    values: dict[str, Any] = {}
    values['cm'] = _c24(given['cm']) if 'cm' in given else None
    values['td'] = _c24(given['td']) if 'td' in given else None
    values['tp'] = _c24(given['tp']) if 'tp' in given else None
    values['ci'] = _c24(given['ci']) if 'ci' in given else None
    values['total'] = _c24(given['total']) if 'total' in given else None
    values['projet'] = _c24(given['projet']) if 'projet' in given else None
    values['distanciel'] = _c24(given['distanciel']) if 'distanciel' in given else None
    values['travail_personnel'] = _c24(given['travail_personnel']) if 'travail_personnel' in given else None
    return _r.make(VolumeHoraire, values, set(given))


def _build_EC(data: object) -> EC:
    given = _r.fields_of(data, _K8)
    values: dict[str, Any] = {}
    if 'code' not in given:
        raise _r.Defer
    values['code'] = _c1(given['code'])
    if 'intitule' not in given:
        raise _r.Defer
    values['intitule'] = _c6(given['intitule'])
    values['ects'] = _c14(given['ects']) if 'ects' in given else None
    values['coefficient'] = _c26(given['coefficient']) if 'coefficient' in given else None
    values['heures'] = _c28(given['heures']) if 'heures' in given else None
    values['heures_professionnels'] = _c24(given['heures_professionnels']) if 'heures_professionnels' in given else None
    values['memoire'] = _c22(given['memoire']) if 'memoire' in given else None
    values['soutenance'] = _c22(given['soutenance']) if 'soutenance' in given else None
    values['themes'] = _c30(given['themes']) if 'themes' in given else []
    values['nature'] = _c31(given['nature']) if 'nature' in given else 'enseignement'
    return _r.make(EC, values, set(given))


def _build_Choix(data: object) -> Choix:
    given = _r.fields_of(data, _K11)
    values: dict[str, Any] = {}
    values['code'] = _c2(given['code']) if 'code' in given else None
    values['intitule'] = _c7(given['intitule']) if 'intitule' in given else None
    if 'parmi' not in given:
        raise _r.Defer
    values['parmi'] = _c32(given['parmi'])
    values['nombre'] = _c33(given['nombre']) if 'nombre' in given else 1
    _r.check(choice_count_error(values['nombre'], values['parmi']))
    return _r.make(Choix, values, set(given))


def _build_UE(data: object) -> UE:
    given = _r.fields_of(data, _K12)
    values: dict[str, Any] = {}
    if 'code' not in given:
        raise _r.Defer
    values['code'] = _c1(given['code'])
    if 'intitule' not in given:
        raise _r.Defer
    values['intitule'] = _c6(given['intitule'])
    values['ects'] = _c14(given['ects']) if 'ects' in given else None
    values['coefficient'] = _c26(given['coefficient']) if 'coefficient' in given else None
    values['heures'] = _c28(given['heures']) if 'heures' in given else None
    values['heures_professionnels'] = _c24(given['heures_professionnels']) if 'heures_professionnels' in given else None
    values['memoire'] = _c22(given['memoire']) if 'memoire' in given else None
    values['soutenance'] = _c22(given['soutenance']) if 'soutenance' in given else None
    values['themes'] = _c30(given['themes']) if 'themes' in given else []
    values['nature'] = _c34(given['nature']) if 'nature' in given else None
    values['caractere'] = _c36(given['caractere']) if 'caractere' in given else None
    values['ecs'] = _c38(given['ecs']) if 'ecs' in given else []
    values['choix'] = _c40(given['choix']) if 'choix' in given else []
    _r.check(choice_members_error(values['choix'], {ec.code for ec in values['ecs']}, 'EC'))
    return _r.make(UE, values, set(given))


def _build_Semestre(data: object) -> Semestre:
    given = _r.fields_of(data, _K14)
    values: dict[str, Any] = {}
    if 'numero' not in given:
        raise _r.Defer
    values['numero'] = _c41(given['numero'])
    values['intitule'] = _c7(given['intitule']) if 'intitule' in given else None
    values['ues'] = _c43(given['ues']) if 'ues' in given else []
    values['choix'] = _c40(given['choix']) if 'choix' in given else []
    _r.check(choice_members_error(values['choix'], {ue.code for ue in values['ues']}, 'UE'))
    return _r.make(Semestre, values, set(given))


def _build_Stage(data: object) -> Stage:
    given = _r.fields_of(data, _K15)
    values: dict[str, Any] = {}
    values['semaines'] = _c45(given['semaines']) if 'semaines' in given else None
    values['heures'] = _c24(given['heures']) if 'heures' in given else None
    values['jours_par_semaine'] = _c47(given['jours_par_semaine']) if 'jours_par_semaine' in given else None
    values['sur_semaines'] = _c45(given['sur_semaines']) if 'sur_semaines' in given else None
    values['heures_par_semaine'] = _c48(given['heures_par_semaine']) if 'heures_par_semaine' in given else 35
    values['memoire'] = _c22(given['memoire']) if 'memoire' in given else None
    values['soutenance'] = _c22(given['soutenance']) if 'soutenance' in given else None
    values['evaluation'] = _c50(given['evaluation']) if 'evaluation' in given else []
    values['tuteur_academique'] = _c22(given['tuteur_academique']) if 'tuteur_academique' in given else None
    values['meme_organisme'] = _c22(given['meme_organisme']) if 'meme_organisme' in given else None
    values['gratification'] = _c22(given['gratification']) if 'gratification' in given else None
    _r.check(split_stage_error(values['jours_par_semaine'], values['sur_semaines']))
    return _r.make(Stage, values, set(given))


def _build_ProjetTuteure(data: object) -> ProjetTuteure:
    given = _r.fields_of(data, _K17)
    values: dict[str, Any] = {}
    values['heures'] = _c24(given['heures']) if 'heures' in given else None
    values['part_en_entreprise'] = _c52(given['part_en_entreprise']) if 'part_en_entreprise' in given else None
    values['memoire'] = _c22(given['memoire']) if 'memoire' in given else None
    values['soutenance'] = _c22(given['soutenance']) if 'soutenance' in given else None
    values['modalites_suivi'] = _c7(given['modalites_suivi']) if 'modalites_suivi' in given else None
    values['modalites_evaluation'] = _c7(given['modalites_evaluation']) if 'modalites_evaluation' in given else None
    return _r.make(ProjetTuteure, values, set(given))


def _build_AccordBranche(data: object) -> AccordBranche:
    given = _r.fields_of(data, _K18)
    values: dict[str, Any] = {}
    if 'reference' not in given:
        raise _r.Defer
    values['reference'] = _c6(given['reference'])
    values['part_max'] = _c52(given['part_max']) if 'part_max' in given else None
    return _r.make(AccordBranche, values, set(given))


def _build_Contrat(data: object) -> Contrat:
    given = _r.fields_of(data, _K19)
    values: dict[str, Any] = {}
    if 'type' not in given:
        raise _r.Defer
    values['type'] = _c53(given['type'])
    values['duree_mois'] = _c55(given['duree_mois']) if 'duree_mois' in given else None
    values['heures_travail_hebdo'] = _c55(given['heures_travail_hebdo']) if 'heures_travail_hebdo' in given else None
    values['duree_heures'] = _c24(given['duree_heures']) if 'duree_heures' in given else None
    values['heures_formation'] = _c24(given['heures_formation']) if 'heures_formation' in given else None
    values['accord_de_branche'] = _c57(given['accord_de_branche']) if 'accord_de_branche' in given else None
    values['aucun_accord'] = _c22(given['aucun_accord']) if 'aucun_accord' in given else None
    values['regle_certificateur'] = _c7(given['regle_certificateur']) if 'regle_certificateur' in given else None
    return _r.make(Contrat, values, set(given))


def _build_Alternance(data: object) -> Alternance:
    given = _r.fields_of(data, _K21)
    values: dict[str, Any] = {}
    values['rythme'] = _c7(given['rythme']) if 'rythme' in given else None
    values['contrats'] = _c59(given['contrats']) if 'contrats' in given else []
    return _r.make(Alternance, values, set(given))


def _build_Equipe(data: object) -> Equipe:
    given = _r.fields_of(data, _K22)
    values: dict[str, Any] = {}
    values['heures_professionnels'] = _c24(given['heures_professionnels']) if 'heures_professionnels' in given else None
    return _r.make(Equipe, values, set(given))


def _build_Compensation(data: object) -> Compensation:
    given = _r.fields_of(data, _K23)
    values: dict[str, Any] = {}
    values['entre_ec'] = _c22(given['entre_ec']) if 'entre_ec' in given else None
    values['entre_ue'] = _c22(given['entre_ue']) if 'entre_ue' in given else None
    return _r.make(Compensation, values, set(given))


def _build_ConditionsDelivrance(data: object) -> ConditionsDelivrance:
    given = _r.fields_of(data, _K24)
    values: dict[str, Any] = {}
    values['moyenne_generale_min'] = _c61(given['moyenne_generale_min']) if 'moyenne_generale_min' in given else None
    values['moyenne_projet_stage_min'] = _c61(given['moyenne_projet_stage_min']) if 'moyenne_projet_stage_min' in given else None
    return _r.make(ConditionsDelivrance, values, set(given))


def _build_Epreuve(data: object) -> Epreuve:
    given = _r.fields_of(data, _K25)
    values: dict[str, Any] = {}
    if 'date' not in given:
        raise _r.Defer
    values['date'] = _c62(given['date'])
    values['ue'] = _c2(given['ue']) if 'ue' in given else None
    values['type'] = _c64(given['type']) if 'type' in given else None
    return _r.make(Epreuve, values, set(given))


def _build_ModalitesControle(data: object) -> ModalitesControle:
    given = _r.fields_of(data, _K27)
    values: dict[str, Any] = {}
    values['compensation'] = _c66(given['compensation']) if 'compensation' in given else None
    values['notes_eliminatoires'] = _c22(given['notes_eliminatoires']) if 'notes_eliminatoires' in given else None
    values['seuil_eliminatoire'] = _c61(given['seuil_eliminatoire']) if 'seuil_eliminatoire' in given else None
    values['seconde_session'] = _c22(given['seconde_session']) if 'seconde_session' in given else None
    values['conditions_delivrance'] = _c68(given['conditions_delivrance']) if 'conditions_delivrance' in given else None
    values['conservation_ue_min'] = _c61(given['conservation_ue_min']) if 'conservation_ue_min' in given else None
    values['capitalisation_ue_min'] = _c61(given['capitalisation_ue_min']) if 'capitalisation_ue_min' in given else None
    values['date_adoption'] = _c69(given['date_adoption']) if 'date_adoption' in given else None
    values['calendrier'] = _c71(given['calendrier']) if 'calendrier' in given else []
    return _r.make(ModalitesControle, values, set(given))


def _build_Jury(data: object) -> Jury:
    given = _r.fields_of(data, _K28)
    values: dict[str, Any] = {}
    values['membres'] = _c73(given['membres']) if 'membres' in given else None
    values['professionnels'] = _c73(given['professionnels']) if 'professionnels' in given else None
    return _r.make(Jury, values, set(given))


def _build_MembresConseil(data: object) -> MembresConseil:
    given = _r.fields_of(data, _K29)
    values: dict[str, Any] = {}
    values['enseignants_chercheurs'] = _c73(given['enseignants_chercheurs']) if 'enseignants_chercheurs' in given else None
    values['enseignants'] = _c73(given['enseignants']) if 'enseignants' in given else None
    values['biatss'] = _c73(given['biatss']) if 'biatss' in given else None
    values['etudiants'] = _c73(given['etudiants']) if 'etudiants' in given else None
    values['professionnels'] = _c73(given['professionnels']) if 'professionnels' in given else None
    return _r.make(MembresConseil, values, set(given))


def _build_ConseilPerfectionnement(data: object) -> ConseilPerfectionnement:
    given = _r.fields_of(data, _K30)
    values: dict[str, Any] = {}
    values['membres'] = _c75(given['membres']) if 'membres' in given else None
    values['reunions_par_an'] = _c77(given['reunions_par_an']) if 'reunions_par_an' in given else None
    values['bilan_stages'] = _c22(given['bilan_stages']) if 'bilan_stages' in given else None
    return _r.make(ConseilPerfectionnement, values, set(given))


def _build_SuiviDiplomes(data: object) -> SuiviDiplomes:
    given = _r.fields_of(data, _K31)
    values: dict[str, Any] = {}
    values['enquetes_mois'] = _c79(given['enquetes_mois']) if 'enquetes_mois' in given else []
    values['taux_reponse'] = _c52(given['taux_reponse']) if 'taux_reponse' in given else None
    return _r.make(SuiviDiplomes, values, set(given))


def _build_Insertion(data: object) -> Insertion:
    given = _r.fields_of(data, _K32)
    values: dict[str, Any] = {}
    values['objectif'] = _c52(given['objectif']) if 'objectif' in given else None
    values['mesure'] = _c81(given['mesure']) if 'mesure' in given else None
    values['taux_observe'] = _c52(given['taux_observe']) if 'taux_observe' in given else None
    return _r.make(Insertion, values, set(given))


def _build_Pilotage(data: object) -> Pilotage:
    given = _r.fields_of(data, _K34)
    values: dict[str, Any] = {}
    values['conseil_perfectionnement'] = _c83(given['conseil_perfectionnement']) if 'conseil_perfectionnement' in given else None
    values['evaluation_enseignements'] = _c22(given['evaluation_enseignements']) if 'evaluation_enseignements' in given else None
    values['suivi_diplomes'] = _c85(given['suivi_diplomes']) if 'suivi_diplomes' in given else None
    values['insertion'] = _c87(given['insertion']) if 'insertion' in given else None
    values['contrat_pedagogique'] = _c22(given['contrat_pedagogique']) if 'contrat_pedagogique' in given else None
    values['passerelles'] = _c22(given['passerelles']) if 'passerelles' in given else None
    return _r.make(Pilotage, values, set(given))


def _build_Bloc(data: object) -> Bloc:
    given = _r.fields_of(data, _K35)
    values: dict[str, Any] = {}
    if 'code' not in given:
        raise _r.Defer
    values['code'] = _c1(given['code'])
    if 'intitule' not in given:
        raise _r.Defer
    values['intitule'] = _c6(given['intitule'])
    values['competences'] = _c88(given['competences']) if 'competences' in given else []
    values['ues'] = _c89(given['ues']) if 'ues' in given else []
    return _r.make(Bloc, values, set(given))


def _build_Competences(data: object) -> Competences:
    given = _r.fields_of(data, _K36)
    values: dict[str, Any] = {}
    values['blocs'] = _c91(given['blocs']) if 'blocs' in given else []
    return _r.make(Competences, values, set(given))


def _build_Derogation(data: object) -> Derogation:
    given = _r.fields_of(data, _K37)
    values: dict[str, Any] = {}
    if 'regle' not in given:
        raise _r.Defer
    values['regle'] = _c6(given['regle'])
    if 'motif' not in given:
        raise _r.Defer
    values['motif'] = _c6(given['motif'])
    if 'instance' not in given:
        raise _r.Defer
    values['instance'] = _c6(given['instance'])
    values['autorite'] = _c92(given['autorite']) if 'autorite' in given else 'etablissement'
    if 'date_decision' not in given:
        raise _r.Defer
    values['date_decision'] = _c62(given['date_decision'])
    values['date_fin'] = _c69(given['date_fin']) if 'date_fin' in given else None
    values['portee'] = _c2(given['portee']) if 'portee' in given else None
    return _r.make(Derogation, values, set(given))


def _build_Maquette(data: object) -> Maquette:
    given = _r.fields_of(data, _K39)
    values: dict[str, Any] = {}
    if 'version' not in given:
        raise _r.Defer
    values['version'] = _c93(given['version'])
    if 'formation' not in given:
        raise _r.Defer
    values['formation'] = _c94(given['formation'])
    values['semestres'] = _c96(given['semestres']) if 'semestres' in given else []
    values['stage'] = _c98(given['stage']) if 'stage' in given else None
    values['projet_tuteure'] = _c100(given['projet_tuteure']) if 'projet_tuteure' in given else None
    values['alternance'] = _c102(given['alternance']) if 'alternance' in given else None
    values['equipe'] = _c104(given['equipe']) if 'equipe' in given else None
    values['modalites_controle'] = _c106(given['modalites_controle']) if 'modalites_controle' in given else None
    values['jury'] = _c108(given['jury']) if 'jury' in given else None
    values['pilotage'] = _c110(given['pilotage']) if 'pilotage' in given else None
    values['competences'] = _c112(given['competences']) if 'competences' in given else None
    values['derogations'] = _c114(given['derogations']) if 'derogations' in given else []
    return _r.make(Maquette, values, set(given))


def build(data: object) -> Maquette | None:
    """The maquette as records, or None when pydantic must judge it (it may be refused)."""
    try:
        return _build_Maquette(data)
    except _r.Defer:
        return None
