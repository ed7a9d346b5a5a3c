"""The peer SDK for tool adapters: connect to the tools endpoint, register, then talk to the router.

    from bus.tool import ToolPeer

    with ToolPeer("my-editor", features={"context_sync": True}) as peer:
        peer.request("context.preserve", {"record": {"source": "my-editor", "kind": "note",
                                                      "content": "hello", "project": "demo"}})
        for reply in peer.stream("llm.generate", {"prompt": "Say hi", "max_tokens": 16}):
            print(reply.body["text"] if not reply.final else "", end="")
        peer.send("other-tool", {"hello": 1})
        for delivery in peer.inbox(timeout=1.0):          # {"sender", "data", "topic"}
            ...

A tool can address only the router (and the bus's ``sys.*``). The router binds this connection to
the registered name; everything else the tool sends is checked against the rights it registered
(capped by the owner's ``configs/tools.json``). The peer registers by itself on first use, and again
(reclaiming its name with its session) after the router or the bus restarted or it was dropped for
silence. ``ToolPeer`` is for one thread (like ``Client``); ``AsyncToolPeer`` is the asyncio face.
Replies of interleaved requests and streams are kept apart by msg_id, so a loop over ``inbox()`` may
call ``request()`` in its body. See docs/SDK.md for the wire protocol used by other languages.
"""
from __future__ import annotations

import asyncio
import os
import time
from collections import deque
from typing import Any, AsyncIterator, Iterator

import zmq

from protocol import Code, ProtocolError

from .addresses import Endpoints, tool_token_file
from .aio import AsyncClient
from .client import GRACE_S, Client, Reply

# The router is not there yet (starting, restarting, busy): worth asking again.
TRANSIENT = frozenset({Code.UNAVAILABLE, Code.TIMEOUT, Code.BUSY, Code.NOT_FOUND})

KEEPALIVE = "tool.keepalive"
ROUTER = "router"            # every kind a tool sends goes to the router, which forwards it


def default_endpoints(home: str | os.PathLike | None = None) -> Endpoints:
    """The bus endpoints of the mesh in ``home`` (default: $ENCLAVE_HOME, as the mesh computes it)."""
    return Endpoints.for_home(home)


def _own_token(name: str, home) -> str | None:
    """The tool's token from the owner's data dir, when this process may read it (a configured tool
    run by the owner); None otherwise."""
    try:
        with open(tool_token_file(name, home), "rb") as f:
            return f.read(4096).decode().strip() or None
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _unregistered(e: ProtocolError) -> bool:
    return e.code == Code.FORBIDDEN and e.details.get("reason") == "unregistered"


class _Registration:
    """What both peers share: the registration body and the session used to reclaim the name."""

    def __init__(self, name: str, *, integration_type: str | None = None, features: dict | None = None,
                 privacy: dict | None = None, projects: list[str] | tuple = (), token: str | None = None,
                 home=None):
        self.name = name
        self.body: dict[str, Any] = {"name": name}
        self._token, self._home = token, home
        if integration_type is not None:
            self.body["integration_type"] = integration_type
        if features is not None:
            self.body["features"] = dict(features)
        if privacy is not None:
            self.body["privacy"] = dict(privacy)
        if projects:
            self.body["projects"] = list(projects)
        self.info: dict | None = None      # the last RegisterReply

    def token(self) -> str | None:
        """The credential to present: the one given, else the token file as it is now (read at each
        registration: the router writes a configured tool's token when it first starts, which may
        be after this peer did)."""
        return self._token if self._token is not None else _own_token(self.name, self._home)

    def register_body(self) -> dict:
        body = dict(self.body)
        token = self.token()
        if token:
            body["token"] = token
        if self.info is not None:
            body["resume"] = self.info["session"]
        return body

    @property
    def keepalive_s(self) -> float:
        return float((self.info or {}).get("keepalive_s", 2.0))


class ToolPeer(_Registration):
    """A blocking tool peer (one thread). Endpoint: the local mesh's ipc tools socket by default, or
    ``tcp://host:port`` with ``curve`` (a ``bus.security.ClientCurve``) from another machine."""

    def __init__(self, name: str, *, endpoint: str | None = None, curve=None, home=None,
                 integration_type: str | None = None, features: dict | None = None,
                 privacy: dict | None = None, projects: list[str] | tuple = (), timeout: float = 10.0,
                 ctx: zmq.Context | None = None, token: str | None = None):
        """``token``: the tool's credential (default: its token file in the owner's data dir, if any)."""
        super().__init__(name, integration_type=integration_type, features=features, privacy=privacy,
                         projects=projects, token=token, home=home)
        self.endpoint = endpoint or default_endpoints(home).tools
        self.timeout = timeout
        self.client = Client(self.endpoint, source=name, ctx=ctx, curve=curve)
        self._queues: dict[str, deque] = {}

    # ---- lifecycle --------------------------------------------------------------------------------
    def register(self) -> dict:
        """Register (or re-register) this connection as the tool; returns the effective rights."""
        self.info = self._call("tool.register", self.register_body(), self.timeout)
        return self.info

    def close(self) -> None:
        if self.info is not None:
            try:
                self._call("tool.unregister", {}, 1.0)
            except ProtocolError:
                pass
        self.client.close()

    def __enter__(self) -> "ToolPeer":
        self.register()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- requests ---------------------------------------------------------------------------------
    def request(self, kind: str, body: Any = None, *, timeout: float | None = None) -> Any:
        """The final reply's body (partials skipped), or ``ProtocolError`` with the stable code."""
        for reply in self.stream(kind, body, timeout=timeout):
            if reply.final:
                return reply.body
        raise AssertionError("unreachable: a stream ends with a final reply")

    def stream(self, kind: str, body: Any = None, *, timeout: float | None = None) -> Iterator[Reply]:
        """Partial replies, then the final one. Closing the iterator early cancels the request."""
        if self.info is None:
            self.register()
        started = False
        try:
            for reply in self._stream(kind, body, timeout or self.timeout):
                started = True
                yield reply
        except ProtocolError as e:
            if started or not _unregistered(e):
                raise
            self.register()                           # the router forgot us: once more, registered
            yield from self._stream(kind, body, timeout or self.timeout)

    def heartbeat(self) -> None:
        self.request("tool.heartbeat", {})

    # ---- conveniences over request/stream ------------------------------------------------------------
    def preserve(self, content: str, *, kind: str = "note", project: str = "", session: str | None = None,
                 **metadata: Any) -> str:
        """Store a context as this tool (filtered for secrets on the way); returns its id."""
        record = {"source": self.name, "kind": kind, "content": content, "project": project,
                  "metadata": metadata}
        if session is not None:
            record["session"] = session
        return self.request("context.preserve", {"record": record})["id"]

    def query(self, text: str, **filters: Any) -> list[dict]:
        """Ranked contexts this tool may see (``k``, ``project``, ``kind``, ``since``, ...)."""
        return self.request("context.query", {"text": text, **filters})["results"]

    def generate(self, prompt: str | None = None, *, messages: list[dict] | None = None,
                 timeout: float = 600.0, **options: Any) -> Iterator[str]:
        """The local model's answer, piece by piece (``max_tokens``, ``task``, ``temperature``, ...)."""
        body = {"prompt": prompt} if messages is None else {"messages": messages}
        for reply in self.stream("llm.generate", {**body, **options}, timeout=timeout):
            if not reply.final and reply.body.get("text"):
                yield reply.body["text"]

    def send(self, to: str, data: Any, topic: str = "") -> int:
        """Deliver ``data`` to tool ``to``; returns how many of its connections got it."""
        return self.request("tool.send", {"to": to, "data": data, "topic": topic})["delivered"]

    def tools(self) -> list[dict]:
        return self.request("tool.list", {})["tools"]

    # ---- long-lived streams -------------------------------------------------------------------------
    def inbox(self, timeout: float | None = None) -> Iterator[dict]:
        """Messages from other tools ({"sender", "data", "topic"}), from the moment this returns. The
        iterator ends after ``timeout`` seconds without a message (None: never) and survives router
        and bus restarts (it re-registers and reopens by itself)."""
        return self._long_stream("tool.inbox", {}, timeout)

    def subscribe(self, topics: list[str] | tuple = (), timeout: float | None = None) -> Iterator[dict]:
        """Mesh events this tool may see ({"topic", "data"}), e.g. topics=["context."], from the
        moment this returns (the router acknowledges the subscription first)."""
        return self._long_stream("tool.subscribe", {"topics": list(topics)}, timeout)

    def _long_stream(self, kind: str, body: Any, timeout: float | None) -> Iterator[dict]:
        """Open now (errors raise here), then follow lazily."""
        if self.info is None:
            self.register()
        for attempt in (0, 1):
            msg_id = self._open(kind, body, None)
            ack = self._next(msg_id, self.timeout + GRACE_S)    # the router's first keepalive
            try:
                if ack is None:
                    raise ProtocolError(Code.TIMEOUT, f"no answer to {kind} within {self.timeout:g} s")
                if ack.is_error:
                    raise ack.error()
            except ProtocolError as e:
                self._close(msg_id)
                if attempt or not _unregistered(e):
                    raise
                self.register()
                continue
            if ack.body.get("topic") != KEEPALIVE:
                self._queues[msg_id].appendleft(ack)
            return self._follow(kind, body, timeout, msg_id)
        raise AssertionError("unreachable")

    def _follow(self, kind: str, body: Any, timeout: float | None, msg_id: str | None) -> Iterator[dict]:
        idle_until = None if timeout is None else time.monotonic() + timeout
        backoff = 0.05
        need_register = False
        while True:
            if need_register:
                try:
                    self.register()               # with our session: reclaims the name at once
                    need_register = False
                except ProtocolError as e:
                    if e.code in (Code.FORBIDDEN, Code.INVALID):
                        raise
            if not need_register:
                msg_id = msg_id or self._open(kind, body, None)
                try:
                    while True:
                        wait = 3 * self.keepalive_s + 0.5     # silent this long: the stream is dead
                        if idle_until is not None:
                            wait = min(wait, idle_until - time.monotonic())
                            if wait <= 0:
                                return
                        reply = self._next(msg_id, wait)
                        if reply is None:
                            if idle_until is not None and time.monotonic() >= idle_until:
                                return
                            raise ProtocolError(Code.TIMEOUT, "the stream went silent")
                        if reply.is_error:
                            raise reply.error()
                        if reply.final:
                            raise ProtocolError(Code.UNAVAILABLE, "the stream ended")
                        backoff = 0.05
                        if reply.body.get("topic") == KEEPALIVE:
                            continue
                        if idle_until is not None:
                            idle_until = time.monotonic() + timeout
                        yield reply.body
                except ProtocolError as e:
                    if e.code == Code.INVALID or (e.code == Code.FORBIDDEN and not _unregistered(e)):
                        raise
                    need_register = True          # router or bus restarted, or we were dropped
                finally:
                    self._close(msg_id)
                    msg_id = None
            if idle_until is not None and time.monotonic() >= idle_until:
                return
            time.sleep(backoff)
            backoff = min(2.0, backoff * 2)

    # ---- one socket, many requests: replies kept apart by msg_id ---------------------------------
    def _call(self, kind: str, body: Any, timeout: float) -> Any:
        for reply in self._stream(kind, body, timeout):
            if reply.final:
                return reply.body
        raise AssertionError("unreachable")

    def _stream(self, kind: str, body: Any, timeout: float) -> Iterator[Reply]:
        msg_id = self._open(kind, body, timeout)
        give_up = time.monotonic() + timeout + GRACE_S
        try:
            while True:
                reply = self._next(msg_id, give_up - time.monotonic())
                if reply is None:
                    raise ProtocolError(Code.TIMEOUT, f"no reply to {kind} within {timeout:g} s (is the "
                                                      f"mesh running? `enclave status`)")
                if reply.is_error:
                    self._queues.pop(msg_id, None)
                    raise reply.error()
                yield reply
                if reply.final:
                    self._queues.pop(msg_id, None)
                    return
        finally:
            self._close(msg_id)

    def _open(self, kind: str, body: Any, timeout: float | None) -> str:
        msg_id = self.client.send(kind, body, target=ROUTER, timeout=timeout)
        self._queues[msg_id] = deque()
        return msg_id

    def _close(self, msg_id: str) -> None:
        """Forget a request; cancel it if it had not ended."""
        if self._queues.pop(msg_id, None) is not None and not self.client.sock.closed:
            self.client.cancel(msg_id)

    def _next(self, msg_id: str, wait: float) -> Reply | None:
        q = self._queues[msg_id]
        end = time.monotonic() + max(0.0, wait)
        while not q:
            left = end - time.monotonic()
            if left <= 0:
                return None
            reply = self.client.recv(timeout=left)
            if reply is not None:
                other = self._queues.get(reply.msg_id)
                if other is not None:
                    other.append(reply)
        return q.popleft()


class AsyncToolPeer(_Registration):
    """The asyncio face (HTTP gateways, MCP servers): many coroutines share one connection."""

    def __init__(self, name: str, *, endpoint: str | None = None, curve=None, home=None,
                 integration_type: str | None = None, features: dict | None = None,
                 privacy: dict | None = None, projects: list[str] | tuple = (), timeout: float = 10.0,
                 token: str | None = None):
        super().__init__(name, integration_type=integration_type, features=features, privacy=privacy,
                         projects=projects, token=token, home=home)
        self.endpoint = endpoint or default_endpoints(home).tools
        self.timeout = timeout
        self.client = AsyncClient(self.endpoint, source=name, curve=curve)
        self._asked = False

    async def register(self) -> dict:
        self._asked = True
        self.info = await self.client.request("tool.register", self.register_body(), target=ROUTER,
                                             timeout=self.timeout)
        return self.info

    async def keep_registering(self, *, first_wait: float = 0.2, most_wait: float = 2.0) -> None:
        """Register once the router answers: a door may start before the mesh, and it must still
        show in ``enclave tools`` without waiting for its first request. Stops on a refusal."""
        wait = first_wait
        while self.info is None:
            had_token = bool(self.token())
            try:
                await self.register()
            except ProtocolError as e:
                # a refusal is final, unless it came without a token that has appeared since
                if e.code not in TRANSIENT and (had_token or not self.token()):
                    return
                await asyncio.sleep(wait)
                wait = min(most_wait, wait * 2)

    async def request(self, kind: str, body: Any = None, *, timeout: float | None = None) -> Any:
        async for reply in self.stream(kind, body, timeout=timeout):
            if reply.final:
                return reply.body
        raise AssertionError("unreachable")

    async def stream(self, kind: str, body: Any = None, *, timeout: float | None = None) -> AsyncIterator[Reply]:
        if self.info is None:
            await self.register()
        for attempt in (0, 1):
            started = False
            try:
                async for reply in self.client.stream(kind, body, target=ROUTER, timeout=timeout or self.timeout):
                    started = True
                    yield reply
                return
            except ProtocolError as e:
                if attempt or started or not _unregistered(e):
                    raise
                await self.register()

    async def close(self) -> None:
        # also after a registration whose answer never came (cancelled): the router may have taken
        # it, and the name must not stay held until the idle timeout
        if self.info is not None or self._asked:
            try:
                await self.client.request("tool.unregister", {}, target=ROUTER, timeout=1.0)
            except ProtocolError:
                pass
        self.client.close()
