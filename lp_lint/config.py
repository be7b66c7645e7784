"""Configuration: `.lp-lint.yaml`, or `[tool.lp-lint]` in `pyproject.toml`, found by walking up
from each linted file to the repository root (the folder holding `.git`).

A configuration is data only: it selects and ignores rules, changes severities, adds rule-pack
folders (read as data, never run), chooses readings and adds accepted mentions. Unknown keys and
unknown rule names are positioned errors (exit code 2), since pull requests may change them.
Its model and reader live in `config_file`, imported only when a file is found.
"""

from __future__ import annotations

import functools
from pathlib import Path

from lp_lint.findings import Finding

YAML_NAME = ".lp-lint.yaml"
PYPROJECT = "pyproject.toml"


class ConfigError(Exception):
    """A configuration file is invalid: its findings, positioned in the file."""

    def __init__(self, path: Path, findings: list[Finding]) -> None:
        super().__init__(
            "\n".join(
                f"{path}:{f.span.start.line}:{f.span.start.column}: {f.message}" for f in findings
            )
        )
        self.path = path
        self.findings = findings


def discover(start: Path) -> Path | None:
    """The nearest `.lp-lint.yaml` or `pyproject.toml` with `[tool.lp-lint]`, up to the git root."""
    folder = start.resolve()
    return discover_in(folder if folder.is_dir() else folder.parent)


@functools.lru_cache(maxsize=256)
def discover_in(folder: Path) -> Path | None:
    """`discover` for a folder, remembered: a batch has many files per folder."""
    for candidate in (folder, *folder.parents):
        if (candidate / YAML_NAME).is_file():
            return candidate / YAML_NAME
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
        if (candidate / ".git").exists():
            return None
    return None


def _has_tool_section(path: Path) -> bool:
    import tomllib

    try:
        return "lp-lint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
