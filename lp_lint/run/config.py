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

from lp_lint.findings import Finding, located
from lp_lint.reports import UsageError

YAML_NAME = ".lp-lint.yaml"
PYPROJECT = "pyproject.toml"


class ConfigError(UsageError):
    """A configuration file is invalid: its findings, positioned in the file."""

    def __init__(self, path: Path, findings: list[Finding]) -> None:
        super().__init__(located(str(path), findings))
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
        if pyproject.is_file() and _speaks_to_lp_lint(pyproject):
            return pyproject
        if (candidate / ".git").exists():
            return None
    return None


def _speaks_to_lp_lint(path: Path) -> bool:
    """`_has_tool_section`, once per version of the file: a run looks for the configuration of
    its language before its files, and the cache of `discover_in` is cleared in between."""
    try:
        stat = path.stat()
    except OSError:
        return _has_tool_section(path)
    return _tool_section_of(path, stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=64)
def _tool_section_of(path: Path, size: int, mtime_ns: int) -> bool:
    return _has_tool_section(path)


def _has_tool_section(path: Path) -> bool:
    """Whether a pyproject.toml speaks to lp-lint. One that names lp-lint but cannot be read as
    a `[tool.lp-lint]` table (invalid UTF-8 or TOML, `tool = "lp-lint"`) is found all the same,
    so that reading it reports the problem instead of silently linting without it."""
    from lp_lint.reading.source import read_source

    source = read_source(path)
    if source.text is None:
        return _names_lp_lint(path)
    try:
        return pyproject_table(source.text) is not None
    except (ValueError, TypeError):  # not TOML, or `tool` is not a table
        return "lp-lint" in source.text


def _names_lp_lint(path: Path) -> bool:
    from lp_lint.reading.source import DEFAULT_MAX_BYTES, read_bounded

    try:
        with path.open("rb") as stream:
            return b"lp-lint" in (read_bounded(stream, DEFAULT_MAX_BYTES) or b"lp-lint")
    except OSError:
        return False


def pyproject_table(text: str) -> dict[str, object] | None:
    """The `[tool.lp-lint]` table of a pyproject.toml's text, None when it has none.

    Raises ValueError when the text is not TOML (or nests, or holds a number, beyond what the
    parser takes) and TypeError when `tool` or `tool.lp-lint` is not a table.
    """
    import tomllib

    try:
        document = tomllib.loads(text)
    except RecursionError as error:
        raise ValueError("TOML nested too deeply") from error
    tool = document.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise TypeError("tool")
    table = tool.get("lp-lint")
    if table is not None and not isinstance(table, dict):
        raise TypeError("tool.lp-lint")
    return table
