"""Tests for eventwire.actors.mentions and the resolver's explanations, on hand-parsed text."""

from __future__ import annotations

from conftest import PUBLISHED

from eventwire.actors.knowledge import Knowledge
from eventwire.actors.mentions import actor_mentions
from eventwire.actors.resolve import ActorResolver

from parsed import parse

# "Egypt's foreign ministry condemned the raid. The ministry urged restraint."
MINISTRY = """
0  Egypt      3  poss     PROPN -        B-GPE
1  's         0  case     PART  -        -
2  foreign    3  amod     ADJ   -        -
3  ministry   4  nsubj    NOUN  -        -
4  condemned  4  ROOT     VERB  condemn  -
5  the        6  det      DET   -        -
6  raid       4  dobj     NOUN  -        -
7  .          4  punct    PUNCT -        -
8  The        9  det      DET   -        -
9  ministry   10 nsubj    NOUN  -        -
10 urged      10 ROOT     VERB  urge     -
11 restraint  10 dobj     NOUN  -        -
12 .          10 punct    PUNCT -        -
"""

# "Tomasz Wrona, a spokesman for Poland's interior ministry, spoke in Warsaw."
APPOSITIVE = """
0  Tomasz     1  compound PROPN -        B-PERSON
1  Wrona      11 nsubj    PROPN -        I-PERSON
2  ,          1  punct    PUNCT -        -
3  a          4  det      DET   -        -
4  spokesman  1  appos    NOUN  -        -
5  for        4  prep     ADP   -        -
6  Poland     9  poss     PROPN -        B-GPE
7  's         6  case     PART  -        -
8  interior   9  amod     ADJ   -        -
9  ministry   5  pobj     NOUN  -        -
10 ,          1  punct    PUNCT -        -
11 spoke      11 ROOT     VERB  speak    -
12 in         11 prep     ADP   -        -
13 Warsaw     12 pobj     PROPN -        B-GPE
14 .          11 punct    PUNCT -        -
"""

# "Rebels in Mali attacked the town."
REBELS_IN = """
0  Rebels     3  nsubj    NOUN  rebel    -
1  in         0  prep     ADP   -        -
2  Mali       1  pobj     PROPN -        B-GPE
3  attacked   3  ROOT     VERB  attack   -
4  the        5  det      DET   -        -
5  town       3  dobj     NOUN  -        -
6  .          3  punct    PUNCT -        -
"""


def _resolver(knowledge: Knowledge, table: str) -> tuple[ActorResolver, object]:
    doc = parse(table)
    resolver = ActorResolver(knowledge, PUBLISHED)
    resolver.learn(doc)
    return resolver, doc


def test_mentions_the_ministry_is_the_last_ministry_named(knowledge: Knowledge) -> None:
    resolver, doc = _resolver(knowledge, MINISTRY)
    explained = resolver.explain(doc[9])
    assert explained is not None
    assert (explained.entity.code, explained.entity.sector) == ("EGY", "GOV")
    assert explained.how == "earlier mention of the role"


def test_mentions_appositive_employer_gives_the_country(knowledge: Knowledge) -> None:
    resolver, doc = _resolver(knowledge, APPOSITIVE)
    explained = resolver.explain(doc[1])
    assert explained is not None
    assert (explained.entity.code, explained.entity.sector, explained.how) == ("POL", "GOV", "appositive")


def test_mentions_rebels_in_a_country(knowledge: Knowledge) -> None:
    resolver, doc = _resolver(knowledge, REBELS_IN)
    explained = resolver.explain(doc[0])
    assert explained is not None
    assert (explained.entity.code, explained.entity.sector) == ("MLI", "REB")


def test_mentions_list_actors_not_places(knowledge: Knowledge) -> None:
    resolver, doc = _resolver(knowledge, APPOSITIVE)
    mentions = actor_mentions(doc, resolver, "a1")
    texts = [mention.text for mention in mentions]
    assert texts[0].startswith("Tomasz Wrona")
    assert "Warsaw" not in texts  # "in Warsaw" is a place
    assert all(mention.article_id == "a1" for mention in mentions)
    first = mentions[0]
    assert doc.text[first.start : first.end] == first.text


def test_mentions_keep_unresolved_names_with_no_code(knowledge: Knowledge) -> None:
    doc = parse("""
0  Jan        1  compound PROPN -        B-PERSON
1  Kowalczyk  2  nsubj    PROPN -        I-PERSON
2  spoke      2  ROOT     VERB  speak    -
3  .          2  punct    PUNCT -        -
""")
    resolver = ActorResolver(knowledge, PUBLISHED)
    resolver.learn(doc)
    (mention,) = actor_mentions(doc, resolver, "a1")
    assert (mention.text, mention.code, mention.how) == ("Jan Kowalczyk", None, "unresolved")


def test_mentions_dateline_country_for_unnamed_institutions(knowledge: Knowledge) -> None:
    doc = parse("""
0  Police     1  nsubj    NOUN  police   -
1  said       1  ROOT     VERB  say      -
2  .          1  punct    PUNCT -        -
""")
    resolver = ActorResolver(knowledge, PUBLISHED, home="KEN")
    explained = resolver.explain(doc[0])
    assert explained is not None
    assert (explained.entity.code, explained.entity.sector, explained.how) == ("KEN", "COP", "dateline country")
    assert ActorResolver(knowledge, PUBLISHED).explain(doc[0]).entity.code is None  # no dateline: no guess


# "Hamas said it had replied. The group is waiting."
GROUP = """
0  Hamas      1  nsubj    PROPN -        B-ORG
1  said       1  ROOT     VERB  say      -
2  it         4  nsubj    PRON  -        -
3  had        4  aux      AUX   have     -
4  replied    1  ccomp    VERB  reply    -
5  .          1  punct    PUNCT -        -
6  The        7  det      DET   -        -
7  group      9  nsubj    NOUN  -        -
8  is         9  aux      AUX   be       -
9  waiting    9  ROOT     VERB  wait     -
10 .          9  punct    PUNCT -        -
"""


def test_mentions_the_group_is_the_last_group_named(knowledge: Knowledge) -> None:
    resolver, doc = _resolver(knowledge, GROUP)
    explained = resolver.explain(doc[7])
    assert explained is not None
    assert (explained.entity.code, explained.entity.sector) == ("PSE", "REB")
    assert explained.how == "earlier mention of the role"


def test_mentions_a_group_with_nothing_before_is_no_actor(knowledge: Knowledge) -> None:
    doc = parse("""
0  The        1  det      DET   -        -
1  group      2  nsubj    NOUN  -        -
2  met        2  ROOT     VERB  meet     -
3  .          2  punct    PUNCT -        -
""")
    resolver = ActorResolver(knowledge, PUBLISHED)
    resolver.learn(doc)
    assert resolver.explain(doc[1]) is None


# "... the anniversary of Emperor Peter the Great's visit to Paris, Russian ambassador Orlov said."
# The parse makes "visit" an appositive of "Peter" and "Great's" its possessor: a loop.
LOOP = """
0  Emperor    1  compound PROPN -        -
1  Peter      6  nsubj    PROPN -        B-PERSON
2  the        3  det      DET   -        I-PERSON
3  Great      5  poss     PROPN -        I-PERSON
4  's         3  case     PART  -        I-PERSON
5  visit      1  appos    NOUN  -        -
6  ended      6  ROOT     VERB  end      -
7  .          6  punct    PUNCT -        -
"""


def test_mentions_a_name_that_describes_itself_does_not_loop(knowledge: Knowledge) -> None:
    resolver, doc = _resolver(knowledge, LOOP)
    assert resolver.explain(doc[1]) is None or resolver.explain(doc[1]).entity.code is None
    actor_mentions(doc, resolver, "a1")


# "Kenya's president spoke. Police said ..." with no dateline: the article is about Kenya.
KENYA = """
0  Kenya      2  poss     PROPN -        B-GPE
1  's         0  case     PART  -        -
2  president  3  nsubj    NOUN  -        -
3  spoke      3  ROOT     VERB  speak    -
4  .          3  punct    PUNCT -        -
5  Police     6  nsubj    NOUN  police   -
6  said       6  ROOT     VERB  say      -
7  .          6  punct    PUNCT -        -
"""


def test_mentions_unnamed_institution_takes_the_articles_one_country(knowledge: Knowledge) -> None:
    resolver, doc = _resolver(knowledge, KENYA)
    explained = resolver.explain(doc[5])
    assert explained is not None
    assert (explained.entity.code, explained.entity.sector, explained.how) == ("KEN", "COP", "article's country")
