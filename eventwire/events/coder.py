"""The event coder: from a parsed article to PLOVER/CAMEO event records.

For every sentence, each token that matches the trigger lexicon (a verb, a phrasal verb or a
light-verb noun) becomes a candidate; its actor and recipient are read from the parse
(subject, passive agent, object, prepositional object, controlling verb's subject), resolved
by the article's :class:`ActorResolver`, and the candidate is kept only when its actor
resolves to a country or organisation code: no fallback codes, ever.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire.actors.knowledge import Knowledge
from eventwire.actors.phrase import stance_prefixed, through_quantity
from eventwire.actors.resolve import INTERNATIONAL_CODES, ActorResolver, destination_country, place_country
from eventwire.events.attribution import REPORTING_VERBS, attribution_of
from eventwire.events.classifier import EventClassifier, SentenceEncoder
from eventwire.events.codes import CameoCode, cameo_code
from eventwire.events.confidence import confidence_of
from eventwire.events.confirm import GENERAL_CAMEO, MILITARY_ASSAULT_CAMEO, clause_objects, clause_subject, main_clause, read_sentences
from eventwire.events.lexicon import Lexicon, Trigger
from eventwire.events.modality import modality_of, not_ruled_out
from eventwire.nlp.analyse import is_heading
from eventwire.records import Article, ArticleRef, Coder, Entity, EventRecord, Evidence
from eventwire.when_where.dates import publication_date

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# Where a light verb's noun event sits: "held talks", "talks were held", "called a strike"
# (spaCy sometimes hangs such an object as a predicate, oprd).
LIGHT_OBJECTS = {"dobj", "nsubjpass", "attr", "oprd"}
# "declined to comment" is no rejection of anything: CAMEO 011, a statement.
SPEECH_COMPLEMENTS = {"comment", "say", "speak", "elaborate", "disclose", "confirm", "discuss", "answer"}


@dataclass(frozen=True)
class Match:
    """A token the lexicon recognises, and the verb whose clause carries the event."""

    token: Token
    verb: Token
    trigger: Trigger
    # Other entries for the same words, tried in order when this one codes nothing ("held
    # drills" with no partner is no COOPERATE; it may still be a show of force).
    alternatives: tuple[Trigger, ...] = ()


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

    def code(self, doc: Doc, article: Article, resolver: ActorResolver | None = None) -> list[EventRecord]:
        """Every event of one article, one record per occurrence: the headline, the lead and a
        later recap of the same event (type, modality, actor and recipient countries) give
        one record, with the clearest evidence of them."""
        if resolver is None:
            resolver = ActorResolver(self.knowledge, article.published)
            resolver.learn(doc)
        records: dict[tuple, EventRecord] = {}
        awaiting: set[str] = set()  # reactions that still need to learn whom they answer
        referred: dict[str, str] = {}  # a reaction's id -> the noun of the act it is to
        for index, sentence in enumerate(doc.sents):
            if is_heading(sentence):
                continue
            for match in self._matches(sentence):
                record = self._record(match, index, sentence, article, resolver)
                for alternative in match.alternatives if record is None else ():
                    record = self._record(replace(match, trigger=alternative), index, sentence, article, resolver)
                    if record is not None:
                        break
                if record is not None and record.event in REACTION_TYPES | REPLY_TYPES and (act := _referred_act(match.verb)):
                    referred[record.id] = act
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
                    same_sentence = next((k for k, r in records.items() if k[1:] == parties
                                          and r.evidence.sentence == index
                                          and (k[0] == record.cameo[:3] or record.event in ONE_OCCURRENCE_TYPES)), None)  # fmt: skip
                    key = same_sentence or (record.cameo[:3], *parties)
                    if key not in records or _clearer(record, records[key]):
                        records[key] = record
        if self.classifier is not None and self.encoder is not None:
            records = self._with_classifier(doc, article, resolver, records)
        ordered = sorted(records.values(), key=lambda record: (record.evidence.sentence, record.evidence.start))
        # A reaction that must have a recipient and found none in what came before is dropped.
        return [r for r in _replies(ordered, referred) if r.recipient or r.reciprocal or r.id not in awaiting]

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
                  frozenset((e.code, e.sector) for e in recipients))] = record  # fmt: skip
        return kept

    # ------------------------------------------------------------------ finding triggers

    def _matches(self, sentence: Span) -> Iterator[Match]:
        """Lexicon matches in a sentence, minus infinitives a control verb already covers."""
        matches = [m for token in sentence if (m := self._match(token)) is not None]
        # What a control verb agrees to, refuses or demands ("urged Moscow to withdraw its
        # troops and free the prisoners") is the content of that one event, not more events.
        covered = {
            token.i
            for m in matches
            if m.trigger.control
            for child in _controlled(m.verb)
            if not _reported(m.verb)
            for token in _clause_tokens(child)
        }
        # "warned that it would strike Israeli cities", "would not hesitate to use force": the
        # strike and the force are what the threat says.
        covered |= {
            token.i
            for m in matches
            if m.trigger.event == "THREATEN" and m.verb.lemma_.lower() in {"warn", "hesitate"}
            for child in m.verb.children if child.dep_ in {"ccomp", "xcomp"}
            for token in _clause_tokens(child)
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
            if child.dep_ in {"ccomp", "acl"} or (child.dep_ == "dobj" and child.i != m.token.i)
            or (child.dep_ in {"prep", "prt"} and child.lower_ == m.trigger.particle)  # "called for the release of"
            for token in _clause_tokens(child) if token.i != m.token.i
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
            # which was signed in Doha" tells what was done.
            if child.dep_ == "acl" or (child.dep_ == "relcl" and child.tag_ not in {"VBD", "VBN"})
            or (head.lemma_.lower() in CALL_NOUNS and _for_clause(child))
            for token in _content_tokens(child)
        }  # fmt: skip
        # "was ready to hold consultations with": the offer (AGREE) is the event, the
        # consultations what it offers ("prepared to impose martial law" is no offer: the
        # martial law is coded, as a plan).
        covered |= {t.i for m in matches if m.trigger.event == "AGREE" and _ready_to(m.verb)
                    for t in m.verb.subtree if t.i != m.verb.i}  # fmt: skip
        # "Russia did not rule out developing military cooperation with the North": no
        # refusal; what was not ruled out is coded, as a possibility.
        double_negatives = {m.verb.i for m in matches if m.trigger.event == "REJECT" and not_ruled_out(m.verb)}
        covered -= {t.i for m in matches if m.verb.i in double_negatives for t in m.verb.subtree}
        for match in matches:
            if match.token.i in covered or match.verb.i in covered or match.verb.i in double_negatives:
                continue
            if _in_condition(match.verb):
                continue  # "would respond if NATO moved forces": a condition, not a reported event
            if match.trigger.control and _speech_complement(match.verb):
                continue
            yield match

    def _match(self, token: Token) -> Match | None:
        if token.lemma_.lower() in {"exchange", "trade"} and any(
            child.dep_ == "dobj" and child.lemma_.lower() in GUNFIRE for child in token.children
        ):
            # "exchanged fire" is fighting, not a prisoner exchange.
            fight = next(iter(self.lexicon.verbs.get("clash", ())), None)
            return Match(token, token, fight) if fight is not None else None
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}:
            lemma = token.lemma_.lower()
            if lemma == "warn" and (_warns_of_action(token) or self._warns_of_hostility(token)):
                # "warned Manila that it would defend its sovereignty": a threat, not a report.
                threat = next(iter(self.lexicon.verbs.get("threaten", ())), None)
                return Match(token, token, threat) if threat is not None else None
            if lemma == "hesitate" and _will_not_hesitate(token):
                # "said it would not hesitate to take further action": a threat, voiced.
                threat = next(iter(self.lexicon.verbs.get("threaten", ())), None)
                return Match(token, token, threat) if threat is not None else None
            if lemma in REPORTING_VERBS and _obliges_another(token):
                # "The Red Cross said U.S. forces must ensure security": a demand, voiced.
                demand = next((t for t in self.lexicon.verbs.get("demand", ()) if t.particle is None), None)
                return Match(token, token, demand) if demand is not None else None
            if lemma in STREET_MOVES and not _celebrates(token) and any(
                prep.lower_ in {"to", "into", "onto"} and any(o.lemma_.lower() == "street" for o in prep.children)
                for prep in token.children if prep.dep_ == "prep"
            ):  # fmt: skip
                # "took to the streets", "returned to the streets of the capital".
                protest = next(iter(self.lexicon.verbs.get("protest", ())), None)
                return Match(token, token, protest) if protest is not None else None
            if (lemma in PROTEST_MOVES and (_crowd_subject(token, CROWD_WORDS) or _crowd_at_mission(token))) or (
                lemma in OBSTRUCTING_MOVES and _crowd_subject(token, AGGRIEVED_GROUPS)
            ):  # fmt: skip
                # "Hundreds of protesters gathered outside the embassy", "Polish farmers
                # blocked roads".
                protest = next(iter(self.lexicon.verbs.get("protest", ())), None)
                return Match(token, token, protest) if protest is not None else None
            triggers = [
                trigger for trigger in self.lexicon.verbs.get(lemma, ())
                if trigger.particle is None or _has_particle(token, trigger.particle)
            ]  # fmt: skip
            hostile_object = any(
                t.event in HOSTILE_TYPES for child in token.children if child.dep_ == "dobj"
                for t in self.lexicon.nouns.get(child.lemma_.lower(), ()) if lemma in t.light
            )  # fmt: skip
            if not triggers and _ready_to(token) and not hostile_object:
                # "Tajikistan was ready to discuss Uzbek concerns", "Moscow was ready to keep
                # sending gas": voiced readiness to act together is an offer (CAMEO 030).
                agree = next((t for t in self.lexicon.verbs.get("agree", ()) if t.particle is None), None)
                return Match(token, token, agree) if agree is not None else None
            if lemma in NAMING_VERBS and _names_pejoratively(token):
                # "called Boluarte's government illegitimate", "branded the drills a rehearsal
                # for invasion": naming as a charge.
                accuse = next((t for t in self.lexicon.verbs.get("denounce", ()) if t.event == "ACCUSE"), None)
                if accuse is not None:
                    return Match(token, token, accuse)
            if lemma == "find" and any(c.lower_ == "guilty" and c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}
                                       for c in token.children):  # fmt: skip
                # "found former premier Fillon guilty": a verdict, like "convicted".
                verdict = next(iter(self.lexicon.verbs.get("convict", ())), None)
                return Match(token, token, verdict) if verdict is not None else None
            if lemma in {"meet", "accept", "heed", "grant"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS for c in token.children
            ):  # fmt: skip
                # "would not meet the hostage-takers' demands", "accepted demands from Hutu
                # rebels": giving in (or not), no meeting and no agreement (CAMEO 083).
                concede = next((t for t in self.lexicon.verbs.get("concede", ()) if t.event == "CONCEDE"), None)
                return Match(token, token, concede) if concede is not None else None
            if triggers and _not_an_event(token):
                return None
            if triggers:
                if lemma in REPORTING_VERBS and _has_clause(token):
                    return None  # "warned that ...": a statement, quoted not coded
                if self._light_use(token):
                    return None  # "called a general strike": the noun's event, not "call for"
                return Match(token, token, triggers[0], tuple(triggers[1:]))
        if _readiness(token):
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
        if token.lemma_.lower() == "alert" and token.dep_ == "pobj" and token.head.lower_ == "on" and (
            token.head.head.lemma_.lower() in {"remain", "stay", "put", "place", "keep", "be"}
        ) and (alert := next((t for t in self.lexicon.nouns.get("alert", ()) if t.event == "MOBILIZE"), None)):  # fmt: skip
            # "Israeli troops remained on alert", "put its forces on high alert".
            return Match(token, token.head.head, alert)
        if token.lemma_.lower() == "strike" and token.dep_ == "pobj" and token.head.lower_ == "on" and (
            token.head.head.lemma_.lower() in {"go", "come", "remain", "stay", "be"}
        ) and (strike := next((t for t in self.lexicon.nouns.get("strike", ()) if t.event == "PROTEST"), None)):  # fmt: skip
            # "rail workers went on strike", "doctors remain on hunger strike".
            return Match(token, token.head.head, strike)
        if token.pos_ == "NOUN" and _called_off(token) and not any(
            token.head.lemma_.lower() in t.light for t in self.lexicon.nouns.get(token.lemma_.lower(), ())
        ) and (
            meeting := next((t for t in self.lexicon.nouns.get(token.lemma_.lower(), ()) if t.event == "CONSULT"), None)
        ) is not None:  # fmt: skip
            # "Putin has cancelled a planned visit to Paris", "called off a trip to China": a
            # meeting that will not happen (negated), by the one who called it off.
            return Match(token, token.head, meeting)
        if token.pos_ == "NOUN" and token.dep_ in SUBJECTS and (token.head.lemma_.lower() in FAILURE_VERBS or cancelled):
            # "A planned summit between Trump and Putin in Budapest collapsed": a meeting that
            # did not happen (negated), between the parties named with it.
            meeting = next((t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if t.event == "CONSULT"), None)
            if meeting is not None:
                return Match(token, token.head, meeting)
        base = token
        while base.dep_ == "conj" and base.head.i != base.i:
            base = base.head  # "sent rescue teams and medical supplies": each object counts
        if base.dep_ == "pobj" and base.head.lower_ == "of" and base.head.head.lemma_.lower() in MEASURE_NOUNS:
            base = base.head.head  # "held a new round of talks": the talks are what was held
        leaving = next((v for v in list(base.ancestors)[:3] if v.pos_ == "VERB"), None)
        if leaving is not None and base in _left_things(leaving):
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
        if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.lower() in DISRUPTING_VERBS:
            # "a nationwide strike shut shops and banks", "the general strike entered its third
            # day": a protest told by what it does.
            protest = next((t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if t.event == "PROTEST"), None)
            if protest is not None:
                return Match(token, token, protest)
        if token.ent_type_ == "MONEY" and token.dep_ == "dobj" and token.head.lemma_.lower() in FUNDING_VERBS:
            # "will provide $5 million for voter education", "gave Kenya $20 million".
            aid = next((t for t in self.lexicon.nouns.get("aid", ()) if t.event == "AID"), None)
            if aid is not None:
                return Match(token, token.head, aid)
        if token.pos_ == "NOUN" and token.lemma_.lower() in VEHICLES and (
            _carries_aid(token) or any(_carries_aid(o) for o in _of_objects(token))
        ):  # fmt: skip
            # "sent a plane carrying tents and medicine", "trucks carrying food crossed from
            # Egypt into Gaza": aid on its way.
            aid = next((t for t in self.lexicon.nouns.get("aid", ()) if t.event == "AID"), None)
            moving = token.head.pos_ == "VERB" and (
                token.dep_ == "dobj" or (token.dep_ in SUBJECTS and token.head.lemma_.lower() in CROSSING_VERBS)
            )  # fmt: skip
            if aid is not None and moving:
                return Match(token, token.head, aid)
        if token.pos_ in {"NOUN", "PROPN"} and (permitted := _permitted(base)) is not None:
            # "would allow inspectors to visit Douma": whom one lets in is the light verb's
            # object, though the parser makes it the subject of the infinitive.
            triggers = [t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if permitted.lemma_.lower() in t.light]
            if triggers:
                return Match(token, permitted, triggers[0], tuple(triggers[1:]))
        if token.pos_ in {"NOUN", "PROPN"} and base.dep_ in LIGHT_OBJECTS:
            head = base.head
            triggers = [
                trigger for trigger in self.lexicon.nouns.get(self._noun_lemma(token), ())
                if head.pos_ == "VERB" and _light_lemma(head) in trigger.light
            ]  # fmt: skip
            # "launched air and artillery strikes on Syrian troops" is an attack, "called a
            # strike" a protest: the sense whose recipient sits where this noun's does, or that
            # a weapon before the noun says, comes first.
            preps = {child.lower_ for child in token.children if child.dep_ == "prep"}
            armed = any(c.lemma_.lower() in ARMED_MODIFIERS for c in token.lefts) or any(
                c.lemma_.lower() in ARMED_MODIFIERS for conj in token.conjuncts for c in conj.lefts
            ) or token.head.lemma_.lower() in ARMED_MODIFIERS  # fmt: skip
            triggers.sort(key=lambda t: (not (set(t.recipient) & preps), not (armed and t.event == "ASSAULT")))
            if triggers:
                return Match(token, head, triggers[0], tuple(triggers[1:]))
        if token.pos_ == "NOUN" and (told := _relative_light_verb(token)) is not None:
            # "the accord, which Israel and Hamas signed in Cairo": the relative clause's verb
            # is the light verb of the noun it describes.
            triggers = [t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if told.lemma_.lower() in t.light]
            if triggers:
                return Match(token, told, triggers[0], tuple(triggers[1:]))
        if token.pos_ == "NOUN":
            # "is considering sanctions against Myanmar", "plans a new offensive": a policy
            # act the subject weighs or prepares, not yet taken. Its sense is the one a
            # happening light verb gives ("imposed sanctions", not "lifted sanctions").
            triggers = [t for t in self.lexicon.nouns.get(self._noun_lemma(token), ()) if _weighed(token, t.event)]
            preps = {child.lower_ for child in token.children if child.dep_ == "prep"}
            triggers.sort(key=lambda trigger: (not trigger.light & HAPPENING_LIGHTS, not set(trigger.recipient) & preps))
            if triggers:
                return Match(token, token, triggers[0], tuple(triggers[1:]))
        if token.pos_ == "NOUN" and token.dep_ != "compound" and _has_parties(token):
            # A noun event without its verb: "talks in Moscow between their foreign ministers",
            # "Israeli air strikes on Gaza", "possible sanctions against Belarusian officials".
            # Its sense is the entry whose recipient sits where this noun's does ("strikes on"
            # is an attack, not a general strike), among those of a happening light verb.
            preps = {child.lower_ for child in token.children if child.dep_ == "prep"}
            triggers = [
                trigger for trigger in self.lexicon.nouns.get(self._noun_lemma(token), ())
                if trigger.light & HAPPENING_LIGHTS
            ]  # fmt: skip
            triggers.sort(key=lambda trigger: not (set(trigger.recipient) & preps))
            if triggers:
                return Match(token, token, triggers[0], tuple(triggers[1:]))
        return None

    def _warns_of_hostility(self, verb: Token) -> bool:
        """ "warned that police will no longer tolerate rallies", "warned that it would strike
        back": what the warner says it will do is hostile, so the warning is a threat."""
        clause = next((child for child in verb.children if child.dep_ == "ccomp"), None)
        if clause is None or not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in clause.children):
            return False
        negated = any(c.dep_ == "neg" or c.lower_ in {"longer", "never"} for c in clause.children)
        if negated and clause.lemma_.lower() in {"tolerate", "allow", "accept", "permit"}:
            return True
        if clause.lemma_.lower() in RESPONDING_VERBS and any(
            c.lower_ in {"militarily", "forcefully", "decisively", "harshly"} or (c.lower_ == "with" and any(
                g.lemma_.lower() in {"force", "measure", "action", "strike"} for g in c.children))
            for c in clause.children
        ):  # fmt: skip
            return True  # "warned that Kyiv would respond militarily to any provocation"
        if clause.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_WORDS for c in clause.children):
            return True  # "warned that Washington would take action against those who ..."
        return any(cameo_code(t.cameo).quad >= 3 for t in self.lexicon.verbs.get(clause.lemma_.lower(), ()))

    def _noun_lemma(self, token: Token) -> str:
        """A noun's lemma, rejoined where the tokenizer split a hyphenated noun the lexicon
        lists ("sit-in", whose head is "in" with "sit" before it; "cyber-attacks")."""
        doc = token.doc
        if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].head.i == token.i:
            for joined in (f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}", f"{doc[token.i - 2].lower_}-{token.lower_}"):
                if joined in self.lexicon.nouns:
                    return joined
        return token.lemma_.lower()

    def _protest_purpose(self, verb: Token) -> bool:
        """Whether a verb says what a protest is for ("marched to demand", "rallied, calling
        for"): a clause hung on a protest verb."""
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
        objects += [pobj for obj in objects if obj.lemma_.lower() in MEASURE_NOUNS for pobj in _of_objects(obj)]
        objects += _left_things(verb)  # "pulled out of the pact"
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
        if match.trigger.event == "PROTEST" and match.token.dep_ == "nsubj" and match.token.head.lemma_.lower() in DISRUPTING_VERBS:
            return self._disruption(match, index, sentence, article, resolver)
        failed_meeting = (match.token.i != match.verb.i and match.token.dep_ in SUBJECTS and trigger.event == "CONSULT"
                          and _permitted(match.token) is None)  # fmt: skip
        if failed_meeting:
            parties = [e for p in _between(match.token) for e in resolver.resolve_all(p, with_conjuncts=True) if e.code]
            if not parties:
                return None
            # The first party meets the others, negated.
            code = cameo_code(trigger.cameo)
            return self._build(match, index, sentence, article, resolver, parties[:1], parties[1:],
                               len(parties) > 1, "negated", code, as_triggered=True)  # fmt: skip
        nominal = match.verb.pos_ == "NOUN"
        actor_token, passive_recipient = (_nominal_actor(match.verb), None) if nominal else _actor_token(match.verb)
        recipients = self._recipients(match, resolver, passive_recipient)
        actors = resolver.resolve_all(actor_token) if actor_token is not None else []
        weighed = _weighed(match.verb, trigger.event) if nominal else None
        if not actors and weighed is not None:
            # "Britain said it was considering sanctions": who weighs the act would take it.
            subject, _ = _actor_token(weighed)
            actors = resolver.resolve_all(subject) if subject is not None else []
        if nominal and not actors:
            # "Israeli air strikes": the nationality before the noun (not where it happened);
            # "The EU discussed possible sanctions": the subject of the verb it is object of.
            actors = [] if trigger.reciprocal else _nationals(match.verb, resolver)
            if trigger.reciprocal and not actors:
                # "talks between India and Pakistan": the parties are the actors.
                actors = [e for p in _between(match.verb) for e in resolver.resolve_all(p, with_conjuncts=True) if e.code]
                if len(actors) < 2 and any(c.dep_ == "poss" and c.lower_ == "their" for p in _between(match.verb) for c in p.children):
                    # "Kenya and Tanzania agreed after talks between their trade ministers": the
                    # subject of the clause the talks are part of.
                    clause = next((t for t in match.verb.ancestors if t.pos_ in {"VERB", "AUX"}), None)
                    subject = _actor_token(clause)[0] if clause is not None else None
                    actors = [e for e in resolver.resolve_all(subject) if e.code] if subject is not None else actors
                recipients = [e for e in recipients if e.code not in {a.code for a in actors}]
        if not any(entity.code for entity in actors) and actor_token is not None and actor_token.lemma_.lower() in DOCUMENTS | STATEMENTS:
            # "lawmakers are working on a sanctions bill that would expand penalties": the
            # document's authors act through it.
            authors = _authors(actor_token)
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
        if not actors and trigger.event in {"ASSAULT", "COERCE"} and actor_token is not None and (
            through_quantity(actor_token).lemma_.lower() in WEAPONS or WEAPON_MODEL.match(through_quantity(actor_token).text)
        ):  # fmt: skip
            # "Cambodian rockets hit a petrol station", "Chinese coast guard ships detained a
            # fishing boat": the forces of the country whose weapons or ships they are.
            actors = [e.model_copy(update={"sector": "MIL", "cameo_code": f"{e.code}MIL"})
                      for e in resolver.countries_named(actor_token)]  # fmt: skip
        if not actors and trigger.event == "ASSAULT" and actor_token is None and (opponents := _fought_with(match.verb)):
            # "Twenty Indian soldiers were killed in a clash with Chinese troops": the other side.
            actors = [e for t in opponents for e in resolver.resolve_all(t) if e.code]
        if not actors and trigger.event == "ASSAULT" and _unclaimed(match.verb, actor_token):
            # "Three soldiers were killed by a roadside bomb outside Basra", "a car bomb killed
            # a journalist in Beirut": no one named did it. Like ACLED, the actor is an
            # unidentified armed group of the country where it struck, if the text says where.
            actors = self._unidentified_attackers(match, sentence, resolver)
        detained = None
        if not actors and actor_token is None and trigger.lemma in DETAINING and _passive(match.verb):
            # "43 people had been arrested since Monday": arrests no one is named for are the
            # police's, of the country the sentence places them in, else the dateline's.
            actors = self._unnamed_authorities(sentence, resolver)
            detained = actors[0].model_copy(update={"text": "detainees", "sector": "CVL"}) if actors else None
        actors = [entity for entity in actors if entity.code]
        if not actors:
            return None  # no resolvable actor: never a fallback code
        if detained is not None and not any(e.code for e in recipients):
            recipients = [detained.model_copy(update={"cameo_code": f"{detained.code}CVL"})]
        own = {entity.code for entity in actors}
        # "said it would not recognise the results": a voiced refusal (see below).
        clause_modality = _nominal_modality(match.verb) if nominal else modality_of(match.verb)
        if trigger.event == "CONSULT" and _called_off(match.token) and match.token.head.i == match.verb.i:
            clause_modality = "negated"  # "cancelled a planned visit": it will not take place
        if trigger.event == "THREATEN" and match.token.lemma_.lower() == "hesitate":
            clause_modality = "asserted"  # "would not hesitate to": the warning is the event
        selves = {(e.code, e.sector) for e in actors}  # "would never accept what he called a coup": "he" is no addressee
        refused = (not nominal and not any(e.code and (e.code, e.sector) not in selves for e in recipients)
                   and clause_modality == "negated" and _voiced(match.verb))  # fmt: skip
        if trigger.event == "THREATEN" and not any(e.code and e.code not in own for e in recipients) and (
            target := _threatened(match.verb)
        ) is not None:
            # "warned that Israel would face ...", "warned that it would strike Israeli cities"
            recipients = [e for e in resolver.resolve_all(target) or resolver.countries_named(target)
                          or [x for by in _by_phrase(target) for x in resolver.resolve_all(by)] if e.code]  # fmt: skip
        if trigger.event == "THREATEN" and not any(e.code and e.code not in own for e in recipients) and (
            condition := _condition_subject(match.verb)
        ) is not None:
            # "threatened to stop negotiations if the United States goes ahead": a threat is
            # aimed at whoever must meet its condition.
            recipients = [e for e in resolver.resolve_all(condition) if e.code and e.code not in own] or recipients
        if nominal and not trigger.reciprocal and not any(entity.code for entity in recipients):
            return None  # a noun event standing alone needs both its parties named
        if trigger.event in {"ASSAULT", "COERCE"} and not any(entity.code for entity in recipients):
            # "used tear gas to disperse protesters": whom the purpose clause acts on.
            recipients = [e for clause in _controlled(match.verb) for token in clause.children
                          if token.dep_ == "dobj" for e in resolver.resolve_all(token) if e.code]  # fmt: skip
        if trigger.event == "ASSAULT" and not any(entity.code for entity in recipients):
            at_each_other = len({e.code for e in actors}) > 1 and _at_each_other(match.verb)  # (reciprocal, below)
            if trigger.needs_recipient and match.token.i != match.verb.i and not at_each_other:
                return None  # "fired missiles into the sea": no one attacked (a test, if anything)
            recipients = self._attacked_place(match, resolver, actors)
        if trigger.event == "CONSULT" and not any(e.code for e in recipients) and match.verb.dep_ == "acl" and (
            match.verb.tag_ == "VBN" and match.verb.head.pos_ == "NOUN"
        ):  # fmt: skip
            # "talks hosted by Erdogan", "a ceremony hosted by Rubio", "negotiations led by
            # Washington": with the parties of the talks, named with them or as the subject
            # of the clause they are part of.
            meeting = match.verb.head
            parties = [t for t in _between(meeting)]
            clause = next((t for t in meeting.ancestors if t.pos_ in {"VERB", "AUX"}), None)
            parties += [c for c in clause.children if c.dep_ in SUBJECTS] if clause is not None and not parties else []
            own = {entity.code for entity in actors}
            recipients = [e for t in parties for e in resolver.resolve_all(t) if e.code and e.code not in own]
        if trigger.lemma in MEDIATING and not any(entity.code for entity in recipients):
            # "Washington had mediated the deal", "talks mediated by Lavrov": between the two
            # parties the story last named together.
            own = {entity.code for entity in actors}
            recipients = [Entity(text=code, name=self.knowledge.country_names.get(code, code), code=code, cameo_code=code)
                          for code in resolver.pair_before(match.verb) if code not in own]  # fmt: skip
        if trigger.event == "CONSULT" and len(actors) == 1 and not any(entity.code for entity in recipients) and not (
            trigger.reciprocal and actor_token is not None and through_quantity(actor_token).tag_ == "NNS"
        ):  # fmt: skip
            # "The Chinese foreign minister held talks in Moscow": a visitor's talks are with
            # the hosts (two parties meeting in Geneva are not meeting the Swiss).
            recipients = self._host(match, resolver, actors)
        if trigger.event in HOSTILE_TYPES and not any(entity.code for entity in recipients):
            # "mobilized reservists for a possible war against Iraq": whatever the clause is
            # against, however deep the preposition hangs.
            recipients = [e for token in _against(match.verb) for e in resolver.resolve_all(token)
                          if e.code and e.code not in {a.code for a in actors}]  # fmt: skip
        actor_codes = {entity.code for entity in actors}
        if trigger.event == "AID" and trigger.cameo == "072" and recipients and all(e.code in actor_codes for e in recipients):
            return None  # "North Korea has trained 500 hackers": a state arming its own is no aid
        if trigger.destination:
            recipients = [e for e in recipients if e.code not in actor_codes]
        recipients = [e for e in recipients if not (e.code in actor_codes and e.sector == actors[0].sector)]
        if trigger.event in SENDING_TYPES and not (trigger.event == "SUPPORT" and match.token.i == match.verb.i):
            # "offered to send troops to help Nigeria": the actor's own forces are what it
            # sends or pulls back, not whom it acts for ("thanked police" is for them).
            recipients = [e for e in recipients if not (e.code in actor_codes and e.sector in {"MIL", "COP"})]
        if trigger.reciprocal and len(actors) > 1 and not recipients and not refused:
            reciprocal = True
        elif len({e.code for e in actors}) > 1 and _at_each_other(match.verb):
            # "Kyrgyz and Tajik border guards began firing at each other".
            reciprocal, recipients = True, []
        elif trigger.event in MUTUAL_TYPES and not refused and not recipients and len({(e.text, e.code) for e in actors}) > 1:
            # "Abe and Trump agreed to push for ...", "Santos and Londono signed a peace deal":
            # cooperation between the named parties themselves.
            reciprocal = True
        if trigger.event in DOMESTIC_TYPES and actors[0].sector == "MIL" and resolver.home == actors[0].code:
            # "Soldiers detained two journalists" in a story from the soldiers' own country.
            recipients = [e if e.code else e.model_copy(update={"code": actors[0].code, "name": actors[0].name,
                                                                "cameo_code": f"{actors[0].code}{e.sector or ''}"})
                          for e in recipients] or ([_in_sector(actors[0], "CVL")] if trigger.event == "COERCE" else [])  # fmt: skip
        if trigger.event in DOMESTIC_TYPES and actors[0].sector in STATE_SECTORS:
            # "Police in New Delhi detained two separatist leaders", "the Taliban announced an
            # amnesty for former government employees", "imposed a curfew in the Western
            # Province": a state's arrests, bans, releases and concessions are of its own
            # people, unless the text says whose.
            home = actors[0]
            recipients = [
                e if e.code else e.model_copy(update={"code": home.code, "name": home.name,
                                                      "cameo_code": f"{home.code}{e.sector or ''}"})
                for e in recipients
            ]  # fmt: skip
            released = trigger.cameo.startswith("0841") and any(c.dep_ == "dobj" for c in match.verb.children)
            if not recipients and (trigger.event in {"COERCE", "CONCEDE"} or trigger.cameo.startswith("081") or released):
                recipients = [_in_sector(home, "CVL")]  # fmt: skip
        if trigger.event == "REQUEST" and not any(e.code for e in recipients) and self._protest_purpose(match.verb):
            return None  # "blocked streets to demand reforms": the protest's aim, told with it
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
        if trigger.event == "REQUEST" and not any(e.code for e in recipients) and _asks_for_calm(match.verb):
            # "Malaysia urged an immediate ceasefire", "the U.N. called for restraint": the call
            # is on the two sides last named together.
            recipients = [Entity(text=code, name=self.knowledge.country_names.get(code, code), code=code, cameo_code=code)
                          for code in resolver.pair_before(match.verb) if code not in actor_codes]  # fmt: skip
        if (trigger.event in {"AID", "REQUEST"} or trigger.cameo.startswith("162")
            or (trigger.event == "AGREE" and _offers_help(match.verb))) and not any(
            e.code for e in recipients
        ) and resolver.home and resolver.home not in actor_codes:  # fmt: skip
            # "Japan will provide $5 million for voter education", "India offered to send
            # election materials", "Belgium suspended part of its aid", "the U.N. urged a
            # return to constitutional order" in a story from Kathmandu, Bujumbura or
            # Antananarivo: help, its cut or a call from abroad is for the story's country.
            name = self.knowledge.country_names.get(resolver.home, resolver.home)
            recipients = [Entity(text=name, name=name, code=resolver.home, cameo_code=resolver.home)]
        if trigger.event in {"REJECT", "AGREE", "CONCEDE"} and not any(e.code for e in recipients) and _leaving_office(match.verb):
            # "refused to step down", "promised to resign": leaving office is owed to one's own
            # country's people.
            home = actors[0]
            recipients = [_in_sector(home, "CVL")]
        if trigger.lemma in ORDERING_VERBS and any(c.lemma_.lower() in LEAVING_VERBS for c in _controlled(match.verb)) and (
            expel := next((t for t in self.lexicon.verbs.get("expel", ()) if t.event == "SANCTION"), None)
        ) is not None and any(e.code and e.code not in actor_codes for e in recipients):  # fmt: skip
            # "ordered a Russian diplomat to leave the country", "ordered the United States to
            # close its consulate": an expulsion (CAMEO 166).
            if all(e.sector not in {"GOV", "MIL"} for e in recipients if e.code) and (
                deport := next((t for t in self.lexicon.verbs.get("deport", ()) if t.event == "COERCE"), None)
            ) is not None:  # fmt: skip
                expel = deport  # "ordered Qatari citizens to leave": people deported (CAMEO 174)
            match, trigger = replace(match, trigger=expel), expel
            recipients = [e for e in recipients if e.code and e.code not in actor_codes]
        if trigger.event == "CONSULT" and not trigger.reciprocal and actors[0].sector == "MIL" and _a_force(actor_token) and (
            match.token.i == match.verb.i and any(e.code and e.code not in actor_codes for e in recipients)
        ) and (forces := self._forces_abroad(match, actor_token)) is not None:  # fmt: skip
            # "NATO peacekeeping troops have arrived in Bosnia": forces, not a visit.
            match, trigger = replace(match, trigger=forces), forces
        if trigger.event == "MOBILIZE" and trigger.cameo == "150" and len({e.code for e in actors}) > 1 and (
            joint := next((t for t in self.lexicon.nouns.get("exercise", ()) if t.event == "COOPERATE"), None)
        ) is not None:  # fmt: skip
            # "French and Egyptian warships launched war games": drills held together.
            match, trigger, reciprocal = replace(match, trigger=joint), joint, True
        if trigger.event == "MOBILIZE" and match.verb.lemma_.lower() in SENDING_VERBS and _sent_to_country(match) and any(e.code and e.code not in actor_codes for e in recipients) and (
            protection := next((t for t in self.lexicon.nouns.get("peacekeeper", ()) if t.event == "AID"), None)
        ) is not None:  # fmt: skip
            # "dispatched 1,500 soldiers to Russia's Far East", "would send more troops to its
            # base in Qatar": forces sent to another country's soil, on its side (CAMEO 074);
            # forces "deployed" there are a show of force.
            match, trigger = replace(match, trigger=protection), protection
            recipients = [e for e in recipients if e.code and e.code not in actor_codes]
        if trigger.lemma in ORDERING_VERBS and all(e.code in actor_codes and e.sector in {"MIL", "COP"} or not e.code
                                                   for e in recipients) and actors[0].sector != "JUD":
            return None  # "ordered units to move closer to the border": a command, not a request
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
            recipients = [e for t in [_condition_subject(match.verb, UNTIL_MARKS)] if t is not None
                          for e in resolver.resolve_all(t) if e.code]  # fmt: skip
        if refused and not any(e.code for e in recipients) and actors[0].sector in CIVIL_SECTORS | {"PTY"}:
            # "protest leaders said they would not lift the blockade", "the opposition leader
            # would never accept the result": an unaddressed refusal from the street or the
            # opposition is aimed at their own government, as their protests are.
            recipients = [_in_sector(actors[0], "GOV")]
        if trigger.needs_recipient and not recipients and not reciprocal and not gathering and not refused and not (
            trigger.event in REACTION_TYPES and _refers_to_an_act(match.verb)
        ):  # fmt: skip
            # (A reaction to "the agreement" may learn whose it was from the sentences before:
            # see _replies.)
            return None
        if trigger.event == "PROTEST" and not any(entity.code for entity in recipients):
            # "rallied outside the French embassy": a protest at a country's mission is aimed
            # at that country.
            recipients = [e for e in _missions_at(match, resolver) if e.code not in actor_codes] or recipients
        if trigger.event == "PROTEST" and not any(entity.code for entity in recipients):
            # "blocked streets in defiance of Chinese authorities", "in protest at the Tanzanian
            # ban": whom the protest defies.
            defied = [e for t in _defied(match.verb) for e in resolver.resolve_all(t) or resolver.countries_named(t)
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
        code = cameo_code(_cameo_for(trigger, actors))
        as_triggered = code.cameo == trigger.cameo  # else the state variant: the table decides
        if code.cameo.startswith("172") and recipients and all(e.code and e.code not in actor_codes for e in recipients):
            # "barred entry to Nicaraguan officials", "imposed entry bans on Georgian officials":
            # restrictions on another country's people are sanctions (CAMEO 163), not repression.
            sanction = next((t for t in self.lexicon.verbs.get("sanction", ()) if t.event == "SANCTION"), None)
            if sanction is not None:
                match = replace(match, trigger=sanction)
                trigger, code, as_triggered = sanction, cameo_code(sanction.cameo), True
        if trigger.event == "ASSAULT" and _rioting(actor_token, actors):
            # "Protesters set fire to parliament buildings", "youths torched buses": a crowd's
            # violence is a violent protest (CAMEO 145), aimed at the government if at no one.
            code, as_triggered = cameo_code(RIOT_CAMEO), False
            recipients = [e for e in _missions_at(match, resolver) if e.code not in actor_codes] or recipients
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
        if (_readiness(match.token) or (_ready_to(match.token) and trigger.event == "AGREE")) and modality != "negated":
            modality = "asserted"  # "was open to talks (if ...)": the offer itself is voiced now
        if match.token.i != match.verb.i and any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in match.token.children):
            # "have held no trade talks this month", "imposed no new sanctions": none took place.
            modality = "negated"
        if (modality == "asserted" and match.token.i != match.verb.i and trigger.event in HAPPENINGS
                and match.verb.lemma_.lower() in ANNOUNCING_LIGHTS):  # fmt: skip
            # "called a general strike", "announced a visit to Beijing", "scheduled talks":
            # what is called or announced is still to come.
            modality = "future"
        if modality in {"future", "hypothetical"} and (
            _ultimatum(match.verb) or (code.quad >= 3 and (_has_condition(match.verb) and _speaker_acts(match.verb) if code.plover != "MOBILIZE" else any(
                e.code and e.code not in actor_codes for t in [_condition_subject(match.verb)] if t is not None
                for e in resolver.resolve_all(t))))
        ):  # fmt: skip
            # "will withdraw its force unless a ceasefire is arranged", "would walk out of the
            # talks if the killings continued": the conditional announcement is itself a
            # threat, voiced now (CAMEO 130).
            code, as_triggered, modality = cameo_code(THREAT_CAMEO), False, "asserted"
        if trigger.event == "THREATEN" or code.cameo == THREAT_CAMEO:
            # "threatened to hold a general strike unless Israel rescinded its annexation":
            # the threat is aimed at whoever must meet the condition.
            governed = [match.verb, *_controlled(match.verb)]
            targets = [t for verb in governed if (t := _condition_subject(verb)) is not None]
            conditioned = [e for t in targets for e in resolver.resolve_all(t) if e.code and e.code not in actor_codes]
            if conditioned and (code.cameo == THREAT_CAMEO or not any(e.code for e in recipients)):
                recipients = conditioned
        return self._build(match, index, sentence, article, resolver, actors, recipients, reciprocal, modality, code,
                           as_triggered)  # fmt: skip

    def _disruption(
        self, match: Match, index: int, sentence: Span, article: Article, resolver: ActorResolver
    ) -> EventRecord | None:
        """ "A general strike called by civic committees entered its third day": the callers,
        or the people of the country the strike is in (the places it names, else the
        dateline's), protest against their government."""
        strike = match.token
        callers = [by for clause in strike.children if clause.dep_ == "acl" for by in _by_phrase(clause)]
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
                           _nominal_modality(strike), code, as_triggered=True)  # fmt: skip

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
        date = publication_date(article, modality)
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
            date=date.date,
            date_precision=date.precision,  # type: ignore[arg-type]
            date_basis=date.basis,  # type: ignore[arg-type]
            date_text=date.text,
            attribution=attribution_of(match.verb, resolver.resolve),
            evidence=Evidence(
                text=sentence.text.rstrip(), start=sentence.start_char,
                end=sentence.start_char + len(sentence.text.rstrip()), sentence=index,
                trigger=_trigger_text(match),
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
        tokens = _recipient_tokens(match, passive_subject)
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
                    [e for e in named if e.code] or resolver.owner_of(token)
                    or (resolver.countries_named(token) if token.pos_ == "NOUN" else [])
                    or [e for by in _by_phrase(token) for e in resolver.resolve_all(by)]
                    or [e for target in _aimed_at(token) for e in resolver.countries_named(target)]
                    # "shelled army positions", "raided rebel camps": whose the thing is.
                    or [e for part in _compounds(token) for e in resolver.resolve_all(part, with_conjuncts=False)]
                    or self._reporter_owns(token, resolver)
                    # "demanded the removal of President X", "expelled inspectors of the IAEA"
                    or [e for part in _of_objects(token) for e in resolver.resolve_all(part) or resolver.countries_named(part)]
                    # "boycott all official contact with the United States"
                    or [e for part in _partner_objects(token) for e in resolver.resolve_all(part)]
                    or named
                )  # fmt: skip
            for entity in entities:
                if all((entity.code, entity.text) != (e.code, e.text) for e in found):
                    found.append(entity)
        return found

    def _reporter_owns(self, token: Token, resolver: ActorResolver) -> list[Entity]:
        """ "Armenia said Azerbaijani troops had attacked its positions": "its" is the one who
        says so, when the sentence's reporting verb has a subject of its own."""
        if not any(child.dep_ == "poss" and child.lower_ in {"its", "their"} for child in token.children):
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
            return next((t for t in self.lexicon.nouns.get("peacekeeper", ()) if t.event == "AID"), None)
        return next((t for t in self.lexicon.nouns.get("troop", ()) if t.event == "MOBILIZE"), None)

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
        of the dateline's country: who arrests when no one is named."""
        code = self._place_country(sentence) or resolver.home
        if not code:
            return []
        name = self.knowledge.country_names.get(code, code)
        return [Entity(text="authorities", name=name, code=code, sector="COP", cameo_code=f"{code}COP")]

    def _place_country(self, sentence: Span) -> str | None:
        """The country of the first place a sentence says something happened in ("in central
        Baghdad", "across Chile"), not a nationality ("one U.S. soldier")."""
        named = (place_country(t.text, self.knowledge) for t in sentence
                 if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.ent_type_ in {"GPE", "LOC", "FAC", "NORP"})  # fmt: skip
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
        return []


# ---------------------------------------------------------------------- parse helpers


def _will_not_hesitate(verb: Token) -> bool:
    """ "would not hesitate to use force", "will not hesitate to respond": a threat (not "did
    not hesitate to criticise", which tells what was done)."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "wo"} for c in verb.children)
    return negated and future and any(c.dep_ == "xcomp" for c in verb.children)


def _passive(verb: Token) -> bool:
    """Whether a verb is in the passive voice ("were arrested", "had been detained")."""
    return any(child.dep_ in {"nsubjpass", "auxpass"} for child in verb.children)


def _fought_with(verb: Token) -> list[Token]:
    """Whom a passive killing names as the other side: "killed in a clash with Chinese troops"."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return []
    return [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"in", "during"}
            for fight in prep.children if fight.dep_ == "pobj" and fight.lemma_.lower() in FIGHTS
            for inner in fight.children if inner.dep_ == "prep" and inner.lower_ == "with"
            for o in inner.children if o.dep_ == "pobj"]  # fmt: skip


def _unclaimed(verb: Token, actor_token: Token | None) -> bool:
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


def _against(verb: Token) -> list[Token]:
    """The objects of "against" anywhere in the verb's clause but its subject, nearest first."""
    subject = {t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}
    found = [pobj for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ == "against" and prep.i not in subject
             for pobj in prep.children if pobj.dep_ == "pobj"]  # fmt: skip
    return sorted(found, key=lambda t: abs(t.i - verb.i))


def _clause_tokens(clause: Token) -> list[Token]:
    """The tokens of a controlled clause, less verbs with a tense of their own joined to it:
    in "asked the Council to convene a meeting and accused Thailand", the accusation is not
    what was asked for."""
    own_tense = [t for t in clause.subtree if t.dep_ == "conj" and t.tag_ in {"VBD", "VBZ", "VBP"} and t.i != clause.i]
    # "agreed to end the dispute after talks between their ministers": the talks took place;
    # they are not what was agreed.
    occasions = [t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in OCCASION_PREPOSITIONS]
    # "to free the fishermen whom the navy arrested": the arrest is told, not asked for.
    relatives = [t for t in clause.subtree if t.dep_ == "relcl" and t.i != clause.i]
    excluded = {d.i for t in own_tense + occasions + relatives for d in t.subtree}
    return [t for t in clause.subtree if t.i not in excluded]


def _obliges_another(verb: Token) -> bool:
    """Whether a reporting verb says someone else "must" or "should" act ("declared that
    China must drop barriers"), rather than what the speaker must do."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        modal = any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in clause.children)
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if modal and subject is not None and subject.pos_ in {"PROPN", "NOUN"}:
            return True
    return False


def _ready_to(verb: Token) -> bool:
    """Whether a verb follows "was ready to", "is willing to", "stands prepared to"."""
    adjective = verb.head
    return (verb.dep_ == "xcomp" and verb.pos_ == "VERB" and adjective.pos_ == "ADJ"
            and adjective.lemma_.lower() in READY_WORDS - {"open"})  # fmt: skip


def _readiness(token: Token) -> bool:
    """Whether a noun follows "ready for", "open to", "willing to"."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in {"for", "to"}:
        return False
    adjective = token.head.head
    return adjective.pos_ == "ADJ" and adjective.lemma_.lower() in READY_WORDS


def _of_objects(token: Token) -> list[Token]:
    """The objects of a noun's "of" ("the removal of President X")."""
    return [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"]  # fmt: skip


def _content_tokens(clause: Token) -> list[Token]:
    """What a call or document says, less when it came ("a bill containing tax increases, a day
    after protesters stormed parliament": the storming is no part of the bill)."""
    timing = {d.i for t in clause.subtree if t.dep_ in {"advcl", "npadvmod"} and t.i != clause.i for d in t.subtree}
    return [t for t in _clause_tokens(clause) if t.i not in timing]


def _for_clause(child: Token) -> bool:
    """Whether a call's dependent says what it is for: "a call for sanctions", "a call for its
    forces to be deployed"."""
    if child.dep_ == "prep":
        return child.lower_ == "for"
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children)


def _relative_light_verb(noun: Token) -> Token | None:
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


def _reported_clause(verb: Token) -> bool:
    """Whether a verb heads a clause that a reporting or denying verb reports."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS | {"deny"}


def _reported_modal_clause(verb: Token) -> bool:
    """Whether a verb heads a reported clause with a modal ("said that allies would defend")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    )  # fmt: skip


def _in_condition(verb: Token) -> bool:
    """Whether a verb is the condition of another clause ("if NATO moved forces", "unless
    Kyiv withdraws"), or inside one."""
    for token in [verb, *verb.ancestors]:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
            return True
        if token.dep_ in {"ROOT", "ccomp"}:
            return False
    return False


def _left_things(verb: Token) -> list[Token]:
    """What a verb of leaving leaves: "withdrew from the treaty", "pulled out of the pact"."""
    if verb.lemma_.lower() not in {"withdraw", "pull", "exit", "quit", "walk"}:
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"})]
    return [pobj for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}
            for pobj in prep.children if pobj.dep_ == "pobj"]  # fmt: skip


def _defied(verb: Token) -> list[Token]:
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


def _sent_to_country(match: Match) -> bool:
    """Whether forces go "to" a country by name, or to a place in one ("to Russia's Far East",
    "to its base in Qatar"), rather than "into", "near" or "along" somewhere."""
    # The verb's own phrases, and those its objects carry ("sent vehicles and a team of
    # paratroopers to Lebanon"), but not another clause's.
    own = [t for t in match.verb.subtree if not any(a.pos_ in {"VERB", "AUX"} and a.i != match.verb.i
                                                    for a in t.ancestors if match.verb in a.ancestors)]  # fmt: skip
    for prep in (t for t in own if t.dep_ in {"prep", "dative"} and t.lower_ == "to"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if place.ent_type_ == "GPE" or any(t.ent_type_ == "GPE" and t.dep_ in {"poss", "pobj"} for t in place.subtree if t.i != place.i):
                return True
    return False


def _at_each_other(verb: Token) -> bool:
    """Whether a verb's object is "each other" or "one another"."""
    return any(t.lower_ in {"other", "another"} and t.i > 0 and t.doc[t.i - 1].lower_ in {"each", "one"}
               for c in verb.children if c.dep_ in {"prep", "dobj"} for t in c.subtree)  # fmt: skip


def _a_force(token: Token | None) -> bool:
    """Whether an actor is a body of forces ("troops", "the first deployment of peacekeepers"),
    not one officer ("the army chief arrived in Moscow" is a visit)."""
    if token is None:
        return False
    head = through_quantity(token)
    return head.tag_ in {"NNS", "NNPS"} or head.lemma_.lower() in FORCE_WORDS


def _calls_off(verb: Token) -> bool:
    """Whether a verb is "call off" (a cancellation), not "call" (a phone call, or calling a
    strike)."""
    return verb.lemma_.lower() == "call" and any(
        c.lower_ == "off" and c.dep_ in {"prt", "advmod", "prep"} for c in verb.children
    )  # fmt: skip


def _light_lemma(verb: Token) -> str:
    """A light verb's lemma, "call off" read as "cancel" ("called off the strike" ends it;
    "called a strike" starts one)."""
    return "cancel" if _calls_off(verb) else verb.lemma_.lower()


def _called_off(noun: Token) -> bool:
    """Whether a noun is the object of cancelling ("cancelled a visit", "called off a trip",
    "postponed the talks")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    return _calls_off(verb) if verb.lemma_.lower() == "call" else verb.lemma_.lower() in CANCEL_VERBS


def _partner_objects(token: Token) -> list[Token]:
    """The objects of a relation noun's "with" or "between" ("contact with the United States")."""
    return [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"with", "between"}
            for pobj in prep.children if pobj.dep_ == "pobj"]  # fmt: skip


def _up_to_object(verb: Token) -> list[Token]:
    """The object the parser hangs on "to" in "kidnapped up to 16 advisers"."""
    return [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > 0
            and prep.doc[prep.i - 1].lower_ == "up"
            for pobj in prep.children if pobj.dep_ == "pobj" and any(c.dep_ == "nummod" for c in pobj.children)]  # fmt: skip


def _condition_subject(verb: Token, marks: frozenset[str] = frozenset({"unless", "if"})) -> Token | None:
    """Whom an ultimatum's condition names: "unless Israel rescinded ..." -> Israel."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
            return next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


def _compounds(token: Token) -> list[Token]:
    """The nouns that modify a head as compounds ("army" in "army positions")."""
    return [child for child in token.children if ((child.dep_ == "compound" and child.pos_ in {"NOUN", "PROPN", "ADJ"})
            or (child.dep_ == "amod" and child.i == token.i - 1))  # "rebel positions" read as an adjective
            and not stance_prefixed(child)]  # "an anti-Syria journalist" is no Syrian


def _actor_token(verb: Token) -> tuple[Token | None, Token | None]:
    """The actor's head token, and for a passive the subject (who the act was done to)."""
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "talks mediated by Lavrov", "a deal brokered by Qatar": the noun is what was done.
        if any(c.dep_ == "agent" for c in verb.children):
            passive_subject = verb.head
    if passive_subject is not None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        return by, passive_subject
    token = verb
    for _ in range(4):  # climb through "agreed to", "expected to", shared subjects of "and"
        subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.lower_ in {"that", "which", "who"} and token.dep_ == "relcl":
            return token.head, None  # "a bill that would expand penalties": the bill
        if subject is not None:
            return subject, None
        if token.dep_ == "relcl" and token.head.pos_ in {"NOUN", "PROPN"}:
            return token.head, None
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lemma_.lower() in DOCUMENTS | STATEMENTS | CROWD_WORDS:
            # "a resolution criticizing the government": its authors act; "demonstrators
            # protesting election results": the crowd does.
            return token.head, None
        if token.dep_ == "pcomp" and token.head.lower_ in {"by", "after", "before", "while"} and token.head.head.pos_ == "VERB":
            # "Iran responded by launching drones", "after shelling the town": the main verb's subject.
            token = token.head.head
            continue
        if token.dep_ == "dobj" and token.tag_ == "VBG" and token.head.pos_ == "VERB":
            # "did not rule out developing cooperation": the subject of the verb it is object of.
            token = token.head
            continue
        if token.dep_ == "conj" and token.tag_ == "VBD" and (
            _reported_modal_clause(token.head) or (token.lemma_.lower() in SPEECH_ACTS and _reported_clause(token.head))
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


THREAT_CAMEO = "130"
# The light verbs that say a noun event happened ("held talks", "launched strikes"): a noun
# event standing alone takes that sense of the noun.
HAPPENING_LIGHTS = frozenset({"hold", "conduct", "launch", "carry", "impose", "stage", "stag", "make", "deliver"})
# Passive verbs that say a meeting will not take place ("talks were called off").
HAPPENING_VERBS = {"go", "take", "proceed", "happen", "occur", "resume", "open", "begin", "start", "convene"}
CANCEL_VERBS = {"cancel", "call", "postpone", "scrap", "suspend", "delay", "shelve"}
# Verbs saying a meeting did not take place ("the summit collapsed").
FAILURE_VERBS = {"collapse", "fail", "founder", "stall", "falter", "fizzle"}
# Documents through which their authors act ("a bill that would expand penalties").
DOCUMENTS = {"bill", "law", "legislation", "resolution", "plan", "proposal", "measure", "decree", "package", "draft"}
# What crowds of protesters do that is itself the protest.
PROTEST_MOVES = {"gather", "assemble", "converge", "storm", "block", "chant", "occupy", "mass", "throng", "throw",
                 "hurl", "torch", "break", "burst", "force", "surge"}
# Texts whose authors act through them, like documents: "a statement condemning the attack".
STATEMENTS = {"statement", "letter", "report", "communique", "declaration", "motion", "petition"}
CROWD_WORDS = {"protester", "protestor", "demonstrator", "marcher", "crowd", "rioter"}
# Groups that protest by obstructing: "farmers blocked roads", "students occupied the campus".
# Only with these verbs: students who "gathered" may be at a graduation.
OBSTRUCTING_MOVES = {"block", "storm", "occupy", "barricade", "blockade"}
AGGRIEVED_GROUPS = {"farmer", "worker", "student", "trucker", "haulier", "driver", "miner", "teacher",
                    "supporter", "activist", "villager", "resident", "trader", "nurse", "doctor"}  # fmt: skip
GUNFIRE = {"fire", "gunfire", "shot", "shell", "artillery", "blow"}
# Events that answer an earlier one: their recipient may be who spoke before.
MEDIATING = {"mediate", "broker"}
# Verbs of taking people into custody, which police do when no one else is named.
DETAINING = {"arrest", "detain", "jail", "imprison", "apprehend", "round up", "lock up", "incarcerate"}
# Noun events a subject may weigh or prepare as its own act ("considering sanctions"); to talk
# about an attack ("discussed the strikes") is not to plan one, so each verb lists its types.
POLICY_TYPES = frozenset({"SANCTION", "AID", "COERCE", "MOBILIZE", "RETREAT", "CONCEDE", "COOPERATE", "ASSAULT"})
WEIGHED_TYPES = {
    "consider": POLICY_TYPES, "weigh": POLICY_TYPES, "mull": POLICY_TYPES, "contemplate": POLICY_TYPES,
    "propose": POLICY_TYPES - {"ASSAULT"}, "plan": POLICY_TYPES, "prepare": POLICY_TYPES,
    "threaten": frozenset({"SANCTION", "COERCE", "MOBILIZE", "ASSAULT"}),
    "discuss": frozenset({"SANCTION", "AID"}), "debate": frozenset({"SANCTION", "AID"}),
}
PLANNING_VERBS = {"plan", "prepare"}
ADVERB_PARTICLES = {"back", "out", "off", "down", "away", "up", "over", "in"}
RIOT_CAMEO = "145"
LEAVING_VERBS = {"leave", "depart", "quit", "exit", "close", "shut", "vacate"}
ORDERING_VERBS = {"order", "instruct", "direct"}
NAMING_VERBS = {"call", "brand", "label", "dub", "term", "describe"}
REPROACH_WORDS = {"illegitimate", "illegal", "unacceptable", "provocation", "provocative", "threat", "violation",
                  "breach", "rehearsal", "terrorist", "terrorism", "aggression", "aggressive", "criminal", "crime",
                  "coup", "farce", "sham", "fraud", "fraudulent", "lie", "unconstitutional", "hostile", "dangerous",
                  "reckless", "irresponsible", "interference", "invasion", "genocide", "puppet", "regime", "illegal",
                  "outrageous", "shameful", "hypocritical", "destabilising", "destabilizing", "war crime"}
FUNDING_VERBS = {"provide", "give", "grant", "donate", "allocate", "disburse", "contribute", "send", "extend"}
GIVING_VERBS = {"send", "provide", "supply", "give", "donate", "deliver", "fund", "finance", "help", "assist",
                "lend", "ship", "offer", "contribute"}
OCCASION_PREPOSITIONS = {"after", "during", "following", "amid", "at", "despite", "since"}
DISRUPTING_VERBS = {"shut", "paralyse", "paralyze", "cripple", "halt", "disrupt", "enter", "spread", "ground",
                    "close", "bring", "hit", "grip", "begin", "start", "erupt", "continue", "resume", "escalate"}
ONE_OCCURRENCE_TYPES = {"CONSULT", "ASSAULT"}
VEHICLES = {"truck", "lorry", "convoy", "plane", "aircraft", "ship", "vessel", "flight", "airlift", "boat", "train"}
CROSSING_VERBS = {"cross", "arrive", "enter", "reach", "land", "dock", "roll", "head", "leave"}
AID_GOODS = {"food", "medicine", "water", "aid", "supply", "tent", "blanket", "fuel", "flour", "wheat", "rice",
             "equipment", "vaccine", "relief", "medical", "drug", "shelter", "assistance", "grain", "milk"}
CROWD_SECTORS = {"CVL", "EDU", "LAB", "OPP"}
UNTIL_MARKS = frozenset({"until", "unless", "if", "before", "till"})
CELEBRATING = {"celebrate", "rejoice", "cheer", "dance", "mourn", "greet", "welcome", "honour", "honor", "watch"}
STREET_MOVES = {"take", "return", "pour", "spill", "flood", "head", "go", "come"}
PERMITTING = {"allow", "let", "permit"}
CALM_WORDS = {"ceasefire", "cease-fire", "truce", "restraint", "calm", "de-escalation", "dialogue", "talk",
              "negotiation", "armistice", "moderation", "halt"}
PAIR_NOUNS = {"side", "party", "country", "nation", "government", "people", "leader"}
MISSIONS = {"embassy", "consulate", "legation", "chancery", "residence"}
HELPING_VERBS = {"help", "assist", "allow", "enable", "let"}
SENDING_TYPES = {"AGREE", "AID", "MOBILIZE", "COOPERATE", "RETREAT", "SUPPORT"}
# Events aimed at someone: a clause's "against X" names the target.
HOSTILE_TYPES = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "REQUEST"}
# Cooperation that two parties named together do with each other (not attacks: "British and
# U.S. troops attacked" is no clash between them).
# Things exchanged in talk, not in a prisoner swap.
EXCHANGED_TALK = {"word", "view", "greeting", "pleasantry", "message", "letter", "note", "gift", "idea", "opinion",
                  "compliment", "insult", "barb", "accusation", "blow", "vow", "ring", "number"}  # fmt: skip
# Nouns that only measure a noun event ("a round of talks", "two days of negotiations").
# Agreements whose terms are no events of their own: "signed an agreement to increase trade".
AGREEMENTS = {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "protocol", "arrangement"}
# What is mobilised when forces are: "mobilised reservists", not "mobilised pressure groups".
FORCES = {"troop", "force", "soldier", "reservist", "reserve", "army", "military", "unit", "division", "brigade",
          "battalion", "police", "guard", "militia", "fighter", "conscript", "recruit", "volunteer", "navy",
          "warship", "fleet", "man", "men", "personnel", "thousand", "hundred"}  # fmt: skip
RELATIVE_PRONOUNS = {"whom", "which", "that", "who"}
# Calls whose content is no event of its own: "rejected a call for troops to be deployed".
CALL_NOUNS = {"call", "appeal", "demand", "request", "plea", "invitation", "ultimatum"}
# Bodies of forces named in the singular: "a deployment of peacekeepers", "the contingent".
FORCE_WORDS = {"deployment", "contingent", "force", "army", "navy", "battalion", "brigade", "unit", "fleet",
               "warship", "detachment", "convoy"}
# Words before a noun that make it armed: "air strikes", "artillery strikes", "drone strikes".
ARMED_MODIFIERS = {"air", "artillery", "missile", "drone", "rocket", "military", "naval", "aerial", "tank", "mortar"}
# What one meets when giving in: "met the strikers' demands".
DEMAND_NOUNS = {"demand", "condition", "requirement", "request", "ultimatum", "deadline"}
# Heads that only frame the noun event compounded with them ("a mediation effort", "a bombing
# campaign", "a relief mission").
FRAMING_HEADS = {"effort", "mission", "bid", "initiative", "drive", "attempt", "process", "push"}
# Acts of speech that go with the one who reports, not with the clause reported beside them:
# "denied that its forces had launched rockets and condemned the air strikes".
SPEECH_ACTS = {"condemn", "accuse", "reject", "urge", "welcome", "criticise", "criticize", "denounce", "praise",
               "warn", "demand", "dismiss", "blame", "call", "appeal", "vow", "pledge", "promise", "threaten"}
# Verbs that send forces to help ("sent troops to Qatar"), not to deploy them.
SENDING_VERBS = {"send", "dispatch", "contribute", "provide", "offer", "lend"}
# Verbs that answer with force: "responded with tear gas and live ammunition".
RESPONDING_VERBS = {"respond", "retaliate", "react", "reply", "answer"}
# Verbs that give the thing their "with" names to their object ("provided Egypt with aid").
PROVIDING_VERBS = {"provide", "supply", "furnish", "equip"}
# Soldiers' words: "troops defended the town" is fighting, not words in someone's favour.
FIGHTING_SUBJECTS = {"troop", "soldier", "force", "army", "fighter", "militia", "rebel", "defender", "garrison"}
MEASURE_NOUNS = {"score", "dozen", "hundred", "thousand", "volley", "salvo", "round", "series", "day", "hour", "week", "month", "session", "wave", "spate", "string", "ton",
                 "tonne", "part", "batch", "shipment", "package", "kg", "kilogram", "litre", "liter", "load"}
# Adjectives that offer what follows them: "ready for a dialogue", "open to talks".
READY_WORDS = {"ready", "open", "willing", "prepared", "available"}
# Light verbs that announce a noun event still to come.
ANNOUNCING_LIGHTS = {"call", "announce", "schedule", "plan", "slate"}
# Events that happen after they are announced; an announced suspension or sanction takes
# effect by being announced.
HAPPENINGS = {"CONSULT", "PROTEST", "MOBILIZE", "COOPERATE"}
# Weapons that, named as a subject with a nationality, stand for their country's forces.
# Fights whose other side did a killing: "killed in a clash with Chinese troops".
FIGHTS = {"clash", "fighting", "battle", "skirmish", "firefight", "gunfight", "gunbattle", "exchange", "confrontation"}
# The means of an attack no one is named for: "killed in a car bombing", "a roadside bomb
# killed", "killed by an improvised explosive device".
UNCLAIMED_MEANS = {"bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "landmine", "minefield",
                   "grenade", "ambush", "attack", "shooting", "gunman", "bomber", "car"}  # fmt: skip
# A weapon by its model name: "F-16s", "Su-35", "MiG-29", "T-72", "S-400".
WEAPON_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?s?$")
WEAPONS = {"rocket", "missile", "drone", "shell", "bomb", "jet", "warplane", "aircraft", "artillery", "mortar",
           "tank", "warship", "gunboat", "helicopter", "plane", "fighter", "bomber", "munition", "bulldozer",
           "ship", "vessel", "boat", "defence", "defense", "battery", "gunship", "cutter"}  # fmt: skip
# What a warned party "would" undergo: "would face severe punishment", "would pay a price".
SUFFERING_VERBS = {"face", "pay", "suffer", "regret", "bear", "feel"}
# How a warned-of act "would be" answered: "met with force", "treated as an act of war".
ANSWERED_AS = {"meet", "treat", "regard", "consider", "answer", "punish", "view"}
# What someone "risks" in a warning: "risked losing their lives", "risk arrest".
PERILS = {"lose", "death", "arrest", "prosecution", "jail", "prison", "punishment", "sanction", "force"}
# Objects that make "would take ..." a hostile act: "would take action against".
MEASURE_WORDS = {"action", "measure", "step"}
# What a state does to its own people when the text names no one else.
DOMESTIC_TYPES = {"COERCE", "RETREAT", "CONCEDE"}
STATE_SECTORS = {"COP", "JUD", "GOV"}
MUTUAL_TYPES = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
REACTION_TYPES = {"ACCUSE", "REJECT", "SUPPORT"}  # condemned, rejected or welcomed what was done
REPLY_DISTANCE = 2  # sentences: a reply follows what it answers closely
VERDICTS = ("verdict", "ruling", "judgment", "judgement")
REACTION_DISTANCE = 6  # sentences: "condemned the strikes" may look back to the lead for strikes
# What a reaction's noun may refer to ("condemned the strikes": an attack told before).
_ATTACKS = frozenset({"ASSAULT"})
_ACCORDS = frozenset({"SUPPORT", "AGREE", "RETREAT"})
_MEASURES = frozenset({"SANCTION", "COERCE"})
ACT_NOUN_TYPES = {
    **dict.fromkeys(["strike", "attack", "bombing", "shelling", "offensive", "invasion", "assault", "incursion",
                     "killing", "airstrike", "raid", "bombardment", "massacre", "operation"], _ATTACKS),
    **dict.fromkeys(["test", "launch", "drill", "exercise", "deployment", "buildup"], frozenset({"MOBILIZE", "ASSAULT"})),
    **dict.fromkeys(["agreement", "deal", "accord", "declaration", "treaty", "pact", "truce", "ceasefire",
                     "settlement"], _ACCORDS),
    **dict.fromkeys(["sanction", "measure", "tariff", "ban", "embargo", "expulsion", "restriction", "blockade"], _MEASURES),
    **dict.fromkeys(["arrest", "detention", "curfew", "verdict", "sentence"], frozenset({"COERCE"})),
    # a crackdown may be arrests or shooting into a crowd
    "crackdown": frozenset({"COERCE", "ASSAULT"}),
    **dict.fromkeys(["offer", "proposal", "plan", "initiative", "invitation"], frozenset({"AGREE", "REQUEST"})),
    **dict.fromkeys(["demand", "call", "request", "appeal", "ultimatum"], frozenset({"REQUEST", "THREATEN"})),
    **dict.fromkeys(["accusation", "charge", "allegation", "claim", "criticism"], frozenset({"ACCUSE"})),
    **dict.fromkeys(["threat", "warning"], frozenset({"THREATEN"})),
    **dict.fromkeys(["visit", "trip", "talk", "meeting", "summit"], frozenset({"CONSULT"})),
    **dict.fromkeys(["release", "withdrawal", "pullout"], frozenset({"RETREAT", "CONCEDE"})),
    **dict.fromkeys(VERDICTS,
                    frozenset({"REJECT", "REQUEST", "COERCE", "ACCUSE", "CONCEDE", "RETREAT"})),
}
REPLY_TYPES = {"REJECT", "ACCUSE", "THREATEN", "CONCEDE", "AGREE"}
# Actors whose untargeted protest is against their own government.
CIVIL_SECTORS = {"CVL", "OPP", "LAB", "EDU", "MED", "REL", "BUS", "AGR", "REF", "JRN", "NGO"}
# Where the recipient of a controlled infinitive sits ("refused to deploy troops in Iraq").
CONTROLLED_SLOTS = ("dobj", "to", "against", "on", "with", "at", "into", "in", "between")
AIMED_AT = {"against", "on", "toward", "towards", "at", "to"}


def _recipient_tokens(match: Match, passive_subject: Token | None) -> list[Token]:
    """Tokens in the recipient slots of the trigger: objects and prepositional objects."""
    tokens: list[Token] = []
    holders = [match.token] if match.token.i == match.verb.i else [match.token, match.verb]
    if match.token.dep_ == "compound" and match.token.head.lemma_.lower() in FRAMING_HEADS:
        holders.append(match.token.head)  # "a mediation effort between the two": the frame's phrase
    # "fired tear gas and live rounds at demonstrators": the parser may join the second object
    # to the verb, and hang the target on it.
    holders += [c for c in match.verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    # "travel on to Costa Rica", "went back to Kyiv": a bare particle may carry the phrase.
    holders += [c for c in match.verb.children if c.dep_ in {"prep", "prt", "advmod"} and c.i > match.verb.i
                and not any(g.dep_ == "pobj" for g in c.children) and any(g.dep_ == "prep" for g in c.children)]  # fmt: skip
    if match.token.dep_ == "pobj" and match.token.head.lower_ == "with" and match.token.head.head.i == match.verb.i:
        # "provided Egypt with military aid": the one provided for is the object.
        tokens.extend(c for c in match.verb.children if c.dep_ == "dobj")
    slots = list(match.trigger.recipient)
    if match.trigger.control:
        # "offered to hand over to Britain", "threatened to impose restrictions against German
        # goods": the infinitive carries the recipient of a controlled event.
        inner = [child for child in _controlled(match.verb) if child.dep_ != "ccomp"]
        # "offered to send troops to help Nigeria": one more infinitive down.
        inner += [grand for child in inner for grand in _controlled(child) if grand.dep_ != "ccomp"]
        holders += inner
        slots += [slot for slot in CONTROLLED_SLOTS if slot not in slots]
    if match.trigger.particle and match.trigger.particle not in slots:
        slots.append(match.trigger.particle)  # "called on Rwanda": the particle's object
    if match.trigger.particle:
        # "pulled its forces out of southern Lebanon": the recipient's preposition hangs on
        # the particle.
        holders += [c for c in match.verb.children if c.lower_ == match.trigger.particle and c.dep_ in {"prep", "prt", "advmod"}]
    for slot in slots:
        for holder in holders:
            for child in holder.children:
                if slot == "dobj" and child.dep_ == "dobj" and child.i != match.token.i:
                    tokens.append(child)
                elif slot == "iobj" and child.dep_ == "dative":
                    tokens.append(child)
                elif slot == "poss" and child.dep_ == "poss" and holder.i == match.token.i:
                    tokens.append(child)
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
            tokens.extend(t for holder in holders for t in _up_to_object(holder))
            tokens.extend(t for holder in holders for t in _named_as_one(holder))
        if slot not in {"dobj", "iobj"}:
            # "relay the outcome of the talks to Moscow", "threatened to break off relations
            # with Congo": the parser may hang the recipient's preposition inside the object.
            for obj in (c for holder in holders for c in holder.children if c.dep_ == "dobj"):
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
            # "demanded that Russia withdraw": the subject of the demanded clause.
            tokens.extend(
                subject for holder in holders for clause in holder.children if clause.dep_ == "ccomp"
                for subject in clause.children if subject.dep_ in SUBJECTS
            )  # fmt: skip
    return tokens


def _refers_to_an_act(verb: Token) -> bool:
    """Whether what is welcomed or condemned is an act named before: "welcomed the
    agreement", "condemned the strikes", "praised the move" (a definite noun, no owner)."""
    return _referred_act(verb) is not None


def _referred_act(verb: Token) -> str | None:
    """The noun of an act named before that a reaction is to ("strike" in "condemned the
    strikes"), or None."""
    for obj in (child for child in verb.children if child.dep_ == "dobj"):
        definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in obj.children)
        owned = any(c.dep_ == "poss" for c in obj.children)
        if definite and not owned and obj.pos_ == "NOUN" and obj.lemma_.lower() not in PAIR_NOUNS:
            return obj.lemma_.lower()
    return None


def _asks_for_calm(verb: Token) -> bool:
    """Whether a call is for a ceasefire, restraint or talks ("urged an immediate ceasefire",
    "called for restraint")."""
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for" for p in prep.children if p.dep_ == "pobj"]
    asked += [p for prep in verb.children if prep.dep_ == "prt" and prep.lower_ == "for" for p in verb.children if p.dep_ == "dobj"]
    return any(token.lemma_.lower() in CALM_WORDS for token in asked)


def _permitted(noun: Token) -> Token | None:
    """The verb of permission in "allowed inspectors to visit", if the noun is whom it lets."""
    clause = noun.head
    if noun.dep_ == "nsubj" and clause.dep_ in {"ccomp", "xcomp"} and clause.head.lemma_.lower() in PERMITTING:
        return clause.head
    return None


def _weighed(noun: Token, event: str) -> Token | None:
    """The verb weighing or preparing a noun event of this type ("considering a ban on apps",
    "prepared a new package of sanctions"), if the noun is its object."""
    base = noun
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    if base.dep_ == "pobj" and base.head.lower_ == "of" and base.head.head.lemma_.lower() in MEASURE_NOUNS:
        base = base.head.head
    if base.dep_ == "dobj" and base.head.pos_ == "VERB" and event in WEIGHED_TYPES.get(base.head.lemma_.lower(), ()):
        return base.head
    if base.dep_ == "dobj" and not_ruled_out(base.head) and event in POLICY_TYPES:
        return base.head  # "did not rule out sanctions against Pyongyang": a possibility
    return None


def _in_sector(entity: Entity, sector: str) -> Entity:
    """The same country as another party, in a given sector ("Kenya" as its government)."""
    return Entity(text=entity.text, name=entity.name, code=entity.code, sector=sector, cameo_code=f"{entity.code}{sector}")


def _mission_places(heads: Iterable[Token]) -> Iterator[Token]:
    """The embassies and consulates named in the phrases hanging on these words."""
    for prep in (child for head in heads for child in head.children if child.dep_ == "prep"):
        yield from (place for place in prep.subtree if place.dep_ == "pobj" and place.lemma_.lower() in MISSIONS)


def _missions_at(match: Match, resolver: ActorResolver) -> list[Entity]:
    """The countries whose embassy or consulate the clause happens at ("gathered outside the
    Russian embassy", "held a rally near the Japanese embassy")."""
    found: list[Entity] = []
    for place in _mission_places({match.verb.i: match.verb, match.token.i: match.token}.values()):
        found += _nationals(place, resolver)
        found += [e for of in _of_objects(place) for e in resolver.countries_named(of) if e.code]
        found += [e for c in place.children if c.dep_ == "poss" for e in resolver.countries_named(c) if e.code]
    return found


def _has_parties(noun: Token) -> bool:
    """Whether a noun names who acts or whom it concerns: "between", "on", "against",
    "with", "by", a possessive or a nationality."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"between", "on", "against", "with", "by", "from", "to"}:
            return True
        if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"}):
            return True
    return False


def _nationals(noun: Token, resolver: ActorResolver) -> list[Entity]:
    """The countries named by adjectives or names before a noun ("Israeli", "U.S.")."""
    found: dict[str, Entity] = {}
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "nmod"} and child.i < noun.i and child.ent_type_ in {"NORP", "GPE"}:
            for entity in resolver.countries_named(child):
                found.setdefault(entity.code or "", entity)
    return [entity for code, entity in found.items() if code]


def _nominal_actor(noun: Token) -> Token | None:
    """Who does a noun event: "Israel's strikes", "strikes by the army", "an offer from Kyiv"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in {"its", "their", "his", "her"}:
            return child
    for child in noun.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from"}:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _nominal_modality(noun: Token) -> str:
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
    return modality_of(noun.head) if noun.head.pos_ in {"VERB", "AUX"} else "asserted"


def _between(noun: Token) -> list[Token]:
    """The parties of "a summit between Trump and Putin" (conjuncts come with each)."""
    objects = [
        pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "between"
        for pobj in prep.children if pobj.dep_ == "pobj"
    ]  # fmt: skip
    # "between Trump and Russian President Vladimir Putin": the parser may hang the first
    # party on the second as a modifier.
    named = [token for pobj in objects for token in pobj.subtree if token.dep_ == "nmod" and token.pos_ == "PROPN"]
    return sorted(objects + named, key=lambda token: token.i)


def _authors(document: Token) -> Token | None:
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


def _warns_of_action(verb: Token) -> bool:
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
        child.dep_ == "aux" and child.lower_ in {"would", "will", "'ll"} for child in clause.children
    ):  # fmt: skip
        return False
    # "warned that any attack would be met with force / treated as a declaration of war"
    answered = clause.lemma_.lower() in ANSWERED_AS and any(c.dep_ == "auxpass" for c in clause.children)
    return addressee or answered or clause.lemma_.lower() in SUFFERING_VERBS


def _threatened(verb: Token) -> Token | None:
    """Who a warning is aimed at: the subject of a "would face" clause, else the object of
    what the warner says it will do ("will no longer tolerate rallies by Kifaya")."""
    clause = next((child for child in verb.children if child.dep_ == "ccomp"), None)
    if clause is None:
        return None
    if clause.lemma_.lower() in SUFFERING_VERBS | ANSWERED_AS | {"risk"}:
        return next((child for child in clause.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    return next((child for child in clause.children if child.dep_ == "dobj"), None)


def _voiced(verb: Token) -> bool:
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


def _rioting(actor_token: Token | None, actors: list[Entity]) -> bool:
    """Whether the attackers are a civilian crowd: protesters, youths, supporters (plural)."""
    if actor_token is None or not actors or any(e.sector not in CROWD_SECTORS for e in actors):
        return False
    head = through_quantity(actor_token)
    return head.tag_ in {"NNS", "NNPS"} or head.lemma_.lower() in CROWD_WORDS


def _carries_aid(vehicle: Token) -> bool:
    """Whether a vehicle is said to carry relief ("trucks carrying food, water and medicine")."""
    for clause in vehicle.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in {"carry", "bring", "transport", "load"}:
            goods = [c for c in clause.children if c.dep_ == "dobj"]
            goods += [conj for good in goods for conj in good.conjuncts]
            if any(good.lemma_.lower() in AID_GOODS for good in goods):
                return True
    return False


def _offers_help(verb: Token) -> bool:
    """Whether an offer or pledge is to give or send something ("offered to send election
    materials", "pledged to provide aid")."""
    return any(act.lemma_.lower() in GIVING_VERBS for act in _controlled(verb))


def _leaving_office(verb: Token) -> bool:
    """Whether the act is leaving office, or a refusal or promise to ("refused to resign")."""
    acts = [verb, *_controlled(verb)]
    return any(act.lemma_.lower() in {"resign", "abdicate", "quit"} or (
        act.lemma_.lower() == "step" and any(c.lower_ in {"down", "aside"} for c in act.children)
    ) for act in acts)  # fmt: skip


def _celebrates(verb: Token) -> bool:
    """ "poured into the streets to celebrate": a celebration or mourning is no protest."""
    return any(child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in CELEBRATING for child in verb.children)


def _crowd_at_mission(verb: Token) -> bool:
    """ "Hundreds of students gathered outside the Croatian embassy": a crowd (a plural or
    counted subject) at a foreign mission is there to protest."""
    at_mission = any(True for _ in _mission_places([verb]))
    crowd = any(
        through_quantity(subject).tag_ in {"NNS", "NNPS"}
        for subject in verb.children if subject.dep_ in SUBJECTS
    )  # fmt: skip
    return at_mission and crowd


def _crowd_subject(verb: Token, words: set[str]) -> bool:
    """Whether the verb's subject is one of these crowds ("hundreds of protesters"); for the
    obstructing verbs, a people named in the plural too ("young Algerians blocked roads")."""
    for subject in (child for child in verb.children if child.dep_ in SUBJECTS):
        head = through_quantity(subject)
        people = words is AGGRIEVED_GROUPS and head.tag_ == "NNPS" and head.ent_type_ == "NORP"
        # "Hundreds of thousands of people blocked streets": a crowd counted in thousands.
        multitude = words is AGGRIEVED_GROUPS and head.lemma_.lower() in {"people", "person", "resident"} and (
            subject.lower_ in {"thousands", "hundreds", "tens", "crowds"}
        )  # fmt: skip
        if head.lemma_.lower() in words or people or multitude:
            return True
    return False


def _replies(records: list[EventRecord], referred: dict[str, str] | None = None) -> list[EventRecord]:
    """Give a reply its addressee: "India accused Pakistan of the attack. Pakistan rejected
    the charge." is a REJECT by Pakistan of India. A response with no recipient answers the
    last earlier event that had its actor as recipient. Parties are told apart by sector as
    well as country, so that a government rejecting its protesters' demands answers them.
    ``referred`` holds the noun of the act each reaction is to ("the strikes")."""
    answered: list[EventRecord] = []
    for record in records:
        if record.event in REPLY_TYPES | REACTION_TYPES and not record.recipient and not record.reciprocal:
            noun = (referred or {}).get(record.id, "")
            kinds = ACT_NOUN_TYPES.get(noun)
            # "Israel struck Iran ... Oman condemned the strikes", "the army offered talks ...
            # the opposition rejected the offer": the act of that kind another party did last,
            # or, if the one reacting was on the receiving end of such an act, that one.
            acts = [] if not kinds else [
                prior for prior in reversed(answered)
                if prior.event in kinds and _before(prior, record)
                and record.evidence.sentence - prior.evidence.sentence <= REACTION_DISTANCE
                and not _shares_party(record.actor, prior.actor)
                # "welcomed the verdict": what a court did
                and (noun not in VERDICTS or any(e.sector == "JUD" for e in prior.actor))
            ]  # fmt: skip
            earlier = next((prior for prior in acts if _shares_party(record.actor, prior.recipient)), None)
            earlier = earlier or next(iter(acts), None)
            if earlier is None and record.event in REPLY_TYPES:
                earlier = next((
                    prior for prior in reversed(answered)
                    if record.evidence.sentence - prior.evidence.sentence <= REPLY_DISTANCE
                    and _shares_party(record.actor, prior.recipient)
                    and not _shares_party(record.actor, prior.actor)
                ), None)  # fmt: skip
            if earlier is None and record.event in REACTION_TYPES and (referred or {}).get(record.id) not in ACT_NOUN_TYPES:
                # "North Korea tested a missile ... China condemned the move": a reaction is to
                # the last thing another party did (unless it names an act of a kind not found).
                earlier = next((
                    prior for prior in reversed(answered)
                    if record.evidence.sentence - prior.evidence.sentence <= REPLY_DISTANCE
                    and prior.evidence.sentence < record.evidence.sentence
                    and not _shares_party(record.actor, prior.actor)
                ), None)  # fmt: skip
            if earlier is not None:
                record = record.model_copy(update={"recipient": list(earlier.actor)})
                record = record.model_copy(update={"confidence": confidence_of(record)})
        if record.event == "THREATEN" and not record.recipient:
            # "imposed sanctions on the junta and said it would not hesitate to take further
            # action": a threat of more is aimed where the threatener's last hostile act was.
            earlier = next((
                prior for prior in reversed(answered)
                if record.evidence.sentence - prior.evidence.sentence <= REPLY_DISTANCE
                and prior.quad_code >= 3 and prior.recipient and _shares_party(record.actor, prior.actor)
            ), None)  # fmt: skip
            if earlier is not None:
                record = record.model_copy(update={"recipient": list(earlier.recipient)})
                record = record.model_copy(update={"confidence": confidence_of(record)})
        answered.append(record)
    return answered


def _before(prior: EventRecord, record: EventRecord) -> bool:
    """Whether one event is told before another: in an earlier sentence, or earlier in the same
    one ("Soldiers detained two journalists, and Human Rights Watch criticised the arrests")."""
    # Records come in the order they are told, so an earlier one in the same sentence counts.
    return prior.evidence.sentence <= record.evidence.sentence


def _shares_party(ones: list[Entity], others: list[Entity]) -> bool:
    """Whether two lists of entities have a party in common: the same country, and the same
    sector where both say one."""
    return any(
        a.code == b.code and (a.sector is None or b.sector is None or a.sector == b.sector)
        for a in ones for b in others if a.code
    )  # fmt: skip


def _clearer(record: EventRecord, other: EventRecord) -> bool:
    """Whether ``record`` states the event more clearly than ``other``: more confidently, with
    more named parties, or in a fuller sentence (a lead rather than its headline)."""
    def clarity(r: EventRecord) -> tuple:
        return (r.confidence, len(r.actor) + len(r.recipient), len(r.evidence.text))

    return clarity(record) > clarity(other)


def _speaker_acts(verb: Token) -> bool:
    """Whether the one who says it is the one who would act ("said they would walk out if"),
    not a third party guessing ("lawmakers said Brussels could freeze funding if")."""
    subject, _ = _actor_token(verb)
    reported = verb.dep_ == "ccomp" and _reported(verb.head)
    return subject is None or subject.pos_ == "PRON" or not reported


def _has_condition(verb: Token) -> bool:
    """Whether the clause hangs on an "if" or "unless" ("would retaliate if attacked")."""
    return any(
        clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children)
        for clause in verb.children
    )  # fmt: skip


def _ultimatum(verb: Token) -> bool:
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


def _controlled(verb: Token) -> list[Token]:
    """The clauses a control verb governs: "agreed to release", "demanded that they leave",
    and an infinitive the parser hung as an adverbial ("threatened today to impose")."""
    return [
        child for child in verb.children
        if child.dep_ in {"xcomp", "ccomp"}
        or (child.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children))
    ]  # fmt: skip


def _aimed_at(token: Token) -> list[Token]:
    """What a thing is aimed at: "further action against Russia", "restrictions on imports
    from China", "an embargo on Iraq"."""
    return [
        pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in AIMED_AT
        for pobj in prep.children if pobj.dep_ == "pobj"
    ]  # fmt: skip


def _by_phrase(token: Token) -> list[Token]:
    """The objects of "by" and "from" after a thing: "a proposal by Japan"."""
    return [
        pobj for prep in token.children if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"by", "from"}
        for pobj in prep.children if pobj.dep_ == "pobj"
    ]  # fmt: skip


def _names_pejoratively(verb: Token) -> bool:
    """ "called the government illegitimate", "called the drills a rehearsal for invasion":
    an object named with a word of reproach."""
    # "called Ecuador's government illegitimate" may come parsed as one predicate, headed by
    # the adjective, with the government hanging on it.
    objects = [c for c in verb.children if c.dep_ == "dobj"] or _named_as_one(verb)
    named = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"}] + objects[1:]
    named += [g for obj in objects[:1] for g in obj.children if g.dep_ in {"amod", "appos"} and g.i > obj.i]
    # "called Boluarte's government illegitimate", parsed as one object headed by the adjective.
    named += [obj for obj in objects[:1] if any(c.dep_ in {"compound", "poss"} for c in obj.children)]
    return bool(objects) and any(t.lemma_.lower() in REPROACH_WORDS for n in named for t in n.subtree)


def _named_as_one(verb: Token) -> list[Token]:
    """A predicate that holds the thing named as well ("called [Ecuador's government
    illegitimate]"): an oprd with an owner or compound of its own."""
    return [c for c in verb.children if c.dep_ == "oprd" and any(g.dep_ in {"poss", "compound"} for g in c.children)]


def _not_an_event(verb: Token) -> bool:
    """Uses of event verbs that report none: the reporter or reader as object ("called me
    up", "told us"), naming ("calling police officers the frontline soldiers"), and words
    exchanged ("exchanged stern words": talk, not a prisoner exchange)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if any(o.lower_ in {"me", "us", "you"} for o in objects):
        return True
    naming = objects and (any(c.dep_ == "oprd" for c in verb.children) or sum(c.dep_ == "dobj" for c in objects) > 1)
    if naming and verb.lemma_.lower() in {"call", "name", "dub", "label", "brand", "term"}:
        return True  # "calling the guards the country's shield": two objects name, not call
    if _calls_off(verb):
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


def _has_particle(token: Token, particle: str) -> bool:
    """Whether the verb carries this particle: as a particle proper, or as a preposition with
    no object of the verb before it ("gave in to pressure", "called on Rwanda"; not "gave his
    all in this effort", "called the envoy on Monday")."""
    objects_before = [c.i for c in token.children if c.dep_ in {"dobj", "dative"}]

    def belongs(child: Token) -> bool:
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.i > token.i and child.lower_ in ADVERB_PARTICLES):
            # "pulled back from Kyiv": the parser may read the particle as an adverb.
            return True
        # A preposition after the object with an object of its own starts a phrase of its own;
        # one without ("pulled its forces out of Lebanon") is still the verb's particle.
        return child.dep_ == "prep" and (
            not any(i < child.i for i in objects_before) or not any(g.dep_ == "pobj" for g in child.children)
        )

    if any(child.lower_ == particle and belongs(child) for child in token.children):
        return True
    # "called for Egyptians to join the march": the parser makes "for" the mark of the clause.
    return particle == "for" and any(
        clause.dep_ in {"advcl", "ccomp", "xcomp"} and clause.i > token.i
        and any(c.dep_ == "mark" and c.lower_ == "for" and c.i == token.i + 1 for c in clause.children)
        for clause in token.children
    )  # fmt: skip


def _reported(verb: Token) -> bool:
    """A control verb that is itself a reporting verb ("warned that ...") covers nothing."""
    return verb.lemma_.lower() in REPORTING_VERBS


def _has_clause(token: Token) -> bool:
    return any(child.dep_ == "ccomp" for child in token.children)


def _speech_complement(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in SPEECH_COMPLEMENTS for c in verb.children)


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
