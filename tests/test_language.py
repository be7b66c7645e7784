"""Everything in the reader's language: severity words, numbers, and copyable option values."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.outputs.explain import explain
from lp_lint.run.options import Options
from lp_lint.run.rule_sets import packs_for
from tests.conftest import ROOT

KO_90 = str(ROOT / "rules" / "lp-2019" / "cases" / "ects-parcours" / "ko-90.yaml")


def out(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.mark.parametrize(
    ("lang", "words", "foreign"),
    [("fr", ("erreur", "avertissement"), " error "), ("en", ("error", "warning"), " erreur ")],
)
def test_rules_and_explain_name_severities_as_check_does(
    lang: str, words: tuple[str, ...], foreign: str
) -> None:
    listing = out("rules", "--lang", lang)
    rows = {line.split()[0]: line for line in listing.splitlines()[1:] if re.match(r"[A-Z]", line)}
    assert f" {words[0]} " in rows["LP104"] and f" {words[1]} " in rows["LP203"]
    assert foreign not in listing
    assert re.search(rf"- \w+ ?: {words[0]}\n", out("explain", "LP104", "--lang", lang))
    assert f" {words[1]} " in out("check", "--lang", lang, KO_90)


def test_json_keeps_the_severity_keys() -> None:
    rows = json.loads(out("rules", "--format", "json", "--lang", "fr"))
    assert {row["severity"] for row in rows} == {"error", "warning", "info"}


@pytest.mark.parametrize(
    ("lang", "expected"), [("fr", "en compte 60, 120, 180"), ("en", "has 60, 120, 180")]
)
def test_accepted_values_written_as_numbers_the_reader_writes(lang: str, expected: str) -> None:
    message = next(
        line for line in out("check", "--lang", lang, KO_90).splitlines() if "LP203" in line
    )
    assert expected in message and ".0" not in message


def test_every_reading_an_explanation_names_can_be_copied() -> None:
    """`--reading RULE=READING` in a rule's texts names a rule and one of its readings, whole."""
    pack_set = packs_for(Options())
    readings = {
        key: set(rule.source.readings)
        for pack in pack_set.packs
        for rule in pack.rules
        for key in (rule.id, rule.code)
    }
    named = 0
    for pack in pack_set.packs:
        for rule in pack.rules:
            texts = [rule.source.rationale.fr, rule.source.rationale.en]
            texts += [
                t
                for r in rule.source.readings.values()
                for t in r.description.model_dump().values()
            ]
            for text in texts:
                for key, reading in re.findall(r"--reading\s+([\w-]+)=([\w-]*)", text):
                    named += 1
                    assert reading in readings.get(key, set()), (rule.code, key, reading)
    assert named >= 2


def test_explain_prints_the_reading_in_one_piece() -> None:
    text = out("explain", "LP202")
    assert "`avec-alternance`" in text and "avec- " not in text


def _prose(text: str) -> str:
    """The explanation without its YAML examples, which keep the file format's own words."""
    return re.sub(r"```yaml\n.*?```", "", text, flags=re.DOTALL)


@pytest.mark.parametrize(
    ("lang", "foreign"),
    [("fr", r"\b(error|warning)\b"), ("en", r"\b(erreur|avertissement)\b")],
)
def test_explain_names_every_severity_in_the_readers_language(lang: str, foreign: str) -> None:
    options = Options(lang=lang)  # type: ignore[arg-type]
    pack_set = packs_for(options)
    rules = [rule for pack in pack_set.packs for rule in pack.rules]
    assert len(rules) > 50
    raw = {
        rule.code: line
        for rule in rules
        for line in _prose(explain(rule, pack_set, options)).splitlines()
        if re.search(foreign, line)
    }
    assert raw == {}
