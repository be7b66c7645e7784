"""`lp-lint init`: a maquette to fill in, that lints without error, never overwriting a file."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.reading.loader import load_yaml
from tests.test_examples_docs import as_json


def lint_json(path: Path) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(main, ["--isolated", "--format", "json", str(path)])
    return result.exit_code, json.loads(result.stdout)["files"][0]["findings"]


def init_args(path: Path, annee: str = "2025-2026") -> list[str]:
    """`init` with every answer given as an option (mention M, no parcours nor établissement)."""
    return [
        "init",
        str(path),
        "--mention",
        "M",
        "--annee",
        annee,
        "--parcours",
        "",
        "--etablissement",
        "",
    ]


def test_init_with_options_lints_clean_but_for_missing_data(tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    result = CliRunner().invoke(
        main,
        [
            "init",
            str(path),
            "--mention",
            "Commercialisation de produits et services",
            "--annee",
            "2025-2026",
            "--parcours",
            'Vente "B to C"',
            "--etablissement",
            "U",
        ],
    )
    assert result.exit_code == 0, result.output
    code, findings = lint_json(path)
    assert code == 0
    assert not [f for f in findings if f["severity"] == "error"]
    assert {f["code"] for f in findings if f["severity"] == "warning"} <= {
        "RC601",
        "RC603",
        "RC604",
        "RC605",
    }
    assert any(f["code"] == "D001" for f in findings)


def test_init_asks_the_questions(tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    answers = "Métiers du numérique : conception, rédaction et réalisation web\n2025-2026\nWeb\nUniversité\n"
    result = CliRunner().invoke(main, ["init", str(path)], input=answers)
    assert result.exit_code == 0, result.output
    data = load_yaml(path.read_text(encoding="utf-8")).data
    assert data["formation"]["mention"].startswith("Métiers du numérique")
    assert data["formation"]["annee_universitaire"] == "2025-2026"


def test_init_writes_a_schema_the_file_satisfies(tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    CliRunner().invoke(main, init_args(path))
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=maquette.schema.json"
    schema = json.loads((tmp_path / "maquette.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(as_json(load_yaml(path.read_text(encoding="utf-8")).data), schema)


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    path.write_text("mon travail\n", encoding="utf-8")
    args = init_args(path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and path.read_text(encoding="utf-8") == "mon travail\n"
    assert CliRunner().invoke(main, [*args, "--force"]).exit_code == 0
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server")


def test_init_refuses_a_malformed_year(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, init_args(tmp_path / "x.yaml", annee="2025"))
    assert result.exit_code == 2 and not (tmp_path / "x.yaml").exists()


def test_a_bad_year_is_asked_again_at_its_question(tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    answers = "Commerce\n2025\n\n2025-2026\nWeb\nU\n"
    result = CliRunner().invoke(main, ["init", str(path)], input=answers)
    assert result.exit_code == 0, result.output
    assert "« 2025 » : une année universitaire s'écrit 2025-2026" in result.stderr
    assert "--annee" not in result.output
    assert result.stdout.count("Année universitaire") == 3  # asked again, the others once
    assert result.stdout.count("Mention nationale") == 1
    data = load_yaml(path.read_text(encoding="utf-8")).data
    assert data["formation"]["annee_universitaire"] == "2025-2026"
    assert data["formation"]["parcours"] == "Web"


def test_questions_and_complaints_in_english(tmp_path: Path) -> None:
    path = tmp_path / "lp.yaml"
    answers = "Commerce\n2025/26\n2025-2026\n\n\n"
    result = CliRunner().invoke(main, ["init", str(path), "--lang", "en"], input=answers)
    assert result.exit_code == 0, result.output
    assert "'2025/26': an academic year is written 2025-2026" in result.stderr
    assert "Academic year" in result.stdout and "Année" not in result.output
    assert "created" in result.stdout


def test_a_missing_folder_is_one_line_before_any_question(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["init", str(tmp_path / "absent" / "lp.yaml")], input="")
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"lp-lint: dossier introuvable : {tmp_path / 'absent'} (créez-le, ou choisissez un autre chemin)\n"
    )
    assert result.stdout == ""
    existing = tmp_path / "lp.yaml"
    existing.write_text("mon travail\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", str(existing)], input="")
    assert result.exit_code == 2 and result.stdout == "" and "existe déjà" in result.stderr


def test_no_terminal_and_no_answer_is_a_usage_error_naming_the_option(tmp_path: Path) -> None:
    """Without a terminal (CI, a pipe), an unanswered question says which option to give."""
    path = tmp_path / "lp.yaml"
    result = CliRunner().invoke(main, ["init", str(path)], input="")
    assert result.exit_code == 2 and "--mention" in result.stderr, result.output
    assert "interrompu" not in result.stderr and not path.exists()
    given = CliRunner().invoke(main, ["init", "--mention", "Commerce", str(path)], input="")
    assert given.exit_code == 2 and "--annee" in given.stderr and not path.exists()
