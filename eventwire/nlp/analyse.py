"""The analyse stage: run spaCy over an article body, one line never sharing a sentence.

Articles keep their paragraphs as lines; a heading or a tag line must not be glued to the
sentence after it, so a small component marks every line start as a sentence start before
the parser runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

LINE_BREAKS = "eventwire_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every newline."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws or "\n" in previous.text:
            token.is_sent_start = True
    return doc


def prepare(nlp: Language) -> Language:
    """Add the line-break component to a loaded pipeline (once)."""
    if LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


def keep_names_whole(nlp: Language, names: Iterable[str]) -> None:
    """Keep hyphenated given names ("Jae-in", "Jong-un") one token each: split at the hyphen,
    "in" and "un" parse as words, and "Moon Jae-in asked ..." loses its subject."""
    for name in names:
        for form in (name, name.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parsed documents, in input order."""
    yield from nlp.pipe(texts, batch_size=batch_size)


def is_heading(sentence: Span) -> bool:
    """A section heading inside the body: a whole line in title case without end punctuation."""
    text = sentence.text.strip()
    if not text or text[-1] in ".!?\"'”’:;)":
        return False
    words = [t for t in sentence if t.is_alpha and len(t.text) > 3]
    return bool(words) and sum(t.text[0].isupper() for t in words) / len(words) >= 0.75
