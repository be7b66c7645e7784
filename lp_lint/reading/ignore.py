"""Which files a directory walk leaves out: `--exclude` globs and `.gitignore` files.

Both use gitignore's syntax (`archives/`, `*.brouillon.yaml`, `/ancien`, `!garder.yaml`), read
by pathspec. A `.gitignore` is read from the file system, without starting git: those of the
folders from the repository root (the folder holding `.git`) down to each folder walked, and
`.git/info/exclude`; a deeper file's patterns come later and win, as in git. Exclude globs are
relative to the folder of the configuration that gives them (the working directory for
`--exclude`). The files are untrusted: only regular files are read (a link is not followed,
as git does not), each up to a bound, and a pattern pathspec cannot read is skipped.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

GITIGNORE = ".gitignore"
MAX_BYTES = 256 * 1024
MAX_PATTERN_CHARS = 1000


class Ignored:
    """Answers "is this path left out?" for one walk; learns `.gitignore` files as it descends."""

    def __init__(
        self, root: Path, excludes: Iterable[tuple[Path, str]], respect_gitignore: bool
    ) -> None:
        by_folder: dict[Path, list[str]] = {}
        for folder, pattern in excludes:
            by_folder.setdefault(Path(folder).absolute(), []).append(pattern)
        self.excludes = [(folder, _spec(_readable(p))) for folder, p in by_folder.items()]
        self.respect_gitignore = respect_gitignore
        self.base = Path(root).absolute()
        self.patterns: list[str] = []
        self.spec: Any = None
        if respect_gitignore:
            self._start(self.base)

    def _start(self, root: Path) -> None:
        """The `.gitignore` files above the walk's root, from the repository root down."""
        above = [root, *root.parents]
        top = next((folder for folder in above if (folder / ".git").exists()), None)
        if top is None:
            return
        self.base = top
        self._learn(top / ".git" / "info" / "exclude", top)
        for folder in reversed(above[1 : above.index(top) + 1]):
            self._learn(folder / GITIGNORE, folder)

    def enter(self, folder: Path) -> None:
        """Read `folder`'s own `.gitignore`, before its entries are judged."""
        if self.respect_gitignore:
            self._learn(Path(folder).absolute() / GITIGNORE, Path(folder).absolute())

    def __call__(self, path: Path, is_dir: bool) -> bool:
        absolute = Path(path).absolute()
        for folder, spec in self.excludes:
            if spec is not None and _matches(spec, absolute, folder, is_dir):
                return True
        return self.spec is not None and _matches(self.spec, absolute, self.base, is_dir)

    def _learn(self, gitignore: Path, folder: Path) -> None:
        lines = _read_lines(gitignore)
        if not lines or (folder != self.base and self.base not in folder.parents):
            return
        prefix = folder.relative_to(self.base).as_posix() if folder != self.base else ""
        self.patterns += _readable([_rebased(line, prefix) for line in lines])
        self.spec = _spec(self.patterns)


def _matches(spec: Any, path: Path, folder: Path, is_dir: bool) -> bool:
    try:
        relative = path.relative_to(folder).as_posix()
    except ValueError:
        return False
    if relative == ".":  # the folder the patterns are relative to is never one of its entries
        return False
    return bool(spec.match_file(relative + "/" if is_dir else relative))


def _read_lines(path: Path) -> list[str]:
    """A regular file's lines, as git reads them: a link is not followed (it could lead to a
    FIFO that never ends, or out of the repository), and reading stops at MAX_BYTES."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return []
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES)
    except OSError:  # absent, a folder, unreadable: nothing to learn
        return []
    text = data.decode("utf-8", "replace")
    return [
        line.rstrip("\r")
        for line in text.split("\n")
        if line.strip() and not line.startswith("#") and len(line) <= MAX_PATTERN_CHARS
    ]


def _rebased(line: str, prefix: str) -> str:
    """A pattern of the `.gitignore` in folder `prefix`, written from the walk's base."""
    if not prefix:
        return line
    negated = line.startswith("!")
    body = line[1:] if negated else line
    anchored = "/" in body.rstrip().rstrip("/")
    body = f"{prefix}/{body.lstrip('/')}" if anchored else f"{prefix}/**/{body}"
    return ("!" if negated else "") + body


def _readable(patterns: list[str]) -> list[str]:
    """The patterns pathspec can read (a malformed line of an untrusted file is left out)."""
    from pathspec import GitIgnoreSpec

    kept = []
    for pattern in patterns:
        try:
            GitIgnoreSpec.from_lines([pattern])
        except (ValueError, TypeError):
            continue
        kept.append(pattern)
    return kept


def _spec(patterns: list[str]) -> Any:
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(patterns) if patterns else None
