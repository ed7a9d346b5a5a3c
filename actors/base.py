"""The actor base: a service is a class with one handler per message kind (as in nameko).

    class Privacy(Actor):
        service = "privacy"

        @handles("privacy.scan")
        def scan(self, req):          # req.body is the validated request Struct
            return {"findings": [...]}  # the final reply; a generator streams partial replies

Every actor answers ``sys.ping``, ``sys.status`` and ``sys.echo``, registers its service on the bus,
heartbeats, calls other services through ``self.call`` / ``self.stream`` (one client per thread) and
shuts down cleanly on SIGTERM.
"""
from __future__ import annotations

import inspect
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import zmq

import msgspec

from bus import Client, Endpoints, Request, Worker
from protocol import Code, ProtocolError, frames
from protocol.kinds.sys import EchoReply, PingReply, StatusReply

from .shared import settings as config
from .shared.paths import Paths


def handles(kind: str, *, inline: bool = False) -> Callable:
    """Mark a method as the handler of ``kind``. ``inline`` runs it on the socket thread: only for
    handlers that never block (ping, status), since it delays heartbeats."""
    def mark(fn):
        fn.__handles__ = (kind, inline)
        return fn
    return mark


@dataclass
class Environment:
    """What an actor process is given: typed settings, paths and bus endpoints, all derived from
    ENCLAVE_HOME. ``config`` is the same settings as plain data, for libraries that take a dict."""
    paths: Paths
    settings: config.Settings
    endpoints: Endpoints
    ctx: zmq.Context = field(default_factory=zmq.Context.instance)

    @classmethod
    def load(cls) -> "Environment":
        """Raises ``ConfigError`` (naming the key) for a configuration the mesh cannot use."""
        paths = Paths.from_env().ensure()
        settings = config.load(paths.home).settings
        tcp = settings.bus.tcp
        return cls(paths, settings, Endpoints.for_runtime_dir(
            paths.runtime, msgspec.to_builtins(tcp) if tcp.enabled else None))

    @property
    def config(self) -> dict:
        return self.settings.to_dict()

    def client(self, source: str) -> Client:
        return Client(self.endpoints.internal, source=source, ctx=self.ctx,
                      max_message_bytes=self.settings.bus.max_message_bytes)


class Actor:
    service: str = ""
    capacity: int = 4           # requests handled at once (threads)
    tick_ms: int = 1000         # how often ``tick`` runs, if a subclass has one
    foreign_kinds: bool = False  # accept kinds declared for other services (the router forwards them)

    def __init__(self, env: Environment, log=None):
        self.env = env
        self.log = log
        self.started = time.time()
        self._local = threading.local()
        self._handlers: dict[str, tuple[Callable, bool]] = {}
        for name in dir(type(self)):
            fn = getattr(type(self), name, None)
            mark = getattr(fn, "__handles__", None)
            if mark:
                self._handlers[mark[0]] = (getattr(self, name), mark[1])
        self.worker: Worker | None = None

    # ---- hooks for subclasses ---------------------------------------------------------------------
    def setup(self) -> None:
        """Before registering on the bus (open stores, load state)."""

    def teardown(self) -> None:
        """After leaving the bus."""

    def tick(self) -> float | None:
        """Every ``tick_ms`` (or after the seconds it returns) on the socket thread; keep it short.
        An actor without one never wakes for it."""

    def status_details(self) -> dict:
        return {}

    # ---- calling others -------------------------------------------------------------------------
    def client(self) -> Client:
        c = getattr(self._local, "client", None)
        if c is None:
            c = self._local.client = self.env.client(self.service)
        return c

    def call(self, kind: str, body: Any = None, *, target: str | None = None, timeout: float = 10.0) -> Any:
        return self.client().request(kind, body, target=target, timeout=timeout)

    def stream(self, kind: str, body: Any = None, *, target: str | None = None,
               timeout: float | None = 60.0) -> Iterator:
        return self.client().stream(kind, body, target=target, timeout=timeout)

    def publish(self, topic: str, body: Any) -> None:
        if self.worker is not None:
            self.worker.publish(topic, body)

    # ---- built-in kinds -----------------------------------------------------------------------
    @handles("sys.ping", inline=True)
    def _ping(self, req: Request) -> PingReply:
        return PingReply(service=self.service, pid=os.getpid(), uptime_s=round(time.time() - self.started, 3),
                         version=frames.VERSION)

    @handles("sys.status", inline=True)
    def _status(self, req: Request) -> StatusReply:
        return StatusReply(service=self.service, pid=os.getpid(), uptime_s=round(time.time() - self.started, 3),
                           details=self.status_details())

    @handles("sys.echo")
    def _echo(self, req: Request):
        body = req.body
        if body.delay_ms:
            if req.cancelled.wait(body.delay_ms / 1000):
                req.check()
        if body.repeat:
            return self._echo_stream(req, body.repeat)
        return EchoReply(data=body.data)

    @staticmethod
    def _echo_stream(req: Request, n: int):
        for i in range(n):
            yield EchoReply(data=req.body.data, index=i)
        return EchoReply(data=req.body.data)

    # ---- running --------------------------------------------------------------------------------
    def _dispatch(self, req: Request) -> Any:
        entry = self._handlers.get(req.kind.name)
        if entry is None:
            raise ProtocolError(Code.NOT_FOUND, f"{self.service} does not handle {req.kind.name!r}", field="kind")
        return declared(req.kind, entry[0](req))

    def run(self, stop: threading.Event | None = None) -> None:
        stop = stop or threading.Event()
        self.setup()
        bus = self.env.settings.bus
        self.worker = Worker(self.env.endpoints.internal, self.service, self._dispatch, ctx=self.env.ctx,
                             capacity=self.capacity, heartbeat_ms=bus.heartbeat_ms, liveness=bus.liveness,
                             inline=lambda kind: self._handlers.get(kind, (None, False))[1],
                             max_message_bytes=bus.max_message_bytes,
                             on_tick=self.tick if type(self).tick is not Actor.tick else None,
                             tick_ms=self.tick_ms, log=self.log,
                             foreign_kinds=self.foreign_kinds)
        if self.log:
            self.log.info("actor started", service=self.service)
        try:
            self.worker.run(stop)
        finally:
            self.teardown()
            if self.log:
                self.log.info("actor stopped", service=self.service)


def declared(kind, result: Any) -> Any:
    """``result`` as the kind declares it: its reply structure, or a generator of its partial
    structure returning the reply. Anything else is a bug of the handler (``internal``), caught
    here rather than by a peer that cannot parse it."""
    if inspect.isgenerator(result):
        return _declared_stream(kind, result)
    _check(kind, kind.reply, result)
    return result


def _declared_stream(kind, gen) -> Iterator:
    try:
        while True:
            part = next(gen)
            _check(kind, kind.partial, part)
            yield part
    except StopIteration as stop:
        _check(kind, kind.reply, stop.value)
        return stop.value
    finally:
        gen.close()


def _check(kind, expected: type | None, value: Any) -> None:
    if expected is None or not isinstance(value, expected):
        raise ProtocolError(Code.INTERNAL, f"{kind.name}: the handler answered {type(value).__name__}, "
                                           f"not {getattr(expected, '__name__', 'nothing')}")
