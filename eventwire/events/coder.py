"""The event coder: from a parsed article to PLOVER/CAMEO event records.

For every sentence, each token that matches the trigger lexicon (a verb, a phrasal verb or a
light-verb noun) becomes a candidate; its actor and recipient are read from the parse
(subject, passive agent, object, prepositional object, controlling verb's subject), resolved
by the article's :class:`ActorResolver`, and the candidate is kept only when its actor
resolves to a country or organisation code: no fallback codes, ever.

The questions asked of the parse are answered in :mod:`eventwire.events.syntax`, the word
lists they use are in :mod:`eventwire.events.words`, and the passes over a whole article's
records (one record per occurrence, whom a reply answers) in
:mod:`eventwire.events.occurrences`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from eventwire.actors.gazetteer import country_of_city
from eventwire.actors.knowledge import Knowledge, normalise
from eventwire.actors.phrase import entity_span, through_quantity
from eventwire.actors.resolve import (
    HOME_SECTORS,
    INTERNATIONAL_CODES,
    SOVEREIGN_OF,
    ActorResolver,
    destination_country,
    place_country,
)
from eventwire.events.attribution import REPORTING_VERBS, attribution_of
from eventwire.events.classifier import EventClassifier, SentenceEncoder
from eventwire.events.codes import CameoCode, cameo_code
from eventwire.events.confidence import confidence_of
from eventwire.events.confirm import (
    GENERAL_CAMEO,
    MILITARY_ASSAULT_CAMEO,
    clause_objects,
    clause_subject,
    main_clause,
    read_sentences,
)
from eventwire.events.lexicon import Lexicon, Match, Trigger
from eventwire.events.modality import left_open, modality_of, not_ruled_out
from eventwire.events.occurrences import (
    at_home,
    clearer,
    implied,
    with_addressees,
    with_counterparts,
)
from eventwire.events.syntax import (
    CHARGE_NOUNS,
    a_force,
    accused_of,
    actor_token_of,
    against,
    aimed_at,
    aimed_at_each_other,
    amount_of,
    announced_to_follow,
    answered_threat,
    asks_for_calm,
    asks_release,
    authors_of,
    between,
    blamed_party,
    blames_in_clause,
    brings_elections_forward,
    by_phrase,
    called_off,
    carries_aid,
    caught_vessel,
    celebrates,
    clause_tokens,
    compounds,
    condition_subject,
    content_tokens,
    controlled,
    crowd_at_mission,
    crowd_subject,
    defied_parties,
    denied_act,
    denied_clause,
    denied_contents,
    denied_part,
    denies_a_charge,
    drafters,
    due_in_place,
    fired_at_nothing,
    ended_without_a_deal,
    for_clause,
    forces_going_home,
    fought_with,
    founds_a_joint_body,
    gives_a_deadline,
    goes_to_court,
    halting_verb,
    has_clause,
    has_condition,
    has_particle,
    has_parties,
    held_captive,
    helped_parties,
    helping_deployment,
    holds_responsible,
    in_condition,
    is_passive,
    is_readiness,
    is_reported,
    kept_until,
    leaving_office,
    left_things,
    lets_aid_in,
    light_lemmas,
    missions_at,
    names_pejoratively,
    nationals,
    no_talks_to_come,
    nominal_actor,
    nominal_modality,
    not_an_event,
    obliges_another,
    of_head,
    of_objects,
    offers_help,
    partner_objects,
    permitting_verb,
    planned,
    protesting_purpose,
    protests_told_alone,
    purpose_clause,
    ready_to,
    recipient_tokens,
    referred_act,
    refers_to_an_act,
    retaliator,
    refuses_to_resign,
    relative_light_verb,
    resumed_fighting,
    rioting,
    saying_verb_over,
    seized_power,
    sent_to_country,
    speaker_acts,
    speech_complement,
    states_strikes,
    takes_place,
    taking_part_in,
    tells_when,
    threatened,
    told_as_setting,
    truce_clause,
    truce_holding,
    ultimatum,
    unclaimed,
    voiced,
    vowed_not_to,
    warns_of_action,
    weighing_verb,
    will_not_hesitate,
    withholds_on_condition,
)
from eventwire.events.words import (
    ACT_NOUN_TYPES,
    AGGRIEVED_GROUPS,
    AGREEMENTS,
    AID_GOODS,
    ANNOUNCING_LIGHTS,
    ARMED_MODIFIERS,
    ATTACK_NOUNS,
    BARRIERS,
    BROKERED_BY,
    CALL_NOUNS,
    CANCEL_VERBS,
    CHARGING_VERBS,
    CIVIL_SECTORS,
    CLAIMANT_SECTORS,
    COUP_VERBS,
    CROSSING_VERBS,
    CROWD_WORDS,
    DEMAND_NOUNS,
    DENIED_PARTS,
    DETAINING,
    DISRUPTING_VERBS,
    DOCUMENTS,
    DOMESTIC_TYPES,
    DRAFTED_BY,
    FAILURE_VERBS,
    FORCE_SECTORS,
    FRAMING_HEADS,
    FUNDING_VERBS,
    GUNFIRE,
    HAPPENINGS,
    HAPPENING_LIGHTS,
    HAPPENING_VERBS,
    HOME_QUARREL_SECTORS,
    HOSTILE_TYPES,
    LEAVING_VERBS,
    LEGAL_ACTION_CAMEOS,
    LIGHT_OBJECTS,
    LOCATIVE_PREPOSITIONS,
    MEASURE_NOUNS,
    MEASURE_WORDS,
    MEDIATING,
    MUTUAL_TYPES,
    NAMING_VERBS,
    NEUTRAL_MONITORS,
    NOT_SENDING_AID,
    OBSTRUCTING_MOVES,
    ONE_OCCURRENCE_TYPES,
    ORDERING_VERBS,
    OUTCOME_NOUNS,
    OWNER_WORDS,
    PLACE_WORDS_OF_SENDING,
    PLANNING_VERBS,
    PRESSURE_VERBS,
    PROPOSING,
    PROTESTED_WITH,
    PROTEST_MOVES,
    PROTEST_NOUNS,
    PROVIDING_VERBS,
    PUTTING_UP,
    REACTION_DISTANCE,
    REACTION_TYPES,
    REFUSED_YIELDS,
    RELATIVE_PRONOUNS,
    REPLY_TYPES,
    RESPONDING_VERBS,
    RIOT_CAMEO,
    RIOT_WEAPONS,
    SCHEDULING_VERBS,
    SEIZING_POWER,
    SENDING_TYPES,
    SENDING_VERBS,
    STATEMENTS,
    STATE_SECTORS,
    STREET_MOVES,
    SUBJECTS,
    TAKING_PART,
    THREAT_CAMEO,
    TRADED_GOODS,
    TRUCES,
    UNTIL_MARKS,
    VEHICLES,
    VISITED_AREAS,
    WALKOUT_WORDS,
    WARNING_AUX,
    WEAPONS,
    WEAPON_MODEL,
    WEIGHING_VERBS,
)
from eventwire.nlp.analyse import is_heading
from eventwire.records import Article, ArticleRef, Coder, Entity, EventRecord, Evidence


def _denies_own_part(verb: Token, record: EventRecord, earlier: Iterable[EventRecord]) -> bool:
    """Whether a denial is of one's own part in an act ("the Kremlin denied any involvement")
    or of a charge made against oneself ("Minsk denied the charge" after Poland accused
    Belarus): the act it is charged with, coded negated where the charge is told, not a
    rejection of whoever made it. ("Tehran denied the charge" against Kabul does reject it;
    "Russia denied Britain's claims" names whose claims it rejects.)"""
    if verb.lemma_.lower() != "deny":
        return False
    denied = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and not any(o.dep_ == "poss" for o in c.children)]
    if any(c.lemma_.lower() in DENIED_PARTS for c in denied):
        return True
    deniers = {e.code for e in record.actor if e.code}
    return any(c.lemma_.lower() in CHARGE_NOUNS for c in denied) and any(
        prior.event == "ACCUSE" and deniers & {e.code for e in prior.recipient if e.code}
        and record.evidence.sentence - prior.evidence.sentence <= REACTION_DISTANCE
        for prior in earlier
    )  # fmt: skip


def _sides(record: EventRecord) -> tuple[frozenset[str | None], frozenset[str | None]]:
    """The countries of a record's actors and of its recipients."""
    return frozenset(e.code for e in record.actor), frozenset(e.code for e in record.recipient)


def _told_before(records: dict[tuple, EventRecord], kind: tuple, stated: str | None) -> tuple | None:
    """The key of a record already made of the same occurrence: the same kind of act by the same
    parties, on the same stated date or where either mention states none (the same kind of act
    on another stated date is another occurrence)."""
    return next((key for key in records if key[:-1] == kind and (key[-1] == stated or None in (stated, key[-1]))), None)


class EventCoder:
    """Codes the events of parsed articles with one lexicon and knowledge base."""

    def __init__(
        self, lexicon: Lexicon, knowledge: Knowledge, version: str,
        classifier: EventClassifier | None = None, encoder: SentenceEncoder | None = None,
    ) -> None:  # fmt: skip
        self.lexicon = lexicon
        self.knowledge = knowledge
        # Records say whether the classifier had a hand in them.
        self.coder = Coder(version=f"{version}+classifier" if classifier is not None else version)
        self.classifier = classifier  # optional: confirms lexicon events, types clauses it lacks
        self.encoder = encoder

    def code(
        self, doc: Doc, article: Article, resolver: ActorResolver | None = None,
        stated_date: Callable[[EventRecord], str | None] | None = None,
    ) -> list[EventRecord]:  # fmt: skip
        """Every event of one article, one record per occurrence: the headline, the lead and a
        later recap of the same event (type, modality, actor and recipient countries) give
        one record, with the clearest evidence of them.

        ``stated_date`` gives the date a record's own words state (None for none; see
        ``eventwire.when_where.situate.stated_date``). With it, two mentions dated differently
        ("last year Croatia expelled a diplomat", "two years ago Zagreb expelled another") stay
        two records; a mention its words do not date joins either."""
        if resolver is None:
            resolver = ActorResolver(self.knowledge, article.published)
            resolver.learn(doc)
        records: dict[tuple, EventRecord] = {}
        awaiting: set[str] = set()  # reactions that still need to learn whom they answer
        referred: dict[str, str] = {}  # a reaction's id -> the noun of the act it is to
        words: dict[str, str] = {}  # a record's id -> its trigger word's lemma ("struck" -> "strike")
        accused_before: list[tuple[Match, int, Span]] = []  # the last sentence's charged acts
        for index, sentence in enumerate(doc.sents):
            if is_heading(sentence):
                continue
            coded_verbs: set[int] = set()  # the clause heads of this sentence's records
            protesting_verbs: set[int] = set()  # of those, the protests
            matches = list(self._matches(sentence))
            charged = self._denied_charges(matches)
            work = [(match, index, sentence) for match in matches]
            if not charged and (carried := self._charges_denied_after(accused_before, matches, resolver)):
                # "Poland accused Belarus of flying in migrants. Minsk denied the charge."
                charged = carried
                work = [(m, i, s) for m, i, s in accused_before if m.verb.i in carried] + work
            accused_before = [(m, index, sentence) for m in matches if accused_of(m.verb) is not None]
            for match, index, sentence in work:  # a carried act keeps its own sentence
                if match.verb.i in protesting_verbs and match.token.lemma_.lower() == "protest" and (
                    match.token.dep_ == "pobj" and match.token.head.lower_ == "in"
                ):  # fmt: skip
                    continue  # "walked out of parliament in protest": the walkout is the protest
                if match.verb.i in charged:
                    # "accused Kabul of sheltering the militants, a charge Kabul denies": the
                    # sheltering, negated, by the accused (the accusation is coded as well).
                    record = self._charged_act(match, charged[match.verb.i], index, sentence, article, resolver)
                elif match.verb.lemma_.lower() == "deny" and (
                    any(d.i == match.verb.i for d in charged.values())
                    or (denies_a_charge(match.verb) and match.verb.dep_ in {"relcl", "acl"})
                ):  # fmt: skip
                    # (A charge denied in passing whose act was not coded still refuses no one:
                    # "said its jets shot down an F-16, which Islamabad denied". "Russia denied
                    # Britain's claims" does reject them.)
                    continue  # the denial of a charge: the charged act, negated, is the event
                elif match.verb.lemma_.lower() == "deny" and (coded_verbs & {
                    t.i for c in match.verb.children if c.dep_ in {"ccomp", "xcomp"} for t in c.subtree
                } or any((denier := denied_part(doc[i])) is not None and denier.i == match.verb.i for i in coded_verbs)):  # fmt: skip
                    # "denied arming the rebels", "denied any role in the attack": the arming
                    # or the attack, negated, is the event.
                    continue
                elif match.verb.lemma_.lower() == "deny" and match.trigger.event == "REJECT" and any(
                    c.dep_ in {"ccomp", "xcomp"} for c in match.verb.children
                ):  # fmt: skip
                    # "denied paying a ransom", "denied that police had mistreated them": a denied
                    # act is that act, negated; where no trigger names it, there is no refusal
                    # of anyone to code in its place.
                    continue
                else:
                    record = self._record(match, index, sentence, article, resolver)
                for alternative in match.alternatives if record is None and match.verb.i not in charged else ():
                    record = self._record(replace(match, trigger=alternative), index, sentence, article, resolver)
                    if record is not None:
                        break
                if record is not None and record.event == "REJECT" and _denies_own_part(match.verb, record, records.values()):
                    record = None
                if record is not None:
                    coded_verbs.add(match.verb.i)
                    if record.event == "PROTEST":
                        protesting_verbs.add(match.verb.i)
                    words[record.id] = match.token.lemma_.lower()
                if record is not None and record.event in REACTION_TYPES | REPLY_TYPES and (act := referred_act(match.verb)):
                    referred[record.id] = act
                elif record is not None and record.event == "REQUEST" and asks_release(match):
                    # "demanded their immediate release", "called for the officers' release": of
                    # whoever holds them (see occurrences).
                    referred[record.id] = "release"
                elif record is not None and record.event == "THREATEN" and not record.recipient and (
                    (target := threatened(match.verb)) is not None and target.lemma_.lower() in ACT_NOUN_TYPES
                    and any(c.lower_ in {"the", "this", "these", "those"} for c in target.children)
                ):  # fmt: skip
                    # "warned that the drills would be met with countermeasures": at whoever
                    # held them.
                    referred[record.id] = target.lemma_.lower()
                if record is not None and record.event in REACTION_TYPES and not record.recipient and record.modality != "negated" and any(
                    t.needs_recipient for t in (match.trigger, *match.alternatives) if t.event == record.event
                ):  # fmt: skip
                    awaiting.add(record.id)
                if record is not None:
                    # The same occurrence told twice has one kind of act (CAMEO's three-digit
                    # code): a curfew and arrests by the same government are two events. In
                    # one sentence, two words for one meeting or battle ("met and held talks",
                    # "attacked and shelled") are one.
                    # Sectors tell a domestic event's sides apart (the opposition accusing the
                    # government is not the government accusing the opposition).
                    parties = (record.event, record.modality, frozenset((e.code, e.sector) for e in record.actor),
                               frozenset((e.code, e.sector) for e in record.recipient))  # fmt: skip
                    stated = stated_date(record) if stated_date is not None else None
                    # Between two countries the codes alone tell the sides apart: "threatened
                    # further attacks on U.S. forces" is one threat to the United States, whether
                    # its words name the state or its forces.
                    sides = _sides(record)
                    same_sentence = next((k for k, r in records.items()
                                          if (k[1:-1] == parties or (sides[1] and not sides[0] & sides[1] and _sides(r) == sides))
                                          and r.event == record.event and r.modality == record.modality
                                          and r.evidence.sentence == index
                                          and (k[0] == record.cameo[:3] or record.event in ONE_OCCURRENCE_TYPES)), None)  # fmt: skip
                    kind = (record.cameo[:3], *parties)
                    key = same_sentence or _told_before(records, kind, stated) or (*kind, stated)
                    if key not in records or clearer(record, records[key]):
                        records[key] = record
                    if key[-1] is None and stated is not None:  # an undated mention took the date of this one
                        records[(*key[:-1], stated)] = records.pop(key)
        if self.classifier is not None and self.encoder is not None:
            records = self._with_classifier(doc, article, resolver, records)
        ordered = sorted(records.values(), key=lambda record: (record.evidence.sentence, record.evidence.start))
        # A reaction that must have a recipient and found none in what came before is dropped.
        answered = [r for r in with_addressees(ordered, referred, words) if r.recipient or r.reciprocal or r.id not in awaiting]
        names = self.knowledge.country_names
        # Where talks are held is no side of the story.
        sides = [(start, code) for start, code in resolver.places_seen if start not in resolver.venues]
        return with_counterparts(at_home(answered, resolver.home, names), sides, names)

    def _with_classifier(
        self, doc: Doc, article: Article, resolver: ActorResolver, records: dict[tuple, EventRecord]
    ) -> dict[tuple, EventRecord]:
        """Lexicon events the classifier confirms, plus events it types in sentences the
        lexicon coded nothing from (see :mod:`eventwire.events.confirm`)."""
        assert self.classifier is not None and self.encoder is not None
        sentences = list(doc.sents)
        coded = {record.evidence.sentence for record in records.values()}
        candidates: dict[int, tuple[Token, list[Entity]]] = {}
        for index, sentence in enumerate(sentences):
            if index in coded or is_heading(sentence):
                continue
            verb = main_clause(sentence)
            subject = clause_subject(verb) if verb is not None else None
            actors = [e for e in resolver.resolve_all(subject) if e.code] if subject is not None else []
            if actors:
                candidates[index] = (verb, actors)  # type: ignore[assignment]
        indices = sorted(coded | set(candidates))
        readings = dict(zip(indices, read_sentences(self.classifier, self.encoder, [sentences[i] for i in indices]),
                            strict=True))  # fmt: skip
        kept = {key: record for key, record in records.items() if readings[record.evidence.sentence].supports(record.event)}
        for index, (verb, actors) in candidates.items():
            best = readings[index].best_type()
            if best is None:
                continue
            event_type, _ = best
            actor_codes = {entity.code for entity in actors}
            recipients = [e for token in clause_objects(verb) for e in resolver.resolve_all(token)
                          if e.code and e.code not in actor_codes]  # fmt: skip
            cameo = GENERAL_CAMEO[event_type]
            if event_type == "ASSAULT" and actors[0].sector == "MIL":
                cameo = MILITARY_ASSAULT_CAMEO
            trigger = Trigger(lemma=verb.lemma_.lower(), particle=None, pos="verb", event=event_type, cameo=cameo,
                              mode=None, context=(), light=frozenset(), recipient=(), destination=False,
                              needs_recipient=False, reciprocal=False, control=False)  # fmt: skip
            match = Match(verb, verb, trigger)
            record = self._build(match, index, sentences[index], article, resolver, actors, recipients, False,
                                 modality_of(verb), cameo_code(cameo), as_triggered=False, typed_by="classifier")  # fmt: skip
            kept[(record.cameo[:3], record.event, record.modality, frozenset((e.code, e.sector) for e in actors),
                  frozenset((e.code, e.sector) for e in recipients), None)] = record  # fmt: skip
        return kept

    def _denied_charges(self, matches: list[Match]) -> dict[int, Token]:
        """The acts a sentence accuses someone of and then says are denied ("accused Kabul of
        sheltering the militants, a charge Kabul denies", "accused police of firing on crowds,
        which the government denied"): each act's verb -> the verb of denial."""
        denials = [m.verb for m in matches if m.verb.lemma_.lower() == "deny" and denies_a_charge(m.verb)]
        if not denials:
            return {}
        return {m.verb.i: denials[0] for m in matches if accused_of(m.verb) is not None and m.trigger.event != "ACCUSE"}

    def _charges_denied_after(
        self, accused_before: list[tuple[Match, int, Span]], matches: list[Match], resolver: ActorResolver
    ) -> dict[int, Token]:
        """The acts the sentence before accused someone of, when this sentence has them deny
        the charge ("Minsk denied the charge"): each act's verb -> the verb of denial."""
        denial = next((m.verb for m in matches if m.verb.lemma_.lower() == "deny" and denies_a_charge(m.verb)), None)
        if denial is None or not accused_before:
            return {}
        denier = actor_token_of(denial)[0]
        deniers = {e.code for e in resolver.resolve_all(denier) if e.code} if denier is not None else set()
        carried = {}
        for match, _, _ in accused_before:
            accused = accused_of(match.verb)
            if deniers & {e.code for e in resolver.resolve_all(accused) if e.code}:
                carried[match.verb.i] = denial
        return carried

    def _charged_act(
        self, match: Match, denial: Token, index: int, sentence: Span, article: Article, resolver: ActorResolver
    ) -> EventRecord | None:  # fmt: skip
        """The act someone is accused of and denies: by the accused, negated."""
        accused = accused_of(match.verb)
        actors = [e for e in resolver.resolve_all(accused) if e.code] if accused is not None else []
        if not actors:
            return None
        own = {(e.code, e.sector) for e in actors}
        recipients = [e for e in self._recipients(match, resolver, None) if e.code and (e.code, e.sector) not in own]
        return self._build(match, index, sentence, article, resolver, actors, recipients, False, "negated",
                           cameo_code(match.trigger.cameo), as_triggered=True)  # fmt: skip

    # ------------------------------------------------------------------ finding triggers

    def _matches(self, sentence: Span) -> Iterator[Match]:
        """Lexicon matches in a sentence, minus infinitives a control verb already covers."""
        matches = [m for token in sentence if (m := self._match(token)) is not None]
        # What a control verb agrees to, refuses or demands ("urged Moscow to withdraw its
        # troops and free the prisoners") is the content of that one event, not more events.
        # "Damascus denied carrying out the attack", "denied that its fighters had fired": the
        # denied act is the event, negated, not a refusal of anyone.
        denials = {
            m.verb.i for m in matches if m.verb.lemma_.lower() == "deny" and m.trigger.event == "REJECT"
            and any(other.verb.i in {t.i for c in denied_contents(m.verb) for t in c.subtree}
                    # "denied any involvement in the attack": the attack, negated
                    or ((denier := denied_part(other.token)) is not None and denier.i == m.verb.i)
                    for other in matches)
        }  # fmt: skip
        matches += [inferred for m in matches if m.verb.i not in denials and (inferred := self._denied_act(m)) is not None]
        denials |= {m.verb.i for m in matches if m.verb.lemma_.lower() == "deny" and m.trigger.event == "REJECT"
                    and any(c.dep_ != "xcomp" for c in denied_contents(m.verb))}  # fmt: skip
        denied = [m for m in matches if m.verb.i in denials]
        matches = [m for m in matches if m.verb.i not in denials]
        covered = {
            token.i
            for m in matches
            if m.trigger.control
            for child in controlled(m.verb)
            if not is_reported(m.verb)
            for token in clause_tokens(child)
        }
        # "warned that it would strike Israeli cities", "would not hesitate to use force": the
        # strike and the force are what the threat says.
        covered |= {
            token.i
            for m in matches
            if m.trigger.event == "THREATEN" and m.verb.lemma_.lower() in {"warn", "hesitate"}
            for child in m.verb.children if child.dep_ in {"ccomp", "xcomp"}
            for token in clause_tokens(child)
        }  # fmt: skip
        # "demanded the withdrawal of Serbian forces", "said Libya must hand over the
        # suspects", "reiterated its demand that Israel ease restrictions": what is demanded is
        # the demand's content; it has not happened.
        covered |= {
            token.i
            for m in matches
            if m.trigger.event == "REQUEST" and m.trigger.cameo != "026"
            for holder in {m.token, m.verb}
            for child in holder.children
            if (child.dep_ in {"ccomp", "acl"} and not tells_when(child)) or (child.dep_ == "dobj" and child.i != m.token.i)
            or (child.dep_ in {"prep", "prt"} and child.lower_ == m.trigger.particle)  # "called for the release of"
            for token in clause_tokens(child) if token.i != m.token.i
        }  # fmt: skip
        # "sent a shipment of weapons": the weapons are what was sent, not a second shipment.
        covered |= {
            m.token.i for m in matches if m.token.lemma_.lower() in MEASURE_NOUNS
            and any(o.token.dep_ == "pobj" and o.token.head.lower_ == "of" and o.token.head.head.i == m.token.i for o in matches)
        }  # fmt: skip
        # "rejected a call for its peacekeepers to be deployed", "will support a resolution
        # that aims to tighten sanctions", "vetoed a resolution censuring its sweep": what a
        # call asks for, or a document sets out, that another event takes up is content.
        taken_up = {t.i for m in matches for t in m.verb.children if t.dep_ in {"dobj", "nsubjpass"}}
        covered |= {
            token.i
            for head in sentence if head.i in taken_up and head.lemma_.lower() in CALL_NOUNS | DOCUMENTS | AGREEMENTS
            for child in head.children
            # "a resolution that aims to", "a bill that would": what it would do; "the accord,
            # which was signed in Doha" and "a deal brokered by Turkey" tell what was done.
            if (child.dep_ == "acl" and child.tag_ != "VBN") or (child.dep_ == "relcl" and child.tag_ not in {"VBD", "VBN"})
            or (head.lemma_.lower() in CALL_NOUNS and for_clause(child))
            for token in content_tokens(child)
        }  # fmt: skip
        # "flew to Ouagadougou to mediate", "will meet next week to discuss the crisis", "fired
        # tear gas to disperse the crowd": what an act is for is part of it (and has not
        # happened). "Marched to demand that X resign" keeps its demand (see _record).
        # "attacked an army post, killing 12 soldiers", "resigned, bowing to public fury": a
        # participle of the same kind of act tells more of the same occurrence.
        kinds = {m.verb.i: m.trigger.event for m in matches}
        covered |= {
            token.i
            for m in matches
            for child in m.verb.children
            if child.dep_ == "advcl" and child.i > m.verb.i and (
                (purpose_clause(child) and kinds.get(child.i) not in {None, "REQUEST"})
                or (child.tag_ == "VBG" and kinds.get(child.i) == m.trigger.event)
            )
            # "met to discuss possible sanctions": the sanctions stay, as weighed (hypothetical)
            for token in ([child] if child.lemma_.lower() in WEIGHING_VERBS else clause_tokens(child))
            # "protested ..., burning flags and demanding that Ankara withdraw": a joined act
            # of another kind is told apart.
            if not any(token.i in {t.i for t in clause_tokens(other)} for other in child.conjuncts
                       if kinds.get(other.i) not in {None, m.trigger.event})
        }  # fmt: skip
        # "would keep the roads closed until the authority reversed its decision": what must
        # happen first is a condition, not an event (nor, under a refusal, its addressee's act).
        covered |= {
            token.i
            for verb in sentence if verb.pos_ in {"VERB", "AUX"}
            # (not "blocked the court until the chief justice announced his resignation": he did)
            and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "wo", "'ll", "could", "might"} for c in verb.children)
            for child in verb.children
            if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until" for c in child.children)
            for token in clause_tokens(child)
        }  # fmt: skip
        # "would not attend the summit": the refusal is the event, not a summit not attended.
        covered |= {
            token.i
            for m in matches
            if m.trigger.event == "REJECT" and m.token.lemma_.lower() in TAKING_PART | {"take"}
            for child in m.verb.children if child.dep_ in {"dobj", "prep"}
            for token in child.subtree
        }  # fmt: skip
        # "rallied in Sanaa to denounce the strikes": the denouncing is what the protest says.
        covered |= {
            token.i
            for m in matches
            if m.trigger.event == "PROTEST"
            for child in m.verb.children if child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in PROTESTED_WITH
            for token in clause_tokens(child)
        }  # fmt: skip
        # "was ready to hold consultations with": the offer (AGREE) is the event, the
        # consultations what it offers ("prepared to impose martial law" is no offer: the
        # martial law is coded, as a plan).
        covered |= {t.i for m in matches if m.trigger.event == "AGREE" and ready_to(m.verb)
                    for t in m.verb.subtree if t.i != m.verb.i}  # fmt: skip
        # "Russia did not rule out developing military cooperation with the North": no
        # refusal; what was not ruled out is coded, as a possibility.
        double_negatives = {m.verb.i for m in matches if m.trigger.event == "REJECT" and not_ruled_out(m.verb)}
        covered -= {t.i for m in matches if m.verb.i in double_negatives for t in m.verb.subtree}
        for match in matches:
            if match.token.i in covered or match.verb.i in covered or match.verb.i in double_negatives:
                continue
            if in_condition(match.verb):
                continue  # "would respond if NATO moved forces": a condition, not a reported event
            if match.trigger.control and speech_complement(match.verb):
                continue
            yield match
        # Last, the denials: coded (as refusals) only where the denied act itself was not. A
        # denied statement ("denied that the talks had failed") refuses no one.
        yield from (m for m in denied if not any(c.dep_ != "xcomp" for c in denied_contents(m.verb)))

    def _denied_act(self, denial: Match) -> Match | None:
        """The act a denial's clause says was not done, where no trigger names it: "denied
        that its vessels had used bladed weapons" is an attack, "denied that his troops had
        crossed into Cambodia" a deployment, each coded (negated) from the clause's verb."""
        if denial.verb.lemma_.lower() != "deny" or denial.trigger.event != "REJECT":
            return None
        clause = next((c for c in denied_contents(denial.verb) if c.dep_ != "xcomp"), None)
        event = denied_act(clause) if clause is not None else None
        trigger = self.lexicon.verb("attack" if event == "ASSAULT" else "deploy", event) if event else None
        if trigger is None:
            return None
        # Whom it would have been aimed at is said by a preposition ("crossed into Cambodian
        # territory", "shot at children"), never by what was used ("used bladed weapons").
        aimed = replace(trigger, recipient=("at", "on", "against", "into", "in"), needs_recipient=False)
        return Match(token=clause, verb=clause, trigger=aimed)

    def _match(self, token: Token) -> Match | None:
        if token.lemma_.lower() in {"fight", "fighting"} and (halting := halting_verb(token)) is not None and (
            truce := next((t for t in self.lexicon.nouns.get("fighting", ()) if halting.lemma_.lower() in t.light), None)
        ):  # fmt: skip
            # "halted six weeks of fighting": a truce (the parser reads "fighting" after "of"
            # as a verb, which the light-verb path below cannot see).
            return Match(token, halting, truce)
        if token.lemma_.lower() == "target" and any(c.dep_ == "dobj" and c.lemma_.lower() in TRADED_GOODS for c in token.children) and (
            measure := self.lexicon.noun("export", "SANCTION")
        ):  # fmt: skip
            # "the bloc could target Belarus's potash exports": a trade measure, not an attack.
            goods = next(c for c in token.children if c.dep_ == "dobj")
            return Match(goods, token, measure)
        if token.lemma_.lower() in {"exchange", "trade"} and any(
            child.dep_ == "dobj" and child.lemma_.lower() in GUNFIRE for child in token.children
        ):
            # "exchanged fire" is fighting, not a prisoner exchange.
            fight = self.lexicon.verb("clash")
            return Match(token, token, fight) if fight is not None else None
        if token.dep_ == "amod" and (
            BROKERED_BY.match(token.text) or (token.lemma_.lower() in MEDIATING and token.tag_ == "VBN")
        ) and (broker := self.lexicon.verb("broker", "CONSULT")) is not None:  # fmt: skip
            # "a U.S.-brokered ceasefire", "a China-brokered deal": the mediator's own event.
            return Match(token, token, broker)
        if due_in_place(token) and (travel := self.lexicon.verb("travel", "CONSULT")) is not None:
            # "An Israeli delegation is expected in Doha on Monday": a visit to come.
            return Match(token, token, travel)
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}:
            lemma = token.lemma_.lower()
            if (lemma == "warn" and (warns_of_action(token) or self._warns_of_hostility(token))) or (
                lemma in REPORTING_VERBS and answered_threat(token)
            ):  # fmt: skip
                # "warned Manila that it would defend its sovereignty": a threat, not a report.
                threat = self.lexicon.verb("threaten")
                return Match(token, token, threat) if threat is not None else None
            if lemma == "hesitate" and will_not_hesitate(token):
                # "said it would not hesitate to take further action": a threat, voiced.
                threat = self.lexicon.verb("threaten")
                return Match(token, token, threat) if threat is not None else None
            if (lemma in REPORTING_VERBS and blames_in_clause(token)) or (lemma == "hold" and holds_responsible(token)):
                # "said the Russian state was culpable for the attack", "said Iran was behind
                # it", "held Kyiv responsible": an accusation, voiced.
                accuse = self.lexicon.verb("accuse", "ACCUSE")
                return Match(token, token, accuse) if accuse is not None else None
            if lemma in REPORTING_VERBS and obliges_another(token):
                # "The Red Cross said U.S. forces must ensure security": a demand, voiced.
                demand = next((t for t in self.lexicon.verbs.get("demand", ()) if t.particle is None), None)
                return Match(token, token, demand) if demand is not None else None
            if lemma in STREET_MOVES and not celebrates(token) and any(
                prep.lower_ in {"to", "into", "onto"} and any(o.lemma_.lower() == "street" for o in prep.children)
                for prep in token.children if prep.dep_ == "prep"
            ):  # fmt: skip
                # "took to the streets", "returned to the streets of the capital".
                protest = self.lexicon.verb("protest")
                return Match(token, token, protest) if protest is not None else None
            if (lemma in PROTEST_MOVES and (crowd_subject(token, CROWD_WORDS) or crowd_at_mission(token)
                                             or (crowd_subject(token, AGGRIEVED_GROUPS) and protesting_purpose(token)))) or (
                lemma in OBSTRUCTING_MOVES and crowd_subject(token, AGGRIEVED_GROUPS)
            ) or (
                # "protesters set up blockades across Noumea": barriers a crowd puts up
                lemma in PUTTING_UP and any(c.dep_ == "dobj" and c.lemma_.lower() in BARRIERS for c in token.children)
                and (crowd_subject(token, CROWD_WORDS) or crowd_subject(token, AGGRIEVED_GROUPS))
            ):  # fmt: skip
                # "Hundreds of protesters gathered outside the embassy", "Polish farmers
                # blocked roads", "young people gathered to denounce the takeover".
                protest = self.lexicon.verb("protest")
                return Match(token, token, protest) if protest is not None else None
            triggers = [
                trigger for trigger in self.lexicon.verbs.get(lemma, ())
                if trigger.particle is None or has_particle(token, trigger.particle)
            ]  # fmt: skip
            # The senses of the object noun this verb is the light verb of ("make concessions").
            object_senses = [
                t for child in token.children if child.dep_ == "dobj"
                for t in self.lexicon.nouns.get(child.lemma_.lower(), ()) if lemma in t.light
            ]  # fmt: skip
            light_of_object = bool(object_senses)
            if not triggers and not light_of_object and vowed_not_to(token) is not None and (
                refuse := self.lexicon.verb("refuse", "REJECT")
            ):  # fmt: skip
                # "said it would not abandon the shoal", "would never allow construction on the
                # reef": a refusal, voiced now, whatever the verb; "would not tolerate any
                # breach" warns.
                threat = self.lexicon.verb("threaten") if lemma == "tolerate" else None
                return Match(token, token, threat or refuse)
            if forces_going_home(token) and (withdraw := self.lexicon.verb("withdraw", "RETREAT")):
                # "U.S. troops are due to leave the country", "would bring its soldiers home".
                return Match(token, token, withdraw)
            if lets_aid_in(token) and (eased := self.lexicon.noun("blockade", "RETREAT")):
                # "Israel allowed four fuel tankers into the enclave": a blockade eased.
                return Match(token, token, eased)
            if brings_elections_forward(token) and (concede := self.lexicon.verb("concede", "CONCEDE")):
                # "proposed bringing elections forward": early elections offered are a concession,
                # voiced by the proposal itself.
                proposal = token.head if token.dep_ in {"xcomp", "ccomp", "dobj"} and token.head.lemma_.lower() in PROPOSING else None
                return Match(proposal or token, proposal or token, concede)
            captive_word = next((c for c in token.children if c.lower_ in {"hostage", "hostages"} and c.dep_ != "nsubj"), None)
            if lemma == "hold" and captive_word is not None and not any(
                # "held 90 prison staff hostage"; not "holding any hostages" (told as a state),
                # nor "holding our money hostage"
                c.dep_ == "dobj" and c.i != captive_word.i and c.tag_ in {"NNS", "NNPS", "CD"} for c in token.children
            ):  # fmt: skip
                captive_word = None
            if captive_word is None and lemma == "hold":
                # "held dozens of guests hostage", parsed with "hostage" inside the object
                captive_word = next((t for c in token.children if c.dep_ == "dobj" for t in c.subtree
                                     if t.lower_ == "hostage" and t.i == c.right_edge.i), None)  # fmt: skip
            if lemma in {"take", "hold"} and captive_word is not None and (captive_word.pos_ != "NOUN" or lemma == "hold") and (
                seizure := self.lexicon.noun("hostage", "ASSAULT") if lemma == "take" else self.lexicon.verb("detain", "COERCE")
            ):  # fmt: skip
                # "took a dozen aid workers hostage" (the parser may read "hostage" as a verb);
                # "held dozens of guests hostage": keeping captives is coercion (CAMEO 173).
                return Match(captive_word, token, seizure)
            if not triggers and kept_until(token) and (refuse := self.lexicon.verb("refuse", "REJECT")):
                # "said the border would stay shut until Colombia stopped the smuggling", "would
                # keep up the pressure until ...": a refusal to lift a measure, voiced now.
                return Match(token, token, refuse)
            hostile_object = any(t.event in HOSTILE_TYPES for t in object_senses)
            if not triggers and ready_to(token) and not hostile_object:
                # "Tajikistan was ready to discuss Uzbek concerns", "Moscow was ready to keep
                # sending gas": voiced readiness to act together is an offer (CAMEO 030).
                agree = next((t for t in self.lexicon.verbs.get("agree", ()) if t.particle is None), None)
                return Match(token, token, agree) if agree is not None else None
            if lemma in NAMING_VERBS and names_pejoratively(token):
                # "called Boluarte's government illegitimate", "branded the drills a rehearsal
                # for invasion": naming as a charge.
                accuse = self.lexicon.verb("denounce", "ACCUSE")
                if accuse is not None:
                    return Match(token, token, accuse)
            if lemma == "find" and any(c.lower_ == "guilty" and c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}
                                       for c in token.children):  # fmt: skip
                # "found former premier Fillon guilty": a verdict, like "convicted".
                verdict = self.lexicon.verb("convict")
                return Match(token, token, verdict) if verdict is not None else None
            if lemma in {"meet", "accept", "heed", "grant"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS for c in token.children
            ):  # fmt: skip
                # "would not meet the hostage-takers' demands", "accepted demands from Hutu
                # rebels": giving in (or not), no meeting and no agreement (CAMEO 083).
                concede = self.lexicon.verb("concede", "CONCEDE")
                return Match(token, token, concede) if concede is not None else None
            if lemma == "call" and has_particle(token, "for") and (
                called := next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
                                for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in PROTEST_NOUNS), None)
            ) is not None and (protest := self.lexicon.noun(called.lemma_.lower(), "PROTEST")) is not None:  # fmt: skip
                # "has called for nationwide demonstrations on July 31", "called for a march on the
                # U.S. consulate": the callers' own protest, still to come (as "called a strike").
                return Match(called, token, protest)
            if lemma == "add" and any(
                p.lower_ == "to" and any(o.lemma_.lower() in {"list", "blacklist"} and (
                    o.lemma_.lower() == "blacklist" or any(c.lemma_.lower() in {"sanction", "sanctions", "terror", "terrorist", "entity"}
                                                           for c in o.children if c.dep_ in {"compound", "amod"})
                ) for o in p.children if o.dep_ == "pobj")
                for p in token.children if p.dep_ == "prep"
            ) and (sanction := self.lexicon.verb("sanction", "SANCTION")):  # fmt: skip
                # "could add Nicaraguan officials to its sanctions list", "added five firms to
                # its entity list": a sanction on them (CAMEO 163).
                return Match(token, token, sanction)
            if lemma == "declare" and any(t.lower_ == "grata" for t in token.subtree) and (
                expel := self.lexicon.verb("expel", "SANCTION")
            ):  # fmt: skip
                # "declared Mexico's ambassador persona non grata": an expulsion (CAMEO 166).
                return Match(token, token, expel)
            if lemma in {"agree", "accede", "consent", "bow"} and any(
                p.dep_ == "prep" and p.lower_ == "to" and any(o.dep_ == "pobj" and o.lemma_.lower() in DEMAND_NOUNS for o in p.children)
                for p in token.children
            ):  # fmt: skip
                # "agreed to Hanoi's request to let consular officials visit", "agreed to a Hamas
                # demand to halt drone flights": meeting a demand (CAMEO 083), no new agreement.
                concede = self.lexicon.verb("concede", "CONCEDE")
                return Match(token, token, concede) if concede is not None else None
            if lemma in {"comply", "abide"} and any(
                p.lower_ in {"with", "by"} and any(o.lemma_.lower() in OUTCOME_NOUNS | DEMAND_NOUNS for o in p.children if o.dep_ == "pobj")
                for p in token.children if p.dep_ == "prep"
            ):  # fmt: skip
                # "would fully comply with the court's ruling", "abided by the ultimatum": yielding
                # to an outcome or a demand (CAMEO 08).
                concede = self.lexicon.verb("concede", "CONCEDE")
                return Match(token, token, concede) if concede is not None else None
            if (lemma == "accept" and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in OUTCOME_NOUNS or c.lower_ in OUTCOME_NOUNS) for c in token.children
            )) or (lemma in {"acknowledge", "admit", "concede", "recognise", "recognize"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "defeat" for c in token.children
            )):  # fmt: skip
                # "accepted the court's decision to annul his re-election", "acknowledged
                # defeat": yielding to an outcome (CAMEO 080), not an agreement with anyone.
                concede = self.lexicon.verb("concede", "CONCEDE")
                return Match(token, token, concede) if concede is not None else None
            if (lemma in TAKING_PART or (lemma == "take" and any(c.lemma_.lower() == "part" for c in token.children))) and (
                any(c.dep_ == "neg" for c in token.children)
                # "said no ministers would attend"
                or any(c.dep_ in SUBJECTS and any(d.lower_ == "no" for d in c.children) for c in token.children)
            ) and voiced(token):  # fmt: skip
                # "said his coalition would not take part in a rerun", "would not attend": a
                # refusal, voiced now.
                refuse = self.lexicon.verb("refuse", "REJECT")
                return Match(token, token, refuse) if refuse is not None else None
            if lemma in RESPONDING_VERBS and voiced(token) and not any(c.dep_ == "neg" for c in token.children) and not any(
                # "would retaliate by restricting imports", "would respond with levies on pork":
                # the measure named is the event, not a warning
                p.lower_ in {"by", "with"} and any(o.dep_ in {"pcomp", "pobj"} and o.lemma_.lower() not in {"measure", "force", "means"}
                                                   for o in p.children)
                for p in token.children if p.dep_ == "prep"
            ) and (
                speaker_acts(token) or has_condition(token) or any(
                    p.lower_ == "to" and any(d.lower_ == "any" for o in p.children for d in o.children) for p in token.children
                )
            ):  # fmt: skip
                # "Russia would respond with military-technical measures if Finland joined", "the
                # army said it would respond to any violation": a warning, voiced now.
                threat = self.lexicon.verb("threaten")
                return Match(token, token, threat) if threat is not None else None
            if lemma in {"vow", "pledge", "promise", "threaten"} and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in RESPONDING_VERBS | {"avenge", "hit"} for c in token.children
            ):  # fmt: skip
                # "vowed to retaliate", "pledged to avenge the killings": a threat, voiced.
                threat = self.lexicon.verb("threaten")
                return Match(token, token, threat) if threat is not None else None
            if lemma in SEIZING_POWER and any(c.dep_ == "dobj" and seized_power(c) for c in token.children) and (
                seize := self.lexicon.verb("seize", "COERCE")
            ):  # fmt: skip
                # "the army took power", "mutinous soldiers seized power", "the army took charge
                # of the country": a coup.
                return Match(token, token, seize)
            if goes_to_court(token) and (lawsuit := self.lexicon.verb("sue", "ACCUSE")):
                # "would appeal against the ruling", "challenged the law in court", "could take
                # its case to an international tribunal": legal action (CAMEO 115).
                return Match(token, token, lawsuit)
            if lemma == "give" and gives_a_deadline(token) and any(
                t.lemma_.lower() == "leave" for t in token.subtree
            ) and any(
                c.dep_ in {"dative", "dobj", "iobj"} and c.lemma_.lower() in {"diplomat", "ambassador", "envoy", "staff", "attache"}
                for c in token.children
            ) and (expel := self.lexicon.verb("expel", "SANCTION")):  # fmt: skip
                # "gave its diplomats 24 hours to leave the country": an expulsion.
                return Match(token, token, expel)
            if lemma == "give" and gives_a_deadline(token) and any(t.lemma_.lower() == "leave" for t in token.subtree) and (
                token.dep_ == "conj" and any(a.lemma_.lower() in {"expel", "declare", "order"} for a in token.ancestors)
            ):  # fmt: skip
                return None  # "expelled a senior diplomat and gave him five days to leave": the expulsion's terms
            if lemma == "give" and gives_a_deadline(token):
                # "gave Niger's junta one week to reinstate the president": an ultimatum.
                threat = self.lexicon.verb("threaten")
                return Match(token, token, threat) if threat is not None else None
            if lemma == "hold" and held_captive(token):
                # "Bazoum, who has been held at the palace since Wednesday": a detention.
                arrest = self.lexicon.verb("arrest", "COERCE")
                return Match(token, token, arrest) if arrest is not None else None
            carried = [c for c in token.children if c.dep_ == "dobj"] + [
                o for p in token.children if p.dep_ in {"prep", "prt"} and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"
            ]  # fmt: skip
            if lemma in {"fly", "airlift", "truck", "ship"} and any(
                c.lemma_.lower() in AID_GOODS | {"hospital"} or any(g.lemma_.lower() in AID_GOODS for g in c.children if g.dep_ in {"compound", "amod"})
                for c in (*carried, *(x for c in carried for x in c.conjuncts))
            ) and (aid := self.lexicon.noun("aid", "AID")):  # fmt: skip
                # "have flown in field hospitals and medical supplies": aid delivered, not a visit.
                return Match(token, token, aid)
            if lemma == "hit" and has_particle(token, "back"):
                return None  # "hitting back within hours": retaliation in words or measures, no blow
            if triggers and not_an_event(token):
                return None
            people_out = [t for t in triggers if t.event == "SANCTION" and t.cameo == "166"]
            if people_out and triggers[0] not in people_out and any(
                c.dep_ == "dobj" and through_quantity(c).lemma_.lower() in self.knowledge.roles for c in token.children
            ):  # fmt: skip
                # "threw out 23 Russian diplomats": people thrown out are expelled (a ruling
                # thrown out is rejected).
                triggers = people_out + [t for t in triggers if t not in people_out]
            if not triggers and not light_of_object and withholds_on_condition(token):
                # "Caracas might stay away if Guyana kept awarding oil blocks": a conditional
                # step back, voiced to press the other side, is a threat (CAMEO 130).
                threat = self.lexicon.verb("threaten")
                return Match(token, token, threat) if threat is not None else None
            if triggers:
                if lemma in REPORTING_VERBS and has_clause(token):
                    return None  # "warned that ...": a statement, quoted not coded
                if self._light_use(token):
                    return None  # "called a general strike": the noun's event, not "call for"
                return Match(token, token, triggers[0], tuple(triggers[1:]))
        if is_readiness(token):
            readiness = token.head.head
            if readiness.head.i != readiness.i:
                # "remained ready for a dialogue", "was open to bilateral talks": an offer to
                # negotiate (CAMEO 036), voiced by the subject of "was".
                offer = next((t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if t.cameo == "036"), None)
                if offer is not None:
                    return Match(token, readiness.head, offer)
        cancelled = (token.dep_ == "nsubjpass" and token.head.lemma_.lower() in CANCEL_VERBS) or (
            # "talks ... will not go ahead", "the meeting did not take place"
            token.dep_ == "nsubj" and token.head.lemma_.lower() in HAPPENING_VERBS
            and any(child.dep_ == "neg" for child in token.head.children)
        )  # fmt: skip
        if token.pos_ == "VERB" and self._forced_with_riot_weapons(token) and (force := self.lexicon.noun("gas", "ASSAULT")):
            # "Police cleared the roads with tear gas", "troops broke up the sit-in with live
            # rounds": force used on a crowd (CAMEO 175), whatever the verb.
            return Match(token, token, force)
        if token.lemma_.lower() in {"alert", "standby"} and token.dep_ == "pobj" and token.head.lower_ == "on" and (
            token.head.head.lemma_.lower() in {"remain", "stay", "put", "place", "keep", "be"}
        ) and (alert := self.lexicon.noun("alert", "MOBILIZE")):  # fmt: skip
            # "Israeli troops remained on alert", "put its forces on high alert", "placed a
            # battalion on standby".
            return Match(token, token.head.head, alert)
        if token.lemma_.lower() in TRUCES and (holding := truce_clause(token)) is not None and (
            truce := self.lexicon.noun("ceasefire", "RETREAT")
        ):  # fmt: skip
            # "A ceasefire brokered by Moscow took hold at 9 a.m.", "the truce did not hold",
            # "since a ceasefire that took effect in August".
            return Match(token, holding, truce)
        if token.lemma_.lower() == "arrest" and token.dep_ == "pobj" and token.head.lower_ == "under" and (
            token.head.head.lemma_.lower() in {"place", "put", "keep", "hold", "remain", "be"}
        ) and (arrest := self.lexicon.verb("arrest", "COERCE")):  # fmt: skip
            # "placed Aung San Suu Kyi under house arrest".
            return Match(token.head.head, token.head.head, arrest)
        if token.lemma_.lower() == "protest" and token.dep_ == "pobj" and token.head.lower_ == "in" and (
            token.head.head.pos_ == "VERB"
        ) and (protest := self.lexicon.noun("protest", "PROTEST")):  # fmt: skip
            # "doctors would stop work in protest at the takeover", "resigned in protest": the
            # act is a protest, aimed at what the protest is against.
            return Match(token, token.head.head, protest)
        if token.lemma_.lower() == "strike" and token.dep_ == "pobj" and token.head.lower_ == "on" and (
            token.head.head.lemma_.lower() in {"go", "come", "remain", "stay", "be"}
        ) and (strike := self.lexicon.noun("strike", "PROTEST")):  # fmt: skip
            # "rail workers went on strike", "doctors remain on hunger strike".
            return Match(token, token.head.head, strike)
        if token.pos_ == "NOUN" and no_talks_to_come(token) and (refuse := self.lexicon.verb("refuse", "REJECT")):
            # "the army said there would be no talks with the paramilitaries": a refusal to
            # negotiate, voiced now by whoever says so.
            return Match(token, token.head, refuse)
        if token.pos_ == "NOUN" and called_off(token) and planned(token) and (
            protest := self.lexicon.noun(self._noun_lemma(token), "PROTEST")
        ) is not None:  # fmt: skip
            # "called off a strike planned for Monday", "cancelled a planned march": a protest
            # that will not happen (negated). (Ending one under way concedes, see triggers.yaml.)
            return Match(token, token.head, protest)
        if token.pos_ == "NOUN" and called_off(token) and not any(
            token.head.lemma_.lower() in t.light for t in self.lexicon.nouns.get(token.lemma_.lower(), ())
        ) and not any(
            # "suspend its military training mission in Mali": a standing operation halted, no
            # visit called off (the suspension is coded).
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"training", "military", "peacekeeping", "police", "naval", "monitoring"}
            for c in token.children
        ) and (
            meeting := self.lexicon.noun(token.lemma_.lower(), "CONSULT")
        ) is not None:  # fmt: skip
            # "Putin has cancelled a planned visit to Paris", "called off a trip to China": a
            # meeting that will not happen (negated), by the one who called it off.
            return Match(token, token.head, meeting)
        # "a fifth round of talks could open later this month", "talks between the two sides
        # resumed on Monday": a meeting told by what it does.
        # "a sixth round of talks ... will not go ahead": the round is what goes ahead.
        told = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" and (
            token.head.head.lemma_.lower() in MEASURE_NOUNS and token.head.head.dep_ in SUBJECTS
        ) else token  # fmt: skip
        happening = told.dep_ == "nsubj" and takes_place(told.head) and not cancelled
        # "another exchange is expected before the end of the year": one to come
        scheduled = told.dep_ in SUBJECTS and told.head.lemma_.lower() in SCHEDULING_VERBS and not cancelled
        if token.pos_ == "NOUN" and told.dep_ in SUBJECTS and (
            told.head.lemma_.lower() in FAILURE_VERBS or cancelled or happening or scheduled
        ):  # fmt: skip
            # "A planned summit between Trump and Putin in Budapest collapsed": a meeting that
            # did not happen (negated), between the parties named with it.
            meeting = self.lexicon.noun(self._noun_lemma(token), "CONSULT") or (
                self.lexicon.noun(self._noun_lemma(token), "RETREAT") if scheduled else None
            )  # fmt: skip
            if meeting is not None and (meeting.reciprocal or not scheduled):
                return Match(token, told.head, meeting)
        base = token
        while base.dep_ == "conj" and base.head.i != base.i:
            base = base.head  # "sent rescue teams and medical supplies": each object counts
        base = of_head(base, MEASURE_NOUNS)  # "held a new round of talks": the talks are what was held
        base = amount_of(base)  # "suspended $4.7 million in military aid": the aid is what was suspended
        leaving = next((v for v in list(base.ancestors)[:3] if v.pos_ == "VERB"), None)
        if leaving is not None and base in left_things(leaving):
            # "would pull out of a military intelligence-sharing pact with Japan": leaving it.
            triggers = [t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if leaving.lemma_.lower() in t.light]
            if triggers:
                return Match(token, leaving, triggers[0], tuple(triggers[1:]))
        if base.dep_ == "compound" and base.head.lemma_.lower() in FRAMING_HEADS:
            base = base.head  # "launched a mediation effort": the mediation is what was launched
        if base.dep_ == "pobj" and base.head.lower_ == "with" and base.head.head.lemma_.lower() in RESPONDING_VERBS:
            # "police responded with tear gas": the gas was used.
            answer = base.head.head
            triggers = [t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if t.light & {"use", "fire"}]
            if triggers:
                return Match(token, answer, triggers[0], tuple(triggers[1:]))
        if base.dep_ == "pobj" and base.head.lower_ == "with" and base.head.head.lemma_.lower() in PROVIDING_VERBS:
            # "provided Egypt with military aid": the aid is what was provided.
            giver = base.head.head
            triggers = [t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if giver.lemma_.lower() in t.light]
            if triggers:
                return Match(token, giver, triggers[0], tuple(triggers[1:]))
        if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.lower() in DISRUPTING_VERBS and not states_strikes(token):
            # (Not "Israeli and US strikes hit its nuclear facilities": a state's strikes are attacks.)
            # "a nationwide strike shut shops and banks", "the general strike entered its third
            # day": a protest told by what it does.
            protest = self.lexicon.noun(self._noun_lemma(token), "PROTEST")
            if protest is not None:
                return Match(token, token, protest)
        if token.pos_ == "NOUN" and protests_told_alone(token) and (protest := self.lexicon.noun(self._noun_lemma(token), "PROTEST")):
            # "after weeks of street protests", "protests in several cities", "Protests that
            # began over fuel prices toppled the government": the people of the country
            # protested, against their government unless the text says whom.
            return Match(token, token, protest)
        if token.ent_type_ == "MONEY" and token.dep_ == "dobj" and token.head.lemma_.lower() in FUNDING_VERBS:
            # "will provide $5 million for voter education", "gave Kenya $20 million".
            aid = self.lexicon.noun("aid", "AID")
            if aid is not None:
                return Match(token, token.head, aid)
        if token.pos_ == "NOUN" and token.lemma_.lower() in VEHICLES and (
            carries_aid(token) or any(carries_aid(o) for o in of_objects(token))
        ):  # fmt: skip
            # "sent a plane carrying tents and medicine", "trucks carrying food crossed from
            # Egypt into Gaza": aid on its way.
            aid = self.lexicon.noun("aid", "AID")
            moving = token.head.pos_ == "VERB" and (
                # (not "could escort aid convoys", "looted an aid convoy": someone else's aid)
                (token.dep_ == "dobj" and token.head.lemma_.lower() not in NOT_SENDING_AID)
                or (token.dep_ in SUBJECTS and token.head.lemma_.lower() in CROSSING_VERBS)
            )  # fmt: skip
            if aid is not None and moving:
                return Match(token, token.head, aid)
        if token.pos_ == "NOUN" and ended_without_a_deal(token) and (
            agree := next((t for t in self.lexicon.verbs.get("agree", ()) if t.particle is None), None)
        ):  # fmt: skip
            # "the talks ended without an agreement": the parties' agreement, not reached.
            return Match(token, token.head, agree)
        if token.pos_ == "NOUN" and resumed_fighting(token) and (fight := self.lexicon.verb("clash")):
            # "the war would resume once the truce expired", "fighting could resume": the
            # fighting of the two sides the story named, again.
            return Match(token, token.head, fight)
        if token.pos_ == "NOUN" and (founding := founds_a_joint_body(token)) is not None and (
            joint := self.lexicon.noun("cooperation", "COOPERATE")
        ):  # fmt: skip
            # "will set up a joint security coordination mechanism", "set up a joint working
            # group on fisheries", "have run joint patrols": cooperation between the founders.
            return Match(token, founding, joint)
        if token.pos_ in {"NOUN", "PROPN"} and (permitted := permitting_verb(base)) is not None:
            # "would allow inspectors to visit Douma": whom one lets in is the light verb's
            # object, though the parser makes it the subject of the infinitive.
            triggers = [t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if permitted.lemma_.lower() in t.light]
            if triggers:
                return Match(token, permitted, triggers[0], tuple(triggers[1:]))
        if token.pos_ == "NOUN" and (follows := announced_to_follow(token)) is not None:
            # "said more sanctions on Russia could follow", "further drills would follow if
            # Taipei did not change course": an act the speaker's side holds out.
            triggers = self._by_fit(token, [t for t in self.lexicon.nouns.get(self._noun_lemma(token), ())
                                            if t.light & HAPPENING_LIGHTS])  # fmt: skip
            if triggers:
                return Match(token, follows, triggers[0], tuple(triggers[1:]))
        if token.pos_ == "NOUN" and (partaker := taking_part_in(base)) is not None:
            # "did not take part in the strikes", "participated in the talks": a party to the
            # event the noun names.
            triggers = self._happening_senses(token, partaker)
            if triggers:
                return Match(token, partaker, triggers[0], tuple(triggers[1:]))
        if token.pos_ in {"NOUN", "PROPN"} and base.dep_ in LIGHT_OBJECTS:
            head = base.head
            # "London had frozen defence cooperation", the participle parsed as the noun's
            # modifier: the participle is the light verb (the clause is still "had").
            done = next((c for c in base.children if c.dep_ == "amod" and c.tag_ == "VBN"), None) if (
                head.lemma_.lower() == "have"
            ) else None  # fmt: skip
            # "would not rule out suspending flights to Russia", the gerund parsed as the
            # noun's modifier: the gerund is the light verb.
            doing = next((c for c in base.children if c.dep_ == "amod" and c.tag_ == "VBG" and c.i == base.i - 1), None)
            if done is None and doing is not None and any(
                doing.lemma_.lower() in t.light for t in self.lexicon.nouns.get(self._noun_lemma(token), ())
            ):  # fmt: skip
                done = doing
            # "called the strike 'political'": naming it, not calling one
            naming = head.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "oprd" and c.i != base.i for c in head.children)
            triggers = [
                trigger for trigger in self.lexicon.nouns.get(self._noun_lemma(token), ())
                if light_lemmas(head if done is None else done) & trigger.light and not naming
            ]  # fmt: skip
            triggers = self._by_fit(token, triggers)
            if head.pos_ == "ADJ" and head.head.pos_ == "AUX":
                head = head.head  # "it was halting cooperation": the clause is the auxiliary's
            if triggers:
                light_verb = doing if doing is not None and done is doing else head
                return Match(token, light_verb, triggers[0], tuple(triggers[1:]))
        if token.pos_ == "NOUN" and (told := relative_light_verb(token)) is not None:
            # "the accord, which Israel and Hamas signed in Cairo": the relative clause's verb
            # is the light verb of the noun it describes.
            triggers = [t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if told.lemma_.lower() in t.light]
            if triggers:
                return Match(token, told, triggers[0], tuple(triggers[1:]))
        if token.pos_ == "NOUN":
            # "is considering sanctions against Myanmar", "plans a new offensive": a policy
            # act the subject weighs or prepares, not yet taken. Its sense is the one a
            # happening light verb gives ("imposed sanctions", not "lifted sanctions").
            triggers = [t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if weighing_verb(token, t.event)]
            preps = {child.lower_ for child in token.children if child.dep_ == "prep"}
            triggers.sort(key=lambda trigger: (not trigger.light & HAPPENING_LIGHTS, not set(trigger.recipient) & preps))
            if triggers:
                return Match(token, token, triggers[0], tuple(triggers[1:]))
        if token.pos_ == "NOUN" and (denier := denied_part(token)) is not None:
            # "Islamabad denies any role in the attack", "rejected responsibility for the
            # strikes": the act itself, said not to be the denier's (negated; see
            # nominal_modality), even with no party named beside the noun.
            triggers = self._happening_senses(token, denier)
            if triggers:
                return Match(token, token, triggers[0], tuple(triggers[1:]))
        acting_body = token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in token.head.children) and (
            token.head.lemma_.lower() in HAPPENING_LIGHTS
        ) or (
            # "the Catholic bishops' conference accused ...", "mediated by the bishops'
            # conference": a conference that is someone's is a standing body
            token.lemma_.lower() == "conference" and any(c.dep_ == "poss" for c in token.children)
        )  # "The bishops' conference held a mass": a body that acts, not a meeting  # fmt: skip
        if token.pos_ == "NOUN" and token.dep_ != "compound" and has_parties(token) and not acting_body:
            # A noun event without its verb: "talks in Moscow between their foreign ministers",
            # "Israeli air strikes on Gaza", "possible sanctions against Belarusian officials".
            # Its sense is the entry whose recipient sits where this noun's does ("strikes on"
            # is an attack, not a general strike), among those of a happening light verb.
            preps = {child.lower_ for child in token.children if child.dep_ == "prep"}
            triggers = [
                trigger for trigger in self.lexicon.nouns.get(self._noun_lemma(token), ())
                if trigger.light & HAPPENING_LIGHTS
            ]  # fmt: skip
            triggers.sort(key=lambda trigger: (not (set(trigger.recipient) & preps),
                                               states_strikes(token) and trigger.event != "ASSAULT"))
            if triggers:
                return Match(token, token, triggers[0], tuple(triggers[1:]))
        return None

    def _countries(self, codes: Iterable[str]) -> list[Entity]:
        """Parties the story names elsewhere, each as its country (no words of this sentence)."""
        names = self.knowledge.country_names
        return [Entity(text=code, name=names.get(code, code), code=code, cameo_code=code) for code in codes]

    def _by_fit(self, noun: Token, triggers: list[Trigger], armed: bool = False) -> list[Trigger]:
        """A noun's senses, best first: "launched air and artillery strikes on Syrian troops"
        is an attack, "called a strike" a protest. The sense whose recipient sits where this
        noun's does, or that a weapon before the noun (or ``armed``) says, comes first."""
        preps = {child.lower_ for child in noun.children if child.dep_ == "prep"}
        armed = armed or any(c.lemma_.lower() in ARMED_MODIFIERS for c in noun.lefts) or any(
            c.lemma_.lower() in ARMED_MODIFIERS for conj in noun.conjuncts for c in conj.lefts
        ) or noun.head.lemma_.lower() in ARMED_MODIFIERS  # fmt: skip
        return sorted(triggers, key=lambda t: (not (set(t.recipient) & preps), not (armed and t.event == "ASSAULT")))

    def _forced_with_riot_weapons(self, verb: Token) -> bool:
        """Whether police or soldiers did something "with tear gas" (or water cannon, rubber
        bullets, batons): not "protesters armed with batons"."""
        weapons = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                   for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in RIOT_WEAPONS]  # fmt: skip
        if not weapons or verb.lemma_.lower() in {"arm", "equip", "respond", "retaliate", "react", "reply", "answer"}:
            return False  # responding with force has its own rule
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        role = self.knowledge.roles.get(subject.lemma_.lower()) if subject is not None else None
        return bool(weapons) and role is not None and role.sector in {"COP", "MIL"}

    def _warns_of_hostility(self, verb: Token) -> bool:
        """ "warned that police will no longer tolerate rallies", "warned that it would strike
        back": what the warner says it will do is hostile, so the warning is a threat."""
        clause = next((child for child in verb.children if child.dep_ == "ccomp"), None)
        if clause is None:
            return False
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is not None and (subject.lemma_.lower() == "patience" or (
            subject.lemma_.lower() == "option" and any(t.lower_ in {"open", "table"} for t in clause.subtree)
        )):  # fmt: skip
            return True  # "warned that its patience was running out", "that all options are open"
        # "warned that it could halt the accession path": what the warner may do, as well as will
        if not any(c.dep_ == "aux" and c.lower_ in WARNING_AUX for c in clause.children):
            return False
        if any(p.lower_ in {"by", "with"} and any(o.lemma_.lower() == "force" for o in p.children)
               for p in clause.children if p.dep_ == "prep"):  # fmt: skip
            return True  # "warned that troops would clear the area by force"
        negated = any(c.dep_ == "neg" or c.lower_ in {"longer", "never"} for c in clause.children)
        if negated and clause.lemma_.lower() in {"tolerate", "allow", "accept", "permit"}:
            return True
        if clause.lemma_.lower() in RESPONDING_VERBS:
            # "warned that Kyiv would respond militarily to any provocation", "warned that the
            # Islamic Republic would answer any further pressure": a response warned of.
            return True
        if clause.lemma_.lower() == "retaliate" or (
            clause.lemma_.lower() in {"strike", "hit"} and any(c.lower_ == "back" for c in clause.children)
        ):  # fmt: skip
            return True  # "warned that it would retaliate", "would strike back"
        if clause.lemma_.lower() == "hold" and any(c.dep_ == "auxpass" for c in clause.children) and any(
            t.lower_ in {"responsible", "accountable", "liable"} for t in clause.subtree
        ):  # fmt: skip
            return True  # "warned that organisers would be held personally responsible"
        if clause.lemma_.lower() in {"take", "consider", "impose", "adopt"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_WORDS for c in clause.children
        ):  # fmt: skip
            return True  # "warned that Washington would take action", "would consider further measures"
        return any(cameo_code(t.cameo).quad >= 3 for t in self.lexicon.verbs.get(clause.lemma_.lower(), ()))

    def _happening_senses(self, noun: Token, verb: Token) -> list[Trigger]:
        """The senses a noun event has when it happens, for a clause whose verb is ``verb``
        ("did not take part in the strikes", "denied any role in the attack"): a state
        takes part in strikes that are attacks; it does not walk out."""
        subject = actor_token_of(verb)[0]
        by_state = subject is not None and subject.ent_type_ in {"GPE", "NORP"}
        senses = [t for t in self.lexicon.nouns.get(self._noun_lemma(noun), ()) if t.light & HAPPENING_LIGHTS]
        return self._by_fit(noun, senses, armed=by_state)

    def _noun_lemma(self, token: Token) -> str:
        """A noun's lemma, rejoined where the tokenizer split a hyphenated noun the lexicon
        lists ("sit-in", whose head is "in" with "sit" before it; "cyber-attacks"); a border
        post, point or gate is the border."""
        doc = token.doc
        if token.lemma_.lower() in {"post", "point", "gate", "checkpoint", "station"} and any(
            c.dep_ == "compound" and c.lemma_.lower() == "border" for c in token.children
        ):  # fmt: skip
            return "border"
        if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].head.i == token.i:
            for joined in (f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}", f"{doc[token.i - 2].lower_}-{token.lower_}"):
                if joined in self.lexicon.nouns:
                    return joined
        return token.lemma_.lower()

    def _protest_purpose(self, verb: Token) -> bool:
        """Whether a verb says what a protest is for ("marched to demand", "rallied, calling
        for"): a clause hung on a protest verb."""
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in CROWD_WORDS | {"protest", "demonstration", "rally", "march"}:
            return True  # "protesters demanding new elections", "protests demanding his release"
        if verb.dep_ not in {"advcl", "xcomp", "acl"} or verb.head.pos_ != "VERB":
            return False
        head = verb.head.lemma_.lower()
        return head in PROTEST_MOVES | OBSTRUCTING_MOVES | STREET_MOVES or any(
            t.event == "PROTEST" for t in self.lexicon.verbs.get(head, ())
        )  # fmt: skip

    def _light_use(self, verb: Token) -> bool:
        """Whether the verb only carries a noun event as its object ("called a strike",
        "held talks"): the noun then says what happened."""
        lemma = verb.lemma_.lower()
        objects = [child for child in verb.children if child.dep_ in LIGHT_OBJECTS and child.pos_ == "NOUN"]
        # "handed over 700 kg of medicine": the measured noun is the object that counts.
        objects += [pobj for obj in objects if obj.lemma_.lower() in MEASURE_NOUNS for pobj in of_objects(obj)]
        objects += left_things(verb)  # "pulled out of the pact"
        return any(
            any(lemma in trigger.light for trigger in self.lexicon.nouns.get(obj.lemma_.lower(), ()))
            for obj in objects
        )  # fmt: skip

    # ------------------------------------------------------------------ one record

    def _record(
        self, match: Match, index: int, sentence: Span, article: Article, resolver: ActorResolver
    ) -> EventRecord | None:
        trigger = match.trigger
        if match.token.lemma_.lower() in VEHICLES and match.token.dep_ in SUBJECTS:
            return self._crossing(match, index, sentence, article, resolver)
        if match.trigger.event == "PROTEST" and not states_strikes(match.token) and (
            (match.token.dep_ == "nsubj" and match.token.head.lemma_.lower() in DISRUPTING_VERBS) or protests_told_alone(match.token)
        ):  # fmt: skip
            return self._disruption(match, index, sentence, article, resolver)
        # "the summit collapsed", "a sixth round of talks will not go ahead": the meeting's fate.
        told = match.token.head.head if match.token.dep_ == "pobj" and match.token.head.lower_ == "of" else match.token
        failed_meeting = (match.token.i != match.verb.i and told.dep_ in SUBJECTS and told.head.i == match.verb.i
                          and trigger.event == "CONSULT" and permitting_verb(match.token) is None)  # fmt: skip
        if trigger.event == "RETREAT" and match.token.lemma_.lower() in TRUCES and truce_clause(match.token) is not None:
            # A truce holding (or not) is kept (or broken) by the parties named with it, else
            # by the two the story last named together.
            parties = [e for p in between(match.token) for e in resolver.resolve_all(p, with_conjuncts=True) if e.code]
            codes = [e.code for e in parties] or resolver.pair_before(match.token)
            if len(codes) < 2:
                return None
            parties = parties or self._countries(codes)
            modality = "negated" if truce_holding(match.verb) == "broken" else modality_of(match.verb)
            return self._build(match, index, sentence, article, resolver, parties[:1], parties[1:], True, modality,
                               cameo_code(trigger.cameo), as_triggered=True)  # fmt: skip
        if trigger.event == "AGREE" and ended_without_a_deal(match.token):
            # No deal between the meeting's parties, else the two the story last named together.
            parties = [e for p in between(match.token) for e in resolver.resolve_all(p, with_conjuncts=True) if e.code]
            parties = parties or self._countries(resolver.pair_before(match.token))
            if len({e.code for e in parties}) < 2:
                return None
            return self._build(match, index, sentence, article, resolver, parties[:1], parties[1:], True, "negated",
                               cameo_code(trigger.cameo), as_triggered=True)  # fmt: skip
        if trigger.event == "ASSAULT" and resumed_fighting(match.token):
            # Resumed fighting is between the two the story last named together.
            codes = resolver.pair_before(match.token)
            if len(codes) < 2:
                return None
            parties = self._countries(codes)
            return self._build(match, index, sentence, article, resolver, parties[:1], parties[1:], True,
                               modality_of(match.verb), cameo_code(trigger.cameo), as_triggered=True)  # fmt: skip
        # "Another exchange is expected before the end of the year", "a new round of talks is
        # scheduled for July": a meeting or swap to come, between the two the story named last.
        scheduled = (match.token.i != match.verb.i and told.dep_ in SUBJECTS and told.head.i == match.verb.i
                     and trigger.reciprocal and trigger.event in {"CONSULT", "RETREAT"}
                     and match.verb.lemma_.lower() in SCHEDULING_VERBS)  # fmt: skip
        if failed_meeting or scheduled:
            parties = [e for p in between(match.token) for e in resolver.resolve_all(p, with_conjuncts=True) if e.code]
            held = (takes_place(match.verb) or scheduled) and not any(c.dep_ == "neg" for c in match.verb.children)
            if not parties and not trigger.reciprocal:
                # "The Vietnamese president's visit to Jakarta was called off", "a Canadian trade
                # mission to Mumbai has been postponed": the visitor's, to where it was going.
                visitor = nominal_actor(match.token)
                visitors = [e for e in resolver.resolve_all(visitor) if e.code] if visitor is not None else []
                visitors = visitors or nationals(match.token, resolver)
                hosts = [e for e in self._recipients(match, resolver, None) if e.code and e.code not in {v.code for v in visitors}]
                if visitors and hosts:
                    modality = modality_of(match.verb) if held else "negated"
                    return self._build(match, index, sentence, article, resolver, visitors, hosts, False,
                                       "future" if scheduled and modality == "asserted" else modality,
                                       cameo_code(trigger.cameo), as_triggered=True)  # fmt: skip
            if (held and len(parties) < 2) or not parties:
                # "a fifth round of talks could open", "a meeting of the border commission set
                # for Saturday was postponed": between the two the story named last.
                codes = resolver.pair_before(match.token)
                parties = self._countries(codes)
            if not parties:
                return None
            # The first party meets the others; negated unless the meeting goes ahead.
            code = cameo_code(trigger.cameo)
            modality = modality_of(match.verb) if held or takes_place(match.verb) else "negated"
            if scheduled and modality == "asserted":
                modality = "future"  # "is planned for next month": still to come
            return self._build(match, index, sentence, article, resolver, parties[:1], parties[1:],
                               len(parties) > 1, modality, code, as_triggered=True)  # fmt: skip
        nominal = match.verb.pos_ == "NOUN"
        actor_token, passive_recipient = (nominal_actor(match.verb), None) if nominal else actor_token_of(match.verb)
        recipients = self._recipients(match, resolver, passive_recipient)
        if not any(e.code for e in recipients) and match.trigger.destination and (
            place := next((t for t in recipient_tokens(match, passive_recipient) if t.lemma_.lower() in VISITED_AREAS), None)
        ) is not None:  # fmt: skip
            # "is expected to visit the quake zone", "would travel to the region next week":
            # the area the story is about, its dateline's country, else the two it named last.
            own = {e.code for e in resolver.resolve_all(actor_token)} if actor_token is not None else set()
            codes = [c for c in ([resolver.home] if resolver.home else []) if c not in own]
            codes = codes or [c for c in resolver.pair_before(place) if c not in own]
            recipients = self._countries(codes) or recipients
        if not recipients and match.token.i != match.verb.i:
            # "blocked a French-drafted statement": whose text the noun event acts on.
            recipients = self._drafted_by_country(match.token)
        actors = resolver.resolve_all(actor_token) if actor_token is not None else []
        if not actors and trigger.lemma in MEDIATING and match.token.dep_ == "amod":
            actors = self._drafted_by_country(match.token.head)  # "a U.S.-brokered ceasefire"
        weighed = weighing_verb(match.verb, trigger.event) if nominal else None
        if not actors and weighed is not None:
            # "Britain said it was considering sanctions": who weighs the act would take it.
            subject, _ = actor_token_of(weighed)
            actors = resolver.resolve_all(subject) if subject is not None else []
        if not actors and not nominal and announced_to_follow(match.token) is not None and (
            saying := saying_verb_over(match.verb)
        ) is not None:  # fmt: skip
            # "more sanctions could follow", says whoever would impose them.
            actors = [e for speaker in saying.children if speaker.dep_ in SUBJECTS for e in resolver.resolve_all(speaker)]
        if not any(e.code for e in actors) and trigger.event == "REJECT" and (
            no_talks_to_come(match.token)
            # "Britain said no ministers would attend": none of the speaker's own will
            or (actor_token is not None and any(d.lower_ == "no" for d in actor_token.children))
        ) and saying_verb_over(match.verb) is not None:  # fmt: skip
            actors = self._speakers(match.verb, resolver)
        # "the crossing would stay closed until ...": a measure kept until another side acts
        kept = trigger.event == "REJECT" and kept_until(match.verb)
        if not nominal and not any(e.code for e in actors) and kept and (
            saying_verb_over(match.verb) is not None
        ):  # fmt: skip
            # "Pakistan said the crossing would stay closed until ...": whoever says so keeps it.
            actors = self._speakers(match.verb, resolver)
        if not nominal and not actors and trigger.event == "THREATEN" and withholds_on_condition(match.verb) and (
            saying_verb_over(match.verb) is not None
        ):  # fmt: skip
            # "Tajikistan said the visit could be postponed if ...": whoever says so would put it off.
            actors = self._speakers(match.verb, resolver)
        if not nominal and not actors and (denier := denied_clause(match.verb)) is not None:
            # "The army denied that live ammunition had been used": used by its own forces.
            subject, _ = actor_token_of(denier)
            actors = resolver.resolve_all(subject) if subject is not None else []
        if nominal and not actors and (denier := denied_part(match.verb)) is not None:
            # "Russia denied any involvement in the attack": the denier is the one said not to act.
            subject, _ = actor_token_of(denier)
            actors = resolver.resolve_all(subject) if subject is not None else []
        if nominal and not actors:
            # "Israeli air strikes": the nationality before the noun (not where it happened);
            # "The EU discussed possible sanctions": the subject of the verb it is object of.
            actors = [] if trigger.reciprocal else nationals(match.verb, resolver)
            if trigger.reciprocal and not actors:
                # "talks between India and Pakistan": the parties are the actors.
                actors = [e for p in between(match.verb) for e in resolver.resolve_all(p, with_conjuncts=True) if e.code]
                if len(actors) < 2 and any(c.dep_ == "poss" and c.lower_ == "their" for p in between(match.verb) for c in p.children):
                    # "Kenya and Tanzania agreed after talks between their trade ministers": the
                    # subject of the clause the talks are part of.
                    clause = next((t for t in match.verb.ancestors if t.pos_ in {"VERB", "AUX"}), None)
                    subject = actor_token_of(clause)[0] if clause is not None else None
                    actors = [e for e in resolver.resolve_all(subject) if e.code] if subject is not None else actors
                if not actors and trigger.event == "CONSULT" and told_as_setting(match.verb):
                    # "signed an agreement at the end of ten days of talks", "would scale back
                    # operations after peace talks with Ukraine": the subject of the clause the
                    # talks led to took part in them.
                    clause = next((t for t in match.verb.ancestors if t.pos_ in {"VERB", "AUX"}), None)
                    subject = actor_token_of(clause)[0] if clause is not None else None
                    actors = [e for e in resolver.resolve_all(subject) if e.code] if subject is not None else []
                recipients = [e for e in recipients if e.code not in {a.code for a in actors}]
        if not any(entity.code for entity in actors) and actor_token is not None and actor_token.lemma_.lower() in DOCUMENTS | STATEMENTS:
            # "lawmakers are working on a sanctions bill that would expand penalties": the
            # document's authors act through it.
            authors = authors_of(actor_token)
            actors = resolver.resolve_all(authors) if authors is not None else []
        reciprocal = False
        if trigger.reciprocal and not actors and passive_recipient is not None:
            # "Thousands of Ukrainian and Russian detainees were exchanged": the parties are the
            # countries of the people exchanged.
            actors = resolver.countries_named(passive_recipient)
            recipients = [e for e in recipients if e.code not in {a.code for a in actors}]
            reciprocal = len(actors) > 1
        if not actors and trigger.event == "MOBILIZE" and match.token.dep_ == "nsubjpass" and actor_token is None:
            # "Lebanese army troops were deployed to the area": the forces' own state moved them.
            actors = [e for e in resolver.resolve_all(match.token) if e.code]
        if not actors and trigger.event == "MOBILIZE" and passive_recipient is not None and actor_token is None:
            # "its units along the frontier had been placed on high alert": the units' state.
            actors = [e for e in resolver.resolve_all(passive_recipient) if e.code]
        if not actors and trigger.event in {"ASSAULT", "COERCE"} and actor_token is not None and (
            through_quantity(actor_token).lemma_.lower() in WEAPONS | ATTACK_NOUNS
            or WEAPON_MODEL.match(through_quantity(actor_token).text)
        ):  # fmt: skip
            # "Cambodian rockets hit a petrol station", "Chinese coast guard ships detained a
            # fishing boat", "Israeli air strikes killed 25 people": the forces of the country
            # whose weapons, ships or strikes they are.
            actors = [e.model_copy(update={"sector": "MIL", "cameo_code": f"{e.code}MIL"})
                      for e in resolver.countries_named(actor_token)]  # fmt: skip
        if not actors and trigger.event == "ASSAULT" and actor_token is None and (opponents := fought_with(match.verb)):
            # "Twenty Indian soldiers were killed in a clash with Chinese troops": the other side.
            actors = [e for t in opponents for e in resolver.resolve_all(t) if e.code]
        if not actors and trigger.event == "ASSAULT" and unclaimed(match.verb, actor_token):
            # "Three soldiers were killed by a roadside bomb outside Basra", "a car bomb killed
            # a journalist in Beirut": no one named did it. Like ACLED, the actor is an
            # unidentified armed group of the country where it struck, if the text says where.
            actors = self._unidentified_attackers(match, sentence, resolver)
        detained = None
        if not actors and actor_token is None and trigger.lemma in DETAINING and is_passive(match.verb):
            # "43 people had been arrested since Monday": arrests no one is named for are the
            # police's, of the country the sentence places them in, else the dateline's.
            actors = self._unnamed_authorities(sentence, resolver)
            detained = actors[0].model_copy(update={"text": "detainees", "sector": "CVL"}) if actors else None
        if not actors and actor_token is None and trigger.cameo in LEGAL_ACTION_CAMEOS and is_passive(match.verb):
            # "Belgrade said the officers would be prosecuted", "the journalist was charged with
            # espionage": a state's courts act, the speaker's if a state says so, else those of
            # the country the sentence places it in, else the dateline's.
            speakers = [e for e in self._speakers(match.verb, resolver) if e.sector in STATE_SECTORS | {None}]
            actors = [e.model_copy(update={"text": "courts", "sector": "JUD", "cameo_code": f"{e.code}JUD"})
                      for e in speakers[:1] or self._unnamed_authorities(sentence, resolver)]  # fmt: skip
        if not actors and actor_token is None and trigger.event == "COERCE" and trigger.cameo in {"1721", "1723", "1724"} and (
            match.token.i != match.verb.i and match.token.dep_ == "nsubjpass"
        ):  # fmt: skip
            # "an indefinite curfew was imposed in Kathmandu", "a state of emergency was
            # declared", "internet access was cut": a measure only a government takes, of the country the sentence
            # places it in, else the dateline's; aimed at that country's people.
            actors = [e.model_copy(update={"text": "authorities", "sector": "GOV", "cameo_code": f"{e.code}GOV"})
                      for e in self._unnamed_authorities(sentence, resolver)]  # fmt: skip
            detained = actors[0].model_copy(update={"text": "", "sector": "CVL"}) if actors else None
        if not actors and actor_token is None and trigger.event == "MOBILIZE" and is_passive(match.verb):
            # "Kyiv said 20,000 reservists would be called up", "the commission said soldiers
            # would be deployed on polling day": only a state moves forces, the one that says so.
            actors = [e for e in self._speakers(match.verb, resolver) if e.sector in STATE_SECTORS | {None}]
        actors = [entity for entity in actors if entity.code]
        if not actors:
            return None  # no resolvable actor: never a fallback code
        if trigger.event == "PROTEST" and match.token.lemma_.lower() == "strike" and match.token.i != match.verb.i and all(
            e.sector in {None, "GOV", "MIL"} for e in actors
        ) and not any(c.lemma_.lower() in WALKOUT_WORDS for c in match.token.lefts) and (
            attack := next((t for t in self.lexicon.nouns.get("strike", ()) if t.event == "ASSAULT"), None)
        ):  # fmt: skip
            # "India said it launched the strike to pre-empt another attack": a state's strike is
            # an attack (a general strike is called by workers, not by a country).
            match, trigger = replace(match, trigger=attack), attack
            recipients = self._recipients(match, resolver, passive_recipient)
        if match.token.lemma_.lower() in COUP_VERBS and trigger.event == "COERCE" and not any(
            e.sector in FORCE_SECTORS for e in actors
        ):  # fmt: skip
            return None  # "parliament ousted the premier", "protests toppled the government": no coup
        if trigger.event == "COERCE" and match.verb.lemma_.lower() in SEIZING_POWER and any(
            c.dep_ == "dobj" and seized_power(c) for c in match.verb.children
        ):  # fmt: skip
            # "soldiers seized power": from their own state.
            recipients = [implied(actors[0].code, self.knowledge.country_names, "GOV")]
        if detained is not None and not any(e.code for e in recipients):
            recipients = [detained.model_copy(update={"cameo_code": f"{detained.code}CVL"})]
        own = {entity.code for entity in actors}
        # "said it would not recognise the results": a voiced refusal (see below).
        clause_modality = nominal_modality(match.verb) if nominal else modality_of(match.verb)
        if trigger.event == "PROTEST" and called_off(match.token) and match.token.head.i == match.verb.i:
            clause_modality = "negated"  # "called off a planned strike": it will not take place
        if trigger.event == "CONSULT" and called_off(match.token) and match.token.head.i == match.verb.i:
            clause_modality = "negated"  # "cancelled a planned visit": it will not take place
            if not any(e.code and e.code not in {a.code for a in actors} for e in recipients):
                # "cancelled a planned meeting between Wang Yi and his Japanese counterpart":
                # the other party of the meeting called off.
                own = {a.code for a in actors}
                recipients = [e for p in between(match.token) for e in resolver.resolve_all(p, with_conjuncts=True)
                              if e.code and e.code not in own] or recipients  # fmt: skip
        if trigger.event == "ACCUSE" and match.token.lemma_.lower() in REPORTING_VERBS and (blamed := blamed_party(match.verb)):
            # "told parliament that the Russian state was culpable": the one blamed, not the
            # one told.
            recipients = [e for e in resolver.resolve_all(blamed) or resolver.countries_named(blamed) if e.code] or recipients
        if trigger.event == "THREATEN" and match.token.lemma_.lower() == "hesitate":
            clause_modality = "asserted"  # "would not hesitate to": the warning is the event
        if trigger.event == "REJECT" and (
            match.token.lemma_.lower() in TAKING_PART | {"take"} or no_talks_to_come(match.token) or kept
        ):  # fmt: skip
            # "would not attend", "there would be no talks", "would stay closed until ...": the
            # refusal is voiced now
            clause_modality = "asserted"
        if trigger.event in {"REJECT", "THREATEN"} and match.token.lemma_.lower() != trigger.lemma and not any(
            t.event == "REJECT" for t in self.lexicon.verbs.get(match.token.lemma_.lower(), ())
        ) and (
            speaker := vowed_not_to(match.verb)
        ) is not None:  # fmt: skip
            # "Manila said the Philippines would not abandon the shoal": voiced now, and only
            # by the party that would not act ("Kyiv said Russia would not win" refuses nothing).
            clause_modality = "asserted"
            speaking = {e.code for e in resolver.resolve_all(speaker) if e.code}
            if speaking and not speaking & {e.code for e in actors} and actor_token is not None and actor_token.pos_ != "PRON":
                return None
        selves = {(e.code, e.sector) for e in actors}  # "would never accept what he called a coup": "he" is no addressee
        refused = (not nominal and not any(e.code and (e.code, e.sector) not in selves for e in recipients)
                   and clause_modality == "negated" and voiced(match.verb))  # fmt: skip
        if trigger.event == "THREATEN" and not any(e.code and e.code not in own for e in recipients) and (
            target := threatened(match.verb)
        ) is not None:
            # "warned that Israel would face ...", "warned that it would strike Israeli cities"
            recipients = [e for e in resolver.resolve_all(target) or resolver.countries_named(target)
                          or [x for by in by_phrase(target) for x in resolver.resolve_all(by)] if e.code]  # fmt: skip
        if trigger.event == "THREATEN" and not any(e.code and e.code not in own for e in recipients) and (
            condition := condition_subject(match.verb)
        ) is not None:
            # "threatened to stop negotiations if the United States goes ahead": a threat is
            # aimed at whoever must meet its condition.
            # At home the other side is told apart by sector ("the parties threatened a boycott
            # unless the election commission extended the deadline").
            selves = {(e.code, e.sector) for e in actors}
            recipients = [e for e in resolver.resolve_all(condition) if e.code and (e.code, e.sector) not in selves
                          and (e.code not in own or e.sector)] or recipients  # fmt: skip
        if nominal and trigger.event in HOSTILE_TYPES and not any(entity.code for entity in recipients) and (
            answering := retaliator(match.verb)
        ) is not None:  # fmt: skip
            # "Iran fired missiles at the base in retaliation for U.S. strikes on three nuclear
            # sites": an act answered in kind was aimed at whoever answers it.
            own = {entity.code for entity in actors}
            recipients = [e for e in resolver.resolve_all(answering) if e.code and e.code not in own] or recipients
        if nominal and not trigger.reciprocal and not any(entity.code for entity in recipients) and (
            denied_part(match.verb) is None
        ):  # fmt: skip
            # A noun event standing alone needs both its parties named. A denied one ("Pakistan
            # denied any role in the attack") answers a charge: whom it was aimed at is the
            # story's other side (see occurrences.with_counterparts).
            return None
        # "an Israeli official said the army could widen its operations if attacks continued":
        # a conditional act of one's own side presses the other side, named or not (a threat).
        pressing = has_condition(match.verb) and (
            speaker_acts(match.verb) or self._speaks_for(match.verb, resolver, {e.code for e in actors})
        )  # fmt: skip
        if trigger.event in {"ASSAULT", "COERCE"} and not any(entity.code for entity in recipients):
            # "used tear gas to disperse protesters": whom the purpose clause acts on.
            recipients = [e for clause in controlled(match.verb) for token in clause.children
                          if token.dep_ == "dobj" for e in resolver.resolve_all(token) if e.code]  # fmt: skip
        if trigger.event == "ASSAULT" and not any(entity.code for entity in recipients):
            at_each_other = len({e.code for e in actors}) > 1 and aimed_at_each_other(match.verb)  # (reciprocal, below)
            if trigger.needs_recipient and match.token.i != match.verb.i and not at_each_other and not pressing:
                return None  # "fired missiles into the sea": no one attacked (a test, if anything)
            recipients = self._attacked_place(match, resolver, actors)
        if (
            (trigger.event in {"ASSAULT", "COERCE"} and actors[0].sector == "REB")
            or (trigger.event in {"PROTEST", "REQUEST", "ACCUSE", "REJECT"} and actors[0].sector in CIVIL_SECTORS)
        ) and actors[0].code not in INTERNATIONAL_CODES | {None} and resolver.home and actors[0].code != resolver.home:  # fmt: skip
            # "M23 fighters attacked army positions near Lubero" in a story filed from Luanda,
            # "thousands of Sudanese protested against the government" in one from Cairo: the
            # army, police or government a rebel group or a crowd confronts unnamed is its own
            # country's, not the dateline's.
            side = actors[0]
            recipients = [e.model_copy(update={"code": side.code, "name": side.name, "cameo_code": f"{side.code}{e.sector}"})
                          if e.code == resolver.home and e.sector in FORCE_SECTORS | STATE_SECTORS and e.text.islower() else e
                          for e in recipients]  # fmt: skip
        if trigger.event == "CONSULT" and not any(e.code for e in recipients) and match.verb.dep_ == "acl" and (
            match.verb.tag_ == "VBN" and match.verb.head.pos_ == "NOUN"
        ):  # fmt: skip
            # "talks hosted by Erdogan", "a ceremony hosted by Rubio", "negotiations led by
            # Washington": with the parties of the talks, named with them or as the subject
            # of the clause they are part of.
            meeting = match.verb.head
            parties = [t for t in between(meeting)]
            clause = next((t for t in meeting.ancestors if t.pos_ in {"VERB", "AUX"}), None)
            parties += [c for c in clause.children if c.dep_ in SUBJECTS] if clause is not None and not parties else []
            own = {entity.code for entity in actors}
            recipients = [e for t in parties for e in resolver.resolve_all(t) if e.code and e.code not in own]
        if trigger.event == "CONSULT" and match.verb.lemma_.lower() == "host" and match.token.i != match.verb.i and not any(
            e.code and e.code not in {a.code for a in actors} for e in recipients
        ):  # fmt: skip
            # "Saudi Arabia and the United States, which are hosting the negotiations": the
            # host meets the parties the talks are between, else the two the story last named
            # together.
            own = {entity.code for entity in actors}
            parties = [e for p in between(match.token) for e in resolver.resolve_all(p, with_conjuncts=True) if e.code]
            codes = [e.code for e in parties] or resolver.pair_before(match.verb)
            recipients = self._countries(code for code in dict.fromkeys(codes) if code not in own)
        if trigger.event == "SANCTION" and match.token.lemma_.lower() in TRADED_GOODS and not any(
            e.code and e.code not in {a.code for a in actors} for e in recipients
        ):  # fmt: skip
            # "could target Belarus's potash exports", "halted American farm goods": the
            # country whose goods they are.
            own = {entity.code for entity in actors}
            recipients = [e for e in resolver.countries_named(match.token) if e.code not in own] or recipients
        if trigger.lemma in MEDIATING and not any(
            e.code and (e.code, e.sector) not in {(a.code, a.sector) for a in actors} for e in recipients
        ):  # fmt: skip
            # ("talks in Doha mediated by Qatar": the talks, placed in Qatar, are no party.)
            # "Washington had mediated the deal", "talks mediated by Lavrov": between the two
            # parties the story last named together; in "A and B agreed a truce after talks
            # mediated by Qatar", the subject of the clause the mediation is part of.
            own = {entity.code for entity in actors}
            clause = match.verb.head if match.verb.dep_ in {"advcl", "acl", "relcl", "amod"} else None
            while clause is not None and clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            subject = actor_token_of(clause)[0] if clause is not None and clause.pos_ in {"VERB", "AUX"} else None
            parties = [e for e in resolver.resolve_all(subject) if e.code and e.code not in own] if subject is not None else []
            if match.verb.dep_ == "amod":
                # "the Qatar-mediated truce between Hamas and Israel": the parties it names.
                named = [e for p in between(match.verb.head) for e in resolver.resolve_all(p, with_conjuncts=True) if e.code]
                parties = [e for e in named if e.code not in own] or parties
            pair = self._countries(code for code in resolver.pair_before(match.verb) if code not in own)
            # (In a civil war both sides are one country's: "talks in Jeddah brokered by Riyadh
            # and Washington" are with Sudan's, the country the story is about.)
            named = Counter(code for start, code in resolver.places_seen if start < match.verb.idx and code not in own
                            and start not in resolver.venues and code not in INTERNATIONAL_CODES)  # fmt: skip
            story = [code for code, _ in named.most_common(1)]
            recipients = parties if len({e.code for e in parties}) > 1 else pair or parties or self._countries(story)
        if trigger.event == "CONSULT" and len(actors) == 1 and not any(entity.code for entity in recipients) and not (
            trigger.reciprocal and actor_token is not None and through_quantity(actor_token).tag_ == "NNS"
        ):  # fmt: skip
            # "The Chinese foreign minister held talks in Moscow": a visitor's talks are with
            # the hosts (two parties meeting in Geneva are not meeting the Swiss).
            recipients = self._host(match, resolver, actors)
        if trigger.event in HOSTILE_TYPES and not any(entity.code for entity in recipients):
            # "mobilized reservists for a possible war against Iraq": whatever the clause is
            # against, however deep the preposition hangs.
            recipients = [e for token in against(match.verb) for e in resolver.resolve_all(token)
                          if e.code and e.code not in {a.code for a in actors}]  # fmt: skip
        if trigger.event == "MOBILIZE" and not any(e.code and e.code not in {a.code for a in actors} for e in recipients):
            # "ordered the deployment of a standby force to restore constitutional order in
            # Niger": the country the forces are sent to act in.
            own = {entity.code for entity in actors}
            purposes = [c for c in match.verb.children if c.dep_ in {"advcl", "xcomp"} and purpose_clause(c)]
            places = [o for clause in purposes for p in clause.subtree if p.dep_ == "prep" and p.lower_ in {"in", "into"}
                      for o in p.children if o.dep_ == "pobj"]  # fmt: skip
            recipients = [e for o in places for e in resolver.countries_named(o) if e.code not in own] or recipients
        actor_codes = {entity.code for entity in actors}
        vessel = caught_vessel(match) if trigger.event in {"COERCE", "RETREAT"} else None
        if vessel is not None and not any(e.code and e.code not in actor_codes for e in recipients):
            # "seized two trawlers flying the flag of Guinea-Bissau", "seized four trawlers and
            # arrested 14 Indian fishermen", "Tehran could free the tanker": a vessel taken or
            # let go is its flag's, else its crew's, else the other country of the story.
            codes = self._vessel_flag(vessel, resolver) + [e.code for e in self._seized_alongside(match, resolver) if e.code]
            codes += [code for code in [resolver.story_country(vessel)] if code]
            recipients = self._countries(code for code in dict.fromkeys(codes) if code not in actor_codes)[:1] or recipients
        if trigger.event == "ACCUSE" and match.token.lemma_.lower() in {"complaint", "case", "appeal"} and recipients and all(
            e.code in {"UNO", "IGO"} for e in recipients
        ) and not actor_codes & {"UNO", "IGO"}:  # fmt: skip
            # "filed a complaint with the U.N. Security Council": the body is where the complaint
            # goes; whom it is against is the party the story has acting on the complainant.
            recipients = []
        if trigger.event == "AID" and trigger.cameo == "072" and recipients and all(e.code in actor_codes for e in recipients):
            return None  # "North Korea has trained 500 hackers": a state arming its own is no aid
        if trigger.destination:
            recipients = [e for e in recipients if e.code not in actor_codes]
        # Not the actor itself, nor its own state named as a country ("Araghchi warned that Iran
        # would respond": Iran is the one who would act, not the one warned).
        # (But "opposition lawmakers walked out of parliament" protest at their own chamber.)
        # Nor "willing to meet regional leaders": others of its own country it meets.
        recipients = [e for e in recipients if trigger.event == "PROTEST" or (
            trigger.event == "CONSULT" and e.sector is not None and e.text.lower() not in {a.text.lower() for a in actors}
            and self.knowledge.find(self.knowledge.countries, e.text) is None
        ) or not (e.code in actor_codes and (e.sector == actors[0].sector or (
            e.sector is None and actors[0].sector in STATE_SECTORS | {"MIL", "LEG"}
            and self.knowledge.find(self.knowledge.countries, e.text) is not None)))]  # fmt: skip
        if trigger.event in SENDING_TYPES and not (trigger.event == "SUPPORT" and match.token.i == match.verb.i) and (
            "with" not in trigger.recipient or trigger.control
        ):  # fmt: skip
            # "offered to send troops to help Nigeria": the actor's own forces are what it
            # sends or pulls back, not whom it acts for ("thanked police" is for them). But
            # "signed a peace agreement with Tigrayan forces": a party to it.
            recipients = [e for e in recipients if not (e.code in actor_codes and e.sector in {"MIL", "COP"})]
        # "The two sides agreed to swap all prisoners", "India and Sri Lanka agreed to set up a
        # joint group": a party among the actors, or a word naming no one, is no other side.
        others = [e for e in recipients if e.code and e.code not in actor_codes]
        between_themselves = len({e.code for e in actors}) > 1 and not others
        if trigger.reciprocal and len(actors) > 1 and not recipients and not refused:
            reciprocal = True
        elif (trigger.event in {"AGREE", "CONSULT", "COOPERATE"} or trigger.cameo == "057") and between_themselves and (
            recipients and not refused
        ):  # fmt: skip
            # (Not "Iraq and Oman welcomed the agreement": a welcome is to whoever agreed.)
            reciprocal, recipients = True, []
        elif len({(e.text, e.code) for e in actors}) > 1 and aimed_at_each_other(match.verb):
            # "Kyrgyz and Tajik border guards began firing at each other", "the government and
            # the rebels accused each other".
            reciprocal, recipients = True, []
        elif (trigger.event in MUTUAL_TYPES - {"SUPPORT"} or trigger.cameo == "057") and not refused and not recipients and (
            len({(e.text, e.code) for e in actors}) > 1
        ):  # fmt: skip
            # "Abe and Trump agreed to push for ...", "Santos and Londono signed a peace deal":
            # cooperation between the named parties themselves. (Praise and welcome are of
            # someone else: "Iraq and Oman welcomed the agreement".)
            reciprocal = True
        if trigger.event in DOMESTIC_TYPES and actors[0].sector == "MIL" and resolver.home == actors[0].code:
            # "Soldiers detained two journalists" in a story from the soldiers' own country.
            recipients = [e if e.code else e.model_copy(update={"code": actors[0].code, "name": actors[0].name,
                                                                "cameo_code": f"{actors[0].code}{e.sector or ''}"})
                          for e in recipients] or ([_in_sector(actors[0], "CVL")] if trigger.event == "COERCE" else [])  # fmt: skip
        if (trigger.event in DOMESTIC_TYPES or trigger.lemma in CHARGING_VERBS) and actors[0].sector in STATE_SECTORS:
            # "Police in New Delhi detained two separatist leaders", "the Taliban announced an
            # amnesty for former government employees", "imposed a curfew in the Western
            # Province", "prosecutors charged Zuniga": a state's arrests, charges, bans,
            # releases and concessions are of its own people, unless the text says whose.
            home = actors[0]
            recipients = [
                e if e.code else e.model_copy(update={"code": home.code, "name": home.name,
                                                      "cameo_code": f"{home.code}{e.sector or ''}"})
                for e in recipients
            ]  # fmt: skip
            released = trigger.cameo.startswith("0841") and any(c.dep_ == "dobj" for c in match.verb.children)
            charged = trigger.cameo in LEGAL_ACTION_CAMEOS and trigger.lemma in CHARGING_VERBS  # not "took its case to court"
            if not recipients and (trigger.event in {"COERCE", "CONCEDE"} or trigger.cameo.startswith("081") or released or charged):
                recipients = [_in_sector(home, "CVL")]  # fmt: skip
        if trigger.event in {"RETREAT", "CONCEDE"} and actors[0].sector == "REB" and not any(e.code for e in recipients) and (
            clause_modality != "negated"  # a refusal answers whoever pressed it (see occurrences.py)
        ):  # fmt: skip
            # "Tigrayan fighters will disarm", "the rebels freed 41 guards": rebels stand down
            # (or give in) towards the government they fight.
            recipients = [_in_sector(actors[0], "GOV")]
        if trigger.event == "REQUEST" and self._protest_purpose(match.verb):
            # "blocked streets to demand reforms", "rallied in Yerevan, demanding Pashinyan's
            # resignation", "protesters demanding new elections torched a police station": the
            # protest's aim, told with it, is no demand of its own (the gold README's convention).
            return None
        if match.verb.lemma_.lower() in REPORTING_VERBS and trigger.event == "REQUEST":
            # "Merkel said Germany must do more": a speaker's own country's duty is no demand.
            recipients = [e for e in recipients if e.code not in actor_codes]
            if not recipients:
                return None
        if trigger.event == "REQUEST" and match.token.pos_ == "NOUN" and not any(
            e.code and e.code not in actor_codes for e in recipients
        ):  # fmt: skip
            # "repeated his demand that Armenia remove ...": the demand is on the clause's subject.
            demanded = [e for clause in match.token.children if clause.dep_ in {"acl", "ccomp"} and clause.pos_ in {"VERB", "AUX"}
                        for subject in clause.children if subject.dep_ in SUBJECTS
                        for e in resolver.resolve_all(subject) if e.code]  # fmt: skip
            recipients = demanded or recipients
        if trigger.event == "REQUEST" and not any(e.code for e in recipients) and asks_for_calm(match.verb):
            # "Malaysia urged an immediate ceasefire", "the U.N. called for restraint": the call
            # is on the two sides last named together.
            recipients = self._countries(code for code in resolver.pair_before(match.verb) if code not in actor_codes)
        if (trigger.event in {"AID", "REQUEST"} or trigger.cameo.startswith("162")
            or (trigger.event == "AGREE" and offers_help(match.verb))) and not any(
            e.code for e in recipients
        ) and resolver.home and resolver.home not in actor_codes and not (
            trigger.event == "REQUEST" and asks_release(match)  # of whoever holds them (see occurrences)
        ):  # fmt: skip
            # "Japan will provide $5 million for voter education", "India offered to send
            # election materials", "Belgium suspended part of its aid", "the U.N. urged a
            # return to constitutional order" in a story from Kathmandu, Bujumbura or
            # Antananarivo: help, its cut or a call from abroad is for the story's country.
            name = self.knowledge.country_names.get(resolver.home, resolver.home)
            recipients = [Entity(text=name, name=name, code=resolver.home, cameo_code=resolver.home)]
        if trigger.event == "SUPPORT" and match.token.lemma_.lower() in {"back", "support", "sponsor"} and any(
            e.sector in {"REB", "UAF"} for e in recipients
        ) and (arming := self.lexicon.noun("aid", "AID")):  # fmt: skip
            # "Rwanda denies backing the M23": backing an armed group is arming or funding it
            # (CAMEO 07), not words of support.
            match, trigger = replace(match, trigger=arming), arming
        if trigger.event == "AGREE" and match.token.lemma_.lower() == "offer" and leaving_office(match.verb) and (
            giving_up := self.lexicon.verb("concede", "CONCEDE")
        ):  # fmt: skip
            # "has offered to step down": an offer to give up power concedes (a promise to
            # resign stays a promise, AGREE).
            match, trigger = replace(match, trigger=giving_up), giving_up
        if trigger.event in {"REJECT", "AGREE", "CONCEDE"} and not any(e.code for e in recipients) and leaving_office(match.verb):
            # "refused to step down", "promised to resign": leaving office is owed to one's own
            # country's people.
            home = actors[0]
            recipients = [_in_sector(home, "CVL")]
        if trigger.event in {"REQUEST", "REJECT", "ACCUSE"} and not any(e.code for e in recipients) and (
            actors[0].sector in CLAIMANT_SECTORS and actors[0].code and actors[0].code.isalpha()
            and actors[0].code not in INTERNATIONAL_CODES and not trigger.needs_recipient
        ):  # fmt: skip
            # "the opposition demanded a second round", "protest leaders rejected the
            # timetable": a country's own people press, refuse or blame their government
            # where no one else is named. (A reaction that needs an addressee still looks
            # for the act it answers, see with_addressees.)
            recipients = [_in_sector(actors[0], "GOV")]
        if trigger.lemma in ORDERING_VERBS and any(c.lemma_.lower() in LEAVING_VERBS for c in controlled(match.verb)) and (
            expel := self.lexicon.verb("expel", "SANCTION")
        ) is not None and any(e.code and e.code not in actor_codes for e in recipients):  # fmt: skip
            # "ordered a Russian diplomat to leave the country", "ordered the United States to
            # close its consulate": an expulsion (CAMEO 166).
            if all(e.sector not in {"GOV", "MIL"} for e in recipients if e.code) and (
                deport := self.lexicon.verb("deport", "COERCE")
            ) is not None:  # fmt: skip
                expel = deport  # "ordered Qatari citizens to leave": people deported (CAMEO 174)
            match, trigger = replace(match, trigger=expel), expel
            recipients = [e for e in recipients if e.code and e.code not in actor_codes]
        if trigger.event == "CONSULT" and not trigger.reciprocal and actors[0].sector in {"MIL", "COP"} and a_force(actor_token) and (
            match.token.i == match.verb.i and any(e.code and e.code not in actor_codes for e in recipients)
        ) and (forces := self._forces_abroad(match, actor_token)) is not None:  # fmt: skip
            # "NATO peacekeeping troops have arrived in Bosnia": forces, not a visit.
            match, trigger = replace(match, trigger=forces), forces
        if trigger.event == "MOBILIZE" and trigger.cameo == "150" and len({e.code for e in actors}) > 1 and (
            joint := self.lexicon.noun("exercise", "COOPERATE")
        ) is not None:  # fmt: skip
            # "French and Egyptian warships launched war games": drills held together.
            match, trigger, reciprocal = replace(match, trigger=joint), joint, True
        if trigger.event == "MOBILIZE" and not any(e.code and e.code not in actor_codes for e in recipients) and helping_deployment(
            match.verb
        ):  # fmt: skip
            # "deployed troops to Goma at Kinshasa's request", "is sending guards to help
            # Lithuania": whom they go to help, where no place says it.
            recipients = [e for t in helped_parties(match.verb) for e in resolver.resolve_all(t) if e.code] or recipients
        sent_nowhere = (
            trigger.event == "MOBILIZE" and match.verb.lemma_.lower() in SENDING_VERBS and match.token.i != match.verb.i
            and match.token.lemma_.lower() in {"troop", "soldier", "police", "officer", "personnel"}
            and not any(c.dep_ in {"advcl", "xcomp", "dative"} or (c.dep_ in {"prep", "advmod", "prt"} and c.lower_ in PLACE_WORDS_OF_SENDING)
                        for c in match.verb.children)
            and not any(e.code for e in recipients)
        )  # fmt: skip
        if sent_nowhere and (protection := self.lexicon.noun("peacekeeper", "AID")) is not None:
            match, trigger = replace(match, trigger=protection), protection
        if trigger.event == "MOBILIZE" and match.token.lemma_.lower() not in NEUTRAL_MONITORS and (
            (match.verb.lemma_.lower() in SENDING_VERBS and sent_to_country(match)) or helping_deployment(match.verb)
        ) and any(e.code and e.code not in actor_codes for e in recipients) and (
            protection := self.lexicon.noun("peacekeeper", "AID")
        ) is not None:  # fmt: skip
            # "dispatched 1,500 soldiers to Russia's Far East", "would send more troops to its
            # base in Qatar": forces sent to another country's soil, on its side (CAMEO 074);
            # forces "deployed" there are a show of force, unless they are police or
            # peacekeepers, or go to help ("has deployed 400 police officers to Haiti").
            match, trigger = replace(match, trigger=protection), protection
            recipients = [e for e in recipients if e.code and e.code not in actor_codes]
        if trigger.lemma in ORDERING_VERBS and all(e.code in actor_codes and e.sector in {"MIL", "COP"} or not e.code
                                                   for e in recipients) and actors[0].sector != "JUD":
            return None  # "ordered units to move closer to the border": a command, not a request
        ordered = [c for c in match.verb.children if c.dep_ == "dobj"]
        if match.verb.lemma_.lower() in ORDERING_VERBS and match.token.i == match.verb.i and ordered and actors[0].sector != "JUD" and all(
            not any(e.code and e.code not in actor_codes for e in resolver.resolve_all(o)) for o in ordered
        ):  # fmt: skip
            # "ordered units to move closer to the border with Kosovo", "ordered officials to begin
            # raising tariffs", "ordered a review of U.S. aid": a command to its own, whatever the
            # command is about (a court's orders are another matter).
            return None
        if trigger.person_recipient:
            recipients = [e for e in recipients if e.office or e.wikidata_id]
        gathering = (
            # "EU foreign ministers will meet in Brussels": a body's members meeting together.
            trigger.event == "CONSULT" and trigger.reciprocal and actor_token is not None
            and through_quantity(actor_token).tag_ == "NNS" and match.token.i == match.verb.i
        )  # fmt: skip
        if trigger.needs_recipient and refused and trigger.event in MUTUAL_TYPES:
            # "would not negotiate until Martelly hands over power": a refusal is aimed at
            # whoever must meet its condition; a refusal to talk or to recognise is one even
            # with no one named.
            recipients = [e for t in [condition_subject(match.verb, UNTIL_MARKS)] if t is not None
                          for e in resolver.resolve_all(t) if e.code]  # fmt: skip
        own_codes = {e.code for e in actors}
        if kept or (refused and not any(e.code and (e.code, e.sector) not in selves for e in recipients)):
            # "would not resume talks until Pakistan acts", "the border would stay shut until
            # Colombia stops the smuggling": aimed at whoever must meet the condition.
            recipients = [e for t in [condition_subject(match.verb, frozenset({"until", "till"}))] if t is not None
                          for e in resolver.resolve_all(t) if e.code and e.code not in own_codes] or recipients  # fmt: skip
            if kept and not any(e.code and e.code not in own_codes for e in recipients):
                # "the embargo on Mali would stay in place until ...": whom the measure is on.
                recipients = [e for c in match.verb.children if c.dep_ in SUBJECTS for p in c.children
                              if p.dep_ == "prep" and p.lower_ in {"on", "against"} for o in p.children
                              for e in resolver.resolve_all(o) if e.code and e.code not in own_codes]  # fmt: skip
        if refused and not any(e.code for e in recipients) and actors[0].sector in CIVIL_SECTORS | {"PTY"}:
            # "protest leaders said they would not lift the blockade", "the opposition leader
            # would never accept the result": an unaddressed refusal from the street or the
            # opposition is aimed at their own government, as their protests are.
            recipients = [_in_sector(actors[0], "GOV")]
        if not any(e.code for e in recipients) and actors[0].code not in INTERNATIONAL_CODES and actors[0].sector in HOME_QUARREL_SECTORS and (
            rival := next((t for t in recipient_tokens(match, None) if t.lemma_.lower() in {"rival", "other"}
                           and any(c.lower_ in {"the", "its", "their"} for c in t.children)), None)
        ) is not None:  # fmt: skip
            # "one faction accused the other of plotting", "the group accused its rival of
            # attempting to seize power": a faction's rival is of its own country.
            home = actors[0]
            recipients = [Entity(text=rival.text, name=home.name, code=home.code, cameo_code=home.code)]
        # "the faction attacked a police station there", "gang members fired on armoured
        # vehicles": an armed group's attack with no named target is on its own country's
        # people or forces (see occurrences.with_counterparts).
        at_home = trigger.event in {"ASSAULT", "COERCE"} and actors[0].sector in {"REB", "UAF", "CRM"} and (
            actors[0].code not in INTERNATIONAL_CODES
        ) and not fired_at_nothing(match.verb)  # fmt: skip
        if trigger.needs_recipient and not recipients and not reciprocal and not gathering and not refused and not at_home and not (
            trigger.event in REACTION_TYPES and refers_to_an_act(match.verb)
        ) and not (pressing and trigger.event in HOSTILE_TYPES) and not (
            # "Trinidad denied that its crews had fired at a migrant boat": a denied attack is
            # the story's other side's to deny (see with_counterparts).
            trigger.event in HOSTILE_TYPES and not nominal and denied_clause(match.verb) is not None
        ):  # fmt: skip
            # (A reaction to "the agreement" may learn whose it was from the sentences before:
            # see with_addressees.)
            return None
        if trigger.event == "PROTEST" and not any(entity.code for entity in recipients):
            # "rallied outside the French embassy": a protest at a country's mission is aimed
            # at that country.
            recipients = [e for e in missions_at(match, resolver) if e.code not in actor_codes] or recipients
        if trigger.event == "PROTEST" and not any(entity.code for entity in recipients):
            # "blocked streets in defiance of Chinese authorities", "in protest at the Tanzanian
            # ban": whom the protest defies.
            defied = [e for t in defied_parties(match.verb) for e in resolver.resolve_all(t) or resolver.countries_named(t)
                      if e.code and e.code not in actor_codes]  # fmt: skip
            recipients = defied or recipients
        if trigger.cameo == "082" and not recipients and actors[0].sector in CIVIL_SECTORS | {"LAB", "OPP"}:
            # "the teachers' union called off its strike": dissent eased towards the government
            # it was aimed at, as a protest with no stated target is.
            recipients = [_in_sector(actors[0], "GOV")]
        if trigger.event == "PROTEST" and not recipients and actors[0].sector in CIVIL_SECTORS | {"PTY"}:
            # Demonstrators (or a party's members) with no stated target protest against their
            # own government (CAMEO's and PLOVER's reading of a domestic protest).
            home = actors[0]
            recipients = [_in_sector(home, "GOV")]
        if trigger.cameo == "175" and actors[0].sector == "COP" and actors[0].code and any(
            e.code and e.code != actors[0].code and e.text.split()[-1].lower().removesuffix("s") in CROWD_WORDS and e.text.islower()
            for e in recipients
        ):  # fmt: skip
            # "Venezuelan security forces fired tear gas at crowds near the Colombian border":
            # a crowd no words give a nationality is the police's own people, not the country
            # the story names most. (Troops may be abroad: "French troops fired tear gas to
            # disperse the crowds" in Ouagadougou.)
            home = actors[0]
            recipients = [e.model_copy(update={"code": home.code, "name": home.name, "sector": "CVL", "cameo_code": f"{home.code}CVL"})
                          if e.text.split()[-1].lower().removesuffix("s") in CROWD_WORDS and e.text.islower() else e
                          for e in recipients]  # fmt: skip
        if trigger.cameo == "175" and not any(e.code for e in recipients) and actors[0].sector in {"COP", "MIL"} and actors[0].code:
            # "Police cleared the roads with tear gas": riot control is used on the country's
            # own people, whoever the sentence leaves unnamed.
            recipients = [_in_sector(actors[0], "CVL")]
        if trigger.event in {"SANCTION", "REJECT"} and match.token.lemma_.lower() in {"suspend", "dismiss", "remove", "sack", "fire"} and any(
            c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or self.knowledge.roles.get(c.lemma_.lower()) is not None
                                  or c.lemma_.lower() in {"government", "cabinet"})
            for c in match.verb.children
        ) and (any(e.code in {a.code for a in actors} for e in recipients) or not any(e.code for e in recipients)) and (
            removal := self.lexicon.verb("ban", "COERCE")
        ):  # fmt: skip
            # "the court suspended the governor for 90 days", "Tokayev dismissed the
            # government": an administrative sanction on one's own officials (CAMEO 172), not a
            # cut in ties with anyone nor a rejection.
            match, trigger = replace(match, trigger=removal), removal
        code = cameo_code(_cameo_for(trigger, actors))
        as_triggered = code.cameo == trigger.cameo  # else the state variant: the table decides
        if trigger.event == "COERCE" and any(
            o.lemma_.lower() in RIOT_WEAPONS for p in match.verb.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj"
        ) and (force := self.lexicon.noun("gas", "ASSAULT")):  # fmt: skip
            # "soldiers dispersed them with tear gas": force used on a crowd (CAMEO 175).
            match, trigger = replace(match, trigger=force), force
            code, as_triggered = cameo_code(force.cameo), True
        foreign = [e for e in recipients if e.code and e.code not in actor_codes]
        if code.cameo.startswith("172") and code.cameo not in {"1723", "1724"} and foreign and all(e.code for e in recipients):
            # "barred entry to Nicaraguan officials", "barred Belarusian airlines from EU
            # airspace": restrictions on another country's people are sanctions (CAMEO 163), not
            # repression; the actor's own airspace is where, not whom. (A curfew or emergency
            # declared in a territory, such as France's in New Caledonia, is still coercion.)
            sanction = self.lexicon.verb("sanction", "SANCTION")
            if sanction is not None:
                match = replace(match, trigger=sanction)
                trigger, code, as_triggered, recipients = sanction, cameo_code(sanction.cameo), True, foreign
        if code.cameo == "081" and match.token.lemma_.lower() in {"ban", "restriction", "curb", "limit"} and foreign and all(
            e.code for e in recipients
        ) and not actor_codes & {None}:  # fmt: skip
            # "have not lifted the travel bans imposed on Mugabe", "lifted restrictions on
            # Chinese airlines": easing measures on another country's people eases a sanction
            # (CAMEO 085), not a restriction on one's own.
            code, as_triggered, recipients = cameo_code("085"), False, foreign
        if trigger.event == "ASSAULT" and trigger.cameo != "181" and rioting(actor_token, actors):
            # "Protesters set fire to parliament buildings", "youths torched buses": a crowd's
            # violence is a violent protest (CAMEO 145), aimed at the government if at no one.
            # Taking hostages (181) is an abduction whoever does it.
            code, as_triggered = cameo_code(RIOT_CAMEO), False
            recipients = [e for e in missions_at(match, resolver) if e.code not in actor_codes] or recipients
            if not any(e.code and e.code not in actor_codes or e.sector in STATE_SECTORS | {"MIL"} for e in recipients):
                home = actors[0]
                recipients = [e for e in recipients if e.code and e.code not in actor_codes] or [_in_sector(home, "GOV")]
        modality = clause_modality
        if weighed is not None and modality != "negated":
            if weighed.lemma_.lower() == "threaten" and code.quad >= 3:
                # "threatened sanctions": the threat is the event, voiced now (CAMEO 130).
                code, as_triggered, modality = cameo_code(THREAT_CAMEO), False, "asserted"
            else:
                modality = "future" if weighed.lemma_.lower() in PLANNING_VERBS else "hypothetical"
        if trigger.event == "THREATEN" and match.verb.lemma_.lower() in RESPONDING_VERBS and modality != "negated":
            modality = "asserted"  # "said it would respond to any violation": the warning is voiced now
        if (is_readiness(match.token) or (ready_to(match.token) and trigger.event == "AGREE")) and modality != "negated":
            modality = "asserted"  # "was open to talks (if ...)": the offer itself is voiced now
        if match.token.i != match.verb.i and any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in match.token.children) and (
            not no_talks_to_come(match.token)
        ):  # fmt: skip
            # "have held no trade talks this month", "imposed no new sanctions": none took place.
            modality = "negated"
        if (modality == "asserted" and match.token.i != match.verb.i and trigger.event in HAPPENINGS
                and match.verb.lemma_.lower() in ANNOUNCING_LIGHTS):  # fmt: skip
            # "called a general strike", "announced a visit to Beijing", "scheduled talks":
            # what is called or announced is still to come.
            modality = "future"
        # "Caracas might stay away if Guyana ...", said by Caracas or one of its own (see _match)
        step_back = trigger.event == "THREATEN" and withholds_on_condition(match.verb) and (
            speaker_acts(match.verb) or self._speaks_for(match.verb, resolver, actor_codes)
        )  # fmt: skip
        if modality in {"future", "hypothetical"} and (
            ultimatum(match.verb) or step_back or (code.quad >= 3 and (has_condition(match.verb) and speaker_acts(match.verb) if code.plover != "MOBILIZE" else any(
                e.code and e.code not in actor_codes for t in [condition_subject(match.verb)] if t is not None
                for e in resolver.resolve_all(t))))
        ):  # fmt: skip
            # "will withdraw its force unless a ceasefire is arranged", "would walk out of the
            # talks if the killings continued": the conditional announcement is itself a
            # threat, voiced now (CAMEO 130).
            code, as_triggered, modality = cameo_code(THREAT_CAMEO), False, "asserted"
        elif modality in {"future", "hypothetical"} and code.quad >= 3 and (
            self._warned_by_own_side(match.verb, resolver, actor_codes) or left_open(match.verb)
        ):  # fmt: skip
            # "Lukashenko warned that Minsk could cut gas transit to Europe": what a side warns
            # it may do is its threat, voiced now.
            code, as_triggered, modality = cameo_code(THREAT_CAMEO), False, "asserted"
        if trigger.event == "THREATEN" or code.cameo == THREAT_CAMEO:
            # "threatened to hold a general strike unless Israel rescinded its annexation":
            # the threat is aimed at whoever must meet the condition.
            governed = [match.verb, *controlled(match.verb)]
            targets = [t for verb in governed if (t := condition_subject(verb)) is not None]
            conditioned = [e for t in targets for e in resolver.resolve_all(t) if e.code and e.code not in actor_codes]
            if conditioned and (code.cameo == THREAT_CAMEO or not any(e.code for e in recipients)):
                recipients = conditioned
        if modality == "negated" and not nominal and code.cameo[:3] in REFUSED_YIELDS and voiced(match.verb):
            # "said its fighters would not withdraw", "would not lift the blockade until ...":
            # the refusal to yield is the event, voiced now (CAMEO 124x).
            code, as_triggered, modality = cameo_code(REFUSED_YIELDS[code.cameo[:3]]), False, "asserted"
        elif modality == "negated" and match.verb.lemma_.lower() in PRESSURE_VERBS and voiced(match.verb) and any(
            c.dep_ == "auxpass" for c in match.verb.children
        ) and recipients:  # fmt: skip
            # "the alliance would not be intimidated", "would not be deterred by the ruling":
            # no threat made, but a refusal to give in, voiced now, by the one pressed.
            code, as_triggered, modality = cameo_code("120"), False, "asserted"
            actors, recipients = recipients, [e for e in actors if e.code]
        if code.plover == "REJECT" and refuses_to_resign(match.verb) and actors[0].code:
            # "the president has refused calls to step down", "said she would not resign": a
            # refusal aimed at the leader's own country, whoever else the story names.
            recipients = [_in_sector(actors[0], "CVL")]
        return self._build(match, index, sentence, article, resolver, actors, recipients, reciprocal, modality, code,
                           as_triggered)  # fmt: skip

    def _warned_by_own_side(self, verb: Token, resolver: ActorResolver, actor_codes: set[str | None]) -> bool:
        """Whether a clause is what someone warns their own side will or may do: "Iran warned
        that Tehran could resume enrichment" (not "Zelensky warned that Russia could attack")."""
        warner = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "warn" else None
        subject = next((c for c in warner.children if c.dep_ in SUBJECTS), None) if warner is not None else None
        return subject is not None and bool({e.code for e in resolver.resolve_all(subject) if e.code} & actor_codes)

    def _disruption(
        self, match: Match, index: int, sentence: Span, article: Article, resolver: ActorResolver
    ) -> EventRecord | None:
        """ "A general strike called by civic committees entered its third day": the callers,
        or the people of the country the strike is in (the places it names, else the
        dateline's), protest against their government."""
        strike = match.token
        callers = [by for clause in strike.children if clause.dep_ == "acl" for by in by_phrase(clause)]
        actors = [e for by in callers for e in resolver.resolve_all(by) if e.code]
        if not actors:
            codes = [e.code for e in resolver.countries_named(strike) if e.code] or ([resolver.home] if resolver.home else [])
            actors = [Entity(text=strike.text, name=self.knowledge.country_names.get(c, c), code=c, sector="CVL",
                             cameo_code=f"{c}CVL") for c in codes[:1]]  # fmt: skip
        if not actors:
            return None
        home = actors[0]
        # "Palestinian riots against Israeli military policies are still continuing": whom the
        # protest is against, where it says; else the government at home.
        targets = [e for prep in strike.children if prep.dep_ == "prep" and prep.lower_ in {"against", "over"}
                   for t in prep.children if t.dep_ == "pobj"
                   for e in resolver.resolve_all(t) or resolver.countries_named(t) if e.code and e.code != home.code]  # fmt: skip
        code = cameo_code(match.trigger.cameo)
        return self._build(match, index, sentence, article, resolver, actors, targets or [_in_sector(home, "GOV")], False,
                           nominal_modality(strike), code, as_triggered=True)  # fmt: skip

    def _crossing(
        self, match: Match, index: int, sentence: Span, article: Article, resolver: ActorResolver
    ) -> EventRecord | None:
        """ "Twenty trucks carrying food crossed from Egypt into the Gaza Strip": aid from the
        country it comes from to the one it enters."""
        ends: dict[str, list[Entity]] = {"from": [], "to": []}
        for prep in match.verb.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "into", "to", "in"}:
                for place in (c for c in prep.children if c.dep_ == "pobj"):
                    found = destination_country(place, self.knowledge)
                    entities = [found] if found else resolver.countries_named(place)
                    ends["from" if prep.lower_ == "from" else "to"] += [e for e in entities if e.code]
            elif prep.dep_ == "dobj":
                # "200 trucks of aid entered Gaza", "the convoy reached Tigray's capital"
                found = destination_country(prep, self.knowledge)
                ends["to"] += [e for e in ([found] if found else resolver.countries_named(prep)) if e.code]
        if not ends["from"]:
            # "trucks of U.N. aid", "a United Nations aid convoy", "convoys of food from the
            # World Food Programme": the body whose aid it is.
            vehicle = match.token
            loads = [o for p in vehicle.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in p.children if o.dep_ == "pobj"]
            owners = [c for t in (vehicle, *loads) for c in t.children if c.dep_ in {"compound", "nmod", "poss"}]
            owners += [o for p in vehicle.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
            ends["from"] = [e for t in owners for e in resolver.resolve_all(t) if e.code and e.code in {"UNO", "IGO", "EUR", "NGO"}]
        if not ends["from"]:
            return None
        recipients = [e for e in ends["to"] if e.code not in {a.code for a in ends["from"]}]
        code = cameo_code(match.trigger.cameo)
        return self._build(match, index, sentence, article, resolver, ends["from"][:1], recipients, False,
                           modality_of(match.verb), code, as_triggered=True)  # fmt: skip

    def _build(
        self, match: Match, index: int, sentence: Span, article: Article, resolver: ActorResolver,
        actors: list[Entity], recipients: list[Entity], reciprocal: bool, modality: str, code: CameoCode,
        as_triggered: bool, typed_by: str = "lexicon",
    ) -> EventRecord:  # fmt: skip
        """The record of one coded event, with its evidence, attribution, date and confidence."""
        record = self._draft(match, index, sentence, article, resolver, actors, recipients, reciprocal, modality,
                             code, as_triggered)  # fmt: skip
        if typed_by != "lexicon":
            record = record.model_copy(update={"typed_by": typed_by})
        return record.model_copy(update={"confidence": confidence_of(record)})

    def _draft(
        self, match: Match, index: int, sentence: Span, article: Article, resolver: ActorResolver,
        actors: list[Entity], recipients: list[Entity], reciprocal: bool, modality: str, code: CameoCode,
        as_triggered: bool,
    ) -> EventRecord:  # fmt: skip
        trigger = match.trigger
        return EventRecord(
            id=_event_id(article.id, index, match.token.i, trigger),
            article_id=article.id,
            event=(trigger.event if as_triggered else code.plover),  # type: ignore[arg-type]
            mode=(trigger.mode if as_triggered else code.mode),
            context=list(trigger.context if as_triggered else code.context),
            cameo=code.cameo,
            quad_code=code.quad,
            goldstein=code.goldstein,
            actor=actors,
            recipient=recipients,
            reciprocal=reciprocal,
            modality=modality,  # type: ignore[arg-type]
            attribution=attribution_of(match.verb, resolver.resolve),
            evidence=Evidence(
                text=sentence.text.rstrip(), start=sentence.start_char,
                end=sentence.start_char + len(sentence.text.rstrip()), sentence=index,
                trigger=_trigger_text(match), trigger_start=match.token.idx,
            ),  # fmt: skip
            confidence=0.5,  # replaced below, from the finished record
            article=ArticleRef(
                id=article.id, url=article.url, title=article.title, outlet=article.outlet,
                published=article.published.isoformat() if article.published else None,
            ),  # fmt: skip
            coder=self.coder,
        )

    def _recipients(self, match: Match, resolver: ActorResolver, passive_subject: Token | None) -> list[Entity]:
        """The recipients named in the slots the trigger lists, in order, without repeats."""
        found: list[Entity] = []
        tokens = recipient_tokens(match, passive_subject)
        # "take the dispute to the World Trade Organization": the court hears the case; the
        # other side is its recipient.
        court = " ".join(t.text for p in match.verb.subtree if p.dep_ == "prep" and p.lower_ in {"to", "before"}
                         for t in p.subtree) if match.trigger.cameo == "115" and goes_to_court(match.verb) else ""  # fmt: skip
        if match.trigger.destination:
            # "travel on to Costa Rica, El Salvador and Guatemala": every place is a stop.
            tokens += [c for token in tokens for c in token.conjuncts if c not in tokens]
        for token in tokens:
            if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
                token = token.head.head  # "fishermen whom the navy arrested": the fishermen
            if match.trigger.destination:
                entity = destination_country(token, self.knowledge)
                entities = [entity] if entity else resolver.resolve_all(token)
            else:
                # "rejected Israel's demand", "rejected a U.S. proposal", "a plan put forward
                # by Japan": the thing's owner is the recipient. A party named without a
                # country ("Iranian individuals and firms" read as people) comes last.
                named = resolver.resolve_all(token)
                entities = (
                    # "vetoed a resolution tabled by the United States": whose text it was
                    self._document_drafters(token, resolver)
                    # "Bolivia also voted against the text": the drafters named with it before
                    or self._drafters_named_before(token, resolver)
                    or [e for e in named if e.code] or resolver.owner_of(token)
                    # "called the expulsion of its ambassador by Peru unfortunate": whose act
                    # it was, before any country its words name
                    or [e for by in by_phrase(token) for e in resolver.resolve_all(by)]
                    # (not "agreed a ceasefire in Jeddah": a settlement names where it was made)
                    or (resolver.countries_named(token) if token.pos_ == "NOUN" and not (
                        match.trigger.event == "AGREE" and token.lemma_.lower() in AGREEMENTS | TRUCES) else [])
                    or [e for by in by_phrase(token) for e in resolver.resolve_all(by)]
                    or [e for target in aimed_at(token) for e in resolver.countries_named(target)]
                    # "shelled army positions", "raided rebel camps": whose the thing is.
                    or [e for part in compounds(token) for e in resolver.resolve_all(part, with_conjuncts=False)]
                    or self._reporter_owns(token, resolver)
                    # "demanded the removal of President X", "expelled inspectors of the IAEA"
                    or [e for part in of_objects(token) for e in resolver.resolve_all(part) or resolver.countries_named(part)]
                    # "boycott all official contact with the United States"
                    or [e for part in partner_objects(token) for e in resolver.resolve_all(part)]
                    or named
                    # "suspended efforts to open European Union accession talks", "suspended
                    # preparations for a G8 summit in Sochi": the other party the halted thing
                    # names anywhere in it
                    or ([e for t in token.subtree if t.i != token.i and t.pos_ == "PROPN" for e in [resolver.resolve(t)]
                         if e is not None and e.code] if match.trigger.event == "SANCTION" and match.trigger.lemma == "suspend" else [])
                )  # fmt: skip
            if court:
                entities = [e for e in entities if not e.text or e.text not in court]
            for entity in entities:
                if all((entity.code, entity.text) != (e.code, e.text) for e in found):
                    found.append(entity)
        return found

    def _vessel_flag(self, vessel: Token, resolver: ActorResolver) -> list[str]:
        """The countries a vessel's phrase names: "an Iranian tanker", "two trawlers flying the
        flag of Guinea-Bissau", "a boat carrying Indian fishermen" (not where it was: "off the
        coast of Senegal")."""
        named = [vessel] + [t for t in vessel.subtree if t.i != vessel.i and (
            t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ in {"of", "from"} and t.head.head.dep_ != "pobj"))]
        return [e.code for t in named for e in resolver.countries_named(t) if e.code]

    def _seized_alongside(self, match: Match, resolver: ActorResolver) -> list[Entity]:
        """Whose the people taken in the same breath are: "seized four trawlers and arrested 14
        Indian fishermen"."""
        verbs = [v for v in (*match.verb.conjuncts, match.verb.head) if v.pos_ == "VERB" and v.i != match.verb.i]
        return [e for v in verbs for o in v.children if o.dep_ == "dobj" for e in resolver.countries_named(o)]

    def _speakers(self, verb: Token, resolver: ActorResolver) -> list[Entity]:
        """The parties with a country who say the clause ``verb`` heads ("Tajikistan" in
        "Tajikistan said the visit could be postponed"); none if no one reports it."""
        saying = saying_verb_over(verb)
        if saying is None:
            return []
        return [e for c in saying.children if c.dep_ in SUBJECTS for e in resolver.resolve_all(c) if e.code]

    def _speaks_for(self, verb: Token, resolver: ActorResolver, actor_codes: set[str]) -> bool:
        """Whether the one who reports a clause is of the country that would act in it ("a
        Venezuelan official said Caracas might stay away if ..."): its own announcement."""
        speakers = self._speakers(verb, resolver)
        return bool(speakers) and all(e.code in actor_codes for e in speakers)

    def _drafted_by_country(self, token: Token) -> list[Entity]:
        """ "a U.S.-drafted resolution" (one token): the country before "-drafted"."""
        found = []
        for word in (t for t in token.subtree if t.i < token.i):
            drafter = DRAFTED_BY.match(word.text)
            code = place_country(drafter.group(1), self.knowledge, cities=False) if drafter else None
            if code is None and word.lower_ in OWNER_WORDS:
                # "a French-drafted statement", split by the tokenizer at the hyphen.
                code = next((c for part in word.children if part.dep_ in {"npadvmod", "compound", "amod"}
                             for c in [place_country(part.text, self.knowledge, cities=False)
                                       or getattr(self.knowledge.find(self.knowledge.countries, part.text), "code", None)] if c), None)  # fmt: skip
            if code:
                words = token.doc[word.left_edge.i : word.i + 1].text  # "French-drafted", however it was split
                found.append(Entity(text=words, name=self.knowledge.country_names.get(code, code), code=code,
                                    cameo_code=code))  # fmt: skip
        return found

    def _drafters_named_before(self, token: Token, resolver: ActorResolver) -> list[Entity]:
        """Whose text "the text" or "the resolution" is: the drafters of the last document the
        story named with them ("a U.S.-drafted resolution", "a resolution drafted by Britain,
        France and Germany"), if this one names none of its own."""
        if token.lemma_.lower() not in DOCUMENTS | {"text"} or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children
        ):  # fmt: skip
            return []
        for earlier in reversed(token.doc[: token.i]):
            found = self._document_drafters(earlier, resolver) if earlier.lemma_.lower() in DOCUMENTS else []
            if found:
                return found
        return []

    def _document_drafters(self, token: Token, resolver: ActorResolver) -> list[Entity]:
        """Who drafted a document or call, as its own words say: "a resolution tabled by the
        United States", "a U.S.-drafted resolution" (a mediator is no drafter: "a
        U.S.-brokered ceasefire")."""
        drafted_by = drafters(token) if token.lemma_.lower() in DOCUMENTS | CALL_NOUNS else []
        return [e for t in drafted_by for e in resolver.resolve_all(t) or resolver.countries_named(t) if e.code] or [
            e for e in self._drafted_by_country(token) if not BROKERED_BY.match(e.text.replace(" ", ""))
        ]  # fmt: skip

    def _reporter_owns(self, token: Token, resolver: ActorResolver) -> list[Entity]:
        """ "Armenia said Azerbaijani troops had attacked its positions": "its" is the one who
        says so, when the sentence's reporting verb has a subject of its own."""
        if not any(child.dep_ == "poss" and child.lower_ in {"its", "their"} for child in token.children):
            return []
        if any(child.dep_ == "poss" and child.lower_ == "their" for child in token.children):
            # The clause's own verbs, below the reporting one: a coordinated subject there owns
            # "their" ("Colombia and the ELN agreed to extend their ceasefire").
            own_verbs = takewhile(lambda v: v.lemma_.lower() not in REPORTING_VERBS, [token.head, *token.head.ancestors])
            if any(any(c.dep_ == "conj" for c in subject.children)
                   for verb in own_verbs for subject in verb.children if subject.dep_ in SUBJECTS):  # fmt: skip
                return []
        # The nearest reporting verb above ("..., while Armenia's defence ministry said ...").
        root = next((a for a in token.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in REPORTING_VERBS), None)
        if root is None:
            return []
        speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
        return [e for e in resolver.resolve_all(speaker) if e.code] if speaker is not None else []

    def _host(self, match: Match, resolver: ActorResolver, actors: list[Entity]) -> list[Entity]:
        """The country a meeting is held in, when it is not the actor's own."""
        places = dict(resolver.places_seen)
        own = {entity.code for entity in actors}
        holders = {match.verb.i: match.verb, match.token.i: match.token}.values()
        for prep in (c for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"):
            for token in (g for g in prep.children if g.dep_ == "pobj"):
                code = places.get(token.idx)
                if code and code not in own:
                    name = self.knowledge.country_names.get(code, code)
                    return [Entity(text=token.text, name=name, code=code, sector="GOV", cameo_code=f"{code}GOV")]
        return []

    def _forces_abroad(self, match: Match, actor_token: Token | None) -> Trigger | None:
        """For forces arriving in another country: aid (CAMEO 074) when they come to keep the
        peace or to help, else a deployment (CAMEO 154)."""
        words = {t.lemma_.lower() for t in (actor_token.subtree if actor_token is not None else ())}
        helping = {c.lemma_.lower() for c in match.verb.children if c.dep_ in {"xcomp", "advcl"}} & {"help", "assist", "support"}
        if words & {"peacekeeping", "peacekeeper"} or helping:
            return self.lexicon.noun("peacekeeper", "AID")
        return self.lexicon.noun("troop", "MOBILIZE")

    def _unidentified_attackers(self, match: Match, sentence: Span, resolver: ActorResolver) -> list[Entity]:
        """An unidentified armed group (sector UAF) of the country of the first place the
        attack's sentence names, else of the dateline's country."""
        code = self._place_country(sentence) or resolver.home
        if not code:
            return []
        name = self.knowledge.country_names.get(code, code)
        return [Entity(text="unidentified attackers", name=name, code=code, sector="UAF", cameo_code=f"{code}UAF")]

    def _unnamed_authorities(self, sentence: Span, resolver: ActorResolver) -> list[Entity]:
        """The police (sector COP) of the country of the first place the sentence names, else
        of the dateline's country, else of the one country the story is mostly about: who
        arrests when no one is named."""
        code = self._place_country(sentence) or resolver.home_or_dominant(sentence.root)
        if not code:
            return []
        name = self.knowledge.country_names.get(code, code)
        return [Entity(text="authorities", name=name, code=code, sector="COP", cameo_code=f"{code}COP")]

    def _place_country(self, sentence: Span) -> str | None:
        """The country of the first place a sentence says something happened in ("in central
        Baghdad", "across Chile"), not a nationality ("one U.S. soldier")."""
        named = (place_country((entity_span(t) or t).text, self.knowledge) for t in sentence
                 if t.pos_ == "PROPN" and (
                     t.ent_type_ in {"GPE", "LOC", "FAC", "NORP"}
                     # the tagger may take a town for a body ("around El Fasher"): a place word says it
                     or (t.ent_type_ == "ORG" and t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPOSITIONS)
                 ) and (
                     t.dep_ == "pobj" or (t.dep_ == "compound" and t.head.dep_ == "pobj")  # "in Rakhine state"
                 ))  # fmt: skip
        return next((c for c in named if c and c not in INTERNATIONAL_CODES), None)

    def _attacked_place(self, match: Match, resolver: ActorResolver, actors: list[Entity]) -> list[Entity]:
        """The country where an attack with no named target struck, when it is another than
        the attacker's: "Cambodian rockets hit a petrol station in Sisaket province" (THA),
        "jets struck targets in southern Lebanon"."""
        places = dict(resolver.places_seen)
        subjects = {t.i for c in match.verb.children if c.dep_ in SUBJECTS for t in c.subtree}
        own = {entity.code for entity in actors}
        for token in match.verb.subtree:
            code = places.get(token.idx)
            if code and code not in own and token.i not in subjects and token.ent_type_ in {"GPE", "LOC", "FAC"}:
                name = self.knowledge.country_names.get(code, code)
                return [Entity(text=token.text, name=name, code=code, cameo_code=code)]
        for token in match.verb.children:
            # "kept shelling Chernihiv overnight", the town taken for a person's name: an attack's
            # object that is a known town (and no known person) is where it struck.
            if token.dep_ == "dobj" and token.pos_ == "PROPN" and token.ent_type_ in {"PERSON", "ORG", ""} and (
                normalise(token.text) not in self.knowledge.people
            ) and (code := country_of_city(token.text)) and code not in own:  # fmt: skip
                name = self.knowledge.country_names.get(code, code)
                return [Entity(text=token.text, name=name, code=code, cameo_code=code)]
        home = self._place_country(match.verb.sent)
        if home is not None and home in own and actors[0].sector in {"MIL", "COP", "REB", "UAF"} and not fired_at_nothing(match.verb):
            # "the army launched an offensive in Rakhine state", "where RSF fighters shelled a
            # displacement camp" (in Darfur): forces striking at home strike its people.
            return [_in_sector(actors[0], "CVL")]
        return []


def _in_sector(entity: Entity, sector: str) -> Entity:
    """The same country as another party, in a given sector ("Kenya" as its government; New
    Caledonia's government is France's)."""
    code, name = entity.code, entity.name
    if sector in HOME_SECTORS and code in SOVEREIGN_OF:
        code, name = SOVEREIGN_OF[code]
    return Entity(text=entity.text, name=name, code=code, sector=sector, cameo_code=f"{code}{sector}")


def _cameo_for(trigger: Trigger, actors: list[Entity]) -> str:
    """The trigger's CAMEO code, or its state variant when a state or government acts."""
    if trigger.state_cameo and all(entity.sector in {None, "GOV"} for entity in actors):
        return trigger.state_cameo
    return trigger.cameo


def _trigger_text(match: Match) -> str:
    if match.token.i == match.verb.i:
        particle = match.trigger.particle
        return f"{match.token.text} {particle}" if particle else match.token.text
    return match.verb.doc[min(match.verb.i, match.token.i) : max(match.verb.i, match.token.i) + 1].text


def _event_id(article_id: str, sentence: int, token: int, trigger: Trigger) -> str:
    """Stable: the same article coded by the same coder gives the same id."""
    key = f"{article_id}|{sentence}|{token}|{trigger.event}|{trigger.cameo}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
