"""Tests for eventwire.read.decode: bytes to text, and refusing what is not text."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.read import decode
from eventwire.read.decode import MAX_INPUT_BYTES, decode_text, read_bounded, read_file_bytes


def test_decode_reads_utf8_and_drops_the_bom() -> None:
    raw = codecs.BOM_UTF8 + "Erdoğan met Sánchez.".encode()
    assert decode_text(raw, "a.txt") == "Erdoğan met Sánchez."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"caf\xe9 in Paris", "café in Paris"),
        (b"\x93Talks\x94 resumed \x96 officials said", "“Talks” resumed – officials said"),
    ],
)
def test_decode_falls_back_to_cp1252(raw: bytes, expected: str) -> None:
    assert decode_text(raw, "old.txt") == expected


def test_decode_reads_utf16_with_a_bom() -> None:
    raw = "Kyiv said so.".encode("utf-16")
    assert decode_text(raw, "wide.txt") == "Kyiv said so."


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"", "file is empty"),
        (b"  \n\t\r\n ", "file contains only whitespace"),
        (b"PK\x03\x04\x00\x00binary", "binary file, not text (it contains NUL bytes)"),
        (bytes(range(1, 32)) * 20 + b"text", "binary file, not text (too many control characters)"),
    ],
)
def test_decode_refuses_what_is_not_text(raw: bytes, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_text(raw, "in.txt")
    assert caught.value.source == "in.txt"
    assert caught.value.problem == problem
    assert str(caught.value) == f"in.txt: {problem}"


def test_decode_refuses_damaged_utf8_instead_of_garbling_it() -> None:
    raw = "Zelensky’s first line\n".encode() + b"a stray \xff byte\n"
    with pytest.raises(InputError, match=r"not valid UTF-8 text \(byte 0xff on line 2"):
        decode_text(raw, "mixed.txt")


def test_decode_refuses_bytes_that_no_encoding_reads() -> None:
    with pytest.raises(InputError, match="not valid UTF-8 or cp1252/Latin-1 text"):
        decode_text(b"text with \x81 an undefined byte", "odd.txt")


def test_decode_refuses_a_file_over_the_limit_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time
    with pytest.raises(InputError, match=r"file too large: 50\.0 MB \(the limit is 20 MB"):
        read_file_bytes(path, "huge.txt")


def test_decode_limit_holds_for_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "MAX_INPUT_BYTES", 8)
    assert read_bounded(io.BytesIO(b"12345678"), "stdin") == b"12345678"
    with pytest.raises(InputError, match="stdin: input too large"):
        read_bounded(io.BytesIO(b"123456789"), "stdin")


def test_decode_limit_is_twenty_megabytes() -> None:
    assert MAX_INPUT_BYTES == 20 * 1024 * 1024


def test_decode_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="gone.txt: file not found"):
        read_file_bytes(tmp_path / "gone.txt", "gone.txt")
