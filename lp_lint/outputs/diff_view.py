"""`lp-lint diff`: the comparison of two versions as text or Markdown, in the reader's language."""

from __future__ import annotations

from lp_lint.i18n import Lang, format_value
from lp_lint.run.comparison import Comparison, Figure
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
    "identity": {"fr": "Identité et textes", "en": "Identity and texts"},
    "mention": {"fr": "mention", "en": "mention"},
    "parcours": {"fr": "parcours", "en": "parcours"},
    "annee_universitaire": {"fr": "année universitaire", "en": "academic year"},
    "regime": {"fr": "régime", "en": "regime"},
    "packs": {"fr": "textes appliqués", "en": "texts applied"},
    "absent": {"fr": "(absent)", "en": "(absent)"},
    "ects_parcours": {"fr": "ECTS du parcours", "en": "parcours ECTS"},
    "heures_enseignees": {
        "fr": "heures enseignées (CM, TD, TP, C/TD, totaux sans type)",
        "en": "taught hours (CM, TD, TP, C/TD, untyped totals)",
    },
    "ranges": {
        "fr": "« a–b » : de a à b selon le parcours d'étudiant (choix d'UE ou d'EC)",
        "en": "'a–b': from a to b depending on the student path (choices of UEs or ECs)",
    },
    "heures_projet": {"fr": "heures de projet tuteuré", "en": "projet tuteuré hours"},
    "heures_professionnels": {"fr": "heures des professionnels", "en": "professionals' hours"},
    "stage_semaines": {"fr": "semaines de stage", "en": "stage weeks"},
    "projet": {"fr": "projet / volume hors stage", "en": "projet / volume outside the stage"},
    "professionnels": {
        "fr": "professionnels / heures enseignées",
        "en": "professionals / taught hours",
    },
}


def _value(value: Figure, lang: Lang, spec: str = "") -> str:
    """A number, or its range over the student paths (`29–30`), or "?"."""
    if isinstance(value, tuple):
        return f"{format_value(value[0], lang, spec)}–{format_value(value[1], lang, spec)}"
    return "?" if value is None else format_value(value, lang, spec)


def _quoted(text: str, words: dict[str, str]) -> str:
    return f"« {text} »" if text else words["absent"]


def render(comparison: Comparison, old: str, new: str, lang: Lang, markdown: bool = False) -> str:
    w = {key: texts[lang] for key, texts in _WORDS.items()}
    style = _Style(lang, markdown, w)
    safe = style.safe
    lines = [("# " if markdown else "") + w["title"].format(old=safe(old), new=safe(new))]
    lines += style.section(
        "identity",
        [
            f"{w[n]}{style.sep}{_quoted(safe(a), w)} → {_quoted(safe(b), w)}"
            for n, a, b in comparison.identity
        ],
    )
    lines += style.section(
        "structure",
        [
            f"{c.what} {safe(c.code)} {w[c.kind + '-EC'] if c.what == 'EC' else w[c.kind]}"
            f"{style.sep}{safe(c.detail)}"
            for c in comparison.changes
        ],
    )
    lines += _totals(comparison, style)
    lines += style.section(
        "shares",
        [
            f"{w[n]}{style.sep}{_value(a, lang, '%')} → {_value(b, lang, '%')}"
            for n, a, b in comparison.shares
        ],
    )
    if any(
        isinstance(v, tuple) for _, *pair in comparison.totals + comparison.shares for v in pair
    ):
        lines += ["", w["ranges"]]
    for key in ("introduced", "resolved"):
        items = getattr(comparison, key)
        lines += style.section(key, [safe(item.render(lang)) for item in items], f" ({len(items)})")
    return "\n".join(lines) + "\n"


class _Style:
    """Headings and bullets of plain text or Markdown, and the label separator of a language."""

    def __init__(self, lang: Lang, markdown: bool, words: dict[str, str]) -> None:
        self.lang, self.markdown, self.words = lang, markdown, words
        self.sep = " : " if lang == "fr" else ": "  # around labels only: names keep their colons
        self.safe = markdown_text if markdown else terminal_text  # names come from the files

    def heading(self, key: str, suffix: str = "") -> list[str]:
        title = self.words[key] + suffix
        return ["", "## " + title, ""] if self.markdown else ["", title]

    def section(self, key: str, items: list[str], suffix: str = "") -> list[str]:
        bullet = "- " if self.markdown else "  "
        return self.heading(key, suffix) + [bullet + item for item in items or [self.words["none"]]]


def _totals(comparison: Comparison, style: _Style) -> list[str]:
    lang, w = style.lang, style.words
    if not style.markdown:
        return style.section(
            "totals",
            [
                f"{w[n]}{style.sep}{_value(a, lang)} → {_value(b, lang)}"
                for n, a, b in comparison.totals
            ],
        )
    header = "| | avant | après |" if lang == "fr" else "| | before | after |"
    rows = [f"| {w[n]} | {_value(a, lang)} | {_value(b, lang)} |" for n, a, b in comparison.totals]
    return [*style.heading("totals"), header, "| --- | --- | --- |", *rows]
