"""Is the corpus varied enough? Train on one author voice, test on the others.

A small bag-of-words classifier (hashed word unigrams and bigrams, softmax
regression by SGD, numpy only) is trained on the documents of ONE voice and
tested on the test split of that voice (in-voice) and of the five others
(cross-voice). If the voices only differed in surface phrasing that a model
could key on, the cross-voice figure would collapse; a small loss means the
corpus teaches content, not phrasing. Two tasks:

- requirement states, one classifier per requirement, on the document text;
- whether a decision sentence gives a case-specific reason.
"""

from __future__ import annotations

import random
import re
import zlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

import numpy as np
import numpy.typing as npt

from corpus.evaluation.metrics import macro_f1, mean
from corpus.evaluation.outcome import Outcome
from corpus.voices import VOICE_NAMES

DIM = 1 << 18
_WORD_RE = re.compile(r"[a-z0-9+/']+")


def features(text: str) -> npt.NDArray[np.int64]:
    words = _WORD_RE.findall(text.lower())
    grams = words + [f"{a} {b}" for a, b in pairwise(words)]
    # zlib.crc32 is stable across processes, unlike hash()
    return np.unique(
        np.fromiter((zlib.crc32(g.encode()) % DIM for g in grams), dtype=np.int64, count=len(grams))
    )


class SoftmaxRegression:
    def __init__(self, classes: Sequence[str], seed: int = 0) -> None:
        self.classes = list(classes)
        self.w = np.zeros((DIM, len(self.classes)), dtype=np.float32)
        self.b = np.zeros(len(self.classes), dtype=np.float32)
        self.rng = random.Random(seed)

    def fit(
        self, xs: Sequence[npt.NDArray[np.int64]], ys: Sequence[str], epochs: int = 6, lr: float = 0.2
    ) -> None:
        order = list(range(len(xs)))
        target = {c: i for i, c in enumerate(self.classes)}
        for epoch in range(epochs):
            self.rng.shuffle(order)
            step = lr / (1 + epoch)
            for i in order:
                idx = xs[i]
                logits = self.w[idx].sum(axis=0) + self.b
                logits -= logits.max()
                p = np.exp(logits)
                p /= p.sum()
                p[target[ys[i]]] -= 1.0
                scale = step / max(1.0, np.sqrt(len(idx)))
                self.w[idx] -= scale * p
                self.b -= step * p

    def predict(self, xs: Sequence[npt.NDArray[np.int64]]) -> list[str]:
        return [self.classes[int(np.argmax(self.w[idx].sum(axis=0) + self.b))] for idx in xs]


def _experiment(rows: Sequence[tuple[str, str, str, npt.NDArray[np.int64]]]) -> dict[str, Any]:
    """Rows are (voice, split, label, features); macro-F1 in-voice and cross-voice, mean over voices."""
    in_voice: list[float | None] = []
    cross: list[float | None] = []
    for voice in VOICE_NAMES:
        train = [r for r in rows if r[0] == voice and r[1] != "test"]
        labels = sorted({r[2] for r in train})
        if len(labels) < 2 or len(train) < 20:
            continue
        model = SoftmaxRegression(labels)
        model.fit([r[3] for r in train], [r[2] for r in train])
        same = [r for r in rows if r[0] == voice and r[1] == "test"]
        other = [r for r in rows if r[0] != voice and r[1] == "test"]
        if same:
            in_voice.append(macro_f1([r[2] for r in same], model.predict([r[3] for r in same])))
        if other:
            cross.append(macro_f1([r[2] for r in other], model.predict([r[3] for r in other])))
    a, b = mean(in_voice), mean(cross)
    return {
        "in_voice": None if a is None else round(a, 4),
        "cross_voice": None if b is None else round(b, 4),
        "loss": None if a is None or b is None else round(a - b, 4),
        "voices_trained": len(in_voice),
    }


def cross_voice_report(docs: Sequence[Mapping[str, Any]], outcomes: Sequence[Outcome]) -> dict[str, Any]:
    by_requirement: defaultdict[str, list[tuple[str, str, str, npt.NDArray[np.int64]]]] = defaultdict(list)
    sentences: list[tuple[str, str, str, npt.NDArray[np.int64]]] = []
    for doc, outcome in zip(docs, outcomes, strict=True):
        if outcome.error:
            continue
        x = features(outcome.text)
        for req, value in doc["requirements"].items():
            by_requirement[req].append((doc["voice"], doc["split"], value["state"], x))
        for decision in doc["decisions"]:
            reason = "specific" if decision["reason"] in ("specific", "copied") else "no_specific_reason"
            sentences.append((doc["voice"], doc["split"], reason, features(decision["quote"])))
    per_requirement = {req: _experiment(rows) for req, rows in sorted(by_requirement.items())}
    rationale = _experiment(sentences)
    scored = [
        r for r in per_requirement.values() if r["in_voice"] is not None and r["cross_voice"] is not None
    ]
    summary = {
        "requirement_states_in_voice": _round(mean(r["in_voice"] for r in scored)),
        "requirement_states_cross_voice": _round(mean(r["cross_voice"] for r in scored)),
        "rationale_in_voice": rationale["in_voice"],
        "rationale_cross_voice": rationale["cross_voice"],
    }
    return {
        "method": "hashed unigram+bigram softmax regression trained on one voice (train+dev), tested on "
        "the test split of the same voice and of the other five; macro-F1, averaged over the six voices",
        "summary": summary,
        "requirements": per_requirement,
        "rationale": rationale,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
