"""What a one-file run imports: only what its path needs (the pre-commit hook pays every import).

No timing here: the benchmark (bench/startup.py) measures. This only keeps the heavy modules off
the path of a valid maquette checked to the terminal, in a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PROBE = """
import json, sys
from lp_lint.cli.main import main
try:
    main([*sys.argv[2:], "--color", "never", sys.argv[1]], standalone_mode=False)
except SystemExit:
    pass
sys.stdout.flush()
print("\\n" + json.dumps(sorted(sys.modules)))
"""

NOT_ON_THE_PATH = [
    "pydantic",  # a third of a run's start-up: only for a file that needs its error messages
    "lp_lint.model.maquette",  # the pydantic models: only a file that needs their errors
    "lp_lint.rules.pack_files",  # the packs come from the cache, as plain records
    "lp_lint.rules.checks.params",
    "lp_lint.reading.partial",
    "lp_lint.run.baseline",
    "rich",
    "jsonschema",
    "tempfile",
]


def modules_of_a_run(path: str, *options: str, cwd: Path = ROOT) -> set[str]:
    options = options or ("--isolated",)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, path, *options],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=True,
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_a_valid_maquette_is_checked_without_the_models_or_heavy_modules() -> None:
    modules_of_a_run("examples/maquettes/lp-mrn-2018-2019.yaml")  # the first run fills the cache
    loaded = modules_of_a_run("examples/maquettes/lp-mrn-2018-2019.yaml")
    assert "lp_lint.model.records" in loaded
    assert [name for name in NOT_ON_THE_PATH if name in loaded] == []


def test_a_malformed_maquette_brings_pydantic_models_for_its_messages() -> None:
    loaded = modules_of_a_run("tests/adversarial/code-leading-zero.yaml")
    assert "lp_lint.model.maquette" in loaded


def test_a_plain_configuration_is_read_without_pydantic(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".lp-lint.yaml").write_text(
        "ignore: [RC605]\nmentions: [Commerce]\nseverity: {CN310: info}\n", encoding="utf-8"
    )
    maquette = tmp_path / "m.yaml"
    maquette.write_text(
        (ROOT / "examples/maquettes/lp-mrn-2018-2019.yaml").read_text("utf-8"), "utf-8"
    )
    modules_of_a_run(str(maquette), "--lang", "fr", cwd=tmp_path)  # fills the pack cache
    loaded = modules_of_a_run(str(maquette), "--lang", "fr", cwd=tmp_path)
    assert "lp_lint.run.config_file" in loaded
    assert [name for name in NOT_ON_THE_PATH if name in loaded] == []
