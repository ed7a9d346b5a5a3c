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
- throttling: low priority (in the worker; one loaded for an interactive request starts at that
  lane's priority), a duty cycler per worker holding background work to
  ``cpu_budget`` while others need the CPU, the threads of all running workers within the cores, and
  a worker over its memory limit unloaded, with an event.

All policy lives in the library modules (``admission``, ``roles``, ``throttle``); this class wires
them to processes and the bus (``housekeeping`` is its background thread, ``slots`` its state). One lock guards the slots; nothing slow runs under it.
"""
from __future__ import annotations

import os
import threading
import time

import msgspec
import psutil

from actors.base import Actor, handles
from bus.addresses import ensure_socket_dir, socket_dir
from protocol import channel as ch
from protocol.errors import Code, ProtocolError
from protocol.kinds import llm as K

from ..admission import Lane, Limits, TwoLaneQueue, model_memory_limit, predict_model_memory
from ..engine import model_config
from ..errors import Busy, ModelNotFound
from ..roles import ROLES, Installed, select
from ..store import ModelRecord, ModelStore
from ..throttle import set_lane_priority
from .housekeeping import Housekeeping, remove_stale_sockets
from .process import WorkerDied, WorkerProcess
from .slots import Slot, Ticket
from .workers import WorkerLifecycle

CANCEL_GRACE_S = 10.0        # a cancelled worker that does not answer by then is killed


class LLMManager(WorkerLifecycle, Housekeeping, Actor):
    service = "llm"
    capacity = 16            # handler threads: running requests plus the ones waiting in model queues

    # ---- lifecycle ----------------------------------------------------------------------------------
    def setup(self) -> None:
        s = self.env.settings
        self.res, self.thr = s.llm_resources, s.llm_throttle
        self.role_map, self.model_configs = s.llm_roles, s.model_configs
        self.limits = Limits.from_config(self.res)
        self.store = ModelStore(self.env.paths.models)
        self.sock_dir = ensure_socket_dir(socket_dir(self.env.paths.runtime))
        remove_stale_sockets(self.sock_dir)
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
            settings = model_config(self.model_configs, rec.name, chat_format=rec.chat_format)
            fresh = Slot(rec.name, rec.path, settings, predict_model_memory(rec.path, settings.context_size),
                         model_memory_limit(rec.name, self.limits, self.model_configs),
                         TwoLaneQueue(msgspec.to_builtins(self.res.queue)), threading.Condition(self.lock))
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
            slot.queue.push(ticket, ticket.lane, ticket.client)
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
                    load_ms = self._load(slot, ticket.lane == Lane.INTERACTIVE.value)
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

    # ---- the request path ---------------------------------------------------------------------------
    def _ticket(self, req, lane: str) -> Ticket:
        return Ticket(lane, getattr(req.body, "client", None), req.cancelled, req.deadline)

    def _exchange(self, slot: Slot, ticket: Ticket, req, make):
        """Send one request (``make(id)``) to the held worker; yields its ``Piece``s, returns the final
        event."""
        proc = slot.proc
        if proc is None:
            raise ProtocolError(Code.UNAVAILABLE, f"{slot.name} is not loaded")
        interactive = ticket.lane == Lane.INTERACTIVE.value
        budget = self.thr.interactive_cpu_budget if interactive else self.thr.cpu_budget
        if slot.cycler is not None and slot.cycler.state().budget != budget:   # only on change: it wakes a thread
            slot.cycler.set_budget(budget)
        if interactive != slot.interactive and self.res.interactive_priority == "normal":
            set_lane_priority(proc.pid, interactive, self.res.cpu_priority)
            slot.interactive = interactive
        self._rebalance_threads()
        finished, sent_cancel = False, False
        try:
            rid = proc.start(make)
            for msg in proc.events(rid):
                if msg is None:
                    if not sent_cancel and (req.is_cancelled() or req.expired()):
                        proc.cancel(rid)
                        sent_cancel = True
                    continue
                if isinstance(msg, ch.Piece):
                    yield msg
                    continue
                finished = True
                if not isinstance(msg, ch.Failed):
                    return msg
                self._count_cancel(slot, msg)
                raise ProtocolError.from_body(msgspec.to_builtins(msg.error))
        except WorkerDied:
            finished = True
            self._on_worker_died(slot, proc)
            raise
        finally:
            if not finished:        # closed early (the client went away): stop the worker's work too
                self._drain_cancelled(slot, proc, rid)

    def _count_cancel(self, slot: Slot, failed: ch.Failed) -> None:
        if failed.error.code == Code.CANCELLED.value:
            with self.lock:
                slot.counts["cancelled"] += 1
                slot.counts["cancelled_before_first_token"] += failed.before_first_token

    def _drain_cancelled(self, slot: Slot, proc: WorkerProcess, rid: int) -> None:
        proc.cancel(rid)
        give_up = time.monotonic() + CANCEL_GRACE_S
        try:
            for msg in proc.events(rid):
                if isinstance(msg, ch.Failed):
                    self._count_cancel(slot, msg)
                if time.monotonic() > give_up:
                    proc.kill()
        except WorkerDied:
            self._on_worker_died(slot, proc)

    # ---- handlers -----------------------------------------------------------------------------------
    @handles("llm.generate")
    def generate(self, req):
        rec = self._select(req.body.task, req.body.model)
        return self._generate(req, rec)

    def _generate(self, req, rec: ModelRecord):
        ticket = self._ticket(req, req.body.lane)
        t0 = time.monotonic()
        with self.lock:                      # busy: say how many are ahead before waiting for them
            slot = self.slots.get(rec.name)
            ahead = len(slot.queue) + (slot.active is not None) if slot is not None else 0
        if ahead:
            yield K.Token(text="", index=0, count=0, queued=ahead)
        slot, load_ms = self._acquire(rec, ticket)
        queue_ms = max(0.0, (time.monotonic() - t0) * 1000 - load_ms)
        served = None
        run = self._exchange(slot, ticket, req, lambda rid: ch.Generate(id=rid, request=req.body,
                                                                       deadline_s=req.remaining()))
        try:
            while True:
                try:
                    piece = next(run)
                except StopIteration as stop:
                    final = stop.value
                    break
                yield K.Token(text=piece.text, index=piece.index, count=piece.count)
            served = time.monotonic() - t0 - (queue_ms + load_ms) / 1000
        finally:
            run.close()            # closed early: the worker's work is cancelled before the next request
            self._release(slot, ticket, served)
        timings = msgspec.structs.replace(final.timings, load_ms=load_ms, queue_ms=queue_ms)
        return K.GenerateReply(text=final.text, model=rec.name, finish_reason=final.finish_reason,
                               usage=final.usage, timings=timings, tool_calls=final.tool_calls)

    @handles("llm.embed")
    def embed(self, req):
        rec = self._select(req.body.task, req.body.model)
        ticket = self._ticket(req, Lane.INTERACTIVE.value)
        slot, _ = self._acquire(rec, ticket)
        served = None
        t0 = time.monotonic()
        run = self._exchange(slot, ticket, req, lambda rid: ch.Embed(id=rid, input=req.body.input,
                                                                    deadline_s=req.remaining()))
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
        return K.EmbedReply(model=rec.name, embeddings=final.vectors, truncated=final.truncated,
                            usage=K.Usage(prompt_tokens=final.prompt_tokens, completion_tokens=0))

    @handles("llm.load")
    def load(self, req):
        rec = self._select(req.body.task, req.body.model)
        slot, load_ms = self._ensure_loaded(rec)
        with self.lock:
            if req.body.pin:
                slot.pinned = True
            elif req.body.keep_alive_s is not None:   # a client's keep-alive replaces its pin (Ollama's
                slot.pinned = rec.name in self.res.pinned   # keep_alive 0 after -1), never the owner's
            if req.body.keep_alive_s is not None:
                slot.keep_alive_s = req.body.keep_alive_s
            slot.last_used = time.monotonic()
            pid = slot.proc.pid if slot.proc else None
        return K.LoadReply(model=rec.name, loaded=pid is not None, worker_pid=pid, load_ms=load_ms)

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
            return K.UnloadReply(model=name, unloaded=False)
        return K.UnloadReply(model=name, unloaded=self._stop(slot, proc, cycler, "requested"))

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
            info = K.ModelInfo(name=r.name, size_bytes=r.size, roles=list(r.roles), path=r.path)
            row = rows.get(r.name)
            if row is not None:
                info = msgspec.structs.replace(
                    info, loaded=bool(row["pid"]), state=row["state"], worker_pid=row["pid"],
                    rss_bytes=row["rss_bytes"], pinned=row["pinned"], throttled=row["throttled"],
                    queued=row["queued"], restarts=row["restarts"], counts=row["counts"], error=row["error"])
            out.append(info)
        return K.ModelsReply(models=out, roles=roles)

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
