"""What a tool may do: the rights each kind needs, its read scope, the events it may see.

Pure functions over a tool's effective rights (``ToolConfig``, from ``actors.shared.toolconfig``),
so the whole policy is testable without a mesh. The router applies it; nothing here talks to the bus.
"""
from __future__ import annotations

from typing import Any

from actors.shared.toolconfig import FEATURES, ToolConfig, check_name, configured, effective  # noqa: F401
from protocol import Code, ProtocolError

# The one table of rights: kind (or kind prefix + ".") -> what the tool needs.
#   feature: a feature that must be on;  read: needs context_access other than none;
#   active: refused to passive tools (they only record).
RIGHTS: dict[str, dict[str, Any]] = {
    "context.preserve": {"feature": "context_sync"},
    "context.query": {"feature": "context_sync", "read": True, "active": True},
    "context.get": {"feature": "context_sync", "read": True, "active": True},
    "context.why": {"feature": "context_sync", "read": True, "active": True},
    "pattern.list": {"feature": "pattern_learning", "read": True, "active": True},
    "pattern.feedback": {"feature": "pattern_learning", "active": True},
    "llm.generate": {"feature": "command_integration", "active": True},
    "llm.embed": {"feature": "command_integration", "active": True},
    "llm.models": {"feature": "command_integration", "active": True},
    "tool.send": {"active": True},
    "tool.inbox": {"active": True},
    "tool.subscribe": {"active": True},
    "tool.list": {},
    "tool.heartbeat": {},
    "tool.unregister": {},
}

# Event topics (prefixes) and the feature a subscriber needs to see them.
TOPIC_FEATURES = {"context.": "context_sync", "pattern.": "pattern_learning", "tool.": None}


def authorize(name: str, config: ToolConfig, kind: str) -> None:
    """Raise ``forbidden`` unless the tool's config allows ``kind``."""
    rights = RIGHTS.get(kind)
    if rights is None:
        raise ProtocolError(Code.FORBIDDEN, f"tools may not send {kind!r} (only "
                                            f"{', '.join(sorted(RIGHTS))} and sys.*)", field="kind")
    if rights.get("active") and config.integration_type == "passive":
        raise ProtocolError(Code.FORBIDDEN, f"{name} is a passive tool: it may record, not {kind}",
                            field="kind")
    feature = rights.get("feature")
    if feature and not config.features.get(feature):
        raise ProtocolError(Code.FORBIDDEN, f"{kind} needs the {feature} feature, which {name} did not "
                                            f"register (or may not have)", field="kind")
    if rights.get("read") and config.context_access == "none":
        raise ProtocolError(Code.FORBIDDEN, f"{name} has context_access none", field="kind")


def access_scope(name: str, config: ToolConfig) -> dict:
    """The ``access`` the router sets on every read (a tool's own value is never trusted)."""
    if config.context_access == "full":
        return {"mode": "full"}
    if config.context_access == "none":
        return {"mode": "none"}
    scope: dict = {"mode": "limited", "sources": sorted({name, *config.sources})}
    if config.projects:
        scope["projects"] = sorted(config.projects)
    return scope


def may_see_topic(config: ToolConfig, topic: str) -> bool:
    for prefix, feature in TOPIC_FEATURES.items():
        if topic.startswith(prefix):
            if prefix == "context." and config.context_access == "none":
                return False
            return feature is None or bool(config.features.get(feature))
    return False


def event_in_scope(name: str, config: ToolConfig, data: Any) -> bool:
    """A context/pattern event names its project and source; a limited tool sees only its own."""
    if config.context_access == "full" or not isinstance(data, dict):
        return config.context_access == "full"
    scope = access_scope(name, config)
    if scope["mode"] != "limited":
        return False
    if "projects" in scope and data.get("project") not in scope["projects"]:
        return False
    return data.get("source") in scope["sources"]


def restores_pseudonyms(config: ToolConfig) -> bool:
    """Model answers get the tool's own values back (its session's pseudonyms) unless it shares none."""
    return config.data_sharing in ("filtered", "full")


def receiver_filter(config: ToolConfig) -> str | None:
    """How data reaches a receiving tool: None = as sent, "local_tool" = sanitized; none: refused."""
    if config.data_sharing == "full":
        return None
    if config.data_sharing == "filtered":
        return "local_tool"
    raise ProtocolError(Code.FORBIDDEN, "the receiver's data_sharing is none: it accepts no data")
