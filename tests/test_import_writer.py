"""The commented YAML writer: whatever a source holds comes back as the same value."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lp_lint.importers.writer import Bloc, render
from lp_lint.reading.loader import load_yaml

texts = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)
numbers = st.floats(min_value=0, max_value=1e6, allow_nan=False) | st.integers(0, 10**6)


@given(value=texts, comment=texts, note=texts)
def test_any_text_and_any_comment_come_back_unchanged(value: str, comment: str, note: str) -> None:
    root = Bloc().put("version", 1).note(note)
    root.put("formation", Bloc().put("mention", value, comment).absent("parcours", comment))
    loaded = load_yaml(render([note, comment], root))
    assert not loaded.findings
    assert loaded.data == {"version": 1, "formation": {"mention": value}}


@given(hours=st.lists(numbers, min_size=1, max_size=4), code=texts)
def test_numbers_and_lists_of_blocs_come_back_unchanged(hours: list[float], code: str) -> None:
    volume = Bloc(inline=True)
    for name, value in zip(("cm", "td", "tp", "projet"), hours, strict=False):
        volume.put(name, value)
    ec = Bloc().put("code", code, "C3").put("heures", volume, "G3:J3")
    root = Bloc().put("ecs", [ec, Bloc().absent("ects").put("code", None)])
    data = load_yaml(render([], root)).data
    assert data["ecs"][0]["code"] == code
    assert data["ecs"][0]["heures"] == dict(zip(("cm", "td", "tp", "projet"), hours, strict=False))
    assert data["ecs"][1] == {"code": None}


def test_a_bloc_without_values_is_written_as_comments() -> None:
    text = render([], Bloc().put("version", 1).put("stage", Bloc().absent("semaines", "pourquoi")))
    assert text == "version: 1\n# stage:\n  # semaines: à renseigner (pourquoi)\n"
    assert load_yaml(text).data == {"version": 1}
