"""The classifier's part in coding: confirm lexicon events, and type clauses the lexicon lacks.

Used only when the classifier is switched on (``--classifier`` or ``EVENTWIRE_CLASSIFIER=1``).
For one article at a time, every sentence that gave a lexicon event, and every sentence that
gave none but has a clause whose subject is a resolved actor, is embedded once. Then:

- a lexicon event whose sentence the classifier reads as no event at all, and as very
  unlikely of the event's type, is dropped ("the team protested the referee's call");
- a sentence with no lexicon event whose clause the classifier types with high probability
  gets one event of that type, its actor the clause's subject and its recipient the clause's
  object, with a lower confidence: a word the lexicon lacks ("donated", "evacuated") still
  reports an event.

The thresholds were set on our own gold articles (tests/resources/events/gold_articles.jsonl).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.events.classifier import NO_EVENT, EventClassifier, SentenceEncoder

# Drop a lexicon event when the sentence reads as no event this surely and its type this unlikely.
DROP_IF_NONE_AT_LEAST = 0.85
DROP_IF_TYPE_BELOW = 0.03
# Type a clause the lexicon has no word for only when the classifier is this sure.
TYPE_IF_AT_LEAST = 0.7

# The CAMEO code an event typed by the classifier alone takes: its type's general code.
GENERAL_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "051", "CONCEDE": "080", "COOPERATE": "060",
    "AID": "070", "RETREAT": "087", "REQUEST": "020", "ACCUSE": "110", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170",
    "ASSAULT": "180",
}  # fmt: skip
MILITARY_ASSAULT_CAMEO = "190"  # armed forces fighting: conventional military force

# Where a typed clause's recipient sits: its object, or the object of one of these.
RECIPIENT_PREPOSITIONS = {"to", "with", "against", "on", "at", "from", "into", "toward", "towards"}
REPORTING_LEMMAS = {"say", "tell", "announce", "state", "report", "add", "claim", "confirm", "declare"}


@dataclass(frozen=True)
class SentenceReading:
    """What the classifier reads in one sentence: the probability of each label."""

    probabilities: dict[str, float]

    def supports(self, event_type: str) -> bool:
        """Whether a lexicon event of this type may stand in this sentence."""
        none = self.probabilities.get(NO_EVENT, 0.0)
        return not (none >= DROP_IF_NONE_AT_LEAST and self.probabilities.get(event_type, 0.0) < DROP_IF_TYPE_BELOW)

    def best_type(self) -> tuple[str, float] | None:
        """The most likely event type, if the classifier is sure enough of it."""
        label, probability = max(self.probabilities.items(), key=lambda item: item[1])
        if label == NO_EVENT or probability < TYPE_IF_AT_LEAST:
            return None
        return label, probability


def read_sentences(classifier: EventClassifier, encoder: SentenceEncoder, sentences: list[Span]) -> list[SentenceReading]:
    """One reading per sentence, embedded in one batch."""
    if not sentences:
        return []
    rows = classifier.probabilities([s.text.strip() for s in sentences], encoder)
    return [SentenceReading(row) for row in rows]


def main_clause(sentence: Span) -> Token | None:
    """The verb that says what happened: the root, or what a reporting root reports ("Police
    said gunmen attacked the convoy" -> "attacked")."""
    root = sentence.root
    if root.pos_ not in {"VERB", "AUX"}:
        return None
    if root.lemma_.lower() in REPORTING_LEMMAS:
        reported = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
        return reported
    return root


def clause_subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.dep_ == "nsubjpass":
        # "The wounded were evacuated by U.N. helicopters": the agent acts.
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return by
    return subject


def clause_objects(verb: Token) -> list[Token]:
    """The clause's object and the objects of its recipient-like prepositions, in order."""
    found = []
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPOSITIONS:
            found.extend(g for g in child.children if g.dep_ == "pobj")
    return found
