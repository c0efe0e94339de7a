"""Tests for eventwire.when_where.gazetteer: the places known, and the cached copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.when_where import gazetteer as module
from eventwire.when_where.gazetteer import GazetteerPlace, load_gazetteer, skeleton


def kinds(name: str) -> set[tuple[str | None, str]]:
    return {(place.country, place.precision) for place in load_gazetteer().lookup(name)}


def test_gazetteer_knows_countries_cities_divisions_and_listed_places() -> None:
    assert ("TUR", "country") in kinds("Turkey")
    assert ("TUR", "city") in kinds("Istanbul")
    assert ("UKR", "city") in kinds("Kiev")  # another name of Kyiv
    assert ("USA", "admin1") in kinds("Texas")
    assert ("GEO", "country") in kinds("Georgia") and ("USA", "admin1") in kinds("Georgia")
    assert (None, "region") in kinds("the Black Sea")
    assert ("UKR", "region") in kinds("Donbas")


def test_gazetteer_places_carry_coordinates_and_ids() -> None:
    [istanbul] = [p for p in load_gazetteer().lookup("Istanbul") if p.precision == "city"]
    assert 40.5 < istanbul.lat < 41.5 and 28.5 < istanbul.lon < 29.5
    assert istanbul.geonameid == 745044 and istanbul.admin1 == "Istanbul"
    turkey = load_gazetteer().countries["TUR"]
    assert turkey.geonameid == 298795 and turkey.lat is not None


def test_gazetteer_a_building_is_reported_as_its_city() -> None:
    [kremlin] = load_gazetteer().lookup("the Kremlin")
    assert (kremlin.city, kremlin.country) == ("Moscow", "RUS")


def test_gazetteer_abbreviations_are_no_places() -> None:
    assert load_gazetteer().lookup("US") == []  # "US" is the actor, not a place


@pytest.mark.parametrize(
    ("one", "other"),
    [("Hodeidah", "Al Hudaydah"), ("Kostiantynivka", "Kostyantynivka"), ("Misrata", "Misratah")],
)
def test_gazetteer_spellings_share_a_skeleton(one: str, other: str) -> None:
    assert skeleton(one) == skeleton(other)


def test_gazetteer_finds_a_city_spelt_otherwise() -> None:
    assert ("Misratah", "LBY") in [(p.name, p.country) for p in load_gazetteer().lookup_spelling("Misrata")]


def test_gazetteer_is_cached_and_rebuilt_when_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_gazetteer.cache_clear()
    try:
        built = load_gazetteer()
        [cached] = (tmp_path / "eventwire").glob("gazetteer-*.pickle")
        load_gazetteer.cache_clear()
        assert load_gazetteer().places == built.places
        cached.write_bytes(b"not a pickle")  # a damaged copy is rebuilt, not trusted
        load_gazetteer.cache_clear()
        assert load_gazetteer().places == built.places
    finally:
        load_gazetteer.cache_clear()


def test_gazetteer_rejects_a_bad_places_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "places.tsv"
    bad.write_text("name\tnames\tkind\tcountry\tlat\tlon\tcity\nAtlantis\t\tisland\t\t1\t2\t\n", encoding="utf-8")
    monkeypatch.setattr(module, "PLACES_FILE", bad)
    with pytest.raises(DataFileError, match=r"places.tsv:2: kind 'island'"):
        module.build_gazetteer()


def test_gazetteer_place_rows_round_trip() -> None:
    place = GazetteerPlace("Qom", "IRN", "city", 34.64, 50.88, "Qom", 119208, 900000)
    gazetteer = module.Gazetteer()
    gazetteer.add("Qom", place)
    assert gazetteer.lookup("qom") == [place]
