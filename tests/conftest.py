"""Shared helpers: lint a YAML text as a file, and find ../shared when it is there."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from lp_lint.reports import FileReport
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_file
from lp_lint.run.rule_sets import packs_for

# "ci" (the default) runs enough examples to matter in a minute; HYPOTHESIS_PROFILE=thorough
# runs many more by hand.
settings.register_profile("ci", max_examples=300)
settings.register_profile("thorough", max_examples=5_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

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
