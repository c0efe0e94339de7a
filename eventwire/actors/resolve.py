"""Resolving the noun phrase under a parse token to an actor: country, sector, name, office.

An :class:`ActorResolver` is made per article. It reads the phrase around a token (titles,
nationality adjectives, possessives, appositives, names), looks names up in the knowledge base
by the article's date, and remembers what the article itself taught it ("Turkish Foreign
Minister Hakan Fidan" makes a later "Fidan" TUR GOV; "he" is the last person named; "the
minister" is the last minister named). It never guesses: a phrase it cannot place gets
``code=None``. Every answer comes with ``how``, the reason it was given.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.actors.gazetteer import country_of_city
from eventwire.actors.knowledge import FAMILY_NAME_FIRST, Knowledge, KnownActor, Role, normalise
from eventwire.actors.phrase import (
    FROM_ABROAD,
    MEETING_WORDS,
    VENUE_WORDS,
    conjuncts,
    entity_span,
    met_with,
    name_text,
    names_around,
    nationality_modifiers,
    organisation_modifier,
    person_span,
    phrase,
    role_keys,
    through_quantity,
)
from eventwire.records import Entity

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
POSSESSIVE_PRONOUNS = {"his", "her"}
GROUP_PRONOUNS = {"they", "them"}
# Adjectives of regions whose states act together ("West African leaders" are ECOWAS's).
REGIONAL_ADJECTIVES = {
    "west african": "IGO", "east african": "IGO", "southern african": "IGO", "african": "IGO", "arab": "IGO",
    "gulf": "IGO", "gulf arab": "IGO", "latin american": "IGO", "south american": "IGO", "caribbean": "IGO",
    "southeast asian": "IGO", "central asian": "IGO", "nordic": "IGO", "baltic": "IGO", "pacific": "IGO",
    "european": "EUR", "eu": "EUR",
}  # fmt: skip
# What "Western" makes the West: "Western countries", "Western powers", "Western governments".
WESTERN_BODIES = {"country", "power", "government", "nation", "state", "ally", "capital", "democracy"}
# "the North" and "the South" in a story about Korea.
KOREAN_HALVES = {"north": "PRK", "south": "KOR"}
# Which gender a pronoun cannot stand for.
PRONOUN_EXCLUDES = {"he": "f", "him": "f", "his": "f", "she": "m", "her": "m"}
# Words next to a name that say the person's gender.
GENDERED_WORDS = {
    "mrs": "f", "ms": "f", "madam": "f", "madame": "f", "queen": "f", "princess": "f", "spokeswoman": "f",
    "chairwoman": "f", "congresswoman": "f", "businesswoman": "f", "policewoman": "f", "servicewoman": "f",
    "mr": "m", "king": "m", "prince": "m", "spokesman": "m", "chairman": "m", "congressman": "m",
    "businessman": "m", "policeman": "m", "serviceman": "m", "sheikh": "m", "emir": "m",
}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sheikh", "sheik", "mullah", "ayatollah", "imam", "sir", "dame", "lord"}
SUBJECTS = {"nsubj", "nsubjpass"}
# Nouns that stand for whoever leads: "the Ukrainian leader", "the leader".
LEADER_WORDS = {"leader", "head", "chief"}
# Words for a body named earlier in the article, and the sectors such a body has (empty: any).
INSTITUTION_WORDS = {
    "group": {"REB", "OPP", "NGO", "PTY"}, "movement": {"REB", "OPP", "PTY"}, "militia": {"REB"},
    "organisation": set(), "organization": set(), "company": {"BUS"}, "firm": {"BUS"},
    "agency": set(), "authority": set(), "commission": set(), "service": set(),
    "federation": {"LAB", "BUS"}, "union": {"LAB"}, "party": {"PTY", "OPP"}, "alliance": set(),
    "bloc": set(), "court": {"JUD"}, "council": set(), "coalition": {"OPP", "PTY", "REB", "MIL"}, "front": {"REB", "OPP", "PTY"},
}  # fmt: skip
FLEE_VERBS = {"flee", "escape", "leave"}
# Words before a title that say its holder no longer holds it.
# How spaCy hangs the country on "led" in "Saudi-led" / "U.S.-led".
LED_BY_DEPS = {"npadvmod", "compound", "amod", "nmod", "nsubj"}
FORMER_WORDS = {"former", "ex", "ousted", "deposed", "toppled", "overthrown", "exiled", "erstwhile"}
# "his country", "her government": the state of the person the pronoun stands for.
HOMELAND_WORDS = {"country", "nation", "government", "administration", "state"}
# Bodies that act for whoever owns them ("Trump's campaign", "the group's network").
OWNED_BODIES = {"campaign", "network", "office", "camp", "team", "movement", "organisation", "organization",
                "group", "leadership", "regime", "cabinet", "coalition", "entourage", "staff", "envoy", "wing",
                # "the U.N. mission in Libya", "the EU's naval mission": the body that sent it
                "mission"}  # fmt: skip
# Words for a body that a name before them says whose it is: "the UNITA militarist wing", "the
# APEC forum", "the Palestinian Islamic Jihad movement".
NAMED_BODIES = OWNED_BODIES | {"forum", "faction", "front", "alliance", "bloc", "body", "militia", "organisation",
                               "outfit", "branch", "arm", "council", "grouping", "camp", "base", "hideout",
                               "position", "stronghold", "bureau", "committee", "command", "watchdog", "agency"}  # fmt: skip
# Parts of a body that act for it: "a panel of the Supreme Court", "members of the council".
PART_WORDS = {"panel", "member", "bench", "chamber", "section", "unit", "wing", "branch", "faction", "cell",
              # "a coalition of smaller parties", "an alliance of rebel groups": a body of its members
              "coalition", "alliance", "federation", "association", "bloc"}
# Words that, with "the" alone, refer back to a state: "the country", "links with the emirate".
# ("the kingdom" and "the island" are left to the role and place rules, which know more.)
STATE_REFERENCES = {"country", "nation", "emirate", "sultanate", "archipelago"}
# "the republic of Slovenia", "the Kingdom of Morocco": the state the of-phrase names.
STATE_WORDS = {"republic", "kingdom", "state", "emirate", "principality", "sultanate", "federation"}
# Words for two parties named before: "both sides", "the two countries", "both leaders".
PAIR_WORDS = {"side", "country", "nation", "leader", "government", "party", "neighbour", "neighbor",
              "rival", "delegation", "army", "president", "minister", "capital", "state", "general", "navy",
              "military", "force", "negotiator", "envoy", "official"}  # fmt: skip
# Verbs after which "it" and "they" are the speaker: "Brazil and Colombia said they would".
SAYING_VERBS = {"say", "announce", "tell", "state", "confirm", "add", "declare", "insist", "warn", "vow",
                "pledge", "promise", "indicate", "write", "argue", "claim", "stress", "reiterate", "signal",
                "deny", "admit", "acknowledge"}
# Institutions that, unnamed, belong to the country a story is datelined in.
HOME_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD"}
# Groups that, unnamed, are the people of that country ("protesters", "rebels", "students",
# "smaller parties").
LOCAL_SECTORS = {"CVL", "REB", "OPP", "EDU", "LAB", "MED", "REL", "CRM", "UAF", "PTY"}
COMPANY_SUFFIXES = {"technologies", "group", "inc", "corp", "corporation", "ltd", "limited", "co", "holdings",
                    "plc", "sa", "ag", "company", "international", "industries", "llc", "gmbh"}
# Verbs by which an appositive clause says whom a person leads: "X, who heads the union".
LEAD_VERBS = {"lead", "head", "chair", "run", "command", "direct", "represent", "manage", "own"}
INTERNATIONAL_CODES = {"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"}
# Those who speak for a body: "a ruling party spokesman" speaks for the party.
SPEAKING_ROLES = {"spokesman", "spokeswoman", "spokesperson"}
# Those a country sends to a body: "Myanmar's U.N. ambassador" is Myanmar's.
ENVOY_WORDS = {"ambassador", "envoy", "representative", "delegate", "delegation", "diplomat"}
# Seat names other countries' bodies share: Peru, Argentina, Brazil and the Philippines have a
# Congress, Canada a House of Commons; the table lists each under one country.
# Texts that speak for their authors: "a foreign ministry statement said".
STATEMENT_WORDS = {"statement", "communique", "communiqué", "letter", "release"}
SHARED_SEAT_NAMES = {"congress", "house of commons", "majlis"}
# One name the parse splits into halves: "North and South Korea(n)" is both Koreas.
BOTH_KOREAS = "north and south korea"
# Weapons a sentence may make the subject of what their users did.
FIRED_THINGS = {"rocket", "missile", "shell", "drone", "bomb", "mortar", "projectile", "grenade", "bullet", "salvo"}
# "the four countries": how many a number word says (two is a pair, see ActorResolver._pair).
GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}


@dataclass(frozen=True)
class Explained:
    """A resolved actor and the reason for it."""

    entity: Entity
    how: str


# Words that count people ("thousands of Sudanese").
CROWD_COUNTS = {"thousand", "hundred", "dozen", "million", "score", "crowd", "group", "number", "ten"}
# The prepositions that name whom an act is aimed at ("fired on", "shot at", "a raid against").
TARGET_PREPOSITIONS = {"on", "at", "against", "upon"}
# Territories coded apart (countries.tsv) whose police, ministers and officials are another
# state's.
SOVEREIGN_OF = {"NCL": ("FRA", "France")}
# People who carry talks between others, no side of them.
GO_BETWEENS = {"mediator", "broker", "facilitator", "go-between", "host"}


class ActorResolver:
    """Resolves actor phrases of one article, remembering the people it has named."""

    def __init__(
        self, knowledge: Knowledge, published: dt.date | None, home: str | None = None,
        other_homes: tuple[str, ...] = (),
    ) -> None:  # fmt: skip
        self.knowledge = knowledge
        self.published = published
        self.home = home  # the country of the article's dateline, if it has one
        self.other_homes = other_homes  # the countries of a dateline's other places ("PARIS/BAMAKO")
        # Surnames and full names seen in this article: (actor, how, offset of first mention).
        self.memory: dict[str, tuple[KnownActor, str, int]] = {}
        self.people_seen: list[tuple[int, KnownActor]] = []  # (character offset, person)
        self.gender_of: dict[int, str | None] = {}  # offset of a person named -> "f", "m" or None
        self.sentence_of: dict[int, int] = {}  # offset of a person named -> offset of its sentence
        self.subjects_seen: set[int] = set()  # offsets of the people named as subjects
        self.groups_seen: list[tuple[int, str, KnownActor]] = []  # (offset, head word, actor)
        self.places_seen: list[tuple[int, str]] = []  # (offset, country of a place named)
        self.venues: set[int] = set()  # offsets of places named only as where a meeting is held
        self.hosts: set[int] = set()  # offsets of countries named as hosting a meeting ("Cuba is hosting the talks")
        # Countries named together ("Armenia and Azerbaijan", "between India and Pakistan"):
        # (offset, the countries), for a later "both sides" or "the two countries".
        self.pairs_seen: list[tuple[int, list[str]]] = []
        self.plural_subjects: list[tuple[int, int, KnownActor]] = []  # (offset, sentence, actor)
        self.singular_subjects: list[tuple[int, int, KnownActor]] = []  # bodies and countries
        self._describing: set[int] = set()  # names being described right now (a parse can loop)

    def learn(self, doc: Doc) -> None:
        """Read every person the article names, in order, for later surnames and pronouns."""
        self._learn_places(doc)  # first: an official's country may be named after them
        self._learn_pairs(doc)
        if self.home is not None and self.other_homes:
            # "PARIS/BAMAKO": of the places a story is filed from, the one whose country the
            # body names most (the first, on a tie).
            named = Counter(code for _, code in self.places_seen)
            self.home = max((self.home, *self.other_homes), key=lambda code: named[code])
        if self.home is not None and self._dateline_is_a_venue():
            self.home = None  # the article's own actors decide, where they agree
        for token in doc:
            span = person_span(token, self.knowledge, self.memory)
            if span is not None and span.root.i == token.i:
                found = self._person(span)
                # A person with only a role ("Judge Amina Bello") is still who "she" is next.
                if found is not None and (found[0].code or found[0].sector):
                    self.people_seen.append((span.start_char, found[0]))
                    self.gender_of[span.start_char] = self._gender(span, found[0])
                    self.sentence_of[span.start_char] = token.sent.start_char
                    if token.dep_ in {"nsubj", "nsubjpass"}:
                        self.subjects_seen.add(span.start_char)
            elif token.pos_ in {"NOUN", "PROPN"} and token.dep_ not in {"compound", "amod"} and self._may_be_body(token):
                self._remember_group(token)
            elif token.pos_ == "PROPN" and token.dep_ == "compound" and self._named_group(token):
                # "struck Houthi targets. The Iran-aligned movement vowed to retaliate": a group
                # named only as a modifier is still the one a later "the movement" means.
                self._remember_group(token)

    def _learn_pairs(self, doc: Doc) -> None:
        """Note each coordination of two or more countries, by the places it names."""
        for token in doc:
            if token.pos_ not in {"PROPN", "NOUN", "ADJ"} or not any(c.dep_ == "conj" for c in token.children):
                continue
            if token.dep_ == "conj" and token.head.pos_ in {"PROPN", "NOUN", "ADJ"}:
                continue  # "Britain, China, France and Turkey" is one list, not four shorter ones
            parts = [token, *(conj for conj in token.conjuncts if conj.i > token.i)]  # "the Russian, French and U.S. leaders"
            end = max(t.right_edge.idx + len(t.right_edge.text) for t in parts)
            # The parties' own words: not "talks with Ukraine in Istanbul" (where they met), nor
            # "the two presidents, who were at a summit in Samarkand" (what is said of them).
            own_words = {t.idx for part in parts for t in _without_clauses(part)}
            codes: list[str] = []
            for start, code in self.places_seen:
                if start in own_words and code not in codes and start not in self.venues:
                    codes.append(code)
            if len(codes) < 2:
                # Names the tagger missed ("Ghana and Togo" with Togo untagged): each conjunct
                # that is itself a country's name.
                for part in [token, *conjuncts(token)]:
                    if part.pos_ != "PROPN":
                        continue
                    name = (entity_span(part) or part.doc[part.i : part.i + 1]).text
                    group = self.knowledge.find(self.knowledge.organisations, name)
                    code = place_country(part.text, self.knowledge, cities=False) or (group.code if group else None)
                    if code and code not in codes:
                        codes.append(code)
            if len(codes) < 2 and BOTH_KOREAS in token.doc.text[token.left_edge.idx : end].lower():
                codes = ["PRK", "KOR"]  # the halves share one name the parse splits
            if len(codes) > 1 and not _go_between(token):
                self.pairs_seen.append((token.idx, codes))

    def _pair(self, token: Token) -> list[Entity]:
        """ "both sides", "the two countries", "both leaders": the countries last named together
        (else the last two named at all), each with the sector the word gives."""
        words = {child.lower_ for child in token.children if child.dep_ in {"det", "predet", "nummod", "preconj"}}
        if token.lemma_.lower() not in PAIR_WORDS or token.tag_ != "NNS":
            return []
        if words & {"both", "two"}:
            codes = self.pair_before(token)
            named = {code for start, code in self.places_seen if start < token.idx}
            if not codes and len(named) == 1 and token.lemma_.lower() in {"side", "party", "camp", "faction"}:
                # "praised both sides for their courage" in a story of one country: its
                # government and its rebels or opposition.
                codes = list(named)
        else:
            # "the four countries", "the three governments": the last group of that many
            # countries named together.
            size = next((GROUP_SIZES[w] for w in words if w in GROUP_SIZES), None)
            if size is None:
                return []
            codes = next((list(codes) for start, codes in reversed(self.pairs_seen)
                          if start < token.idx and len(codes) == size), [])  # fmt: skip
        if codes and all(start != token.idx for start, _ in self.pairs_seen):
            # "urged both countries ... Both sides agreed": a pair referred to is the pair
            # the next reference means.
            self.pairs_seen.append((token.idx, codes))
            self.pairs_seen.sort(key=lambda item: item[0])
        role = self._role(token)
        sector = role.sector if role is not None else "GOV"
        text = phrase(token).text
        return self._country_entities(text, codes, sector)

    def _the_west(self, token: Token) -> list[Entity]:
        """ "the West", "Western countries", "Western powers": the United States and the
        European Union, as news means them (not "Western embassies", which names no one)."""
        western = token.lower_ == "west" and any(c.lower_ == "the" for c in token.children) and token.dep_ != "pobj"
        western = western or (token.lemma_.lower() in WESTERN_BODIES and token.tag_ == "NNS" and any(
            c.lower_ == "western" and c.dep_ in {"amod", "compound"} for c in token.children))  # fmt: skip
        if not western:
            return []
        return self._country_entities(phrase(token).text, ("USA", "EUR"), "GOV")

    def _country_entities(self, text: str, codes: Iterable[str], sector: str | None) -> list[Entity]:
        """One phrase standing for several countries ("both sides", "the West"), each in a sector."""
        return [Entity(text=text, name=self.knowledge.country_names.get(code, code), code=code, sector=sector,
                       cameo_code=_cameo(code, sector)) for code in codes]  # fmt: skip

    def _speaker_country(self, token: Token) -> str | None:
        """The country of whoever says the clause a token is in ("X's minister said ..."), if
        the speaker is a national official."""
        clause = token
        while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
            clause = clause.head
        speaker = _speaker(clause)
        if speaker is None or speaker.i == token.i:
            return None
        found = self.resolve(speaker)
        return found.code if found is not None and found.code and found.code not in INTERNATIONAL_CODES else None

    def _speakers(self, token: Token) -> list[Entity]:
        """ "Brazil and Colombia said they would not recognise the results": a pronoun subject
        of what someone says is the speaker, all of them."""
        owned = any(c.dep_ == "poss" and c.lower_ in {"their", "its", "our"} for c in token.children)
        if token.lower_ not in {"they", "it", "we"} and not owned:
            return []
        if token.dep_ in {"nsubj", "nsubjpass"}:
            clause = token.head
        elif owned and self._role(token) is not None:
            # "The Israeli military said gunmen had opened fire on its troops": the speaker's
            # own people wherever they stand in what it says.
            clause = next((a for a in list(token.ancestors)[:4] if a.dep_ == "ccomp"), token.head)
        else:
            return []
        speaker = _speaker(clause)
        if speaker is None:
            return []
        found = [e for e in self.resolve_all(speaker) if e.code]
        if owned:
            # "Union leaders said their members would march": the speakers' own people, in
            # the sector the word gives.
            role = self._role(token)
            sector = role.sector if role is not None and role.sector else None
            return [e.model_copy(update={"text": phrase(token).text, "sector": sector or e.sector,
                                         "cameo_code": _cameo(e.code, sector or e.sector)}) for e in found]  # fmt: skip
        plural = token.lower_ in {"they", "we"}
        return found if found and (plural or len(found) == 1) else []

    def _both_koreas(self, token: Token) -> list[Entity]:
        """ "North and South Korean generals", "the leaders of North and South Korea": each
        Korea, with the role's sector (the halves share one name the parse splits)."""
        words = " ".join(t.lower_ for t in token.subtree)
        if BOTH_KOREAS not in words:
            return []
        role = self._role(token)
        sector = role.sector if role is not None and role.sector else "GOV"
        text = phrase(token).text
        return self._country_entities(text, ("PRK", "KOR"), sector)

    def _of_pair(self, token: Token) -> list[Entity]:
        """ "officials from the two countries", "the foreign ministers of both sides", "troops
        on both sides of the border", "the two countries' security officials": people of each
        of the pair, with their role's sector."""
        if token.pos_ != "NOUN":
            return []
        pair = next((found for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"of", "from", "on"}
                     for pobj in prep.children if pobj.dep_ == "pobj" and (found := self._pair(pobj))), [])  # fmt: skip
        # "the two countries' top security officials"
        pair = pair or next((found for owner in token.children if owner.dep_ == "poss" and (found := self._pair(owner))), [])
        if not pair and any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
            # "Saudi Arabia and Iran agreed ... Their foreign ministers will meet soon": the
            # pair named together in this sentence or the one before.
            sentence = token.sent
            before = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
            since = token.doc[before].idx
            codes = next((codes for start, codes in reversed(self.pairs_seen) if since <= start < token.idx), [])
            pair = [Entity(text=phrase(token).text, name=self.knowledge.country_names.get(code, code), code=code,
                           sector="GOV", cameo_code=_cameo(code, "GOV")) for code in codes if len(codes) == 2]  # fmt: skip
            # (each then takes the sector of the role, below)
        role = self._role(token)
        if not pair or role is None:
            return []
        text = phrase(token).text
        return [e.model_copy(update={"text": text, "sector": role.sector, "cameo_code": _cameo(e.code, role.sector)})
                for e in pair if e.code]  # fmt: skip

    def pair_before(self, token: Token) -> list[str]:
        """The two countries last named together before ``token`` (not as the subject over
        it), else the two the article has named most so far (the first named first); [] when
        there are not two.

        A list of five guarantors or a pair with a third place inside it ("the two presidents,
        who were at a summit in Samarkand") is not "both sides"; and in "Erdogan, who hosted
        the talks, urged both sides", the sides are the countries the story is about, not
        the last two it happened to name."""
        codes = next((codes for start, codes in reversed(self.pairs_seen)
                      if start < token.idx and len(codes) == 2 and not _subject_over(token.doc, start, token)), None)  # fmt: skip
        if codes is not None:
            return list(codes)
        # (Nor "Saudi and U.S. mediators": go-betweens are no side.)
        mediators = {t.idx for m in token.doc if _mediators_nationality(m) for t in (m, *m.conjuncts)}
        named = [(start, code) for start, code in self.places_seen
                 if start < token.idx and start not in self.venues | mediators and code not in INTERNATIONAL_CODES]  # fmt: skip
        # The one urging or hosting is not one of the sides, wherever else it is named; but in
        # "Russia said ..., after the first negotiations between the two sides" it is.
        argument = token.head.pos_ in {"VERB", "AUX"} or (token.head.dep_ == "prep" and token.head.head.pos_ in {"VERB", "AUX"})
        own = {code for start, code in named if argument and _subject_over(token.doc, start, token)}
        counts = Counter(code for _, code in named if code not in own)
        first = {}
        for start, code in named:
            first.setdefault(code, start)
        ranked = sorted(counts, key=lambda code: (-counts[code], first[code]))[:2]
        return sorted(ranked, key=first.__getitem__) if len(ranked) == 2 else []

    def _learn_places(self, doc: Doc) -> None:
        """Note the country of every place (and nationality) the article names: they say where
        a story is set when no actor does ("police in Kisumu said", "Chilean officials")."""
        for token in doc:
            if token.ent_iob_ != "B" or token.ent_type_ not in {"GPE", "LOC", "ORG", "NORP"}:
                continue
            place = entity_span(token)
            if place is None:
                continue
            # spaCy tags some capitals ORG ("in Niamey"); an organisation's name may open with
            # its country ("Kenya Anti-Corruption Commission"): countries and capitals only.
            cities = token.ent_type_ in {"GPE", "LOC"}
            code = place_country(place.text, self.knowledge, cities=cities)
            if code is None and token.ent_type_ == "ORG" and len(place) > 1:
                # "the United Arab Emirates" tagged ORG is still a country; otherwise the name's
                # first word may be one.
                first = next(word.text for word in place if word.lower_ != "the")
                code = place_country(first, self.knowledge, cities=cities)
            if code:
                self.places_seen.append((token.idx, code))
                if _venue(place.root):
                    self.venues.add(token.idx)
                if _host(place.root):
                    self.hosts.add(token.idx)

    def resolve_all(self, token: Token, with_conjuncts: bool = True) -> list[Entity]:
        """Every actor of the phrase headed by ``token``, its conjuncts included unless told not."""
        token = through_quantity(token)
        pair = self._pair(token) or self._of_pair(token) or self._both_koreas(token) or self._the_west(token)
        if pair:
            return pair
        speakers = self._speakers(token)
        if speakers:
            return speakers
        resolved: list[Entity] = []
        codes = nationality_modifiers(token, self.knowledge)
        for head in [token, *(conjuncts(token) if with_conjuncts else [])]:
            if head is not token and codes and _bare_noun(head):
                # "U.S. and British warplanes and warships": the warships are theirs too, not
                # the dateline country's. But "South Sudan's army and rebels" are two parties
                # of one country: a bare conjunct of another sector is that country's.
                other = self.resolve(head)
                if other is not None and other.sector and all(other.sector != e.sector for e in resolved):
                    name = self.knowledge.country_names.get(codes[0], codes[0])
                    resolved.append(other.model_copy(update={"code": codes[0], "name": name,
                                                             "cameo_code": f"{codes[0]}{other.sector}"}))  # fmt: skip
                continue
            entity = self.resolve(head)
            # "Rustem Umerov, ... and Kyiv's chief negotiator": one actor described twice.
            if entity is not None and all((entity.code, entity.sector) != (e.code, e.sector) for e in resolved):
                resolved.append(entity)
        for part in (c for c in token.children if c.dep_ in {"nmod", "compound"} and c.pos_ == "NOUN"):
            # "Ethiopia's government and Tigrayan forces": the parser may hang the first party
            # on the second's head word, with the "and" on it.
            owned = any(c.dep_ == "poss" and c.i < part.i for c in (*token.children, *part.children))
            if owned and any(g.dep_ == "cc" and g.lower_ == "and" for g in part.children) and any(g.dep_ == "conj" for g in part.children):
                entity = self.resolve(part)
                if entity is not None and entity.sector and all((entity.code, entity.sector) != (e.code, e.sector) for e in resolved):
                    resolved.insert(0, entity)
        # "Ukrainian and Russian detainees": one head, several nationalities.
        if len(resolved) == 1 and len(codes) > 1:
            first = resolved[0]
            return [
                first.model_copy(update={
                    "code": code, "name": self.knowledge.country_names.get(code, code),
                    "cameo_code": _cameo(code, first.sector),
                })  # fmt: skip
                for code in codes
            ]
        return resolved

    def resolve(self, token: Token) -> Entity | None:
        """The actor a single phrase head stands for, or None when it is no actor at all."""
        explained = self.explain(token)
        return explained.entity if explained else None

    def explain(self, token: Token) -> Explained | None:
        """Like :meth:`resolve`, with the reason; None when the phrase names no actor."""
        token = through_quantity(token)
        text = phrase(token).text
        if token.lower_ in PERSON_PRONOUNS and not any(c.dep_ == "compound" for c in token.children):
            # ("Liu He", the Chinese vice premier, is no "he": a pronoun has no name before it.)
            speaker = _speaker(token.head) if token.dep_ in SUBJECTS and token.lower_ in {"he", "she"} else None
            said_by = self._person_of(speaker) if speaker is not None else None
            if said_by is not None:
                # "Ruto said he would host a summit, but Tshisekedi said he would not attend":
                # "he" is whoever says so.
                return Explained(_entity(text, said_by), "pronoun: the one who says it")
            actor = self._antecedent(token.idx, token.lower_)
            return Explained(_entity(text, actor), "pronoun: last person named") if actor else None
        if token.lower_ in GROUP_PRONOUNS:
            actor = self._group_antecedent(token, self.plural_subjects)
            return Explained(_entity(text, actor), "pronoun: last group named as a subject") if actor else None
        if token.lower_ == "it" and token.dep_ in SUBJECTS:
            actor = self._group_antecedent(token, self.singular_subjects)
            return Explained(_entity(text, actor), "pronoun: last body named as a subject") if actor else None
        if token.dep_ in SUBJECTS and token.head.dep_ == "ccomp" and token.lemma_.lower() in STATE_REFERENCES and (
            _the_country(token) or any(c.dep_ == "poss" and c.lower_ in {"his", "her", "its", "their"} for c in token.children)
        ) and (spoken := self._speaker_country(token)) is not None:  # fmt: skip
            # "North Korea's foreign ministry said the country would not negotiate", "Poland's
            # prime minister said his country would oppose the accord": the speaker's own.
            name = self.knowledge.country_names.get(spoken, spoken)
            return Explained(_entity(text, KnownActor(name, spoken, "GOV", None)), "the speaker's country")
        if token.dep_ not in SUBJECTS and (token.lower_ == "it" or _the_country(token)):
            # "cut ties with Qatar, accusing it of ..." (the country named last before, not
            # the one acting); "sanctions on the country" (the country the story is about).
            code = self._country_before(token) if token.lower_ == "it" else self.story_country(token)
            if code is not None:
                name = self.knowledge.country_names.get(code, code)
                return Explained(_entity(text, KnownActor(name, code, None, None)), "the country named before")
        if token.lemma_.lower() == "counterpart" and not nationality_modifiers(token, self.knowledge):
            # "Blinken spoke with his counterpart": someone of another country, which only a
            # nationality says ("his Japanese counterpart"), never the owner's or the dateline's.
            return None
        if token.lemma_.lower() in FIRED_THINGS:
            # "rockets fired by Hamas killed 12 people", "a missile launched by the Houthis":
            # whoever fired them.
            agents = [o for c in token.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                      for o in a.children if o.dep_ == "pobj"]  # fmt: skip
            fired_by = next((e for o in agents for e in [self.resolve(o)] if e is not None and e.code), None)
            if fired_by is not None:
                return Explained(fired_by.model_copy(update={"text": text}), "who fired it")
        if token.lemma_.lower() in STATEMENT_WORDS and token.dep_ in SUBJECTS:
            # "An Azerbaijani defence ministry statement accused Armenian troops": its author.
            author = next((c for c in reversed(list(token.lefts)) if c.dep_ in {"compound", "poss"} and c.pos_ in {"NOUN", "PROPN"}), None)
            found = self.explain(author) if author is not None else None
            # The author's nationality may stand anywhere before the head ("An Azerbaijani
            # defence ministry statement", parsed as a chain of compounds).
            named = next((country for t in token.subtree if t.i < token.i and t.ent_type_ in {"NORP", "GPE"}
                          for country in [self.knowledge.find(self.knowledge.countries, t.text)] if country), None)  # fmt: skip
            if named is not None and named.code and (found is None or found.entity.code != named.code):
                sector = found.entity.sector if found is not None and found.entity.sector else "GOV"
                return Explained(_entity(text, KnownActor(named.name, named.code, sector, None)), "nationality+author of the statement")
            if found is not None and found.entity.code:
                return Explained(found.entity.model_copy(update={"text": text}), f"{found.how}+author of the statement")
        half = self._korean_half(token)
        if half is not None:
            return Explained(_entity(text, half), "the North or South in a story about Korea")
        known = self._known_phrase(token)
        if known is not None:
            return Explained(_entity(text, known[0]), known[1])
        leader = self._led_by_country(token)
        if leader is not None:
            return Explained(_entity(text, leader), "led by a country")
        if token.lemma_.lower() in HOMELAND_WORDS:
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
            person = self._antecedent(owner.idx, owner.lower_) if owner is not None else None
            if person is not None and person.code:
                # "his country remained ready for a dialogue": the country of the one speaking.
                name = self.knowledge.country_names.get(person.code, person.code)
                return Explained(_entity(text, KnownActor(name, person.code, "GOV", None)), "pronoun: the person's country")
        if token.pos_ == "ADJ" or (token.dep_ == "amod" and entity_span(token) is not None):
            # A nationality on its own: "talks between Hungarian and Romanian officials" read
            # word by word, or "the Israeli" as a shorthand.
            country = self.knowledge.find(self.knowledge.countries, token.text)
            if country is not None:
                return Explained(_entity(text, country), "nationality")
            # "Mali's junta" with "junta" tagged an adjective: a role word heading a subject or
            # an object is the noun it should have been tagged.
            misread = token.dep_ in SUBJECTS | {"dobj", "pobj", "appos", "conj"} and self._role(token) is not None
            if self._group_word(token) is None and not misread:
                return None
        # "rebel positions", "militant hideouts": a group word used as a modifier is the group.
        role = self._group_word(token) or self._role(token)
        if role is None and token.pos_ == "NOUN":
            # "His main rival, former president Carlos Mesa": a word for how someone relates
            # to another is the person the appositive names.
            named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            found = self.explain(named) if named is not None else None
            if found is not None and found.entity.code:
                return Explained(found.entity.model_copy(update={"text": text}), f"{found.how}+appositive")
        if role is None:
            # "the group", "the company", "the agency": the last such body the article named.
            remembered = self._institution_antecedent(token)
            if remembered is not None:
                return Explained(_entity(text, remembered), "earlier mention of the role")
            body = self._body_named_with_country(token)
            if body is not None:
                return Explained(_entity(text, body), "organisation named with its country")
            if token.ent_type_ == "NORP" and token.tag_ == "NNPS":
                # A people the knowledge base lacks, "Iraqi Kurds", "Iraqi Shi'ites": civilians
                # of the country named with them, if any.
                codes = nationality_modifiers(token, self.knowledge)
                name = self.knowledge.country_names.get(codes[0], codes[0]) if codes else None
                return Explained(Entity(text=text, name=name, code=codes[0] if codes else None, sector="CVL",
                                        cameo_code=_cameo(codes[0] if codes else None, "CVL")), "people")
            if token.lemma_.lower() in NAMED_BODIES:
                group = organisation_modifier(token, self.knowledge, self.published)
                if group is not None and group.code:
                    return Explained(_entity(text, group), "body+organisation")
            if token.lemma_.lower() in PART_WORDS:
                # "a three-judge panel of the District Court", "members of the Hamas bureau":
                # a part acts for the whole the of-phrase names.
                whole = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                              for o in c.children if o.dep_ == "pobj"), None)  # fmt: skip
                found = self.resolve(whole) if whole is not None else None
                if found is not None and found.code:
                    return Explained(found.model_copy(update={"text": text}), "part of a body")
            if token.lemma_.lower() in STATE_WORDS:
                named = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                              for o in c.children if o.dep_ == "pobj"), None)  # fmt: skip
                country = self.knowledge.find(self.knowledge.countries, named.text) if named is not None else None
                if country is not None:
                    return Explained(_entity(text, country), "state of a country")
            if token.lemma_.lower() in OWNED_BODIES:
                # "Trump's reelection campaign", "bin Laden's network": a body that acts for
                # its owner.
                owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS), None)
                found = self.resolve(owner) if owner is not None else None
                if found is not None and found.code:
                    return Explained(found.model_copy(update={"text": text}), "the body's owner")
                pronoun = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
                person = self._antecedent(pronoun.idx, pronoun.lower_) if pronoun is not None else None
                if person is not None and person.code:
                    # "Odinga said his coalition would not take part": the person's body.
                    return Explained(_entity(text, person), "the body's owner: the person named before")
            return None  # a thing ("the accord", "Russian oil"), not an actor
        group = organisation_modifier(token, self.knowledge, self.published)
        if group is not None and group.sector == "PTY" and role.sector == "LAB":
            group = None  # "Labour unions" are trade unions, not the Labour Party's
        if group is not None and group.code in {"UNO", "IGO"} and token.lemma_.lower() in ENVOY_WORDS and (
            (owner := self._country_of_phrase(token)[0]) is not None and owner not in INTERNATIONAL_CODES
        ):  # fmt: skip
            group = None  # "Myanmar's U.N. ambassador": a country's envoy at the body, not the body's
        if group is not None and group.code:
            # The organisation says more than the role word: "Wagner fighters" are RUS MIL;
            # but a governing group's "forces" are its army, and its "officials" officials.
            sector = role.sector if group.sector in {None, "GOV"} else group.sector
            actor = KnownActor(group.name, group.code, sector, role.office)
            return Explained(_entity(text, actor), "role+organisation")
        country, how = self._country_of_phrase(token)
        if country is None:
            # "The two men, a German and a Ukrainian, were detained": the nationality the
            # appositive gives them.
            country = next((found.code for c in token.children if c.dep_ == "appos"
                            for found in [self.knowledge.find(self.knowledge.countries, c.text)] if found), None)  # fmt: skip
            how = "appositive nationality" if country else how
        if country is None and token.lemma_.lower() in SPEAKING_ROLES:
            # "a ruling party spokesman", "a separatist spokesman": one who speaks for the
            # body or group its modifier names is that body.
            voiced = next((found.entity for c in token.lefts if c.dep_ in {"compound", "amod"} and c.i < token.i
                           for found in [self.explain(c)] if found is not None and found.entity.code), None)  # fmt: skip
            if voiced is not None:
                return Explained(voiced.model_copy(update={"text": text}), "spokesman of a named body")
        regional = _regional_group(token)
        if country is None and regional is not None and role.sector in {"GOV", "MIL", "LEG"}:
            # "West African leaders", "Gulf states", "European ministers": a region's states
            # acting together, as their bloc.
            return Explained(_entity(text, KnownActor("regional bloc", regional, role.sector, role.office)), "region's states")
        if country is None and role.sector in {"JUD", "MIL", "GOV", "COP"} and any(
            child.lower_ in {"international", "multinational"} for child in token.lefts
        ):  # fmt: skip
            # "an international tribunal", "multinational peacekeepers": an international body.
            return Explained(_entity(text, KnownActor("international body", "IGO", role.sector, role.office)),
                             "international")  # fmt: skip
        if country is None:
            # "students at Cumhuriyet University", "workers of the United Bus Company of
            # Tehran", "doctors from two American aid groups": where they are or work.
            employer = None if _from_abroad(token) or met_with(token) else self._employer(token)
            if employer is not None and employer.code:
                country, how = employer.code, "place or employer"
            elif role.sector == "REF":
                country, how = self._fled_from(token), "country fled"
        if country is None and role.sector in HOME_SECTORS and _definite_or_bare(token) and token.dep_ in {"nsubj", "nsubjpass"}:
            # "Iran's defence minister said the armed forces would carry out further tests":
            # an unnamed institution acting in what a national official says is the speaker's.
            speaker = self._speaker_country(token)
            if speaker is not None:
                name = self.knowledge.country_names.get(speaker, speaker)
                return Explained(_entity(text, KnownActor(name, speaker, role.sector, role.office)), "speaker's country")
        if country is None and role.kind == "group":
            # "A delegation led by Secretary of State Antony Blinken": the leader's country.
            leader = next((o for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in LEAD_VERBS | {"lead"}
                           for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)  # fmt: skip
            led = self.resolve(leader) if leader is not None else None
            if led is not None and led.code:
                name = self.knowledge.country_names.get(led.code, led.code)
                return Explained(_entity(text, KnownActor(name, led.code, role.sector, role.office)), "the one leading it")
        if country is None:
            remembered = self._role_antecedent(token, role)
            if remembered is not None:
                return Explained(_entity(text, remembered), "earlier mention of the role")
            home, why = (self.home, "dateline country") if self.home else (self._dominant_country(token), "article's country")
            partner = self._partner_country(token)
            if partner is not None and role.sector in LOCAL_SECTORS | HOME_SECTORS:
                # "the Philippine government and the communist rebels" in a story from Oslo:
                # the rebels named with a country's government are that country's.
                home, why = partner, "named with its country"
            place = self._clause_place(token)
            if place is not None and role.sector in HOME_SECTORS and _meets_someone(token):
                # "The government signed a peace agreement with Tigrayan forces in Pretoria":
                # where a state meets or signs with another is a venue, often abroad.
                place = None
            if place is not None:
                # "In Syria, the government has not allowed ...", "supporters rallied outside
                # the embassy in Niamey": where the clause says it happened beats the dateline.
                home, why = place, "place of the clause"
            state = role.sector in HOME_SECTORS
            # A plural of a person word ("protesters") is a group as well as "crowds" is.
            group_word = role.kind == "group" or token.tag_ in {"NNS", "NNPS"}
            # "the opposition leader": there is one, the home country's, as there is one army.
            the_opposition = role.sector == "OPP" and any(c.lower_ == "the" for c in token.lefts)
            local = role.sector in LOCAL_SECTORS and (group_word or the_opposition) and not _from_abroad(token)
            # "a crowd", "a mob" in a datelined story are its own people as surely as "the crowd".
            crowd = role.kind == "group" and role.sector == "CVL" and token.tag_ == "NN"
            # "some protesters", "many students": part of the story's own people too.
            some_of_them = local and token.lemma_.lower() in {
                "protester", "protestor", "demonstrator", "student", "worker", "farmer", "supporter", "activist",
                "resident", "youth", "opponent", "critic", "voter",
            } and any(c.dep_ == "det" and c.lower_ in {"some", "many", "several"} for c in token.lefts)  # fmt: skip
            # "a court sentenced him", "a military court": the country's, as "the court" is.
            court = role.sector == "JUD" and role.kind == "group"
            # "An opposition coalition has staged weekly rallies", "a rebel group seized the town":
            # one of the story's own groups; a foreign one is named with its country.
            own_group = local and role.kind == "group" and role.sector != "CVL" and token.tag_ == "NN"
            # "A student leader demanded ...", "an opposition lawmaker said": one of its own
            # people with a role in its politics (a foreign one is named with a nationality).
            own_group = own_group or (role.kind == "person" and token.tag_ == "NN" and not _from_abroad(token) and (
                role.sector in LOCAL_SECTORS - {"CVL", "CRM"} or role.sector == "LEG"))
            if state and home in SOVEREIGN_OF:
                # "The authorities banned TikTok" in a story from Noumea: France's.
                home = SOVEREIGN_OF[home][0]
            if home and (state or local or own_group) and (_definite_or_bare(token) or crowd or court or own_group or some_of_them or self._own_institution_official(token)):
                # "police said", "the army": the story's own state institutions, and
                # "protesters", "rebels": its own people, where the dateline or everything
                # named so far points to one country.
                actor = KnownActor(self.knowledge.country_names.get(home, home), home, role.sector, role.office)
                return Explained(_entity(text, actor), why)
            if role.sector == "NGO":
                # "a human rights group charged": CAMEO's code for an unnamed non-governmental body.
                actor = KnownActor("non-governmental organisation", "NGO", "NGO", role.office)
                return Explained(_entity(text, actor), "unnamed NGO")
            return Explained(Entity(text=text, sector=role.sector, office=role.office), "role only")
        name = self.knowledge.country_names.get(country, country)
        sector = role.sector
        if role.kind != "group" and sector == "GOV":
            # "the army's spokesman", "a police official": a generic office word speaks for
            # the body it belongs to.
            owner = self._owner(token)
            if owner is not None and owner.sector and owner.sector not in {"GOV", "CVL"}:
                sector = owner.sector
        return Explained(_entity(text, KnownActor(name, country, sector, role.office)), f"role+{how}")

    def _country_before(self, token: Token) -> str | None:
        """The country last named before a token, in its sentence or the one before, leaving
        out the subject of the token's own clause ("Biden threatened sanctions on the
        country": not the U.S.)."""
        subject = _subjects_over(token)
        sentence = token.sent
        previous = max((s.start_char for s in token.doc.sents if s.start_char < sentence.start_char), default=sentence.start_char)
        for start, code in reversed(self.places_seen):
            if start >= token.idx or start < previous:
                continue
            if start not in subject and code not in INTERNATIONAL_CODES:
                return code
        return None

    def story_country(self, token: Token) -> str | None:
        """The country named most often before a token (the most recent of equals), leaving
        out the countries of the subjects of the token's clauses: what "the country" means
        in a story about it."""
        subject = _subjects_over(token)
        own = {code for start, code in self.places_seen if start in subject}
        named = [code for start, code in self.places_seen
                 if start < token.idx and code not in own and code not in INTERNATIONAL_CODES]  # fmt: skip
        if not named:
            return None
        counts = Counter(named)
        best = max(counts.values())
        return next(code for code in reversed(named) if counts[code] == best)

    def _person_of(self, token: Token) -> KnownActor | None:
        """The person a speaker stands for ("Felix Tshisekedi", "the opposition leader"), or
        None if the speaker is no one person."""
        span = entity_span(token)
        if span is not None and span.label_ == "PERSON":
            found = self._person(span)
            return found[0] if found is not None else None
        role = self._role(token)
        if span is None and role is not None and role.kind in {"title", "person"} and token.tag_ == "NN":
            explained = self.explain(token)
            if explained is not None and explained.entity.code:
                entity = explained.entity
                return KnownActor(entity.name or entity.text, entity.code, entity.sector, entity.office)
        return None

    def _korean_half(self, token: Token) -> KnownActor | None:
        """ "invited the North to talks", "the South's army": in a story that names either
        Korea, North Korea or South Korea."""
        code = KOREAN_HALVES.get(token.lower_)
        if code is None or token.pos_ != "PROPN" or not any(c.lower_ == "the" for c in token.lefts):
            return None
        if not any(named in {"PRK", "KOR"} for _, named in self.places_seen):
            return None
        return KnownActor(self.knowledge.country_names.get(code, code), code, None, None)

    def _group_word(self, token: Token) -> Role | None:
        """The group role a modifier names in the singular ("rebel" for "rebels")."""
        if token.dep_ not in {"amod", "compound"} or token.head.pos_ != "NOUN":
            return None
        role = self.knowledge.roles.get(normalise(token.lemma_ + "s"))
        return role if role is not None and role.kind == "group" and role.sector in {"REB", "CRM", "UAF"} else None

    def _partner_country(self, token: Token) -> str | None:
        """The country an adjective or name gives a phrase this one is coordinated with ("the
        Philippine government and the communist rebels"), if just one."""
        codes = set()
        for other in token.conjuncts:
            codes.update(nationality_modifiers(other, self.knowledge))
            if other.pos_ == "PROPN":
                code = place_country((entity_span(other) or other).text, self.knowledge, cities=False)
                codes.update([code] if code else [])
        codes -= INTERNATIONAL_CODES
        return next(iter(codes)) if len(codes) == 1 else None

    def _clause_place(self, token: Token) -> str | None:
        """The country of a place the clause of a subject or object happens in ("in Niamey",
        "In Syria,")."""
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head  # "Thousands of junta supporters rallied"
        described = [c for c in token.children if c.dep_ == "relcl"]
        if described:
            # "the generals who seized power in Niamey", "officers who seized power there":
            # where the relative clause says they act.
            if any(c.lower_ == "there" and c.dep_ == "advmod" for c in described[0].children):
                before = [code for start, code in self.places_seen if start < token.idx and code not in INTERNATIONAL_CODES]
                if before:
                    return before[-1]
            place = self._place_in([c for c in described[0].children if c.dep_ == "prep"])
            if place is not None:
                return place
        if token.dep_ == "pobj" and token.head.lower_ in TARGET_PREPOSITIONS:
            # "opened fire on people approaching their positions in central Gaza": where those
            # fired on were, told of the act or of them.
            frontier = [c for c in token.head.head.children if c.dep_ == "prep" and c.i != token.head.i]
            frontier += [t for t in token.subtree if t.dep_ == "prep"]
            return self._place_in(frontier)
        if token.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            return None  # (an object too: "air strikes killed 240 people in Gaza")
        # The verb's prepositional phrases, however nested ("outside the embassy in Niamey",
        # "at protesters in Kampala"), but not another clause's.
        frontier = [c for c in token.head.children if c.dep_ == "prep"]
        # "Soldiers detained the president and the prime minister in Bissau": the parser may
        # hang the place on the object.
        objects = [c for c in token.head.children if c.dep_ == "dobj"]
        frontier += [p for o in objects for part in (o, *o.conjuncts) for p in part.children if p.dep_ == "prep"]
        if token.head.dep_ == "conj" and not any(c.lower_ in {"in", "across", "throughout"} for c in frontier):
            # "Protesters rallied in Yerevan, and police detained 98 people": the clause it is
            # joined to says where.
            frontier += [c for c in token.head.head.children if c.dep_ == "prep"]
        return self._place_in(frontier)

    def _place_in(self, frontier: list[Token]) -> str | None:
        """The country of the first place "in", "across" or "throughout" names among these
        prepositional phrases and those nested in them."""
        while frontier:
            prep = frontier.pop(0)
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                span = entity_span(place)
                # The parser may take a capital for an organisation ("in Niamey"): "in" says place.
                if prep.lower_ in {"in", "across", "throughout"} and span is not None and span.label_ in {"GPE", "LOC", "ORG", "FAC"}:
                    code = place_country(span.text, self.knowledge)
                    if code and code not in INTERNATIONAL_CODES:
                        return code
                frontier += [c for c in place.children if c.dep_ == "prep"]
        return None

    def owner_of(self, token: Token) -> list[Entity]:
        """The actor whose thing a phrase names: "Ukraine's terms" -> Ukraine."""
        owners = [child for child in token.lefts if child.dep_ == "poss" and child.lower_ not in POSSESSIVE_PRONOUNS]
        return [entity for owner in owners for entity in self.resolve_all(owner)]

    def countries_named(self, token: Token) -> list[Entity]:
        """The countries a phrase names, as states ("Ukrainian and Russian detainees" were
        exchanged by Ukraine and Russia, not by the detainees)."""
        codes = [entity.code for entity in self.resolve_all(token) if entity.code]
        token = through_quantity(token)
        codes = codes or nationality_modifiers(token, self.knowledge)
        text = phrase(token).text
        return [
            Entity(text=text, name=self.knowledge.country_names.get(code, code), code=code, cameo_code=code)
            for code in dict.fromkeys(codes)
        ]

    # ------------------------------------------------------------------ pieces of a phrase

    def _known_phrase(self, token: Token) -> tuple[KnownActor, str] | None:
        """A person, organisation, seat of power or country the head itself names."""
        if token.pos_ == "PRON" and not any(c.dep_ == "compound" for c in token.children):
            return None  # "who", "it": never an organisation's abbreviation ("Liu He" is a name)
        person = person_span(token, self.knowledge, self.memory)
        found_person = self._person(person) if person is not None else None
        if found_person is not None:
            return found_person
        # Not a person we know: spaCy may have taken a group for one ("Kataib Hezbollah").
        span = entity_span(token)
        name = name_text(token, span)
        kb = self.knowledge
        found = kb.find(kb.seats, name)
        if found is not None:
            # "Peru's Congress", "Sweden's Security Service": a generic seat name that another
            # country's possessive or adjective claims is that country's body.
            owners = nationality_modifiers(token, kb)
            if owners and found.code and owners[0] != found.code and found.code not in INTERNATIONAL_CODES:
                return KnownActor(name, owners[0], found.sector), "institution+nationality"
            if not owners and name.lower() in SHARED_SEAT_NAMES and self.home and self.home != found.code:
                # "Union leaders in Buenos Aires said they would strike if Congress passed the
                # bill": the datelined country's own Congress.
                return KnownActor(name, self.home, found.sector), "institution of the dateline country"
            return found, "metonym"
        # An organisation's name is capitalised: "a shell hit the school" is not Shell.
        found = kb.organisation(name, self.published) if any(char.isupper() for char in name) else None
        if found is None and " " in name and name.rsplit(" ", 1)[1].lower().strip(".") in COMPANY_SUFFIXES:
            found = kb.organisation(name.rsplit(" ", 1)[0], self.published)  # "Huawei Technologies"
        if found is None and token.text[:1].isupper():
            # "The Lord's Resistance Army", "Histadrut": names the parser split or mistook.
            found = next(filter(None, (kb.organisation(text, self.published) for text in names_around(token))), None)
        if found is not None and found.code == "NGO":
            # "the Jordanian Red Crescent": a national branch of an international body.
            national = [code for code in nationality_modifiers(token, kb) if code not in INTERNATIONAL_CODES]
            if national:
                # A national NGO is of sector NGO ("the Sudanese Red Crescent").
                return KnownActor(found.name, national[0], found.sector or "NGO"), "organisation+nationality"
        if found is not None and found.sector == "PTY" and found.code not in INTERNATIONAL_CODES:
            # A party name many countries share, in a story set elsewhere, with no nationality
            # said: the home country's party of that name, if it has one.
            home = self.home_or_dominant(token)
            if home and home != found.code and not nationality_modifiers(token, kb):
                local = kb.namesake(name, home)
                if local is not None:
                    return local, "organisation+home country"
        if found is not None:
            return found, "organisation"
        named = span is not None and span.label_ in {"GPE", "NORP", "LOC", "ORG", "FAC"}
        if named or token.pos_ == "PROPN":
            capital = kb.find(kb.capitals, name) if named or token.pos_ == "PROPN" else None
            if capital is not None:
                return capital, "metonym"
            country = kb.find(kb.countries, name) if token.pos_ == "PROPN" else None
            if country is not None and any(child.lower_ == "ethnic" for child in token.lefts):
                # "ethnic Albanians" live outside Albania: a place named with them, or in their
                # sentence, says where.
                places = [code for code in nationality_modifiers(token, kb) if code != country.code]
                code = places[0] if places else None
                return KnownActor(kb.country_names.get(code, code) if code else name, code, "CVL"), "ethnic group"
            if country is None and capital is None and token.ent_type_ != "PERSON" and token.text[:1].isupper():
                # Wire copy misspells: "Ethopia", "Quatar". Never a person's name.
                country = kb.find_misspelt(kb.countries, name)
                capital = None if country else kb.find_misspelt(kb.capitals, name)
                if capital is not None:
                    return capital, "metonym (misspelt)"
            if country is not None and token.tag_ == "NNPS" and token.ent_type_ == "NORP":
                # "The Albanians of southern Serbia": a people where they live, when the place
                # they are "of" is another country ("Britons in Spain" may be visitors).
                places = [code for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                          for place in prep.children if place.dep_ == "pobj"
                          for code in [place_country(place.text, kb)] if code and code != country.code]  # fmt: skip
                if places:
                    return KnownActor(kb.country_names.get(places[0], places[0]), places[0], "CVL"), "people where they live"
            if country is not None and token.tag_ == "NNPS" and token.ent_type_ == "NORP":
                # "Nigerians protested": the people of a country, not its state.
                return KnownActor(country.name, country.code, "CVL"), "people of a nationality"
            if country is not None and token.dep_ == "pobj" and token.head.lower_ == "of" and (
                token.head.head.ent_type_ == "CARDINAL" or token.head.head.lemma_.lower() in CROWD_COUNTS
            ):  # fmt: skip
                # "thousands of Sudanese", "hundreds of Burkinabe": people, however the word is tagged.
                return KnownActor(country.name, country.code, "CVL"), "people of a nationality"
            if country is not None:
                return country, "country name"
            region = kb.find(kb.regions, name)
            if region is not None and token.tag_ == "NNPS" and token.ent_type_ == "NORP":
                return KnownActor(region.name, region.code, "CVL"), "people of a region"
            if region is not None:
                # "the West Bank", "Darfur": a province or territory stands for its country.
                return region, "region"
        if span is not None and (span.label_ in {"GPE", "LOC", "ORG"} or (span.label_ == "NORP" and token.tag_ == "NNP")):
            # A well-known city stands for its country (spaCy may take a city for an ORG, or
            # a singular proper name for a nationality: "the town of Samarra") ("shells fell on Samarra"); a capital
            # would have been a metonym for the government above.
            code = country_of_city(name)
            if code is not None:
                return KnownActor(name, code, None), "city"
        return None

    def _person(self, span: Span) -> tuple[KnownActor, str] | None:
        """A named person: the article's memory, the knowledge base by date, an appositive, titles."""
        full = normalise(span.text.removesuffix("'s").removesuffix("’s"))
        # "Imran Khan's": the surname is the last word before the possessive.
        words = [word for word in span if word.dep_ != "case" and word.text not in {"'s", "’s", "'", "’"}]
        surname = normalise((words or list(span))[-1].text)
        for key in (full, surname):
            if key in self.memory:
                actor, how, first = self.memory[key]
                return actor, how if first == span.start_char else "earlier mention"
        head = span.root
        if span.start in self._describing:
            return None  # "Peter the Great's visit", the appositive of "Peter": no loops
        known = self.knowledge.person(full, self.published)
        titled = span.doc[span.start - 1] if span.start > span.sent.start else None
        if known is None and titled is not None and titled.dep_ == "compound" and titled.head.i in range(span.start, span.end):
            # "King Charles", "Queen Elizabeth": a name the knowledge base knows with its title.
            known = self.knowledge.person(f"{titled.text} {full}", self.published)
        if known is None:
            known = self.knowledge.person(surname, self.published)
            # "Aicha Traore" is not "Ibrahim Traoré": a full name must agree on its first word.
            given = [w for w in span[:-1] if normalise(w.text).rstrip(".") not in HONORIFICS | self.knowledge.roles.keys()]
            if known is not None and given and normalise(given[0].text) not in normalise(known.name).split():
                known = None
        how = f"knowledge base {self.published.isoformat()}" if self.published else "knowledge base"
        if known is None and len(words) == 1 and head.ent_type_ == "PERSON":
            known = self.knowledge.person_by_surname(surname, self.published)
            how += " (surname)"
        if known is None and len(span) > 1:
            known = self.knowledge.person_misspelt(full, self.published)
            how += " (name misspelt)"
        self._describing.add(span.start)
        try:
            described = self._described(head, span.text)
        finally:
            self._describing.discard(span.start)
        # The article knows better than the knowledge base when it names a new office.
        # ... and when it says the office is behind them ("Ousted President Akayev").
        if described is not None and (known is None or known.sector in {"ELI", None} or described[0].sector == "ELI"):
            if known is not None and described[0].code is None:  # the title alone: keep the country
                described = (KnownActor(known.name, known.code, described[0].sector, described[0].office,
                                        known.wikidata_id), f"{how}+title")
            known, how = described
        if known is None:
            return None
        self.memory[full] = self.memory[surname] = (known, how, span.start_char)
        if known.code in FAMILY_NAME_FIRST and len(words) > 1:
            # The first person so named keeps the name ("Kim Jong Un ... Kim Yo Jong ... Kim said").
            self.memory.setdefault(normalise(words[0].text), (known, how, span.start_char))
        return known, how

    def _described(self, head: Token, name: str) -> tuple[KnownActor, str] | None:
        """What the words around a name say: "Turkish Foreign Minister X", "X, Ukraine's envoy",
        "Colonel X, Mali's government spokesman" (the appositive's office wins over the title)."""
        role = self._title_role(head)
        countries = nationality_modifiers(head, self.knowledge)
        code = countries[0] if countries else None
        how = "title+nationality" if role and code else "title" if role else "nationality" if code else ""
        for child in head.rights:
            if child.dep_ != "appos":
                continue
            appos_role = self._role(child)
            # "a spokeswoman for Burkina Faso's army", "the Pakistani army's spokesman".
            employer = self._employer(child) or self._owner(child)
            appos_country = self._country_of_phrase(child)[0] or (employer.code if employer else None)
            # "a spokesman for Gazprom" speaks for a company: the employer's sector wins over a
            # generic office word (spokesman, director, official).
            if employer is not None and employer.sector and (appos_role is None or appos_role.sector == "GOV"):
                appos_role = Role(employer.sector, appos_role.office if appos_role else None, "person")
            if appos_role is not None or appos_country is not None:
                role = appos_role or role
                code = appos_country or code
                how = "appositive"
                break
        if code is None or role is None:
            # "Judge Amina Bello of the Federal High Court in Abuja", "Captain X of the
            # Senegalese navy": whom the name itself is said to be of; "X, who chairs
            # Lebanon's teachers' union": what they lead.
            employer = self._employer(head) or self._led_by(head)
            if employer is not None and (employer.code or employer.sector):
                if role is None and employer.sector:
                    role = Role(employer.sector, None, "person")
                code = code or employer.code
                how = how or "employer"
        if code is None and role is not None and role.sector in HOME_SECTORS | LOCAL_SECTORS | {"PTY", "LEG"}:
            # "Vice-President Moody Awori said" in a story from Nairobi, "opposition candidate
            # Jude Celestin": wire copy marks a foreign figure's nationality, so an unmarked one
            # is the story's own.
            home, why = (self.home, "dateline country") if self.home else (self._dominant_country(head), "article's country")
            if home:
                code, how = home, f"{how}+{why}"
        if role is None and code is None:
            return None
        return KnownActor(name, code, role.sector if role else None, role.office if role else None), how

    def _body_named_with_country(self, token: Token) -> KnownActor | None:
        """An organisation the knowledge base lacks whose name says its country: "Nigerian
        Union of Teachers", "Kenya Anti-Corruption Commission", "Serbian Workers' Union", "the
        Argentine CGT", "the Law Society of Kenya". Its
        sector comes from a role word in the name (teachers EDU, workers LAB), if any."""
        span = entity_span(token)
        if span is None or span.label_ != "ORG":
            return None
        kb = self.knowledge
        # "China's Taiwan Affairs Office": the owner's body, whatever country it deals with.
        owners = [code for c in token.children if c.dep_ == "poss" for code in [place_country(c.text, kb, cities=False)] if code]
        code = owners[0] if owners else None
        if code is None:
            # "the Argentine CGT", "the Law Society of Kenya": a nationality before the name,
            # or the country after "of".
            nationalities = [c for c in nationality_modifiers(token, kb) if c not in INTERNATIONAL_CODES]
            of_places = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            found_of = [c for o in of_places for c in [place_country(o.text, kb, cities=False)] if c]
            code = nationalities[0] if len(nationalities) == 1 else (found_of[0] if found_of else None)
        if code is None and len(span) < 2:
            return None
        for size in (3, 2, 1) if code is None else ():
            for start in range(span.start, span.end - size + 1):
                words = token.doc[start : start + size]
                if any(w.pos_ not in {"PROPN", "ADJ", "NOUN"} for w in words):
                    continue
                found = kb.find(kb.countries, words.text) or kb.find(kb.capitals, words.text) or kb.find(kb.regions, words.text)
                if found is not None and found.code:
                    code = found.code
                    break
            if code:
                break
        if code is None:
            return None
        sector = None
        for word in sorted(span, key=lambda w: (w.i != token.i, -w.i)):  # the head first, then right to left
            role = kb.roles.get(normalise(word.lemma_)) or kb.roles.get(normalise(word.text))
            if role is not None and role.kind == "group":
                sector = role.sector
                break
        return KnownActor(span.text, code, sector)

    def _employer(self, role_token: Token, depth: int = 0) -> Entity | None:
        """Who a described person works for: "a spokesman for Poland's interior ministry", "a
        judge at Germany's top court", "director of a hospital in Karachi", "a prosecutor in
        the Peruvian city of Arequipa". Its code may be None when only the kind is known."""
        for prep in role_token.rights:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "at", "of", "with", "in", "from"}:
                continue
            for pobj in (child for child in prep.children if child.dep_ == "pobj"):
                explained = self.explain(pobj)
                entity = explained.entity if explained is not None else None
                code = (entity.code if entity else None) or self._country_of_phrase(pobj)[0]
                if code is None and depth < 2:
                    deeper = self._employer(pobj, depth + 1)
                    code = deeper.code if deeper else None
                if code is not None or entity is not None:
                    sector = entity.sector if entity else None
                    return Entity(text=pobj.text, code=code, sector=sector)
        return None

    def _may_be_body(self, token: Token) -> bool:
        """A cheap test before the full resolution: a named entity or a known role word."""
        return token.ent_type_ in {"ORG", "NORP", "GPE", "FAC", "PERSON"} or any(
            key in self.knowledge.roles for key in role_keys(token)  # "coast guard", "police"
        ) or token.lemma_.lower() in INSTITUTION_WORDS  # "the Saudi-led coalition"

    def _named_group(self, token: Token) -> bool:
        """Whether a proper noun is an armed, political or civic group the knowledge base names
        (not a state body, which "the group" never means)."""
        group = self.knowledge.organisation(token.text, self.published)
        return group is not None and group.code not in INTERNATIONAL_CODES and group.sector in {"REB", "OPP", "PTY", "NGO"}

    def _remember_group(self, token: Token) -> None:
        """Note an institution or group with a country ("Egypt's foreign ministry", "Hamas"), for
        a later "the ministry" or "the group"."""
        explained = self.explain(token)
        if explained is not None and explained.entity.code and explained.how != "earlier mention of the role":
            entity = explained.entity
            actor = KnownActor(entity.name or entity.text, entity.code, entity.sector, entity.office)
            self.groups_seen.append((token.idx, token.lemma_.lower(), actor))
            quantity = token.head.head if token.dep_ == "pobj" else token  # "Dozens of refugees"
            subject = token.dep_ in SUBJECTS or (quantity.dep_ in SUBJECTS and through_quantity(quantity).i == token.i)
            role = self.knowledge.roles.get(token.lemma_.lower())
            if token.tag_ in {"NNS", "NNPS"} and subject:
                # A plural subject is what a later "they" most likely means ...
                self.plural_subjects.append((token.idx, token.sent.start_char, actor))
            elif subject and (role is None or role.kind == "group"):
                # ... and a body or country that was a subject, "it" ("The court ... It ordered").
                self.singular_subjects.append((token.idx, token.sent.start_char, actor))

    def _antecedent(self, offset: int, pronoun: str = "") -> KnownActor | None:
        """The last person named before ``offset``: who "he" or "his" most likely is. A person
        known to be a woman is not "he", nor a man "she"."""
        wrong = PRONOUN_EXCLUDES.get(pronoun.lower())
        before = [
            (start, actor) for start, actor in self.people_seen
            if start < offset and (wrong is None or self.gender_of.get(start) != wrong)
        ]  # fmt: skip
        if not before:
            return None
        # "Umerov met Yoon in Seoul. He briefed officials": the subject of the last sentence
        # that named someone is likelier than the last name in it.
        last_sentence = self.sentence_of[before[-1][0]]
        subjects = [
            actor for start, actor in before
            if self.sentence_of[start] == last_sentence and start in self.subjects_seen
        ]  # fmt: skip
        return subjects[-1] if subjects else before[-1][1]

    def _gender(self, span: Span, person: KnownActor) -> str | None:
        """A named person's gender, where the words say it: a title ("Mrs", "Queen",
        "spokeswoman") or a given name that news gives only to women or only to men."""
        words = [w.lower_.rstrip(".") for w in span.doc[max(span.sent.start, span.start - 3) : span.end]]
        words += [w.lower_ for w in span.root.rights if w.dep_ == "appos" for w in w.subtree]
        for word in words:
            if word in GENDERED_WORDS:
                return GENDERED_WORDS[word]
        given = [w for w in span[:-1] if normalise(w.text).rstrip(".") not in HONORIFICS | self.knowledge.roles.keys()]
        first = given[0].text if given else person.name.split()[0]
        return self.knowledge.gender_of_name(first)

    def _group_antecedent(self, token: Token, subjects: list[tuple[int, int, KnownActor]]) -> KnownActor | None:
        """Who "they" (or "it") is: the plural group (or the body) that was the subject in the
        sentence before, or earlier in this one ("Sudanese refugees arrived in Adre. They
        said ...", "The court delivered its order. It ordered ...")."""
        this_sentence = token.sent.start_char
        # "police fired tear gas at them": not the clause's own subject.
        clause = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        own = {t.idx for c in clause.children if c.dep_ in SUBJECTS for t in c.subtree} if clause is not None else set()
        own = own if token.dep_ not in SUBJECTS else set()
        earlier = [(sentence, actor) for start, sentence, actor in subjects if start < token.idx and start not in own]
        if not earlier:
            return None
        sentence, actor = earlier[-1]
        previous = max((s.start_char for s in token.doc.sents if s.start_char < this_sentence), default=None)
        return actor if sentence in {this_sentence, previous} else None

    def _own_institution_official(self, token: Token) -> bool:
        """ "A government spokesman", "an army officer", "a senior police official": one person
        of a state institution the phrase names without a country. Wire copy names a foreign
        one's country ("a Ukrainian official"), so this is the story's own."""
        if [c.lower_ for c in token.lefts if c.dep_ == "det"] not in (["a"], ["an"]):
            return False
        role = self._role(token)
        if role is None or role.kind == "group" or role.sector not in HOME_SECTORS:
            return False
        institutions = (self.knowledge.roles.get(c.lemma_.lower()) for c in token.lefts if c.dep_ in {"compound", "amod"})
        return any(r is not None and r.kind == "group" and r.sector in HOME_SECTORS for r in institutions)

    def _role_antecedent(self, token: Token, role: Role) -> KnownActor | None:
        """ "the minister" or "the leader": the last person named who holds such an office;
        "the ministry", "the army", "the group": the last such institution or group named."""
        if not any(child.lower_ == "the" for child in token.lefts) or token.tag_ in {"NNS", "NNPS"}:
            return None
        word = token.lemma_.lower()
        if role.kind == "group":
            # "Myanmar's junta chief ... The junta freed prisoners": the body an earlier phrase
            # named as its modifier, whatever that phrase's head.
            modified = {t.head.idx for t in token.doc[: token.i] if t.lemma_.lower() == word and t.dep_ in {"compound", "amod"}}
            for start, _, actor in reversed(self.groups_seen):
                if start in modified and actor.code:
                    return actor
            # "Mozambique's government ... talks in Rome ... The government said": the last body
            # named with the same word, before any body of the same kind since (a capital).
            same_word = next((actor for start, head, actor in reversed(self.groups_seen)
                              if start < token.idx and head == word), None)  # fmt: skip
            if same_word is not None:
                return same_word
            for start, head, actor in reversed(self.groups_seen):
                # "Peru's Congress ... The legislature": same kind of body, same sector.
                earlier_role = self.knowledge.roles.get(head)
                is_body = earlier_role is None or earlier_role.kind == "group"  # not "a diplomat"
                same_kind = actor.sector == role.sector and is_body and (word == "group" or role.sector not in {"CVL", "REF"})
                # (A body named with the same word was taken above.) A place taken for its
                # government ("leaders meeting in Dar es Salaam") is no body "the government"
                # or "the ministry" can refer back to.
                if start < token.idx and same_kind and not (
                    earlier_role is None and place_country(actor.name or "", self.knowledge) is not None
                ):  # fmt: skip
                    return actor
            return None
        # "Indonesia's energy minister said ... The minister added": an unnamed official
        # counts as much as a named one; the latest wins.
        named = [(start, (actor.office or "").lower(), actor) for start, actor in self.people_seen]
        unnamed = [(start, head, actor) for start, head, actor in self.groups_seen]
        for start, words, actor in sorted(named + unnamed, key=lambda item: item[0], reverse=True):
            if start >= token.idx or actor.sector not in {role.sector, "GOV"}:
                continue
            if word in words or (role.office and role.office.lower() in words) or word in LEADER_WORDS:
                return actor
        return None

    def _dateline_is_a_venue(self) -> bool:
        """Whether the dateline only says where a story was filed or a meeting held: EU
        ministers "in LUXEMBOURG", talks in GENEVA. Then the body names the dateline's country
        only as where others meet or as their host, and names another country; or never names
        it (a story from Bujumbura about Burundi names Burundi, if only once) and names another
        country more than once; or names another country four times as often as it names the
        dateline's as a party."""
        counts = Counter(code for _, code in self.places_seen if code not in INTERNATIONAL_CODES)
        at_home = counts.pop(self.home, 0) if self.home else 0
        most = max(counts.values(), default=0)
        # A story from Havana where Cuba is only the host ("talks in the Cuban capital", "Cuba is
        # hosting the negotiations") and another country is named as a party.
        as_party = sum(1 for start, code in self.places_seen if code == self.home and start not in self.venues | self.hosts)
        if at_home and as_party == 0 and most >= 1:
            return True
        # (A story from Abidjan about Mali may name Ivory Coast once, in passing, and Mali and
        # Bamako over and over; a summit in Jakarta about Myanmar names Indonesia's president.)
        return (at_home == 0 and most >= 2) or (most >= 4 and most >= 4 * as_party)

    def home_or_dominant(self, token: Token) -> str | None:
        """The dateline's country, else the one country the story's actors before ``token``
        mostly belong to (see :meth:`_dominant_country`)."""
        return self.home or self._dominant_country(token)

    def _dominant_country(self, token: Token) -> str | None:
        """The one country that at least three quarters of the actors named before ``token``
        belong to, if there is one (international codes do not count); with no actor named
        yet, of the places named."""
        offset = token.idx
        codes = [actor.code for start, actor in self.people_seen if start < offset]
        codes += [actor.code for start, _, actor in self.groups_seen if start < offset]
        national = [code for code in codes if code and code not in INTERNATIONAL_CODES]
        # With no actor named yet, the places named so far (and in the token's own sentence:
        # "Protesters clashed with police in Cairo") say where the story is.
        until = max(offset, token.sent.end_char)
        national = national or [code for start, code in self.places_seen if start < until]
        if not national:
            return None
        code, count = Counter(national).most_common(1)[0]
        return code if count / len(national) >= 0.75 else None

    def _institution_antecedent(self, token: Token) -> KnownActor | None:
        """The body a definite "the group" or "the company" refers back to."""
        word = token.lemma_.lower()
        if word not in INSTITUTION_WORDS or token.tag_ in {"NNS", "NNPS"}:
            return None
        if not any(child.lower_ == "the" for child in token.lefts):
            return None
        sectors = INSTITUTION_WORDS[word]
        earlier = [(head, actor) for start, head, actor in reversed(self.groups_seen) if start < token.idx]
        if word in {"alliance", "bloc"}:
            # "the alliance" after "NATO's founding treaty": a body of states, never one state.
            named = next((actor for _, actor in earlier if actor.code in INTERNATIONAL_CODES), None)
            if named is None:
                # Named only in passing ("NATO's founding treaty"): the last such body named.
                bodies = [self.knowledge.organisation(word.text, self.published)
                          for word in token.doc[: token.i] if word.pos_ == "PROPN" and word.text.isupper()]  # fmt: skip
                named = next((b for b in reversed(bodies) if b is not None and b.code in INTERNATIONAL_CODES), None)
            return named
        # "the service" is a body named before ("Sweden's Security Service"), rather than a
        # country named since ("spying for Russia"); a country only when no body fits.
        bodies = [(head, actor) for head, actor in earlier if not self._plain_country(actor)]
        for head, actor in bodies + earlier:
            if head == word or not sectors or actor.sector in sectors:
                return actor
        return None

    def _plain_country(self, actor: KnownActor) -> bool:
        return actor.sector is None and actor.name == self.knowledge.country_names.get(actor.code or "")

    def _role(self, token: Token) -> Role | None:
        """The sector a head noun or a title before a name signals."""
        # A title serves as a noun too: "the Turkish president said".
        for key in role_keys(token):
            role = self.knowledge.roles.get(key)
            if role is not None:
                if token.lemma_.lower() in LEADER_WORDS and role.sector == "GOV":
                    # "student leaders", "church leaders": the leaders of whom the word before
                    # names (EDU, REL), not of a government.
                    # (and "leaders of the unions": whom the "of" names)
                    led_words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
                    led_words += [o for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                                  for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]  # fmt: skip
                    led = next((found for c in led_words
                                if (found := self.knowledge.roles.get(c.lemma_.lower()) or self.knowledge.roles.get(c.lower_))), None)  # fmt: skip
                    if led is not None and led.sector and led.sector != "GOV":
                        return Role(led.sector, None, role.kind)
                return role
        # A title before a name ("Spokesman Peskov"); never an adjective before a thing
        # ("military operations", "humanitarian support").
        if token.pos_ == "PROPN":
            return self._title_role(token)
        # Wire copy misspells: "UN peackeepers".
        return self.knowledge.role_misspelt(token.text) if token.pos_ == "NOUN" else None

    def _title_role(self, token: Token) -> Role | None:
        """A title among the head's left modifiers ("Foreign Minister" in "... Hakan Fidan")."""
        words = [child for child in token.lefts if child.dep_ in {"compound", "amod", "nmod"}]
        words = [w for child in words for w in child.subtree if w.i < token.i and w.dep_ != "poss"]
        for size in (3, 2, 1):
            for start in range(len(words) - size + 1):
                key = normalise(" ".join(w.text for w in words[start : start + size]))
                role = self.knowledge.roles.get(key)
                if role is not None:
                    # "Ousted President Askar Akayev", "former Socialist prime minister X".
                    if role.sector == "GOV" and any(w.lower_ in FORMER_WORDS for w in words[:start]):
                        return Role("ELI", f"former {role.office}" if role.office else None, role.kind)
                    return role
        return None

    def _country_of_phrase(self, token: Token) -> tuple[str | None, str]:
        """The country a phrase names through a modifier: "Turkish", "Russia's", "U.S.", "his"."""
        codes = nationality_modifiers(token, self.knowledge)
        if codes:
            return codes[0], "nationality"
        for child in token.lefts:
            if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
                actor = self._antecedent(child.idx, child.lower_)
                if actor and actor.code:
                    return actor.code, "possessive pronoun"
            if child.dep_ == "poss":
                owner = self._known_phrase(child) or self.explain(child)
                if isinstance(owner, Explained):
                    owner = (KnownActor(owner.entity.name or owner.entity.text, owner.entity.code), owner.how)
                if owner and owner[0].code:
                    return owner[0].code, "possessive"
        return None, ""

    def _led_by_country(self, token: Token) -> KnownActor | None:
        """ "The Saudi-led coalition", "a U.S.-led force": a body a named country leads acts as
        that country, its military unless the head word says otherwise ("a French-led
        mission of officials"). "Russian-backed separatists" are not Russia: only "-led" counts."""
        for modifier in token.children:
            if modifier.dep_ != "amod" or modifier.lower_ != "led":
                continue
            for word in modifier.children:
                country = self.knowledge.find(self.knowledge.countries, word.text) if word.dep_ in LED_BY_DEPS else None
                if country is not None and country.code:
                    role = self._role(token)
                    sector = role.sector if role is not None and role.sector else "MIL"
                    return KnownActor(country.name, country.code, sector, None)
        return None

    def _led_by(self, head: Token) -> Entity | None:
        """The body a relative clause says the person leads ("who heads the ministry")."""
        for clause in head.children:
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in LEAD_VERBS:
                continue
            for obj in clause.children:
                explained = self.explain(obj) if obj.dep_ == "dobj" else None
                if explained is not None and (explained.entity.code or explained.entity.sector):
                    return explained.entity
        return None

    def _fled_from(self, token: Token) -> str | None:
        """Where refugees come from: "refugees fleeing the fighting in Liberia", "people who
        fled Syria"."""
        for clause in token.children:
            if clause.dep_ not in {"acl", "relcl"} or clause.lemma_.lower() not in FLEE_VERBS:
                continue
            for obj in clause.children:
                targets = [obj] if obj.dep_ == "dobj" else [g for g in obj.children if g.dep_ == "pobj"] if obj.dep_ == "prep" else []
                for target in targets:
                    explained = self.explain(target)
                    code = (explained.entity.code if explained else None) or self._country_of_phrase(target)[0]
                    if code:
                        return code
        return None

    def _owner(self, token: Token) -> Entity | None:
        """The body a role belongs to by a possessive: "the army's" in "the army's spokesman"."""
        for child in token.lefts:
            if child.dep_ == "poss" and child.lower_ not in POSSESSIVE_PRONOUNS:
                explained = self.explain(child)
                if explained is not None and (explained.entity.code or explained.entity.sector):
                    return explained.entity
        return None


def place_country(name: str, knowledge: Knowledge, cities: bool = True) -> str | None:
    """The country a place name lies in: a country, a capital, a region or (with ``cities``) a
    well-known city."""
    name = name.removesuffix("'s").removesuffix("’s")
    found = (
        knowledge.find(knowledge.countries, name) or knowledge.find(knowledge.capitals, name)
        or knowledge.find(knowledge.regions, name)
    )  # fmt: skip
    return found.code if found else country_of_city(name) if cities else None


def home_country(place: str | None, knowledge: Knowledge) -> str | None:
    """The country of a dateline's place ("NAIROBI" -> KEN), or None. Of two places filed
    from ("Jerusalem/Dubai") the first is the story's home, unless the body says otherwise
    (see :func:`dateline_countries` and :meth:`ActorResolver.learn`)."""
    countries = dateline_countries(place, knowledge)
    return countries[0] if countries else None


def _mediators_nationality(token: Token) -> bool:
    """ "Saudi" in "Saudi and U.S. mediators": whose go-betweens they are."""
    return token.dep_ in {"amod", "compound", "nmod"} and token.head.lemma_.lower() in GO_BETWEENS


def _go_between(token: Token) -> bool:
    """Whether a coordination names the go-betweens of others' talks ("talks mediated by Qatar
    and Turkey", "Egypt and Qatar, which brokered the truce", "hosted by Saudi Arabia and the
    United States", "Saudi and U.S. mediators"): no pair that "the two sides" could mean."""
    if _mediators_nationality(token):
        return True
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "by" else None
    if verb is None and token.dep_ in {"nsubj"}:
        verb = token.head
    if verb is None:
        relative = next((c for t in [token, *conjuncts(token)] for c in t.children if c.dep_ == "relcl"), None)
        verb = relative
    return verb is not None and verb.lemma_.lower() in {"mediate", "broker", "host", "facilitate", "convene"}


def dateline_countries(place: str | None, knowledge: Knowledge) -> list[str]:
    """The countries of each place a dateline names, in order ("PARIS/BAMAKO" -> FRA, MLI)."""
    found = []
    for part in (place or "").split("/"):
        part = part.strip()
        if not part:
            continue
        actor = knowledge.find(knowledge.countries, part) or knowledge.find(knowledge.capitals, part)
        code = actor.code if actor else country_of_city(part)
        if code and code not in found:
            found.append(code)
    return found


def _subject_over(doc: Doc, start: int, token: Token) -> bool:
    """Whether the pair named at character ``start`` is the subject of the clause ``token``
    is in: "China and the U.S. urged both countries" does not mean China and the U.S."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    pair = span[0]
    # The name may be a compound inside the subject ("the Nigerian government").
    while pair.dep_ in {"compound", "amod", "poss", "conj"} and pair.head.i != pair.i:
        pair = pair.head
    clause = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    in_subject = token.dep_ in {"nsubj", "nsubjpass"} or any(
        a.dep_ in {"nsubj", "nsubjpass"} and a.head == clause for a in token.ancestors if clause in a.ancestors
    )  # fmt: skip
    if clause is not None and clause != pair.head and in_subject:
        # "India and Pakistan agreed a truce after days in which the two countries fired at
        # each other", "... after troops on both sides exchanged fire": a subordinate
        # clause's own subject refers back to the pair.
        return False
    if pair.dep_ not in {"nsubj", "nsubjpass"} or pair.head not in token.ancestors:
        return False
    # "Thailand and Cambodia agreed ..., Indonesia's foreign minister said after hosting talks
    # with both sides": a clause in between with a subject of its own, or a reporting verb
    # (the parser may hang the reporter on the report), is someone else's.
    between = [a for a in token.ancestors if pair.head in a.ancestors and a.pos_ in {"VERB", "AUX"}]
    return not any(
        a.lemma_.lower() in {"say", "tell", "add", "announce"}
        or any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in a.children)
        for a in between
    )  # fmt: skip


def _from_abroad(token: Token) -> bool:
    """ "foreign journalists", "international aid workers": not the story's own people. (A
    "foreign minister" is a title.)"""
    if token.lemma_.lower() in {"minister", "ministry", "secretary", "office", "service"}:
        return False
    return any(child.lower_ in FROM_ABROAD for child in token.lefts)


def _meets_someone(token: Token) -> bool:
    """Whether a subject's clause has it act with another party ("signed an agreement with
    the rebels", "held talks with Kyiv", "the army and the RSF reached a ceasefire"): a clause
    whose place is where they met."""
    if token.dep_ == "conj" and token.head.dep_ in {"nsubj", "nsubjpass"}:
        token = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    if verb.lemma_.lower() not in MEETING_WORDS:
        return False  # not "police clashed with protesters in Yangon": that is where it happened
    if token.conjuncts:
        return True
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "with" for head in heads for c in head.children)


def _subjects_over(token: Token) -> set[int]:
    """The offsets of every word in the subjects of the clauses a token stands in ("Biden
    threatened sanctions on the country": "Biden" is over "country")."""
    return {t.idx for verb in token.ancestors if verb.pos_ in {"VERB", "AUX"}
            for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}  # fmt: skip


def _regional_group(token: Token) -> str | None:
    """ "West African leaders" (IGO), "European ministers" (EUR): the code for a region's
    states named together by the region's adjective; None for any other phrase."""
    if token.tag_ != "NNS":
        return None  # "a Western diplomat", "the South African Defence Force": no bloc
    # The modifiers with their own modifiers: "Southeast" hangs on "Asian", not on "leaders".
    words = " ".join(t.lower_ for c in token.lefts if c.dep_ in {"amod", "compound", "nmod"} and c.i < token.i
                     for t in c.subtree)  # fmt: skip
    for region, code in REGIONAL_ADJECTIVES.items():
        if f" {region} " in f" {words} ":
            return code
    return None


def _the_country(token: Token) -> bool:
    """ "the country", "the nation", "the emirate": a country referred back to, with no word
    of its own."""
    # "into the country", "across the country": where something happens, not a party to it.
    where = token.dep_ == "pobj" and token.head.lower_ in {"into", "in", "inside", "across", "throughout", "within",
                                                           "around", "out", "from", "through"}  # fmt: skip
    return (
        token.lemma_.lower() in STATE_REFERENCES and token.tag_ == "NN" and not where
        and {c.lower_ for c in token.children} - {"'s", "’s"} == {"the"}
    )  # fmt: skip


def _bare_noun(token: Token) -> bool:
    """A common noun with no word of its own that could say whose it is ("warships" in
    "British warplanes and warships")."""
    owners = {"amod", "compound", "nmod", "poss", "prep", "acl", "relcl", "appos"}
    return token.pos_ == "NOUN" and not any(child.dep_ in owners for child in token.children)


def _without_clauses(token: Token) -> Iterator[Token]:
    """The words of a conjunct's own phrase: its subtree less its clauses, appositions and
    other conjuncts."""
    yield token
    for child in token.children:
        if child.dep_ not in {"relcl", "acl", "advcl", "ccomp", "appos", "conj", "cc", "punct"}:
            yield from _without_clauses(child)


def _host(place: Token) -> bool:
    """Whether a country is named as the host of others' meeting: "Cuba is hosting the
    negotiations", "talks in the Cuban capital"."""
    if place.dep_ == "nsubj" and place.head.lemma_.lower() == "host":
        return True
    return place.dep_ in {"amod", "compound"} and place.head.lemma_.lower() == "capital" and _venue(place.head)


def _venue(place: Token) -> bool:
    """Whether a place is named as where people meet: "ten days of talks in South Africa",
    "met in Geneva", "a summit in Budapest" (not a party to what happens there)."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in {"in", "at"}:
        return False
    held = prep.head
    return held.lemma_.lower() in VENUE_WORDS


def _definite_or_bare(token: Token) -> bool:
    """ "the army", "police": not "a soldier", "some officials", "Kenyan police"."""
    determiners = [child.lower_ for child in token.lefts if child.dep_ == "det"]
    return determiners in ([], ["the"])


def _speaker(clause: Token) -> Token | None:
    """Who says a clause ("Iran's minister" in "Iran's minister said the forces would ..."):
    the named subject of the saying verb it is the complement of, or None."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAYING_VERBS:
        return None
    saying = clause.head
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if speaker is None and saying.dep_ == "conj":
        # "India confirmed the loss of a jet and said its pilots had ...": the subject shared.
        speaker = next((c for c in saying.head.children if c.dep_ == "nsubj"), None)
    return None if speaker is None or speaker.pos_ == "PRON" else speaker


def destination_country(token: Token, knowledge: Knowledge) -> Entity | None:
    """The country a visit goes to: a country name, a capital or a well-known city."""
    name = name_text(token, entity_span(token))
    country = knowledge.find(knowledge.countries, name) if token.pos_ == "PROPN" else None
    if country is not None:
        return _entity(token.text, country)
    capital = knowledge.find(knowledge.capitals, name)
    code = capital.code if capital is not None else country_of_city(name)
    if code is None:
        return None
    return Entity(text=token.text, name=knowledge.country_names.get(code, code), code=code, cameo_code=code)


def _entity(text: str, actor: KnownActor) -> Entity:
    return Entity(
        text=text, name=actor.name, code=actor.code, sector=actor.sector,
        cameo_code=_cameo(actor.code, actor.sector), office=actor.office, wikidata_id=actor.wikidata_id,
    )  # fmt: skip


def _cameo(code: str | None, sector: str | None) -> str | None:
    return None if code is None else code + (sector or "")
