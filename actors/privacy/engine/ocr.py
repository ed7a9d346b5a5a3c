"""The words that name a secret as a scanned page's OCR writes them: ``t0ken``, ``sccrct``
(e read as c), ``Passw0rd``, ``sígning``. A label misread this way hides the value after it from every
rule that reads labels, so the cleaned view (``views``) writes the word again as it was printed; the
value itself is never touched (a digit in a token is no misreading)."""
from __future__ import annotations

import re

# what OCR reads a printed letter as (the letter itself first)
_MISREAD = {"o": "o0", "l": "l1|", "i": "i1lí!|", "e": "e3cé", "s": "s5", "a": "a4@á", "t": "t7", "c": "ce",
            "n": "n", "d": "d", "r": "r", "p": "p", "w": "w", "k": "k", "g": "g9", "h": "h", "u": "uü", "m": "m"}
# the words a label names a secret with, five letters or more (shorter ones misread into other words)
WORDS = ("token", "secret", "password", "passwd", "passphrase", "passcode", "signing", "access", "credentials",
         "credential", "private")


def _misread(word: str) -> str:
    return "".join("[" + "".join(re.escape(c) + re.escape(c.upper()) for c in _MISREAD.get(ch, ch)) + "]"
                   for ch in word)


# one alternative per word, longest first (credentials before credential)
PATTERN = r"\b(?:" + "|".join(_misread(w) for w in sorted(WORDS, key=len, reverse=True)) + r")\b"
_BY_SHAPE: dict[int, list[tuple[str, re.Pattern]]] = {}
for _w in WORDS:
    _BY_SHAPE.setdefault(len(_w), []).append((_w, re.compile(_misread(_w))))
_KNOWN = frozenset(WORDS)


def reread(piece: str) -> str | None:
    """The word ``piece`` misreads, in its case, or None if it is already that word."""
    low = piece.lower()
    if low in _KNOWN:
        return None                 # printed right: the common case
    for word, misread in _BY_SHAPE.get(len(piece), ()):
        if misread.fullmatch(piece):
            return word.upper() if piece.isupper() else word.capitalize() if piece[:1].isupper() else word
    return None
