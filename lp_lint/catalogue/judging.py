"""What judging a maquette says beyond its rules' own messages: the texts in force (R…), data
missing to check a rule (D001), dérogations (D1…), student paths, the programme's
contradictions (N…), findings left out, and the words rule messages quote (themes, natures)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lp_lint.i18n import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "regime.no_year": {
        "fr": "ni formation.annee_universitaire ni formation.regime : les textes applicables sont choisis à la date du jour ; renseignez l'année universitaire",
        "en": "neither formation.annee_universitaire nor formation.regime: the texts in force today are applied; give the academic year",
    },
    "regime.transition": {
        "fr": "année de transition entre deux régimes : {choisi} appliqué ; pour {autre}, écrivez formation.regime: {autre}",
        "en": "transition year between two regimes: {choisi} applied; for {autre}, write formation.regime: {autre}",
    },
    "regime.not_lp": {
        "fr": "formation.diplome vaut « {diplome} » : lp-lint ne vérifie que les licences professionnelles et n'a appliqué aucune règle à cette maquette (elle n'est pas jugée conforme pour autant)",
        "en": "formation.diplome is '{diplome}': lp-lint checks licences professionnelles only and applied no rule to this maquette (which is not judged compliant either)",
    },
    "regime.period": {
        "fr": "sans formation.annee_universitaire, la période d'accréditation {debut} à {fin} est jugée sur sa première année, {debut}, dont les textes valent pour toute la période",
        "en": "without formation.annee_universitaire, the accreditation period {debut} to {fin} is judged on its first year, {debut}, whose texts hold for the whole period",
    },
    "regime.period_changes": {
        "fr": "sans formation.annee_universitaire, la période d'accréditation {debut} à {fin} est jugée sur sa première année, {debut} ; d'autres textes s'appliquent à partir de {changements} : vérifiez aussi une maquette par année (annee_universitaire)",
        "en": "without formation.annee_universitaire, the accreditation period {debut} to {fin} is judged on its first year, {debut}; other texts apply from {changements}: also check one maquette per year (annee_universitaire)",
    },
    "regime.before_renewal": {
        "fr": "{pack} ne s'applique pas : ce texte vaut à partir du {depuis} et au plus tard au renouvellement de l'accréditation, et celle de la formation court depuis {debut}",
        "en": "{pack} does not apply: that text holds from {depuis} and at the latest at the renewal of the accreditation, and the programme's accreditation runs since {debut}",
    },
    "regime.out_of_force": {
        "fr": "le régime {regime} n'était pas en vigueur en {annee} : vérifiez formation.regime",
        "en": "regime {regime} was not in force in {annee}: check formation.regime",
    },
    "rule.incomplete": {
        "fr": "{code} ({title}) n'a pas pu être vérifiée : à renseigner : {keys}",
        "en": "{code} ({title}) could not be checked: fill in {keys}",
    },
    "rule.internal": {
        "fr": "erreur interne dans la règle {rule} : {error} ; les autres règles ont été appliquées",
        "en": "internal error in rule {rule}: {error}; the other rules were applied",
    },
    "derogation.unknown": {
        "fr": "dérogation à « {regle} », qui n'est ni un code ni un identifiant de règle (voir lp-lint rules)",
        "en": "dérogation to '{regle}', which is neither a rule code nor a rule id (see lp-lint rules)",
    },
    "derogation.expired": {
        "fr": "la dérogation à {regle} a pris fin le {fin}, avant l'année jugée : elle ne s'applique plus (renouvelez-la ou retirez-la)",
        "en": "the dérogation to {regle} ended on {fin}, before the year judged: it no longer applies (renew or remove it)",
    },
    "derogation.late": {
        "fr": "la dérogation à {regle} a été décidée le {decision}, après l'année jugée : elle ne s'applique pas à cette année",
        "en": "the dérogation to {regle} was decided on {decision}, after the year judged: it does not apply to that year",
    },
    "derogation.authority": {
        "fr": "la dérogation à {regle} est décidée par {autorite}, qui ne peut pas lever cette règle cette année-là ; peut y déroger : {pouvoirs}",
        "en": "the dérogation to {regle} is decided by {autorite}, who cannot waive that rule that year; may waive it: {pouvoirs}",
    },
    "derogation.unused": {
        "fr": "la dérogation à {regle} ne couvre aucun constat : retirez-la si elle n'a plus d'objet",
        "en": "the dérogation to {regle} covers no finding: remove it if it is no longer needed",
    },
    "authority.etablissement": {"fr": "l'établissement", "en": "the institution"},
    "authority.recteur": {"fr": "le recteur de région académique", "en": "the regional rector"},
    "authority.ministre": {
        "fr": "le ministre (habilitation, accréditation)",
        "en": "the minister (accreditation)",
    },
    "authority.nobody": {
        "fr": "aucune autorité (un décret ou une loi ne se déroge pas dans la maquette)",
        "en": "no authority (a decree or a statute is not waived in a maquette)",
    },
    "paths.one": {"fr": " (parcours avec {choix})", "en": " (path with {choix})"},
    "paths.some": {
        "fr": " (parcours avec {choix}, et {autres} autres)",
        "en": " (paths with {choix}, and {autres} others)",
    },
    "paths.and": {"fr": " et ", "en": " and "},
    "paths.or": {"fr": " ; avec ", "en": "; with "},
    "capping.count": {"fr": "{code} × {n}", "en": "{code} × {n}"},
    "capping.left_out": {
        "fr": "{n} constats de plus ne sont pas affichés ({codes}) : au plus {rule} par règle et {file} par fichier ; corrigez d'abord ceux-ci",
        "en": "{n} more findings are not shown ({codes}): at most {rule} per rule and {file} per file; fix these first",
    },
    "programme.N001": {
        "fr": "projet_tuteure.heures indique {bloc} h mais les UE en portent {partiel}{ues} h : une des deux valeurs est fausse",
        "en": "projet_tuteure.heures says {bloc} h but the UEs carry {partiel}{ues} h: one of them is wrong",
    },
    "programme.N002": {
        "fr": "equipe.heures_professionnels indique {total} h mais les enseignements en déclarent {partiel}{elements} h : une des deux valeurs est fausse",
        "en": "equipe.heures_professionnels says {total} h but the courses declare {partiel}{elements} h: one of them is wrong",
    },
    "programme.N003": {
        "fr": "le stage dure {heures} h, soit {equivalent} semaines à {hebdo} h par semaine, mais stage.semaines indique {semaines} : une des deux valeurs est fausse",
        "en": "the stage lasts {heures} h, {equivalent} weeks at {hebdo} h a week, but stage.semaines says {semaines}: one of them is wrong",
    },
    "programme.N004": {
        "fr": "l'UE {ue} porte {ects} ECTS mais ses EC en totalisent {partiel}{somme} : une des deux valeurs est fausse",
        "en": "UE {ue} carries {ects} ECTS but its ECs total {partiel}{somme}: one of them is wrong",
    },
    "programme.N005": {
        "fr": "le jury compte {professionnels} professionnels pour {membres} membres : il ne peut pas y avoir plus de professionnels que de membres",
        "en": "the jury has {professionnels} professionals among {membres} members: there cannot be more professionals than members",
    },
    "programme.N006": {
        "fr": "un parcours de 0 ECTS est impossible : indiquez ses ECTS (60, 120 ou 180 depuis 2019)",
        "en": "a parcours of 0 ECTS is impossible: give its ECTS (60, 120 or 180 since 2019)",
    },
    "programme.N007": {
        "fr": "l'année {annee} est impossible : une année universitaire va d'une année à la suivante (« 2020-2021 ») et une période commence avant de finir",
        "en": "year {annee} is impossible: an academic year runs from one year to the next ('2020-2021') and a period starts before it ends",
    },
    "programme.N008": {
        "fr": "un contrat de {type} de 0 heure est impossible : indiquez sa durée en heures, ou en mois et heures par semaine",
        "en": "a {type} contract of 0 hours is impossible: give its length in hours, or in months and weekly hours",
    },
    "programme.N012": {
        "fr": "l'UE {ue} indique {heures} h ({type}) mais ses EC en portent {partiel}{somme} h : une des deux valeurs est fausse (les heures d'une UE qui a des EC sont celles de ses EC)",
        "en": "UE {ue} says {heures} h ({type}) but its ECs carry {partiel}{somme} h: one of them is wrong (the hours of a UE with ECs are those of its ECs)",
    },
    "programme.N013": {
        "fr": "le stage fractionné fait {jours} jours par semaine sur {sur} semaines, soit {equivalent} semaines à temps plein, mais sa durée dite autrement en fait {autre} : une des deux valeurs est fausse",
        "en": "the split stage is {jours} days a week over {sur} weeks, {equivalent} full-time weeks, but its length stated otherwise is {autre} weeks: one of them is wrong",
    },
    "programme.N009": {
        "fr": "le code « {code} » est déjà celui d'une autre UE ou d'un autre EC : chaque code est unique dans la maquette",
        "en": "code '{code}' already names another UE or EC: each code is unique in the maquette",
    },
    "programme.N010": {
        "fr": "les choix de la maquette ouvrent plus de {max} parcours d'étudiant : seuls les {max} premiers sont vérifiés, et la maquette ne peut pas être déclarée conforme",
        "en": "the maquette's choices open more than {max} student paths: only the first {max} are checked, and the maquette cannot be declared compliant",
    },
    "programme.N011": {
        "fr": "heures.total indique {total} h mais les heures par type en totalisent {types} : une des deux valeurs est fausse",
        "en": "heures.total says {total} h but the hours by type add up to {types}: one of them is wrong",
    },
    "programme.unknown": {
        "fr": " ; les règles qui en dépendent ne sont pas vérifiées tant que les deux ne concordent pas",
        "en": "; the rules that depend on it are not checked until both agree",
    },
    "programme.at_least": {"fr": "au moins ", "en": "at least "},
    "theme.langue_etrangere": {"fr": "langue étrangère", "en": "foreign language"},
    "theme.expression_communication": {
        "fr": "expression et communication",
        "en": "expression and communication",
    },
    "theme.informatique": {"fr": "outils informatiques", "en": "IT tools"},
    "theme.connaissance_entreprise": {
        "fr": "connaissance de l'entreprise",
        "en": "knowledge of the firm",
    },
    "nature.enseignement": {"fr": "enseignements", "en": "taught courses"},
    "nature.projet_tuteure": {"fr": "projet tuteuré", "en": "projet tuteuré"},
    "nature.stage": {"fr": "stage", "en": "stage"},
    "nature.memoire": {"fr": "mémoire", "en": "mémoire"},
    "nature.periode_entreprise": {"fr": "périodes en entreprise", "en": "company periods"},
    "nature.mise_en_situation": {
        "fr": "mise en situation professionnelle",
        "en": "work-based situation",
    },
    "nature.autre": {"fr": "autre", "en": "other"},
}
