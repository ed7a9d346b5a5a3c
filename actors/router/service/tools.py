"""What the router does for tools themselves: registration (an identity, not a name), the tool list,
tool-to-tool messages, and the long-lived inbox and event streams. A mixin of ``RouterActor``."""
from __future__ import annotations

import queue
import time
from typing import Iterator

import msgspec

from actors.privacy.engine import redact_for_log
from actors.shared import credentials, toolconfig
from bus import Request
from bus.security import Keyring
from protocol import Code, ProtocolError, to_builtins
from protocol.kinds import tool as T

from .. import policy
from ..events import Subscription
from ..registry import WAKE, Tool, _wake

KEEPALIVE = "tool.keepalive"
KEEPALIVE_DELIVERY = T.Delivery(sender="router", data=None, topic=KEEPALIVE)
KEEPALIVE_EVENT = T.Event(topic=KEEPALIVE, data=None)
# Internal (owner) connections may list tools without registering: `enclave tools`.
INTERNAL_TAG = b"I"


class ToolHandlers:
    # ---- tool.* -----------------------------------------------------------------------------------
    def register(self, req: Request, _tool) -> T.RegisterReply:
        body = to_builtins(req.body)
        name = body["name"]
        self._check_curve_name(req.peer, name)
        self._check_name_is_public(name)
        self._check_identity(req.peer, name, body.get("token"))
        config = toolconfig.effective(self.tools_cfg, name, body, allow_unknown=self.conf.allow_unknown_tools)
        tool = self.registry.register(name, req.client, req.peer, config, resume=body.get("resume"))
        return msgspec.convert({"tool": tool.name, "session": tool.session, **config.public(),
                                "idle_timeout_s": self.registry.idle_timeout_s,
                                "keepalive_s": self.conf.keepalive_s}, T.RegisterReply)

    def _check_name_is_public(self, name: str) -> None:
        """Other tools see a tool's name (tool.list, events): it must carry no secret, user name or
        path. Checked here with the privacy engine every process already runs for its logs, so a
        registration needs no round trip and works while the privacy actor restarts."""
        if redact_for_log(name) != name:
            self.log.warning("tool name refused: it carries a secret, an identity or a path", name=name)
            raise ProtocolError(Code.INVALID, "a tool name must not contain a secret, a user name or a path: "
                                              "other tools see it", field="body.name")

    def ensure_tool_tokens(self) -> None:
        """Every configured (or built-in) tool has its token, so the owner's peers can present it."""
        for name in self.tools_cfg:
            if name != toolconfig.TEMPLATE:
                credentials.tool_token(self.env.paths.home, name, create=True)

    def _check_identity(self, peer: bytes, name: str, token: str | None) -> None:
        """A configured name is an identity, not a claim: registering as it takes its token (over
        tcp, the CURVE key the owner gave that name). Any other name gets the default rights and can
        never be one of these."""
        if peer.startswith(b"curve:") or name == toolconfig.TEMPLATE or name not in self.tools_cfg:
            return
        expected = credentials.tool_token(self.env.paths.home, name, create=True)
        if not credentials.matches(expected, token):
            self.log.warning("tool registration refused: not proven", name=name)
            raise ProtocolError(Code.FORBIDDEN, f"{name!r} is a configured tool: it registers with its token "
                                                f"(the owner's keys/tools/{name}.token; `enclave tools add`)",
                                field="body.token", details={"reason": "unauthenticated"})

    def _check_curve_name(self, peer: bytes, name: str) -> None:
        """A tcp tool is its CURVE key: it registers under the name the owner gave that key."""
        if not peer.startswith(b"curve:"):
            return
        key = peer[len(b"curve:"):].decode(errors="replace")
        names = [c["name"] for c in Keyring(self.env.paths.keys).list() if c["public_key"] == key]
        if name not in names:
            raise ProtocolError(Code.FORBIDDEN, f"this CURVE key may register only as "
                                                f"{' or '.join(map(repr, names)) or '(no allowed name)'}",
                                field="body.name")

    def unregister(self, req: Request, tool: Tool) -> T.Empty:
        self.registry.unregister(req.client)
        return T.Empty()

    def heartbeat(self, req: Request, tool: Tool) -> T.Empty:
        return T.Empty()

    def list_tools(self, req: Request, _tool) -> T.ToolsReply:
        by_name: dict[str, dict] = {}
        for t in self.registry.all():
            row = by_name.get(t.name)
            if row is None:
                by_name[t.name] = {"name": t.name, **t.config.public(), "messages": t.messages,
                                   "last_seen": t.last_seen_wall, "connected": True,
                                   "peer": t.peer.decode(errors="replace"), "connections": 1,
                                   "streams": t.streams, "registered_at": t.registered_at}
            else:
                row["messages"] += t.messages
                row["last_seen"] = max(row["last_seen"], t.last_seen_wall)
                row["connections"] += 1
                row["streams"] += t.streams
                row["registered_at"] = min(row["registered_at"], t.registered_at)
        return msgspec.convert({"tools": [by_name[n] for n in sorted(by_name)]}, T.ToolsReply)

    def send(self, req: Request, tool: Tool) -> T.SendReply:
        body = req.body
        self.shares.write(tool.name)
        receivers = [t for t in self.registry.named(body.to)]
        if not receivers:
            raise ProtocolError(Code.NOT_FOUND, f"no registered tool named {body.to!r}", field="body.to")
        if receivers[0].config.integration_type == "passive":
            raise ProtocolError(Code.FORBIDDEN, f"{body.to} is a passive tool: it receives no messages")
        destination = policy.receiver_filter(receivers[0].config)
        data = body.data
        if destination is not None:
            with self._scope() as scope:           # numbering starts afresh for every message
                data = self._sanitize(tool, data, destination, session=scope)["data"]
        delivery = T.Delivery(sender=tool.name, data=data, topic=body.topic)
        delivered = 0
        for r in receivers:
            try:
                r.mailbox.put_nowait(delivery)
                delivered += 1
            except queue.Full:
                pass
        if not delivered:
            raise ProtocolError(Code.BUSY, f"{body.to}'s inbox is full (it is not reading)",
                                retry_after_ms=100)
        self.observer.observe(tool.name, body.to, body.topic)
        return T.SendReply(delivered=delivered)

    def _stream_until_gone(self, req: Request, tool: Tool, q: queue.Queue, keepalive) -> Iterator:
        """Yield items from ``q`` with keepalives until the requester or the tool goes away. The
        thread sleeps between items: a cancelled request or a dropped tool wakes it (``WAKE``)."""
        self._open_stream(req, tool, q)
        try:
            yield keepalive                       # the acknowledgement: the stream is open from now on
            next_keepalive = time.monotonic() + self.conf.keepalive_s
            while not req.cancelled.is_set():
                if tool.gone.is_set():
                    raise ProtocolError(Code.FORBIDDEN, "this tool was unregistered",
                                        details={"reason": "unregistered"})
                wait = next_keepalive - time.monotonic()
                if wait <= 0:
                    next_keepalive = time.monotonic() + self.conf.keepalive_s
                    self.registry.alive(tool)
                    yield keepalive
                    continue
                try:
                    item = q.get(timeout=wait)
                except queue.Empty:
                    continue
                if item is not WAKE:
                    yield item
        finally:
            self._close_stream(req, tool, q)
        return T.Empty()

    def _open_stream(self, req: Request, tool: Tool, q: queue.Queue) -> None:
        """Each open stream holds a handler thread: bound them, so plain requests always find one."""
        with self._streams_lock:
            if len(self._streams) >= self.conf.max_streams:
                raise ProtocolError(Code.BUSY, f"the router has {len(self._streams)} streams open (the most "
                                               f"it keeps)", retry_after_ms=1000)
            if sum(1 for _, _, t in self._streams.values() if t is tool) >= self.conf.streams_per_connection:
                raise ProtocolError(Code.BUSY, f"{tool.name} has {self.conf.streams_per_connection} streams open on this "
                                               f"connection already", retry_after_ms=1000)
            self._streams[id(req)] = (req, q, tool)
            tool.wakers.add(q)
        req.on_cancel(lambda: _wake(q))          # the requester went away: the thread looks up
        self.registry.stream_opened(tool)

    def _close_stream(self, req: Request, tool: Tool, q: queue.Queue) -> None:
        with self._streams_lock:
            self._streams.pop(id(req), None)
            tool.wakers.discard(q)
        self.registry.stream_closed(tool)

    def inbox(self, req: Request, tool: Tool) -> Iterator:
        return self._stream_until_gone(req, tool, tool.mailbox, KEEPALIVE_DELIVERY)

    def subscribe(self, req: Request, tool: Tool) -> Iterator:
        asked = tuple(req.body.topics)
        for t in asked:
            if not any(t.startswith(p) for p in policy.TOPIC_FEATURES):
                raise ProtocolError(Code.INVALID, f"no events under {t!r}; topics start with "
                                                  f"{', '.join(policy.TOPIC_FEATURES)}", field="body.topics")
            if not policy.may_see_topic(tool.config, t):
                raise ProtocolError(Code.FORBIDDEN, f"{tool.name} may not see {t!r} events (it lacks the "
                                                    f"feature or the context access for them)",
                                    field="body.topics")
        topics = asked or tuple(p for p in policy.TOPIC_FEATURES if policy.may_see_topic(tool.config, p))
        sub = Subscription(tool, topics)
        self.fanout.add(sub)

        def run():
            try:
                return (yield from self._stream_until_gone(req, tool, sub.queue, KEEPALIVE_EVENT))
            finally:
                self.fanout.remove(sub)
        return run()
