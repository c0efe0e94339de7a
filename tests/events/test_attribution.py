"""Tests for eventwire.events.attribution: speakers, reporting verbs, outlets, innermost first."""

from __future__ import annotations

from conftest import PUBLISHED
from spacy.tokens import Doc

from eventwire.actors.knowledge import Knowledge
from eventwire.actors.resolve import ActorResolver
from eventwire.events.attribution import attribution_of
from eventwire.records import Attribution

from parsed import parse

TOLD_AFP = """
0  A         2  det       DET   -         -
1  Ukrainian 2  amod      ADJ   ukrainian B-NORP
2  official  3  nsubj     NOUN  -         -
3  told      3  ROOT      VERB  tell      -
4  AFP       3  dobj      PROPN -         B-ORG
5  that      7  mark      SCONJ -         -
6  Fidan     7  nsubj     PROPN -         B-PERSON
7  visited   3  ccomp     VERB  visit     -
8  Moscow    7  dobj      PROPN -         B-GPE
9  .         3  punct     PUNCT -         -
"""
ACCORDING_TO_OFFICIALS = """
0  Russia    1  nsubj     PROPN -         B-GPE
1  attacked  1  ROOT      VERB  attack    -
2  Ukraine   1  dobj      PROPN -         B-GPE
3  ,         1  punct     PUNCT -         -
4  according 1  prep      VERB  accord    -
5  to        4  prep      ADP   -         -
6  officials 5  pobj      NOUN  official  -
7  .         1  punct     PUNCT -         -
"""
ACCORDING_TO_REUTERS = """
0  According 5  prep      VERB  accord    -
1  to        0  prep      ADP   -         -
2  Reuters   1  pobj      PROPN -         B-ORG
3  ,         5  punct     PUNCT -         -
4  Russia    5  nsubj     PROPN -         B-GPE
5  attacked  5  ROOT      VERB  attack    -
6  Ukraine   5  dobj      PROPN -         B-GPE
7  .         5  punct     PUNCT -         -
"""
BLOOMBERG_REPORTED = """
0  Bloomberg 1  nsubj     PROPN -         B-ORG
1  reported  1  ROOT      VERB  report    -
2  that      4  mark      SCONJ -         -
3  Turkey    4  nsubj     PROPN -         B-GPE
4  criticised 1 ccomp     VERB  criticise -
5  Russia    4  dobj      PROPN -         B-GPE
6  .         1  punct     PUNCT -         -
"""
NESTED = """
0  Bloomberg 1  nsubj     PROPN -         B-ORG
1  reported  1  ROOT      VERB  report    -
2  that      4  mark      SCONJ -         -
3  officials 4  nsubj     NOUN  official  -
4  said      1  ccomp     VERB  say       -
5  Russia    6  nsubj     PROPN -         B-GPE
6  attacked  4  ccomp     VERB  attack    -
7  Ukraine   6  dobj      PROPN -         B-GPE
8  .         1  punct     PUNCT -         -
"""
QUOTED = """
0  “         7  punct     PUNCT -         -
1  Russia    2  nsubj     PROPN -         B-GPE
2  attacked  7  ccomp     VERB  attack    -
3  Kyiv      2  dobj      PROPN -         B-GPE
4  ,         7  punct     PUNCT -         -
5  ”         7  punct     PUNCT -         -
6  Erdogan   7  nsubj     PROPN -         B-PERSON
7  said      7  ROOT      VERB  say       -
8  .         7  punct     PUNCT -         -
"""
CONFIRMED_TO_AP = """
0  Turkish   1  amod      ADJ   turkish   B-NORP
1  officials 2  nsubj     NOUN  official  -
2  confirmed 2  ROOT      VERB  confirm   -
3  to        2  prep      ADP   -         -
4  the       6  det       DET   -         B-ORG
5  Associated 6 compound  PROPN -         I-ORG
6  Press     3  pobj      PROPN -         I-ORG
7  that      9  mark      SCONJ -         -
8  Fidan     9  nsubj     PROPN -         B-PERSON
9  visited   2  ccomp     VERB  visit     -
10 Kyiv      9  dobj      PROPN -         B-GPE
11 .         2  punct     PUNCT -         -
"""
CITING = """
0  Bloomberg 6  nsubj     PROPN -         B-ORG
1  ,         6  punct     PUNCT -         -
2  citing    6  advcl     VERB  cite      -
3  a         4  det       DET   -         -
4  source    2  dobj      NOUN  -         -
5  ,         6  punct     PUNCT -         -
6  reported  6  ROOT      VERB  report    -
7  that      9  mark      SCONJ -         -
8  Fidan     9  nsubj     PROPN -         B-PERSON
9  met       6  ccomp     VERB  meet      -
10 Putin     9  dobj      PROPN -         B-PERSON
11 .         6  punct     PUNCT -         -
"""
PLAIN = """
0  Russia    1  nsubj     PROPN -         B-GPE
1  attacked  1  ROOT      VERB  attack    -
2  Ukraine   1  dobj      PROPN -         B-GPE
3  .         1  punct     PUNCT -         -
"""


def _attribution(knowledge: Knowledge, doc: Doc, trigger: int) -> list[Attribution]:
    resolver = ActorResolver(knowledge, PUBLISHED)
    resolver.learn(doc)
    return attribution_of(doc[trigger], resolver.resolve)


def test_attribution_speaker_told_outlet(knowledge: Knowledge) -> None:
    [link] = _attribution(knowledge, parse(TOLD_AFP), 7)
    assert (link.text, link.verb, link.outlet) == (
        "A Ukrainian official",
        "told",
        "Agence France-Presse",
    )
    assert link.speaker is not None and (link.speaker.code, link.speaker.sector) == ("UKR", "GOV")


def test_attribution_according_to_officials(knowledge: Knowledge) -> None:
    [link] = _attribution(knowledge, parse(ACCORDING_TO_OFFICIALS), 1)
    assert (link.text, link.verb, link.outlet) == ("officials", "according to", None)
    assert link.speaker is not None and (link.speaker.code, link.speaker.sector) == (None, "GOV")


def test_attribution_according_to_an_outlet(knowledge: Knowledge) -> None:
    [link] = _attribution(knowledge, parse(ACCORDING_TO_REUTERS), 5)
    assert link == Attribution(speaker=None, text="Reuters", verb="according to", outlet="Reuters")


def test_attribution_outlet_as_subject(knowledge: Knowledge) -> None:
    [link] = _attribution(knowledge, parse(BLOOMBERG_REPORTED), 4)
    assert link == Attribution(speaker=None, text="Bloomberg", verb="reported", outlet="Bloomberg")


def test_attribution_outlet_as_object_of_to(knowledge: Knowledge) -> None:
    [link] = _attribution(knowledge, parse(CONFIRMED_TO_AP), 9)
    assert (link.text, link.verb, link.outlet) == (
        "Turkish officials",
        "confirmed",
        "Associated Press",
    )
    assert link.speaker is not None and (link.speaker.code, link.speaker.sector) == ("TUR", "GOV")


def test_attribution_nested_innermost_first(knowledge: Knowledge) -> None:
    links = _attribution(knowledge, parse(NESTED), 6)
    assert [(link.verb, link.text, link.outlet) for link in links] == [
        ("said", "officials", None),
        ("reported", "Bloomberg", "Bloomberg"),
    ]


def test_attribution_quote_is_attributed_once(knowledge: Knowledge) -> None:
    [link] = _attribution(knowledge, parse(QUOTED), 2)
    assert (link.text, link.verb, link.outlet) == ("Erdogan", "said", None)
    assert link.speaker is not None and link.speaker.name == "Recep Tayyip Erdoğan"


def test_attribution_citing_names_the_source(knowledge: Knowledge) -> None:
    [link] = _attribution(knowledge, parse(CITING), 9)
    assert (link.speaker, link.text, link.verb, link.outlet) == (
        None,
        "a source",
        "reported",
        "Bloomberg",
    )


def test_attribution_none_for_a_plain_statement(knowledge: Knowledge) -> None:
    assert _attribution(knowledge, parse(PLAIN), 1) == []


def test_attribution_none_for_the_reporting_verb_itself(knowledge: Knowledge) -> None:
    assert _attribution(knowledge, parse(BLOOMBERG_REPORTED), 1) == []
