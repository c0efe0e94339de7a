"""eventwire.evaluate.events: the readers of each suite, the scoring rules, and the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.evaluate.events import (
    GoldEvent,
    GoldText,
    pair_up,
    read_conflibert_test,
    read_gold_articles,
    read_plover_gsr_events,
    read_plv_test,
    score_events,
    score_labels,
)
from eventwire.records import Entity


def test_gsr_reader_maps_old_plover_types_and_codes(tmp_path: Path) -> None:
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps([
        {"id": "a", "event": "DEMAND", "text": "Rome demanded that Belgrade act.",
         "source": [{"actorText": "Rome", "code": "ITL"}], "target": [{"actorText": "Belgrade", "code": "YUG"}]},
        {"id": "b", "event": "DOCUMENT", "text": "not an event"},
    ]), encoding="utf-8")  # fmt: skip
    (item,) = read_plover_gsr_events(path)
    assert item.events == (GoldEvent("REQUEST", frozenset({"ITA"}), frozenset({"SRB"})),)


def test_plv_reader_keeps_the_test_split_only(tmp_path: Path) -> None:
    path = tmp_path / "plv.csv"
    path.write_text("text,label,meta,context,source,target\n"
                    "One.,ACCUSE,x|split=train|sentence_id=1,,,\n"
                    "Two.,YIELD,x|split=test|sentence_id=2,,,\n", encoding="utf-8")  # fmt: skip
    assert [(t.text, t.label) for t in read_plv_test(path)] == [("Two.", "YIELD")]


def test_conflibert_reader(tmp_path: Path) -> None:
    path = tmp_path / "test.tsv"
    path.write_text("Troops shelled the town.\t4\nbroken line\n", encoding="utf-8")
    assert [(t.text, t.label) for t in read_conflibert_test(path)] == [("Troops shelled the town.", "4")]


def test_gold_articles_reader_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "g1", "published": "2025-01-02", "title": "T", "text": "Body.", "events": []}\n'
                    '{"id": "g2", "published": "not a date", "text": "x"}\n', encoding="utf-8")  # fmt: skip
    with pytest.raises(InputError, match=r"gold.jsonl:2"):
        read_gold_articles(path)


def test_missing_suite_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_plover_gsr_events(tmp_path / "absent.txt")


def _record(event: str, actor: str, recipient: str | None = None, modality: str = "asserted", quad: int = 4):
    """A stand-in for an EventRecord: the scorer reads only these fields."""
    from types import SimpleNamespace

    return SimpleNamespace(
        event=event, modality=modality, cameo="190", quad_code=quad,
        actor=[Entity(text=actor, code=actor)], recipient=[Entity(text=recipient, code=recipient)] if recipient else [],
    )  # fmt: skip


def test_score_events_counts_correct_missed_extra_and_modality() -> None:
    gold = GoldText(id="t", text="...", events=(
        GoldEvent("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted"),
        GoldEvent("CONSULT", frozenset({"UKR"}), frozenset({"TUR"}), "future"),
    ))  # fmt: skip
    coded = [_record("ASSAULT", "RUS", "UKR"), _record("CONSULT", "UKR", "TUR", "asserted"), _record("ACCUSE", "RUS")]
    score = score_events("s", [(gold, coded)])
    assert (score.gold, score.correct, score.missed, score.extra) == (2, 2, 0, 1)
    assert (score.modality_pairs, score.modality_right) == (2, 1)


def test_score_events_pairs_gold_and_coded_events_one_to_one_at_best() -> None:
    # The announced meeting can stand for the gold AGREE (PLOVER's reading of an intent), but
    # it is the gold future CONSULT's only match; the AGREE has its own. Gold order must not
    # cost a pair, and the pair of the same type wins.
    gold = GoldText(id="t", text="...", events=(
        GoldEvent("AGREE", frozenset({"RUS"}), frozenset({"UKR"}), "asserted"),
        GoldEvent("CONSULT", frozenset({"RUS"}), frozenset({"UKR"}), "future"),
    ))  # fmt: skip
    coded = [_record("CONSULT", "RUS", "UKR", "future", quad=1), _record("AGREE", "RUS", "UKR", quad=1)]
    score = score_events("s", [(gold, coded)])
    assert (score.correct, score.missed, score.extra) == (2, 0, 0)
    assert (score.modality_pairs, score.modality_right) == (2, 2)
    assert pair_up(gold.events, coded) == {0: 1, 1: 0}


def test_score_events_needs_the_recipient_where_the_gold_gives_one() -> None:
    gold = GoldText(id="t", text="...", events=(GoldEvent("REJECT", frozenset({"PSE"}), frozenset({"ISR"})),))
    score = score_events("s", [(gold, [_record("REJECT", "PSE")])])
    assert (score.correct, score.extra) == (0, 1)


def test_score_labels_yield_counts_as_concede_or_retreat_and_nothing_is_wrong() -> None:
    texts = [GoldText(id="a", text="", label="YIELD"), GoldText(id="b", text="", label="ACCUSE")]
    score = score_labels("plv", [(texts[0], [_record("RETREAT", "RUS")]), (texts[1], [])])
    assert (score.gold, score.labels_right) == (2, 1)


def test_score_labels_pentaclass_from_the_cameo_root() -> None:
    text = GoldText(id="a", text="", label="4")
    assert score_labels("cameo", [(text, [_record("ASSAULT", "RUS")])], pentaclass=True).labels_right == 1


def test_eval_events_without_a_suite_is_a_usage_error(cli) -> None:  # noqa: ANN001
    result = cli("eval", "events")
    assert result.code == 1 and "give --peer-suites" in result.err


def test_eval_events_missing_folder_names_it(cli) -> None:  # noqa: ANN001
    result = cli("eval", "events", "--peer-suites", "nowhere")
    assert result.code == 1 and "nowhere: is not a folder" in result.err


def test_an_announced_cooperative_act_counts_as_plover_agree() -> None:
    text = GoldText(id="a", text="", label="AGREE")
    assert score_labels("plv", [(text, [_record("AID", "FIN", "TZA", modality="future", quad=2)])]).labels_right == 1
    assert score_labels("plv", [(text, [_record("ASSAULT", "RUS", "UKR", modality="future")])]).labels_right == 0


def test_announced_conflict_counts_as_threaten_and_refused_cooperation_as_reject() -> None:
    threat = GoldText(id="a", text="", label="THREATEN")
    refusal = GoldText(id="b", text="", label="REJECT")
    assert score_labels("plv", [(threat, [_record("COERCE", "FRA", modality="future", quad=4)])]).labels_right == 1
    assert score_labels("plv", [(refusal, [_record("AGREE", "SYR", modality="negated", quad=1)])]).labels_right == 1
    assert score_labels("plv", [(refusal, [_record("ASSAULT", "SYR", modality="negated", quad=4)])]).labels_right == 0
