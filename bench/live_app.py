"""The eventwire app served live in a background thread, and Debian's Chromium driven by Playwright.

Shared by the dashboard's browser tests (``tests/web/``), its speed benchmark
(``bench/dashboard_speed.py``) and the README screenshots (``scripts/screenshots.py``).
Playwright's own browser download is never used: the machine reaches no browser CDN, so the
``chromium`` command of Debian's package (``apt-get install chromium``) is launched instead.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Headless, and nothing that phones home: the page may load nothing from outside.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
RENDERED = "document.body.dataset.rendered"


def chromium_path() -> str | None:
    """The ``chromium`` command on the PATH (Debian's package puts it there), or None."""
    return shutil.which("chromium")


def launch_chromium(playwright: Any) -> Any:
    """A headless Chromium Browser from Debian's package.

    Raises:
        RuntimeError: there is no ``chromium`` command (install it: ``apt-get install chromium``).
    """
    executable = chromium_path()
    if executable is None:
        raise RuntimeError("no chromium command on the PATH: install it with `apt-get install chromium`")
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


@contextmanager
def serving(app: Any, startup_timeout: float = 20.0) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free 127.0.0.1 port in a thread; yields its base URL.

    The socket is bound here (port 0: the system picks a free port), so no other process can
    take the port between choosing and serving it.
    """
    import uvicorn

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    # No websockets (the app has none) and quiet logs; lifespan as the app defines it.
    config = uvicorn.Config(app, log_level="warning", ws="none", http="h11", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, name="eventwire-live-app", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            listener.close()
            raise RuntimeError("the eventwire app did not start (see the log above)")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()


def wait_rendered(page: Any, view: str, timeout_ms: float = 15_000) -> None:
    """Wait until the dashboard says it has drawn ``view`` (or fail with the page's error)."""
    page.wait_for_function(f"{RENDERED} === {view!r} || document.body.dataset.error", timeout=timeout_ms)
    error = page.evaluate("document.body.dataset.error")
    if error:
        raise AssertionError(f"the {view} view failed: {error}")
