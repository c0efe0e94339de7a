"""Fit the confidence model (eventwire/data/confidence.json) on the development gold articles
(all eleven sets) and check its calibration on the held-out ones (test2 to test5).

    .venv/bin/python scripts/calibrate_confidence.py            # fit, write, report
    .venv/bin/python scripts/calibrate_confidence.py --check    # report only

Every event the coder gives on a gold article is an example: right (it matches a gold event)
or wrong. The coder runs with the sentence classifier on, so that events the classifier typed
are among the examples; with it off, that feature is simply 0.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from eventwire.evaluate.events import code_texts, judge, read_gold_articles
from eventwire.events.confidence import FEATURES, WEIGHTS_PATH, confidence_of, features
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEV = tuple(
    ROOT / "tests/resources/events" / name
    for name in ("gold_articles.jsonl", "gold_articles_dev2.jsonl", "gold_articles_test.jsonl", "gold_articles_dev3.jsonl",
                 "gold_articles_dev4.jsonl", "gold_articles_dev5.jsonl", "gold_articles_dev6.jsonl",
                 "gold_articles_dev7.jsonl", "gold_articles_dev8.jsonl", "gold_articles_dev9.jsonl",
                 "gold_articles_dev10.jsonl", "gold_articles_dev11.jsonl", "gold_articles_dev12.jsonl")
)
# The first held-out set (gold_articles_test.jsonl) was read for development once a second,
# independently written one (test2) took its place.
HELD_OUT = tuple(ROOT / "tests/resources/events" / name
                 for name in ("gold_articles_test2.jsonl", "gold_articles_test3.jsonl", "gold_articles_test4.jsonl",
                              "gold_articles_test5.jsonl"))
BINS = (0.0, 0.4, 0.55, 0.7, 0.85, 1.01)


def examples(pipeline: Pipeline, path: Path) -> list[tuple[object, bool]]:
    found = []
    for item, events in code_texts(pipeline, read_gold_articles(path)):
        found.extend(zip(events, judge(item, events), strict=True))
    return found


def report(name: str, pairs: list[tuple[object, bool]]) -> None:
    """Brier score, expected calibration error and a reliability table."""
    if not pairs:
        return
    predicted = np.array([confidence_of(record) for record, _ in pairs])  # type: ignore[arg-type]
    actual = np.array([float(right) for _, right in pairs])
    brier = float(np.mean((predicted - actual) ** 2))
    ece = 0.0
    rows = []
    for low, high in zip(BINS, BINS[1:]):
        inside = (predicted >= low) & (predicted < high)
        if inside.any():
            gap = abs(predicted[inside].mean() - actual[inside].mean())
            ece += inside.mean() * gap
            rows.append(f"  {low:.2f}-{min(high, 1):.2f}: {inside.sum():4d} events, mean confidence "
                        f"{predicted[inside].mean():.2f}, right {actual[inside].mean():.2f}")
    print(f"{name}: {len(pairs)} events, {actual.mean():.2f} right; Brier {brier:.3f}, ECE {ece:.3f}")
    print("\n".join(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report, do not refit")
    options = parser.parse_args()
    pipeline = Pipeline(Settings.from_env(classifier=True, min_confidence=0))
    dev = [pair for path in DEV for pair in examples(pipeline, path)]
    if not options.check:
        matrix = np.array([[features(record)[name] for name in FEATURES] for record, _ in dev])  # type: ignore[arg-type]
        labels = np.array([right for _, right in dev])
        model = LogisticRegression(C=1.0, max_iter=2000).fit(matrix, labels)
        weights = {"bias": round(float(model.intercept_[0]), 4)}
        weights.update({name: round(float(w), 4) for name, w in zip(FEATURES, model.coef_[0], strict=True)})
        payload = {"about": "eventwire confidence model: logistic weights over the features of "
                            "eventwire/events/confidence.py, fitted by scripts/calibrate_confidence.py "
                            f"on {' + '.join(path.name for path in DEV)} ({len(dev)} coded events)", "weights": weights}
        WEIGHTS_PATH.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
        from eventwire.events.confidence import load_weights

        load_weights.cache_clear()
    report("dev (fitted on)", dev)
    report("held-out", [pair for path in HELD_OUT for pair in examples(pipeline, path)])
    plain = Pipeline(Settings.from_env(classifier=False, min_confidence=0))
    report("held-out, classifier off", [pair for path in HELD_OUT for pair in examples(plain, path)])


if __name__ == "__main__":
    main()
