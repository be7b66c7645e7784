"""The language server's relint of a typical maquette, warm (rule packs and models loaded).

    python bench/server.py          # prints medians; asserts nothing

Two figures for one M maquette (about 12 UEs) after a warm-up, each a keystroke's work:
1. the lint itself, as the server runs it (`BufferLinter.lint`, in this process);
2. the round trip through the real server over stdio: a `didOpen` of the edited text until its
   `publishDiagnostics` arrives (JSON-RPC both ways, no debounce: the debounce only waits for
   the typing to pause, it is not work).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from generate import write  # noqa: E402

from lp_lint.server.linting import BufferLinter  # noqa: E402
from tests.lsp_client import Client  # noqa: E402


def in_process(text: str, path: Path, runs: int) -> float:
    linter = BufferLinter()
    for _ in range(3):
        linter.lint(text, path)
    samples = []
    for run in range(runs):
        edited = text + f"# frappe {run}\n"  # a keystroke: the text differs each time
        started = time.perf_counter()
        linter.lint(edited, path)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def over_stdio(text: str, path: Path, runs: int) -> float:
    client = Client()
    client.initialize()
    samples = []
    for run in range(runs + 3):
        uri = path.with_name(f"m{run}.yaml").as_uri()
        document = {"uri": uri, "languageId": "yaml", "version": 1, "text": text}
        started = time.perf_counter()
        client.notify("textDocument/didOpen", {"textDocument": document})
        client.diagnostics(uri)
        if run >= 3:  # the first ones warm the server up
            samples.append(time.perf_counter() - started)
    client.close()
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        [path] = write(Path(folder), 1, "M")
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        lint = in_process(text, path, arguments.runs)
        trip = over_stdio(text, path, arguments.runs)
    print(f"| server figure, one M maquette ({lines} lines) | median |")
    print("| --- | --- |")
    print(f"| warm relint, in the server process | {lint * 1000:.1f} ms |")
    print(f"| didOpen → publishDiagnostics over stdio | {trip * 1000:.1f} ms |")


if __name__ == "__main__":
    main()
