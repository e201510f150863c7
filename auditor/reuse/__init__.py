"""Text reuse: normalisation to tokens with offsets (``normalise``), stable
n-gram fingerprints and winnowing for indexing (``fingerprints``), and pairwise
alignment to exact character spans on both sides (``align``)."""

from auditor.reuse.align import DEFAULT_PARAMS, Alignment, AlignParams, align, align_tokens
from auditor.reuse.fingerprints import fingerprints, ngram_hashes, winnow, word_hash
from auditor.reuse.normalise import FULL_MASKING, NO_MASKING, MaskOptions, Tokens, tokenise

__all__ = [
    "DEFAULT_PARAMS",
    "FULL_MASKING",
    "NO_MASKING",
    "AlignParams",
    "Alignment",
    "MaskOptions",
    "Tokens",
    "align",
    "align_tokens",
    "fingerprints",
    "ngram_hashes",
    "tokenise",
    "winnow",
    "word_hash",
]
