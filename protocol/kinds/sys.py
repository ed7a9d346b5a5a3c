"""Kinds every service answers (``sys.*``) and the error body."""
from __future__ import annotations

from typing import Annotated, Any

from msgspec import Meta

from . import Body, ReplyBody, Empty, declare


class ErrorBody(Body):
    code: str
    message: str
    field: str | None = None
    retry_after_ms: int | None = None
    details: dict[str, Any] = {}


class PingReply(ReplyBody):
    service: str
    pid: int
    uptime_s: float
    version: str


class StatusReply(ReplyBody):
    service: str
    pid: int
    uptime_s: float
    state: str = "running"
    details: dict[str, Any] = {}


MAX_ECHO_REPEAT = 10_000


class EchoRequest(Body):
    data: Any = None
    repeat: Annotated[int, Meta(ge=0, le=MAX_ECHO_REPEAT)] = 0   # stream this many partial replies first
    delay_ms: Annotated[int, Meta(ge=0, le=10_000)] = 0       # wait first (tests of deadlines, cancel)


class EchoReply(ReplyBody):
    data: Any = None
    index: int | None = None


class ShutdownReply(ReplyBody):
    stopping: bool


declare("sys.ping", service=None, request=Empty, reply=PingReply,
        doc="Liveness: who answers, its pid and uptime.")
declare("sys.status", service=None, request=Empty, reply=StatusReply,
        doc="State of the answering service; ``details`` is service-specific (the bus lists services "
            "and workers, a supervisor lists its processes).")
declare("sys.echo", service=None, request=EchoRequest, reply=EchoReply, partial=EchoReply,
        doc="Returns ``data``; with ``repeat`` N (at most 10000) it first streams N partial replies (index "
            "0..N-1). ``delay_ms`` (at most 10000) waits first. For tests, benchmarks and peers in other "
            "languages.")
declare("sys.shutdown", service=None, request=Empty, reply=ShutdownReply,
        doc="Asks a supervisor to stop its children in reverse order and exit.")
