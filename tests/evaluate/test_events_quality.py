"""Event-coding quality gates: our own gold articles always, the peer suites where present.

The floors sit a little under the figures measured when they were set (README, Accuracy), so
that a change which makes coding worse fails here instead of passing quietly. They are not
the issue's targets, which are higher and not yet met. The peer suites are used for
measurement only (``../shared/peer-suites`` or ``EVENTWIRE_PEER_SUITES``); where they are not
on the machine, those tests are skipped with the reason printed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.evaluate import events as evaluate

pytestmark = pytest.mark.slow

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "events"
PEER_SUITES = Path(os.environ.get("EVENTWIRE_PEER_SUITES", Path(__file__).resolve().parents[2].parent / "shared" / "peer-suites"))

# (F1, modality accuracy) measured 0.76 / 97.6% (dev), 0.69 / 97.6% (second dev set) and
# 0.67 / 96.1% (held out) when set.
GOLD_FLOORS = {
    "gold_articles.jsonl": (0.73, 0.90),
    "gold_articles_dev2.jsonl": (0.66, 0.90),
    "gold_articles_test.jsonl": (0.64, 0.90),
}


@pytest.mark.parametrize("name", sorted(GOLD_FLOORS))
def test_our_gold_articles_stay_above_their_floors(pipeline, name: str) -> None:  # noqa: ANN001
    texts = evaluate.read_gold_articles(RESOURCES / name)
    score = evaluate.score_events(name, evaluate.code_texts(pipeline, texts))
    f1_floor, modality_floor = GOLD_FLOORS[name]
    modality = score.modality_right / score.modality_pairs
    print(f"{name}: F1 {score.f1():.2f}, modality {modality:.1%}, extra {score.extra}/{score.gold}")
    assert score.f1() >= f1_floor
    assert modality >= modality_floor


@pytest.mark.skipif(not (PEER_SUITES / "PLOVER_GSR_CAMEO.txt").exists(), reason=f"no peer suites at {PEER_SUITES}")
def test_plover_gold_standard_events(pipeline) -> None:  # noqa: ANN001
    texts = evaluate.read_plover_gsr_events(PEER_SUITES / "PLOVER_GSR_CAMEO.txt")
    score = evaluate.score_events("PLOVER GSR", evaluate.code_texts(pipeline, texts))
    print(f"PLOVER GSR: {score.correct}/{score.gold} correct, {score.extra} extra")
    # The target: at least 60% correct with at most 30% extra.
    assert score.correct / score.gold >= 0.60  # measured 63.4%
    assert score.extra / score.gold <= 0.30  # measured 28.9%


@pytest.mark.skipif(not (PEER_SUITES / "plv.csv").exists(), reason=f"no peer suites at {PEER_SUITES}")
def test_plv_test_rows_type_accuracy(pipeline) -> None:  # noqa: ANN001
    texts = evaluate.read_plv_test(PEER_SUITES / "plv.csv")
    score = evaluate.score_labels("plv.csv test", evaluate.code_texts(pipeline, texts))
    print(f"plv.csv test: {score.correct}/{score.gold} types right")
    assert score.correct / score.gold >= 0.68  # measured 69.99% (723 of 1,033); the issue asks for 0.70
