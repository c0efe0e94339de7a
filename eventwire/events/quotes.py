"""Statements and their speakers: "X said ...", "'...,' X told AFP", "according to X, ...".

A statement is not an event (the coder makes it the attribution of the events inside it); this
module lists them on their own, for `eventwire quotes`. A statement is a reporting verb (the
attribution module's list) with a clausal complement or a quotation, its subject as the
speaker, and the news organisation it was told to, if any.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.resolve import ActorResolver
from eventwire.events.attribution import REPORTING_VERBS
from eventwire.records import Quote

QUOTE_MARKS = {'"', "“", "”", "``", "''"}
SUBJECTS = {"nsubj", "nsubjpass"}


def quotes_of(doc: Doc, resolver: ActorResolver, article_id: str) -> list[Quote]:
    """Every statement of an article, in order."""
    found = []
    for sentence in doc.sents:
        for verb in sentence:
            if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in REPORTING_VERBS:
                continue
            content = _content(verb, sentence)
            if content is None:
                continue
            found.append(_quote(verb, content, sentence, resolver, article_id))
    return found


def _content(verb: Token, sentence: Span) -> Span | None:
    """What the verb reports: its clausal complement, or the quotation it closes."""
    for child in verb.children:
        if child.dep_ in {"ccomp", "parataxis"} and child.i != verb.i:
            tokens = sorted(child.subtree, key=lambda t: t.i)
            span = sentence.doc[tokens[0].i : tokens[-1].i + 1]
            return _strip(span)
    # '"We will not give up," the minister said.': the quotation before the verb.
    if any(t.text in QUOTE_MARKS for t in sentence) and verb.i > sentence.start:
        before = sentence.doc[sentence.start : verb.i]
        marks = [t.i for t in before if t.text in QUOTE_MARKS]
        if len(marks) >= 2:
            return _strip(sentence.doc[marks[0] + 1 : marks[-1]])
    return None


def _quote(verb: Token, content: Span, sentence: Span, resolver: ActorResolver, article_id: str) -> Quote:
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    speaker = resolver.resolve(subject) if subject is not None else None
    outlet = None
    if speaker is not None and speaker.sector == "JRN":
        outlet, speaker = speaker.name, None  # "AFP reported": the outlet, not a speaker
    for child in verb.children:
        listener = child if child.dep_ in {"dobj", "dative"} else None
        if child.dep_ == "prep" and child.lower_ == "to":
            listener = next((g for g in child.children if g.dep_ == "pobj"), None)
        heard = resolver.resolve(listener) if listener is not None else None
        if heard is not None and heard.sector == "JRN":
            outlet = heard.name
    start = min(content.start_char, verb.idx, subject.left_edge.idx if subject is not None else verb.idx)
    end = max(content.end_char, verb.idx + len(verb.text))
    direct = _enclosed(content)
    return Quote(
        article_id=article_id, speaker=speaker,
        speaker_text=" ".join(t.text for t in subject.subtree) if subject is not None else "",
        verb=verb.text, text=content.text, direct=direct, outlet=outlet, start=start, end=end,
    )  # fmt: skip


def _enclosed(content: Span) -> bool:
    """Whether the whole statement is in quotation marks: a mark just before it and one just
    after it (past a comma or full stop). 'said the talks were "very productive"' quotes only
    a phrase: the statement is reported, not direct."""
    doc = content.doc
    opening = content.start > 0 and doc[content.start - 1].text in QUOTE_MARKS
    after = doc[content.end : min(content.end + 3, len(doc))]
    closing = False
    for token in after:
        if token.text in QUOTE_MARKS:
            closing = True
            break
        if not token.is_punct:
            break
    return opening and closing


def _strip(span: Span) -> Span:
    """The span without leading or trailing quotation marks, punctuation and "that"."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_punct or span.doc[start].lower_ == "that"):
        start += 1
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]
