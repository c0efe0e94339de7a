"""Several writers at once: stores opened together on a new database, saving the same articles.

A watcher and a batch job may open one database at the same moment and save overlapping
articles; neither may fail, and each article must end with one copy of its events.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from eventwire.store import Store

from .databases import BACKENDS, database_url
from .factories import make_article, make_event

WRITERS = 4
ROUNDS = 15


@pytest.mark.parametrize("backend", BACKENDS)
def test_concurrent_writers_on_a_new_database(backend: str, tmp_path: Path) -> None:
    with database_url(backend, tmp_path) as url:
        errors: list[BaseException] = []
        start = threading.Barrier(WRITERS)

        def write(writer: int) -> None:
            try:
                start.wait()  # every writer opens (and so migrates) the new database at once
                with Store(url) as store:
                    for round_ in range(ROUNDS):
                        article = make_article(f"a{(writer + round_) % 5}")
                        store.save(article, [make_event(article, 0), make_event(article, 1)])
            except BaseException as error:  # noqa: BLE001 - reported below, with the others
                errors.append(error)

        threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not any(thread.is_alive() for thread in threads), "a writer is stuck"
        assert errors == []
        with Store(url) as store:
            assert store.articles_count() == 5
            assert sorted(e.id for e in store.events()) == sorted(f"a{n}-e{k}" for n in range(5) for k in (0, 1))


WRITER_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from store.factories import make_article, make_event
from eventwire.store import Store
with Store(sys.argv[1]) as store:
    for round_ in range(10):
        article = make_article(f"a{{round_ % 3}}")
        store.save(article, [make_event(article, 0)])
"""


@pytest.mark.postgres
def test_two_processes_write_to_a_new_postgres_database(tmp_path: Path) -> None:
    """Two processes (a watcher and a batch job, say) open one new PostgreSQL database at once."""
    import subprocess
    import sys

    with database_url("postgres", tmp_path) as url:
        script = WRITER_SCRIPT.format(tests=str(Path(__file__).resolve().parent.parent))
        writers = [subprocess.Popen([sys.executable, "-c", script, url], stderr=subprocess.PIPE, text=True)
                   for _ in range(2)]  # fmt: skip
        errors = [writer.communicate(timeout=120)[1] for writer in writers]
        assert [writer.returncode for writer in writers] == [0, 0], errors
        with Store(url) as store:
            assert store.articles_count() == 3
            assert sorted(e.id for e in store.events()) == ["a0-e0", "a1-e0", "a2-e0"]
