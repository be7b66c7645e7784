"""A rule file made ready to run: its check resolved, its params validated for every reading, its
messages held against what the check can say.

Every problem is a `Problem`: a message of the catalogue (`lp_lint.i18n`), its values, and the
place in the rule file it is about, so that a rule author reads `stage-long.yaml:9:25: unknown
quantity 'stage_semaine': did you mean 'stage_semaines'?` and not a traceback at line 1. Nothing
here names a particular check: each declares its params model, its scopes, the cases its
params can produce and the list a configuration may extend (`checks.core.Check`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from lp_lint.findings import DocPath
from lp_lint.i18n import LANGS, Message, malformed_placeholders, msg, placeholders
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.reading.validation import validate
from lp_lint.rules import records
from lp_lint.rules.checks import CHECKS, QUANTITY_PARAMS, Check
from lp_lint.rules.pack_files import RuleFile
from lp_lint.rules.packs import Rule
from lp_lint.rules.quantities import QUANTITIES
from lp_lint.rules.quantities.core import field_paths
from lp_lint.rules.records import Params, thaw
from lp_lint.suggest import suggest


class Problem(NamedTuple):
    """What is wrong in a pack file: a catalogue message, its values, where in the file."""

    key: str
    values: Mapping[str, object]
    path: DocPath = ()
    said: Message | None = None
    """The message, when the shape validation made it (`key` is then unused)."""

    def message(self) -> Message:
        if self.said is not None:
            return self.said
        text = msg(self.key, **self.values)
        suggestion = self.values.get("suggestion")
        return text + msg("usage.did_you_mean", suggestion=suggestion) if suggestion else text


def did_you_mean(word: str, known: list[str]) -> dict[str, object]:
    """The values of a message about an unknown name: the nearest known one, and all of them."""
    return {"name": word, "suggestion": suggest(word, known) or "", "known": ", ".join(known)}


def compile_rule(read: RuleFile, pack: str, path: Path) -> tuple[Rule | None, list[Problem]]:
    """Resolve the check and validate its params for the default and every named reading; the
    rule holds the plain twins of what was validated."""
    source = thaw(records.RuleFile, read.model_dump())
    check = CHECKS.get(source.check)
    if check is None:
        return None, [
            Problem("pack.unknown_check", did_you_mean(source.check, sorted(CHECKS)), ("check",))
        ]
    problems: list[Problem] = []
    params: dict[str, Params] = {}
    for name, overrides in [("", {}), *((n, r.params) for n, r in source.readings.items())]:
        merged = {**source.params, **overrides}
        places = {
            k: ("readings", name, "params") if k in overrides else ("params",) for k in merged
        }
        found = _quantity_problems(merged, places)
        if found:
            problems.extend(found)
            continue
        validated, errors = _validate_params(check, merged, places)
        problems.extend(errors)
        if validated is not None:
            params[name] = validated
    if source.default_reading is not None and source.default_reading not in source.readings:
        values = did_you_mean(source.default_reading, sorted(source.readings))
        problems.append(Problem("pack.unknown_reading", values, ("default_reading",)))
    if not problems:
        problems.extend(_message_problems(source, check, params))
        problems.extend(_scope_problems(source, check, params))
    return (None if problems else Rule(source, pack, check, params, path)), problems


def _quantity_problems(params: dict[str, Any], places: Mapping[str, DocPath]) -> list[Problem]:
    """Quantity names are checked here, not by the params model, to place and explain them."""
    known = [*sorted(QUANTITIES), *field_paths()]
    problems = []
    for key, value in params.items():
        if key not in QUANTITY_PARAMS:
            continue
        items = (
            [(index, v) for index, v in enumerate(value)]
            if isinstance(value, list)
            else [(None, value)]
        )
        for index, name in items:
            if isinstance(name, str) and name not in QUANTITIES:
                where = (*places[key], key) if index is None else (*places[key], key, index)
                problems.append(Problem("pack.unknown_quantity", did_you_mean(name, known), where))
    return problems


def _validate_params(
    check: Check[Any], params: dict[str, Any], places: Mapping[str, DocPath]
) -> tuple[Params | None, list[Problem]]:
    """The check's own model validates the params; its errors point into the rule file."""
    validated, findings = validate(check.params_model, params, SourceMap())
    if validated is not None:
        return thaw(check.params, validated.model_dump()), []
    problems = []
    for finding in findings:
        inner = finding.path
        where = (*places.get(str(inner[0]), ("params",)), *inner) if inner else ("params",)
        problems.append(Problem("", {}, where, finding.message))
    return None, problems


def _message_problems(
    source: records.RuleFile, check: Check[Any], params: dict[str, Params]
) -> list[Problem]:
    """A message for each case the params can produce, and for no other; placeholders the check
    and its quantities fill."""
    details = {
        d for p in params.values() for q in check.quantities(p) for d in QUANTITIES[q].details
    }
    reachable = sorted({case for p in params.values() for case in check.reachable_cases(p)})
    problems = [
        Problem("pack.missing_message", {"case": case}, ("message",))
        for case in reachable
        if case not in source.message
    ]
    for case, texts in source.message.items():
        allowed = check.cases.get(case)
        if allowed is None:
            values = {**did_you_mean(case, sorted(check.cases)), "check": check.name}
            problems.append(Problem("pack.unknown_case", values, ("message", case)))
            continue
        if case not in reachable:
            problems.append(Problem("pack.unreachable_case", {"case": case}, ("message", case)))
            continue
        for lang in LANGS:
            where = ("message", case, lang)
            template = texts.get(lang)
            for name in sorted(placeholders(template) - allowed - details):
                values = did_you_mean(name, sorted(allowed | details))
                problems.append(Problem("pack.unknown_placeholder", values, where))
            for text in malformed_placeholders(template):
                problems.append(Problem("pack.malformed_placeholder", {"text": text}, where))
    return problems


def _scope_problems(
    source: records.RuleFile, check: Check[Any], params: dict[str, Params]
) -> list[Problem]:
    problems = []
    for name in dict.fromkeys(q for p in params.values() for q in check.quantities(p)):
        scope = QUANTITIES[name].scope
        if scope != source.scope:
            values = {"quantity": name, "quantity_scope": scope, "scope": source.scope}
            problems.append(Problem("pack.quantity_scope", values, ("scope",)))
    if source.scope not in check.scopes:
        values = {"check": check.name, "scopes": ", ".join(check.scopes), "scope": source.scope}
        problems.append(Problem("pack.check_scope", values, ("scope",)))
    if source.etendue_par is not None and check.extensible is None:
        problems.append(Problem("pack.not_extensible", {"check": check.name}, ("etendue_par",)))
    return problems
