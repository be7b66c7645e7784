"""Messages of lp-lint itself (not of rules, whose messages live in the rule files).

French is the default; English is available everywhere. Placeholders are `{name}` or
`{name:spec}` and are filled by `render`, which never evaluates anything but a format spec.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Literal

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)(?::([^{}]*))?\}")


def default_lang() -> Lang:
    """English only when the environment asks for it; French otherwise."""
    for var in ("LP_LINT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


SEVERITY_WORDS: dict[str, dict[Lang, str]] = {
    "error": {"fr": "erreur", "en": "error"},
    "warning": {"fr": "avertissement", "en": "warning"},
    "info": {"fr": "info", "en": "info"},
}
"""How every output names a severity (rule files and JSON keep `error`, `warning`, `info`)."""


def severity_word(label: str, lang: Lang) -> str:
    return SEVERITY_WORDS[label][lang] if label in SEVERITY_WORDS else label


def placeholders(template: str) -> set[str]:
    return {match.group(1) for match in _PLACEHOLDER.finditer(template)}


def malformed_placeholders(template: str) -> list[str]:
    """Brace groups that are not `{name}` or `{name:spec}`: refused in rule files."""
    return [
        m.group(0)
        for m in re.finditer(r"\{[^{}]*\}", template)
        if not _PLACEHOLDER.fullmatch(m.group(0))
    ]


MAX_VALUE_CHARS = 200
"""A value quoted in a message is cut beyond this: a file may hold a value of megabytes."""


def format_value(value: object, lang: Lang, spec: str = "") -> str:
    """Numbers the way the reader writes them: `6,5` in French, `6.5` in English; long texts
    cut to MAX_VALUE_CHARS."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return shorten(str(value))
    if not abs(value) < 1e15:  # absurd, infinite or NaN: never a number of hundreds of digits
        return _absurd(value)
    if spec == "%":
        text = f"{value * 100:.1f}".rstrip("0").rstrip(".")
        return (text.replace(".", ",") + "\u202f%") if lang == "fr" else text + "%"
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{int(value):,}"
    if lang == "fr":  # 1 820,5: thin space for thousands, comma for decimals
        return text.replace(",", "\u202f").replace(".", ",")
    return text


def shorten(text: str, limit: int = MAX_VALUE_CHARS) -> str:
    """`text`, or its first characters and how many were left out."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}… (+{len(text) - limit + 1})"


def _absurd(value: int | float) -> str:
    if isinstance(value, int) and value.bit_length() > 1000:
        return "-inf" if value < 0 else "inf"
    return f"{float(value):.3g}"


def render(template: str, values: Mapping[str, object], lang: Lang) -> str:
    """Fill `{name}` placeholders; `{name:%}` renders a ratio as a percentage."""

    def fill(match: re.Match[str]) -> str:
        name, spec = match.group(1), match.group(2) or ""
        if name not in values:
            return match.group(0)
        return format_value(values[name], lang, spec)

    return _PLACEHOLDER.sub(fill, template)


def tr(message_id: str, lang: Lang, /, **values: object) -> str:
    """A message of the catalogue rendered at once (for text that is shown where it is made)."""
    return msg(message_id, **values).render(lang)


class Message:
    """What a finding says, before it is put into words: a template in each language (from the
    catalogue, or a rule file's pair) and the values that fill it (numbers, codes, paths, and
    nested messages such as a label). `render` chooses the language, at the edge: an output, the
    editor, a baseline. Cheap to make (one object of five slots); rendered only when shown.
    """

    __slots__ = ("_said", "en", "fr", "key", "tail", "values")

    def __init__(
        self,
        key: str,
        fr: str,
        en: str,
        values: Mapping[str, object] | None = None,
        tail: tuple[Message, ...] = (),
    ) -> None:
        self.key = key
        """The catalogue key (`yaml.tag`), `rule-id:case` for a rule's message, "" for text."""
        self.fr = fr
        self.en = en
        self.values: Mapping[str, object] = values or {}
        self.tail = tail
        """Messages said after this one (a hint, the student paths a finding holds on)."""
        self._said: tuple[Lang, str] | None = None
        """The last rendering: a run shows a finding in one language, often in several outputs."""

    def render(self, lang: Lang) -> str:
        said = self._said
        if said is not None and said[0] == lang:
            return said[1]
        text = self.fr if lang == "fr" else self.en
        if self.values:
            text = render(text, self._values(lang), lang)
        for part in self.tail:
            text += part.render(lang)
        self._said = (lang, text)
        return text

    def _values(self, lang: Lang) -> Mapping[str, object]:
        if not any(isinstance(v, Message) for v in self.values.values()):
            return self.values
        return {k: v.render(lang) if isinstance(v, Message) else v for k, v in self.values.items()}

    def transformed(self, change: Callable[[str], str]) -> Message:
        """The same message with every text in it (templates, text values) passed through
        `change`: how an output escapes what a maquette could smuggle into its format."""
        values = {
            k: v.transformed(change)
            if isinstance(v, Message)
            else change(v)
            if isinstance(v, str)
            else v
            for k, v in self.values.items()
        }
        tail = tuple(part.transformed(change) for part in self.tail)
        return Message(self.key, change(self.fr), change(self.en), values, tail)

    def __add__(self, other: Message) -> Message:
        return Message(self.key, self.fr, self.en, self.values, (*self.tail, other))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.fr, self.en, self.tail, dict(self.values)) == (
            other.fr,
            other.en,
            other.tail,
            dict(other.values),
        )

    def __hash__(self) -> int:
        return hash((self.fr, self.en, len(self.tail), tuple(self.values)))

    def __repr__(self) -> str:
        return f"Message({self.key or self.fr!r}, {dict(self.values)!r})"

    def __getstate__(self) -> tuple[object, ...]:
        return (self.key, self.fr, self.en, dict(self.values), self.tail)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        self.key, self.fr, self.en, self.values, self.tail = state  # type: ignore[assignment]
        self._said = None


def msg(message_id: str, /, **values: object) -> Message:
    """A message of lp-lint's own catalogue, to be rendered later in the reader's language."""
    texts = MESSAGES[message_id]
    return Message(message_id, texts["fr"], texts["en"], values)


def plain(text: str) -> Message:
    """Text that is the same in every language (a value read in a file, another tool's words)."""
    return Message("", text, text)


def quoted(value: object) -> Message:
    """One value (a number, a code) written the reader's way, to be listed with `joined`."""
    return Message("", "{value}", "{value}", {"value": value})


def joined(parts: Sequence[Message], separator: Message) -> Message:
    """`a, b, c` from messages, the separator said in the reader's language too."""
    if not parts:
        return plain("")
    tail: list[Message] = []
    for part in parts[1:]:
        tail += [separator, part]
    return parts[0] + Message("", "", "", None, tuple(tail)) if tail else parts[0]


MESSAGES: dict[str, dict[Lang, str]] = {
    "file.is_dir": {
        "fr": "c'est un dossier, pas un fichier",
        "en": "this is a directory, not a file",
    },
    "file.too_large": {
        "fr": "fichier de {size} octets, au-delà de la limite de {max} octets (option --max-bytes)",
        "en": "file of {size} bytes, over the limit of {max} bytes (option --max-bytes)",
    },
    "file.too_large_stream": {
        "fr": "plus de {max} octets, au-delà de la limite (option --max-bytes)",
        "en": "more than {max} bytes, over the limit (option --max-bytes)",
    },
    "file.unreadable": {
        "fr": "fichier illisible : {reason}",
        "en": "cannot read the file: {reason}",
    },
    "file.encoding": {
        "fr": "octet {offset} : le fichier n'est pas en UTF-8 valide ; enregistrez-le en UTF-8",
        "en": "byte {offset}: the file is not valid UTF-8; save it as UTF-8",
    },
    "file.nul": {
        "fr": "caractère NUL dans le fichier : est-ce bien un fichier texte YAML ?",
        "en": "NUL character in the file: is this really a YAML text file?",
    },
    "include.bad_path": {
        "fr": "« inclure » attend le chemin d'un fichier, relatif à la maquette",
        "en": "'inclure' expects the path of a file, relative to the maquette",
    },
    "include.absolute": {
        "fr": "chemin absolu refusé : « {path} » ; écrivez-le relatif au fichier qui l'inclut",
        "en": "absolute path refused: '{path}'; write it relative to the including file",
    },
    "include.outside": {
        "fr": "« {path} » mène hors du dépôt ({root}) : seul un fichier du dépôt peut être inclus",
        "en": "'{path}' leads outside the repository ({root}): only a file of the repository can be included",
    },
    "include.cycle": {
        "fr": "inclusion circulaire : « {path} » est déjà en cours d'inclusion",
        "en": "circular include: '{path}' is already being included",
    },
    "include.depth": {
        "fr": "inclusions imbriquées sur plus de {max} niveaux",
        "en": "includes nested more than {max} levels deep",
    },
    "include.bytes": {
        "fr": "fichiers inclus de plus de {max} octets en tout (option --max-bytes)",
        "en": "included files of more than {max} bytes in all (option --max-bytes)",
    },
    "include.not_regular": {
        "fr": "« {path} » n'est pas un fichier ordinaire (dossier, tube ou périphérique) : non lu",
        "en": "'{path}' is not a regular file (directory, pipe or device): not read",
    },
    "include.unreadable": {
        "fr": "fichier inclus illisible : {path} : {reason}",
        "en": "cannot read the included file {path}: {reason}",
    },
    "include.alone": {
        "fr": "« inclure » s'écrit seul : modifiez l'élément inclus ({kind}) dans son fichier, ou écrivez-le ici en entier",
        "en": "'inclure' stands alone: change the included {kind} in its file, or write it here in full",
    },
    "include.not_a_part": {
        "fr": "{file} ne contient pas d'élément {kind} (un dictionnaire sans « version », « formation » ni « semestres »)",
        "en": "{file} does not hold a {kind} (a mapping without 'version', 'formation' or 'semestres')",
    },
    "include.empty": {
        "fr": "{file} est vide",
        "en": "{file} is empty",
    },
    "mutualisation.disagree": {
        "fr": "l'UE {code} a {mine} ici, mais {others} : un même code dans un même établissement et une même année désigne une seule UE, partout identique ; deux UE différentes portent deux codes",
        "en": "UE {code} has {mine} here, but {others}: one code in one establishment and year names one UE, the same everywhere; two different UEs carry two codes",
    },
    "mutualisation.more": {
        "fr": " et {n} autre(s) maquette(s)",
        "en": " and {n} other maquette(s)",
    },
    "mutualisation.ects": {"fr": "{v} ECTS", "en": "{v} ECTS"},
    "mutualisation.coefficient": {"fr": "un coefficient de {v}", "en": "a coefficient of {v}"},
    "mutualisation.heures_enseignees": {"fr": "{v} h enseignées", "en": "{v} taught hours"},
    "mutualisation.heures_projet": {"fr": "{v} h de projet", "en": "{v} projet hours"},
    "mutualisation.in": {"fr": "{figure} dans {file}", "en": "{figure} in {file}"},
    "file.empty": {
        "fr": "le fichier est vide (ou ne contient que des commentaires) : une maquette commence par « version: 1 »",
        "en": "the file is empty (or only comments): a maquette starts with 'version: 1'",
    },
    "yaml.syntax": {
        "fr": "erreur de syntaxe YAML : {problem}",
        "en": "YAML syntax error: {problem}",
    },
    "yaml.duplicate_key": {
        "fr": "clé « {key} » en double (déjà définie ligne {first_line}) : seule la première est gardée",
        "en": "duplicate key '{key}' (already defined on line {first_line}): only the first is kept",
    },
    "yaml.invisible_break": {
        "fr": "caractère invisible {char} : YAML 1.1 y voit une fin de ligne, si bien que ce qui le "
        "suit (même dans un commentaire) est lu autrement que l'éditeur ne le montre ; retirez-le "
        "ou, dans un texte entre guillemets doubles, écrivez « \\{escape} » ({count} dans le fichier)",
        "en": "invisible character {char}: YAML 1.1 reads it as a line break, so what follows it "
        "(even in a comment) is read otherwise than the editor shows; remove it or, in a "
        "double-quoted text, write '\\{escape}' ({count} in the file)",
    },
    "yaml.tag": {
        "fr": "étiquette YAML « {tag} » refusée : une maquette ne contient que des données simples",
        "en": "YAML tag '{tag}' refused: a maquette holds plain data only",
    },
    "yaml.depth": {
        "fr": "imbrication de plus de {max} niveaux : structure refusée (option --max-depth)",
        "en": "nesting deeper than {max} levels: structure refused (option --max-depth)",
    },
    "yaml.nodes": {
        "fr": "plus de {max} nœuds après expansion des alias : document refusé (option --max-nodes)",
        "en": "more than {max} nodes once aliases are expanded: document refused (option --max-nodes)",
    },
    "yaml.complex_key": {
        "fr": "clé complexe (liste ou dictionnaire) : seules les clés textuelles sont admises",
        "en": "complex key (list or mapping): only text keys are allowed",
    },
    "yaml.multi_document": {
        "fr": "plusieurs documents YAML dans un fichier : une maquette par fichier, ce document est ignoré",
        "en": "several YAML documents in one file: one maquette per file, this document is ignored",
    },
    "yaml.bad_merge": {
        "fr": "« << » (fusion) n'accepte qu'un dictionnaire ou une liste de dictionnaires",
        "en": "'<<' (merge) takes a mapping or a list of mappings only",
    },
    "yaml.unknown_alias": {
        "fr": "alias « *{name} » sans ancre « &{name} » définie avant",
        "en": "alias '*{name}' has no anchor '&{name}' defined before it",
    },
    "pack.unknown_check": {
        "fr": "vérification inconnue « {name} » ; connues : {known}",
        "en": "unknown check '{name}'; known: {known}",
    },
    "pack.unknown_quantity": {
        "fr": "quantité inconnue « {name} » (lp-lint explain --checks les liste)",
        "en": "unknown quantity '{name}' (lp-lint explain --checks lists them)",
    },
    "pack.unknown_reading": {
        "fr": "lecture par défaut « {name} » absente de readings",
        "en": "default reading '{name}' is not among the readings",
    },
    "pack.unknown_extends": {
        "fr": "extends : pack « {name} » introuvable ; connus : {known}",
        "en": "extends: no pack '{name}'; known: {known}",
    },
    "pack.missing_message": {
        "fr": "message manquant pour le cas « {case} », que les paramètres de la règle produisent",
        "en": "no message for case '{case}', which the rule's params can produce",
    },
    "pack.unknown_case": {
        "fr": "cas « {name} » inconnu de la vérification {check} ; ses cas : {known}",
        "en": "check {check} has no case '{name}'; its cases: {known}",
    },
    "pack.unreachable_case": {
        "fr": "message du cas « {case} », que les paramètres de la règle ne produisent jamais : "
        "retirez-le",
        "en": "message for case '{case}', which the rule's params never produce: remove it",
    },
    "pack.unknown_placeholder": {
        "fr": "variable inconnue « {name} » dans le message ; possibles : {known}",
        "en": "unknown placeholder '{name}' in the message; possible: {known}",
    },
    "pack.malformed_placeholder": {
        "fr": "variable mal formée {text} : écrivez {nom} ou {nom:%}",
        "en": "malformed placeholder {text}: write {nom} or {nom:%}",
    },
    "pack.quantity_scope": {
        "fr": "la quantité {quantity} porte sur « {quantity_scope} », la règle sur « {scope} »",
        "en": "quantity {quantity} is about '{quantity_scope}', the rule about '{scope}'",
    },
    "pack.check_scope": {
        "fr": "la vérification {check} porte sur {scopes}, pas sur « {scope} »",
        "en": "check {check} looks at {scopes}, not at '{scope}'",
    },
    "pack.not_extensible": {
        "fr": "etendue_par : la vérification {check} n'a pas de liste à étendre",
        "en": "etendue_par: check {check} has no list to extend",
    },
    "usage.no_rule_dir": {
        "fr": "dossier de règles introuvable : {path}",
        "en": "rule folder not found: {path}",
    },
    "usage.unknown_rule": {
        "fr": "règle inconnue « {rule} » (voir lp-lint rules)",
        "en": "unknown rule '{rule}' (see lp-lint rules)",
    },
    "usage.unknown_rule_suggest": {
        "fr": "règle inconnue « {rule} » : vouliez-vous dire « {suggestion} » ? (voir lp-lint rules)",
        "en": "unknown rule '{rule}': did you mean '{suggestion}'? (see lp-lint rules)",
    },
    "usage.unknown_command": {
        "fr": "commande inconnue « {command} » : vouliez-vous dire « {suggestion} » ? (lp-lint --help)",
        "en": "unknown command '{command}': did you mean '{suggestion}'? (lp-lint --help)",
    },
    "usage.unknown_reading": {
        "fr": "la règle {rule} n'a pas de lecture « {reading} » ; lectures possibles : {known}",
        "en": "rule {rule} has no reading '{reading}'; possible readings: {known}",
    },
    "usage.did_you_mean": {
        "fr": " ; vouliez-vous dire « {suggestion} » ?",
        "en": "; did you mean '{suggestion}'?",
    },
    "usage.missing_path": {
        "fr": "chemin introuvable : {path}",
        "en": "no such path: {path}",
    },
    "usage.no_maquette": {
        "fr": "aucune maquette dans {paths} (fichiers .yaml ou .yml dont le premier niveau a une "
        "clé « formation »)",
        "en": "no maquette in {paths} (.yaml or .yml files with a top-level 'formation' key)",
    },
    "usage.stdin_alone": {
        "fr": "« - » (entrée standard) ne se combine pas avec d'autres chemins",
        "en": "'-' (standard input) cannot be combined with other paths",
    },
}

from lp_lint.catalogue import CATALOGUE  # noqa: E402  (the catalogue's texts, by area)

MESSAGES.update(CATALOGUE)
