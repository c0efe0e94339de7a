"""Near-duplicate articles: wire copies reprinted by many sites, found with MinHash LSH.

A reprint shares most of its word sequences with the original even after a site trims a
paragraph, adds a headline or rewrites the first line, so each article is reduced to a MinHash
signature of its word 5-grams and looked up in an LSH index of the articles seen before. An
article whose estimated Jaccard similarity with an earlier one is at least
:data:`DUPLICATE_THRESHOLD` is linked to it (``duplicate_of``), so that reprints never count as
independent sources. Links point at the first copy seen (the root), never along a chain.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 5  # words per shingle
SEED = 1  # fixed, like the scheme: signatures stored by one run must match those of the next
SCHEME = "affine32"
# Wire copies reprinted by other sites score about 0.8 to 0.96 Jaccard on word 5-grams; two
# different stories on the same event, well under 0.3.
DUPLICATE_THRESHOLD = 0.7

MIN_WORDS = 25
_WORD = re.compile(r"\w+")


def article_signature(text: str) -> MinHash | None:
    """The MinHash of an article's word 5-grams (lower-cased), or None for a text too short to
    tell a copy from a coincidence (an empty page, a one-line brief)."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    signature = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    signature.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return signature


def signature_bytes(signature: MinHash) -> bytes:
    """A signature as stored: its 128 hash values as little-endian 32-bit integers."""
    return signature.hashvalues.astype("<u4").tobytes()


def signature_from_bytes(data: bytes) -> MinHash:
    """A stored signature, ready to compare."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=np.frombuffer(data, dtype="<u4").astype(np.uint32),
                   scheme=SCHEME)


class DuplicateFinder:
    """The articles seen so far, for telling whether a new one is a copy of one of them."""

    def __init__(self) -> None:
        self._index = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}
        self._roots: dict[str, str] = {}  # article id -> the first copy it duplicates, or itself
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, article_id: str, signature: MinHash, duplicate_of: str | None = None) -> None:
        """Remember an article (again: its old signature is replaced)."""
        if article_id in self._signatures:
            self._index.remove(article_id)
        self._index.insert(article_id, signature)
        self._signatures[article_id] = signature
        self._roots[article_id] = duplicate_of or article_id
        self._order.setdefault(article_id, len(self._order))

    def original_of(self, article_id: str, signature: MinHash) -> str | None:
        """The first copy seen of the article with this signature, or None when it is new."""
        matches = [
            other for other in self._index.query(signature)
            if other != article_id and self._roots[other] != article_id
            and self._signatures[other].jaccard(signature) >= DUPLICATE_THRESHOLD
        ]  # fmt: skip
        if not matches:
            return None
        roots = {self._roots[other] for other in matches}
        return min(roots, key=lambda root: self._order.get(root, len(self._order)))
