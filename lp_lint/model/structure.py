"""Semesters, UEs and ECs: the teaching structure of a maquette."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from lp_lint.model.base import Code, Coefficient, Ects, Heures, Strict, Texte

Nature = Literal[
    "enseignement",
    "projet_tuteure",
    "stage",
    "memoire",
    "periode_entreprise",
    "mise_en_situation",
    "autre",
]
"""What an EC (or a UE without ECs) is: taught course, projet tuteuré, stage, mémoire, the
company periods of an alternance (under contract: not a stage), or another mise en situation
professionnelle (a SAÉ, a simulated firm)."""

Theme = Literal[
    "langue_etrangere", "expression_communication", "informatique", "connaissance_entreprise"
]
Caractere = Literal["obligatoire", "optionnelle", "libre"]


class VolumeHoraire(Strict):
    """Heures étudiant par type ; un type absent d'un tableau renseigné vaut 0."""

    cm: Heures | None = Field(None, description="heures de cours magistraux (CM)")
    td: Heures | None = Field(None, description="heures de travaux dirigés (TD)")
    tp: Heures | None = Field(None, description="heures de travaux pratiques (TP)")
    projet: Heures | None = Field(None, description="heures de projet tuteuré (temps étudiant)")
    distanciel: Heures | None = Field(
        None, description="dont heures à distance (parmi CM, TD et TP), pour le minimum en présence"
    )
    travail_personnel: Heures | None = Field(
        None, description="heures de travail personnel attendu, pour la charge par ECTS"
    )


class _Enseignement(Strict):
    code: Code = Field(description="code de l'élément, unique dans la maquette (« UE1 », « 0701 »)")
    intitule: Texte = Field(description="intitulé")
    ects: Ects | None = Field(None, description="crédits ECTS")
    coefficient: Coefficient | None = Field(None, description="coefficient dans la moyenne")
    heures: VolumeHoraire | None = Field(None, description="volume horaire étudiant par type")
    heures_professionnels: Heures | None = Field(
        None,
        description="heures de cet élément assurées par des professionnels du secteur "
        "(enseignants associés, chargés d'enseignement dont c'est l'activité principale)",
    )
    memoire: bool | None = Field(None, description="un mémoire est-il exigé ?")
    soutenance: bool | None = Field(None, description="une soutenance orale est-elle exigée ?")
    themes: list[Theme] = Field(
        default_factory=list,
        description="thèmes de formation générale couverts (langue étrangère, expression, "
        "informatique, connaissance de l'entreprise)",
    )


class EC(_Enseignement):
    """Élément constitutif : un enseignement à l'intérieur d'une UE."""

    nature: Nature = Field("enseignement", description="nature de l'EC")


class UE(_Enseignement):
    """Unité d'enseignement : porte des ECTS et un coefficient ; contient des EC, ou se suffit."""

    nature: Nature | None = Field(
        None, description="nature de l'UE lorsqu'elle n'a pas d'EC (sinon, celle de ses EC)"
    )
    caractere: Caractere | None = Field(None, description="obligatoire, optionnelle ou libre")
    ecs: list[EC] = Field(default_factory=list, description="éléments constitutifs de l'UE")

    def natures(self) -> set[str]:
        """The natures this UE holds: its ECs' if it has any, else its own (default teaching)."""
        if self.ecs:
            found = {ec.nature for ec in self.ecs}
            return found | ({self.nature} if self.nature else set())
        return {self.nature or "enseignement"}

    def elements(self) -> list[_Enseignement]:
        """What carries the hours: the ECs, or the UE itself when it has none."""
        return list(self.ecs) if self.ecs else [self]


class Semestre(Strict):
    """Un semestre et ses UE."""

    numero: Annotated[int, Field(ge=1, le=12)] = Field(
        description="numéro du semestre dans le cursus (5 et 6 pour une LP en un an)"
    )
    intitule: Texte | None = Field(None, description="intitulé facultatif")
    ues: list[UE] = Field(default_factory=list, description="unités d'enseignement du semestre")
