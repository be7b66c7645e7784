"""The rule packs a run applies: bundled and extra folders, checked against the settings."""

from __future__ import annotations

from pathlib import Path

from lp_lint.findings import located
from lp_lint.i18n import Lang, joined, plain, tr
from lp_lint.pseudo_rules import PSEUDO_RULES
from lp_lint.reading.source import read_source
from lp_lint.reports import UsageError
from lp_lint.rules.loading import load_packs
from lp_lint.rules.packs import PackSet, bundled_rules_dir, pack_signature
from lp_lint.rules.selection import unknown_selectors
from lp_lint.run.options import Options
from lp_lint.suggest import suggest


def packs_for(options: Options) -> PackSet:
    """The bundled packs plus the extra folders; a broken pack is a usage error."""
    folders = (bundled_rules_dir(), *options.rule_dirs)
    for folder in options.rule_dirs:
        if not folder.is_dir():
            raise UsageError(tr("usage.no_rule_dir", options.lang, path=str(folder)))
    pack_set = load_packs(folders, pack_signature(folders))
    if pack_set.findings:
        lines = [located(str(path), [f]) for path, f in pack_set.findings]
        raise UsageError(joined(lines, plain("\n")))
    _check_readings(pack_set, options)
    selectors = [
        *(options.select or ()),
        *options.extend_select,
        *options.ignore,
        *(code for _, codes in options.per_file_ignores for code in codes),
        *(name for name, _ in options.severities),
    ]
    unknown = unknown_selectors(selectors, pack_set)
    if unknown:
        where = (
            f"{options.config_path}:{_line_in(options.config_path, unknown[0])}: "
            if options.config_path
            else ""
        )
        raise UsageError(where + unknown_rules(unknown, pack_set, options.lang))
    return pack_set


def unknown_rules(names: list[str], pack_set: PackSet, lang: Lang) -> str:
    """ "Unknown rule", with the nearest code, id or pack each name may stand for."""
    known = [
        *pack_set.rule_codes,
        *(p.id for p in pack_set.packs),
        *PSEUDO_RULES,
        *(p.id for p in PSEUDO_RULES.values()),
    ]
    messages = []
    for name in names:
        close = suggest(name, known)
        key = "usage.unknown_rule_suggest" if close else "usage.unknown_rule"
        messages.append(tr(key, lang, rule=name, suggestion=close or ""))
    return "; ".join(messages)


def _line_in(path: Path, word: str) -> int:
    """The first line of a configuration file that names `word` (selectors are plain words)."""
    lines = (read_source(path).text or "").splitlines()
    return next((number for number, line in enumerate(lines, 1) if word in line), 1)


def _check_readings(pack_set: PackSet, options: Options) -> None:
    rules = {
        key: rule for pack in pack_set.packs for rule in pack.rules for key in (rule.id, rule.code)
    }
    for rule_key, reading in options.readings:
        rule = rules.get(rule_key)
        if rule is None:
            raise UsageError(unknown_rules([rule_key], pack_set, options.lang))
        if reading not in rule.source.readings:
            known = ", ".join(rule.source.readings) or "—"
            message = tr(
                "usage.unknown_reading", options.lang, rule=rule_key, reading=reading, known=known
            )
            close = suggest(reading, rule.source.readings)
            if close:
                message += tr("usage.did_you_mean", options.lang, suggestion=close)
            raise UsageError(message)
