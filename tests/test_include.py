"""Shared UEs (`inclure:`): a UE written once and included by several maquettes, its positions
kept in its own file; every include that could read outside the repository, loop, or grow
without bound is refused with a positioned error and leaves the maquette unjudged."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lp_lint.outputs.formats import FORMATS, Settings, get_formatter
from lp_lint.reading.include import MAX_INCLUDE_DEPTH, load_with_includes
from lp_lint.reading.loader import Limits, load_yaml
from lp_lint.reports import FileReport
from lp_lint.run.batch import lint_paths
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_file
from lp_lint.run.rule_sets import packs_for

MAQUETTE = """\
version: 1
formation: {{mention: Commercialisation de produits et services, annee_universitaire: "2022-2023", etablissement: U}}
semestres:
  - numero: 5
    ues:
      - {{code: "UE1", intitule: Gestion, ects: 24, ecs: [{{code: "M11", intitule: Droit, heures: {{cm: 150}}}}]}}
      - inclure: {include}
  - numero: 6
    ues:
      - {{code: "UE2", intitule: Projet, ects: 12, nature: projet_tuteure, heures: {{projet: 100}}}}
      - {{code: "UE3", intitule: Stage, ects: 18, nature: stage}}
"""
INCLUDE_LINE = 7
ANGLAIS = """\
code: "ANG"
intitule: Anglais
ects: {ects}
coefficient: 1
ecs:
  - {{code: "ANG1", intitule: Anglais des affaires, heures: {{td: 30}}}}
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository (its `.git` marks the root) with a maquettes folder and a shared UE."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "maquettes").mkdir()
    (tmp_path / "communes").mkdir()
    (tmp_path / "communes" / "ue-anglais.yaml").write_text(ANGLAIS.format(ects=6), "utf-8")
    return tmp_path


def write(repo: Path, include: str, name: str = "lp.yaml") -> Path:
    path = repo / "maquettes" / name
    path.write_text(MAQUETTE.format(include=json.dumps(include)), "utf-8")
    return path


def lint(path: Path, **options: object) -> FileReport:
    opts = Options(**options)  # type: ignore[arg-type]
    return lint_file(path, opts, packs_for(opts))


def codes(report: FileReport) -> list[str]:
    return [f.code for f in report.findings]


def refused(report: FileReport, code: str) -> None:
    """The include is refused with `code` at the `inclure:` line, and no rule judged the rest."""
    assert not report.rules_applied
    found = [f for f in report.findings if f.code == code]
    assert found, codes(report)
    assert found[0].span.file is None and found[0].span.start.line == INCLUDE_LINE


def test_an_included_ue_is_judged_as_if_written_in_place(repo: Path) -> None:
    report = lint(write(repo, "../communes/ue-anglais.yaml"))
    assert report.rules_applied
    assert "CN301" not in codes(report)  # S5 = 24 + 6 ECTS: the included ECTS count
    (repo / "communes" / "ue-anglais.yaml").write_text(ANGLAIS.format(ects=5), "utf-8")
    report = lint(write(repo, "../communes/ue-anglais.yaml"))
    assert "CN301" in codes(report)  # 29 ECTS in S5


def test_a_finding_on_an_included_value_points_into_the_included_file(repo: Path) -> None:
    (repo / "communes" / "ue-anglais.yaml").write_text(ANGLAIS.format(ects='"six"'), "utf-8")
    for name in ("lp-a.yaml", "lp-b.yaml"):  # two parcours share it: each reports it there
        report = lint(write(repo, "../communes/ue-anglais.yaml", name))
        (finding,) = [f for f in report.findings if f.code == "S001"]
        assert finding.span.file == str(repo / "communes" / "ue-anglais.yaml")
        assert (finding.span.start.line, finding.span.start.column) == (3, 7)
        assert finding.path == ("semestres", 0, "ues", 1, "ects")


def test_outputs_name_the_included_file(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / "communes" / "ue-anglais.yaml").write_text(ANGLAIS.format(ects='"six"'), "utf-8")
    write(repo, "../communes/ue-anglais.yaml")
    monkeypatch.chdir(repo)
    report = lint_paths(["maquettes/lp.yaml"], Options())
    out = {}
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    for name in FORMATS:
        stream = io.StringIO()
        get_formatter(name)(report, stream, Settings(color=False))
        out[name] = stream.getvalue()
    assert "communes/ue-anglais.yaml:3:7: error S001" in out["concise"]
    assert "communes/ue-anglais.yaml:3:7" in out["text"]
    assert "::error file=communes/ue-anglais.yaml,line=3," in out["github"]
    assert "`communes/ue-anglais.yaml` 3:7" in out["markdown"]
    assert "communes/ue-anglais.yaml:3:7 error S001" in out["junit"]
    (result,) = [r for r in json.loads(out["sarif"])["runs"][0]["results"] if r["ruleId"] == "S001"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "communes/ue-anglais.yaml"
    assert location["region"]["startLine"] == 3
    (issue,) = [i for i in json.loads(out["gitlab"]) if i["check_name"] == "S001"]
    assert issue["location"]["path"] == "communes/ue-anglais.yaml"
    findings = json.loads(out["json"])["files"][0]["findings"]
    (finding,) = [f for f in findings if f["code"] == "S001"]
    assert finding["file"] == "communes/ue-anglais.yaml"
    others = [f.get("file") for f in findings if not f["path"].startswith("semestres[0].ues[1]")]
    assert others and not any(others)  # the maquette's own findings stay in it
    assert finding["start"] == {"line": 3, "column": 7}


def test_an_ec_included_by_a_shared_ue_is_relative_to_that_ue(repo: Path) -> None:
    (repo / "communes" / "ecs").mkdir()
    (repo / "communes" / "ecs" / "toeic.yaml").write_text(
        'code: "TOEIC"\nintitule: Préparation au TOEIC\nheures: {td: -3}\n', "utf-8"
    )
    shared = ANGLAIS.format(ects=6) + "  - inclure: ecs/toeic.yaml\n"
    (repo / "communes" / "ue-anglais.yaml").write_text(shared, "utf-8")
    report = lint(write(repo, "../communes/ue-anglais.yaml"))
    (finding,) = [f for f in report.findings if f.code == "S001"]
    assert finding.span.file == str(repo / "communes" / "ecs" / "toeic.yaml")
    assert finding.span.start.line == 3
    assert finding.path == ("semestres", 0, "ues", 1, "ecs", 1, "heures", "td")


def test_a_file_that_only_redirects_is_followed(repo: Path) -> None:
    (repo / "communes" / "alias.yaml").write_text("inclure: ue-anglais.yaml\n", "utf-8")
    report = lint(write(repo, "../communes/alias.yaml"))
    assert report.rules_applied and "CN301" not in codes(report)


@pytest.mark.parametrize(
    "include",
    ["/etc/passwd", "C:/communes/ue.yaml", "\\\\serveur\\ue.yaml", "", "   "],
)
def test_an_absolute_or_empty_path_is_refused(repo: Path, include: str) -> None:
    refused(lint(write(repo, include)), "I002")


def test_a_path_out_of_the_repository_is_refused(repo: Path) -> None:
    (repo.parent / "secret.yaml").write_text(ANGLAIS.format(ects=6), "utf-8")
    refused(lint(write(repo, "../../secret.yaml")), "I002")
    refused(lint(write(repo, "../communes/../../secret.yaml")), "I002")


def test_a_link_out_of_the_repository_is_refused_but_one_inside_is_followed(repo: Path) -> None:
    (repo.parent / "secret.yaml").write_text(ANGLAIS.format(ects=6), "utf-8")
    (repo / "communes" / "dehors.yaml").symlink_to(repo.parent / "secret.yaml")
    refused(lint(write(repo, "../communes/dehors.yaml")), "I002")
    (repo / "communes" / "dedans.yaml").symlink_to(repo / "communes" / "ue-anglais.yaml")
    assert lint(write(repo, "../communes/dedans.yaml")).rules_applied


def test_without_git_the_root_is_the_maquettes_folder(tmp_path: Path) -> None:
    (tmp_path / "maquettes" / "communes").mkdir(parents=True)
    (tmp_path / "communes").mkdir()
    for folder in (tmp_path / "communes", tmp_path / "maquettes" / "communes"):
        (folder / "ue-anglais.yaml").write_text(ANGLAIS.format(ects=6), "utf-8")
    refused(lint(write(tmp_path, "../communes/ue-anglais.yaml")), "I002")
    assert lint(write(tmp_path, "communes/ue-anglais.yaml")).rules_applied


def test_missing_files_directories_and_fifos_are_refused_without_reading(repo: Path) -> None:
    refused(lint(write(repo, "../communes/absente.yaml")), "I001")
    refused(lint(write(repo, "../communes")), "I001")
    os.mkfifo(repo / "communes" / "tube.yaml")  # nobody writes: reading it would wait forever
    refused(lint(write(repo, "../communes/tube.yaml")), "I001")


def test_an_unreadable_file_is_refused(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The system refuses the open (a mode of 0 does not stop root, so the refusal is simulated)."""
    real_open = os.open

    def refusing(path: object, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("ue-anglais.yaml"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("lp_lint.reading.include.os.open", refusing)
    refused(lint(write(repo, "../communes/ue-anglais.yaml")), "I001")


def test_cycles_are_refused(repo: Path) -> None:
    (repo / "communes" / "a.yaml").write_text("inclure: b.yaml\n", "utf-8")
    (repo / "communes" / "b.yaml").write_text("inclure: a.yaml\n", "utf-8")
    report = lint(write(repo, "../communes/a.yaml"))
    assert not report.rules_applied
    (cycle,) = [f for f in report.findings if f.code == "I003"]
    assert cycle.span.file == str(repo / "communes" / "b.yaml")  # where the loop closes
    refused(lint(write(repo, "lp.yaml")), "I003")  # the maquette includes itself


def test_nesting_is_refused_beyond_the_limit(repo: Path) -> None:
    for level in range(1, MAX_INCLUDE_DEPTH + 2):
        target = f"r{level + 1}.yaml" if level <= MAX_INCLUDE_DEPTH else "ue-anglais.yaml"
        (repo / "communes" / f"r{level}.yaml").write_text(f"inclure: {target}\n", "utf-8")
    # r1 → … → r{MAX} → r{MAX+1} → the UE: one level too many
    assert "I004" in codes(lint(write(repo, "../communes/r1.yaml")))
    assert not lint(write(repo, "../communes/r1.yaml")).rules_applied
    # starting one level down, it fits
    assert lint(write(repo, "../communes/r3.yaml")).rules_applied


@pytest.mark.parametrize(
    "content",
    [
        "- code: UE1\n",
        "texte\n",
        'version: 1\nformation: {mention: X}\ncode: "A"\nintitule: A\n',
        'semestres: []\ncode: "A"\nintitule: A\n',
    ],
)
def test_a_file_that_is_not_a_ue_is_refused(repo: Path, content: str) -> None:
    (repo / "communes" / "autre.yaml").write_text(content, "utf-8")
    refused(lint(write(repo, "../communes/autre.yaml")), "I005")


def test_inclure_stands_alone(repo: Path) -> None:
    path = write(repo, "../communes/ue-anglais.yaml")
    text = (
        path.read_text("utf-8")
        .replace("inclure: ", "ects: 3, inclure: ")
        .replace("- ects: 3, inclure: ", "- {ects: 3, inclure: ")
    )
    path.write_text(text.replace('ue-anglais.yaml"\n', 'ue-anglais.yaml"}\n', 1), "utf-8")
    refused(lint(path), "I005")


def test_an_empty_or_broken_included_file_is_reported_in_it(repo: Path) -> None:
    (repo / "communes" / "vide.yaml").write_text("# rien\n", "utf-8")
    refused(lint(write(repo, "../communes/vide.yaml")), "I005")
    (repo / "communes" / "casse.yaml").write_text('code: "A"\nintitule: [\n', "utf-8")
    report = lint(write(repo, "../communes/casse.yaml"))
    assert not report.rules_applied
    (syntax,) = [f for f in report.findings if f.code == "Y001"]
    assert syntax.span.file == str(repo / "communes" / "casse.yaml")
    (repo / "communes" / "tag.yaml").write_text("code: !!python/object:os.system x\n", "utf-8")
    assert "Y003" in codes(lint(write(repo, "../communes/tag.yaml")))
    (repo / "communes" / "latin1.yaml").write_bytes("intitulé: é\n".encode("latin-1"))
    assert "F002" in codes(lint(write(repo, "../communes/latin1.yaml")))


def test_the_byte_limit_bounds_an_included_file(repo: Path) -> None:
    padding = "# " + "x" * 2000 + "\n"
    shared = padding + ANGLAIS.format(ects=6)
    (repo / "communes" / "ue-anglais.yaml").write_text(shared, "utf-8")
    path = write(repo, "../communes/ue-anglais.yaml")
    size = len(shared.encode())
    assert len(path.read_bytes()) < size - 1
    assert lint(path, max_bytes=size).rules_applied
    refused(lint(path, max_bytes=size - 1), "I004")


def test_included_files_count_against_the_maquettes_byte_and_node_limits(repo: Path) -> None:
    path = write(repo, "../communes/ue-anglais.yaml")
    lines = path.read_text("utf-8").splitlines(keepends=True)
    include = lines[INCLUDE_LINE - 1]
    path.write_text("".join(lines[:INCLUDE_LINE] + [include] * 9 + lines[INCLUDE_LINE:]), "utf-8")
    size = len(ANGLAIS.format(ects=6).encode())
    budget = max(len(path.read_bytes()), size * 5)
    report = lint(path, max_bytes=budget)  # ten includes of one file: more than the budget
    assert "I004" in codes(report) and not report.rules_applied
    assert "I004" not in codes(lint(path))
    own = load_yaml(path.read_text("utf-8")).nodes
    report = lint(path, limits=Limits(max_nodes=own + 60))  # room for three includes, not ten
    assert not report.rules_applied
    (limit,) = [f for f in report.findings if f.code == "Y004"]
    assert limit.span.file == str(repo / "communes" / "ue-anglais.yaml")


def test_the_node_limit_is_shared_with_the_included_file(repo: Path) -> None:
    text = write(repo, "../communes/ue-anglais.yaml").read_text("utf-8")
    origin = str(repo / "maquettes" / "lp.yaml")
    alone = load_with_includes(text, origin, Limits(max_nodes=10_000))
    assert alone.data is not None
    own = load_yaml(text).nodes
    assert own < alone.nodes  # the included file's nodes are counted
    assert load_with_includes(text, origin, Limits(max_nodes=alone.nodes)).data is not None
    tight = load_with_includes(text, origin, Limits(max_nodes=alone.nodes - 1))
    assert tight.data is None
    (limit,) = tight.findings
    assert limit.code == "Y004" and limit.span.file == str(repo / "communes" / "ue-anglais.yaml")


def test_fix_leaves_included_files_alone(repo: Path) -> None:
    from lp_lint.run.fixing import fix_paths

    (repo / "communes" / "ue-anglais.yaml").write_text(
        ANGLAIS.format(ects=6).replace('"ANG"', "0701"), "utf-8"
    )
    before = (repo / "communes" / "ue-anglais.yaml").read_bytes()
    path = write(repo, "../communes/ue-anglais.yaml")
    report = lint(path)
    (quoting,) = [f for f in report.findings if f.code == "S001" and f.span.file]
    assert quoting.fix is None  # the code YAML reads as a number: fixable in place, not here
    run = fix_paths([str(path)], Options(), frozenset(), False, False, True, True)
    assert run.total == 0
    assert (repo / "communes" / "ue-anglais.yaml").read_bytes() == before


def test_the_editor_marks_findings_of_an_included_file_on_the_include(repo: Path) -> None:
    from lp_lint.server.linting import BufferLinter

    (repo / "communes" / "ue-anglais.yaml").write_text(ANGLAIS.format(ects='"six"'), "utf-8")
    path = write(repo, "../communes/ue-anglais.yaml")
    linted = BufferLinter().lint(path.read_text("utf-8"), path)
    (finding,) = [f for f in linted.report.findings if f.code == "S001"]
    assert finding.span.file is None and finding.span.start.line == INCLUDE_LINE
    assert finding.text("fr").startswith(f"{repo / 'communes' / 'ue-anglais.yaml'}:3:7 : ")
    assert finding.fix is None


def test_report_and_diff_read_the_included_ue(repo: Path) -> None:
    from lp_lint.cli.versions import judged_version

    path = write(repo, "../communes/ue-anglais.yaml")
    judged = judged_version(str(path), Options(), frozenset(), False)
    codes_read = [ue.code for s in judged.maquette.semestres for ue in s.ues]
    assert codes_read == ["UE1", "ANG", "UE2", "UE3"]


NAMES = st.sampled_from(["..", ".", "communes", "maquettes", "ue-anglais.yaml", "x", "", "/"])


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(NAMES, min_size=1, max_size=6))
def test_no_include_reads_outside_the_repository(
    parts: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    top = tmp_path_factory.mktemp("top")
    repo = top / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "maquettes").mkdir()
    (repo / "communes").mkdir()
    (repo / "communes" / "ue-anglais.yaml").write_text(ANGLAIS.format(ects=6), "utf-8")
    (top / "ue-anglais.yaml").write_text(ANGLAIS.format(ects=7), "utf-8")  # the bait
    include = "/".join(parts)
    text = MAQUETTE.format(include=json.dumps(include))
    loaded = load_with_includes(text, str(repo / "maquettes" / "lp.yaml"))
    if loaded.data is not None:
        included = loaded.data["semestres"][0]["ues"][1]
        assert included["ects"] == 6  # only the repository's copy can ever be read
    else:
        assert {f.code for f in loaded.findings} <= {"I001", "I002", "I003", "I005", "Y001"}


def test_from_a_subfolder_the_included_file_is_named_from_the_repository_root(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "communes" / "ue-anglais.yaml").write_text(ANGLAIS.format(ects='"six"'), "utf-8")
    write(repo, "../communes/ue-anglais.yaml")
    monkeypatch.chdir(repo / "maquettes")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    report = lint_paths(["lp.yaml"], Options())
    out = {}
    for name in ("gitlab", "junit", "github", "sarif"):
        stream = io.StringIO()
        get_formatter(name)(report, stream, Settings(color=False))
        out[name] = stream.getvalue()
    (issue,) = [i for i in json.loads(out["gitlab"]) if i["check_name"] == "S001"]
    assert issue["location"]["path"] == "communes/ue-anglais.yaml"
    assert "communes/ue-anglais.yaml:3:7 error S001" in out["junit"]
    assert "::error file=communes/ue-anglais.yaml,line=3," in out["github"]
    assert '"uri": "communes/ue-anglais.yaml"' in out["sarif"]
