"""Pairwise F1 of event clusters on the story sets, held to the figures the README reports.

The clusterer alone (gold mentions clustered as the set codes them) must reach the issue's
0.9 on the development set; end to end (articles coded by the pipeline) the figure is lower,
because only the mentions the coder finds with the right type can be scored and a wrongly
coded party or date splits a cluster. Floors sit a little under the measured figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.clusters import read_stories, score_clustering_alone, score_end_to_end

SETS = Path(__file__).resolve().parent.parent / "resources" / "clusters"


def test_clusterer_alone_reaches_0_9_on_the_development_set() -> None:
    score = score_clustering_alone(read_stories(SETS / "stories.jsonl"), "dev")
    assert score.mentions == score.gold_mentions == 381
    assert score.f1 >= 0.90, score


@pytest.mark.slow
def test_end_to_end_clusters_on_the_development_set(pipeline) -> None:
    score, coded = score_end_to_end(read_stories(SETS / "stories.jsonl"), "dev", pipeline)
    assert coded > 150 and score.mentions >= 120, score
    assert score.f1 >= 0.80, score


def test_clusterer_alone_on_the_second_development_set() -> None:
    # Its undated background mentions ("a similar raid in January") are dated by publication
    # here, as the set gives no day for them: the clusterer alone cannot tell them apart.
    score = score_clustering_alone(read_stories(SETS / "stories_dev2.jsonl"), "dev2")
    assert score.f1 >= 0.82, score


@pytest.mark.slow
def test_end_to_end_clusters_on_the_second_development_set(pipeline) -> None:
    score, _ = score_end_to_end(read_stories(SETS / "stories_dev2.jsonl"), "dev2", pipeline)
    assert score.mentions >= 120 and score.f1 >= 0.68, score


def test_clusterer_alone_on_the_held_out_set_stays_at_its_measured_floor() -> None:
    # Held out: written apart from the rules and never read while writing them. Measured at
    # 0.868 (precision 0.831, recall 0.908), under the 0.9: see the README.
    score = score_clustering_alone(read_stories(SETS / "stories_test.jsonl"), "test")
    assert score.mentions == score.gold_mentions == 343
    assert score.f1 >= 0.85, score


@pytest.mark.slow
def test_end_to_end_clusters_on_the_held_out_set(pipeline) -> None:
    score, _ = score_end_to_end(read_stories(SETS / "stories_test.jsonl"), "test", pipeline)
    assert score.mentions >= 130 and score.f1 >= 0.65, score
