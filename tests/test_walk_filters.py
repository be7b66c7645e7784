"""A directory walk leaves out `--exclude` globs (command line or configuration) and what the
`.gitignore` files ignore, read without git; `--no-respect-gitignore` reads them all."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.reading.ignore import Ignored
from tests.conftest import ROOT

PASSING = (ROOT / "examples" / "maquettes" / "lp-mrn-2018-2019.yaml").read_text(encoding="utf-8")
FILES = (
    "m/a.yaml",
    "m/archives/old.yaml",
    "m/sub/b.yaml",
    "m/sub/keep.yaml",
    "build/x.yaml",
    "m/c.brouillon.yaml",
)


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "depot"
    (root / ".git").mkdir(parents=True)
    for name in FILES:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(PASSING, encoding="utf-8")
    (root / ".gitignore").write_text("build/\n# a comment\n*.brouillon.yaml\n", encoding="utf-8")
    (root / "m" / "sub" / ".gitignore").write_text("*.yaml\n!keep.yaml\n", encoding="utf-8")
    monkeypatch.chdir(root)

    def no_git(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a subprocess was started: {args}")

    monkeypatch.setattr(subprocess, "Popen", no_git)
    return root


def linted(*args: str) -> list[str]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [f["path"] for f in json.loads(result.stdout)["files"]]


def test_gitignore_files_are_respected_at_every_level(tree: Path) -> None:
    assert linted("--isolated", ".") == ["m/a.yaml", "m/archives/old.yaml", "m/sub/keep.yaml"]


def test_a_gitignore_above_the_folder_walked_counts(tree: Path) -> None:
    assert linted("--isolated", "m") == ["m/a.yaml", "m/archives/old.yaml", "m/sub/keep.yaml"]


def test_no_respect_gitignore_reads_every_maquette(tree: Path) -> None:
    assert len(linted("--isolated", ".", "--no-respect-gitignore")) == len(FILES)


def test_exclude_on_the_command_line_adds_to_the_gitignore(tree: Path) -> None:
    assert linted("--isolated", ".", "--exclude", "archives,keep.yaml") == ["m/a.yaml"]
    assert linted("--isolated", ".", "--exclude", "/m/a.yaml", "--exclude", "archives") == [
        "m/sub/keep.yaml"
    ]


def test_exclude_and_respect_gitignore_in_the_configuration(tree: Path) -> None:
    (tree / ".lp-lint.yaml").write_text(
        "exclude: [m/archives/]\nrespect-gitignore: false\n", encoding="utf-8"
    )
    assert linted(".") == [n for n in sorted(FILES) if "archives" not in n]
    # the command line wins over the file's choice, and its globs add to the file's
    assert linted(".", "--respect-gitignore", "--exclude", "keep.yaml") == ["m/a.yaml"]


def test_a_named_file_is_read_unless_excluded_in_pre_commit_mode(tree: Path) -> None:
    """pre-commit names tracked files, and git ignores nothing it tracks: a `.gitignore` never
    leaves out a named file (a maquette force-added under `build/` is still checked);
    `--exclude` does, in pre-commit's mode only."""
    assert linted("--isolated", "build/x.yaml") == ["build/x.yaml"]
    named = ["--isolated", "--only-maquettes", "build/x.yaml", "m/a.yaml", "m/sub/b.yaml"]
    assert linted(*named) == ["build/x.yaml", "m/a.yaml", "m/sub/b.yaml"]
    assert linted(*named, "--exclude", "build/") == ["m/a.yaml", "m/sub/b.yaml"]
    assert linted("--isolated", "--exclude", "build/", "build/x.yaml") == ["build/x.yaml"]


def test_everything_excluded_is_said_like_no_maquette(tree: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--isolated", "build"])
    assert result.exit_code == 2 and "build" in result.stderr


def test_report_of_an_offer_walks_the_same_files(tree: Path) -> None:
    result = CliRunner().invoke(main, ["report", "--isolated", ".", "-o", "pages", "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tree / "pages").iterdir()) == [
        "index.html",
        "m--a.html",
        "m--archives--old.html",
        "m--sub--keep.html",
    ]


def test_hostile_gitignore_lines_are_skipped_and_bounded(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_bytes(
        b"\xff\xfe[\n" + b"x" * 5000 + b"\n\\\n***/**/***\n*.tmp\n" + b"#" * 300_000
    )
    ignored = Ignored(tmp_path, (), respect_gitignore=True)
    ignored.enter(tmp_path)
    assert ignored(tmp_path / "a.tmp", is_dir=False)
    assert not ignored(tmp_path / "a.yaml", is_dir=False)


def test_a_pattern_of_a_nested_gitignore_is_relative_to_its_folder(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / ".gitignore").write_text("/x.yaml\nd/y.yaml\n", encoding="utf-8")
    ignored = Ignored(tmp_path, (), respect_gitignore=True)
    ignored.enter(tmp_path / "a")
    assert ignored(tmp_path / "a" / "x.yaml", is_dir=False)
    assert not ignored(tmp_path / "x.yaml", is_dir=False)
    assert not ignored(tmp_path / "a" / "b" / "x.yaml", is_dir=False)
    assert ignored(tmp_path / "a" / "d" / "y.yaml", is_dir=False)
    assert not ignored(tmp_path / "d" / "y.yaml", is_dir=False)


def test_show_files_lists_what_a_check_would_read(tree: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--isolated", ".", "--show-files"])
    assert (result.exit_code, result.stdout) == (
        0,
        "m/a.yaml\nm/archives/old.yaml\nm/sub/keep.yaml\n",
    )
    result = CliRunner().invoke(main, ["check", "--isolated", "absent", "--show-files"])
    assert result.exit_code == 2 and "absent" in result.stderr


def test_a_gitignore_that_is_a_link_or_a_fifo_is_not_read(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / ".gitignore").symlink_to(fifo)  # reading it would wait for ever
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "vrai").write_text("*.yaml\n", encoding="utf-8")
    (tmp_path / "b" / ".gitignore").symlink_to(tmp_path / "b" / "vrai")
    ignored = Ignored(tmp_path, (), respect_gitignore=True)
    for folder in ("a", "b"):
        ignored.enter(tmp_path / folder)
        assert not ignored(tmp_path / folder / "m.yaml", is_dir=False)
