"""The LLM manager actor (service ``llm``): picks a model per request, runs every model in its own
worker process, and keeps the workers within the configured concurrency, memory and CPU.

- selection: an explicit ``model`` or the ``task``'s role (``roles.select``, with fallback);
- loading: on demand, or the primary model once the machine has been idle ``idle_preload_after_s``;
  admission by predicted memory evicts the least recently used idle, unpinned model first;
  ``llm.load pin`` keeps a model; an idle model is unloaded after ``keep_alive_s``;
- one request at a time per worker, the rest in a bounded two-lane queue per model (``busy`` with a
  retry hint past it); a request whose client goes away is cancelled, in the worker too;
- a worker that dies fails its request with ``unavailable`` at once and is reloaded by the next one;
  one that keeps failing to load is cooled down for a growing time and reported;
- throttling: low priority (in the worker), a duty cycler per worker holding background work to
  ``cpu_budget`` while others need the CPU, the threads of all running workers within the cores, and
  a worker over its memory limit unloaded, with an event.

All policy lives in the library modules (``admission``, ``roles``, ``throttle``); this class wires
them to processes and the bus. One lock guards the slots; nothing slow runs under it.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field

import msgspec
import psutil

from actors.base import Actor, handles
from bus.addresses import ensure_private_dir, socket_dir
from protocol.errors import Code, ProtocolError

from .admission import (Lane, Limits, Resident, TwoLaneQueue, idle_expired, model_memory_limit, plan_load,
                        predict_model_memory)
from .engine import GenerateParams, ModelSettings
from .errors import Busy, Cancelled, DeadlineExceeded, ModelNotFound
from .process import LoadFailed, WorkerDied, WorkerProcess
from .roles import ROLES, Installed, select
from .store import ModelRecord, ModelStore
from .throttle import DutyCycler, allocate_threads, set_lane_priority

HOUSEKEEPING_S = 0.5
MAX_COOLDOWN_S = 300.0
CANCEL_GRACE_S = 10.0        # a cancelled worker that does not answer by then is killed


@dataclass(eq=False)
class Ticket:
    """One request waiting for, or holding, a model's worker."""
    lane: str
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
    settings: dict
    need: int                     # predicted bytes once loaded
    memory_limit: int
    queue: TwoLaneQueue
    cond: threading.Condition
    proc: WorkerProcess | None = None
    cycler: DutyCycler | None = None
    loading: bool = False
    active: Ticket | None = None
    pinned: bool = False
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


class LLMManager(Actor):
    service = "llm"
    capacity = 16            # handler threads: running requests plus the ones waiting in model queues

    # ---- lifecycle ----------------------------------------------------------------------------------
    def setup(self) -> None:
        c = self.env.config
        self.res = c.get("llm_resources") or {}
        self.thr = c.get("llm_throttle") or {}
        self.role_map = c.get("llm_roles") or {}
        self.model_configs = c.get("model_configs") or {}
        self.limits = Limits.from_config(self.res)
        self.store = ModelStore(self.env.paths.models)
        self.sock_dir = ensure_private_dir(socket_dir(self.env.paths.runtime))
        _remove_stale_sockets(self.sock_dir)
        self.cores = os.cpu_count() or 1
        self.lock = threading.Lock()
        self.slots: dict[str, Slot] = {}
        self._installed_cache: tuple[tuple, list[ModelRecord]] | None = None
        self._quit = threading.Event()
        self._idle_since = time.monotonic()
        self._preloaded_in_idle = False
        psutil.cpu_percent(None)
        # Workers are started only by long-lived threads (the handler pool and this one): the kernel's
        # parent-death signal (PR_SET_PDEATHSIG) fires when the *thread* that started a child exits.
        self._house = threading.Thread(target=self._housekeeping, name="llm-house", daemon=True)
        self._house.start()

    def teardown(self) -> None:
        self._quit.set()
        with self.lock:
            slots = list(self.slots.values())
        for s in slots:
            self._detach_and_stop(s, "shutdown", publish=False)

    # ---- selection ----------------------------------------------------------------------------------
    def _records(self) -> list[ModelRecord]:
        """The installed models (the manifest is re-read only when it changes)."""
        try:
            st = self.store.manifest_path.stat()
            key = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            key = ()
        if self._installed_cache is None or self._installed_cache[0] != key or not key:
            self._installed_cache = (key, [r for r in self.store.list() if r.exists])
        return self._installed_cache[1]

    def _select(self, task: str | None, model: str | None) -> ModelRecord:
        records = self._records()
        chosen = select([Installed(r.name, r.size, tuple(r.roles)) for r in records], self.role_map,
                        role=task, model=model)
        return next(r for r in records if r.name == chosen.model)

    def _slot(self, rec: ModelRecord) -> Slot:
        """The slot of ``rec`` (made on first use). Call with the lock held."""
        slot = self.slots.get(rec.name)
        # a name re-registered with another file gets a fresh slot once its old worker is gone
        if slot is None or (slot.path != rec.path and slot.proc is None and not slot.busy):
            settings = ModelSettings.from_config(self.model_configs, rec.name, chat_format=rec.chat_format)
            settings_d = {"threads": settings.threads, "context_size": settings.context_size,
                          "batch_size": settings.batch_size, "chat_format": settings.chat_format}
            queue_bounds = self.res.get("queue") or {"interactive": 8, "background": 32}
            fresh = Slot(rec.name, rec.path, settings_d, predict_model_memory(rec.path, settings.context_size),
                         model_memory_limit(rec.name, self.limits, self.model_configs),
                         TwoLaneQueue(queue_bounds), threading.Condition(self.lock))
            if slot is not None:
                fresh.restarts, fresh.counts = slot.restarts, slot.counts
            slot = self.slots[rec.name] = fresh
        return slot

    # ---- queue and loading --------------------------------------------------------------------------
    def _acquire(self, rec: ModelRecord, ticket: Ticket) -> tuple[Slot, float]:
        """Queue ``ticket`` on the model's slot, load the model if needed, and return once the ticket
        holds the worker. Returns (slot, load ms)."""
        with self.lock:
            slot = self._slot(rec)
            self._check_cooldown(slot)
            slot.queue.push(ticket, ticket.lane)
            self._hand_over(slot)
        load_ms = 0.0
        try:
            while True:
                dead = None
                with self.lock:
                    if slot.active is ticket and slot.proc is not None:
                        if slot.proc.alive:
                            return slot, load_ms
                        dead = slot.proc          # died while idle, before the reaper saw it
                    must_load = dead is None and slot.proc is None and not slot.loading
                    if must_load:
                        self._check_cooldown(slot)
                        slot.loading = True
                    elif dead is None:
                        slot.cond.wait(0.05)
                if dead is not None:
                    self._on_worker_died(slot, dead)
                    continue
                if must_load:
                    load_ms = self._load(slot)
                ticket.check()
        except BaseException:
            with self.lock:
                if slot.active is ticket:
                    slot.active = None
                    self._hand_over(slot)
                else:
                    slot.queue.discard(ticket)
            raise

    def _check_cooldown(self, slot: Slot) -> None:
        left = slot.cooldown_until - time.monotonic()
        if left > 0:
            raise ProtocolError(Code.UNAVAILABLE, f"{slot.name} failed to load {slot.load_failures} time(s) "
                                                  f"({slot.last_error}); cooling down for {left:.0f} s",
                                retry_after_ms=int(left * 1000) + 1,
                                details={"model": slot.name, "failures": slot.load_failures})

    def _hand_over(self, slot: Slot) -> None:
        """Hand the worker to the next queued ticket (interactive first). Lock held."""
        if slot.active is None and slot.proc is not None and not slot.loading:
            nxt = slot.queue.pop()
            if nxt is not None:
                slot.active = nxt[0]
                slot.counts["requests"] += 1
        slot.cond.notify_all()

    def _release(self, slot: Slot, ticket: Ticket, served_s: float | None) -> None:
        detached: tuple = (None, None)
        with self.lock:
            if slot.active is ticket:
                slot.active = None
                slot.last_used = time.monotonic()
                if served_s is not None:
                    slot.queue.record_service(served_s)
                if slot.over_memory and not slot.busy:
                    detached = self._detach(slot, "memory limit")
                self._hand_over(slot)
        self._rebalance_threads()
        if detached[0] is not None:
            self._stop(slot, *detached, "memory limit")

    def _load(self, slot: Slot) -> float:
        """Start ``slot``'s worker (its ``loading`` flag is set by the caller); evicts first if needed."""
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
                                 log_dir=self.env.paths.logs, priority=self.res.get("cpu_priority", "low"),
                                 ctx=self.env.ctx)
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
        cycler = DutyCycler(proc.pid, budget=self._budget("cpu_budget", 0.30),
                            period_s=float(self.thr.get("period_s", 0.1)),
                            window_s=float(self.thr.get("window_s", 1.0)),
                            idle_below=float(self.thr.get("idle_below", 0.10)), cores=self.cores).start()
        with self.lock:
            slot.proc, slot.cycler = proc, cycler
            slot.loading, slot.load_failures, slot.cooldown_until = False, 0, 0.0
            slot.last_used, slot.over_memory, slot.rss = time.monotonic(), False, 0
            slot.interactive = False
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
    def _budget(self, key: str, default: float) -> float:
        return float(self.thr.get(key, default))

    def _rebalance_threads(self) -> None:
        """The threads of all running workers together within the cores (interactive work first)."""
        with self.lock:
            running = [s for s in self.slots.values() if s.active is not None and s.proc is not None]
        if not running:
            return
        order = sorted(running, key=lambda s: s.active.lane != Lane.INTERACTIVE.value)
        alloc = allocate_threads({s.name: int(s.settings["threads"]) for s in running}, self.cores,
                                 [s.name for s in order])
        for s in running:
            proc = s.proc
            if proc is not None:
                proc.set_threads(max(1, alloc.get(s.name, 1)))   # more workers than cores: 1 each

    # ---- the request path ---------------------------------------------------------------------------
    def _ticket(self, req, lane: str) -> Ticket:
        return Ticket(lane, req.cancelled, req.deadline)

    def _exchange(self, slot: Slot, ticket: Ticket, req, op: str, **fields):
        """Send one request to the held worker; yields its token messages, returns the final one."""
        proc = slot.proc
        if proc is None:
            raise ProtocolError(Code.UNAVAILABLE, f"{slot.name} is not loaded")
        interactive = ticket.lane == Lane.INTERACTIVE.value
        budget = self._budget("interactive_cpu_budget" if interactive else "cpu_budget", 1.0 if interactive else 0.30)
        if slot.cycler is not None and slot.cycler.state().budget != budget:   # only on change: it wakes a thread
            slot.cycler.set_budget(budget)
        if interactive != slot.interactive and self.res.get("interactive_priority", "normal") == "normal":
            set_lane_priority(proc.pid, interactive, self.res.get("cpu_priority", "low"))
            slot.interactive = interactive
        self._rebalance_threads()
        finished, sent_cancel = False, False
        try:
            rid = proc.start(op, deadline_s=req.remaining(), **fields)
            for msg in proc.events(rid):
                if msg is None:
                    if not sent_cancel and (req.is_cancelled() or req.expired()):
                        proc.cancel(rid)
                        sent_cancel = True
                    continue
                kind = msg["op"]
                if kind == "token":
                    yield msg
                    continue
                finished = True
                if kind == "done":
                    return msg
                err = msg.get("error") or {}
                if err.get("code") == Code.CANCELLED.value:
                    with self.lock:
                        slot.counts["cancelled"] += 1
                        slot.counts["cancelled_before_first_token"] += bool(msg.get("before_first_token"))
                raise ProtocolError.from_body(err)
        except WorkerDied:
            finished = True
            self._on_worker_died(slot, proc)
            raise
        finally:
            if not finished:        # closed early (the client went away): stop the worker's work too
                self._drain_cancelled(slot, proc, rid)

    def _drain_cancelled(self, slot: Slot, proc: WorkerProcess, rid: int) -> None:
        proc.cancel(rid)
        give_up = time.monotonic() + CANCEL_GRACE_S
        try:
            for msg in proc.events(rid):
                if msg is not None and msg["op"] == "error":
                    with self.lock:
                        slot.counts["cancelled"] += 1
                        slot.counts["cancelled_before_first_token"] += bool(msg.get("before_first_token"))
                if time.monotonic() > give_up:
                    proc.kill()
        except WorkerDied:
            self._on_worker_died(slot, proc)

    # ---- handlers -----------------------------------------------------------------------------------
    @handles("llm.generate")
    def generate(self, req):
        body = msgspec.to_builtins(req.body)
        params = {k: v for k, v in body.items() if k not in ("task", "model", "lane", "session") and v is not None}
        GenerateParams.from_dict(params)                       # a bad request fails here, not in a worker
        rec = self._select(body.get("task"), body.get("model"))
        return self._generate(req, rec, params, body.get("lane") or "interactive")

    def _generate(self, req, rec: ModelRecord, params: dict, lane: str):
        ticket = self._ticket(req, lane)
        t0 = time.monotonic()
        slot, load_ms = self._acquire(rec, ticket)
        queue_ms = max(0.0, (time.monotonic() - t0) * 1000 - load_ms)
        served = None
        run = self._exchange(slot, ticket, req, "generate", params=params)
        try:
            while True:
                try:
                    msg = next(run)
                except StopIteration as stop:
                    final = stop.value
                    break
                yield {"text": msg["text"], "index": msg["index"], "count": msg.get("count", 1)}
            served = time.monotonic() - t0 - (queue_ms + load_ms) / 1000
        finally:
            run.close()            # closed early: the worker's work is cancelled before the next request
            self._release(slot, ticket, served)
        r = final["result"]
        t = r["timings"]
        return {"text": r["text"], "model": rec.name, "finish_reason": r["finish_reason"],
                "usage": {"prompt_tokens": r["usage"]["prompt_tokens"],
                          "completion_tokens": r["usage"]["completion_tokens"],
                          "cached_tokens": r["usage"].get("cached_tokens", 0)},
                "timings": {"ttft_ms": t["ttft_ms"], "prompt_tps": t["prompt_tps"], "decode_tps": t["decode_tps"],
                            "total_ms": t["total_ms"], "load_ms": load_ms, "queue_ms": queue_ms}}

    @handles("llm.embed")
    def embed(self, req):
        rec = self._select(req.body.task, req.body.model)
        ticket = self._ticket(req, Lane.INTERACTIVE.value)
        slot, _ = self._acquire(rec, ticket)
        served = None
        t0 = time.monotonic()
        run = self._exchange(slot, ticket, req, "embed", input=list(req.body.input))
        try:
            try:
                while True:
                    next(run)
            except StopIteration as stop:
                final = stop.value
            served = time.monotonic() - t0
        finally:
            run.close()
            self._release(slot, ticket, served)
        r = final["result"]
        return {"model": rec.name, "embeddings": r["vectors"],
                "usage": {"prompt_tokens": r["prompt_tokens"], "completion_tokens": 0}}

    @handles("llm.load")
    def load(self, req):
        rec = self._select(req.body.task, req.body.model)
        slot, load_ms = self._ensure_loaded(rec)
        with self.lock:
            if req.body.pin:
                slot.pinned = True
            slot.last_used = time.monotonic()
            pid = slot.proc.pid if slot.proc else None
        return {"model": rec.name, "loaded": pid is not None, "worker_pid": pid, "load_ms": load_ms}

    @handles("llm.unload")
    def unload(self, req):
        name = req.body.model
        with self.lock:
            slot = self.slots.get(name)
            if slot is not None and slot.busy:
                raise Busy(f"{name} is serving requests; unload it when they are done", retry_after_s=1.0)
            proc, cycler = self._detach(slot, "requested") if slot is not None else (None, None)
        if slot is None:
            names = [r.name for r in self._records()]
            if name not in names:
                raise ModelNotFound(name, names)
            return {"model": name, "unloaded": False}
        return {"model": name, "unloaded": self._stop(slot, proc, cycler, "requested")}

    @handles("llm.models")
    def models(self, req):
        records = self._records()
        installed = [Installed(r.name, r.size, tuple(r.roles)) for r in records]
        roles = {}
        for role in ROLES:
            try:
                roles[role] = select(installed, self.role_map, role=role).model
            except ProtocolError:
                roles[role] = None
        rows = {r["model"]: r for r in self._rows()}
        out = []
        for r in records:
            row = rows.get(r.name)
            out.append({"name": r.name, "size_bytes": r.size, "roles": list(r.roles), "path": r.path,
                        "loaded": bool(row and row["pid"]), "state": row["state"] if row else "unloaded",
                        "worker_pid": row["pid"] if row else None, "rss_bytes": row["rss_bytes"] if row else 0,
                        "pinned": bool(row and row["pinned"]), "throttled": bool(row and row["throttled"]),
                        "queued": row["queued"] if row else 0, "restarts": row["restarts"] if row else 0,
                        "counts": row["counts"] if row else {}, "error": row["error"] if row else None})
        return {"models": out, "roles": roles}

    # ---- status -------------------------------------------------------------------------------------
    def _rows(self) -> list[dict]:
        with self.lock:
            slots = [(s, s.proc, s.cycler, s.state, len(s.queue), dict(s.counts)) for s in self.slots.values()]
        rows = []
        now = time.time()
        for s, proc, cycler, state, queued, counts in slots:
            cpu, rss, nice = proc.usage() if proc is not None else (0.0, 0, None)
            throttle = cycler.state() if cycler is not None else None
            rows.append({"name": f"llm:{s.name}", "model": s.name, "pid": proc.pid if proc else None,
                         "uptime_s": round(now - proc.started_at, 3) if proc else 0.0, "restarts": s.restarts,
                         "state": state, "cpu_percent": cpu, "rss_bytes": rss, "last_exit": s.last_exit,
                         "throttled": bool(throttle and throttle.throttled),
                         "cpu_share": round(throttle.own_share, 3) if throttle else 0.0,
                         "threads": proc.threads if proc else 0, "nice": nice, "pinned": s.pinned,
                         "queued": queued, "counts": counts, "error": s.last_error,
                         "load_failures": s.load_failures})
        return rows

    def status_details(self) -> dict:
        return {"processes": self._rows(), "cores": self.cores}

    # ---- housekeeping (its own thread: it may block) ------------------------------------------------
    def _housekeeping(self) -> None:
        for name in self.res.get("pinned") or []:
            self._preload(name, True)
        while not self._quit.wait(HOUSEKEEPING_S):
            try:
                self._reap()
                self._check_memory()
                self._expire_idle()
                self._maybe_preload()
            except Exception:
                if self.log:
                    self.log.exception("llm housekeeping failed")

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
        keep = float(self.res.get("keep_alive_s", 300))
        with self.lock:
            residents = [Resident(s.name, s.need, s.last_used, s.busy, s.pinned)
                         for s in self.slots.values() if s.proc is not None]
        for name in idle_expired(residents, time.monotonic(), keep):
            with self.lock:
                slot = self.slots[name]
                if slot.busy:
                    continue
                proc, cycler = self._detach(slot, "keep-alive expired")
            self._stop(slot, proc, cycler, "keep-alive expired")

    def _maybe_preload(self) -> None:
        after = self.res.get("idle_preload_after_s")
        if after is None or after < 0:
            return
        now = time.monotonic()
        if psutil.cpu_percent(None) >= 100 * float(self.thr.get("idle_below", 0.10)):
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


def _remove_stale_sockets(directory) -> None:
    """Channel sockets left by a manager that was killed (their names carry its pid)."""
    import re

    for f in directory.glob("llm*w*"):
        m = re.match(r"^llm(\d+)w\d+[ce]$", f.name)
        if m and not psutil.pid_exists(int(m.group(1))):
            try:
                f.unlink()
            except OSError:
                pass
