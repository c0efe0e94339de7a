"""Tests of ingesting into a store and reading it back: ingest, events, export, stats, Store.

Most tests run ``eventwire.cli.main`` in this process (the model loads once per session); the
last one runs the real command over the bundled samples, as ``make run`` does.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import eventwire
from eventwire import EventRecord, Pipeline, Store
from clirun import Result, run_cli
from eventwire.export import FLAT_COLUMNS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]

# Five invented stories, one a file: name -> (publication date, text). Together they hold
# several event types, all four modalities, dated and undated events.
STORIES = {
    "01_kremlin.txt": (
        "2025-11-18",
        "Kremlin rejects Baltic accord\n\n"
        "Moscow condemned the accord. Russia accused Ukraine of shelling a power plant.\n",
    ),
    "02_berlin.txt": (
        "2025-11-20",
        "Germany and France hold talks\n\n"
        "Germany and France held talks in Berlin about energy prices.\n",
    ),
    "03_sanctions.txt": (
        "2025-12-02",
        "Washington targets Iranian oil\n\n"
        "The United States imposed sanctions on Iran. Japan will send aid to the Philippines.\n",
    ),
    "04_nairobi.txt": (
        "2026-01-10",
        "Police detain protesters in Nairobi\n\n"
        "Kenyan police arrested dozens of protesters in Nairobi. "
        "Kenya did not expel the Ugandan ambassador.\n",
    ),
    "05_brussels.txt": (
        "2026-02-03",
        "EU weighs new measures\n\n"
        "The European Union could impose new sanctions on Russia, diplomats said.\n",
    ),
}
ARTICLE_IDS = [name.removesuffix(".txt") for name in STORIES]


Cli = Callable[..., Result]
Filled = tuple[str, list[EventRecord]]
"""A filled store: its database URL and every event in it, in the store's order."""


def _write_corpus(folder: Path) -> Path:
    """The five stories as .txt files in ``folder``, and their dates file beside it."""
    folder.mkdir(parents=True)
    for name, (_, text) in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    dates = folder.parent / f"{folder.name}-dates.tsv"
    rows = [f"{name}\t{published}" for name, (published, _) in STORIES.items()]
    dates.write_text("file\tpublished\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return dates


def _events(url: str | Path) -> list[EventRecord]:
    with Store(url) as store:
        return store.events()


def _articles_count(url: str | Path) -> int:
    with Store(url) as store:
        return store.articles_count()


def _by_article(records: list[EventRecord]) -> dict[str, list[str]]:
    """Event ids per article id, each list sorted."""
    ids: dict[str, list[str]] = {}
    for record in records:
        ids.setdefault(record.article_id, []).append(record.id)
    return {article_id: sorted(found) for article_id, found in ids.items()}


def _jsonl(out: str) -> list[EventRecord]:
    return [EventRecord.model_validate_json(line) for line in out.splitlines()]


def _summary(err: str) -> tuple[int, int, int]:
    """(stored, skipped, events) from ingest's closing message."""
    found = re.search(r"(\d+) article\(s\) stored, (\d+) unchanged skipped, (\d+) event\(s\)", err)
    assert found, err
    stored, skipped, events = found.groups()
    return int(stored), int(skipped), int(events)


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """(folder of the five stories, its dates file), in this test's ``tmp_path``."""
    folder = tmp_path / "news"
    return folder, _write_corpus(folder)


@pytest.fixture(scope="module")
def expected(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Event ids per article, as the pipeline codes the five stories on its own."""
    folder = tmp_path_factory.mktemp("expected") / "news"
    _write_corpus(folder)
    dates = {
        name.removesuffix(".txt"): dt.date.fromisoformat(day) for name, (day, _) in STORIES.items()
    }
    articles = [
        article.model_copy(update={"published": dates[article.id]})
        for article in eventwire.read_source(str(folder))
    ]
    coded = {
        article.id: sorted(record.id for record in records)
        for article, records in pipeline.extract_many(articles)
    }
    assert all(coded[article_id] for article_id in ARTICLE_IDS), f"a story codes no event: {coded}"
    return coded


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    """A store holding the five stories, ingested by the command: (database URL, all events)."""
    home = tmp_path_factory.mktemp("filled")
    dates = _write_corpus(home / "news")
    url = f"sqlite:///{home / 'events.db'}"
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("EVENTWIRE_DB", raising=False)
        result = run_cli("ingest", str(home / "news"), "--dates", str(dates), "--db", url)
        assert result.code == 0, result.err
        yield url, _events(url)


# ------------------------------------------------------------------------------- ingest


def test_ingest_then_events_returns_the_events(
    cli: Cli, corpus: tuple[Path, Path], expected: dict[str, list[str]]
) -> None:
    folder, dates = corpus
    ingested = cli("ingest", folder.name, "--dates", dates.name, "--db", "events.db")
    assert ingested.code == 0, ingested.err
    assert ingested.out == ""
    total = sum(map(len, expected.values()))
    assert _summary(ingested.err) == (5, 0, total)
    listed = cli("events", "--db", "events.db", "--format", "jsonl")
    assert listed.code == 0
    assert listed.err == ""
    records = _jsonl(listed.out)
    assert _by_article(records) == expected
    assert {r.article_id: r.article.published for r in records} == {
        name.removesuffix(".txt"): published for name, (published, _) in STORIES.items()
    }


def test_ingest_twice_stores_nothing_twice(
    cli: Cli, corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, dates = corpus
    first = cli("ingest", folder.name, "--dates", dates.name, "--db", "events.db")
    before = _events(tmp_path / "events.db")
    second = cli("ingest", folder.name, "--dates", dates.name, "--db", "events.db")
    assert (first.code, second.code) == (0, 0)
    assert _summary(second.err) == (0, 5, 0)
    assert _events(tmp_path / "events.db") == before
    assert _articles_count(tmp_path / "events.db") == 5


def test_ingest_links_a_reprinted_wire_story_to_the_first_copy(cli: Cli, tmp_path: Path) -> None:
    wire = STORIES["04_nairobi.txt"][1] + (
        "Witnesses said officers chased demonstrators through the streets near the parliament "
        "building, and the interior ministry said an inquiry would look into the arrests.\n"
    )
    (tmp_path / "wire.txt").write_text(wire, encoding="utf-8")
    first = cli("ingest", "wire.txt", "--published", "2026-01-10", "--db", "events.db")
    # a second site's copy of the same story, with its own line at the end; then another story
    (tmp_path / "reprint.txt").write_text(wire + "Read more of our Kenya coverage.\n", encoding="utf-8")
    (tmp_path / "berlin.txt").write_text(STORIES["02_berlin.txt"][1], encoding="utf-8")
    second = cli("ingest", "reprint.txt", "berlin.txt", "--published", "2026-01-10", "--db", "events.db")
    assert (first.code, second.code) == (0, 0)
    assert "1 near-duplicate(s) linked" in second.err
    with Store(tmp_path / "events.db") as store:
        assert store.duplicates() == {"reprint": "wire"}
        assert store.stats()["duplicates"] == 1
    # coding the copy again keeps its link, and nothing is linked twice
    again = cli("ingest", "reprint.txt", "--published", "2026-01-10", "--db", "events.db", "--force")
    assert again.code == 0
    with Store(tmp_path / "events.db") as store:
        assert store.duplicates() == {"reprint": "wire"}


def test_ingest_force_recodes_without_duplicating(
    cli: Cli, corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, dates = corpus
    cli("ingest", folder.name, "--dates", dates.name, "--db", "events.db")
    before = _events(tmp_path / "events.db")
    forced = cli("ingest", folder.name, "--dates", dates.name, "--db", "events.db", "--force")
    assert forced.code == 0
    assert _summary(forced.err) == (5, 0, len(before))
    after = _events(tmp_path / "events.db")
    assert [r.id for r in after] == [r.id for r in before]
    assert _articles_count(tmp_path / "events.db") == 5


def test_ingest_recodes_a_changed_article(cli: Cli, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Moscow condemned the accord.\n")
    cli("ingest", "story.txt", "--published", "2025-11-18", "--db", "events.db")
    story.write_text("Germany and France held talks in Berlin.\n")
    again = cli("ingest", "story.txt", "--published", "2025-11-18", "--db", "events.db")
    assert again.code == 0
    assert _summary(again.err) == (1, 0, 1)
    records = _events(tmp_path / "events.db")
    assert [(r.article_id, r.event) for r in records] == [("story", "CONSULT")]
    assert _articles_count(tmp_path / "events.db") == 1


def test_ingest_recodes_an_article_whose_date_changed(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Moscow condemned the accord.\n")
    cli("ingest", "story.txt", "--published", "2025-11-18", "--db", "events.db")
    again = cli("ingest", "story.txt", "--published", "2025-11-19", "--db", "events.db")
    assert _summary(again.err) == (1, 0, 1)
    (record,) = _events(tmp_path / "events.db")
    assert record.article.published == "2025-11-19"


def test_ingest_interrupted_keeps_whole_articles_and_resumes(
    cli: Cli,
    corpus: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    expected: dict[str, list[str]],
) -> None:
    folder, dates = corpus
    real_save = Store.save
    saves: list[str] = []

    def save_then_interrupt(self: Store, article, events, **kwargs):  # noqa: ANN001,ANN003,ANN202
        saves.append(article.id)
        if len(saves) == 3:
            raise KeyboardInterrupt
        real_save(self, article, events, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(Store, "save", save_then_interrupt)
        interrupted = cli("ingest", folder.name, "--dates", dates.name, "--db", "events.db")
    assert saves == ARTICLE_IDS[:3], "the run should have stopped at the third article"
    assert "Traceback" not in interrupted.err

    db = tmp_path / "events.db"
    assert _articles_count(db) == 2
    assert _by_article(_events(db)) == {key: expected[key] for key in ARTICLE_IDS[:2]}

    resumed = cli("ingest", folder.name, "--dates", dates.name, "--db", "events.db")
    assert resumed.code == 0
    assert _summary(resumed.err)[:2] == (3, 2)
    records = _events(db)
    assert _articles_count(db) == 5
    assert _by_article(records) == expected
    assert len({r.id for r in records}) == len(records)


def test_ingest_reads_jsonl_with_its_own_dates(cli: Cli, tmp_path: Path) -> None:
    lines = [
        {"id": "w1", "text": "Moscow condemned the accord.", "published": "2025-11-18T09:00:00Z"},
        {"id": "w2", "text": "Germany and France held talks in Berlin.", "published": "2025-11-19"},
    ]
    (tmp_path / "wire.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert cli("ingest", "wire.jsonl", "--db", "events.db").code == 0
    records = _events(tmp_path / "events.db")
    assert [(r.article_id, r.event, r.article.published) for r in records] == [
        ("w1", "ACCUSE", "2025-11-18"),
        ("w2", "CONSULT", "2025-11-19"),
    ]


def test_ingest_bad_input_stores_nothing(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Moscow condemned the accord.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli("ingest", "good.txt", "empty.txt", "--db", "events.db")
    assert result.code == 1
    assert result.err.splitlines() == ["eventwire: error: empty.txt: file is empty"]
    db = tmp_path / "events.db"
    assert not db.exists() or _articles_count(db) == 0


# ------------------------------------------------------------------------------- events


def _first_day(record: EventRecord) -> dt.date:
    """The day the store filters an event by: its date's first day, else its publication."""
    if record.date is None:
        assert record.article.published is not None
        return dt.date.fromisoformat(record.article.published)
    start = record.date.split("/")[0]
    return dt.date.fromisoformat({4: f"{start}-01-01", 7: f"{start}-01"}.get(len(start), start))


def _has(entities: list[eventwire.Entity], code: str) -> bool:
    return any(code in (entity.code, entity.cameo_code) for entity in entities)


FILTERS: dict[str, tuple[list[str], Callable[[EventRecord], bool]]] = {
    "actor": (["--actor", "RUS"], lambda r: _has(r.actor, "RUS")),
    "actor-lower-case": (["--actor", "rus"], lambda r: _has(r.actor, "RUS")),
    "actor-cameo": (["--actor", "RUSGOV"], lambda r: _has(r.actor, "RUSGOV")),
    "recipient": (["--recipient", "RUS"], lambda r: _has(r.recipient, "RUS")),
    "type": (["--type", "SANCTION"], lambda r: r.event == "SANCTION"),
    "type-lower-case": (["--type", "accuse"], lambda r: r.event == "ACCUSE"),
    "modality": (["--modality", "asserted"], lambda r: r.modality == "asserted"),
    "modality-future": (["--modality", "future"], lambda r: r.modality == "future"),
    "since": (["--since", "2025-12-01"], lambda r: _first_day(r) >= dt.date(2025, 12, 1)),
    "until": (["--until", "2025-11-30"], lambda r: _first_day(r) <= dt.date(2025, 11, 30)),
    "since-until": (
        ["--since", "2025-12-01", "--until", "2026-01-31"],
        lambda r: dt.date(2025, 12, 1) <= _first_day(r) <= dt.date(2026, 1, 31),
    ),
    "location": (["--location", "ken"], lambda r: r.location is not None and r.location.country == "KEN"),
    "actor-sector": (["--actor-sector", "gov"], lambda r: any(e.sector == "GOV" for e in r.actor)),
    "quad": (["--quad", "4"], lambda r: r.quad_code == 4),
    "text": (["--text", "SANCTIONS"], lambda r: "sanctions" in r.evidence.text.lower()),
    "place": (["--place", "nairo"], lambda r: r.location is not None and "nairo" in r.location.name.lower()),
    "not-reviewed": (["--not-reviewed", "--type", "ACCUSE"], lambda r: r.event == "ACCUSE"),
    "combined": (
        ["--type", "SANCTION", "--since", "2025-12-01", "--modality", "asserted"],
        lambda r: r.event == "SANCTION" and r.modality == "asserted"
        and _first_day(r) >= dt.date(2025, 12, 1),
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", FILTERS)
def test_ingest_events_filter(
    filled: Filled, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    url, everything = filled
    options, keep = FILTERS[name]
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    result = run_cli("events", "--db", url, "--format", "jsonl", *options)
    assert result.code == 0, result.err
    wanted = [record.id for record in everything if keep(record)]
    assert wanted, f"the corpus should hold an event for {options}"
    assert len(wanted) < len(everything), f"{options} should leave some events out"
    assert [record.id for record in _jsonl(result.out)] == wanted


def test_ingest_events_limit_keeps_the_first(
    filled: Filled, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, everything = filled
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    result = run_cli("events", "--db", url, "--format", "jsonl", "--limit", "3")
    assert result.code == 0
    assert [record.id for record in _jsonl(result.out)] == [record.id for record in everything[:3]]


def test_ingest_events_are_ordered_by_day(filled: Filled) -> None:
    _, everything = filled
    days = [_first_day(record) for record in everything]
    assert days == sorted(days)


def test_ingest_events_filter_matching_nothing(
    filled: Filled, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = filled
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    result = run_cli("events", "--db", url, "--format", "jsonl", "--actor", "BRA")
    assert (result.code, result.out) == (0, "")


@pytest.mark.parametrize(
    ("options", "named"),
    [(["--type", "INVADE"], "INVADE"), (["--modality", "maybe"], "maybe")],
)
def test_ingest_events_unknown_filter_value_is_an_error(
    filled: Filled, monkeypatch: pytest.MonkeyPatch,
    options: list[str], named: str,
) -> None:  # fmt: skip
    url, _ = filled
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    result = run_cli("events", "--db", url, *options)
    assert result.code == 1
    assert result.out == ""
    (line,) = result.err.splitlines()
    assert line.startswith("eventwire: error: ") and named in line


def test_ingest_events_table(filled: Filled, monkeypatch: pytest.MonkeyPatch) -> None:
    url, everything = filled
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    result = run_cli("events", "--db", url)
    assert result.code == 0
    assert f"{len(everything)} event(s)" in result.out
    for article_id in ARTICLE_IDS:
        assert article_id in result.out


# ------------------------------------------------------------------------ export, stats


def test_ingest_export_plover_jsonl(filled: Filled, tmp_path: Path) -> None:
    url, everything = filled
    out = tmp_path / "events.jsonl"
    result = run_cli("export", "--db", url, "--format", "plover-jsonl", "--out", str(out))
    assert result.code == 0, result.err
    assert result.out == ""
    assert f"wrote {len(everything)} event(s)" in result.err
    assert _jsonl(out.read_text(encoding="utf-8")) == everything


def test_ingest_export_csv(filled: Filled, tmp_path: Path) -> None:
    url, everything = filled
    out = tmp_path / "events.csv"
    result = run_cli("export", "--db", url, "--format", "csv", "--out", str(out))
    assert result.code == 0, result.err
    with out.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == list(FLAT_COLUMNS)
    assert [row["id"] for row in rows] == [record.id for record in everything]


def test_ingest_export_parquet_reads_in_pandas(filled: Filled, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    url, everything = filled
    out = tmp_path / "events.parquet"
    result = run_cli("export", "--db", url, "--format", "parquet", "--out", str(out))
    assert result.code == 0, result.err
    frame = pandas.read_parquet(out)
    assert list(frame["id"]) == [record.id for record in everything]
    assert set(FLAT_COLUMNS) <= set(frame.columns)


def test_ingest_export_filtered(filled: Filled, tmp_path: Path) -> None:
    url, everything = filled
    out = tmp_path / "accuse.jsonl"
    options = ["--format", "plover-jsonl", "--out", str(out), "--type", "ACCUSE"]
    result = run_cli("export", "--db", url, *options)
    assert result.code == 0
    exported = _jsonl(out.read_text(encoding="utf-8"))
    assert exported == [record for record in everything if record.event == "ACCUSE"]


def test_ingest_export_unknown_format_writes_nothing(
    filled: Filled, tmp_path: Path
) -> None:
    url, _ = filled
    out = tmp_path / "events.xml"
    result = run_cli("export", "--db", url, "--format", "xml", "--out", str(out))
    assert result.code == 1
    assert result.err.startswith("eventwire: error: --format")
    assert not out.exists()


def test_ingest_stats_prints_counts(filled: Filled) -> None:
    url, everything = filled
    result = run_cli("stats", "--db", url)
    assert result.code == 0
    assert result.err == ""
    assert result.out.startswith(f"5 article(s), {len(everything)} event(s)")
    for event, count in Counter(record.event for record in everything).items():
        assert re.search(rf"\b{event}\W+{count}\b", result.out), f"{event}: {count}"


# ----------------------------------------------------------------- choosing the database


def test_ingest_db_option_takes_a_plain_path(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Moscow condemned the accord.\n")
    assert cli("ingest", "story.txt", "--db", "plain.db").code == 0
    listed = cli("events", "--db", f"sqlite:///{tmp_path / 'plain.db'}", "--format", "jsonl")
    assert [record.event for record in _jsonl(listed.out)] == ["ACCUSE"]


def test_ingest_environment_variable_picks_the_database(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "story.txt").write_text("Moscow condemned the accord.\n")
    monkeypatch.setenv("EVENTWIRE_DB", f"sqlite:///{tmp_path / 'from-env.db'}")
    assert cli("ingest", "story.txt", "--published", "2025-11-18").code == 0
    assert (tmp_path / "from-env.db").exists()
    assert not (tmp_path / "eventwire.db").exists()
    listed = cli("events", "--format", "jsonl")
    assert [record.event for record in _jsonl(listed.out)] == ["ACCUSE"]
    assert cli("stats").out.startswith("1 article(s)")


def test_ingest_db_option_wins_over_the_environment(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "story.txt").write_text("Moscow condemned the accord.\n")
    monkeypatch.setenv("EVENTWIRE_DB", f"sqlite:///{tmp_path / 'from-env.db'}")
    assert cli("ingest", "story.txt", "--db", "from-option.db").code == 0
    assert (tmp_path / "from-option.db").exists()
    assert not (tmp_path / "from-env.db").exists()


def test_ingest_python_api_query_as_dataframe(filled: Filled) -> None:
    pandas = pytest.importorskip("pandas")
    url, everything = filled
    with eventwire.Store(url) as store:
        frame = store.query(as_dataframe=True)
        russia = store.query(actor="RUS", as_dataframe=True)
        records = store.query(event_type="ACCUSE")
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(FLAT_COLUMNS)
    assert list(frame["id"]) == [record.id for record in everything]
    assert 0 < len(russia) < len(frame)
    assert records == [record for record in everything if record.event == "ACCUSE"]


# --------------------------------------------------------------- the real command, samples


def test_ingest_samples_command(tmp_path: Path) -> None:
    """What ``make run`` does: ingest the bundled samples, then list the events."""
    db = f"sqlite:///{tmp_path / 'samples.db'}"
    env = {key: value for key, value in os.environ.items() if key != "EVENTWIRE_DB"}
    command = [sys.executable, "-m", "eventwire.cli"]
    ingest = subprocess.run(
        [*command, "ingest", "samples", "--dates", "samples/published.tsv", "--db", db],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert ingest.returncode == 0, ingest.stderr
    assert ingest.stdout == ""
    assert "Traceback" not in ingest.stderr
    stored, skipped, _ = _summary(ingest.stderr)
    assert (stored, skipped) == (12, 0)
    events = subprocess.run(
        [*command, "events", "--db", db],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert events.returncode == 0, events.stderr
    found = re.search(r"(\d+) event\(s\)", events.stdout)
    assert found and int(found.group(1)) >= 10, events.stdout[:500]
    assert "ACCUSE" in events.stdout
