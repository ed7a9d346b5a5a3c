"""ContextEngine: what the context actor drives — the store plus synthesis, pattern learning,
metrics, archiving policy and backups, with the asynchronous part as explicit steps.

Request methods (preserve, get, query, archive, delete, patterns, feedback …) are thread-safe and
do only what the reply needs. Everything else is queued and done by ``process_pending``, which
the actor calls from one background thread (``wait_for_work`` blocks until there is some).
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any, Callable

from actors.shared.settings import resolve_section
from protocol.kinds.context import WhyReply
from .backup import backup as _backup
from . import embedders
from .cooperate import Yielder, querying, quiet_for, serving
from .dense import DenseIndex
from .describe import describe
from .metrics import Metrics
from .patterns import PatternLearner
from .record import SYNTHESIZED, Context
from .store import ContextStore, Hit
from .synthesis import Synthesizer

log = logging.getLogger(__name__)


class ContextEngine:
    def __init__(self, data_dir: str | Path, config: dict | None = None, *, seal_key: bytes,
                 summarize: Callable[[list[str]], str | None] | None = None,
                 is_clean: Callable[[str], bool] | None = None, clock=time.time, embedder: Any = None):
        self.config = resolve_section("context", config)
        self.clock = clock
        self.store = ContextStore(data_dir, self.config, seal_key=seal_key, clock=clock)
        try:
            self._embedder_dir = Path(data_dir) if embedder is None else None
            self.store.dense = _dense_index(Path(data_dir), self.store, self.config["query"], embedder)
            self.synthesizer = Synthesizer(self.store, self.config["synthesis"],
                                           summarize=summarize, is_clean=is_clean, clock=clock)
            self.learner = PatternLearner(self.store, self.config["pattern_learning"],
                                          is_clean=is_clean, clock=clock)
            self.metrics = Metrics(self.store.layout, self.config["metrics"], clock)
        except BaseException:
            self.store.close()
            raise
        self._observe: deque[Context] = deque()
        self._loaded = False
        self._closed = False
        self._work = threading.Lock()
        self._wake = threading.Event()
        self._wake.set()  # start-up work: observe what is already stored
        self._last = {"synthesis": 0.0, "mine": 0.0, "archive": clock(), "embedder": clock()}

    @property
    def recovery(self) -> dict:
        """What start-up found and repaired (damage, torn tails, index repairs)."""
        return self.store.recovery

    # ============================================================================ requests
    def preserve(self, record: dict, seal: str) -> Context:
        with serving(), self.metrics.timer("preserve"):
            ctx = self.store.preserve(record, seal)
        self._queue([ctx])
        return ctx

    def preserve_many(self, items: list[tuple[dict, str]]) -> list[Context]:
        with serving(), self.metrics.timer("preserve_many"):
            ctxs = self.store.preserve_many(items)
        self._queue(ctxs)
        return ctxs

    def _queue(self, ctxs: list[Context]) -> None:
        self._observe.extend(ctxs)
        self._wake.set()

    def get(self, rid: str, *, access: Any = None) -> Context:
        with serving(), self.metrics.timer("get"):
            return self.store.get(rid, access=access)

    def query(self, text: str, **kw) -> list[Hit]:
        with serving(), querying(), self.metrics.timer("query"):
            return self.store.query(text, **kw)

    def why(self, rid: str, text: str, **kw) -> WhyReply:
        with serving(), querying(), self.metrics.timer("why"):
            return self.store.why(rid, text, **kw)

    def archive(self, ids: list[str] | None = None, *, policy: dict | None = None,
                now: float | None = None) -> list[str]:
        with self.metrics.timer("archive"):
            return self.store.archive(ids, policy=policy, now=now)

    def delete(self, rid: str) -> dict:
        """Delete a context and everything derived from it, before returning: its synthesized
        groups are re-synthesized without it (or removed), pattern evidence drops it."""
        with self.metrics.timer("delete"):
            with self._work:  # no background step may hold stale derived state meanwhile
                if not self._loaded:
                    self._load_existing()
                self._drain_observe()
                ctx = self.store.delete(rid)
                groups = [] if ctx.tier == SYNTHESIZED else self.synthesizer.forget(rid)
                self.synthesizer.refresh(keys=groups)
                self.store.sync()  # the rewritten syntheses no longer hold the deleted text
                kinds = self.learner.forget(rid)
                if kinds:
                    self.learner.mine(sorted(kinds))  # patterns re-checked without it
            return {"id": rid, "resynthesized": len(groups)}

    def patterns(self, kind: str | None = None, *, project: str | None = None,
                 access: Any = None) -> list[dict]:
        with self.metrics.timer("patterns"):
            return self.learner.patterns(kind, project=project, access=access)

    def feedback(self, pattern_id: str, accepted: bool) -> dict:
        with self.metrics.timer("feedback"):
            return self.learner.feedback(pattern_id, accepted)


    def record_resources(self, samples: list[dict]) -> int:
        return self.metrics.record_resources(samples)

    def metrics_snapshot(self) -> dict:
        snap = self.metrics.snapshot(self.learner.effectiveness.all())
        snap["store"] = self.store.stats()
        return snap

    def reindex(self) -> dict:
        with self.metrics.timer("reindex"):
            return self.store.reindex()

    def check_and_repair(self, *, deep: bool = False) -> dict:
        return self.store.check_and_repair(deep=deep)

    def backup(self, dest: str | Path, *, include_models: bool | None = None) -> dict:
        """A consistent snapshot while writes continue (see ``backup.py``)."""
        if include_models is None:
            include_models = self.config["backup"]["include_models"]
        with self.metrics.timer("backup"):
            return _backup(self.store.layout.root, dest, store=self.store, include_models=include_models)

    # ======================================================================= background
    def pending_work(self) -> dict:
        return {"observe": len(self._observe) + (0 if self._loaded else 1),
                **self.store.pending_work(),
                "synthesis_groups": self.synthesizer.pending(),
                "pattern_kinds": sorted(self.learner.pending())}

    def has_pending(self) -> bool:
        w = self.pending_work()
        return bool(w["observe"] or w["index_updates"] or w["synthesis_groups"]
                    or w["pattern_kinds"] or w["deferred_scrubs"] or w["compactable_segments"]
                    or (self.store.dense is not None and self.store.dense.behind))

    def idle_wait(self, busy_s: float) -> float:
        """How long the background loop may sleep: ``busy_s`` while work is pending, else until the
        next periodic duty (archive check, metrics flush) — a request wakes it earlier anyway."""
        if self.has_pending():
            return busy_s
        now = self.clock()
        arc = self.config["archive"]
        due = [self.config["metrics"]["flush_interval_s"]]
        if arc["enabled"]:
            due.append(self._last["archive"] + arc["check_interval_s"] - now)
        return max(busy_s, min(due))

    def wait_for_work(self, timeout: float | None = None) -> bool:
        """Block until a request queued background work (or ``timeout``)."""
        woke = self._wake.wait(timeout)
        self._wake.clear()
        return woke

    def process_pending(self, *, force: bool = False) -> dict:
        """One round of background work. Intervals from the config space out synthesis, mining
        and archiving unless ``force``. Safe to call from any thread; rounds never overlap."""
        if not self._work.acquire(blocking=force):
            return {}
        try:
            return {} if self._closed else self._round(force)
        finally:
            self._work.release()

    def _round(self, force: bool) -> dict:
        now = self.clock()
        done: dict[str, Any] = {}
        if not self._loaded:
            self._load_existing()
            done["loaded"] = True
        done["observed"] = self._drain_observe()
        syn = self.config["synthesis"]
        if self.synthesizer.pending() and (force or now - self._last["synthesis"]
                                           >= syn["refresh_interval_s"]):
            done["synthesized"] = self.synthesizer.refresh()
            self._last["synthesis"] = now
        done.update(self.store.process_pending(snapshot=True if force else None))
        if self.store.dense is None and self._embedder_dir and (force or now - self._last["embedder"] >= 60):
            self._last["embedder"] = now          # installed since start (`enclave models pull`)?
            self.store.dense = _dense_index(self._embedder_dir, self.store, self.config["query"], None)
        if self.store.dense is not None:
            done["embedded"] = self._embed(force)
        pl = self.config["pattern_learning"]
        if self.learner.pending() and (force or now - self._last["mine"] >= pl["mine_interval_s"]):
            done["patterns"] = self.learner.mine()
            self._last["mine"] = now
        arc = self.config["archive"]
        if arc["enabled"] and (force or now - self._last["archive"] >= arc["check_interval_s"]):
            done["archived"] = len(self.store.archive(policy=arc, now=now))
            self._last["archive"] = now
        self.metrics.flush(force=force)
        return done

    def _embed(self, force: bool) -> int:
        """Embed a batch of new or changed contexts (all of them when ``force``)."""
        dense, n = self.store.dense, 0
        batch = self.config["query"]["embed_batch"]
        dense.mark, changed = self.store.index.changes_since(dense.mark)
        if changed is None:
            dense.follow(self.store.index.versions(), everything=True)
        else:
            dense.follow(changed, everything=False)
        q = self.config["query"]
        if not force and quiet_for() < q["embed_quiet_s"] and dense.waited_s() < q["embed_wait_max_s"]:
            return 0     # a new context is found by its words meanwhile; requests keep the cores
        while True:
            got = dense.catch_up(self._content, limit=batch)
            n += got
            if not (force and got):
                break
        if n and (force or not dense.behind):
            dense.save(force=force, after_changes=self.config["index"]["snapshot_after_changes"])
        return n

    def _content(self, rid: str) -> str | None:
        """What the embedder reads of a context: its text, and a command or commit in words."""
        try:
            ctx = self.store.get(rid)
        except Exception:  # noqa: BLE001 - deleted or unreadable since: the next round sees it gone
            return None
        words = describe(ctx.kind, ctx.content, ctx.metadata)
        return f"{ctx.content}\n{words}" if words else ctx.content

    def _load_existing(self) -> None:
        self.synthesizer.load()
        pause = Yielder()
        for ctx in self.store.iter_contexts():
            pause()
            self.learner.observe(ctx)
        self._loaded = True

    def _drain_observe(self) -> int:
        n, pause = 0, Yielder()
        while self._observe:
            pause()
            ctx = self._observe.popleft()
            if ctx.id not in self.store:
                continue  # deleted before we got to it
            self.synthesizer.observe(ctx)
            self.learner.observe(ctx)
            n += 1
        return n

    def close(self) -> None:
        """Finish the queued index work and close; a background loop waiting for work ends."""
        with self._work:
            if self._closed:
                return
            self._closed = True
            self._wake.set()
            try:  # pending synthesis and mining are redone from the log at the next start
                self.store.apply_pending()
                self.metrics.flush(force=True)
                if self.store.dense is not None:
                    self.store.dense.save()
            finally:
                self.store.close()

    def __enter__(self) -> "ContextEngine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _dense_index(data_dir: Path, store: ContextStore, query: dict, embedder: Any) -> DenseIndex | None:
    """The dense index when an embedder is given or installed (``enclave models pull NAME``); else
    retrieval stays lexical. A broken install is logged and retrieval stays lexical."""
    name = query["embedder"]
    if embedder is None and name:
        where = embedders.path_of(data_dir / "models", name)
        if where is None:
            return None
        try:
            from .embedder import Embedder
            embedder = Embedder(where)
        except Exception as e:  # noqa: BLE001 - retrieval still works without it
            log.warning("embedder %s unusable (%s): retrieval is lexical", name, type(e).__name__)
            return None
    if embedder is None:
        return None
    return DenseIndex(embedder, store.layout.index / f"dense-{embedder.name}.npz")
