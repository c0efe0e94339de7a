"""The event store at scale: bulk fill, query latency through the Store API, and Store.save rates.

    python bench/store_scale.py [--events N] [--queries N] [--warmup N] [--ingest N]
                                [--ingest-filled N] [--db PATH] [--reuse] [--postgres URL]
                                [--pg-schema NAME] [--seed N] [--cold] [--explain] [--json FILE]

1. **Fill.** A fresh SQLite file (and, with ``--postgres``, a fresh PostgreSQL schema) is made
   by opening a :class:`~eventwire.store.Store` on it (so the schema is the migrations' own),
   then filled with the seeded synthetic world of ``bench/store_synth.py`` by bulk INSERT
   (SQLite, ``executemany``) or COPY (PostgreSQL), with the secondary indexes (and, on
   PostgreSQL, the foreign keys) dropped during the load and made again from their own
   definitions after it; the schema is then compared with the models. PostgreSQL is vacuumed,
   analysed and checkpointed, as autovacuum would do; SQLite is left without ANALYZE, as a
   store in use is. ``--reuse`` keeps a database filled earlier with the same size and seed.
   Before the queries the filled store is read once into the page cache (not with ``--cold``).
2. **Queries.** Each main query runs ``--warmup`` times untimed, then ``--queries`` times with
   parameters drawn from the stored data (every query is anchored on a stored event, so each
   should find rows): events by dates and actor, events by dates and place, a dyad's monthly
   series, clusters by type and dates. Latencies are wall-clock times of the public call.
3. **Ingest.** ``Store.save`` (which also places the events in clusters) of ``--ingest`` coded
   articles, one transaction each, into an empty store, and of the first ``--ingest-filled``
   of them into the filled one, per backend.
   The filled store is put back as it was afterwards (its new articles deleted, the clusters
   they touched restored), so it can be reused.

Prints a Markdown table; ``--json`` writes every figure. The default database is under /tmp.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import queue
import random
import sqlite3
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout: make eventwire importable
    sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from alembic.autogenerate import compare_metadata  # noqa: E402
from alembic.migration import MigrationContext  # noqa: E402
from sqlalchemy import Engine, delete, insert, make_url, select, text  # noqa: E402

from bench.store_synth import START, TABLES, Batch, World  # noqa: E402
from bench.throughput import positive_int, write_report  # noqa: E402
from eventwire.cluster.match import mention_of  # noqa: E402
from eventwire.records import CodedArticle  # noqa: E402
from eventwire.store import Store  # noqa: E402
from eventwire.store.connect import create_store_engine, parse_url  # noqa: E402
from eventwire.store.models import ArticleRow, Base, ClusterMentionRow, ClusterRow  # noqa: E402
from eventwire.store.queries import EventFilter, select_clusters, select_dyad_series, select_records  # noqa: E402

DESCRIPTION = "Store ingest rate and query latency at scale, on SQLite and PostgreSQL."
DEFAULT_DIR = Path("/tmp/eventwire-bench")
FILL_PREFIX = "sw"
INGEST_PREFIX = "in"
# Ingested articles report occurrences of the filled world's last week, so that on the filled
# store they meet (and join) stored clusters, as live news does.
INGEST_START = dt.date(START.year + 5, 1, 1) - dt.timedelta(days=7)
QUERIES = ("events_actor", "events_location", "dyad_series", "clusters_type")
LABELS = {
    "events_actor": "events(since, until, actor, limit=100)",
    "events_location": "events(since, until, location, limit=100)",
    "dyad_series": "dyad_series(actor, recipient, since, until)",
    "clusters_type": "clusters(event_type, since, until, limit=100)",
}
WINDOWS = (7, 30, 90, 365)  # days in an events or clusters query
DYAD_WINDOWS = (365, 3 * 365, None)  # a year, three, or everything (no dates)
GENERATOR = 4  # bump when bench/store_synth.py changes what it makes: reused stores are refilled


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print (and optionally write) the report."""
    args = _parser().parse_args(argv)
    report = run_benchmark(args)
    print(render_table(report))
    if args.json:
        write_report(report, args.json)
    return 0


def run_benchmark(args: argparse.Namespace) -> dict[str, Any]:
    """Fill, query and ingest on each backend; the report as JSON-ready data."""
    backends = {"sqlite": _SQLite(args.db or DEFAULT_DIR / f"store-{args.events}.db")}
    if args.postgres:
        backends["postgresql"] = _Postgres(args.postgres, args.pg_schema)
    coded = World(args.seed + 1, args.ingest * 6, start=INGEST_START, days=7, prefix=INGEST_PREFIX).coded(args.ingest)
    results = {}
    for name, backend in backends.items():
        _say(f"[{name}] {backend.where}")
        fill = backend.fill(args.events, args.seed, args.reuse)
        url = backend.url()
        if not args.cold:
            _say(f"  reading the filled store once into the page cache ({backend.prewarm():.0f} s)")
        queries, plans = _run_queries(url, backend, args)
        ingest = {"empty": _ingest_empty(backend, coded), "filled": _ingest_filled(url, coded[: args.ingest_filled])}
        results[name] = {"where": backend.where, "fill": fill, "queries": queries, "ingest": ingest}
        if args.explain:
            results[name]["plans"] = plans
    return {
        "benchmark": "store_scale",
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "settings": {"events": args.events, "queries": args.queries, "warmup": args.warmup,
                     "ingest_articles": args.ingest, "ingest_filled_articles": min(args.ingest, args.ingest_filled),
                     "seed": args.seed, "prewarmed": not args.cold},
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "sqlite": sqlite3.sqlite_version, "load_average": list(os.getloadavg())},
        "backends": results,
        "ingest_ratio_postgresql_sqlite": _ratios(results),
    }


# ------------------------------------------------------------------------------- filling


class _Backend:
    """Where a filled store lives, and how rows are loaded into it in bulk."""

    where: str

    def url(self) -> str:
        """The store URL of the filled database."""
        raise NotImplementedError

    def fill(self, events: int, seed: int, reuse: bool, days: int | None = None) -> dict[str, Any]:
        """Make (or, with ``reuse``, keep) the filled store; what it holds and how long it took.

        ``days`` shortens the world's five years (for tests).
        """
        wanted = {"events": events, "seed": seed, "days": days, "generator": GENERATOR}
        if reuse:
            found = self.read_meta()
            if found is not None and all(found.get(k) == v for k, v in wanted.items()):
                _say(f"  reusing the store filled on {found.get('filled_at')}")
                return {**found, "reused": True}
        self.reset()
        Store(self.url()).close()  # the schema, made by the migrations
        started = time.perf_counter()
        with self.loading() as load:
            timing = _pump(World(seed, events, days=days, prefix=FILL_PREFIX).batches(), load)
        indexes_started = time.perf_counter()
        self.rebuild()
        timing["indexes_seconds"] = time.perf_counter() - indexes_started
        timing["seconds"] = time.perf_counter() - started
        _check_schema(self.url())
        meta = {**wanted, **timing, "rows": self.count_rows(), "filled_at": dt.datetime.now().isoformat(timespec="seconds")}
        if meta["rows"]["events"] != events:
            raise SystemExit(f"filled {meta['rows']['events']} events, not {events}")
        self.write_meta(meta)
        _say(f"  filled {events:,} events in {timing['seconds']:.0f} s")
        return {**meta, "reused": False}

    def reset(self) -> None:
        raise NotImplementedError

    def loading(self) -> Any:
        """A context manager giving a function that writes one Batch."""
        raise NotImplementedError

    def rebuild(self) -> None:
        raise NotImplementedError

    def read_meta(self) -> dict[str, Any] | None:
        raise NotImplementedError

    def write_meta(self, meta: dict[str, Any]) -> None:
        raise NotImplementedError

    def empty_url(self) -> Any:
        """A context manager giving the URL of an empty store, removed afterwards."""
        raise NotImplementedError

    def explain(self, sql: str) -> list[str]:
        raise NotImplementedError

    def prewarm(self) -> float:
        """Read the filled store once, so that queries find it in memory; the seconds it took."""
        raise NotImplementedError

    def count_rows(self) -> dict[str, int]:
        engine = _engine(self.url())
        try:
            with engine.connect() as connection:
                return {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
        finally:
            engine.dispose()


class _SQLite(_Backend):
    """A SQLite file: rows go in with executemany, journal off, in one transaction a batch."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.where = str(self.path)
        self._indexes: list[str] = []

    def url(self) -> str:
        return f"sqlite:///{self.path}"

    def reset(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for leftover in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"), self._meta_path):
            leftover.unlink(missing_ok=True)

    @contextmanager
    def loading(self) -> Iterator[Callable[[Batch], None]]:
        connection = sqlite3.connect(self.path, isolation_level=None)
        # A fresh file that is refilled after a crash: no journal, no fsync, a big page cache.
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -1000000", "temp_store = MEMORY"):
            connection.execute(f"PRAGMA {pragma}")
        names = ",".join(f"'{table}'" for table in TABLES)
        self._indexes = [sql for (sql,) in connection.execute(
            f"SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({names})")]  # fmt: skip
        for (name,) in connection.execute(
                f"SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({names})").fetchall():  # fmt: skip
            connection.execute(f"DROP INDEX {name}")
        statements = {t: f"INSERT INTO {t} ({', '.join(c)}) VALUES ({', '.join('?' * len(c))})" for t, c in TABLES.items()}

        def load(batch: Batch) -> None:
            connection.execute("BEGIN")
            for table, rows in batch.rows.items():
                if table == "articles":
                    rows = [row[:15] + (_sqlite_datetime(row[15]),) + row[16:] for row in rows]
                connection.executemany(statements[table], rows)
            connection.execute("COMMIT")

        try:
            yield load
        finally:
            connection.close()

    def rebuild(self) -> None:
        connection = sqlite3.connect(self.path, isolation_level=None)
        try:
            connection.execute("PRAGMA cache_size = -1000000")
            for sql in self._indexes:
                connection.execute(sql)
            connection.execute("PRAGMA journal_mode = WAL")  # as the Store leaves it
        finally:
            connection.close()
        # Written with synchronous off, the file is still being written back to disk: finish
        # that now, so that it does not slow the queries measured next.
        descriptor = os.open(self.path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    @property
    def _meta_path(self) -> Path:
        return Path(f"{self.path}.json")

    def read_meta(self) -> dict[str, Any] | None:
        if not (self.path.exists() and self._meta_path.exists()):
            return None
        found: dict[str, Any] = json.loads(self._meta_path.read_text(encoding="utf-8"))
        return found

    def write_meta(self, meta: dict[str, Any]) -> None:
        self._meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")

    @contextmanager
    def empty_url(self) -> Iterator[str]:
        path = self.path.with_name(f"{self.path.stem}-ingest-{os.getpid()}.db")
        try:
            yield f"sqlite:///{path}"
        finally:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)

    def prewarm(self) -> float:
        started = time.perf_counter()
        with open(self.path, "rb") as handle:  # into the operating system's cache, as a warm server has it
            while handle.read(1 << 24):
                pass
        return time.perf_counter() - started

    def explain(self, sql: str) -> list[str]:
        connection = sqlite3.connect(self.path)
        try:
            return [row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}")]
        finally:
            connection.close()


class _Postgres(_Backend):
    """A schema of a PostgreSQL database: rows go in with COPY, one transaction a batch."""

    def __init__(self, url: str, schema: str) -> None:
        self.base = make_url(url).set(drivername="postgresql")
        self.schema = schema
        self.where = f"{self.base.render_as_string(hide_password=True)} schema {schema}"
        self._indexes: list[str] = []
        self._foreign_keys: list[tuple[str, str, str]] = []

    def url(self, schema: str | None = None) -> str:
        url = self.base.update_query_dict({"options": f"-csearch_path={schema or self.schema}"})
        return url.render_as_string(hide_password=False)

    def _connect(self, **kwargs: Any) -> psycopg.Connection[Any]:
        return psycopg.connect(self.url(), **kwargs)

    def reset(self) -> None:
        with psycopg.connect(self.base.render_as_string(hide_password=False), autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')
            connection.execute(f'CREATE SCHEMA "{self.schema}"')

    @contextmanager
    def loading(self) -> Iterator[Callable[[Batch], None]]:
        connection = self._connect()
        tables = list(TABLES)
        self._indexes = [row[0] for row in connection.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY(%s) "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))", [tables])]  # fmt: skip
        self._foreign_keys = [(row[0], row[1], row[2]) for row in connection.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace "
            "AND conrelid::regclass::text = ANY(%s)", [tables])]  # fmt: skip
        for table, name, _ in self._foreign_keys:
            connection.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for (name,) in connection.execute(
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY(%s) "
                "AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))", [tables]).fetchall():  # fmt: skip
            connection.execute(f'DROP INDEX "{name}"')
        connection.commit()
        statements = {t: f"COPY {t} ({', '.join(c)}) FROM STDIN" for t, c in TABLES.items()}

        def load(batch: Batch) -> None:
            with connection.cursor() as cursor:
                for table, rows in batch.rows.items():
                    with cursor.copy(statements[table]) as copy:
                        for row in rows:
                            copy.write_row(row)
            connection.commit()

        try:
            yield load
        finally:
            connection.close()

    def rebuild(self) -> None:
        with self._connect(autocommit=True) as connection:
            connection.execute("SET maintenance_work_mem = '512MB'")
            for sql in self._indexes:
                connection.execute(sql)
            for table, name, definition in self._foreign_keys:
                connection.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
            for table in TABLES:  # what autovacuum would soon do: visibility map and statistics
                connection.execute(f"VACUUM ANALYZE {table}")
            try:  # write the loaded pages out now rather than during the queries measured next
                connection.execute("CHECKPOINT")
            except psycopg.errors.InsufficientPrivilege:
                pass

    def read_meta(self) -> dict[str, Any] | None:
        with psycopg.connect(self.base.render_as_string(hide_password=False)) as connection:
            row = connection.execute(
                "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = %s", [self.schema]
            ).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def write_meta(self, meta: dict[str, Any]) -> None:
        with self._connect(autocommit=True) as connection:
            literal = json.dumps(meta).replace("'", "''")
            connection.execute(f"COMMENT ON SCHEMA \"{self.schema}\" IS '{literal}'")

    @contextmanager
    def empty_url(self) -> Iterator[str]:
        schema = f"{self.schema}_ingest_{os.getpid()}"
        admin = self.base.render_as_string(hide_password=False)
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            connection.execute(f'CREATE SCHEMA "{schema}"')
        try:
            yield self.url(schema)
        finally:
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(f'DROP SCHEMA "{schema}" CASCADE')

    def prewarm(self) -> float:
        started = time.perf_counter()
        with self._connect() as connection:
            # The files of the schema's tables, their indexes and TOAST tables (a 1 GB file goes
            # on in segments .1, .2, ...), read straight into the operating system's cache.
            folder = Path(connection.execute("SHOW data_directory").fetchone()[0])
            files = [row[0] for row in connection.execute(
                "SELECT pg_relation_filepath(c.oid) FROM pg_class c WHERE c.oid IN ("
                " SELECT t.oid FROM pg_class t WHERE t.relnamespace = current_schema()::regnamespace AND t.relkind = 'r'"
                " UNION SELECT x.indexrelid FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid"
                "  WHERE t.relnamespace = current_schema()::regnamespace"
                " UNION SELECT t.reltoastrelid FROM pg_class t WHERE t.relnamespace = current_schema()::regnamespace"
                " UNION SELECT x.indexrelid FROM pg_index x JOIN pg_class t ON t.reltoastrelid = x.indrelid"
                "  WHERE t.relnamespace = current_schema()::regnamespace)").fetchall() if row[0]]  # fmt: skip
        for name in files:
            for segment in itertools.count():
                path = folder / (name if segment == 0 else f"{name}.{segment}")
                if not path.exists():
                    break
                with open(path, "rb") as handle:
                    while handle.read(1 << 24):
                        pass
        return time.perf_counter() - started

    def explain(self, sql: str) -> list[str]:
        with self._connect() as connection:
            # With parameters (none), psycopg reads the SQL's "%%" as the "%" it stands for.
            return [row[0] for row in connection.execute(f"EXPLAIN {sql}", [])]


def _sqlite_datetime(value: dt.datetime) -> str:
    """A DateTime as SQLAlchemy stores it in SQLite (no offset)."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _pump(batches: Iterator[Batch], load: Callable[[Batch], None]) -> dict[str, Any]:
    """Generate batches in a thread while this one loads them (the drivers let go of the GIL)."""
    ready: queue.Queue[Batch | BaseException | None] = queue.Queue(maxsize=3)
    spent = {"generate_seconds": 0.0, "insert_seconds": 0.0}

    def produce() -> None:
        try:
            while True:
                started = time.perf_counter()
                batch = next(batches, None)
                spent["generate_seconds"] += time.perf_counter() - started
                ready.put(batch)
                if batch is None:
                    return
        except BaseException as error:  # noqa: BLE001 - handed to the loading thread, which raises it
            ready.put(error)

    producer = threading.Thread(target=produce, daemon=True)
    producer.start()
    done = 0
    while (batch := ready.get()) is not None:
        if isinstance(batch, BaseException):
            raise batch
        started = time.perf_counter()
        load(batch)
        spent["insert_seconds"] += time.perf_counter() - started
        done += batch.events
        if done % 200_000 < batch.events:
            _say(f"  {done:,} events loaded")
    producer.join()
    return spent


def _check_schema(url: str) -> None:
    """The filled database has exactly the schema of the models (indexes and keys included)."""
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    if differences:
        raise SystemExit(f"the filled schema differs from the models: {differences}")


def _engine(url: str) -> Engine:
    return create_store_engine(parse_url(url))


# ------------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class _Anchor:
    """A stored event that a query's parameters are drawn around."""

    day: dt.date
    event: str
    actor: str
    recipient: str | None
    location: str | None


def _run_queries(url: str, backend: _Backend, args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Time each main query on its own random parameters; latencies and rows per kind."""
    rng = random.Random(args.seed + 2)
    total = args.queries + args.warmup
    anchors, clusters = _anchors(url, rng, total)
    calls = _calls(rng, anchors, clusters, total)
    results, plans = {}, {}
    with Store(url) as store:
        for kind in QUERIES:
            for call in calls[kind][: args.warmup]:
                call(store)
            times, rows = [], []
            for call in calls[kind][args.warmup :]:
                started = time.perf_counter()
                found = call(store)
                times.append((time.perf_counter() - started) * 1000)
                rows.append(len(found))
            results[kind] = _summary(times, rows)
            _say(f"  {kind}: p50 {results[kind]['p50_ms']:.1f} ms, p95 {results[kind]['p95_ms']:.1f} ms")
    if args.explain:
        plans = {kind: backend.explain(_sql(kind, anchors[0], clusters[0], url)) for kind in QUERIES}
    return results, plans


def _anchors(url: str, rng: random.Random, count: int) -> tuple[list[_Anchor], list[tuple[str, dt.date]]]:
    """Stored events (with their first actor and recipient) and clusters, drawn at random."""
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            articles = connection.execute(text("SELECT count(*) FROM articles")).scalar_one()
            ids = [f"{FILL_PREFIX}{n:07d}" for n in rng.sample(range(1, articles + 1), min(articles, 2 * count))]
            anchors = _events_of(connection, ids)
            clusters = [(row[0], _day(row[1])) for row in connection.execute(
                select(ClusterRow.event, ClusterRow.date_start).join(ClusterMentionRow, ClusterMentionRow.cluster_id == ClusterRow.id)
                .where(ClusterMentionRow.article_id.in_(ids), ClusterRow.date_start.is_not(None))
                .order_by(ClusterMentionRow.event_id))]  # fmt: skip
    finally:
        engine.dispose()
    rng.shuffle(anchors)
    rng.shuffle(clusters)
    return anchors, clusters


def _events_of(connection: Any, article_ids: list[str]) -> list[_Anchor]:
    """One anchor per stored event of these articles."""
    parties: dict[tuple[str, str], str] = {}
    rows = connection.execute(text(
        "SELECT a.event_id, a.role, a.code FROM event_actors a JOIN events e ON e.id = a.event_id "
        "WHERE a.position = 0 AND a.code IS NOT NULL AND e.article_id IN :ids").bindparams(
        _expanding("ids")), {"ids": article_ids})  # fmt: skip
    for event_id, role, code in rows:
        parties[event_id, role] = code
    events = connection.execute(text(
        "SELECT id, event, date_start, location_country FROM events WHERE article_id IN :ids "
        "AND date_start IS NOT NULL ORDER BY id").bindparams(_expanding("ids")), {"ids": article_ids})  # fmt: skip
    return [_Anchor(_day(day), kind, parties[event_id, "actor"], parties.get((event_id, "recipient")), place)
            for event_id, kind, day, place in events if (event_id, "actor") in parties]  # fmt: skip


def _expanding(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name, expanding=True)


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _window(rng: random.Random, day: dt.date, width: int) -> tuple[dt.date, dt.date]:
    """A ``width``-day range that holds ``day``."""
    since = day - dt.timedelta(days=rng.randrange(width))
    return since, since + dt.timedelta(days=width - 1)


def _calls(rng: random.Random, anchors: list[_Anchor], clusters: list[tuple[str, dt.date]],
           count: int) -> dict[str, list[Callable[[Store], list[Any]]]]:  # fmt: skip
    """``count`` calls of each kind, as functions of the store."""
    if not anchors or not clusters:
        raise SystemExit("the store holds no events to draw query parameters from")
    calls: dict[str, list[Callable[[Store], list[Any]]]] = {kind: [] for kind in QUERIES}
    placed = [a for a in anchors if a.location] or anchors
    dyads = [a for a in anchors if a.recipient] or anchors
    for n in range(count):
        a = anchors[n % len(anchors)]
        since, until = _window(rng, a.day, rng.choice(WINDOWS))
        calls["events_actor"].append(lambda s, a=a, f=since, u=until: s.events(since=f, until=u, actor=a.actor, limit=100))
        p = placed[n % len(placed)]
        since, until = _window(rng, p.day, rng.choice(WINDOWS))
        calls["events_location"].append(lambda s, p=p, f=since, u=until: s.events(since=f, until=u, location=p.location, limit=100))
        d = dyads[n % len(dyads)]
        width = rng.choice(DYAD_WINDOWS)
        since, until = _window(rng, d.day, width) if width else (None, None)
        calls["dyad_series"].append(lambda s, d=d, f=since, u=until: s.dyad_series(d.actor, d.recipient or d.actor, f, u))
        kind, day = clusters[n % len(clusters)]
        since, until = _window(rng, day, rng.choice(WINDOWS))
        calls["clusters_type"].append(lambda s, k=kind, f=since, u=until: s.clusters(event_type=k, since=f, until=u, limit=100))
    return calls


def _summary(times: list[float], rows: list[int]) -> dict[str, Any]:
    """Percentiles of the latencies (ms) and what the queries returned."""
    ordered = sorted(times)
    return {
        "queries": len(times),
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "max_ms": ordered[-1],
        "mean_ms": statistics.fmean(ordered),
        "rows_min": min(rows),
        "rows_mean": statistics.fmean(rows),
        "empty": sum(1 for r in rows if r == 0),
        "latencies_ms": [round(t, 2) for t in times],  # in the order run, to spot pauses
    }


def _sql(kind: str, anchor: _Anchor, cluster: tuple[str, dt.date], url: str) -> str:
    """The SQL of one query of a kind, with its parameters written in, for EXPLAIN."""
    from sqlalchemy.dialects import postgresql, sqlite

    since, until = _window(random.Random(0), anchor.day, 90)
    if kind == "events_actor":
        statement: Any = select_records(EventFilter(since, until, actor=anchor.actor, limit=100))
    elif kind == "events_location":
        statement = select_records(EventFilter(since, until, location=anchor.location or anchor.actor, limit=100))
    elif kind == "dyad_series":
        statement = select_dyad_series(EventFilter(since, until, anchor.actor, anchor.recipient or anchor.actor))
    else:
        since, until = _window(random.Random(0), cluster[1], 90)
        statement = select_clusters(EventFilter(since, until, event_type=cluster[0], limit=100))
    dialect = sqlite.dialect() if url.startswith("sqlite") else postgresql.dialect()
    return str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


# -------------------------------------------------------------------------------- ingest


def _save_all(url: str, coded: list[CodedArticle]) -> dict[str, Any]:
    """Time Store.save of every article into the store at ``url``."""
    with Store(url) as store:
        started = time.perf_counter()
        for item in coded:
            store.save(item.article, item.events, mentions=item.mentions)
        seconds = time.perf_counter() - started
    events = sum(len(item.events) for item in coded)
    return {"articles": len(coded), "events": events, "seconds": seconds,
            "articles_per_s": len(coded) / seconds, "events_per_s": events / seconds}  # fmt: skip


def _ingest_empty(backend: _Backend, coded: list[CodedArticle]) -> dict[str, Any]:
    with backend.empty_url() as url:
        result = _save_all(url, coded)
    _say(f"  Store.save into an empty store: {result['articles_per_s']:.1f} articles/s")
    return result


def _ingest_filled(url: str, coded: list[CodedArticle]) -> dict[str, Any]:
    """Save into the filled store, then put it back: its new articles out, the clusters they touched restored.

    A new event can only join or link a cluster whose window reaches its days (the clusterer's
    candidates), so every cluster it touched has a window ending on or after the first day any
    new event can have: those clusters are kept before and put back after.
    """
    cutoff = min(day for item in coded for record in item.events
                 for day in [mention_of(record, item.article.published).first_day] if day is not None)  # fmt: skip
    clusters = ClusterRow.__table__
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            kept = [dict(row) for row in connection.execute(select(clusters).where(clusters.c.window_end >= cutoff)).mappings()]
            before = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
        result = _save_all(url, coded)
        with engine.begin() as connection:
            mine = ArticleRow.id.like(f"{INGEST_PREFIX}%")
            connection.execute(delete(clusters).where(clusters.c.id.in_(
                select(ClusterMentionRow.cluster_id).where(ClusterMentionRow.article_id.like(f"{INGEST_PREFIX}%")))))  # fmt: skip
            connection.execute(delete(ArticleRow).where(mine))  # its events, actors and mentions go with it
            connection.execute(delete(clusters).where(clusters.c.window_end >= cutoff))
            if kept:
                connection.execute(insert(clusters), kept)
        with engine.connect() as connection:
            after = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
    finally:
        engine.dispose()
    if after != before:
        raise SystemExit(f"the filled store was not put back as it was: {before} -> {after}")
    _say(f"  Store.save into the filled store: {result['articles_per_s']:.1f} articles/s")
    return result


def _ratios(results: dict[str, Any]) -> dict[str, float] | None:
    """Store.save throughput on PostgreSQL over SQLite, per target store."""
    if set(results) != {"sqlite", "postgresql"}:
        return None
    return {target: results["postgresql"]["ingest"][target]["articles_per_s"]
            / results["sqlite"]["ingest"][target]["articles_per_s"] for target in ("empty", "filled")}  # fmt: skip


# -------------------------------------------------------------------------------- report


def render_table(report: dict[str, Any]) -> str:
    """The report as a Markdown table: one column per backend."""
    backends = report["backends"]
    names = list(backends)
    head = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    lines = [
        (f"{report['settings']['events']:,} events, {report['settings']['queries']} timed queries of each kind, "
         f"Store.save of {report['settings']['ingest_articles']} articles "
         f"({report['settings']['ingest_filled_articles']} into the filled store); "
         f"load average at the start {report['machine']['load_average'][0]:.2f} on {report['machine']['cpus']} CPUs"),
        "",
        "| measure | " + " | ".join(head[n] for n in names) + " |",
        "|---|" + "---:|" * len(names),
    ]

    def row(label: str, cell: Callable[[dict[str, Any]], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(backends[n]) for n in names) + " |")

    row("fill: events / articles / clusters", lambda b: "{:,} / {:,} / {:,}".format(
        b["fill"]["rows"]["events"], b["fill"]["rows"]["articles"], b["fill"]["rows"]["event_clusters"]))  # fmt: skip
    row("fill seconds (indexes)", lambda b: f"{b['fill']['seconds']:.0f} ({b['fill']['indexes_seconds']:.0f})"
        + (" reused" if b["fill"].get("reused") else ""))  # fmt: skip
    for kind in QUERIES:
        row(f"`{LABELS[kind]}` p50 / p95 / max ms", lambda b, k=kind: "{:.1f} / {:.1f} / {:.0f}".format(
            b["queries"][k]["p50_ms"], b["queries"][k]["p95_ms"], b["queries"][k]["max_ms"]))  # fmt: skip
    for target in ("empty", "filled"):
        row(f"Store.save into the {target} store: articles/s (events/s)", lambda b, t=target: "{:.1f} ({:.0f})".format(
            b["ingest"][t]["articles_per_s"], b["ingest"][t]["events_per_s"]))  # fmt: skip
    ratios = report["ingest_ratio_postgresql_sqlite"]
    if ratios:
        lines += ["", (f"Store.save throughput PostgreSQL / SQLite: {ratios['empty']:.2f} into an empty store, "
                       f"{ratios['filled']:.2f} into the filled one")]
    for name in names:
        for kind, plan in backends[name].get("plans", {}).items():
            lines += ["", f"{head[name]} plan of {kind}:", *(f"    {line}" for line in plan)]
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=DESCRIPTION)
    add = parser.add_argument
    add("--events", type=positive_int, default=1_000_000, metavar="N", help="events in the filled store")
    add("--queries", type=positive_int, default=200, metavar="N", help="timed calls of each query")
    add("--warmup", type=int, default=20, metavar="N", help="untimed calls of each query first")
    add("--ingest", type=positive_int, default=300, metavar="N", help="articles stored with Store.save")
    add("--ingest-filled", type=positive_int, default=50, metavar="N",
        help="of which stored into the filled store (each loads many stored clusters)")
    add("--cold", action="store_true", help="do not read the filled store into the page cache first")
    add("--db", type=Path, metavar="PATH", help=f"the SQLite file (default {DEFAULT_DIR}/store-N.db)")
    add("--reuse", action="store_true", help="keep a store filled before with the same --events and --seed")
    add("--postgres", metavar="URL", help="also fill and measure a schema of this PostgreSQL database")
    add("--pg-schema", default="eventwire_bench", metavar="NAME", help="the PostgreSQL schema (dropped on refill)")
    add("--seed", type=int, default=2024, help="seed of the synthetic world and of the query parameters")
    add("--explain", action="store_true", help="print the query plan of each kind")
    add("--json", type=Path, metavar="FILE", help="write the report as JSON")
    return parser


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
