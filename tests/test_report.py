"""`lp-lint report`: the one-page summary, checked in a real headless browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from lp_lint.cli import main
from tests.conftest import ROOT

SEED = str(ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml")
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


def render(tmp_path: Path, *args: str) -> Path:
    page = tmp_path / "rapport.html"
    result = CliRunner().invoke(main, ["report", SEED, "-o", str(page), *args])
    assert result.exit_code == 0, result.output
    return page


def test_html_report_has_the_programme_its_charts_and_findings(tmp_path: Path) -> None:
    html = render(tmp_path).read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert html.count('<rect class="bar"') == 7  # CM, TD, TP, projet; two shares and the stage
    assert "Projet tuteuré et missions en entreprise" in html
    assert 'href="https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000397481"' in html
    assert re.search(
        r'data-label="TD" x="330" y="\d+" width="300"', html
    )  # the longest bar is full width


def test_markdown_report() -> None:
    out = CliRunner().invoke(main, ["report", "--format", "md", SEED]).stdout
    assert out.startswith("# Maquette : Commerce")
    assert (
        "| S6 · UE5 | Projet tuteuré et missions en entreprise | 18 | 3 | 0 | 0 | 0 | 120 |" in out
    )
    assert "- projet / volume hors stage (seuil 25 %) : **21,8\u202f%**" in out


def test_the_page_renders_in_a_headless_browser(tmp_path: Path) -> None:
    browser = chromium()
    page = render(tmp_path)
    profile = tmp_path / "profil"
    shot = tmp_path / "page.png"
    result = subprocess.run(
        [
            browser,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=1000,1800",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    dom = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}-dom", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert dom.returncode == 0 and "Uncaught" not in dom.stderr
    labels = re.findall(r'<rect class="bar" data-label="([^"]+)"', dom.stdout)
    assert labels[:4] == ["CM", "TD", "TP", "projet"] and len(labels) == 7
