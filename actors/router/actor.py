"""The router: the only service a tool may address (filled in by the tool-integration work)."""
from __future__ import annotations

from actors.base import Actor


class RouterActor(Actor):
    service = "router"
    capacity = 16
