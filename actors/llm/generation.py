"""What one generation is made of, apart from the model: its result structures, the state the
abort callback consults, the iterator a caller drains, and the stop-sequence hold-back."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Generator, Sequence

from protocol.kinds.llm import Timings, ToolCall, Usage

from .errors import Cancelled, DeadlineExceeded


@dataclass
class GenerateResult:
    text: str
    finish_reason: str               # "stop" (end of turn or stop sequence) | "length" | "tool_calls"
    usage: Usage                     # the protocol's structures: what the reply carries
    timings: Timings
    tool_calls: list[ToolCall] = field(default_factory=list)


@dataclass
class EmbedResult:
    vectors: list[list[float]]
    prompt_tokens: int
    truncated: int = 0               # inputs cut to the batch size


class AbortState:
    """What the abort callback consults: the cancel event and the deadline."""

    __slots__ = ("cancel", "deadline", "fired")

    def __init__(self, cancel: threading.Event | None, deadline: float | None):
        self.cancel, self.deadline, self.fired = cancel, deadline, None

    def check(self) -> str | None:
        if self.cancel is not None and self.cancel.is_set():
            self.fired = "cancelled"
        elif self.deadline is not None and time.monotonic() >= self.deadline:
            self.fired = "deadline"
        return self.fired

    def raise_if_fired(self, partial: object = None) -> None:
        if self.fired == "cancelled" or (self.fired is None and self.check() == "cancelled"):
            raise Cancelled(partial=partial)
        if self.fired == "deadline":
            raise DeadlineExceeded(partial=partial)


class Generation:
    """An iterator of text pieces; ``result`` is set once it is exhausted. Exhaust it or ``close()`` it
    so the engine takes the next request (dropping the last reference does the same: no cycles)."""

    def __init__(self, it: Generator[str, None, GenerateResult], release: Callable[[], None]):
        self._it = it
        self._release: Callable[[], None] | None = release
        self.result: GenerateResult | None = None

    def __iter__(self) -> "Generation":
        return self

    def __next__(self) -> str:
        try:
            return next(self._it)
        except StopIteration as stop:
            self.result = stop.value
            self._finish()
            raise StopIteration from None
        except BaseException:
            self._finish()
            raise

    def close(self) -> None:
        try:
            self._it.close()
        finally:
            self._finish()

    def _finish(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()

    def __del__(self) -> None:
        if self._release is not None:
            self.close()


def partial_result(text: str, usage: Usage) -> dict:
    return {"text": text, "completion_tokens": usage.completion_tokens}


def split_on_stops(pending: str, stops: Sequence[str]) -> tuple[str, str, bool]:
    """(text safe to emit, text to hold back, whether a stop sequence was found)."""
    if not stops:
        return pending, "", False
    first = min((i for i in (pending.find(s) for s in stops) if i >= 0), default=-1)
    if first >= 0:
        return pending[:first], "", True
    hold = 0                       # longest suffix that is a prefix of some stop sequence
    for s in stops:
        for k in range(min(len(s) - 1, len(pending)), hold, -1):
            if pending.endswith(s[:k]):
                hold = k
                break
    return pending[:len(pending) - hold], pending[len(pending) - hold:], False
