"""Tests for eventwire.events.coder: hand-parsed sentences to records, and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PUBLISHED, SEED_ARTICLE
from spacy.tokens import Doc

from eventwire.actors.knowledge import Knowledge
from eventwire.events.coder import EventCoder
from eventwire.events.codes import cameo_code
from eventwire.events.lexicon import load_lexicon
from eventwire.pipeline import Pipeline
from eventwire.read import read_source
from eventwire.records import Article, EventRecord

from parsed import parse

CONDEMNED = """
0  Moscow    1  nsubj     PROPN -         B-GPE
1  condemned 1  ROOT      VERB  condemn   -
2  Kyiv      1  dobj      PROPN -         B-GPE
3  .         1  punct     PUNCT -         -
"""
CALLED_FOR = """
0  Russia    1  nsubj     PROPN -         B-GPE
1  called    1  ROOT      VERB  call      -
2  for       1  prep      ADP   -         -
3  talks     2  pobj      NOUN  talk      -
4  .         1  punct     PUNCT -         -
"""
IMPOSED_SANCTIONS = """
0  The       2  det       DET   -         B-GPE
1  United    2  compound  PROPN -         I-GPE
2  States    3  nsubj     PROPN -         I-GPE
3  imposed   3  ROOT      VERB  impose    -
4  sanctions 3  dobj      NOUN  sanction  -
5  on        4  prep      ADP   -         -
6  Russia    5  pobj      PROPN -         B-GPE
7  .         3  punct     PUNCT -         -
"""
ATTACKED_BY = """
0  Kyiv      2  nsubjpass PROPN -         B-GPE
1  was       2  auxpass   AUX   be        -
2  attacked  2  ROOT      VERB  attack    -
3  by        2  agent     ADP   -         -
4  Russia    3  pobj      PROPN -         B-GPE
5  .         2  punct     PUNCT -         -
"""
AGREED_TO_RELEASE = """
0  Russia    1  nsubj     PROPN -         B-GPE
1  agreed    1  ROOT      VERB  agree     -
2  to        3  aux       PART  -         -
3  release   1  xcomp     VERB  -         -
4  the       5  det       DET   -         -
5  prisoners 3  dobj      NOUN  prisoner  -
6  .         1  punct     PUNCT -         -
"""
ORDERED_OUT_AFTER = """
0  India     1  nsubj     PROPN -         B-GPE
1  ordered   1  ROOT      VERB  order     -
2  an        3  det       DET   -         -
3  envoy     1  dobj      NOUN  envoy     -
4  to        5  aux       PART  -         -
5  leave     1  xcomp     VERB  -         -
6  ,         10 punct     PUNCT -         -
7  hours     10 npadvmod  NOUN  hour      -
8  after     10 mark      SCONJ -         -
9  Canada    10 nsubj     PROPN -         B-GPE
10 expelled  1  ccomp     VERB  expel     -
11 a         12 det       DET   -         -
12 diplomat  10 dobj      NOUN  diplomat  -
13 .         1  punct     PUNCT -         -
"""
HANDED_OVER_ON_OBJECT = """
0  Armenia   2  nsubj     PROPN -         B-GPE
1  will      2  aux       AUX   -         -
2  hand      2  ROOT      VERB  hand      -
3  the       4  det       DET   -         -
4  districts 2  dobj      NOUN  district  -
5  over      4  prep      ADP   -         -
6  to        5  prep      ADP   -         -
7  Azerbaijan 6 pobj      PROPN -         B-GPE
8  .         2  punct     PUNCT -         -
"""
DECLINED_TO_COMMENT = """
0  The       1  det       DET   -         -
1  Kremlin   2  nsubj     PROPN -         B-ORG
2  declined  2  ROOT      VERB  decline   -
3  to        4  aux       PART  -         -
4  comment   2  xcomp     VERB  -         -
5  .         2  punct     PUNCT -         -
"""
MET = """
0  Putin     1  nsubj     PROPN -         B-PERSON
1  met       1  ROOT      VERB  meet      -
2  .         1  punct     PUNCT -         -
"""
MET_ERDOGAN = """
0  Putin     1  nsubj     PROPN -         B-PERSON
1  met       1  ROOT      VERB  meet      -
2  Erdogan   1  dobj      PROPN -         B-PERSON
3  .         1  punct     PUNCT -         -
"""
PROTESTERS = """
0  Protesters 1 nsubj     NOUN  protester -
1  condemned 1  ROOT      VERB  condemn   -
2  the       3  det       DET   -         -
3  Kremlin   1  dobj      PROPN -         B-ORG
4  .         1  punct     PUNCT -         -
"""
VISITED = """
0  Fidan     1  nsubj     PROPN -         B-PERSON
1  visited   1  ROOT      VERB  visit     -
2  Kyiv      1  dobj      PROPN -         B-GPE
3  .         1  punct     PUNCT -         -
"""
HELD_TALKS = """
0  Ukraine   3  nsubj     PROPN -         B-GPE
1  and       0  cc        CCONJ -         -
2  Russia    0  conj      PROPN -         B-GPE
3  held      3  ROOT      VERB  hold      -
4  talks     3  dobj      NOUN  talk      -
5  in        3  prep      ADP   -         -
6  Istanbul  5  pobj      PROPN -         B-GPE
7  .         3  punct     PUNCT -         -
"""
DID_NOT_ATTACK = """
0  Russia    3  nsubj     PROPN -         B-GPE
1  did       3  aux       AUX   do        -
2  not       3  neg       PART  -         -
3  attack    3  ROOT      VERB  -         -
4  Ukraine   3  dobj      PROPN -         B-GPE
5  .         3  punct     PUNCT -         -
"""
# "Moscow Condemns Kyiv Sanctions Plan" (a heading line),
# then "Fidan visited Kyiv. Moscow condemned Kyiv."
WITH_HEADING = """
0  Moscow    1  nsubj     PROPN -         B-GPE
1  Condemns  1  ROOT      VERB  condemn   -
2  Kyiv      4  compound  PROPN -         B-GPE
3  Sanctions 4  compound  PROPN sanction  -
4  Plan      1  dobj      PROPN -         -
5  Fidan     6  nsubj     PROPN -         B-PERSON
6  visited   6  ROOT      VERB  visit     -
7  Kyiv      6  dobj      PROPN -         B-GPE
8  .         6  punct     PUNCT -         -
9  Moscow    10 nsubj     PROPN -         B-GPE
10 condemned 10 ROOT      VERB  condemn   -
11 Kyiv      10 dobj      PROPN -         B-GPE
12 .         10 punct     PUNCT -         -
"""


def _code(knowledge: Knowledge, doc: Doc, article_id: str = "a1") -> list[EventRecord]:
    coder = EventCoder(load_lexicon(), knowledge, "0.0.test")
    return coder.code(doc, Article(id=article_id, text=doc.text, published=PUBLISHED))


def _summary(record: EventRecord) -> tuple:
    """Event, CAMEO code, actor and recipient CAMEO actor codes, modality."""
    return (
        record.event, record.cameo, [e.cameo_code for e in record.actor],
        [e.cameo_code for e in record.recipient], record.modality,
    )  # fmt: skip


def test_coder_verb_trigger(knowledge: Knowledge) -> None:
    [record] = _code(knowledge, parse(CONDEMNED))
    assert _summary(record) == ("ACCUSE", "111", ["RUSGOV"], ["UKRGOV"], "asserted")
    code = cameo_code("111")
    assert (record.quad_code, record.goldstein) == (code.quad, code.goldstein)
    # Dates are the time-and-place stage's (eventwire.when_where); the coder keeps where the
    # trigger word is, for that stage to find it.
    assert (record.date, record.date_basis) == (None, "none")
    assert record.evidence.trigger == "condemned"
    assert record.evidence.trigger_start == record.evidence.start + record.evidence.text.index("condemned")
    assert record.article.id == "a1" and record.coder.version == "0.0.test"


def test_coder_phrasal_trigger(knowledge: Knowledge) -> None:
    [record] = _code(knowledge, parse(CALLED_FOR))
    assert _summary(record) == ("REQUEST", "100", ["RUS"], [], "asserted")
    assert record.evidence.trigger == "called for"


def test_coder_light_verb_noun(knowledge: Knowledge) -> None:
    [record] = _code(knowledge, parse(IMPOSED_SANCTIONS))
    assert _summary(record) == ("SANCTION", "163", ["USA"], ["RUS"], "asserted")
    assert (record.mode, record.evidence.trigger) == ("restrict", "imposed sanctions")


def test_coder_passive_with_agent(knowledge: Knowledge) -> None:
    [record] = _code(knowledge, parse(ATTACKED_BY))
    assert _summary(record) == ("ASSAULT", "190", ["RUS"], ["UKRGOV"], "asserted")


def test_coder_control_verb_makes_one_event(knowledge: Knowledge) -> None:
    records = _code(knowledge, parse(AGREED_TO_RELEASE))
    assert [(record.event, record.evidence.trigger) for record in records] == [("AGREE", "agreed")]
    assert records[0].actor[0].code == "RUS"


def test_coder_a_clause_a_time_word_opens_is_no_content(knowledge: Knowledge) -> None:
    # The parser may make "hours after Canada expelled ..." the complement of "ordered": it
    # tells when, so the expulsion is an event of its own, not what was ordered.
    records = _code(knowledge, parse(ORDERED_OUT_AFTER))
    assert ("SANCTION", "expelled") in [(record.event, record.evidence.trigger) for record in records]


def test_coder_a_particle_hung_on_the_object_still_makes_the_phrasal_verb(knowledge: Knowledge) -> None:
    # "will hand the districts over to Azerbaijan", with "over" parsed as the object's.
    records = _code(knowledge, parse(HANDED_OVER_ON_OBJECT))
    assert [(record.event, record.evidence.trigger) for record in records] == [("RETREAT", "hand over")]


def test_coder_declined_to_comment_is_no_event(knowledge: Knowledge) -> None:
    assert _code(knowledge, parse(DECLINED_TO_COMMENT)) == []


def test_coder_needs_recipient(knowledge: Knowledge) -> None:
    assert _code(knowledge, parse(MET)) == []
    [record] = _code(knowledge, parse(MET_ERDOGAN))
    assert _summary(record) == ("CONSULT", "040", ["RUSGOV"], ["TURGOV"], "asserted")


def test_coder_destination_recipient_is_the_country(knowledge: Knowledge) -> None:
    [record] = _code(knowledge, parse(VISITED))
    assert _summary(record) == ("CONSULT", "042", ["TURGOV"], ["UKR"], "asserted")
    assert record.mode == "visit"


def test_coder_compound_actor_is_reciprocal(knowledge: Knowledge) -> None:
    [record] = _code(knowledge, parse(HELD_TALKS))
    assert _summary(record) == ("CONSULT", "046", ["UKR", "RUS"], [], "asserted")
    assert record.reciprocal and record.evidence.trigger == "held talks"


def test_coder_negated_event_has_no_date(knowledge: Knowledge) -> None:
    [record] = _code(knowledge, parse(DID_NOT_ATTACK))
    assert _summary(record) == ("ASSAULT", "190", ["RUS"], ["UKR"], "negated")
    assert (record.date, record.date_basis) == (None, "none")


def test_coder_drops_an_event_without_a_resolvable_actor(knowledge: Knowledge) -> None:
    assert _code(knowledge, parse(PROTESTERS)) == []  # protesters have no country: no fallback code


def test_coder_skips_heading_line(knowledge: Knowledge) -> None:
    records = _code(knowledge, parse(WITH_HEADING))
    assert [(record.evidence.sentence, record.event) for record in records] == [
        (1, "CONSULT"),
        (2, "ACCUSE"),
    ]


def test_coder_ids_are_stable(knowledge: Knowledge) -> None:
    first = [record.id for record in _code(knowledge, parse(WITH_HEADING))]
    again = [record.id for record in _code(knowledge, parse(WITH_HEADING))]
    other = [record.id for record in _code(knowledge, parse(WITH_HEADING), article_id="a2")]
    assert first == again
    assert len(set(first)) == len(first)
    assert set(first).isdisjoint(other)


def test_coder_evidence_offsets_slice_the_article(knowledge: Knowledge) -> None:
    doc = parse(WITH_HEADING)
    records = _code(knowledge, doc)
    assert [record.evidence.text for record in records] == [
        "Fidan visited Kyiv.",
        "Moscow condemned Kyiv.",
    ]
    for record in records:
        assert doc.text[record.evidence.start : record.evidence.end] == record.evidence.text


@pytest.mark.slow
def test_coder_seed_article(pipeline: Pipeline) -> None:
    path = (Path(__file__).resolve().parents[2] / SEED_ARTICLE).resolve()  # relative to the project
    if not path.exists():
        pytest.skip(f"seed article {path} is missing")
    [article] = read_source(str(path), published=PUBLISHED)
    records = pipeline.extract(article)

    def found(event: str, actor: str, recipient: str | None, modality: str | None) -> bool:
        return any(
            record.event == event
            and actor in {e.code for e in record.actor}
            and (recipient is None or recipient in {e.code for e in record.recipient})
            and (modality is None or record.modality == modality)
            for record in records
        )

    assert found("CONSULT", "UKR", "TUR", "future")  # "... will travel to Turkey"
    assert found("CONSULT", "USA", "UKR", "future")  # "Witkoff is expected to join Zelensky in Turkey"
    assert found("SANCTION", "USA", "RUS", "asserted")  # "His administration ... imposed sanctions"
    assert found("ACCUSE", "RUS", None, None)  # "Moscow condemned the accord"
    assert found("SANCTION", "USA", "RUS", "hypothetical")  # "a sanctions bill that would expand penalties"
    assert found("CONSULT", "TUR", "RUS", "hypothetical")  # "Fidan may relay the outcome ... to Moscow"
    assert found("CONSULT", "USA", "RUS", "negated")  # "A planned summit ... in Budapest collapsed"
    assert not any("Copyright" in record.evidence.text or "Reporting by" in record.evidence.text for record in records)
    for record in records:
        assert article.text[record.evidence.start : record.evidence.end] == record.evidence.text
