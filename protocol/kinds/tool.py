"""Kinds of the router (service ``router``): what a tool says about itself and to other tools.

A tool may also send ``context.*``, ``pattern.*`` and ``llm.*`` kinds to the router, which checks
them against the tool's rights, applies the privacy boundary and forwards them.

A tool's rights are the seed's tool configuration (``integration_type``, ``features``, ``privacy``).
What a tool asks for at registration is capped by what the owner configured for that name
(``configs/tools.json``, key ``tools``); a field left out means "as configured".
"""
from __future__ import annotations

from typing import Any

from ..vocab import AccessMode as ContextAccess, DataSharing, IntegrationType
from . import Body, ReplyBody, Empty, declare


class Features(ReplyBody):
    """One flag per ``vocab.Feature`` (a test keeps the two the same)."""
    context_sync: bool = False
    pattern_learning: bool = False
    command_integration: bool = False
    memory: bool = False                  # its generations get what the context store knows


class ToolPrivacy(ReplyBody):
    data_sharing: DataSharing = "filtered"
    context_access: ContextAccess = "limited"


class RequestedFeatures(Body):
    """At registration: a feature left out is "as configured"; ``true`` never exceeds the config."""
    context_sync: bool | None = None
    pattern_learning: bool | None = None
    command_integration: bool | None = None
    memory: bool | None = None


class RequestedPrivacy(Body):
    data_sharing: DataSharing | None = None
    context_access: ContextAccess | None = None


class RegisterRequest(Body):
    name: str
    integration_type: IntegrationType | None = None
    features: RequestedFeatures | None = None
    privacy: RequestedPrivacy | None = None
    projects: list[str] = []          # narrows a limited scope to these (of the configured) projects
    resume: str | None = None         # the session of an earlier registration: reclaim the name at once
    token: str | None = None          # the tool's credential: required for a configured or built-in name


class RegisterReply(ReplyBody):
    tool: str
    session: str                      # secret to this connection: pass it as ``resume`` to reconnect
    integration_type: str
    features: Features
    privacy: ToolPrivacy
    idle_timeout_s: float             # silent longer than this (and no open stream): unregistered
    keepalive_s: float                # open inbox/subscribe streams get a keepalive this often


class SendRequest(Body):
    to: str
    data: Any
    topic: str = ""


class SendReply(ReplyBody):
    delivered: int                    # connections of the receiver it was queued for


class Delivery(ReplyBody):
    sender: str                       # "from" is a keyword in Python; "router" for keepalives
    data: Any
    topic: str = ""                   # "tool.keepalive": no data, proves the stream is alive


class SubscribeRequest(Body):
    topics: list[str] = []            # prefixes, e.g. "context."; empty: every topic the tool may see


class Event(ReplyBody):
    topic: str                        # "tool.keepalive" for keepalives
    data: Any


class ToolInfo(ReplyBody):
    name: str
    integration_type: str
    features: Features
    privacy: ToolPrivacy
    messages: int = 0
    last_seen: float = 0.0
    connected: bool = True
    peer: str = "ipc"                 # ipc, or curve:<public key>
    connections: int = 1
    streams: int = 0                  # open inbox / subscribe streams
    registered_at: float = 0.0


class ToolsReply(ReplyBody):
    tools: list[ToolInfo]


declare("tool.register", service="router", request=RegisterRequest, reply=RegisterReply,
        doc="Bind this connection to a tool identity and its config; required before anything else. "
            "A name held by another live connection is refused (``forbidden``) unless ``resume`` "
            "carries that registration's session.")
declare("tool.unregister", service="router", request=Empty, reply=Empty, doc="Leave.")
declare("tool.heartbeat", service="router", request=Empty, reply=Empty,
        doc="Keeps a tool with no open stream registered (any message does the same).")
declare("tool.send", service="router", request=SendRequest, reply=SendReply,
        doc="Deliver data to another registered tool, sanitized per the receiver's data_sharing "
            "(full: as sent; filtered: through the privacy filter; none: refused).")
declare("tool.inbox", service="router", request=Empty, reply=Empty, partial=Delivery,
        doc="A long-lived stream of the messages other tools send to this one, with keepalives.")
declare("tool.subscribe", service="router", request=SubscribeRequest, reply=Empty, partial=Event,
        doc="A long-lived stream of mesh events this tool may see (context.* needs context_sync, "
            "pattern.* needs pattern_learning), with keepalives.")
declare("tool.list", service="router", request=Empty, reply=ToolsReply,
        doc="Registered tools, their features and access, message counts and last seen.")
