"""Tests for eventwire.events.lexicon: the shipped trigger lexicon and the checks on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.events.codes import load_codes
from eventwire.events.lexicon import Lexicon, Trigger, load_lexicon
from eventwire.records import PLOVER_EVENTS

LEXICON = load_lexicon()


def _all(lexicon: Lexicon) -> list[Trigger]:
    return [
        trigger
        for index in (lexicon.verbs, lexicon.nouns)
        for triggers in index.values()
        for trigger in triggers
    ]


def _lexicon(tmp_path: Path, text: str) -> Lexicon:
    path = tmp_path / "triggers.yaml"
    path.write_text(text, encoding="utf-8")
    return load_lexicon(path)


def test_lexicon_every_cameo_is_in_the_code_table() -> None:
    codes = load_codes()
    assert [(t.lemma, t.cameo) for t in _all(LEXICON) if t.cameo not in codes] == []


def test_lexicon_every_event_is_a_plover_type() -> None:
    assert {t.event for t in _all(LEXICON)} <= set(PLOVER_EVENTS)


def test_lexicon_indexes_by_part_of_speech() -> None:
    assert all(t.pos == "verb" for triggers in LEXICON.verbs.values() for t in triggers)
    assert all(t.pos == "noun" and t.light for triggers in LEXICON.nouns.values() for t in triggers)


def test_lexicon_bare_on_slot_is_the_word_on() -> None:
    # YAML 1.1 reads a bare `on` as true; the lexicon must read it as the preposition.
    sanction = next(t for t in LEXICON.nouns["sanction"] if t.event == "SANCTION")
    assert sanction.recipient == ("on", "against")
    assert all(True not in t.recipient for t in _all(LEXICON))


def test_lexicon_phrasal_entries_come_before_bare_ones() -> None:
    for lemma, triggers in LEXICON.verbs.items():
        particles = [t.particle is None for t in triggers]
        assert particles == sorted(particles), lemma
    assert LEXICON.verbs["call"][-1].particle is None


def test_lexicon_reads_a_users_file(tmp_path: Path) -> None:
    lexicon = _lexicon(
        tmp_path,
        """
- event: CONSULT
  cameo: "042"
  verbs: [visit]
  recipient: [dobj]
  needs_recipient: true
- event: SANCTION
  cameo: "163"
  mode: restrict
  nouns: [sanction]
  light: [impose]
  recipient: [on, against]
""",
    )
    [visit] = lexicon.verbs["visit"]
    assert (visit.event, visit.cameo, visit.mode, visit.particle) == (
        "CONSULT",
        "042",
        "visit",
        None,
    )  # mode from the table
    assert (visit.needs_recipient, visit.control, visit.reciprocal) == (True, False, False)
    [sanction] = lexicon.nouns["sanction"]
    assert (sanction.mode, sanction.light, sanction.recipient) == (
        "restrict",
        frozenset({"impose"}),
        ("on", "against"),
    )


def test_lexicon_orders_phrasal_before_bare_whatever_the_file_order(tmp_path: Path) -> None:
    lexicon = _lexicon(
        tmp_path,
        """
- event: CONSULT
  cameo: "041"
  verbs: [call]
- event: REQUEST
  cameo: "100"
  verbs: ["call for"]
""",
    )
    assert [(t.particle, t.event) for t in lexicon.verbs["call"]] == [
        ("for", "REQUEST"),
        (None, "CONSULT"),
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            '- {event: CONSULT, cameo: "042", verbs: [visit], recipients: [dobj]}',
            r"entry 1: unknown keys \['recipients'\]",
        ),
        (
            '- {event: CONSULTATION, cameo: "042", verbs: [visit]}',
            "entry 1: event 'CONSULTATION' is not a PLOVER type",
        ),
        ('- {cameo: "042", verbs: [visit]}', "entry 1: event None is not a PLOVER type"),
        ('- {event: SANCTION, cameo: "163", nouns: [sanction]}', "entry 1: nouns need light verbs"),
        ('- {event: CONSULT, cameo: "042"}', "entry 1: lists no verbs or nouns"),
        ('- {event: CONSULT, cameo: "042", verbs: [visit]}\n- visit', "entry 2: must be a mapping"),
        ("- {event: CONSULT, cameo: [042", "cannot read the trigger lexicon"),
    ],
)
def test_lexicon_invalid_entry_is_named(tmp_path: Path, text: str, problem: str) -> None:
    with pytest.raises(DataFileError, match=f"triggers.yaml: {problem}"):
        _lexicon(tmp_path, text)


def test_lexicon_unknown_cameo_code_raises(tmp_path: Path) -> None:
    with pytest.raises(DataFileError):
        _lexicon(tmp_path, '- {event: CONSULT, cameo: "999", verbs: [visit]}')


def test_lexicon_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read the trigger lexicon"):
        load_lexicon(tmp_path / "none.yaml")
