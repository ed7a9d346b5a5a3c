"""Kinds of the router (service ``router``): what a tool says about itself and to other tools.

A tool may also send ``context.*``, ``pattern.*`` and ``llm.*`` kinds to the router, which checks
them against the tool's rights, applies the privacy boundary and forwards them.
"""
from __future__ import annotations

from typing import Any, Literal

import msgspec

from . import Body, Empty, declare


class Features(Body):
    context_sync: bool = False
    pattern_learning: bool = False
    command_integration: bool = False


class ToolPrivacy(Body):
    data_sharing: Literal["filtered", "none", "full"] = "filtered"
    context_access: Literal["limited", "full", "none"] = "limited"


class RegisterRequest(Body):
    name: str
    integration_type: Literal["deep", "standard", "light", "passive"] = "standard"
    features: Features = msgspec.field(default_factory=Features)
    privacy: ToolPrivacy = msgspec.field(default_factory=ToolPrivacy)
    projects: list[str] = []


class RegisterReply(Body):
    tool: str
    session: str
    features: Features
    privacy: ToolPrivacy


class SendRequest(Body):
    to: str
    data: Any
    topic: str = ""


class SendReply(Body):
    delivered: bool


class Delivery(Body):
    sender: str                       # "from" is a keyword in Python
    data: Any
    topic: str = ""


class SubscribeRequest(Body):
    topics: list[str] = []            # e.g. context.preserved; empty: every topic the tool may see


class Event(Body):
    topic: str
    data: Any


class ToolInfo(Body):
    name: str
    integration_type: str
    features: Features
    privacy: ToolPrivacy
    messages: int = 0
    last_seen: float = 0.0
    connected: bool = True


class ToolsReply(Body):
    tools: list[ToolInfo]


declare("tool.register", service="router", request=RegisterRequest, reply=RegisterReply,
        doc="Bind this connection to a tool identity and its config; required before anything else.")
declare("tool.unregister", service="router", request=Empty, reply=Empty, doc="Leave.")
declare("tool.send", service="router", request=SendRequest, reply=SendReply,
        doc="Deliver data to another registered tool, sanitized per the receiver's data_sharing.")
declare("tool.inbox", service="router", request=Empty, reply=Empty, partial=Delivery,
        doc="A long-lived stream of the messages other tools send to this one.")
declare("tool.subscribe", service="router", request=SubscribeRequest, reply=Empty, partial=Event,
        doc="A long-lived stream of mesh events this tool may see (context updates need context_sync).")
declare("tool.list", service="router", request=Empty, reply=ToolsReply,
        doc="Registered tools, their features and access, message counts and last seen.")
