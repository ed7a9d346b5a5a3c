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
from typing import Any

import msgspec

from bus import Request, Subscriber
from protocol import Code, ProtocolError

from actors.base import Actor

from .. import policy
from ..events import EventFanout
from ..observer import MessageObserver
from ..registry import Tool, ToolRegistry
from ..shares import Shares
from .forward import Forwarding
from .remember import Remembering
from .tools import INTERNAL_TAG, ToolHandlers


TOOL_ECHO_REPEAT = 100         # sys.echo from a tool: a probe, never an amplifier
TOOL_ECHO_DELAY_MS = 1000


class RouterActor(ToolHandlers, Forwarding, Remembering, Actor):
    service = "router"
    capacity = 128              # long-lived inbox / subscribe streams each hold a handler thread
    foreign_kinds = True
    tick_ms = 2000              # reaping silent tools: well within idle_timeout_s

    def __init__(self, env, log=None):
        super().__init__(env, log)
        conf = self.conf = env.settings.router
        self.tools_cfg = env.settings.tools
        self.capacity = conf.capacity
        self.registry = ToolRegistry(idle_timeout_s=conf.idle_timeout_s, mailbox_size=conf.mailbox_size,
                                     max_tools=conf.max_tools)
        self.shares = Shares(max_generations=conf.max_generations_per_tool, writes_per_s=conf.writes_per_s,
                             write_burst=conf.write_burst)
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
            "context.get": self.read_scoped, "context.why": self.read_scoped, "pattern.list": self.read_scoped,
            "pattern.feedback": self.forward, "llm.models": self.models,
            "llm.embed": self.embed, "llm.generate": self.generate,
        }

    # ---- lifecycle --------------------------------------------------------------------------------
    def setup(self) -> None:
        self.ensure_tool_tokens()
        self.fanout.start()
        self.observer.start()
        self.start_capture()

    def teardown(self) -> None:
        self.fanout.stop()
        self.observer.stop()
        self.stop_capture()

    def tick(self) -> None:
        """Drop tools silent past ``idle_timeout_s`` (a cancelled stream wakes its thread itself)."""
        self.registry.reap()

    def status_details(self) -> dict:
        tools = self.registry.all()
        return {"tools": len(tools), "streams": sum(t.streams for t in tools),
                "message_contexts": self.observer.stats()}

    def _sys_for_tools(self, req: Request) -> Any:
        """From the tools endpoint ``sys.*`` reveals nothing of the inside and amplifies nothing:
        ``sys.ping`` says the router is there (pid 0); ``sys.echo`` only for a registered tool and
        briefly; ``sys.status`` only for the owner."""
        kind = req.kind.name
        if kind == "sys.ping":
            return msgspec.structs.replace(super()._dispatch(req), pid=0)
        if kind == "sys.echo":
            self.registry.of(req.client).touch()
            if req.body.repeat > TOOL_ECHO_REPEAT or req.body.delay_ms > TOOL_ECHO_DELAY_MS:
                raise ProtocolError(Code.INVALID, f"from a tool, sys.echo streams at most {TOOL_ECHO_REPEAT} "
                                                  f"replies and waits at most {TOOL_ECHO_DELAY_MS} ms",
                                    field="body.repeat")
            return super()._dispatch(req)
        raise ProtocolError(Code.FORBIDDEN, f"{kind} is the owner's (internal endpoint)", field="kind")

    def _tool_changed(self, topic: str, tool: Tool) -> None:
        self.publish(topic, {"tool": tool.name, "integration_type": tool.config.integration_type})
        if self.log:
            self.log.info(topic, tool=tool.name, peer=tool.peer.decode(errors="replace")[:60])

    # ---- dispatch: identity, then rights, then the handler ---------------------------------------
    def _dispatch(self, req: Request) -> Any:
        kind = req.kind.name
        if kind.startswith("sys."):
            if req.client[:1] == INTERNAL_TAG:
                return super()._dispatch(req)
            return self._sys_for_tools(req)
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
