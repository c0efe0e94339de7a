"""Tests for eventwire.actors.resolve: noun phrases of hand-parsed sentences to actors."""

from __future__ import annotations

from conftest import PUBLISHED
from spacy.tokens import Doc

from eventwire.actors.knowledge import Knowledge
from eventwire.actors.resolve import ActorResolver, destination_country
from eventwire.records import Entity

from parsed import parse

# "Turkish Foreign Minister Hakan Fidan visited Kyiv. Fidan met Erdogan."
FIDAN = """
0  Turkish   2  amod     ADJ   turkish  B-NORP
1  Foreign   2  compound PROPN -        -
2  Minister  4  compound PROPN -        -
3  Hakan     4  compound PROPN -        B-PERSON
4  Fidan     5  nsubj    PROPN -        I-PERSON
5  visited   5  ROOT     VERB  visit    -
6  Kyiv      5  dobj     PROPN -        B-GPE
7  .         5  punct    PUNCT -        -
8  Fidan     9  nsubj    PROPN -        B-PERSON
9  met       9  ROOT     VERB  meet     -
10 Erdogan   9  dobj     PROPN -        B-PERSON
11 .         9  punct    PUNCT -        -
"""

# "Foreign Minister Ayla Demir arrived. Demir spoke." (a person the knowledge base lacks)
DEMIR = """
0  Foreign   1  compound PROPN -        -
1  Minister  3  compound PROPN -        -
2  Ayla      3  compound PROPN -        B-PERSON
3  Demir     4  nsubj    PROPN -        I-PERSON
4  arrived   4  ROOT     VERB  arrive   -
5  .         4  punct    PUNCT -        -
6  Demir     7  nsubj    PROPN -        B-PERSON
7  spoke     7  ROOT     VERB  speak    -
8  .         7  punct    PUNCT -        -
"""

# "Erdogan met Putin. He praised the accord."
HE = """
0  Erdogan   1  nsubj    PROPN -        B-PERSON
1  met       1  ROOT     VERB  meet     -
2  Putin     1  dobj     PROPN -        B-PERSON
3  .         1  punct    PUNCT -        -
4  He        5  nsubj    PRON  he       -
5  praised   5  ROOT     VERB  praise   -
6  the       7  det      DET   -        -
7  accord    5  dobj     NOUN  -        -
8  .         5  punct    PUNCT -        -
"""

HE_AFTER_OBJECTS = """
0  Talks     5  nsubj    NOUN  talk     -
1  with      0  prep     ADP   -        -
2  Erdogan   1  pobj     PROPN -        B-PERSON
3  and       2  cc       CCONJ -        -
4  Putin     2  conj     PROPN -        B-PERSON
5  ended     5  ROOT     VERB  end      -
6  .         5  punct    PUNCT -        -
7  He        8  nsubj    PRON  he       -
8  praised   8  ROOT     VERB  praise   -
9  them      8  dobj     PRON  they     -
10 .         8  punct    PUNCT -        -
"""

# "Trump spoke. His administration imposed sanctions on two of Russia's largest oil companies."
ADMINISTRATION = """
0  Trump          1  nsubj    PROPN -        B-PERSON
1  spoke          1  ROOT     VERB  speak    -
2  .              1  punct    PUNCT -        -
3  His            4  poss     PRON  his      -
4  administration 5  nsubj    NOUN  -        -
5  imposed        5  ROOT     VERB  impose   -
6  sanctions      5  dobj     NOUN  sanction -
7  on             5  prep     ADP   -        -
8  two            7  pobj     NUM   -        B-CARDINAL
9  of             8  prep     ADP   -        -
10 Russia         14 poss     PROPN -        B-GPE
11 's             10 case     PART  -        -
12 largest        14 amod     ADJ   large    -
13 oil            14 compound NOUN  -        -
14 companies      9  pobj     NOUN  company  -
15 .              5  punct    PUNCT -        -
"""

# "Moscow and the White House praised Ukraine and Russia."
PRAISED = """
0  Moscow    5  nsubj    PROPN -        B-GPE
1  and       0  cc       CCONJ -        -
2  the       4  det      DET   -        B-ORG
3  White     4  compound PROPN -        I-ORG
4  House     0  conj     PROPN -        I-ORG
5  praised   5  ROOT     VERB  praise   -
6  Ukraine   5  dobj     PROPN -        B-GPE
7  and       6  cc       CCONJ -        -
8  Russia    6  conj     PROPN -        B-GPE
9  .         5  punct    PUNCT -        -
"""

# "Moscow signed the accord on Russian oil."
THINGS = """
0  Moscow    1  nsubj    PROPN -        B-GPE
1  signed    1  ROOT     VERB  sign     -
2  the       3  det      DET   -        -
3  accord    1  dobj     NOUN  -        -
4  on        1  prep     ADP   -        -
5  Russian   6  amod     ADJ   russian  B-NORP
6  oil       4  pobj     NOUN  -        -
7  .         1  punct    PUNCT -        -
"""

# "The official who spoke left the WHO."
WHO = """
0  The       1  det      DET   -        -
1  official  4  nsubj    NOUN  -        -
2  who       3  nsubj    PRON  -        -
3  spoke     1  relcl    VERB  speak    -
4  left      4  ROOT     VERB  leave    -
5  the       6  det      DET   -        -
6  WHO       4  dobj     PROPN -        B-ORG
7  .         4  punct    PUNCT -        -
"""

# "Ukrainian and Russian detainees rejected Ukraine's terms."
DETAINEES = """
0  Ukrainian 3  amod     ADJ   ukrainian B-NORP
1  and       0  cc       CCONJ -         -
2  Russian   0  conj     ADJ   russian   B-NORP
3  detainees 4  nsubj    NOUN  detainee  -
4  rejected  4  ROOT     VERB  reject    -
5  Ukraine   7  poss     PROPN -         B-GPE
6  's        5  case     PART  -         -
7  terms     4  dobj     NOUN  term      -
8  .         4  punct    PUNCT -         -
"""

# "He visited Ankara, Istanbul, Turkey and Atlantis."
VISITED = """
0  He        1  nsubj    PRON  he        -
1  visited   1  ROOT     VERB  visit     -
2  Ankara    1  dobj     PROPN -         B-GPE
3  ,         2  punct    PUNCT -         -
4  Istanbul  2  conj     PROPN -         B-GPE
5  ,         4  punct    PUNCT -         -
6  Turkey    4  conj     PROPN -         B-GPE
7  and       6  cc       CCONJ -         -
8  Atlantis  6  conj     PROPN -         B-LOC
9  .         1  punct    PUNCT -         -
"""


def _resolver(knowledge: Knowledge, doc: Doc) -> ActorResolver:
    resolver = ActorResolver(knowledge, PUBLISHED)
    resolver.learn(doc)
    return resolver


def _codes(entities: list[Entity]) -> list[tuple[str | None, str | None]]:
    return [(entity.code, entity.sector) for entity in entities]


def test_resolve_title_nationality_and_name(knowledge: Knowledge) -> None:
    doc = parse(FIDAN)
    entity = _resolver(knowledge, doc).resolve(doc[4])
    assert entity == Entity(
        text="Turkish Foreign Minister Hakan Fidan", name="Hakan Fidan", code="TUR", sector="GOV",
        cameo_code="TURGOV", office="Foreign Minister",
    )  # fmt: skip


def test_resolve_later_surname_is_the_same_person(knowledge: Knowledge) -> None:
    doc = parse(FIDAN)
    assert _resolver(knowledge, doc).resolve(doc[8]) == Entity(
        text="Fidan", name="Hakan Fidan", code="TUR", sector="GOV", cameo_code="TURGOV",
        office="Foreign Minister",
    )  # fmt: skip


def test_resolve_article_memory_keeps_a_title_for_an_unknown_person(knowledge: Knowledge) -> None:
    doc = parse(DEMIR)
    resolver = _resolver(knowledge, doc)
    first, later = resolver.resolve(doc[3]), resolver.resolve(doc[6])
    assert first == Entity(
        text="Foreign Minister Ayla Demir",
        name="Ayla Demir",
        sector="GOV",
        office="Foreign Minister",
    )
    assert later == first.model_copy(update={"text": "Demir"})


def test_resolve_unknown_name_without_title_is_no_actor(knowledge: Knowledge) -> None:
    doc = parse(DEMIR)
    assert ActorResolver(knowledge, PUBLISHED).resolve(doc[6]) is None  # no memory, no title


def test_resolve_person_pronoun_is_the_last_sentences_subject(knowledge: Knowledge) -> None:
    doc = parse(HE)  # "Erdogan met Putin. He praised the accord."
    he = _resolver(knowledge, doc).resolve(doc[4])
    assert he is not None and (he.name, he.code, he.sector) == ("Recep Tayyip Erdoğan", "TUR", "GOV")


def test_resolve_person_pronoun_without_a_named_subject_is_the_last_person_named(knowledge: Knowledge) -> None:
    doc = parse(HE_AFTER_OBJECTS)  # "Talks with Erdogan and Putin ended. He praised them."
    assert _resolver(knowledge, doc).resolve(doc[7]) == Entity(
        text="He", name="Vladimir Putin", code="RUS", sector="GOV", cameo_code="RUSGOV",
        office="President", wikidata_id="Q7747",
    )  # fmt: skip


def test_resolve_person_pronoun_before_any_name_is_none(knowledge: Knowledge) -> None:
    doc = parse(VISITED)  # "He visited Ankara, ..." names no person at all
    assert _resolver(knowledge, doc).resolve(doc[0]) is None


def test_resolve_possessive_pronoun_gives_that_persons_government(knowledge: Knowledge) -> None:
    doc = parse(ADMINISTRATION)
    assert _resolver(knowledge, doc).resolve(doc[4]) == Entity(
        text="His administration",
        name="United States",
        code="USA",
        sector="GOV",
        cameo_code="USAGOV",
    )


def test_resolve_role_with_possessive_country(knowledge: Knowledge) -> None:
    doc = parse(ADMINISTRATION)
    assert _resolver(knowledge, doc).resolve(doc[14]) == Entity(
        text="Russia's largest oil companies",
        name="Russia",
        code="RUS",
        sector="BUS",
        cameo_code="RUSBUS",
    )


def test_resolve_quantity_reads_the_phrase_after_of(knowledge: Knowledge) -> None:
    doc = parse(ADMINISTRATION)
    resolver = _resolver(knowledge, doc)
    assert _codes(resolver.resolve_all(doc[8])) == [("RUS", "BUS")]
    assert resolver.resolve(doc[8]) == resolver.resolve(doc[14])


def test_resolve_bare_country_is_the_state(knowledge: Knowledge) -> None:
    doc = parse(PRAISED)
    entity = _resolver(knowledge, doc).resolve(doc[8])
    assert entity == Entity(text="Russia", name="Russia", code="RUS", cameo_code="RUS")


def test_resolve_capital_is_its_government(knowledge: Knowledge) -> None:
    doc = parse(PRAISED)
    entity = _resolver(knowledge, doc).resolve(doc[0])
    assert entity == Entity(
        text="Moscow", name="Moscow", code="RUS", sector="GOV", cameo_code="RUSGOV"
    )


def test_resolve_seat_of_power(knowledge: Knowledge) -> None:
    doc = parse(PRAISED)
    assert _resolver(knowledge, doc).resolve(doc[4]) == Entity(
        text="the White House", name="US presidency", code="USA", sector="GOV", cameo_code="USAGOV"
    )


def test_resolve_conjunction_gives_each_actor(knowledge: Knowledge) -> None:
    doc = parse(PRAISED)
    entities = _resolver(knowledge, doc).resolve_all(doc[6])
    assert [(entity.text, entity.code) for entity in entities] == [
        ("Ukraine", "UKR"),
        ("Russia", "RUS"),
    ]


def test_resolve_conjunction_of_capital_and_seat(knowledge: Knowledge) -> None:
    doc = parse(PRAISED)
    assert _codes(_resolver(knowledge, doc).resolve_all(doc[0])) == [("RUS", "GOV"), ("USA", "GOV")]


def test_resolve_things_are_no_actors(knowledge: Knowledge) -> None:
    doc = parse(THINGS)
    resolver = _resolver(knowledge, doc)
    assert resolver.resolve(doc[3]) is None  # the accord
    assert resolver.resolve(doc[6]) is None  # Russian oil
    assert resolver.resolve_all(doc[6]) == []


def test_resolve_relative_pronoun_who_is_not_the_organisation(knowledge: Knowledge) -> None:
    doc = parse(WHO)
    resolver = _resolver(knowledge, doc)
    assert resolver.resolve(doc[2]) is None
    assert resolver.resolve(doc[1]) == Entity(
        text="The official", sector="GOV"
    )  # a role, no country


def test_resolve_capitalised_abbreviation_is_the_organisation(knowledge: Knowledge) -> None:
    doc = parse(WHO)
    assert _resolver(knowledge, doc).resolve(doc[6]) == Entity(
        text="the WHO",
        name="World Health Organization",
        code="UNO",
        cameo_code="UNO",  # international bodies take no sector unless of a clear kind
    )


def test_resolve_countries_named_by_adjectives(knowledge: Knowledge) -> None:
    doc = parse(DETAINEES)
    entities = _resolver(knowledge, doc).countries_named(doc[3])
    assert [(entity.text, entity.code) for entity in entities] == [
        ("Ukrainian and Russian detainees", "UKR"),
        ("Ukrainian and Russian detainees", "RUS"),
    ]


def test_resolve_owner_of_a_thing(knowledge: Knowledge) -> None:
    doc = parse(DETAINEES)
    resolver = _resolver(knowledge, doc)
    assert resolver.resolve(doc[7]) is None  # "terms" is no actor ...
    assert _codes(resolver.owner_of(doc[7])) == [("UKR", None)]  # ... but Ukraine's


def test_resolve_owner_ignores_possessive_pronouns(knowledge: Knowledge) -> None:
    doc = parse(ADMINISTRATION)
    assert _resolver(knowledge, doc).owner_of(doc[4]) == []


def test_resolve_destination_country(knowledge: Knowledge) -> None:
    doc = parse(VISITED)
    found = [destination_country(doc[i], knowledge) for i in (2, 4, 6, 8)]
    assert [entity.code if entity else None for entity in found] == ["TUR", "TUR", "TUR", None]
    assert found[1] == Entity(text="Istanbul", name="Turkey", code="TUR", cameo_code="TUR")
