"""Reading the benchmark corpus: the NewsArticles CSV quirks and the JSONL alternative."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bench.corpus import count_words, parse_news_csv, read_jsonl, write_jsonl
from eventwire.errors import RecordError
from eventwire.records import Article

# Invented rows in the corpus's own layout, with its two odd date forms.
NEWS_CSV = (
    "article_id,publish_date,article_source_link,title,subtitle,text\n"
    '7,2017/3/9,http://www.dw.com/en/x/a-1,"Envoys meet, again",A standfirst,"Body one."\n'
    "8,          2016/12/30 7:11,http://tass.com/world/2,,,Body two.\n"
    "9,       ,http://example.org/3,Untitled,,\n"
)


def test_corpus_parse_news_csv_reads_fields() -> None:
    first, second, third = parse_news_csv(NEWS_CSV)
    assert first == Article(
        id="newsarticles-7",
        title="Envoys meet, again",
        text="Body one.",
        published=dt.date(2017, 3, 9),
        url="http://www.dw.com/en/x/a-1",
        outlet="Deutsche Welle",
        language="en",
        origin="NewsArticles.csv (article_id 7)",
    )
    assert (second.title, second.published, second.outlet) == (None, dt.date(2016, 12, 30), "TASS")
    assert (third.published, third.outlet, third.text) == (None, "example.org", "")


def test_corpus_parse_news_csv_names_the_bad_line() -> None:
    bad = NEWS_CSV + "10,2017/13,http://cnn.com/4,T,,Text.\n"
    with pytest.raises(RecordError, match=r"NewsArticles.csv:5"):
        list(parse_news_csv(bad))


def test_corpus_jsonl_round_trip(tmp_path: Path) -> None:
    articles = list(parse_news_csv(NEWS_CSV))
    assert read_jsonl(write_jsonl(articles, tmp_path / "a.jsonl")) == articles


def test_corpus_read_jsonl_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "Fine."}\n\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(RecordError, match=r"bad.jsonl:3"):
        read_jsonl(path)


@pytest.mark.parametrize(("text", "words"), [("", 0), ("Talks  resumed\non Monday.", 4)])
def test_corpus_count_words(text: str, words: int) -> None:
    assert count_words(text) == words
