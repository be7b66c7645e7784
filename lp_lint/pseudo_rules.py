"""The findings that come from lp-lint itself rather than from a rule pack, with fixed codes.

Every such finding names its code through one of the constants below, never a string literal
(tests/test_pseudo_rules.py looks for strays): the registry is then the whole list, which
`explain`, SARIF's rule descriptors and the rule selectors read.
"""

from __future__ import annotations

from typing import NamedTuple

from lp_lint.i18n import Lang


class PseudoRule(NamedTuple):
    code: str
    id: str
    fr: str
    en: str

    def title(self, lang: Lang) -> str:
        return self.fr if lang == "fr" else self.en


YAML_SYNTAX = PseudoRule("Y001", "yaml-syntax", "Syntaxe YAML", "YAML syntax")
DUPLICATE_KEY = PseudoRule("Y002", "yaml-duplicate-key", "Clé en double", "Duplicate key")
YAML_TAG = PseudoRule("Y003", "yaml-tag", "Étiquette YAML refusée", "YAML tag refused")
YAML_LIMIT = PseudoRule(
    "Y004",
    "yaml-limit",
    "Limite de taille ou d'imbrication dépassée",
    "Size or nesting limit exceeded",
)
MULTI_DOCUMENT = PseudoRule(
    "Y005",
    "yaml-multi-document",
    "Plusieurs documents dans un fichier",
    "Several documents in one file",
)
INVISIBLE_BREAK = PseudoRule(
    "Y006",
    "yaml-invisible-break",
    "Fin de ligne invisible (U+0085, U+2028, U+2029)",
    "Invisible line break (U+0085, U+2028, U+2029)",
)
FILE_UNREADABLE = PseudoRule("F001", "file-unreadable", "Fichier illisible", "Unreadable file")
ENCODING = PseudoRule("F002", "encoding", "Encodage du fichier", "File encoding")
FILE_TOO_LARGE = PseudoRule("F003", "file-too-large", "Fichier trop gros", "File too large")
TOO_MANY_FINDINGS = PseudoRule(
    "F004",
    "too-many-findings",
    "Trop de constats dans un fichier",
    "Too many findings in one file",
)
SCHEMA = PseudoRule("S001", "schema", "Format de la maquette", "Maquette format")
SCHEMA_UNKNOWN_KEY = PseudoRule("S002", "schema-unknown-key", "Clé inconnue", "Unknown key")
NO_YEAR = PseudoRule("R001", "regime", "Année universitaire absente", "Academic year missing")
TRANSITION_YEAR = PseudoRule(
    "R002", "regime", "Année de transition entre régimes", "Transition year between regimes"
)
OUT_OF_FORCE = PseudoRule(
    "R003", "regime", "Régime hors de sa période de vigueur", "Regime outside its period"
)
PERIOD_FIRST_YEAR = PseudoRule(
    "R004",
    "regime",
    "Période d'accréditation jugée sur sa première année",
    "Accreditation period judged on its first year",
)
BEFORE_RENEWAL = PseudoRule(
    "R005",
    "regime",
    "Texte pas encore applicable avant le renouvellement de l'accréditation",
    "Text not yet binding before the accreditation's renewal",
)
NOT_LICENCE_PRO = PseudoRule(
    "R006",
    "regime",
    "Diplôme que lp-lint ne vérifie pas",
    "Diploma lp-lint does not check",
)
INCOMPLETE = PseudoRule(
    "D001",
    "incomplete",
    "Donnée manquante pour vérifier une règle",
    "Data missing to check a rule",
)
DEROGATION_EXPIRED = PseudoRule(
    "D101", "derogation-expired", "Dérogation expirée", "Expired dérogation"
)
DEROGATION_UNUSED = PseudoRule(
    "D102", "derogation-unused", "Dérogation sans objet", "Unused dérogation"
)
DEROGATION_LATE = PseudoRule(
    "D104",
    "derogation-late",
    "Dérogation décidée après l'année jugée",
    "Dérogation decided after the year judged",
)
DEROGATION_AUTHORITY = PseudoRule(
    "D105",
    "derogation-authority",
    "Dérogation d'une autorité qui ne peut lever la règle",
    "Dérogation by an authority that cannot waive the rule",
)
DEROGATION_UNKNOWN_RULE = PseudoRule(
    "D103",
    "derogation-unknown-rule",
    "Dérogation à une règle inconnue",
    "Dérogation to an unknown rule",
)
BASELINE_STALE = PseudoRule(
    "B001", "baseline-stale", "Entrée de référence résolue", "Baseline entry resolved"
)
RESOLVED = PseudoRule(
    "G001",
    "resolved",
    "Constat résolu par la modification",
    "Finding resolved by the change",
)
TWICE_HEURES_PROJET = PseudoRule(
    "N001",
    "contradiction-heures-projet",
    "Heures du projet tuteuré indiquées deux fois, différemment",
    "Projet tuteuré hours stated twice, differently",
)
TWICE_HEURES_PROFESSIONNELS = PseudoRule(
    "N002",
    "contradiction-heures-professionnels",
    "Heures des professionnels indiquées deux fois, différemment",
    "Professionals' hours stated twice, differently",
)
TWICE_STAGE = PseudoRule(
    "N003",
    "contradiction-stage",
    "Durée du stage en semaines et en heures qui ne concordent pas",
    "Stage length in weeks and in hours that disagree",
)
TWICE_ECTS_UE = PseudoRule(
    "N004",
    "contradiction-ects-ue",
    "ECTS d'une UE et de ses EC qui ne concordent pas",
    "ECTS of a UE and of its ECs that disagree",
)
JURY_IMPOSSIBLE = PseudoRule(
    "N005",
    "jury-impossible",
    "Plus de professionnels que de membres du jury",
    "More professionals than jury members",
)
PARCOURS_SANS_ECTS = PseudoRule(
    "N006", "ects-parcours-nul", "Parcours de 0 ECTS", "Parcours of 0 ECTS"
)
ANNEE_IMPOSSIBLE = PseudoRule(
    "N007", "annee-impossible", "Année ou période impossible", "Impossible year"
)
CONTRAT_SANS_HEURES = PseudoRule(
    "N008", "contrat-sans-heures", "Contrat de 0 heure", "Contract of 0 hours"
)
CODE_EN_DOUBLE = PseudoRule(
    "N009", "code-en-double", "Code d'UE ou d'EC en double", "Duplicate UE or EC code"
)
TOO_MANY_PATHS = PseudoRule(
    "N010",
    "trop-de-parcours-etudiants",
    "Plus de parcours d'étudiant que ceux vérifiés",
    "More student paths than are checked",
)
TOTAL_BELOW_TYPES = PseudoRule(
    "N011",
    "heures-total-inferieur",
    "Total d'heures inférieur à ses heures par type",
    "Hours total below its hours by type",
)
TWICE_HEURES_UE = PseudoRule(
    "N012",
    "contradiction-heures-ue",
    "Heures d'une UE et de ses EC qui ne concordent pas",
    "Hours of a UE and of its ECs that disagree",
)
TWICE_STAGE_FRACTIONNE = PseudoRule(
    "N013",
    "contradiction-stage-fractionne",
    "Stage fractionné dont la durée dite autrement ne concorde pas",
    "Split stage whose length stated otherwise disagrees",
)
UE_MUTUALISEE = PseudoRule(
    "N014",
    "ue-mutualisee-differente",
    "Même code d'UE, chiffres différents dans deux maquettes d'un établissement et d'une année",
    "One UE code with different figures in two maquettes of one establishment and year",
)
INTERNAL_ERROR = PseudoRule(
    "X001", "internal-error", "Erreur interne d'une règle", "Internal error in a rule"
)
CONFIG = PseudoRule(
    "C001",
    "config",
    "Configuration ou pack de règles invalide",
    "Invalid configuration or rule pack",
)

INCLUDE_UNREADABLE = PseudoRule(
    "I001",
    "include-unreadable",
    "Fichier inclus introuvable, illisible ou spécial",
    "Included file missing, unreadable or special",
)
INCLUDE_PATH = PseudoRule(
    "I002",
    "include-path",
    "Chemin d'inclusion refusé (absolu, hors du dépôt)",
    "Include path refused (absolute, outside the repository)",
)
INCLUDE_CYCLE = PseudoRule("I003", "include-cycle", "Inclusion circulaire", "Circular include")
INCLUDE_LIMIT = PseudoRule(
    "I004",
    "include-limit",
    "Inclusions trop profondes ou trop grosses",
    "Includes nested too deep or too large",
)
INCLUDE_KIND = PseudoRule(
    "I005",
    "include-kind",
    "Fichier inclus qui n'est pas une UE ou un EC",
    "Included file that is not a UE or an EC",
)
INLINE_UNUSED = PseudoRule(
    "U001",
    "inline-ignore-unused",
    "Commentaire lp-lint: ignore sans constat à taire",
    "lp-lint: ignore comment with no finding to silence",
)
INLINE_NO_REASON = PseudoRule(
    "U002",
    "inline-ignore-no-reason",
    "Commentaire lp-lint: ignore sans raison",
    "lp-lint: ignore comment without a reason",
)
INLINE_ERROR = PseudoRule(
    "U003",
    "inline-ignore-error",
    "Erreur visée par lp-lint: ignore (seule une dérogation la lève)",
    "Error aimed at by lp-lint: ignore (only a dérogation waives it)",
)

PSEUDO_RULES: dict[str, PseudoRule] = {
    rule.code: rule for rule in list(globals().values()) if isinstance(rule, PseudoRule)
}
