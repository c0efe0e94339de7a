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

import pytest

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "clusters"
SETS = {"stories.jsonl": 20, "stories_dev2.jsonl": 16, "stories_test.jsonl": 16}  # each set and its number of situations


def _articles(name: str = "stories.jsonl") -> list[dict]:
    return [json.loads(line) for line in (FOLDER / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_cluster_set_is_well_formed(name: str) -> None:
    articles = _articles(name)
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
    assert len(groups) >= SETS[name] and all(3 <= len(outlets) <= 5 for outlets in groups.values())
    assert mentions >= 150


@pytest.mark.parametrize("name", SETS)
def test_cluster_set_has_occurrences_told_by_several_outlets(name: str) -> None:
    outlets: dict[str, set[str]] = defaultdict(set)
    for article in _articles(name):
        for event in article["events"]:
            outlets[event["key"]].add(article["outlet"])
    assert sum(len(found) >= 2 for found in outlets.values()) >= 50
