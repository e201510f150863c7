"""Case references in the shapes the MPS systems print them."""

from __future__ import annotations

import random
from datetime import date

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def cris_ref(index: int, when: date) -> str:
    """``5201234/23``: seven digits (unique per case index) and the two-digit year."""
    return f"{(index * 7919 + 1_000_003) % 9_000_000 + 1_000_000:07d}/{when.year % 100:02d}"


def cad_ref(rng: random.Random, when: date) -> str:
    """``CAD 4471/14MAY23``."""
    return f"CAD {rng.randrange(1, 12000)}/{when.day:02d}{_MONTHS[when.month - 1]}{when.year % 100:02d}"


def merlin_ref(index: int, when: date) -> str:
    """``23MAY123456``."""
    return f"{when.year % 100:02d}{_MONTHS[when.month - 1]}{(index * 4099 + 100_019) % 900_000 + 100_000:06d}"
