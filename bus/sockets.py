"""Socket options every enclave socket gets (the lessons of ZeroMQ in one place)."""
from __future__ import annotations

import zmq

HWM = 100_000


def configure(sock: zmq.Socket, *, max_message_bytes: int | None = None) -> zmq.Socket:
    sock.setsockopt(zmq.LINGER, 0)          # never hang on exit with unsent messages
    sock.setsockopt(zmq.SNDHWM, HWM)
    sock.setsockopt(zmq.RCVHWM, HWM)
    if max_message_bytes:
        # Hard guard only: a peer over it is disconnected. The clear ``too_large`` error comes from
        # the size check under this limit, so the guard sits well above it.
        sock.setsockopt(zmq.MAXMSGSIZE, 2 * max_message_bytes + 65536)
    return sock


def router(ctx: zmq.Context, *, handover: bool, max_message_bytes: int) -> zmq.Socket:
    sock = configure(ctx.socket(zmq.ROUTER), max_message_bytes=max_message_bytes)
    sock.setsockopt(zmq.ROUTER_MANDATORY, 1)  # unroutable sends raise instead of vanishing
    if handover:
        sock.setsockopt(zmq.ROUTER_HANDOVER, 1)  # a restarted worker may reuse its identity
    return sock


def dealer(ctx: zmq.Context, *, identity: bytes | None = None, curve=None) -> zmq.Socket:
    sock = configure(ctx.socket(zmq.DEALER))
    if identity:
        sock.setsockopt(zmq.ROUTING_ID, identity)
    if curve is not None:
        curve.apply(sock)
    return sock
