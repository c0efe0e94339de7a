"""Passes over an article's coded events once all its sentences are read: which of two
records of one occurrence states it more clearly, and whom a reply, a reaction or a threat
of more is addressed to when its own sentence does not say.
"""

from __future__ import annotations

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
                prior for prior in reversed(answered)
                if prior.event in kinds and told_before(prior, record)
                and record.evidence.sentence - prior.evidence.sentence <= REACTION_DISTANCE
                and not shares_party(record.actor, prior.actor)
                # "welcomed the verdict": what a court did
                and (noun not in VERDICTS or any(e.sector == "JUD" for e in prior.actor))
            ]  # fmt: skip
            named = [prior for prior in acts if (words or {}).get(prior.id) == noun]
            earlier = next((prior for prior in acts if shares_party(record.actor, prior.recipient)), None)
            earlier = earlier or next(iter(named or acts), None)
            if earlier is None and (record.event in REPLY_TYPES or refusal):
                # A refusal may answer pressure told further back ("Washington doubled duties on
                # Chinese goods ... China will never surrender to external pressure").
                reach = REACTION_DISTANCE if refusal else REPLY_DISTANCE
                earlier = next((
                    prior for prior in reversed(answered)
                    if record.evidence.sentence - prior.evidence.sentence <= reach
                    and shares_party(record.actor, prior.recipient)
                    and not shares_party(record.actor, prior.actor)
                ), None)  # fmt: skip
            if earlier is None and record.event in REACTION_TYPES and (referred or {}).get(record.id) not in ACT_NOUN_TYPES:
                # "North Korea tested a missile ... China condemned the move": a reaction is to
                # the last thing another party did (unless it names an act of a kind not found).
                earlier = next((
                    prior for prior in reversed(answered)
                    if record.evidence.sentence - prior.evidence.sentence <= REPLY_DISTANCE
                    and prior.evidence.sentence < record.evidence.sentence
                    and not shares_party(record.actor, prior.actor)
                ), None)  # fmt: skip
            if earlier is not None:
                record = record.model_copy(update={"recipient": list(earlier.actor)})
                record = record.model_copy(update={"confidence": confidence_of(record)})
        if record.event == "THREATEN" and not record.recipient:
            # "imposed sanctions on the junta and said it would not hesitate to take further
            # action": a threat of more is aimed where the threatener's last hostile act was.
            earlier = next((
                prior for prior in reversed(answered)
                if record.evidence.sentence - prior.evidence.sentence <= REACTION_DISTANCE
                and prior.quad_code >= 3 and prior.recipient and shares_party(record.actor, prior.actor)
            ), None)  # fmt: skip
            if earlier is not None:
                record = record.model_copy(update={"recipient": list(earlier.recipient)})
                record = record.model_copy(update={"confidence": confidence_of(record)})
        answered.append(record)
    return answered


def at_home(records: list[EventRecord], home: str | None) -> list[EventRecord]:
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
            people = Entity(text=actor.name or home, name=actor.name, code=home, sector="CVL", cameo_code=f"{home}CVL")
            record = record.model_copy(update={"recipient": [people]})
            record = record.model_copy(update={"confidence": confidence_of(record)})
        placed.append(record)
    return placed


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
