"""Streaming a writer that pushes bytes into a file (the exports) as a pulled HTTP body.

The export writers write to a stream; an HTTP response pulls chunks. :func:`stream_writer`
runs the writer in a thread that writes into a bounded queue, and yields what it writes, so a
large export goes out as it is made, in bounded memory. If the client goes away the writer's
next write fails and its thread ends.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable, Iterator
from typing import IO, Any

CHUNK = 64 * 1024
_DONE = object()


class _Pipe(io.RawIOBase):
    """The writing end: each write goes into the queue (blocking while the reader is behind)."""

    def __init__(self, chunks: queue.Queue[Any], cancelled: threading.Event) -> None:
        super().__init__()
        self._chunks = chunks
        self._cancelled = cancelled
        self._position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        while True:
            if self._cancelled.is_set():
                raise BrokenPipeError("the client stopped reading the export")
            try:
                self._chunks.put(chunk, timeout=0.5)
                break
            except queue.Full:
                continue
        self._position += len(chunk)
        return len(chunk)

    def tell(self) -> int:  # pyarrow asks where it is in the file
        return self._position


def stream_writer(write: Callable[[IO[bytes]], Any]) -> Iterator[bytes]:
    """The bytes ``write`` writes to the stream it is given, as they are written."""
    chunks: queue.Queue[Any] = queue.Queue(maxsize=16)
    cancelled = threading.Event()

    def run() -> None:
        try:
            with io.BufferedWriter(_Pipe(chunks, cancelled), CHUNK) as stream:
                write(stream)
        except BaseException as error:  # noqa: BLE001 - handed to the reading side, which raises it
            _put(chunks, error, cancelled)
        else:
            _put(chunks, _DONE, cancelled)

    thread = threading.Thread(target=run, name="eventwire-export", daemon=True)
    thread.start()
    try:
        while True:
            item = chunks.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        cancelled.set()


def _put(chunks: queue.Queue[Any], item: Any, cancelled: threading.Event) -> None:
    """Hand the end (or an error) to the reader, unless it has gone."""
    while not cancelled.is_set():
        try:
            chunks.put(item, timeout=0.5)
            return
        except queue.Full:
            continue
