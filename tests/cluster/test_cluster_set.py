"""The event-cluster test set (tests/resources/clusters/): well formed, for the clustering work.

Twenty news situations each told by three to five outlets in their own words, every event
mention keyed by the real-world occurrence it reports (see the README beside the set). The
clusterer of the corpus-scale issue is to be scored against it (pairwise F1).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from eventwire.records import MODALITIES, PLOVER_EVENTS

STORIES = Path(__file__).resolve().parent.parent / "resources" / "clusters" / "stories.jsonl"


def _articles() -> list[dict]:
    return [json.loads(line) for line in STORIES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_cluster_set_is_well_formed() -> None:
    articles = _articles()
    groups: dict[str, set[str]] = defaultdict(set)
    mentions = 0
    for article in articles:
        groups[article["id"].split("-")[0]].add(article["outlet"])
        keys = [event["key"] for event in article["events"]]
        assert len(keys) == len(set(keys)), f"{article['id']}: an occurrence keyed twice"
        for event in article["events"]:
            mentions += 1
            assert article["text"].count(event["evidence"]) == 1, f"{article['id']}: {event['key']}"
            assert event["event"] in PLOVER_EVENTS and event["modality"] in MODALITIES, event["key"]
    assert len(articles) == len({a["id"] for a in articles})
    assert len(groups) >= 20 and all(3 <= len(outlets) <= 5 for outlets in groups.values())
    assert mentions >= 150


def test_cluster_set_has_occurrences_told_by_several_outlets() -> None:
    outlets: dict[str, set[str]] = defaultdict(set)
    for article in _articles():
        for event in article["events"]:
            outlets[event["key"]].add(article["outlet"])
    assert sum(len(found) >= 2 for found in outlets.values()) >= 50
