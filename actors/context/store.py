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

from . import settings
from .access import Access, source_tools
from .cooperate import Yielder
from .errors import (Conflict, ContextError, InvalidRecord, NotFound, NotSanitized,
                     StoreClosed, StoreLocked)
from .index import Filter, IndexDoc, InvertedIndex, Scoring
from .layout import TIERS, Layout
from .log import Loc, SegmentLog
from .record import ACTIVE, ARCHIVED, SYNTHESIZED, Context, new_id, validate
from .text import query_terms, snippet, term_counts

SNAPSHOT_NAME = "snapshot.bin"


@dataclass(slots=True)
class Entry:
    """What the store keeps in memory about each live context."""
    loc: Loc
    seq: int
    tier: str
    created: float
    size: int
    project: str | None
    source: str
    kind: str
    session: str | None


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


class ContextStore:
    def __init__(self, data_dir: str | os.PathLike, config: dict | None = None, *,
                 seal_key: bytes, clock=time.time):
        self.config = settings.resolve(config)
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

    # ================================================================== start-up recovery
    def _recover(self) -> dict:
        t0 = time.perf_counter()
        records, damage = self._log.open(self.layout.lost_found)
        latest: dict[str, tuple[int, str, Loc, dict, Entry | None]] = {}
        stale: list[Loc] = []
        holes = unknown = 0
        for loc, payload in records:
            op = payload.get("op")
            if op == "hole":
                holes += 1
                continue
            try:
                seq = int(payload["seq"])
                rid = payload["ctx"]["id"] if op == "put" else payload["id"]
                entry = _entry_from_payload(payload, loc) if op == "put" else None
            except (KeyError, TypeError, ValueError, AttributeError):
                unknown += 1  # checksummed but not ours (or from a newer version): skip it
                continue
            if op not in ("put", "del"):
                unknown += 1
                continue
            self._seq = max(self._seq, seq)
            prev = latest.get(rid)
            if prev is None or seq > prev[0]:
                if prev is not None and prev[1] == "put":
                    stale.append(prev[2])
                latest[rid] = (seq, op, loc, payload, entry)
            elif op == "put":
                stale.append(loc)  # an older (or duplicate) version
        for rid, (seq, op, loc, payload, entry) in latest.items():
            self._seg_live[(loc.tier, loc.segno)] += loc.length
            self._seg_ids.setdefault((loc.tier, loc.segno), set()).add(rid)
            if op == "del":
                self._tombstones[rid] = (seq, loc)
            else:
                self._entries[rid] = entry
        if stale:
            self._log.scrub(stale)
        index_report = self._check_index(latest)
        return {
            "records": len(records), "live": len(self._entries),
            "tombstones": len(self._tombstones),
            "holes": holes, "unreadable_records": unknown, "stale_versions_scrubbed": len(stale),
            "damage": [d.to_dict() for d in damage],
            "lost_bytes": sum(d.length for d in damage if not d.torn_tail),
            "torn_tail_bytes": sum(d.length for d in damage if d.torn_tail),
            "index": index_report, "seconds": round(time.perf_counter() - t0, 3),
        }

    def _check_index(self, latest: dict) -> dict:
        """Load the snapshot, then make the index agree with the log (repairing what differs)."""
        snapshot = self.layout.index / SNAPSHOT_NAME
        used = self.index.load(snapshot)
        have = self.index.versions()
        missing = stale = extra = 0
        for rid, n in have.items():
            if rid not in self._entries:
                self.index.remove(rid)
                extra += 1
        for rid, entry in self._entries.items():
            seq = have.get(rid)
            if seq == entry.seq:
                continue
            missing += seq is None
            stale += seq is not None
            self.index.upsert(self._index_doc(Context.from_dict(latest[rid][3]["ctx"])))
        repaired = missing + stale + extra
        self._changes_since_snapshot = repaired if used else len(self._entries)
        return {"snapshot_used": used, "missing": missing, "stale": stale, "extra": extra,
                "repaired": repaired}

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
            self._entries[c.id] = _entry(c, loc)
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

    def archive(self, ids: Iterable[str] | None = None, *, policy: dict | None = None,
                now: float | None = None) -> list[str]:
        """Move contexts from active to archived: the given ids, or those the policy selects
        (``max_age_days``, ``max_active_count``, ``max_active_bytes``; default: the config's)."""
        now = self._clock() if now is None else now
        if ids is not None:
            ids = list(ids)
            with self._write:
                for rid in ids:
                    if rid not in self._entries:
                        raise NotFound(f"no context {rid}")
            chosen = [rid for rid in ids if self._entries.get(rid) and
                      self._entries[rid].tier == ACTIVE]
        else:
            chosen = self._select_for_archive(policy or self.config["archive"], now)
        done: list[str] = []
        batch = max(1, int(self.config["archive"]["batch"]))
        for i in range(0, len(chosen), batch):  # release the lock between batches
            done += self._archive_batch(chosen[i:i + batch], now)
        return done

    def _select_for_archive(self, policy: dict, now: float) -> list[str]:
        with self._write:
            snapshot = list(self._entries.items())  # C-speed copy; sort outside the lock
        active = sorted((e.created, e.seq, rid, e.size) for rid, e in snapshot
                        if e.tier == ACTIVE)
        chosen: list[str] = []
        max_age = policy.get("max_age_days")
        if max_age is not None:
            cutoff = now - float(max_age) * 86400.0
            while len(chosen) < len(active) and active[len(chosen)][0] < cutoff:
                chosen.append(active[len(chosen)][2])
        rest = active[len(chosen):]
        count, size = len(rest), sum(r[3] for r in rest)
        max_count, max_bytes = policy.get("max_active_count"), policy.get("max_active_bytes")
        for _, _, rid, sz in rest:
            if ((max_count is None or count <= max_count)
                    and (max_bytes is None or size <= max_bytes)):
                break
            chosen.append(rid)
            count, size = count - 1, size - sz
        return chosen

    def _archive_batch(self, ids: list[str], now: float) -> list[str]:
        with self._write:
            self._check_open()
            moved, old_locs = [], []
            for rid in ids:
                e = self._entries.get(rid)
                if e is None or e.tier != ACTIVE:
                    continue
                self._seq += 1
                moved.append(replace(self._read(rid), tier=ARCHIVED, updated=now, seq=self._seq))
                old_locs.append(e.loc)
            if not moved:
                return []
            locs = self._log.append(ARCHIVED, [{"op": "put", "seq": c.seq, "ctx": c.to_dict()}
                                               for c in moved])
            for c, loc, old in zip(moved, locs, old_locs):
                self._seg_ids[(old.tier, old.segno)].discard(c.id)
                self._entries[c.id] = _entry(c, loc)
                self._place(c.id, loc)
                self._pending.append(("tier", c))
            self._scrub(old_locs)
            self._changes_since_snapshot += len(moved)
            return [c.id for c in moved]

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
              until: float | None = None, access: Any = None,
              now: float | None = None) -> list[Hit]:
        """Ranked retrieval: BM25 over content and metadata, times a recency boost, within the
        filters and the asking tool's access scope. An empty text ranks by recency alone."""
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
        terms = query_terms(text)[: q["max_terms"]]
        now = self._clock() if now is None else now
        self.apply_pending()
        hits = []
        for rid, score in self.index.search(terms, k=k, flt=flt, now=now):
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

    # ================================================================ index maintenance
    def _index_doc(self, ctx: Context) -> IndexDoc:
        counts = term_counts(ctx.content)
        meta = " ".join(filter(None, [ctx.project, ctx.kind, ctx.source, _meta_text(ctx.metadata)]))
        w = int(self._query_cfg["metadata_weight"])
        for term, n in term_counts(meta).items():
            counts[term] += n * w
        return IndexDoc(ctx.id, ctx.seq, ctx.created, counts, ctx.project, ctx.source, ctx.kind,
                        ctx.tier, ctx.session, source_tools(ctx))

    def apply_pending(self, limit: int | None = None) -> int:
        """Apply queued index updates in order; returns how many were applied."""
        done, pause = 0, Yielder()
        with self.index.lock:
            while self._pending and (limit is None or done < limit):
                pause()
                op = self._pending.popleft()
                if op[0] == "put":
                    self.index.upsert(self._index_doc(op[1]))
                elif op[0] == "tier":
                    ctx = op[1]
                    if not self.index.set_tier(ctx.id, ctx.tier, ctx.seq):
                        self.index.upsert(self._index_doc(ctx))
                else:
                    self.index.remove(op[1])
                done += 1
        return done

    def pending_work(self) -> dict:
        return {"index_updates": len(self._pending),
                "snapshot_changes": self._changes_since_snapshot,
                "compactable_segments": len(self._compactable()),
                "deferred_scrubs": len(self._deferred_scrubs)}

    def process_pending(self, *, snapshot: bool | None = None) -> dict:
        """One step of background work: index updates, log compaction, index snapshot."""
        done = {"index_updates": self.apply_pending()}
        done["segments_compacted"] = self._compact_some()
        want = (self._changes_since_snapshot >= self.config["index"]["snapshot_after_changes"]
                or self._snapshot_missing)
        dirty = bool(self._changes_since_snapshot or self._snapshot_missing)
        if (want if snapshot is None else snapshot and dirty):
            self.save_snapshot()
            done["snapshot"] = True
        return done

    def save_snapshot(self) -> None:
        with self.index.lock:
            self.apply_pending()
            self._changes_since_snapshot = 0
            self._snapshot_missing = False
            self.index.save(self.layout.index / SNAPSHOT_NAME)

    def reindex(self) -> dict:
        """Rebuild the index from the log alone (``enclave context reindex``)."""
        t0 = time.perf_counter()
        with self.index.lock:
            with self._write:
                ids = list(self._entries)
                self._pending.clear()  # the rebuild reads the current state of every record
            self.index._reset()
            n, pause = 0, Yielder()
            for rid in ids:
                pause()
                try:
                    ctx = self.get(rid)
                except (NotFound, ContextError):
                    continue  # moved or deleted since: its queued update will follow
                self.index.upsert(self._index_doc(ctx))
                n += 1
        self.save_snapshot()
        return {"indexed": n, "seconds": round(time.perf_counter() - t0, 3)}

    def check_and_repair(self, *, deep: bool = False) -> dict:
        """Compare the index with the log and fix differences; ``deep`` also re-reads every
        live record and verifies its checksum."""
        report: dict[str, Any] = {}
        if deep:
            bad = []
            for rid in self.ids():
                try:
                    self.get(rid)
                except NotFound:
                    pass
                except ContextError:
                    bad.append(rid)
            report["unreadable"] = bad
        with self.index.lock:
            self.apply_pending()
            have = self.index.versions()
            with self._write:
                want = {rid: e.seq for rid, e in self._entries.items()}
            fixed = 0
            for rid in set(have) - set(want):
                self.index.remove(rid)
                fixed += 1
            for rid, seq in want.items():
                if have.get(rid) != seq:
                    try:
                        self.index.upsert(self._index_doc(self.get(rid)))
                        fixed += 1
                    except NotFound:
                        pass
        report["index_repaired"] = fixed
        return report

    # ========================================================================= compaction
    def _compactable(self) -> list:
        threshold = self._store_cfg["compact_dead_ratio"]
        out = []
        for seg in self._log.segments():
            if seg.fd < 0 or self._log.is_current(seg) or seg.size == 0:
                continue
            live = self._seg_live.get((seg.tier, seg.segno), 0)
            if 1 - live / seg.size >= threshold:
                out.append(seg)
        return out

    def _compact_some(self, max_segments: int = 1) -> int:
        done = 0
        for seg in self._compactable()[:max_segments]:
            if self._backups:
                break
            key = (seg.tier, seg.segno)
            with self._write:
                ids = set(self._seg_ids.get(key, ()))
                if not ids:
                    self._log.drop(seg)
                    self._seg_live.pop(key, None)
                    self._seg_ids.pop(key, None)
                    done += 1
                    continue
                keep = {self._loc_of(rid).offset for rid in ids}
            path, scrubs, moved = self._log.copy_live(seg, keep)  # outside the lock
            with self._write:
                if self._backups:
                    self._log.swap(seg, path, -1)  # refuse: discards the copy
                    break
                segno = self._log.swap(seg, path, scrubs)
                if segno is None:
                    continue
                new_key, live = (seg.tier, segno), 0
                for rid in self._seg_ids.pop(key, set()):
                    old = self._loc_of(rid)
                    loc = Loc(seg.tier, segno, moved[old.offset], old.length)
                    if rid in self._entries:
                        self._entries[rid].loc = loc
                    else:
                        self._tombstones[rid] = (self._tombstones[rid][0], loc)
                    live += loc.length
                    self._seg_ids.setdefault(new_key, set()).add(rid)
                self._seg_live.pop(key, None)
                self._seg_live[new_key] = live
                done += 1
        return done

    def _loc_of(self, rid: str) -> Loc:
        e = self._entries.get(rid)
        return e.loc if e is not None else self._tombstones[rid][1]

    # ============================================================================ backups
    def begin_backup(self) -> list[tuple[Path, int]]:
        """Freeze in-place changes and return (segment file, size to copy) for a consistent
        cut; appends continue beyond those sizes. Pair with ``end_backup``."""
        with self._write:
            self._check_open()
            self._backups += 1
            self._log.sync()
            return [(seg.path, seg.size) for seg in self._log.segments() if seg.fd >= 0]

    def end_backup(self) -> None:
        with self._write:
            self._backups = max(0, self._backups - 1)
            if not self._backups and self._deferred_scrubs:
                locs, self._deferred_scrubs = self._deferred_scrubs, []
                self._log.scrub(locs)

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


def _entry(ctx: Context, loc: Loc) -> Entry:
    return Entry(loc, ctx.seq, ctx.tier, ctx.created, ctx.size, ctx.project, ctx.source,
                 ctx.kind, ctx.session)


def _entry_from_payload(payload: dict, loc: Loc) -> Entry:
    c = payload["ctx"]
    text = c["content"]
    size = len(text) if text.isascii() else len(text.encode("utf-8"))  # isascii() is O(1)
    return Entry(loc, int(payload["seq"]), c.get("tier", ACTIVE), float(c["created"]), size,
                 c.get("project"), c["source"], c["kind"], c.get("session"))


def _meta_text(meta: Any, depth: int = 0) -> str:
    """The words in metadata values (paths, commands, titles), not its keys."""
    if depth > 3:
        return ""
    if isinstance(meta, dict):
        return " ".join(_meta_text(v, depth + 1) for v in meta.values())
    if isinstance(meta, (list, tuple)):
        return " ".join(_meta_text(v, depth + 1) for v in meta[:50])
    if isinstance(meta, str):
        return meta[:1000]
    if isinstance(meta, (int, float)) and not isinstance(meta, bool):
        return str(meta)
    return ""


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
