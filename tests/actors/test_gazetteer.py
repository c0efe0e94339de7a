"""Tests for eventwire.actors.gazetteer: well-known city names to their country."""

from __future__ import annotations

import pytest

from eventwire.actors.gazetteer import city_countries, country_of_city


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Istanbul", "TUR"),
        ("Madrid", "ESP"),
        ("Budapest", "HUN"),
        ("ISTANBUL", "TUR"),
        ("Zürich", "CHE"),
        ("Zurich", "CHE"),
    ],
)
def test_gazetteer_city_to_country(city: str, code: str) -> None:
    assert country_of_city(city) == code


@pytest.mark.parametrize("name", ["Atlantis", "", "Ruritania"])
def test_gazetteer_unknown_name_is_none(name: str) -> None:
    assert country_of_city(name) is None


def test_gazetteer_keys_are_normalised() -> None:
    table = city_countries()
    assert len(table) > 1000
    assert all(key == key.lower() and not key.startswith("the ") for key in table)
