"""Positions count the file's lines (LF, CRLF, lone CR), whatever else the parser breaks at."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lp_lint.findings import Finding, Severity
from lp_lint.i18n import plain
from lp_lint.reading.lines import LINE_BREAK, MarkMap, split_lines
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.source import span_of_index
from lp_lint.run.pipeline import clamp

BREAKS = st.sampled_from(["\n", "\r\n", "\r"])
YAML11_ONLY = st.sampled_from(["\x85", "\u2028", "\u2029"])


def test_the_three_line_endings_of_yaml() -> None:
    assert split_lines("a\nb\r\nc\rd\u2028e\x85f") == ["a", "b", "c", "d\u2028e\x85f"]


@given(st.lists(st.text(max_size=6) | BREAKS | YAML11_ONLY, max_size=12).map("".join))
def test_lines_split_alike_with_or_without_a_carriage_return(text: str) -> None:
    assert split_lines(text) == LINE_BREAK.split(text)


def test_no_map_when_the_parser_counts_the_file_s_lines() -> None:
    assert MarkMap.for_text("a: 1\r\nb: 2\rc: 3\n") is None
    assert MarkMap.for_text("# a\u2028b\nc: 1\n") is not None


@given(
    st.lists(st.tuples(BREAKS, st.one_of(st.none(), YAML11_ONLY)), min_size=1, max_size=12),
)
def test_every_value_is_placed_on_its_file_line(lines: list[tuple[str, str | None]]) -> None:
    """Key i sits on line i + 1 and column 4, after any line ending and with YAML 1.1-only
    breaks hidden in comments; a finding there is not moved by the clamp."""
    text = ""
    for index, (end, hidden) in enumerate(lines):
        comment = f"  # x{hidden}# y" if hidden else ""
        text += f"k{index}: v{comment}{end}"
    loaded = load_yaml(text)
    hidden_breaks = any(hidden for _, hidden in lines)
    assert [f.code for f in loaded.findings] == (["Y006"] if hidden_breaks else [])  # refused
    for index in range(len(lines)):
        span = loaded.source_map.value_span((f"k{index}",))
        assert span.start == (index + 1, len(f"k{index}: ") + 1)
        finding = Finding("r", "X", Severity.ERROR, plain("m"), span)
        assert clamp([finding], text) == [finding]


@given(st.lists(BREAKS, min_size=1, max_size=8), st.integers(min_value=0, max_value=7))
def test_a_syntax_error_is_placed_on_its_file_line(breaks: list[str], where: int) -> None:
    where = min(where, len(breaks) - 1)
    lines = [f"k{index}: v" for index in range(len(breaks))]
    lines[where] = "k: [1, 2}"
    text = "".join(line + end for line, end in zip(lines, breaks, strict=True))
    [finding] = [f for f in load_yaml(text).findings if f.code != "Y006"]
    assert finding.code == "Y001" and finding.span.start.line == where + 1


def test_a_character_position_counts_lone_carriage_returns() -> None:
    assert span_of_index("a\rb\r\nc\x00", 6).start == (3, 2)
