"""Reading the FEEDS file: a plain list of feed URLs, or an OPML subscription list.

The kind is told by content: a file whose first non-blank character is ``<`` is read as
OPML (the ``xmlUrl`` of every ``outline``), anything else as one URL a line, where blank
lines and lines starting with ``#`` are ignored. Every problem is an :class:`InputError`
naming the file (and line) and what is wrong.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path
from urllib.parse import urlsplit

from eventwire.errors import InputError
from eventwire.read.decode import decode_text, read_file_bytes


def read_feed_list(path: Path | str) -> list[str]:
    """The feed URLs listed in ``path``, in file order, each once.

    Raises:
        InputError: the file is missing, empty, binary, malformed, lists something that is
            not an http(s) URL, or lists no feed at all.
    """
    source = str(path)
    text = decode_text(read_file_bytes(Path(path), source), source)
    urls = _opml_urls(text, source) if text.lstrip().startswith("<") else _listed_urls(text, source)
    if not urls:
        raise InputError(source, "lists no feed URLs")
    return list(dict.fromkeys(urls))


def _listed_urls(text: str, source: str) -> list[str]:
    """The URLs of a one-a-line list."""
    urls = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if entry and not entry.startswith("#"):
            urls.append(_checked(entry, f"{source}:{number}"))
    return urls


def _opml_urls(text: str, source: str) -> list[str]:
    """The ``xmlUrl`` attributes of the outlines of an OPML document."""
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        line, column = error.position
        raise InputError(source, f"malformed XML at line {line}, column {column + 1} (expected OPML)") from None
    if _local_name(root.tag) != "opml":
        raise InputError(source, f"an XML file whose root is <{_local_name(root.tag)}>, not an OPML file")
    return [
        _checked(outline.attrib["xmlUrl"].strip(), source)
        for outline in root.iter()
        if _local_name(outline.tag) == "outline" and outline.attrib.get("xmlUrl", "").strip()
    ]


def _checked(url: str, where: str) -> str:
    """``url`` when it is an absolute http(s) URL."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # an unclosed IPv6 bracket
        host = None
    if host is None or parts.scheme.lower() not in ("http", "https") or " " in url:
        raise InputError(where, f"not an http(s) feed URL: {url!r}")
    return url


def _local_name(tag: str) -> str:
    """An element's name without its namespace."""
    return tag.rsplit("}", 1)[-1]
