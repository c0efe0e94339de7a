"""Modality of an event from its clause: asserted, future, hypothetical or negated.

Read from the trigger's own auxiliaries and negation, the verbs that govern it ("expected to
join", "failed to secure", "declined to accept", "plans to visit"), a negative subject ("no
representatives will attend"), conditionals, and verbs of collapse or cancellation.
"""

from __future__ import annotations

from spacy.tokens import Token

FUTURE_AUX = {"will", "shall", "'ll", "wo"}  # "wo" is spaCy's token for won't
HYPOTHETICAL_AUX = {"may", "might", "could", "would", "should", "can", "must", "'d"}
FUTURE_GOVERNORS = {"plan", "expect", "intend", "aim", "schedule", "set", "prepare", "due",
                    "hope", "want", "seek", "wish", "going", "poised", "slate", "mean", "decide",
                    "vow", "pledge", "promise", "commit", "swear"}  # fmt: skip
HYPOTHETICAL_GOVERNORS = {"consider", "propose", "suggest", "weigh", "mull", "contemplate",
                          "try", "attempt", "threaten", "ready", "willing", "able", "likely", "prepared"}  # fmt: skip
# "tried to storm parliament", "attempted to overthrow the president": what was tried did not
# come about (had it, the text would say it happened).
ATTEMPT_GOVERNORS = {"try", "attempt"}
# "would probably block", "will likely veto": a guess, not a plan.
GUESSING_ADVERBS = {"probably", "possibly", "perhaps", "likely", "maybe", "conceivably"}
# Time words that put a present-tense act ahead ("arrives in Tokyo on Monday").
COMING_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "next",
               "later", "tonight"}
# "Israel will withdraw ... while the Lebanese army deploys": a present tense tied to a future act.
TIED_MARKS = {"while", "as", "once", "when", "after", "before", "until"}
NEGATING_GOVERNORS = {"fail", "decline", "refuse", "cancel", "postpone", "abandon", "stop",
                      "halt", "deny", "unable", "neglect", "avoid", "reject", "suspend"}  # fmt: skip
CONDITIONAL_MARKS = {"if", "unless", "whether"}
NO_SIGN_NOUNS = {"sign", "evidence", "indication", "proof", "suggestion", "confirmation"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# Verbs that report what someone said they would do ("said it would send troops").
REPORTING = {"say", "announce", "tell", "state", "confirm", "add", "declare", "pledge", "promise",
             "report", "indicate", "insist", "vow", "write", "repeat", "reiterate", "stress", "warn",
             "signal", "make clear"}  # fmt: skip


# Nouns whose infinitive did not happen ("the refusal to allow") or is still to come ("a plan
# to annex"); "the decision to expel" tells what was done.
REFUSAL_NOUNS = {"refusal", "failure"}
PLAN_NOUNS = {"plan", "intention", "pledge", "promise", "vow", "threat", "bid", "attempt", "offer", "readiness"}


def modality_of(verb: Token) -> str:
    """The modality of the event whose clause is headed by ``verb``."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in {"dobj", "nsubjpass"} and verb.head.head.pos_ == "VERB":
        # "will sign a communique establishing relations", "signed a deal ending the war": the
        # participle happens when the act it describes does.
        return modality_of(verb.head.head)
    chain = _governing_chain(verb)
    owner_noun = verb.head.lemma_.lower() if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else ""
    if owner_noun in REFUSAL_NOUNS:
        return "negated"  # "Iran's refusal to allow inspectors", "the failure to agree"
    if owner_noun in PLAN_NOUNS and any(child.lower_ in {"no", "neither"} for child in verb.head.children):
        return "negated"  # "has no plans to meet Zelensky", "no intention to withdraw"
    if owner_noun in PLAN_NOUNS:
        return "future"  # "Russia's plan to annex four regions", "a pledge to withdraw"
    if any(not_ruled_out(token) for token in chain[1:]) or left_open(verb):
        return "hypothetical"  # "did not rule out military action", "has not ruled out asking": possible, no more
    negated = any(_is_negated(token) for token in chain) or _negative_subject(verb) or _no_sign(chain)
    auxes = {child.lower_ for token in chain for child in token.children if child.dep_ in {"aux", "auxpass"}}
    governors = {token.lemma_.lower() for token in _governors(chain)} | {
        child.lower_ for token in chain for child in token.children if child.dep_ == "acomp"
    }
    if verb.lemma_.lower() in {"due", "expect"} and not any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        governors.add("due")  # "a delegation is due in Washington", "is expected in Doha": to come
    if governors & NEGATING_GOVERNORS or denied(chain[-1]):
        return "negated"
    if any(t.lemma_.lower() in ATTEMPT_GOVERNORS and t.tag_ == "VBD" for t in _governors(chain)) and not negated:
        return "negated"  # "soldiers tried to overthrow the president": it did not come about
    if negated:
        # "would not accept" is still only a possibility; "will not attend" did not happen,
        # and neither does what someone said they "would not" do ("said it would not back
        # down": a refusal voiced now).
        if auxes & {"would", "'d"} and not auxes & (HYPOTHETICAL_AUX - {"would", "'d"}) and _reported_plan(chain):
            return "negated"
        return "hypothetical" if auxes & HYPOTHETICAL_AUX - {"can"} else "negated"
    guessed = any(child.lower_ in GUESSING_ADVERBS for token in chain for child in token.children if child.dep_ == "advmod")
    if guessed and auxes & (FUTURE_AUX | {"would", "'d"}):
        return "hypothetical"  # "China and Russia would probably block any statement"
    if auxes & {"would", "'d"} and not auxes & (HYPOTHETICAL_AUX - {"would", "'d"}) and _reported_plan(chain):
        # "Nigeria said it would send troops next week": a reported "will", not a maybe.
        return "future"
    if _conditional(chain) or auxes & HYPOTHETICAL_AUX or governors & HYPOTHETICAL_GOVERNORS:
        return "hypothetical"
    if auxes & FUTURE_AUX or governors & FUTURE_GOVERNORS or _is_to_be(chain):
        return "future"
    if not auxes and verb.tag_ in {"VBZ", "VBP"} and (_on_a_coming_day(verb) or _tied_to_future(verb)):
        return "future"  # "who arrives in Tokyo on Monday", "while the army deploys" (under "will")
    return "asserted"


def _on_a_coming_day(verb: Token) -> bool:
    """ "arrives in Tokyo on Monday", "meets Putin next week": a present tense with a day ahead."""
    return any(
        word.lower_ in COMING_DAYS
        for child in verb.children if child.dep_ in {"npadvmod", "prep", "advmod"}
        for word in child.subtree
    )  # fmt: skip


def _tied_to_future(verb: Token) -> bool:
    """ "Israel will withdraw its troops while the Lebanese army deploys": a present-tense
    clause tied by "while", "once" or "after" to a clause about the future."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in TIED_MARKS for c in verb.children):
        return False
    head = verb.head
    return head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children)


# What is denied with the clause it states ("denied reports that ...").
DENIED_REPORTS = {"report", "claim", "allegation", "accusation", "suggestion", "charge", "statement"}


def denier_of(clause: Token) -> Token | None:
    """The verb a clause is the content of: "said" in "said that ...", "denied" in "denied
    reports that civilians had been killed" (through the report); None for any other clause."""
    head = clause.head
    if clause.dep_ in {"acl", "ccomp"} and head.dep_ == "dobj" and head.lemma_.lower() in DENIED_REPORTS:
        return head.head
    return head if clause.dep_ == "ccomp" else None


def denied(verb: Token) -> bool:
    """Whether a clause is what someone denies ("denied that its fighters had fired"): an act
    said not to have happened. "Did not deny" leaves it open, so it is not."""
    deny = denier_of(verb)
    return deny is not None and deny.lemma_.lower() == "deny" and not any(child.dep_ == "neg" for child in deny.children)


def left_open(verb: Token) -> bool:
    """Whether an act is what someone does not rule out: "did not rule out military action",
    "has not ruled out asking", "would not rule out suspending flights" (the gerund parsed
    as the object's modifier)."""
    if verb.dep_ in {"dobj", "pcomp", "advcl", "xcomp"} and not_ruled_out(verb.head):
        return True
    return verb.dep_ == "amod" and verb.head.dep_ == "dobj" and not_ruled_out(verb.head.head)


def not_ruled_out(token: Token) -> bool:
    """ "did not rule out", "would not exclude": a double negative that leaves a possibility."""
    ruled_out = token.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in token.children)
    return (ruled_out or token.lemma_.lower() == "exclude") and any(c.dep_ == "neg" for c in token.children)


def _governing_chain(verb: Token) -> list[Token]:
    """The verb and the verbs that control it ("expected" in "is expected to join").

    A conjoined verb without a subject of its own shares the auxiliaries of the verb it is
    joined to ("will travel and meet"), but not its controlling verb.
    """
    chain = [verb]
    token = verb
    while token.dep_ in {"xcomp", "conj"} and token.head.i != token.i:
        if token.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            break
        if token.dep_ == "conj" and token.tag_ in FINITE_TAGS:
            # "would not meet him and planned to march": a verb with its own tense is a
            # predicate of its own, not under the first one's "would not".
            break
        token = token.head
        if token.pos_ not in {"VERB", "AUX", "ADJ"}:
            break
        chain.append(token)
        if token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.i != token.i:
            # "was not ready to accept", "is unwilling to": the copula carries the negation
            # and the tense.
            chain.append(token.head)
            break
    # "a bill that would expand": the relative clause verb carries its own modal already.
    return chain


def _governors(chain: list[Token]) -> list[Token]:
    """The verbs in the chain that control the one below them ("expected" in "expected to
    join"), not those merely coordinated with it: in "rejected the ruling and accused Manila",
    "rejected" does not make the accusation a refusal."""
    return [token for below, token in zip(chain, chain[1:]) if below.dep_ != "conj"]


def _is_negated(token: Token) -> bool:
    """ "did not", "never", and "has yet to" (not so far)."""
    yet = token.lemma_.lower() in {"have", "be", "remain"} and any(c.lower_ == "yet" for c in token.children) and any(
        c.dep_ == "xcomp" for c in token.children
    )  # fmt: skip
    return yet or any(child.dep_ == "neg" or child.lower_ in {"never", "not", "n't"} for child in token.children)


def _negative_subject(verb: Token) -> bool:
    """ "No Russian representatives will attend": the subject says nobody does it."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ in {"no", "neither"} for d in child.children):
            return True
    return False


def _no_sign(chain: list[Token]) -> bool:
    """ "saw no sign that Russian troops were pulling back": what there is no sign or evidence
    of did not happen, as far as the speaker knows."""
    top = chain[-1]
    noun = top.head
    return (
        top.dep_ in {"acl", "ccomp"} and noun.lemma_.lower() in NO_SIGN_NOUNS
        and any(child.lower_ in {"no", "little"} for child in noun.children)
    )  # fmt: skip


def _reported_plan(chain: list[Token]) -> bool:
    """Whether the clause is what someone said they would do, with no condition attached:
    the complement of a past reporting verb ("said", "announced", "told")."""
    top = chain[-1]
    head = top.head
    if top.dep_ not in {"ccomp", "conj"} or head.lemma_.lower() not in REPORTING or head.tag_ not in {"VBD", "VBN"}:
        return False
    return not _conditional(chain) and not any(child.dep_ == "advcl" for t in chain for child in t.children
                                               if any(g.lower_ in CONDITIONAL_MARKS for g in child.children))


def _conditional(chain: list[Token]) -> bool:
    return any(child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS for t in chain for child in t.children)


def _is_to_be(chain: list[Token]) -> bool:
    """ "The president is to visit": be + infinitive announces a plan."""
    return len(chain) > 1 and chain[0].dep_ == "xcomp" and chain[1].lemma_ == "be"
