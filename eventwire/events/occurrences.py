"""Passes over an article's coded events once all its sentences are read: which of two
records of one occurrence states it more clearly, and whom a reply, a reaction or a threat
of more is addressed to when its own sentence does not say.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from eventwire.actors.resolve import INTERNATIONAL_CODES
from eventwire.events.codes import cameo_code
from eventwire.events.confidence import confidence_of
from eventwire.events.words import (
    ACT_NOUN_TYPES,
    REACTION_DISTANCE,
    REACTION_TYPES,
    REPLY_DISTANCE,
    REPLY_TYPES,
    VERDICTS,
)
from eventwire.records import Entity, EventRecord

# Forces sent to protect (CAMEO 074) and forces deployed (154).
PEACEKEEPING_CAMEO = "074"
DEPLOYMENT_CAMEO = "154"
# Acts of force, or threats of it, that put two countries at odds.
FORCEFUL_TYPES = {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"}

# Acts whose unnamed addressee is the story's other side (attacks, protests and reactions
# have rules of their own).
MEDIATION_CAMEO = "045"
# Arrests, detentions and seizures (of people or vessels and their crews): what a demand for
# someone's release answers.
CAPTURING_CAMEOS = {"173", "192", "174"}
IMPLIED_TYPES = {"AGREE", "REJECT", "REQUEST", "THREATEN", "SANCTION", "RETREAT", "CONCEDE", "MOBILIZE", "COERCE",
                 "CONSULT", "AID", "COOPERATE", "ACCUSE", "ASSAULT"}
# Armed groups that are no state's forces: their unaddressed attacks are at home.
NON_STATE_ARMED = {"REB", "UAF", "CRM"}
# A country's own people and groups outside the state, and the state's own bodies: when a story
# names the first often, its state's unaddressed acts are towards them (see with_counterparts).
NON_STATE_LOCAL = {"REB", "UAF", "CRM", "OPP", "PTY", "CVL", "LAB", "EDU", "REL", "MED"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}
# How often a story must name a country's non-state parties for it to be about them.
DOMESTIC_MENTIONS = 2
# Of those, the acts that in a story of one country are aimed at its own people or state (its
# army's drills or a sanction are not).
DOMESTIC_IMPLIED_TYPES = {"AGREE", "REJECT", "REQUEST", "THREATEN", "RETREAT", "CONCEDE", "CONSULT", "ACCUSE", "ASSAULT"}


def with_addressees(
    records: list[EventRecord], referred: dict[str, str] | None = None, words: dict[str, str] | None = None
) -> list[EventRecord]:
    """Give a reply its addressee: "India accused Pakistan of the attack. Pakistan rejected
    the charge." is a REJECT by Pakistan of India. A response (or a refusal) with no
    recipient answers the last earlier event that had its actor as recipient. Parties are told apart by sector as
    well as country, so that a government rejecting its protesters' demands answers them.
    ``referred`` holds the noun of the act each reaction is to ("the strikes"); ``words`` the
    lemma of each record's trigger word, so that "condemned the strikes" answers whoever
    "struck" before whoever "launched drones"."""
    answered: list[EventRecord] = []
    for record in records:
        # A mediator's part ("the U.S.-brokered truce") is not what the parties answer.
        acted = [prior for prior in answered if prior.cameo != MEDIATION_CAMEO]
        # "Russia vetoed the U.S. draft ... Washington would not negotiate a weaker text":
        # a refusal (a cooperative act, negated) answers whoever acted on the refuser.
        refusal = record.modality == "negated" and record.quad_code in {1, 2}
        if (record.event in REPLY_TYPES | REACTION_TYPES or refusal) and not record.recipient and not record.reciprocal:
            noun = (referred or {}).get(record.id, "")
            kinds = ACT_NOUN_TYPES.get(noun)
            # "Israel struck Iran ... Oman condemned the strikes", "the army offered talks ...
            # the opposition rejected the offer": the act of that kind another party did last,
            # or, if the one reacting was on the receiving end of such an act, that one.
            acts = [] if not kinds else [
                prior for prior in reversed(acted)
                if prior.event in kinds and told_before(prior, record)
                and record.evidence.sentence - prior.evidence.sentence <= REACTION_DISTANCE
                and not shares_party(record.actor, prior.actor)
                # "welcomed the verdict": what a court did
                and (noun not in VERDICTS or any(e.sector == "JUD" for e in prior.actor))
            ]  # fmt: skip
            # What is condemned or welcomed happened: an act told as done comes before one only
            # weighed ("Israel could strike Iranian sites ... the G7 condemned the attack").
            acts.sort(key=lambda prior: (prior.modality != "asserted", -prior.evidence.sentence, prior.evidence.trigger_start or 0))
            named = [prior for prior in acts if (words or {}).get(prior.id) == noun]
            earlier = next((prior for prior in acts if shares_party(record.actor, prior.recipient)), None)
            earlier = earlier or next(iter(named or acts), None)
            if earlier is None and (record.event in REPLY_TYPES or refusal):
                # A refusal may answer pressure told further back ("Washington doubled duties on
                # Chinese goods ... China will never surrender to external pressure").
                reach = REACTION_DISTANCE if refusal else REPLY_DISTANCE
                earlier = next((
                    prior for prior in reversed(acted)
                    if record.evidence.sentence - prior.evidence.sentence <= reach
                    and shares_party(record.actor, prior.recipient)
                    and not shares_party(record.actor, prior.actor)
                ), None)  # fmt: skip
            if earlier is None and record.event in REACTION_TYPES and (referred or {}).get(record.id) not in ACT_NOUN_TYPES:
                # "North Korea tested a missile ... China condemned the move": a reaction is to
                # the last thing another party did (unless it names an act of a kind not found).
                earlier = next((
                    prior for prior in reversed(acted)
                    if record.evidence.sentence - prior.evidence.sentence <= REPLY_DISTANCE
                    and prior.evidence.sentence < record.evidence.sentence
                    and not shares_party(record.actor, prior.actor)
                ), None)  # fmt: skip
            if earlier is not None:
                record = record.model_copy(update={"recipient": list(earlier.actor)})
                record = record.model_copy(update={"confidence": confidence_of(record)})
        if record.event == "REQUEST" and (referred or {}).get(record.id) == "release":
            # "Serbian police arrested three Kosovo officers ... Pristina demanded their
            # release": of whoever last detained or seized someone, if another party; and
            # "called for the officers' release" is made of their captors, not of the officers.
            earlier = next((
                prior for prior in reversed(acted)
                if record.evidence.sentence - prior.evidence.sentence <= REACTION_DISTANCE
                and (prior.event == "COERCE" and prior.cameo[:3] in CAPTURING_CAMEOS or prior.cameo[:3] == "181")
                and not shares_party(record.actor, prior.actor)
                and (not record.recipient or shares_party(record.recipient, prior.recipient))
            ), None)  # fmt: skip
            if earlier is not None:
                record = record.model_copy(update={"recipient": list(earlier.actor)})
                record = record.model_copy(update={"confidence": confidence_of(record)})
        if record.event == "THREATEN" and not record.recipient:
            # "imposed sanctions on the junta and said it would not hesitate to take further
            # action": a threat of more is aimed where the threatener's last hostile act was.
            earlier = next((
                prior for prior in reversed(acted)
                if record.evidence.sentence - prior.evidence.sentence <= REACTION_DISTANCE
                and prior.quad_code >= 3 and prior.recipient and shares_party(record.actor, prior.actor)
            ), None)  # fmt: skip
            if earlier is not None:
                record = record.model_copy(update={"recipient": list(earlier.recipient)})
                record = record.model_copy(update={"confidence": confidence_of(record)})
        answered.append(record)
    return answered


def implied(code: str, country_names: Mapping[str, str], sector: str) -> Entity:
    """A party no words name, that the story implies: the country, in a sector."""
    return Entity(text="", name=country_names.get(code, code), code=code, sector=sector, cameo_code=f"{code}{sector}")


def at_home(records: list[EventRecord], home: str | None, country_names: Mapping[str, str]) -> list[EventRecord]:
    """Give a state's unaddressed refusal or demand, in a story from its own country, its own
    people as the addressee: "the commission rejected the request", "the president refused
    to reverse his decision", datelined at home, answer no one abroad the story names (that
    was tried first, see :func:`with_addressees`)."""
    if home is None:
        return records
    placed = []
    for record in records:
        actor = record.actor[0] if record.actor else None
        if (record.event in {"REJECT", "REQUEST"} and not record.recipient and not record.reciprocal
                and actor is not None and actor.code == home and actor.sector in {"GOV", "LEG", "JUD", "COP", "MIL"}):  # fmt: skip
            record = record.model_copy(update={"recipient": [implied(home, country_names, "CVL")]})
            record = record.model_copy(update={"confidence": confidence_of(record)})
        placed.append(record)
    return placed


def with_counterparts(
    records: list[EventRecord], places: list[tuple[int, str]], country_names: Mapping[str, str]
) -> list[EventRecord]:
    """Give an act the story's other side when its sentence names no one it is aimed at: in a
    story about Mexico and the United States, "Mexico agreed to deploy 6,000 troops" is
    agreed with the United States; in a story about one country, "the army pledged to
    protect minorities" is towards its own people. The other side is the country the story
    names most besides the actor's own, if one clearly leads; none is given where two or more
    are named about as often, nor to protests and reactions (see :func:`with_addressees`).
    A group's act is towards its own state, and a state's towards its own groups when the
    story's events name those at least as often as any other country (a domestic conflict
    that others mediate).
    A rebel group's, gang's or unidentified gunmen's attack or seizure is at home, on its own
    country's people, whoever else the story names. An implied recipient has no words (``text`` is empty): nothing
    in the article names it, and the confidence model counts it for less than a named one."""
    named = Counter(code for _, code in places if code not in INTERNATIONAL_CODES)
    for record in records:
        named.update(e.code for e in [*record.actor, *record.recipient] if e.code and e.code not in INTERNATIONAL_CODES)
    # A country's non-state parties the story's events name (by sector), for domestic conflicts.
    domestic: dict[str, Counter[str]] = {}
    state_named: Counter[str] = Counter()
    for record in records:
        for entity in [*record.actor, *record.recipient]:
            if entity.text and entity.code and entity.sector in NON_STATE_LOCAL:
                domestic.setdefault(entity.code, Counter())[entity.sector] += 1
            if entity.text and entity.code and entity.sector in STATE_SECTORS:
                state_named[entity.code] += 1
    given = []
    for record in records:
        own = {e.code for e in record.actor if e.code}
        if record.recipient or record.reciprocal or record.event not in IMPLIED_TYPES or len(own) != 1:
            given.append(record)
            continue
        (code,) = own
        others = [(count, other) for other, count in named.most_common() if other not in own]
        if record.event in {"ASSAULT", "COERCE"} and record.actor[0].sector in NON_STATE_ARMED and code not in INTERNATIONAL_CODES:
            # "accused the RSF of shelling a displacement camp" in a story from Jeddah: a
            # rebel group or gang strikes in its own country, whoever mediates.
            record = record.model_copy(update={"recipient": [implied(code, country_names, "CVL")]})
            given.append(record.model_copy(update={"confidence": confidence_of(record)}))
            continue
        sector = record.actor[0].sector
        at_home_parties = domestic.get(code, Counter())
        if others and code not in INTERNATIONAL_CODES and sector in NON_STATE_LOCAL and record.event in DOMESTIC_IMPLIED_TYPES and state_named[code]:
            # "the rebels handed over two soldiers", "the opposition rejected the timetable" in
            # a story where Cuba hosts the talks: a group's act is towards its own state.
            side = implied(code, country_names, "GOV")
        elif others and code not in INTERNATIONAL_CODES and sector in STATE_SECTORS and (
            at_home_parties.total() >= max(DOMESTIC_MENTIONS, others[0][0])
        ):  # fmt: skip
            # A domestic conflict others mediate or watch: the government "refused to
            # negotiate" with the rebels the story keeps naming, not with the mediator.
            side = implied(code, country_names, at_home_parties.most_common(1)[0][0])
        elif not others and code not in INTERNATIONAL_CODES and named[code] and record.actor[0].sector and (
            record.event in DOMESTIC_IMPLIED_TYPES
        ):  # fmt: skip
            # A story of one country: a state body's act is towards its own people, a group's
            # towards the state. (A country named only as itself, "Russia called for talks",
            # is no side of its own.)
            sector = "CVL" if record.actor[0].sector in {"GOV", "MIL", "COP", "JUD", "LEG"} else "GOV"
            side = implied(code, country_names, sector)
        elif others and others[0][0] >= 2 and (len(others) == 1 or others[0][0] > others[1][0]):
            side = implied(others[0][1], country_names, "GOV")
        else:
            given.append(record)
            continue
        record = record.model_copy(update={"recipient": [side]})
        if record.cameo == PEACEKEEPING_CAMEO and _at_odds(records, code, side.code):
            # "Russia said it would send more troops" in a story of its war with Ukraine: forces
            # sent to a country it fights are a deployment against it, not protection for it.
            deployment = cameo_code(DEPLOYMENT_CAMEO)
            record = record.model_copy(update={
                "event": deployment.plover, "cameo": deployment.cameo, "mode": deployment.mode,
                "context": list(deployment.context), "quad_code": deployment.quad, "goldstein": deployment.goldstein,
            })  # fmt: skip
        given.append(record.model_copy(update={"confidence": confidence_of(record)}))
    return given


def _at_odds(records: list[EventRecord], one: str, other: str | None) -> bool:
    """Whether the story has one of two countries using or threatening force on the other's
    state (strikes on a rebel group in it do not count)."""
    def states(entities: list[Entity]) -> set[str | None]:
        return {e.code for e in entities if e.sector not in NON_STATE_LOCAL}

    return any(
        record.event in FORCEFUL_TYPES and (
            (one in states(record.actor) and other in states(record.recipient))
            or (other in states(record.actor) and one in states(record.recipient))
        )
        for record in records
    )  # fmt: skip


def told_before(prior: EventRecord, record: EventRecord) -> bool:
    """Whether one event is told before another: in an earlier sentence, or earlier in the same
    one ("Soldiers detained two journalists, and Human Rights Watch criticised the arrests")."""
    # Records come in the order they are told, so an earlier one in the same sentence counts.
    return prior.evidence.sentence <= record.evidence.sentence


def shares_party(ones: list[Entity], others: list[Entity]) -> bool:
    """Whether two lists of entities have a party in common: the same country, and the same
    sector where both say one."""
    return any(
        a.code == b.code and (a.sector is None or b.sector is None or a.sector == b.sector)
        for a in ones for b in others if a.code
    )  # fmt: skip


def clearer(record: EventRecord, other: EventRecord) -> bool:
    """Whether ``record`` states the event more clearly than ``other``: more confidently, with
    more named parties, or in a fuller sentence (a lead rather than its headline)."""
    def clarity(r: EventRecord) -> tuple:
        return (r.confidence, len(r.actor) + len(r.recipient), len(r.evidence.text))

    return clarity(record) > clarity(other)
