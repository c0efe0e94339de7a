"""Turning the bytes of one input into text, or refusing them with a one-line reason.

UTF-8 is expected (a byte-order mark is dropped); Windows-1252 — a superset of the printable
part of Latin-1 — is the fallback, because old newsroom exports still use it. Anything that is
neither, binary data, empty files and files over :data:`MAX_INPUT_BYTES` are refused.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import InputError

MAX_INPUT_BYTES = 20 * 1024 * 1024
"""Largest input accepted, per file (and for standard input)."""

# Control characters other than the whitespace ones; a text with many of them is binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
# A valid multi-byte UTF-8 sequence: its presence beside invalid bytes means mixed encodings.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def read_file_bytes(path: Path, source: str) -> bytes:
    """The bytes of ``path``, refusing missing, unreadable and oversized files."""
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(source, _too_large(size))
        with path.open("rb") as stream:
            return read_bounded(stream, source)
    except FileNotFoundError:
        raise InputError(source, "file not found") from None
    except PermissionError:
        raise InputError(source, "file cannot be read: permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory, expected a file") from None
    except OSError as error:
        raise InputError(source, f"file cannot be read: {error.strerror or error}") from None


def read_bounded(stream: BinaryIO, source: str) -> bytes:
    """Everything in ``stream``, but never more than one byte past the size limit."""
    raw = stream.read(MAX_INPUT_BYTES + 1)
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(source, _too_large(None))
    return raw


def decode_text(raw: bytes, source: str) -> str:
    """The text of ``raw``: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Raises:
        InputError: the input is empty, whitespace only, binary, or in no encoding we read.
    """
    if not raw:
        raise InputError(source, "file is empty")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(raw, source)
    elif b"\x00" in raw:
        raise InputError(source, "binary file, not text (it contains NUL bytes)")
    else:
        text = _decode_8bit(raw, source)
    if not text.strip():
        raise InputError(source, "file contains only whitespace")
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise InputError(source, "binary file, not text (too many control characters)")
    return text


def _decode_8bit(raw: bytes, source: str) -> str:
    """UTF-8 if valid, else cp1252 unless the bytes are UTF-8 with damage in places."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = error.start
    line = raw.count(b"\n", 0, bad) + 1
    where = f"byte 0x{raw[bad]:02x} on line {line}"
    if _UTF8_MULTIBYTE.search(raw):
        # Reading this as cp1252 would turn every good UTF-8 character into mojibake.
        raise InputError(source, f"not valid UTF-8 text ({where}; the rest is UTF-8)")
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(source, f"not valid UTF-8 or cp1252/Latin-1 text ({where})") from None


def _decode_utf16(raw: bytes, source: str) -> str:
    """Text that announces itself as UTF-16 with a byte-order mark."""
    try:
        return raw.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError(source, "not valid UTF-16 text despite its byte-order mark") from None


def _too_large(size: int | None) -> str:
    """The problem text for an input over the size limit."""
    limit = f"the limit is {MAX_INPUT_BYTES // (1024 * 1024)} MB per file"
    if size is None:
        return f"input too large ({limit})"
    return f"file too large: {size / (1024 * 1024):.1f} MB ({limit})"
