"""The --scheduler forms, and a scheduler that cannot be reached."""

from __future__ import annotations

import socket

import pytest

from eventwire.batch import cluster
from eventwire.batch.cluster import SchedulerSpec, available_cores, open_client, parse_scheduler
from eventwire.errors import InputError


@pytest.mark.parametrize(
    ("text", "workers", "address"),
    [
        ("local", available_cores(), None),
        ("local:3", 3, None),
        ("tcp://10.0.0.5:8786", None, "tcp://10.0.0.5:8786"),
        ("tcp://node-7.cluster:8786/", None, "tcp://node-7.cluster:8786"),
    ],
)
def test_cluster_parse_scheduler_forms(text: str, workers: int | None, address: str | None) -> None:
    spec = parse_scheduler(text)
    assert (spec.workers, spec.address) == (workers, address)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("local:0", "at least 1"),
        ("local:two", "at least 1"),
        ("tcp://host", "unknown form"),
        ("tcp://host:99999", "unknown form"),
        ("tls://host:8786", "unknown form"),
        ("slurm", "unknown form"),
        ("", "unknown form"),
    ],
)
def test_cluster_parse_scheduler_rejects(text: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as error:
        parse_scheduler(text)
    assert error.value.source == "--scheduler"


def test_cluster_unreachable_scheduler_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    spec = SchedulerSpec(f"tcp://127.0.0.1:{port}", address=f"tcp://127.0.0.1:{port}")
    with pytest.raises(InputError, match="cannot reach the Dask scheduler") as error, open_client(spec):
        pass
    assert error.value.source == spec.text
