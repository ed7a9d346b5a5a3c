"""What a tool may do: its effective config, the rights each kind needs, its read scope.

Pure functions over plain data (the ``tools`` config section and a registration), so the whole
policy is testable without a mesh. The router applies it; nothing here talks to the bus.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from protocol import Code, ProtocolError

FEATURES = ("context_sync", "pattern_learning", "command_integration")
# Orders from least to most: a registration may ask for less than configured, never more.
INTEGRATION = ("passive", "light", "standard", "deep")
SHARING = ("none", "filtered", "full")
ACCESS = ("none", "limited", "full")

# The one table of rights: kind (or kind prefix + ".") -> what the tool needs.
#   feature: a feature that must be on;  read: needs context_access other than none;
#   active: refused to passive tools (they only record).
RIGHTS: dict[str, dict[str, Any]] = {
    "context.preserve": {"feature": "context_sync"},
    "context.query": {"feature": "context_sync", "read": True, "active": True},
    "context.get": {"feature": "context_sync", "read": True, "active": True},
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


@dataclass(frozen=True)
class ToolConfig:
    """A tool's effective rights after registration."""
    integration_type: str = "standard"
    features: dict = field(default_factory=lambda: dict.fromkeys(FEATURES, False))
    data_sharing: str = "filtered"
    context_access: str = "limited"
    projects: tuple = ()          # with limited access: also these projects' contexts (narrowing)
    sources: tuple = ()           # with limited access: also contexts these tools wrote
    shared: bool = False          # several connections may hold the name at once (shell, git hooks)

    def public(self) -> dict:
        return {"integration_type": self.integration_type, "features": dict(self.features),
                "privacy": {"data_sharing": self.data_sharing, "context_access": self.context_access}}


def configured(tools_cfg: dict, name: str) -> dict | None:
    """The owner's config for ``name``; the ``default`` entry for unknown names if allowed."""
    entry = tools_cfg.get(name) if name != "default" else None
    if isinstance(entry, dict):
        return entry
    if tools_cfg.get("allow_unknown", True):
        default = tools_cfg.get("default")
        return default if isinstance(default, dict) else {}
    return None


def _cap(order: tuple, wanted: str | None, allowed: str | None, default: str) -> str:
    allowed = allowed if allowed in order else default
    if wanted is None:
        return allowed
    return order[min(order.index(wanted), order.index(allowed))]


def effective(tools_cfg: dict, name: str, requested: dict) -> ToolConfig:
    """Cap a registration (``RegisterRequest`` as a dict) by the owner's config for its name."""
    check_name(name)
    conf = configured(tools_cfg, name)
    if conf is None:
        raise ProtocolError(Code.FORBIDDEN, f"tool {name!r} is not configured and unknown tools are "
                                            f"not allowed (tools.allow_unknown)", field="body.name")
    conf_features = conf.get("features") or {}
    asked = requested.get("features") or {}
    features = {}
    for f in FEATURES:
        allowed = bool(conf_features.get(f, False))
        want = asked.get(f)
        features[f] = allowed if want is None else (allowed and bool(want))
    conf_privacy = conf.get("privacy") or {}
    asked_privacy = requested.get("privacy") or {}
    projects = tuple(conf.get("projects") or ())
    if requested.get("projects"):
        wanted = [p for p in requested["projects"] if p in projects]
        projects = tuple(wanted)
    return ToolConfig(
        integration_type=_cap(INTEGRATION, requested.get("integration_type"), conf.get("integration_type"),
                              "standard"),
        features=features,
        data_sharing=_cap(SHARING, asked_privacy.get("data_sharing"), conf_privacy.get("data_sharing"),
                          "filtered"),
        context_access=_cap(ACCESS, asked_privacy.get("context_access"), conf_privacy.get("context_access"),
                            "limited"),
        projects=projects,
        sources=tuple(s for s in conf.get("sources") or () if isinstance(s, str)),
        shared=bool(conf.get("shared", False)),
    )


def check_name(name: str) -> None:
    if not name or len(name) > 64 or name in ("router", "default", "bus") or \
            not all((c.isascii() and c.isalnum()) or c in "-_." for c in name):
        raise ProtocolError(Code.INVALID, f"bad tool name {name!r}: 1-64 letters, digits, '-', '_', '.'; "
                                          f"not 'router', 'bus' or 'default'", field="body.name")


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
