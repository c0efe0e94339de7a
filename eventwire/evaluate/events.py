"""Scoring event coding: on the peer suites (the PLOVER gold standard, plv.csv's test rows,
ConfliBERT's cameo_class test rows) and on our own gold articles.

Each suite is read into :class:`GoldText` items (a text with the events it should give, or
with one label for the whole sentence), coded by the pipeline, and scored:

- **event suites** (PLOVER GSR, our gold articles): an expected event is *correct* when a coded
  event has its type and an actor of its country (and, where the gold names one, a recipient
  of its country); coded events that match nothing are *extra*. Gold and coded events are
  paired one to one by an optimal assignment (:func:`pair_up`), not first come first served.
  Per type: precision, recall, F1. Modality is scored on the matched pairs.
- **label suites** (plv.csv, ConfliBERT): the sentence's first coded event gives its label
  (a PLOVER type, or a CAMEO PentaClass); no event is a wrong answer.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from eventwire.errors import InputError
from eventwire.evaluate.actors import GSR_INTERNATIONAL, GSR_TO_ISO
from eventwire.pipeline import Pipeline, article_from_text
from eventwire.read.plaintext import article_from_text as read_text_article
from eventwire.records import EventRecord

# The PLOVER gold standard uses the types of PLOVER 0.5; these are their 2021 (and spec) names.
OLD_PLOVER_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# plv.csv's YIELD predates PLOVER's split of it into CONCEDE and RETREAT: either counts.
LABEL_EQUIVALENTS = {"YIELD": {"CONCEDE", "RETREAT"}}


@dataclass(frozen=True)
class GoldEvent:
    """One expected event: its type, actor and recipient countries, and modality if given."""

    event: str
    actor: frozenset[str]
    recipient: frozenset[str] = frozenset()
    modality: str | None = None


@dataclass(frozen=True)
class GoldText:
    """A text to code, with the events (or the single label) it should give."""

    id: str
    text: str
    published: dt.date | None = None
    events: tuple[GoldEvent, ...] = ()
    label: str | None = None
    # A whole article (headline, dateline, body, boilerplate) is read as a user's text file
    # is; a peer suite's sentence is coded as it stands.
    whole_article: bool = False


@dataclass
class EventScore:
    """What one suite scored."""

    name: str
    kind: str  # "events" or "labels"
    texts: int = 0
    gold: int = 0
    correct: int = 0
    extra: int = 0
    modality_pairs: int = 0
    modality_right: int = 0
    labels_right: int = 0
    # per type: true positives, false positives, false negatives
    by_type: dict[str, Counter] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    @property
    def missed(self) -> int:
        return self.gold - self.correct

    def count(self, event: str, outcome: str) -> None:
        self.by_type.setdefault(event, Counter())[outcome] += 1

    def f1(self) -> float:
        coded = self.correct + self.extra
        precision = self.correct / coded if coded else 0.0
        recall = self.correct / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# ---------------------------------------------------------------------- readers


def read_plover_gsr_events(path: Path) -> list[GoldText]:
    """The PLOVER gold standard's records as expected events (the DOCUMENT record is skipped)."""
    records = _json(path)
    texts = []
    for record in records:
        event = OLD_PLOVER_TYPES.get(record.get("event"), record.get("event"))
        if event not in PLOVER_TYPES or not record.get("text"):
            continue
        gold = GoldEvent(event, _gsr_codes(record.get("source")), _gsr_codes(record.get("target")))
        texts.append(GoldText(id=record["id"], text=record["text"], events=(gold,)))
    return texts


def read_plv_test(path: Path) -> list[GoldText]:
    """plv.csv's ``split=test`` rows: a sentence and its PLOVER root label."""
    rows = _csv(path, ("text", "label", "meta"))
    return [
        GoldText(id=f"plv-{number}", text=row["text"], label=row["label"])
        for number, row in enumerate(rows, 1) if "split=test" in row["meta"] and row["text"].strip()
    ]  # fmt: skip


def read_conflibert_test(path: Path) -> list[GoldText]:
    """ConfliBERT's cameo_class test rows: a sentence and its CAMEO PentaClass (0-4)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(str(path), f"cannot read ({error.strerror})") from None
    texts = []
    for number, line in enumerate(lines, 1):
        text, _, label = line.rpartition("\t")
        if text.strip() and label.strip() in {"0", "1", "2", "3", "4"}:
            texts.append(GoldText(id=f"cameo-class-{number}", text=text, label=label.strip()))
    return texts


def read_gold_articles(path: Path) -> list[GoldText]:
    """Our own gold articles (``tests/resources/events/gold_articles.jsonl``)."""
    texts = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(str(path), f"cannot read ({error.strerror})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            events = tuple(
                GoldEvent(e["event"], frozenset(e.get("actor") or ()), frozenset(e.get("recipient") or ()), e.get("modality"))
                for e in record.get("events", [])
            )  # fmt: skip
            published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
            text = f"{record['title']}\n\n{record['text']}" if record.get("title") else record["text"]
            texts.append(GoldText(id=record["id"], text=text, published=published, events=events, whole_article=True))
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{path}:{number}", f"not a gold article ({error})") from None
    return texts


# ---------------------------------------------------------------------- scoring


def code_texts(
    pipeline: Pipeline, texts: list[GoldText], min_confidence: float | None = None
) -> Iterator[tuple[GoldText, list[EventRecord]]]:
    """Each gold text with the events the pipeline codes from it (those at least this
    confident, if given)."""
    articles = [
        read_text_article(item.text, article_id=item.id, source=item.id, published=item.published)
        if item.whole_article else article_from_text(item.text, item.published, item.id)
        for item in texts
    ]  # fmt: skip
    for item, (_, events) in zip(texts, pipeline.extract_many(articles), strict=True):
        yield item, [e for e in events if min_confidence is None or e.confidence >= min_confidence]


def score_events(name: str, coded: Iterable[tuple[GoldText, list[EventRecord]]]) -> EventScore:
    """Correct, missed and extra events, per type, with modality on the matched pairs."""
    score = EventScore(name, "events")
    for item, events in coded:
        score.texts += 1
        pairs = pair_up(item.events, events)
        for index, gold in enumerate(item.events):
            score.gold += 1
            if index not in pairs:
                score.count(gold.event, "fn")
                score.misses.append(f"{item.id}: missed {gold.event} {_codes(gold.actor)} -> {_codes(gold.recipient)}"
                                    f" | coded {_describe(events)}")  # fmt: skip
                continue
            match = events[pairs[index]]
            score.correct += 1
            score.count(gold.event, "tp")
            if gold.modality:
                score.modality_pairs += 1
                score.modality_right += modality_agrees(gold, match)
        matched = set(pairs.values())
        for number, event in enumerate(events):
            if number not in matched:
                score.extra += 1
                score.count(event.event, "fp")
    return score


def pair_up(golds: Sequence[GoldEvent], events: Sequence[EventRecord]) -> dict[int, int]:
    """The best one-to-one pairing of gold events with coded events: as many pairs as can be
    made, and among those, the most with the gold's own type and modality. A gold event's
    index -> its coded event's index.

    Taking gold events in order, each with the first event that fits, can pair a gold event
    with one another gold event needed (an announced meeting counts as a gold AGREE), and
    so miss a pair; an optimal assignment never does."""
    if not golds or not events:
        return {}
    weights = np.zeros((len(golds), len(events)))
    for row, gold in enumerate(golds):
        for column, event in enumerate(events):
            if _matches(gold, event):
                # A pair is worth far more than both tie-breaks together.
                weights[row, column] = 10 + (event.event == gold.event) + (gold.modality == event.modality)
    rows, columns = linear_sum_assignment(weights, maximize=True)
    return {int(row): int(column) for row, column in zip(rows, columns, strict=True) if weights[row, column] > 0}


def judge(item: GoldText, events: list[EventRecord]) -> list[bool]:
    """For each coded event, whether it is right: paired with a gold event the way
    :func:`score_events` pairs them."""
    matched = set(pair_up(item.events, events).values())
    return [index in matched for index in range(len(events))]


def score_labels(name: str, coded: Iterable[tuple[GoldText, list[EventRecord]]], pentaclass: bool = False) -> EventScore:
    """Label accuracy: the first coded event's type (or its CAMEO PentaClass)."""
    score = EventScore(name, "labels")
    for item, events in coded:
        score.texts += 1
        score.gold += 1
        label = item.label or ""
        got = None
        if events:
            got = _pentaclass(events[0].cameo) if pentaclass else events[0].event
        right = got is not None and (got == label if pentaclass else same_type(label, events[0]))
        score.labels_right += right
        score.correct += right
        score.count(label, "tp" if right else "fn")
        if got is not None and not right:
            score.count(got, "fp")
        if not right:
            score.misses.append(f"{item.id}: expected {label}, coded {got or 'nothing'} | {item.text[:100]}")
    return score


def score_rows(scores: Iterable[EventScore]) -> Iterator[dict[str, object]]:
    """One printable row per suite."""
    for score in scores:
        if score.kind == "labels":
            yield {"suite": score.name, "texts": score.texts, "gold": score.gold, "correct": score.correct,
                   "missed": score.missed, "extra": "-", "extra/gold": "-",
                   "accuracy": f"{score.labels_right / score.gold:.1%}" if score.gold else "-",
                   "F1": "-", "modality": "-"}  # fmt: skip
            continue
        yield {"suite": score.name, "texts": score.texts, "gold": score.gold, "correct": score.correct,
               "missed": score.missed, "extra": score.extra,
               "extra/gold": f"{score.extra / score.gold:.0%}" if score.gold else "-",
               "accuracy": f"{score.correct / score.gold:.1%}" if score.gold else "-",
               "F1": f"{score.f1():.2f}",
               "modality": f"{score.modality_right / score.modality_pairs:.1%}" if score.modality_pairs else "-"}  # fmt: skip


def type_rows(score: EventScore) -> Iterator[dict[str, object]]:
    """Precision, recall and F1 per event type of one suite."""
    for event in sorted(score.by_type):
        counts = score.by_type[event]
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        yield {"type": event, "gold": tp + fn, "coded": tp + fp, "precision": f"{precision:.2f}",
               "recall": f"{recall:.2f}", "F1": f"{f1:.2f}"}  # fmt: skip


# ---------------------------------------------------------------------- helpers

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def same_type(gold: str, event: EventRecord) -> bool:
    """Whether a coded event has the gold type.

    PLOVER (after CAMEO's "express intent to ..." codes) types an announced act by its intent:
    a cooperative one ("Finland will give Tanzania a grant") is AGREE, a conflictual one
    ("farmers said they would blockade Paris") THREATEN, and a cooperative one refused or
    failed ("will not accept", "failed to reach agreement") REJECT. eventwire codes the act
    itself, with modality future, hypothetical or negated. Each is counted as the other.
    """
    if event.event == gold or event.event in LABEL_EQUIVALENTS.get(gold, set()):
        return True
    intended = event.modality in {"future", "hypothetical"}
    if gold == "AGREE":
        return intended and event.quad_code in {1, 2}
    if gold == "THREATEN":
        return intended and event.quad_code in {3, 4}
    if gold == "REJECT":
        return event.modality == "negated" and event.quad_code in {1, 2}
    return False


def modality_agrees(gold: GoldEvent, event: EventRecord) -> bool:
    """Whether a matched event has the gold modality. Where the match is PLOVER's reading of an
    intent (gold AGREE, THREATEN or REJECT for an announced, threatened or refused act coded
    as the act itself), the gold's "asserted" voice is the coded act's future, hypothetical
    or negated modality: that is what made the two types match."""
    if event.event == gold.event or event.event in LABEL_EQUIVALENTS.get(gold.event, set()):
        return event.modality == gold.modality
    return gold.modality == "asserted"


def _matches(gold: GoldEvent, event: EventRecord) -> bool:
    """Same type, an actor of the gold actor's country, and a recipient of the gold
    recipient's where the gold gives one."""
    if not same_type(gold.event, event):
        return False
    actors = {_international(entity.code) for entity in event.actor if entity.code}
    recipients = {_international(entity.code) for entity in event.recipient if entity.code}
    if getattr(event, "reciprocal", False):
        # "talks between A and B": every party acts alike, whichever the gold lists first.
        actors = recipients = actors | recipients
    gold_actors = {_international(code) for code in gold.actor}
    gold_recipients = {_international(code) for code in gold.recipient}
    if gold_actors and not actors & gold_actors:
        return False
    return not gold_recipients or bool(recipients & gold_recipients)


def _international(code: str) -> str:
    return GSR_INTERNATIONAL.get(code, code)


def _gsr_codes(actors: object) -> frozenset[str]:
    if not isinstance(actors, list):
        return frozenset()
    codes = (GSR_TO_ISO.get(actor.get("code", ""), actor.get("code", "")) for actor in actors if isinstance(actor, dict))
    return frozenset(code for code in codes if len(code) == 3 and code.isalpha() and code.isupper())


def _pentaclass(cameo: str) -> str:
    """CAMEO root -> ConfliBERT's PentaClass: 01-02, 03-05, 06-08, 09-13, 14-20."""
    root = int(cameo[:2])
    return "0" if root <= 2 else "1" if root <= 5 else "2" if root <= 8 else "3" if root <= 13 else "4"


def _codes(codes: frozenset[str]) -> str:
    return "|".join(sorted(codes)) or "-"


def _describe(events: list[EventRecord]) -> str:
    if not events:
        return "nothing"
    return "; ".join(
        f"{e.event} {_codes(frozenset(a.code for a in e.actor if a.code))} -> "
        f"{_codes(frozenset(r.code for r in e.recipient if r.code))} ({e.modality})"
        for e in events
    )


def _json(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(str(path), f"cannot read the PLOVER gold standard ({error})") from None
    if not isinstance(data, list):
        raise InputError(str(path), "is not a JSON list of records")
    return data


def _csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as error:
        raise InputError(str(path), f"cannot read ({error.strerror})") from None
    if rows and not set(columns) <= set(rows[0]):
        raise InputError(str(path), f"needs the columns {', '.join(columns)}")
    return rows
