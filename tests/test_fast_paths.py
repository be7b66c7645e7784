"""The fast paths give exactly the findings of the plain path, on the benchmark's generated corpus."""

from __future__ import annotations

import sys
from pathlib import Path

from lp_lint.reports import Report
from lp_lint.rules.loading import load_packs
from lp_lint.rules.packs import bundled_rules_dir
from lp_lint.run.batch import lint_paths
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_file
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from generate import write


def findings(report: Report) -> list[tuple[str, list[object]]]:
    return [(file.path, file.findings) for file in report.files]


def corpus(tmp_path: Path) -> list[Path]:
    return (
        write(tmp_path / "s", 15, "S")
        + write(tmp_path / "m", 10, "M")
        + write(tmp_path / "l", 3, "L")
    )


def test_compiled_packs_and_yaml_packs_agree(tmp_path: Path) -> None:
    files = corpus(tmp_path)
    slow = load_packs((bundled_rules_dir(),), (("plain", 0, 0),), use_cache=False)
    fast_report = lint_paths([str(tmp_path)], Options(ignore=("N014",)))  # across files: none alone
    by_path = {f.path: f.findings for f in fast_report.files}
    for path in files:
        assert lint_file(path, Options(), slow).findings == by_path[str(path)]
    assert len(by_path) == len(files) and sum(len(f) for f in by_path.values()) > 30


def test_parallel_and_serial_runs_agree(tmp_path: Path) -> None:
    corpus(tmp_path)
    serial = lint_paths([str(tmp_path)], Options(), jobs=1)
    parallel = lint_paths([str(tmp_path)], Options(), jobs=2)
    assert findings(serial) == findings(parallel)
    assert len(serial.files) == 28


def test_the_generator_is_deterministic(tmp_path: Path) -> None:
    first = [p.read_text(encoding="utf-8") for p in write(tmp_path / "a", 5, "M")]
    second = [p.read_text(encoding="utf-8") for p in write(tmp_path / "b", 5, "M")]
    assert first == second
