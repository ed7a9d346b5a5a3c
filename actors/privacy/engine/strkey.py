"""Stellar's StrKey (SEP-23): base32 of a version byte, the payload and a CRC16-XModem of both,
little-endian. A secret seed's version byte (18 << 3) makes it start with ``S``."""
from __future__ import annotations

import base64
import binascii


def stellar_seed(value: str) -> bool:
    """A Stellar secret seed whose checksum holds (``S`` + 55 base32 characters)."""
    try:
        raw = base64.b32decode(value)
    except (binascii.Error, ValueError):
        return False
    body, crc = raw[:-2], raw[-2:]
    return len(raw) == 35 and raw[0] == 18 << 3 and binascii.crc_hqx(body, 0) == int.from_bytes(crc, "little")
