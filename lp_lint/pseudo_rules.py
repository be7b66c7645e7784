"""The findings that come from lp-lint itself rather than from a rule pack, with fixed codes."""

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


PSEUDO_RULES = {
    rule.code: rule
    for rule in (
        PseudoRule("Y001", "yaml-syntax", "Syntaxe YAML", "YAML syntax"),
        PseudoRule("Y002", "yaml-duplicate-key", "Clé en double", "Duplicate key"),
        PseudoRule("Y003", "yaml-tag", "Étiquette YAML refusée", "YAML tag refused"),
        PseudoRule(
            "Y004",
            "yaml-limit",
            "Limite de taille ou d'imbrication dépassée",
            "Size or nesting limit exceeded",
        ),
        PseudoRule(
            "Y005",
            "yaml-multi-document",
            "Plusieurs documents dans un fichier",
            "Several documents in one file",
        ),
        PseudoRule(
            "Y006",
            "yaml-invisible-break",
            "Fin de ligne invisible (U+0085, U+2028, U+2029)",
            "Invisible line break (U+0085, U+2028, U+2029)",
        ),
        PseudoRule("F001", "file-unreadable", "Fichier illisible", "Unreadable file"),
        PseudoRule("F002", "encoding", "Encodage du fichier", "File encoding"),
        PseudoRule("F003", "file-too-large", "Fichier trop gros", "File too large"),
        PseudoRule(
            "F004",
            "too-many-findings",
            "Trop de constats dans un fichier",
            "Too many findings in one file",
        ),
        PseudoRule(
            "I001",
            "include-unreadable",
            "Fichier inclus introuvable, illisible ou spécial",
            "Included file missing, unreadable or special",
        ),
        PseudoRule(
            "I002",
            "include-path",
            "Chemin d'inclusion refusé (absolu, hors du dépôt)",
            "Include path refused (absolute, outside the repository)",
        ),
        PseudoRule("I003", "include-cycle", "Inclusion circulaire", "Circular include"),
        PseudoRule(
            "I004",
            "include-limit",
            "Inclusions trop profondes ou trop grosses",
            "Includes nested too deep or too large",
        ),
        PseudoRule(
            "I005",
            "include-kind",
            "Fichier inclus qui n'est pas une UE ou un EC",
            "Included file that is not a UE or an EC",
        ),
        PseudoRule("S001", "schema", "Format de la maquette", "Maquette format"),
        PseudoRule("S002", "schema-unknown-key", "Clé inconnue", "Unknown key"),
        PseudoRule("R001", "regime", "Année universitaire absente", "Academic year missing"),
        PseudoRule(
            "R002", "regime", "Année de transition entre régimes", "Transition year between regimes"
        ),
        PseudoRule(
            "R003", "regime", "Régime hors de sa période de vigueur", "Regime outside its period"
        ),
        PseudoRule(
            "R004",
            "regime",
            "Période d'accréditation jugée sur sa première année",
            "Accreditation period judged on its first year",
        ),
        PseudoRule(
            "R005",
            "regime",
            "Texte pas encore applicable avant le renouvellement de l'accréditation",
            "Text not yet binding before the accreditation's renewal",
        ),
        PseudoRule(
            "R006",
            "regime",
            "Diplôme que lp-lint ne vérifie pas",
            "Diploma lp-lint does not check",
        ),
        PseudoRule(
            "D001",
            "incomplete",
            "Donnée manquante pour vérifier une règle",
            "Data missing to check a rule",
        ),
        PseudoRule("D101", "derogation-expired", "Dérogation expirée", "Expired dérogation"),
        PseudoRule("D102", "derogation-unused", "Dérogation sans objet", "Unused dérogation"),
        PseudoRule(
            "D104",
            "derogation-late",
            "Dérogation décidée après l'année jugée",
            "Dérogation decided after the year judged",
        ),
        PseudoRule(
            "D105",
            "derogation-authority",
            "Dérogation d'une autorité qui ne peut lever la règle",
            "Dérogation by an authority that cannot waive the rule",
        ),
        PseudoRule(
            "D103",
            "derogation-unknown-rule",
            "Dérogation à une règle inconnue",
            "Dérogation to an unknown rule",
        ),
        PseudoRule(
            "B001", "baseline-stale", "Entrée de référence résolue", "Baseline entry resolved"
        ),
        PseudoRule(
            "G001",
            "resolved",
            "Constat résolu par la modification",
            "Finding resolved by the change",
        ),
        PseudoRule(
            "N001",
            "contradiction-heures-projet",
            "Heures du projet tuteuré indiquées deux fois, différemment",
            "Projet tuteuré hours stated twice, differently",
        ),
        PseudoRule(
            "N002",
            "contradiction-heures-professionnels",
            "Heures des professionnels indiquées deux fois, différemment",
            "Professionals' hours stated twice, differently",
        ),
        PseudoRule(
            "N003",
            "contradiction-stage",
            "Durée du stage en semaines et en heures qui ne concordent pas",
            "Stage length in weeks and in hours that disagree",
        ),
        PseudoRule(
            "N004",
            "contradiction-ects-ue",
            "ECTS d'une UE et de ses EC qui ne concordent pas",
            "ECTS of a UE and of its ECs that disagree",
        ),
        PseudoRule(
            "N005",
            "jury-impossible",
            "Plus de professionnels que de membres du jury",
            "More professionals than jury members",
        ),
        PseudoRule("N006", "ects-parcours-nul", "Parcours de 0 ECTS", "Parcours of 0 ECTS"),
        PseudoRule("N007", "annee-impossible", "Année ou période impossible", "Impossible year"),
        PseudoRule("N008", "contrat-sans-heures", "Contrat de 0 heure", "Contract of 0 hours"),
        PseudoRule(
            "N009", "code-en-double", "Code d'UE ou d'EC en double", "Duplicate UE or EC code"
        ),
        PseudoRule(
            "N010",
            "trop-de-parcours-etudiants",
            "Plus de parcours d'étudiant que ceux vérifiés",
            "More student paths than are checked",
        ),
        PseudoRule(
            "N011",
            "heures-total-inferieur",
            "Total d'heures inférieur à ses heures par type",
            "Hours total below its hours by type",
        ),
        PseudoRule(
            "N012",
            "contradiction-heures-ue",
            "Heures d'une UE et de ses EC qui ne concordent pas",
            "Hours of a UE and of its ECs that disagree",
        ),
        PseudoRule(
            "N013",
            "contradiction-stage-fractionne",
            "Stage fractionné dont la durée dite autrement ne concorde pas",
            "Split stage whose length stated otherwise disagrees",
        ),
        PseudoRule(
            "N014",
            "ue-mutualisee-differente",
            "Même code d'UE, chiffres différents dans deux maquettes d'un établissement et d'une année",
            "One UE code with different figures in two maquettes of one establishment and year",
        ),
        PseudoRule(
            "X001", "internal-error", "Erreur interne d'une règle", "Internal error in a rule"
        ),
    )
}
