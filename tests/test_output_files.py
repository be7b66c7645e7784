"""Outputs never replace an input, never replace a device or a link, and fail in one line (exit 2)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from lp_lint.cli.main import run
from lp_lint.files import OutputError, atomic_write
from lp_lint.reports import FileReport
from lp_lint.run import batch
from lp_lint.run.batch import lint_paths, worker_count
from lp_lint.run.options import Options
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml"
INIT = ["--mention", "Commerce", "--annee", "2025-2026", "--parcours", "", "--etablissement", ""]


def lp_lint(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The real entry point, exit code and all."""
    with pytest.raises(SystemExit) as done:
        run(list(args))
    out = capsys.readouterr()
    code = done.value.code
    return (code if isinstance(code, int) else 0), out.out, out.err


@pytest.fixture
def maquette(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "m.yaml"
    shutil.copy(EXAMPLE, path)
    return path


def _never_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object, **__: object) -> None:
        raise AssertionError("an input was read")

    monkeypatch.setattr("lp_lint.cli.check.lint_paths", fail)
    monkeypatch.setattr("lp_lint.cli.versions.read_version", fail)


@pytest.mark.parametrize(
    "args",
    [
        ["m.yaml", "-o", "m.yaml"],
        ["m.yaml", "-o", "json=m.yaml"],
        ["m.yaml", "-o", "./sub/../m.yaml"],
        ["report", "m.yaml", "-o", "m.yaml"],
        ["report", "HEAD:m.yaml", "-o", "m.yaml"],
        ["m.yaml", "--write-baseline", "m.yaml"],
        [".", "-o", "sarif=m.yaml"],
        [".", "-o", "new.yml"],
        ["-", "--stdin-filename", "m.yaml", "-o", "junit=m.yaml"],
        ["m.yaml", "--config", "m.yaml", "-o", "m.yaml"],
        ["import", "m.yaml", "-o", "m.yaml", "--force"],
    ],
    ids=lambda args: " ".join(args),
)
def test_an_output_that_is_an_input_is_refused_before_reading(
    args: list[str],
    maquette: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (maquette.parent / "sub").mkdir()
    before = maquette.read_bytes()
    _never_read(monkeypatch)
    code, _, err = lp_lint(capsys, *args)
    assert code == 2
    assert err.count("\n") == 1 and "lu par cette commande" in err
    assert maquette.read_bytes() == before


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_an_output_linked_to_an_input_is_refused(
    link: str, maquette: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = maquette.parent / "other.json"
    (os.symlink if link == "symlink" else os.link)(maquette, other)
    before = maquette.read_bytes()
    code, _, err = lp_lint(capsys, "m.yaml", "-o", "json=other.json")
    assert code == 2 and "other.json" in err
    assert maquette.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        [".", "-o", "report.json"],  # not a name a directory walk lints
        [".", "-o", ".cache/report.yaml"],  # hidden folders are not walked
        ["m.yaml", "-o", "json=elsewhere.yaml"],
        ["m.yaml", "-o", "null", "-o", "json=./null"],  # a device may be named twice
    ],
    ids=lambda args: " ".join(args),
)
def test_an_output_beside_the_inputs_is_written(
    args: list[str], maquette: Path, null_device: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path("null").exists():
        Path("null").symlink_to(null_device)
    (maquette.parent / ".cache").mkdir()
    code, _, err = lp_lint(capsys, *args)
    assert code == 1, err
    written = Path(args[-1].partition("=")[2] or args[-1])
    assert written.is_char_device() or written.stat().st_size > 0


def test_a_baseline_may_be_rewritten_in_place(
    maquette: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert lp_lint(capsys, "m.yaml", "--write-baseline", "b.json")[0] == 0
    code, _, err = lp_lint(capsys, "m.yaml", "--baseline", "b.json", "--write-baseline", "b.json")
    assert code == 0, err
    assert lp_lint(capsys, "m.yaml", "--baseline", "b.json", "-o", "b.json")[0] == 2


def test_the_same_output_twice_is_refused(
    maquette: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = lp_lint(capsys, "m.yaml", "-o", "json=r.json", "-o", "sarif=./r.json")
    assert code == 2 and "deux fois" in err
    assert not Path("r.json").exists()


def test_a_symlink_is_resolved_and_kept(tmp_path: Path) -> None:
    target, link = tmp_path / "real.json", tmp_path / "link.json"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    atomic_write(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "created.json")
    atomic_write(dangling, "made")
    assert dangling.is_symlink() and (tmp_path / "created.json").read_text() == "made"


def test_a_regular_file_is_replaced_keeping_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    atomic_write(path, "new")
    assert path.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["r.json"]


@pytest.fixture
def null_device(tmp_path: Path) -> Path:
    """A device that discards what it receives. As root, a private copy of /dev/null: a rename
    would replace it, and a regression must not replace the machine's own."""
    if os.geteuid() == 0:
        node = tmp_path / "null"
        try:
            os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
            node.write_bytes(b"")
            return node
        except OSError:  # a file system mounted without devices
            pass
    return Path("/dev/null")  # which a user other than root cannot replace


def test_a_device_is_written_in_place(null_device: Path) -> None:
    assert stat.S_ISCHR(os.stat(null_device).st_mode)
    atomic_write(null_device, "{}\n")
    assert stat.S_ISCHR(os.stat(null_device).st_mode)


def test_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    atomic_write(fifo, "à lire\n")
    reader.join(timeout=30)
    assert received == ["à lire\n".encode()]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("redirected", [False, True], ids=["pipe", "file"])
def test_dev_stdout_receives_the_report(redirected: bool, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "lp_lint", str(EXAMPLE), "--format", "sarif"]
    with open(tmp_path / "out.txt", "w+") as file:
        result = subprocess.run(
            [*command, "-o", "/dev/stdout", "-o", "concise=/dev/fd/1"],
            stdout=file if redirected else subprocess.PIPE,
            text=True,
            check=False,
        )
        file.seek(0)
        out = file.read() if redirected else result.stdout
    assert result.returncode == 1
    sarif, _, concise = out.partition("\n}\n")
    assert json.loads(sarif + "}")["version"] == "2.1.0"
    assert concise.count(": error LP10") == 3
    assert os.listdir(tmp_path) == ["out.txt"]


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("folder", "Is a directory"),
        ("missing/r.json", "No such file or directory"),
        ("/dev/full", "No space left on device"),
    ],
)
@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_an_output_that_cannot_be_written_is_a_usage_error(
    target: str, reason: str, option: str, maquette: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("folder").mkdir()
    code, _, err = lp_lint(capsys, "m.yaml", option, target)
    assert code == 2 and target in err
    if option == "-o":  # click itself refuses a folder for --write-baseline
        assert err == f"lp-lint: impossible d'écrire {target} : {reason}\n"


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("tempfile.mkstemp", PermissionError(errno.EACCES, "Permission denied")),
        ("os.fsync", OSError(errno.ENOSPC, "No space left on device")),
        ("os.replace", OSError(errno.EROFS, "Read-only file system")),
    ],
)
def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    name: str,
    error: OSError,
    maquette: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Path("r.json").write_text("old", encoding="utf-8")

    def fail(*_: object, **__: object) -> None:
        raise error

    monkeypatch.setattr(name, fail)
    code, _, err = lp_lint(capsys, "m.yaml", "-o", "json=r.json")
    assert code == 2 and err.endswith(f": {error.strerror}\n")
    assert Path("r.json").read_text(encoding="utf-8") == "old"
    assert sorted(os.listdir()) == ["m.yaml", "r.json"]


def test_other_commands_fail_to_write_in_one_line(
    maquette: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert lp_lint(capsys, "init", "missing/x.yaml", *INIT)[0] == 2
    assert lp_lint(capsys, "report", "m.yaml", "-o", "missing/r.html")[0] == 2
    assert lp_lint(capsys, "schema", "-o", "/dev/full")[0] == 2
    assert not Path("missing").exists()


@pytest.mark.parametrize(
    "args",
    [[str(EXAMPLE)], ["report", str(EXAMPLE)], ["schema"]],
    ids=["check", "report", "schema"],
)
def test_a_full_stdout_is_a_usage_error(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "lp_lint", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr == "lp-lint: impossible d'écrire stdout : No space left on device\n"


def test_a_closed_stdout_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lp_lint", str(EXAMPLE)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        preexec_fn=lambda: os.close(1),
    )
    assert result.returncode == 2
    assert result.stderr == "lp-lint: impossible d'écrire stdout : Bad file descriptor\n"


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    for index in range(30):  # more than a pipe holds
        shutil.copy(EXAMPLE, tmp_path / f"m{index}.yaml")
    command = [sys.executable, "-m", "lp_lint", "--format", "json", str(tmp_path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()
    assert process.stderr.read() == b""
    assert process.wait() == 1


def test_an_unwritable_step_summary_is_a_usage_error(
    maquette: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "missing/summary.md")
    code, _, err = lp_lint(capsys, "m.yaml", "--format", "github")
    assert code == 2 and "missing/summary.md" in err


def test_output_errors_follow_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LP_LINT_LANG", "en")
    assert str(OutputError("write", "x", "boom")) == "cannot write x: boom"


@pytest.mark.parametrize(
    ("asked", "count", "expected"),
    [(1, 5, 1), (4, 2, 2), (4, 4, 4), (4, 5, 4), (10_000, 100, 32), (32, 100, 32), (4, 0, 1)],
)
def test_workers_are_capped_by_files_and_a_maximum(asked: int, count: int, expected: int) -> None:
    assert worker_count(asked, count) == expected


def test_a_huge_jobs_value_starts_one_worker_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(EXAMPLE, tmp_path / name)
    started: list[int] = []
    parallel = batch._in_parallel

    def recording(files: list[Path], *args: object) -> list[FileReport]:
        started.append(int(args[-1]))  # type: ignore[call-overload]
        return parallel(files, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "_in_parallel", recording)
    report = lint_paths([str(tmp_path)], Options(), jobs=100_000)
    assert started == [2] and len(report.files) == 2
