"""The optional sentence classifier: its data file, its shipped weights, and what it adds to
coding. Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.events import classifier as model
from eventwire.pipeline import Pipeline, article_from_text
from eventwire.settings import Settings
from tests.clirun import run_cli


def test_the_shipped_sentences_cover_every_type_with_every_modality():
    sentences = model.read_sentences()
    assert len(sentences) >= 1500
    labels = {s.label for s in sentences}
    assert labels == set(model.LABELS)
    for label in set(model.LABELS) - {model.NO_EVENT}:
        modalities = {s.modality for s in sentences if s.label == label}
        assert modalities == set(model.MODALITIES), label
    assert len({s.text.lower() for s in sentences}) == len(sentences), "duplicate sentences"


def test_the_held_out_share_is_about_a_fifth_and_fixed_by_the_text():
    sentences = model.read_sentences()
    held_out = [s for s in sentences if model.is_held_out(s)]
    assert 0.15 < len(held_out) / len(sentences) < 0.25
    sample = model.LabelledSentence("ASSAULT", "asserted", held_out[0].text)
    assert model.is_held_out(sample)


def test_the_weights_were_trained_on_the_sentences_as_they_are():
    # Editing the sentences without retraining would ship a stale model.
    assert model.load_classifier().trained_on == model.file_digest(), "run `eventwire classifier train`"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("ASSAULT\tasserted\n", "expected LABEL"),
        ("FIGHT\tasserted\tRebels shelled the town.\n", "expected LABEL"),
        ("ASSAULT\tmaybe\tRebels shelled the town.\n", "expected LABEL"),
    ],
)
def test_a_malformed_sentences_file_names_its_line(tmp_path: Path, content: str, problem: str):
    path = tmp_path / "sentences.tsv"
    path.write_text("# a comment\n" + content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        model.read_sentences(path)
    assert f"{path}:2" in str(error.value) and problem in str(error.value)


def test_train_refuses_a_file_of_one_label(tmp_path: Path):
    path = tmp_path / "one.tsv"
    path.write_text("NONE\tasserted\tThe weather was fine.\n" * 3, encoding="utf-8")
    result = run_cli("classifier", "train", "--sentences", str(path), "--out", str(tmp_path / "w.json"))
    assert result.code != 0 and "at least two labels" in result.err and "Traceback" not in result.err


@pytest.mark.slow
def test_held_out_accuracy_stays_above_its_floor():
    # Measured 74.7% when written (17 labels, chance about 6%); the floor leaves room for retraining.
    held_out = [s for s in model.read_sentences() if model.is_held_out(s)]
    accuracy, _ = model.accuracy(model.load_classifier(), held_out)
    assert accuracy >= 0.70


@pytest.mark.slow
def test_it_reads_types_from_whole_sentences():
    classifier = model.load_classifier()
    rows = classifier.probabilities([
        "Rebels attacked an army base in the north, killing twelve soldiers.",
        "Shares in the carmaker rose four percent after strong quarterly sales.",
    ])  # fmt: skip
    assert max(rows[0], key=rows[0].get) == "ASSAULT"
    assert max(rows[1], key=rows[1].get) == model.NO_EVENT
    assert all(abs(sum(row.values()) - 1) < 1e-4 for row in rows)


@pytest.fixture(scope="module")
def classifying_pipeline():
    return Pipeline(Settings.from_env(classifier=True))


@pytest.mark.slow
def test_with_the_classifier_a_verb_the_lexicon_lacks_still_codes_an_event(classifying_pipeline, pipeline):
    text = "The Kenyan navy ferried food and medicine to hospitals in Somalia on Monday."
    article = article_from_text(text, dt.date(2024, 5, 1))
    assert not [e for e in pipeline.extract(article) if e.event == "AID"]
    events = classifying_pipeline.extract(article)
    aid = [e for e in events if e.event == "AID"]
    assert aid and aid[0].typed_by == "classifier" and {a.code for a in aid[0].actor} == {"KEN"}
    assert aid[0].coder.version.endswith("+classifier")


@pytest.mark.slow
def test_with_the_classifier_lexicon_events_keep_their_lexicon_type(classifying_pipeline):
    article = article_from_text("Egypt rejected a U.S. proposal for a ceasefire on Sunday.", dt.date(2024, 5, 1))
    events = classifying_pipeline.extract(article)
    assert [(e.event, e.typed_by) for e in events] == [("REJECT", "lexicon")]
