"""The requesting side of the peer library: request, stream, cancel, publish; and events.

Blocking sockets: one Client per thread. ``Client.request`` returns the final reply's body as plain
Python data or raises ``ProtocolError`` with the stable code. A client always gets an answer by its
timeout: the broker's error, or a local ``timeout`` when the bus itself is silent.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Iterator

import zmq

from protocol import Code, ProtocolError, decode, decode_any, encode, kinds as K, new_id
from protocol.envelope import DEFAULT_MAX_BYTES, ERROR_KIND
from protocol.frames import CAN, FINAL, PUB, REP, REQ, SIGNATURE, deadline_frame, header

from . import sockets

NOBLOCK = int(zmq.NOBLOCK)  # a plain int: enum flag arithmetic shows up in profiles

# How long past its deadline a client waits for the broker's own timeout reply before giving up.
GRACE_S = 0.5


@dataclass
class Reply:
    msg_id: str
    kind: str
    body: Any
    final: bool
    source: str = ""

    @property
    def is_error(self) -> bool:
        return self.kind == ERROR_KIND and self.final

    def error(self) -> ProtocolError:
        return ProtocolError.from_body(self.body if isinstance(self.body, dict) else {})


class Client:
    def __init__(self, endpoint: str, *, source: str = "client", ctx: zmq.Context | None = None,
                 curve=None, identity: bytes | None = None, max_message_bytes: int = DEFAULT_MAX_BYTES):
        self.ctx = ctx or zmq.Context.instance()
        self.source = source
        self.max_bytes = max_message_bytes
        self.sock = sockets.dealer(self.ctx, identity=identity, curve=curve)
        # Watch the connection: if the bus goes away, requests in flight are lost with it, so the
        # client says `unavailable` at once instead of waiting for its deadline.
        self._monitor = self.sock.get_monitor_socket(zmq.EVENT_DISCONNECTED)
        self.sock.connect(endpoint)
        self.endpoint = endpoint
        self._poller = zmq.Poller()
        self._poller.register(self.sock, zmq.POLLIN)
        self._poller.register(self._monitor, zmq.POLLIN)

    def close(self) -> None:
        try:
            self.sock.disable_monitor()
        except zmq.ZMQError:
            pass
        self._monitor.close(linger=0)
        self.sock.close(linger=0)

    def _wait(self, timeout: float) -> bool:
        """Wait for a reply up to ``timeout`` s. Raises ``unavailable`` if the connection drops."""
        if self.sock.poll(min(timeout, 0.05) * 1000):   # the common, fast case: no monitor involved
            return True
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return False
            ready = dict(self._poller.poll(left * 1000))
            if self.sock in ready:
                return True
            if self._monitor in ready:
                while self._monitor.poll(0):
                    self._monitor.recv_multipart()
                raise ProtocolError(Code.UNAVAILABLE, f"the connection to the bus at {self.endpoint} dropped; "
                                                      f"requests in flight were lost")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- low level: send and receive separately (pipelining, adapters) -------------------------
    def send(self, kind: str, body: Any = None, *, target: str | None = None,
             timeout: float | None = None) -> str:
        """Send a request; returns its msg_id. ``target`` defaults to the kind's declared service."""
        service = target or K.default_service(kind)
        if not service:
            raise ProtocolError(Code.INVALID, f"{kind!r} has no default service: name a target", field="target")
        deadline = int((time.time() + timeout) * 1000) if timeout else None
        msg_id = new_id()
        data = encode(kind, body, id=msg_id, source=self.source, target=service, deadline=deadline)
        if len(data) > self.max_bytes:
            raise ProtocolError(Code.TOO_LARGE, f"message of {len(data)} bytes exceeds the limit of "
                                                f"{self.max_bytes} bytes")
        try:
            self.sock.send_multipart([b" ".join((SIGNATURE, REQ, service.encode(), msg_id.encode(),
                                                 deadline_frame(deadline))), data], NOBLOCK)
        except zmq.Again:   # never block: no connection to the bus (yet), or it stopped reading
            raise ProtocolError(Code.UNAVAILABLE, f"cannot reach the bus at {self.endpoint}") from None
        return msg_id

    def cancel(self, msg_id: str) -> None:
        try:
            self.sock.send(header(CAN, msg_id.encode()), NOBLOCK)
        except zmq.Again:
            pass

    def recv(self, timeout: float | None = None) -> Reply | None:
        """The next reply for any request, or None on timeout. Errors come back as kind 'error'."""
        if timeout is not None and not self._wait(max(0.0, timeout)):
            return None
        frames = self.sock.recv_multipart()
        head = frames[0].split(b" ")
        if len(frames) != 2 or len(head) != 4 or head[1] != REP:
            raise ProtocolError(Code.INVALID, f"unexpected message from the bus ({len(frames)} frames)")
        env = decode(frames[1], self.max_bytes)
        return Reply(head[2].decode(errors="replace"), env.kind, decode_any(env.body), head[3] == FINAL,
                     env.source)

    # ---- high level ------------------------------------------------------------------------------
    def request(self, kind: str, body: Any = None, *, target: str | None = None, timeout: float = 10.0) -> Any:
        """Send and wait for the final reply's body. Partial replies, if any, are skipped."""
        msg_id = self.send(kind, body, target=target, timeout=timeout)
        give_up = time.monotonic() + timeout + GRACE_S
        while True:
            left = give_up - time.monotonic()
            reply = self.recv(timeout=left) if left > 0 else None
            if reply is None:
                self.cancel(msg_id)
                raise ProtocolError(Code.TIMEOUT, f"no reply to {kind} within {timeout:g} s "
                                                  f"(is the mesh running? `enclave status`)")
            if reply.msg_id != msg_id or not reply.final:
                continue
            if reply.is_error:
                raise reply.error()
            return reply.body

    def stream(self, kind: str, body: Any = None, *, target: str | None = None,
               timeout: float | None = 30.0) -> Iterator[Reply]:
        """Yield partial replies and then the final one. Closing the iterator early cancels the request."""
        msg_id = self.send(kind, body, target=target, timeout=timeout)
        give_up = None if timeout is None else time.monotonic() + timeout + GRACE_S
        done = False
        try:
            while True:
                left = None if give_up is None else give_up - time.monotonic()
                if left is not None and left <= 0:
                    raise ProtocolError(Code.TIMEOUT, f"no reply to {kind} within {timeout:g} s "
                                                      f"(is the mesh running? `enclave status`)")
                reply = self.recv(timeout=left if left is not None else None)
                if reply is None or reply.msg_id != msg_id:
                    continue          # a late reply to an earlier, abandoned request
                if reply.is_error:
                    done = True
                    raise reply.error()
                done = reply.final
                yield reply
                if done:
                    return
        finally:
            if not done:
                self.cancel(msg_id)

    def ping(self, service: str = "bus", timeout: float = 2.0) -> dict:
        return self.request("sys.ping", {}, target=service, timeout=timeout)

    def publish(self, topic: str, body: Any) -> None:
        try:
            self.sock.send_multipart([header(PUB, topic.encode()), encode(topic, body, source=self.source)],
                                     NOBLOCK)
        except zmq.Again:
            pass   # events are best effort


class Subscriber:
    """Events from the bus's PUB socket: ``recv`` gives (topic, body) or None on timeout."""

    def __init__(self, endpoint: str, topics: tuple[str, ...] = ("",), *, ctx: zmq.Context | None = None,
                 curve=None):
        self.ctx = ctx or zmq.Context.instance()
        self.sock = sockets.configure(self.ctx.socket(zmq.SUB))
        if curve is not None:
            curve.apply(self.sock)
        for t in topics:
            self.sock.setsockopt(zmq.SUBSCRIBE, t.encode())
        self.sock.connect(endpoint)

    def recv(self, timeout: float | None = None) -> tuple[str, Any] | None:
        if timeout is not None and not self.sock.poll(timeout * 1000):
            return None
        frames = self.sock.recv_multipart()
        if len(frames) != 2:
            return None
        env = decode(frames[1])
        return frames[0].decode(errors="replace"), decode_any(env.body)

    def close(self) -> None:
        self.sock.close(linger=0)


def mesh_pid(endpoints, *, tools: bool = False, timeout: float = 1.0, ctx: zmq.Context | None = None) -> int | None:
    """The bus pid when a mesh answers at ``endpoints`` (``tools``: through the tools endpoint, as a
    tool would), else None; never raises. No socket file means no mesh, without waiting."""
    sockets = endpoints.sockets
    if sockets and not sockets[1 if tools else 0].exists():
        return None
    try:
        with Client(endpoints.tools if tools else endpoints.internal, source="probe", ctx=ctx) as c:
            return int(c.ping("bus", timeout=timeout)["pid"])
    except (ProtocolError, OSError, KeyError, TypeError, ValueError):
        return None
