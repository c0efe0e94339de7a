"""Scoring actor resolution: on gold TSV sets of our own, and on the PLOVER gold standard.

Each case is an actor mention in its sentence (with optional earlier context and the
article's date) and the expected country codes and sector. The mention is found in the
parsed text by its characters, resolved in its article, and compared.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from eventwire.actors.resolve import ActorResolver
from eventwire.errors import InputError
from eventwire.pipeline import Pipeline

# The PLOVER gold standard predates some ISO codes; these are its non-ISO country codes.
GSR_TO_ISO = {"ITL": "ITA", "JAP": "JPN", "ROM": "ROU", "ZAR": "COD", "SER": "SRB", "YUG": "SRB"}
# It also codes every international body IGO, where eventwire (following the spec) says UNO
# for the UN system, EUR for the EU and NGO for non-governmental bodies such as Amnesty
# International: those count as IGO when scoring against it.
GSR_INTERNATIONAL = {"UNO": "IGO", "EUR": "IGO", "NGO": "IGO"}


@dataclass(frozen=True)
class ActorCase:
    """One mention to resolve, with the expected answer."""

    id: str
    published: dt.date | None
    context: str
    sentence: str
    mention: str
    codes: frozenset[str]
    sector: str | None
    note: str = ""


@dataclass
class ActorScore:
    """Counts for one evaluated set, and the cases it got wrong."""

    name: str
    cases: int = 0
    country_right: int = 0
    sector_right: int = 0
    not_found: int = 0
    misses: list[tuple[ActorCase, frozenset[str], str | None]] = field(default_factory=list)
    by_note: Counter = field(default_factory=Counter)
    right_by_note: Counter = field(default_factory=Counter)

    @property
    def country_accuracy(self) -> float:
        return self.country_right / self.cases if self.cases else 0.0

    @property
    def sector_accuracy(self) -> float:
        return self.sector_right / self.cases if self.cases else 0.0


def read_gold_tsv(path: Path) -> list[ActorCase]:
    """The cases of a gold TSV file (columns id, published, context, sentence, mention, code,
    sector, note; ``|`` separates several expected codes)."""
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    except OSError as error:
        raise InputError(str(path), f"cannot read the gold set ({error.strerror})") from None
    cases = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        codes = frozenset(code for code in (row.get("code") or "").split("|") if code)
        cases.append(ActorCase(
            id=row["id"], published=dt.date.fromisoformat(row["published"]) if row.get("published") else None,
            context=row.get("context") or "", sentence=row["sentence"], mention=row["mention"],
            codes=codes, sector=row.get("sector") or None, note=row.get("note") or "",
        ))  # fmt: skip
    return cases


def read_plover_gsr(path: Path) -> list[ActorCase]:
    """Every source and target actor of the PLOVER gold standard records, as cases."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(str(path), f"cannot read the PLOVER gold standard ({error})") from None
    cases = []
    for record in records:
        for role in ("source", "target"):
            actors = record.get(role)
            if not isinstance(actors, list) or "text" not in record:
                continue
            for number, actor in enumerate(actors):
                code = GSR_TO_ISO.get(actor.get("code", ""), actor.get("code", ""))
                # Its dates are placeholders (2000-01-01): read every sentence undated.
                cases.append(ActorCase(
                    id=f"{record['id']}-{role}-{number}", published=None,
                    context="", sentence=record["text"], mention=actor.get("actorText", ""),
                    codes=frozenset([code]) if code else frozenset(), sector=actor.get("sector") or None,
                    note=role,
                ))  # fmt: skip
    return cases


def score_cases(pipeline: Pipeline, cases: list[ActorCase], name: str, gsr: bool = False) -> ActorScore:
    """Resolve every case and count what came out right.

    With ``gsr`` the PLOVER convention applies: a compound actor lists one code per entry, so a
    case is right when its code is among the codes resolved; the sector is scored only where
    the gold gives one.
    """
    score = ActorScore(name)
    texts = [f"{case.context} {case.sentence}".strip() for case in cases]
    for case, doc in zip(cases, pipeline.nlp.pipe(texts, batch_size=64)):
        codes, sector = resolve_case(pipeline, case, doc)
        score.cases += 1
        score.by_note[case.note] += 1
        if codes is None:
            score.not_found += 1
            codes = frozenset()
        if gsr:
            codes = frozenset(GSR_INTERNATIONAL.get(code, code) for code in codes)
        country_ok = case.codes <= codes and bool(codes) if gsr and case.codes else codes == case.codes
        sector_ok = (sector == case.sector) if (case.sector or not gsr) else True
        score.country_right += country_ok
        score.sector_right += sector_ok
        score.right_by_note[case.note] += country_ok and sector_ok
        if not (country_ok and sector_ok):
            score.misses.append((case, codes, sector))
    return score


def resolve_case(pipeline: Pipeline, case: ActorCase, doc: Doc) -> tuple[frozenset[str] | None, str | None]:
    """The codes and sector the resolver gives the case's mention; None when it is not found."""
    offset = len(case.context) + 1 if case.context else 0
    where = find_mention(case.sentence, case.mention)
    if where is None:
        return None, None
    span = doc.char_span(offset + where[0], offset + where[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    head = mention_head(span)
    resolver = ActorResolver(pipeline.knowledge, case.published)
    resolver.learn(doc)
    # A mention that spans "Ukraine and Russia" asks for both; "Spain" in "Spain, Ireland and
    # Norway" asks for Spain alone.
    spans_conjunction = any(token.dep_ == "conj" for token in span)
    entities = [
        entity for entity in resolver.resolve_all(head, with_conjuncts=spans_conjunction)
        if entity.code or entity.sector
    ]
    codes = frozenset(entity.code for entity in entities if entity.code)
    return codes, entities[0].sector if entities else None


def find_mention(sentence: str, mention: str) -> tuple[int, int] | None:
    """Where a gold mention lies in its sentence, as (start, end) characters.

    The PLOVER gold standard sometimes gives a mention with words left out ("U.S. ...
    negotiators", "French warships" for "French and Egyptian warships"): then its words are
    looked for in order, a few words apart at most, and the whole stretch is the mention.
    """
    mention = mention.strip()
    if not mention:
        return None
    at = sentence.find(mention)
    if at >= 0:
        return at, at + len(mention)
    words = [word for word in mention.replace("...", " ").replace("..", " ").split() if word]
    if not words:
        return None
    pattern = r"\b" + r"\W+(?:\S+\s+){0,3}?".join(re.escape(word) for word in words)
    found = re.search(pattern, sentence)
    return (found.start(), found.end()) if found else None


def mention_head(span: Span) -> Token:
    """The head word of a gold mention: of the words whose head lies outside it, the last noun
    ("army" in "Israeli army" when the parse hangs both words on "bulldozers")."""
    outside = [token for token in span if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i]
    nouns = [token for token in outside if token.pos_ in {"NOUN", "PROPN", "PRON"}]
    if not nouns and outside and outside[0].pos_ == "ADP":
        # "in central Baghdad": the gold mention may keep the preposition before the place.
        nouns = [child for child in outside[0].children if child.dep_ == "pobj" and child.i < span.end]
    return (nouns or outside or [span.root])[-1]


def score_rows(scores: Iterable[ActorScore]) -> Iterator[dict[str, object]]:
    """One printable row per score."""
    for score in scores:
        yield {
            "set": score.name, "cases": score.cases,
            "country": f"{score.country_accuracy:.1%}", "sector": f"{score.sector_accuracy:.1%}",
            "not found": score.not_found,
        }  # fmt: skip

