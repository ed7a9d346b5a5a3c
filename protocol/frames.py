"""ZeroMQ frame layout: what the broker routes on without decoding a body.

Every message a peer sends starts with one ASCII header frame, fields separated by single spaces,
like an HTTP request line: ``enclave/<major>.<minor> <COMMAND> <fields...>``; the envelope (and, between
broker and worker, the client's routing key) follow as further frames. PROTOCOL.md is the normative
description; this module names the pieces once.

  client -> broker   REQ <service> <msg_id> <deadline_ms>      [envelope]
                     CAN <msg_id>
                     PUB <topic>                               [envelope]   (internal endpoint only)
  broker -> client   REP <msg_id> <P|F>                        [envelope]
  worker -> broker   RDY <service> <capacity> <pid>
                     REP <msg_id> <P|F>                        [client, envelope]
                     HBT | DIS
  broker -> worker   REQ <msg_id> <deadline_ms> <peer>         [client, envelope]
                     CAN <msg_id>                              [client]
                     HBT | DIS
  events (PUB)       [topic, envelope]
"""
from __future__ import annotations

import re

MAJOR = 1
MINOR = 0
VERSION = f"{MAJOR}.{MINOR}"
SIGNATURE = f"enclave/{VERSION}".encode()
_PREFIX = b"enclave/"

REQ, REP, CAN, RDY, HBT, DIS, PUB = b"REQ", b"REP", b"CAN", b"RDY", b"HBT", b"DIS", b"PUB"
PARTIAL, FINAL = b"P", b"F"
NO_DEADLINE = b"0"
MAX_HEADER = 512
# A link with no request in flight heartbeats this many times less often (an idle daemon stays
# quiet); as soon as a request is in flight both sides heartbeat every interval again.
IDLE_HEARTBEAT_FACTOR = 4


def header(*fields: bytes) -> bytes:
    return b" ".join((SIGNATURE,) + fields)


def parse_version(token: bytes) -> tuple[int, int] | None:
    """(major, minor) of a version token, or None when it is not ``enclave/<major>.<minor>``."""
    if not token.startswith(_PREFIX) or len(token) > 32:
        return None
    try:
        major, _, minor = token[len(_PREFIX):].partition(b".")
        return int(major), int(minor or b"0")
    except ValueError:
        return None


def deadline_frame(deadline_ms: int | None) -> bytes:
    return str(int(deadline_ms)).encode() if deadline_ms else NO_DEADLINE


def parse_deadline(field: bytes) -> int | None:
    """Absolute unix time in ms, or None for 'no deadline'. Raises ValueError when malformed."""
    if len(field) > 20:
        raise ValueError("deadline too long")
    value = int(field)
    if value < 0:
        raise ValueError("negative deadline")
    return value or None


_TOKEN = re.compile(rb"[!-~]{1,128}\Z")


def valid_token(value: bytes) -> bool:
    """Service names, msg_ids and topics: 1..128 printable ASCII bytes, no spaces."""
    return _TOKEN.match(value) is not None


def msg_id_guess(head: list) -> bytes:
    """The msg_id of a malformed message when it can be told, so the client can match the error."""
    if len(head) >= 4 and head[1] == REQ and valid_token(head[3]):
        return head[3]
    if len(head) >= 3 and head[1] == CAN and valid_token(head[2]):
        return head[2]
    return b"-"
