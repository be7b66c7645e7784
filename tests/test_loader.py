"""Positioned, safe loading: spans, duplicates, tags, aliases, limits, encodings."""

from __future__ import annotations

import codecs
from pathlib import Path

from lp_lint.findings import Position, Span
from lp_lint.reading.loader import Limits, load_yaml
from lp_lint.reading.scalars import AmbiguousScalar
from lp_lint.reading.source import decode_bytes


def test_value_and_key_spans_are_one_based_and_exact() -> None:
    loaded = load_yaml("a:\n  bé: 12\n  c: [1, 2]\n")
    assert loaded.source_map.key_span(("a", "bé")) == Span(Position(2, 3), Position(2, 5))
    assert loaded.source_map.value_span(("a", "bé")) == Span(Position(2, 7), Position(2, 9))
    assert loaded.source_map.value_span(("a", "c", 1)) == Span(Position(3, 10), Position(3, 11))


def test_columns_count_characters_after_accents() -> None:
    loaded = load_yaml('intitulé: "Économie é"\nx: 1\n')
    assert loaded.source_map.value_span(("intitulé",)).start == Position(1, 11)
    assert loaded.source_map.value_span(("intitulé",)).end == Position(1, 23)


def test_unknown_path_resolves_to_closest_ancestor() -> None:
    loaded = load_yaml("a:\n  b: 1\n")
    assert loaded.source_map.value_span(("a", "zz", 3)) == loaded.source_map.value_span(("a",))


def test_duplicate_key_is_reported_at_second_and_first_kept() -> None:
    loaded = load_yaml("a: 1\nb: 2\na: 3\n")
    assert loaded.data == {"a": 1, "b": 2}
    [finding] = loaded.findings
    assert finding.rule_id == "yaml-duplicate-key"
    assert finding.span.start == Position(3, 1)
    assert "ligne 1" in finding.text("fr")


def test_python_tag_is_refused_and_never_executed(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    text = f"a: !!python/object/apply:os.system ['touch {target}']\n"
    loaded = load_yaml(text)
    assert not target.exists()
    assert [f.rule_id for f in loaded.findings] == ["yaml-tag"]
    assert loaded.findings[0].span.start == Position(1, 4)


def test_standard_tags_are_honoured() -> None:
    loaded = load_yaml("code: !!str 0701\nn: !!float 3\n")
    assert loaded.data == {"code": "0701", "n": 3.0}
    assert not loaded.findings


def test_syntax_error_is_positioned_and_in_french() -> None:
    loaded = load_yaml("a: 1\nb: x: y\n")
    [finding] = loaded.findings
    assert finding.rule_id == "yaml-syntax"
    assert finding.span.start == Position(2, 5)
    assert "guillemets" in finding.text("fr")
    assert loaded.data is None


def test_tab_indentation_is_explained() -> None:
    loaded = load_yaml("a:\n\tb: 1\n")
    assert loaded.findings[0].rule_id == "yaml-syntax"
    assert "tabulation" in loaded.findings[0].text("fr")
    assert loaded.findings[0].span.start == Position(2, 1)


def test_billion_laughs_is_capped_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    loaded = load_yaml("\n".join(lines) + "\n", Limits(max_nodes=100_000))
    assert [f.rule_id for f in loaded.findings] == ["yaml-limit"]
    assert loaded.data is None


def test_deep_nesting_is_capped_without_recursion_error() -> None:
    loaded = load_yaml("[" * 200 + "]" * 200, Limits(max_depth=64))
    assert [f.rule_id for f in loaded.findings] == ["yaml-limit"]
    assert loaded.findings[0].span.start == Position(1, 65)
    # far deeper than any limit: refused by the parser or the cap, never a crash
    loaded = load_yaml("[" * 100_000 + "]" * 100_000)
    assert loaded.data is None and loaded.findings[0].rule_id in ("yaml-limit", "yaml-syntax")


def test_anchors_aliases_and_merge_keys() -> None:
    text = "base: &b\n  x: 1\n  y: 2\nue:\n  <<: *b\n  y: 3\n"
    loaded = load_yaml(text)
    assert loaded.data["ue"] == {"y": 3, "x": 1}
    assert not loaded.findings
    # a merged value points at its anchor's text
    assert loaded.source_map.value_span(("ue", "x")).start == Position(2, 6)


def test_second_document_is_reported() -> None:
    loaded = load_yaml("a: 1\n---\na: 2\n")
    assert loaded.data == {"a": 1}
    assert [f.rule_id for f in loaded.findings] == ["yaml-multi-document"]
    assert loaded.findings[0].span.start.line == 2


def test_plain_scalars_that_yaml_would_misread() -> None:
    loaded = load_yaml("a: 0701\nb: NO\nc: 12:30\nd: 1.10\ne: 6,5\nf: 2019-05-12\n")
    data = loaded.data
    assert data["a"] == AmbiguousScalar("0701", "leading-zero")
    assert data["b"] == AmbiguousScalar("NO", "yaml11-bool")
    assert data["c"] == AmbiguousScalar("12:30", "yaml11-number")
    assert data["d"] == 1.1 and loaded.source_map.raw(("d",)) == "1.10"
    assert data["e"] == "6,5"
    assert str(data["f"]) == "2019-05-12"


def test_utf8_bom_and_utf16_are_decoded() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + "a: é\n".encode()).text == "a: é\n"
    assert decode_bytes("a: é\n".encode("utf-16")).text == "a: é\n"


def test_invalid_utf8_is_positioned() -> None:
    source = decode_bytes(b"a: 1\nb: \xff\n")
    assert source.text is None
    [finding] = source.findings
    assert finding.rule_id == "encoding"
    assert finding.span.start == Position(2, 4)


def test_nul_byte_is_refused() -> None:
    source = decode_bytes(b"a: 1\x00\n")
    assert source.text is None and source.findings[0].span.start == Position(1, 5)


def test_crlf_line_ends_keep_positions() -> None:
    loaded = load_yaml("a: 1\r\nb: 2\r\n")
    assert loaded.source_map.value_span(("b",)).start == Position(2, 4)
