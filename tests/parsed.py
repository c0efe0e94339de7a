"""Hand-parsed sentences for tests: a readable token table read into a spaCy Doc, no model.

The Doc is built on the English vocabulary (not a bare ``Vocab()``) so that lexical attributes
such as ``lower_`` and ``is_quote``, which the resolver and coder read, are set.
"""

from __future__ import annotations

import itertools

from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import create_vocab

# No space before these (nor after an opening quote), so that the Doc's text reads as written.
_ATTACHED = {".", ",", ":", ";", "!", "?", "'s", "’s", "n't", ")", "”"}


def parse(table: str) -> Doc:
    """A Doc from rows of ``index word head dep pos [lemma] [iob-entity]``; "-" keeps a default.

    Heads are absolute token indices (a root points to itself); every tree is a sentence. The
    index column is only checked, so that each head can be read against the row it points to.
    A lemma defaults to the lower-cased word, an entity to "O".
    """
    words, heads, deps, pos, lemmas, ents = [], [], [], [], [], []
    for row, line in enumerate(line for line in table.strip().splitlines() if line.strip()):
        index, word, head, dep, tag, *rest = line.split()
        assert int(index) == row, f"row {row} is numbered {index}"
        lemma, ent = (rest + ["-", "-"])[:2]
        words.append(word)
        heads.append(int(head))
        deps.append(dep)
        pos.append(tag)
        lemmas.append(word.lower() if lemma == "-" else lemma)
        ents.append("O" if ent == "-" else ent)
    spaces = [
        word != "“" and following not in _ATTACHED for word, following in itertools.pairwise(words)
    ] + [False]
    vocab = create_vocab("en", English.Defaults)
    return Doc(
        vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents
    )
