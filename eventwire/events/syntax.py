"""Reading a dependency parse for the event coder: subjects and objects, controlled and
reported clauses, conditions, and the idioms that change an event ("would not hesitate to",
"fired at each other", "in defiance of").

Every function here takes spaCy tokens and answers one question about the parse; none keeps
state. The coder (:mod:`eventwire.events.coder`) decides what the answers mean.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from eventwire.actors.phrase import stance_prefixed, through_quantity
from eventwire.actors.resolve import ActorResolver
from eventwire.events.attribution import REPORTING_VERBS
from eventwire.events.lexicon import Match
from eventwire.events.modality import DENIED_REPORTS, denier_of, modality_of, not_ruled_out
from eventwire.events.words import (
    WARNING_AUX,
    RETALIATING_VERBS,
    RETALIATION_NOUNS,
    MONEY_WORDS,
    CAUGHT_VESSELS,
    ADVERB_PARTICLES,
    AGGRIEVED_GROUPS,
    AGREEMENTS,
    AID_GOODS,
    AIMED_AT,
    ANSWERED_AS,
    BLAMEWORTHY,
    CALM_WORDS,
    CANCEL_VERBS,
    CAPTIVES,
    CELEBRATING,
    CONTROLLED_SLOTS,
    COUNTED_CROWDS,
    CROWD_SECTORS,
    CROWD_WORDS,
    DEADLINE_SPANS,
    DENIED_ATTACK_WORDS,
    DENIED_PARTS,
    DENIED_PRESENCE_VERBS,
    DENYING_VERBS,
    DOCUMENTS,
    EXCHANGED_TALK,
    FIGHTING_SUBJECTS,
    FIGHTS,
    FORCE_WORDS,
    FORCES,
    FRAMING_HEADS,
    GIVING_VERBS,
    HELPING_VERBS,
    HOSTED_THINGS,
    MEASURE_NOUNS,
    MEETING_STARTS,
    MEETINGS,
    MISSIONS,
    OCCASION_PREPOSITIONS,
    PAIR_NOUNS,
    PERILS,
    PERMITTING,
    POLICY_TYPES,
    PROTESTED_WITH,
    READY_WORDS,
    RELEASED_THINGS,
    REPROACH_WORDS,
    RESOLVE_NOUNS,
    RULINGS,
    SENDING_VERBS,
    SENT_PEOPLE,
    SPEECH_ACTS,
    SPEECH_COMPLEMENTS,
    STATEMENTS,
    SUBJECTS,
    SUFFERING_VERBS,
    TOPIC_PREPOSITIONS,
    TRUCES,
    UNCLAIMED_MEANS,
    VENUE_VERBS,
    WEIGHED_TYPES,
)
from eventwire.records import Entity


def will_not_hesitate(verb: Token) -> bool:
    """ "would not hesitate to use force", "will not hesitate to respond": a threat (not "did
    not hesitate to criticise", which tells what was done)."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "wo"} for c in verb.children)
    return negated and future and any(c.dep_ == "xcomp" for c in verb.children)


def is_passive(verb: Token) -> bool:
    """Whether a verb is in the passive voice ("were arrested", "had been detained")."""
    return any(child.dep_ in {"nsubjpass", "auxpass"} for child in verb.children)


def of_head(noun: Token, heads: Iterable[str], deps: Iterable[str] = ("pobj",)) -> Token:
    """The noun an "of" phrase hangs on, when it is one of ``heads`` ("six weeks of fighting",
    "a new round of talks": weeks, round); else the noun itself."""
    if noun.dep_ in deps and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in heads:
        return noun.head.head
    return noun


def fought_with(verb: Token) -> list[Token]:
    """Whom a passive killing names as the other side: "killed in a clash with Chinese troops"."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return []
    return [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"in", "during"}
            for fight in prep.children if fight.dep_ == "pobj" and fight.lemma_.lower() in FIGHTS
            for inner in fight.children if inner.dep_ == "prep" and inner.lower_ == "with"
            for o in inner.children if o.dep_ == "pobj"]  # fmt: skip


def unclaimed(verb: Token, actor_token: Token | None) -> bool:
    """Whether an attack is told with no one who did it: its subject (or passive agent) is the
    means itself ("a roadside bombing killed"), or it is passive with no agent and its means
    is named ("were killed in a suicide car bombing")."""
    if actor_token is not None:
        head = through_quantity(actor_token)
        return head.lemma_.lower() in UNCLAIMED_MEANS and not any(
            c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE", "ORG"} for c in head.children
        )  # fmt: skip
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    return passive and any(
        t.lemma_.lower() in UNCLAIMED_MEANS for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"in", "by"}
        for t in prep.subtree
    )  # fmt: skip


def against(verb: Token) -> list[Token]:
    """The objects of "against" anywhere in the verb's clause but its subject, nearest first."""
    subject = {t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}
    found = [pobj for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ == "against" and prep.i not in subject
             for pobj in prep.children if pobj.dep_ == "pobj"]  # fmt: skip
    return sorted(found, key=lambda t: abs(t.i - verb.i))


def clause_tokens(clause: Token) -> list[Token]:
    """The tokens of a controlled clause, less verbs with a tense of their own joined to it:
    in "asked the Council to convene a meeting and accused Thailand", the accusation is not
    what was asked for."""
    own_tense = [t for t in clause.subtree if t.dep_ == "conj" and t.tag_ in {"VBD", "VBZ", "VBP"} and t.i != clause.i]
    # "agreed to end the dispute after talks between their ministers": the talks took place;
    # they are not what was agreed.
    occasions = [t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in OCCASION_PREPOSITIONS]
    # "to free the fishermen whom the navy arrested": the arrest is told, not asked for.
    relatives = [t for t in clause.subtree if t.dep_ == "relcl" and t.i != clause.i]
    # "agreed to restore ties in a deal brokered by Turkey": what a third party did is told.
    done_by_others = [t for t in clause.subtree if t.dep_ == "acl" and t.tag_ == "VBN" and any(c.dep_ == "agent" for c in t.children)]
    # "asked the OAS to intervene, accusing Nicaraguan troops of ...": a participle set off by a
    # comma tells what the asker did besides, not what was asked.
    asides = [t for t in clause.subtree if t.i != clause.i and comma_participle(t)]
    excluded = {d.i for t in own_tense + occasions + relatives + done_by_others + asides for d in t.subtree}
    return [t for t in clause.subtree if t.i not in excluded]


def comma_participle(token: Token) -> bool:
    """Whether a token is a participle clause set off by a comma (", accusing Nicaraguan troops
    of ...", ", calling them retaliation"): what the subject does besides."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].lower_ == ","


def obliges_another(verb: Token) -> bool:
    """Whether a reporting verb says someone else "must" or "should" act ("declared that
    China must drop barriers"), rather than what the speaker must do."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        modal = any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in clause.children)
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if modal and subject is not None and subject.pos_ in {"PROPN", "NOUN"}:
            return True
    return False


def ready_to(verb: Token) -> bool:
    """Whether a verb follows "was ready to", "is willing to", "stands prepared to"."""
    adjective = verb.head
    return (verb.dep_ == "xcomp" and verb.pos_ == "VERB" and adjective.pos_ == "ADJ"
            and adjective.lemma_.lower() in READY_WORDS - {"open"})  # fmt: skip


def refuses_to_resign(verb: Token) -> bool:
    """Whether a refusal is of stepping down: "refused to step down", "would not resign",
    "refused calls to step down", "vowed to stay in power"."""
    for t in verb.subtree:
        lemma = t.lemma_.lower()
        if lemma in {"resign", "resignation", "quit"} or (lemma == "step" and any(c.lower_ == "down" for c in t.children)):
            return True
    return False


def is_readiness(token: Token) -> bool:
    """Whether a noun follows "ready for", "open to", "willing to"."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in {"for", "to"}:
        return False
    adjective = token.head.head
    return adjective.pos_ == "ADJ" and adjective.lemma_.lower() in READY_WORDS


def of_objects(token: Token) -> list[Token]:
    """The objects of a noun's "of" ("the removal of President X")."""
    return [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"]  # fmt: skip


def content_tokens(clause: Token) -> list[Token]:
    """What a call or document says, less when it came ("a bill containing tax increases, a day
    after protesters stormed parliament": the storming is no part of the bill)."""
    timing = {d.i for t in clause.subtree if t.dep_ in {"advcl", "npadvmod"} and t.i != clause.i for d in t.subtree}
    return [t for t in clause_tokens(clause) if t.i not in timing]


def for_clause(child: Token) -> bool:
    """Whether a call's dependent says what it is for: "a call for sanctions", "a call for its
    forces to be deployed"."""
    if child.dep_ == "prep":
        return child.lower_ == "for"
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children)


def relative_light_verb(noun: Token) -> Token | None:
    """The verb of a relative clause whose object is the noun itself ("the talks that they held
    in Oslo", "the accord, which the two sides signed"), or of a participle with its agent."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and clause.pos_ == "VERB" and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"which", "that"} for c in clause.children
        ):  # fmt: skip
            return clause
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and any(c.dep_ == "agent" for c in clause.children):
            return clause  # "negotiations led by Washington", "the sanctions announced by the White House"
    return None


def reported_clause(verb: Token) -> bool:
    """Whether a verb heads a clause that a reporting or denying verb reports."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS | {"deny"}


def reported_modal_clause(verb: Token) -> bool:
    """Whether a verb heads a reported clause with a modal ("said that allies would defend")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    )  # fmt: skip


def in_condition(verb: Token) -> bool:
    """Whether a verb is the condition of another clause ("if NATO moved forces", "unless
    Kyiv withdraws"), or inside one."""
    for token in [verb, *verb.ancestors]:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
            return True
        if token.dep_ in {"ROOT", "ccomp"}:
            return False
    return False


def left_things(verb: Token) -> list[Token]:
    """What a verb of leaving leaves: "withdrew from the treaty", "pulled out of the pact"."""
    if verb.lemma_.lower() not in {"withdraw", "pull", "exit", "quit", "walk"}:
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"})]
    return [pobj for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}
            for pobj in prep.children if pobj.dep_ == "pobj"]  # fmt: skip


def defied_parties(verb: Token) -> list[Token]:
    """Whom "in defiance of", "in protest at/against/over" names on a verb."""
    found = []
    for noun in verb.subtree:
        if not (noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in {"defiance", "protest", "opposition"}):
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in noun.ancestors if t.i != verb.i and verb in t.ancestors):
            continue  # another clause's
        found += [o for inner in noun.children if inner.dep_ == "prep" and inner.lower_ in {"of", "at", "against", "over", "to"}
                  for o in inner.children if o.dep_ == "pobj"]  # fmt: skip
    return found


def sent_to_country(match: Match) -> bool:
    """Whether forces go "to" a country by name, or to a place in one ("to Russia's Far East",
    "to its base in Qatar"), rather than "into", "near" or "along" somewhere."""
    # The verb's own phrases, and those its objects carry ("sent vehicles and a team of
    # paratroopers to Lebanon"), but not another clause's.
    own = [t for t in match.verb.subtree if not any(a.pos_ in {"VERB", "AUX"} and a.i != match.verb.i
                                                    for a in t.ancestors if match.verb in a.ancestors)]  # fmt: skip
    for prep in (t for t in own if t.dep_ in {"prep", "dative"} and t.lower_ == "to"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            # "to Mali", "to Russia's Far East", "to the Gedo region" (a named region of one)
            region = place.lemma_.lower() in {"region", "province", "state", "district", "area"} and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in place.children
            )  # fmt: skip
            if place.ent_type_ == "GPE" or region or any(
                t.ent_type_ == "GPE" and t.dep_ in {"poss", "pobj"} for t in place.subtree if t.i != place.i
            ):  # fmt: skip
                return True
    return False


def aimed_at_each_other(verb: Token) -> bool:
    """Whether a verb's object is "each other" or "one another"."""
    return any(t.lower_ in {"other", "another"} and t.i > 0 and t.doc[t.i - 1].lower_ in {"each", "one"}
               for c in verb.children if c.dep_ in {"prep", "dobj"} for t in c.subtree)  # fmt: skip


def fired_at_nothing(verb: Token) -> bool:
    """Whether shots go "into the air" or "into the sea": fired at no one."""
    return any(
        p.dep_ == "prep" and p.lower_ == "into" and any(o.lemma_.lower() in {"air", "sky", "sea"} for o in p.children)
        for p in verb.children
    )  # fmt: skip


def a_force(token: Token | None) -> bool:
    """Whether an actor is a body of forces ("troops", "the first deployment of peacekeepers"),
    not one officer ("the army chief arrived in Moscow" is a visit)."""
    if token is None:
        return False
    head = through_quantity(token)
    return head.tag_ in {"NNS", "NNPS"} or head.lemma_.lower() in FORCE_WORDS


def calls_off(verb: Token) -> bool:
    """Whether a verb is "call off" (a cancellation), not "call" (a phone call, or calling a
    strike)."""
    return verb.lemma_.lower() == "call" and any(
        c.lower_ == "off" and c.dep_ in {"prt", "advmod", "prep"} for c in verb.children
    )  # fmt: skip


def light_lemma(verb: Token) -> str:
    """A light verb's lemma, "call off" read as "cancel" ("called off the strike" ends it;
    "called a strike" starts one) and "give up" as "surrender"."""
    if calls_off(verb):
        return "cancel"
    if verb.lemma_.lower() == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return "surrender"  # "gave up its nuclear weapons" gives them to no one
    return verb.lemma_.lower()


def light_lemmas(verb: Token) -> set[str]:
    """The lemmas a light verb may have: its own (see :func:`light_lemma`); for a verb the
    tagger took for an adjective ("said it was halting cooperation with", tagged JJ with an
    object), the stems its -ing form may come from."""
    if verb.pos_ == "VERB":
        return {light_lemma(verb)}
    if verb.pos_ == "ADJ" and verb.lower_.endswith("ing") and any(c.dep_ == "dobj" for c in verb.children):
        stem = verb.lower_[:-3]
        return {stem, stem + "e", stem[:-1]}  # halting, reducing, cutting
    return set()


def amount_of(noun: Token) -> Token:
    """The sum an "of" or "in" phrase hangs on ("$4.7 million in military aid", "500 million
    euros of loans": the million), else the noun itself."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"of", "in"} else None
    if head is not None and head.pos_ == "VERB":
        # "cut $4.7 million in aid", the phrase hung on the verb: the sum is its object
        head = next((c for c in head.children if c.dep_ == "dobj"), None)
    if head is not None and (head.ent_type_ == "MONEY" or head.lemma_.lower() in MONEY_WORDS):
        return head
    return noun


def called_off(noun: Token) -> bool:
    """Whether a noun is the object of cancelling ("cancelled a visit", "called off a trip",
    "postponed the talks")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    return calls_off(verb) if verb.lemma_.lower() == "call" else verb.lemma_.lower() in CANCEL_VERBS


def planned(noun: Token) -> bool:
    """Whether a noun event is said to be planned ("a planned strike", "a march scheduled for
    Friday", "the strike called for Monday")."""
    words = {"planned", "scheduled", "proposed", "threatened", "announced", "upcoming", "set", "called"}
    return any(
        (c.dep_ == "amod" and c.lower_ in words) or (c.dep_ == "acl" and c.lower_ in words) for c in noun.children
    )


def partner_objects(token: Token) -> list[Token]:
    """The objects of a relation noun's "with" or "between" ("contact with the United States")."""
    return [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"with", "between"}
            for pobj in prep.children if pobj.dep_ == "pobj"]  # fmt: skip


def up_to_object(verb: Token) -> list[Token]:
    """The object the parser hangs on "to" in "kidnapped up to 16 advisers"."""
    return [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > 0
            and prep.doc[prep.i - 1].lower_ == "up"
            for pobj in prep.children if pobj.dep_ == "pobj" and any(c.dep_ == "nummod" for c in pobj.children)]  # fmt: skip


def condition_subject(verb: Token, marks: frozenset[str] = frozenset({"unless", "if"})) -> Token | None:
    """Whom an ultimatum's condition names: "unless Israel rescinded ..." -> Israel; also on
    the threatened act ("threatened to boycott the vote unless the commission ...")."""
    inner = [g for c in verb.children if c.dep_ == "xcomp" for g in c.children]
    for clause in [*verb.children, *inner]:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
            return next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


# States a measure is kept in: "would stay closed", "remain in force", "stay suspended".
KEPT_STATES = {"closed", "close", "shut", "suspended", "suspend", "frozen", "freeze", "sealed", "seal", "banned", "ban",
               "halted", "halt", "blocked", "block"}
KEPT_PLACES = {"place", "force", "effect"}
KEPT_MEASURES = {"pressure", "sanction", "embargo", "ban", "border", "crossing", "restriction", "measure", "tariff", "duty",
                 "blockade", "curfew", "closure", "freeze", "suspension", "control", "limit", "troop", "force", "counter-tariff",
                 "countermeasure", "boycott"}


def kept_until(verb: Token) -> bool:
    """Whether a clause holds an existing measure until another side acts: "the crossing
    would stay closed until Kabul acts", "sanctions would remain in force until abuses
    stopped", "would keep up the pressure until the prisoners are freed" (a refusal to lift
    it, voiced now)."""
    if not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"until", "till"} for m in c.children)
        for c in verb.children
    ):  # fmt: skip
        return False
    lemma = verb.lemma_.lower()
    if lemma in {"stay", "remain"}:
        return any(
            (c.dep_ in {"acomp", "oprd", "xcomp", "ccomp", "advmod"} and (c.lemma_.lower() in KEPT_STATES or c.lower_ in KEPT_STATES))
            or (c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in KEPT_PLACES for o in c.children))
            for c in verb.children
        )  # fmt: skip
    # (not "would keep up operations against the group until it disarmed": the attacks go on)
    return lemma in {"keep", "maintain"} and any(c.dep_ == "dobj" and c.lemma_.lower() in KEPT_MEASURES for c in verb.children)


# Bodies two sides run together, when "joint" or "bilateral" ("a joint working group", "a
# bilateral commission", "joint patrols").
JOINT_BODIES = {"mechanism", "committee", "commission", "group", "force", "centre", "center", "office", "hotline",
                "patrol", "command", "body", "council", "panel", "team", "unit", "fund", "management"}
# Verbs that found or run such a body.
FOUNDING_VERBS = {"set", "establish", "create", "form", "open", "launch", "run", "revive", "restore", "connect",
                  "reopen", "expand", "conduct", "convene", "reactivate", "operate", "build", "mount", "start"}


def founds_a_joint_body(noun: Token) -> Token | None:
    """The verb that sets up or runs a body two sides share ("set up a joint security committee",
    "will open a joint liaison office", "have run joint patrols"), or None."""
    if noun.lemma_.lower() not in JOINT_BODIES or not any(
        t.lower_ in {"joint", "bilateral"} for t in noun.subtree if t.i < noun.i  # "a joint security committee"
    ):  # fmt: skip
        return None
    verb = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB" or verb.lemma_.lower() not in FOUNDING_VERBS:
        return None
    if verb.lemma_.lower() == "set" and not any(c.lower_ == "up" for c in verb.children):
        return None
    return verb


def resumed_fighting(noun: Token) -> bool:
    """ "The war would resume once the truce expired", "fighting could resume", "the offensive
    would resume with full force": fighting said to start again, with no side named in it."""
    return (
        noun.lemma_.lower() in {"war", "fighting", "hostility", "offensive", "bombardment", "shelling"}
        and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in {"resume", "restart", "reignite"}
        and not any(c.dep_ in {"poss", "amod", "compound"} and c.ent_type_ in {"GPE", "NORP", "ORG"} for c in noun.children)
    )  # fmt: skip


# What talks end without or fail to produce: no agreement.
SETTLEMENTS = {"agreement", "deal", "accord", "progress", "breakthrough", "settlement", "timetable", "result", "compromise"}


def ended_without_a_deal(noun: Token) -> bool:
    """ "The talks ended without an agreement", "the meeting broke up without progress", "talks
    failed to produce a deal": a meeting whose parties reached no agreement."""
    if noun.lemma_.lower() not in MEETINGS or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.lemma_.lower() in {"end", "conclude", "close", "break", "wrap", "finish"}:
        return any(p.lower_ == "without" and any(o.lemma_.lower() in SETTLEMENTS for o in p.children if o.dep_ == "pobj")
                   for p in verb.children if p.dep_ == "prep")  # fmt: skip
    return verb.lemma_.lower() == "fail" and any(
        x.dep_ == "xcomp" and x.lemma_.lower() in {"produce", "yield", "reach", "deliver", "secure"}
        and any(o.dep_ == "dobj" and o.lemma_.lower() in SETTLEMENTS for o in x.children)
        for x in verb.children
    )  # fmt: skip


# Forces that go home: "the foreign troops would leave", "brought its soldiers home".
FORCE_NOUNS = {"troop", "soldier", "force", "unit", "peacekeeper", "contingent", "marine", "paratrooper"}


def forces_going_home(verb: Token) -> bool:
    """ "U.S. troops are due to leave the country", "some units were returning to their bases",
    "would bring its soldiers home": forces withdrawn."""
    lemma = verb.lemma_.lower()
    if lemma == "bring":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS for c in verb.children) and any(
            c.lower_ == "home" for c in verb.children)  # fmt: skip
    if lemma not in {"leave", "return"} or (
        # (not "would keep attacking until African Union troops leave": a condition, not an act)
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"until", "unless", "if", "till"} for c in verb.children)
    ):  # fmt: skip
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "troops are due to leave"
    if subject is None or subject.lemma_.lower() not in FORCE_NOUNS:
        return False
    if lemma == "return":
        return any(p.lower_ == "to" and any(o.lemma_.lower() in {"base", "barracks", "home"} for o in p.children)
                   for p in verb.children if p.dep_ == "prep") or any(c.lower_ == "home" for c in verb.children)  # fmt: skip
    return True


def lets_aid_in(verb: Token) -> bool:
    """ "Israel allowed four fuel tankers into the enclave", "let aid trucks in": a blockade eased."""
    return verb.lemma_.lower() in {"allow", "let", "admit"} and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in AID_GOODS | {"tanker", "truck", "lorry", "convoy", "shipment"}
                              or any(g.lemma_.lower() in AID_GOODS for g in c.children if g.dep_ in {"compound", "amod"}))
        for c in verb.children
    ) and any(c.lower_ in {"into", "in"} for c in verb.children)  # fmt: skip


def brings_elections_forward(verb: Token) -> bool:
    """ "bringing the next general election forward", "bring elections forward to 2024": early
    elections, what a government under pressure concedes."""
    return verb.lemma_.lower() in {"bring", "move"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"election", "vote", "poll"} for c in verb.children
    ) and any(c.lower_ in {"forward", "up"} for c in verb.children)  # fmt: skip


def compounds(token: Token) -> list[Token]:
    """The nouns that modify a head as compounds ("army" in "army positions")."""
    return [child for child in token.children if ((child.dep_ == "compound" and child.pos_ in {"NOUN", "PROPN", "ADJ"})
            or (child.dep_ == "amod" and child.i == token.i - 1))  # "rebel positions" read as an adjective
            and not stance_prefixed(child)]  # "an anti-Syria journalist" is no Syrian


def actor_token_of(verb: Token) -> tuple[Token | None, Token | None]:
    """The actor's head token, and for a passive the subject (who the act was done to)."""
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None and due_in_place(verb):
        return passive_subject, None  # "a delegation is expected in Doha": the delegation travels
    if passive_subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "talks mediated by Lavrov", "a deal brokered by Qatar": the noun is what was done.
        if any(c.dep_ == "agent" for c in verb.children):
            passive_subject = verb.head
    if passive_subject is None and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        # "after talks in Doha mediated by Qatar", parsed as a clause with "talks" as its
        # active subject: a past participle with a by-agent is passive all the same.
        passive_subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if passive_subject is None and verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in SUBJECTS for c in verb.children):
        # "Under the deal, brokered by the United States and France, Israel will withdraw":
        # the participle set off by commas is passive, its agent the one who acts.
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            return by, None
    if passive_subject is not None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        return by, passive_subject
    token = verb
    for _ in range(4):  # climb through "agreed to", "expected to", shared subjects of "and"
        subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.lower_ in {"that", "which", "who"} and token.dep_ == "relcl":
            return token.head, None  # "a bill that would expand penalties": the bill
        inner = next((c for c in subject.children if c.dep_ == "nsubj"), None) if (
            subject is not None and subject.dep_ == "csubj" and subject.tag_ == "VBG"
        ) else None  # fmt: skip
        if inner is not None:
            # "East African leaders meeting in Dar es Salaam condemned the coup", parsed with
            # "meeting" as the clause subject: the leaders condemned it.
            return inner, None
        if subject is not None:
            return subject, None
        if token.dep_ == "relcl" and token.head.pos_ in {"NOUN", "PROPN"}:
            return token.head, None
        if token.dep_ == "acl" and token.tag_ == "VBD" and token.head.dep_ == "ROOT" and token.head.pos_ in {"NOUN", "PROPN"}:
            # "Bangladesh's prime minister, visiting a camp, called on Myanmar to ...": a past
            # verb the parser hung on the sentence's noun (left with no verb) is that noun's act.
            return token.head, None
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lemma_.lower() in DOCUMENTS | STATEMENTS | CROWD_WORDS:
            # "a resolution criticizing the government": its authors act; "demonstrators
            # protesting election results": the crowd does.
            return token.head, None
        if token.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children) and (
            token.head.lemma_.lower() in RESOLVE_NOUNS
        ):  # fmt: skip
            owner = next((c for c in token.head.children if c.dep_ == "poss"), None)
            if owner is not None:
                # "Britain's decision to throw out 23 diplomats", "Japan's move to release the
                # water": whose decision it is acts.
                return owner, None
            if token.head.dep_ == "dobj" and token.head.head.pos_ == "VERB":
                # "announced plans to impose tariffs", "has no plans to meet Zelensky": whoever
                # has or announces the plan.
                token = token.head.head
                continue
        if token.dep_ == "pcomp" and token.head.lower_ in {"by", "after", "before", "while"} and token.head.head.pos_ == "VERB":
            # "Iran responded by launching drones", "after shelling the town": the main verb's subject.
            token = token.head.head
            continue
        if comma_participle(token) and token.head.dep_ in {"xcomp", "ccomp"} and token.head.head.pos_ in {"VERB", "AUX"}:
            # "Seoul demanded that Tokyo withdraw the restrictions, calling them retaliation":
            # a participle set off by a comma goes with the demand, not with what is demanded.
            token = token.head.head
            continue
        if token.dep_ == "amod" and token.tag_ == "VBG" and token.head.dep_ == "dobj" and token.head.head.pos_ == "VERB":
            # "would not rule out suspending flights", the gerund parsed as the noun's modifier.
            token = token.head.head
            continue
        if token.dep_ == "dobj" and token.tag_ == "VBG" and token.head.pos_ == "VERB":
            # "did not rule out developing cooperation": the subject of the verb it is object of.
            token = token.head
            continue
        if token.dep_ == "conj" and token.tag_ == "VBD" and (
            reported_modal_clause(token.head) or (token.lemma_.lower() in SPEECH_ACTS and reported_clause(token.head))
        ):  # fmt: skip
            # "told reporters that allies would defend ... and accused Moscow": a past verb
            # joined to a reported "would" clause goes with the reporting verb.
            token = token.head.head
            continue
        # "is willing to withdraw": through the adjective to the subject of "is" too.
        if token.dep_ not in {"xcomp", "conj", "advcl", "ccomp", "acomp"} or token.head.i == token.i:
            break
        token = token.head
    return None, None


COMPOUND_PREPOSITIONS = {"according", "due", "owing", "thanks", "prior", "ahead", "because", "instead", "regardless",
                         "contrary", "pursuant", "irrespective", "apart", "as"}


def recipient_tokens(match: Match, passive_subject: Token | None) -> list[Token]:
    """Tokens in the recipient slots of the trigger: objects and prepositional objects."""
    tokens: list[Token] = []
    holders = [match.token] if match.token.i == match.verb.i else [match.token, match.verb]
    if match.token.dep_ == "compound" and match.token.head.lemma_.lower() in FRAMING_HEADS:
        holders.append(match.token.head)  # "a mediation effort between the two": the frame's phrase
    # "fired tear gas and live rounds at demonstrators": the parser may join the second object
    # to the verb, and hang the target on it.
    holders += [c for c in match.verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    # "travel on to Costa Rica", "went back to Kyiv": a bare particle may carry the phrase.
    # Not "according to Saudi Arabia", "due to", "ahead of": a source, a cause or a time.
    holders += [c for c in match.verb.children if c.dep_ in {"prep", "prt", "advmod"} and c.i > match.verb.i
                and c.lower_ not in COMPOUND_PREPOSITIONS
                and not any(g.dep_ == "pobj" for g in c.children) and any(g.dep_ == "prep" for g in c.children)]  # fmt: skip
    if match.token.dep_ == "pobj" and match.token.head.lower_ == "with" and match.token.head.head.i == match.verb.i:
        # "provided Egypt with military aid": the one provided for is the object.
        tokens.extend(c for c in match.verb.children if c.dep_ == "dobj")
    if match.token.lemma_.lower() == "hostage" and match.token.i != match.verb.i:
        # "took 130 guards and staff hostage", "took two engineers hostage": the parser may
        # join the captives to "hostage", as its coordinated head or its compound.
        tokens.extend(c for c in match.token.children if c.dep_ in {"compound", "nsubj"} and c.pos_ in {"NOUN", "PROPN"})
        # "held dozens of guests hostage": the captives are the verb's object
        tokens.extend(c for c in match.verb.children if c.dep_ == "dobj" and c.i != match.token.i)
        if match.token.dep_ == "conj" and match.token.head.dep_ == "dobj":
            tokens.append(match.token.head)
    slots = list(match.trigger.recipient)
    own_slots = set(slots)
    inner_holders: set[int] = set()
    if match.trigger.control:
        # "offered to hand over to Britain", "threatened to impose restrictions against German
        # goods": the infinitive carries the recipient of a controlled event.
        inner = [child for child in controlled(match.verb) if child.dep_ != "ccomp"]
        # "offered to send troops to help Nigeria": one more infinitive down.
        inner += [grand for child in inner for grand in controlled(child) if grand.dep_ != "ccomp"]
        holders += inner
        slots += [slot for slot in CONTROLLED_SLOTS if slot not in slots]
        venues = {child.i for child in inner if child.lemma_.lower() in VENUE_VERBS}
        inner_holders = {child.i for child in inner}
    else:
        venues = set()
    if match.trigger.particle and match.trigger.particle not in slots:
        slots.append(match.trigger.particle)  # "called on Rwanda": the particle's object
    if match.trigger.particle:
        # "pulled its forces out of southern Lebanon": the recipient's preposition hangs on
        # the particle.
        holders += [c for c in match.verb.children if c.lower_ == match.trigger.particle and c.dep_ in {"prep", "prt", "advmod"}]
    for slot in slots:
        for holder in holders:
            if slot == "in" and holder.i in venues:
                continue  # where the meeting is held
            if slot == "in" and slot not in own_slots and match.trigger.control and holder.i not in inner_holders:
                # "agreed in Havana to extend the truce": the "in" a controlled act brings is
                # that act's ("to deploy troops in Mali"), not where the agreeing happened.
                continue
            for child in holder.children:
                if slot == "dobj" and child.dep_ == "dobj" and child.i != match.token.i and not sent_or_held(holder, child):
                    tokens.append(child)
                elif slot == "iobj" and child.dep_ == "dative":
                    tokens.append(child)
                elif slot == "poss" and child.dep_ == "poss" and holder.i == match.token.i and not (
                    # "Niger closed the country's airspace": its own, whichever country was named last
                    child.lemma_.lower() in {"country", "nation"} and any(d.lower_ == "the" for d in child.children)
                ):  # fmt: skip
                    tokens.append(child)
                elif slot == "poss" and child.dep_ in {"amod", "compound"} and child.pos_ in {"ADJ", "PROPN"} and (
                    holder.i == match.token.i and child.ent_type_ in {"NORP", "GPE"}
                ):  # fmt: skip
                    tokens.extend([child, *child.conjuncts])  # "burned U.S. and Israeli flags": whose they are
                elif child.dep_ in {"prep", "prt", "dative"} and child.lower_ == slot:
                    # "sent arms to Ukraine": spaCy may call that "to" a dative.
                    tokens.extend(g for g in child.children if g.dep_ == "pobj")
        if slot == "dobj" and passive_subject is not None:
            tokens.append(passive_subject)
        if slot == "for":
            # "set a deadline for the agency to make reforms": the parser makes "for" the mark
            # of a clause; whom it is for is that clause's subject.
            tokens.extend(
                subject for holder in holders for clause in holder.children
                if clause.dep_ in {"advcl", "acl", "ccomp"} and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
                for subject in clause.children if subject.dep_ in SUBJECTS
            )  # fmt: skip
        if slot == "dobj" and not any(child.dep_ == "dobj" for holder in holders for child in holder.children):
            tokens.extend(t for holder in holders for t in up_to_object(holder))
            tokens.extend(t for holder in holders for t in named_as_one(holder))
        if slot not in {"dobj", "iobj"}:
            # "relay the outcome of the talks to Moscow", "threatened to break off relations
            # with Congo": the parser may hang the recipient's preposition inside the object.
            # "share intelligence on the attacks with its NATO allies": or inside what the act is
            # about.
            inner = [c for holder in holders for c in holder.children if c.dep_ == "dobj"]
            inner += [o for holder in holders for p in holder.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPOSITIONS
                      for o in p.children if o.dep_ == "pobj"] if slot in {"with", "to"} else []  # fmt: skip
            for obj in inner:
                if slot == "in" and obj.lemma_.lower() in AGREEMENTS | TRUCES:
                    continue  # "agreed a ceasefire in Jeddah": where it was agreed
                tokens.extend(
                    pobj for prep in obj.subtree if prep.dep_ == "prep" and prep.lower_ == slot and prep.i > obj.i
                    for pobj in prep.children if pobj.dep_ == "pobj"
                )  # fmt: skip
        if slot == "dobj":
            # "to help Nigeria secure the town", "allow Kyiv to strike": whom the help is for.
            tokens.extend(
                subject for holder in holders if holder.lemma_.lower() in HELPING_VERBS
                for clause in holder.children if clause.dep_ == "ccomp"
                for subject in clause.children if subject.dep_ in SUBJECTS
            )  # fmt: skip
        if slot == "dobj" and not any(child.dep_ == "dobj" for holder in holders for child in holder.children):
            # "demanded that Russia withdraw": the subject of the demanded clause. But "struck
            # what New Delhi called a training camp": that clause is the object, and the one
            # naming it is not the target; the thing named is.
            clauses = [clause for holder in holders for clause in holder.children if clause.dep_ == "ccomp"]
            for clause in clauses:
                named = what_it_is_called(clause)
                if named is not None:
                    tokens.append(named)
                else:
                    tokens.extend(subject for subject in clause.children if subject.dep_ in SUBJECTS)
    if not tokens and ready_to(match.verb):
        # "was ready to discuss Uzbekistan's concerns": an offer to whoever voiced them.
        tokens.extend(p for o in match.verb.children if o.dep_ == "dobj" for p in o.children
                      if p.dep_ == "poss" or (p.dep_ in {"amod", "compound"} and p.ent_type_ in {"NORP", "GPE"}))  # fmt: skip
    return tokens


def sent_or_held(verb: Token, obj: Token) -> bool:
    """Whether a verb's object is what the actor sends or holds, not whom the act is for:
    "pledged to send 500 soldiers", "offered to deploy police officers", "offered to host
    talks", "agreed to replace its military personnel"."""
    thing = through_quantity(obj).lemma_.lower()
    if verb.lemma_.lower() in SENDING_VERBS | {"deploy", "replace", "withdraw", "keep", "station"}:
        return thing in FORCES | SENT_PEOPLE
    return verb.lemma_.lower() in {"host", "hold", "organise", "organize", "convene", "arrange"} and thing in MEETINGS


def what_it_is_called(clause: Token) -> Token | None:
    """The thing a free relative names: "camp" in "what New Delhi called a training camp",
    "depot" in "what the army said was a weapons depot"; None for any other clause."""
    if any(c.tag_ == "WP" and c.dep_ == "dobj" for c in clause.children):
        return next((c for c in clause.children if c.dep_ in {"dobj", "oprd"} and c.tag_ != "WP"), None)
    inner = next((c for c in clause.children if c.dep_ == "ccomp"), None)
    if inner is not None and any(c.tag_ == "WP" and c.dep_ in SUBJECTS for c in inner.children):
        return next((c for c in inner.children if c.dep_ in {"attr", "acomp"}), None)
    return None


def refers_to_an_act(verb: Token) -> bool:
    """Whether what is welcomed or condemned is an act named before: "welcomed the
    agreement", "condemned the strikes", "praised the move" (a definite noun, no owner)."""
    return referred_act(verb) is not None


def referred_act(verb: Token) -> str | None:
    """The noun of an act named before that a reaction is to ("strike" in "condemned the
    strikes"), or None."""
    for obj in (child for child in verb.children if child.dep_ == "dobj"):
        definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in obj.children)
        owned = any(c.dep_ == "poss" for c in obj.children)
        if definite and not owned and obj.pos_ == "NOUN" and obj.lemma_.lower() not in PAIR_NOUNS:
            return obj.lemma_.lower()
    return None


def asks_release(match: Match) -> bool:
    """Whether a demand is for captives to be freed: "demanded their immediate release",
    "called for the release of all detainees"."""
    holders = [match.token, match.verb]
    objects = [c for h in holders for c in h.children if c.dep_ == "dobj"]
    objects += [o for h in holders for p in h.children if p.dep_ in {"prep", "prt"} and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return match.token.lemma_.lower() == "release" or any(o.lemma_.lower() in {"release", "freedom"} for o in objects)


def caught_vessel(match: Match) -> Token | None:
    """The vessel (or crew) an act takes or lets go: "seized two trawlers", "detained their 31
    crew members", "the tanker was freed", "the seizure of the tanker"."""
    objects = [c for c in match.verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if match.token.i != match.verb.i:
        objects += [o for p in match.token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for thing in map(through_quantity, objects):
        # "31 crew members": the crew the compound names
        words = {thing.lemma_.lower()} | {c.lemma_.lower() for c in thing.children if c.dep_ == "compound"}
        if words & CAUGHT_VESSELS:
            return thing
    return None


def asks_for_calm(verb: Token) -> bool:
    """Whether a call is for a ceasefire, restraint or talks ("urged an immediate ceasefire",
    "called for restraint")."""
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for" for p in prep.children if p.dep_ == "pobj"]
    asked += [p for prep in verb.children if prep.dep_ == "prt" and prep.lower_ == "for" for p in verb.children if p.dep_ == "dobj"]
    return any(token.lemma_.lower() in CALM_WORDS for token in asked)


def permitting_verb(noun: Token) -> Token | None:
    """The verb of permission in "allowed inspectors to visit", if the noun is whom it lets."""
    clause = noun.head
    if noun.dep_ == "nsubj" and clause.dep_ in {"ccomp", "xcomp"} and clause.head.lemma_.lower() in PERMITTING:
        return clause.head
    return None


def weighing_verb(noun: Token, event: str) -> Token | None:
    """The verb weighing or preparing a noun event of this type ("considering a ban on apps",
    "prepared a new package of sanctions"), if the noun is its object."""
    base = noun
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    base = of_head(base, MEASURE_NOUNS)
    if base.dep_ == "dobj" and base.head.pos_ == "VERB" and event in WEIGHED_TYPES.get(base.head.lemma_.lower(), ()):
        return base.head
    if base.dep_ == "dobj" and not_ruled_out(base.head) and event in POLICY_TYPES:
        return base.head  # "did not rule out sanctions against Pyongyang": a possibility
    return None


def mission_places(heads: Iterable[Token]) -> Iterator[Token]:
    """The embassies and consulates named in the phrases hanging on these words."""
    for prep in (child for head in heads for child in head.children if child.dep_ == "prep"):
        yield from (place for place in prep.subtree if place.dep_ == "pobj" and place.lemma_.lower() in MISSIONS)


def missions_at(match: Match, resolver: ActorResolver) -> list[Entity]:
    """The countries whose embassy or consulate the clause happens at ("gathered outside the
    Russian embassy", "held a rally near the Japanese embassy")."""
    found: list[Entity] = []
    for place in mission_places({match.verb.i: match.verb, match.token.i: match.token}.values()):
        found += nationals(place, resolver)
        found += [e for of in of_objects(place) for e in resolver.countries_named(of) if e.code]
        found += [e for c in place.children if c.dep_ == "poss" for e in resolver.countries_named(c) if e.code]
    return found


def has_parties(noun: Token) -> bool:
    """Whether a noun names who acts or whom it concerns: "between", "on", "against",
    "with", "by", a possessive or a nationality."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"between", "on", "against", "with", "by", "from", "to"}:
            return True
        if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"}):
            return True
    return False


def nationals(noun: Token, resolver: ActorResolver) -> list[Entity]:
    """The countries named by adjectives or names before a noun ("Israeli", "U.S.")."""
    found: dict[str, Entity] = {}
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "nmod"} and child.i < noun.i and child.ent_type_ in {"NORP", "GPE"}:
            for entity in resolver.countries_named(child):
                found.setdefault(entity.code or "", entity)
    return [entity for code, entity in found.items() if code]


def nominal_actor(noun: Token) -> Token | None:
    """Who does a noun event: "Israel's strikes", "strikes by the army", "an offer from Kyiv"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in {"its", "their", "his", "her"}:
            return child
    for child in noun.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from"}:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def denied_part(noun: Token) -> Token | None:
    """The verb of denial when a noun event is what someone denies a part in: "denied any
    involvement in the attack", "rejected responsibility for the strikes"."""
    prep = noun.head
    part = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "for"} or part.lemma_.lower() not in DENIED_PARTS:
        return None
    verb = part.head
    if part.dep_ == "dobj" and verb.lemma_.lower() in DENYING_VERBS:
        return verb
    return None


def retaliator(noun: Token) -> Token | None:
    """Who answers a noun event in kind: the subject of the clause it is retaliation for
    ("Iran fired missiles ... in retaliation for U.S. strikes": Iran; "Russia would expel 23
    diplomats, retaliating for Britain's expulsion of ...": Russia)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"for", "to"}:
        return None
    answer = prep.head
    if answer.lemma_.lower() in RETALIATION_NOUNS and answer.dep_ == "pobj" and answer.head.dep_ == "prep":
        clause = answer.head.head
    elif answer.lemma_.lower() in RETALIATING_VERBS and answer.pos_ == "VERB":
        clause = answer
    else:
        return None
    # "..., retaliating for": the participle's subject is the clause it hangs from's.
    while clause.pos_ in {"VERB", "AUX"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) and (
        clause.dep_ in {"advcl", "conj", "xcomp"}
    ):  # fmt: skip
        clause = clause.head
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    subject, _ = actor_token_of(clause)
    return subject


def due_in_place(token: Token) -> bool:
    """ "A delegation is due in Washington next week", "an Israeli team is expected in Doha on
    Monday": someone expected to arrive in a named place (a visit to come)."""
    if token.lemma_.lower() not in {"due", "expect"}:
        return False
    expected = token.lemma_.lower() == "expect" and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)
    due = token.lemma_.lower() == "due" and token.dep_ in {"acomp", "ROOT"}
    if not (expected or due) or any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
        return False  # "is due to meet", "is expected to sign": the act that follows says what
    return any(
        prep.lower_ in {"in", "at"} and place.ent_type_ in {"GPE", "LOC", "FAC"}
        for prep in token.children if prep.dep_ == "prep" for place in prep.children if place.dep_ == "pobj"
    )  # fmt: skip


def denied_contents(deny: Token) -> list[Token]:
    """The clauses a verb of denial denies: "denied that its fighters had fired", "denied
    carrying out the attack", "denied reports that civilians had been killed"."""
    clauses = [c for c in deny.children if c.dep_ in {"ccomp", "xcomp"}]
    return clauses + [c for o in deny.children if o.dep_ == "dobj" and o.lemma_.lower() in DENIED_REPORTS
                      for c in o.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}]  # fmt: skip


def denied_clause(verb: Token) -> Token | None:
    """The verb of denial a clause is the content of ("denied that its troops had crossed",
    "denied reports that civilians had been killed"), or None."""
    deny = denier_of(verb)
    return deny if deny is not None and deny.lemma_.lower() in DENYING_VERBS else None


def denied_act(clause: Token) -> str | None:
    """The PLOVER type of the act a denied clause with no trigger of its own says was done:
    ASSAULT for weapons, shooting or killing ("denied that live ammunition had been used"),
    MOBILIZE for forces being or going somewhere ("denied that any Chinese soldiers were in
    the country"); None when the clause says neither ("denied that the talks had failed")."""
    words = {t.lemma_.lower() for t in clause.subtree}
    if words & DENIED_ATTACK_WORDS:
        return "ASSAULT"
    forces = any(through_quantity(c).lemma_.lower() in FORCES for c in clause.children if c.dep_ in SUBJECTS)
    if forces and clause.lemma_.lower() in DENIED_PRESENCE_VERBS:
        return "MOBILIZE"
    return None


def nominal_modality(noun: Token) -> str:
    """ "possible sanctions", "a planned summit", "failed talks": what the words before say;
    otherwise the clause the noun sits in decides."""
    words = {child.lower_ for child in noun.children if child.dep_ in {"amod", "compound"}}
    if words & {"possible", "potential", "proposed", "threatened", "mooted"}:
        return "hypothetical"
    if words & {"planned", "upcoming", "scheduled", "expected", "forthcoming"}:
        return "future"
    if words & {"failed", "cancelled", "canceled", "aborted", "abandoned"}:
        return "negated"
    if not_ruled_out(noun.head):
        return "hypothetical"  # "did not rule out sanctions"
    if denied_part(noun) is not None:
        return "negated"  # "denied any involvement in the attack": by the denier's word, it did not
    return modality_of(noun.head) if noun.head.pos_ in {"VERB", "AUX"} else "asserted"


def between(noun: Token) -> list[Token]:
    """The parties of "a summit between Trump and Putin" (conjuncts come with each)."""
    objects = [
        pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "between"
        for pobj in prep.children if pobj.dep_ == "pobj"
    ]  # fmt: skip
    # "between Trump and Russian President Vladimir Putin": the parser may hang the first
    # party on the second as a modifier.
    named = [token for pobj in objects for token in pobj.subtree if token.dep_ == "nmod" and token.pos_ == "PROPN"]
    return sorted(objects + named, key=lambda token: token.i)


def authors_of(document: Token) -> Token | None:
    """Who is behind a bill or plan: the subject of the verb it hangs on ("lawmakers are
    working on a bill", "the government unveiled a plan")."""
    token = document
    for _ in range(3):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            return next((child for child in head.children if child.dep_ in SUBJECTS), None)
        token = head
    return None


def warns_of_action(verb: Token) -> bool:
    """ "warned X that it would ...": an addressee and a clause of what will be done; or a
    clause of what the other side will suffer ("warned that Israel would face severe
    punishment")."""
    addressee = any(child.dep_ in {"dobj", "dative"} for child in verb.children)
    clause = next((child for child in verb.children if child.dep_ == "ccomp"), None)
    if clause is not None and clause.lemma_.lower() == "risk" and any(
        t.lemma_.lower() in PERILS for c in clause.children if c.dep_ in {"xcomp", "dobj"} for t in (c, *c.children)
    ):  # fmt: skip
        return True  # "warned that protesters risked losing their lives"
    if clause is None or not any(
        child.dep_ == "aux" and child.lower_ in WARNING_AUX for child in clause.children
    ):  # fmt: skip
        return False
    if not any(child.dep_ == "aux" and child.lower_ in {"would", "will", "'ll"} for child in clause.children):
        # "warned that Russia could face a stronger NATO presence": only what the other may suffer
        return clause.lemma_.lower() in SUFFERING_VERBS
    # "warned that any attack would be met with force / treated as a declaration of war"
    answered = clause.lemma_.lower() in ANSWERED_AS and any(c.dep_ == "auxpass" for c in clause.children)
    return addressee or answered or clause.lemma_.lower() in SUFFERING_VERBS


def truce_holding(verb: Token) -> str | None:
    """What a verb says of a truce that is its subject: "held" ("took hold", "took effect",
    "came into force", "held overnight"), "broken" ("did not hold", "was broken", "collapsed"),
    or None if neither."""
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    if lemma in {"collapse", "break", "crumble", "falter", "fail"}:
        return "broken"
    took = lemma == "take" and any(c.lemma_.lower() in {"hold", "effect"} for c in verb.children)
    came = lemma in {"come", "go"} and any(
        p.lower_ in {"into", "in"} and any(o.lemma_.lower() in {"force", "effect"} for o in p.children) for p in verb.children
    )  # fmt: skip
    if took or came or lemma == "hold":
        return "broken" if negated else "held"
    return None


def truce_clause(truce: Token) -> Token | None:
    """The verb that says whether a truce held: the one it is the subject of ("the ceasefire
    took hold"), or its relative clause's ("since a ceasefire that took effect in August")."""
    if truce.dep_ in SUBJECTS and truce_holding(truce.head) is not None:
        return truce.head
    return next((
        clause for clause in truce.children
        if clause.dep_ == "relcl" and truce_holding(clause) is not None
        and any(c.dep_ in SUBJECTS and c.lower_ in {"that", "which"} for c in clause.children)
    ), None)  # fmt: skip


def purpose_clause(clause: Token) -> bool:
    """Whether an adverbial clause says what an act is for: "to mediate", "in order to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and clause.tag_ == "VB"


def answered_threat(verb: Token) -> bool:
    """ "said any retaliation would be met with higher duties": what someone says will answer
    another's act, in the passive, is a warning (as "warned that ..." is)."""
    clause = next((child for child in verb.children if child.dep_ == "ccomp"), None)
    return (
        clause is not None and clause.lemma_.lower() in ANSWERED_AS
        and any(c.dep_ == "auxpass" for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll"} for c in clause.children)
    )  # fmt: skip


def threatened(verb: Token) -> Token | None:
    """Who a warning is aimed at: the subject of a "would face" clause, else the object of
    what the warner says it will do ("will no longer tolerate rallies by Kifaya")."""
    clause = next((child for child in verb.children if child.dep_ == "ccomp"), None)
    if clause is None:
        return None
    if clause.lemma_.lower() in SUFFERING_VERBS | ANSWERED_AS | {"risk"}:
        return next((child for child in clause.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    # "would respond militarily to any Russian provocation", "would act against the rebels".
    aimed = (pobj for prep in clause.children if prep.dep_ == "prep" and prep.lower_ in {"to", "against", "on", "at"}
             for pobj in prep.children if pobj.dep_ == "pobj")  # fmt: skip
    return next((child for child in clause.children if child.dep_ == "dobj"), None) or next(aimed, None)


def voiced(verb: Token) -> bool:
    """Whether a clause is what someone says they will or would do ("said it would not
    attend"): a voiced refusal, not a report that something did not happen."""
    token = verb
    for _ in range(3):
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING_VERBS:
            return any(c.lower_ in {"would", "will", "wo", "'d"} for c in verb.children if c.dep_ == "aux")
        if token.dep_ not in {"xcomp", "conj"} or token.head.i == token.i:
            return False
        token = token.head
    return False


# What a speaker says they will not do that refuses nobody: "would not comment", "would not
# speculate", "would not be enough", "the talks would not change anything".
NOT_REFUSALS = {"be", "have", "comment", "speculate", "say", "disclose", "elaborate", "reveal", "confirm", "identify",
                "name", "know", "happen", "change", "need", "last", "matter", "work", "succeed", "help", "hurt",
                "affect", "win", "lose", "stop", "hesitate", "rule", "get", "go", "come", "see", "expect", "want"}


def vowed_not_to(verb: Token) -> Token | None:
    """The speaker's subject when a clause is their own "will not" or "would never" ("Manila
    said it would not abandon the shoal", "Beijing said it would never allow construction on
    the reef"): a refusal voiced now, whatever the verb. None for a verb that refuses no one
    ("said it would not comment"), or a condition ("would not attend if ...")."""
    if verb.lemma_.lower() in NOT_REFUSALS or not voiced(verb):
        return None
    if not any(c.dep_ == "neg" and c.lower_ in {"not", "n't", "never"} for c in verb.children):
        return None
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
           for c in verb.children):  # fmt: skip
        return None
    saying = verb
    while saying.dep_ in {"xcomp", "conj"} and saying.head.i != saying.i:
        saying = saying.head
    return next((c for c in saying.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


CHARGE_NOUNS = {"charge", "claim", "accusation", "allegation"}
ACCUSING_VERBS = {"accuse", "blame", "charge"}


def denies_a_charge(deny: Token) -> bool:
    """Whether a verb of denial is of a charge just made: "a charge Kabul denies", "which the
    government denied", "denied the accusation"."""
    objects = [c for c in deny.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(o.lemma_.lower() in CHARGE_NOUNS for o in objects):
        return True
    return deny.dep_ == "relcl" and (
        deny.head.lemma_.lower() in CHARGE_NOUNS or any(o.lower_ in {"which", "that"} for o in objects)
    )


def accused_of(act: Token) -> Token | None:
    """Who is accused of an act: "accused Kabul of sheltering the militants" -> Kabul."""
    prep = act.head
    if act.dep_ not in {"pcomp", "pobj"} or prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.head.lemma_.lower() in ACCUSING_VERBS:
        return verb  # "accused security forces of firing", with "of" hung on the accused
    if verb.lemma_.lower() not in ACCUSING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


HELPING_FORCES = {"police", "policeman", "policemen", "officer", "gendarme", "peacekeeper", "peacekeeping", "medic",
                  "doctor", "engineer", "rescuer", "firefighter"}
HELPING_PURPOSES = {"help", "assist", "support", "protect", "stabilise", "stabilize", "train"}


def helping_deployment(verb: Token) -> bool:
    """Whether forces sent abroad go to help: police or peacekeepers ("deployed 400 police
    officers to Haiti", "police were sent to Honiara"), or troops sent "to help restore order"
    or "at the government's request" (not "to restore constitutional order", which may be
    against a junta)."""
    # Forces sent, or arriving ("Kenyan police officers arrived in Haiti").
    deps = {"dobj", "nsubjpass", "nsubj"} if verb.lemma_.lower() in {"arrive", "land"} else {"dobj", "nsubjpass"}
    sent = [through_quantity(c) for c in verb.children if c.dep_ in deps]
    if any(t.lemma_.lower() in HELPING_FORCES or any(c.lemma_.lower() in HELPING_FORCES for c in t.children
                                                     if c.dep_ in {"compound", "amod"}) for t in sent):  # fmt: skip
        return True
    # The clause's own words, and those of the verb it is the complement of ("began sending
    # 2,500 troops on Thursday at Tokayev's request", "landed ... as part of a mission to help").
    clause = verb.head if verb.dep_ == "xcomp" else verb
    words = list(clause.subtree)
    purposes = [t for t in words if t.dep_ in {"advcl", "xcomp", "acl", "relcl"} and t.lemma_.lower() in HELPING_PURPOSES]
    requested = any(t.dep_ == "pobj" and t.lemma_.lower() in {"request", "invitation"}
                    and t.head.lower_ in {"at", "upon", "on"} for t in words)  # fmt: skip
    supporting = any(t.dep_ == "pobj" and t.lemma_.lower() == "support" and t.head.lower_ == "in" for t in words)
    return bool(purposes) or requested or supporting


def helped_parties(verb: Token) -> list[Token]:
    """Whom forces sent to help are for: "to help Lithuania", "at Kinshasa's request", "at the
    request of the government", "in support of Greece"."""
    clause = verb.head if verb.dep_ == "xcomp" else verb
    found = []
    for t in clause.subtree:
        if t.dep_ in {"advcl", "xcomp", "acl", "relcl"} and t.lemma_.lower() in HELPING_PURPOSES:
            found += [o for o in t.children if o.dep_ == "dobj"]
            # "to help Poland reinforce the fence": whom they help is the helped clause's subject.
            found += [s for c in t.children if c.dep_ in {"ccomp", "xcomp"} for s in c.children if s.dep_ == "nsubj"]
        elif t.dep_ == "pobj" and t.lemma_.lower() in {"request", "invitation", "support"} and t.head.lower_ in {"at", "upon", "on", "in"}:
            found += [p for p in t.children if p.dep_ == "poss" and p.lower_ not in {"its", "their", "his", "her"}]
            found += of_objects(t)
    return found


def states_strikes(noun: Token) -> bool:
    """Whether "strikes" are a state's or weapons' ("Israeli and US strikes", "air strikes",
    "drone strikes"): attacks, not walkouts."""
    return noun.lemma_.lower() == "strike" and any(
        c.ent_type_ in {"NORP", "GPE"} or c.lower_ in {"air", "missile", "drone", "artillery", "military"}
        for c in noun.subtree if c.i < noun.i
    )  # fmt: skip


PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "riot"}
# Where a protest noun is told as something that happened: "after weeks of protests", "amid
# protests", "during the demonstrations".
TELLING_PREPS = {"of", "after", "amid", "amidst", "during", "since", "following", "despite", "by", "at", "on", "against"}


def protests_told_alone(noun: Token) -> bool:
    """Whether a protest noun tells of protests with no verb of their own: "after weeks of
    street protests against the bid", "protests in several cities", "Protests that began
    over fuel prices spread". Not the object of a verb (held, banned, called for: those have
    rules of their own), nor a single formal "protest" of one government to another."""
    if noun.lemma_.lower() not in PROTEST_NOUNS or noun.dep_ == "compound":
        return False
    base = noun
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    base = of_head(base, {"week", "day", "month", "year", "wave", "series"})  # "weeks of protests"
    told = (base.dep_ == "pobj" and base.head.lower_ in TELLING_PREPS) or (
        base.dep_ in {"nsubj", "nsubjpass"} and base.head.pos_ == "VERB"
    )  # fmt: skip
    if not told:
        return False
    # Plural, or said to be of the street, the masses, or against something: protests, not a note.
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    against = any(c.dep_ == "prep" and c.lower_ in {"against", "over", "in"} for c in noun.children)
    return noun.tag_ == "NNS" or against or bool(modifiers & {"street", "mass", "nationwide", "anti-government", "student",
                                                               "opposition", "popular", "violent", "deadly"})


def told_as_setting(noun: Token) -> bool:
    """Whether a meeting noun is told as what another act came after or out of: "after peace
    talks with Ukraine", "at the end of ten days of talks", "following negotiations"."""
    base = of_head(noun, {"day", "week", "month", "hour", "round", "year"})  # "ten days of talks"
    base = of_head(base, {"end", "conclusion", "close"})  # "at the end of ..."
    return base.dep_ == "pobj" and base.head.lower_ in {"after", "following", "at", "during", "in", "through"}


def no_talks_to_come(noun: Token) -> bool:
    """ "said there would be no talks with the paramilitaries", "said there will be no
    negotiations": talks ruled out by whoever says so."""
    if noun.lemma_.lower() not in {"talk", "talks", "negotiation", "dialogue", "contact"}:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    verb = noun.head
    return (noun.dep_ in {"attr", "nsubj"} and verb.lemma_.lower() == "be"
            and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll", "could"} for c in verb.children)
            and saying_verb_over(verb) is not None)  # fmt: skip


def seized_power(thing: Token) -> bool:
    """Whether what is taken is power over a state: "power", or "charge" or "control" of the
    country or the government."""
    lemma = thing.lemma_.lower()
    if lemma == "power":
        return True
    return lemma in {"charge", "control"} and any(
        o.lemma_.lower() in {"country", "government", "state", "nation"}
        for p in thing.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    )  # fmt: skip


COURTS = {"court", "tribunal", "icj", "wto", "arbitration", "judge", "judiciary", "ombudsman", "council"}
DISPUTES = {"case", "dispute", "complaint", "matter", "incident", "issue", "claim", "grievance"}


def goes_to_court(verb: Token) -> bool:
    """Whether a verb takes someone to law: "would appeal against the ruling", "challenged
    the law in court", "took its case to an international tribunal", "would challenge the
    police in court"."""
    lemma = verb.lemma_.lower()
    preps = [p for p in verb.children if p.dep_ == "prep"]
    # "challenge the decision in the Supreme Court": the parser may hang the court on the object.
    held = preps + [p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
    places = [o for p in held if p.lower_ in {"to", "in", "before", "at"} for o in p.children if o.dep_ == "pobj"]
    at_court = any(
        o.lemma_.lower() in COURTS or any(w.lemma_.lower() in COURTS for w in o.subtree)
        # "take the dispute to the World Trade Organization": the trade body's dispute panel
        or "world trade" in " ".join(w.lower_ for w in o.subtree)
        for o in places
    )  # fmt: skip
    if lemma == "appeal" and any(p.lower_ == "against" for p in preps):
        return True
    if lemma == "appeal" and not any(p.lower_ in {"to", "for"} for p in preps) and not any(
        c.dep_ in {"xcomp", "ccomp"} for c in verb.children
    ) and all(c.lemma_.lower() in RULINGS for c in verb.children if c.dep_ == "dobj"):  # fmt: skip
        # "The Treasury said it would appeal", "appealed the verdict": not "appealed to Kyiv to".
        return True
    if lemma == "challenge" and (at_court or any(t.lower_ in {"unconstitutional", "illegal", "unlawful"} for t in verb.subtree)):
        return True
    # "took the dispute to the WTO", or the other party itself: "took Kenya to the ICJ".
    return lemma in {"take", "bring", "refer"} and at_court and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in DISPUTES or c.ent_type_ in {"GPE", "ORG", "NORP"}) for c in verb.children
    )  # fmt: skip


def halting_verb(fighting: Token) -> Token | None:
    """The verb whose object the fighting is, through a length of time: "halted six weeks of
    fighting", "ended the fighting"."""
    held = of_head(fighting, MEASURE_NOUNS, deps=("pobj", "pcomp"))  # the parser may read "fighting" as a verb
    return held.head if held.dep_ == "dobj" and held.head.pos_ == "VERB" else None


def rioting(actor_token: Token | None, actors: list[Entity]) -> bool:
    """Whether the attackers are a civilian crowd: protesters, youths, supporters (plural)."""
    if actor_token is None or not actors or any(e.sector not in CROWD_SECTORS for e in actors):
        return False
    head = through_quantity(actor_token)
    return head.tag_ in {"NNS", "NNPS"} or head.lemma_.lower() in CROWD_WORDS


def carries_aid(vehicle: Token) -> bool:
    """Whether a vehicle is said to carry relief ("trucks carrying food, water and medicine",
    "trucks of aid", "an aid convoy", "convoys of food and medicine")."""
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in AID_GOODS | {"humanitarian"} for c in vehicle.children):
        return True
    loads = [o for p in vehicle.children if p.dep_ == "prep" and p.lower_ in {"of", "with"} for o in p.children if o.dep_ == "pobj"]
    if any(good.lemma_.lower() in AID_GOODS for load in loads for good in (load, *load.conjuncts)):
        return True
    for clause in vehicle.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in {"carry", "bring", "transport", "load"}:
            goods = [c for c in clause.children if c.dep_ == "dobj"]
            goods += [conj for good in goods for conj in good.conjuncts]
            if any(good.lemma_.lower() in AID_GOODS for good in goods):
                return True
    return False


def offers_help(verb: Token) -> bool:
    """Whether an offer or pledge is to give or send something ("offered to send election
    materials", "pledged to provide aid")."""
    return any(act.lemma_.lower() in GIVING_VERBS for act in controlled(verb))


def leaving_office(verb: Token) -> bool:
    """Whether the act is leaving office, or a refusal or promise to ("refused to resign")."""
    acts = [verb, *controlled(verb)]
    return any(act.lemma_.lower() in {"resign", "abdicate", "quit"} or (
        act.lemma_.lower() == "step" and any(c.lower_ in {"down", "aside"} for c in act.children)
    ) for act in acts)  # fmt: skip


def celebrates(verb: Token) -> bool:
    """ "poured into the streets to celebrate": a celebration or mourning is no protest."""
    return any(child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in CELEBRATING for child in verb.children)


def blames_in_clause(verb: Token) -> bool:
    """Whether what someone says is that another is to blame: "said the Russian state was
    culpable for the attack", "said Iran was behind the strike", "said Hamas was responsible"."""
    return blamed_party(verb) is not None


def blamed_party(verb: Token) -> Token | None:
    """The subject of a clause saying someone is to blame (see :func:`blames_in_clause`)."""
    for clause in (child for child in verb.children if child.dep_ == "ccomp" and child.lemma_.lower() == "be"):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        if any(c.dep_ == "acomp" and c.lemma_.lower() in BLAMEWORTHY for c in clause.children):
            return subject
        if any(c.dep_ == "prep" and c.lower_ == "behind" and any(o.dep_ == "pobj" for o in c.children) for c in clause.children):
            return subject
    return None


def holds_responsible(verb: Token) -> bool:
    """ "held Kyiv responsible for the blast": "responsible" said of someone (parsed as an
    object with a predicate, or as a small clause with its own subject)."""
    for child in verb.children:
        if child.lemma_.lower() in BLAMEWORTHY and child.dep_ in {"ccomp", "xcomp", "oprd", "acomp"}:
            small_clause = any(c.dep_ in SUBJECTS for c in child.children)
            if small_clause or any(c.dep_ == "dobj" for c in verb.children):
                return True
    return False


def gives_a_deadline(verb: Token) -> bool:
    """ "gave the junta one week to reinstate Bazoum", "gave its diplomats 24 hours to leave",
    "has given the junta until Sunday to reinstate the president": someone, a span of time, and
    what must be done in it."""
    spans = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in DEADLINE_SPANS]
    spans += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "until" and verb.lemma_.lower() == "give"]
    someone = any(c.dep_ in {"dative", "dobj", "iobj"} and c.lemma_.lower() not in DEADLINE_SPANS for c in verb.children)
    task = any(t.dep_ in {"relcl", "acl", "xcomp", "advcl"} and any(a.lower_ == "to" for a in t.children)
               for span in spans for t in (*span.children, *verb.children))  # fmt: skip
    return bool(spans) and someone and task


def held_captive(verb: Token) -> bool:
    """ "who has been held at the presidential palace", "were being held in Evin prison": a
    person (not talks or an election) held somewhere, in the passive."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    if subject.lower_ in {"who", "whom"} and verb.dep_ == "relcl":
        subject = verb.head
    # A name held somewhere is a person ("Bazoum", even when the tagger takes it for a body);
    # a place "held by" someone is territory, and talks are "held" too.
    named = (subject.pos_ == "PROPN" and subject.ent_type_ not in {"GPE", "LOC", "FAC", "NORP", "EVENT", "DATE"}
             and not any(c.dep_ == "det" for c in subject.children))  # not "the Doha Forum"
    person = subject.ent_type_ == "PERSON" or named or subject.lemma_.lower() in CAPTIVES
    person = person and not any(c.dep_ == "nummod" and c.ent_type_ == "DATE" for c in subject.children)  # "Davos 2024"
    somewhere = any(c.dep_ == "prep" and c.lower_ in {"at", "in", "incommunicado"} for c in verb.children)
    return person and somewhere


def protesting_purpose(verb: Token) -> bool:
    """Whether a gathering says it is a protest by what it is for: "gathered to denounce the
    takeover", "assembled to protest against the verdict"."""
    return any(
        child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in PROTESTED_WITH
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        for child in verb.children
    )  # fmt: skip


def crowd_at_mission(verb: Token) -> bool:
    """ "Hundreds of students gathered outside the Croatian embassy": a crowd (a plural or
    counted subject) at a foreign mission is there to protest."""
    at_mission = any(True for _ in mission_places([verb]))
    crowd = any(
        through_quantity(subject).tag_ in {"NNS", "NNPS"}
        for subject in verb.children if subject.dep_ in SUBJECTS
    )  # fmt: skip
    return at_mission and crowd


def crowd_subject(verb: Token, words: set[str]) -> bool:
    """Whether the verb's subject is one of these crowds ("hundreds of protesters"); for the
    obstructing verbs, a people named in the plural too ("young Algerians blocked roads")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in clause.children):
        clause = clause.head  # "protesters burned tyres and blocked the road": the first verb's subject
    subjects = [child for child in clause.children if child.dep_ in SUBJECTS]
    if not subjects and clause.dep_ == "acl" and clause.tag_ == "VBG":
        subjects = [clause.head]  # "protesters blocking the airport's access road"
    for subject in subjects:
        if subject.lower_ in {"who", "that", "which"} and clause.dep_ == "relcl":
            subject = clause.head  # "protesters who converged on Lima"
        head = through_quantity(subject)
        people = words is AGGRIEVED_GROUPS and head.tag_ == "NNPS" and head.ent_type_ == "NORP"
        # "Hundreds of thousands of people blocked streets": a crowd counted in thousands.
        multitude = words is AGGRIEVED_GROUPS and head.lemma_.lower() in {"people", "person", "resident"} and (
            subject.lower_ in COUNTED_CROWDS
            # "groups of young people who gathered": the relative clause hangs on "people"
            or (subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.lower_ in COUNTED_CROWDS)
        )  # fmt: skip
        if head.lemma_.lower() in words or people or multitude:
            return True
    return False


def speaker_acts(verb: Token) -> bool:
    """Whether the one who says it is the one who would act ("said they would walk out if"),
    not a third party guessing ("lawmakers said Brussels could freeze funding if")."""
    subject, _ = actor_token_of(verb)
    reported = verb.dep_ == "ccomp" and is_reported(verb.head)
    return subject is None or subject.pos_ == "PRON" or not reported


# What a party may do to press another: stop, put off or stay away from something.
WITHHOLDING_VERBS = {"halt", "suspend", "stop", "freeze", "postpone", "delay", "cancel", "end", "quit", "leave",
                     "abandon", "scrap", "cut", "block", "veto", "reconsider", "review", "retaliate", "declare", "close",
                     "shut", "recall", "downgrade", "reduce", "stay", "walk", "pull"}
# The ones that say so only with their particle: "stay away", "walk out", "pull out".
WITHHOLDING_PARTICLES = {"stay": "away", "walk": "out", "pull": "out"}
CONDITIONAL_MODALS = {"could", "might", "would", "will", "may", "'ll", "'d"}


def withholds_on_condition(verb: Token) -> bool:
    """Whether a clause says a party may stop, put off or stay away from something if another
    does (or fails to do) something: "Caracas might stay away if Guyana kept awarding oil
    blocks", "it could halt the releases if aid deliveries did not increase". The condition
    makes it pressure on that other party, a threat, whatever the verb."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in WITHHOLDING_VERBS or in_condition(verb):
        return False
    particle = WITHHOLDING_PARTICLES.get(lemma)
    if particle is not None and not any(c.lower_ == particle for c in verb.children):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.children)
    return modal and not negated and condition_subject(verb) is not None


def has_condition(verb: Token) -> bool:
    """Whether the clause hangs on an "if" or "unless" ("would retaliate if attacked")."""
    return any(
        clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children)
        for clause in verb.children
    )  # fmt: skip


def ultimatum(verb: Token) -> bool:
    """Whether the clause sets a condition the other side must meet: "unless ...", "if ...
    does not ..."."""
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        marks = {child.lower_ for child in clause.children if child.dep_ == "mark"}
        negated = any(child.dep_ == "neg" for child in clause.children)
        if "unless" in marks or ("if" in marks and negated):
            return True
    return False


# Words that open a clause telling when something happened.
TIME_MARKS = {"after", "before", "when", "while", "since", "once", "until"}


def tells_when(clause: Token) -> bool:
    """Whether a time word opens a clause ("hours after Ottawa expelled ..."), which is then
    when something happened, never what was asked, agreed or said."""
    return any(child.dep_ == "mark" and child.lower_ in TIME_MARKS for child in clause.children)


def controlled(verb: Token) -> list[Token]:
    """The clauses a control verb governs: "agreed to release", "demanded that they leave",
    and an infinitive the parser hung as an adverbial ("threatened today to impose")."""
    return [
        child for child in verb.children
        # ("ordered the diplomat to leave, hours after Ottawa expelled ...": a clause the parser
        # made a complement that a time word opens is when, not what.)
        if (child.dep_ in {"xcomp", "ccomp"} and not tells_when(child))
        or (child.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children))
    ]  # fmt: skip


def aimed_at(token: Token) -> list[Token]:
    """What a thing is aimed at: "further action against Russia", "restrictions on imports
    from China", "an embargo on Iraq"."""
    return [
        pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in AIMED_AT
        for pobj in prep.children if pobj.dep_ == "pobj"
    ]  # fmt: skip


def drafters(token: Token) -> list[Token]:
    """Who put a document forward: "a resolution tabled by the United States", "a U.S.-drafted
    resolution", "a plan proposed by Egypt"."""
    found = [
        pobj for participle in token.children if participle.dep_ == "acl" and participle.tag_ == "VBN"
        for agent in participle.children if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by")
        for pobj in agent.children if pobj.dep_ == "pobj"
    ]  # fmt: skip
    # "U.S.-drafted": the name before a hyphen and a participle in front of the noun.
    for modifier in token.lefts:
        if modifier.lower_.endswith("ed") and modifier.i >= 2 and modifier.doc[modifier.i - 1].text == "-":
            found.append(modifier.doc[modifier.i - 2])
    return found


def by_phrase(token: Token) -> list[Token]:
    """The objects of "by" and "from" after a thing: "a proposal by Japan"."""
    return [
        pobj for prep in token.children if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"by", "from"}
        for pobj in prep.children if pobj.dep_ == "pobj"
    ]  # fmt: skip


def names_pejoratively(verb: Token) -> bool:
    """ "called the government illegitimate", "called the drills a rehearsal for invasion":
    an object named with a word of reproach."""
    # "called Ecuador's government illegitimate" may come parsed as one predicate, headed by
    # the adjective, with the government hanging on it.
    objects = [c for c in verb.children if c.dep_ == "dobj"] or named_as_one(verb)
    named = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"}] + objects[1:]
    named += [g for obj in objects[:1] for g in obj.children if g.dep_ in {"amod", "appos"} and g.i > obj.i]
    # "called Boluarte's government illegitimate", parsed as one object headed by the adjective.
    named += [obj for obj in objects[:1] if any(c.dep_ in {"compound", "poss"} for c in obj.children)]
    return bool(objects) and any(t.lemma_.lower() in REPROACH_WORDS for n in named for t in n.subtree)


def named_as_one(verb: Token) -> list[Token]:
    """A predicate that holds the thing named as well ("called [Ecuador's government
    illegitimate]"): an oprd with an owner or compound of its own."""
    return [c for c in verb.children if c.dep_ == "oprd" and any(g.dep_ in {"poss", "compound"} for g in c.children)]


def not_an_event(verb: Token) -> bool:
    """Uses of event verbs that report none: the reporter or reader as object ("called me
    up", "told us"), naming ("calling police officers the frontline soldiers"), and words
    exchanged ("exchanged stern words": talk, not a prisoner exchange)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if any(o.lower_ in {"me", "us", "you"} for o in objects):
        return True
    naming = objects and (any(c.dep_ == "oprd" for c in verb.children) or sum(c.dep_ == "dobj" for c in objects) > 1)
    if naming and verb.lemma_.lower() in {"call", "name", "dub", "label", "brand", "term"}:
        return True  # "calling the guards the country's shield": two objects name, not call
    if verb.lemma_.lower() == "release" and any(o.lemma_.lower() in RELEASED_THINGS for o in objects):
        return True  # "released treated water", "released a statement": nobody freed
    if verb.lemma_.lower() == "release" and verb.dep_ == "acl" and verb.head.lemma_.lower() in RELEASED_THINGS:
        return True  # "in a statement released by her party"
    if verb.lemma_.lower() == "meet" and verb.dep_ == "acl" and verb.tag_ == "VBG" and not any(
        c.dep_ in {"dobj", "prep"} and (c.dep_ == "dobj" or c.lower_ == "with") for c in verb.children
    ):  # fmt: skip
        return True  # "leaders meeting at a summit in Brussels condemned ...": where they spoke, no meeting of anyone
    if verb.lemma_.lower() == "meet" and verb.dep_ == "csubj" and verb.tag_ == "VBG" and any(
        c.dep_ == "nsubj" for c in verb.children
    ):  # fmt: skip
        return True  # the same, parsed with "meeting" as the clause's subject
    if verb.lemma_.lower() == "charge" and not objects and verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        return True  # "accused Eritrea of massing troops, charges that Asmara dismissed": the noun, misread
    if verb.lemma_.lower() == "host" and any(o.lemma_.lower() in HOSTED_THINGS for o in objects):
        return True  # "Qatar hosts the largest U.S. air base": no visit, no talks
    if verb.lemma_.lower() == "warn" and any(o.lemma_.lower() == "shot" for o in objects):
        return True  # "fired warning shots" read as "warning shots": gunfire, not a warning
    if calls_off(verb):
        return True  # "called off a trip": a cancellation (coded on its object), not a phone call
    if verb.lemma_.lower() in {"commit", "undertake"} and not any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children
    ):  # fmt: skip
        return True  # "committed atrocities", "undertook a review": no promise of an act
    if verb.lemma_.lower() in {"mobilize", "mobilise"} and any(
        c.dep_ == "dobj" and through_quantity(c).lemma_.lower() not in FORCES for c in verb.children
    ):  # fmt: skip
        return True  # "mobilised pressure groups", "mobilise resources": no show of force
    if verb.lemma_.lower() == "defend" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in FIGHTING_SUBJECTS for c in verb.children
    ):  # fmt: skip
        return True  # "troops defended the town": fighting, not a defence in words
    return verb.lemma_.lower() in {"exchange", "trade", "swap"} and any(o.lemma_.lower() in EXCHANGED_TALK for o in objects)


def has_particle(token: Token, particle: str) -> bool:
    """Whether the verb carries this particle: as a particle proper, or as a preposition with
    no object of the verb before it ("gave in to pressure", "called on Rwanda"; not "gave his
    all in this effort", "called the envoy on Monday")."""
    objects_before = [c.i for c in token.children if c.dep_ in {"dobj", "dative"}]

    def belongs(child: Token) -> bool:
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.i > token.i and child.lower_ in ADVERB_PARTICLES):
            # "pulled back from Kyiv": the parser may read the particle as an adverb.
            return True
        # A preposition after the object with an object of its own starts a phrase of its own;
        # one without ("pulled its forces out of Lebanon") is still the verb's particle. One
        # that says when is never one ("called his Tajik counterpart on Thursday").
        if any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in child.children):
            return False
        return child.dep_ == "prep" and (
            not any(i < child.i for i in objects_before) or not any(g.dep_ == "pobj" for g in child.children)
        )

    if any(child.lower_ == particle and belongs(child) for child in token.children):
        return True
    if any(
        prep.dep_ == "prep" and prep.lower_ == particle and not any(g.dep_ == "pobj" for g in prep.children)
        for obj in token.children if obj.dep_ == "dobj" for prep in obj.children
    ):  # fmt: skip
        return True  # "will hand the districts over to Azerbaijan": the parser hangs it on the object
    # "called for Egyptians to join the march": the parser makes "for" the mark of the clause.
    return particle == "for" and any(
        clause.dep_ in {"advcl", "ccomp", "xcomp"} and clause.i > token.i
        and any(c.dep_ == "mark" and c.lower_ == "for" and c.i == token.i + 1 for c in clause.children)
        for clause in token.children
    )  # fmt: skip


def is_reported(verb: Token) -> bool:
    """A control verb that is itself a reporting verb ("warned that ...") covers nothing."""
    return verb.lemma_.lower() in REPORTING_VERBS


def has_clause(token: Token) -> bool:
    return any(child.dep_ == "ccomp" for child in token.children)


def speech_complement(verb: Token) -> bool:
    """ "declined to comment", "would not say": no refusal of anything. "Refused to discuss the
    deportation" is one: a refusal to talk about something (CAMEO 125), not a "no comment"."""
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in SPEECH_COMPLEMENTS
        and not (verb.lemma_.lower() == "refuse" and c.lemma_.lower() == "discuss" and any(o.dep_ == "dobj" for o in c.children))
        for c in verb.children
    )  # fmt: skip


def taking_part_in(noun: Token) -> Token | None:
    """The verb of "took part in the strikes" or "participated in the talks" for the noun, or
    None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    if verb.dep_ == "dobj" and verb.lemma_.lower() == "part":
        verb = verb.head  # "took part in": spaCy may hang "in" on "part"
    lemma = verb.lemma_.lower()
    takes_part = lemma == "take" and any(c.lemma_.lower() == "part" for c in verb.children)
    return verb if verb.pos_ in {"VERB", "AUX"} and (lemma == "participate" or takes_part) else None


def takes_place(verb: Token) -> bool:
    """Whether a verb says a meeting happens: "talks resumed", "could open", "went ahead",
    "will take place", "proceeded"."""
    lemma = verb.lemma_.lower()
    if lemma in MEETING_STARTS | {"proceed", "happen", "occur"}:
        return True
    if lemma == "go":
        return any(c.lower_ == "ahead" for c in verb.children)
    return lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def announced_to_follow(noun: Token) -> Token | None:
    """The verb of "said more sanctions could follow" or "further countermeasures would
    follow" for the noun: an act that may or will come, in what someone says. None otherwise
    ("protests followed the verdict" is told, not held out)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in {"follow", "come"}:
        return None
    modal = any(c.tag_ == "MD" for c in verb.children)
    return verb if modal and saying_verb_over(verb) is not None else None


def saying_verb_over(verb: Token) -> Token | None:
    """The reporting verb whose complement a clause is ("said ... and that more sanctions
    could follow": "said"), or None."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS else None
