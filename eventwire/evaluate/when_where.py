"""Scoring event dates and places on the JSONL test sets of ``tests/resources/when_where``.

Each case is one event in its sentence (with earlier context, the publication date or the
dateline) and the expected date or place. The sentence is parsed, the event found by its
trigger word, and dated or placed by the time-and-place stage exactly as in the pipeline; the
modality (for dates) and the actor's country (for places) come from the case, so the figures
measure this stage alone and not the event coder.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.actors.resolve import ActorResolver, dateline_countries
from eventwire.errors import InputError
from eventwire.pipeline import Pipeline
from eventwire.read.dateline import cut_dateline
from eventwire.records import Place
from eventwire.when_where.event_dates import ArticleDates
from eventwire.when_where.event_places import DIRECTIONS, DIVISION_WORDS, ArticlePlaces
from eventwire.when_where.gazetteer import Gazetteer, load_gazetteer, place_key


@dataclass
class SetScore:
    """Counts for one evaluated set, and the cases it got wrong."""

    name: str
    cases: int = 0
    right: int = 0
    extra_right: int = 0  # dates: the basis too; places: the precision too
    misses: list[tuple[dict[str, Any], Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.cases if self.cases else 0.0


def read_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of one JSONL test set.

    Raises:
        InputError: the file is missing or a line is not a JSON object with a sentence and trigger.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read the test set ({error.__class__.__name__})") from None
    cases = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path}:{number}", "is not a JSON object") from None
        if not isinstance(case, dict) or case.get("trigger") not in case.get("sentence", ""):
            raise InputError(f"{path}:{number}", "needs a sentence holding its trigger")
        cases.append(case)
    return cases


def parse_case(nlp: Language, case: dict[str, Any]) -> tuple[Doc, Token]:
    """The parsed context and sentence, and the trigger's token in the sentence."""
    context = case.get("context") or ""
    text = f"{context} {case['sentence']}" if context else case["sentence"]
    doc = nlp(text)
    offset = len(text) - len(case["sentence"]) + case["sentence"].index(case["trigger"])
    token = next((t for t in doc if t.idx <= offset < t.idx + max(len(t.text), 1)), doc[-1])
    return doc, token


def score_dates(nlp: Language, path: Path) -> SetScore:
    """How many events of a date test set get the expected date at the expected precision."""
    score = SetScore(path.name)
    for case, doc, token in _parsed(nlp, path):
        published = dt.date.fromisoformat(case["published"]) if case.get("published") else None
        got = ArticleDates(doc, published).date_of(token, case.get("modality", "asserted"))
        score.cases += 1
        if got.date == case["date"] and (got.precision == case["precision"] or case["date"] is None):
            score.right += 1
            score.extra_right += got.basis == case["basis"]
        else:
            score.misses.append((case, got))
    return score


def _parsed(nlp: Language, path: Path) -> Iterator[tuple[dict[str, Any], Doc, Token]]:
    for case in read_cases(path):
        doc, token = parse_case(nlp, case)
        yield case, doc, token


def _another_name_of(gazetteer: Gazetteer, name: str, place: Place) -> bool:
    """Whether a name is one GeoNames gives the very place found ("Mykolaiv" for Mykolayiv)."""
    return place.geonameid is not None and any(p.geonameid == place.geonameid for p in gazetteer.lookup(name))


def same_name(expected: str, names: list[str]) -> bool:
    """Whether a place's expected name is one of the names it resolved to (accents, case and
    a leading "the" aside)."""
    key = _name_key(expected)
    return any(_name_key(name) == key for name in names)


def _name_key(name: str) -> str:
    words = place_key(name).replace("-", " ").replace(".", "").split()
    # "northern Syria" and "Syria" name the same country at precision region
    if len(words) > 1 and words[0] in DIRECTIONS:
        words = words[1:]
    # "Kursk Oblast" and "Kursk", "Balochistan province" and "Balochistan" are one division.
    while len(words) > 1 and (words[-1] in DIVISION_WORDS or words[-1] == "city"):
        words.pop()
    return " ".join(words)


def score_places(pipeline: Pipeline, path: Path) -> SetScore:
    """How many events of a place test set get the expected place (country and name)."""
    gazetteer = load_gazetteer()
    score = SetScore(path.name)
    for case, doc, token in _parsed(pipeline.nlp, path):
        dateline = cut_dateline(f"{case['dateline']} - x")[0] if case.get("dateline") else None
        homes = dateline_countries(dateline.place if dateline else None, pipeline.knowledge)
        resolver = ActorResolver(pipeline.knowledge, None, homes[0] if homes else None, tuple(homes[1:]))
        resolver.learn(doc)
        places = ArticlePlaces(doc, gazetteer, dateline, resolver.places_seen)
        got = places.place_of(token, case.get("event", ""), [case["actor"]] if case.get("actor") else [],
                              [case["recipient"]] if case.get("recipient") else [])  # fmt: skip
        expected = case["place"]
        score.cases += 1
        if expected is None and got is None:
            score.right += 1
            score.extra_right += 1
        elif expected is not None and got is not None and got.country == expected["country"] and (
            same_name(expected["name"], [got.name, got.text]) or _another_name_of(gazetteer, expected["name"], got)
        ):  # fmt: skip
            score.right += 1
            score.extra_right += got.precision == expected["precision"]
        else:
            score.misses.append((case, got))
    return score
