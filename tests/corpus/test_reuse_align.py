"""The text-reuse engine: tokens with offsets, stable fingerprints, winnowing
and pairwise alignment to exact spans. All texts here are invented."""

from __future__ import annotations

import random

from auditor.reuse import (
    FULL_MASKING,
    NO_MASKING,
    AlignParams,
    MaskOptions,
    align,
    fingerprints,
    ngram_hashes,
    tokenise,
    winnow,
    word_hash,
)

RATIONALE = (
    "The death was reviewed by the duty inspector who was satisfied that there were no suspicious "
    "circumstances. There was no sign of forced entry, the property was secure and the deceased was "
    "found in bed with prescribed medication nearby. The family were informed in person and the "
    "coroner's officer accepted the case without a post mortem examination being requested"
)
OTHER_BEFORE = (
    "Officers were called by a neighbour who had not seen the occupant for several days. "
    "Access was gained with a key held by the housing association. "
)
OTHER_AFTER = (
    ". Property recovered from the flat was booked into the station store and a receipt left for "
    "the next of kin, who will collect it later this month."
)
UNRELATED = (
    "A cyclist reported a collision with a parked van on the high street. Nobody was hurt and both "
    "parties exchanged insurance details before the van was moved to a side road by its owner, who "
    "apologised for blocking the cycle lane during the delivery of furniture to a nearby shop."
)


def test_verbatim_copy_found_with_exact_spans_on_both_sides() -> None:
    source = "Initial account. " + RATIONALE + "."
    target = OTHER_BEFORE + RATIONALE + OTHER_AFTER
    found = align(target, source)
    assert len(found) == 1
    a = found[0]
    # Spans run from the first to the last word of the copied passage.
    assert target[a.target[0] : a.target[1]] == RATIONALE
    assert source[a.source[0] : a.source[1]] == RATIONALE
    assert a.target == (len(OTHER_BEFORE), len(OTHER_BEFORE) + len(RATIONALE))
    assert a.source == (len("Initial account. "), len("Initial account. ") + len(RATIONALE))
    assert a.similarity == 1.0


def test_edited_copy_with_changed_details_found_when_masking() -> None:
    source = (
        "On 12/03/2023 at 14:30 PC 1234AB Smith attended the home address of Mr. Alan Jones under CRIS "
        "4301234/23 and spoke to his sister Mary who confirmed that he had been unwell for 3 weeks and "
        "had seen his doctor on 10 March. PC Smith found no third party involvement and the scene was "
        "not treated as suspicious by DS Carter after a review at 16:05."
    )
    target = (
        "Summary of the attendance. "
        "On 02/11/2023 at 09:15 PC 5678CD Patel attended the home address of Mr. Brian Okafor under CRIS "
        "4309876/23 and spoke to his sister Grace who confirmed that he had been unwell for 6 weeks and "
        "had seen his doctor on 29 October. PC Patel found no third party involvement and the scene was "
        "not treated as suspicious by DS Walsh after a review at 11:40."
    )
    masked = align(target, source, mask=FULL_MASKING)
    assert len(masked) == 1
    a = masked[0]
    assert target[a.target[0] : a.target[1]].startswith("On 02/11/2023 at 09:15 PC 5678CD Patel")
    assert target[a.target[0] : a.target[1]].endswith("after a review at 11:40")
    assert source[a.source[0] : a.source[1]].startswith("On 12/03/2023")
    assert a.similarity == 1.0  # every difference is a masked detail
    # Without masking the changed details break most of the shared n-grams.
    unmasked = align(target, source, mask=NO_MASKING)
    assert sum(x.target[1] - x.target[0] for x in unmasked) < a.target[1] - a.target[0]


def test_unrelated_texts_give_nothing() -> None:
    assert align(UNRELATED, RATIONALE) == []
    assert align(RATIONALE, UNRELATED, mask=FULL_MASKING) == []
    assert align("", RATIONALE) == []


def test_short_overlaps_below_min_length_are_ignored() -> None:
    phrase = "there was no sign of forced entry"  # 7 words, shared by chance
    target = UNRELATED + " Later " + phrase + " at the shop."
    assert align(target, RATIONALE) == []
    # ... but a lower minimum finds it, with exact offsets.
    found = align(target, RATIONALE, params=AlignParams(min_tokens=5, min_chars=20))
    assert len(found) == 1
    assert target[found[0].target[0] : found[0].target[1]] == phrase
    assert RATIONALE[found[0].source[0] : found[0].source[1]].lower() == phrase


def test_passage_repeated_in_source_is_reported_once() -> None:
    source = RATIONALE + ". " + UNRELATED + " " + RATIONALE + "."
    target = OTHER_BEFORE + RATIONALE + OTHER_AFTER
    found = align(target, source)
    assert len(found) == 1
    assert target[found[0].target[0] : found[0].target[1]] == RATIONALE


def test_two_passages_from_different_places_stay_apart() -> None:
    first, second = RATIONALE[:200].rsplit(" ", 1)[0], UNRELATED
    source = first + ". Unconnected words in between here. " + second
    target = second + " " + OTHER_BEFORE + first
    found = align(target, source)
    assert len(found) == 2
    texts = sorted(target[a.target[0] : a.target[1]] for a in found)
    assert texts == sorted([first, second.rstrip(".")])


def test_tokens_keep_exact_offsets() -> None:
    text = "Spoke to  Mrs. O'Neill at 14:30 on 12th March 2023;\r\nref 4301234/23, PC 1234AB. Café closed."
    plain = tokenise(text, NO_MASKING)
    for word, start, end in zip(plain.words, plain.starts, plain.ends, strict=True):
        assert text[start:end].lower() == word
    assert "o'neill" in plain.words
    assert "café" in plain.words
    masked = tokenise(text, FULL_MASKING)
    assert masked.words == (
        "spoke",
        "to",
        "<name>",  # Mrs
        "<name>",  # O'Neill, after a title
        "at",
        "<time>",
        "on",
        "<date>",
        "ref",
        "<ref>",
        "<name>",  # PC
        "<collar>",
        "café",  # sentence start: not a name
        "closed",
    )
    assert text[masked.starts[7] : masked.ends[7]] == "12th March 2023"
    assert text[masked.starts[9] : masked.ends[9]] == "4301234/23"


def test_masking_is_configurable() -> None:
    text = "Seen by Dr Jones on 12/03/2023 with 3 others."
    no_names = tokenise(text, MaskOptions(names=False))
    assert no_names.words == ("seen", "by", "dr", "jones", "on", "<date>", "with", "<num>", "others")
    assert tokenise(text, NO_MASKING).words == (
        "seen",
        "by",
        "dr",
        "jones",
        "on",
        "12",
        "03",
        "2023",
        "with",
        "3",
        "others",
    )


def test_hashes_are_stable_across_processes() -> None:
    # Pinned values: BLAKE2b, not Python's salted hash(); the store depends on them.
    assert word_hash("police") == 13984689086133007722
    assert ngram_hashes(["the", "officer", "attended", "the", "address"], 3) == [
        10283956482531292164,
        9741574529662770240,
        6464360467978121635,
    ]


def test_rolling_hash_equals_direct_polynomial() -> None:
    words = ["a", "b", "c", "d", "e", "f", "g", "a", "b", "c"]
    base, mask = 0x100000001B3, (1 << 64) - 1
    for i, h in enumerate(ngram_hashes(words, 4)):
        direct = 0
        for w in words[i : i + 4]:
            direct = (direct * base + word_hash(w)) & mask
        assert h == direct
    assert ngram_hashes(words, 3)[0] == ngram_hashes(words, 3)[7]  # "a b c" twice
    assert ngram_hashes(["a", "b"], 2) != ngram_hashes(["b", "a"], 2)  # order matters
    assert ngram_hashes(["a"], 2) == []


def test_winnowing_guarantee_and_density() -> None:
    # Any shared run of window + n - 1 words shares at least one fingerprint.
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(400)]
    n, window = 5, 4
    for _ in range(50):
        shared = [rng.choice(vocab) for _ in range(window + n - 1)]
        a = [rng.choice(vocab) for _ in range(30)] + shared + [rng.choice(vocab) for _ in range(30)]
        b = [rng.choice(vocab) for _ in range(17)] + shared + [rng.choice(vocab) for _ in range(40)]
        fa = {h for h, _ in fingerprints(a, n, window)}
        fb = {h for h, _ in fingerprints(b, n, window)}
        assert fa & fb
    # Positions are increasing and each window's minimum is selected.
    hashes = [rng.randrange(1000) for _ in range(200)]
    chosen = winnow(hashes, window)
    positions = [p for _, p in chosen]
    assert positions == sorted(set(positions))
    for i in range(len(hashes) - window + 1):
        assert any(i <= p < i + window and h == min(hashes[i : i + window]) for h, p in chosen)
    assert winnow([5, 3, 3, 9], 8) == [(3, 2)]  # shorter than a window: its (rightmost) minimum
    assert winnow([], 4) == []
