"""A token's bytes hidden under a one-byte key, the commonest ways malware and a careless obfuscator
hide a string: XORed with the key, or shifted by it (``stored = byte + key``, "strings are stored +108
per byte"); and without a key: each byte's bits rotated, each byte XORed with the one before it. The key is found, not read: the one under which every byte is a token's character (for
20 random bytes, one of the 255 keys of one operation does about once in a billion). Only a token:
structured bytes (a test vector, a certificate's DER) often print as punctuation under some key."""
from __future__ import annotations

TOKENISH = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.+/")
MIN_BYTES = 20         # a token's length (16 bytes of a test vector land on letters under some key)
# per stored byte, as bits of one number, the keys that make it a token's character
_XOR_KEYS = tuple(sum(1 << (b ^ t) for t in TOKENISH) for b in range(256))
_ADD_KEYS = tuple(sum(1 << ((b - t) % 256) for t in TOKENISH) for b in range(256))
# ... and the rotations of its bits (right by 1 to 7) that do
_ROTATIONS = tuple(sum(1 << k for k in range(1, 8) if ((b >> k) | (b << (8 - k))) & 255 in TOKENISH) for b in range(256))


def _chained(raw: bytes, *, cipher: bool) -> bytes | None:
    """Each byte XORed with the one before it (the stored one, or the plain one), undone; None as soon
    as a byte is no token's character."""
    if len(raw) < MIN_BYTES:
        return None
    out = bytearray()
    for i, b in enumerate(raw):
        p = b ^ ((raw if cipher else out)[i - 1] if i else 0)
        if p not in TOKENISH:
            return None
        out.append(p)
    return bytes(out)


def _keys(raw: bytes, table: tuple[int, ...]) -> list[int]:
    """The keys (not 0: no key at all) under which every byte of ``raw`` is a token's character."""
    if len(raw) < MIN_BYTES:
        return []
    keys = ~1
    for b in set(raw):
        keys &= table[b]
        if not keys:
            return []
    return [k for k in range(1, 256) if keys >> k & 1]


def unkeyed(raw: bytes) -> str | None:
    """``raw`` as the token it is under a one-byte XOR or shift, a rotation or a chain, or None. A shift by one more or less
    often keeps every byte a token's character too (a letter stays a letter): every such reading is
    given, one a line, for the formats to tell which one is a token."""
    readings = [bytes(b ^ k for b in raw) for k in _keys(raw, _XOR_KEYS)]
    readings += [bytes((b - k) % 256 for b in raw) for k in _keys(raw, _ADD_KEYS)]
    # each byte's bits rotated (left by k: read back right), or XORed with the byte before it
    readings += [bytes(((b >> k) | (b << (8 - k))) & 255 for b in raw) for k in _keys(raw, _ROTATIONS)]
    readings += [r for r in (_chained(raw, cipher=True), _chained(raw, cipher=False)) if r]
    return b"\n".join(readings[:MAX_READINGS]).decode("ascii") if readings else None


MAX_READINGS = 16
