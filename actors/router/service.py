"""The router: the only service a tool may address.

Every message from a tool is (1) validated against its kind's schema (by the worker, before any
handler runs), (2) tied to the tool registered on that connection, (3) authorized by the tool's
integration type, features and context access (``policy.RIGHTS``), and (4) passed through the
privacy filter for its destination before it is forwarded to the context or model service or
delivered to another tool. If the privacy filter does not answer, nothing flows (``unavailable``).
"""
from __future__ import annotations

import queue
import threading
import time
from typing import Any, Iterator

import msgspec

from bus import Client, Request, Subscriber
from bus.security import Keyring
from protocol import KINDS, Code, ProtocolError, new_id, to_builtins
from protocol.kinds import llm as L, tool as T

from actors.base import Actor
from actors.privacy.engine import redact_for_log
from actors.shared import toolconfig

from . import policy
from .events import EventFanout, Subscription
from .observer import MessageObserver
from .registry import WAKE, Tool, ToolRegistry, _wake

KEEPALIVE = "tool.keepalive"
KEEPALIVE_DELIVERY = T.Delivery(sender="router", data=None, topic=KEEPALIVE)
KEEPALIVE_EVENT = T.Event(topic=KEEPALIVE, data=None)
# Internal (owner) connections may list tools without registering: `enclave tools`.
INTERNAL_TAG = b"I"


class RouterActor(Actor):
    service = "router"
    capacity = 128              # long-lived inbox / subscribe streams each hold a handler thread
    foreign_kinds = True

    def __init__(self, env, log=None):
        super().__init__(env, log)
        conf = self.conf = env.settings.router
        self.tools_cfg = env.settings.tools
        self.capacity = conf.capacity
        self.registry = ToolRegistry(idle_timeout_s=conf.idle_timeout_s, mailbox_size=conf.mailbox_size)
        self.registry.on_change = self._tool_changed
        self.fanout = EventFanout(lambda: Subscriber(env.endpoints.events, tuple(conf.event_topics), ctx=env.ctx))
        self.observer = MessageObserver(lambda: env.client("router"), per_second=conf.record_messages_per_s)
        self._clients = threading.local()
        self._streams: dict[int, tuple[Request, queue.Queue, Tool]] = {}
        self._streams_lock = threading.Lock()
        self.routes = {
            "tool.register": self.register, "tool.unregister": self.unregister,
            "tool.heartbeat": self.heartbeat, "tool.list": self.list_tools, "tool.send": self.send,
            "tool.inbox": self.inbox, "tool.subscribe": self.subscribe,
            "context.preserve": self.preserve, "context.query": self.read_scoped,
            "context.get": self.read_scoped, "pattern.list": self.read_scoped,
            "pattern.feedback": self.forward, "llm.models": self.forward,
            "llm.embed": self.embed, "llm.generate": self.generate,
        }

    # ---- lifecycle --------------------------------------------------------------------------------
    def setup(self) -> None:
        self.fanout.start()
        self.observer.start()

    def teardown(self) -> None:
        self.fanout.stop()
        self.observer.stop()

    def tick(self) -> None:
        self.registry.reap()
        with self._streams_lock:
            for req, q, _tool in self._streams.values():
                if req.cancelled.is_set():
                    _wake(q)

    def status_details(self) -> dict:
        tools = self.registry.all()
        return {"tools": len(tools), "streams": sum(t.streams for t in tools),
                "message_contexts": self.observer.stats()}

    def _tool_changed(self, topic: str, tool: Tool) -> None:
        self.publish(topic, {"tool": tool.name, "integration_type": tool.config.integration_type})
        if self.log:
            self.log.info(topic, tool=tool.name, peer=tool.peer.decode(errors="replace")[:60])

    # ---- dispatch: identity, then rights, then the handler ---------------------------------------
    def _dispatch(self, req: Request) -> Any:
        kind = req.kind.name
        if kind.startswith("sys."):
            return super()._dispatch(req)
        if kind == "tool.register":
            return self.register(req, None)
        if kind == "tool.list" and req.client[:1] == INTERNAL_TAG:
            return self.list_tools(req, None)
        tool = self.registry.of(req.client)
        tool.touch()
        policy.authorize(tool.name, tool.config, kind)
        route = self.routes.get(kind)
        if route is None:   # authorized kinds all have a route; this is a guard against drift
            raise ProtocolError(Code.FORBIDDEN, f"the router does not forward {kind!r}", field="kind")
        return route(req, tool)

    # ---- calling the services (a client per thread and role: a stream and a call may overlap) ---
    def _client(self, role: str) -> Client:
        c = getattr(self._clients, role, None)
        if c is None:
            c = self.env.client("router")
            setattr(self._clients, role, c)
        return c

    def _call(self, kind: str, body: Any, *, timeout: float, role: str = "main") -> Any:
        return self._client(role).request(kind, body, timeout=timeout)

    def _forward(self, kind: str, body: Any, *, timeout: float) -> Any:
        """A service's answer, checked against the kind's declared reply and relayed whole."""
        return _typed(self._call(kind, body, timeout=timeout), KINDS[kind].reply)

    def _relay(self, req: Request, kind: str, body: Any, timeout: float) -> Iterator:
        """Stream a request upstream; stop it when our own requester goes away (checked while waiting,
        so a model still reading the prompt is cancelled too)."""
        c = self._client("main")
        msg_id = c.send(kind, body, timeout=timeout)
        give_up = time.monotonic() + timeout + 0.5
        done = False
        try:
            while True:
                if req.cancelled.is_set() or req.expired():
                    req.check()
                if time.monotonic() > give_up:
                    raise ProtocolError(Code.TIMEOUT, f"no reply to {kind} within {timeout:g} s")
                reply = c.recv(timeout=0.05)
                if reply is None or reply.msg_id != msg_id:
                    continue
                if reply.is_error:
                    done = True
                    raise reply.error()
                done = reply.final
                yield reply
                if done:
                    return
        finally:
            if not done:
                c.cancel(msg_id)

    def _timeout(self, req: Request, default: float) -> float:
        left = req.remaining()
        return default if left is None else max(0.05, min(default, left))

    def _sanitize(self, tool: Tool, data: Any, destination: str, **extra) -> dict:
        """The privacy filter, failing closed: blocked -> forbidden, no answer -> unavailable."""
        body = {"data": data, "source": tool.name, "destination": destination, "session": tool.vault,
                **{k: v for k, v in extra.items() if v is not None}}
        try:
            reply = self._call("privacy.sanitize", body, timeout=self.conf.privacy_timeout_s, role="privacy")
        except ProtocolError as e:
            if e.code == Code.FORBIDDEN:
                raise ProtocolError(Code.FORBIDDEN, f"privacy: {e.message}", details={"reason": "blocked"})
            raise ProtocolError(Code.UNAVAILABLE, f"the privacy filter did not answer ({e.code.value}: "
                                                  f"{e.message}); no data flows without it") from None
        if not isinstance(reply, dict) or "data" not in reply:
            raise ProtocolError(Code.UNAVAILABLE, "the privacy filter gave no usable answer; no data flows")
        if reply.get("blocked"):
            raise ProtocolError(Code.FORBIDDEN, f"privacy: {reply.get('reason') or 'blocked'}",
                                details={"reason": "blocked", "labels": reply.get("labels", [])})
        return reply

    # ---- tool.* -----------------------------------------------------------------------------------
    def register(self, req: Request, _tool) -> dict:
        body = to_builtins(req.body)
        name = body["name"]
        self._check_curve_name(req.peer, name)
        self._check_name_is_public(name)
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

    def send(self, req: Request, tool: Tool) -> dict:
        body = req.body
        receivers = [t for t in self.registry.named(body.to)]
        if not receivers:
            raise ProtocolError(Code.NOT_FOUND, f"no registered tool named {body.to!r}", field="body.to")
        if receivers[0].config.integration_type == "passive":
            raise ProtocolError(Code.FORBIDDEN, f"{body.to} is a passive tool: it receives no messages")
        destination = policy.receiver_filter(receivers[0].config)
        data = body.data
        if destination is not None:
            data = self._sanitize(tool, data, destination)["data"]
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

    # ---- context and patterns ---------------------------------------------------------------------
    def preserve(self, req: Request, tool: Tool) -> dict:
        record = to_builtins(req.body.record)
        record["source"] = tool.name          # a tool writes as itself, whatever it claims
        meta = record.get("metadata") or {}
        path = meta.get("path") if isinstance(meta.get("path"), str) else None
        root = meta.get("project_root") if isinstance(meta.get("project_root"), str) else None
        clean = self._sanitize(tool, record, "context_store", path=path, project_root=root)
        # the context service publishes context.preserved itself (subscribers get it through the fanout)
        return self._forward("context.preserve", {"record": clean["data"], "seal": clean.get("seal") or ""},
                             timeout=self._timeout(req, self.conf.context_timeout_s))

    def read_scoped(self, req: Request, tool: Tool) -> Any:
        body = to_builtins(req.body)
        body["access"] = policy.access_scope(tool.name, tool.config)   # never the tool's own
        if body.get("text"):        # a query's words reach the store's index and metrics: filter them too
            body["text"] = self._sanitize(tool, body["text"], "context_store")["data"]
        return self._forward(req.kind.name, body, timeout=self._timeout(req, self.conf.context_timeout_s))

    def forward(self, req: Request, tool: Tool) -> Any:
        return self._forward(req.kind.name, to_builtins(req.body),
                             timeout=self._timeout(req, self.conf.context_timeout_s))

    # ---- models -----------------------------------------------------------------------------------
    def embed(self, req: Request, tool: Tool) -> Any:
        body = to_builtins(req.body)
        body["input"] = self._sanitize(tool, body["input"], "local_model")["data"]
        return self._forward("llm.embed", body, timeout=self._timeout(req, self.conf.llm_timeout_s))

    def generate(self, req: Request, tool: Tool) -> Iterator:
        body = to_builtins(req.body)
        # everything that reaches the model as text: the prompt, and what constrains the output
        text_fields = {k: body[k] for k in ("prompt", "messages", "stop", "json_schema") if body.get(k)}
        body.update(self._sanitize(tool, text_fields, "local_model")["data"])
        body["session"] = tool.vault
        return self._generate(req, tool, body)

    def _generate(self, req: Request, tool: Tool, body: dict) -> Iterator:
        """Relay the model's tokens, restored for the tool. A piece held back by the restorer (a
        pseudonym may be split across tokens) travels with the next one, counts summed."""
        restore = policy.restores_pseudonyms(tool.config)
        stream_id = new_id()
        index = held = 0
        final = None
        for reply in self._relay(req, "llm.generate", body, self._timeout(req, self.conf.llm_timeout_s)):
            if reply.final:
                final = _typed(reply.body, L.GenerateReply)
                break
            piece = _typed(reply.body, L.Token)
            text, held = piece.text, held + piece.count
            if restore:
                text, restore = self._restore(tool, text, stream_id, final=False)
            if text:
                yield L.Token(text=text, index=index, count=held)
                index, held = index + 1, 0
        if restore:
            tail, restore = self._restore(tool, "", stream_id, final=True)
            if tail:
                yield L.Token(text=tail, index=index, count=held)
        if restore and final is not None and final.text:
            final.text, _ = self._restore(tool, final.text, None, final=True)
        return final

    def _restore(self, tool: Tool, text: str, stream_id: str | None, *, final: bool) -> tuple[str, bool]:
        """Pseudonyms back to the tool's own values. If privacy fails, the text stays pseudonymized
        (safe: a pseudonym reveals nothing) and restoring stops for this answer."""
        body = {"data": text, "session": tool.vault, "tool": tool.name, "final": final}
        if stream_id is not None:
            body["stream"] = stream_id
        try:
            reply = self._call("privacy.restore", body, timeout=self.conf.privacy_timeout_s, role="privacy")
            return reply["data"], True
        except (ProtocolError, KeyError, TypeError):
            return text, False


def _typed(body: Any, reply_type: type) -> Any:
    """An upstream body as its declared structure; a body that does not match is the upstream's bug."""
    try:
        return msgspec.convert(body, reply_type)
    except msgspec.ValidationError as e:
        raise ProtocolError(Code.INTERNAL, f"an upstream reply did not match {reply_type.__name__}: {e}") from None
