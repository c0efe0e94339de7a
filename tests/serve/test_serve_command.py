"""Tests of ``eventwire serve``: options reach uvicorn, the token comes from the environment,
and a store that cannot be opened or a port that is taken is one line of error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clirun import Result


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What uvicorn.run was called with (nothing is served, no port is tried)."""
    import socket

    import uvicorn

    calls: dict[str, Any] = {}

    def fake_run(app: Any, **options: Any) -> None:
        calls.update(options, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setattr(socket, "create_server", lambda address: socket.socket())
    return calls


def test_serve_command_runs_the_app_with_the_options(cli: Callable[..., Result], served: dict, tmp_path: Path) -> None:
    result = cli("serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0", "--port", "8123", "--token", "t")
    assert result.code == 0, result.err
    assert (served["host"], served["port"], served["app"].state.token) == ("0.0.0.0", 8123, "t")
    assert "read-write" in result.err and "8123" in result.err


def test_serve_command_takes_the_token_from_the_environment(
    cli: Callable[..., Result], served: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_TOKEN", "from-env")
    assert cli("serve", "--db", str(tmp_path / "x.db")).code == 0
    assert served["app"].state.token == "from-env" and served["port"] == 8000


def test_serve_command_without_token_is_read_only(cli: Callable[..., Result], served: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    result = cli("serve", "--db", str(tmp_path / "x.db"))
    assert served["app"].state.token is None and "read-only" in result.err


def test_serve_command_bad_store_is_one_line(cli: Callable[..., Result], served: dict, tmp_path: Path) -> None:
    (tmp_path / "folder.db").mkdir()
    result = cli("serve", "--db", str(tmp_path / "folder.db"))
    assert result.code == 1 and served == {}
    assert result.err.startswith("eventwire: error: ") and len(result.err.strip().splitlines()) == 1


def test_serve_command_port_taken_is_one_line(cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **options: pytest.fail("served on a taken port"))
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = cli("serve", "--db", str(tmp_path / "x.db"), "--port", str(port))
    assert result.code == 1
    assert result.err.strip() == f"eventwire: error: 127.0.0.1:{port}: cannot listen there (Address already in use)"
