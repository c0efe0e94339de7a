"""The actor knowledge base: countries, seats of power, organisations, roles and people.

Loaded once from the TSV files in ``eventwire/data/actors/`` (each file's header says what it
holds and how to extend it). Lookups are by lower-cased phrase, so resolution never depends on
how a name is capitalised in a headline.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
CODE_PATTERN = re.compile(r"^[A-Z]{3}$")
# Countries whose people English news names family name first, and then by that name alone:
# "Wang Yi ... Wang said", "Kim Jong Un ... Kim pledged", "Hun Manet ... Hun told".
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM"}


@dataclass(frozen=True)
class KnownActor:
    """A resolvable actor: what a name in the knowledge base stands for."""

    name: str
    code: str | None
    sector: str | None = None
    office: str | None = None
    wikidata_id: str | None = None


@dataclass(frozen=True)
class PersonTerm:
    """One person holding one office from ``start`` to ``end`` (open-ended when None)."""

    actor: KnownActor
    start: dt.date | None
    end: dt.date | None

    def holds_office_on(self, day: dt.date) -> bool:
        """Whether the term covers ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Role:
    """A title or role word and the sector it signals."""

    sector: str
    office: str | None
    kind: str  # title | group | person


# "Jae-in", "Jong-un", "Suk-yeol": a capitalised syllable, a hyphen, a lower-case one.
HYPHENATED_NAME = re.compile(r"\b[A-Z][a-z]+-[a-z]{1,6}\b(?!-)")


MISSPELT_CACHE_SIZE = 50_000


def _swapped_pair(word: str, other: str) -> bool:
    """Whether two words differ only by two neighbouring letters swapped ("isreal", "israel")."""
    if len(word) != len(other) or word == other:
        return False
    different = [i for i, (a, b) in enumerate(zip(word, other)) if a != b]
    return len(different) == 2 and different[1] == different[0] + 1 and word[different[0]] == other[different[1]] \
        and word[different[1]] == other[different[0]]


@dataclass
class Knowledge:
    """Every lookup table the actor resolver uses, keyed by normalised phrase."""

    countries: dict[str, KnownActor] = field(default_factory=dict)  # names and adjectives
    capitals: dict[str, KnownActor] = field(default_factory=dict)
    seats: dict[str, KnownActor] = field(default_factory=dict)
    regions: dict[str, KnownActor] = field(default_factory=dict)  # provinces, territories
    organisations: dict[str, KnownActor] = field(default_factory=dict)
    # Organisations whose sector changed ("Taliban": REB until August 2021, GOV since).
    organisation_terms: dict[str, list[PersonTerm]] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    people: dict[str, list[PersonTerm]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # code -> short name
    # Abbreviations that are also words ("US", "WHO", "AP") match only when written in capitals.
    capitals_only: set[str] = field(default_factory=set)
    any_case: set[str] = field(default_factory=set)  # names listed in other than capitals too
    given_names: dict[str, str] = field(default_factory=dict)  # given name -> "f" or "m"
    # Hyphenated given names ("Jae-in", "Jong-un") that must stay one token for the parser.
    hyphenated_names: set[str] = field(default_factory=set)
    _people_by_first_word: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _people_by_surname: dict[str, list[PersonTerm]] = field(default_factory=dict, repr=False)
    _misspelt_roles: dict[str, Role | None] = field(default_factory=dict, repr=False)
    # Misspelling lookups already made: (table id, normalised text) -> the match or None.
    _misspelt: dict[tuple[int, str], KnownActor | None] = field(default_factory=dict, repr=False)

    def find(self, table: dict[str, KnownActor], text: str) -> KnownActor | None:
        """Look a phrase up in one of the tables, honouring capitals-only abbreviations."""
        key = normalise(text)
        bare = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
        if key in self.capitals_only and not bare.replace(".", "").isupper():
            return None
        return table.get(key)

    def find_misspelt(self, table: dict[str, KnownActor], text: str) -> KnownActor | None:
        """A long name written with a letter or two wrong ("Ethopia", "Afganistan",
        "Ghanians", "Khatmandu"): the one close entry of the table, if there is exactly one.

        Only for names of six letters or more that start with the right letter: short names
        ("Iran", "Iraq") are too close to each other to forgive a slip.
        """
        key = normalise(text)
        if len(key) < 6 or not key[:1].isalpha():
            return None
        if (id(table), key) not in self._misspelt:
            if len(self._misspelt) > MISSPELT_CACHE_SIZE:
                self._misspelt.clear()  # a long corpus names ever new words: keep memory flat
            candidates = [name for name in table if name[:1] == key[:1] and abs(len(name) - len(key)) <= 2]
            close = difflib.get_close_matches(key, candidates, n=5, cutoff=0.88)
            # Two letters swapped ("Isreal") score low on similarity yet are a single slip.
            close += [name for name in candidates if _swapped_pair(key, name)]
            codes = {table[name].code for name in close}
            self._misspelt[(id(table), key)] = table[close[0]] if len(codes) == 1 else None
        return self._misspelt[(id(table), key)]

    def role_misspelt(self, word: str) -> Role | None:
        """The role a long word written with a letter wrong stands for ("peackeepers",
        "protestors"): one close role word of eight letters or more, else None."""
        key = normalise(word)
        if key in self._misspelt_roles:
            return self._misspelt_roles[key]
        role = None
        if len(key) >= 8 and key.isalpha():
            candidates = [name for name in self.roles if name[:1] == key[:1] and abs(len(name) - len(key)) <= 1]
            close = difflib.get_close_matches(key, candidates, n=3, cutoff=0.9)
            found = {self.roles[name] for name in close}
            role = found.pop() if len(found) == 1 else None
        self._misspelt_roles[key] = role
        return role

    def gender_of_name(self, given_name: str) -> str | None:
        """ "f" or "m" for a given name that news gives only to women or only to men."""
        return self.given_names.get(normalise(given_name))

    def remember_case(self, name: str) -> None:
        """Mark an all-capitals abbreviation as matching only in capitals, unless the same
        letters are also listed in another case ("ISIS" and "Isis")."""
        bare = name.replace(".", "").replace(" ", "")
        key = normalise(name)
        if bare.isalpha() and bare.isupper() and len(bare) <= 6:
            if key not in self.any_case:
                self.capitals_only.add(key)
        else:
            self.any_case.add(key)
            self.capitals_only.discard(key)

    def organisation(self, text: str, on: dt.date | None) -> KnownActor | None:
        """The organisation a name stands for, as it was on a date where its rows are dated."""
        found = self.find(self.organisations, text)
        terms = self.organisation_terms.get(normalise(text)) if found is not None and on else None
        current = [term.actor for term in terms or () if term.holds_office_on(on)]  # type: ignore[arg-type]
        return current[0] if current else found

    def namesake(self, text: str, code: str) -> KnownActor | None:
        """A country's own organisation of a name many countries use: the "Democratic Party"
        of a story from Seoul is the "Democratic Party of Korea"."""
        key = normalise(text)
        return next((actor for name, actor in self.organisations.items()
                     if actor.code == code and name.startswith(key + " ")), None)  # fmt: skip

    def person_misspelt(self, phrase: str, on: dt.date | None) -> KnownActor | None:
        """A known person whose full name is written with a letter or two wrong ("Hosni
        Mubrak", "Yoweri Musevni"): only a name of two words or more that shares its first
        word with exactly one close known name."""
        key = normalise(phrase)
        first, _, rest = key.partition(" ")
        if not rest or len(key) < 10:
            return None
        if not self._people_by_first_word:
            for name in self.people:
                head, _, tail = name.partition(" ")
                if tail:
                    self._people_by_first_word.setdefault(head, []).append(name)
        close = difflib.get_close_matches(key, self._people_by_first_word.get(first, []), n=2, cutoff=0.9)
        people = {self.people[name][0].actor.name for name in close}
        return self.person(close[0], on) if len(people) == 1 else None

    def person_by_surname(self, surname: str, on: dt.date | None) -> KnownActor | None:
        """An office holder on a date named by surname alone ("Rajapaksa asked New Delhi"),
        when every known person of that surname is of one country (not "Kim" or "Khan").
        A surname may come first ("Kim Jong Un") or last, so both ends of a name count."""
        if on is None:
            return None
        if not self._people_by_surname:
            for name, terms in self.people.items():
                words = name.split()
                # A family name comes first only in the countries that write it so ("Kim Jong
                # Un"); elsewhere the first word is a given name ("Charles" is no surname).
                first = any(term.actor.code in FAMILY_NAME_FIRST for term in terms)
                for word in ({words[0], words[-1]} if first else {words[-1]}) if len(words) > 1 else ():
                    self._people_by_surname.setdefault(word, []).extend(terms)
        terms = self._people_by_surname.get(normalise(surname), [])
        if len({term.actor.code for term in terms}) != 1:
            return None
        current = [term for term in terms if term.holds_office_on(on)]
        return current[0].actor if current else None

    def person(self, phrase: str, on: dt.date | None) -> KnownActor | None:
        """The person a name stands for on a date; a former office holder becomes ELI."""
        terms = self.people.get(normalise(phrase))
        if not terms:
            return None
        if on is None:  # no date: the most recent term is the best guess
            return max(terms, key=lambda t: t.start or dt.date.min).actor
        current = [term for term in terms if term.holds_office_on(on)]
        if current:
            return current[0].actor
        past = [term for term in terms if term.start and term.start <= on]
        if not past:
            # Not yet in office: still a national of that country, but no sector yet.
            first = min(terms, key=lambda t: t.start or dt.date.max).actor
            return KnownActor(first.name, first.code, None, None, first.wikidata_id)
        latest = max(past, key=lambda t: t.start or dt.date.min).actor
        return KnownActor(latest.name, latest.code, "ELI", f"former {latest.office}", latest.wikidata_id)


@functools.lru_cache(maxsize=65536)
def normalise(phrase: str) -> str:
    """Lower case, no accents, no leading article, hyphens as spaces, single spaces, straight
    apostrophes."""
    text = unicodedata.normalize("NFKD", phrase.replace("’", "'"))
    text = "".join(char for char in text if not unicodedata.combining(char)).lower().strip()
    # "el-Bashir" and "El Bashir", "Zia-ul-Haq" and "Zia ul Haq" are one name.
    text = re.sub(r"\s+", " ", text.replace("-", " ").replace("‐", " "))
    # British and American spellings of the same name are one key ("Defence Ministry").
    text = text.replace("organisation", "organization").replace("defence", "defense")
    return text[4:] if text.startswith("the ") else text


@functools.cache
def load_knowledge(folder: Path = DATA_DIR, extra: Path | None = None) -> Knowledge:
    """Read every knowledge file in ``folder`` once per process.

    ``extra`` is a user's own folder holding any of the same files in the same format;
    its rows are read after the shipped ones, so they add to them and win where both name
    the same thing (a user's people and organisations, a corrected country name).
    """
    knowledge = Knowledge()
    _read_folder(knowledge, folder, required=True)
    if extra is not None:
        if not extra.is_dir():
            raise DataFileError(f"{extra}: the extra knowledge folder does not exist")
        _read_folder(knowledge, extra, required=False)
    return knowledge


def _read_folder(knowledge: Knowledge, folder: Path, required: bool) -> None:
    """Add the rows of the knowledge files in ``folder`` (all of them when ``required``)."""
    def rows(name: str, columns: tuple[str, ...]) -> Iterator[dict[str, str]]:
        path = folder / name
        return read_rows(path, columns) if required or path.exists() else iter(())

    for row in rows("countries.tsv", ("code", "name", "names", "adjectives", "capitals")):
        actor = KnownActor(row["name"], _code(row), None)
        knowledge.country_names[actor.code or ""] = actor.name
        for name in [row["name"], *split_cell(row["names"]), *split_cell(row["adjectives"])]:
            key = normalise(name)
            if not required or key not in knowledge.countries:  # first shipped row wins; a user's row overrides
                knowledge.countries[key] = actor
            knowledge.remember_case(name)
        for capital in split_cell(row["capitals"]):
            knowledge.capitals.setdefault(normalise(capital), KnownActor(capital, actor.code, "GOV"))
    for row in rows("seats.tsv", ("text", "code", "sector", "name")):
        knowledge.seats[normalise(row["text"])] = KnownActor(row["name"] or row["text"], _code(row), row["sector"] or None)
    # Regions and peoples both place an actor in a country by a word that is not the country's.
    for file, columns in (("regions.tsv", ("name", "names", "code", "kind")), ("peoples.tsv", ("name", "names", "code", "note"))):
        for row in rows(file, columns):
            actor = KnownActor(row["name"], _code(row), None)
            for name in [row["name"], *split_cell(row["names"])]:
                knowledge.regions[normalise(name)] = actor
    for row in rows("given_names.tsv", ("name", "names", "gender")):
        if row["gender"] not in {"f", "m"}:
            raise DataFileError(f"{row['_where']}: gender {row['gender']!r} is not f or m")
        for name in [row["name"], *split_cell(row["names"])]:
            knowledge.given_names[normalise(name)] = row["gender"]
    for row in rows("organisations.tsv", ("name", "names", "code", "sector", "country", "start", "end")):
        actor = KnownActor(row["name"], _code(row), row["sector"] or None)
        start, end = _date(row, "start"), _date(row, "end")
        for name in [row["name"], *split_cell(row["names"])]:
            key = normalise(name)
            if start or end:
                # A dated row: the undated lookup keeps the latest one.
                knowledge.organisation_terms.setdefault(key, []).append(PersonTerm(actor, start, end))
            if not end or key not in knowledge.organisations:
                knowledge.organisations[key] = actor
            knowledge.remember_case(name)
    for row in rows("roles.tsv", ("word", "sector", "office", "kind")):
        for word in split_cell(row["word"]):
            knowledge.roles[normalise(word)] = Role(row["sector"], row["office"] or None, row["kind"])
    for row in rows("people.tsv", ("name", "names", "code", "sector", "office", "start", "end", "wikidata_id")):
        actor = KnownActor(row["name"], _code(row), row["sector"] or None, row["office"] or None, row["wikidata_id"] or None)
        term = PersonTerm(actor, _date(row, "start"), _date(row, "end"))
        for name in {row["name"], *split_cell(row["names"])}:
            knowledge.people.setdefault(normalise(name), []).append(term)
            knowledge.hyphenated_names.update(HYPHENATED_NAME.findall(name))


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """The data rows of a TSV knowledge file, with their line numbers checked."""
    if not path.exists():
        raise DataFileError(f"{path}: knowledge file is missing")
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [(number, line) for number, line in enumerate(handle, 1) if line.strip() and not line.startswith("#")]
    header = lines[0][1].rstrip("\n").split("\t") if lines else []
    if tuple(header[: len(columns)]) != columns:
        raise DataFileError(f"{path}: header must start with {'/'.join(columns)}, found {'/'.join(header)}")
    for number, line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        if len(cells) < len(columns):
            cells += [""] * (len(columns) - len(cells))
        row = {column: cells[index].strip() for index, column in enumerate(columns)}
        row["_where"] = f"{path.name}:{number}"
        yield row


def split_cell(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _code(row: dict[str, str]) -> str | None:
    code = row.get("code", "")
    if code and not CODE_PATTERN.match(code):
        raise DataFileError(f"{row['_where']}: code {code!r} is not three capital letters")
    return code or None


def _date(row: dict[str, str], column: str) -> dt.date | None:
    value = row[column]
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataFileError(f"{row['_where']}: {column} {value!r} is not a YYYY-MM-DD date") from None
