"""Reaching a Dask cluster from the ``--scheduler`` option: a local one, or a running scheduler.

    local        a LocalCluster of one single-threaded worker process per core
    local:N      the same with N worker processes
    tcp://H:P    the scheduler already running at host H, port P (``dask scheduler``, or a
                 dask-jobqueue cluster's ``scheduler_address``)
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

from eventwire.errors import InputError

CONNECT_TIMEOUT = 10.0  # seconds to reach a tcp:// scheduler before giving up
WORKER_WAIT = 600.0  # seconds to wait for a first worker (batch jobs may queue a while)
_FORMS = "expected local, local:N or tcp://HOST:PORT"
_TCP = re.compile(r"tcp://(?P<host>[^:/\s]+|\[[0-9a-fA-F:]+\]):(?P<port>\d{1,5})/?")


@dataclass(frozen=True)
class SchedulerSpec:
    """A parsed ``--scheduler``: ``workers`` for a local cluster, or a scheduler ``address``."""

    text: str
    workers: int | None = None
    address: str | None = None


def parse_scheduler(text: str) -> SchedulerSpec:
    """Read a ``--scheduler`` value.

    Raises:
        InputError: naming ``--scheduler``, for any other form.
    """
    value = text.strip()
    if value == "local":
        return SchedulerSpec(text, workers=available_cores())
    if value.startswith("local:"):
        count = value.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise InputError("--scheduler", f"{text!r}: the number of local workers must be a whole number of at least 1")
        return SchedulerSpec(text, workers=int(count))
    match = _TCP.fullmatch(value)
    if match and 0 < int(match["port"]) < 65536:
        return SchedulerSpec(text, address=value.rstrip("/"))
    raise InputError("--scheduler", f"unknown form {text!r} ({_FORMS})")


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def open_client(spec: SchedulerSpec) -> Iterator[object]:
    """A connected ``distributed.Client`` with at least one worker, closed (with any local
    cluster it started) on the way out.

    Raises:
        InputError: naming the scheduler, when it cannot be reached or no worker joins it.
    """
    import dask
    from distributed import Client, LocalCluster

    with contextlib.ExitStack() as stack:
        if spec.workers is not None:
            # One task at a time per single-threaded worker: a partition is plenty of work, and a
            # worker that dies then takes no queued neighbour down with it. The dashboard (and
            # the HTTP server) takes any free port, so clusters on one machine never clash; worker
            # and scheduler logs are silenced because the driver reports every failure itself.
            stack.enter_context(dask.config.set({"distributed.scheduler.worker-saturation": 1.0}))
            cluster = stack.enter_context(LocalCluster(
                n_workers=spec.workers, threads_per_worker=1, processes=True,
                dashboard_address=":0", silence_logs=logging.CRITICAL,
            ))  # fmt: skip
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(_connect(spec))
            _wait_for_workers(client, spec)
        yield client


def _connect(spec: SchedulerSpec):  # noqa: ANN202 - a distributed.Client
    from distributed import Client

    try:
        return Client(spec.address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(spec.text, f"cannot reach the Dask scheduler ({reason})") from None


def _wait_for_workers(client, spec: SchedulerSpec) -> None:  # noqa: ANN001
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT)
    except TimeoutError:
        raise InputError(spec.text, f"no worker joined the scheduler within {WORKER_WAIT:.0f} s") from None
