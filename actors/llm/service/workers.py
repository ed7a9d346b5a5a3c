"""Model worker processes through their life: load (evicting idle models first when memory asks for
it), detach, stop, notice a death, and keep the threads of all running workers within the cores.

A mixin of ``LLMManager``: it works on the manager's slots under the manager's lock and never runs
anything slow under it.
"""
from __future__ import annotations

import time

import psutil

from protocol.errors import Code, ProtocolError

from ..admission import Lane, Resident, plan_load
from ..throttle import DutyCycler, allocate_threads
from ..store import ModelRecord
from .process import LoadFailed, WorkerProcess
from .slots import Slot

MAX_COOLDOWN_S = 300.0


class WorkerLifecycle:
    def _load(self, slot: Slot, interactive: bool = False) -> float:
        """Start ``slot``'s worker (its ``loading`` flag is set by the caller); evicts first if needed.
        ``interactive``: for an interactive request, the worker starts at that lane's priority — at
        ``cpu_priority`` it would get no CPU to load on a machine another stream keeps busy, and
        without CAP_SYS_NICE a lowered nice can never be raised again."""
        interactive = interactive and self.res.interactive_priority == "normal"
        proc = None
        started = time.monotonic()
        try:
            with self.lock:
                residents = [Resident(s.name, max(s.need, s.rss), s.last_used, s.busy, s.pinned)
                             for s in self.slots.values()
                             if s is not slot and (s.proc is not None or s.loading)]
                plan = plan_load(slot.name, slot.need, residents, self.limits,
                                 psutil.virtual_memory().available, memory_limit=slot.memory_limit)
                evicted = [(self.slots[n], *self._detach(self.slots[n], "evicted")) for n in plan.evict]
            for victim, old_proc, old_cycler in evicted:      # detached under the lock: no request can
                self._stop(victim, old_proc, old_cycler, "evicted")   # take them meanwhile
            proc = WorkerProcess(slot.name, slot.path, slot.settings, socket_dir=self.sock_dir,
                                 log_dir=self.env.paths.logs, ctx=self.env.ctx,
                                 priority="normal" if interactive else self.res.cpu_priority)
            proc.wait_ready()
            load_ms = (time.monotonic() - started) * 1000     # process start and imports included
        except LoadFailed as e:
            if proc is not None:
                proc.kill()
                proc.close()
            with self.lock:
                slot.loading = False
                slot.load_failures += 1
                slot.last_exit = proc.proc.returncode if proc is not None else None
                slot.last_error = e.message
                cooldown = min(MAX_COOLDOWN_S, 2.0 ** slot.load_failures)
                slot.cooldown_until = time.monotonic() + cooldown
                slot.cond.notify_all()
            self.publish("llm.model.load_failed", {"model": slot.name, "error": e.message,
                                                   "failures": slot.load_failures, "cooldown_s": cooldown})
            if self.log:
                self.log.warning("model failed to load", model=slot.name, error=e.message, cooldown_s=cooldown)
            raise ProtocolError(Code.UNAVAILABLE, f"{e.message}; not retried for {cooldown:.0f} s",
                                retry_after_ms=int(cooldown * 1000), details={"model": slot.name}) from None
        except BaseException:
            if proc is not None:
                proc.kill()
                proc.close()
            with self.lock:
                slot.loading = False
                slot.cond.notify_all()
            raise
        cycler = DutyCycler(proc.pid, self.thr.cpu_budget, period_s=self.thr.period_s,
                            window_s=self.thr.window_s, idle_below=self.thr.idle_below, cores=self.cores).start()
        with self.lock:
            slot.proc, slot.cycler = proc, cycler
            slot.loading, slot.load_failures, slot.cooldown_until = False, 0, 0.0
            slot.last_used, slot.over_memory, slot.rss = time.monotonic(), False, 0
            slot.interactive = interactive
            self._hand_over(slot)
        self.publish("llm.model.loaded", {"model": slot.name, "pid": proc.pid, "load_ms": round(load_ms, 1)})
        if self.log:
            self.log.info("model loaded", model=slot.name, pid=proc.pid, load_ms=round(load_ms, 1))
        return load_ms

    def _ensure_loaded(self, rec: ModelRecord) -> tuple[Slot, float]:
        """For ``llm.load`` and preloading: load without taking a queue place."""
        while True:
            with self.lock:
                slot = self._slot(rec)
                if slot.proc is not None and not slot.loading:
                    return slot, 0.0
                must_load = not slot.loading
                if must_load:
                    self._check_cooldown(slot)
                    slot.loading = True
                else:
                    slot.cond.wait(0.05)
            if must_load:
                return slot, self._load(slot)

    def _detach_and_stop(self, slot: Slot, reason: str, publish: bool = True) -> bool:
        """Take the worker away from ``slot`` and stop it (outside the lock)."""
        with self.lock:
            proc, cycler = self._detach(slot, reason)
        return self._stop(slot, proc, cycler, reason, publish)

    def _detach(self, slot: Slot, reason: str) -> tuple[WorkerProcess | None, DutyCycler | None]:
        """Lock held: the slot forgets its worker (the next request loads a new one)."""
        proc, cycler = slot.proc, slot.cycler
        slot.proc = slot.cycler = None
        slot.over_memory = False
        slot.keep_alive_s = None          # a client's keep-alive lasts one residency; the next load has the default
        if reason == "requested":
            slot.pinned = False
        slot.cond.notify_all()
        return proc, cycler

    def _stop(self, slot: Slot, proc: WorkerProcess | None, cycler: DutyCycler | None, reason: str,
              publish: bool = True) -> bool:
        if proc is None:
            return False
        if cycler is not None:
            cycler.stop()
        proc.stop()
        if publish:
            self.publish("llm.model.unloaded", {"model": slot.name, "pid": proc.pid, "reason": reason})
        if self.log:
            self.log.info("model unloaded", model=slot.name, pid=proc.pid, reason=reason)
        return True

    def _on_worker_died(self, slot: Slot, proc: WorkerProcess) -> None:
        with self.lock:
            if slot.proc is not proc:
                return
            slot.proc, cycler = None, slot.cycler
            slot.cycler = None
            slot.restarts += 1
            slot.counts["crashed"] += 1
            slot.last_exit = proc.proc.returncode
            slot.cond.notify_all()
        if cycler is not None:
            cycler.stop()
        proc.close()
        self.publish("llm.worker.crashed", {"model": slot.name, "pid": proc.pid, "returncode": slot.last_exit})
        if self.log:
            self.log.warning("model worker died", model=slot.name, pid=proc.pid, returncode=slot.last_exit)

    # ---- throttling ---------------------------------------------------------------------------------
    def _rebalance_threads(self) -> None:
        """The threads of all running workers together within the cores (interactive work first)."""
        with self.lock:
            running = [s for s in self.slots.values() if s.active is not None and s.proc is not None]
        if not running:
            return
        order = sorted(running, key=lambda s: s.active.lane != Lane.INTERACTIVE.value)
        alloc = allocate_threads({s.name: s.settings.threads for s in running}, self.cores,
                                 [s.name for s in order])
        for s in running:
            proc = s.proc
            if proc is not None:
                proc.set_threads(max(1, alloc.get(s.name, 1)))   # more workers than cores: 1 each
