"""The calibrated confidence: its features, its weights file, and the threshold setting."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire.events.confidence import FEATURES, confidence_of, features, load_weights
from eventwire.pipeline import article_from_text
from tests.clirun import run_cli


def test_every_feature_has_a_fitted_weight():
    weights = load_weights()
    assert set(weights) == {"bias", *FEATURES}


@pytest.mark.slow
def test_a_named_recipient_makes_an_event_more_confident(pipeline):
    article = article_from_text(
        "Poland accused Russia of violating its airspace. The Polish army held drills near the border.",
        dt.date(2024, 5, 1),
    )
    by_actor = {e.actor[0].text: e for e in pipeline.extract(article)}
    with_recipient, without = by_actor["Poland"], by_actor["The Polish army"]
    assert features(with_recipient)["recipient"] == 1.0
    assert 0 < without.confidence < with_recipient.confidence < 1
    assert with_recipient.confidence == confidence_of(with_recipient)


@pytest.mark.slow
def test_extract_keeps_only_events_at_least_as_confident_as_asked(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Poland accused Russia of violating its airspace. The Polish army held drills near the border.\n",
                     encoding="utf-8")  # fmt: skip
    everything = run_cli("extract", str(story), "--published", "2024-05-01", "--format", "jsonl")
    confidences = sorted(json.loads(line)["confidence"] for line in everything.out.splitlines())
    assert len(confidences) == 2
    threshold = str((confidences[0] + confidences[1]) / 2)
    kept = run_cli("extract", str(story), "--published", "2024-05-01", "--format", "jsonl",
                   "--min-confidence", threshold)  # fmt: skip
    assert [json.loads(line)["confidence"] for line in kept.out.splitlines()] == [confidences[1]]


def test_a_confidence_outside_zero_to_one_is_refused(tmp_path):
    result = run_cli("events", "--db", f"sqlite:///{tmp_path / 'e.db'}", "--min-confidence", "1.5")
    assert result.code == 2 and "min-confidence" in result.err and "Traceback" not in result.err


def test_a_bad_confidence_setting_in_the_environment_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MIN_CONFIDENCE", "lots")
    story = tmp_path / "story.txt"
    story.write_text("Poland accused Russia of violating its airspace.\n", encoding="utf-8")
    result = run_cli("extract", str(story), "--published", "2024-05-01")
    assert result.code != 0 and "min_confidence" in result.err and "Traceback" not in result.err


@pytest.mark.slow
def test_the_setting_drops_events_below_it_in_the_pipeline():
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings

    text = "Poland accused Russia of violating its airspace. The Polish army held drills near the border."
    article = article_from_text(text, dt.date(2024, 5, 1))
    everything = Pipeline(Settings.from_env(min_confidence=0)).extract(article)
    # The drills' recipient (Russia) is only implied by the story, so they are the less sure.
    threshold = (min(e.confidence for e in everything) + max(e.confidence for e in everything)) / 2
    confident = Pipeline(Settings.from_env(min_confidence=threshold)).extract(article)
    assert len(everything) == 2 and [e.event for e in confident] == ["ACCUSE"]
