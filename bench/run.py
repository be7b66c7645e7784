"""The benchmark: lp-lint measured side by side with its baselines, in one run.

    python bench/run.py            # prints a Markdown table and the machine it ran on

Figures (medians after a warm-up; the benchmark asserts nothing):
1. pre-commit latency: wall time of the whole `lp-lint one.yaml` process on an M maquette,
   against `yamllint` on the same file;
2. batch throughput: `lp-lint` on a corpus of 2,000 M maquettes in one invocation (one process,
   then `--jobs` with every core), against the floor of merely parsing the same files with
   PyYAML's C loader in one Python process;
3. peak memory (max RSS) of the batch runs;
4. import time of the command's entry point (`python -X importtime`), top contributors;
5. start-up on each real example against yamllint (bench/startup.py).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write
from startup import EXAMPLES
from startup import table as startup_table

PYTHON = sys.executable
FLOOR = """
import sys, yaml
from pathlib import Path
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
"""
RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def side_by_side(commands: dict[str, list[str]], runs: int, warmup: int = 2) -> dict[str, float]:
    """Median wall times, the commands interleaved run after run so that load hits them alike."""
    for _ in range(warmup):
        for command in commands.values():
            wall(command)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(wall(command))
    return {name: statistics.median(values) for name, values in samples.items()}


def peak_rss_mib(command: list[str]) -> float:
    result = subprocess.run(
        [PYTHON, "-c", RSS, *command], capture_output=True, text=True, check=True
    )
    return int(result.stdout.strip()) / 1024


def import_time() -> tuple[float, list[tuple[str, float]]]:
    result = subprocess.run(
        [PYTHON, "-X", "importtime", "-c", "import lp_lint.cli.main"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line[len("import time:") :].split("|")
        rows.append((name.strip(), int(own) / 1000, int(cumulative) / 1000))
    total = next(cumulative for name, _, cumulative in rows if name == "lp_lint.cli.main")
    top = sorted(((name, own) for name, own, _ in rows), key=lambda row: -row[1])[:8]
    return total, top


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {model}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=2000, help="size of the batch corpus")
    parser.add_argument("--runs", type=int, default=15, help="runs per latency figure")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs per batch figure")
    arguments = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        write(corpus, arguments.files, "M")
        one = corpus / "maquette-M-0000.yaml"
        lp_lint = [PYTHON, "-m", "lp_lint", "--isolated"]
        latency = side_by_side(
            {
                "lp-lint": [*lp_lint, "--format", "concise", str(one)],
                "yamllint": [PYTHON, "-m", "yamllint", str(one)],
            },
            arguments.runs,
        )
        report = str(Path(folder) / "report.json")
        batch_commands = {
            "floor": [PYTHON, "-c", FLOOR, str(corpus)],
            "lp-lint": [*lp_lint, "--format", "json", "-o", report, str(corpus)],
            f"lp-lint --jobs {cores}": [
                *lp_lint,
                "--jobs",
                str(cores),
                "--format",
                "json",
                "-o",
                report,
                str(corpus),
            ],
        }
        batch = side_by_side(batch_commands, arguments.batch_runs, warmup=1)
        memory = {name: peak_rss_mib(command) for name, command in batch_commands.items()}
    total_import, top = import_time()
    n = arguments.files
    print(f"Machine: {machine()}\n")
    print("| figure | lp-lint | baseline | ratio |")
    print("| --- | --- | --- | --- |")
    print(
        f"| pre-commit latency, one M maquette | {latency['lp-lint'] * 1000:.0f} ms | yamllint "
        f"{latency['yamllint'] * 1000:.0f} ms | {latency['lp-lint'] / latency['yamllint']:.2f} |"
    )
    for name in ("lp-lint", f"lp-lint --jobs {cores}"):
        print(
            f"| batch, {n} M maquettes ({name}) | {batch[name]:.2f} s, {n / batch[name]:.0f} files/s | "
            f"parse-only floor {batch['floor']:.2f} s | {batch[name] / batch['floor']:.2f} |"
        )
        print(
            f"| peak memory ({name}) | {memory[name]:.0f} MiB | floor {memory['floor']:.0f} MiB | "
            f"{memory[name] / memory['floor']:.2f} |"
        )
    print(f"| import of the entry point | {total_import:.0f} ms | | |")
    print(
        "\nLargest imports (own time, ms): " + ", ".join(f"{name} {own:.1f}" for name, own in top)
    )
    print("\nStart-up on each example (bench/startup.py):\n")
    print("\n".join(startup_table(EXAMPLES, arguments.runs)))


if __name__ == "__main__":
    main()
