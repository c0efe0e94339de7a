"""Dating an event: the time expression of its own clause, resolved by its tense, or publication.

:class:`ArticleDates` reads every time expression of an article once, in order, so that "a day
earlier" can count from the day stated before it. :meth:`ArticleDates.date_of` then gives an
event the expression that belongs to its clause ("X, who visited Kyiv in May, said on Tuesday":
May for the visit, Tuesday for the saying), resolved forward for a planned event and backward
for one that happened. An asserted event with no time of its own takes the publication date,
unless it is told as background ("had signed", "has long", "since the war began").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

from spacy.tokens import Doc, Token

from eventwire.events.modality import FUTURE_AUX, HYPOTHETICAL_AUX
from eventwire.when_where.clauses import belongs, clause_head, tree_distance
from eventwire.when_where.dates import NO_DATE, EventDate, publication_date, resolve
from eventwire.when_where.timex import TimeExpression, find_time_expressions

# Auxiliaries that put a clause ahead of the moment it is told from.
AHEAD_AUX = FUTURE_AUX | HYPOTHETICAL_AUX | {"ca"}  # "ca" is spaCy's token for can't
# Adverbs and prepositions that make a past event background rather than news.
BACKGROUND_ADVERBS = {"long", "repeatedly", "previously", "once", "formerly", "originally", "initially", "traditionally",
                      "often", "frequently", "regularly", "ever", "already"}  # fmt: skip
BACKGROUND_PREPOSITIONS = {"since"}


@dataclass(frozen=True)
class _Stated:
    """A time expression of the article with its tokens and the date it states."""

    expression: TimeExpression
    root: Token
    date: EventDate


class ArticleDates:
    """The time expressions of one parsed article, for dating its events."""

    def __init__(self, doc: Doc, published: dt.date | None, text: str | None = None) -> None:
        """``text`` is the doc's text where the caller has it (``doc.text`` rebuilds it)."""
        self.doc = doc
        self.published = published
        self.stated: list[_Stated] = []
        last_day: dt.date | None = None
        # The whole text at once: the sentence splitter may break "on Dec. 19" after "Dec.".
        expressions = find_time_expressions(doc.text if text is None else text)
        expressions = sorted(expressions + _other_full_dates(doc, expressions), key=lambda e: e.start)
        for expression in expressions:
            span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
            if span is None:
                continue
            date = resolve(expression, published, _looks_ahead(clause_head(span.root), None), last_day)
            self.stated.append(_Stated(expression, span.root, date))
            last_day = date.day or last_day

    def date_of(self, trigger: Token, modality: str) -> EventDate:
        """The date of the event named at ``trigger`` with the given modality."""
        stated = self._own_expression(trigger)
        if stated is not None:
            if _since(stated.root):
                return EventDate(None, "unknown", "none", stated.expression.text)
            forward = _looks_ahead(clause_head(trigger), modality)
            return resolve(stated.expression, self.published, forward, self._day_before(stated.expression.start))
        if modality != "asserted" or is_background(trigger):
            return NO_DATE
        return publication_date(self.published)

    def _own_expression(self, trigger: Token) -> _Stated | None:
        """The nearest time expression in the trigger's clause; when it has none, in the clause
        it is joined to by "and" ("On Monday police fired tear gas and arrested 12") or whose
        preposition it completes ("The standoff ended on Friday with police arresting 12")."""
        head = clause_head(trigger)
        while True:
            mine = [s for s in self.stated if belongs(s.root, trigger, head)]
            if mine:
                return min(mine, key=lambda s: tree_distance(s.root, trigger))
            if head.head == head or not (head.dep_ == "conj" or _completes_preposition(head)):
                return None
            trigger = head = clause_head(head.head)

    def _day_before(self, start: int) -> dt.date | None:
        """The last day stated before character ``start``, counted from by "a day earlier"."""
        days = [s.date.day for s in self.stated if s.expression.start < start and s.date.day]
        return days[-1] if days else None


_FULL_DATE = re.compile(r"\b[0-3]?[0-9]\b.*\b(?:19|20)[0-9]{2}\b|\b(?:19|20)[0-9]{2}\b.*\b[0-3]?[0-9]\b")


FULL_DATE_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}


def warm_up() -> None:
    """Load dateparser's language data now (half a second) rather than inside the first
    article that needs it."""
    dateparser.parse("1 January 2020", languages=["en"], settings=FULL_DATE_SETTINGS)
    dateparser.parse("four years", languages=["en"], settings=FULL_DATE_SETTINGS)


def _other_full_dates(doc: Doc, found: list[TimeExpression]) -> list[TimeExpression]:
    """Whole dates written in ways the patterns do not read ("11/11/2024", "the 11th of
    November 2024"), from the parser's DATE entities, read by dateparser. Only a day, month and
    year together are taken: dateparser makes a date of almost anything ("four years")."""
    extra = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or not _FULL_DATE.search(ent.text):
            continue
        if any(e.start < ent.end_char and ent.start_char < e.end for e in found):
            continue
        parsed = dateparser.parse(ent.text, languages=["en"], settings=FULL_DATE_SETTINGS)
        if parsed is not None:
            extra.append(TimeExpression(ent.start_char, ent.end_char, ent.text, "calendar", {"iso": parsed.date().isoformat()}))
    return extra


def _looks_ahead(head: Token, modality: str | None) -> bool:
    """Whether an event lies ahead of the moment of telling: planned, or said with "will",
    "would", "could" (the last two as reported plans: "said he would visit on Friday")."""
    if modality == "future":
        return True
    if modality == "asserted":
        return False
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    if any(c.lower_ in AHEAD_AUX for v in verbs for c in v.children if c.dep_ in {"aux", "auxpass"}):
        return True
    # "is due to visit", "is expected to travel", "is set to meet", "plans to go"
    return head.lemma_.lower() in {"plan", "expect", "intend", "aim", "schedule", "set", "due", "prepare", "hope"}


def is_background(trigger: Token) -> bool:
    """Whether an event is told as background rather than as the news: past perfect ("had
    signed"), habitual or lasting ("has long", "repeatedly"), or "since" a time."""
    head = clause_head(trigger)
    for verb in {head, trigger} if trigger.pos_ in {"VERB", "AUX"} else {head}:
        auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        if verb.tag_ == "VBN" and any(a.lower_ in {"had", "'d"} and a.tag_ == "VBD" for a in auxes):
            return True
        for child in verb.children:
            if child.dep_ == "advmod" and child.lower_ in BACKGROUND_ADVERBS:
                return True
            if child.dep_ == "prep" and child.lower_ in BACKGROUND_PREPOSITIONS:
                return True
            if child.dep_ == "mark" and child.lower_ == "since":
                return True
    return False


def _completes_preposition(verb: Token) -> bool:
    """A gerund clause after "with" or "by" that tells how its governor's act went, at its time:
    "a row two years ago ended with Croatia expelling a diplomat", "responded by closing"."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in {"with", "by"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _since(root: Token) -> bool:
    """Whether a time expression is what a state has lasted since ("since 2014")."""
    return any(t.lower_ == "since" for t in (root, root.head, *root.children))
