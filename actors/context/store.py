"""ContextStore: preserve (durable before it returns), get, query, archive, delete, reindex.

The segment log is the truth; everything else (the in-memory map of live records, the search
index and its snapshot) is derived from it at start-up. Writes take ``_write`` briefly; index
maintenance is queued and applied by ``process_pending`` (the actor's background thread) or by
the next query, so a query always sees every acknowledged write and a preserve never waits for
tokenizing or scoring.

Lock order: the index lock may be taken before ``_write``, never after it.
"""
from __future__ import annotations

import fcntl
import os
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Iterator

from actors.shared.seal import verify

from actors.shared.settings import resolve_section
from protocol.kinds.context import WhyReply
from . import ranking
from .access import Access
from .dense import DenseIndex
from .errors import (Conflict, ContextError, InvalidRecord, NotFound, NotSanitized,
                     StoreClosed, StoreLocked)
from .index import Filter, InvertedIndex, Scoring
from .layout import TIERS, Layout
from .log import Loc, SegmentLog
from .record import ACTIVE, SYNTHESIZED, Context, new_id, validate
from .text import query_terms, snippet, without_names
from .entries import SNAPSHOT_NAME, Entry, entry
from .upkeep import Upkeep
from .retrieval import ranked
from .why import why_ranked

@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    score: float
    snippet: str
    project: str | None
    source: str
    kind: str
    tier: str
    created: float
    session: str | None

    def to_dict(self) -> dict:
        return {f: getattr(self, f) for f in self.__slots__}


class ContextStore(Upkeep):
    def __init__(self, data_dir: str | os.PathLike, config: dict | None = None, *,
                 seal_key: bytes, clock=time.time):
        self.config = resolve_section("context", config)
        self._store_cfg = self.config["store"]
        self._query_cfg = q = self.config["query"]
        self._key = seal_key
        self._clock = clock
        self.layout = Layout(Path(data_dir)).ensure()
        self._write = threading.RLock()
        self._entries: dict[str, Entry] = {}
        self._tombstones: dict[str, tuple[int, Loc]] = {}
        self._seg_live: Counter = Counter()  # (tier, segno) -> bytes of records still needed
        self._seg_ids: dict[tuple, set] = {}  # (tier, segno) -> ids whose record lives there
        self._seq = 0
        self._pending: deque = deque()
        self._changes_since_snapshot = 0
        self._snapshot_missing = False
        self._backups = 0
        self._deferred_scrubs: list[Loc] = []
        self._closed = False
        self.dense: DenseIndex | None = None       # set by the engine when an embedder is installed
        self.index = InvertedIndex(Scoring(
            k1=q["bm25_k1"], b=q["bm25_b"], recency_weight=q["recency_weight"],
            half_life_s=q["recency_half_life_days"] * 86400.0, tier_weights=q["tier_weights"]))
        self._log = SegmentLog({t: self.layout.tier(t) for t in TIERS},
                               segment_max_bytes=self._store_cfg["segment_max_bytes"],
                               sync=self._store_cfg["sync"])
        self._lock_fd = _acquire(self.layout.lock)  # last: nothing above can leave it held
        try:
            self.recovery = self._recover()
        except BaseException:
            self._log.close()
            os.close(self._lock_fd)
            raise

    # ============================================================================ writes
    def preserve(self, record: dict, seal: str) -> Context:
        """Store a record the privacy filter sealed; durable when this returns."""
        return self.preserve_many([(record, seal)])[0]

    def preserve_many(self, items: Iterable[tuple[dict, str]]) -> list[Context]:
        """Store several sealed records with one disk sync; all are checked before any is
        written."""
        items = list(items)
        if not 0 < len(items) <= self._store_cfg["max_batch"]:
            raise InvalidRecord(f"records: 1 to {self._store_cfg['max_batch']} per call")
        fields, now = [], self._clock()
        for i, item in enumerate(items):
            if not isinstance(item, (tuple, list)) or len(item) != 2:
                raise InvalidRecord(f"records[{i}]: a (record, seal) pair")
            record, seal = item
            if not verify(self._key, record, seal):
                raise NotSanitized("record was not sealed by the privacy filter (or was altered)")
            fields.append(validate(record, max_content_bytes=self._store_cfg["max_content_bytes"],
                                   max_metadata_bytes=self._store_cfg["max_metadata_bytes"],
                                   now=now))
        with self._write:
            self._check_open()
            now = self._clock()
            out: list[Context | None] = []
            new: list[Context] = []
            chosen: set[str] = set()
            for f in fields:
                rid = f["id"]
                if rid is not None and (rid in self._entries or rid in chosen):
                    out.append(self._same_or_conflict(rid, f, new))
                    continue
                rid = rid or new_id(now)
                chosen.add(rid)
                self._seq += 1
                ctx = Context(id=rid, source=f["source"], project=f["project"], kind=f["kind"],
                              content=f["content"], metadata=f["metadata"], session=f["session"],
                              created=f["created"], updated=now, tier=ACTIVE, seq=self._seq)
                new.append(ctx)
                out.append(ctx)
            if new:
                self._append(ACTIVE, new)
            return out  # type: ignore[return-value]

    def _same_or_conflict(self, rid: str, f: dict, batch: list[Context]) -> Context:
        """A retried preserve with a caller-chosen id returns the stored context unchanged."""
        ctx = next((c for c in batch if c.id == rid), None) or self._read(rid)
        same = all(getattr(ctx, k) == f[k] for k in ("source", "project", "kind", "content",
                                                     "metadata", "session"))
        if not same:
            raise Conflict(f"id {rid} already names a different context")
        return ctx

    def put_synthesized(self, ctx: Context, *, durable: bool = False) -> Context:
        """Write (or replace) a synthesized context. Internal: the synthesizer derives these from
        contexts that were sealed; a tool cannot reach this method through the actor. Not synced
        by default: a synthesis lost in a crash is stale at start-up and simply redone."""
        with self._write:
            self._check_open()
            self._seq += 1
            ctx = replace(ctx, tier=SYNTHESIZED, seq=self._seq, updated=self._clock())
            old = self._entries.get(ctx.id)
            self._append(SYNTHESIZED, [ctx], durable=durable)
            if old is not None:
                self._scrub([old.loc], durable=durable)
            return ctx

    def _append(self, tier: str, ctxs: list[Context], *, durable: bool = True) -> None:
        payloads = [{"op": "put", "seq": c.seq, "ctx": c.to_dict()} for c in ctxs]
        locs = self._log.append(tier, payloads, durable=durable)
        for c, loc in zip(ctxs, locs):
            old = self._entries.get(c.id)
            if old is not None:  # replaced: the caller scrubs the old record
                self._seg_ids[(old.loc.tier, old.loc.segno)].discard(c.id)
            self._entries[c.id] = entry(c, loc)
            self._place(c.id, loc)
            old_tomb = self._tombstones.pop(c.id, None)
            if old_tomb is not None:
                t = old_tomb[1]
                self._seg_live[(t.tier, t.segno)] -= t.length
                self._seg_ids[(t.tier, t.segno)].discard(c.id)
            self._pending.append(("put", c))
        self._changes_since_snapshot += len(ctxs)

    def _place(self, rid: str, loc: Loc) -> None:
        key = (loc.tier, loc.segno)
        self._seg_live[key] += loc.length
        self._seg_ids.setdefault(key, set()).add(rid)

    def _scrub(self, locs: list[Loc], *, durable: bool = True) -> None:
        for loc in locs:
            self._seg_live[(loc.tier, loc.segno)] -= loc.length
        if self._backups:
            self._deferred_scrubs += locs  # a backup is copying: change nothing in place yet
        else:
            self._log.scrub(locs, durable=durable)

    def sync(self) -> None:
        """Make every earlier write and scrub durable (after non-durable synthesized writes)."""
        with self._write:
            self._check_open()
            self._log.sync()

    def delete(self, rid: str) -> Context:
        """Remove a context from the log (its bytes overwritten), the index and its snapshot.
        Returns what was deleted, so callers can clean up what they derived from it."""
        with self._write:
            self._check_open()
            e = self._entries.get(rid)
            if e is None:
                raise NotFound(f"no context {rid}")
            ctx = self._read(rid)
            self._seq += 1
            loc = self._log.append(e.tier, [{"op": "del", "seq": self._seq, "id": rid}])[0]
            del self._entries[rid]
            self._seg_ids[(e.loc.tier, e.loc.segno)].discard(rid)
            self._tombstones[rid] = (self._seq, loc)
            self._place(rid, loc)
            self._scrub([e.loc])
            self._pending.append(("del", rid))
            self._changes_since_snapshot += 1
        # The snapshot holds the deleted text's terms: drop it now (after any snapshot being
        # written has finished) and let the background write a fresh one.
        with self.index.lock:
            self.apply_pending()
            (self.layout.index / SNAPSHOT_NAME).unlink(missing_ok=True)
            self._snapshot_missing = True
        return ctx

    # ============================================================================= reads
    def get(self, rid: str, *, access: Any = None) -> Context:
        acc = Access.parse(access).require()
        if not isinstance(rid, str):
            raise InvalidRecord("id: must be a string")
        with self._write:
            self._check_open()
            if rid not in self._entries:
                raise NotFound(f"no context {rid}")
            ctx = self._read(rid)
        if not acc.allows(ctx):
            raise NotFound(f"no context {rid}")  # do not reveal what the tool may not see
        return ctx

    def _read(self, rid: str) -> Context:
        payload = self._log.read(self._entries[rid].loc)
        if payload.get("op") != "put":
            raise ContextError(f"record of {rid} is not readable")
        return Context.from_dict(payload["ctx"])

    def __contains__(self, rid: str) -> bool:
        return rid in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def ids(self, tier: str | None = None) -> list[str]:
        with self._write:
            items = list(self._entries.items())
        return [rid for rid, e in items if tier is None or e.tier == tier]

    def entries(self) -> dict[str, Entry]:
        """A copy of the in-memory map (fields only; no content)."""
        with self._write:
            return dict(self._entries)

    def iter_contexts(self, tier: str | None = None) -> Iterator[Context]:
        """Every live context (optionally of one tier), oldest first."""
        with self._write:
            items = list(self._entries.items())
        order = sorted((e.created, e.seq, rid) for rid, e in items
                       if tier is None or e.tier == tier)
        for _, _, rid in order:
            try:
                yield self.get(rid)
            except NotFound:
                continue  # deleted meanwhile

    def query(self, text: str, *, k: int | None = None, project: Any = None, source: Any = None,
              kind: Any = None, tier: Any = None, session: Any = None, since: float | None = None,
              until: float | None = None, access: Any = None, now: float | None = None,
              trace: ranking.Trace | None = None) -> list[Hit]:
        """Ranked retrieval: BM25 over content and metadata, times a recency boost, within the
        filters and the asking tool's access scope. An empty text ranks by recency alone.
        ``trace``, if given, records every step of the ranking (see ``why``)."""
        q = self._query_cfg
        acc = Access.parse(access).require()
        if not isinstance(text, str):
            raise InvalidRecord("text: must be a string")
        if len(text) > q["max_query_chars"]:
            raise InvalidRecord(f"text: longer than {q['max_query_chars']} characters")
        k = q["default_k"] if k is None else k
        if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= q["max_k"]:
            raise InvalidRecord(f"k: an integer from 1 to {q['max_k']}")
        flt = Filter(project=_intersect(_values("project", project), acc.project_filter),
                     source=_values("source", source), kind=_values("kind", kind),
                     tier=_values("tier", tier, TIERS), session=_values("session", session),
                     allowed_sources=acc.source_filter,
                     since=_time("since", since), until=_time("until", until))
        text = without_names(text, flt.project)
        terms = query_terms(text)[: q["max_terms"]]
        now = self._clock() if now is None else now
        self.apply_pending()
        if trace is not None:
            trace.filter = flt                 # (the terms: retrieval.ranked, which may drop some)
        hits = []
        for rid, score in ranked(self, text, terms, k, flt, now, trace):
            try:
                ctx = self.get(rid)
            except NotFound:
                continue  # deleted after the search
            if not acc.allows(ctx):
                continue
            hits.append(Hit(rid, round(score, 6), snippet(ctx.content, set(terms),
                                                          q["snippet_chars"]),
                            ctx.project, ctx.source, ctx.kind, ctx.tier, ctx.created, ctx.session))
        return hits

    def entry(self, rid: str) -> Entry | None:
        """What the store keeps in memory about context ``rid`` (None: it is gone); not a copy."""
        return self._entries.get(rid)

    def cause(self, rid: str) -> int:
        """What context ``rid`` is to a why-question (``ranking.cause_of``, read at ingest)."""
        entry = self._entries.get(rid)
        return 0 if entry is None else entry.cause

    def is_change(self, rid: str) -> bool:
        """Whether context ``rid`` states a change (``ranking.states_a_change``, read at ingest; never a command)."""
        entry = self._entries.get(rid)
        return entry is not None and entry.change

    def created_at(self, rid: str) -> float:
        """When context ``rid`` was created (0.0 when it is gone)."""
        entry = self._entries.get(rid)
        return 0.0 if entry is None else entry.created

    def why(self, rid: str, text: str, *, k: int | None = None, project: Any = None, access: Any = None,
            now: float | None = None) -> WhyReply:
        """Why the query ``text`` (run as ``query`` would, with the same access) ranks context ``rid``
        where it does; NotFound exactly as ``get``. See ``why.py``."""
        return why_ranked(self, rid, text, k=k, project=project, access=access,
                          now=self._clock() if now is None else now)

    # ============================================================================== misc
    def stats(self) -> dict:
        with self._write:
            entries = list(self._entries.values())
            segs = self._log.segments()
        tiers = Counter(e.tier for e in entries)
        size = sum(e.size for e in entries)
        return {"contexts": {t: tiers.get(t, 0) for t in TIERS}, "content_bytes": size,
                "segments": len(segs), "log_bytes": sum(s.size for s in segs),
                "indexed": len(self.index), "vocabulary": self.index.vocabulary_size(),
                "pending": self.pending_work()}

    def _check_open(self) -> None:
        if self._closed:
            raise StoreClosed("the context store is closed")

    def close(self) -> None:
        with self._write:
            if self._closed:
                return
            try:
                if (self._changes_since_snapshot or self._snapshot_missing) and not self._backups:
                    self.save_snapshot()
            finally:
                self._closed = True
                if self._deferred_scrubs:
                    self._log.scrub(self._deferred_scrubs)
                    self._deferred_scrubs = []
                self._log.close()
                os.close(self._lock_fd)

    def __enter__(self) -> "ContextStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ==================================================================================== helpers
def _acquire(path: Path) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise StoreLocked(f"{path.parent.parent} is open in another process") from None
    return fd


def _values(name: str, value: Any, allowed: tuple | None = None) -> frozenset | None:
    if value is None:
        return None
    vals = [value] if isinstance(value, str) else value
    if not isinstance(vals, (list, tuple, set, frozenset)) or not all(isinstance(v, str)
                                                                      for v in vals):
        raise InvalidRecord(f"{name}: a name or a list of names")
    if allowed is not None:
        bad = [v for v in vals if v not in allowed]
        if bad:
            raise InvalidRecord(f"{name}: unknown value {bad[0]!r} (one of {', '.join(allowed)})")
    return frozenset(vals)


def _intersect(a: frozenset | None, b: frozenset | None) -> frozenset | None:
    if a is None:
        return b
    if b is None:
        return a
    return a & b


def _time(name: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidRecord(f"{name}: a Unix timestamp in seconds")
    return float(value)
