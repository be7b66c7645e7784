"""Start-up benchmark: `lp-lint FILE` against `yamllint FILE` on each example, as pre-commit runs them.

    python bench/startup.py [--runs 15] [FILE ...]     # default: every file of examples/maquettes

Both commands are the console scripts installed beside this Python (install lp-lint with
`pip install '.[bench]'`, not `-e`, so that it runs byte-compiled from site-packages as a user's
does). The two are run in turn, pair after pair, so that a busy machine slows both alike; the
table gives medians of the whole process — wall time, and CPU time (user + system) which load
disturbs less — and the median of the per-pair ratios. Each example is checked with
`--isolated`; the last row checks one again without it, in a repository of its own whose
`.lp-lint.yaml` selects, ignores and accepts, as a pre-commit hook meets it. It measures; it
asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "maquettes").glob("*.yaml"))
CONFIGURATION = """\
ignore: [RC605]
severity: {CN310: info}
mentions: [Commerce]
exclude: [brouillons/]
"""


def command(name: str, module: str) -> list[str]:
    """The console script beside this Python, else `python -m module`."""
    script = Path(sys.executable).with_name(name)
    return [str(script)] if script.exists() else [sys.executable, "-m", module]


def run(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped here: keep Popen from waiting again
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def paired(a: list[str], b: list[str], runs: int, warmup: int = 2) -> dict[str, float]:
    for _ in range(warmup):
        run(a), run(b)
    samples = [(run(a), run(b)) for _ in range(runs)]
    return {
        "a_wall": statistics.median(x[0] for x, _ in samples),
        "a_cpu": statistics.median(x[1] for x, _ in samples),
        "b_wall": statistics.median(y[0] for _, y in samples),
        "b_cpu": statistics.median(y[1] for _, y in samples),
        "wall_ratio": statistics.median(x[0] / y[0] for x, y in samples),
        "cpu_ratio": statistics.median(x[1] / y[1] for x, y in samples),
    }


def editable_warning() -> str | None:
    """Said when lp_lint is imported from a source tree rather than installed."""
    probe = [sys.executable, "-c", "import lp_lint; print(lp_lint.__file__)"]
    location = subprocess.run(probe, capture_output=True, text=True, cwd="/", check=False)
    if "site-packages" in location.stdout:
        return None
    return f"note: lp_lint comes from {location.stdout.strip() or '?'}, not an installed copy"


def row(name: str, path: Path, lp_lint: list[str], runs: int) -> str:
    figures = paired([*lp_lint, str(path)], [*command("yamllint", "yamllint"), str(path)], runs)
    lines = len(path.read_text(encoding="utf-8").splitlines())
    return (
        f"| {name} | {lines} | {figures['a_wall'] * 1000:.0f} / "
        f"{figures['a_cpu'] * 1000:.0f} ms | {figures['b_wall'] * 1000:.0f} / "
        f"{figures['b_cpu'] * 1000:.0f} ms | {figures['wall_ratio']:.2f} | "
        f"{figures['cpu_ratio']:.2f} |"
    )


def table(files: list[Path], runs: int) -> list[str]:
    lp_lint = command("lp-lint", "lp_lint")
    rows = [
        "| example | lines | lp-lint wall / cpu | yamllint wall / cpu | ratio wall | ratio cpu |",
        "| --- | --- | --- | --- | --- | --- |",
        *(row(path.name, path, [*lp_lint, "--isolated"], runs) for path in files),
    ]
    with tempfile.TemporaryDirectory() as folder:
        repository = Path(folder)
        (repository / ".git").mkdir()
        (repository / ".lp-lint.yaml").write_text(CONFIGURATION, encoding="utf-8")
        copy = repository / files[0].name
        copy.write_text(files[0].read_text(encoding="utf-8"), encoding="utf-8")
        rows.append(row(f"{files[0].name}, `.lp-lint.yaml`", copy, lp_lint, runs))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="*", type=Path, help="maquettes (default: the examples)")
    parser.add_argument("--runs", type=int, default=15, help="pairs of runs per file")
    arguments = parser.parse_args(argv)
    warning = editable_warning()
    if warning:
        print(warning)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Start-up, lp-lint against yamllint (load average {load:.1f} at the start)\n")
    print("\n".join(table(arguments.files or EXAMPLES, arguments.runs)))


if __name__ == "__main__":
    main()
