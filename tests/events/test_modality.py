"""Tests for eventwire.events.modality: asserted, future, hypothetical or negated."""

from __future__ import annotations

import pytest

from eventwire.events.modality import modality_of

from parsed import parse

# Each case: a hand-parsed sentence and the index of the event's verb in it.
WILL_TRAVEL = """
0  The       1  det       DET   -         -
1  minister  3  nsubj     NOUN  -         -
2  will      3  aux       AUX   -         -
3  travel    3  ROOT      VERB  -         -
4  to        3  prep      ADP   -         -
5  Ankara    4  pobj      PROPN -         B-GPE
6  and       3  cc        CCONJ -         -
7  meet      3  conj      VERB  -         -
8  Erdogan   7  dobj      PROPN -         B-PERSON
9  .         3  punct     PUNCT -         -
"""
EXPECTED_TO_JOIN = """
0  The       1  det       DET   -         -
1  envoy     3  nsubjpass NOUN  -         -
2  is        3  auxpass   AUX   be        -
3  expected  3  ROOT      VERB  expect    -
4  to        5  aux       PART  -         -
5  join      3  xcomp     VERB  -         -
6  the       7  det       DET   -         -
7  talks     5  dobj      NOUN  talk      -
8  .         3  punct     PUNCT -         -
"""
PLANS_TO_VISIT = """
0  The       1  det       DET   -         -
1  president 2  nsubj     NOUN  -         -
2  plans     2  ROOT      VERB  plan      -
3  to        4  aux       PART  -         -
4  visit     2  xcomp     VERB  -         -
5  Madrid    4  dobj      PROPN -         B-GPE
6  .         2  punct     PUNCT -         -
"""
IS_TO_HOST = """
0  Moscow    1  nsubj     PROPN -         B-GPE
1  is        1  ROOT      AUX   be        -
2  to        3  aux       PART  -         -
3  host      1  xcomp     VERB  -         -
4  the       5  det       DET   -         -
5  talks     3  dobj      NOUN  talk      -
6  .         1  punct     PUNCT -         -
"""
MAY_RELAY = """
0  Demir     2  nsubj     PROPN -         B-PERSON
1  may       2  aux       AUX   -         -
2  relay     2  ROOT      VERB  -         -
3  the       4  det       DET   -         -
4  message   2  dobj      NOUN  -         -
5  to        2  prep      ADP   -         -
6  Moscow    5  pobj      PROPN -         B-GPE
7  .         2  punct     PUNCT -         -
"""
COULD_IMPOSE = """
0  Washington 2 nsubj     PROPN -         B-GPE
1  could     2  aux       AUX   -         -
2  impose    2  ROOT      VERB  -         -
3  new       4  amod      ADJ   -         -
4  tariffs   2  dobj      NOUN  tariff    -
5  .         2  punct     PUNCT -         -
"""
BILL_WOULD_EXPAND = """
0  Lawmakers 1  nsubj     NOUN  lawmaker  -
1  drafted   1  ROOT      VERB  draft     -
2  a         3  det       DET   -         -
3  bill      1  dobj      NOUN  -         -
4  that      6  nsubj     PRON  -         -
5  would     6  aux       AUX   -         -
6  expand    3  relcl     VERB  -         -
7  penalties 6  dobj      NOUN  penalty   -
8  .         1  punct     PUNCT -         -
"""
IF_ATTACKS = """
0  If        2  mark      SCONJ -         -
1  Russia    2  nsubj     PROPN -         B-GPE
2  attacks   7  advcl     VERB  attack    -
3  ,         7  punct     PUNCT -         -
4  the       5  det       DET   -         -
5  alliance  7  nsubj     NOUN  -         -
6  will      7  aux       AUX   -         -
7  respond   7  ROOT      VERB  -         -
8  .         7  punct     PUNCT -         -
"""
WOULD_NOT_ACCEPT = """
0  Kyiv      3  nsubj     PROPN -         B-GPE
1  would     3  aux       AUX   -         -
2  not       3  neg       PART  -         -
3  accept    3  ROOT      VERB  -         -
4  the       5  det       DET   -         -
5  plan      3  dobj      NOUN  -         -
6  .         3  punct     PUNCT -         -
"""
DID_NOT_ATTEND = """
0  The       1  det       DET   -         -
1  minister  4  nsubj     NOUN  -         -
2  did       4  aux       AUX   do        -
3  not       4  neg       PART  -         -
4  attend    4  ROOT      VERB  -         -
5  the       6  det       DET   -         -
6  summit    4  dobj      NOUN  -         -
7  .         4  punct     PUNCT -         -
"""
FAILED_TO_SECURE = """
0  Kyiv      1  nsubj     PROPN -         B-GPE
1  failed    1  ROOT      VERB  fail      -
2  to        3  aux       PART  -         -
3  secure    1  xcomp     VERB  -         -
4  a         5  det       DET   -         -
5  deal      3  dobj      NOUN  -         -
6  .         1  punct     PUNCT -         -
"""
REFUSED_TO_RELEASE = """
0  Russia    1  nsubj     PROPN -         B-GPE
1  refused   1  ROOT      VERB  refuse    -
2  to        3  aux       PART  -         -
3  release   1  xcomp     VERB  -         -
4  the       5  det       DET   -         -
5  prisoners 3  dobj      NOUN  prisoner  -
6  .         1  punct     PUNCT -         -
"""
NO_REPRESENTATIVES = """
0  No        1  det       DET   -         -
1  representatives 3 nsubj NOUN representative -
2  will      3  aux       AUX   -         -
3  attend    3  ROOT      VERB  -         -
4  the       5  det       DET   -         -
5  meeting   3  dobj      NOUN  -         -
6  .         3  punct     PUNCT -         -
"""
WONT_ATTEND = """
0  Moscow    1  nsubj     PROPN -         B-GPE
1  said      1  ROOT      VERB  say       -
2  it        5  nsubj     PRON  -         -
3  wo        5  aux       AUX   will      -
4  n't       5  neg       PART  not       -
5  attend    1  ccomp     VERB  -         -
6  .         1  punct     PUNCT -         -
"""
NEVER_HOSTED = """
0  Ankara    2  nsubj     PROPN -         B-GPE
1  never     2  neg       ADV   -         -
2  hosted    2  ROOT      VERB  host      -
3  the       4  det       DET   -         -
4  talks     2  dobj      NOUN  talk      -
5  .         2  punct     PUNCT -         -
"""
ATTACKED = """
0  Russia    1  nsubj     PROPN -         B-GPE
1  attacked  1  ROOT      VERB  attack    -
2  Ukraine   1  dobj      PROPN -         B-GPE
3  .         1  punct     PUNCT -         -
"""


@pytest.mark.parametrize(
    ("table", "verb", "expected"),
    [
        pytest.param(WILL_TRAVEL, 3, "future", id="will travel"),
        pytest.param(WILL_TRAVEL, 7, "future", id="will travel and meet"),
        pytest.param(EXPECTED_TO_JOIN, 5, "future", id="is expected to join"),
        pytest.param(PLANS_TO_VISIT, 4, "future", id="plans to visit"),
        pytest.param(IS_TO_HOST, 3, "future", id="is to host"),
        pytest.param(IF_ATTACKS, 7, "future", id="the alliance will respond"),
        pytest.param(MAY_RELAY, 2, "hypothetical", id="may relay"),
        pytest.param(COULD_IMPOSE, 2, "hypothetical", id="could impose"),
        pytest.param(BILL_WOULD_EXPAND, 6, "hypothetical", id="a bill that would expand"),
        pytest.param(IF_ATTACKS, 2, "hypothetical", id="if Russia attacks"),
        pytest.param(WOULD_NOT_ACCEPT, 3, "hypothetical", id="would not accept"),
        pytest.param(DID_NOT_ATTEND, 4, "negated", id="did not attend"),
        pytest.param(FAILED_TO_SECURE, 3, "negated", id="failed to secure"),
        pytest.param(REFUSED_TO_RELEASE, 3, "negated", id="refused to release"),
        pytest.param(NO_REPRESENTATIVES, 3, "negated", id="no representatives will attend"),
        pytest.param(WONT_ATTEND, 5, "negated", id="won't attend"),
        pytest.param(NEVER_HOSTED, 2, "negated", id="never hosted"),
        pytest.param(ATTACKED, 1, "asserted", id="attacked"),
        pytest.param(BILL_WOULD_EXPAND, 1, "asserted", id="lawmakers drafted"),
        pytest.param(FAILED_TO_SECURE, 1, "asserted", id="Kyiv failed"),
        pytest.param(WONT_ATTEND, 1, "asserted", id="Moscow said"),
    ],
)
def test_modality_of_verb(table: str, verb: int, expected: str) -> None:
    assert modality_of(parse(table)[verb]) == expected
