"""The table of registered tools, keyed by connection: who is who, mailboxes, streams, liveness.

A tool's identity is its connection key (``Request.client``: socket tag + ZeroMQ routing id, which
the bus's ROUTER will not hand to a second connection), not anything the tool says. A name belongs
to one live connection at a time (unless configured ``shared``); a new connection may take it over
only with the holder's session (``resume``) or once the holder went silent. All methods are
thread-safe: the router handles requests on a pool of threads.
"""
from __future__ import annotations

import queue
import secrets
import threading
import time
from dataclasses import dataclass, field

from protocol import Code, ProtocolError

from .policy import ToolConfig


WAKE = object()    # put in a stream's queue to make its thread look at the world again


def _wake(q: queue.Queue) -> None:
    try:
        q.put_nowait(WAKE)
    except queue.Full:
        pass           # a full queue wakes its reader anyway


@dataclass(eq=False)
class Tool:
    name: str
    client: bytes
    peer: bytes
    config: ToolConfig
    session: str
    mailbox: queue.Queue
    registered_at: float = field(default_factory=time.time)
    last_seen: float = field(default_factory=time.monotonic)
    last_seen_wall: float = field(default_factory=time.time)
    messages: int = 0
    streams: int = 0
    gone: threading.Event = field(default_factory=threading.Event)   # set when unregistered
    # the privacy session (pseudonym vault): not a secret, unlike ``session`` (the resume token)
    vault: str = field(default_factory=lambda: "v-" + secrets.token_hex(8))
    wakers: set = field(default_factory=set)       # queues of its open streams

    def touch(self) -> None:
        self.last_seen = time.monotonic()
        self.last_seen_wall = time.time()
        self.messages += 1


class ToolRegistry:
    def __init__(self, *, idle_timeout_s: float, mailbox_size: int, max_tools: int):
        self.idle_timeout_s = idle_timeout_s
        self.mailbox_size = mailbox_size
        self.max_tools = max_tools
        self._by_client: dict[bytes, Tool] = {}
        self._by_name: dict[str, list[Tool]] = {}
        self._lock = threading.Lock()
        self.on_change = None          # callback(topic, tool) for tool.registered / tool.unregistered

    # ---- lookups ----------------------------------------------------------------------------------
    def of(self, client: bytes) -> Tool:
        """The tool this connection registered as, or ``forbidden``."""
        tool = self._by_client.get(client)
        if tool is None:
            raise ProtocolError(Code.FORBIDDEN, "this connection is not registered: send tool.register "
                                                "first", details={"reason": "unregistered"})
        return tool

    def named(self, name: str) -> list[Tool]:
        with self._lock:
            return list(self._by_name.get(name, ()))

    def all(self) -> list[Tool]:
        with self._lock:
            return list(self._by_client.values())

    # ---- changes ----------------------------------------------------------------------------------
    def register(self, name: str, client: bytes, peer: bytes, config: ToolConfig,
                 resume: str | None = None) -> Tool:
        with self._lock:
            old = self._by_client.get(client)
            if old is not None and old.name != name:
                raise ProtocolError(Code.FORBIDDEN, f"this connection is already tool {old.name!r}; one "
                                                    f"connection is one tool", field="body.name")
            holders = [t for t in self._by_name.get(name, ()) if t.client != client]
            for holder in holders:
                if config.shared and holder.config.shared:
                    continue
                if resume is not None and secrets.compare_digest(resume, holder.session):
                    self._drop(holder)                       # the same tool, reconnected
                elif holder.peer == peer and peer.startswith(b"curve:"):
                    self._drop(holder)                       # same CURVE key: the same tool
                elif self._silent(holder):
                    self._drop(holder)
                else:
                    raise ProtocolError(Code.FORBIDDEN, f"tool name {name!r} is held by another live "
                                                        f"connection", field="body.name",
                                        details={"reason": "name_taken"})
            if old is not None:                              # registering again: keep mailbox and streams
                tool = old
                tool.config = config
            else:
                if len(self._by_client) >= self.max_tools:
                    raise ProtocolError(Code.BUSY, f"{len(self._by_client)} tools are registered (the most the "
                                                   f"router keeps)", retry_after_ms=5000,
                                        details={"reason": "max_tools"})
                tool = Tool(name, client, peer, config, secrets.token_urlsafe(18),
                            queue.Queue(self.mailbox_size))
                self._by_client[client] = tool
                self._by_name.setdefault(name, []).append(tool)
            tool.touch()
        if old is None and self.on_change:
            self.on_change("tool.registered", tool)
        return tool

    def unregister(self, client: bytes) -> Tool | None:
        with self._lock:
            tool = self._by_client.get(client)
            if tool is not None:
                self._drop(tool)
        return tool

    def reap(self) -> list[Tool]:
        """Unregister every tool that has been silent too long and has no open stream."""
        with self._lock:
            gone = [t for t in self._by_client.values() if self._silent(t)]
            for t in gone:
                self._drop(t)
        return gone

    def _silent(self, tool: Tool) -> bool:
        return tool.streams == 0 and time.monotonic() - tool.last_seen > self.idle_timeout_s

    def _drop(self, tool: Tool) -> None:
        """Under the lock."""
        self._by_client.pop(tool.client, None)
        same = self._by_name.get(tool.name, [])
        if tool in same:
            same.remove(tool)
        if not same:
            self._by_name.pop(tool.name, None)
        tool.gone.set()
        for q in list(tool.wakers):
            _wake(q)
        if self.on_change:
            # deferred to a thread-safe callback that must not take the registry lock
            self.on_change("tool.unregistered", tool)

    # ---- streams ----------------------------------------------------------------------------------
    def stream_opened(self, tool: Tool) -> None:
        with self._lock:
            tool.streams += 1

    def stream_closed(self, tool: Tool) -> None:
        with self._lock:
            tool.streams = max(0, tool.streams - 1)
            tool.last_seen = time.monotonic()     # the idle clock starts now

    def alive(self, tool: Tool) -> None:
        """A keepalive got out on an open stream: the tool is still there."""
        tool.last_seen = time.monotonic()
        tool.last_seen_wall = time.time()
