"""ZeroMQ frame layout: what the broker routes on without decoding a body.

Every multipart message starts with the version frame ``enclave/<major>.<minor>`` and a 3-byte
command. PROTOCOL.md is the normative description; this module only names the pieces once.
"""
from __future__ import annotations

MAJOR = 1
MINOR = 0
VERSION = f"{MAJOR}.{MINOR}"
SIGNATURE = f"enclave/{VERSION}".encode()
_PREFIX = b"enclave/"

# Commands (3 ASCII bytes each).
REQ = b"REQ"   # request        client->broker: service, msg_id, deadline_ms, envelope
               #                broker->worker: client, msg_id, deadline_ms, peer, envelope
REP = b"REP"   # reply          worker->broker: client, msg_id, flag, envelope
               #                broker->client: msg_id, flag, envelope
CAN = b"CAN"   # cancel         client->broker: msg_id;  broker->worker: client, msg_id
RDY = b"RDY"   # register       worker->broker: service, capacity, pid
HBT = b"HBT"   # heartbeat      both ways between worker and broker (clients may send it too)
DIS = b"DIS"   # disconnect     both ways: "forget me" / "you are unknown, register again"
PUB = b"PUB"   # publish event  peer->broker: topic, envelope (internal endpoint only)

PARTIAL = b"P"  # reply flag: more replies follow
FINAL = b"F"    # reply flag: last reply for this msg_id

NO_DEADLINE = b"0"


def parse_version(frame: bytes) -> tuple[int, int] | None:
    """(major, minor) of a version frame, or None when it is not an enclave version frame."""
    if not frame.startswith(_PREFIX) or len(frame) > 32:
        return None
    try:
        major, _, minor = frame[len(_PREFIX):].partition(b".")
        return int(major), int(minor or b"0")
    except ValueError:
        return None


def deadline_frame(deadline_ms: int | None) -> bytes:
    return str(int(deadline_ms)).encode() if deadline_ms else NO_DEADLINE


def parse_deadline(frame: bytes) -> int | None:
    """Absolute unix time in ms, or None for 'no deadline'. Raises ValueError when malformed."""
    if len(frame) > 20:
        raise ValueError("deadline frame too long")
    value = int(frame)
    if value < 0:
        raise ValueError("negative deadline")
    return value or None
