"""Shared helpers: lint a YAML text as a file, and find ../shared when it is there."""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

from lp_lint.reports import FileReport
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_file
from lp_lint.run.rule_sets import packs_for

ROOT = Path(__file__).resolve().parent.parent
TEST_CACHE = (
    Path(tempfile.gettempdir())
    / f"lp-lint-tests-{hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]}"
)
"""Where the suite keeps its caches (pytest's, hypothesis's examples, the packs, mypy's): never
in the checkout. One folder per checkout, so that two clones never share a last-failed list."""
os.environ.setdefault("LP_LINT_TEST_CACHE", str(TEST_CACHE))  # read by pyproject's cache_dir
os.environ.setdefault("LP_LINT_CACHE_DIR", str(TEST_CACHE / "packs"))
set_hypothesis_home_dir(TEST_CACHE / "hypothesis")

# "ci" (the default) runs enough examples to matter in a minute; HYPOTHESIS_PROFILE=thorough
# runs many more by hand.
settings.register_profile("ci", max_examples=300)
settings.register_profile("thorough", max_examples=5_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SHARED = ROOT.parent / "shared"
SCHEMAS = ROOT / "tests" / "schemas"
"""The official SARIF and JUnit schemas, vendored with their licences (see its README)."""

Lint = Callable[..., FileReport]


@pytest.fixture
def lint(tmp_path: Path) -> Lint:
    """`lint(text, **options)` writes `text` to a file and lints it with the bundled packs."""

    def run(text: str | bytes, name: str = "maquette.yaml", **options: object) -> FileReport:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        opts = Options(**options)  # type: ignore[arg-type]
        return lint_file(path, opts, packs_for(opts))

    return run


def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (a user's clone has none)")
    return SHARED


def git(folder: Path, *args: str) -> None:
    """Run git in `folder` as a throwaway author (tests build small histories)."""
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )
