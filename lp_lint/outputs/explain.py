"""`lp-lint explain RULE`: what a rule checks, where it comes from, which reading is in force,
and its failing and passing examples, read from the rule's own case files (the ones the tests
run), so that the explanation can never drift from what is tested."""

from __future__ import annotations

from pathlib import Path

from lp_lint.i18n import Lang, severity_word, tr
from lp_lint.rules.packs import PackSet, Rule, certainty, dates
from lp_lint.rules.records import Pouvoir
from lp_lint.run.options import Options

_TEXTS: dict[str, dict[Lang, str]] = {
    "severity": {"fr": "Sévérité", "en": "Severity"},
    "pack": {"fr": "Pack", "en": "Pack"},
    "in_force": {"fr": "En vigueur", "en": "In force"},
    "reference": {"fr": "Texte", "en": "Text"},
    "certainty": {"fr": "Certitude", "en": "Certainty"},
    "versions": {"fr": "Versions du texte", "en": "Versions of the text"},
    "waivers": {"fr": "Peut y déroger", "en": "May waive it"},
    "why": {"fr": "Pourquoi", "en": "Why"},
    "readings": {"fr": "Lectures du texte", "en": "Readings of the text"},
    "in_use": {"fr": "en vigueur pour cette exécution", "en": "in force for this run"},
    "change": {
        "fr": "Pour changer : --reading {rule}=LECTURE, ou readings: {{{rule}: LECTURE}} dans .lp-lint.yaml",
        "en": "To change it: --reading {rule}=READING, or readings: {{{rule}: READING}} in .lp-lint.yaml",
    },
    "failing": {"fr": "Exemple qui échoue", "en": "Failing example"},
    "passing": {"fr": "Exemple conforme", "en": "Passing example"},
    "unknown": {
        "fr": "Donnée manquante (la règle se tait, D001 le signale)",
        "en": "Missing data (the rule is silent, D001 says so)",
    },
}


def find_rule(pack_set: PackSet, key: str) -> Rule | None:
    for pack in pack_set.packs:
        for rule in pack.rules:
            if key in (rule.id, rule.code) or key.upper() == rule.code:
                return rule
    return None


def explain(rule: Rule, pack_set: PackSet, options: Options, examples: bool = True) -> str:
    """The explanation as Markdown (readable as plain text in a terminal); an editor's hover
    leaves out the `examples`."""
    lang = options.lang
    source = rule.source
    ref = source.reference
    pack = next(p for p in pack_set.packs if p.id == rule.pack)
    force = source.in_force or pack.source.in_force
    lines = [
        f"# {rule.code} `{rule.id}` — {source.title.get(lang)}",
        "",
        f"- {_TEXTS['severity'][lang]} : {severity_word(source.severity, lang)}",
        f"- {_TEXTS['pack'][lang]} : {rule.pack} ({pack.source.title.get(lang)})",
        f"- {_TEXTS['in_force'][lang]} : {dates(force, lang)}",
        f"- {_TEXTS['reference'][lang]} : {ref.texte}, {ref.article} — {ref.url}",
        f"- {_TEXTS['certainty'][lang]} : {certainty(ref.statut, lang)}",
        f"- {_TEXTS['waivers'][lang]} : {_powers(source.derogeable_par or pack.source.derogeable_par, lang)}",
        "",
        f"## {_TEXTS['why'][lang]}",
        "",
        source.rationale.get(lang),
        "",
    ]
    lines += _versions(rule, lang)
    lines += _readings(rule, options)
    if examples:
        lines += _examples(rule, lang)
    text = "\n".join(lines)
    return text if lang == "fr" else text.replace(" : ", ": ")


def _powers(powers: list[Pouvoir], lang: Lang) -> str:
    nobody = "personne dans une maquette" if lang == "fr" else "nobody in a maquette"
    since = "à partir de" if lang == "fr" else "from"
    return (
        ", ".join(
            tr(f"authority.{p.autorite}", lang)
            + (f" ({since} {p.depuis.year}-{p.depuis.year + 1})" if p.depuis else "")
            for p in powers
        )
        or nobody
    )


def _versions(rule: Rule, lang: Lang) -> list[str]:
    """Each wording of the text, its years, and the severity and citation it gives the rule."""
    if not rule.source.versions:
        return []
    lines = [f"## {_TEXTS['versions'][lang]}", ""]
    for version in rule.source.versions:
        ref = version.reference or rule.source.reference
        severity = version.severity or rule.source.severity
        note = f" — {version.note.get(lang)}" if version.note else ""
        lines.append(
            f"- {dates(version.in_force, lang)} : {severity_word(severity, lang)} ; {ref.texte}, {ref.article} "
            f"({certainty(ref.statut, lang)}){note}"
        )
    return [*lines, ""]


def _readings(rule: Rule, options: Options) -> list[str]:
    if not rule.source.readings:
        return []
    lang = options.lang
    current = rule.reading(dict(options.readings))
    lines = [f"## {_TEXTS['readings'][lang]}", ""]
    for name, reading in rule.source.readings.items():
        marker = f" **({_TEXTS['in_use'][lang]})**" if name == current else ""
        lines.append(f"- `{name}`{marker} : {reading.description.get(lang)}")
    lines += ["", _TEXTS["change"][lang].format(rule=rule.id), ""]
    return lines


def case_files(rule: Rule) -> list[Path]:
    return sorted((rule.path.parent / "cases" / rule.id).glob("*.yaml"))


def _examples(rule: Rule, lang: Lang) -> list[str]:
    lines: list[str] = []
    for kind, prefix in (("failing", "ko-"), ("passing", "ok-"), ("unknown", "ok-inconnu")):
        files = [p for p in case_files(rule) if p.name.startswith(prefix)]
        if kind == "passing":
            files = [p for p in files if not p.name.startswith("ok-inconnu")]
        for path in files[:1]:
            lines += [
                f"## {_TEXTS[kind][lang]} ({path.stem})",
                "",
                "```yaml",
                path.read_text(encoding="utf-8").rstrip(),
                "```",
                "",
            ]
    return lines


_PSEUDO: dict[Lang, str] = {
    "fr": "Constat de lp-lint lui-même (lecture, format, choix des textes, dérogations, référence), "
    "sans texte réglementaire : il se corrige dans la maquette, à la position indiquée. "
    "Les codes sont décrits dans le README (« La commande »).",
    "en": "A finding of lp-lint itself (reading, format, choice of texts, dérogations, baseline), "
    "with no regulatory text: fix it in the maquette at the position given. "
    "The codes are described in the README ('La commande').",
}


def explain_pseudo(key: str, lang: Lang) -> str | None:
    """The explanation of a finding that comes from lp-lint itself (Y001, S002, D001…)."""
    from lp_lint.pseudo_rules import PSEUDO_RULES

    rule = PSEUDO_RULES.get(key.upper()) or next(
        (r for r in PSEUDO_RULES.values() if r.id == key), None
    )
    if rule is None:
        return None
    family = _INCOHERENCE[lang] if rule.code.startswith("N") else ""
    return f"# {rule.code} `{rule.id}` — {rule.title(lang)}\n\n{family}{_PSEUDO[lang]}\n"


_INCOHERENCE: dict[Lang, str] = {
    "fr": "Incohérence : la maquette dit deux fois la même chose avec des chiffres différents, "
    "ou donne une valeur impossible. Le constat montre les deux endroits ; tant qu'ils ne "
    "concordent pas, les règles qui ont besoin de cette valeur ne la jugent pas. ",
    "en": "Inconsistency: the maquette says the same thing twice with different figures, or "
    "gives an impossible value. The finding shows both places; until they agree, the rules "
    "that need the value do not judge it. ",
}
