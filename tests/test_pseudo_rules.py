"""lp-lint's own codes (Y…, F…, S…, C…, R…, D…, B…, G…, N…, X…) come from one registry."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from lp_lint import pseudo_rules
from lp_lint.pseudo_rules import PSEUDO_RULES, PseudoRule

PACKAGE = Path(pseudo_rules.__file__).resolve().parent
CODE = re.compile(r"[A-Z][0-9]{3}")


def code_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and CODE.fullmatch(node.value)
    ]


def test_no_module_spells_a_code_of_its_own() -> None:
    registry = Path(pseudo_rules.__file__).resolve()
    strays = [
        f"{path.relative_to(PACKAGE)}:{line}: {value}"
        + ("" if value in PSEUDO_RULES else " (not even in the registry)")
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != registry
        for line, value in code_literals(path)
    ]
    assert strays == []


def test_the_scan_sees_a_literal_code(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('CODE = "Y001"\nTEXT = "Y001 is a code"\n', encoding="utf-8")
    assert code_literals(sample) == [(1, "Y001")]


def test_every_constant_is_registered_once_with_a_unique_code() -> None:
    constants = [v for v in vars(pseudo_rules).values() if isinstance(v, PseudoRule)]
    assert len({c.code for c in constants}) == len(constants) == len(PSEUDO_RULES)
    assert all(CODE.fullmatch(code) for code in PSEUDO_RULES)


def test_configuration_errors_have_their_code_registered() -> None:
    assert PSEUDO_RULES["C001"].title("en") == "Invalid configuration or rule pack"
