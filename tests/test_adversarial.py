"""The adversarial corpus: one file per trap, each with its expected finding and exit code.

Each file in tests/adversarial/ is linted by the real command (rules narrowed to the reading,
format and stage-length rules, so that the trap's own finding is the first one).
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "adversarial"

# file: (code of the first finding, line, column, exit code); None: no finding
EXPECTED: dict[str, tuple[str, int, int, int] | None] = {
    "python-tag.yaml": ("Y003", 5, 8, 1),
    "python-name-tag.yaml": ("Y003", 5, 8, 1),
    "custom-tag.yaml": ("Y003", 5, 8, 1),
    "tag-on-key.yaml": ("Y003", 5, 1, 1),
    "billion-laughs.yaml": ("Y004", 1, 34, 1),
    "deep-nesting.yaml": ("Y004", 2, 75, 1),
    "undefined-alias.yaml": ("Y001", 5, 8, 1),
    "utf8-bom.yaml": ("LP103", 5, 19, 1),
    "utf16-bom.yaml": ("LP103", 5, 19, 1),
    "crlf.yaml": ("LP103", 5, 19, 1),
    "lone-cr.yaml": ("LP103", 5, 19, 1),
    "mixed-line-endings.yaml": ("LP103", 5, 19, 1),
    "line-separator.yaml": ("Y006", 1, 11, 1),
    "paragraph-separator.yaml": ("Y006", 1, 11, 1),
    "next-line.yaml": ("Y006", 1, 11, 1),
    "tab-indent.yaml": ("Y001", 3, 1, 1),
    "nul-byte.yaml": ("F002", 5, 20, 1),
    "invalid-utf8.yaml": ("F002", 5, 19, 1),
    "latin1.yaml": ("F002", 3, 14, 1),
    "empty.yaml": ("S001", 1, 1, 1),
    "only-comments.yaml": ("S001", 1, 1, 1),
    "binary.yaml": ("F002", 3, 115, 1),  # a lone CR (byte 13) ends line 2
    "code-leading-zero.yaml": ("S001", 8, 16, 1),
    "code-08.yaml": ("S001", 8, 16, 1),
    "code-float.yaml": ("S001", 8, 16, 1),
    "decimal-comma.yaml": ("S001", 6, 13, 1),
    "decimal-comma-flow.yaml": ("S001", 5, 19, 1),
    "norway-no.yaml": ("S001", 3, 12, 1),
    "oui-boolean.yaml": ("S001", 6, 12, 1),
    "on-boolean.yaml": ("S001", 8, 33, 1),
    "sexagesimal.yaml": ("S001", 8, 16, 1),
    "multi-document.yaml": ("Y005", 5, 1, 1),
    "merge-keys.yaml": None,
    "duplicate-key.yaml": ("Y002", 6, 1, 1),
    "accents-columns.yaml": ("S002", 6, 3, 1),
    "list-at-top.yaml": ("S001", 1, 1, 1),
    "scalar-at-top.yaml": ("S001", 1, 1, 1),
    "unknown-key.yaml": ("S002", 6, 3, 1),
    "huge-number.yaml": ("S001", 6, 13, 1),
    "infinity.yaml": ("S001", 6, 13, 1),
    "negative-hours.yaml": ("S001", 6, 11, 1),
}


def lint(path: Path, *options: str) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(
        main, ["--isolated", "--format", "json", "--select", "Y,F,S,LP103", *options, str(path)]
    )
    return result.exit_code, json.loads(result.stdout)["files"][0]["findings"]


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_trap(name: str) -> None:
    code, findings = lint(CORPUS / name)
    expected = EXPECTED[name]
    if expected is None:
        assert (code, findings) == (0, [])
        return
    first = findings[0]
    assert (first["code"], first["start"]["line"], first["start"]["column"], code) == expected


@pytest.mark.parametrize("name", ["line-separator", "paragraph-separator", "next-line"])
def test_after_an_invisible_break_positions_stay_the_files(name: str) -> None:
    """The break in the comment of line 1 is refused (Y006), and the syntax error of line 6 is
    still shown on line 6: PyYAML's extra line is mapped back."""
    _, findings = lint(CORPUS / f"{name}.yaml")
    assert [(f["code"], f["start"]["line"], f["start"]["column"]) for f in findings] == [
        ("Y006", 1, 11),
        ("Y001", 6, 21),
    ]


def test_an_escaped_line_separator_in_a_quoted_text_is_no_finding(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(
        'version: 1\nformation: {mention: "a\\Lb", annee_universitaire: "2016-2017"}\n',
        encoding="utf-8",
    )
    assert "Y006" not in [f["code"] for f in lint(path)[1]]


def test_the_python_payload_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = tmp_path / "m.yaml"
    payload.write_text(
        f"version: 1\nformation: !!python/object/apply:os.system ['touch {marker}']\n",
        encoding="utf-8",
    )
    lint(payload)
    assert not marker.exists()


def test_merge_keys_are_supported() -> None:
    from lp_lint.reading.loader import load_yaml

    data = load_yaml((CORPUS / "merge-keys.yaml").read_text(encoding="utf-8")).data
    assert data["semestres"][0]["ues"][1] == {
        "code": "UE2",
        "intitule": "Commun",
        "ects": 15,
        "coefficient": 1,
    }


def test_file_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "gros.yaml"
    big.write_text("version: 1\n" + "# " + "x" * 2000 + "\n", encoding="utf-8")
    code, [finding] = lint(big, "--max-bytes", "1000")
    assert (code, finding["code"]) == (1, "F003")


def test_unreadable_file_is_a_finding(tmp_path: Path) -> None:
    link = tmp_path / "cassé.yaml"
    link.symlink_to(tmp_path / "absent.yaml")
    code, [finding] = lint(link)
    assert (code, finding["code"]) == (1, "F001")


def test_directory_with_thousands_of_files_and_a_link_loop(tmp_path: Path) -> None:
    for index in range(3000):
        (tmp_path / f"n{index}.yaml").write_text("titre: pas une maquette\n", encoding="utf-8")
    (tmp_path / "boucle").symlink_to(tmp_path)
    (tmp_path / "zz.yaml").write_text('{"formation": {"mention": "X"}}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--isolated", "--format", "json", str(tmp_path)])
    files = [Path(f["path"]).name for f in json.loads(result.stdout)["files"]]
    assert (result.exit_code, files) == (1, ["zz.yaml"])


def _limited(*args: str) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1024 * 1024 * 1024, 1024 * 1024 * 1024))

    return subprocess.run(
        [sys.executable, "-m", "lp_lint", *args],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=120,
        check=False,
        env={**os.environ, "LANG": "C"},
    )


@pytest.mark.parametrize("name", ["billion-laughs.yaml", "deep-nesting.yaml"])
def test_bombs_under_a_memory_limit(name: str) -> None:
    """Under 1 GiB of address space, a bomb is refused promptly with its finding and exit code 1."""
    started = time.monotonic()
    result = _limited("--isolated", "--format", "concise", str(CORPUS / name))
    assert result.returncode == 1, result.stderr
    assert "Y004" in result.stdout
    assert time.monotonic() - started < 60


def test_deeper_bomb_under_a_memory_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bombe.yaml"
    lines = ["a0: &a0 [" + ", ".join(["x"] * 20) + "]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 20) + "]" for i in range(1, 15)]
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _limited("--isolated", "--format", "concise", str(bomb))
    assert result.returncode == 1 and "Y004" in result.stdout


def _wait_for_handlers(pid: int, limit: float = 60.0) -> None:
    """Until lp-lint catches SIGTERM (its command line is running), read from /proc: a fixed
    sleep sends the signal during start-up on a loaded machine."""
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            caught = next(
                int(line.split()[1], 16)
                for line in status.read_text().splitlines()
                if line.startswith("SigCgt:")
            )
        except (OSError, StopIteration):
            time.sleep(1.5)  # no /proc here: the old fixed wait
            return
        if caught & (1 << (signal.SIGTERM - 1)):
            return
        time.sleep(0.02)


@pytest.mark.parametrize(("sig", "code"), [(2, 130), (15, 143)])
def test_an_interrupted_run_leaves_no_partial_file(tmp_path: Path, sig: int, code: int) -> None:
    """Stopped while linting and writing, lp-lint exits with its documented code and leaves either
    no report or a whole one, and no temporary file."""
    seed = (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text(encoding="utf-8")
    folder = tmp_path / "maquettes"
    folder.mkdir()
    for index in range(400):
        (folder / f"m{index}.yaml").write_text(seed, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lp_lint",
            "--isolated",
            "-o",
            f"json={out / 'r.json'}",
            "-o",
            f"sarif={out / 'r.sarif'}",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_for_handlers(process.pid)
    time.sleep(0.5)  # into the batch
    process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    assert process.returncode in (code, 1), err  # 1: it had already finished
    for path in out.iterdir():
        assert path.name in ("r.json", "r.sarif"), f"leftover {path.name}"
        json.loads(path.read_text(encoding="utf-8"))  # whole, never truncated
