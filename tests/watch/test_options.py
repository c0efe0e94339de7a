"""Tests for eventwire.watch.options: durations and the watcher's knobs."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.watch.options import WatchOptions, parse_duration, watch_options


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30), ("15m", 900), ("1h", 3600), ("1h30m", 5400), ("1.5h", 5400), ("2d", 172800), (" 15M ", 900)],
)
def test_options_parse_duration_reads_units(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "15", "abc", "15 minutes", "m15", "-5m", "0s", "0m0s", "1h-5m", "1w"])
def test_options_parse_duration_refuses_what_is_not_a_duration(text: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_duration(text)
    assert raised.value.source == "--every"
    assert repr(text) in raised.value.problem or "zero" in raised.value.problem


def test_options_watch_options_keep_defaults_for_what_is_not_given() -> None:
    options = watch_options(every="30s", timeout=None, max_page_mb=2, host_interval=0.5)
    assert options.every == 30
    assert options.timeout == WatchOptions().timeout
    assert options.max_page_bytes == 2 * 1024 * 1024
    assert options.host_interval == 0.5
    assert options.user_agent == "eventwire/" + __import__("eventwire").__version__


@pytest.mark.parametrize(
    ("given", "option"),
    [({"timeout": 0}, "--timeout"), ({"max_attempts": 0}, "--max-attempts"), ({"host_interval": -1}, "--host-interval"),
     ({"max_page_mb": 0}, "--max-page-mb"), ({"retries": -1}, "--retries")],
)
def test_options_refuse_values_out_of_range(given: dict, option: str) -> None:
    with pytest.raises(InputError) as raised:
        watch_options(**given)
    assert raised.value.source == option
