"""The broker's tables: requests in flight (``Pending``), registered workers and services."""
from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field


def now_ms() -> int:
    return int(time.time() * 1000)


class Pending:
    __slots__ = ("client", "msg_id", "deadline", "envelope", "peer", "service", "worker", "queued_at",
                 "sent_at", "cancelled")

    def __init__(self, client, msg_id, deadline, envelope, peer, service):
        self.client, self.msg_id, self.deadline = client, msg_id, deadline
        self.envelope, self.peer, self.service = envelope, peer, service
        self.worker = None
        self.queued_at = now_ms()
        self.sent_at = 0
        self.cancelled = False


@dataclass(eq=False)
class Worker:
    identity: bytes
    service: "Service"
    capacity: int
    pid: int
    expiry: float
    next_beat: float = 0.0                          # monotonic time of its next heartbeat
    inflight: dict = field(default_factory=dict)
    last_dispatch: int = 0
    registered_at: float = field(default_factory=time.time)


@dataclass(eq=False)
class Service:
    name: bytes
    workers: list = field(default_factory=list)
    queue: deque = field(default_factory=deque)
    ewma_ms: float = 20.0       # typical time to a final reply, for busy retry hints
    idle_since: float = field(default_factory=time.monotonic)  # when it last lost its last worker
    served: int = 0

    def pick(self) -> Worker | None:
        best, best_free = None, 0
        for w in self.workers:
            free = w.capacity - len(w.inflight)
            if free > best_free or (free == best_free and free > 0 and w.last_dispatch < best.last_dispatch):
                best, best_free = w, free
        return best


class PendingTable(dict):
    """Requests in flight by (client, msg_id), with each client's count (for the per-peer cap)."""

    def __init__(self):
        super().__init__()
        self._per_client: dict[bytes, int] = {}

    def __setitem__(self, key, value) -> None:
        if key not in self:
            self._per_client[key[0]] = self._per_client.get(key[0], 0) + 1
        super().__setitem__(key, value)

    def pop(self, key, *default):
        if key in self:
            left = self._per_client[key[0]] - 1
            if left:
                self._per_client[key[0]] = left
            else:
                del self._per_client[key[0]]
        return super().pop(key, *default)

    def of(self, client: bytes) -> int:
        return self._per_client.get(client, 0)
