"""Scoring event clusters on the story sets of ``tests/resources/clusters``.

Each line of a set is an article with its gold event mentions; mentions that report the same
real-world occurrence share a ``key``. Two scores are kept apart:

- **clustering alone**: the gold mentions themselves (their type, parties, date, country and
  modality as the set gives them) are clustered, so the figure measures the clusterer and not
  the coder;
- **end to end**: the articles are coded by the pipeline, near-duplicates linked, the records
  clustered as the store does it, and each gold mention is matched to the record of the same
  type coded from its evidence sentence. Pairs are scored over the matched mentions; how many
  were matched is reported beside it.

Both are pairwise: precision is the share of pairs put in one cluster that share a key, recall
the share of pairs sharing a key that were put in one cluster.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire.cluster.clusterer import Clusterer
from eventwire.cluster.duplicates import DuplicateFinder, article_signature
from eventwire.cluster.match import PUBLICATION_LAG, UNDATED_REACH, Mention, mention_of, words_of
from eventwire.cluster.sources import independent_source
from eventwire.errors import InputError
from eventwire.records import Article

GoldMention = dict[str, Any]


@dataclass
class PairScore:
    """Pairwise precision, recall and F1 of one clustering against the gold keys."""

    name: str
    mentions: int  # gold mentions scored
    gold_mentions: int
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    clusters: int
    gold_clusters: int

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_stories(path: Path) -> list[dict[str, Any]]:
    """The articles of one story set, each with its ``events``.

    Raises:
        InputError: the file cannot be read, or a line is not an article with events.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read the story set ({error.__class__.__name__})") from None
    stories = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            story = json.loads(line)
            dt.date.fromisoformat(story["published"])
            if not isinstance(story["text"], str) or not isinstance(story["events"], list):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{path}:{number}", "not an article with id, published, text and events") from None
        stories.append(story)
    if not stories:
        raise InputError(str(path), "the story set is empty")
    return stories


def score(name: str, gold: dict[str, str], predicted: dict[str, str], gold_mentions: int) -> PairScore:
    """Pairwise scores of ``predicted`` (mention -> cluster) against ``gold`` (mention -> key)."""
    scored = sorted(set(gold) & set(predicted))
    true_pairs = predicted_pairs = correct = 0
    for a, b in combinations(scored, 2):
        same_key, same_cluster = gold[a] == gold[b], predicted[a] == predicted[b]
        true_pairs += same_key
        predicted_pairs += same_cluster
        correct += same_key and same_cluster
    return PairScore(name, len(scored), gold_mentions, true_pairs, predicted_pairs, correct,
                     clusters=len({predicted[m] for m in scored}), gold_clusters=len({gold[m] for m in scored}))  # fmt: skip


def _gold_ids(stories: Iterable[dict[str, Any]]) -> dict[str, str]:
    return {f"{s['id']}#{i}": e["key"] for s in stories for i, e in enumerate(s["events"])}


def score_clustering_alone(stories: list[dict[str, Any]], name: str) -> PairScore:
    """Cluster the gold mentions as the set codes them; score against their keys."""
    ordered = sorted(stories, key=lambda s: (s["published"], s["id"]))
    clusterer = Clusterer()
    for story in ordered:
        published = dt.date.fromisoformat(story["published"])
        for i, event in enumerate(story["events"]):
            clusterer.add(_gold_mention(f"{story['id']}#{i}", story, event, published))
    gold = _gold_ids(stories)
    return score(name, gold, clusterer.assignments(), len(gold))


def _gold_mention(mention_id: str, story: dict[str, Any], event: GoldMention, published: dt.date) -> Mention:
    """A gold mention as the clusterer sees a record: an undated one is dated by publication."""
    planned = event["modality"] in ("future", "hypothetical")
    if event.get("date"):
        first = last = dt.date.fromisoformat(event["date"])
    elif planned:
        first, last = published, published + UNDATED_REACH
    else:
        first, last = published - PUBLICATION_LAG, published
    return Mention(
        event_id=mention_id, article_id=story["id"], event=event["event"],
        actors=frozenset(filter(None, [event.get("actor")])),
        recipients=frozenset(filter(None, [event.get("recipient")])),
        modality=event["modality"], first_day=first, last_day=last, exact=bool(event.get("date")),
        country=event.get("place_country"), outlet=story.get("outlet"), source=story.get("outlet"), seen=published,
        words=words_of(event["evidence"]),
    )  # fmt: skip


def score_end_to_end(stories: list[dict[str, Any]], name: str, pipeline) -> tuple[PairScore, int]:  # noqa: ANN001
    """Code, link duplicates and cluster the articles; score the records matched to gold mentions.

    Returns the score and the number of records coded.
    """
    ordered = sorted(stories, key=lambda s: (s["published"], s["id"]))
    articles = [_article(story) for story in ordered]
    finder, clusterer, matched, coded, outlets = DuplicateFinder(), Clusterer(), {}, 0, {}
    for story, result in zip(ordered, pipeline.code_many(articles, with_mentions=False), strict=True):
        article = result.article
        signature = article_signature(article.text)
        original = finder.original_of(article.id, signature) if signature is not None else None
        if signature is not None:
            finder.add(article.id, signature, original)
        outlets[article.id] = article.outlet
        root = original or article.id
        wire = article.dateline.wire if article.dateline else None
        source = independent_source(root, wire, outlets.get(root))
        records = sorted(result.events, key=lambda r: r.evidence.start)
        coded += len(records)
        for record in records:
            clusterer.add(mention_of(record, article.published, article.outlet, source))
        matched.update(_match(story, records))
    assignments = clusterer.assignments()
    predicted = {mention: assignments[event_id] for mention, event_id in matched.items()}
    gold = _gold_ids(stories)
    return score(name, gold, predicted, len(gold)), coded


def _article(story: dict[str, Any]) -> Article:
    return Article(id=story["id"], text=story["text"], title=story.get("title"), outlet=story.get("outlet"),
                   published=dt.date.fromisoformat(story["published"]))  # fmt: skip


def _match(story: dict[str, Any], records: list) -> dict[str, str]:  # noqa: ANN001
    """Each gold mention of one article, with the id of the record coded from its sentence."""
    matched, used = {}, set()
    for i, event in enumerate(story["events"]):
        for record in records:
            if record.id in used or record.event != event["event"]:
                continue
            if _same_sentence(record.evidence.text, event["evidence"]):
                matched[f"{story['id']}#{i}"] = record.id
                used.add(record.id)
                break
    return matched


def _same_sentence(coded: str, gold: str) -> bool:
    coded, gold = " ".join(coded.split()), " ".join(gold.split())
    return coded in gold or gold in coded
