"""The code base stays ruff- and mypy-clean: the suite fails otherwise."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, TEST_CACHE


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_lint_and_format() -> None:
    if shutil.which("ruff") is None and _run(sys.executable, "-m", "ruff", "--version").returncode:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    lint = _run(sys.executable, "-m", "ruff", "check", "--no-cache", "lp_lint", "tests")
    assert lint.returncode == 0, lint.stdout
    fmt = _run(sys.executable, "-m", "ruff", "format", "--no-cache", "--check", "lp_lint", "tests")
    assert fmt.returncode == 0, fmt.stdout


def test_mypy_strict() -> None:
    if _run(sys.executable, "-m", "mypy", "--version").returncode:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    result = _run(sys.executable, "-m", "mypy", "--cache-dir", str(TEST_CACHE / "mypy"))
    assert result.returncode == 0, result.stdout
