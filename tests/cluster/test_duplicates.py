"""Tests for eventwire.cluster.duplicates: wire copies linked to the first copy seen."""

from __future__ import annotations

from eventwire.cluster.duplicates import DuplicateFinder, article_signature, signature_bytes, signature_from_bytes

WIRE = (
    "Kenyan police fired tear gas and water cannon at thousands of protesters outside parliament "
    "in Nairobi on Tuesday as lawmakers debated a finance bill that would raise taxes on bread, "
    "cooking oil and mobile money transfers. Witnesses said several people were wounded and at "
    "least two dozen were detained. The government says the taxes are needed to cut borrowing, "
    "while opposition leaders called the bill an assault on the poor and vowed to keep marching."
)
# The same wire story as a second site runs it: with the wire's dateline, a word changed and a
# line of its own added.
REPRINT = "NAIROBI (Reuters) - " + WIRE.replace("vowed", "promised") + " Follow our live coverage for updates."
# Another outlet's own story about the same day, in its own words.
OWN_WORDS = (
    "Protests over Kenya's finance bill turned violent in the capital, where officers used tear gas "
    "against crowds gathered near the national assembly. Lawmakers are weighing new levies on staple "
    "foods and phone payments that critics say will hurt the poorest households."
)


def test_duplicates_a_reprint_is_similar_and_another_story_is_not() -> None:
    assert article_signature(WIRE).jaccard(article_signature(REPRINT)) > 0.7
    assert article_signature(WIRE).jaccard(article_signature(OWN_WORDS)) < 0.2


def test_duplicates_links_a_reprint_to_the_first_copy() -> None:
    finder = DuplicateFinder()
    finder.add("wire", article_signature(WIRE))
    assert finder.original_of("reprint", article_signature(REPRINT)) == "wire"
    assert finder.original_of("own-words", article_signature(OWN_WORDS)) is None


def test_duplicates_links_point_at_the_root_not_along_a_chain() -> None:
    finder = DuplicateFinder()
    finder.add("wire", article_signature(WIRE))
    finder.add("reprint", article_signature(REPRINT), duplicate_of="wire")
    assert finder.original_of("third", article_signature(REPRINT)) == "wire"


def test_duplicates_an_article_is_no_copy_of_itself() -> None:
    finder = DuplicateFinder()
    finder.add("wire", article_signature(WIRE))
    assert finder.original_of("wire", article_signature(WIRE)) is None
    finder.add("wire", article_signature(WIRE))  # seen again: replaced, not doubled
    assert len(finder) == 1


def test_duplicates_signatures_survive_storage() -> None:
    signature = article_signature(WIRE)
    data = signature_bytes(signature)
    assert len(data) == 512
    assert signature_from_bytes(data).jaccard(signature) == 1.0
    assert signature_from_bytes(data).jaccard(article_signature(REPRINT)) == signature.jaccard(article_signature(REPRINT))


def test_duplicates_signature_is_the_same_in_every_process() -> None:
    # A fixed seed and scheme: the stored signatures of one run must match the next run's.
    assert signature_bytes(article_signature(WIRE)) == signature_bytes(article_signature(WIRE))
    assert signature_bytes(article_signature(WIRE))[:8].hex() == "b71528050fb25802"


def test_duplicates_short_texts_have_no_signature() -> None:
    # Empty pages and one-line briefs would all look alike.
    assert article_signature("") is None
    assert article_signature("Police arrested two men in Nairobi on Tuesday, officials said.") is None
