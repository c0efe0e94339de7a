"""Tests for eventwire.watch.feedlist: the FEEDS file, as a list of URLs or as OPML."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.watch.feedlist import read_feed_list

OPML = Path(__file__).resolve().parents[1] / "resources" / "watch" / "feeds.opml"


def write(folder: Path, content: str | bytes, name: str = "feeds.txt") -> Path:
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_feedlist_reads_urls_skipping_blanks_comments_and_repeats(tmp_path: Path) -> None:
    path = write(tmp_path, "# my feeds\n\nhttps://a.example/rss\n  http://b.example/atom.xml  \n"
                           "# https://commented.example/out\nhttps://a.example/rss\n")  # fmt: skip
    assert read_feed_list(path) == ["https://a.example/rss", "http://b.example/atom.xml"]


def test_feedlist_opml_is_told_by_content_not_name(tmp_path: Path) -> None:
    text = OPML.read_text(encoding="utf-8").replace("@BASE@", "http://news.example")
    path = write(tmp_path, text, name="subscriptions.txt")
    assert read_feed_list(path) == ["http://news.example/feeds/rss.xml", "http://news.example/feeds/atom.xml"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "file is empty"),
        ("   \n\n", "file contains only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("# nothing but a comment\n", "lists no feed URLs"),
        ("<opml><body><outline text='x'/></body></opml>", "lists no feed URLs"),
        ("<opml><body><outline xmlUrl='http://a.example/rss'></body>", "malformed XML at line 1"),
        ("<rss version='2.0'><channel/></rss>", "not an OPML file"),
    ],
)
def test_feedlist_refuses_bad_files(tmp_path: Path, content: str | bytes, problem: str) -> None:
    path = write(tmp_path, content)
    with pytest.raises(InputError) as raised:
        read_feed_list(path)
    assert raised.value.source == str(path)
    assert problem in raised.value.problem


@pytest.mark.parametrize("line", ["news.example/rss", "ftp://news.example/rss", "https://", "just words here"])
def test_feedlist_names_the_line_that_is_not_a_url(tmp_path: Path, line: str) -> None:
    path = write(tmp_path, f"https://ok.example/rss\n\n{line}\n")
    with pytest.raises(InputError) as raised:
        read_feed_list(path)
    assert raised.value.source == f"{path}:3"
    assert "not an http(s) feed URL" in raised.value.problem


def test_feedlist_refuses_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        read_feed_list(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_feed_list(tmp_path)
