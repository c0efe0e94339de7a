"""Tests for eventwire.actors.knowledge: shipped tables, lookups by date and case, bad files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from eventwire.actors.knowledge import DATA_DIR, Knowledge, load_knowledge, normalise
from eventwire.errors import DataFileError

FILES = ("countries.tsv", "seats.tsv", "organisations.tsv", "roles.tsv", "people.tsv", "regions.tsv", "peoples.tsv", "given_names.tsv")


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
        ("Ministry of Defence", "ministry of defense"),  # one key for both spellings
        ("World Health Organisation", "world health organization"),
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
    ("text", "code"),
    [("Ethopia", "ETH"), ("Afganistan", "AFG"), ("Phillippines", "PHL"), ("Kazakstan", "KAZ")],
)
def test_knowledge_misspelt_country_names(knowledge: Knowledge, text: str, code: str) -> None:
    found = knowledge.find_misspelt(knowledge.countries, text)
    assert found is not None and found.code == code


@pytest.mark.parametrize("text", ["Irak", "Omann", "Slovanian", "Austrailia and", "Germanic"])
def test_knowledge_misspelt_country_names_never_guess(knowledge: Knowledge, text: str) -> None:
    # Too short to forgive a slip, as close to two countries (Slovenian, Slovakian), or too far.
    assert knowledge.find_misspelt(knowledge.countries, text) is None


def test_knowledge_misspelt_person_needs_the_first_word_and_a_long_name(knowledge: Knowledge) -> None:
    day = dt.date(1995, 3, 1)
    mubarak = knowledge.person_misspelt("Hosni Mubrak", day)
    assert mubarak is not None and (mubarak.code, mubarak.sector) == ("EGY", "GOV")
    assert knowledge.person_misspelt("Mubrak", day) is None  # one word: too little to go on
    assert knowledge.person_misspelt("Hosny Mubrak", day) is None  # first word must agree


@pytest.mark.parametrize(
    ("day", "sector"),
    [(dt.date(1995, 1, 1), "REB"), (dt.date(1999, 1, 1), "GOV"), (dt.date(2010, 1, 1), "REB"),
     (dt.date(2023, 1, 1), "GOV"), (None, "GOV")],
)
def test_knowledge_organisation_rows_by_date(knowledge: Knowledge, day: dt.date | None, sector: str) -> None:
    taliban = knowledge.organisation("Taliban", day)
    assert taliban is not None and (taliban.code, taliban.sector) == ("AFG", sector)


@pytest.mark.parametrize(
    ("text", "code"),
    [("West Bank", "PSE"), ("Golan Heights", "SYR"), ("Darfur", "SDN"), ("Tigray", "ETH"),
     ("Crimea", "UKR"), ("Chechen", "RUS"), ("Uighurs", "CHN"), ("Catalonia", "ESP")],
)
def test_knowledge_regions_and_peoples(knowledge: Knowledge, text: str, code: str) -> None:
    found = knowledge.find(knowledge.regions, text)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Olena", "f"), ("Yelena", "f"), ("Mohamed", "m"), ("Muhammad", "m"), ("Giorgia", "f"),
     ("Andrea", None), ("Jean", None), ("Kim", None)],
)
def test_knowledge_given_names_say_a_gender_only_when_news_agrees(knowledge: Knowledge, name: str, gender: str | None) -> None:
    assert knowledge.gender_of_name(name) == gender


def test_knowledge_peoples_spanning_several_states_are_left_out(knowledge: Knowledge) -> None:
    assert knowledge.find(knowledge.regions, "Kurds") is None


def test_knowledge_people_cover_every_region_since_1980(knowledge: Knowledge) -> None:
    for name, day, code in [("Mitterrand", dt.date(1985, 1, 1), "FRA"), ("Julius Nyerere", dt.date(1980, 6, 1), "TZA"),
                            ("Suharto", dt.date(1990, 1, 1), "IDN"), ("Bob Hawke", dt.date(1988, 1, 1), "AUS")]:
        person = knowledge.person(name, day)
        assert person is not None and (person.code, person.sector) == (code, "GOV"), name


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
