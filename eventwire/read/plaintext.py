"""Reading a plain-text article: title, tag lines and body, told apart by layout alone.

A text file has no markup, so the head is read from habits of news pages pasted as text: a
headline on the first line (followed by a blank line, or in Title Case, or short above a long
paragraph), keyword lines such as ``zelensky`` just under it, and the body below. Text that was
hard-wrapped at a fixed width is joined back into paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventwire.errors import InputError
from eventwire.read.body import build_body, text_lines
from eventwire.records import Article


@dataclass(frozen=True)
class _Paragraph:
    text: str
    blank_after: bool


_MAX_TITLE_CHARS = 200
_MAX_SHORT_TITLE_CHARS = 120
_MIN_BODY_TO_TITLE_RATIO = 1.5  # a short headline sits above a clearly longer paragraph
_MIN_TITLE_CASE_SHARE = 0.8
_MAX_TAG_LINES = 3
_MAX_TAG_LINE_CHARS = 100
_MAX_WRAP_WIDTH = 100  # hard-wrapped text is at most this wide ...
_MIN_WRAP_FILL = 0.6  # ... and its lines, but a paragraph's last, fill most of that width

# Words a Title Case headline leaves in lower case.
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into is nor of on or over the to up via vs with".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_ENDS_SENTENCE = re.compile(r"\.[\"'”’)\]]*$")
_ENDS_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$|\.\.\.$")  # "U.S.", a trailing ellipsis
_ENDS_BODY = re.compile(r"[.!?][\"'”’)\]]*$")
_TAG_PREFIX = re.compile(r"^(?:tags?|keywords?|topics?)\s*:\s*", re.IGNORECASE)
_TAG_ITEM = re.compile(r"^#?[^\W_][\w'’&\-]*(?: [\w'’&\-]+){0,2}$")
_LOWER_WORD = re.compile(r"^#?[a-z][a-z0-9'’\-]*$")


def article_from_text(
    text: str, *, article_id: str, source: str, published: dt.date | None = None
) -> Article:
    """The article in plain ``text`` read from ``source``.

    Raises:
        InputError: no body text is left (the input is a title alone, or empty).
    """
    paragraphs = _paragraphs(text_lines(text))
    if not paragraphs:
        raise InputError(source, "no article text found")
    tags, title, rest = _split_head(paragraphs)
    body = build_body([paragraph.text for paragraph in rest])
    return Article(
        id=article_id,
        text=body.text,
        title=title,
        published=body.dated or published,
        dateline=body.dateline,
        tags=tuple(tags),
        source_lines=body.source_lines,
        boilerplate=body.boilerplate,
        origin=source,
    )


def _paragraphs(lines: list[str]) -> list[_Paragraph]:
    """Non-blank lines as paragraphs, with hard-wrapped blocks joined into one each."""
    blocks = _blocks(lines)
    width = max((len(line) for line in lines), default=0)
    unwrap = len(blocks) > 1 and width <= _MAX_WRAP_WIDTH
    result: list[_Paragraph] = []
    for number, block in enumerate(blocks):
        last_block = number == len(blocks) - 1
        if unwrap and _is_wrapped(block, width):
            joined = " ".join(line.strip() for line in block)
            result.append(_Paragraph(joined, blank_after=not last_block))
            continue
        for index, line in enumerate(block):
            result.append(_Paragraph(line, blank_after=index == len(block) - 1 and not last_block))
    return result


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of consecutive non-blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _is_wrapped(block: list[str], width: int) -> bool:
    """Whether a block is one paragraph broken at a fixed width rather than several lines."""
    return len(block) > 1 and all(len(line) >= _MIN_WRAP_FILL * width for line in block[:-1])


def _split_head(paragraphs: list[_Paragraph]) -> tuple[list[str], str | None, list[_Paragraph]]:
    """(tags, title, body paragraphs); at least one paragraph is always left for the body."""
    tags: list[str] = []
    index = _take_tags(paragraphs, 0, tags, any_case=False)
    title = None
    if index < len(paragraphs) - 1 and _is_title(paragraphs, index):
        title = paragraphs[index].text.strip()
        index = _take_tags(paragraphs, index + 1, tags, any_case=True)
    return tags, title, paragraphs[index:]


def _take_tags(paragraphs: list[_Paragraph], start: int, tags: list[str], *, any_case: bool) -> int:
    """Collect tag lines from ``start`` into ``tags``; the index of the first other line."""
    index = start
    while index < len(paragraphs) - 1 and index - start < _MAX_TAG_LINES:
        found = tag_items(paragraphs[index].text, any_case=any_case)
        if not found:
            break
        tags.extend(found)
        index += 1
    return index


def tag_items(line: str, *, any_case: bool = True) -> list[str]:
    """The keywords of a tag line ("zelensky", "ukraine, turkey"), or [] for any other line.

    Without ``any_case`` only lower-case keywords count: above the headline a capitalised line
    is more likely a kicker or the headline itself.
    """
    text = line.strip()
    prefix = _TAG_PREFIX.match(text)
    if prefix:
        text = text[prefix.end() :]
    items = [item.strip() for item in text.split(",")]
    if not text or len(text) > _MAX_TAG_LINE_CHARS or not all(map(_TAG_ITEM.match, items)):
        return []
    if prefix:
        return items
    if all(_LOWER_WORD.match(word) for item in items for word in item.split()):
        return items if len(items) > 1 or _LOWER_WORD.match(items[0]) else []
    if any_case and len(items) > 1 and all(len(item.split()) <= 2 for item in items):
        return items
    return []


def _is_title(paragraphs: list[_Paragraph], index: int) -> bool:
    """Whether the paragraph at ``index`` is the headline."""
    line = paragraphs[index].text.strip()
    if len(line) > _MAX_TITLE_CHARS or _is_sentence(line):
        return False
    if paragraphs[index].blank_after or _is_title_case(line):
        return True
    following = _next_body(paragraphs, index + 1)
    return (
        following is not None
        and len(line) <= _MAX_SHORT_TITLE_CHARS
        and len(following) >= _MIN_BODY_TO_TITLE_RATIO * len(line)
        and _ENDS_BODY.search(following) is not None
    )


def _next_body(paragraphs: list[_Paragraph], start: int) -> str | None:
    """The first paragraph from ``start`` on that is not a tag line."""
    for paragraph in paragraphs[start:]:
        if not tag_items(paragraph.text):
            return paragraph.text.strip()
    return None


def _is_sentence(line: str) -> bool:
    """Whether a line ends like a sentence of body text (a full stop, not "U.S." or "...")."""
    return bool(_ENDS_SENTENCE.search(line)) and not _ENDS_ABBREVIATION.search(line)


def _is_title_case(line: str) -> bool:
    """Whether most words that a headline would capitalise are capitalised."""
    words = [word for word in _WORD.findall(line) if word.lower() not in _SMALL_WORDS]
    if len(words) < 2:
        return False
    capitalised = sum(word[0].isupper() for word in words)
    return capitalised >= _MIN_TITLE_CASE_SHARE * len(words)
