"""Properties over generated maquettes: no exception, positions inside the file, determinism."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lp_lint.api import FileReport
from tests.conftest import Lint
from tests.strategies import dump, maquettes

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def inside(report: FileReport, text: str) -> bool:
    lines = text.split("\n")
    for finding in report.findings:
        start, end = finding.span.start, finding.span.end
        if not (1 <= start.line <= len(lines) and 1 <= end.line <= len(lines)):
            return False
        if (start.line, start.column) > (end.line, end.column):
            return False
        if start.column > len(lines[start.line - 1]) + 1:
            return False
    return True


@SETTINGS
@given(data=maquettes, flow=st.booleans())
def test_generated_maquettes_lint_cleanly_in_shape(
    lint: Lint, data: dict[str, Any], flow: bool
) -> None:
    text = dump(data, flow)
    report = lint(text)
    assert report.rules_applied, [f.message for f in report.findings]
    assert not report.internal_error
    assert inside(report, text)
    assert lint(text).findings == report.findings


@SETTINGS
@given(data=maquettes, cut=st.integers(0, 10_000), noise=st.binary(max_size=8))
def test_damaged_maquettes_never_raise(
    lint: Lint, data: dict[str, Any], cut: int, noise: bytes
) -> None:
    raw = dump(data).encode()
    position = cut % (len(raw) + 1)
    damaged = raw[:position] + noise + raw[position + len(noise) :]
    report = lint(damaged)
    assert not report.internal_error
    text = damaged.decode("utf-8", errors="replace")
    assert inside(report, text)


@SETTINGS
@given(data=maquettes)
def test_key_order_does_not_change_rule_findings(lint: Lint, data: dict[str, Any]) -> None:
    forward = dump(data)
    backward = dump(dict(reversed(list(data.items()))))
    first, second = lint(forward), lint(backward)
    assert sorted((f.rule_id, f.path, f.message) for f in first.findings) == sorted(
        (f.rule_id, f.path, f.message) for f in second.findings
    )
