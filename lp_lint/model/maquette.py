"""The root of a maquette file (format version 1)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import Field

from lp_lint.model.base import AnneeUniversitaire, Code, Ects, Strict, Texte
from lp_lint.model.blocs import (
    Alternance,
    Competences,
    Derogation,
    Equipe,
    Jury,
    ModalitesControle,
    Pilotage,
    ProjetTuteure,
    Stage,
)
from lp_lint.model.structure import UE, Semestre

Regime = Literal["lp-1999", "lp-2019"]
Public = Literal["formation_initiale", "alternance", "formation_continue"]


class Periode(Strict):
    """Période d'accréditation, en années universitaires."""

    debut: AnneeUniversitaire = Field(description="première année universitaire couverte")
    fin: AnneeUniversitaire = Field(description="dernière année universitaire couverte")


class Rncp(Strict):
    """Fiche du Répertoire national des certifications professionnelles."""

    fiche: Code | None = Field(None, description="numéro de fiche, « RNCP29969 »")
    niveau: Annotated[int, Field(ge=1, le=8)] | None = Field(
        None, description="niveau du cadre national"
    )


class Formation(Strict):
    """Identité de la formation ; son année universitaire choisit les textes applicables."""

    diplome: Literal["licence_professionnelle", "but", "licence", "master", "autre"] = Field(
        "licence_professionnelle",
        description="diplôme ; lp-lint ne vérifie que la licence professionnelle (un autre diplôme "
        "reçoit un seul constat R006, aucune règle de licence professionnelle)",
    )
    domaine: Texte | None = Field(None, description="domaine, « Droit, économie, gestion »")
    mention: Texte = Field(
        description="mention nationale, « Commercialisation de produits et services »"
    )
    parcours: Texte | None = Field(None, description="parcours (ou spécialité avant 2014)")
    etablissement: Texte | None = Field(None, description="université qui délivre le diplôme")
    composante: Texte | None = Field(None, description="UFR, IUT ou école qui porte la formation")
    annee_universitaire: AnneeUniversitaire | None = Field(
        None, description="année décrite ; choisit les textes applicables"
    )
    accreditation: Periode | None = Field(None, description="période d'accréditation")
    regime: Regime | None = Field(
        None, description="régime imposé (sinon déduit de l'année) : lp-1999 ou lp-2019"
    )
    ects: Ects | None = Field(None, description="ECTS du parcours (60, 120 ou 180 depuis 2019)")
    ects_acquis_entree: Ects | None = Field(
        None, description="ECTS de premier cycle exigés à l'entrée (régime 2019 : 30 à 120)"
    )
    duree_annees: Annotated[int, Field(ge=1, le=3)] | None = Field(
        None, description="durée en années"
    )
    publics: list[Public] = Field(default_factory=list, description="publics accueillis")
    rncp: Rncp | None = Field(None, description="fiche du Répertoire national des certifications")
    supplement_au_diplome: bool | None = Field(
        None, description="le diplôme est-il délivré avec le supplément au diplôme ?"
    )


class Maquette(Strict):
    """Maquette de licence professionnelle : un parcours, pour une année ou une période d'accréditation."""

    version: Literal[1] = Field(description="version du format de fichier ; toujours 1")
    formation: Formation = Field(description="identité de la formation")
    semestres: list[Semestre] = Field(default_factory=list, description="semestres, UE et EC")
    stage: Stage | None = Field(None, description="le stage (durée, suivi, évaluation)")
    projet_tuteure: ProjetTuteure | None = Field(None, description="le projet tuteuré")
    alternance: Alternance | None = Field(None, description="contrats et rythme de l'alternance")
    equipe: Equipe | None = Field(
        None, description="équipe pédagogique (heures des professionnels)"
    )
    modalites_controle: ModalitesControle | None = Field(
        None, description="modalités de contrôle des connaissances (MCC)"
    )
    jury: Jury | None = Field(None, description="composition du jury")
    pilotage: Pilotage | None = Field(
        None, description="conseil de perfectionnement, évaluations, suivi des diplômés"
    )
    competences: Competences | None = Field(None, description="blocs de compétences")
    derogations: list[Derogation] = Field(
        default_factory=list, description="dérogations accordées par l'établissement"
    )

    def iter_ues(self) -> Iterator[tuple[int, int, UE]]:
        """(semester index, UE index, UE) in document order."""
        for s_index, semestre in enumerate(self.semestres):
            for u_index, ue in enumerate(semestre.ues):
                yield s_index, u_index, ue
