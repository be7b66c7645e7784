"""The hook as users run it: the real `pre-commit try-repo` on this project, in a repository of
maquettes. It installs lp-lint into pre-commit's own environment (from the package index)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

SEED = ROOT / "examples" / "maquettes"


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=900
    )


@pytest.fixture(scope="module")
def maquettes_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    folder = tmp_path_factory.mktemp("maquettes")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
        "LANG": "fr_FR.UTF-8",
    }
    env.pop("GITHUB_ACTIONS", None)
    _run(["git", "init", "-q"], folder, env)
    (folder / "notes.yaml").write_text("titre: pas une maquette\n", encoding="utf-8")
    return folder, env


def try_repo(folder: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    _run(["git", "add", "-A"], folder, env)
    command = [
        sys.executable,
        "-m",
        "pre_commit",
        "try-repo",
        str(ROOT),
        "lp-lint",
        "--verbose",
        "--files",
        *files,
    ]
    return _run(command, folder, env)


@pytest.mark.slow
def test_a_non_compliant_maquette_is_refused_with_its_findings(
    maquettes_repo: tuple[Path, dict[str, str]],
) -> None:
    folder, env = maquettes_repo
    shutil.copy(SEED / "lp-mrn-2016-2017.yaml", folder / "lp-2016.yaml")
    before = (folder / "lp-2016.yaml").read_bytes()
    result = try_repo(folder, env, "lp-2016.yaml", "notes.yaml")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "LP101" in result.stdout and "84:15" in result.stdout
    assert (folder / "lp-2016.yaml").read_bytes() == before  # the hook never modifies files


@pytest.mark.slow
def test_a_compliant_maquette_passes(maquettes_repo: tuple[Path, dict[str, str]]) -> None:
    folder, env = maquettes_repo
    shutil.copy(SEED / "lp-mrn-2018-2019.yaml", folder / "lp-2018.yaml")
    result = try_repo(folder, env, "lp-2018.yaml", "notes.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_the_hook_manifest_is_well_formed() -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "lp-lint" and hook["language"] == "python"
    assert hook["entry"].startswith("lp-lint check") and hook["types"] == ["yaml"]
