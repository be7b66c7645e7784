"""What a pack's files say: the models of `pack.yaml` and of a rule file.

They validate the YAML files of a pack when it is read (`loading`), word their errors, and are
the source of `docs/regle.schema.json` and `docs/pack.schema.json`. A run never holds them: a
rule ready to run carries their plain twin from `rules.records` (generated from these models by
`rules.codegen`), which is all the pack cache needs to rebuild — so that a run whose packs come
from the cache never imports pydantic.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from lp_lint.i18n import Lang
from lp_lint.rules.entities import Scope


class _Data(BaseModel):
    # defer_build: a schema is built only when a file of its kind is read
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


class Texts(_Data):
    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return self.fr if lang == "fr" else self.en


class InForce(_Data):
    since: dt.date = Field(description="first day in force (start of the first academic year)")
    until: dt.date | None = Field(None, description="last day in force; absent while in force")
    verified: bool = Field(
        True, description="false when a date was not read in a text (a secondary source, recalled)"
    )
    from_renewal: bool = Field(
        False,
        description="the text binds an establishment from `since` at the latest at the renewal "
        "of its accreditation: not before, for an accreditation that began earlier",
    )

    def covers(self, day: dt.date) -> bool:
        return self.since <= day and (self.until is None or day <= self.until)


Statut = Literal["VERIFIED-T", "VERIFIED-S", "RECALLED", "NOT-FOUND"]


class RuleReference(_Data):
    texte: str = Field(min_length=1)
    article: str = Field(min_length=1)
    url: str = Field(pattern=r"^https://")
    statut: Statut
    catalogue: str = Field(min_length=1, description="id of the row in the regulatory catalogue")


class Reading(_Data):
    description: Texts
    params: dict[str, Any] = Field(default_factory=dict)


Autorite = Literal["etablissement", "recteur", "ministre"]


class Pouvoir(_Data):
    """An authority that may waive a rule, from a date when the power is recent."""

    autorite: Autorite
    depuis: dt.date | None = Field(None, description="first academic year it may (1 September)")


class RuleVersion(_Data):
    """One wording of the rule's text, for the years it was in force: a text rewritten later
    (an article renumbered, a rule now unread) changes the citation and the severity."""

    in_force: InForce
    severity: Literal["error", "warning", "info"] | None = None
    reference: RuleReference | None = None
    note: Texts | None = Field(None, description="what this version changes")


class RuleFile(_Data):
    id: str = Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
    code: str = Field(pattern=r"^[A-Z]{2,4}[0-9]{3}$")
    title: Texts
    severity: Literal["error", "warning", "info"]
    scope: Scope
    check: str
    params: dict[str, Any] = Field(default_factory=dict)
    readings: dict[str, Reading] = Field(default_factory=dict)
    default_reading: str | None = None
    message: dict[str, Texts]
    rationale: Texts
    reference: RuleReference
    in_force: InForce | None = None
    versions: list[RuleVersion] = Field(default_factory=list)
    derogeable_par: list[Pouvoir] | None = Field(
        None, description="who may waive this rule, when it differs from its pack"
    )
    inconnu: Literal["jamais"] | None = Field(
        None,
        description="`jamais`: the rule never lacks data, so it has no unknown-data case (its "
        "quantity reads an absence as the finding, or it judges only what the maquette states)",
    )
    etendue_par: Literal["mentions"] | None = Field(
        None,
        description="the configuration list whose values this rule accepts besides its own "
        "(its check must have a list param to extend)",
    )


class PackText(_Data):
    titre: str
    url: str = Field(pattern=r"^https://")


class PackFile(_Data):
    id: str = Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
    title: Texts
    text: PackText
    regime: Literal["lp-1999", "lp-2019"] | None = None
    in_force: InForce
    extends: str | None = None
    unread: Texts | None = Field(
        None, description="what of the text was not read, and so not checked"
    )
    derogeable_par: list[Pouvoir] = Field(
        default_factory=lambda: [Pouvoir(autorite="etablissement")],
        description="who may waive its rules (a university's own pack: the university itself)",
    )
