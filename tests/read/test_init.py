"""Tests for eventwire.read's public surface."""

from __future__ import annotations

import eventwire.read


def test_init_all_is_sorted_and_importable() -> None:
    names = eventwire.read.__all__
    assert names == sorted(names)
    assert all(hasattr(eventwire.read, name) for name in names)
    assert {"parse_date_option", "read_source"} <= set(names)
