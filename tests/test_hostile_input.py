"""Hostile or broken input to every command: bounded reading, one decoding for all, numbers
that cannot overflow, and exit code 2 (never 3) for a bad configuration, baseline or rule pack."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main as run_main
from lp_lint.cli.main import run
from lp_lint.findings import Finding, Severity, Span
from lp_lint.i18n import plain
from lp_lint.reading.source import read_bounded
from lp_lint.run.capping import MAX_PER_FILE, MAX_PER_RULE, cap
from tests.conftest import ROOT

SEED = (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text(encoding="utf-8")
UTF16 = ROOT / "tests" / "adversarial" / "utf16-bom.yaml"


def lp_lint(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    """The real entry point (its exit-code policy included), in this process."""
    runner = CliRunner()
    with runner.isolation(input=stdin) as (out, err, _):
        try:
            run(list(args))
        except SystemExit as done:
            code = int(done.code or 0)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
    return code, out.getvalue().decode(), err.getvalue().decode()


def findings(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict[str, object]]]:
    code, out, err = lp_lint("--isolated", "--format", "json", *args, stdin=stdin)
    assert code in (0, 1), err
    return code, json.loads(out)["files"][0]["findings"]


def first(found: list[dict[str, object]]) -> tuple[object, object]:
    position = found[0]["start"]
    assert isinstance(position, dict)
    return found[0]["code"], position["line"]


# -- bounded reading ---------------------------------------------------------------------------


class _CountingStream(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.served = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.served += len(chunk)
        return chunk


@pytest.mark.parametrize(("length", "expected"), [(100, True), (101, False)])
def test_reading_stops_one_byte_past_the_limit(length: int, expected: bool) -> None:
    stream = _CountingStream(b"x" * length)
    data = read_bounded(stream, 100)
    assert (data is not None) == expected
    assert stream.served <= 101


def test_a_long_stream_is_never_read_to_its_end() -> None:
    stream = _CountingStream(b"x" * 10_000_000)
    assert read_bounded(stream, 1000) is None and stream.served == 1001


@pytest.mark.parametrize(("size", "code"), [(200, "S001"), (201, "F003")])
def test_standard_input_is_bounded(size: int, code: str) -> None:
    body = b"version: 1\n" + b"#" * (size - 12) + b"\n"
    assert len(body) == size
    _, found = findings("--max-bytes", "200", "-", stdin=body)
    assert found[0]["code"] == code


def test_a_device_named_on_the_command_line_is_read_bounded() -> None:
    _, found = findings("--max-bytes", "1000", "/dev/zero")
    assert [f["code"] for f in found] == ["F003"]


def _bounded_run(*args: str, stdin: str = "/dev/null") -> subprocess.CompletedProcess[str]:
    """lp-lint in a child process under 512 MiB of address space, stopped after 60 s."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (512 * 1024 * 1024, 512 * 1024 * 1024))

    with open(stdin, "rb") as source:
        return subprocess.run(
            [sys.executable, "-m", "lp_lint", *args],
            stdin=source,
            capture_output=True,
            text=True,
            preexec_fn=limit,
            timeout=60,
            check=False,
        )


@pytest.mark.parametrize(
    ("args", "stdin", "code", "says"),
    [
        (("--isolated", "/dev/zero"), "/dev/null", 1, "F003"),
        (("--isolated", "-"), "/dev/zero", 1, "F003"),
        (("--isolated", "-"), "/dev/urandom", 1, "F003"),
        (("--config", "/dev/zero", "{seed}"), "/dev/null", 2, "octets"),
        (("--isolated", "--baseline", "/dev/zero", "{seed}"), "/dev/null", 2, "octets"),
        (("report", "/dev/zero"), "/dev/null", 2, "octets"),
        (("diff", "/dev/urandom", "{seed}"), "/dev/null", 2, "octets"),
        (("import", "--type", "tableur", "/dev/zero", "-o", "-"), "/dev/null", 2, "octets"),
        (("--isolated", "--fix", "/dev/zero"), "/dev/null", 1, "F003"),
    ],
)
def test_endless_sources_under_a_memory_limit(
    args: tuple[str, ...], stdin: str, code: int, says: str
) -> None:
    seed = str(ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml")
    result = _bounded_run(*(a.replace("{seed}", seed) for a in args), stdin=stdin)
    assert result.returncode == code, result.stderr
    assert says in result.stdout + result.stderr


def test_a_fifo_nobody_writes_to_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "tube.yaml"
    os.mkfifo(fifo)
    result = _bounded_run("--isolated", str(fifo))
    assert result.returncode in (1, 2), result.stderr  # reported or refused, never waited on


# -- one reading path for every command --------------------------------------------------------


def commit_all(folder: Path) -> None:
    """A new repository in `folder`, its files committed."""
    for args in (("init", "-q"), ("add", "."), ("commit", "-qm", "v1")):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
            cwd=folder,
            check=True,
            capture_output=True,
        )


def test_report_reads_a_utf16_maquette_like_check(tmp_path: Path) -> None:
    code, out, err = lp_lint("report", "--format", "md", str(UTF16))
    assert code == 0, err
    assert "LP103" in out


def test_diff_reads_a_utf16_maquette_like_check() -> None:
    code, out, err = lp_lint("diff", str(UTF16), str(UTF16))
    assert code == 0, err
    assert out


def test_an_unchanged_utf16_maquette_shows_nothing_new_in_pull_request_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    maquette = tmp_path / "m.yaml"
    maquette.write_bytes(UTF16.read_bytes())
    commit_all(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert findings("m.yaml")[1], "the file has findings of its own"
    assert findings("--diff-base", "HEAD", "m.yaml") == (0, [])


def test_a_git_version_is_read_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    maquette = tmp_path / "m.yaml"
    maquette.write_text(SEED + "#" * 100_000 + "\n", encoding="utf-8")
    commit_all(tmp_path)
    maquette.write_text(SEED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, found = findings(
        "--max-bytes", str(len(SEED.encode()) + 10), "--diff-base", "HEAD", "m.yaml"
    )
    assert [f["code"] for f in found if f["code"] == "G001"] == ["G001"]
    assert "F003" in str([f["message"] for f in found])


def test_an_undecodable_version_is_a_positioned_usage_error(tmp_path: Path) -> None:
    latin1 = ROOT / "tests" / "adversarial" / "latin1.yaml"
    code, _, err = lp_lint("report", str(latin1))
    assert code == 2 and f"{latin1}:3:14:" in err


# -- numbers -----------------------------------------------------------------------------------


def with_value(key: str, value: str) -> str:
    """The seed with its first `key: …` line given `value`."""
    lines = SEED.split("\n")
    index = next(i for i, line in enumerate(lines) if line.strip().startswith(f"{key}:"))
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    lines[index] = f"{indent}{key}: {value}"
    return "\n".join(lines)


@pytest.mark.parametrize(
    "value", ["9" * 5000, "-" + "9" * 5000, "1e308", "1e400", "179" + "0" * 306]
)
def test_an_absurd_number_is_a_positioned_format_error(tmp_path: Path, value: str) -> None:
    maquette = tmp_path / "m.yaml"
    maquette.write_text(with_value("sur_semaines", value), encoding="utf-8")
    _, found = findings(str(maquette))
    schema = [f for f in found if f["code"] == "S001"]
    assert [f["start"]["line"] for f in schema] == [105]  # type: ignore[index]
    assert not any(f["code"] == "X001" for f in found)
    assert all(len(str(f["message"])) < 600 for f in found)


@pytest.mark.parametrize(
    ("key", "inside", "outside"),
    [
        ("cm", "10000", "10000.5"),
        ("ects", "300", "301"),
        ("coefficient", "100", "100.5"),
        ("sur_semaines", "160", "161"),
        ("reunions_par_an", "366", "367"),
        ("membres", "{enseignants: 10000}", "{enseignants: 10001}"),
    ],
)
def test_numeric_bounds_on_both_sides(tmp_path: Path, key: str, inside: str, outside: str) -> None:
    maquette = tmp_path / "m.yaml"
    results = []
    for value in (inside, outside):
        text = (
            with_value(key, value)
            if key != "cm"
            else SEED.replace("{cm: 20,", f"{{cm: {value},", 1)
        )
        maquette.write_text(text, encoding="utf-8")
        _, found = findings(str(maquette))
        results.append([f["code"] for f in found if f["code"] in ("S001", "X001")])
    assert results == [[], ["S001"]]


def test_hours_of_1e308_reach_no_rule_and_the_report_draws(tmp_path: Path) -> None:
    maquette = tmp_path / "m.yaml"
    maquette.write_text(SEED.replace("heures: 120", "heures: 1e308"), encoding="utf-8")
    code, found = findings(str(maquette))
    assert "X001" not in [f["code"] for f in found] and "S001" in [f["code"] for f in found]
    code, _, err = lp_lint("report", str(maquette))
    assert code == 2 and "n'est pas une maquette lisible" in err


def test_a_long_value_is_cut_in_messages(tmp_path: Path) -> None:
    maquette = tmp_path / "m.yaml"
    maquette.write_text(with_value("mention", "x" * 1_000_000), encoding="utf-8")
    _, found = findings(str(maquette))
    assert found and all(len(str(f["message"])) < 600 for f in found)


# -- bad configuration, baselines and packs: exit 2 -------------------------------------------


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "m.yaml").write_text(SEED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (b'tool = "lp-lint"\n', "pyproject.toml:1:1:"),
        (b'[tool]\n"lp-lint" = 3\n', "pyproject.toml:"),
        (b'[tool.lp-lint]\nselect = ["\xff"]\n', "pyproject.toml:2:12:"),
        (b"[tool.lp-lint]\nselect = [1,\n", "pyproject.toml:"),
        (b"[tool.lp-lint]\nx = " + b"9" * 5000 + b"\n", "pyproject.toml:"),
        (b"[tool.lp-lint]\nx = " + b"[" * 100_000 + b"\n", "pyproject.toml:"),
    ],
)
def test_a_broken_pyproject_found_automatically_is_a_usage_error(
    repo: Path, content: bytes, where: str
) -> None:
    (repo / "pyproject.toml").write_bytes(content)
    code, _, err = lp_lint("m.yaml")
    assert code == 2 and where in err and "interne" not in err


def test_a_broken_pyproject_for_another_tool_is_none_of_our_business(repo: Path) -> None:
    (repo / "pyproject.toml").write_bytes(b'tool = "black"\n[x\n\xff')
    assert lp_lint("m.yaml")[0] == 1


@pytest.mark.parametrize(
    "content", ["select: [" + "9" * 5000 + "]\n", "ignore: " + "[" * 100 + "\n", "- 1\n"]
)
def test_a_broken_yaml_configuration_is_a_usage_error(repo: Path, content: str) -> None:
    (repo / ".lp-lint.yaml").write_text(content, encoding="utf-8")
    code, _, err = lp_lint("m.yaml")
    assert code == 2 and ".lp-lint.yaml:1:" in err


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000,
        '{"format": "lp-lint-baseline", "version": 1, "entries": [' + "9" * 5000 + "]}",
        '{"format": "lp-lint-baseline",\n "version": }',
    ],
)
def test_a_hostile_baseline_is_a_usage_error(repo: Path, content: str) -> None:
    (repo / "b.json").write_text(content, encoding="utf-8")
    code, _, err = lp_lint("--isolated", "--baseline", "b.json", "m.yaml")
    assert code == 2 and "b.json" in err and "interne" not in err


@pytest.mark.parametrize("link", ["dangling", "looping"])
@pytest.mark.parametrize("name", ["pack.yaml", "regle.yaml"])
def test_a_pack_with_a_broken_link_is_a_usage_error(repo: Path, link: str, name: str) -> None:
    pack = repo / "packs" / "local"
    pack.mkdir(parents=True)
    if name != "pack.yaml":
        (pack / "pack.yaml").write_text("id: local\n", encoding="utf-8")
    target = pack / "absent.yaml" if link == "dangling" else pack / name
    (pack / name).symlink_to(target)
    code, _, err = lp_lint("--isolated", "--rules", "packs", "m.yaml")
    assert code == 2 and f"{name}:1:1:" in err


def test_a_pack_with_an_absurd_number_is_a_usage_error(repo: Path) -> None:
    pack = repo / "packs" / "local"
    pack.mkdir(parents=True)
    (pack / "pack.yaml").write_text("id: " + "9" * 5000 + "\n", encoding="utf-8")
    code, _, err = lp_lint("--isolated", "--rules", "packs", "m.yaml")
    assert code == 2 and "pack.yaml:1:5:" in err


# -- explain -----------------------------------------------------------------------------------


def test_explain_refuses_an_unknown_reading_and_suggests() -> None:
    code, _, err = lp_lint("explain", "LP104", "--reading", "projet-quart=litteral")
    assert code == 2 and "« litterale »" in err


def test_explain_accepts_a_known_reading() -> None:
    code, out, _ = lp_lint("explain", "LP104", "--reading", "projet-quart=heures-enseignees")
    assert code == 0 and "heures-enseignees` **" in out


# -- output volume -----------------------------------------------------------------------------


def _many(code: str, n: int, severity: Severity = Severity.ERROR, line: int = 1) -> list[Finding]:
    return [Finding("r", code, severity, plain("m"), Span.point(line + i, 1)) for i in range(n)]


@pytest.mark.parametrize(("n", "shown", "left"), [(MAX_PER_RULE, MAX_PER_RULE, 0), (101, 100, 1)])
def test_findings_of_one_rule_are_capped(n: int, shown: int, left: int) -> None:
    capped = cap(_many("LP101", n))
    assert sum(f.code == "LP101" for f in capped) == shown
    notes = [f for f in capped if f.code == "F004"]
    assert len(notes) == (1 if left else 0)
    assert not notes or notes[0].text("en").startswith(f"{left} more findings")


@pytest.mark.parametrize(("extra", "left"), [(0, 0), (1, 1)])
def test_findings_of_one_file_are_capped(extra: int, left: int) -> None:
    findings = [f for index in range(10) for f in _many(f"LP{index:03}", 100)]
    findings += _many("S001", extra, Severity.INFO)
    capped = cap(findings)
    assert len([f for f in capped if f.code != "F004"]) == MAX_PER_FILE
    assert [f.code for f in capped].count("F004") == (1 if left else 0)


def test_the_most_severe_findings_are_kept() -> None:
    findings = _many("W001", MAX_PER_FILE, Severity.WARNING) + _many("E001", 5, line=5000)
    capped = cap(findings)
    assert [f.code for f in capped].count("E001") == 5


def test_a_file_of_empty_ues_gives_a_report_smaller_than_itself(tmp_path: Path) -> None:
    maquette = tmp_path / "m.yaml"
    head = 'version: 1\nformation:\n  mention: X\n  annee_universitaire: "2016-2017"\n'
    maquette.write_text(head + "semestres:\n  - numero: 5\n    ues:\n" + "      - {}\n" * 3000)
    for output_format in ("json", "sarif", "text", "junit", "gitlab", "markdown"):
        code, out, _ = lp_lint("--isolated", "--format", output_format, str(maquette))
        assert code == 1 and "F004" in out
        assert len(out.encode()) < 20 * maquette.stat().st_size, output_format


def test_explain_knows_the_cap_finding() -> None:
    code, out, _ = lp_lint("explain", "F004")
    assert code == 0 and "too-many-findings" in out


def test_a_huge_code_is_quoted_bounded_in_every_finding_key(tmp_path: Path) -> None:
    """A code of 100,000 characters (refused by the format) above 50 empty ECs: each finding's
    key names the UE, so the key is cut, and the report stays small; two long codes stay apart."""
    from lp_lint.run.identity import MAX_NAME, semantic_key

    path = ("semestres", 0, "ues", 0, "ects")
    keys = {
        semantic_key(path, {"semestres": [{"ues": [{"code": code}]}]})
        for code in ("U" * 100_000, "U" * 99_999 + "V")
    }
    assert len(keys) == 2 and all(len(key) < MAX_NAME + 40 for key in keys)
    text = (ROOT / "examples" / "maquettes" / "lp-mrn-2018-2019.yaml").read_text(encoding="utf-8")
    text = text.replace('code: "UE1"', 'code: "' + "U" * 100_000 + '"', 1)
    text = text.replace("        ecs:\n", "        ecs:\n" + "          - {}\n" * 50, 1)
    maquette = tmp_path / "m.yaml"
    maquette.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(run_main, ["--isolated", "--format", "json", str(maquette)])
    assert result.exit_code == 1 and len(result.stdout) < 200_000


def test_a_finding_lists_twenty_related_locations_at_most() -> None:
    from lp_lint.findings import Position
    from lp_lint.run.capping import MAX_RELATED

    spans = tuple(Span(Position(n, 1), Position(n, 2)) for n in range(1, 101))
    finding = Finding("r", "CN301", Severity.WARNING, plain("m"), related=spans)
    [kept] = cap([finding])
    assert kept.related == spans[:MAX_RELATED] and MAX_RELATED == 20
