"""The store's upkeep, apart from its reads and writes: start-up recovery (the log is the truth,
the index is checked against it and repaired), archiving, index maintenance and reindexing,
compaction of dead records, and the freeze a live backup needs.

A mixin of ``ContextStore``: it works on the store's log, index and maps under the store's locks.
"""
from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

from .access import source_tools
from .cooperate import Yielder
from .entries import SNAPSHOT_NAME, Entry, entry, entry_from_payload
from .errors import ContextError, NotFound
from .index import IndexDoc
from .log import Loc
from .record import ACTIVE, ARCHIVED, Context
from .describe import describe
from .text import metadata_text, term_counts


class Upkeep:
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
                entry = entry_from_payload(payload, loc) if op == "put" else None
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
        for rid, known in self._entries.items():
            seq = have.get(rid)
            if seq == known.seq:
                continue
            missing += seq is None
            stale += seq is not None
            self.index.upsert(self._index_doc(Context.from_dict(latest[rid][3]["ctx"])))
        repaired = missing + stale + extra
        self._changes_since_snapshot = repaired if used else len(self._entries)
        return {"snapshot_used": used, "missing": missing, "stale": stale, "extra": extra,
                "repaired": repaired}

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
                self._entries[c.id] = entry(c, loc)
                self._place(c.id, loc)
                self._pending.append(("tier", c))
            self._scrub(old_locs)
            self._changes_since_snapshot += len(moved)
            return [c.id for c in moved]

    # ================================================================ index maintenance
    def _index_doc(self, ctx: Context) -> IndexDoc:
        counts = term_counts(ctx.content)
        meta = " ".join(filter(None, [ctx.project, ctx.kind, ctx.source, metadata_text(ctx.metadata)]))
        w = int(self._query_cfg["metadata_weight"])
        for term, n in term_counts(meta).items():
            counts[term] += n * w
        for term, n in term_counts(describe(ctx.kind, ctx.content, ctx.metadata)).items():
            counts[term] += n                  # a command or commit in words: found by chat terms too
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
