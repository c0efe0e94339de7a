"""Which words of a sentence belong to an event's clause, for dating and placing it.

A time or place belongs to an event when it hangs from the event's word ("talks on Tuesday in
Ankara") or from the verb of its clause, without crossing into a clause of its own: in "X, who
visited Kyiv in May, said on Tuesday" May is the visit's and Tuesday the saying's.
"""

from __future__ import annotations

from spacy.tokens import Token

# Clause links a time or place does not cross: what a relative or reported clause says
# happened at its own time and place.
CLAUSAL_DEPS = {"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj", "pcomp"}
# A participle of saying adds words, not an act done where and when its clause's act was:
# "denied the charge, calling accusations made in Kinshasa a smokescreen".
SAYING = {"say", "call", "add", "tell", "describe", "accuse", "claim", "insist", "warn", "urge", "note", "cite",
          "argue", "state", "announce", "demand", "vow", "pledge", "promise", "deny", "dismiss", "blame"}  # fmt: skip


def clause_head(token: Token) -> Token:
    """The verb of the clause a token is in. A verb governed by another ("plans to visit") and
    a participle describing a noun ("a bill criminalising ...") belong to the clause above."""
    while token.head != token:
        if token.pos_ in {"VERB", "AUX"} and not _transparent(token):
            return token
        token = token.head
    return token


def _transparent(verb: Token) -> bool:
    """Whether a verb's time and place are its governor's: "plans to visit", "a bill
    criminalising", a gerund used as a noun ("Fighting ... displaced 100,000 people") and a
    participle after its clause ("attacked a convoy, killing 12 in Gao")."""
    if verb.dep_ == "xcomp":
        return True
    # a participle describing a noun, unless it names its own doer ("accusations made by officials")
    nominal = (verb.dep_ == "acl" and not any(c.dep_ == "agent" for c in verb.children)) or (
        verb.tag_ == "VBG" and verb.dep_ in {"nsubj", "nsubjpass", "dobj"})  # fmt: skip
    # "attacked a convoy, killing 12 people in Gao": what the participle adds happened there and then
    # "Speaking at the UN in New York, Petro urged ...": a leading one sets the scene
    trailing = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_ not in SAYING
    return (nominal or trailing) and verb.tag_ in {"VBG", "VBN"} and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in verb.children
    )


def belongs(root: Token, trigger: Token, head: Token) -> bool:
    """Whether a time expression rooted at ``root`` dates the event at ``trigger``: it hangs
    from the trigger itself ("talks on Tuesday") or from the trigger's clause."""
    if hangs_from(root, trigger):
        return True
    return clause_head(root) == head and not _inside_other_clause(root, head)


def hangs_from(root: Token, trigger: Token) -> bool:
    """Whether a word depends on the trigger without crossing another clause; a noun event's
    own relative clause counts ("a bombing that killed five at a market in Kirkuk")."""
    token = root
    while token.head != token:
        if token.head == trigger:
            return True
        token = token.head
        if token.pos_ in {"VERB", "AUX"} and not _transparent(token) and not (
            token.dep_ in {"relcl", "acl"} and token.head == trigger and trigger.pos_ == "NOUN"
        ):  # fmt: skip
            return False
    return False


def _inside_other_clause(root: Token, head: Token) -> bool:
    """Whether a path from the expression up to the clause head crosses a clause of its own."""
    token = root
    while token != head and token.head != token:
        if token.dep_ in CLAUSAL_DEPS and token.pos_ in {"VERB", "AUX"} and not _transparent(token):
            return True
        token = token.head
    return False


def tree_distance(root: Token, trigger: Token) -> int:
    """Steps through the tree between two tokens, for choosing the nearest expression."""
    up = {t.i: n for n, t in enumerate([root, *root.ancestors])}
    for n, token in enumerate([trigger, *trigger.ancestors]):
        if token.i in up:
            return up[token.i] + n
    return len(up) + n
