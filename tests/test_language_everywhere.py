"""Every text of lp-lint's own in the language asked for: findings, pack and baseline errors,
versions, click's own words (usage errors, unknown options, missing arguments) and PyYAML's
problems. A run in English shows no French text of the catalogue, and the reverse."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lp_lint.cli.help import _HELP
from lp_lint.cli.main import run
from lp_lint.i18n import MESSAGES, Lang
from tests.conftest import ROOT

KO_90 = str(ROOT / "rules" / "lp-2019" / "cases" / "ects-parcours" / "ko-90.yaml")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def fragments(lang: Lang) -> set[str]:
    """Pieces of the catalogue's texts in `lang` that the other language never says."""
    other: Lang = "en" if lang == "fr" else "fr"
    pairs = [(t[lang], t[other]) for t in MESSAGES.values()]
    pairs += [(_HELP[lang][k], _HELP[other][k]) for k in _HELP[lang]]
    found = set()
    for text, translation in pairs:
        for piece in _PLACEHOLDER.split(text):
            piece = piece.strip(" :;,.()'«»")
            if len(piece) >= 16 and " " in piece and piece not in translation:
                found.add(piece)
    return found


def said(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stop:
        run(argv)
    assert stop.value.code in (0, 1, 2), stop.value.code
    captured = capsys.readouterr()
    return captured.out + captured.err


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "syntax.yaml").write_text("version: 1\nformation: a: b\n", encoding="utf-8")
    (tmp_path / "not-a-baseline.json").write_text('{"format": "autre"}\n', encoding="utf-8")
    pack = tmp_path / "regles" / "local"
    pack.mkdir(parents=True)
    (pack / "pack.yaml").write_text("id: local\nnope: 1\n", encoding="utf-8")
    return {"syntax": "syntax.yaml", "baseline": "not-a-baseline.json", "rules": "regles"}


COMMAND_LINES = [
    ["check", "{syntax}"],
    ["check", KO_90],
    ["check", "--rules", "{rules}", KO_90],
    ["check", "--baseline", "{baseline}", KO_90],
    ["diff", "nosuchref:" + KO_90, KO_90],
    ["check", "--nope", KO_90],
    ["check", "--format", "nope", KO_90],
    ["check", "--reading", "nope", KO_90],
    ["report"],
    ["explain", "LP104"],
    ["rules"],
    ["check", "-h"],
    ["--help"],
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("line", COMMAND_LINES, ids=lambda line: " ".join(line)[:40])
def test_a_command_line_speaks_one_language(
    line: list[str],
    lang: Lang,
    inputs: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LP_LINT_LANG", "fr" if lang == "en" else "en")  # the option wins
    argv = [part.format(**inputs) for part in line]
    shown = said([*argv[:1], "--lang", lang, *argv[1:]] if argv[0] != "--help" else argv, capsys)
    if argv[0] == "--help":  # the group has no --lang: the environment's language
        lang = "fr" if lang == "en" else "en"
    foreign = fragments("fr" if lang == "en" else "en")
    assert shown.strip()
    assert sorted(f for f in foreign if f in shown) == []


def test_the_fragments_would_see_french() -> None:
    assert "n'existe pas à la référence" in fragments("fr")
    assert "does not exist at ref" in fragments("en")


def test_the_option_is_read_wherever_it_is_written(capsys: pytest.CaptureFixture[str]) -> None:
    before = said(["check", "--lang", "en", "--help"], capsys)
    after = said(["check", "--help", "--lang", "en"], capsys)
    assert before == after and "show this help and exit" in after
    assert "no such option '--nope'" in said(["check", "--nope", "--lang", "en", KO_90], capsys)
    assert "option inconnue « --nope »" in said(["check", "--lang", "fr", "--nope", KO_90], capsys)


def test_the_environment_chooses_when_the_line_does_not(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LP_LINT_LANG", "en")
    assert "Usage: lp-lint check" in said(["check", "-h"], capsys)
    monkeypatch.setenv("LP_LINT_LANG", "fr")
    assert "Utilisation : lp-lint check" in said(["check", "-h"], capsys)


def test_a_configuration_in_english_gives_an_english_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LP_LINT_LANG", "fr")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".lp-lint.yaml").write_text("lang: en\n", encoding="utf-8")
    target = tmp_path / "m.yaml"
    target.write_text(Path(KO_90).read_text(encoding="utf-8"), encoding="utf-8")
    shown = said(["check", "m.yaml"], capsys)
    assert " error " in shown or " warning " in shown
    assert " erreur " not in shown and " avertissement " not in shown
    assert sorted(f for f in fragments("fr") if f in shown) == []
