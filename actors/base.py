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

import os
import signal
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import zmq

from bus import Client, Endpoints, Request, Worker
from protocol import Code, ProtocolError, frames

from .shared import config as cfg
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
    """What an actor process is given: config, paths and bus endpoints, all derived from ENCLAVE_HOME."""
    paths: Paths
    config: dict
    endpoints: Endpoints
    ctx: zmq.Context = field(default_factory=zmq.Context.instance)

    @classmethod
    def load(cls) -> "Environment":
        paths = Paths.from_env().ensure()
        config = cfg.load(paths.home)
        bus = cfg.section(config, "bus")
        return cls(paths, config, Endpoints.for_runtime_dir(paths.runtime, bus.get("tcp")))

    @property
    def bus(self) -> dict:
        return cfg.section(self.config, "bus")

    def client(self, source: str) -> Client:
        return Client(self.endpoints.internal, source=source, ctx=self.ctx,
                      max_message_bytes=self.bus.get("max_message_bytes", 8 << 20))


class Actor:
    service: str = ""
    capacity: int = 4           # requests handled at once (threads)
    tick_ms: int = 200
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

    def tick(self) -> None:
        """Every ``tick_ms`` on the socket thread; keep it short."""

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
    def _ping(self, req: Request) -> dict:
        return {"service": self.service, "pid": os.getpid(), "uptime_s": round(time.time() - self.started, 3),
                "version": frames.VERSION}

    @handles("sys.status", inline=True)
    def _status(self, req: Request) -> dict:
        return {"service": self.service, "pid": os.getpid(), "uptime_s": round(time.time() - self.started, 3),
                "state": "running", "details": self.status_details()}

    @handles("sys.echo")
    def _echo(self, req: Request):
        body = req.body
        if body.delay_ms:
            if req.cancelled.wait(min(body.delay_ms, 10_000) / 1000):
                req.check()
        if body.repeat:
            return self._echo_stream(req, min(body.repeat, 100_000))
        return {"data": body.data}

    @staticmethod
    def _echo_stream(req: Request, n: int):
        for i in range(n):
            yield {"data": req.body.data, "index": i}
        return {"data": req.body.data}

    # ---- running --------------------------------------------------------------------------------
    def _dispatch(self, req: Request) -> Any:
        entry = self._handlers.get(req.kind.name)
        if entry is None:
            raise ProtocolError(Code.NOT_FOUND, f"{self.service} does not handle {req.kind.name!r}", field="kind")
        return entry[0](req)

    def run(self, stop: threading.Event | None = None) -> None:
        stop = stop or threading.Event()
        self.setup()
        bus = self.env.bus
        self.worker = Worker(self.env.endpoints.internal, self.service, self._dispatch, ctx=self.env.ctx,
                             capacity=self.capacity, heartbeat_ms=bus.get("heartbeat_ms", 500),
                             liveness=bus.get("liveness", 3),
                             inline=lambda kind: self._handlers.get(kind, (None, False))[1],
                             max_message_bytes=bus.get("max_message_bytes", 8 << 20),
                             on_tick=self.tick, tick_ms=self.tick_ms, log=self.log,
                             foreign_kinds=self.foreign_kinds)
        if self.log:
            self.log.info("actor started", service=self.service)
        try:
            self.worker.run(stop)
        finally:
            self.teardown()
            if self.log:
                self.log.info("actor stopped", service=self.service)


def install_stop_signals(stop: threading.Event) -> None:
    def on_signal(signum, frame):
        stop.set()
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
