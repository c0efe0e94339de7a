"""A calibrated confidence for each coded event: how often events like it are right.

A logistic model over what the record itself shows: how its actor was named (a pronoun, a
known person, only a role), whether it has a resolved recipient (and whether only the story
implies it), the trigger (one word or a noun with its verb), modality, quad class, whether
someone is quoted as saying so, and whether the sentence classifier alone typed it. Its weights (``data/confidence.json``) are fitted by
``scripts/calibrate_confidence.py`` on our own dev gold articles, where each coded event is
right (it matches a gold event) or not; its calibration is checked on the held-out gold set.
A confidence of 0.7 should then mean that about seven such events in ten are right.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

from eventwire.errors import DataFileError
from eventwire.records import EventRecord

WEIGHTS_PATH = Path(__file__).resolve().parent.parent / "data" / "confidence.json"
PRONOUNS = {"he", "she", "him", "her", "they", "them", "it", "we", "i"}
FEATURES = (
    "actor_pronoun", "actor_known", "actor_unnamed", "recipient", "recipient_implied", "reciprocal", "noun_trigger",
    "asserted", "future", "negated", "attributed", "quad_2", "quad_3", "quad_4", "by_classifier",
)  # fmt: skip


def features(record: EventRecord) -> dict[str, float]:
    """The record's features, each 0 or 1."""
    actors = record.actor
    values = {
        "actor_pronoun": any(entity.text.lower() in PRONOUNS for entity in actors),
        "actor_known": any(entity.wikidata_id or entity.office for entity in actors),
        # "protesters", "the army": a role given a country by the story, not by a name.
        "actor_unnamed": all(not any(ch.isupper() for ch in entity.text) for entity in actors),
        "recipient": any(entity.code for entity in record.recipient),
        # the story's other side, which no words in the sentence name (see occurrences.py)
        "recipient_implied": any(entity.code and not entity.text for entity in record.recipient),
        "reciprocal": record.reciprocal,
        "noun_trigger": " " in record.evidence.trigger,
        "asserted": record.modality == "asserted",
        "future": record.modality == "future",
        "negated": record.modality == "negated",
        "attributed": bool(record.attribution),
        "quad_2": record.quad_code == 2,
        "quad_3": record.quad_code == 3,
        "quad_4": record.quad_code == 4,
        "by_classifier": record.typed_by == "classifier",
    }
    return {name: float(value) for name, value in values.items()}


@functools.cache
def load_weights(path: Path = WEIGHTS_PATH) -> dict[str, float]:
    """The fitted weights (feature -> weight, and "bias")."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        weights = {name: float(value) for name, value in payload["weights"].items()}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DataFileError(f"{path}: cannot read the confidence weights ({error})") from None
    return weights


def confidence_of(record: EventRecord, weights: dict[str, float] | None = None) -> float:
    """The calibrated probability that the record is right, rounded to two places."""
    weights = weights if weights is not None else load_weights()
    score = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features(record).items())
    probability = 1.0 / (1.0 + math.exp(-score))
    return round(min(0.99, max(0.01, probability)), 2)
