"""The context actor (service ``context``): the bus face of ``ContextEngine``.

Requests map one to one onto the engine; its typed errors become protocol error codes. The
asynchronous part (index updates, synthesis, pattern mining, archiving) runs in one background
thread. Summaries come from the local model (task ``light``) and every learned pattern and
summary is re-checked by the privacy filter, both through the bus and both optional: without a
model the summary is extractive; without an answer from the privacy filter nothing passes.
(Integration patterns learn from the ``message`` contexts the router preserves for tool-to-tool
traffic.)
"""
from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import msgspec

from actors.base import Actor, handles
from actors.shared import seal
from bus import Request
from protocol import Code, ProtocolError, to_builtins
from protocol.kinds import context as C
from protocol.kinds import Empty

from . import ContextEngine, ContextError
from .patterns import basic_is_clean
from .record import Context

PRESERVED_TOPIC = "context.preserved"
UNCLEAN_LABELS = frozenset({"secret", "pii"})
STATS_EVERY_S = 2.0
CLEAN_CACHE_MAX = 4096
MAX_DAMAGE_SHOWN = 50  # damaged regions listed in sys.status (all are in contexts/lost+found)


def context_body(c: Context) -> C.Context:
    return C.Context(id=c.id, source=c.source, kind=c.kind, content=c.content, project=c.project or "",
                     session=c.session, metadata=c.metadata, tier=c.tier, created_at=c.created,
                     updated_at=c.updated, links=list(c.links))


def hit_body(h: dict) -> C.Hit:
    return C.Hit(id=h["id"], score=h["score"], snippet=h["snippet"], project=h["project"] or "",
                 source=h["source"], kind=h["kind"], tier=h["tier"], created_at=h["created"],
                 session=h["session"])


def access_scope(a) -> dict:
    # explicit: ``to_builtins`` would omit the default mode, and the engine reads a missing mode as none
    return {"mode": a.mode, "projects": list(a.projects), "sources": list(a.sources)}


PATTERN_FIELDS = ("id", "kind", "description", "support", "confidence", "success_rate", "projects",
                  "evidence", "sequences", "accepted", "rejected")


def pattern_body(p: dict) -> C.Pattern:
    out = {k: p[k] for k in PATTERN_FIELDS if p.get(k) is not None}
    out["items"] = [str(i) for i in p.get("items", [])]
    out["project"] = p.get("project") or ""
    return msgspec.convert(out, C.Pattern)


def _lower_this_threads_priority() -> None:
    """Background work (index upkeep, embedding, mining) at nice 10: requests, here and in the other
    actors, come first on the cores. Linux sets a thread's own priority; elsewhere it is left."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError:
            pass


class ContextActor(Actor):
    service = "context"
    capacity = 8

    # ------------------------------------------------------------------------------ lifecycle
    def setup(self) -> None:
        self.section = self.env.config["context"]
        self.opts = self.env.settings.context.actor
        self._stop = threading.Event()
        self._clean_cache: dict[str, bool] = {}
        self._llm_retry_at = 0.0
        self._stats: dict = {}
        self._stats_at = 0.0
        key = seal.load_or_create_key(self.env.paths.keys / "seal.key")
        self.engine = ContextEngine(self.env.paths.home, self.section, seal_key=key,
                                    summarize=self._summarize, is_clean=self._is_clean)
        self._report_recovery(self.engine.recovery)
        self._refresh_stats()
        self._thread = threading.Thread(target=self._background, name="context-background", daemon=True)
        self._thread.start()

    def teardown(self) -> None:
        self._stop.set()
        self.engine.close()   # wakes the background loop; queued index work is finished first
        self._thread.join(timeout=5)

    def _report_recovery(self, rec: dict) -> None:
        """Start-up recovery in the log, never silently: what was repaired and what was lost."""
        damaged = [d for d in rec.get("damage", []) if not d.get("torn_tail")]
        lost = rec.get("lost_bytes", 0) or rec.get("unreadable_records", 0) or damaged
        fields = {k: rec.get(k) for k in ("records", "live", "lost_bytes", "torn_tail_bytes",
                                          "unreadable_records", "holes", "seconds")}
        fields["index_repaired"] = (rec.get("index") or {}).get("repaired", 0)
        fields["corrupt_regions"] = len(damaged)   # torn tails (never acknowledged) are counted in bytes
        if self.log:
            if lost:
                self.log.warning("context recovery: some stored data could not be read; moved to "
                                 "contexts/lost+found", **fields)
            else:
                self.log.info("context recovery", **fields)

    def _background(self) -> None:
        """The engine's background work when woken (or when a periodic duty is due), plus a status
        refresh."""
        _lower_this_threads_priority()
        while not self._stop.is_set():
            self.engine.wait_for_work(self.engine.idle_wait(self.opts.background_idle_s))
            if self._stop.is_set():
                break
            try:
                self.engine.process_pending()
            except ContextError as e:
                if self.log:
                    self.log.warning("context background work failed", error=str(e))
            except Exception:  # keep serving; the next round retries
                if self.log:
                    self.log.exception("context background work failed")
            self._refresh_stats()

    def _refresh_stats(self) -> None:
        if time.monotonic() - self._stats_at < STATS_EVERY_S and self._stats:
            return
        try:
            self._stats = self.engine.store.stats()
        except ContextError:
            return
        self._stats_at = time.monotonic()

    def status_details(self) -> dict:
        # inline on the socket thread: only cached or O(1) values
        rec = self.engine.recovery
        return {"contexts": self._stats.get("contexts", {}), "log_bytes": self._stats.get("log_bytes"),
                "pending": self._stats.get("pending", {}),
                "recovery": {k: rec.get(k) for k in ("records", "live", "lost_bytes", "torn_tail_bytes",
                                                     "unreadable_records", "seconds")}
                | {"damaged_regions": len(rec.get("damage", [])),
                   "damage": rec.get("damage", [])[:MAX_DAMAGE_SHOWN],
                   "index_repaired": (rec.get("index") or {}).get("repaired", 0)}}

    # ------------------------------------------------------------------ the bus as engine helpers
    def _summarize(self, texts: list[str]) -> str | None:
        """A summary from the local model, or None (the engine then writes an extractive one)."""
        if time.monotonic() < self._llm_retry_at or not self.opts.summarize_with_llm:
            return None
        per = self.opts.summary_chars_per_context
        notes = "\n---\n".join(t[:per] for t in texts[:20])
        body = {"messages": [{"role": "user", "content":
                              "Summarize what these related developer notes are about in two or "
                              "three sentences.\n\n" + notes}],
                "task": "light", "lane": "background", "temperature": 0.2,
                "max_tokens": self.opts.summary_max_tokens}
        try:
            reply = self.call("llm.generate", body, timeout=self.opts.summary_timeout_s)
        except ProtocolError:
            # no model (or busy): stay extractive for a while instead of asking every round
            self._llm_retry_at = time.monotonic() + self.opts.llm_retry_after_s
            return None
        text = (reply.get("text") or "").strip()
        return text or None

    def _is_clean(self, text: str) -> bool:
        """The privacy filter's re-check: no secret or personal data. Fails closed."""
        if not basic_is_clean(text):
            return False
        known = self._clean_cache.get(text)
        if known is not None:
            return known
        try:
            reply = self.call("privacy.scan", {"text": text, "source": "context"},
                              timeout=self.opts.privacy_timeout_s)
        except ProtocolError:
            return False          # not cached: asked again next time
        clean = not any(f.get("label") in UNCLEAN_LABELS for f in reply.get("findings", []))
        if len(self._clean_cache) >= CLEAN_CACHE_MAX:
            self._clean_cache.clear()
        self._clean_cache[text] = clean
        return clean

    # ------------------------------------------------------------------------------ handlers
    @handles("context.preserve")
    def preserve(self, req: Request) -> C.PreserveReply:
        body = req.body
        if not body.seal:
            raise ProtocolError(Code.FORBIDDEN, "context.preserve needs the privacy filter's seal "
                                "(send the record through privacy.sanitize first)", field="body.seal")
        # the seal covers exactly the record as the privacy filter returned it (defaults omitted)
        ctx = self.engine.preserve(to_builtins(body.record), body.seal)
        self.publish(PRESERVED_TOPIC, {"id": ctx.id, "project": ctx.project or "",
                                       "source": ctx.source, "kind": ctx.kind})
        return C.PreserveReply(id=ctx.id, tier=ctx.tier, created_at=ctx.created)

    @handles("context.query")
    def query(self, req: Request) -> C.QueryReply:
        b = req.body
        hits = self.engine.query(b.text, k=b.k, project=b.project, source=b.source, kind=b.kind, tier=b.tier,
                                 since=b.since, until=b.until, access=access_scope(b.access))
        return C.QueryReply(results=[hit_body(h if isinstance(h, dict) else h.to_dict()) for h in hits])

    @handles("context.why")
    def why(self, req: Request) -> C.WhyReply:
        b = req.body
        return self.engine.why(b.id, b.text, k=b.k, project=b.project, access=access_scope(b.access))

    @handles("context.get")
    def get(self, req: Request) -> C.GetReply:
        ctx = self.engine.get(req.body.id, access=access_scope(req.body.access))
        return C.GetReply(context=context_body(ctx))

    @handles("context.archive")
    def archive(self, req: Request) -> C.ArchiveReply:
        ids = list(req.body.ids) or None
        archived = self.engine.archive(ids, policy=None if ids else self.engine.config["archive"])
        return C.ArchiveReply(archived=archived)

    @handles("context.delete")
    def delete(self, req: Request) -> C.DeleteReply:
        done = self.engine.delete(req.body.id)
        return C.DeleteReply(deleted=True, resynthesized=done.get("resynthesized", 0))

    @handles("context.reindex")
    def reindex(self, req: Request) -> C.ReindexReply:
        done = self.engine.reindex()
        self._stats_at = 0.0
        return C.ReindexReply(contexts=done.get("indexed", 0), seconds=done.get("seconds", 0.0))

    @handles("pattern.list")
    def patterns(self, req: Request) -> C.PatternListReply:
        b = req.body
        found = self.engine.patterns(b.kind, project=b.project, access=access_scope(b.access))
        return C.PatternListReply(patterns=[pattern_body(p) for p in found])

    @handles("pattern.feedback")
    def feedback(self, req: Request) -> C.FeedbackReply:
        eff = self.engine.feedback(req.body.id, req.body.accepted)
        return C.FeedbackReply(id=req.body.id, success_rate=eff.get("success_rate") or 0.0)

    @handles("metrics.get")
    def metrics(self, req: Request) -> C.MetricsReply:
        snap = self.engine.metrics_snapshot()
        return C.MetricsReply(usage=snap.get("usage", {}), effectiveness=snap.get("effectiveness", {}),
                              resources=snap.get("resources", {}), store=snap.get("store", {}),
                              since=snap.get("since", 0.0))

    @handles("metrics.resources")
    def resources(self, req: Request) -> Empty:
        # the supervisor's sample shape {name, pid, cpu_percent, rss_bytes, t} -> the engine's
        samples = [{"actor": s.get("name") or s.get("actor"), "pid": s.get("pid"),
                    "cpu_percent": s.get("cpu_percent", 0), "rss_bytes": s.get("rss_bytes", 0),
                    **({"ts": s["t"]} if s.get("t") is not None else {})}
                   for s in req.body.samples if isinstance(s, dict)]
        self.engine.record_resources(samples)
        return Empty()

    @handles("context.backup")
    def backup(self, req: Request) -> C.BackupReply:
        b = req.body
        dest = Path(b.path) if b.path else self.env.paths.home / "backups"
        if not dest.is_absolute():
            raise ProtocolError(Code.INVALID, "path: an absolute path (the actor's working directory "
                                "is not yours)", field="body.path")
        try:
            done = self.engine.backup(dest, include_models=b.include_models)
        except OSError as e:
            raise ProtocolError(Code.INVALID, f"cannot write the backup to {dest}: {e.strerror or e}",
                                field="body.path") from None
        self._stats_at = 0.0
        self._refresh_stats()
        live = sum((self._stats.get("contexts") or {}).values())
        return C.BackupReply(path=done["path"], bytes=done["bytes"], files=done["files"], contexts=live)
