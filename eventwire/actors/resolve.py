"""Resolving the noun phrase under a parse token to an actor: country, sector, name, office.

An :class:`ActorResolver` is made per article. It reads the phrase around a token (titles,
nationality adjectives, possessives, names), looks names up in the knowledge base by the
article's date, and remembers what the article itself taught it ("Turkish Foreign Minister
Hakan Fidan" makes a later "Fidan" TUR GOV; "he" is the last person named). It never guesses:
a phrase it cannot place gets ``code=None``.
"""

from __future__ import annotations

import datetime as dt
from spacy.tokens import Doc, Span, Token

from eventwire.actors.gazetteer import country_of_city
from eventwire.actors.knowledge import Knowledge, KnownActor, Role, normalise
from eventwire.records import Entity

PERSON_PRONOUNS = {"he", "she", "him", "her"}
POSSESSIVE_PRONOUNS = {"his", "her"}
# "two of Russia's largest oil companies": the actor is the phrase after "of".
QUANTITY_HEADS = {"some", "many", "most", "all", "both", "several", "dozens", "hundreds",
                  "thousands", "millions", "none", "one", "two", "three", "four", "five",
                  "group", "number", "members", "member", "part", "rest"}  # fmt: skip
# Modifier relations that belong to the actor's own phrase (not its clauses or prepositions).
PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "appos", "flat", "cc", "conj"}


class ActorResolver:
    """Resolves actor phrases of one article, remembering the people it has named."""

    def __init__(self, knowledge: Knowledge, published: dt.date | None) -> None:
        self.knowledge = knowledge
        self.published = published
        self.memory: dict[str, KnownActor] = {}  # surnames and full names seen in this article
        self.people_seen: list[tuple[int, KnownActor]] = []  # (character offset, person)

    def learn(self, doc: Doc) -> None:
        """Read every person the article names, in order, for later surnames and pronouns."""
        for token in doc:
            span = _person_span(token, self.knowledge)
            if span is not None and span.root.i == token.i:
                actor = self._person(span)
                if actor is not None and actor.code:
                    self.people_seen.append((span.start_char, actor))

    def resolve_all(self, token: Token) -> list[Entity]:
        """Every actor of the phrase headed by ``token``, its conjuncts included."""
        token = _through_quantity(token)
        entities = [self.resolve(head) for head in [token, *_conjuncts(token)]]
        resolved: list[Entity] = []
        for entity in entities:
            # "Rustem Umerov, ... and Kyiv's chief negotiator": one actor described twice.
            if entity is not None and all((entity.code, entity.sector) != (e.code, e.sector) for e in resolved):
                resolved.append(entity)
        # "Ukrainian and Russian detainees": one head, several nationalities.
        if len(resolved) == 1 and len(_nationality_modifiers(token, self.knowledge)) > 1:
            first = resolved[0]
            return [
                first.model_copy(update={"code": code, "name": self.knowledge.country_names.get(code, code),
                                         "cameo_code": _cameo(code, first.sector)})
                for code in _nationality_modifiers(token, self.knowledge)
            ]
        return resolved

    def resolve(self, token: Token) -> Entity | None:
        """The actor a single phrase head stands for, or None when it is no actor at all."""
        token = _through_quantity(token)
        text = _phrase(token).text
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            actor = self._antecedent(token.idx)
            return _entity(text, actor) if actor else None
        known = self._known_phrase(token)
        if known is not None:
            return _entity(text, known)
        role = self._role(token)
        country = self._country_of_phrase(token)
        if role is None:
            return None  # a thing ("the accord", "Russian oil"), not an actor
        if country is None:
            return Entity(text=text, sector=role.sector, office=role.office)
        return _entity(text, KnownActor(self.knowledge.country_names.get(country, country), country, role.sector, role.office))

    def owner_of(self, token: Token) -> list[Entity]:
        """The actor whose thing a phrase names: "Ukraine's terms" -> Ukraine."""
        owners = [child for child in token.lefts if child.dep_ == "poss" and child.lower_ not in POSSESSIVE_PRONOUNS]
        return [entity for owner in owners for entity in self.resolve_all(owner)]

    def countries_named(self, token: Token) -> list[Entity]:
        """The actors of a phrase, or else the countries its adjectives name ("Russian detainees")."""
        found = [entity for entity in self.resolve_all(token) if entity.code]
        if found:
            return found
        token = _through_quantity(token)
        text = _phrase(token).text
        return [
            Entity(text=text, name=self.knowledge.country_names.get(code, code), code=code, cameo_code=code)
            for code in _nationality_modifiers(token, self.knowledge)
        ]

    # ------------------------------------------------------------------ pieces of a phrase

    def _known_phrase(self, token: Token) -> KnownActor | None:
        """A person, organisation, seat of power or country the head itself names."""
        if token.pos_ == "PRON":
            return None  # "who", "it": never an organisation's abbreviation
        person = _person_span(token, self.knowledge)
        if person is not None:
            return self._person(person)
        span = _entity_span(token)
        name = _name_text(token, span)
        kb = self.knowledge
        for table in (kb.seats, kb.organisations):
            found = kb.find(table, name)
            if found is not None:
                return found
        if span is not None and span.label_ in {"GPE", "NORP", "LOC", "ORG", "FAC"}:
            found = kb.find(kb.capitals, name) or (token.pos_ == "PROPN" and kb.find(kb.countries, name)) or None
            if found is not None:
                return found
        if token.pos_ == "PROPN":
            return kb.find(kb.countries, name)
        return None

    def _person(self, span: Span) -> KnownActor | None:
        """A named person: knowledge base by date, then the article's memory, then titles."""
        full = normalise(span.text.removesuffix("'s").removesuffix("’s"))
        surname = normalise(span[-1].text)
        for key in (full, surname):
            if key in self.memory:
                return self.memory[key]
        known = self.knowledge.person(full, self.published) or self.knowledge.person(surname, self.published)
        if known is None:
            head = span.root
            role = self._title_role(head)
            country = self._country_of_phrase(head)
            if role is None and country is None:
                return None
            known = KnownActor(span.text, country, role.sector if role else None, role.office if role else None)
        self.memory[full] = known
        self.memory[surname] = known
        return known

    def _antecedent(self, offset: int) -> KnownActor | None:
        """The last person named before ``offset``: who "he" or "his" most likely is."""
        before = [actor for start, actor in self.people_seen if start < offset]
        return before[-1] if before else None

    def _role(self, token: Token) -> Role | None:
        """The sector a head noun or a title before a name signals."""
        # A title serves as a noun too: "the Turkish president said".
        for key in (normalise(_phrase_without_det(token)), token.lemma_.lower(), token.lower_):
            role = self.knowledge.roles.get(key)
            if role is not None:
                return role
        return self._title_role(token)

    def _title_role(self, token: Token) -> Role | None:
        """A title among the head's left modifiers ("Foreign Minister" in "... Hakan Fidan")."""
        words = [child for child in token.lefts if child.dep_ in {"compound", "amod", "nmod"}]
        words = [w for child in words for w in child.subtree if w.i < token.i and w.dep_ != "poss"]
        for size in (3, 2, 1):
            for start in range(len(words) - size + 1):
                key = normalise(" ".join(w.text for w in words[start : start + size]))
                role = self.knowledge.roles.get(key)
                if role is not None:
                    return role
        return None

    def _country_of_phrase(self, token: Token) -> str | None:
        """The country a phrase names through a modifier: "Turkish", "Russia's", "U.S.", "his"."""
        codes = _nationality_modifiers(token, self.knowledge)
        if codes:
            return codes[0]
        for child in token.lefts:
            if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
                actor = self._antecedent(child.idx)
                if actor and actor.code:
                    return actor.code
            if child.dep_ == "poss":
                owner = self._known_phrase(child)
                if owner and owner.code:
                    return owner.code
        return None


def destination_country(token: Token, knowledge: Knowledge) -> Entity | None:
    """The country a visit goes to: a country name, a capital or a well-known city."""
    name = _name_text(token, _entity_span(token))
    country = knowledge.find(knowledge.countries, name) if token.pos_ == "PROPN" else None
    if country is not None:
        return _entity(token.text, country)
    capital = knowledge.find(knowledge.capitals, name)
    code = capital.code if capital is not None else country_of_city(name)
    if code is None:
        return None
    return Entity(text=token.text, name=knowledge.country_names.get(code, code), code=code, cameo_code=code)


# ---------------------------------------------------------------------- phrase helpers


def _entity(text: str, actor: KnownActor) -> Entity:
    return Entity(
        text=text, name=actor.name, code=actor.code, sector=actor.sector,
        cameo_code=_cameo(actor.code, actor.sector), office=actor.office, wikidata_id=actor.wikidata_id,
    )  # fmt: skip


def _cameo(code: str | None, sector: str | None) -> str | None:
    if code is None:
        return None
    return code + (sector or "")


def _through_quantity(token: Token) -> Token:
    """From "two" in "two of Russia's companies" to "companies"."""
    if token.lower_ in QUANTITY_HEADS or token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return token


def _conjuncts(token: Token) -> list[Token]:
    """Heads coordinated with ``token`` ("Ukraine and Russia")."""
    return [conj for conj in token.conjuncts if conj.i > token.i and conj.pos_ in {"PROPN", "NOUN", "PRON"}]


def _phrase(token: Token) -> Span:
    """The actor's own words: the head with its left modifiers, and a name right after it."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in PHRASE_DEPS and child.dep_ not in {"cc", "conj"}:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in {"appos", "flat", "compound"} or (child.dep_ == "case" and child.i == end):
            end = max(end, child.right_edge.i + 1)
    return token.doc[start:end]


def _phrase_without_det(token: Token) -> str:
    """The head with its compound and adjective modifiers, for multiword roles ("police officers")."""
    words = [child for child in token.lefts if child.dep_ in {"compound"}]
    return " ".join([w.text for w in words] + [token.text])


def _entity_span(token: Token) -> Span | None:
    """The named entity the token belongs to, if any.

    Walks the IOB tags around the token: ``doc.ents`` would build every entity of the document
    on each call, which made coding quadratic in the article's length.
    """
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _person_span(token: Token, knowledge: Knowledge) -> Span | None:
    """The name of a person the token heads: a PERSON entity, or a known name spaCy missed."""
    span = _entity_span(token)
    if span is not None and span.label_ == "PERSON":
        return span
    # spaCy sometimes tags a surname as a common noun ("Trump"): capitalised and known is enough.
    proper = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper())
    if not proper or token.dep_ == "compound" or (span is not None and span.label_ in {"GPE", "NORP"}):
        return None
    start = token.i
    while start > token.sent.start and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound":
        start -= 1
    for first in range(start, token.i + 1):
        name = token.doc[first : token.i + 1]
        if normalise(name.text) in knowledge.people:
            return name
    return None


def _name_text(token: Token, span: Span | None) -> str:
    """The name to look up: the entity's text, else the head with its compounds."""
    if span is not None:
        return span.text.removesuffix("'s").removesuffix("’s")
    compounds = [child.text for child in token.lefts if child.dep_ == "compound"]
    return " ".join([*compounds, token.text])


def _nationality_modifiers(token: Token, knowledge: Knowledge) -> list[str]:
    """Country codes of adjective and possessive modifiers, in order ("Ukrainian and Russian")."""
    codes: list[str] = []
    modifiers = [child for child in token.lefts if child.dep_ in {"amod", "compound", "poss", "nmod"}]
    # "Russian envoy Ivan Sokolov": the adjective hangs on the title, the title on the name.
    for child in list(modifiers):
        if child.dep_ == "compound" and child.pos_ in {"PROPN", "NOUN"}:
            modifiers.extend(g for g in child.lefts if g.dep_ in {"amod", "compound", "poss", "nmod"})
    for child in modifiers:
        for word in [child, *child.conjuncts]:
            name = _name_text(word, _entity_span(word))
            # "al-Shabaab militants": a group's name modifying a role gives the group's code.
            actor = (
                knowledge.find(knowledge.countries, name)
                or knowledge.find(knowledge.capitals, name)
                or (word.dep_ == "compound" and knowledge.find(knowledge.organisations, name))
                or None
            )
            if actor and actor.code and actor.code not in codes:
                codes.append(actor.code)
    return codes
