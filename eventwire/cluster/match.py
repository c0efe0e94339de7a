"""Whether two event mentions can report the same occurrence, and how well they agree.

A :class:`Mention` is what clustering needs from one coded record: its type, the countries (or
names) of its actors and recipients, the days it may have happened on, its place, its modality
and where it was read. Two mentions are *compatible* when nothing they say rules out one
occurrence:

- the same PLOVER type;
- actors that agree (a side left unknown agrees with anything) and at least one party in
  common; a party is a country, and where the coder knows it, whether it is the state
  (government, army, police...) or not (rebels, protesters...); for two-sided events (talks,
  agreements) the sides may be given in either order;
- days that overlap: an explicit date against the other's date; an event dated only by the
  article's publication may have happened in the three days before it;
- places in the same country, and two named cities no more than 100 km apart;
- a compatible *phase*: a planned or hypothetical event never merges with one reported as
  having happened. A denial or cancellation (negated) is about the same occurrence as the claim
  or the plan it denies, so it goes with either.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from eventwire.records import EventRecord

# Two-sided events: "Turkey and Ukraine held talks" is the same as "Ukraine and Turkey".
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# An event dated only by its article's publication happened on that day or up to this many
# days before (a story filed a day or two after the fact, across time zones).
PUBLICATION_LAG = dt.timedelta(days=3)
# An undated event in the background, or an undated plan: the widest window it is matched in.
UNDATED_REACH = dt.timedelta(days=30)
# Two named cities farther apart than this are two places.
SAME_PLACE_KM = 100.0

PHASE = {"asserted": "happened", "future": "planned", "hypothetical": "planned", "negated": None}


@dataclass(frozen=True)
class Mention:
    """One event record, reduced to what decides which occurrence it reports."""

    event_id: str
    article_id: str
    event: str
    actors: frozenset[str]
    recipients: frozenset[str]
    modality: str
    first_day: dt.date | None  # the days it may have happened on
    last_day: dt.date | None
    exact: bool  # dated by the text itself (not by publication alone)
    country: str | None = None
    city: int | None = None  # geonameid of a city-level place
    lat: float | None = None
    lon: float | None = None
    confidence: float = 0.0
    outlet: str | None = None
    source: str | None = None  # the independent source behind the article (see cluster.stats)
    seen: dt.date | None = None  # when its article was published
    words: frozenset[str] = frozenset()  # the evidence sentence's telling words (see words_of)

    @property
    def phase(self) -> str | None:
        """"happened", "planned", or None for a denial (which goes with either)."""
        return PHASE.get(self.modality)


def mention_of(record: EventRecord, published: dt.date | None, outlet: str | None = None,
               source: str | None = None) -> Mention:  # fmt: skip
    """The mention of one coded record, whose article was published on ``published``."""
    first, last, exact = _days(record, published)
    place = record.location
    return Mention(
        event_id=record.id,
        article_id=record.article_id,
        event=record.event,
        actors=_parties(record.actor),
        recipients=_parties(record.recipient),
        modality=record.modality,
        first_day=first,
        last_day=last,
        exact=exact,
        country=place.country if place else None,
        city=place.geonameid if place and place.precision == "city" else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        confidence=record.confidence,
        outlet=outlet,
        source=source,
        seen=published,
        words=words_of(record.evidence.text),
    )


# Words too common in news to tell one occurrence from another.
COMMON_WORDS = frozenset(
    "about after against also amid before being between could during from have having into "
    "more most over said says since that their them then there these they this those through "
    "told under until were what when where which while will with would year years week "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)


def words_of(sentence: str) -> frozenset[str]:
    """The words of a sentence that may tell its occurrence apart: names, numbers, rare words."""
    words = (w.strip(".,;:!?\"'()[]“”‘’").casefold() for w in sentence.split())
    return frozenset(w for w in words if (len(w) >= 4 and w.isalpha() and w not in COMMON_WORDS) or w.isdigit())


# Sectors of the state. Outlets call one actor "the government", "the army" or "the ministry",
# and "protesters", "the opposition" or "activists", so sectors are compared only as the state
# against everyone else: enough to keep the army's strike apart from the rebels' in one country.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _parties(entities) -> frozenset[str]:  # noqa: ANN001
    """One side as "country:state" or "country:nonstate", the country alone when the sector is
    unknown, or the name where no country is known."""
    found = set()
    for entity in entities:
        if not entity.code:
            found.add((entity.name or entity.text).casefold())
        elif entity.sector:
            found.add(f"{entity.code}:{'state' if entity.sector in STATE_SECTORS else 'nonstate'}")
        else:
            found.add(entity.code)
    return frozenset(found)


def _same_party(a: str, b: str) -> bool:
    """One country, and not the state against the rest ("SDN" is both "SDN:state" and "SDN:nonstate")."""
    country_a, _, group_a = a.partition(":")
    country_b, _, group_b = b.partition(":")
    return country_a == country_b and (not group_a or not group_b or group_a == group_b)


def _shared(mine: frozenset[str], theirs: frozenset[str]) -> int:
    """How many parties of one side are also on the other."""
    return sum(any(_same_party(a, b) for b in theirs) for a in mine)


def _days(record: EventRecord, published: dt.date | None) -> tuple[dt.date | None, dt.date | None, bool]:
    """The first and last day the event may have happened on, and whether the text said so."""
    from eventwire.store.rows import date_end, date_start  # the store's reading of a date

    if record.date and record.date_basis in ("explicit", "relative"):
        return date_start(record.date), date_end(record.date), True
    if published is None:
        return None, None, False
    if record.date_basis == "publication" and record.modality in ("asserted", "negated"):
        return published - PUBLICATION_LAG, published, False
    if record.modality in ("future", "hypothetical"):
        return published, published + UNDATED_REACH, False
    return published - UNDATED_REACH, published, False


def compatible(a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` may report one occurrence, phase apart (see :func:`same_phase`)."""
    return (
        a.event == b.event
        and a.article_id != b.article_id  # one article tells an occurrence once
        and _parties_agree(a, b)
        and _days_overlap(a, b)
        and _places_agree(a, b)
    )


def same_phase(a: Mention, b: Mention) -> bool:
    """False for a plan against the event that happened; a denial goes with either."""
    return a.phase is None or b.phase is None or a.phase == b.phase


def agreement(a: Mention, b: Mention) -> float:
    """How strongly two compatible mentions agree: more shared detail, a higher score."""
    score = 2.0 * _shared(a.actors, b.actors) + 2.0 * _shared(a.recipients, b.recipients)
    if a.event in SYMMETRIC:
        score = max(score, 2.0 * _shared(a.actors | a.recipients, b.actors | b.recipients))
    if a.exact and b.exact and a.first_day == b.first_day and a.last_day == b.last_day:
        score += 3.0
    if a.country and a.country == b.country:
        score += 1.0
    if a.city is not None and a.city == b.city:
        score += 2.0
    if a.words and b.words:  # outlets write their own sentences, but keep names and numbers
        score += 6.0 * len(a.words & b.words) / len(a.words | b.words)
    return score - 0.1 * _gap_days(a, b)


def _sides_agree(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    return not mine or not theirs or _shared(mine, theirs) > 0


def _parties_agree(a: Mention, b: Mention) -> bool:
    """Each side agrees, and the two share at least one party."""
    in_order = _sides_agree(a.actors, b.actors) and _sides_agree(a.recipients, b.recipients)
    shared = _shared(a.actors, b.actors) > 0 or _shared(a.recipients, b.recipients) > 0
    if in_order and shared:
        return True
    if a.event not in SYMMETRIC:
        return False
    swapped = _sides_agree(a.actors, b.recipients) and _sides_agree(a.recipients, b.actors)
    return swapped and (_shared(a.actors, b.recipients) > 0 or _shared(a.recipients, b.actors) > 0)


def _days_overlap(a: Mention, b: Mention) -> bool:
    if None in (a.first_day, a.last_day, b.first_day, b.last_day):
        return True  # nothing known of one of them: the days do not tell them apart
    return a.first_day <= b.last_day and b.first_day <= a.last_day  # type: ignore[operator]


def _gap_days(a: Mention, b: Mention) -> int:
    if None in (a.first_day, a.last_day, b.first_day, b.last_day):
        return 0
    if a.first_day <= b.last_day and b.first_day <= a.last_day:  # type: ignore[operator]
        return 0
    return min(abs((a.first_day - b.last_day).days), abs((b.first_day - a.last_day).days))  # type: ignore[operator]


def _places_agree(a: Mention, b: Mention) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    if a.city is None or b.city is None or a.city == b.city:
        return True
    if None in (a.lat, a.lon, b.lat, b.lon):
        return True
    return kilometres(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM  # type: ignore[arg-type]


def kilometres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
