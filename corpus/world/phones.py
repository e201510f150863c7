"""Telephone numbers: unique, fictional-looking, written the many ways people write them.

Mobiles are drawn by a bijection from a person's index onto a block of ten
million 07xxx numbers, so two people never share a number unless the planner
says so (a shared phone is a planted link, never an accident). Landlines use
Ofcom's range reserved for drama (020 7946 0000-0999).
"""

from __future__ import annotations

import random

_BLOCK = 10_000_000
_MULTIPLIER = 7_368_787  # coprime with the block size: index -> number is a bijection
_PREFIXES = ("0739", "0748", "0759", "0779", "0788", "0795")


def mobile(index: int, salt: int = 0) -> str:
    """The canonical mobile number (11 digits, no spaces) for person ``index``."""
    prefix = _PREFIXES[(index // _BLOCK + salt) % len(_PREFIXES)]
    body = (index % _BLOCK * _MULTIPLIER + 1_234_567 + salt) % _BLOCK
    return f"{prefix}{body:07d}"


def landline(rng: random.Random) -> str:
    return f"0207946{rng.randrange(1000):04d}"


def written(number: str, style: int) -> str:
    """``07391 234567`` in one of the ways officers write it."""
    forms: tuple[str, ...]
    if number.startswith("020"):
        forms = (
            f"020 {number[3:7]} {number[7:]}",
            number,
            f"(020) {number[3:7]} {number[7:]}",
            f"020-{number[3:]}",
        )
    else:
        forms = (
            f"{number[:5]} {number[5:]}",
            number,
            f"+44 {number[1:5]} {number[5:]}",
            f"{number[:5]} {number[5:8]} {number[8:]}",
            f"+44 (0){number[1:5]} {number[5:]}",
            f"{number[:5]}-{number[5:]}",
        )
    return forms[style % len(forms)]
