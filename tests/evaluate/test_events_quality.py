"""Event-coding quality gates: our own gold articles always, the peer suites where present.

The floors sit a little under the figures measured when they were set (README, Accuracy), so
that a change which makes coding worse fails here instead of passing quietly. They are not
the issue's targets, which are higher and not yet met. The peer suites are used for
measurement only (``../shared/peer-suites`` or ``EVENTWIRE_PEER_SUITES``); where they are not
on the machine, those tests are skipped with the reason printed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventwire.evaluate import events as evaluate

pytestmark = pytest.mark.slow

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "events"
PEER_SUITES = Path(os.environ.get("EVENTWIRE_PEER_SUITES", Path(__file__).resolve().parents[2].parent / "shared" / "peer-suites"))

# (F1, modality accuracy) measured at stop 25: 0.86 / 98.9% (dev), 0.81 / 98.3% (second dev
# set), 0.85 / 99.0% (the first held-out set, read for development since), 0.75 / 97.9% (third
# dev set), 0.79 / 98.4% (fourth), 0.74 / 97.3% (fifth), 0.70 / 98.0% (sixth), 0.66 / 96.2%
# (seventh), 0.69 / 97.3% (eighth), 0.67 / 96.6% (ninth), 0.69 / 98.2% (tenth), 0.70 / 97.2%
# (eleventh), 0.63 / 96.5% (twelfth), 0.70 / 99.4% (test2, held out), 0.72 / 97.1% (test3, held
# out), 0.67 / 95.8% (test4, held out) and 0.61 / 97.0% (test5, held out). Modality is on pairs
# made by an optimal assignment (see pair_up).
GOLD_FLOORS = {
    "gold_articles.jsonl": (0.82, 0.92),
    "gold_articles_dev2.jsonl": (0.76, 0.92),
    "gold_articles_test.jsonl": (0.79, 0.92),
    "gold_articles_dev3.jsonl": (0.70, 0.92),
    "gold_articles_dev4.jsonl": (0.73, 0.92),
    "gold_articles_dev5.jsonl": (0.69, 0.92),
    "gold_articles_dev6.jsonl": (0.65, 0.92),
    "gold_articles_dev7.jsonl": (0.61, 0.92),
    "gold_articles_dev8.jsonl": (0.64, 0.92),
    "gold_articles_dev9.jsonl": (0.63, 0.92),
    "gold_articles_dev10.jsonl": (0.65, 0.92),
    "gold_articles_dev11.jsonl": (0.65, 0.92),
    "gold_articles_dev12.jsonl": (0.58, 0.92),
    "gold_articles_test2.jsonl": (0.65, 0.92),
    "gold_articles_test3.jsonl": (0.67, 0.90),
    "gold_articles_test4.jsonl": (0.63, 0.90),
    "gold_articles_test5.jsonl": (0.56, 0.90),
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
    assert score.correct / score.gold >= 0.60  # measured 65.2% (210 of 322)
    assert score.extra / score.gold <= 0.30  # measured 29.2% (94)


@pytest.mark.skipif(not (PEER_SUITES / "plv.csv").exists(), reason=f"no peer suites at {PEER_SUITES}")
def test_plv_test_rows_type_accuracy(pipeline) -> None:  # noqa: ANN001
    texts = evaluate.read_plv_test(PEER_SUITES / "plv.csv")
    score = evaluate.score_labels("plv.csv test", evaluate.code_texts(pipeline, texts))
    print(f"plv.csv test: {score.correct}/{score.gold} types right")
    assert score.correct / score.gold >= 0.70  # the target; measured 72.3% (747 of 1,033)


@pytest.mark.parametrize("name", sorted(GOLD_FLOORS))
def test_our_gold_articles_are_well_formed(name: str) -> None:
    """Every gold event names a PLOVER type and a modality, codes of three capitals, and
    evidence that occurs exactly once in its article (so it points at one place)."""
    for line in (RESOURCES / name).read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        for event in article["events"]:
            assert event["event"] in evaluate.PLOVER_TYPES, (article["id"], event)
            assert event["modality"] in {"asserted", "future", "hypothetical", "negated"}, (article["id"], event)
            assert all(len(code) == 3 and code.isupper() for code in event["actor"] + event["recipient"])
            assert article["text"].count(event["evidence"]) == 1, (article["id"], event["evidence"])
