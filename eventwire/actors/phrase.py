"""Reading an actor's phrase out of the parse: its words, name, entity, conjuncts, nationalities.

Pure functions of spaCy tokens and the knowledge base; the resolver decides what they mean.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container

from spacy.tokens import Span, Token

from eventwire.actors.gazetteer import country_of_city
from eventwire.actors.knowledge import Knowledge, KnownActor, normalise

# "two of Russia's largest oil companies": the actor is the phrase after "of".
QUANTITY_HEADS = {"some", "many", "most", "all", "both", "several", "dozens", "hundreds",
                  "thousands", "millions", "none", "one", "two", "three", "four", "five",
                  "group", "number", "members", "member", "part", "rest", "deployment", "contingent",
                  "batch", "patch", "team", "column", "convoy", "wave", "handful", "scores", "tens"}  # fmt: skip
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}
NAME_JOINERS = {"'s", "’s", "of", "for", "the", "-", "and"}
# Words that say a group is not from where it is.
FROM_ABROAD = {"foreign", "international", "western", "overseas", "visiting", "expatriate", "outside"}
LOCATING_VERBS = {"base", "operate", "station", "locate", "deploy", "live", "hide", "hold"}
DIRECTION = re.compile(r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                       r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|"
                       r"upper|lower|rural)\s+)+", re.IGNORECASE)
IN_PLACE = {"in", "throughout", "across", "inside"}
# Meetings and meeting verbs whose "in" or "at" names only where they are held.
VENUE_WORDS = {"talk", "talks", "negotiation", "summit", "meeting", "conference", "dialogue", "consultation",
               "meet", "gather", "negotiate", "convene", "hold", "host", "round", "session", "sideline"}
# Verbs by which one party settles something with another, wherever that is done.
SETTLING_VERBS = {"sign", "agree", "conclude", "initial", "reach", "discuss"}
# Words whose "in" names where parties met or settled, never whose they are.
MEETING_WORDS = VENUE_WORDS | SETTLING_VERBS
# Modifier relations that belong to the actor's own phrase (not its clauses or prepositions).
PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "appos", "flat", "cc", "conj"}


def through_quantity(token: Token) -> Token:
    """From "two" in "two of Russia's companies" to "companies"."""
    if token.lower_ in QUANTITY_HEADS or token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return token


def conjuncts(token: Token) -> list[Token]:
    """Heads coordinated with ``token`` ("Ukraine and Russia")."""
    return [conj for conj in token.conjuncts if conj.i > token.i and conj.pos_ in {"PROPN", "NOUN", "PRON"}]


def phrase(token: Token) -> Span:
    """The actor's own words: the head with its left modifiers, and a name right after it."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in PHRASE_DEPS and child.dep_ not in {"cc", "conj"}:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in {"flat", "compound"} or (child.dep_ == "case" and child.i == end):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "appos":
            # "Umerov, Secretary of the Council": the appositive, but not its relative clauses.
            inner = [g for g in child.subtree if g.dep_ != "punct" and not _under_clause(g, child)]
            end = max(end, max(g.i for g in inner) + 1)
    return token.doc[start:end]


def _under_clause(token: Token, top: Token) -> bool:
    """Whether ``token`` sits inside a relative or participial clause below ``top``."""
    while token.i != top.i:
        if token.dep_ in {"relcl", "acl"}:
            return True
        token = token.head
    return False


def role_keys(token: Token) -> list[str]:
    """Ways to look a head noun up as a role, longest first: "armed groups", "police officers",
    then the bare lemma and word."""
    # Not the last word of a longer name ("Union" in "European Union leaders" is no labour union).
    compounds = [child.text for child in token.lefts if child.dep_ == "compound" and not (
        child.ent_iob_ == "I" and child.ent_type_ in {"ORG", "GPE", "NORP", "FAC"} and token.ent_iob_ == "O"
    )]  # fmt: skip
    adjectives = [child.text for child in token.lefts if child.dep_ == "amod" and child.i == token.i - 1]
    keys = [" ".join([*adjectives, token.text])] if adjectives else []
    if compounds:
        # "opposition parties" before "parties": the longer role decides.
        keys += [" ".join([*compounds, token.text]), " ".join([*compounds, token.lemma_])]
        if len(compounds) > 1:
            # "European Union member states": the role is in the nearest words.
            keys += [f"{compounds[-1]} {token.text}", f"{compounds[-1]} {token.lemma_}"]
    keys += [token.lemma_, token.text]
    # "member of parliament", "head of state": a role named with "of".
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            keys[:0] = [f"{token.text} of {pobj.text}" for pobj in prep.children if pobj.dep_ == "pobj"]
    return [normalise(key) for key in keys]


def entity_span(token: Token) -> Span | None:
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


def person_span(token: Token, knowledge: Knowledge, known: Container[str] = ()) -> Span | None:
    """The name of a person the token heads: a PERSON entity, or a known name spaCy missed.

    ``known`` holds names the article itself has taught (normalised), beside the knowledge
    base's people.
    """
    # spaCy sometimes tags a surname as a common noun ("Trump") or even as a place
    # ("Medvedev"): capitalised and known as a person, and not as a country, is enough.
    proper = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper())
    if not proper and token.ent_type_ != "PERSON":
        return None
    span = entity_span(token)
    if span is not None and span.label_ == "PERSON":
        return span
    if not proper or token.dep_ == "compound":
        return None
    start = token.i
    while start > token.sent.start and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound":
        start -= 1
    for first in range(start, token.i + 1):
        name = token.doc[first : token.i + 1]
        key = normalise(name.text)
        if (key in knowledge.people or key in known) and key not in knowledge.countries and key not in knowledge.capitals:
            return name
    return None


def name_text(token: Token, span: Span | None) -> str:
    """The name to look up: the entity's text, else the head with its compounds."""
    if span is not None:
        return span.text.removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")
    # Not the last word of a longer name ("Union" in "European Union leaders" is no labour union).
    compounds = [child.text for child in token.lefts if child.dep_ == "compound" and not (
        child.ent_iob_ == "I" and child.ent_type_ in {"ORG", "GPE", "NORP", "FAC"} and token.ent_iob_ == "O"
    )]  # fmt: skip
    return " ".join([*compounds, token.text])


def stance_prefixed(token: Token) -> bool:
    """Whether a word is the country of an "anti-" or "pro-" stance ("anti-Syria", "pro-Kremlin")."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in {"anti", "pro"} \
        or token.lower_.startswith(("anti-", "pro-"))


def nationality_modifiers(token: Token, knowledge: Knowledge, depth: int = 0) -> list[str]:
    """Country codes of adjective and possessive modifiers, in order ("Ukrainian and Russian"),
    or else of the place the phrase is in ("rebels in the Ivory Coast", "prisoners in East
    Timor's capital", "militants based in Syria")."""
    # "an anti-Syria journalist", "pro-Russian separatists" are for or against a country, not of it.
    modifiers = [child for child in token.lefts if child.dep_ in MODIFIER_DEPS and not stance_prefixed(child)]
    # "British Defence Secretary Tom King": the adjective hangs on the title, the title on the
    # name; follow compounds down however deep they go.
    for child in modifiers:
        # "U.S. Secretary of State Warren Christopher": the title may hang as an nmod.
        if child.dep_ in {"compound", "nmod"} and child.pos_ in {"PROPN", "NOUN"}:
            modifiers.extend(g for g in child.lefts if g.dep_ in MODIFIER_DEPS)
    # "Pakistan-based militants": where a group is based says whose it is.
    for child in list(modifiers):
        if child.lower_ == "based":
            modifiers.extend(g for g in child.children if g.dep_ in {"npadvmod", "compound", "nmod"} and g.i < child.i)
    # "Israeli army bulldozers": a compound shares the nationality of the noun it modifies.
    if token.dep_ == "compound" and token.head.i > token.i:
        modifiers.extend(g for g in token.head.lefts if g.dep_ in {"amod", "poss"} and g.i < token.i)
    # "King Hassan of Morocco", "refugees from Liberia": whose they are.
    modifiers.extend(_place_objects(token, {"of", "from"}))
    # "Croatian Serb refugees" are Serbs of Croatia, not a compound of two countries: only
    # coordinated nationalities ("Egyptian, Qatari and US mediators") make several actors.
    ordered = sorted(modifiers, key=lambda t: t.i)
    groups = [_codes(knowledge, [child, *child.conjuncts]) for child in ordered]
    for number, child in enumerate(ordered[:-1]):
        # "South Korean and U.S. warplanes" parsed as two modifiers, the "and" left on the
        # first with no conjunct: coordinated all the same.
        if any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in child.children) and not child.conjuncts and groups[number]:
            groups[number] = groups[number] + [code for code in groups[number + 1] if code not in groups[number]]
    own = next((codes for codes in groups if codes), [])
    # "Libyan troops in northern Chad" stay Libyan; "ethnic Albanians in Macedonia" and
    # "rebels in Darfur" belong to the place.
    if any(child.lower_ in FROM_ABROAD for child in token.lefts):
        return own  # "foreign journalists in Baghdad" are not Iraqi
    # "held talks with the rebels in Nairobi": where they met, not whose they are.
    partner = met_with(token)
    places = [] if partner else _codes(knowledge, _place_objects(token, IN_PLACE) + _located_at(token))
    if not places and depth < 2 and not partner:
        # The place may itself be described: "in East Timor's capital", "in the hills of Negros".
        for pobj in _place_objects(token, IN_PLACE, named_only=False) + _located_at(token, named_only=False):
            # "the Niger Delta" untagged is still a name; else what describes the place.
            if entity_span(pobj) is None and (places := _codes(knowledge, [pobj]) or nationality_modifiers(pobj, knowledge, depth + 1)):
                break
    if any(child.lower_ == "ethnic" or any(g.lower_ == "ethnic" for g in child.lefts) for child in token.lefts):
        # ("Ethnic Armenian forces in Nagorno-Karabakh": "ethnic" may hang on the adjective.)
        # An ethnic group with no place of its own lives where the sentence is set: "ethnic
        # Albanians ... villages near Macedonia's border" are in Macedonia, not Albania.
        return places or _sentence_countries(token, knowledge, exclude=set(own))[:1]
    return own or places


def met_with(token: Token) -> bool:
    """Whether a phrase names whom a meeting or a settlement is with ("talks with the rebels",
    "signed a truce with the army")."""
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    held = token.head.head
    return held.lemma_.lower() in MEETING_WORDS or (held.dep_ == "dobj" and held.head.lemma_.lower() in MEETING_WORDS)


def _sentence_countries(token: Token, knowledge: Knowledge, exclude: set[str]) -> list[str]:
    """The countries the token's sentence names as places, in order, less ``exclude``."""
    places = [word for word in token.sent if word.ent_type_ == "GPE" and word.ent_iob_ == "B" and word.i != token.i]
    return [code for code in _codes(knowledge, places) if code not in exclude]


def _place_objects(token: Token, prepositions: set[str], named_only: bool = True) -> list[Token]:
    """The (named) objects of the token's prepositions of place or belonging."""
    return [
        pobj for prep in token.rights if prep.dep_ == "prep" and prep.lower_ in prepositions
        for pobj in prep.children if pobj.dep_ == "pobj" and (entity_span(pobj) is not None or not named_only)
    ]  # fmt: skip


def _located_at(token: Token, named_only: bool = True) -> list[Token]:
    """Places a participle locates the phrase in: "militants based in Syria", "troops
    stationed in Niger", "the Red Cross operating in Iraq"."""
    return [
        pobj for clause in token.rights if clause.dep_ == "acl" and clause.lemma_.lower() in LOCATING_VERBS
        for pobj in _place_objects(clause, IN_PLACE, named_only)
    ]  # fmt: skip


def _capitalised_name(word: Token) -> bool:
    """Whether a word is written as a name: capitalised, and not merely because it opens the
    sentence ("Labour unions said" are any unions; "Labour MPs" mid-sentence are the party's)."""
    if not word.text[:1].isupper():
        return False
    return not word.is_sent_start or word.pos_ == "PROPN" or bool(word.ent_type_) or word.text.isupper()


def _codes(knowledge: Knowledge, words: list[Token]) -> list[str]:
    """The country codes the words name, each once, in order."""
    codes: list[str] = []
    for word in words:
        span = entity_span(word)
        # "The Lithuanian Parliament" may be one entity: then the adjective alone counts.
        names = [name_text(word, span if span is not None and span.end <= word.i + 1 else None)]
        # "the University of Oslo" may be one entity: "Oslo" alone is the place.
        names.append(name_text(word, None))
        # "Western Cambodia", "South-east Asia"'s parts: a direction before a place name.
        names += [DIRECTION.sub("", name) for name in names if DIRECTION.match(name)]

        # "al-Shabaab militants": a group's name modifying a role gives the group's code.
        actor = next((
            found for name in dict.fromkeys(names)
            if (found := knowledge.find(knowledge.countries, name)
                or knowledge.find(knowledge.capitals, name)
                or knowledge.find(knowledge.regions, name)
                or (word.dep_ == "compound" and _capitalised_name(word) and knowledge.find(knowledge.organisations, name)))
        ), None)  # fmt: skip
        if actor is None and span is not None and span.end > word.i + 1:
            # "of the Democratic Republic of Congo": the head word alone is no name.
            actor = knowledge.find(knowledge.countries, re.sub(r"^the\s+", "", span.text, flags=re.IGNORECASE))
        if actor is None and word.pos_ == "PROPN" and word.ent_type_ != "PERSON":
            actor = knowledge.find_misspelt(knowledge.countries, names[-1])  # "Phillippines"
        code = actor.code if actor else None
        # "the Copperbelt town of Kitwe"; "The Delhi Police", where the whole name is one
        # organisation entity and the city in it is untagged.
        # Not a word of a person's name, though: "San" in "Aung San Suu Kyi" is no Malian town.
        in_a_name = word.head.pos_ == "PROPN" and word.head.ent_type_ in {"", "PERSON"} and (
            normalise(word.head.lemma_) not in knowledge.roles
        )  # fmt: skip
        if code is None and (word.ent_type_ == "GPE" or (word.dep_ == "compound" and word.pos_ == "PROPN"
                                                         and word.ent_type_ in {"", "ORG"} and not in_a_name)):  # fmt: skip
            code = country_of_city(names[-1])
        if code and code not in codes:
            codes.append(code)
    return codes


def capitalised_names(doc_tokens: Span) -> list[str]:
    """The names a run of words may hold, longest first: "Lord's Resistance Army", "Resistance
    Army", "Army". The run ends where a word is neither capitalised nor a name's "'s", "of",
    "for", "the" or hyphen; spaCy does not always tag such names as one entity."""
    words = list(doc_tokens)
    start = len(words)
    while start > 0:
        word = words[start - 1]
        if not (word.text[:1].isupper() or (word.lower_ in NAME_JOINERS and start < len(words))):
            break
        start -= 1
    while start < len(words) and words[start].lower_ in NAME_JOINERS:
        start += 1  # a name does not begin with "of" or "'s"
    return [doc_tokens.doc[words[first].i : words[-1].i + 1].text for first in range(start, len(words))]


def names_around(token: Token, reach: int = 8) -> list[str]:
    """Names a capitalised head may be part of, longest first: "National Union for the Total
    Independence of Angola" around "Union", "Lord's Resistance Army" ending at "Army". A name
    starts and ends on a capitalised word and runs through "of", "for", "the", "'s" ..."""
    doc, sent = token.doc, token.sent

    def joins(i: int) -> bool:
        return doc[i].text[:1].isupper() or doc[i].lower_ in NAME_JOINERS

    first = token.i
    while first > max(sent.start, token.i - reach) and joins(first - 1):
        first -= 1
    starts = [i for i in range(first, token.i + 1) if doc[i].text[:1].isupper()]
    ends, end = [token.i + 1], token.i + 1
    while end < min(sent.end, token.i + 1 + reach) and joins(end):
        end += 1
        if doc[end - 1].text[:1].isupper():
            ends.append(end)
    spans = sorted((doc[a:b] for a in starts for b in ends), key=len, reverse=True)
    return [span.text for span in spans]


def organisation_modifier(token: Token, knowledge: Knowledge, on: dt.date | None = None) -> KnownActor | None:
    """A named organisation (or seat of power) that modifies a role noun: "Hezbollah fighters",
    "Wagner mercenaries", "a White House official"."""
    for child in token.lefts:
        # A name is capitalised: "labour federation" is not the Labour Party's.
        # ("pro-EU demonstrators" are for the EU, not of it.)
        if child.dep_ in {"compound", "nmod", "amod", "poss"} and _capitalised_name(child) and not stance_prefixed(child):
            span = entity_span(child)
            found = knowledge.organisation(name_text(child, span), on)
            # "a White House official", "a State Department spokesman": a seat of power too.
            found = found or knowledge.find(knowledge.seats, name_text(child, span))
            if found is not None:
                return found
    # "Shining Path guerrillas": a name spaCy split into unrelated words.
    before = token.doc[token.sent.start : token.i]
    for name in capitalised_names(before) if token.i > token.sent.start + 1 else []:
        if any(f"{stance}-{name}".lower() in before.text.lower() for stance in ("pro", "anti")):
            continue
        found = knowledge.organisation(name, on)
        if found is not None:
            return found
    return None
