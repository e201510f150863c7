"""Copy detection over a whole corpus with the text-reuse engine (``auditor.reuse``).

Until the persistent CaseIndex lands, the eval harness finds candidate pairs
itself: winnowed fingerprints of masked text in an in-memory inverted index,
fingerprints shared by many records dropped as boilerplate, then pairwise
alignment of the candidates. Only different cases are compared.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

from auditor.reuse.align import DEFAULT_PARAMS, align_tokens
from auditor.reuse.fingerprints import fingerprints, ngram_hashes
from auditor.reuse.normalise import FULL_MASKING, Tokens, tokenise

NGRAM = 5
WINDOW = 4
MIN_SHARED = 6
BOILERPLATE_SHARE = 0.01  # a fingerprint in more than 1% of records (and at least 5) is boilerplate


@dataclass(frozen=True, slots=True)
class CopyDetection:
    target_doc: str
    target: tuple[int, int]
    source_doc: str
    source: tuple[int, int]
    similarity: float


@dataclass(frozen=True, slots=True)
class Record:
    doc_id: str
    case: str
    text: str


def detect_copies(records: list[Record]) -> list[CopyDetection]:
    """Aligned copies between records of different cases (each pair once, the later doc id as target).

    An alignment made mostly of n-grams that many records share (form headings,
    embedded prompts, stock sentences) is boilerplate, not copying, and is dropped.
    """
    tokens: dict[str, Tokens] = {}
    prints: dict[str, set[int]] = {}
    frequency: Counter[int] = Counter()
    for record in records:
        tok = tokenise(record.text, FULL_MASKING)
        tokens[record.doc_id] = tok
        prints[record.doc_id] = {h for h, _ in fingerprints(tok.words, NGRAM, WINDOW)}
        frequency.update(set(ngram_hashes(tok.words, NGRAM)))
    limit = max(5, int(BOILERPLATE_SHARE * len(records)))
    index: defaultdict[int, list[str]] = defaultdict(list)
    for doc_id, hashes in prints.items():
        for h in hashes:
            if frequency[h] <= limit:
                index[h].append(doc_id)
    case_of = {r.doc_id: r.case for r in records}
    shared: Counter[tuple[str, str]] = Counter()
    for docs in index.values():
        if len(docs) < 2:
            continue
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if case_of[a] != case_of[b]:
                    shared[(a, b) if a < b else (b, a)] += 1
    out: list[CopyDetection] = []
    for (a, b), count in sorted(shared.items()):
        if count < MIN_SHARED:
            continue
        for found in align_tokens(tokens[b], tokens[a], DEFAULT_PARAMS):
            if _boilerplate_share(tokens[b], found.target, frequency, limit) > 0.5:
                continue
            out.append(CopyDetection(b, found.target, a, found.source, found.similarity))
    return out


def _boilerplate_share(tok: Tokens, span: tuple[int, int], frequency: Counter[int], limit: int) -> float:
    first = bisect_left(tok.starts, span[0])
    stop = bisect_right(tok.starts, span[1] - 1)
    hashes = ngram_hashes(tok.words[first:stop], NGRAM)
    if not hashes:
        return 1.0
    return sum(frequency[h] > limit for h in hashes) / len(hashes)


def pairs_of(detections: list[CopyDetection]) -> set[tuple[str, str]]:
    return {tuple(sorted((d.target_doc, d.source_doc))) for d in detections}  # type: ignore[misc]
