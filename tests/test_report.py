"""`lp-lint report`: the one-page summary, read as a DOM without a browser, and rendered in a
real headless browser (screen and print widths, and to PDF)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from lp_lint import __version__
from lp_lint.cli.main import main
from lp_lint.findings import Finding, Severity
from lp_lint.i18n import plain
from lp_lint.outputs.report.facts import verdict
from lp_lint.reports import FileReport
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples" / "maquettes"
SEED = str(EXAMPLES / "lp-mrn-2016-2017.yaml")
WEB = str(EXAMPLES / "lp-web-2023-2024.yaml")
PASSING = str(EXAMPLES / "lp-mrn-2018-2019.yaml")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium on this machine (.ci/run installs Debian's chromium where it can)")


def page(*args: str) -> str:
    result = CliRunner().invoke(main, ["report", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def render(tmp_path: Path, *args: str) -> Path:
    target = tmp_path / "rapport.html"
    result = CliRunner().invoke(main, ["report", SEED, "-o", str(target), *args])
    assert result.exit_code == 0, result.output
    return target


class Dom(HTMLParser):
    """Elements as (tag, attributes, text inside), in document order; text of the body alone."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []
        self.open: list[list[str]] = []
        self.body_text: list[str] = []
        self.in_body = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_body = self.in_body or tag == "body"
        text: list[str] = []
        self.elements.append((tag, {k: v or "" for k, v in attrs}, text))
        if tag not in ("br", "meta", "line", "rect"):
            self.open.append(text)

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("br", "meta", "line", "rect") and self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for text in self.open:
            text.append(data)
        if self.in_body:
            self.body_text.append(data)

    def find(self, tag: str, **attrs: str) -> list[tuple[dict[str, str], str]]:
        return [
            (a, _squeeze(" ".join(t)))
            for name, a, t in self.elements
            if name == tag
            and all(a.get(k.rstrip("_").replace("_", "-")) == v for k, v in attrs.items())
        ]

    def text(self) -> str:
        return _squeeze(" ".join(self.body_text))


def _squeeze(text: str) -> str:
    """Runs of ASCII white space as one space (French number spaces are kept)."""
    return re.sub(r"[ \t\n]+", " ", text).strip()


def test_the_page_is_self_contained() -> None:
    html = page(SEED)
    assert "<script" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert "Projet tuteuré et missions en entreprise" in html
    assert 'href="https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000397481"' in html
    assert re.search(r'data-label="TD" x="330" y="\d+" width="300"', html)  # longest: full width


def test_verdict_and_counts_come_first() -> None:
    dom = Dom(page(SEED))
    first = next(a for tag, a, _ in dom.elements if tag == "section")
    assert first["data-verdict"] == "fail"
    assert dom.text().startswith(
        "✖ Non conforme au moins une erreur au regard des textes appliqués "
        "✖ 3 erreur(s) ▲ 5 avertissement(s) ? 3 règle(s) non vérifiée(s)"
    )
    assert Dom(page(PASSING)).find("section", data_verdict="pass")


def test_a_draft_is_never_called_compliant(tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.yaml"
    draft.write_text(
        "version: 1\nformation:\n  mention: Commerce\n  annee_universitaire: '2024-2025'\n",
        encoding="utf-8",
    )
    dom = Dom(page(str(draft)))
    assert dom.find("section", data_verdict="unsure")
    assert "Conformité non établie" in dom.text() and "Conforme" not in dom.text().replace(
        "Conformité", ""
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(Severity)), st.sampled_from(["D001", "LP104"]), st.booleans()
        ),
        max_size=6,
    ),
    st.booleans(),
)
def test_compliant_only_without_errors_or_unchecked_rules(
    findings: list[tuple[Severity, str, bool]], internal: bool
) -> None:
    report = FileReport(
        "m.yaml",
        [Finding("r", code, s, plain(""), waived_by="d" if w else None) for s, code, w in findings],
        internal_error=internal,
        rules_applied=True,
    )
    blocking = any(not w and (s == Severity.ERROR or code == "D001") for s, code, w in findings)
    assert (verdict(report).key == "pass") is (not blocking and not internal)


def test_severity_is_said_in_words_and_shapes_not_only_colour() -> None:
    dom = Dom(page(SEED))
    badges = dom.find("span")
    assert badges and all(
        re.fullmatch(r"(✖ erreur|▲ avertissement|● info)", text) for _, text in badges
    )
    headings = [text for _, text in dom.find("h3")]
    assert headings[:3] == ["✖ Erreurs (3)", "▲ Avertissements (5)", "● Informations (0)"]


def test_findings_grouped_by_severity_as_check_finds_them() -> None:
    result = CliRunner().invoke(main, ["check", "--format", "json", SEED])
    expected: dict[str, set[str]] = {"error": set(), "warning": set()}
    for finding in json.loads(result.stdout)["files"][0]["findings"]:
        expected.get(finding["severity"], set()).add(finding["code"])
    assert expected["error"] == {"LP101", "LP102", "LP104"}
    dom = Dom(page(SEED))
    for label, codes in expected.items():
        [(_, table)] = dom.find("table", class_=f"findings {label}")
        assert set(re.findall(r"\b[A-Z]{2}\d{3}\b", table)) == codes


def test_what_could_not_be_checked_is_listed() -> None:
    text = Dom(page(SEED)).text()
    assert "? Ce qui n'a pas pu être vérifié (3)" in text
    for code in ("LP108", "LP109", "LP114"):
        assert f"{code} (" in text.split("Ce qui n'a pas pu être vérifié")[1]


def charts(html: str) -> dict[str, tuple[str, list[float]]]:
    """Rule code → (status, threshold values) of each threshold chart."""
    found = {}
    for svg in re.findall(r'<svg [^>]*class="chart".*?</svg>', html):
        code, status = re.search(r'data-code="([^"]+)" data-status="([^"]+)"', svg).groups()
        found[code] = (status, [float(v) for v in re.findall(r'data-value="([^"]+)"', svg)])
    return found


def test_the_thresholds_of_the_regime_judged() -> None:
    assert charts(page(SEED)) == {
        "LP103": ("pass", [12, 16]),
        "LP104": ("fail", [0.25]),
        "LP107": ("pass", [0.25]),
    }
    web = charts(page(WEB))
    assert set(web) == {"LP201", "LP202", "LP210", "LP211", "LP212"}  # no 1999 quarter
    assert web["LP202"][1] == [pytest.approx(1 / 3)] and web["LP210"][1] == [12, 16]
    assert "seuil ≥ 33,3\u202f%" in page(WEB)


def test_bars_coloured_by_outcome_and_said_in_words() -> None:
    html = page(SEED)
    assert re.search(r'data-code="LP104" data-status="fail" [^>]* fill="#c62828"', html)
    assert re.search(r'data-code="LP107" data-status="pass" [^>]* fill="#2e7d32"', html)
    assert "21,8\u202f% ✗ non respecté" in html and "46\u202f% ✓ respecté" in html


def test_a_chart_follows_the_reading_and_the_selection() -> None:
    assert charts(page(SEED, "--reading", "LP104=heures-enseignees"))["LP104"][0] == "pass"
    assert "LP104" not in charts(page(SEED, "--ignore", "LP104"))


def test_footer_gives_date_version_and_texts() -> None:
    footer = Dom(page(SEED, "--reading", "LP107=avec-projet")).find("footer")[0][1]
    assert f"le {dt.date.today().isoformat()} par lp-lint {__version__}" in footer
    assert "Arrêté du 17 novembre 1999 relatif à la licence professionnelle" in footer
    assert "Arrêté du 6 décembre 2019" not in footer
    assert "LP107=avec-projet" in footer


FRENCH_LABELS = (
    "Constats",
    "Semestres",
    "Heures",
    "seuil",
    "respecté",
    "erreur",
    "avertissement",
    "Produit le",
    "établissement",
    "année",
    "intitulé",
    "Textes appliqués",
    "aucun",
    "ligne",
)


def test_every_label_in_english() -> None:
    dom = Dom(page(SEED, "--lang", "en"))
    data = Path(SEED).read_text(encoding="utf-8")
    labels = " ".join(
        text
        for tag in ("h2", "h3", "th", "span", "section", "footer", "text", "title")
        for _, text in dom.find(tag)
    )
    for word in FRENCH_LABELS:
        if word not in data:  # a French value from the maquette may stay French
            assert word not in labels, word
    assert "✖ Not compliant" in labels and "threshold ≥ 25%" in labels
    assert "Produced on" in labels and "✗ not met" in labels


def test_markdown_page() -> None:
    out = page("--format", "md", SEED)
    assert out.startswith("# Maquette : Commerce\n\n**✖ Non conforme**")
    assert (
        "| S6 · UE5 | Projet tuteuré et missions en entreprise | 18 | 3 | 0 | 0 | 0 | 0 | 0 | 120 |"
        in out
    )
    assert "\\(seuil ≥ 25\u202f%\\) : **21,8\u202f%** ✗ non respecté" in out  # escaped text
    assert out.index("### ✖ Erreurs (3)") < out.index("### ▲ Avertissements (5)")
    assert "## ? Ce qui n'a pas pu être vérifié (3)" in out


def test_unknown_hours_shown_as_unknown(tmp_path: Path) -> None:
    text = Path(PASSING).read_text(encoding="utf-8").replace("heures: {td: 30}, ", "", 1)
    draft = tmp_path / "d.yaml"
    draft.write_text(text, encoding="utf-8")
    out = page("--format", "md", str(draft))
    assert re.search(r"\| S5 · UE1 \| [^|]+ \| 9 \| 2 \| \? \| \? \| \? \| \? \|", out)
    assert "- TD : ? h" in out


def test_a_folder_as_output_for_one_page_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["report", SEED, "-o", str(tmp_path)])
    assert result.exit_code == 2 and "dossier" in result.stderr


def browse(browser: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={tmp_path / 'profil'}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_the_page_renders_in_a_headless_browser(tmp_path: Path) -> None:
    browser = chromium()
    target = render(tmp_path)
    for width, name in ((1000, "screen.png"), (794, "print.png")):  # 794 px: A4 at 96 dpi
        shot = tmp_path / name
        result = browse(
            browser,
            tmp_path,
            f"--window-size={width},2400",
            f"--screenshot={shot}",
            target.as_uri(),
        )
        assert result.returncode == 0, result.stderr
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    pdf = tmp_path / "page.pdf"
    result = browse(
        browser, tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", target.as_uri()
    )
    assert result.returncode == 0 and pdf.read_bytes()[:5] == b"%PDF-"
    dom = browse(browser, tmp_path, "--dump-dom", target.as_uri())
    assert dom.returncode == 0 and "Uncaught" not in dom.stderr
    labels = re.findall(r'<rect class="bar" data-label="([^"]+)"', dom.stdout)
    assert labels == ["CM", "TD", "TP", "C/TD", "sans type", "projet"]
    assert set(charts(dom.stdout)) == {"LP103", "LP104", "LP107"}
    assert '<section class="verdict fail" data-verdict="fail">' in dom.stdout
