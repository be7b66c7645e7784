"""Paths in machine-readable outputs are relative to the repository root, wherever lp-lint runs."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from lp_lint.cli.main import main
from lp_lint.reports import git_root, relative_uri
from tests.conftest import ROOT, SCHEMAS

SEED = (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text(encoding="utf-8")


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A repository with a maquette in `maquettes/` and an empty subfolder `maquettes/notes/`."""
    root = tmp_path / "depot"
    (root / ".git").mkdir(parents=True)
    (root / "maquettes" / "notes").mkdir(parents=True)
    (root / "maquettes" / "web.yaml").write_text(SEED, encoding="utf-8")
    return root


def outputs(folder: Path, target: str, *extra: str) -> dict[str, str]:
    """Every machine-readable format of one run, read back from the files written."""
    formats = {"sarif": "r.sarif", "gitlab": "gl.json", "junit": "j.xml", "json": "r.json"}
    args = [f"-o{name}={folder / file}" for name, file in formats.items()]
    result = CliRunner().invoke(
        main, ["check", "--isolated", target, "--format", "github", *args, *extra]
    )
    assert result.exit_code == 1, result.output
    written = {name: (folder / file).read_text(encoding="utf-8") for name, file in formats.items()}
    return {**written, "github": result.stdout}


def sarif_locations(text: str) -> list[dict[str, str]]:
    run = json.loads(text)["runs"][0]
    return [
        location["physicalLocation"]["artifactLocation"]
        for result in run["results"]
        for location in result["locations"]
    ]


def validate_sarif(text: str) -> None:
    import jsonschema

    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads(text))


def test_from_a_subfolder_every_output_names_the_file_from_the_root(
    repository: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repository / "maquettes" / "notes")
    found = outputs(tmp_path, "../web.yaml")
    validate_sarif(found["sarif"])
    run = json.loads(found["sarif"])["runs"][0]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": repository.as_uri() + "/"}}
    assert {(a["uri"], a["uriBaseId"]) for a in sarif_locations(found["sarif"])} == {
        ("maquettes/web.yaml", "%SRCROOT%")
    }
    assert {i["location"]["path"] for i in json.loads(found["gitlab"])} == {"maquettes/web.yaml"}
    assert found["github"].count("file=maquettes/web.yaml,") == found["github"].count("::") // 2
    assert [s.get("name") for s in ET.fromstring(found["junit"]).iter("testsuite")] == [
        "maquettes/web.yaml"
    ]
    document = json.loads(found["json"])
    assert document["root"] == str(repository)
    assert [(f["path"], f["uri"]) for f in document["files"]] == [
        ("../web.yaml", "maquettes/web.yaml")
    ]


def test_the_same_fingerprints_from_the_root_and_from_a_subfolder(
    repository: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repository)
    baseline = tmp_path / "b.json"
    CliRunner().invoke(main, ["--isolated", "maquettes", "--write-baseline", str(baseline)])
    entries = json.loads(baseline.read_text(encoding="utf-8"))["entries"]
    assert {e["file"] for e in entries} == {"maquettes/web.yaml"}
    monkeypatch.chdir(repository / "maquettes" / "notes")
    result = CliRunner().invoke(
        main, ["--isolated", "..", "--baseline", str(baseline), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["files"][0]["findings"] == []


def test_from_outside_the_repository_a_file_keeps_an_absolute_uri(
    repository: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    target = repository / "maquettes" / "web.yaml"
    found = outputs(tmp_path, str(target))
    validate_sarif(found["sarif"])
    assert {a["uri"] for a in sarif_locations(found["sarif"])} == {target.as_uri()}
    assert all("uriBaseId" not in a for a in sarif_locations(found["sarif"]))
    assert {i["location"]["path"] for i in json.loads(found["gitlab"])} == {str(target)}


def test_without_git_the_configuration_folder_is_the_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "offre"
    (project / "lp").mkdir(parents=True)
    (project / "lp" / "web.yaml").write_text(SEED, encoding="utf-8")
    (project / ".lp-lint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    monkeypatch.chdir(project / "lp")
    assert git_root(Path.cwd()) is None  # the test's own folders are outside any repository
    result = CliRunner().invoke(main, ["web.yaml", "--format", "gitlab"])
    assert {i["location"]["path"] for i in json.loads(result.stdout)} == {"lp/web.yaml"}
    result = CliRunner().invoke(main, ["web.yaml", "--format", "gitlab", "--isolated"])
    assert {i["location"]["path"] for i in json.loads(result.stdout)} == {"web.yaml"}


def test_a_work_tree_whose_git_is_a_file_is_a_root(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / ".git").write_text("gitdir: /elsewhere\n", encoding="utf-8")
    assert git_root(tmp_path / "a" / "b") == tmp_path / "a"
    assert relative_uri(str(tmp_path / "a" / "b" / "m.yaml"), tmp_path / "a") == "b/m.yaml"
    assert relative_uri(str(tmp_path / "m.yaml"), tmp_path / "a") == str(tmp_path / "m.yaml")
    assert relative_uri("-", tmp_path) == "-"


def test_a_root_reached_through_a_link_still_relates_its_files(tmp_path: Path) -> None:
    real = tmp_path / "reel"
    (real / "m").mkdir(parents=True)
    (tmp_path / "lien").symlink_to(real)
    assert relative_uri(str(tmp_path / "lien" / "m" / "x.yaml"), real) == "m/x.yaml"


segment = st.text(
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1
).filter(lambda s: s not in (".", ".."))


@settings(max_examples=200)
@given(st.lists(segment, min_size=1, max_size=4), st.lists(segment, min_size=1, max_size=3))
def test_a_path_under_the_root_is_relative_and_one_beside_it_absolute(
    inside: list[str], beside: list[str]
) -> None:
    root = Path("/depot/racine")
    assert relative_uri(str(root.joinpath(*inside)), root) == "/".join(inside)
    outside = Path("/depot/autre").joinpath(*beside)
    assert relative_uri(str(outside), root) == outside.as_posix()
