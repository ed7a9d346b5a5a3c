"""Formats that check themselves: GitHub's and npm's base62 CRC32 tail, Base58Check (a WIF private
key), a BitLocker recovery password's groups, a NATS nkey's CRC-16 — a validator's proof that a match is the
real thing (or, for a NATS public key, that it is public)."""
from __future__ import annotations

import base64
import binascii
import hashlib

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62_crc32(data: str) -> str:
    n = binascii.crc32(data.encode("ascii"))
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(6, "0")


def github_checksum(value: str) -> bool:
    """GitHub (and npm) tokens end with base62(crc32(random part)), six characters."""
    body = value.partition("_")[2]     # (no prefix: no body, no checksum)
    try:
        return base62_crc32(body[:-6]) == body[-6:]
    except (UnicodeEncodeError, ValueError):
        return False


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58decode(value: str) -> bytes | None:
    """Base58 (Bitcoin's alphabet) decoded, leading ``1``s as zero bytes; None if not base58."""
    n = 0
    for c in value:
        k = _B58.find(c)
        if k < 0:
            return None
        n = n * 58 + k
    return b"\0" * (len(value) - len(value.lstrip("1"))) + n.to_bytes((n.bit_length() + 7) // 8, "big")


_WIF_VERSIONS = frozenset({0x80, 0xEF, 0xB0, 0x9E, 0xCC})   # Bitcoin, testnet, Litecoin, Dogecoin, Dash


def base58check(value: str) -> bool:
    """A Base58Check string whose 4-byte double-SHA-256 checksum holds: a WIF private key (32 bytes
    behind a coin's version byte, then 0x01 for a compressed key)."""
    raw = b58decode(value)
    if raw is None:
        return False
    raw = raw.lstrip(b"\0")
    if len(raw) not in (37, 38) or raw[0] not in _WIF_VERSIONS or (len(raw) == 38 and raw[33] != 1):
        return False
    body, check = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == check


def bitlocker_key(value: str) -> bool:
    """A BitLocker recovery password: eight groups of six digits, each a multiple of 11 below
    11 × 65536 (each group is 16 bits of the key times 11)."""
    groups = value.split("-")
    return len(groups) == 8 and all(g.isdigit() and int(g) % 11 == 0 and int(g) < 720896 for g in groups)


def nats_public_key(value: str) -> bool:
    """A NATS nkey's public half (a user's U…, an account's A…, a server's N…, an operator's O…, a cluster's C…,
    a curve key's X…): 56 base32 characters, a type byte, 32 key bytes and their CRC-16 (XMODEM, little-endian).
    Its seed (S…) is the secret; this one sits in every server's config."""
    if len(value) != 56 or value[0] not in "UANOCX":
        return False
    try:
        raw = base64.b32decode(value)          # (56 characters: 35 bytes, no padding)
    except (binascii.Error, ValueError):
        return False
    return len(raw) == 35 and binascii.crc_hqx(raw[:33], 0) == int.from_bytes(raw[33:], "little")
