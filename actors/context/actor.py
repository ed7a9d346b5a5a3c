"""The context actor (store, query, synthesis, patterns, metrics)."""
from __future__ import annotations

from actors.base import Actor


class ContextActor(Actor):
    service = "context"
    capacity = 4
