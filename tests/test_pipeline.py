"""The one-file pipeline hands on what it judged, and a run loads each settings' packs once."""

from __future__ import annotations

from pathlib import Path

import pytest

from lp_lint.run import batch
from lp_lint.run.batch import RunPacks, lint_paths
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_judged, lint_text
from lp_lint.run.rule_sets import packs_for

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml"


def test_the_judged_maquette_comes_with_the_report() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    options = Options()
    linted = lint_judged(text, str(EXAMPLE), options, packs_for(options))
    assert linted.maquette is not None and linted.source_map is not None
    assert linted.maquette.formation.annee_universitaire == "2016-2017"
    assert (
        linted.report.findings
        == lint_text(text, str(EXAMPLE), options, packs_for(options)).findings
    )
    span = linted.source_map.finding_span(("formation", "annee_universitaire"))
    assert text.splitlines()[span.start.line - 1].lstrip().startswith("annee_universitaire")


@pytest.mark.parametrize(
    "text",
    ["version: [\n", "version: 1\nformation: 3\n", ""],
    ids=["unparsable", "malformed", "empty"],
)
def test_a_file_that_is_no_whole_maquette_hands_on_no_maquette(text: str) -> None:
    options = Options()
    linted = lint_judged(text, "x.yaml", options, packs_for(options))
    assert linted.maquette is None and linted.report.findings


def test_a_run_loads_the_packs_of_one_settings_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        (tmp_path / name).write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    loads: list[Options] = []

    def counting(options: Options) -> object:
        loads.append(options)
        return packs_for(options)

    monkeypatch.setattr(batch, "packs_for", counting)
    report = lint_paths([str(tmp_path)], Options(), isolated=True)
    assert len(report.files) == 3 and len(loads) == 1


def test_a_cache_is_one_run_s_own() -> None:
    first, second = RunPacks(), RunPacks()
    options = Options()
    assert first(options) is first(options)
    assert second(options) is not None and second._by_options.keys() == {options}
