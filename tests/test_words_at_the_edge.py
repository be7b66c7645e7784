"""Findings carry meaning; the language is chosen when they are shown.

A finding holds a message (a template in each language and its values); the loader, the
validation, the engine and the dérogations never see a language, and every text of lp-lint's
own comes from one catalogue.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pickle
import pkgutil
import re
from pathlib import Path

import pytest

import lp_lint
from lp_lint import i18n
from lp_lint.i18n import MESSAGES, Message, msg, placeholders, plain
from lp_lint.run.batch import lint_paths
from lp_lint.run.options import Options
from tests.conftest import ROOT

PACKAGE = Path(lp_lint.__file__).resolve().parent
KO_90 = ROOT / "rules" / "lp-2019" / "cases" / "ects-parcours" / "ko-90.yaml"


def test_one_finding_is_rendered_in_both_languages() -> None:
    [file] = lint_paths([str(KO_90)], Options()).files
    [finding] = [f for f in file.findings if f.code == "LP203"]
    french, english = finding.text("fr"), finding.text("en")
    assert "60, 120, 180" in french and "60, 120, 180" in english
    assert french != english
    assert finding.message.render("fr") == french  # the same object, rendered twice


def test_the_language_of_the_run_changes_no_finding() -> None:
    french = lint_paths([str(KO_90)], Options(lang="fr")).files[0].findings
    english = lint_paths([str(KO_90)], Options(lang="en")).files[0].findings
    assert french == english


def test_numbers_are_written_the_reader_s_way() -> None:
    message = msg("file.too_large", size=1234567, max=1000)
    assert message.render("fr") == message.render("fr")
    assert "1\u202f234\u202f567 octets" in message.render("fr")
    assert "1,234,567 bytes" in message.render("en")


def test_nested_messages_and_tails_follow_the_language() -> None:
    title = Message("", "Durée du stage", "Stage length")
    message = msg("rule.incomplete", code="LP104", title=title, keys="stage.semaines")
    message += plain(" !")
    assert message.render("fr").startswith("LP104 (Durée du stage) n'a pas pu")
    assert message.render("en").startswith("LP104 (Stage length) could not be checked")
    assert message.render("en").endswith(" !")


def test_a_message_survives_pickling_and_compares_by_content() -> None:
    message = msg("yaml.tag", tag="!!python/object") + msg("hint.then")
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and hash(copy) == hash(message)
    assert copy.render("en") == message.render("en")
    assert message != msg("yaml.tag", tag="!!str")


def test_plain_text_is_never_read_as_a_template() -> None:
    assert plain("{key} {x:%}").render("fr") == "{key} {x:%}"


def test_escaping_reaches_every_text_of_a_message() -> None:
    message = msg("yaml.tag", tag="a\nb") + plain("\x1b[31m")
    cleaned = message.transformed(lambda text: text.replace("\n", "\\n").replace("\x1b", "ESC"))
    for lang in ("fr", "en"):
        assert "\n" not in cleaned.render(lang) and "\x1b" not in cleaned.render(lang)


LANGUAGE_FREE = [
    "lp_lint.reading",
    "lp_lint.rules.engine",
    "lp_lint.rules.derogations",
    "lp_lint.rules.loading",
    "lp_lint.rules.checks",
]


def modules_of(name: str) -> list[object]:
    module = importlib.import_module(name)
    found = [module]
    if hasattr(module, "__path__"):
        for info in pkgutil.walk_packages(module.__path__, name + "."):
            found.append(importlib.import_module(info.name))
    return found


def language_parameters(module: object) -> list[str]:
    """Functions and methods of `module` that take a language."""
    found = []
    for name, value in vars(module).items():
        owners = [value] if inspect.isfunction(value) else []
        if inspect.isclass(value):
            owners = [v for v in vars(value).values() if inspect.isfunction(v)]
        for function in owners:
            if getattr(function, "__module__", None) != module.__name__:  # type: ignore[attr-defined]
                continue
            signature = inspect.signature(function)
            for parameter in signature.parameters.values():
                if parameter.name == "lang" or "Lang" in str(parameter.annotation):
                    found.append(f"{module.__name__}.{name}({parameter.name})")  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("name", LANGUAGE_FREE)
def test_reading_the_engine_and_derogations_take_no_language(name: str) -> None:
    assert [p for m in modules_of(name) for p in language_parameters(m)] == []


def test_the_scan_for_language_parameters_sees_one() -> None:
    assert language_parameters(i18n) != []  # `tr`, `render`, `format_value` take one


def test_packs_load_without_a_language() -> None:
    from lp_lint.rules.loading import load_packs

    assert "lang" not in inspect.signature(load_packs).parameters


def test_every_catalogue_entry_speaks_both_languages_with_the_same_values() -> None:
    for key, texts in MESSAGES.items():
        assert set(texts) == {"fr", "en"}, key
        if key.startswith("yaml.problem.") or key == "yaml.pyyaml":
            continue  # English keeps PyYAML's own words
        assert placeholders(texts["fr"]) == placeholders(texts["en"]), key


def catalogue_keys_used() -> set[str]:
    keys = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("msg", "tr")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                keys.add(str(node.args[0].value))
    return keys


def test_every_key_the_package_names_is_in_the_catalogue() -> None:
    used = catalogue_keys_used()
    assert len(used) > 40
    assert sorted(used - set(MESSAGES)) == []


def test_no_french_text_is_left_in_the_modules_that_judge() -> None:
    """The judging modules hold no wording of their own: it is all in the catalogue."""
    french = re.compile(r"[«»]| : |\b(?:est|une|des|les)\b")
    for name in ("rules/engine.py", "rules/derogations.py", "rules/path_findings.py"):
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        texts = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
        docstrings = {
            ast.get_docstring(node)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.Module | ast.ClassDef)
        }
        assert [t for t in texts if french.search(t) and t not in docstrings] == [], name
