"""A tool's ``context_access`` scope: which contexts it may read.

``{"mode": "full"}`` sees everything; ``{"mode": "none"}`` nothing (every read is refused);
``{"mode": "limited", "projects": [...], "sources": [...]}`` sees a context only if its project is
listed (when ``projects`` is given) and every tool its data came from is listed (when ``sources``
is given) — a synthesized context mixing two tools' data needs both. A limited scope that lists
nothing sees nothing: it fails closed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from protocol.vocab import AccessMode, values

from .errors import AccessDenied, InvalidRecord
from .record import SYNTHESIZED, Context

MODES = values(AccessMode)


@dataclass(frozen=True)
class Access:
    mode: str = "full"
    projects: frozenset | None = None
    sources: frozenset | None = None

    @classmethod
    def parse(cls, scope: Any) -> "Access":
        if scope is None:
            return FULL
        if isinstance(scope, Access):
            return scope
        if isinstance(scope, str):
            scope = {"mode": scope}
        if not isinstance(scope, dict):
            raise InvalidRecord("access: an object with mode, projects, sources")
        unknown = set(scope) - {"mode", "projects", "sources"}
        if unknown:
            raise InvalidRecord(f"access.{sorted(unknown)[0]}: unknown field")
        mode = scope.get("mode", "limited")
        if mode not in MODES:
            raise InvalidRecord(f"access.mode: one of {', '.join(MODES)}")
        return cls(mode, _names(scope, "projects"), _names(scope, "sources"))

    def require(self) -> "Access":
        """Refuse a scope that can see nothing."""
        if self.mode == "none" or (self.mode == "limited" and not self.projects
                                   and not self.sources):
            raise AccessDenied("context access is none for this tool")
        return self

    @property
    def project_filter(self) -> frozenset | None:
        return self.projects if self.mode == "limited" and self.projects else None

    @property
    def source_filter(self) -> frozenset | None:
        return self.sources if self.mode == "limited" and self.sources else None

    def allows(self, ctx: Context) -> bool:
        if self.mode == "full":
            return True
        if self.mode == "none":
            return False
        if self.projects and ctx.project not in self.projects:
            return False
        if self.sources and not set(source_tools(ctx)) <= self.sources:
            return False
        return bool(self.projects or self.sources)


FULL = Access("full")


def source_tools(ctx: Context) -> tuple[str, ...]:
    """Every tool whose data ``ctx`` holds."""
    if ctx.tier == SYNTHESIZED:
        tools = ctx.metadata.get("source_tools")
        if isinstance(tools, list) and tools:
            return tuple(sorted(set(map(str, tools))))
    return (ctx.source,)


def _names(scope: dict, key: str) -> frozenset | None:
    value = scope.get(key)
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise InvalidRecord(f"access.{key}: a list of names")
    return frozenset(value)
