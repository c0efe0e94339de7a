"""Tests for eventwire.actors.knowledge: shipped tables, lookups by date and case, bad files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from eventwire.actors.knowledge import DATA_DIR, Knowledge, load_knowledge, normalise
from eventwire.errors import DataFileError

FILES = ("countries.tsv", "seats.tsv", "organisations.tsv", "roles.tsv", "people.tsv", "regions.tsv", "peoples.tsv")


def _copy_data(folder: Path) -> None:
    """Copy the shipped knowledge files into ``folder`` (load_knowledge needs them all)."""
    for file in FILES:
        shutil.copy(DATA_DIR / file, folder / file)


def _append(path: Path, row: str) -> int:
    """Append one row to a knowledge file; its line number."""
    text = path.read_text(encoding="utf-8")
    text = text if text.endswith("\n") else text + "\n"
    path.write_text(text + row + "\n", encoding="utf-8")
    return text.count("\n") + 1


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Russia", "RUS"), ("United States", "USA"), ("Ukraine", "UKR"), ("Ukrainian", "UKR"),
     ("U.S.", "USA"), ("the Ukraine", "UKR"), ("Türkiye", "TUR")],
)  # fmt: skip
def test_knowledge_countries_by_name_and_adjective(
    knowledge: Knowledge, phrase: str, code: str
) -> None:
    found = knowledge.find(knowledge.countries, phrase)
    assert found is not None and found.code == code
    assert found.sector is None  # a country named is the state, not its government


@pytest.mark.parametrize(
    ("capital", "code"),
    [("Moscow", "RUS"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Washington", "USA")],
)
def test_knowledge_capitals_stand_for_the_government(
    knowledge: Knowledge, capital: str, code: str
) -> None:
    found = knowledge.find(knowledge.capitals, capital)
    assert found is not None and (found.code, found.sector) == (code, "GOV")


@pytest.mark.parametrize(
    ("seat", "code"), [("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("The White House", "USA")]
)
def test_knowledge_seats_of_power(knowledge: Knowledge, seat: str, code: str) -> None:
    found = knowledge.find(knowledge.seats, seat)
    assert found is not None and (found.code, found.sector) == (code, "GOV")


@pytest.mark.parametrize("name", ["AFP", "Agence France-Presse", "Agence France Presse"])
def test_knowledge_news_agency_is_jrn(knowledge: Knowledge, name: str) -> None:
    found = knowledge.find(knowledge.organisations, name)
    assert found is not None and found.sector == "JRN"
    assert found.name == "Agence France-Presse"


def test_knowledge_roles_carry_sector_and_office(knowledge: Knowledge) -> None:
    minister = knowledge.roles[normalise("Foreign Minister")]
    assert (minister.sector, minister.office, minister.kind) == ("GOV", "Foreign Minister", "title")
    assert knowledge.roles["companies"].sector == "BUS"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Côte d'Ivoire", "cote d'ivoire"),
        ("Cote d’Ivoire", "cote d'ivoire"),  # curly apostrophe
        ("Erdoğan", "erdogan"),
        ("The Kremlin", "kremlin"),
        ("  the   White\tHouse ", "white house"),
        ("Theresa", "theresa"),  # only the word "the" is dropped
        ("ZELENSKY", "zelensky"),
    ],
)
def test_knowledge_normalise(phrase: str, expected: str) -> None:
    assert normalise(phrase) == expected


@pytest.mark.parametrize(
    ("name", "day", "code", "sector", "office"),
    [
        ("Trump", dt.date(2025, 11, 18), "USA", "GOV", "President"),
        ("Donald Trump", dt.date(2018, 3, 1), "USA", "GOV", "President"),
        ("Trump", dt.date(2022, 6, 1), "USA", "ELI", "former President"),
        ("Biden", dt.date(2015, 1, 1), "USA", "GOV", "Vice President"),
        ("Biden", dt.date(2025, 11, 18), "USA", "ELI", "former President"),
        ("Putin", dt.date(2010, 1, 1), "RUS", "GOV", "Prime Minister"),
        ("Erdogan", dt.date(2025, 11, 18), "TUR", "GOV", "President"),
    ],
)
def test_knowledge_person_by_date(
    knowledge: Knowledge, name: str, day: dt.date, code: str, sector: str, office: str
) -> None:
    person = knowledge.person(name, day)
    assert person is not None
    assert (person.code, person.sector, person.office) == (code, sector, office)


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [("Hakan Fidan", dt.date(2020, 1, 1), "TUR"), ("Trump", dt.date(2010, 1, 1), "USA")],
)
def test_knowledge_person_before_first_term_has_a_country_but_no_office(
    knowledge: Knowledge, name: str, day: dt.date, code: str
) -> None:
    person = knowledge.person(name, day)
    assert person is not None
    assert (person.code, person.sector, person.office) == (code, None, None)


def test_knowledge_person_without_date_takes_latest_term(knowledge: Knowledge) -> None:
    person = knowledge.person("Putin", None)
    assert person is not None and person.office == "President"


def test_knowledge_person_unknown_name(knowledge: Knowledge) -> None:
    assert knowledge.person("Ayla Demir", dt.date(2025, 11, 18)) is None


@pytest.mark.parametrize(
    ("table", "text", "found"),
    [
        ("organisations", "WHO", "World Health Organization"),
        ("organisations", "who", None),
        ("organisations", "Who", None),
        ("countries", "US", "United States"),
        ("countries", "U.S.", "United States"),
        ("countries", "us", None),
        ("countries", "Us", None),
    ],
)
def test_knowledge_capitals_only_abbreviations(
    knowledge: Knowledge, table: str, text: str, found: str | None
) -> None:
    actor = knowledge.find(getattr(knowledge, table), text)
    assert (actor.name if actor else None) == found


def test_knowledge_loads_a_folder_of_valid_copies(tmp_path: Path) -> None:
    _copy_data(tmp_path)
    _append(tmp_path / "seats.tsv", "Casa Nova\tRUS\tGOV\tImaginary residence")
    knowledge = load_knowledge(tmp_path)
    found = knowledge.find(knowledge.seats, "Casa Nova")
    assert found is not None and (found.code, found.name) == ("RUS", "Imaginary residence")


DEMIR = "Ayla Demir\tDemir\tTUR\tGOV\tForeign Minister"


@pytest.mark.parametrize(
    ("name", "row", "problem"),
    [
        pytest.param("countries.tsv", "Rus\tRuritania\t\tRuritanian\tStrelsau", "code 'Rus'", id="country code"),
        pytest.param("seats.tsv", "Palace\tXX1\tGOV\tA palace", "code 'XX1'", id="seat code"),
        pytest.param("organisations.tsv", "An Agency\t\tAGENCY\tJRN\t", "code 'AGENCY'", id="org code"),
        pytest.param("people.tsv", f"{DEMIR}\t2025-13-01\t\t", "start '2025-13-01'", id="start date"),
        pytest.param("people.tsv", f"{DEMIR}\t2025-01-01\tsoon\t", "end 'soon'", id="end date"),
    ],
)  # fmt: skip
def test_knowledge_malformed_row_names_file_and_line(
    tmp_path: Path, name: str, row: str, problem: str
) -> None:
    _copy_data(tmp_path)
    line = _append(tmp_path / name, row)
    with pytest.raises(DataFileError, match=f"{name}:{line}: .*{problem}"):
        load_knowledge(tmp_path)


def test_knowledge_bad_header_names_the_file(tmp_path: Path) -> None:
    _copy_data(tmp_path)
    (tmp_path / "roles.tsv").write_text("# roles\nword\tsector\n", encoding="utf-8")
    with pytest.raises(
        DataFileError, match=r"roles\.tsv: header must start with word/sector/office/kind"
    ):
        load_knowledge(tmp_path)


def test_knowledge_missing_file_is_named(tmp_path: Path) -> None:
    _copy_data(tmp_path)
    (tmp_path / "people.tsv").unlink()
    with pytest.raises(DataFileError, match=r"people\.tsv: knowledge file is missing"):
        load_knowledge(tmp_path)
