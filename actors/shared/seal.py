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
import stat
from pathlib import Path
from typing import Any

from .fsutil import fsync_dir

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
    """Read the key at ``path``, creating it (mode 0600, parents 0700) if it does not exist.

    Creation is race-free between processes: the key is written to a private temporary file and
    hard-linked into place, so a reader sees either no file or a complete key."""
    path = Path(path)
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, secrets.token_bytes(KEY_BYTES))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # atomic; fails if another process won the race
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)
    fsync_dir(path.parent)
    return _read_key(path)


def _read_key(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        st = os.fstat(fd)
        if st.st_uid != os.getuid():
            raise SealError(f"{path} belongs to uid {st.st_uid}, not to this user")
        if stat.S_IMODE(st.st_mode) & 0o077:
            os.fchmod(fd, 0o600)  # tighten rather than refuse: the key is still ours
        key = os.read(fd, KEY_BYTES + 1)
    finally:
        os.close(fd)
    if len(key) != KEY_BYTES:
        raise SealError(f"{path} is not a {KEY_BYTES}-byte key (found {len(key)} bytes)")
    return key
