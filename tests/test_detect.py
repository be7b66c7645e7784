"""Which files are maquettes: decided by the parsed first level, however the file is written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from lp_lint.cli.main import main
from lp_lint.reading import detect
from lp_lint.reading.detect import is_maquette, text_is_maquette, top_level_verdict
from tests.conftest import ROOT

SEED = (ROOT / "examples" / "maquettes" / "lp-mrn-2018-2019.yaml").read_text(encoding="utf-8")

MAQUETTES = {
    "block": "version: 1\nformation:\n  mention: X\n",
    "json": '{"version": 1, "formation": {"mention": "X"}}\n',
    "json-key-last": '{"version": 1, "stage": {"semaines": 12},\n "formation": {"mention": "X"}}\n',
    "quoted-key": '"formation":\n  mention: X\n',
    "single-quoted-key": "'formation': {mention: X}\n",
    "explicit-key": "? formation\n: {mention: X}\n",
    "long-comment-header": "# "
    + "x" * 100_000
    + "\n"
    + "#\n" * 5_000
    + "formation: {mention: X}\n",
    "alias": "base: &b {mention: X}\nformation: *b\n",
    "scalar-with-version": "formation: X\nversion: 1\n",
    "document-marker": "%YAML 1.1\n---\nformation: {mention: X}\n",
    "broken-after-key": "version: 1\nformation:\n\tmention: X\n",
    "broken-before-key": "version: 1\n\tx: 1\nformation:\n  mention: X\n",
}

OTHERS = {
    "text-in-a-quoted-value": 'titre: "une\nformation: continue"\n',
    "text-in-a-block-value": "notes: |\n  formation: x\n",
    "nested-key": "a:\n  formation: {mention: X}\n",
    "list-at-top": "- formation: {mention: X}\n",
    "scalar-without-version": "formation: continue\n",
    "longer-key": "formation_continue: {a: 1}\n",
    "version-only": "version: '3'\nservices: {}\n",
    "empty": "",
    "comments-only": "# formation: x\n",
    "broken-other": "titre: x\n\tb: 1\n",
}


@pytest.mark.parametrize("name", sorted(MAQUETTES))
def test_every_spelling_of_a_maquette_is_found(tmp_path: Path, name: str) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(MAQUETTES[name], encoding="utf-8")
    assert is_maquette(path, 5 * 1024 * 1024)


@pytest.mark.parametrize("name", sorted(OTHERS))
def test_other_yaml_files_are_not_maquettes(tmp_path: Path, name: str) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(OTHERS[name], encoding="utf-8")
    assert not is_maquette(path, 5 * 1024 * 1024)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_encodings_with_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "m.yaml"
    path.write_bytes(SEED.encode(encoding))
    assert is_maquette(path, 5 * 1024 * 1024)


def test_reading_stops_at_the_byte_limit(tmp_path: Path) -> None:
    """The key past the limit is never seen; the same file with the key inside it is found."""
    path = tmp_path / "m.yaml"
    header = "a: 1\n" * 200  # 1000 bytes
    path.write_text(header + "formation: {mention: X}\n", encoding="utf-8")
    assert not is_maquette(path, 1000)
    assert is_maquette(path, 1000 + len("formation: {mention: X}"))


def test_detection_reads_one_mebibyte_at_most(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(detect, "DETECT_BYTES", 1000)
    path = tmp_path / "m.yaml"
    path.write_text("a: 1\n" * 200 + "formation: {mention: X}\n", encoding="utf-8")
    assert not is_maquette(path, 5 * 1024 * 1024)
    monkeypatch.setattr(detect, "DETECT_BYTES", 1000 + len("formation: {mention: X}"))
    assert is_maquette(path, 5 * 1024 * 1024)


@pytest.mark.parametrize("head", ["", "version: 1\n", "# en-tête\nversion: 1\n"])
def test_a_maquette_whose_first_level_the_limit_cuts_is_linted_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, head: str
) -> None:
    """A long comment before `formation`: the limit, not the file, ends what was read, and
    nothing read so far says it is not a maquette."""
    monkeypatch.setattr(detect, "DETECT_BYTES", 1000)
    path = tmp_path / "m.yaml"
    path.write_text(head + "# " + "x" * 2000 + "\nformation: {mention: X}\n", encoding="utf-8")
    assert is_maquette(path, 5 * 1024 * 1024)
    other = tmp_path / "o.yaml"
    other.write_text(head + "donnees: 1\n# " + "x" * 2000 + "\nautre: 2\n", encoding="utf-8")
    assert not is_maquette(other, 5 * 1024 * 1024)


@given(st.dictionaries(st.sampled_from(["a", "b", "version", "stage", "c"]), st.integers()))
def test_the_verdict_is_the_parsed_one_whatever_the_key_order(extra: dict[str, int]) -> None:
    """As JSON or as YAML, with `formation` anywhere among other keys: found; without it: not."""
    document = {**extra, "formation": {"mention": "X"}}
    for text in (json.dumps(document), json.dumps(document, indent=1)):
        assert top_level_verdict(text) is True
        assert top_level_verdict(json.dumps(extra)) is False


def _lint(*args: str) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(main, ["--isolated", "--format", "json", *args])
    if result.exit_code == 2:
        return 2, [], result.stderr
    return result.exit_code, [Path(f["path"]).name for f in json.loads(result.stdout)["files"]], ""


def test_json_syntax_is_found_in_yaml_files_and_json_files_are_linted_when_named(
    tmp_path: Path,
) -> None:
    document = json.dumps({"version": 1, "formation": {}})
    (tmp_path / "m.yaml").write_text(document, encoding="utf-8")
    (tmp_path / "m.json").write_text(document, encoding="utf-8")
    assert _lint(str(tmp_path))[1] == ["m.yaml"]
    assert _lint(str(tmp_path / "m.json"))[:2] == (1, ["m.json"])


def test_symlinked_files_are_not_followed_in_a_directory_but_are_when_named(
    tmp_path: Path,
) -> None:
    outside = tmp_path / "ailleurs.yaml"
    outside.write_text(SEED, encoding="utf-8")
    folder = tmp_path / "maquettes"
    folder.mkdir()
    (folder / "lien.yaml").symlink_to(outside)
    (folder / "vraie.yaml").write_text(SEED, encoding="utf-8")
    assert _lint(str(folder))[1] == ["vraie.yaml"]
    assert _lint(str(folder / "lien.yaml"))[:2] == (0, ["lien.yaml"])


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """In a subprocess: a FIFO that were opened would block the run (the timeout is a safety net)."""
    return subprocess.run(
        [sys.executable, "-m", "lp_lint", "--isolated", "--format", "concise", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "LP_LINT_LANG": "fr"},
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_skipped_in_a_directory_and_never_waited_on_when_named(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.yaml")
    (tmp_path / "m.yaml").write_text(SEED, encoding="utf-8")
    in_folder = _run(str(tmp_path))
    assert in_folder.returncode == 0 and "x.yaml" not in in_folder.stdout
    named = _run(str(tmp_path / "x.yaml"))
    assert named.returncode == 1 and "x.yaml:1:1: error" in named.stdout  # read, nothing in it
    hooked = _run("--only-maquettes", str(tmp_path / "x.yaml"))
    assert hooked.returncode == 0


def test_ignore_all_never_hides_a_file_that_could_not_be_read(tmp_path: Path) -> None:
    broken = tmp_path / "m.yaml"
    broken.write_text("version: 1\nformation: [\n", encoding="utf-8")
    unknown = tmp_path / "n.yaml"
    unknown.write_text("version: 1\nformation: {mention: X, inconnue: 1}\n", encoding="utf-8")
    for path, code in ((broken, "Y001"), (unknown, "S002")):
        result = CliRunner().invoke(
            main, ["--isolated", "--ignore", "ALL", "--format", "json", str(path)]
        )
        findings = json.loads(result.stdout)["files"][0]["findings"]
        assert result.exit_code == 1 and [f["code"] for f in findings] == [code]


def test_ignore_all_still_silences_rules_on_a_readable_maquette(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(
        (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    assert _lint("--ignore", "ALL", str(path))[:2] == (0, ["m.yaml"])


def test_an_editor_buffer_no_encoding_can_hold_is_judged_by_its_text() -> None:
    """A lone surrogate stops the parser before it starts: the `formation` line decides."""
    assert text_is_maquette("formation:\n  mention: \ud800\n")
    assert not text_is_maquette("titre: \ud800\n")


@pytest.mark.parametrize("example", sorted((ROOT / "examples" / "maquettes").glob("*.yaml")))
def test_every_example_is_found_however_it_is_rewritten(tmp_path: Path, example: Path) -> None:

    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    rewritten = {
        "json.yaml": json.dumps(data, default=str, indent=2),
        "flow.yaml": yaml.safe_dump(data, default_flow_style=True, allow_unicode=True),
        "last.yaml": yaml.safe_dump(
            {**{k: v for k, v in data.items() if k != "formation"}, "formation": data["formation"]}
        ),
        "quoted.yaml": '"formation": ' + json.dumps(data["formation"], default=str) + "\n",
    }
    for name, text in rewritten.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert is_maquette(tmp_path / name, 5 * 1024 * 1024), name


def test_the_hook_lints_a_json_maquette_and_skips_a_yaml_that_says_formation(
    tmp_path: Path,
) -> None:

    failing = ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml"
    data = yaml.safe_load(failing.read_text(encoding="utf-8"))
    (tmp_path / "m.yaml").write_text(json.dumps(data, default=str, indent=1), encoding="utf-8")
    (tmp_path / "cv.yaml").write_text("nom: Dupont\nformation: Master\n", encoding="utf-8")
    named = [str(tmp_path / "m.yaml"), str(tmp_path / "cv.yaml")]
    assert _lint("--only-maquettes", *named)[:2] == (1, ["m.yaml"])
    assert _lint("--only-maquettes", str(tmp_path / "cv.yaml"))[:2] == (0, [])
