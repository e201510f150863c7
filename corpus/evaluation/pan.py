"""Run a text aligner on a PAN 2013 text-alignment corpus and score it with plagdet.

Layout of a corpus directory (as distributed by PAN / Webis)::

    pairs                      one "suspicious-documentNNNNN.txt source-documentMMMMM.txt" a line
    susp/<suspicious>.txt
    src/<source>.txt
    truth/<susp-stem>-<src-stem>.xml
        <document reference="suspicious-....txt">
          <feature name="plagiarism" this_offset=".." this_length=".."
                   source_reference="source-....txt" source_offset=".." source_length=".." .../>

PAN offsets count characters of the decoded text (PAN's own tools slice the
decoded text with them). Files are therefore read as UTF-8 with
``newline=""`` (a CR LF stays two characters) and a BOM, if any, is kept as
the character it decodes to, so offsets index the text as PAN's tools see it.

Whether a corpus copy still agrees with its truth is checked, not assumed:
``PanResult.verbatim_cases`` counts the cases whose two spans read the same
text (ignoring whitespace). In an unaltered sub-corpus 02 ("no obfuscation")
that is every case. The copy in ``shared/data/pan13-02`` gives 7 of 282: its
texts carry OCR-like noise (``IssueRefID`` read as ``IssueReflD``, bullets as
``eeee``, re-wrapped lines) and its truth offsets are those of the original
texts, off by 0 to about 1,750 characters (7 cases by more than their own
length). No aligner can score near 1 on it: detections that are exactly the
real copies, one per case, would score about 0.934 plagdet.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from auditor.reuse.align import align_tokens
from auditor.reuse.normalise import NO_MASKING, Tokens, tokenise
from corpus.evaluation.pan_baseline import SpanPair, baseline_align
from corpus.evaluation.plagdet import Passage, Reuse, evaluate

Detector = Callable[[Tokens, Tokens], list[SpanPair]]


class PanCorpusError(Exception):
    """The directory is not a readable PAN text-alignment corpus."""


@dataclass(frozen=True, slots=True)
class PanCorpus:
    """The pairs to align (file names as in ``pairs``) and the true cases."""

    directory: Path
    pairs: tuple[tuple[str, str], ...]
    cases: tuple[Reuse, ...]


@dataclass(frozen=True, slots=True)
class PanResult:
    detector: str
    plagdet: float
    recall: float
    precision: float
    granularity: float
    cases: int
    detections: int
    detected_cases: int
    pairs: int
    verbatim_cases: int
    seconds: float


def _ours(target: Tokens, source: Tokens) -> list[SpanPair]:
    return [(a.target, a.source) for a in align_tokens(target, source)]


DETECTORS: dict[str, Detector] = {"ours": _ours, "baseline": baseline_align}


def read_pan_text(path: Path) -> str:
    """The document as PAN's offsets see it: UTF-8, newlines untranslated."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        raise PanCorpusError(f"not a PAN corpus: missing document {path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise PanCorpusError(f"cannot read PAN document {path}: {e}") from e


def _read_pairs(directory: Path) -> tuple[tuple[str, str], ...]:
    pairs_file = directory / "pairs"
    if not directory.is_dir():
        raise PanCorpusError(f"not a PAN corpus: {directory} is not a directory")
    for needed in (pairs_file, directory / "susp", directory / "src", directory / "truth"):
        if not needed.exists():
            raise PanCorpusError(f"not a PAN corpus: missing {needed}")
    pairs: list[tuple[str, str]] = []
    for number, line in enumerate(read_pan_text(pairs_file).splitlines(), start=1):
        if not line.strip():
            continue
        names = line.split()
        if len(names) != 2:
            raise PanCorpusError(f"{pairs_file}:{number}: expected 'suspicious source', got {line!r}")
        pairs.append((names[0], names[1]))
    if not pairs:
        raise PanCorpusError(f"not a PAN corpus: {pairs_file} lists no pairs")
    return tuple(pairs)


def _int_attr(feature: ET.Element, name: str, where: Path) -> int:
    value = feature.get(name)
    if value is None or not value.strip().isdigit():
        raise PanCorpusError(f"{where}: plagiarism feature without a valid {name} ({value!r})")
    return int(value)


def _read_truth(path: Path, susp: str, src: str) -> list[Reuse]:
    if not path.is_file():
        raise PanCorpusError(f"not a PAN corpus: missing truth file {path}")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise PanCorpusError(f"{path}: not valid XML: {e}") from e
    cases: list[Reuse] = []
    for feature in root.iter("feature"):
        if feature.get("name") != "plagiarism":
            continue
        reference = feature.get("source_reference", src)
        if reference != src or root.get("reference", susp) != susp:
            raise PanCorpusError(f"{path}: names {root.get('reference')}/{reference}, pair is {susp}/{src}")
        t_off, t_len = _int_attr(feature, "this_offset", path), _int_attr(feature, "this_length", path)
        s_off, s_len = _int_attr(feature, "source_offset", path), _int_attr(feature, "source_length", path)
        if t_len and s_len:  # an empty range cannot be found (and PAN's code would divide by 0)
            cases.append(Reuse(Passage(susp, t_off, t_off + t_len), Passage(src, s_off, s_off + s_len)))
    return cases


def load_pan_corpus(directory: Path) -> PanCorpus:
    """The pairs and ground-truth cases of a PAN text-alignment corpus directory."""
    pairs = _read_pairs(directory)
    cases: list[Reuse] = []
    for susp, src in pairs:
        truth = directory / "truth" / f"{Path(susp).stem}-{Path(src).stem}.xml"
        cases.extend(_read_truth(truth, susp, src))
    return PanCorpus(directory, pairs, tuple(cases))


_SPACE = re.compile(r"\s+")


def _same_words(a: str, b: str) -> bool:
    """Equal but for whitespace (a copy may be re-wrapped)."""
    return _SPACE.sub(" ", a).strip() == _SPACE.sub(" ", b).strip()


def run_pan(directory: Path, detector: str = "ours") -> PanResult:
    """Align every pair of the corpus (no masking: PAN texts are not police
    records) with ``detector`` ("ours" or "baseline") and score with plagdet."""
    if detector not in DETECTORS:
        raise ValueError(f"unknown detector {detector!r}; choose from {', '.join(sorted(DETECTORS))}")
    detect = DETECTORS[detector]
    started = time.perf_counter()
    corpus = load_pan_corpus(directory)
    texts: dict[Path, str] = {}
    tokens: dict[Path, Tokens] = {}

    def tokens_of(path: Path) -> Tokens:
        if path not in tokens:
            texts[path] = read_pan_text(path)
            tokens[path] = tokenise(texts[path], NO_MASKING)
        return tokens[path]

    detections: list[Reuse] = []
    for susp, src in corpus.pairs:
        found = detect(tokens_of(directory / "susp" / susp), tokens_of(directory / "src" / src))
        for (t0, t1), (s0, s1) in found:
            detections.append(Reuse(Passage(susp, t0, t1), Passage(src, s0, s1)))
    scores = evaluate(corpus.cases, detections)
    verbatim = sum(
        _same_words(
            texts[directory / "susp" / case.suspicious.doc][case.suspicious.start : case.suspicious.end],
            texts[directory / "src" / case.source.doc][case.source.start : case.source.end],
        )
        for case in corpus.cases
    )
    return PanResult(
        detector=detector,
        plagdet=scores.plagdet,
        recall=scores.recall,
        precision=scores.precision,
        granularity=scores.granularity,
        cases=scores.cases,
        detections=scores.detections,
        detected_cases=scores.detected_cases,
        pairs=len(corpus.pairs),
        verbatim_cases=verbatim,
        seconds=time.perf_counter() - started,
    )


def pan_result_json(result: PanResult) -> dict[str, float | int | str]:
    """The result as JSON-ready values; ``plagdet``, ``recall``, ``precision``
    and ``granularity`` are the keys ``auditor eval --pan`` promises."""
    return {
        "plagdet": round(result.plagdet, 6),
        "recall": round(result.recall, 6),
        "precision": round(result.precision, 6),
        "granularity": round(result.granularity, 6),
        "cases": result.cases,
        "detections": result.detections,
        "detected_cases": result.detected_cases,
        "pairs": result.pairs,
        "verbatim_cases": result.verbatim_cases,
        "seconds": round(result.seconds, 3),
        "detector": result.detector,
    }
