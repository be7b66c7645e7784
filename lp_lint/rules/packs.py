"""Rule packs: folders of YAML rule files, each pack dated by the text it comes from.

A pack is a folder holding `pack.yaml` and one `<rule-id>.yaml` per rule (case files live in
`cases/<rule-id>/` beside them). This module holds what the files say (the models, also the
source of their JSON Schema) and the rules ready to run; `loading` reads the files and
`compiled` caches the bundled packs. Packs are data only: nothing in a pack can run code.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from lp_lint.findings import Finding, Reference, Severity
from lp_lint.i18n import Lang
from lp_lint.rules.checks import Check, Params
from lp_lint.rules.entities import Scope


class _Data(BaseModel):
    # defer_build: these schemas are built only when YAML rule files are read, not when the
    # compiled packs are loaded (see `compiled`)
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


class RuleReference(_Data):
    texte: str = Field(min_length=1)
    article: str = Field(min_length=1)
    url: str = Field(pattern=r"^https://")
    statut: Statut
    catalogue: str = Field(min_length=1, description="id of the row in the regulatory catalogue")


Statut = Literal["VERIFIED-T", "VERIFIED-S", "RECALLED", "NOT-FOUND"]

CERTAINTY: dict[str, dict[Lang, str]] = {
    "VERIFIED-T": {"fr": "texte lu", "en": "text read"},
    "VERIFIED-S": {
        "fr": "lu dans une source secondaire seulement",
        "en": "read in a secondary source only",
    },
    "RECALLED": {"fr": "non vérifié dans le texte", "en": "not checked against the text"},
    "NOT-FOUND": {
        "fr": "cherché dans le texte sans y être trouvé (usage)",
        "en": "searched for in the text and not found (practice)",
    },
}
"""How users read a reference's `statut`: plain words, never the catalogue's tags."""


def certainty(statut: str, lang: Lang) -> str:
    return CERTAINTY[statut][lang]


def dates(force: InForce, lang: Lang) -> str:
    """`2019-01-01 → …`, with a mark when a date was not read in a text."""
    text = f"{force.since} → {force.until or '…'}"
    if not force.verified:
        text += " (date non vérifiée)" if lang == "fr" else " (date unverified)"
    return text


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


class Rule(NamedTuple):
    """A rule ready to run: its check resolved and its params validated for every reading."""

    source: RuleFile
    pack: str
    check: Check[Any]
    params: dict[str, Params]
    path: Path

    @property
    def id(self) -> str:
        return self.source.id

    @property
    def code(self) -> str:
        return self.source.code

    @property
    def severity(self) -> Severity:
        return Severity.parse(self.source.severity)

    @property
    def reference(self) -> Reference:
        ref = self.source.reference
        return Reference(ref.texte, ref.article, ref.url, ref.statut)

    def reading(self, chosen: dict[str, str]) -> str | None:
        return chosen.get(self.id) or chosen.get(self.code) or self.source.default_reading

    def at(self, day: dt.date | None) -> Rule | None:
        """The rule as its text read on `day` (None when not in force then); without a day or
        versions, the rule itself."""
        source = self.source
        if day is None:
            return self
        if source.in_force is not None and not source.in_force.covers(day):
            return None
        if not source.versions:
            return self
        version = next((v for v in source.versions if v.in_force.covers(day)), None)
        if version is None:
            return None
        update: dict[str, Any] = {}
        if version.severity is not None:
            update["severity"] = version.severity
        if version.reference is not None:
            update["reference"] = version.reference
        return self._replace(source=source.model_copy(update=update)) if update else self


class Pack(NamedTuple):
    source: PackFile
    rules: tuple[Rule, ...]
    folder: Path

    @property
    def id(self) -> str:
        return self.source.id


@dataclass(frozen=True)
class PackSet:
    packs: tuple[Pack, ...]
    findings: tuple[tuple[Path, Finding], ...]
    """Problems in the pack files themselves, by file: configuration errors."""

    @functools.cached_property
    def rule_codes(self) -> dict[str, str]:
        """Every rule's id and code → its code."""
        return {
            key: rule.code
            for pack in self.packs
            for rule in pack.rules
            for key in (rule.id, rule.code)
        }

    @functools.cached_property
    def waivers(self) -> dict[str, tuple[Pouvoir, ...]]:
        """Every rule's code → the authorities whose dérogations may waive it."""
        return {
            rule.code: tuple(rule.source.derogeable_par or pack.source.derogeable_par)
            for pack in self.packs
            for rule in pack.rules
        }

    @functools.cached_property
    def rules(self) -> dict[str, Rule]:
        """Every rule by code."""
        return {rule.code: rule for pack in self.packs for rule in pack.rules}


def bundled_rules_dir() -> Path:
    """`lp_lint/rules/bundled` in an installed wheel, the repository's `rules/` in a source
    checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "bundled"
    return installed if installed.is_dir() else here.parent.parent / "rules"


def pack_signature(folders: tuple[Path, ...]) -> tuple[tuple[str, int, int], ...]:
    """What the pack files are now (name, size, mtime): the cache key of `load_packs`."""
    signature = []
    for folder in folders:
        for path in sorted(folder.glob("*/*.yaml")):
            try:
                stat = path.stat()
            except OSError:  # a dangling or looping link: reported when the pack is read
                signature.append((str(path), -1, -1))
                continue
            signature.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(signature)
