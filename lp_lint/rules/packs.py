"""Rule packs: folders of YAML rule files, each pack dated by the text it comes from.

A pack is a folder holding `pack.yaml` and one `<rule-id>.yaml` per rule (case files live in
`cases/<rule-id>/` beside them). This module holds the rules ready to run: what their files
said (the plain twins in `records` of the models in `pack_files`, which validate the files),
their check and their params. `loading` reads the files and `compiled` caches the bundled
packs. Packs are data only: nothing in a pack can run code.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from lp_lint.findings import Finding, Reference, Severity
from lp_lint.i18n import Lang, tr
from lp_lint.rules.checks import Check
from lp_lint.rules.records import InForce, PackFile, Params, Pouvoir, RuleFile


def certainty(statut: str, lang: Lang) -> str:
    """How users read a reference's `statut`: plain words, never the catalogue's tags."""
    return tr(f"certainty.{statut}", lang)


def dates(force: InForce, lang: Lang) -> str:
    """`2019-01-01 → …`, with a mark when a date was not read in a text."""
    text = f"{force.since} → {force.until or '…'}"
    if not force.verified:
        text += tr("dates.unverified", lang)
    return text


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
