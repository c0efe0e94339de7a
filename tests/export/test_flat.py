"""Tests of eventwire.export.flat."""

from __future__ import annotations

from eventwire.export import FLAT_COLUMNS, flatten
from eventwire.records import Entity

from store.factories import POLICE, PROTESTERS, RUSSIA, UKRAINE, make_article, make_event


def test_flat_row_has_the_flat_columns_in_order() -> None:
    row = flatten(make_event(make_article(), 0))
    assert tuple(row) == FLAT_COLUMNS
    assert row["id"] == "ukr-1-e0"
    assert (row["actor_code"], row["actor_sector"]) == ("UKR", "GOV")
    assert row["recipient_text"] == "Russia"
    assert (row["cameo"], row["quad_code"], row["goldstein"]) == ("112", 3, -2.0)
    assert (row["published"], row["outlet"]) == ("2025-11-05", "Example News")


def test_flat_joins_several_entities_keeping_positions() -> None:
    nameless = Entity(text="a crowd", sector="CVL")
    record = make_event(make_article(), 0, actor=[UKRAINE, nameless, RUSSIA], recipient=[])
    row = flatten(record)
    assert row["actor_code"] == "UKR;;RUS"
    assert row["actor_sector"] == "GOV;CVL;GOV"
    assert row["actor_text"] == "Ukraine's foreign ministry;a crowd;Russia"
    assert (row["recipient_code"], row["recipient_text"]) == (None, None)


def test_flat_field_missing_from_every_entity_is_none() -> None:
    nameless = Entity(text="someone")
    row = flatten(make_event(make_article(), 0, actor=[nameless], recipient=[PROTESTERS, POLICE]))
    assert (row["actor_code"], row["actor_sector"], row["actor_text"]) == (None, None, "someone")
    assert row["recipient_sector"] == "CVL;COP"
