"""Where an export goes: a stream as given, or a file that appears only once it is complete.

A file export is written to a hidden temporary file in the same folder and moved over the
target with :func:`os.replace`, so a failed or interrupted export never leaves a half-written
file (and never destroys the previous one).
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from eventwire.errors import InputError

Target = str | os.PathLike[str] | IO[Any]


@contextmanager
def binary_output(out: Target) -> Iterator[IO[bytes]]:
    """A binary stream for ``out``: a path (written atomically) or an open binary stream."""
    if isinstance(out, (str, os.PathLike)):
        with _atomic_file(Path(out)) as stream:
            yield stream
    else:
        yield out


@contextmanager
def text_output(out: Target) -> Iterator[IO[str]]:
    """A UTF-8 text stream for ``out``: a path (written atomically), a text or binary stream.

    Lines end in ``\\n`` whatever the platform (the writers choose their own line ends).
    """
    if isinstance(out, (str, os.PathLike)):
        with _atomic_file(Path(out)) as stream, _as_text(stream) as text:
            yield text
    elif _is_binary(out):
        with _as_text(out) as text:
            yield text
    else:
        yield out


def _is_binary(stream: IO[Any]) -> bool:
    """Whether an open stream takes bytes."""
    if isinstance(stream, io.TextIOBase):
        return False
    if isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        return True
    return "b" in getattr(stream, "mode", "")


@contextmanager
def _as_text(stream: IO[bytes]) -> Iterator[IO[str]]:
    """A text layer over a binary stream, taken off again (not closing the stream) at the end."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    try:
        yield text
    finally:
        text.flush()
        text.detach()


@contextmanager
def _atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A binary stream to a temporary file that replaces ``path`` if the block succeeds."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        stream = open(temporary, "xb")  # noqa: SIM115 - closed by _commit or _discard
    except OSError as error:
        raise _cannot_write(path, error) from error
    try:
        yield stream
    except BaseException:
        _discard(stream, temporary)
        raise
    try:
        _commit(stream, temporary, path)
    except OSError as error:
        _discard(stream, temporary)
        raise _cannot_write(path, error) from error


def _commit(stream: IO[bytes], temporary: Path, path: Path) -> None:
    """Put the finished temporary file in the place of ``path``."""
    stream.flush()
    # On disk before the rename, so that a crash cannot leave an empty file in its place.
    os.fsync(stream.fileno())
    stream.close()
    os.replace(temporary, path)


def _discard(stream: IO[bytes], temporary: Path) -> None:
    """Close and delete an unfinished temporary file."""
    stream.close()
    temporary.unlink(missing_ok=True)


def _cannot_write(path: Path, error: OSError) -> InputError:
    """The one-line error for an export file that cannot be written."""
    return InputError(str(path), f"cannot write the export ({error.strerror or error})")
