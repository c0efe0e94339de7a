"""The trigger lexicon: which verbs and nouns report which events (``data/triggers.yaml``), and
the match of one of them at a token in a sentence."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.tokens import Token

from eventwire.errors import DataFileError
from eventwire.events.codes import cameo_code, load_codes
from eventwire.records import PLOVER_EVENTS

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "triggers.yaml"
KNOWN_KEYS = {"event", "cameo", "mode", "verbs", "nouns", "light", "recipient", "destination",
              "needs_recipient", "reciprocal", "control", "state_cameo", "person_recipient"}  # fmt: skip


@dataclass(frozen=True)
class Trigger:
    """One way of reporting one event: a verb (maybe phrasal) or a light-verb noun."""

    lemma: str
    particle: str | None  # "for" in "call for"
    pos: str  # verb | noun
    event: str
    cameo: str
    mode: str | None
    context: tuple[str, ...]
    light: frozenset[str]
    recipient: tuple[str, ...]
    destination: bool
    needs_recipient: bool
    reciprocal: bool
    control: bool
    state_cameo: str | None = None
    person_recipient: bool = False  # the recipient must be a named person ("joined Zelensky")


@dataclass(frozen=True)
class Match:
    """A token in a sentence the lexicon recognises, and the verb whose clause carries the event."""

    token: Token
    verb: Token
    trigger: Trigger
    # Other entries for the same words, tried in order when this one codes nothing ("held
    # drills" with no partner is no COOPERATE; it may still be a show of force).
    alternatives: tuple[Trigger, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """Triggers indexed by lemma, phrasal and longer entries first."""

    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]

    def verb(self, lemma: str, event: str | None = None) -> Trigger | None:
        """The first entry for a verb (of one PLOVER type, if given): what a rule that
        recognises a construction codes it as ("vowed to retaliate" as "threaten")."""
        return next((t for t in self.verbs.get(lemma, ()) if event is None or t.event == event), None)

    def noun(self, lemma: str, event: str | None = None) -> Trigger | None:
        """The first entry for a noun (of one PLOVER type, if given); see :meth:`verb`."""
        return next((t for t in self.nouns.get(lemma, ()) if event is None or t.event == event), None)


@functools.cache
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Read and validate the trigger lexicon."""
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DataFileError(f"{path}: cannot read the trigger lexicon ({error})") from None
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for number, entry in enumerate(entries or [], 1):
        where = f"{path.name}: entry {number}"
        for trigger in _triggers(entry, where):
            index = verbs if trigger.pos == "verb" else nouns
            index.setdefault(trigger.lemma, []).append(trigger)
    # A phrasal entry ("call for") must be tried before the bare verb ("call").
    order = lambda t: t.particle is None  # noqa: E731
    return Lexicon(
        verbs={lemma: tuple(sorted(ts, key=order)) for lemma, ts in verbs.items()},
        nouns={lemma: tuple(ts) for lemma, ts in nouns.items()},
    )


def _slot(slot: object) -> str:
    """A recipient slot; YAML 1.1 reads a bare `on` as true, which here means the word "on"."""
    return "on" if slot is True else str(slot)


def _triggers(entry: object, where: str) -> list[Trigger]:
    """The triggers one YAML entry defines, after checking it."""
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: must be a mapping")
    unknown = set(entry) - KNOWN_KEYS
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}")
    if entry.get("event") not in PLOVER_EVENTS:
        raise DataFileError(f"{where}: event {entry.get('event')!r} is not a PLOVER type")
    if entry.get("nouns") and not entry.get("light"):
        raise DataFileError(f"{where}: nouns need light verbs")
    for key in ("verbs", "nouns", "light", "recipient"):
        if key in entry and not isinstance(entry[key], list):
            raise DataFileError(f"{where}: {key} must be a list, e.g. [{entry[key]}]")
    for key in ("cameo", "state_cameo"):
        # An unquoted 020 is the number 16 to YAML: codes must be quoted strings.
        if key in entry and not (isinstance(entry[key], str) and entry[key].isdigit()):
            raise DataFileError(f'{where}: {key} must be a quoted string of digits, e.g. "020"')
        if key in entry and entry[key] not in load_codes():
            raise DataFileError(f"{where}: {key} {entry[key]!r} is not in cameo_codes.tsv")
    code = cameo_code(str(entry.get("cameo")))
    common = dict(
        event=entry["event"], cameo=code.cameo, mode=entry.get("mode", code.mode),
        context=code.context, light=frozenset(entry.get("light", [])),
        recipient=tuple(_slot(slot) for slot in entry.get("recipient", [])), destination=bool(entry.get("destination")),
        needs_recipient=bool(entry.get("needs_recipient")), reciprocal=bool(entry.get("reciprocal")),
        person_recipient=bool(entry.get("person_recipient")),
        control=bool(entry.get("control")),
        state_cameo=cameo_code(str(entry["state_cameo"])).cameo if entry.get("state_cameo") else None,
    )  # fmt: skip
    triggers = []
    for words, pos in ((entry.get("verbs", []), "verb"), (entry.get("nouns", []), "noun")):
        for phrase in words:
            lemma, _, particle = str(phrase).partition(" ")
            triggers.append(Trigger(lemma=lemma, particle=particle or None, pos=pos, **common))
    if not triggers:
        raise DataFileError(f"{where}: lists no verbs or nouns")
    return triggers
