"""One UE code, one UE: in a directory, maquettes of one establishment and one year that use a
UE code with different ECTS, coefficient or hours get an error (N014) each, the other related."""

from __future__ import annotations

from array import array
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lp_lint.findings import Finding, Span
from lp_lint.reports import FileReport, Report, Spool, UeSummary
from lp_lint.run import mutualisation
from lp_lint.run.batch import lint_paths
from lp_lint.run.mutualisation import UeSummaries, cross_findings
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_file
from lp_lint.run.rule_sets import packs_for

MAQUETTE = """\
version: 1
formation:
  mention: Commercialisation de produits et services
  parcours: {parcours}
  etablissement: {etablissement}
  annee_universitaire: "{annee}"
semestres:
  - numero: 5
    ues:
      - {{code: "{code}", intitule: Anglais, ects: {ects}, coefficient: {coefficient}, heures: {heures}}}
      - {{code: "UE-{parcours}", intitule: Métier, ects: 24, heures: {{cm: 100}}}}
"""
CODE_LINE = 10


def write(folder: Path, name: str, **values: object) -> Path:
    defaults: dict[str, object] = {
        "parcours": name,
        "etablissement": "Université d'exemple",
        "annee": "2024-2025",
        "code": "ANG",
        "ects": 6,
        "coefficient": 1,
        "heures": "{td: 30}",
    }
    path = folder / f"{name}.yaml"
    path.write_text(MAQUETTE.format(**{**defaults, **values}), "utf-8")
    return path


def n014(report: Report) -> dict[str, list[str]]:
    return {
        Path(f.path).stem: [x.text("fr") for x in f.findings if x.code == "N014"]
        for f in report.files
    }


def run(folder: Path, **options: object) -> Report:
    return lint_paths([str(folder)], Options(**options))  # type: ignore[arg-type]


def test_a_shared_code_with_other_ects_is_an_error_in_both_files(tmp_path: Path) -> None:
    write(tmp_path, "a")
    write(tmp_path, "b", ects=5)
    report = run(tmp_path)
    files = {Path(f.path).stem: f for f in report.files}
    for mine, other in (("a", "b"), ("b", "a")):
        (finding,) = [f for f in files[mine].findings if f.code == "N014"]
        assert finding.span.start.line == CODE_LINE and finding.span.file is None
        assert f"{other}.yaml" in finding.text("fr")
        (related,) = finding.related
        assert related.file == str(tmp_path / f"{other}.yaml")
        assert related.start.line == CODE_LINE
    assert any("a 6 ECTS ici, mais 5 ECTS dans" in f.text("fr") for f in files["a"].findings)


@pytest.mark.parametrize(
    "other",
    [
        {"coefficient": 2},
        {"heures": "{td: 31}"},
        {"heures": "{td: 30, projet: 10}"},
    ],
)
def test_coefficients_and_hours_must_agree_too(tmp_path: Path, other: dict[str, object]) -> None:
    write(tmp_path, "a")
    write(tmp_path, "b", **other)
    found = n014(run(tmp_path))
    assert len(found["a"]) == 1 and len(found["b"]) == 1


@pytest.mark.parametrize(
    "other",
    [
        {},  # the same UE
        {"heures": "{td: 30.5}"},  # within half an hour: one figure written twice
        {"heures": "{total: 30}"},  # the same hours, written as a total
        {"heures": "{cm: 10, td: 20}"},  # split otherwise, the same taught hours
        {"code": "ANG2", "ects": 3},  # two UEs: two codes
        {"code": " ang ", "ects": 6},  # one code, written otherwise
        {"annee": "2023-2024", "ects": 3},  # another year
        {"etablissement": "Autre université", "ects": 3},  # another establishment
    ],
)
def test_what_is_not_a_disagreement(tmp_path: Path, other: dict[str, object]) -> None:
    write(tmp_path, "a")
    write(tmp_path, "b", **other)
    assert n014(run(tmp_path)) == {"a": [], "b": []}


def test_unknown_figures_are_not_compared(tmp_path: Path) -> None:
    write(tmp_path, "a")
    path = write(tmp_path, "b", ects=3)
    path.write_text(path.read_text("utf-8").replace("ects: 3, ", ""), "utf-8")
    assert n014(run(tmp_path)) == {"a": [], "b": []}


def test_without_establishment_nothing_is_compared(tmp_path: Path) -> None:
    write(tmp_path, "a")
    path = write(tmp_path, "b", ects=3)
    text = path.read_text("utf-8").replace("  etablissement: Université d'exemple\n", "")
    path.write_text(text, "utf-8")
    assert n014(run(tmp_path)) == {"a": [], "b": []}


def test_three_files_each_name_those_that_differ(tmp_path: Path) -> None:
    write(tmp_path, "a")
    write(tmp_path, "b")
    write(tmp_path, "c", ects=3)
    found = n014(run(tmp_path))
    assert len(found["a"]) == 1 and "c.yaml" in found["a"][0] and "b.yaml" not in found["a"][0]
    assert len(found["c"]) == 1 and "a.yaml" in found["c"][0] and "b.yaml" in found["c"][0]


def test_selection_applies_and_workers_give_the_same(tmp_path: Path) -> None:
    write(tmp_path, "a")
    write(tmp_path, "b", ects=5)
    assert n014(run(tmp_path, ignore=("N014",))) == {"a": [], "b": []}
    alone = n014(run(tmp_path))
    assert n014(lint_paths([str(tmp_path)], Options(), jobs=2)) == alone
    assert all(not f.ues for f in run(tmp_path).files)  # summaries dropped once used


def test_a_single_file_is_never_compared(tmp_path: Path) -> None:
    path = write(tmp_path, "a")
    report = lint_paths([str(path)], Options())
    assert n014(report) == {"a": []}


@settings(max_examples=60, deadline=None)
@given(
    first=st.tuples(st.integers(1, 30), st.integers(1, 5), st.integers(0, 60)),
    second=st.tuples(st.integers(1, 30), st.integers(1, 5), st.integers(0, 60)),
)
def test_the_finding_is_on_both_files_exactly_when_a_figure_differs(
    first: tuple[int, int, int],
    second: tuple[int, int, int],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("m")
    for name, (ects, coefficient, td) in (("a", first), ("b", second)):
        write(folder, name, ects=ects, coefficient=coefficient, heures=f"{{td: {td}}}")
    found = n014(run(folder))
    differ = first != second
    assert (len(found["a"]), len(found["b"])) == ((1, 1) if differ else (0, 0))


def _position(finding: Finding) -> tuple[object, ...]:
    """A total order: the drawn summaries may put two UEs of a file (of two scopes) at one
    position, where only the other file's place tells their findings apart."""
    return (*finding.sort_key, finding.key, finding.related, finding.text("fr"))


def _written_away(reports: list[FileReport]) -> dict[int, list[Finding]]:
    """Each file's findings, those of every pass together (in the order of their positions)."""
    written = UeSummaries()
    for index, report in enumerate(reports):
        written.add(index, report)
    found: dict[int, list[Finding]] = {}
    for index, findings in written.cross_findings():
        found[index] = sorted([*found.get(index, []), *findings], key=_position)
    return found


ue_summaries = st.builds(
    lambda scope, code, ects, line: UeSummary(
        scope, code.casefold(), code, (ects, 1.0, 30.0, 0.0), Span.point(line, 5), ("c", line)
    ),
    st.sampled_from(["u1\x1f2024-2025", "u2\x1f2024-2025"]),
    st.sampled_from(["ANG", "ang", "MET", "PRO"]),
    st.sampled_from([None, 3.0, 6.0]),
    st.integers(1, 40),
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(ue_summaries, min_size=1, max_size=4), max_size=6),
    st.lists(st.integers(0, 5), max_size=2),
    st.booleans(),
    st.sampled_from([1, 2, mutualisation.PER_PASS]),
)
def test_summaries_written_away_give_the_findings_of_summaries_kept(
    files: list[list[UeSummary]], repeated: list[int], colliding: bool, per_pass: int
) -> None:
    reports = [FileReport(f"f{i}.yaml", [], ues=tuple(ues)) for i, ues in enumerate(files)]
    reports += [reports[i] for i in repeated if i < len(reports)]  # a file named twice
    kept = cross_findings(reports)
    with patch.object(mutualisation, "PER_PASS", per_pass):
        if colliding:  # every code behind one hash: all are read back, and compared by code
            with patch.object(mutualisation, "_key", lambda ue: 0):
                found = _written_away(reports)
        else:
            found = _written_away(reports)
    in_order = {path: sorted(f, key=_position) for path, f in kept.items()}
    assert {reports[i].path: f for i, f in found.items()} == in_order
    assert sorted(found) == [i for i, r in enumerate(reports) if r.path in kept]


def test_written_away_summaries_keep_one_hash_per_code_in_memory(tmp_path: Path) -> None:
    report = lint_file(write(tmp_path, "a"), Options(), packs_for(Options()))
    summaries = UeSummaries()
    for index in range(3):
        summaries.add(index, report)
    assert len(report.ues) == 2
    assert {type(value) for value in vars(summaries).values()} == {Spool, array, int, type(None)}
    assert len(summaries._keys) == 3 * 2
    assert list(summaries._spool) == [(i, report.path, report.ues) for i in range(3)]


@given(
    st.lists(st.integers(-(2**63), 2**63 - 1) | st.integers(-3, 3), max_size=40),
    st.integers(1, 6),
)
def test_repeated_keys_are_found_share_by_share_and_given_in_bounded_sets(
    keys: list[int], per_pass: int
) -> None:
    counted = {key for key in keys if keys.count(key) > 1}
    with (
        patch.object(mutualisation, "SORTED_AT_ONCE", 4),  # several shares from 4 keys on
        patch.object(mutualisation, "PER_PASS", per_pass),
    ):
        sets = list(mutualisation._repeated(array("q", keys)))
    assert set().union(*sets) == counted and sum(map(len, sets)) == len(counted)
    for found in sets:  # bounded, or a key alone
        assert len(found) == 1 or sum(keys.count(key) for key in found) <= per_pass
    assert list(mutualisation._repeated(array("q", keys))) == ([counted] if counted else [])
