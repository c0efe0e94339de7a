"""Who says an event happened: the chain of speakers, reporting verbs and outlets.

An event inside the complement of a reporting verb ("X told AFP that ...", "Turkish officials
confirmed ... to the Associated Press") is attributed to that verb's subject; "according to X"
and "citing X" add links; a news organisation as listener or subject is the outlet. Innermost
first, as the spec wants.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.records import Attribution, Entity

REPORTING_VERBS = {"say", "tell", "report", "confirm", "announce", "claim", "add", "note",
                   "state", "insist", "assert", "reveal", "disclose", "write", "tweet", "post",
                   "quote", "cite", "indicate", "suggest", "believe", "think", "acknowledge",
                   "allege", "argue", "explain", "stress", "warn", "conclude", "signal",
                   "declare", "predict", "hint", "admit", "know"}  # fmt: skip
ResolveFn = Callable[[Token], Entity | None]


def attribution_of(trigger: Token, resolve: ResolveFn) -> list[Attribution]:
    """The attribution chain of the event whose clause contains ``trigger``."""
    links: list[Attribution] = []
    token = trigger
    while token.head.i != token.i:
        head = token.head
        if token.dep_ in {"ccomp", "parataxis", "advcl", "conj"} and head.lemma_.lower() in REPORTING_VERBS:
            links.append(_link(head, resolve))
        token = head
    root = trigger.sent.root
    # '"We will wait ...," he said.': spaCy often hangs the quote off "said" loosely.
    if (
        root.lemma_.lower() in REPORTING_VERBS
        and root.i != trigger.i
        and _quoted(trigger)
        and all(link.verb != root.text for link in links)
    ):
        links.append(_link(root, resolve))
    links.extend(_according_to(trigger, resolve))
    return links


def _link(verb: Token, resolve: ResolveFn) -> Attribution:
    """One attribution link from a reporting verb: its subject, and the outlet told."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    speaker = resolve(subject) if subject is not None else None
    outlet = None
    text = _words(subject) if subject is not None else ""
    if speaker is not None and speaker.sector == "JRN":
        outlet, speaker = speaker.name, None
    for child in verb.children:
        listener = child if child.dep_ in {"dobj", "dative"} else None
        if child.dep_ == "prep" and child.lower_ == "to":
            listener = next((g for g in child.children if g.dep_ == "pobj"), None)
        if listener is not None:
            heard = resolve(listener)
            if heard is not None and heard.sector == "JRN":
                outlet = heard.name
        if child.dep_ == "advcl" and child.lemma_ == "cite":
            source = next((g for g in child.children if g.dep_ == "dobj"), None)
            if source is not None:
                text = _words(source)
    return Attribution(speaker=speaker, text=text, verb=verb.text, outlet=outlet)


def _according_to(trigger: Token, resolve: ResolveFn) -> list[Attribution]:
    """ "according to Ukrainian and Turkish officials" anywhere in the sentence."""
    links = []
    for token in trigger.sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            objects = [g for g in token.nbor().children if g.dep_ == "pobj"] or [
                g for g in token.children if g.dep_ == "pobj"
            ]
            for source in objects[:1]:
                speaker = resolve(source)
                outlet = speaker.name if speaker is not None and speaker.sector == "JRN" else None
                links.append(Attribution(
                    speaker=None if outlet else speaker, text=_words(source), verb="according to", outlet=outlet,
                ))  # fmt: skip
    return links


def _quoted(token: Token) -> bool:
    """Whether the token sits between quotation marks in its sentence."""
    marks = [t.i for t in token.sent if t.is_quote and t.i < token.i]
    return len(marks) % 2 == 1


def _words(token: Token) -> str:
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text
