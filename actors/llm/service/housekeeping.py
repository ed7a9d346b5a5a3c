"""The manager's housekeeping thread: reap dead idle workers, hold workers to their memory limit,
unload idle models after ``keep_alive_s``, preload the primary model when the machine is idle.

A mixin of ``LLMManager`` (it works on the manager's slots under the manager's lock); it runs on its
own long-lived thread because loading and stopping a worker may block.
"""
from __future__ import annotations

import re
import time

import psutil

from protocol.errors import ProtocolError

from ..admission import Resident, idle_expired

HOUSEKEEPING_S = 0.5          # while any model is loaded or loading
IDLE_HOUSEKEEPING_S = 5.0     # with none: only the idle preload is due, and it waits minutes anyway


class Housekeeping:
    def _housekeeping(self) -> None:
        for name in self.res.pinned:
            self._preload(name, True)
        while not self._quit.wait(self._housekeeping_interval()):
            try:
                self._reap()
                self._check_memory()
                self._expire_idle()
                self._maybe_preload()
            except Exception:
                if self.log:
                    self.log.exception("llm housekeeping failed")

    def _housekeeping_interval(self) -> float:
        with self.lock:
            loaded = any(s.proc is not None or s.loading for s in self.slots.values())
        return HOUSEKEEPING_S if loaded else IDLE_HOUSEKEEPING_S

    def _reap(self) -> None:
        """Notice idle workers that died (a busy one is noticed by its request at once)."""
        with self.lock:
            dead = [(s, s.proc) for s in self.slots.values()
                    if s.proc is not None and s.active is None and not s.proc.alive]
        for s, proc in dead:
            self._on_worker_died(s, proc)

    def _check_memory(self) -> None:
        with self.lock:
            loaded = [(s, s.proc) for s in self.slots.values() if s.proc is not None]
        for s, proc in loaded:
            rss = proc.rss()
            over = rss > s.memory_limit
            detached = (None, None)
            with self.lock:
                if s.proc is not proc:
                    continue
                s.rss = rss
                first = over and not s.over_memory
                s.over_memory = over
                if first:
                    s.counts["memory_unloads"] += 1
                if over and not s.busy:                     # a busy one goes when its request ends
                    detached = self._detach(s, "memory limit")
            if first:
                self.publish("llm.worker.memory_exceeded", {"model": s.name, "pid": proc.pid, "rss": rss,
                                                            "limit": s.memory_limit})
                if self.log:
                    self.log.warning("worker above its memory limit", model=s.name, rss=rss, limit=s.memory_limit)
            self._stop(s, *detached, "memory limit")

    def _expire_idle(self) -> None:
        keep = self.res.keep_alive_s
        with self.lock:
            residents = [Resident(s.name, s.need, s.last_used, s.busy, s.pinned, s.keep_alive_s)
                         for s in self.slots.values() if s.proc is not None]
        for name in idle_expired(residents, time.monotonic(), keep):
            with self.lock:
                slot = self.slots[name]
                if slot.busy:
                    continue
                proc, cycler = self._detach(slot, "keep-alive expired")
            self._stop(slot, proc, cycler, "keep-alive expired")

    def _maybe_preload(self) -> None:
        after = self.res.idle_preload_after_s
        if after is None or after < 0:
            return
        now = time.monotonic()
        if self.thr.idle_below < 1 and psutil.cpu_percent(None) >= 100 * self.thr.idle_below:   # 1: always
            self._idle_since, self._preloaded_in_idle = now, False
            return
        if self._preloaded_in_idle or now - self._idle_since < after:
            return
        self._preloaded_in_idle = True
        try:
            rec = self._select("primary", None)
        except ProtocolError:
            return
        with self.lock:
            slot = self.slots.get(rec.name)
            if slot is not None and (slot.proc is not None or slot.loading
                                     or slot.cooldown_until > now):
                return
        self._preload(rec.name, False)                       # on this long-lived thread: see setup()

    def _preload(self, name: str, pin: bool) -> None:
        try:
            rec = self._select(None, name)
            slot, _ = self._ensure_loaded(rec)
            if pin:
                with self.lock:
                    slot.pinned = True
        except ProtocolError as e:
            if self.log:
                self.log.warning("preload failed", model=name, error=str(e))


def remove_stale_sockets(directory) -> None:
    """Channel sockets left by a manager that was killed (their names carry its pid)."""
    for f in directory.glob("llm*w*"):
        m = re.match(r"^llm(\d+)w\d+[ce]$", f.name)
        if m and not psutil.pid_exists(int(m.group(1))):
            try:
                f.unlink()
            except OSError:
                pass
