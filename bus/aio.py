"""An asyncio face of the client for adapters that live in an event loop (HTTP gateways, MCP).

One reader task demultiplexes replies by msg_id into per-request queues, so many requests and
streams can be in flight on one socket from many coroutines. A second task watches the connection:
with no bus to talk to, a request fails ``unavailable`` at once (an HTTP door answers 503 instead of
hanging), and requests in flight when the connection drops fail the same way.
"""
from __future__ import annotations

import asyncio
import time
from typing import Any, AsyncIterator

import zmq
import zmq.asyncio
from zmq.utils.monitor import parse_monitor_message

from protocol import Code, ProtocolError, decode, decode_any, encode, kinds as K, new_id
from protocol.envelope import DEFAULT_MAX_BYTES, ERROR_KIND
from protocol.frames import CAN, FINAL, REP, REQ, SIGNATURE, deadline_frame, header

from . import sockets
from .client import GRACE_S, Reply

CONNECT_GRACE_STEPS = 20      # x 10 ms: how long a new socket may take to connect before "not running"


class AsyncClient:
    def __init__(self, endpoint: str, *, source: str = "client", curve=None, identity: bytes | None = None,
                 max_message_bytes: int = DEFAULT_MAX_BYTES):
        self.ctx = zmq.asyncio.Context.instance()
        self.sock = sockets.dealer(self.ctx, identity=identity, curve=curve)
        self._monitor = self.sock.get_monitor_socket(zmq.EVENT_CONNECTED | zmq.EVENT_DISCONNECTED)
        self.sock.connect(endpoint)
        self.endpoint = endpoint
        self.connected = False
        self._watcher: asyncio.Task | None = None
        self.source = source
        self.max_bytes = max_message_bytes
        self._queues: dict[str, asyncio.Queue] = {}
        self._reader: asyncio.Task | None = None

    async def _read(self) -> None:
        while True:
            frames = await self.sock.recv_multipart()
            head = frames[0].split(b" ")
            if len(frames) != 2 or len(head) != 4 or head[1] != REP:
                continue
            msg_id = head[2].decode(errors="replace")
            q = self._queues.get(msg_id)
            if q is None:
                continue
            try:
                env = decode(frames[1], self.max_bytes)
                q.put_nowait(Reply(msg_id, env.kind, decode_any(env.body), head[3] == FINAL, env.source))
            except ProtocolError as e:
                q.put_nowait(Reply(msg_id, ERROR_KIND, e.to_body(), True))

    async def _watch(self) -> None:
        while True:
            event = parse_monitor_message(await self._monitor.recv_multipart())["event"]
            if event == zmq.EVENT_CONNECTED:
                self.connected = True
            elif event == zmq.EVENT_DISCONNECTED:
                self.connected = False
                lost = ProtocolError(Code.UNAVAILABLE, f"the connection to the bus at {self.endpoint} dropped; "
                                                       f"requests in flight were lost")
                for msg_id, q in list(self._queues.items()):
                    q.put_nowait(Reply(msg_id, ERROR_KIND, lost.to_body(), True))

    async def _connection(self) -> None:
        """Return once connected; ``unavailable`` at once when the bus is not there (a socket just
        made gets a moment to connect)."""
        loop = asyncio.get_running_loop()
        if self._reader is None or self._reader.done():
            self._reader = loop.create_task(self._read())
        if self._watcher is None or self._watcher.done():
            self._watcher = loop.create_task(self._watch())
        for _ in range(CONNECT_GRACE_STEPS):
            if self.connected:
                return
            await asyncio.sleep(0.01)
        raise ProtocolError(Code.UNAVAILABLE, f"the mesh is not running (nothing answers at {self.endpoint})",
                            retry_after_ms=1000)

    async def stream(self, kind: str, body: Any = None, *, target: str | None = None,
                     timeout: float | None = 30.0) -> AsyncIterator[Reply]:
        await self._connection()
        service = target or K.default_service(kind)
        if not service:
            raise ProtocolError(Code.INVALID, f"{kind!r} has no default service: name a target", field="target")
        deadline = int((time.time() + timeout) * 1000) if timeout else None
        msg_id = new_id()
        q: asyncio.Queue = asyncio.Queue()
        self._queues[msg_id] = q
        data = encode(kind, body, id=msg_id, source=self.source, target=service, deadline=deadline)
        done = False
        try:
            await self.sock.send_multipart([b" ".join((SIGNATURE, REQ, service.encode(), msg_id.encode(),
                                                       deadline_frame(deadline))), data])
            give_up = None if timeout is None else time.monotonic() + timeout + GRACE_S
            while True:
                left = None if give_up is None else max(0.0, give_up - time.monotonic())
                try:
                    reply = await asyncio.wait_for(q.get(), left)
                except asyncio.TimeoutError:
                    raise ProtocolError(Code.TIMEOUT, f"no reply to {kind} within {timeout:g} s") from None
                if reply.is_error:
                    done = True
                    raise reply.error()
                done = reply.final
                yield reply
                if done:
                    return
        finally:
            self._queues.pop(msg_id, None)
            if not done and not self.sock.closed:
                try:
                    self.sock.send_multipart([header(CAN, msg_id.encode())]).add_done_callback(_quiet)
                except zmq.ZMQError:
                    pass

    async def request(self, kind: str, body: Any = None, *, target: str | None = None,
                      timeout: float = 10.0) -> Any:
        async for reply in self.stream(kind, body, target=target, timeout=timeout):
            if reply.final:
                return reply.body
        raise AssertionError("unreachable")

    def close(self) -> None:
        for task in (self._reader, self._watcher):
            if task is not None:
                task.cancel()
        self.sock.disable_monitor()
        self._monitor.close(linger=0)
        self.sock.close(linger=0)


def _quiet(fut) -> None:
    """A cancel that could not be sent (socket closing) needs no report."""
    if not fut.cancelled():
        fut.exception()
