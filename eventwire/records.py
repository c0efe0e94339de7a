"""The plain data passed between pipeline stages, and the event record eventwire hands out.

Stages never pass spaCy objects to each other: a reader yields :class:`Article`, the actor
stage yields :class:`ActorMention`, the event coder yields :class:`EventRecord`. The pydantic
models below *are* the output contract of ``../shared/spec/event-record.md``; the JSON Schema
shipped in ``eventwire/data/event.schema.json`` is generated from :class:`EventRecord`
(``python -m eventwire.records`` rewrites it) and a test checks the two agree.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PLOVER_EVENTS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
PloverEvent = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
Modality = Literal["asserted", "future", "hypothetical", "negated"]
MODALITIES = ("asserted", "future", "hypothetical", "negated")
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
DateBasis = Literal["explicit", "relative", "publication", "none"]
PlacePrecision = Literal["city", "admin1", "country", "region"]

SCHEMA_PATH = Path(__file__).parent / "data" / "event.schema.json"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- input side


class Dateline(_Frozen):
    """A dateline cut from the start of an article body ("ANKARA (Reuters) -")."""

    text: str
    place: str | None = None
    wire: str | None = None


class Article(_Frozen):
    """One news article, as read from a file, a JSONL/CSV row or standard input.

    ``text`` is the body that gets coded: title, tag lines, source lines, boilerplate and the
    dateline have been taken out of it and kept in the other fields.
    """

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    dateline: Dateline | None = None
    tags: tuple[str, ...] = ()
    source_lines: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    origin: str | None = Field(default=None, description="file (and line) the article came from")


# --------------------------------------------------------------------------- output contract


class Entity(_Frozen):
    """An actor or recipient: the words as written and what they resolve to."""

    text: str
    name: str | None = None
    code: str | None = Field(default=None, description="ISO 3166 alpha-3 or UNO/EUR/IGO/NGO/IMG/MNC")
    sector: str | None = Field(default=None, description="PLOVER sector: GOV, MIL, LEG, ...")
    cameo_code: str | None = Field(default=None, description='CAMEO actor code such as "UKRGOV"')
    office: str | None = None
    wikidata_id: str | None = None


class ActorMention(_Frozen):
    """One actor mention in an article, with what it resolved to and why (``how``)."""

    article_id: str
    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    sector: str | None = None
    cameo_code: str | None = None
    office: str | None = None
    wikidata_id: str | None = None
    how: str = Field(description='why it resolved so: "knowledge base 2025-11-18", "metonym", ...')


class Quote(_Frozen):
    """A statement reported in an article: who said what, direct or indirect, and to whom."""

    article_id: str
    speaker: Entity | None = Field(default=None, description="who says it, resolved as an actor")
    speaker_text: str = Field(description="the speaker as written, or empty when unnamed")
    verb: str = Field(description='the reporting verb as written ("said", "told")')
    text: str = Field(description="what is said: the quotation, or the reported clause")
    direct: bool = Field(description="in quotation marks")
    outlet: str | None = Field(default=None, description='the news organisation told ("told AFP")')
    start: int
    end: int


class Place(_Frozen):
    """Where an event happened."""

    text: str
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: PlacePrecision


class Attribution(_Frozen):
    """One link of the chain of who says an event happened."""

    speaker: Entity | None = None
    text: str
    verb: str | None = None
    outlet: str | None = None


class Evidence(_Frozen):
    """The sentence an event was read from; offsets are into the article's body text."""

    text: str
    start: int
    end: int
    sentence: int
    trigger: str
    trigger_start: int | None = Field(default=None, description="character offset of the trigger word in the body")


class ArticleRef(_Frozen):
    """The article an event came from, as carried on every record."""

    id: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class Coder(_Frozen):
    """Which coder and codebook produced a record."""

    name: str = "eventwire"
    version: str
    codebook: str = "PLOVER 0.8 / CAMEO 1.1b3"


ReviewVerdict = Literal["correct", "wrong", "corrected"]
REVIEW_VERDICTS = ("correct", "wrong", "corrected")
# The fields of a record a reviewer may correct.
REVIEWABLE_FIELDS = ("event", "actor", "recipient", "modality", "date", "location")


class Review(_Frozen):
    """A person's judgement of one coded event: right, wrong, or corrected (with the changes)."""

    id: int
    event_id: str
    reviewer: str
    reviewed_at: dt.datetime = Field(description="when the review was saved (UTC)")
    verdict: ReviewVerdict
    changes: dict[str, Any] = Field(default_factory=dict, description="corrected fields, as the record holds them")
    original: dict[str, Any] = Field(default_factory=dict, description="the coded values of the changed fields")
    note: str | None = None


class EventRecord(_Frozen):
    """One coded event: a superset of the PLOVER JSON record (spec/event-record.md)."""

    id: str
    article_id: str
    event: PloverEvent
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    cameo: str = Field(pattern=r"^[0-9]{2,4}$")
    quad_code: int = Field(ge=1, le=4)
    goldstein: float = Field(ge=-10, le=10)
    actor: list[Entity] = Field(min_length=1)
    recipient: list[Entity] = Field(default_factory=list)
    reciprocal: bool = False
    modality: Modality = "asserted"
    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
    date_precision: DatePrecision = "unknown"
    date_basis: DateBasis = "none"
    date_text: str | None = None
    location: Place | None = None
    attribution: list[Attribution] = Field(default_factory=list)
    evidence: Evidence
    confidence: float = Field(ge=0, le=1)
    typed_by: Literal["lexicon", "classifier"] = Field(
        default="lexicon", description="what typed the event: a lexicon trigger, or the optional sentence classifier"
    )
    article: ArticleRef
    coder: Coder
    human_reviewed: bool = Field(default=False, description="a person has reviewed the event (see review)")
    review: Review | None = Field(default=None, description="the latest review, already applied to the fields")

    def to_json(self) -> str:
        """One line of PLOVER JSONL."""
        return self.model_dump_json()


class CodedArticle(_Frozen):
    """One article after coding: its events, every actor mention and every statement in it."""

    article: Article
    events: list[EventRecord]
    mentions: list[ActorMention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)


class ClusterMention(_Frozen):
    """One report of a clustered occurrence: which record, in which article, and how it said it."""

    event_id: str
    article_id: str
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    modality: Modality
    confidence: float
    evidence: str
    duplicate_of: str | None = Field(default=None, description="the first copy, when the article is a reprint")


class EventCluster(_Frozen):
    """One occurrence as several articles report it: its best mention's record and the counts."""

    id: str
    record: EventRecord = Field(description="the record of the mention that tells it best")
    num_mentions: int
    num_articles: int
    num_outlets: int
    num_independent_sources: int = Field(description="articles counted once per wire, outlet or reprinted story")
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    linked_clusters: list[str] = Field(default_factory=list, description="the same occurrence planned, or happened")
    mentions: list[ClusterMention] = Field(default_factory=list)


def event_schema() -> dict:
    """The JSON Schema of :class:`EventRecord`, as shipped in the package."""
    schema = EventRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "eventwire event record"
    return schema


def write_event_schema(path: Path = SCHEMA_PATH) -> None:
    """Regenerate the shipped JSON Schema from the model."""
    path.write_text(json.dumps(event_schema(), indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_event_schema()
    print(f"wrote {SCHEMA_PATH}")
