"""Baselines and pull-request mode survive reformatting and reordering, and speak on new defects."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.findings import Finding, Severity, Span
from lp_lint.i18n import plain
from lp_lint.reports import FileReport, FileReports, Report
from lp_lint.run import baseline
from lp_lint.run.identity import fingerprints
from lp_lint.text_safety import dump_json
from tests.conftest import ROOT, git

SEED = (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text(encoding="utf-8")


def run(*args: str) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(main, ["--format", "json", "--isolated", *args])
    assert result.exit_code != 2, result.stderr
    return result.exit_code, json.loads(result.stdout)["files"][0]["findings"]


def reformatted(text: str) -> str:
    """The same maquette, keys and UEs reordered, comments dropped, flow style everywhere."""
    data = yaml.safe_load(text)
    data = dict(reversed(list(data.items())))
    for semestre in data["semestres"]:
        semestre["ues"].reverse()
    data["semestres"].reverse()
    return yaml.safe_dump(data, allow_unicode=True, default_flow_style=True, width=60)


def test_baseline_quiet_after_reformatting_and_speaks_on_new_defects(tmp_path: Path) -> None:
    maquette, baseline = tmp_path / "lp.yaml", tmp_path / "baseline.json"
    maquette.write_text(SEED, encoding="utf-8")
    code, _ = run("--write-baseline", str(baseline), str(maquette))
    assert code == 0 and len(json.loads(baseline.read_text(encoding="utf-8"))["entries"]) == 11

    maquette.write_text(reformatted(SEED), encoding="utf-8")
    code, findings = run("--baseline", str(baseline), str(maquette))
    assert (code, findings) == (0, [])

    worse = yaml.safe_load(SEED)
    for key in ("jours_par_semaine", "sur_semaines"):
        del worse["stage"][key]
    worse["stage"]["semaines"] = 20
    maquette.write_text(yaml.safe_dump(worse, allow_unicode=True), encoding="utf-8")
    code, findings = run("--baseline", str(baseline), str(maquette))
    assert code == 1
    assert [f["code"] for f in findings if f["code"] != "B001"] == ["LP103"]


def test_fixing_a_baselined_finding_makes_its_entry_stale(tmp_path: Path) -> None:
    maquette, baseline = tmp_path / "lp.yaml", tmp_path / "baseline.json"
    maquette.write_text(SEED, encoding="utf-8")
    run("--write-baseline", str(baseline), str(maquette))
    fixed = SEED.replace("  heures: 120\n", "  heures: 150\n")  # the block and its UE, both
    maquette.write_text(fixed.replace("{projet: 120}", "{projet: 150}"), encoding="utf-8")
    code, findings = run("--baseline", str(baseline), str(maquette))
    [stale] = findings
    assert code == 0 and stale["code"] == "B001" and "LP104" in stale["message"]


def test_a_baseline_never_hides_a_malformed_maquette(tmp_path: Path) -> None:
    """A file whose rules could not run fails the run, whatever the baseline recorded of it."""
    maquette, baseline = tmp_path / "lp.yaml", tmp_path / "baseline.json"
    maquette.write_text(SEED.replace("version: 1", "version: 1\ninconnue: 1", 1), encoding="utf-8")
    run("--write-baseline", str(baseline), str(maquette))
    assert json.loads(baseline.read_text(encoding="utf-8"))["entries"]  # S002 recorded
    code, findings = run("--baseline", str(baseline), str(maquette))
    assert code == 1 and [f["code"] for f in findings] == ["S002"]


def test_a_broken_baseline_is_a_usage_error(tmp_path: Path) -> None:
    maquette, baseline = tmp_path / "lp.yaml", tmp_path / "baseline.json"
    maquette.write_text(SEED, encoding="utf-8")
    baseline.write_text("[1, 2]", encoding="utf-8")
    result = CliRunner().invoke(main, ["--baseline", str(baseline), str(maquette)])
    assert result.exit_code == 2 and "référence" in result.stderr


@pytest.fixture
def history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git(tmp_path, "init", "-q")
    maquette = tmp_path / "lp.yaml"
    maquette.write_text(SEED, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "v1")
    monkeypatch.chdir(tmp_path)
    return maquette


def test_diff_base_reports_only_what_the_last_commit_changed(history: Path) -> None:
    changed = (
        SEED.replace("jours_par_semaine: 3", "jours_par_semaine: 4")
        .replace("  heures: 120\n", "  heures: 150\n")
        .replace("{projet: 120}", "{projet: 150}")
    )
    history.write_text(changed, encoding="utf-8")
    git(history.parent, "commit", "-qam", "v2")
    code, findings = run("--diff-base", "HEAD~1", "lp.yaml")
    assert sorted(f["code"] for f in findings) == ["G001", "LP103"]
    resolved = next(f for f in findings if f["code"] == "G001")
    assert "LP104" in resolved["message"] and "HEAD~1" in resolved["message"]
    assert code == 1


def test_diff_base_of_a_new_file_reports_everything(history: Path) -> None:
    (history.parent / "new.yaml").write_text(SEED, encoding="utf-8")
    code, findings = run("--diff-base", "HEAD", "new.yaml")
    assert code == 1 and len(findings) == 11


def test_diff_base_reformatting_is_quiet(history: Path) -> None:
    history.write_text(reformatted(SEED), encoding="utf-8")
    assert run("--diff-base", "HEAD", "lp.yaml") == (0, [])


def test_bad_ref_is_a_usage_error(history: Path) -> None:
    for ref in ("--output=x", "nope-ref"):
        result = CliRunner().invoke(main, ["--diff-base", ref, "lp.yaml"])
        assert result.exit_code == 2


@pytest.mark.parametrize("target", ["renamed.yaml", "maquettes/2016/lp.yaml"])
def test_diff_base_follows_a_git_mv(history: Path, target: str) -> None:
    (history.parent / target).parent.mkdir(parents=True, exist_ok=True)
    git(history.parent, "mv", "lp.yaml", target)
    assert run("--diff-base", "HEAD", target) == (0, [])
    moved = history.parent / target
    moved.write_text(SEED.replace("jours_par_semaine: 3", "jours_par_semaine: 4"), "utf-8")
    git(history.parent, "commit", "-qam", "renamed and changed")
    code, findings = run("--diff-base", "HEAD~1", target)
    assert code == 1 and [f["code"] for f in findings] == ["LP103"]


def test_an_unrelated_new_file_is_not_taken_for_a_rename(history: Path) -> None:
    (history.parent / "autre.yaml").write_text(SEED.replace("Commerce", "Autre"), "utf-8")
    git(history.parent, "rm", "-q", "lp.yaml")
    git(history.parent, "add", "autre.yaml")
    git(history.parent, "commit", "-qm", "replaced")
    (history.parent / "x.yaml").write_text("version: 1\n", "utf-8")
    code, findings = run("--diff-base", "HEAD~1", "x.yaml")
    assert code == 1 and findings and all(f["code"] != "G001" for f in findings)


def test_renames_parsed_from_git_listing() -> None:
    from lp_lint.run.baseline import _renames

    listing = "M\0README.md\0R087\0a/old.yaml\0b/new.yaml\0A\0R.yaml\0C100\0x.yaml\0y.yaml\0"
    assert _renames(listing) == {"b/new.yaml": "a/old.yaml", "y.yaml": "x.yaml"}
    assert _renames("") == {} and _renames("R100\0only-one\0") == {}


def _synthetic(names: list[str], marks: str, code: str = "LP101") -> Report:
    """A report of `names`, each with one finding of `code` whose message says `marks` and the
    name."""
    files = FileReports(held=2)  # most of them wait on disk, as in a large run
    for name in names:
        finding = Finding("r", code, Severity.ERROR, plain(f"{marks} {name}"), Span.point(1, 1))
        files.append(FileReport(name, [finding], rules_applied=True))
    return Report(files)


def test_a_baseline_written_file_by_file_is_the_document_it_stands_for(tmp_path: Path) -> None:
    report = _synthetic([f"m{i}.yaml" for i in range(7)], "constat")
    written = tmp_path / "baseline.json"
    baseline.write_baseline(report, written, "fr")
    entries = [
        {
            "fingerprint": fp,
            "file": f.path,
            "code": "LP101",
            "key": "",
            "message": finding.text("fr"),
        }
        for f in report.files
        for finding, fp in zip(f.findings, fingerprints(f.findings, f.path), strict=True)
    ]
    whole = io.StringIO()
    dump_json({"format": baseline.FORMAT, "version": 1, "entries": entries}, whole)
    assert written.read_text(encoding="utf-8") == whole.getvalue()
    assert len(baseline.read_baseline(written)) == 7


def test_each_file_meets_its_own_old_version_whatever_waits_on_disk() -> None:
    names = [f"m{i}.yaml" for i in range(9)]
    new_since = {"m1.yaml", "m4.yaml", "m8.yaml"}
    old = _synthetic([n for n in names if n not in new_since], "ancien", "LP102")
    compared = baseline.apply_diff_base(_synthetic(names, "nouveau"), "HEAD~1", old)
    for file in compared.files:
        texts = sorted(f.text("fr") for f in file.findings)
        if file.path in new_since:  # nothing to compare with: all of it is new
            assert texts == [f"nouveau {file.path}"]
        else:  # the old finding resolved, the new one introduced
            assert len(texts) == 2 and texts[0] == f"nouveau {file.path}"
            assert f"ancien {file.path}" in texts[1]
