"""Event clustering: which mentions are one occurrence, and which stay apart."""

from __future__ import annotations

import datetime as dt

from eventwire.cluster.clusterer import Clusterer, cluster_id
from eventwire.cluster.match import Mention, compatible, kilometres, words_of

DAY = dt.date(2025, 3, 3)
ODESA = (46.48, 30.73)
KHARKIV = (49.99, 36.23)
ODESA_PORT = (46.50, 30.75)


def mention(article: str, event: str = "ASSAULT", actors=("RUS",), recipients=("UKR",), day=DAY,
            exact: bool = True, modality: str = "asserted", country: str | None = "UKR",
            city: tuple[int, tuple[float, float]] | None = None, confidence: float = 0.8,
            sentence: str = "") -> Mention:  # fmt: skip
    first, last = (day, day) if exact else (day - dt.timedelta(days=3), day)
    return Mention(
        event_id=f"{article}-{event}-{modality}", article_id=article, event=event,
        actors=frozenset(actors), recipients=frozenset(recipients), modality=modality,
        first_day=first, last_day=last, exact=exact, country=country,
        city=city[0] if city else None, lat=city[1][0] if city else None, lon=city[1][1] if city else None,
        confidence=confidence, outlet=article, source=article, seen=day, words=words_of(sentence),
    )  # fmt: skip


def clusters_of(*mentions: Mention) -> list[set[str]]:
    clusterer = Clusterer()
    clusterer.add_all(mentions)
    return sorted(({m.article_id for m in c.members} for c in clusterer.clusters.values()), key=sorted)


def test_reports_of_one_strike_by_three_outlets_are_one_cluster():
    assert clusters_of(mention("reuters"), mention("afp"), mention("ap", exact=False)) == [{"afp", "ap", "reuters"}]


def test_strikes_on_different_days_stay_apart():
    later = DAY + dt.timedelta(days=2)
    assert clusters_of(mention("reuters"), mention("afp", day=later)) == [{"afp"}, {"reuters"}]


def test_strikes_on_two_cities_far_apart_stay_apart_but_a_nearby_place_joins():
    found = clusters_of(mention("a", city=(1, ODESA)), mention("b", city=(2, KHARKIV)), mention("c", city=(3, ODESA_PORT)))
    assert found == [{"a", "c"}, {"b"}]
    assert kilometres(*ODESA, *KHARKIV) > 400


def test_places_in_different_countries_stay_apart():
    assert not compatible(mention("a", country="UKR"), mention("b", country="MDA"))


def test_another_type_or_other_parties_never_merge():
    assert clusters_of(mention("a"), mention("b", event="COERCE")) == [{"a"}, {"b"}]
    assert clusters_of(mention("a"), mention("b", actors=("BLR",), recipients=("POL",))) == [{"a"}, {"b"}]


def test_an_unknown_side_agrees_with_any_but_some_party_must_be_shared():
    assert compatible(mention("a"), mention("b", recipients=()))
    assert not compatible(mention("a", recipients=()), mention("b", actors=("BLR",), recipients=()))


def test_two_sided_events_match_whichever_side_is_named_first():
    talks = dict(event="CONSULT", country=None)
    assert compatible(mention("a", actors=("TUR",), recipients=("UKR",), **talks),
                      mention("b", actors=("UKR",), recipients=("TUR",), **talks))  # fmt: skip
    assert not compatible(mention("a", actors=("RUS",), recipients=("UKR",)), mention("b", actors=("UKR",), recipients=("RUS",)))


def test_one_article_tells_an_occurrence_once():
    first = mention("a")
    second = Mention(**{**first.__dict__, "event_id": "a-again"})
    assert clusters_of(first, second) == [{"a"}, {"a"}]


def test_a_planned_visit_and_the_visit_stay_apart_but_linked():
    plan = mention("a", event="CONSULT", modality="future", exact=False)
    visit = mention("b", event="CONSULT", modality="asserted")
    clusterer = Clusterer()
    planned, happened = clusterer.add(plan), clusterer.add(visit)
    assert planned is not happened
    assert planned.links == {happened.id} and happened.links == {planned.id}


def test_a_denial_joins_the_claim_it_denies():
    assert clusters_of(mention("kyiv"), mention("moscow", modality="negated")) == [{"kyiv", "moscow"}]


def test_among_two_compatible_clusters_the_one_with_more_in_common_wins():
    odesa = mention("a", sentence="Missiles struck the Odesa grain terminal, killing four dock workers.", city=(1, ODESA))
    kharkiv = mention("b", sentence="Drones hit a power plant in Kharkiv overnight.", city=(2, KHARKIV))
    vague = mention("c", sentence="Russian missiles struck the grain terminal in the port of Odesa.")
    assert clusters_of(odesa, kharkiv, vague) == [{"a", "c"}, {"b"}]


def test_the_best_mention_is_asserted_dated_and_confident():
    clusterer = Clusterer()
    clusterer.add_all([mention("a", exact=False, confidence=0.9), mention("b", confidence=0.6), mention("c", modality="negated", confidence=0.99)])
    (cluster,) = clusterer.clusters.values()
    assert cluster.best.article_id == "b"
    assert cluster.id == cluster_id("a-ASSAULT-asserted")


def test_clusters_start_from_those_given_and_grow():
    first = Clusterer()
    found = first.add(mention("a"))
    again = Clusterer([found])
    assert again.add(mention("b")).id == found.id


def test_an_undated_mention_starts_its_own_cluster():
    undated = Mention(**{**mention("b").__dict__, "first_day": None, "last_day": None, "exact": False})
    assert clusters_of(mention("a"), undated) == [{"a"}, {"b"}]


def test_telling_words_keep_names_and_numbers_and_drop_common_words():
    assert words_of("On Monday, 14 people were killed in Odesa, officials said.") == {"people", "killed", "odesa", "officials", "14"}


def test_the_state_and_its_opponents_in_one_country_are_different_parties():
    from eventwire.cluster.match import _same_party

    assert _same_party("SDN:state", "SDN") and _same_party("SDN", "SDN:nonstate")
    assert not _same_party("SDN:state", "SDN:nonstate") and not _same_party("SDN:state", "SSD:state")
    army_strikes = mention("a", actors=("SDN:state",), recipients=("SDN:nonstate",), country="SDN")
    rebels_strike = mention("b", actors=("SDN:nonstate",), recipients=("SDN:state",), country="SDN")
    assert not compatible(army_strikes, rebels_strike)
    assert compatible(army_strikes, mention("c", actors=("SDN",), recipients=("SDN",), country="SDN"))
