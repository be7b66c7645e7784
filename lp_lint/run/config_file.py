"""Reading a configuration file and the files it extends (see `config`)."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from lp_lint.findings import Finding, Severity, Span
from lp_lint.i18n import Message, msg, plain, shorten
from lp_lint.pseudo_rules import CONFIG
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.source import read_source
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.reports import git_root
from lp_lint.run.config import PYPROJECT, ConfigError, pyproject_table
from lp_lint.run.config_values import ConfigValues, plain_config


def load(path: Path) -> ConfigValues:
    """Read a configuration file; raises ConfigError with positioned findings. A file is read
    once per version (size and modification time): the editor's server, which lives long,
    sees a configuration change on the next lint."""
    try:
        stat = path.stat()
    except OSError:  # reading it says why
        return _load(path, -1, -1)
    return _load(path, stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=64)
def _load(path: Path, size: int, mtime_ns: int) -> ConfigValues:
    if path.name == PYPROJECT:
        return _load_toml(path)
    source = read_source(path)
    if source.text is None:
        raise ConfigError(path, source.findings)
    loaded = load_yaml(source.text)
    if loaded.findings:
        raise ConfigError(path, loaded.findings)
    config, findings = _validated(loaded.data or {}, loaded.source_map)
    if config is None:
        raise ConfigError(path, findings)
    return config


def _validated(data: object, source_map: SourceMap) -> tuple[ConfigValues | None, list[Finding]]:
    """The values of a configuration; the pydantic model judges (and words the errors of) any
    that `plain_config` cannot vouch for."""
    values = plain_config(data)
    if values is not None:
        return values, []
    from lp_lint.reading.validation import validate
    from lp_lint.run.config_model import ConfigFile

    config, findings = validate(ConfigFile, data, source_map, rule_id="config")
    return (None if config is None else ConfigValues.of(config.model_dump())), findings


MAX_EXTENDS = 16
"""The longest chain of `extend`: deeper is a configuration error, never a long walk."""


def load_chain(path: Path) -> list[tuple[ConfigValues, Path]]:
    """A configuration and the files it extends, the farthest first; raises ConfigError,
    positioned at the `extend` that names a missing file or closes a cycle."""
    chain: list[tuple[ConfigValues, Path]] = []
    current = path
    while True:
        config = load(current)
        chain.append((config, current))
        if config.extend is None:
            return list(reversed(chain))
        target = Path(os.path.normpath(current.parent / config.extend))
        seen = [os.path.realpath(p) for _, p in chain]
        if os.path.realpath(target) in seen:
            names = " → ".join(str(p) for _, p in chain[seen.index(os.path.realpath(target)) :])
            _refuse_extend(current, "cycle", chain=f"{names} → {target}")
        if not target.is_file():
            _refuse_extend(current, "missing", target=str(target))
        if not _inside(target, git_root(path.parent) or path.parent):
            _refuse_extend(current, "outside", target=str(target))
        if len(chain) >= MAX_EXTENDS:
            _refuse_extend(current, "too_deep", limit=MAX_EXTENDS)
        current = target


def _inside(target: Path, folder: Path) -> bool:
    """Whether `target`, links followed, lies in `folder`: a pull request's configuration
    may not make lp-lint read a file outside the repository."""
    real, top = os.path.realpath(target), os.path.realpath(folder)
    return os.path.commonpath([real, top]) == top


def _refuse_extend(path: Path, problem: str, **values: object) -> None:
    text = read_source(path).text or ""
    if path.name == PYPROJECT:
        line, column = _line_of(text, "extend"), 1
    else:
        match = re.search(r"""^["']?extend["']?[ \t]*:[ \t]*""", text, re.MULTILINE)
        line = text.count("\n", 0, match.start()) + 1 if match else 1
        column = match.end() - match.start() + 1 if match else 1
    message = msg(f"config.extend_{problem}", **values)
    raise ConfigError(
        path, [Finding(CONFIG.id, CONFIG.code, Severity.ERROR, message, Span.point(line, column))]
    )


def _load_toml(path: Path) -> ConfigValues:
    source = read_source(path)
    if source.text is None:
        raise ConfigError(path, source.findings)
    text = source.text
    try:
        table = pyproject_table(text) or {}
    except ValueError as error:
        raise ConfigError(path, [_toml_error(str(error))]) from error
    except TypeError as error:
        message = msg("config.not_a_table", key=str(error))
        raise ConfigError(
            path, [_toml_finding(message, _line_of_table(text, str(error)))]
        ) from error
    config, problems = _validated(table, SourceMap())
    if config is None:
        # same wording as for YAML; TOML gives no positions, so each points at its key's line
        findings = [
            _toml_finding(
                plain("[tool.lp-lint] ") + f.message,
                _line_of(text, str(f.path[0]) if f.path else ""),
            )
            for f in problems
        ]
        raise ConfigError(path, findings)
    return config


def _line_of(text: str, key: str) -> int:
    """TOML parsers give no positions: the line where the key is written in the lp-lint table."""
    section = re.search(r"^\[tool\.lp-lint\]", text, re.MULTILINE)
    offset = section.start() if section else 0
    match = (
        re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text[offset:], re.MULTILINE) if key else None
    )
    return text.count("\n", 0, offset + (match.start() if match else 0)) + 1


def _toml_finding(message: Message, line: int) -> Finding:
    return Finding(CONFIG.id, CONFIG.code, Severity.ERROR, message, Span.point(line, 1))


def _toml_error(message: str) -> Finding:
    """tomllib says where in its message only: `... (at line 3, column 7)`."""
    where = re.search(r"at line (\d+), column (\d+)", message)
    line, column = (int(where.group(1)), int(where.group(2))) if where else (1, 1)
    return Finding(
        CONFIG.id, CONFIG.code, Severity.ERROR, plain(shorten(message)), Span.point(line, column)
    )


def _line_of_table(text: str, key: str) -> int:
    """The line where `tool` (or `tool.lp-lint`) is given a value that is not a table."""
    name = re.escape(key).replace(r"\.", r"\s*\.\s*").replace("lp\\-lint", '"?lp-lint"?')
    match = re.search(rf"^\s*{name}\s*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1
