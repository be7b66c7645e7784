"""Which files a run reads, and the settings that apply to each (its configuration file)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from lp_lint.i18n import Lang, tr
from lp_lint.reading.detect import is_maquette, walk
from lp_lint.reading.ignore import Ignored
from lp_lint.reading.source import DEFAULT_MAX_BYTES
from lp_lint.reports import UsageError, git_root
from lp_lint.run import config
from lp_lint.run.options import Options, merge


def options_for(path: Path, options: Options, given: frozenset[str], isolated: bool) -> Options:
    if isolated:
        return options
    found = options.config_path if "config_path" in given else config.discover(path)
    if found is None:
        return options
    from lp_lint.run.config_file import load_chain

    try:
        return merge(options, given, load_chain(found))
    except config.ConfigError as error:
        raise UsageError(error.message) from error


def reader_lang(
    paths: Iterable[str], options: Options, given: frozenset[str], isolated: bool
) -> Lang:
    """The language of a run's own words (labels, summary, notes): `--lang`, else the `lang`
    of the configuration of the first path, else the environment's."""
    first = next(iter(paths), None)
    if "lang" in given or isolated or first is None:
        return options.lang
    try:
        return options_for(Path(first), options, given, isolated).lang
    except UsageError:  # a broken configuration is reported when the files are read
        return options.lang


def config_chain(path: Path, options: Options, given: frozenset[str], isolated: bool) -> list[Path]:
    """The configuration files that apply to `path`, the extended ones first."""
    if isolated:
        return []
    found = options.config_path if "config_path" in given else config.discover(path)
    if found is None:
        return []
    from lp_lint.run.config_file import load_chain

    try:
        return [file for _, file in load_chain(found)]
    except config.ConfigError as error:
        raise UsageError(error.message) from error


def project_root(options: Options, given: frozenset[str], isolated: bool) -> Path:
    """The folder machine-readable outputs write paths relative to: the git root above the
    working directory, else the configuration file's folder (the one imposed, or found from the
    working directory), else the working directory."""
    here = Path.cwd()
    found = git_root(here)
    if found is not None:
        return found
    if "config_path" in given and options.config_path is not None:
        return Path(os.path.abspath(options.config_path)).parent
    config_file = None if isolated else config.discover(here)
    return config_file.parent if config_file is not None else here


def files_to_lint(
    paths: Iterable[str],
    options: Options,
    given: frozenset[str] = frozenset(),
    isolated: bool = False,
    only_maquettes: bool = False,
) -> Iterator[Path]:
    """`discover`, each folder walked with the `exclude` and `.gitignore` choices of the
    configuration found for it (a file named in pre-commit's mode, `only_maquettes`, with its
    `exclude` alone)."""

    def ignored_for(path: Path, walked: bool = True) -> Ignored:
        chosen = options_for(path, options, given, isolated)
        # git ignores nothing it tracks, and pre-commit names tracked files only: a named
        # file answers to `exclude` alone, never to a `.gitignore`
        return Ignored(path, chosen.exclude, chosen.respect_gitignore and walked)

    return discover(paths, options.lang, only_maquettes, options.max_bytes, ignored_for)


def discover(
    paths: Iterable[str],
    lang: Lang,
    only_maquettes: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ignored_for: Callable[[Path, bool], Ignored] | None = None,
) -> Iterator[Path]:
    """Files as given (with `only_maquettes`, those that are maquettes, and not excluded); in
    directories, the maquettes not excluded (see lp_lint.reading.detect)."""
    for name in paths:
        path = Path(name)
        if name == "-":
            raise UsageError(tr("usage.stdin_alone", lang))
        if path.is_dir():
            yield from walk(path, max_bytes, ignored_for(path, True) if ignored_for else None)
        elif path.exists() or path.is_symlink():
            if only_maquettes and ignored_for and _left_out(path, ignored_for(path.parent, False)):
                continue
            if not only_maquettes or is_maquette(path, max_bytes):
                yield path
        else:
            raise UsageError(tr("usage.missing_path", lang, path=name))


def _left_out(path: Path, ignored: Ignored) -> bool:
    """Whether a named file, or a folder it lies in, is left out."""
    folder = Path(os.path.abspath(path.parent))
    ignored.enter(folder)
    in_folders = any(ignored(level, is_dir=True) for level in (folder, *folder.parents))
    return in_folders or ignored(path, is_dir=False)
