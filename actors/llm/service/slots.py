"""What the manager keeps per model (``Slot``) and per waiting request (``Ticket``)."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from actors.shared.settings.schema import ModelConfig

from ..admission import TwoLaneQueue
from ..errors import Cancelled, DeadlineExceeded
from ..throttle import DutyCycler
from .process import WorkerProcess


@dataclass(eq=False)
class Ticket:
    """One request waiting for, or holding, a model's worker."""
    lane: str
    client: str | None = None         # who asked (None: the owner); the queue is fair between them
    cancelled: threading.Event | None = None
    deadline_ms: float | None = None
    queued_at: float = field(default_factory=time.monotonic)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled.is_set():
            raise Cancelled("cancelled while waiting for the model")
        if self.deadline_ms is not None and time.time() * 1000 >= self.deadline_ms:
            raise DeadlineExceeded("deadline passed while waiting for the model")


@dataclass(eq=False)
class Slot:
    """A model the manager knows: its worker (if loaded), queue and history."""
    name: str
    path: str
    settings: ModelConfig
    need: int                     # predicted bytes once loaded
    memory_limit: int
    queue: TwoLaneQueue
    cond: threading.Condition
    proc: WorkerProcess | None = None
    cycler: DutyCycler | None = None
    loading: bool = False
    active: Ticket | None = None
    pinned: bool = False
    keep_alive_s: float | None = None     # a client's keep-alive for this model (None: the default)
    last_used: float = field(default_factory=time.monotonic)
    rss: int = 0
    restarts: int = 0             # worker deaths while loaded
    load_failures: int = 0        # consecutive
    cooldown_until: float = 0.0
    last_error: str | None = None
    last_exit: int | None = None
    over_memory: bool = False
    interactive: bool = False     # the worker runs at interactive priority now
    counts: dict = field(default_factory=lambda: {"requests": 0, "cancelled": 0,
                                                  "cancelled_before_first_token": 0, "crashed": 0,
                                                  "memory_unloads": 0})

    @property
    def busy(self) -> bool:
        return self.loading or self.active is not None or len(self.queue) > 0

    @property
    def state(self) -> str:
        if self.loading:
            return "loading"
        if self.proc is not None:
            return "busy" if self.active is not None else "ready"
        if self.cooldown_until > time.monotonic():
            return "cooldown"
        return "failed" if self.load_failures else "unloaded"
