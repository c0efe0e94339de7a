"""Placing an event: the place named in its own clause, else the dateline where the actor is at home.

A place belongs to an event when it is the object of a place preposition ("talks in Istanbul",
"clashes across eastern Ukraine", "a prison in Qom") in the event's clause, the destination of a
visit ("visited Istanbul", "will travel to Turkey") or the site of an attack ("shelled
Kharkiv"). A place named as an actor or a target of words ("Moscow condemned", "accused
Beijing") is no place. Of several places the most precise wins ("Gaza City in the Gaza Strip").
With none, the dateline is the place when the event's actor is of the dateline's country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire.records import Dateline, Place
from eventwire.when_where.clauses import belongs, clause_head, hangs_from, tree_distance
from eventwire.when_where.gazetteer import Gazetteer, GazetteerPlace, place_key

PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "off", "along",
                      "within", "nearby", "beyond", "into", "through"}  # fmt: skip
# Where an attack lands: "strikes on Kharkiv", "drones over Moscow"; "on the outskirts of".
SITE_PREPOSITIONS = {"on", "over", "onto", "against"}
SITE_EVENTS = {"ASSAULT", "COERCE"}
# Verbs and nouns of force whose object is the place struck, seized or closed ("shelled Kharkiv").
SITE_WORDS = {"attack", "strike", "hit", "bomb", "shell", "target", "raid", "storm", "seize", "capture", "take",
              "encircle", "surround", "besiege", "blockade", "occupy", "invade", "overrun", "pound", "bombard",
              "lock", "enter", "retake", "recapture", "liberate", "control", "shut", "evacuate", "rocket",
              "airstrike", "assault", "offensive", "siege", "incursion", "invasion", "bombardment"}  # fmt: skip
# Leaving a place happens there: "withdrew from Pokrovsk".
LEAVING_WORDS = {"withdraw", "retreat", "pull", "evacuate", "expel", "oust", "drive", "push", "flee", "withdrawal",
                 "evacuation", "pullout"}  # fmt: skip
# Words of a trip or a deployment, whose destination is where the visit or the force is.
TRIP_WORDS = {"visit", "travel", "trip", "journey", "tour", "fly", "arrive", "head", "go", "come", "return", "land",
              "stop", "jet", "sail", "drive", "stay", "deploy", "send", "dispatch", "redeploy", "move",
              "deployment", "mission", "spread", "extend", "expand"}  # fmt: skip
# Nouns that stand for a place named after "of": "the town of Uvira", "the outskirts of Kyiv".
PLACE_NOUNS = {"town", "city", "village", "capital", "region", "province", "state", "district", "neighbourhood",
               "neighborhood", "outskirts", "suburb", "suburbs", "port", "area", "county", "island", "islands",
               "governorate", "oblast", "municipality", "enclave", "territory", "hamlet", "settlement",
               "centre", "center", "heart", "streets", "border", "coast", "department", "prefecture", "waters",
               "shores", "countryside", "hills", "mountains", "highlands", "areas", "resort", "oasis"}  # fmt: skip
# Sites named after the place they are in: "Manila's airport", "the capital's Delmas neighbourhood".
SITE_NOUNS = {"airport", "port", "prison", "embassy", "base", "square", "palace", "hospital", "market", "university",
              "stadium", "mosque", "church", "camp", "station", "parliament", "headquarters", "neighbourhood",
              "neighborhood", "district", "suburb", "harbour", "harbor", "refinery", "border", "crossing", "home",
              "house", "residence", "office", "compound", "hotel", "school", "village"}  # fmt: skip
DIVISION_WORDS = {"region", "province", "oblast", "state", "governorate", "prefecture", "district", "county",
                  "department", "territory"}  # fmt: skip
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
              "southeastern", "southwestern", "north", "south", "east", "west", "northeast", "northwest",
              "southeast", "southwest", "far", "upper", "lower"}  # fmt: skip
# Entities that are no place whatever their letters ("on Saturday" is no town). Not PERSON:
# the parser takes many a town for a person ("visited Port Moresby").
NOT_PLACES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW", "WORK_OF_ART"}
PRECISION_RANK = {"city": 4, "admin1": 3, "region": 2, "country": 1}
# A city smaller than this share of its best-known namesake is chosen only where a qualifier
# names its state or country ("Paris, Texas"), not merely because its country is in the story.
NAMESAKE_SHARE = 0.03
KNOWN_CITY = 100_000  # ... and only if it is a city of this size: talks "in Geneva" with U.S. envoys are in Switzerland
BIG_CITY = 500_000


@dataclass(frozen=True)
class _Candidate:
    token: Token
    text: str
    place: Place
    building: bool = False  # placed by a building's city ("the Kremlin" -> Moscow)


class ArticlePlaces:
    """The places of one parsed article, for placing its events."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, dateline: Dateline | None, seen: list[tuple[int, str]]) -> None:
        """
        Args:
            doc: the parsed article.
            gazetteer: the places known.
            dateline: the article's dateline, if any.
            seen: (character offset, country code) of every place and people the article names.
        """
        self.doc = doc
        self.gazetteer = gazetteer
        self.dateline = dateline
        self.seen = seen
        self.story: Counter[str] = Counter()  # set for each event placed, with its parties
        self.parties: list[str] = []
        # Divisions the article names, and those of the big cities it names ("Georgia" after
        # "Atlanta"): one lookup per named place.
        self.divisions_named: set[str] = set()
        self.divisions_of_cities: set[tuple[str | None, str]] = set()
        # The dateline is read first: a state the body names must not move it ("PARIS" stays
        # in France when the story mentions Texas).
        self.dateline_parts = self._dateline_parts()
        for ent in doc.ents:
            if ent.label_ not in {"GPE", "LOC"}:
                continue
            bearers = gazetteer.lookup(ent.text)
            self.divisions_named |= {p.name.lower() for p in bearers if p.precision == "admin1"}
            city = max((p for p in bearers if p.precision == "city"), key=lambda p: p.population, default=None)
            if ent.label_ == "GPE" and city is not None and city.admin1 and city.population >= KNOWN_CITY and (
                place_key(city.admin1) != place_key(city.name)  # Istanbul's division is Istanbul
            ):  # fmt: skip
                self.divisions_of_cities.add((city.country, city.admin1.lower()))

    def place_of(self, trigger: Token, event: str, actors: Sequence[str], recipients: Sequence[str] = ()) -> Place | None:
        """Where the event named at ``trigger`` happened, or None.

        Args:
            trigger: the event's word.
            event: its PLOVER type (an attack's object may be its site).
            actors: the country codes of its actors, for the dateline fallback.
            recipients: the country codes of its recipients (with the actors, they settle
                which of two namesakes is meant).
        """
        self.story = Counter(part.country for part in self.dateline_parts if part.country)
        self.story.update([*actors, *recipients])
        self.parties = [*actors, *recipients]
        head = clause_head(trigger)
        found = [c for c in self._candidates(trigger, head, event) if c is not None]
        if found:
            # What is said of the event itself before what a participle adds ("struck central
            # Myanmar, toppling buildings in Mandalay"); then the most precise; of equals, a
            # named city before a building's ("Ben Gurion Airport near Tel Aviv"); the nearest.
            best = max(found, key=lambda c: (_direct(c.token, head), PRECISION_RANK[c.place.precision], not c.building,
                                             -tree_distance(c.token, trigger)))  # fmt: skip
            return best.place
        return self._dateline_place(actors)

    def _candidates(self, trigger: Token, head: Token, event: str) -> list[_Candidate | None]:
        out = []
        named_after = _named_after(trigger)
        if named_after is not None:
            candidate = self._candidate(named_after)
            # a city or a region, not a country: "U.S. sanctions" are not in the United States
            if candidate is not None and candidate.place.precision != "country":
                out.append(candidate)
        if head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children) and head.head != trigger:
            # "outside Congress in Valparaiso, where lawmakers were debating": the place itself;
            # "met in Kuala Lumpur for the summit, where they signed": the summit's place
            place = self._candidate(head.head)
            out += [place] if place is not None else self._candidates(head.head, clause_head(head.head), event)
        # A noun event inside a phrase of another ("arrested two men in Basra in connection
        # with a bombing ...") has only the places said of it.
        own_only = trigger.pos_ == "NOUN" and _argument(trigger).dep_ in {"pobj", "npadvmod", "advcl", "compound"}
        for token in trigger.sent:
            if not _place_slot(token, trigger, event):
                continue
            if token != trigger and not (hangs_from(token, trigger) if own_only else belongs(token, trigger, head)):
                continue
            if _said_of_another_incident(token, trigger, head):
                continue
            out.append(self._candidate(token))
        if not any(out) and not own_only:
            # "set up barricades and burned tyres on roads in the capital": a clause joined by
            # "and" with no place of its own shares its partner's
            for partner in (c for c in head.conjuncts if c.pos_ in {"VERB", "AUX"}):
                out += [self._candidate(t) for t in trigger.sent if _place_slot(t, partner, event)
                        and belongs(t, partner, partner) and not _said_of_another_incident(t, partner, partner)]  # fmt: skip
        if own_only and trigger.head.lower_ == "for" and _trip(trigger.head.head):
            # "flying on to Warsaw for a meeting with Polish leaders": the trip's destination
            out += [self._candidate(t) for t in trigger.sent if t.dep_ == "pobj" and t.head.lower_ == "to"
                    and t.head.head == trigger.head.head]  # fmt: skip
        return out

    def _candidate(self, token: Token) -> _Candidate | None:
        """The place a noun names, looking through "the town of X" and "the capital"."""
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in DIRECTIONS:
            return None  # "some 45 km north of Baghdad": a point of reference, not the place
        kind_named = None
        for _ in range(3):  # "the outskirts of the West Bank city of Nablus"
            named = _of_object(token) if token.lower_ in PLACE_NOUNS | SITE_NOUNS else None
            if named is None:
                break
            kind_named = token.lower_ if token.lower_ in DIVISION_WORDS else kind_named
            token = named
        if kind_named is not None and _phrase(token) is not None:
            # "the southern province of Sweida": the division, not its city
            phrase = _phrase(token)
            place = self.resolve(f"{phrase.text} {kind_named}", None, phrase, spelling=token.ent_type_ in {"GPE", "LOC"})
            if place is not None and place.precision in {"admin1", "region"}:
                return _Candidate(token, phrase.text, place.model_copy(update={"text": phrase.text}))
        if token.lower_ == "capital":
            # "the capital", "the Kenyan capital", "Kenya's capital"
            place = self._capital(self._country_within(token))
            return _Candidate(token, "the capital", place) if place else None
        if token.lower_ in ANAPHORIC_PLACES and any(c.lower_ in {"the", "this", "that"} for c in token.children) and not any(
            c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN" for c in token.children
        ):  # fmt: skip
            # "in the city", "across the region": the last place of that kind named before
            place = self._named_before(token, ANAPHORIC_PLACES[token.lower_])
            return _Candidate(token, f"the {token.lower_}", place) if place else None
        phrase = _phrase(token)
        place = self.resolve(phrase.text, _qualifier(token), phrase, spelling=token.ent_type_ in {"GPE", "LOC", "FAC"}) \
            if phrase is not None else None
        city_owner = next((c for c in token.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
        if token.lower_ in QUARTERS and city_owner is not None:
            # "Bangkok's Chatuchak district": reported as the city
            owner = self._candidate(city_owner)
            if owner is not None and owner.place.precision == "city":
                return owner
        if place is None and token.pos_ in {"NOUN", "PROPN"}:
            # "at Manila's main international airport", "at The Hague summit"
            for inner in token.children:
                if (inner.dep_ in {"poss", "compound"} and inner.pos_ == "PROPN" and (token.lower_ in SITE_NOUNS
                        or token.lemma_.lower() in GATHERINGS)) or (inner.lower_ == "capital" and token.lower_ in SITE_NOUNS):
                    found = self._candidate(inner)
                    if found is not None:
                        return found
        if place is None or phrase is None:
            return None
        return _Candidate(token, phrase.text, place, building=place.name.lower() not in phrase.text.lower())

    def resolve(self, text: str, qualifier: str | None = None, span: Span | None = None, spelling: bool = False) -> Place | None:
        """The place a name stands for, in this article ("Georgia" by the story's countries)."""
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        name = " ".join(words).removesuffix("'s").removesuffix("’s")
        found = self._lookup(name, qualifier, span, spelling)
        direction = None
        if found is None and len(words) > 1 and words[0].lower().replace("-", "") in DIRECTIONS:
            # "northern Syria" (but "South Sudan" and "the South China Sea" are names)
            direction, name = words[0], " ".join(words[1:]).removesuffix("'s").removesuffix("’s")
            found = self._lookup(name, qualifier, span, spelling)
        if found is None:
            return None
        if direction and found.precision == "country":
            return _place(f"{direction.lower()} {found.name}", text, found, "region")
        return _place(found.name, text, found, found.precision)

    def _lookup(self, name: str, qualifier: str | None, span: Span | None = None, spelling: bool = False) -> GazetteerPlace | None:
        candidates = self.gazetteer.lookup(name)
        division = False
        if not candidates and len(name.split()) > 1 and name.split()[-1].lower() in DIVISION_WORDS:
            # "Balochistan province", "the Kharkiv region": the division of that name
            division = True
            candidates = self.gazetteer.lookup(" ".join(name.split()[:-1]))
        if not candidates and name.lower().endswith(" city"):
            candidates = [p for p in self.gazetteer.lookup(name[:-5]) if p.precision == "city"]
        words = name.split()
        while not candidates and len(words) > 1 and words[-1].lower() in SITE_NOUNS | SITE_QUALIFIERS:
            # "Manchester Airport", "Muan International Airport": the place the site is named after
            words = words[:-1]
            candidates = self.gazetteer.lookup(" ".join(words))
        if not candidates and spelling and name[:1].isupper():
            # only for what the parser calls a place, and in the story's countries where it has any
            candidates = [p for p in self.gazetteer.lookup_spelling(name) if not self.story or p.country in self.story]
        elif candidates and not division and all(p.precision == "admin1" for p in candidates):
            # "in Mykolaiv": a division named after its city is said for the city, which
            # GeoNames may spell otherwise (Mykolayiv)
            countries = {p.country for p in candidates}
            candidates += [p for p in self.gazetteer.lookup_spelling(name) if p.country in countries]
        if not any(c.isupper() for c in name):
            # "the highlands", "the border": a word, not a name, unless it is listed ("the Sahel")
            candidates = [p for p in candidates if p.listed and p.precision == "region"]
        if not candidates:
            return None
        if division:
            candidates = [p for p in candidates if p.precision in {"admin1", "region"}] or candidates
        if qualifier:
            qualified = self._qualified(candidates, qualifier)
            if qualified:
                return qualified
        choice = self._best(candidates, name, span)
        if choice is None:
            return None
        if choice.city:  # a building: its city, else the building's own point under the city's name
            city = self.gazetteer.city_in(choice.city, choice.country or "") if choice.country else None
            return city or replace(choice, name=choice.city, city=None)
        return choice

    def _qualified(self, candidates: list[GazetteerPlace], qualifier: str) -> GazetteerPlace | None:
        """The candidate in the state or country a qualifier names ("Paris, Texas")."""
        for where in self.gazetteer.lookup(qualifier):
            for place in candidates:
                if place.precision == "city" and (
                    (where.precision == "country" and place.country == where.country)
                    or (where.precision == "admin1" and place.country == where.country and place.admin1
                        and place.admin1.lower() == where.name.lower())
                ):  # fmt: skip
                    return place
        return None

    def _best(self, candidates: list[GazetteerPlace], name: str, span: Span | None) -> GazetteerPlace | None:
        """Of a name's bearers: a listed place, else the one whose state the article names
        ("Paris" after "Texas"), else by the story's countries, kind and size."""
        listed = [p for p in candidates if p.listed]
        if listed:
            return listed[0]
        if self.story:
            # a small town abroad, in none of the story's countries, is a namesake ("Avondale",
            # Arizona, for Harare's Avondale suburb)
            candidates = [p for p in candidates if p.precision != "city" or p.country in self.story
                          or p.population >= KNOWN_CITY]  # fmt: skip
            if not candidates:
                return None
        story = self.story + Counter(
            code for offset, code in self.seen if span is None or not span.start_char <= offset < span.end_char
        )  # fmt: skip
        largest = max((p.population for p in candidates if p.precision == "city"), default=0)
        key = place_key(name)

        def rank(place: GazetteerPlace) -> tuple:
            known_size = place.precision != "city" or (
                place.population >= NAMESAKE_SHARE * largest and place.population >= KNOWN_CITY)  # fmt: skip
            in_story = story.get(place.country or "", 0) if known_size else 0
            division_named = (bool(place.admin1) and place.admin1.lower() in self.divisions_named and (
                place_key(place.admin1) != key)) or (
                place.precision == "admin1" and (place.country, place.name.lower()) in self.divisions_of_cities)  # fmt: skip
            # the bearer of the very name, unless another is a big city known by it too
            # ("Santiago" the Dominican province, or Santiago de los Caballeros)
            named = place_key(place.name) == key or (place.precision == "city" and place.population >= BIG_CITY)
            return (division_named, named, in_story > 0, place.precision == "country",
                    in_story, {"city": 2, "admin1": 1}.get(place.precision, 0), place.population)  # fmt: skip

        return max(candidates, key=rank)

    def _capital(self, country: str | None) -> Place | None:
        """ "In the Kenyan capital": that country's capital; "in the capital": the capital of
        the country the story is set in."""
        home = country or self._home_country()
        capital = self.gazetteer.capitals.get(home or "")
        city = self.gazetteer.city_in(capital, home) if capital and home else None
        return _place(city.name, "the capital", city, "city") if city else None

    def _named_before(self, token: Token, precisions: set[str]) -> Place | None:
        """The last place of one of these precisions the article names before ``token``; for
        "the country", the country the story is set in."""
        if precisions == {"country"}:
            home = self._home_country()
            country = self.gazetteer.countries.get(home or "")
            return _place(country.name, "the country", country, "country") if country else None
        for ent in reversed([e for e in self.doc.ents if e.end <= token.i and e.label_ in {"GPE", "LOC", "FAC"}]):
            place = self.resolve(ent.text, None, ent)
            if place is not None and place.precision in precisions:
                return place
        return None

    def _country_within(self, token: Token) -> str | None:
        """The country named by a word before a noun ("the Kenyan capital", "Kenya's capital")."""
        start = min(t.idx for t in token.subtree)
        codes = [code for offset, code in self.seen if start <= offset < token.idx]
        return codes[-1] if codes else None

    def _home_country(self) -> str | None:
        """The country "the capital" is of: the dateline's where the event's parties are of it,
        else the first party's, else the dateline's, else the country the article names most."""
        datelined = [part.country for part in self.dateline_parts if part.country]
        for code in datelined:
            if code in self.parties:
                return code
        if self.parties:
            return self.parties[0]
        if datelined:
            return datelined[0]
        story = Counter(code for _, code in self.seen)
        return story.most_common(1)[0][0] if story else None

    def _dateline_parts(self) -> list[GazetteerPlace]:
        places = []
        for part in (self.dateline.place or "").split("/") if self.dateline else []:
            found = self._lookup(part.strip(), None)
            if found is not None:
                places.append(found)
        return places

    def _dateline_place(self, actors: Sequence[str]) -> Place | None:
        """The dateline's place, where the event's actor is of its country (acting at home)."""
        for part in self.dateline_parts:
            if part.country and part.country in actors:
                return _place(part.name, self.dateline.place if self.dateline else part.name, part, part.precision)
        return None


def _direct(token: Token, head: Token) -> bool:
    """Whether a place is said of its clause directly, not in a participle added to it."""
    for above in token.ancestors:
        if above == head:
            return True
        if above.dep_ == "advcl" and above.tag_ == "VBG":
            return False
    return True


def _place_slot(token: Token, trigger: Token, event: str) -> bool:
    """Whether a token stands where an event's place is said: after a place preposition, as
    a trip's destination or an attack's object."""
    if token.pos_ not in {"PROPN", "NOUN"} or token.dep_ == "compound" or token.ent_type_ in NOT_PLACES:
        return False
    if token.dep_ == "pobj":
        preposition, governor = token.head.lower_, token.head.head
        if preposition in PLACE_PREPOSITIONS:
            return True
        if preposition in SITE_PREPOSITIONS and (_forceful(governor, event) or token.lower_ in PLACE_NOUNS):
            return True
        if preposition == "from" and (token.lower_ in PLACE_NOUNS or governor.lemma_.lower() in LEAVING_WORDS):
            return True  # "pushed back from the outskirts of", "withdrew from Pokrovsk"
        # "will travel to Turkey", "a visit to Spain": only the event's own trip ("warned
        # against travel to Japan" is a warning, not a trip)
        # "will pay a visit to the Philippines": the trip noun's light verb; "the deployment
        # of a brigade to Lithuania": the trip noun above the thing sent
        if governor.dep_ == "pobj" and governor.head.lower_ == "of" and _trip(governor.head.head):
            governor = governor.head.head
        own_trip = _trip(governor) or (governor == clause_head(trigger) and _trip(trigger))
        return preposition == "to" and own_trip and governor in {trigger, clause_head(trigger)}
    if token.dep_ == "dobj" and token.head in {trigger, clause_head(trigger)}:
        return _trip(token.head) or _forceful(token.head, event)
    # "In Kabul, ..." read as a modifier of the verb
    return token.dep_ == "npadvmod" and token.ent_type_ in {"GPE", "LOC"} and token.head == clause_head(trigger)


def _named_after(trigger: Token) -> Token | None:
    """The city a noun event is named by: "the Istanbul talks", "the Doha summit"."""
    if trigger.pos_ != "NOUN":
        return None
    for child in trigger.children:
        if child.dep_ == "compound" and child.ent_type_ in {"GPE", "LOC", "FAC"} and child.i < trigger.i:
            return child
    return None


# Words that stand for a place named before ("in the city", "across the province").
ANAPHORIC_PLACES = {"city": {"city"}, "town": {"city"}, "region": {"admin1", "region"}, "province": {"admin1"},
                    "state": {"admin1"}, "island": {"admin1", "region", "country"}, "country": {"country"}}  # fmt: skip

SITE_QUALIFIERS = {"international", "air", "naval", "military", "main", "central", "national", "regional"}
# Gatherings named after their city: "at The Hague summit", "the Doha talks".
GATHERINGS = {"summit", "talks", "conference", "meeting", "negotiation", "forum", "games", "festival", "congress"}
QUARTERS = {"district", "neighbourhood", "neighborhood", "suburb", "quarter", "borough", "township"}

# Incidents whose place is their own: "expelled diplomats in retaliation for the arrest in
# France of ...", "condemned the interception of a flotilla off Gaza".
INCIDENT_NOUNS = {"arrest", "detention", "killing", "murder", "assassination", "bombing", "attack", "strike",
                  "raid", "kidnapping", "abduction", "shooting", "explosion", "blast", "execution", "death",
                  "interception", "seizure", "capture", "imprisonment", "trial", "conviction", "crash",
                  "massacre", "clash", "clashes", "incident", "protest", "demonstration", "rally", "riot",
                  "unrest"}  # fmt: skip


def _said_of_another_incident(place: Token, trigger: Token, head: Token) -> bool:
    """Whether a place is told of an incident other than the event ("in France" in "expelled
    the envoy over the arrest in France of a consul")."""
    token = place.head
    while token != head and token != trigger and token.head != token:
        # ... but "arrested 200 people in raids across Texas": the raids are how the arrests happened
        manner = token.dep_ == "pobj" and token.head.lower_ in {"in", "during", "with", "at"}
        if token.pos_ == "NOUN" and token.lemma_.lower() in INCIDENT_NOUNS and not manner:
            return True
        token = token.head
    return False


def _argument(token: Token) -> Token:
    """The word whose role a noun event shares: the first of a run of conjuncts ("floods and
    landslides"), the head of "two days of talks" or "a wave of strikes"."""
    while token.head != token and (token.dep_ == "conj" or (token.dep_ == "pobj" and token.head.lower_ == "of")):
        token = token.head if token.dep_ == "conj" else token.head.head
    return token


def _trip(token: Token) -> bool:
    return token.lemma_.lower() in TRIP_WORDS


def _forceful(token: Token, event: str) -> bool:
    """Whether a word is of an attack or a seizure, whose object is a site."""
    return event in SITE_EVENTS or token.lemma_.lower() in SITE_WORDS


def _of_object(token: Token) -> Token | None:
    """X in "the town of X", "the outskirts of X", "X's Zeitoun neighbourhood"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for target in prep.children:
                if target.dep_ == "pobj":
                    return target
    named = any(c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN" for c in token.children)
    for child in token.children:  # "the capital's Delmas neighbourhood", not "Russia's Kursk region"
        if not named and child.dep_ == "poss" and (child.ent_type_ in {"GPE", "LOC"} or child.lower_ == "capital"):
            return child
    for child in token.children:
        if child.dep_ == "appos":  # "the port city, Odesa"
            return child
    return None


def _phrase(token: Token) -> Span | None:
    """The words that name a place: the named entity holding the token, or the token with the
    words joined to it on the left ("Balochistan province", "northern Syria")."""
    if token.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"}:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            start = ent.start
            left = token.doc[start - 1] if start > 0 else None
            if left is not None and left.lower_ in DIRECTIONS and left.head.i >= start:
                start -= 1
            return token.doc[start : ent.end]
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ in {"compound", "amod"} and token.doc[start - 1].head.i >= start:
        start -= 1
    if token.pos_ != "PROPN" and start == token.i:
        return None  # a common noun alone ("in the city") names no place
    return token.doc[start : token.i + 1]


def _qualifier(token: Token) -> str | None:
    """The state or country after a comma that says which place a name is ("Paris, Texas")."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ in {"GPE", "LOC"}:
        ent = next((e for e in doc.ents if e.start == end + 1), None)
        return ent.text if ent is not None else doc[end + 1].text
    return None


def _place(name: str, text: str, found: GazetteerPlace, precision: str) -> Place:
    return Place(
        text=text, name=name, country=found.country, admin1=found.admin1 if precision == "city" else None,
        lat=found.lat, lon=found.lon, geonameid=found.geonameid if precision in {"city", "country"} else None,
        precision=precision,  # type: ignore[arg-type]
    )  # fmt: skip
