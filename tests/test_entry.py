"""The executable's start: the cycle collector rests while lp-lint is imported, and works again
(on what the run makes, not on what was imported) by the time the command runs."""

from __future__ import annotations

import gc

import pytest

from lp_lint.cli import entry, main


def test_the_command_runs_with_the_collector_on_and_the_imports_set_aside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[bool, int]] = []
    monkeypatch.setattr(main, "run", lambda: seen.append((gc.isenabled(), gc.get_freeze_count())))
    try:
        entry.run()
    finally:
        gc.unfreeze()
    [(enabled, frozen)] = seen
    assert enabled and frozen > 0


def test_an_interrupted_import_leaves_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(main, "run", interrupted)
    monkeypatch.delattr(main, "run")
    monkeypatch.setattr(main, "__getattr__", lambda name: interrupted(), raising=False)
    with pytest.raises(SystemExit) as stopped:
        entry.run()
    assert stopped.value.code == 130 and gc.isenabled()
