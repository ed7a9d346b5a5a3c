"""A tool's effective rights: the owner's ``tools`` config for its name, capped by what it asked.

Pure functions over the typed settings (``settings.tools``, ``settings.router.allow_unknown_tools``).
The router applies them at registration; the privacy filter applies ``data_sharing`` again when it
is asked to restore pseudonyms, so no caller can raise a tool's rights by asking.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from protocol import Code, ProtocolError
from protocol.vocab import AccessMode, DataSharing, Feature, IntegrationType, lowest, values

from .settings.schema import ToolEntry

FEATURES = values(Feature)
TEMPLATE = "default"                         # the entry unknown tools get (when allowed)
RESERVED_NAMES = ("router", "bus", TEMPLATE)


@dataclass(frozen=True)
class ToolConfig:
    """A tool's effective rights after registration."""
    integration_type: str
    features: dict
    data_sharing: str
    context_access: str
    projects: tuple = ()          # with limited access: only these projects' contexts (empty: any)
    sources: tuple = ()           # with limited access: also contexts these tools wrote
    shared: bool = False          # several connections may hold the name at once (shell, git hooks)

    def public(self) -> dict:
        return {"integration_type": self.integration_type, "features": dict(self.features),
                "privacy": {"data_sharing": self.data_sharing, "context_access": self.context_access}}


def configured(tools: Mapping[str, ToolEntry], name: str, allow_unknown: bool) -> ToolEntry | None:
    """The owner's entry for ``name``; the ``default`` entry for other names if unknown tools are
    allowed; else None."""
    entry = tools.get(name) if name != TEMPLATE else None
    if entry is not None:
        return entry
    return tools.get(TEMPLATE) if allow_unknown else None


def check_name(name: str) -> None:
    if not name or len(name) > 64 or name in RESERVED_NAMES or \
            not all((c.isascii() and c.isalnum()) or c in "-_." for c in name):
        raise ProtocolError(Code.INVALID, f"bad tool name {name!r}: 1-64 letters, digits, '-', '_', '.'; "
                                          f"not {', '.join(map(repr, RESERVED_NAMES))}", field="body.name")


def effective(tools: Mapping[str, ToolEntry], name: str, requested: dict, *,
              allow_unknown: bool) -> ToolConfig:
    """Cap a registration (``RegisterRequest`` as a dict) by the owner's config for its name."""
    check_name(name)
    conf = configured(tools, name, allow_unknown)
    if conf is None:
        raise ProtocolError(Code.FORBIDDEN, f"tool {name!r} is not configured and unknown tools are "
                                            f"not allowed (router.allow_unknown_tools)", field="body.name")
    asked = requested.get("features") or {}
    features = {f: getattr(conf.features, f) and asked.get(f) is not False for f in FEATURES}
    asked_privacy = requested.get("privacy") or {}
    projects = _narrowed(tuple(conf.projects), tuple(requested.get("projects") or ()))
    return ToolConfig(
        integration_type=_cap(IntegrationType, requested.get("integration_type"), conf.integration_type),
        features=features,
        data_sharing=_cap(DataSharing, asked_privacy.get("data_sharing"), conf.privacy.data_sharing),
        context_access=_cap(AccessMode, asked_privacy.get("context_access"), conf.privacy.context_access),
        projects=projects,
        sources=tuple(conf.sources),
        shared=conf.shared,
    )


def _narrowed(allowed: tuple, asked: tuple) -> tuple:
    """The projects a tool reads: what it asked for, within what the owner allows (empty: any). A
    request that keeps nothing is refused, never widened to every project."""
    if not asked:
        return allowed
    kept = tuple(dict.fromkeys(p for p in asked if not allowed or p in allowed))
    if not kept:
        raise ProtocolError(Code.FORBIDDEN, f"none of the projects asked for is allowed to this tool "
                                            f"(allowed: {', '.join(allowed)})", field="body.projects")
    return kept


def _cap(vocabulary, wanted: str | None, allowed: str) -> str:
    return allowed if wanted is None else lowest(vocabulary, wanted, allowed)


def data_sharing(tools: Mapping[str, ToolEntry], name: str, asked: str | None, *,
                 allow_unknown: bool) -> str:
    """The lower of what a caller says a tool's ``data_sharing`` is (None: nothing said) and what
    the owner configured for that name; ``none`` for a name nobody configured or allowed."""
    conf = configured(tools, name, allow_unknown) if name else None
    if conf is None:
        return "none"
    if asked is None:
        return conf.privacy.data_sharing
    if asked not in values(DataSharing):
        return "none"
    return lowest(DataSharing, asked, conf.privacy.data_sharing)
