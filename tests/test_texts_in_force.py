"""The right text for the right year: versions of a rule's text, dated packs, plain certainty."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from lp_lint.api import Options, packs_for
from lp_lint.cli import main
from lp_lint.packs import Rule

ALL_RULES: list[Rule] = [rule for pack in packs_for(Options()).packs for rule in pack.rules]
INTERNAL_WORDS = ("VERIFIED", "RECALLED", "NOT-FOUND", "de mémoire", "None")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_rules_list_speaks_plainly(lang: str) -> None:
    result = CliRunner().invoke(main, ["rules", "--lang", lang])
    assert result.exit_code == 0
    assert not [word for word in INTERNAL_WORDS if word in result.stdout]
    assert "?" in result.stdout  # a date not read in a text is marked


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_explain_speaks_plainly(rule: Rule) -> None:
    for lang in ("fr", "en"):
        result = CliRunner().invoke(main, ["explain", rule.code, "--lang", lang])
        assert result.exit_code == 0
        assert not [word for word in INTERNAL_WORDS if word in result.stdout], rule.code


def test_a_rule_out_of_its_dates_does_not_run() -> None:
    rule = next(r for r in ALL_RULES if r.code == "CE402")
    assert rule.at(dt.date(2017, 9, 1)) is None
    assert rule.at(dt.date(2018, 9, 1)) is rule
    assert rule.at(None) is rule
