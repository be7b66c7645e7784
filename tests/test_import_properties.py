"""Whatever a ScoDoc export or a spreadsheet holds, the import is YAML that lints, or a refusal."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lp_lint.importers.common import SourceError
from lp_lint.importers.scodoc import import_scodoc
from lp_lint.importers.tableur import import_tableur
from lp_lint.reading.loader import load_yaml
from tests.conftest import Lint

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# characters XML 1.0 can hold, surrogates aside
xml_text = st.text(
    st.characters(
        blacklist_categories=("Cs",), min_codepoint=0x20, blacklist_characters="\ufffe\uffff"
    ),
    max_size=12,
)
cell = st.one_of(
    st.just(""),
    xml_text,
    st.integers(-5, 400).map(str),
    st.sampled_from(["6,5", "UE", "EC", "stage", "0"]),
)


def checked(text: str, lint: Lint) -> None:
    """The text is YAML lp-lint reads, and linting it never fails inside."""
    assert not load_yaml(text).findings
    report = lint(text)
    assert not report.internal_error
    assert not [f for f in report.findings if f.code in ("X001", "Y001", "Y002", "Y003")]


@SETTINGS
@given(
    formation=st.dictionaries(
        st.sampled_from(["titre", "titre_officiel", "type_parcours"]), xml_text
    ),
    modules=st.lists(
        st.dictionaries(
            st.sampled_from(
                [
                    "code",
                    "titre",
                    "heures_cours",
                    "heures_td",
                    "coefficient",
                    "ects",
                    "semestre_id",
                    "module_type",
                ]
            ),
            cell,
        ),
        max_size=4,
    ),
    ue=st.dictionaries(st.sampled_from(["acronyme", "titre", "ects", "type", "numero"]), cell),
)
def test_any_scodoc_attributes_import_into_a_maquette_that_lints(
    lint: Lint, formation: dict[str, str], modules: list[dict[str, str]], ue: dict[str, str]
) -> None:
    root = ET.Element("formation", formation)
    matiere = ET.SubElement(ET.SubElement(root, "ue", ue), "matiere")
    for attributes in modules:
        ET.SubElement(matiere, "module", attributes)
    checked(import_scodoc(ET.tostring(root, encoding="utf-8"), "f.xml").text(), lint)


@SETTINGS
@given(
    identity=st.lists(
        st.tuples(st.sampled_from(["mention", "ects", "stage_semaines", "x"]), cell), max_size=4
    ),
    rows=st.lists(st.lists(cell, max_size=15), max_size=6),
)
def test_any_csv_imports_into_a_maquette_that_lints_or_is_refused(
    lint: Lint, identity: list[tuple[str, str]], rows: list[list[str]]
) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerows([list(pair) for pair in identity])
    writer.writerow([])
    writer.writerow(
        ["semestre", "type", "code", "intitule", "ects", "coefficient", "cm", "td", "tp"]
    )
    writer.writerows(rows)
    try:
        imported = import_tableur(out.getvalue().encode("utf-8"), "t.csv", ".csv", 10**6)
    except SourceError:
        return
    checked(imported.text(), lint)
