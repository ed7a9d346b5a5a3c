"""The privacy filter's seal: proof that a payload passed the filter unchanged.

The privacy actor seals every record it has sanitized; the context store accepts a record only
with a seal that verifies over exactly that record. The seal is an HMAC-SHA256 under a per-install
key (a 0600 file in the data dir) over a canonical JSON encoding, so it survives any transport
that preserves JSON values (MessagePack does) and any reordering of dict keys.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from typing import Any

from .fsutil import load_or_create_secret

KEY_BYTES = 32
SEAL_PREFIX = "v1:"  # a version tag, so the encoding or the key can change later


class SealError(ValueError):
    """The key file is unusable or the payload cannot be sealed (not a JSON value)."""


def canonical(payload: Any) -> bytes:
    """The one byte string a payload seals as: sorted keys, no spaces, UTF-8, no NaN."""
    try:
        text = json.dumps(payload, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise SealError(f"payload is not a plain JSON value: {e}") from None
    return text.encode("utf-8", "surrogatepass")


def seal(key: bytes, payload: dict) -> str:
    if not isinstance(payload, dict):
        raise SealError("only a dict payload can be sealed")
    _check_key(key)
    return SEAL_PREFIX + hmac.new(key, canonical(payload), hashlib.sha256).hexdigest()


def verify(key: bytes, payload: Any, seal_value: Any) -> bool:
    """True only for a well-formed seal made with ``key`` over exactly ``payload``; never raises."""
    if not isinstance(seal_value, str) or not isinstance(payload, dict):
        return False
    try:
        expected = seal(key, payload)
    except SealError:
        return False
    return hmac.compare_digest(expected.encode(), seal_value.encode("utf-8", "replace"))


def _check_key(key: Any) -> None:
    if not isinstance(key, (bytes, bytearray)) or len(key) != KEY_BYTES:
        raise SealError(f"a seal key is {KEY_BYTES} bytes")


def load_or_create_key(path: str | os.PathLike) -> bytes:
    """Read the key at ``path``, creating it (mode 0600, parents 0700) if it does not exist."""
    try:
        key = load_or_create_secret(path, lambda: secrets.token_bytes(KEY_BYTES), max_bytes=KEY_BYTES)
    except PermissionError as e:
        raise SealError(str(e)) from None
    if len(key) != KEY_BYTES:
        raise SealError(f"{path} is not a {KEY_BYTES}-byte key (found {len(key)} bytes)")
    return key
