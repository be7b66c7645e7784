"""The blocks around the structure: stage, projet, alternance, assessment, governance."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from lp_lint.model.base import (
    Code,
    Date,
    Effectif,
    Heures,
    Part,
    Semaines,
    Strict,
    Texte,
)
from lp_lint.model.invariants import InvariantError, split_stage_error


class Stage(Strict):
    """Le stage : sa durée (de l'une des trois façons), son suivi et son évaluation."""

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
    gratification: bool | None = Field(
        None, description="le stage est-il gratifié (obligatoire au-delà de deux mois) ?"
    )

    @model_validator(mode="after")
    def _fractionne_complet(self) -> Stage:
        error = split_stage_error(self.jours_par_semaine, self.sur_semaines)
        if error:
            raise InvariantError(error)
        return self


class ProjetTuteure(Strict):
    """Le projet tuteuré : volume, part en entreprise, suivi et évaluation."""

    heures: Heures | None = Field(None, description="volume du projet tuteuré en heures étudiant")
    part_en_entreprise: Part | None = Field(
        None, description="part du projet réalisée en entreprise"
    )
    memoire: bool | None = Field(None, description="le projet donne-t-il lieu à un mémoire ?")
    soutenance: bool | None = Field(None, description="… et à une soutenance orale ?")
    modalites_suivi: Texte | None = Field(None, description="comment le projet est suivi")
    modalites_evaluation: Texte | None = Field(None, description="comment le projet est évalué")


class AccordBranche(Strict):
    """Accord de branche déclaré pour un contrat de professionnalisation."""

    reference: Texte = Field(description="accord de branche (intitulé, IDCC, date)")
    part_max: Part | None = Field(None, description="part de formation maximale qu'il autorise")


class Contrat(Strict):
    """Un contrat d'alternance type proposé aux étudiants."""

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
    aucun_accord: bool | None = Field(
        None,
        description="vrai quand aucun accord de branche ni interprofessionnel ne permet de "
        "dépasser 25 % de formation (contrat de professionnalisation)",
    )
    regle_certificateur: Texte | None = Field(
        None,
        description="règle de l'organisme certificateur sur la durée de formation en "
        "apprentissage (décision, date), à laquelle renvoie l'article L6211-2",
    )


class Alternance(Strict):
    """L'alternance : rythme et contrats proposés."""

    rythme: Texte | None = Field(None, description="rythme, « 2 jours IUT / 3 jours entreprise »")
    contrats: list[Contrat] = Field(default_factory=list, description="contrats proposés")


class Compensation(Strict):
    """Compensation entre notes."""

    entre_ec: bool | None = Field(None, description="les EC d'une UE se compensent-ils ?")
    entre_ue: bool | None = Field(None, description="les UE se compensent-elles ?")


class ConditionsDelivrance(Strict):
    """Conditions de délivrance du diplôme."""

    moyenne_generale_min: Annotated[float, Field(ge=0, le=20)] | None = Field(
        None, description="moyenne générale exigée sur 20"
    )
    moyenne_projet_stage_min: Annotated[float, Field(ge=0, le=20)] | None = Field(
        None, description="moyenne exigée sur l'ensemble projet tuteuré et stage"
    )


class Epreuve(Strict):
    """Une épreuve du calendrier des examens."""

    date: Date = Field(description="date de l'épreuve (AAAA-MM-JJ)")
    ue: Code | None = Field(None, description="code de l'UE évaluée")
    type: Literal["controle_continu", "examen_terminal", "soutenance", "autre"] | None = Field(
        None, description="nature de l'épreuve"
    )


class ModalitesControle(Strict):
    """Modalités de contrôle des connaissances (MCC)."""

    compensation: Compensation | None = Field(None, description="compensation entre EC et entre UE")
    notes_eliminatoires: bool | None = Field(
        None, description="existe-t-il des notes éliminatoires ?"
    )
    seuil_eliminatoire: Annotated[float, Field(ge=0, le=20)] | None = Field(
        None, description="note éliminatoire sur 20, s'il en existe"
    )
    seconde_session: bool | None = Field(
        None, description="une seconde session est-elle organisée ?"
    )
    conditions_delivrance: ConditionsDelivrance | None = Field(
        None, description="moyennes exigées pour obtenir le diplôme"
    )
    conservation_ue_min: Annotated[float, Field(ge=0, le=20)] | None = Field(
        None, description="note à partir de laquelle une UE peut être conservée en cas d'échec"
    )
    capitalisation_ue_min: Annotated[float, Field(ge=0, le=20)] | None = Field(
        None, description="note à partir de laquelle une UE est capitalisable"
    )
    date_adoption: Date | None = Field(
        None, description="date d'adoption des MCC pour l'année (AAAA-MM-JJ)"
    )
    calendrier: list[Epreuve] = Field(default_factory=list, description="calendrier des épreuves")


class Jury(Strict):
    """Composition du jury de délivrance du diplôme."""

    membres: Effectif | None = Field(None, description="nombre de membres du jury")
    professionnels: Effectif | None = Field(None, description="dont professionnels du secteur")


class MembresConseil(Strict):
    """Membres du conseil de perfectionnement par catégorie."""

    enseignants_chercheurs: Effectif | None = Field(None, description="enseignants-chercheurs")
    enseignants: Effectif | None = Field(None, description="enseignants")
    biatss: Effectif | None = Field(None, description="personnels administratifs et techniques")
    etudiants: Effectif | None = Field(None, description="étudiants")
    professionnels: Effectif | None = Field(None, description="professionnels du secteur")


class ConseilPerfectionnement(Strict):
    """Conseil de perfectionnement de la formation."""

    membres: MembresConseil | None = Field(None, description="membres par catégorie")
    reunions_par_an: Annotated[float, Field(ge=0, le=366)] | None = Field(
        None, description="nombre de réunions par an"
    )
    bilan_stages: bool | None = Field(
        None, description="un bilan annuel des stages lui est-il présenté ?"
    )


class SuiviDiplomes(Strict):
    """Enquêtes de suivi des diplômés."""

    enquetes_mois: list[Annotated[int, Field(ge=0, le=120)]] = Field(
        default_factory=list, description="enquêtes auprès des diplômés, en mois après le diplôme"
    )
    taux_reponse: Part | None = Field(None, description="taux de réponse aux enquêtes")


class Insertion(Strict):
    """Insertion professionnelle des diplômés."""

    objectif: Part | None = Field(None, description="objectif d'insertion professionnelle")
    mesure: Literal["annuelle", "pluriannuelle", "aucune"] | None = Field(
        None, description="fréquence de la mesure de l'insertion"
    )
    taux_observe: Part | None = Field(None, description="dernier taux d'insertion mesuré")


class Pilotage(Strict):
    """Pilotage : conseil de perfectionnement, évaluation des enseignements, suivi des diplômés."""

    conseil_perfectionnement: ConseilPerfectionnement | None = Field(
        None, description="composition et réunions du conseil de perfectionnement"
    )
    evaluation_enseignements: bool | None = Field(
        None, description="les étudiants évaluent-ils les enseignements ?"
    )
    suivi_diplomes: SuiviDiplomes | None = Field(None, description="enquêtes auprès des diplômés")
    insertion: Insertion | None = Field(None, description="objectif et mesure de l'insertion")
    contrat_pedagogique: bool | None = Field(
        None,
        description="chaque étudiant conclut-il un contrat pédagogique pour la réussite étudiante ?",
    )
    passerelles: bool | None = Field(
        None, description="des passerelles permettent-elles de se réorienter ?"
    )


class Equipe(Strict):
    """L'équipe pédagogique, pour la part des professionnels."""

    heures_professionnels: Heures | None = Field(
        None, description="total des heures d'enseignement assurées par des professionnels"
    )


class Bloc(Strict):
    """Un bloc de compétences."""

    code: Code = Field(description="code du bloc, « BC01 »")
    intitule: Texte = Field(description="intitulé du bloc")
    competences: list[Texte] = Field(default_factory=list, description="compétences du bloc")
    ues: list[Code] = Field(default_factory=list, description="codes des UE qui le composent")


class Competences(Strict):
    """Blocs de compétences de la fiche RNCP et UE qui les composent."""

    blocs: list[Bloc] = Field(
        default_factory=list, description="blocs de compétences de la fiche RNCP"
    )


Autorite = Literal["etablissement", "recteur", "ministre"]
"""Who may grant a dérogation: each rule pack says whose dérogations it accepts."""


class Derogation(Strict):
    """Dérogation accordée par l'établissement à une règle."""

    regle: Texte = Field(description="code ou identifiant de la règle (« LP102 »)")
    motif: Texte = Field(description="raison de la dérogation")
    instance: Texte = Field(description="instance qui l'a accordée (« CFVU »)")
    autorite: Autorite = Field(
        "etablissement",
        description="qui a décidé : l'établissement (CFVU, conseil d'administration), le recteur "
        "de région académique, ou le ministre (décision d'accréditation ou d'habilitation)",
    )
    date_decision: Date = Field(description="date de la décision (AAAA-MM-JJ)")
    date_fin: Date | None = Field(None, description="fin de validité")
    portee: Code | None = Field(
        None, description="code de l'UE concernée, si la dérogation est ciblée"
    )
