"""How random a value looks: its entropy, its character classes — used only after a context (``api_key =``,
``Bearer``) already named a secret, never alone."""
from __future__ import annotations

import math

from .codenames import pronounceable

try:
    from _collections import _count_elements   # Counter's C core, without its Python wrapper
except ImportError:  # pragma: no cover - other interpreters
    def _count_elements(tally: dict, iterable) -> None:
        for c in iterable:
            tally[c] = tally.get(c, 0) + 1

_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = frozenset("0123456789")
_WORDISH = _LOWER | _UPPER | _DIGITS | frozenset("-_.")

_XLOGX = [0.0] + [i * math.log2(i) for i in range(1, 1025)]


def shannon_entropy(value: str) -> float:
    """Bits per character: log2(n) - sum(c * log2 c) / n over the character counts."""
    n = len(value)
    if not n:
        return 0.0
    tally: dict = {}
    _count_elements(tally, value)
    counts = tally.values()
    if n <= 1024:
        total = sum(map(_XLOGX.__getitem__, counts))
    else:
        total = sum(c * math.log2(c) for c in counts)
    return math.log2(n) - total / n


def looks_random(value: str, *, min_len: int = 8, min_entropy: float = 2.8) -> bool:
    """A token-like value: long enough, several character classes or high entropy.

    Only used after a context (``api_key =``, ``Bearer``) already named a secret — never alone.
    """
    if len(value) < min_len:
        return False
    chars = set(value)
    lower = not chars.isdisjoint(_LOWER)
    upper = not chars.isdisjoint(_UPPER)
    digit = not chars.isdisjoint(_DIGITS)
    symbol = bool(chars - _WORDISH)
    # Words joined by separators (``my-app-secret-name``) are names; keys carry digits or mixed case
    # (a short one no word is made of: Naver's ten-letter ``DwHBmDOkVH``).
    if not (digit or symbol or (lower and upper and (len(value) >= 16 or (len(value) >= 10 and value.isalnum() and not pronounceable(value))))
            or _long_random_letters(value)):
        return False
    hex_run = len(value) >= 16 and digit and lower and not value.strip("0123456789abcdef")   # (16 random hex digits fall below
    return shannon_entropy(value) >= (min(min_entropy, 2.5) if hex_run else min_entropy)   # 2.8 bits 3 in 100 times, 2.5: 2 in 1000)


def _long_random_letters(value: str) -> bool:
    """One case alone, but long and no word: SiliconFlow's ``sk-`` and 48 lower-case letters."""
    letters = "".join(c for c in value if c.isalpha())
    return (len(value) >= 32 and (letters.islower() or letters.isupper()) and shannon_entropy(value) >= 4.1
            and not pronounceable(value) and "abcdefgh" not in value)
