"""`check --fix`, `--diff` and `--unsafe-fixes`: minimal text edits that keep comments and layout."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from lp_lint.cli.main import main
from lp_lint.findings import Edit, Fix, Position, Span
from lp_lint.reading.fixes import apply_fixes, chosen_fixes
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.validation import shape
from tests.conftest import ROOT

PASSING = (ROOT / "examples" / "maquettes" / "lp-mrn-2018-2019.yaml").read_text(encoding="utf-8")


def _break(text: str) -> str:
    """The passing example with the usual YAML traps written in, and comments beside them."""
    replaced = (
        text.replace('code: "UE1"', "code: 0701  # le code de l'UE")
        .replace("        ects: 9\n", "        ects: 9,0 # neuf crédits\n", 1)
        .replace('code: "UE2"', "code: NO")
    )
    assert replaced.count("0701") == 1 and "9,0" in replaced and "code: NO" in replaced
    return replaced


def _expected(text: str) -> str:
    return (
        text.replace('code: "UE1"', 'code: "0701"  # le code de l\'UE')
        .replace("        ects: 9\n", "        ects: 9.0 # neuf crédits\n", 1)
        .replace('code: "UE2"', 'code: "NO"')
    )


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_fix_then_check_shows_none_of_the_fixed_findings(tmp_path: Path) -> None:
    path = tmp_path / "maquette.yaml"
    path.write_text(_break(PASSING), encoding="utf-8")
    before = invoke("--isolated", "--format", "concise", str(path))
    assert before[0] == 1 and before[1].count("S001") == 3
    assert invoke("--isolated", str(path))[1].endswith("3 constat(s) corrigeable(s) avec --fix\n")
    code, out, err = invoke("check", "--isolated", "--fix", str(path))
    assert "3 correction(s)" in err
    assert code == 0, out
    assert invoke("--isolated", str(path))[0] == 0
    assert path.read_text(encoding="utf-8") == _expected(PASSING)  # comments, order, layout kept
    assert [p.name for p in tmp_path.iterdir()] == ["maquette.yaml"]  # no temporary file left


def test_the_fix_notes_follow_the_configuration_s_language(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".lp-lint.yaml").write_text("lang: en\n", encoding="utf-8")
    path = tmp_path / "maquette.yaml"
    path.write_text(_break(PASSING), encoding="utf-8")
    _, _, err = invoke("check", "--fix", str(path))
    assert "3 fix(es)" in err and "correction" not in err


def test_diff_shows_the_fixes_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "maquette.yaml"
    broken = _break(PASSING)
    path.write_text(broken, encoding="utf-8")
    code, out, _ = invoke("check", "--isolated", "--diff", str(path))
    assert code == 1
    assert "-      - code: 0701  # le code de l'UE" in out
    assert '+      - code: "0701"  # le code de l\'UE' in out
    assert "+        ects: 9.0 # neuf crédits" in out
    assert path.read_text(encoding="utf-8") == broken
    path.write_text(PASSING, encoding="utf-8")
    assert invoke("check", "--isolated", "--diff", str(path)) == (0, "", "")


def test_guessing_fixes_need_unsafe_fixes(tmp_path: Path) -> None:
    path = tmp_path / "maquette.yaml"
    path.write_text(PASSING.replace("coefficient: 2", "coeficient: 2", 1), encoding="utf-8")
    hint = "1 finding(s) fixable with --fix --unsafe-fixes\n"
    assert invoke("--isolated", "--lang", "en", str(path))[1].endswith(hint)
    assert invoke("check", "--isolated", "--fix", str(path))[0] == 1
    assert "coeficient: 2" in path.read_text(encoding="utf-8")
    assert invoke("check", "--isolated", "--fix", "--unsafe-fixes", str(path))[0] == 0
    assert path.read_text(encoding="utf-8") == PASSING


def test_line_endings_and_byte_order_mark_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "maquette.yaml"
    broken = _break(PASSING).replace("\n", "\r\n")
    path.write_bytes(codecs.BOM_UTF8 + broken.encode("utf-8"))
    assert invoke("check", "--isolated", "--fix", str(path))[0] == 0
    expected = _expected(PASSING).replace("\n", "\r\n")
    assert path.read_bytes() == codecs.BOM_UTF8 + expected.encode("utf-8")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_files_keep_their_encoding(tmp_path: Path, codec: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(
        codec, codecs.BOM_UTF32_LE if codec == "utf-32-le" else codecs.BOM_UTF32_BE
    )
    path = tmp_path / "maquette.yaml"
    path.write_bytes(bom + _break(PASSING).encode(codec))
    assert invoke("check", "--isolated", "--fix", str(path))[0] == 0
    assert path.read_bytes() == bom + _expected(PASSING).encode(codec)


def test_a_symbolic_link_is_not_written_through(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.yaml"
    target.write_text(_break(PASSING), encoding="utf-8")
    folder = tmp_path / "repo"
    folder.mkdir()
    (folder / "maquette.yaml").symlink_to(target)
    code, _, err = invoke("check", "--isolated", "--fix", str(folder / "maquette.yaml"))
    assert code == 1 and "lien symbolique" in err
    assert target.read_text(encoding="utf-8") == _break(PASSING)


def test_fix_refuses_standard_input() -> None:
    code, _, err = invoke("check", "--fix", "-")
    assert code == 2 and "entrée standard" in err


def _edit(line: int, start: int, end: int, old: str, new: str) -> Fix:
    span = Span(Position(line, start), Position(line, end))
    return Fix("t", (Edit(span, old, new),), safe=True)


def test_an_edit_whose_text_moved_is_skipped() -> None:
    text = "a: 0701\nb: NO\n"
    fixed, applied = apply_fixes(
        text, [_edit(1, 4, 8, "0701", '"0701"'), _edit(2, 4, 6, "no", '"no"')]
    )
    assert fixed == 'a: "0701"\nb: NO\n' and len(applied) == 1


def test_overlapping_fixes_apply_the_first_only() -> None:
    text = "a: 0701\n"
    first, second = _edit(1, 4, 8, "0701", '"0701"'), _edit(1, 5, 8, "701", "x")
    assert apply_fixes(text, [first, second]) == ('a: "0701"\n', [first])


def test_positions_count_the_file_s_lines() -> None:
    text = "# a\u2028b\ra: NO\n"  # a line separator ends no line, a lone CR does
    assert apply_fixes(text, [_edit(2, 4, 6, "NO", '"NO"')])[0] == '# a\u2028b\ra: "NO"\n'


def test_unsafe_fixes_are_left_out_unless_asked() -> None:
    safe, unsafe = _edit(1, 1, 2, "a", "b"), _edit(1, 1, 2, "a", "b")._replace(safe=False)
    assert chosen_fixes([safe, None, unsafe], unsafe=False) == [safe]
    assert chosen_fixes([safe, None, unsafe], unsafe=True) == [safe, unsafe]


def _fiche(raw: str) -> str:
    return f"version: 1\nformation:\n  mention: M\n  rncp:\n    fiche: {raw}  # n°\n"


def _fixed(text: str) -> str:
    loaded = load_yaml(text)
    _, findings = shape(loaded.data, loaded.source_map)
    return apply_fixes(text, chosen_fixes((f.fix for f in findings), unsafe=False))[0]


_TRAPS = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.from_regex(r"[+-]?0[0-7_]{1,8}", fullmatch=True),
    st.sampled_from(["NO", "no", "Yes", "ON", "off", "y", "N", "true", "False"]),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.from_regex(r"[0-9]{1,2}(:[0-5][0-9]){1,2}", fullmatch=True),
    st.dates().map(lambda day: day.isoformat()).filter(lambda text: len(text) == 10),
)


@given(_TRAPS)
def test_a_code_yaml_would_misread_is_quoted_as_written(raw: str) -> None:
    fixed = _fixed(_fiche(raw))
    assert fixed.endswith("  # n°\n")
    loaded = load_yaml(fixed)
    assert loaded.data["formation"]["rncp"]["fiche"] == raw
    assert shape(loaded.data, loaded.source_map)[1] == []


@given(st.integers(0, 10_000), st.from_regex(r"[0-9]{1,6}", fullmatch=True), st.booleans())
def test_a_decimal_comma_becomes_a_point_unless_it_may_separate_thousands(
    units: int, decimals: str, flow: bool
) -> None:
    """In block style and between braces alike (where YAML alone would split it in two)."""
    text = f"version: 1\nformation:\n  mention: M\n  ects: {units},{decimals}\n"
    if flow:
        text = f"version: 1\nformation: {{mention: M, ects: {units},{decimals}}}\n"
    fixed = _fixed(text)
    if len(decimals) == 3:
        assert fixed == text
    else:
        assert load_yaml(fixed).data["formation"]["ects"] == float(f"{units}.{decimals}")


def test_a_line_separator_in_a_quoted_text_does_not_shift_the_fix() -> None:
    text = 'version: 1\nformation:\n  mention: "a\u2028b"\n  rncp:\n    fiche: 0701  # n°\n'
    assert _fixed(text) == text.replace("0701", '"0701"')
