"""Writing output files: never half-written, never through a device, never over an input.

Every file lp-lint writes (reports, baselines, pages, schemas, new maquettes) goes through
`atomic_write`, and every output named on a command line is first checked by `refuse_inputs`.
A failure to write is an `OutputError`: a usage error (exit 2) in one line, not a crash.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from lp_lint.i18n import Lang, default_lang, msg


class OutputError(Exception):
    """An output that cannot or must not be written: exit code 2, one line."""

    def __init__(self, key: str, path: Path | str, reason: str = "") -> None:
        from lp_lint.text_safety import terminal_text

        self.message = msg(
            f"files.{key}", path=terminal_text(str(path)), reason=terminal_text(reason)
        )
        super().__init__(self.message.render(default_lang()))

    def text(self, lang: Lang) -> str:
        """The refusal in `lang` (the command that reports it knows the reader's language)."""
        return self.message.render(lang)


def atomic_write(path: Path, text: str) -> None:
    """Write `text` in UTF-8, replacing `path` at once (see `atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8", "backslashreplace"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path`, replacing a regular file in one step.

    A symbolic link is resolved first, so the link stays and its target is written. A regular
    file (or a new name) is written beside itself and renamed into place: an interruption
    leaves the old file or the new one, never a mix, and no temporary file. A device, a FIFO or
    `/dev/stdout` is written in place, never replaced by a regular file (as root, a rename
    would happily replace `/dev/null`); `/dev/stdout` and `/dev/fd/N` go to the descriptor
    itself, after what lp-lint has already printed.
    """
    with _atomic_binary(path) as stream:
        stream.write(data)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[TextIO]:
    """A UTF-8 stream whose text replaces `path` only when the block ends without an error, as
    `atomic_write_bytes` does: for an output written piece by piece, never held whole."""
    with _atomic_binary(path) as binary, _text(binary) as text:
        yield text


@contextlib.contextmanager
def _atomic_binary(path: Path) -> Iterator[BinaryIO]:
    try:
        if os.path.isdir(path):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        descriptor = _standard_descriptor(path)
        if descriptor is not None:
            for stream in (sys.stdout, sys.stderr):  # what was printed before comes first
                with contextlib.suppress(Exception):
                    stream.flush()
            with open(descriptor, "wb", closefd=False) as target:
                yield target
        elif _is_special(path):
            with open(path, "wb") as target:
                yield target
        else:
            with _replacing(Path(os.path.realpath(path))) as target:
                yield target
    except OSError as error:
        raise OutputError("write", path, error.strerror or str(error)) from error


@contextlib.contextmanager
def _text(binary: BinaryIO) -> Iterator[TextIO]:
    """UTF-8 text over `binary`, left open for its owner to finish (fsync, rename)."""
    wrapper = io.TextIOWrapper(binary, encoding="utf-8", errors="backslashreplace", newline="")
    try:
        yield wrapper
    finally:
        wrapper.detach()  # flushes


@contextlib.contextmanager
def appending(path: Path) -> Iterator[TextIO]:
    """Append to a file another program owns (GitHub's step summary), piece by piece (a large
    run's text is never held whole), failing in one line."""
    try:
        with open(path, "a", encoding="utf-8", errors="backslashreplace") as stream:
            yield stream
    except OSError as error:
        raise OutputError("write", path, error.strerror or str(error)) from error


_DESCRIPTOR = re.compile(r"/(?:dev|proc/self)/fd/([0-9]+)")
_STANDARD = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}


def _standard_descriptor(path: Path) -> int | None:
    """The descriptor `/dev/stdout` or `/dev/fd/N` names: lp-lint's own, already open (reopening
    it would truncate a redirected file, and renaming would replace it)."""
    name = os.path.abspath(path)
    found = _DESCRIPTOR.fullmatch(name)
    return int(found.group(1)) if found else _STANDARD.get(name)


_STREAM_ERRORS = {
    getattr(errno, name)
    for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EROFS", "EBADF")
    if hasattr(errno, name)  # not every system names them all
}


def stream_failure(error: Exception) -> OutputError | None:
    """A failure to write standard output (a full disk, a closed descriptor) as an OutputError,
    with the output discarded so that the exit is quiet; None for anything else. A closed pipe
    (`| head`) is click's to handle: exit 1, silently."""
    if not isinstance(error, OSError) or error.filename or error.errno not in _STREAM_ERRORS:
        return None
    with contextlib.suppress(OSError, ValueError):  # what is still buffered goes nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return OutputError("write", "stdout", error.strerror or str(error))


def _is_special(path: Path) -> bool:
    """An existing target that is not a regular file (device, FIFO, socket, /dev/stdout)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[BinaryIO]:
    """A stream to a temporary file beside `path` that replaces it when the block succeeds;
    on any failure (or an interruption) the temporary file is removed and `path` is untouched."""
    folder = path.parent if str(path.parent) else Path(".")
    import tempfile  # only a run that writes a file needs it (and shutil with it)

    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or the usual ones (not mkstemp's private 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def refuse_inputs(outputs: Iterable[Path], inputs: Iterable[str | Path]) -> None:
    """Refuse, before anything is read, an output that is one of the inputs or named twice.

    An output is an input when both name the same file (after links, or the same inode), or
    when it lies where a directory given as input would find a maquette to lint.
    """
    sources = [Path(name) for name in inputs if str(name) != "-"]
    seen: set[str] = set()
    for output in outputs:
        resolved = os.path.realpath(output)
        writes_in_place = _is_special(output) or _standard_descriptor(output) is not None
        if resolved in seen and not writes_in_place:
            raise OutputError("twice", output)
        seen.add(resolved)
        if any(_same_file(output, source) or _walked(resolved, source) for source in sources):
            raise OutputError("is_input", output)


def _same_file(output: Path, source: Path) -> bool:
    if os.path.realpath(output) == os.path.realpath(source):
        return True
    try:
        return os.path.samefile(output, source)
    except OSError:
        return False


def _walked(resolved_output: str, source: Path) -> bool:
    """Whether a walk of the directory `source` would lint a file at `resolved_output`."""
    from lp_lint.reading.detect import MAQUETTE_SUFFIXES

    if not source.is_dir() or not resolved_output.endswith(MAQUETTE_SUFFIXES):
        return False
    try:
        inside = Path(resolved_output).relative_to(os.path.realpath(source))
    except ValueError:
        return False
    return not any(part.startswith(".") for part in inside.parts)
