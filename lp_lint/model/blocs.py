"""The blocks around the structure: stage, projet, alternance, assessment, governance."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, model_validator

from lp_lint.model.base import (
    Code,
    Effectif,
    Heures,
    Part,
    Semaines,
    Strict,
    Texte,
)


class Stage(Strict):
    """The stage: its length given one of three ways, and how it is supervised and assessed."""

    semaines: Semaines | None = Field(None, description="durée en semaines à temps plein")
    heures: Heures | None = Field(None, description="durée en heures de présence")
    jours_par_semaine: Annotated[float, Field(gt=0, le=7)] | None = Field(
        None, description="stage fractionné : jours en entreprise par semaine…"
    )
    sur_semaines: Semaines | None = Field(None, description="… pendant ce nombre de semaines")
    heures_par_semaine: Annotated[float, Field(gt=0, le=60)] = Field(
        35, description="heures d'une semaine à temps plein, pour convertir les heures en semaines"
    )
    memoire: bool | None = Field(None, description="le stage donne-t-il lieu à un mémoire ?")
    soutenance: bool | None = Field(None, description="… et à une soutenance orale ?")
    evaluation: list[Literal["rapport", "soutenance", "appreciation_tuteur", "memoire"]] = Field(
        default_factory=list, description="modalités d'évaluation du stage"
    )
    tuteur_academique: bool | None = Field(
        None, description="un tuteur enseignant suit-il le stage ?"
    )
    meme_organisme: bool | None = Field(
        None, description="le stage se fait-il chez un seul organisme d'accueil ?"
    )

    @model_validator(mode="after")
    def _fractionne_complet(self) -> Stage:
        if (self.jours_par_semaine is None) != (self.sur_semaines is None):
            raise ValueError("jours_par_semaine et sur_semaines vont ensemble")
        return self


class ProjetTuteure(Strict):
    heures: Heures | None = Field(None, description="volume du projet tuteuré en heures étudiant")
    part_en_entreprise: Part | None = Field(
        None, description="part du projet réalisée en entreprise"
    )
    memoire: bool | None = Field(None, description="le projet donne-t-il lieu à un mémoire ?")
    soutenance: bool | None = Field(None, description="… et à une soutenance orale ?")
    modalites_suivi: Texte | None = Field(None, description="comment le projet est suivi")
    modalites_evaluation: Texte | None = Field(None, description="comment le projet est évalué")


class AccordBranche(Strict):
    reference: Texte = Field(description="accord de branche (intitulé, IDCC, date)")
    part_max: Part | None = Field(None, description="part de formation maximale qu'il autorise")


class Contrat(Strict):
    type: Literal["professionnalisation", "apprentissage"] = Field(description="type de contrat")
    duree_mois: Annotated[float, Field(gt=0, le=48)] | None = Field(
        None, description="durée du contrat en mois"
    )
    heures_travail_hebdo: Annotated[float, Field(gt=0, le=48)] | None = Field(
        None, description="durée hebdomadaire de travail prévue au contrat"
    )
    duree_heures: Heures | None = Field(
        None, description="durée totale du contrat en heures, si elle est connue directement"
    )
    heures_formation: Heures | None = Field(
        None, description="heures de formation prévues au contrat"
    )
    accord_de_branche: AccordBranche | None = Field(
        None,
        description="accord de branche déclaré (contrat de professionnalisation au-delà de 25 %)",
    )


class Alternance(Strict):
    rythme: Texte | None = Field(None, description="rythme, « 2 jours IUT / 3 jours entreprise »")
    contrats: list[Contrat] = Field(default_factory=list, description="contrats proposés")


class Compensation(Strict):
    entre_ec: bool | None = Field(None, description="les EC d'une UE se compensent-ils ?")
    entre_ue: bool | None = Field(None, description="les UE se compensent-elles ?")


class ConditionsDelivrance(Strict):
    moyenne_generale_min: Annotated[float, Field(ge=0, le=20)] | None = Field(
        None, description="moyenne générale exigée sur 20"
    )
    moyenne_projet_stage_min: Annotated[float, Field(ge=0, le=20)] | None = Field(
        None, description="moyenne exigée sur l'ensemble projet tuteuré et stage"
    )


class Epreuve(Strict):
    date: dt.date = Field(description="date de l'épreuve (AAAA-MM-JJ)")
    ue: Code | None = Field(None, description="code de l'UE évaluée")
    type: Literal["controle_continu", "examen_terminal", "soutenance", "autre"] | None = None


class ModalitesControle(Strict):
    compensation: Compensation | None = None
    notes_eliminatoires: bool | None = Field(
        None, description="existe-t-il des notes éliminatoires ?"
    )
    seuil_eliminatoire: Annotated[float, Field(ge=0, le=20)] | None = None
    seconde_session: bool | None = Field(
        None, description="une seconde session est-elle organisée ?"
    )
    conditions_delivrance: ConditionsDelivrance | None = None
    conservation_ue_min: Annotated[float, Field(ge=0, le=20)] | None = Field(
        None, description="note à partir de laquelle une UE peut être conservée en cas d'échec"
    )
    calendrier: list[Epreuve] = Field(default_factory=list, description="calendrier des épreuves")


class Jury(Strict):
    membres: Effectif | None = Field(None, description="nombre de membres du jury")
    professionnels: Effectif | None = Field(None, description="dont professionnels du secteur")


class MembresConseil(Strict):
    enseignants_chercheurs: Effectif | None = None
    enseignants: Effectif | None = None
    biatss: Effectif | None = Field(None, description="personnels administratifs et techniques")
    etudiants: Effectif | None = None
    professionnels: Effectif | None = None


class ConseilPerfectionnement(Strict):
    membres: MembresConseil | None = None
    reunions_par_an: Annotated[float, Field(ge=0)] | None = None


class SuiviDiplomes(Strict):
    enquetes_mois: list[Annotated[int, Field(ge=0, le=120)]] = Field(
        default_factory=list, description="enquêtes auprès des diplômés, en mois après le diplôme"
    )
    taux_reponse: Part | None = None


class Insertion(Strict):
    objectif: Part | None = Field(None, description="objectif d'insertion professionnelle")
    mesure: Literal["annuelle", "pluriannuelle", "aucune"] | None = None
    taux_observe: Part | None = None


class Pilotage(Strict):
    conseil_perfectionnement: ConseilPerfectionnement | None = None
    evaluation_enseignements: bool | None = Field(
        None, description="les étudiants évaluent-ils les enseignements ?"
    )
    suivi_diplomes: SuiviDiplomes | None = None
    insertion: Insertion | None = None


class Equipe(Strict):
    heures_professionnels: Heures | None = Field(
        None, description="total des heures d'enseignement assurées par des professionnels"
    )


class Bloc(Strict):
    code: Code
    intitule: Texte
    ues: list[Code] = Field(default_factory=list, description="codes des UE qui le composent")


class Competences(Strict):
    blocs: list[Bloc] = Field(
        default_factory=list, description="blocs de compétences de la fiche RNCP"
    )


class Derogation(Strict):
    regle: Texte = Field(description="code ou identifiant de la règle (« LP102 »)")
    motif: Texte
    instance: Texte = Field(description="instance qui l'a accordée (« CFVU »)")
    date_decision: dt.date
    date_fin: dt.date | None = Field(None, description="fin de validité")
    portee: Code | None = Field(
        None, description="code de l'UE concernée, si la dérogation est ciblée"
    )
