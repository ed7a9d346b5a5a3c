"""Stream restorers kept between ``privacy.restore`` calls, one per (session, stream) id.

A model's answer arrives token by token, one request each; a pseudonym split across tokens must be
held back until it is whole, so the restorer (and what it holds back) lives here between calls.
It is dropped on the final piece, after ``ttl_s`` without a piece, or when the table is full
(oldest first). Only the tool that opened a stream may continue it.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from actors.privacy.engine import Forbidden, StreamRestorer


@dataclass
class _Entry:
    restorer: StreamRestorer
    tool: str
    used: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)   # pieces of one stream in order


class StreamTable:
    def __init__(self, *, ttl_s: float = 300.0, max_streams: int = 1024):
        self.ttl_s = ttl_s
        self.max_streams = max_streams
        self._entries: dict[tuple[str, str], _Entry] = {}
        self._lock = threading.Lock()

    def get(self, session: str, stream: str, tool: str, make) -> _Entry:
        """The stream's entry, made with ``make()`` (which checks the tool's rights) if new."""
        key = (session, stream)
        with self._lock:
            entry = self._entries.get(key)
        if entry is not None:
            if entry.tool != tool:
                raise Forbidden("the stream belongs to another tool", field="tool")
            entry.used = time.monotonic()
            return entry
        entry = _Entry(make(), tool)
        with self._lock:
            self._expire_locked(time.monotonic())
            if len(self._entries) >= self.max_streams:
                oldest = min(self._entries, key=lambda k: self._entries[k].used)
                del self._entries[oldest]
            entry = self._entries.setdefault(key, entry)
        if entry.tool != tool:      # another tool opened it between the two looks
            raise Forbidden("the stream belongs to another tool", field="tool")
        return entry

    def drop(self, session: str, stream: str) -> None:
        with self._lock:
            self._entries.pop((session, stream), None)

    def expire(self) -> int:
        with self._lock:
            return self._expire_locked(time.monotonic())

    def _expire_locked(self, now: float) -> int:
        dead = [k for k, e in self._entries.items() if now - e.used > self.ttl_s]
        for k in dead:
            del self._entries[k]
        return len(dead)

    def __len__(self) -> int:
        return len(self._entries)
