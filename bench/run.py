"""The benchmark: every performance goal of lp-lint measured side by side with its yardstick.

    python3 bench/run.py                    # installs lp-lint in a fresh venv, prints tables
    python3 bench/run.py --venv /tmp/bench  # keeps (and refreshes) that venv between runs

lp-lint is installed as a user installs it (`pip install .`, byte-compiled, not editable) in its
own virtual environment, with yamllint beside it. Each figure runs lp-lint (A) and its
yardstick (B) in turn, A B A B …, and gives the median of each and the median of the ratios
taken pair by pair, so that a machine whose speed drifts hits both alike. Times are of the
whole process (start-up included): wall, and CPU (user + system) which a busy machine disturbs
less. Peak memory is that of the whole process tree (the `--jobs` workers included), sampled
every 20 ms on Linux: the resident size of lp-lint's process plus the private memory of each
worker; elsewhere the largest single process (max RSS).

Figures, against their yardsticks:
1. pre-commit latency on each real example (`examples/maquettes`), against yamllint
   (`bench/startup.py`, run with the benchmark's venv);
2. batches of generated M maquettes, one process (`-j 1`), against the floor: a Python loop
   that only loads the same files with PyYAML's C loader (`CSafeLoader`);
3. the same batch as a user runs it (no `-j`: every core from 200 files);
4. peak memory of those runs, of a batch twice as large, and of that batch taken twice (each
   file under two names: every UE code is then shared, the check across maquettes at its
   heaviest), which should not grow with the number of files;
5. the cost of one very large maquette (1,000 and 3,000 UEs) for `check`, `report` and `diff`
   (two versions of that size), per 1,000 UEs once the cost of an M maquette is taken off:
   equal figures mean a cost linear in the size.
The benchmark asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from generate import write  # noqa: E402

FLOOR = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""


class Run(NamedTuple):
    wall: float
    cpu: float
    peak_mib: float


class Pair(NamedTuple):
    a: list[Run]
    b: list[Run]

    def median(self, side: str, field: str) -> float:
        return statistics.median(getattr(run, field) for run in getattr(self, side))

    def ratio(self, field: str) -> float:
        """The median of the ratios A/B, pair by pair."""
        return statistics.median(
            getattr(a, field) / getattr(b, field) for a, b in zip(self.a, self.b, strict=True)
        )


def _tree_kib(root: int) -> int:
    """The memory of `root`'s process tree, from /proc: the resident size of `root`, plus what
    each process below it holds privately (pages a worker shares with `root` since its fork
    are counted once). 0 where /proc cannot be read."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        pending.extend(children.get(pid, ()))
        fields = ("Rss:",) if pid == root else ("Private_Clean:", "Private_Dirty:")
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
                total += sum(int(line.split()[1]) for line in rollup if line.startswith(fields))
        except OSError:
            continue
    return total


def measure(command: list[str]) -> Run:
    """One run of `command`: wall and CPU seconds, and the peak memory of its process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak, done = [0], threading.Event()

    def sample() -> None:
        while not done.wait(0.02):
            peak[0] = max(peak[0], _tree_kib(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc/self/smaps_rollup").exists():
        sampler.start()
    process.wait()
    wall = time.perf_counter() - started
    done.set()
    if sampler.is_alive():
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if not peak[0]:  # no /proc: the largest process instead (kB on Linux, bytes on macOS)
        scale = 1024 if sys.platform == "darwin" else 1
        peak[0] = after.ru_maxrss // scale
    return Run(wall, cpu, peak[0] / 1024)


def paired(a: list[str], b: list[str], runs: int, warmup: int = 1) -> Pair:
    for _ in range(warmup):
        measure(a)
        measure(b)
    pair = Pair([], [])
    for _ in range(runs):
        pair.a.append(measure(a))
        pair.b.append(measure(b))
    return pair


def install(venv: Path) -> Path:
    """lp-lint (not editable, byte-compiled) and yamllint in `venv`; returns its python."""
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", f"{ROOT}[bench]"], check=True)
    else:  # the venv is kept: only lp-lint is refreshed from the working tree
        subprocess.run(
            [python, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(ROOT)],
            check=True,
        )
    return python


def twice_over(corpus: Path, folder: Path) -> Path:
    """Each file of `corpus` under two names in `folder` (linked, not generated again: fast)."""
    folder.mkdir()
    for path in sorted(corpus.glob("*.yaml")):
        for copy in (folder / f"a-{path.name}", folder / f"b-{path.name}"):
            try:
                os.link(path, copy)
            except OSError:
                shutil.copyfile(path, copy)
    return folder


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = (
        ", load " + " ".join(f"{x:.2f}" for x in os.getloadavg())
        if hasattr(os, "getloadavg")
        else ""
    )
    return (
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.system()} "
        f"{platform.machine()}, {model}, {os.cpu_count()} cores{load}, "
        f"Python {platform.python_version()}"
    )


def row(name: str, pair: Pair, yardstick: str, memory: bool = False) -> str:
    a_wall, b_wall = pair.median("a", "wall"), pair.median("b", "wall")
    a_cpu, b_cpu = pair.median("a", "cpu"), pair.median("b", "cpu")
    cells = [
        name,
        f"{a_wall:.2f} s ({a_cpu:.2f} s CPU)",
        f"{yardstick} {b_wall:.2f} s ({b_cpu:.2f} s CPU)",
        f"{pair.ratio('wall'):.2f} ({pair.ratio('cpu'):.2f} CPU)",
    ]
    if memory:
        cells.append(f"{pair.median('a', 'peak_mib'):.0f} MiB")
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--venv", type=Path, help="keep the benchmark's venv here")
    parser.add_argument("--files", type=int, default=2000, help="size of the large batch")
    parser.add_argument("--runs", type=int, default=5, help="pairs per figure")
    parser.add_argument("--latency-runs", type=int, default=15, help="pairs per latency figure")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        python = install(arguments.venv or work / "venv")
        lp_lint = [str(python.parent / "lp-lint"), "--isolated"]
        floor = [str(python), "-c", FLOOR]
        print(f"Machine: {machine()}\n")

        startup = [str(python), str(ROOT / "bench" / "startup.py")]  # its own table
        sys.stdout.flush()
        subprocess.run([*startup, "--runs", str(arguments.latency_runs)], check=True)
        print("\n| batch | lp-lint | load floor | ratio | peak memory |")
        print("| --- | --- | --- | --- | --- |")
        report = str(work / "report.json")
        for count in sorted({100, arguments.files}):
            corpus = work / f"corpus-{count}"
            write(corpus, count, "M")
            check = [*lp_lint, "--format", "json", "-o", report, str(corpus)]
            pair = paired([*check, "-j", "1"], [*floor, str(corpus)], arguments.runs)
            print(row(f"{count} M maquettes, `-j 1`", pair, "floor", memory=True))
            if count >= 200:
                pair = paired(check, [*floor, str(corpus)], arguments.runs)
                print(row(f"{count} M maquettes, no `-j`", pair, "floor", memory=True))
        large = work / "corpus-large"
        write(large, 2 * arguments.files, "M")
        for jobs in ("1", "0"):
            run = measure([*lp_lint, "-j", jobs, "--format", "json", "-o", report, str(large)])
            print(
                f"| {2 * arguments.files} M maquettes, `-j {jobs}` | {run.wall:.2f} s "
                f"({run.cpu:.2f} s CPU) | | | {run.peak_mib:.0f} MiB |"
            )
        twice = twice_over(large, work / "corpus-twice")
        run = measure([*lp_lint, "--format", "json", "-o", report, str(twice)])
        print(
            f"| {4 * arguments.files} M maquettes (the last batch twice), no `-j` | "
            f"{run.wall:.2f} s ({run.cpu:.2f} s CPU) | | | {run.peak_mib:.0f} MiB |"
        )

        print("\n| one large maquette | 1,000 UEs | 3,000 UEs | per 1,000 UEs (1,000 / 3,000) |")
        print("| --- | --- | --- | --- |")
        sizes = {n: (str(n), work / f"ues-{n}") for n in (1000, 3000)}
        sizes[0] = ("M", work / "ues-M")  # the start-up, taken off the others
        versions = {
            n: [write(folder / str(seed), 1, size, seed)[0] for seed in (2026, 2027)]
            for n, (size, folder) in sizes.items()
        }
        commands = {
            "check": lambda old, new: [*lp_lint, "--format", "json", "-o", report, str(new)],
            "report": lambda old, new: [lp_lint[0], "report", "-o", str(work / "p.html"), str(new)],
            "diff": lambda old, new: [lp_lint[0], "diff", str(old), str(new)],
        }
        for name, command in commands.items():
            cpu = {
                n: statistics.median(measure(command(*paths)).cpu for _ in range(arguments.runs))
                for n, paths in versions.items()
            }
            base = cpu.pop(0)
            per = {n: (cpu[n] - base) / n * 1000 for n in cpu}
            print(
                f"| `{name}` (CPU) | {cpu[1000]:.2f} s | {cpu[3000]:.2f} s | "
                f"{per[1000]:.2f} s / {per[3000]:.2f} s ({per[3000] / per[1000]:.2f}) |"
            )


if __name__ == "__main__":
    main()
