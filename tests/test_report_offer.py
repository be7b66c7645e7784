"""`lp-lint report DIR -o FOLDER`: one page for a whole offer, and one page per maquette."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.outputs.report.offer import page_names
from tests.conftest import ROOT
from tests.test_report import Dom

EXAMPLES = ROOT / "examples" / "maquettes"


def offer(tmp_path: Path) -> Path:
    folder = tmp_path / "offre"
    (folder / "2016").mkdir(parents=True)
    (folder / ".git").mkdir()
    for name in ("lp-mrn-2018-2019.yaml", "lp-web-2023-2024.yaml"):
        shutil.copy(EXAMPLES / name, folder / name)
    shutil.copy(EXAMPLES / "lp-mrn-2016-2017.yaml", folder / "2016" / "lp-mrn.yaml")
    (folder / "casse.yaml").write_text("version: 1\nformation: [\n", encoding="utf-8")
    (folder / "notes.yaml").write_text("titre: pas une maquette\n", encoding="utf-8")
    return folder


def write(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["report", *map(str, args)])
    return result.exit_code, result.stderr


def test_an_index_and_a_page_per_maquette(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    code, err = write(offer(tmp_path), "-o", out)
    assert code == 0 and "4 page(s)" in err
    assert sorted(p.name for p in out.iterdir()) == [
        "2016--lp-mrn.html",
        "index.html",
        "lp-mrn-2018-2019.html",
        "lp-web-2023-2024.html",
    ]
    dom = Dom((out / "index.html").read_text(encoding="utf-8"))
    links = [a["href"] for a, _ in dom.find("a")]
    assert sorted(links) == ["2016--lp-mrn.html", "lp-mrn-2018-2019.html", "lp-web-2023-2024.html"]
    assert all((out / link).is_file() for link in links)
    rows = {a["data-verdict"]: text for a, text in dom.find("tr") if "data-verdict" in a}
    assert set(rows) == {"fail", "pass", "broken"}
    assert "2016/lp-mrn.yaml" in rows["fail"] and "lp-1999" in rows["fail"]
    assert "LP104 21,8\u202f% ✗" in rows["fail"] and "✖ 3 ▲ 5 ? 3" in rows["fail"]
    assert "casse.yaml" in rows["broken"] and "Illisible" in rows["broken"]
    assert "4 maquette(s) — Non conforme : 1; Conforme : 2; Illisible : 1" in dom.text()
    web = next(text for _, text in dom.find("tr") if "lp-web" in text)
    assert "lp-2019" in web and "LP202 40\u202f% ✓" in web
    assert (out / "2016--lp-mrn.html").read_text(encoding="utf-8").count('data-verdict="fail"') == 1


def test_each_maquette_judged_with_its_own_configuration(tmp_path: Path) -> None:
    folder = offer(tmp_path)
    (folder / "2016" / ".lp-lint.yaml").write_text("ignore: [LP1, CN3]\n", encoding="utf-8")
    out = tmp_path / "pages"
    assert write(folder, "-o", out)[0] == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    row = next(r for r in re.findall(r"<tr.*?</tr>", index) if "2016/lp-mrn" in r)
    assert 'data-verdict="unsure"' in row and "LP104" not in row


def test_markdown_and_english(tmp_path: Path) -> None:
    out = tmp_path / "md"
    assert write(offer(tmp_path), "-o", out, "--format", "md", "--lang", "en")[0] == 0
    index = (out / "index.md").read_text(encoding="utf-8")
    assert index.startswith("# Programme offer: offre")
    assert "[2016/lp-mrn.yaml](2016--lp-mrn.md)" in index and "✖ Not compliant" in index
    assert (out / "2016--lp-mrn.md").read_text(encoding="utf-8").startswith("# Maquette: Commerce")


def test_a_folder_needs_an_output_folder(tmp_path: Path) -> None:
    code, err = write(offer(tmp_path))
    assert code == 2 and "-o DOSSIER" in err
    (tmp_path / "f.html").write_text("", encoding="utf-8")
    assert write(offer(tmp_path / "b"), "-o", tmp_path / "f.html")[0] == 2


def test_page_names_are_safe_and_distinct(tmp_path: Path) -> None:
    paths = [str(tmp_path / p) for p in ("a/b.yaml", "a--b.yaml", "é t/<x>.yml", "../up.yaml")]
    names = page_names(paths, tmp_path, ".html")
    assert len(set(names.values())) == 4 and "index.html" not in names.values()
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+\.html", n) for n in names.values())
    assert names[paths[0]] == "a--b.html" and names[paths[1]] == "a--b-2.html"
