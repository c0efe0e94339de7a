"""Every actor mention of an article, resolved or not, for ``eventwire actors`` and the store.

A mention is the phrase around a head token that is a named person, organisation, country,
capital or seat of power used as an agent, a role noun ("officials", "the minister") or a
personal pronoun. Places ("talks in Istanbul") and words inside a longer mention ("Turkish" in
"Turkish Foreign Minister Hakan Fidan") are not mentions of their own.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.actors.phrase import entity_span, phrase
from eventwire.actors.resolve import PERSON_PRONOUNS, ActorResolver, Explained
from eventwire.nlp.analyse import is_heading
from eventwire.records import ActorMention

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# "talks in Istanbul", "across eastern Ukraine": a place, not an agent.
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "across", "around", "outside", "inside", "throughout",
                         "within", "into", "from", "to", "toward", "towards", "over", "via", "through"}  # fmt: skip
MODIFIER_DEPS = {"compound", "amod", "nmod", "flat", "npadvmod"}


def actor_mentions(doc: Doc, resolver: ActorResolver, article_id: str) -> list[ActorMention]:
    """The article's actor mentions in text order, each resolved with its reason."""
    found: dict[int, Explained | None] = {}

    def explain(token: Token) -> Explained | None:  # each head is resolved once, not twice
        if token.i not in found:
            found[token.i] = resolver.explain(token)
        return found[token.i]

    heads = [token for token in doc if not is_heading(token.sent) and _is_candidate(token, explain)]
    spans = {token.i: phrase(token) for token in heads}
    mentions = []
    for token in heads:
        span = spans[token.i]
        if any(other != token.i and s.start <= token.i < s.end for other, s in spans.items()):
            continue  # part of a longer mention ("Secretary" in "Umerov, Secretary of ...")
        explained = explain(token)
        how = explained.how if explained else "unresolved"
        # "Russian and Ukrainian delegations": one mention, one row per country.
        entities = resolver.resolve_all(token, with_conjuncts=False) if explained and explained.entity.code else []
        for entity in entities or [explained.entity if explained else None]:
            mentions.append(ActorMention(
                article_id=article_id, text=span.text, start=span.start_char, end=span.end_char,
                name=entity.name if entity else None, code=entity.code if entity else None,
                sector=entity.sector if entity else None, cameo_code=entity.cameo_code if entity else None,
                office=entity.office if entity else None, wikidata_id=entity.wikidata_id if entity else None,
                how=how,
            ))  # fmt: skip
    return mentions


def _is_candidate(token: Token, explain: Callable[[Token], Explained | None]) -> bool:
    """Whether a token heads an actor mention."""
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in MODIFIER_DEPS:
        return False
    span = entity_span(token)
    if span is not None and span.label_ in PLACE_LABELS and (_is_place(token) or explain(token) is None):
        return False  # a place ("talks in Istanbul", "visited Istanbul"), not an agent
    if span is not None and span.label_ in ACTOR_LABELS:
        return span.root.i == token.i or token.i == span.end - 1
    return explain(token) is not None


def _is_place(token: Token) -> bool:
    """A place name used as a place: the object of a locative preposition."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS
