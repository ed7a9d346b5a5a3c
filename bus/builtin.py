"""The bus's own service (``bus``): ``sys.ping``, ``sys.status`` and ``sys.echo``, answered by the
broker itself. From the tools endpoint the answers reveal nothing of the inside: no pids, no
endpoints, no worker identities (a tool learns what it may address, not how the mesh is built)."""
from __future__ import annotations

import os
import time

from protocol import KINDS, Code, ProtocolError, decode_body, frames as F
from protocol.kinds.sys import EchoReply, PingReply, StatusReply

ANSWERS = ("sys.ping", "sys.status", "sys.echo")


def answer(broker, env, *, internal: bool):
    """The reply body to ``env`` (a decoded envelope addressed to ``bus``)."""
    if env.kind not in ANSWERS:
        raise ProtocolError(Code.NOT_FOUND, f"the bus answers {', '.join(ANSWERS)}, not {env.kind!r}",
                            field="kind")
    req = decode_body(KINDS[env.kind], env.body)
    pid = os.getpid() if internal else 0
    uptime = round(time.time() - broker.started, 3)
    if env.kind == "sys.ping":
        return PingReply(service="bus", pid=pid, uptime_s=uptime, version=F.VERSION)
    if env.kind == "sys.status":
        return StatusReply(service="bus", pid=pid, uptime_s=uptime,
                           details=broker.status() if internal else public_status(broker))
    return EchoReply(data=req.data)


def public_status(broker) -> dict:
    """What a tool may know: the public services and whether they have a worker right now."""
    return {"services": [{"name": s.name.decode(errors="replace"), "available": bool(s.workers)}
                         for s in sorted(broker.services.values(), key=lambda s: s.name)
                         if s.name in broker.public]}
