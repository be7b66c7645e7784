"""Runs of any size in bounded memory: file reports wait on disk, outputs are written piece by
piece, and what they write is what a whole document written at once would be."""

from __future__ import annotations

import gc
import io
import json
import multiprocessing
import os
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lp_lint import reports
from lp_lint.files import OutputError, atomic_output
from lp_lint.findings import Finding, Severity, Span
from lp_lint.outputs.formats import FORMATS, Settings, get_formatter, github, junit
from lp_lint.reports import FileReport, FileReports, Report, Spool, exit_code, summary_of
from lp_lint.run import batch, mutualisation
from lp_lint.run.batch import PARALLEL_FROM, lint_paths, worker_count
from lp_lint.run.mutualisation import cross_findings
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_file
from lp_lint.run.rule_sets import packs_for
from lp_lint.text_safety import STREAMED, dump_json, dump_json_streamed
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"


def example_reports() -> list[FileReport]:
    return list(lint_paths([str(EXAMPLES)], Options()).files)


def test_file_reports_come_back_in_order_as_often_as_asked() -> None:
    files = example_reports() * 2
    spooled = FileReports(files, held=2)
    assert len(spooled._held) < 2 and spooled._offsets  # the others wait on disk
    assert list(spooled) == files and list(spooled) == files
    pairs = [(a.path, b.path) for a in spooled for b in spooled]  # two readers at once
    assert pairs == [(a.path, b.path) for a in files for b in files]
    assert len(spooled) == len(files)
    assert spooled.summaries == [summary_of(file) for file in files]


severities = st.sampled_from(list(Severity))
finding_lists = st.lists(
    st.builds(
        lambda severity, waived: Finding(
            "r", "R1", severity, "m", Span.point(1, 1), (), None, waived
        ),
        severities,
        st.sampled_from([None, "D1"]),
    ),
    max_size=5,
)
file_reports = st.builds(
    lambda findings, fail_on, internal: FileReport(
        "f", findings, fail_on=fail_on, internal_error=internal
    ),
    finding_lists,
    st.sampled_from(["error", "warning", "info", "never"]),
    st.booleans(),
)


@given(st.lists(file_reports, max_size=6), st.sampled_from([None, "never", "info"]))
def test_totals_and_exit_codes_read_from_summaries_match_the_files(
    files: list[FileReport], fail_on: str | None
) -> None:
    listed, spooled = Report(list(files)), Report(FileReports(files, held=1))
    assert spooled.counts() == listed.counts()
    assert spooled.internal_error == any(f.internal_error for f in files)
    expected = 0
    if any(f.internal_error for f in files):
        expected = 3
    elif any(
        (fail_on or f.fail_on) != "never"
        and any(
            x.severity >= Severity.parse(fail_on or f.fail_on)
            for x in f.findings
            if not x.waived_by
        )
        for f in files
    ):
        expected = 1
    assert exit_code(spooled, fail_on) == exit_code(listed, fail_on) == expected


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_writes_the_same_from_disk_as_from_memory(name: str) -> None:
    report = lint_paths([str(EXAMPLES)], Options())
    listed, spooled = (
        Report(list(report.files), report.rules),
        Report(FileReports(report.files, held=1), report.rules),
    )
    outputs = []
    for each in (listed, spooled):
        stream = io.StringIO()
        get_formatter(name)(each, stream, Settings(color=False))
        outputs.append(stream.getvalue())
    assert outputs[0] == outputs[1] and len(outputs[0]) > 100


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=10,
)


@given(json_values, st.lists(json_values, max_size=4), st.integers(0, 3))
def test_a_streamed_json_document_is_the_document_written_whole(
    head: object, items: list[object], depth: int
) -> None:
    template: object = [STREAMED]
    whole: object = items
    for level in range(depth):  # the list sits at some depth, last in its object
        template = {"before": head, f"k{level}": template}
        whole = {"before": head, f"k{level}": whole}
    streamed, written = io.StringIO(), io.StringIO()
    dump_json_streamed(template, iter(items), streamed)
    dump_json(whole, written)
    assert streamed.getvalue() == written.getvalue()
    assert json.loads(streamed.getvalue()) == json.loads(json.dumps(whole))


def test_junit_suites_written_one_by_one_make_the_whole_tree() -> None:
    report = lint_paths([str(EXAMPLES)], Options())
    stream = io.StringIO()
    junit.write(report, stream, Settings())
    root = ET.Element("testsuites", name="lp-lint")
    for file in report.files:
        root.append(junit._suite(junit.clean_file(file, junit.xml_text), report, "fr"))
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in root)))
    root.set("failures", str(sum(int(s.get("failures", "0")) for s in root)))
    root.set("errors", "0")
    ET.indent(root)
    expected = (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    )
    assert stream.getvalue() == expected


def test_an_output_that_fails_halfway_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as stream:
        stream.write("half")
        raise RuntimeError
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["r.json"]
    with atomic_output(target) as stream:
        stream.write("new é\n")
    assert target.read_bytes() == "new é\n".encode()
    with pytest.raises(OutputError), atomic_output(tmp_path) as stream:
        stream.write("x")


@pytest.mark.parametrize(
    ("asked", "files", "cores", "expected"),
    [
        (None, PARALLEL_FROM - 1, 4, 1),
        (None, PARALLEL_FROM, 4, 4),
        (None, PARALLEL_FROM, 1, 1),
        (0, 3, 4, 3),
        (0, 10, 2, 2),
        (1, PARALLEL_FROM * 10, 4, 1),
    ],
)
def test_without_jobs_a_large_batch_uses_every_core(
    asked: int | None, files: int, cores: int, expected: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "_cores", lambda: cores)
    assert worker_count(asked, files) == expected


def test_a_report_names_each_rule_once_whatever_the_number_of_files(tmp_path: Path) -> None:
    example = sorted((EXAMPLES / "maquettes").glob("*.yaml"))[0]
    for index in range(3):
        (tmp_path / f"m{index}.yaml").write_bytes(example.read_bytes())
    one = lint_paths([str(example)], Options())
    three = lint_paths([str(tmp_path)], Options())
    assert three.rules.keys() == one.rules.keys() and len(three.files) == 3


def _n014_of_summaries_kept(folder: Path) -> dict[str, list[str]]:
    """N014 as every file's UE summary, kept in memory, gives it."""
    linted = [lint_file(path, Options(), packs_for(Options())) for path in sorted(folder.iterdir())]
    found = cross_findings(linted)
    return {Path(f.path).stem: [x.text("fr") for x in found.get(f.path, [])] for f in linted}


def test_a_spool_gives_back_what_it_was_given_in_order_and_by_offset() -> None:
    spool: Spool[object] = Spool()
    assert list(spool) == []
    items: list[object] = [("a", 1), {"b": [2.5]}, None, "é" * 5000]
    offsets = [spool.write(item) for item in items]
    iterated = []
    for item, offset in zip(spool, reversed(offsets), strict=True):
        iterated.append(item)
        spool.read(offset)  # a read elsewhere between two steps
    assert iterated == items
    assert [spool.read(offset) for offset in offsets] == items


@pytest.mark.parametrize("jobs", [1, 2])
def test_findings_across_files_reach_reports_already_written_away(
    jobs: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_mutualisation import n014
    from tests.test_mutualisation import write as write_maquette

    for name, ects in (("a", 6), ("b", 5), ("c", 6), ("d", 4)):
        write_maquette(tmp_path, name, ects=ects)
    write_maquette(tmp_path, "e", code="MET", ects=3)  # a second shared code
    write_maquette(tmp_path, "f", code="MET", ects=4)
    in_memory = lint_paths([str(tmp_path)], Options(), jobs=jobs)
    monkeypatch.setattr(reports, "HELD", 1)
    monkeypatch.setattr(mutualisation, "PER_PASS", 1)  # a pass per shared code
    written_away = lint_paths([str(tmp_path)], Options(), jobs=jobs)
    assert written_away.files._offsets  # type: ignore[attr-defined]
    assert n014(written_away) == n014(in_memory) == _n014_of_summaries_kept(tmp_path)
    assert all(n014(in_memory).values())
    assert written_away.counts() == in_memory.counts()


def _frozen_in_worker(task: tuple[str, Options]) -> FileReport:
    return FileReport(str(gc.get_freeze_count()), [])


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers are not forked here"
)
def test_workers_are_forked_with_the_run_frozen_and_the_run_takes_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_mutualisation import write as write_maquette

    for name in "abc":
        write_maquette(tmp_path, name)
    monkeypatch.setattr(batch, "_lint_one", _frozen_in_worker)
    report = lint_paths([str(tmp_path)], Options(), jobs=2)
    assert len(report.files) == 3 and all(int(file.path) > 0 for file in report.files)
    assert gc.get_freeze_count() == 0
    gc.freeze()  # frozen by the caller: left so
    try:
        frozen = gc.get_freeze_count()
        lint_paths([str(tmp_path)], Options(), jobs=2)
        assert 0 < gc.get_freeze_count() <= frozen  # neither unfrozen nor frozen further
    finally:
        gc.unfreeze()


def test_files_under_one_configuration_share_one_settings_object(tmp_path: Path) -> None:
    from tests.test_mutualisation import write as write_maquette

    (tmp_path / ".git").mkdir()
    for folder, fail_on in (("x", "warning"), ("y", "info")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / ".lp-lint.yaml").write_text(f"fail-on: {fail_on}\n", "utf-8")
        for name in "abc":
            write_maquette(tmp_path / folder, name)
    files = [str(path) for path in sorted(tmp_path.glob("*/[abc].yaml"))]
    settings = batch._settings(files, Options(), frozenset(), False)
    assert [s.fail_on for s in settings] == ["warning"] * 3 + ["info"] * 3
    assert len({id(s) for s in settings}) == 2


@given(st.lists(file_reports, max_size=14))
def test_github_keeps_only_the_annotations_it_shows(files: list[FileReport]) -> None:
    for index, file in enumerate(files):
        file.path = f"f{index}"
    every = [(file.path, f) for file in files for f in file.findings if not f.waived_by]
    every.sort(key=lambda item: -item[1].severity)  # all of them, sorted, then the first shown
    shown = {severity: 0 for severity in Severity}
    expected = []
    for path, finding in every:
        if shown[finding.severity] < github.PER_LEVEL:
            expected.append((path, finding))
            shown[finding.severity] += 1
    assert github._shown(Report(FileReports(files, held=2), root=Path.cwd())) == expected
