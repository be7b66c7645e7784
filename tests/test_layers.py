"""The package's layers: each module imports only from its own layer or the ones below it.

read → validate → model → programme → rules → run → outputs → importers → server/cli, with the
finding and report types at the bottom. README's "Modules" section describes the same order.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "lp_lint"

LAYERS = [
    {
        "findings",
        "i18n",
        "catalogue",
        "suggest",
        "reports",
        "pseudo_rules",
        "text_safety",
        "__init__",
    },
    {"model"},
    {"reading"},
    {"files"},
    {"programme"},
    {"rules"},
    {"run"},
    {"outputs"},
    {"importers", "docgen"},
    {"server", "cli", "api", "__main__"},
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def layer_of(dotted: str) -> str:
    """`lp_lint.rules.engine` → `rules`; `lp_lint` itself → `__init__`."""
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(tree: ast.Module) -> list[str]:
    """Modules of lp_lint imported at run time (imports for type checking only are left out)."""
    skipped = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")
        for child in ast.walk(node)
    }
    names: list[str] = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lp_lint"):
            if node.module == "lp_lint":
                names.extend(f"lp_lint.{alias.name}" for alias in node.names)
            else:
                names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(a.name for a in node.names if a.name.startswith("lp_lint"))
    return names


def upward_imports() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        own = RANK[layer_of(name)] if name != "lp_lint" else 0
        for target in imported(ast.parse(path.read_text(encoding="utf-8"))):
            if target == "lp_lint.__version__":
                continue
            if RANK.get(layer_of(target), 0) > own:
                found.append(f"{name} → {target}")
    return found


def test_every_module_belongs_to_a_layer() -> None:
    unknown = {layer_of(module_name(p)) for p in PACKAGE.rglob("*.py")} - set(RANK)
    assert not unknown, f"add these to a layer in tests/test_layers.py: {sorted(unknown)}"


def test_no_module_imports_from_a_layer_above_it() -> None:
    assert upward_imports() == []


def test_the_check_sees_an_upward_import() -> None:
    tree = ast.parse("from lp_lint.cli.main import run\nfrom lp_lint.findings import Finding\n")
    assert imported(tree) == ["lp_lint.cli.main", "lp_lint.findings"]
    typing_only = ast.parse("if TYPE_CHECKING:\n    from lp_lint.cli.main import run\n")
    assert imported(typing_only) == []
