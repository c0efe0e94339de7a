"""The ``eventwire clusters`` command and ``export --what clusters|mentions``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from eventwire.store import Store

from store.factories import make_article, make_event


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A store where three outlets report one accusation and one reports a protest."""
    path = tmp_path / "c.db"
    with Store(path) as store:
        for article_id, outlet in (("a", "Reuters"), ("b", "AFP"), ("c", "AP")):
            article = make_article(article_id, outlet=outlet, dateline=None)
            store.save(article, [make_event(article)])
        other = make_article("d", outlet="BBC", dateline=None)
        store.save(other, [make_event(other, event="PROTEST", date="2025-10-10")])
    return path


def test_clusters_jsonl_has_the_cluster_id_the_best_record_and_the_counts(cli, filled: Path):
    result = cli("clusters", "--db", str(filled), "--format", "jsonl")
    assert result.code == 0, result.err
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [(c["event"], c["num_articles"], c["num_outlets"]) for c in lines] == [("PROTEST", 1, 1), ("ACCUSE", 3, 3)]
    accusation = lines[1]
    assert accusation["id"].startswith("cl-") and accusation["best_event_id"] == "a-e0"
    assert {m["outlet"] for m in accusation["mentions"]} == {"Reuters", "AFP", "AP"}


def test_clusters_filters_and_csv(cli, filled: Path):
    result = cli("clusters", "--db", str(filled), "--format", "csv", "--type", "accuse", "--min-sources", "2")
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert [(r["event"], r["num_independent_sources"]) for r in rows] == [("ACCUSE", "3")]


def test_clusters_table_and_rebuild(cli, filled: Path):
    result = cli("clusters", "--db", str(filled), "--rebuild")
    assert result.code == 0 and "2 cluster(s) rebuilt" in result.err
    assert "2 cluster(s)" in result.out and "ACCUSE" in result.out


def test_export_clusters_and_mentions(cli, filled: Path, tmp_path: Path):
    assert cli("export", "--db", str(filled), "--what", "clusters", "--format", "csv", "--out", "c.csv").code == 0
    assert len(list(csv.DictReader(io.StringIO((tmp_path / "c.csv").read_text())))) == 2
    result = cli("export", "--db", str(filled), "--what", "mentions", "--format", "jsonl", "--out", "m.jsonl")
    assert result.code == 0 and "wrote 4 mention(s)" in result.err
    assert {json.loads(line)["article_id"] for line in (tmp_path / "m.jsonl").read_text().splitlines()} == {"a", "b", "c", "d"}


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "xml"], "unknown format 'xml'"),
        (["--type", "PARTY"], "unknown event type 'PARTY'"),
        (["--since", "2025-13-01"], "--since"),
        (["--location", "Ukraine"], "is no country code"),
    ],
)
def test_clusters_bad_options_are_one_line_errors(cli, filled: Path, args: list[str], message: str):
    result = cli("clusters", "--db", str(filled), *args)
    assert result.code != 0 and message in result.err and len(result.err.strip().splitlines()) == 1


def test_export_unknown_what_is_an_error(cli, filled: Path):
    result = cli("export", "--db", str(filled), "--what", "actors", "--format", "csv", "--out", "x.csv")
    assert result.code != 0 and "--what: unknown value 'actors'" in result.err
