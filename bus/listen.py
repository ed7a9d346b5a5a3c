"""The broker's listening sockets: the internal and tools ROUTERs and the event PUB in the private
runtime dir, and, when configured, the CURVE-only tcp ROUTER. There is no event PUB over tcp: a
PUB cannot tell subscribers apart, so a remote tool gets events through ``tool.subscribe`` at the
router, which passes only what its rights allow."""
from __future__ import annotations

import os

import zmq

from . import sockets
from .addresses import Endpoints

# Client keys are the socket tag + the ROUTER identity, so replies go back through the right socket.
TAG_INTERNAL, TAG_TOOLS, TAG_TCP = b"I", b"T", b"C"


def bind(ctx: zmq.Context, ep: Endpoints, max_bytes: int, keyring=None):
    """(sockets by tag, event sockets, the CURVE authenticator or None)."""
    ep.prepare()
    for path in ep.sockets:      # a stale socket file from a killed broker
        try:
            path.unlink()
        except FileNotFoundError:
            pass
    internal = sockets.router(ctx, handover=True, max_message_bytes=max_bytes)
    internal.bind(ep.internal)
    tools = sockets.router(ctx, handover=False, max_message_bytes=max_bytes)
    tools.bind(ep.tools)
    events = sockets.configure(ctx.socket(zmq.PUB))
    events.bind(ep.events)
    by_tag, event_socks, auth = {TAG_INTERNAL: internal, TAG_TOOLS: tools}, [events], None
    if ep.tcp_tools:
        from .security import make_server_socket
        if keyring is None:
            raise ValueError("tcp needs CURVE keys: no keyring configured")
        auth = keyring.start_authenticator(ctx)
        tcp = sockets.router(ctx, handover=False, max_message_bytes=max_bytes)
        make_server_socket(tcp, keyring)
        tcp.bind(ep.tcp_tools)
        by_tag[TAG_TCP] = tcp
    for path in ep.sockets:
        if path.exists():
            os.chmod(path, 0o600)
    return by_tag, event_socks, auth
