"""A wallet's recovery phrase (BIP-39): 12 to 24 words of the standard's English list, the last
word's low bits a checksum of the rest (SHA-256 of the entropy). Unnamed, the checksum must hold —
twelve list words in a row are rare in prose, a valid checksum over them one in sixteen; under a
name that says what it is ("mnemonic", "seed phrase"), the words are enough (a phrase copied with
one word wrong still opens most of the wallet to a search). A phrase that repeats its words is a
published test vector (``abandon … about``, Hardhat's ``test test … junk``), and Ganache's and Truffle's
defaults are everyone's: not anyone's wallet.

The list is the standard's own file (``bip39_english.txt``, SHA-256 2f5eed53…b24dbda)."""
from __future__ import annotations

import hashlib
from importlib.resources import files

WORDS: tuple[str, ...] = tuple(files(__package__).joinpath("bip39_english.txt").read_text(encoding="utf-8").split())
INDEX = {w: i for i, w in enumerate(WORDS)}
if len(INDEX) != 2048:
    raise RuntimeError("bip39_english.txt is not the standard's list of 2048 words: reinstall enclave")
LENGTHS = (12, 15, 18, 21, 24)
# a run of 12 to 24 words of 3 to 8 small letters on one line (the list's words are such; the
# validator looks them up: an automaton of the list's 2048 words costs a hundred times more a try)
PHRASE = r"((?:[a-z]{3,8}[ \t]+){11,23}[a-z]{3,8})(?:[^\w]|$)"
# ... unnamed, only where such a run starts: after a mark, or a token that is no such word ("is",
# "Apple", "14:02") — one try per run, not one per word of a long one
RUN_START = r"(?:^|[^\w\s\-][ \t]*|(?:^|\s)(?:[a-z]{1,2}|[a-z]{9,}|\S*[^a-z\s]\S*)[ \t]+)"


# development chains' published default wallets: every user of the tool has them
PUBLISHED = frozenset({
    "myth like bonus scare over problem client lizard pioneer submit female collect",          # Ganache --deterministic
    "candy maple cake sugar pudding cream honey rich smooth crumble sweet treat",              # Truffle develop
})


def _indices(value: str) -> list[int] | None:
    words = value.split()
    if len(words) not in LENGTHS or len(set(words)) <= len(words) * 3 // 4 or " ".join(words) in PUBLISHED:
        return None             # not a phrase's length, a test vector's repeats, a tool's default
    indices = [INDEX.get(w, -1) for w in words]
    return None if -1 in indices else indices


def bip39_words(value: str) -> bool:
    """Words of the list, as many as a phrase has — under a name that says it is one."""
    return _indices(value) is not None


def bip39_phrase(value: str) -> bool:
    """A phrase whose checksum holds: the words' 11-bit indices, the last len/3 bits the first bits of
    the SHA-256 of the rest."""
    indices = _indices(value)
    if indices is None:
        return False
    bits = "".join(f"{i:011b}" for i in indices)
    size = len(bits) * 32 // 33
    entropy = int(bits[:size], 2).to_bytes(size // 8, "big")
    digest = int.from_bytes(hashlib.sha256(entropy).digest(), "big")
    return f"{digest:0256b}"[:len(bits) - size] == bits[size:]
