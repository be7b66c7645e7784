"""Semesters, UEs and ECs: the teaching structure of a maquette."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, ValidationInfo, field_validator

from lp_lint.model.base import Code, Coefficient, Ects, Heures, Strict, Texte
from lp_lint.model.invariants import InvariantError, choice_count_error, choice_members_error
from lp_lint.model.vocabulary import Caractere, Nature, Theme

MAX_MEMBRES = 20
"""A choice offered to students lists a handful of UEs or ECs, never dozens."""


class VolumeHoraire(Strict):
    """Heures étudiant par type ; un type absent d'un tableau renseigné vaut 0."""

    cm: Heures | None = Field(None, description="heures de cours magistraux (CM)")
    td: Heures | None = Field(None, description="heures de travaux dirigés (TD)")
    tp: Heures | None = Field(None, description="heures de travaux pratiques (TP)")
    ci: Heures | None = Field(
        None, description="heures de cours intégrés (C/TD : cours et exercices mêlés)"
    )
    total: Heures | None = Field(
        None,
        description="heures enseignées sans type (« 48 h ») ; les types écrits à côté en "
        "détaillent une partie",
    )
    projet: Heures | None = Field(None, description="heures de projet tuteuré (temps étudiant)")
    distanciel: Heures | None = Field(
        None,
        description="dont heures à distance (parmi les heures enseignées), pour le minimum en "
        "présence",
    )
    travail_personnel: Heures | None = Field(
        None, description="heures de travail personnel attendu, pour la charge par ECTS"
    )


class Choix(Strict):
    """Un choix offert à l'étudiant : il suit `nombre` des UE (ou des EC) listées dans `parmi`.

    Les éléments listés restent écrits à leur place ; seuls ceux d'un parcours d'étudiant
    comptent dans ses sommes, et chaque parcours possible est vérifié.
    """

    code: Code | None = Field(None, description="code du choix, facultatif (« OPT5 »)")
    intitule: Texte | None = Field(None, description="intitulé facultatif (« option de S5 »)")
    parmi: list[Code] = Field(
        min_length=2,
        max_length=MAX_MEMBRES,
        description="codes des UE (au semestre) ou des EC (dans une UE) entre lesquels choisir",
    )
    nombre: Annotated[int, Field(ge=1, le=MAX_MEMBRES)] = Field(
        1, description="combien l'étudiant en suit (1 par défaut)"
    )

    @field_validator("nombre")
    @classmethod
    def _fewer_than_listed(cls, nombre: int, info: ValidationInfo) -> int:
        error = choice_count_error(nombre, info.data.get("parmi"))
        if error:
            raise InvariantError(error)
        return nombre


def _members_present(choix: list[Choix], codes: set[str] | None, kind: str) -> list[Choix]:
    """Each member of a choice is written beside it, and belongs to one choice only."""
    if codes is None:  # the list itself is invalid: its own errors say so
        return choix
    error = choice_members_error(choix, codes, kind)
    if error:
        raise InvariantError(error)
    return choix


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
    caractere: Caractere | None = Field(
        None,
        description="obligatoire, optionnelle ou libre ; une UE optionnelle ou libre qui "
        "n'est dans aucun choix n'entre dans aucun parcours d'étudiant (ni dans ses sommes)",
    )
    ecs: list[EC] = Field(default_factory=list, description="éléments constitutifs de l'UE")
    choix: list[Choix] = Field(
        default_factory=list, description="choix d'EC offerts dans l'UE (« deux EC parmi cinq »)"
    )

    @field_validator("choix")
    @classmethod
    def _choix_of_ecs(cls, choix: list[Choix], info: ValidationInfo) -> list[Choix]:
        ecs = info.data.get("ecs")
        return _members_present(choix, None if ecs is None else {ec.code for ec in ecs}, "EC")

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
    choix: list[Choix] = Field(
        default_factory=list, description="choix d'UE offerts au semestre (« une UE parmi trois »)"
    )

    @field_validator("choix")
    @classmethod
    def _choix_of_ues(cls, choix: list[Choix], info: ValidationInfo) -> list[Choix]:
        ues = info.data.get("ues")
        return _members_present(choix, None if ues is None else {ue.code for ue in ues}, "UE")
