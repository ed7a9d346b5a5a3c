"""Fair shares between tools: no tool may crowd out the owner or the others.

- at most ``max_generations`` of a tool's ``llm.generate`` at once (its next one is ``busy``), so its
  load in the model's queue is bounded and the owner's interactive request waits for at most that;
- a token bucket per tool for writes (preserves, messages, feedback): ``writes_per_s`` sustained,
  ``write_burst`` at once, ``busy`` with the time until the next token past it.

Pure bookkeeping (thread-safe), so every rule is testable without a mesh.
"""
from __future__ import annotations

import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from typing import Callable, Iterator

from protocol import Code, ProtocolError

MAX_BUCKETS = 1024


class TokenBucket:
    def __init__(self, rate: float, burst: float, clock: Callable[[], float]):
        self.rate, self.burst, self.clock = rate, burst, clock
        self.tokens, self.at = burst, clock()

    def take(self) -> float:
        """0 when a token was taken, else the seconds until one is there."""
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate if self.rate > 0 else 60.0


class Shares:
    def __init__(self, *, max_generations: int, writes_per_s: float, write_burst: int,
                 clock: Callable[[], float] = time.monotonic):
        self.max_generations = max_generations
        self.writes_per_s, self.write_burst, self.clock = writes_per_s, write_burst, clock
        self._generating: dict[str, int] = defaultdict(int)
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    @contextmanager
    def generation(self, tool: str) -> Iterator[None]:
        """Hold one of ``tool``'s generation slots for the block, or ``busy`` if it has none left."""
        with self._lock:
            if self._generating[tool] >= self.max_generations:
                raise ProtocolError(Code.BUSY, f"{tool} has {self._generating[tool]} generations running or "
                                               f"queued (the most one tool may have)", retry_after_ms=1000,
                                    details={"reason": "fair_share"})
            self._generating[tool] += 1
        try:
            yield
        finally:
            with self._lock:
                self._generating[tool] -= 1
                if not self._generating[tool]:
                    del self._generating[tool]

    def write(self, tool: str) -> None:
        """Count one write of ``tool``, or ``busy`` past its rate."""
        with self._lock:
            bucket = self._buckets.get(tool)
            if bucket is None:
                if len(self._buckets) >= MAX_BUCKETS:        # forget the ones that have refilled
                    now = self.clock()
                    for name in [n for n, b in self._buckets.items()
                                 if b.tokens + (now - b.at) * b.rate >= b.burst]:
                        del self._buckets[name]
                bucket = self._buckets[tool] = TokenBucket(self.writes_per_s, self.write_burst, self.clock)
            wait = bucket.take()
        if wait:
            raise ProtocolError(Code.BUSY, f"{tool} writes faster than {self.writes_per_s:g}/s",
                                retry_after_ms=max(1, int(wait * 1000)), details={"reason": "rate"})

