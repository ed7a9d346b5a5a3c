"""Metrics under ``metrics/``: usage (operation counts and latency histograms), effectiveness
(pattern feedback, kept by ``patterns.Effectiveness``) and resources (CPU/RSS samples per actor
from the supervisor, one JSON line each, a file per UTC day, old days pruned).

Latencies go into log-spaced buckets (10 per decade, 1 µs … 100 s), so percentiles are exact to
about 12% at any count and merging across restarts is addition.
"""
from __future__ import annotations

import json
import math
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from .errors import InvalidRecord
from actors.shared.fsutil import atomic_write_json, read_json
from .layout import Layout

BUCKETS_PER_DECADE = 10
MIN_S, MAX_S = 1e-6, 100.0
N_BUCKETS = int(math.log10(MAX_S / MIN_S) * BUCKETS_PER_DECADE) + 1
def bucket_of(seconds: float) -> int:
    if seconds <= MIN_S:
        return 0
    return min(N_BUCKETS - 1, int(math.log10(seconds / MIN_S) * BUCKETS_PER_DECADE) + 1)


def bucket_upper(i: int) -> float:
    return MIN_S * 10 ** (i / BUCKETS_PER_DECADE)


class Histogram:
    def __init__(self, counts: list[int] | None = None, total: float = 0.0):
        self.counts = list(counts) if counts and len(counts) == N_BUCKETS else [0] * N_BUCKETS
        self.total = total

    def add(self, seconds: float) -> None:
        self.counts[bucket_of(seconds)] += 1
        self.total += seconds

    @property
    def n(self) -> int:
        return sum(self.counts)

    def quantile(self, q: float) -> float | None:
        n = self.n
        if not n:
            return None
        rank = max(1, math.ceil(q * n))
        acc = 0
        for i, c in enumerate(self.counts):
            acc += c
            if acc >= rank:
                return bucket_upper(i)
        return bucket_upper(N_BUCKETS - 1)

    def summary(self) -> dict:
        n = self.n
        return {"count": n, "mean_ms": round(self.total / n * 1e3, 3) if n else None,
                "p50_ms": _ms(self.quantile(0.5)), "p99_ms": _ms(self.quantile(0.99))}


class Metrics:
    def __init__(self, layout: Layout, config: dict | None = None, clock=time.time):
        self.layout = layout
        self.cfg = config or {}
        self.clock = clock
        self._lock = threading.Lock()
        self._usage_path = layout.metrics("usage") / "usage.json"
        saved = read_json(self._usage_path, {})
        self._counts: dict[str, int] = defaultdict(int, saved.get("counts", {}) if isinstance(
            saved, dict) else {})
        self._hist: dict[str, Histogram] = {}
        for op, h in (saved.get("latency", {}) if isinstance(saved, dict) else {}).items():
            try:
                self._hist[op] = Histogram(h["buckets"], float(h["total_s"]))
            except (KeyError, TypeError, ValueError):
                continue
        self._since = saved.get("since", clock()) if isinstance(saved, dict) else clock()
        self._dirty = False
        self._last_flush = clock()

    # -------------------------------------------------------------------------------- usage
    def observe(self, op: str, seconds: float, *, ok: bool = True) -> None:
        with self._lock:
            self._counts[op] += 1
            if not ok:
                self._counts[op + ".errors"] += 1
            self._hist.setdefault(op, Histogram()).add(seconds)
            self._dirty = True

    def count(self, name: str, n: int = 1) -> None:
        with self._lock:
            self._counts[name] += n
            self._dirty = True

    def timer(self, op: str) -> "_Timer":
        return _Timer(self, op)

    def flush(self, force: bool = False) -> bool:
        """Persist usage if it changed and the flush interval passed (or ``force``)."""
        now = self.clock()
        with self._lock:
            due = now - self._last_flush >= self.cfg.get("flush_interval_s", 30)
            if not self._dirty or not (force or due):
                return False
            data = {"since": self._since, "updated": now, "counts": dict(self._counts),
                    "latency": {op: {"buckets": h.counts, "total_s": h.total}
                                for op, h in self._hist.items()}}
            self._dirty = False
            self._last_flush = now
        atomic_write_json(self._usage_path, data, durable=False)
        return True

    # ---------------------------------------------------------------------------- resources
    def record_resources(self, samples: list[dict]) -> int:
        """Append supervisor samples ``{actor, pid, cpu_percent, rss_bytes[, ts]}``."""
        if not isinstance(samples, list):
            raise InvalidRecord("samples: a list")
        now = self.clock()
        lines = []
        for i, s in enumerate(samples):
            if not isinstance(s, dict) or not isinstance(s.get("actor"), str):
                raise InvalidRecord(f"samples[{i}].actor: a name")
            row = {"actor": s["actor"], "pid": s.get("pid"), "ts": s.get("ts", now)}
            for k in ("cpu_percent", "rss_bytes", "ts"):
                v = s.get(k, row.get(k))
                if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
                    raise InvalidRecord(f"samples[{i}].{k}: a non-negative number")
                row[k] = v
            lines.append(json.dumps(row))
        if not lines:
            return 0
        path = self._resources_file(now)
        with self._lock, open(path, "a", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        self.prune_resources(now)
        return len(lines)

    def _resources_file(self, ts: float) -> Path:
        return self.layout.metrics("resources") / (time.strftime("%Y-%m-%d", time.gmtime(ts))
                                                    + ".jsonl")

    def prune_resources(self, now: float | None = None) -> int:
        now = self.clock() if now is None else now
        keep_days = self.cfg.get("resources_retention_days", 30)
        cutoff = time.strftime("%Y-%m-%d", time.gmtime(now - keep_days * 86400))
        n = 0
        for p in self.layout.metrics("resources").glob("*.jsonl"):
            if p.stem < cutoff:
                p.unlink(missing_ok=True)
                n += 1
        return n

    def resources_summary(self, days: int = 1) -> dict:
        now = self.clock()
        per: dict[str, dict[str, Any]] = {}
        for d in range(days - 1, -1, -1):
            path = self._resources_file(now - d * 86400)
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                continue
            for ln in text.splitlines():
                try:
                    r = json.loads(ln)
                except ValueError:
                    continue  # a torn last line
                a = per.setdefault(r["actor"], {"samples": 0, "cpu_sum": 0.0, "cpu_max": 0.0,
                                                "rss_max": 0, "last": None})
                a["samples"] += 1
                a["cpu_sum"] += r["cpu_percent"]
                a["cpu_max"] = max(a["cpu_max"], r["cpu_percent"])
                a["rss_max"] = max(a["rss_max"], r["rss_bytes"])
                a["last"] = r
        return {actor: {"samples": a["samples"], "cpu_avg": round(a["cpu_sum"] / a["samples"], 2),
                        "cpu_max": a["cpu_max"], "rss_max_bytes": a["rss_max"], "last": a["last"]}
                for actor, a in per.items()}

    # ----------------------------------------------------------------------------- reading
    def snapshot(self, effectiveness: dict | None = None) -> dict:
        with self._lock:
            usage = {op: {"count": self._counts.get(op, 0), **h.summary()}
                     for op, h in sorted(self._hist.items())}
            counts = dict(self._counts)
        return {"since": self._since, "usage": usage, "counts": counts,
                "effectiveness": effectiveness or {}, "resources": self.resources_summary()}


class _Timer:
    def __init__(self, metrics: Metrics, op: str):
        self.metrics, self.op = metrics, op

    def __enter__(self) -> "_Timer":
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, exc_type, *_) -> None:
        self.metrics.observe(self.op, time.perf_counter() - self.t0, ok=exc_type is None)


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1e3, 3)
