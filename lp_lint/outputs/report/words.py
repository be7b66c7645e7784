"""Every label of the report pages, in French and English."""

from __future__ import annotations

from lp_lint.i18n import Lang

WORDS: dict[str, dict[Lang, str]] = {
    "title": {"fr": "Maquette", "en": "Maquette"},
    "offer_title": {"fr": "Offre de formation", "en": "Programme offer"},
    "verdict_fail": {"fr": "Non conforme", "en": "Not compliant"},
    "verdict_unsure": {"fr": "Conformité non établie", "en": "Compliance not established"},
    "verdict_pass": {"fr": "Conforme", "en": "Compliant"},
    "verdict_broken": {"fr": "Illisible", "en": "Unreadable"},
    "verdict_internal": {"fr": "Vérification incomplète", "en": "Check incomplete"},
    "why_fail": {
        "fr": "au moins une erreur au regard des textes appliqués",
        "en": "at least one error against the texts applied",
    },
    "why_unsure": {
        "fr": "aucune erreur trouvée, mais des règles n'ont pas pu être vérifiées faute de données",
        "en": "no error found, but some rules could not be checked for lack of data",
    },
    "why_pass": {
        "fr": "aucune erreur, et toutes les règles applicables ont été vérifiées",
        "en": "no error, and every applicable rule was checked",
    },
    "why_internal": {
        "fr": "une règle a échoué : le résultat ne peut pas être garanti",
        "en": "a rule failed: the result cannot be guaranteed",
    },
    "count_error": {"fr": "erreur(s)", "en": "error(s)"},
    "count_warning": {"fr": "avertissement(s)", "en": "warning(s)"},
    "count_info": {"fr": "information(s)", "en": "information(s)"},
    "count_unverified": {"fr": "règle(s) non vérifiée(s)", "en": "rule(s) not checked"},
    "count_waived": {"fr": "couvert(s) par dérogation", "en": "covered by a dérogation"},
    "group_error": {"fr": "Erreurs", "en": "Errors"},
    "group_warning": {"fr": "Avertissements", "en": "Warnings"},
    "group_info": {"fr": "Informations", "en": "Information"},
    "unverified": {
        "fr": "Ce qui n'a pas pu être vérifié",
        "en": "What could not be checked",
    },
    "waived": {
        "fr": "Constats couverts par une dérogation",
        "en": "Findings covered by a dérogation",
    },
    "regime": {"fr": "régime", "en": "regime"},
    "structure": {"fr": "Semestres et UE", "en": "Semesters and UEs"},
    "hours": {"fr": "Heures par type", "en": "Hours by kind"},
    "shares": {
        "fr": "Parts et durées au regard des seuils du régime",
        "en": "Shares and lengths against the thresholds of the regime",
    },
    "no_chart": {
        "fr": "aucun seuil chiffré parmi les règles appliquées",
        "en": "no numeric threshold among the rules applied",
    },
    "findings": {"fr": "Constats de conformité", "en": "Compliance findings"},
    "derogations": {"fr": "Dérogations", "en": "Dérogations"},
    "none": {"fr": "aucun", "en": "none"},
    "none_f": {"fr": "aucune", "en": "none"},
    "columns": {
        "fr": "code|intitulé|ECTS|coef.|CM|TD|TP|C/TD|sans type|projet",
        "en": "code|title|ECTS|coef.|CM|TD|TP|C/TD|untyped|projet",
    },
    "as_written": {
        "fr": "La maquette telle qu'elle est écrite : chaque UE une fois, options et UE libres "
        "comprises. Un étudiant n'en suit qu'un parcours : les heures ci-dessous, les parts et "
        "les constats comptent un parcours d'étudiant à la fois (« a–b » : de a à b selon le "
        "parcours).",
        "en": "The maquette as written: each UE once, options and free UEs included. A student "
        "follows one path through it: the hours below, the shares and the findings count one "
        "student path at a time ('a–b': from a to b depending on the path).",
    },
    "finding_columns": {
        "fr": "sévérité|ligne|code|constat|référence",
        "en": "severity|line|code|finding|reference",
    },
    "offer_columns": {
        "fr": "maquette|mention et parcours|année|régime|verdict|constats|parts et durées",
        "en": "maquette|mention and parcours|year|regime|verdict|findings|shares and lengths",
    },
    "line": {"fr": "ligne", "en": "line"},
    "mention": {"fr": "mention", "en": "mention"},
    "parcours": {"fr": "parcours", "en": "parcours"},
    "etablissement": {"fr": "établissement", "en": "institution"},
    "composante": {"fr": "composante", "en": "faculty or school"},
    "annee": {"fr": "année universitaire", "en": "academic year"},
    "texts": {"fr": "textes appliqués", "en": "texts applied"},
    "threshold_min": {"fr": "seuil ≥ {min}", "en": "threshold ≥ {min}"},
    "threshold_max": {"fr": "seuil ≤ {max}", "en": "threshold ≤ {max}"},
    "threshold_range": {"fr": "de {min} à {max}", "en": "{min} to {max}"},
    "weeks": {"fr": "semaines", "en": "weeks"},
    "status_pass": {"fr": "✓ respecté", "en": "✓ met"},
    "status_fail": {"fr": "✗ non respecté", "en": "✗ not met"},
    "status_waived": {"fr": "✗ couvert par dérogation", "en": "✗ covered by a dérogation"},
    "status_unknown": {"fr": "? non vérifié", "en": "? not checked"},
    "practice": {"fr": "usage", "en": "practice"},
    "footer": {
        "fr": "Produit le {date} par lp-lint {version}. Textes appliqués : {texts}.",
        "en": "Produced on {date} by lp-lint {version}. Texts applied: {texts}.",
    },
    "readings": {"fr": "Lectures choisies : {readings}.", "en": "Readings chosen: {readings}."},
    "offer_summary": {"fr": "{n} maquette(s)", "en": "{n} maquette(s)"},
    "offer_footer": {
        "fr": "Produit le {date} par lp-lint {version}. Chaque maquette est jugée avec sa configuration ; sa page dit les textes appliqués.",
        "en": "Produced on {date} by lp-lint {version}. Each maquette is judged with its configuration; its page gives the texts applied.",
    },
    "needs_folder": {
        "fr": "un dossier de maquettes s'écrit dans un dossier : -o DOSSIER (index et une page par maquette)",
        "en": "a folder of maquettes is written to a folder: -o FOLDER (an index and one page per maquette)",
    },
    "written": {"fr": "{path} : {n} page(s) écrite(s)", "en": "{path}: {n} page(s) written"},
}


def word(key: str, lang: Lang) -> str:
    return WORDS[key][lang]
