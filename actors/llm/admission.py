"""Admission: may a model be loaded, what must be evicted first, and the per-model request queue.

Pure logic over plain values (the manager passes in psutil's numbers), so every rule is unit-tested:
- predicted memory of a model = file size + KV cache for its context + a fixed runtime overhead;
- at most ``max_concurrent`` models resident; a model never above ``memory_per_model``; the machine's
  available memory (less a headroom) must hold it;
- eviction takes the least recently used *idle, unpinned* model first and never a busy or pinned one;
- a bounded queue per model with two lanes, interactive before background, ``Busy`` past the bound.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from enum import Enum
from typing import Generic, Iterable, Mapping, Sequence, TypeVar

from protocol.vocab import Lane as LaneWord, values

from .errors import Busy, DoesNotFit, InvalidRequest

_UNITS = {"": 1, "B": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?\s*$", re.IGNORECASE)

# What a worker process costs besides weights and KV cache: the interpreter and llama.cpp (~43 MiB),
# compute buffers, and tables that grow with the vocabulary. Fitted to measured RSS after a
# generation (MiB, context 2048 / 8192): SmolLM2-135M 212 / 347, Gemma 3 270M 396 / 506; the
# prediction is 5-15 MiB above each.
RUNTIME_OVERHEAD = 72 << 20
BYTES_PER_VOCAB_ENTRY = 256


def parse_size(value: int | float | str, field: str = "size") -> int:
    """``"1G"``, ``"512M"``, ``"1.5GiB"``, ``1073741824`` -> bytes."""
    if isinstance(value, bool):
        raise InvalidRequest(f"{field}: not a size: {value!r}", field=field)
    if isinstance(value, (int, float)) and value >= 0:
        return int(value)
    if isinstance(value, str) and (m := _SIZE.match(value)):
        return int(float(m.group(1)) * _UNITS[m.group(2).upper()])
    raise InvalidRequest(f"{field}: not a size: {value!r} (use e.g. 1G, 512M or bytes)", field=field)


def predict_memory(file_size: int, kv_cache_bytes: int, vocab_size: int = 0,
                   overhead: int = RUNTIME_OVERHEAD) -> int:
    """Bytes a worker holding this model is expected to use once loaded."""
    return file_size + kv_cache_bytes + vocab_size * BYTES_PER_VOCAB_ENTRY + overhead


def predict_model_memory(path: str, context_size: int, overhead: int = RUNTIME_OVERHEAD) -> int:
    """``predict_memory`` from the GGUF header of ``path`` (no weights are read)."""
    from .gguf import read_gguf

    info = read_gguf(path)
    return predict_memory(info.file_size, info.kv_cache_bytes(context_size), info.vocab_size or 0,
                          overhead)


def model_memory_limit(name: str, limits: "Limits", model_configs: Mapping) -> int:
    """``model_configs[name].memory_limit`` if set, else ``llm_resources.memory_per_model``."""
    conf = model_configs.get(name)
    if conf is None or conf.memory_limit is None:
        return limits.memory_per_model
    return parse_size(conf.memory_limit, f"model_configs.{name}.memory_limit")


# ---- which models may be resident ------------------------------------------------------------------

@dataclass(frozen=True)
class Resident:
    """A loaded model as admission sees it."""
    name: str
    memory: int          # predicted, or measured RSS when known
    last_used: float     # monotonic time of its last request
    busy: bool = False   # running or queued requests
    pinned: bool = False
    keep_alive_s: float | None = None   # its own keep-alive (a client asked for one), else the default


@dataclass(frozen=True)
class Limits:
    max_concurrent: int
    memory_per_model: int
    headroom: int = 0    # keep this much of the machine's available memory free

    @classmethod
    def from_config(cls, res) -> "Limits":
        """From the typed ``llm_resources`` settings (validated when they were loaded)."""
        return cls(max_concurrent=res.max_concurrent,
                   memory_per_model=parse_size(res.memory_per_model, "llm_resources.memory_per_model"),
                   headroom=parse_size(res.memory_headroom, "llm_resources.memory_headroom"))


@dataclass(frozen=True)
class LoadPlan:
    evict: tuple[str, ...]      # unload these, in this order, then load


def plan_load(name: str, need: int, residents: Sequence[Resident], limits: Limits,
              available: int, retry_after_s: float = 1.0, memory_limit: int | None = None) -> LoadPlan:
    """What to evict so ``name`` (needing ``need`` bytes) fits; ``DoesNotFit`` if it never can,
    ``Busy`` if it can once busy models finish. ``memory_limit`` overrides ``memory_per_model``."""
    if any(r.name == name for r in residents):
        return LoadPlan(())
    limit = limits.memory_per_model if memory_limit is None else memory_limit
    mib = lambda b: f"{b / (1 << 20):.0f} MiB"                                    # noqa: E731
    if need > limit:
        raise DoesNotFit(f"{name} needs about {mib(need)}, above its memory limit of {mib(limit)} "
                         f"(llm_resources.memory_per_model or model_configs.{name}.memory_limit)",
                         details={"model": name, "need": need, "limit": limit})
    pinned = [r for r in residents if r.pinned]
    unpinned_memory = sum(r.memory for r in residents if not r.pinned)
    if len(pinned) >= limits.max_concurrent or need + limits.headroom > available + unpinned_memory:
        raise DoesNotFit(
            f"{name} needs about {mib(need)}; {mib(available)} is available (keeping {mib(limits.headroom)} "
            f"free) and pinned models {[r.name for r in pinned] or 'none'} hold the rest of "
            f"{limits.max_concurrent} slot(s)",
            details={"model": name, "need": need, "available": available})
    evict: list[str] = []
    count, free = len(residents), available
    for r in sorted((r for r in residents if not r.busy and not r.pinned), key=lambda r: r.last_used):
        if count + 1 <= limits.max_concurrent and free >= need + limits.headroom:
            break
        evict.append(r.name)
        count -= 1
        free += r.memory
    if count + 1 <= limits.max_concurrent and free >= need + limits.headroom:
        return LoadPlan(tuple(evict))
    busy = [r.name for r in residents if r.busy and not r.pinned]
    raise Busy(f"{name} cannot be loaded while {', '.join(busy)} {'is' if len(busy) == 1 else 'are'} "
               f"busy; retry shortly", retry_after_s=retry_after_s)


def idle_expired(residents: Iterable[Resident], now: float, keep_alive_s: float) -> list[str]:
    """Models idle longer than their keep-alive (never busy or pinned ones), oldest first; a
    negative keep-alive keeps every model."""
    def keep(r: Resident) -> float:
        return keep_alive_s if r.keep_alive_s is None else r.keep_alive_s
    return [r.name for r in sorted(residents, key=lambda r: r.last_used)
            if not r.busy and not r.pinned and keep(r) >= 0 and now - r.last_used > keep(r)]


# ---- the per-model request queue -------------------------------------------------------------------

# The protocol's lanes, interactive (served first) before background.
Lane = Enum("Lane", [(word.upper(), word) for word in values(LaneWord)], type=str)


T = TypeVar("T")


class _FairLane(Generic[T]):
    """One lane: a FIFO per client, served in turn (round robin), so one client's many requests
    never keep another's waiting behind all of them."""

    def __init__(self) -> None:
        self._queues: dict[str, deque[T]] = {}       # insertion order is the turn order

    def push(self, item: T, client: str) -> int:
        """Queue ``item``; returns how many of this lane are served before it."""
        mine = self._queues.setdefault(client, deque())
        k = len(mine)
        mine.append(item)
        return k + sum(min(len(q), k + 1) for c, q in self._queues.items() if c != client)

    def pop(self) -> T | None:
        for client in self._queues:
            q = self._queues.pop(client)
            item = q.popleft()
            if q:
                self._queues[client] = q             # back of the turn order
            return item
        return None

    def discard(self, item: T) -> bool:
        for client, q in self._queues.items():
            try:
                q.remove(item)
            except ValueError:
                continue
            if not q:
                del self._queues[client]
            return True
        return False

    def __len__(self) -> int:
        return sum(len(q) for q in self._queues.values())


class TwoLaneQueue(Generic[T]):
    """Bounded per lane; ``pop`` serves interactive before background, and within a lane the clients
    (tools, the owner) in turn. Not thread-safe: the manager owns it under its lock."""

    def __init__(self, bounds: Mapping[Lane | str, int], service_s: float = 1.0):
        self._bounds = {Lane(k): int(v) for k, v in bounds.items()}
        for lane in Lane:
            if self._bounds.get(lane, 0) < 1:
                raise InvalidRequest(f"queue bound for lane {lane.value!r} must be >= 1",
                                     field=f"queue.{lane.value}")
        self._lanes: dict[Lane, _FairLane[T]] = {lane: _FairLane() for lane in Lane}
        self._service_s = service_s          # moving average of one request's service time

    def push(self, item: T, lane: Lane | str = Lane.INTERACTIVE, client: str | None = None) -> int:
        """Queue ``item`` for ``client`` (None: the owner); returns how many are served before it.
        ``Busy`` if the lane is full."""
        lane = Lane(lane)
        q = self._lanes[lane]
        if len(q) >= self._bounds[lane]:
            raise Busy(f"the {lane.value} queue for this model is full ({len(q)} waiting)",
                       retry_after_s=self.retry_after(lane))
        return self.ahead_of(lane) + q.push(item, client or "")

    def pop(self) -> tuple[T, Lane] | None:
        for lane in Lane:                                     # INTERACTIVE first by declaration order
            item = self._lanes[lane].pop()
            if item is not None:
                return item, lane
        return None

    def discard(self, item: T) -> bool:
        """Drop a queued item (its client went away); False if it was not queued."""
        return any(q.discard(item) for q in self._lanes.values())

    def depth(self, lane: Lane | str | None = None) -> int:
        if lane is None:
            return sum(len(q) for q in self._lanes.values())
        return len(self._lanes[Lane(lane)])

    def ahead_of(self, lane: Lane | str) -> int:
        """Requests served before a new one in ``lane`` (all interactive ones, for background)."""
        lane = Lane(lane)
        return 0 if lane is Lane.INTERACTIVE else len(self._lanes[Lane.INTERACTIVE])

    def record_service(self, seconds: float) -> None:
        if seconds >= 0:
            self._service_s = 0.8 * self._service_s + 0.2 * seconds

    def retry_after(self, lane: Lane | str = Lane.INTERACTIVE) -> float:
        """Rough wait until a slot frees: everything ahead, at the average service time."""
        lane = Lane(lane)
        return max(0.1, (self.ahead_of(lane) + len(self._lanes[lane])) * self._service_s)

    def __len__(self) -> int:
        return self.depth()
