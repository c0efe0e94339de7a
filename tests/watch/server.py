"""A local HTTP server for the watcher's tests: the files of tests/resources/watch, and misbehaviour.

:func:`serve` runs it on 127.0.0.1 at a free port, in a thread. Files are served with ``@BASE@``
replaced by the server's address. Feeds support conditional requests: ``feeds/rss.xml`` has
an ETag, every other feed a Last-Modified date; a matching ``If-None-Match`` or
``If-Modified-Since`` gets 304. Special paths:

    /status/<code>        answers with that status and no body
    /flaky/<path>         500 the first time (per path), then <path>
    /busy/<path>          429 with "Retry-After: 0" the first time, then <path>
    /moved/<path>         301 to /<path>
    /loop                 302 to itself, for ever
    /slow/<path>          <path>, after ``server.delay`` seconds
    /huge.html            an HTML page of ``server.huge_bytes`` bytes, with no Content-Length
    /photo.jpg            a few bytes served as image/jpeg
    /robots.txt           the file, or ``server.robots_status`` with no body when that is set

Every request is logged (``server.requests``: path and headers), so tests can see what the
watcher asked for.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "watch"
LAST_MODIFIED = "Thu, 20 Nov 2025 10:00:00 GMT"
_TYPES = {".xml": "application/rss+xml; charset=utf-8", ".html": "text/html; charset=utf-8",
          ".txt": "text/plain; charset=utf-8", ".opml": "text/x-opml"}  # fmt: skip


@dataclass
class Request:
    """One request the server received."""

    path: str
    headers: dict[str, str]


@dataclass
class FixtureServer:
    """What the tests can see and tune of the running server."""

    base: str = ""
    delay: float = 2.0
    huge_bytes: int = 300_000
    robots_status: int | None = None
    requests: list[Request] = field(default_factory=list)
    hits: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return self.base + path

    def paths(self) -> list[str]:
        """The paths requested so far, in order."""
        with self.lock:
            return [request.path for request in self.requests]

    def forget(self) -> None:
        """Clear the request log (the flaky paths remember they failed)."""
        with self.lock:
            self.requests.clear()

    def feeds_file(self, folder: Path, *paths: str) -> Path:
        """A FEEDS text file in ``folder`` listing these paths of the server."""
        target = folder / "feeds.txt"
        target.write_text("# test feeds\n\n" + "".join(self.url(path) + "\n" for path in paths), encoding="utf-8")
        return target


class _Handler(BaseHTTPRequestHandler):
    server_version = "FixtureServer/1.0"
    state: FixtureServer  # set on the class made for each server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet tests
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        with self.state.lock:
            self.state.requests.append(Request(self.path, dict(self.headers.items())))
            self.state.hits[self.path] += 1
            hits = self.state.hits[self.path]
        first, _, rest = self.path.lstrip("/").partition("/")
        if self.path == "/robots.txt" and self.state.robots_status:
            self._send(self.state.robots_status, b"")
        elif first == "status":
            self._send(int(rest), b"")
        elif first in ("flaky", "busy") and hits == 1:
            self._send(500 if first == "flaky" else 429, b"", {"Retry-After": "0"} if first == "busy" else {})
        elif first in ("flaky", "busy"):
            self._serve_file("/" + rest)
        elif first == "moved":
            self._send(301, b"", {"Location": "/" + rest})
        elif first == "loop":
            self._send(302, b"", {"Location": "/loop"})
        elif first == "slow":
            time.sleep(self.state.delay)
            self._serve_file("/" + rest)
        elif self.path == "/huge.html":
            self._send_unsized(b"<html><body>" + b"<p>filler text</p>" * (self.state.huge_bytes // 18) + b"</body></html>")
        elif self.path == "/photo.jpg":
            self._send(200, b"\xff\xd8\xff\xe0 not really a photo", {"Content-Type": "image/jpeg"})
        else:
            self._serve_file(self.path)

    def _serve_file(self, path: str) -> None:
        """A resource file, with @BASE@ filled in and validators for feeds."""
        target = (RESOURCES / path.lstrip("/")).resolve()
        if RESOURCES not in target.parents or not target.is_file():
            self._send(404, b"")
            return
        body = target.read_bytes().replace(b"@BASE@", self.state.base.encode())
        headers = {"Content-Type": _TYPES.get(target.suffix, "application/octet-stream")}
        if path.startswith("/feeds/"):
            headers.update(self._validators(path, body))
            if self._not_modified(headers):
                self._send(304, b"", headers)
                return
        self._send(200, body, headers)

    @staticmethod
    def _validators(path: str, body: bytes) -> dict[str, str]:
        """An ETag for rss.xml, a Last-Modified date for the other feeds."""
        if path == "/feeds/rss.xml":
            return {"ETag": '"' + hashlib.sha1(body).hexdigest()[:12] + '"'}
        return {"Last-Modified": LAST_MODIFIED}

    def _not_modified(self, validators: dict[str, str]) -> bool:
        """Whether the request's conditional headers match the validators."""
        etag, since = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        if "ETag" in validators:
            return etag == validators["ETag"]
        return since == validators.get("Last-Modified")

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a timeout test)

    def _send_unsized(self, body: bytes) -> None:
        """A body with no Content-Length (HTTP/1.0: it ends when the connection closes)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for start in range(0, len(body), 8192):
                self.wfile.write(body[start : start + 8192])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its size limit


@contextmanager
def serve() -> Iterator[FixtureServer]:
    """Run the fixture server in a thread for the duration of the block."""
    state = FixtureServer()
    handler = type("Handler", (_Handler,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True  # a slow handler must not hold up the end of a test
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
