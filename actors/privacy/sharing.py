"""A tool's ``data_sharing`` as the privacy filter trusts it: never more than the owner configured.

The router knows a tool's effective setting (its registration may ask for less than configured) and
may pass it along with ``privacy.restore``; the filter takes the lower of that and the owner's
``tools`` config for the tool's name, so no caller can raise a tool's rights by asking.
"""
from __future__ import annotations

ORDER = ("none", "filtered", "full")   # least to most
DEFAULT = "filtered"                   # what a configured tool without a setting gets (as the router)


def configured(tools_cfg: dict, tool: str) -> str:
    """The owner's ``privacy.data_sharing`` for ``tool``: its own entry, else ``default`` when unknown
    tools are allowed, else ``none``. A malformed value counts as ``none`` (fail closed)."""
    entry = tools_cfg.get(tool) if tool and tool not in ("default", "allow_unknown") else None
    if not isinstance(entry, dict):
        if not tools_cfg.get("allow_unknown", True):
            return "none"
        entry = tools_cfg.get("default")
        if not isinstance(entry, dict):
            return DEFAULT
    privacy = entry.get("privacy")
    if privacy is None:
        return DEFAULT
    value = privacy.get("data_sharing", DEFAULT) if isinstance(privacy, dict) else None
    return value if value in ORDER else "none"


def effective(tools_cfg: dict, tool: str, asked: str | None) -> str:
    """The lower of what the caller says (``None``: nothing said) and what is configured."""
    conf = configured(tools_cfg, tool)
    if asked is None:
        return conf
    if asked not in ORDER:
        return "none"
    return ORDER[min(ORDER.index(asked), ORDER.index(conf))]
