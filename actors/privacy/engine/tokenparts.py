"""Validators that read a token's parts: a JWT's header and payload, Basic's ``user:password``, SASL
PLAIN's ``NUL user NUL password``, the snowflake in a Discord token, a PEM body's base64, Twitter's
bearer tail, a Laravel Sanctum token's random part, a macaroon's fields."""
from __future__ import annotations

import base64
import binascii
import json

from .placeholders import is_placeholder


def b64_bytes(s: str, *, urlsafe: bool = False) -> bytes | None:
    """What a base64 (or base64url) run decodes to, its padding optional; None when it is none."""
    s = s.strip()
    pad = "=" * (-len(s.rstrip("=")) % 4)
    try:
        raw = s.rstrip("=") + pad
        return base64.urlsafe_b64decode(raw) if urlsafe else base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        return None


def jwt_structure(value: str) -> bool:
    """Header and payload decode to JSON objects and the header names an algorithm."""
    parts = value.split(".")
    if len(parts) != 3:
        return False
    try:
        header = json.loads(b64_bytes(parts[0], urlsafe=True) or b"")
        payload = json.loads(b64_bytes(parts[1], urlsafe=True) or b"")
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(header, dict) and "alg" in header and isinstance(payload, dict)


def basic_credentials(value: str) -> bool:
    """Base64 of ``user:password`` with a non-empty, non-placeholder password."""
    raw = b64_bytes(value)
    if raw is None:
        return False
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if ":" not in text or not text.isprintable():
        return False
    user, _, password = text.partition(":")
    return bool(user or password) and len(password) >= 3 and not is_placeholder(password)


def sasl_plain_credentials(value: str) -> bool:
    """Base64 of SASL PLAIN's ``authzid NUL user NUL password`` (RFC 4616), the password not a stand-in."""
    raw = b64_bytes(value)
    parts = raw.split(b"\0") if raw else []
    if len(parts) != 3:
        return False
    try:
        password = parts[2].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(password) >= 3 and password.isprintable() and not is_placeholder(password)


def discord_token(value: str) -> bool:
    """The first segment is the base64 of the bot's numeric user id (a snowflake)."""
    raw = b64_bytes(value.split(".", 1)[0], urlsafe=True)
    return bool(raw) and raw.isdigit() and 15 <= len(raw) <= 21


# Base64 characters stay, whitespace and escaped newlines vanish, anything else splits a run.
_PEM_TABLE = {c: "|" for c in range(128) if not (chr(c).isalnum() or chr(c) in "+/=")}
_PEM_TABLE.update({ord(c): None for c in " \t\r\n\\"})


def pem_body(value: str) -> bool:
    """A private key block whose body really carries base64 (not ``...`` in documentation): some run
    of 40+ base64 characters once line breaks are ignored."""
    if "..." in value or "\u2026" in value:
        return False   # an elided key in documentation
    return max(map(len, value.translate(_PEM_TABLE).split("|"))) >= 40


def twitter_bearer(value: str) -> bool:
    """Twenty-odd ``A`` then a random tail — not a run of zero bytes in base64."""
    tail = value.lstrip("A")
    return len(tail) >= 30 and len(set(tail)) >= 10


def sanctum_token(value: str) -> bool:
    """``<id>|<40 random letters and digits>[<crc32b hex>]``: the random part has both cases and many
    characters (a row's id and a hex digest after a pipe have one case; a padded run has few)."""
    tail = value.split("|", 1)[1]
    return (any(c.isupper() for c in tail) and any(c.islower() for c in tail) and len(set(tail)) >= 16
            and not is_placeholder(tail))


def macaroon_v2(value: str) -> bool:
    """A macaroon in its v2 binary form, base64 (``AgE…``): version 2, its location field (1, a length, a printable
    location) and then its identifier's (2) — a bearer credential (a SealedSecret's ciphertext starts 0x02 0x00)."""
    raw = b64_bytes(value.rstrip("="), urlsafe=("-" in value or "_" in value))
    if raw is None or len(raw) < 8 or raw[0] != 2 or raw[1] != 1 or not 0 < raw[2] < 128:
        return False
    location = raw[3:3 + raw[2]]
    return len(raw) > 3 + raw[2] and raw[3 + raw[2]] == 2 and all(32 <= b < 127 for b in location)
