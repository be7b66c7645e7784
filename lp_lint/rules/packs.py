"""Rule packs: folders of YAML rule files, each pack dated by the text it comes from.

A pack is a folder holding `pack.yaml` and one `<rule-id>.yaml` per rule (case files live in
`cases/<rule-id>/` beside them). Packs are data only: loading one reads YAML through the same
safe loader as maquettes and validates it; nothing in a pack can run code.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from lp_lint.findings import Finding, Reference, Severity
from lp_lint.i18n import LANGS, Lang, malformed_placeholders, placeholders
from lp_lint.pseudo_rules import CONFIG
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.source import read_source
from lp_lint.reading.validation import validate
from lp_lint.rules.checks import CHECKS, Check, Params
from lp_lint.rules.entities import Scope
from lp_lint.rules.quantities import QUANTITIES


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


@functools.lru_cache(maxsize=8)
def load_packs(
    folders: tuple[Path, ...],
    lang: Lang = "fr",
    signature: tuple[tuple[str, int, int], ...] = (),
    use_compiled: bool = True,
) -> PackSet:
    """Load every pack under `folders` (each a folder of pack folders), once per process and
    version of the files (`signature`)."""
    packs: list[Pack] = []
    problems: list[tuple[Path, Finding]] = []
    for folder in folders:
        if use_compiled and folder == bundled_rules_dir():
            from lp_lint.rules import compiled

            fast = compiled.load(folder)
            if fast is not None:
                packs.extend(fast.packs)
                continue
        for pack_dir in sorted(p for p in folder.iterdir() if _holds_pack(p)):
            pack, found = _load_pack(pack_dir, lang)
            problems.extend(found)
            if pack is not None:
                packs.append(pack)
    known = {pack.id for pack in packs}
    for pack in packs:
        if pack.source.extends and pack.source.extends not in known:
            message = f"extends : pack « {pack.source.extends} » introuvable ; connus : {', '.join(sorted(known))}"
            problems.append((pack.folder / "pack.yaml", _config_finding(message)))
    return PackSet(_resolve_extends(packs), tuple(problems))


def _holds_pack(folder: Path) -> bool:
    """A folder with a `pack.yaml`, even a broken link (then reported, not silently skipped)."""
    pack = folder / "pack.yaml"
    try:
        return pack.is_symlink() or pack.is_file()
    except OSError:  # the folder itself is a looping link
        return False


def _load_pack(folder: Path, lang: Lang) -> tuple[Pack | None, list[tuple[Path, Finding]]]:
    pack_path = folder / "pack.yaml"
    source, problems = _read(PackFile, pack_path, lang)
    rules: list[Rule] = []
    for rule_path in sorted(folder.glob("*.yaml")):
        if rule_path.name == "pack.yaml":
            continue
        rule_file, found = _read(RuleFile, rule_path, lang)
        problems.extend(found)
        if rule_file is not None and source is not None:
            rule, errors = compile_rule(rule_file, source.id, rule_path)
            problems.extend((rule_path, _config_finding(e)) for e in errors)
            if rule is not None:
                rules.append(rule)
    return (Pack(source, tuple(rules), folder) if source else None), problems


def _read(model: type[Any], path: Path, lang: Lang) -> tuple[Any, list[tuple[Path, Finding]]]:
    text = read_source(path, lang)
    if text.text is None:
        return None, [(path, f) for f in text.findings]
    loaded = load_yaml(text.text, lang)
    if loaded.findings:
        return None, [(path, f) for f in loaded.findings]
    value, findings = validate(model, loaded.data, loaded.source_map, lang, rule_id="rule-pack")
    return value, [(path, f) for f in findings]


def compile_rule(source: RuleFile, pack: str, path: Path) -> tuple[Rule | None, list[str]]:
    """Resolve the check and validate its params for the default and every named reading."""
    check = CHECKS.get(source.check)
    if check is None:
        return None, [
            f"vérification inconnue « {source.check} » ; connues : {', '.join(sorted(CHECKS))}"
        ]
    errors: list[str] = []
    params: dict[str, Params] = {}
    for name, overrides in [("", {}), *((n, r.params) for n, r in source.readings.items())]:
        try:
            params[name] = check.params_model.model_validate({**source.params, **overrides})
        except ValueError as error:
            errors.append(f"paramètres invalides ({name or 'défaut'}) : {error}")
    if source.default_reading is not None and source.default_reading not in source.readings:
        errors.append(f"lecture par défaut « {source.default_reading} » non définie dans readings")
    errors.extend(_message_errors(source, check, params))
    errors.extend(_scope_errors(source, check, params))
    return (None if errors else Rule(source, pack, check, params, path)), errors


def _message_errors(source: RuleFile, check: Check[Any], params: dict[str, Params]) -> list[str]:
    details = {
        d for p in params.values() for q in check.quantities(p) for d in QUANTITIES[q].details
    }
    errors = [
        f"message manquant pour le cas « {c} »" for c in check.cases if c not in source.message
    ]
    for case, texts in source.message.items():
        allowed = check.cases.get(case)
        if allowed is None:
            errors.append(f"cas « {case} » inconnu de la vérification {check.name}")
            continue
        for lang in LANGS:
            unknown = placeholders(texts.get(lang)) - allowed - details
            if unknown:
                errors.append(f"message {case}/{lang} : variables inconnues {sorted(unknown)}")
            malformed = malformed_placeholders(texts.get(lang))
            if malformed:
                errors.append(f"message {case}/{lang} : variables mal formées {malformed}")
    return errors


def _scope_errors(source: RuleFile, check: Check[Any], params: dict[str, Params]) -> list[str]:
    errors = []
    for validated in params.values():
        for name in check.quantities(validated):
            if QUANTITIES[name].scope != source.scope:
                errors.append(
                    f"la quantité {name} porte sur « {QUANTITIES[name].scope} », la règle sur « {source.scope} »"
                )
    if source.check == "own-ue" and source.scope != "maquette":
        errors.append("la vérification own-ue porte sur toute la maquette (scope: maquette)")
    return errors


def _config_finding(message: str) -> Finding:
    return Finding("rule-pack", CONFIG.code, Severity.ERROR, message)


def _resolve_extends(packs: list[Pack]) -> tuple[Pack, ...]:
    """A pack that extends another gets the other's rules, its own winning on the same id."""
    by_id = {pack.id: pack for pack in packs}
    resolved = []
    for pack in packs:
        rules = {rule.id: rule for rule in pack.rules}
        parent, seen = pack.source.extends, {pack.id}
        while parent and parent in by_id and parent not in seen:
            seen.add(parent)
            for rule in by_id[parent].rules:
                rules.setdefault(rule.id, rule)
            parent = by_id[parent].source.extends
        resolved.append(Pack(pack.source, tuple(rules.values()), pack.folder))
    return tuple(resolved)
