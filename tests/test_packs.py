"""Rule packs as data: local packs, extension, and positioned errors in broken packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from lp_lint.reports import UsageError
from lp_lint.rules.packs import bundled_rules_dir
from lp_lint.run.options import Options
from lp_lint.run.rule_sets import packs_for
from tests.conftest import Lint

LOCAL_RULE = """\
id: stage-long
code: UNI001
title: {fr: Stage d'au moins 14 semaines, en: Stage of at least 14 weeks}
severity: warning
scope: maquette
check: range
params: {quantity: stage_semaines, min: 14}
message:
  below: {fr: "stage de {valeur} semaines, cadrage local : {min}", en: "stage of {valeur} weeks, local rule: {min}"}
rationale: {fr: Cadrage de l'université., en: University rule.}
reference:
  texte: Délibération de la CFVU
  article: point 3
  url: https://www.legifrance.gouv.fr/
  statut: VERIFIED-S
  catalogue: LOCAL
"""

LOCAL_PACK = """\
id: cadrage-local
title: {fr: Cadrage local, en: Local rules}
text: {titre: Cadrage de l'université, url: "https://www.legifrance.gouv.fr/"}
in_force: {since: 2015-09-01}
extends: lp-1999
"""


def write_pack(root: Path, rule: str = LOCAL_RULE, pack: str = LOCAL_PACK) -> Path:
    folder = root / "packs" / "cadrage-local"
    folder.mkdir(parents=True)
    (folder / "pack.yaml").write_text(pack, encoding="utf-8")
    (folder / "stage-long.yaml").write_text(rule, encoding="utf-8")
    return root / "packs"


def test_local_pack_applies_and_extends(lint: Lint, tmp_path: Path) -> None:
    packs = write_pack(tmp_path)
    report = lint(
        'version: 1\nformation: {mention: X, annee_universitaire: "2016-2017"}\nstage: {semaines: 12}\n',
        rule_dirs=(packs,),
    )
    [local] = [f for f in report.findings if f.code == "UNI001"]
    assert (
        local.text("fr") == "stage de 12 semaines, cadrage local : 14"
        and local.span.start.line == 3
    )
    pack = next(p for p in packs_for(Options(rule_dirs=(packs,))).packs if p.id == "cadrage-local")
    assert {"stage-long", "stage-duree", "projet-quart"} <= {r.id for r in pack.rules}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("check: range", "check: exec", "vérification inconnue « exec »"),
        ("{valeur} semaines", "{valeur.__class__} semaines", "{valeur.__class__}"),
        ("min: 14}", "min: 14, code: 'import os'}", "code"),
        ("severity: warning", "severity: grave", "stage-long.yaml:4:11"),
        ("scope: maquette", "scope: ue", "porte sur « maquette »"),
        ("  below: {fr", "  above: {fr", "message manquant pour le cas « below »"),
        ("message:\n", "message:\n  above: {fr: a, en: a}\n", "ne produisent jamais"),
        ("check: range", "check: range\netendue_par: mentions", "pas de liste à étendre"),
        (
            "scope: maquette\ncheck: range\nparams: {quantity: stage_semaines, min: 14}",
            "scope: ue\ncheck: own-ue\nparams: {nature: stage}",
            "own-ue porte sur maquette, pas sur « ue »",
        ),
        (
            "check: range",
            "check: !!python/object/apply:os.system ['touch /tmp/lp-lint-pack']",
            "étiquette YAML",
        ),
    ],
)
def test_broken_local_pack_is_a_usage_error(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert old in LOCAL_RULE
    packs = write_pack(tmp_path, LOCAL_RULE.replace(old, new))
    with pytest.raises(UsageError) as error:
        packs_for(Options(rule_dirs=(packs,)))
    assert expected in str(error.value)


def test_placeholder_cannot_reach_attributes(tmp_path: Path) -> None:
    """Templates are filled by name only; `{valeur.__class__}` is refused at load time."""
    packs = write_pack(tmp_path, LOCAL_RULE.replace("{min}", "{min.__globals__}"))
    with pytest.raises(UsageError):
        packs_for(Options(rule_dirs=(packs,)))


def test_extending_an_unknown_pack_is_a_usage_error(tmp_path: Path) -> None:
    packs = write_pack(tmp_path, pack=LOCAL_PACK.replace("extends: lp-1999", "extends: lp-1899"))
    with pytest.raises(UsageError, match="lp-1899"):
        packs_for(Options(rule_dirs=(packs,)))


def test_missing_rule_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="introuvable"):
        packs_for(Options(rule_dirs=(tmp_path / "nope",)))


def test_bundled_rules_are_found() -> None:
    assert (bundled_rules_dir() / "lp-1999" / "pack.yaml").is_file()


@pytest.mark.parametrize(
    ("old", "new", "lang", "expected"),
    [
        (
            "quantity: stage_semaines",
            "quantity: stage_semaine",
            "fr",
            "stage-long.yaml:7:20: quantité inconnue « stage_semaine » (lp-lint explain --checks "
            "les liste) ; vouliez-vous dire « stage_semaines » ?",
        ),
        (
            "quantity: stage_semaines",
            "quantity: stage_semaine",
            "en",
            "stage-long.yaml:7:20: unknown quantity 'stage_semaine' (lp-lint explain --checks "
            "lists them); did you mean 'stage_semaines'?",
        ),
        ("check: range", "check: rang", "en", "stage-long.yaml:6:8: unknown check 'rang'"),
        ("check: range", "check: rang", "fr", "vouliez-vous dire « range » ?"),
        ("  below: {fr", "  belo: {fr", "en", "stage-long.yaml:9:3: check range has no case"),
        ("{valeur} weeks", "{valuer} weeks", "en", "did you mean 'valeur'?"),
        (
            "min: 14}",
            "min: 14, mni: 1}",
            "en",
            "stage-long.yaml:7:50: unknown key 'mni': did you mean 'min'?",
        ),
    ],
)
def test_rule_file_errors_are_placed_and_suggest(
    tmp_path: Path, old: str, new: str, lang: str, expected: str
) -> None:
    """A rule author's slip is shown where it is, in the reader's language, with the nearest
    known name."""
    assert old in LOCAL_RULE
    packs = write_pack(tmp_path, LOCAL_RULE.replace(old, new))
    with pytest.raises(UsageError) as error:
        packs_for(Options(rule_dirs=(packs,), lang=lang))  # type: ignore[arg-type]
    assert expected in error.value.text(lang)  # type: ignore[arg-type]


def test_an_unknown_parent_pack_is_placed_and_suggested(tmp_path: Path) -> None:
    packs = write_pack(tmp_path, pack=LOCAL_PACK.replace("extends: lp-1999", "extends: lp-199"))
    with pytest.raises(UsageError) as error:
        packs_for(Options(rule_dirs=(packs,), lang="en"))
    assert "pack.yaml:5:10: extends: no pack 'lp-199'" in error.value.text("en")
    assert "did you mean 'lp-1999'?" in error.value.text("en")
