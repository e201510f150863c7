"""The PAN 2013 text-alignment runner on the real sub-corpus 02 in ../shared/data.

The shared copy's texts carry OCR-like noise and its truth offsets are off by
up to ~1,750 characters (see ``corpus.evaluation.pan``), which caps plagdet at
about 0.93 for any aligner; hence the 0.90 floor rather than 0.95.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus.evaluation.pan import PanCorpusError, load_pan_corpus, pan_result_json, read_pan_text, run_pan

PAN = Path(__file__).resolve().parents[3] / "shared/data/pan13-02"
needs_pan = pytest.mark.skipif(
    not (PAN / "pairs").is_file(), reason=f"PAN 2013 sub-corpus 02 not found at {PAN}"
)


@needs_pan
def test_corpus_loads_with_offsets_about_the_texts() -> None:
    corpus = load_pan_corpus(PAN)
    assert len(corpus.pairs) == 226
    assert len(corpus.cases) == 282
    lengths: dict[str, int] = {}
    for case in corpus.cases:
        for folder, part in (("susp", case.suspicious), ("src", case.source)):
            if part.doc not in lengths:
                lengths[part.doc] = len(read_pan_text(PAN / folder / part.doc))
            # Every case starts inside its text; in the shared copy 21 end up
            # to 31 characters past the end (the noisy texts came out shorter).
            assert part.start < lengths[part.doc]
            assert part.end <= lengths[part.doc] + 50


@needs_pan
def test_our_plagdet_beats_the_naive_baseline() -> None:
    ours = run_pan(PAN)
    baseline = run_pan(PAN, detector="baseline")
    assert (ours.cases, ours.pairs) == (282, 226)
    assert ours.plagdet >= 0.90, pan_result_json(ours)
    assert ours.plagdet > baseline.plagdet, (pan_result_json(ours), pan_result_json(baseline))
    assert ours.granularity < 1.05
    assert ours.seconds < 30
    report = pan_result_json(ours)
    assert {"plagdet", "recall", "precision", "granularity"} <= report.keys()
    assert report["plagdet"] == round(ours.plagdet, 6)


def test_a_directory_that_is_not_a_pan_corpus_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PanCorpusError, match="pairs"):
        run_pan(tmp_path)
    with pytest.raises(PanCorpusError, match="not a directory"):
        load_pan_corpus(tmp_path / "absent")


def test_a_missing_truth_file_is_named(tmp_path: Path) -> None:
    for folder in ("susp", "src", "truth"):
        (tmp_path / folder).mkdir()
    (tmp_path / "pairs").write_text("suspicious-document00001.txt source-document00002.txt\n")
    (tmp_path / "susp" / "suspicious-document00001.txt").write_text("some words " * 30)
    (tmp_path / "src" / "source-document00002.txt").write_text("some words " * 30)
    with pytest.raises(PanCorpusError, match=r"suspicious-document00001-source-document00002\.xml"):
        run_pan(tmp_path)


def test_a_small_corpus_scores_exactly(tmp_path: Path) -> None:
    # One pair, one verbatim case whose spans start and end on word boundaries
    # (PAN counts characters; CR LF is two of them and must stay so).
    passage = "the coroner accepted that the death was not suspicious and no further action was needed"
    passage += " by the investigating officers at the scene or later"
    susp = "Unrelated opening words here.\r\nMore unrelated text follows now. " + passage + ". End."
    src = "Source begins. " + passage + ". Source ends."
    for folder in ("susp", "src", "truth"):
        (tmp_path / folder).mkdir()
    (tmp_path / "pairs").write_text("s.txt r.txt\n")
    (tmp_path / "susp" / "s.txt").write_bytes(susp.encode("utf-8"))
    (tmp_path / "src" / "r.txt").write_bytes(src.encode("utf-8"))
    t0, s0 = susp.index(passage), src.index(passage)
    (tmp_path / "truth" / "s-r.xml").write_text(
        '<document reference="s.txt">\n'
        f'<feature name="plagiarism" this_offset="{t0}" this_length="{len(passage)}" '
        f'source_reference="r.txt" source_offset="{s0}" source_length="{len(passage)}" />\n'
        "</document>\n"
    )
    result = run_pan(tmp_path)
    assert (result.plagdet, result.recall, result.precision, result.granularity) == (1, 1, 1, 1)
    assert result.verbatim_cases == 1
    copy = tmp_path / "copy"
    shutil.copytree(tmp_path, copy, ignore=shutil.ignore_patterns("copy"))
    (copy / "truth" / "s-r.xml").write_text('<document reference="s.txt"><feature name="plagiarism"')
    with pytest.raises(PanCorpusError, match="not valid XML"):
        run_pan(copy)
    with pytest.raises(ValueError, match="unknown detector"):
        run_pan(tmp_path, detector="magic")
