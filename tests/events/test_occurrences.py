"""Whom an act with no addressee in its sentence is aimed at, from the rest of the story
(``occurrences.with_counterparts``), on records built by hand."""

from __future__ import annotations

from eventwire.events.occurrences import with_addressees, with_counterparts
from eventwire.records import ArticleRef, Coder, Entity, EventRecord, Evidence

NAMES = {"MOZ": "Mozambique", "ITA": "Italy", "USA": "United States", "AFG": "Afghanistan", "IRN": "Iran", "ISR": "Israel",
         "SYR": "Syria", "FRA": "France"}


def record(number: int, event: str, cameo: str, actor: Entity, recipient: Entity | None = None) -> EventRecord:
    return EventRecord(
        id=f"e{number}", article_id="a", event=event, cameo=cameo, quad_code=1, goldstein=0.0,
        actor=[actor], recipient=[recipient] if recipient else [],
        evidence=Evidence(text="...", start=0, end=3, sentence=number, trigger="..."),
        confidence=0.5, article=ArticleRef(id="a"), coder=Coder(version="test"),
    )  # fmt: skip


def entity(text: str, code: str, sector: str | None) -> Entity:
    return Entity(text=text, name=NAMES[code], code=code, sector=sector)


GOVERNMENT = entity("the government", "MOZ", "GOV")
REBELS = entity("Renamo rebels", "MOZ", "REB")
MEDIATOR = entity("Italy", "ITA", "GOV")


def recipients(records: list[EventRecord]) -> dict[str, tuple]:
    return {r.id: tuple((e.code, e.sector) for e in r.recipient) for r in records}


def test_in_a_domestic_conflict_others_mediate_the_state_acts_towards_its_own_rebels():
    # Italy is named twice (its place once, as mediator once), the rebels twice: the
    # government's threat to suspend talks is aimed at the rebels, not the mediator.
    records = [
        record(0, "ASSAULT", "190", REBELS, entity("a police post", "MOZ", "COP")),
        record(1, "CONSULT", "045", MEDIATOR, GOVERNMENT),
        record(2, "ACCUSE", "112", REBELS, GOVERNMENT),
        record(3, "SANCTION", "161", GOVERNMENT),
    ]
    places = [(0, "ITA")]
    assert recipients(with_counterparts(records, places, NAMES))["e3"] == (("MOZ", "REB"),)


def test_a_state_in_a_story_about_another_country_still_acts_towards_that_country():
    # Only one mention of the country's own groups: the story is about the state and Italy.
    records = [
        record(0, "CONSULT", "040", GOVERNMENT, MEDIATOR),
        record(1, "ACCUSE", "112", REBELS, GOVERNMENT),
        record(2, "SANCTION", "161", GOVERNMENT),
    ]
    places = [(0, "ITA"), (5, "ITA"), (9, "ITA")]
    assert recipients(with_counterparts(records, places, NAMES))["e2"] == (("ITA", "GOV"),)


def test_a_group_acts_towards_its_own_state_when_the_story_names_that_state():
    records = [
        record(0, "CONSULT", "045", MEDIATOR, GOVERNMENT),
        record(1, "AGREE", "057", REBELS),
    ]
    places = [(0, "ITA"), (5, "ITA")]
    assert recipients(with_counterparts(records, places, NAMES))["e1"] == (("MOZ", "GOV"),)


def test_a_group_whose_own_state_the_story_never_names_acts_towards_the_other_side():
    # "Hamas said it would prolong the pause": no Palestinian state body in the story, so the
    # other side is the country the story names most.
    taliban = entity("the Taliban", "AFG", "REB")
    records = [
        record(0, "CONSULT", "040", entity("Washington", "USA", "GOV"), taliban),
        record(1, "AGREE", "057", taliban),
    ]
    places = [(0, "USA"), (5, "USA")]
    assert recipients(with_counterparts(records, places, NAMES))["e1"] == (("USA", "GOV"),)


def test_a_condemned_attack_is_the_one_told_as_done_and_first_in_its_sentence():
    iran, israel, syria = entity("Iran", "IRN", None), entity("Israel", "ISR", None), entity("Damascus", "SYR", None)
    launched = record(0, "ASSAULT", "190", iran, israel)
    # told after the main act, in the same sentence: "... in retaliation for an Israeli strike on its consulate"
    background = record(0, "ASSAULT", "195", israel, syria)
    background = background.model_copy(update={"id": "e9", "evidence": background.evidence.model_copy(update={"trigger_start": 90})})
    launched = launched.model_copy(update={"evidence": launched.evidence.model_copy(update={"trigger_start": 10})})
    weighed = record(1, "ASSAULT", "190", israel, iran).model_copy(update={"modality": "hypothetical"})
    condemned = record(2, "ACCUSE", "111", entity("France", "FRA", "GOV"))
    answered = with_addressees([launched, background, weighed, condemned], referred={"e2": "attack"})
    assert recipients(answered)["e2"] == (("IRN", None),)
