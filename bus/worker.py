"""The service side of the peer library: register a service, heartbeat, run handlers, reply.

One main thread owns the DEALER socket (ZeroMQ sockets are not thread-safe). Handlers run on a
thread pool of ``capacity`` threads (or inline for cheap kinds) and hand their replies back through an
inproc PUSH/PULL pair that the main thread forwards. Cancellation sets ``Request.cancelled``.
"""
from __future__ import annotations

import contextlib
import inspect
import itertools
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

import zmq

from protocol import DEFAULT_MAX_BYTES, Code, ProtocolError, decode, decode_body, encode, encode_error, kinds as K
from protocol.frames import (CAN, DIS, FINAL, HBT, IDLE_HEARTBEAT_FACTOR, PARTIAL, PUB, RDY, REP, REQ, SIGNATURE,
                             header, parse_deadline)

from . import sockets, wakeup

NOBLOCK = int(zmq.NOBLOCK)
_HBT = header(HBT)  # a plain int: enum flag arithmetic shows up in profiles

_outbox_ids = itertools.count()


class Request:
    """One request as a handler sees it."""
    __slots__ = ("kind", "body", "envelope", "client", "peer", "msg_id", "deadline", "_cancelled", "_worker",
                 "received", "_on_cancel")

    def __init__(self, kind, body, envelope, client, peer, msg_id, deadline, worker):
        self.kind, self.body, self.envelope = kind, body, envelope
        self.client, self.peer, self.msg_id, self.deadline = client, peer, msg_id, deadline
        self._cancelled = None
        self._worker = worker
        self.received = time.monotonic()
        self._on_cancel = None

    @property
    def cancelled(self) -> threading.Event:
        """Set when the requester cancels, the deadline passes at the broker, or the client goes away.
        Made on first use: most requests never look at it."""
        if self._cancelled is None:
            self._cancelled = threading.Event()
        return self._cancelled

    def is_cancelled(self) -> bool:
        return self._cancelled is not None and self._cancelled.is_set()

    def on_cancel(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` (on the socket thread) when the request is cancelled: a handler sleeping on
        something else than ``cancelled`` is woken without polling."""
        self._on_cancel = [*(self._on_cancel or ()), fn]
        if self.is_cancelled():
            fn()

    def cancel(self) -> None:
        self.cancelled.set()
        for fn in self._on_cancel or ():
            try:
                fn()
            except Exception:
                pass

    @property
    def source(self) -> str:
        return self.envelope.source

    def remaining(self) -> float | None:
        """Seconds left before the deadline (None: no deadline)."""
        return None if self.deadline is None else self.deadline / 1000 - time.time()

    def expired(self) -> bool:
        return self.deadline is not None and time.time() * 1000 >= self.deadline

    def check(self) -> None:
        """Raise if the request was cancelled or its deadline passed (call in long loops)."""
        if self.is_cancelled():
            raise ProtocolError(Code.CANCELLED, "cancelled by the requester")
        if self.expired():
            raise ProtocolError(Code.TIMEOUT, "deadline passed")

    def partial(self, body: Any) -> None:
        self._worker._reply(self, PARTIAL, encode(self.kind.name, body, source=self._worker.service,
                                                  correlation_id=self.envelope.id))


Handler = Callable[[Request], Any]


class Worker:
    def __init__(self, endpoint: str, service: str, handler: Handler, *, ctx: zmq.Context | None = None,
                 capacity: int = 1, heartbeat_ms: int = 500, liveness: int = 3,
                 identity: bytes | None = None, inline: Callable[[str], bool] = lambda kind: False,
                 max_message_bytes: int = DEFAULT_MAX_BYTES, on_tick: Callable[[], float | None] | None = None,
                 tick_ms: int = 1000, log=None, foreign_kinds: bool = False, credit: int | None = None):
        """``on_tick`` runs on the socket thread every ``tick_ms`` (or after the seconds it returns);
        without it the thread sleeps until a message or a heartbeat is due."""
        self.ctx = ctx or zmq.Context.instance()
        self.endpoint = endpoint
        self.service = service
        self.handler = handler
        self.capacity = capacity
        # Requests the broker may have in flight here at once. More than the threads, so the next
        # request is already waiting when one finishes (no broker round trip between requests).
        self.credit = max(capacity, credit or 2 * capacity)
        self.heartbeat_s = heartbeat_ms / 1000
        self.idle_heartbeat_s = self.heartbeat_s * IDLE_HEARTBEAT_FACTOR
        self.liveness = liveness
        self.identity = identity or f"{service}.{os.getpid()}.{os.urandom(3).hex()}".encode()
        self.inline = inline
        self.max_bytes = max_message_bytes
        self.on_tick = on_tick
        self.tick_s = tick_ms / 1000
        self.log = log
        self.foreign_kinds = foreign_kinds   # a gateway (the router) validates and forwards others' kinds
        self.active: dict[tuple[bytes, bytes], Request] = {}
        self._watched: dict[int, Callable[[], None]] = {}      # extra fds the loop waits on
        self._next_beat = 0.0
        self._monitor = None
        self._connections = 0
        self.pool = ThreadPoolExecutor(max_workers=capacity, thread_name_prefix=f"{service}-h")
        self._outbox_addr = f"inproc://outbox-{os.getpid()}-{next(_outbox_ids)}"
        self._local = threading.local()
        self._stopped = False
        self._main = None
        self.sock = None
        self.registered_at = 0.0
        self.handled = 0

    # ---- socket ----------------------------------------------------------------------------------
    def _connect(self) -> None:
        if self.sock is not None:
            self.sock.disable_monitor()
            self._monitor.close(linger=0)
            self.sock.close(linger=0)
        self._connections = 0
        self.sock = sockets.dealer(self.ctx, identity=self.identity)
        # a new bus (it restarted) shows as a new connection: register at once, without waiting for
        # a heartbeat to find out
        self._monitor = self.sock.get_monitor_socket(zmq.EVENT_CONNECTED)
        self._connections = 0
        self.sock.connect(self.endpoint)
        self._register()

    def _register(self) -> None:
        self.sock.send_multipart([header(RDY, self.service.encode(), str(self.credit).encode(),
                                         str(os.getpid()).encode())])
        self.registered_at = time.time()

    def watch(self, fd: int, callback: Callable[[], None] | None) -> None:
        """Call ``callback`` on the socket thread when ``fd`` is readable (None: stop watching); a
        number it returns brings the next tick forward to that many seconds from now. Only from the
        socket thread (a handler run inline, or ``on_tick``)."""
        if callback is None:
            self._watched.pop(fd, None)
        else:
            self._watched[fd] = callback

    def publish(self, topic: str, body: Any) -> None:
        """Publish an event (from any thread)."""
        data = encode(topic, body, source=self.service)
        self._out([header(PUB, topic.encode()), data])

    # ---- replies (any thread) --------------------------------------------------------------------
    def _reply(self, req: Request, flag: bytes, data: bytes) -> None:
        if len(data) > self.max_bytes:
            data = encode_error(ProtocolError(Code.TOO_LARGE, f"reply of {len(data)} bytes exceeds the limit"),
                                correlation_id=req.envelope.id, source=self.service)
            flag = FINAL
        self._out([b" ".join((SIGNATURE, REP, req.msg_id, flag)), req.client, data])

    def _out(self, frames: list) -> None:
        if threading.get_ident() == self._main:
            self._forward(frames)
            return
        push = getattr(self._local, "push", None)
        if push is None:
            push = self._local.push = self.ctx.socket(zmq.PUSH)
            push.setsockopt(zmq.LINGER, 0)
            push.setsockopt(zmq.SNDTIMEO, 1000)
            push.connect(self._outbox_addr)
        while not self._stopped:      # once the loop has ended nothing reads the outbox: a send would block for ever
            try:
                push.send_multipart(frames)
                return
            except zmq.Again:
                continue

    def _forward(self, frames: list) -> None:
        if len(frames) == 3 and frames[0].endswith(b" F"):    # a final reply: the request is done
            self.active.pop((frames[1], frames[0].split(b" ")[2]), None)
        try:
            self.sock.send_multipart(frames, NOBLOCK)
        except zmq.Again:
            if self.log:
                self.log.warning("reply dropped: the bus is not reading", service=self.service)

    # ---- handling --------------------------------------------------------------------------------
    def _on_request(self, client: bytes, msg_id: bytes, deadline_frame: bytes, peer: bytes, data: bytes) -> None:
        try:
            env = decode(data, self.max_bytes)
        except ProtocolError as e:
            return self._forward([header(REP, msg_id, FINAL), client,
                                  encode_error(e, correlation_id=None, source=self.service)])
        try:
            kind = K.get(env.kind)
            if kind.service not in (None, self.service) and not self.foreign_kinds:
                raise ProtocolError(Code.NOT_FOUND, f"service {self.service!r} does not handle {env.kind!r} "
                                                    f"(it belongs to {kind.service!r})", field="kind")
            body = decode_body(kind, env.body)
            deadline = parse_deadline(deadline_frame)
        except (ProtocolError, ValueError) as e:
            if not isinstance(e, ProtocolError):
                e = ProtocolError(Code.INVALID, "bad deadline frame")
            return self._forward([header(REP, msg_id, FINAL), client,
                                  encode_error(e, correlation_id=env.id, source=self.service)])
        req = Request(kind, body, env, client, peer, msg_id, deadline or env.deadline, self)
        self.active[(client, msg_id)] = req
        self._next_beat = min(self._next_beat, time.monotonic() + self.heartbeat_s)   # busy: every interval
        if self.inline(kind.name):
            self._execute(req)
        else:
            req._cancelled = threading.Event()  # made here, so the two threads share one
            self.pool.submit(self._execute, req)

    def _execute(self, req: Request) -> None:
        try:
            req.check()
            result = self.handler(req)
            if inspect.isgenerator(result):
                while True:
                    try:
                        part = next(result)
                    except StopIteration as stop:
                        result = stop.value
                        break
                    if req.is_cancelled() or req.expired():
                        result.close()
                        req.check()
                    req.partial(part)
            data = encode(req.kind.name, result, source=self.service, correlation_id=req.envelope.id)
        except ProtocolError as e:
            data = encode_error(e, correlation_id=req.envelope.id, source=self.service)
        except Exception as e:  # a bug in a handler must not take the service down
            if self.log:
                self.log.exception("handler failed", kind=req.kind.name)
            data = encode_error(ProtocolError(Code.INTERNAL, f"{req.kind.name} failed: {type(e).__name__}"),
                                correlation_id=req.envelope.id, source=self.service)
        self.handled += 1
        self._reply(req, FINAL, data)

    # ---- main loop -------------------------------------------------------------------------------
    def run(self, stop: threading.Event | None = None) -> None:
        self._main, self._stopped = threading.get_ident(), False
        outbox = self.ctx.socket(zmq.PULL)
        outbox.setsockopt(zmq.LINGER, 0)
        outbox.bind(self._outbox_addr)
        self._connect()
        now = time.monotonic()
        self._next_beat = now + self.heartbeat_s
        next_tick = now + self.tick_s if self.on_tick is not None else float("inf")
        broker_expiry = now + self.idle_heartbeat_s * self.liveness
        on_signal = contextlib.ExitStack()
        try:
            woken = on_signal.enter_context(wakeup.signal_fd())     # a stop signal ends the poll
            poller, polled = None, None
            while stop is None or not stop.is_set():
                if polled != (self.sock, tuple(self._watched)):     # built again only on a change
                    polled = (self.sock, tuple(self._watched))
                    poller = wakeup.Poller(woken)
                    for item in (self.sock, outbox, self._monitor, *self._watched):
                        poller.register(item, zmq.POLLIN)
                wait = max(0.0, min(self._next_beat, next_tick) - time.monotonic())
                ready = dict(poller.poll(wait * 1000))
                if outbox in ready:
                    for _ in range(1024):
                        try:
                            self._forward(outbox.recv_multipart(NOBLOCK))
                        except zmq.Again:
                            break
                if self.sock in ready:
                    for _ in range(512):
                        try:
                            msg = self.sock.recv_multipart(NOBLOCK)
                        except zmq.Again:
                            break
                        broker_expiry = time.monotonic() + self.idle_heartbeat_s * self.liveness
                        self._on_message(msg)
                if self._monitor in ready:
                    self._on_monitor()
                for fd in [fd for fd in self._watched if fd in ready]:
                    after = self._run_callback(self._watched.get(fd))
                    if isinstance(after, (int, float)):        # it asks for the next tick sooner
                        next_tick = min(next_tick, time.monotonic() + after)
                now = time.monotonic()
                if now >= self._next_beat:
                    self.sock.send_multipart([_HBT], NOBLOCK)
                    self._next_beat = now + (self.heartbeat_s if self.active else self.idle_heartbeat_s)
                    if now > broker_expiry:       # the broker is gone or restarted: connect again
                        if self.log:
                            self.log.warning("bus silent; reconnecting", service=self.service)
                        self._connect()
                        broker_expiry = now + self.idle_heartbeat_s * self.liveness
                if now >= next_tick:
                    after = self._run_callback(self.on_tick)
                    next_tick = time.monotonic() + (after if isinstance(after, (int, float)) else self.tick_s)
        finally:
            self._stopped = True
            on_signal.close()
            for req in list(self.active.values()):
                req.cancel()
            try:
                self.sock.send_multipart([header(DIS)], NOBLOCK)
            except zmq.ZMQError:
                pass
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.sock.disable_monitor()
            self._monitor.close(linger=0)
            self.sock.close(linger=0)
            outbox.close(linger=0)

    def _on_monitor(self) -> None:
        while self._monitor.poll(0):
            self._monitor.recv_multipart()
            self._connections += 1
            if self._connections > 1:      # connected again: a new broker on the same endpoint
                self._register()

    def _run_callback(self, fn):
        if fn is None:
            return None
        try:
            return fn()
        except Exception:
            if self.log:
                self.log.exception("callback failed", service=self.service)
            return None

    def _on_message(self, msg: list) -> None:
        head = msg[0].split(b" ")
        if head[0] != SIGNATURE or len(head) < 2:
            return
        cmd = head[1]
        if cmd == REQ and len(head) == 5 and len(msg) == 3:
            self._on_request(msg[1], head[2], head[3], head[4], msg[2])
        elif cmd == CAN and len(head) == 3 and len(msg) == 2:
            req = self.active.get((msg[1], head[2]))
            if req is not None:
                req.cancel()
        elif cmd == DIS:
            self._register()   # the broker does not know us (it restarted): register again
