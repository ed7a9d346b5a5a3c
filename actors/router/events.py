"""Mesh events for tools: the bus's PUB stream, filtered per subscriber's rights, with metadata only.

The subscriber (the bus side) is handed in, so the filtering is testable without a mesh."""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Callable

from protocol.kinds.tool import Event

from . import policy
from .registry import Tool

# Event bodies reach tools with these keys only: what happened and where, never content.
SAFE_KEYS = frozenset({"id", "ids", "project", "source", "kind", "tier", "created_at", "tool", "topic",
                       "support", "confidence", "success_rate", "count", "integration_type"})


@dataclass(eq=False)
class Subscription:
    tool: Tool
    topics: tuple[str, ...]
    queue: queue.Queue = field(default_factory=lambda: queue.Queue(1000))
    dropped: int = 0


def redact_event(data):
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if k in SAFE_KEYS}
    return None


class EventFanout:
    """One thread reads the bus's events and queues each for the subscriptions allowed to see it."""

    STOP_CHECK_S = 5.0      # an idle fan-out wakes this often to see whether it should stop

    def __init__(self, make_subscriber: Callable):
        """``make_subscriber()``: an object whose ``recv(timeout)`` gives (topic, body) or None."""
        self.make_subscriber = make_subscriber
        self._subs: list[Subscription] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="router-events", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def add(self, sub: Subscription) -> None:
        with self._lock:
            self._subs.append(sub)

    def remove(self, sub: Subscription) -> None:
        with self._lock:
            if sub in self._subs:
                self._subs.remove(sub)

    def deliver(self, topic: str, data) -> int:
        """Queue an event for every subscription that asked for it and may see it."""
        with self._lock:
            subs = list(self._subs)
        body = Event(topic=topic, data=redact_event(data))
        n = 0
        for sub in subs:
            t = sub.tool
            if not any(topic.startswith(p) for p in sub.topics):
                continue
            if not policy.may_see_topic(t.config, topic):
                continue
            if not topic.startswith("tool.") and not policy.event_in_scope(t.name, t.config, data):
                continue
            try:
                sub.queue.put_nowait(body)
                n += 1
            except queue.Full:
                sub.dropped += 1       # a subscriber that does not read loses events, not the router
        return n

    def _run(self) -> None:
        sub = self.make_subscriber()
        try:
            while not self._stop.is_set():
                try:
                    got = sub.recv(timeout=self.STOP_CHECK_S)
                except Exception:      # a malformed event must not stop the stream
                    continue
                if got is not None:
                    self.deliver(*got)
        finally:
            sub.close()
