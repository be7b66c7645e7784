"""`lp-lint diff`: the comparison of two versions as text or Markdown, in the reader's language."""

from __future__ import annotations

from lp_lint.comparison import Comparison
from lp_lint.i18n import Lang, format_value
from lp_lint.text_safety import markdown_text, terminal_text

_WORDS: dict[str, dict[Lang, str]] = {
    "title": {"fr": "Ce qui change de {old} à {new}", "en": "What changes from {old} to {new}"},
    "structure": {"fr": "Structure", "en": "Structure"},
    "totals": {"fr": "Totaux", "en": "Totals"},
    "shares": {"fr": "Parts", "en": "Shares"},
    "introduced": {"fr": "Constats introduits", "en": "Findings introduced"},
    "resolved": {"fr": "Constats résolus", "en": "Findings resolved"},
    "none": {"fr": "aucun", "en": "none"},
    "added": {"fr": "ajoutée", "en": "added"},
    "removed": {"fr": "retirée", "en": "removed"},
    "renamed": {"fr": "renommée", "en": "renamed"},
    "moved": {"fr": "déplacée", "en": "moved"},
    "changed": {"fr": "modifiée", "en": "changed"},
    "added-EC": {"fr": "ajouté", "en": "added"},
    "removed-EC": {"fr": "retiré", "en": "removed"},
    "renamed-EC": {"fr": "renommé", "en": "renamed"},
    "moved-EC": {"fr": "déplacé", "en": "moved"},
    "changed-EC": {"fr": "modifié", "en": "changed"},
    "ects_parcours": {"fr": "ECTS du parcours", "en": "parcours ECTS"},
    "heures_enseignees": {"fr": "heures enseignées (CM+TD+TP)", "en": "taught hours (CM+TD+TP)"},
    "heures_projet": {"fr": "heures de projet tuteuré", "en": "projet tuteuré hours"},
    "heures_professionnels": {"fr": "heures des professionnels", "en": "professionals' hours"},
    "stage_semaines": {"fr": "semaines de stage", "en": "stage weeks"},
    "projet": {"fr": "projet / volume hors stage", "en": "projet / volume outside the stage"},
    "professionnels": {
        "fr": "professionnels / heures enseignées",
        "en": "professionals / taught hours",
    },
}


def _value(value: float | None, lang: Lang, spec: str = "") -> str:
    return "?" if value is None else format_value(value, lang, spec)


def render(comparison: Comparison, old: str, new: str, lang: Lang, markdown: bool = False) -> str:
    w = {key: texts[lang] for key, texts in _WORDS.items()}
    heading, bullet = ("## ", "- ") if markdown else ("", "  ")
    safe = markdown_text if markdown else terminal_text  # names and codes come from the files
    title = w["title"].format(old=safe(old), new=safe(new))
    lines = [("# " if markdown else "") + title, ""]
    lines.append(heading + w["structure"])
    if markdown:
        lines.append("")
    for change in comparison.changes or []:
        kind = w[f"{change.kind}-EC"] if change.what == "EC" else w[change.kind]
        lines.append(f"{bullet}{change.what} {safe(change.code)} {kind} : {safe(change.detail)}")
    if not comparison.changes:
        lines.append(bullet + w["none"])
    lines += ["", heading + w["totals"]]
    if markdown:
        lines += [
            "",
            "| | avant | après |" if lang == "fr" else "| | before | after |",
            "| --- | --- | --- |",
        ]
    for name, before, after in comparison.totals:
        if markdown:
            lines.append(f"| {w[name]} | {_value(before, lang)} | {_value(after, lang)} |")
        else:
            lines.append(f"{bullet}{w[name]} : {_value(before, lang)} → {_value(after, lang)}")
    lines += ["", heading + w["shares"]]
    if markdown:
        lines.append("")
    for name, before, after in comparison.shares:
        lines.append(
            f"{bullet}{w[name]} : {_value(before, lang, '%')} → {_value(after, lang, '%')}"
        )
    for key in ("introduced", "resolved"):
        items = getattr(comparison, key)
        lines += ["", f"{heading}{w[key]} ({len(items)})"]
        if markdown:
            lines.append("")
        lines += [f"{bullet}{safe(item)}" for item in items] or [bullet + w["none"]]
    text = "\n".join(lines) + "\n"
    return text if lang == "fr" else text.replace(" : ", ": ")
