"""The derived search index: an in-memory inverted index scored with BM25 and recency in numpy.

Derived means disposable: everything here is rebuilt from the log by ``ContextStore.reindex`` and
checked against the log at start-up. A snapshot file makes start-up fast; it is written from a
compacted index (no deleted documents, no terms only they used) and carries a checksum, so a torn
or stale snapshot is detected and simply rebuilt.

Scores depend only on the live documents, never on insertion order or deleted documents (document
frequencies are counted over live postings at query time), so a rebuilt index answers exactly as
the one it replaces.
"""
from __future__ import annotations

import array
import hashlib
import json
import math
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .cooperate import Yielder
from actors.shared.fsutil import atomic_write_bytes

SNAPSHOT_MAGIC = b"ECXI\x01"
# Ids changed since a reader's mark are kept up to this many; a reader further behind (or after a
# reload) is told to look at every document again.
CHANGE_LOG_MAX = 65536
FIELDS = ("project", "source", "kind", "tier", "session", "srcset")


@dataclass(frozen=True, slots=True)
class IndexDoc:
    id: str
    seq: int
    created: float
    counts: Counter            # term -> weighted frequency
    project: str | None
    source: str
    kind: str
    tier: str
    session: str | None
    srcset: tuple[str, ...]    # every tool whose data the document holds (access control)


@dataclass(frozen=True)
class Scoring:
    k1: float = 1.2
    b: float = 0.75
    recency_weight: float = 0.25
    half_life_s: float = 14 * 86400.0
    tier_weights: dict = field(default_factory=lambda: {"active": 1.0, "archived": 0.85,
                                                       "synthesized": 1.0})


@dataclass(frozen=True)
class Filter:
    """Allowed values per field (None = any); the set of allowed tool-sets for access control."""
    project: frozenset | None = None
    source: frozenset | None = None
    kind: frozenset | None = None
    tier: frozenset | None = None
    session: frozenset | None = None
    allowed_sources: frozenset | None = None  # a document is visible if srcset ⊆ this
    since: float | None = None
    until: float | None = None


class _Grow:
    """A numpy array with amortised O(1) append."""

    def __init__(self, dtype, data=None):
        self.a = np.zeros(1024, dtype) if data is None else np.array(data, dtype)
        self.n = 0 if data is None else len(self.a)

    def append(self, v) -> None:
        if self.n == len(self.a):
            self.a = np.concatenate([self.a, np.zeros(max(1024, self.n), self.a.dtype)])
        self.a[self.n] = v
        self.n += 1

    @property
    def view(self) -> np.ndarray:
        return self.a[:self.n]


class _Interner:
    def __init__(self, values=()):
        self.values: list = list(values)
        self.codes: dict = {v: i for i, v in enumerate(self.values)}

    def code(self, v) -> int:
        c = self.codes.get(v)
        if c is None:
            c = self.codes[v] = len(self.values)
            self.values.append(v)
        return c


class InvertedIndex:
    def __init__(self, scoring: Scoring | None = None):
        self.scoring = scoring or Scoring()
        self.lock = threading.RLock()
        self._epoch = 0
        self._reset()

    def _reset(self) -> None:
        self._ids: list[str | None] = []
        self._docno: dict[str, int] = {}
        self._seq = _Grow(np.int64)
        self._len = _Grow(np.int64)
        self._created = _Grow(np.float64)
        self._alive = _Grow(np.bool_)
        self._cols = {f: _Grow(np.int32) for f in FIELDS}
        self._interned = {f: _Interner() for f in FIELDS}
        self._terms: dict[str, int] = {}
        self._post: list[tuple[array.array, array.array]] = []
        self._live = 0
        self._live_len = 0
        self._dead = 0
        self._epoch += 1                     # readers of the change log start over
        self._log: list[str] = []
        self._log_base = 0

    def _changed(self, doc_id: str) -> None:
        self._log.append(doc_id)
        if len(self._log) > CHANGE_LOG_MAX:
            self._log_base += len(self._log)
            self._log = []

    # ------------------------------------------------------------------------------ updates
    def upsert(self, doc: IndexDoc) -> None:
        with self.lock:
            old = self._docno.get(doc.id)
            if old is not None:
                if int(self._seq.a[old]) == doc.seq:
                    return
                self._kill(old)
            n = len(self._ids)
            self._ids.append(doc.id)
            self._docno[doc.id] = n
            total = sum(doc.counts.values())
            self._seq.append(doc.seq)
            self._len.append(total)
            self._created.append(doc.created)
            self._alive.append(True)
            for f in FIELDS:
                self._cols[f].append(self._interned[f].code(_field_value(doc, f)))
            for term, tf in doc.counts.items():
                t = self._terms.get(term)
                if t is None:
                    t = self._terms[term] = len(self._post)
                    self._post.append((array.array("i"), array.array("H")))
                docs, tfs = self._post[t]
                docs.append(n)
                tfs.append(min(int(tf), 65535))
            self._live += 1
            self._live_len += total
            self._changed(doc.id)

    def set_tier(self, doc_id: str, tier: str, seq: int) -> bool:
        """Move a document to another tier without re-tokenizing it (archiving)."""
        with self.lock:
            n = self._docno.get(doc_id)
            if n is None:
                return False
            self._cols["tier"].a[n] = self._interned["tier"].code(tier)
            self._seq.a[n] = seq
            self._changed(doc_id)
            return True

    def remove(self, doc_id: str) -> None:
        with self.lock:
            n = self._docno.pop(doc_id, None)
            if n is not None:
                self._kill(n, forget=False)
                self._changed(doc_id)

    def _kill(self, n: int, forget: bool = True) -> None:
        if forget:
            self._docno.pop(self._ids[n], None)
        self._ids[n] = None
        self._alive.a[n] = False
        self._live -= 1
        self._live_len -= int(self._len.a[n])
        self._dead += 1

    # ------------------------------------------------------------------------------- reads
    def __len__(self) -> int:
        return self._live

    def versions(self) -> dict[str, int]:
        with self.lock:
            seq = self._seq.view
            return {i: int(seq[n]) for i, n in self._docno.items()}

    def changes_since(self, mark: tuple | None) -> tuple[tuple, dict[str, int | None] | None]:
        """A new mark, and what changed since ``mark`` (one from an earlier call): each changed id
        and its version now (None: removed) — or None when the reader must look at every document
        (``versions``): its first call, after a reload, or too far behind. Lets a follower (the
        dense index) keep up without going over 100k documents after every new one."""
        with self.lock:
            new = (self._epoch, self._log_base + len(self._log))
            if mark is None or mark[0] != self._epoch or mark[1] < self._log_base:
                return new, None
            seq = self._seq.a
            changed = {}
            for doc_id in self._log[mark[1] - self._log_base:]:
                n = self._docno.get(doc_id)
                changed[doc_id] = None if n is None else int(seq[n])
            return new, changed

    def vocabulary_size(self) -> int:
        return len(self._terms)

    def search(self, terms: list[str], *, k: int, flt: Filter, now: float,
               parts: dict | None = None, rare: tuple[float, dict] | None = None) -> list[tuple[str, float]]:
        """The top ``k`` (id, score), best first; ties broken by newer, then by id. ``parts``, if
        given, receives each returned id's factors of its score: (bm25, recency, tier weight).
        ``rare`` (idf, dict): the dict receives each returned id's query terms of at least that idf."""
        s = self.scoring
        with self.lock:
            n_docs = len(self._ids)
            if self._live == 0 or n_docs == 0:
                return []
            alive = self._alive.view
            created = self._created.view
            mask = alive.copy()
            if not self._apply_filter(mask, flt, created):
                return []
            specific = []                            # (term, postings) of the rare query terms
            if terms:
                scores = np.zeros(n_docs, np.float64)
                avgdl = self._live_len / self._live
                lens = self._len.view
                for term in terms:
                    t = self._terms.get(term)
                    if t is None:
                        continue
                    docs = np.frombuffer(self._post[t][0], dtype=np.int32).copy()
                    tf = np.frombuffer(self._post[t][1], dtype=np.uint16).astype(np.float64)
                    df = int(np.count_nonzero(alive[docs]))
                    if df == 0:
                        continue
                    idf = math.log(1.0 + (self._live - df + 0.5) / (df + 0.5))
                    if rare is not None and idf >= rare[0]:
                        specific.append((term, docs))
                    norm = s.k1 * (1.0 - s.b + s.b * lens[docs] / avgdl)
                    scores[docs] += idf * tf * (s.k1 + 1.0) / (tf + norm)
                mask &= scores > 0
            else:
                scores = np.ones(n_docs, np.float64)
            cand = np.flatnonzero(mask)
            if cand.size == 0:
                return []
            age = np.maximum(0.0, now - created[cand])
            recency = 1.0 + s.recency_weight * np.exp2(-age / s.half_life_s)
            final = scores[cand] * recency
            tier_codes = self._cols["tier"].view[cand]
            tw = np.array([s.tier_weights.get(v, 1.0) for v in self._interned["tier"].values])
            weight = tw[tier_codes]
            final *= weight
            if cand.size > k:
                kth = np.partition(final, cand.size - k)[cand.size - k]
                keep = final >= kth
                cand, final, recency, weight = cand[keep], final[keep], recency[keep], weight[keep]
            rows = sorted(zip(final.tolist(), cand.tolist(), range(cand.size)),
                          key=lambda r: (-r[0], -created[r[1]], self._ids[r[1]]))[:k]
            if parts is not None:
                for _, n, i in rows:
                    parts[self._ids[n]] = (float(scores[n]), float(recency[i]), float(weight[i]))
            if rare is not None:
                nos = np.array([n for _, n, _ in rows], np.int32)
                has = [(term, np.isin(nos, docs)) for term, docs in specific]
                for j, n in enumerate(nos.tolist()):
                    rare[1][self._ids[n]] = frozenset(term for term, found in has if found[j])
            return [(self._ids[n], sc) for sc, n, _ in rows]

    def first_mention(self, terms: list[str], flt: Filter) -> float | None:
        """When the first live context that passes ``flt`` and holds all ``terms`` was made (None: none)."""
        with self.lock:
            mask, created = self._alive.view.copy(), self._created.view
            if not terms or not all(t in self._terms for t in terms) or not self._apply_filter(mask, flt, created):
                return None
            for term in terms:                  # only the docs in each term's postings stay
                has = np.zeros_like(mask)
                has[np.frombuffer(self._post[self._terms[term]][0], dtype=np.int32)] = True
                mask &= has
            return float(created[mask].min()) if mask.any() else None

    def admits(self, ids: list[str], flt: Filter) -> list[str]:
        """The ``ids`` that are live and pass ``flt`` (the dense side's candidates), in order."""
        with self.lock:
            if not self._ids:
                return []
            mask = self._alive.view.copy()
            if not self._apply_filter(mask, flt, self._created.view):
                return []
            return [rid for rid in ids if (n := self._docno.get(rid)) is not None and mask[n]]

    def _apply_filter(self, mask: np.ndarray, flt: Filter, created: np.ndarray) -> bool:
        for f in ("project", "source", "kind", "tier", "session"):
            allowed = getattr(flt, f)
            if allowed is None:
                continue
            codes = [self._interned[f].codes[v] for v in allowed if v in self._interned[f].codes]
            if not codes:
                return False
            mask &= np.isin(self._cols[f].view, codes)
        if flt.allowed_sources is not None:
            sets = self._interned["srcset"].values
            codes = [c for c, v in enumerate(sets) if set(v) <= flt.allowed_sources]
            if not codes:
                return False
            mask &= np.isin(self._cols["srcset"].view, codes)
        if flt.since is not None:
            mask &= created >= flt.since
        if flt.until is not None:
            mask &= created <= flt.until
        return bool(mask.any())

    # ---------------------------------------------------------------- compaction, snapshots
    def compact(self) -> None:
        """Drop deleted documents and every term only they used; renumber the rest."""
        with self.lock:
            if self._dead == 0:
                return
            alive = self._alive.view
            remap = np.full(len(self._ids), -1, np.int32)
            live_nos = np.flatnonzero(alive)
            remap[live_nos] = np.arange(live_nos.size, dtype=np.int32)
            terms, post, pause = {}, [], Yielder()
            for term, t in self._terms.items():
                pause()
                docs = np.frombuffer(self._post[t][0], dtype=np.int32)
                keep = alive[docs]
                if not keep.any():
                    continue
                tfs = np.frombuffer(self._post[t][1], dtype=np.uint16)
                terms[term] = len(post)
                post.append((array.array("i", remap[docs[keep]].tobytes()),
                             array.array("H", tfs[keep].tobytes())))
                del docs, tfs
            ids = [self._ids[n] for n in live_nos]
            self._ids = ids
            self._docno = {i: n for n, i in enumerate(ids)}
            self._seq = _Grow(np.int64, self._seq.view[live_nos])
            self._len = _Grow(np.int64, self._len.view[live_nos])
            self._created = _Grow(np.float64, self._created.view[live_nos])
            self._alive = _Grow(np.bool_, np.ones(live_nos.size, np.bool_))
            self._cols = {f: _Grow(np.int32, g.view[live_nos]) for f, g in self._cols.items()}
            self._terms, self._post, self._dead = terms, post, 0

    def save(self, path: Path) -> None:
        with self.lock:
            self.compact()
            order = sorted(self._terms, key=self._terms.get)
            pause = Yielder()
            lengths, doc_chunks, tf_chunks = [], [], []
            for t in order:  # a loop, not one big join: it must step aside for requests
                pause()
                docs, tfs = self._post[self._terms[t]]
                lengths.append(len(docs))
                doc_chunks.append(docs.tobytes())
                tf_chunks.append(tfs.tobytes())
            offsets = np.zeros(len(order) + 1, np.int64)
            offsets[1:] = np.cumsum(np.array(lengths, np.int64))
            arrays = {
                "seq": self._seq.view, "len": self._len.view, "created": self._created.view,
                **{f"col_{f}": g.view for f, g in self._cols.items()},
                "offsets": offsets,
                "docs": np.frombuffer(b"".join(doc_chunks), np.int32),
                "tfs": np.frombuffer(b"".join(tf_chunks), np.uint16),
            }
            arrays["ids"] = np.frombuffer("\n".join(self._ids).encode(), np.uint8)
            arrays["terms"] = np.frombuffer("\n".join(order).encode(), np.uint8)
            header = {"interned": {f: [list(v) if isinstance(v, tuple) else v
                                       for v in self._interned[f].values] for f in FIELDS},
                      "arrays": {}}
            chunks, pos = [], 0
            for name, a in arrays.items():
                raw = np.ascontiguousarray(a).tobytes()
                header["arrays"][name] = [a.dtype.str, int(a.size), pos]
                chunks.append(raw)
                pos += len(raw)
        body = b"".join(chunks)
        header["sha256"] = hashlib.sha256(body).hexdigest()
        head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
        atomic_write_bytes(path, SNAPSHOT_MAGIC + len(head).to_bytes(8, "little") + head + body,
                           durable=False)

    def load(self, path: Path) -> bool:
        """Replace the index with the snapshot at ``path``; False (and an empty index) if the
        snapshot is missing, torn or stale in format."""
        try:
            data = path.read_bytes()
        except OSError:
            return False
        try:
            return self._load(data)
        except (ValueError, KeyError, TypeError, IndexError, OverflowError):
            with self.lock:
                self._reset()
            return False

    def _load(self, data: bytes) -> bool:
        m = len(SNAPSHOT_MAGIC)
        if data[:m] != SNAPSHOT_MAGIC:
            return False
        hlen = int.from_bytes(data[m:m + 8], "little")
        header = json.loads(data[m + 8:m + 8 + hlen])
        body = memoryview(data)[m + 8 + hlen:]
        if hashlib.sha256(body).hexdigest() != header["sha256"]:
            return False
        arr = {}
        for name, (dtype, size, pos) in header["arrays"].items():
            dt = np.dtype(dtype)
            arr[name] = np.frombuffer(body[pos:pos + size * dt.itemsize], dt).copy()
        ids = arr["ids"].tobytes().decode().split("\n") if arr["ids"].size else []
        order = arr["terms"].tobytes().decode().split("\n") if arr["terms"].size else []
        if any(len(arr[k]) != len(ids) for k in ("seq", "len", "created")):
            return False
        with self.lock:
            self._reset()
            self._ids = list(ids)
            self._docno = {i: n for n, i in enumerate(ids)}
            self._seq = _Grow(np.int64, arr["seq"])
            self._len = _Grow(np.int64, arr["len"])
            self._created = _Grow(np.float64, arr["created"])
            self._alive = _Grow(np.bool_, np.ones(len(ids), np.bool_))
            self._cols = {f: _Grow(np.int32, arr[f"col_{f}"]) for f in FIELDS}
            for f in FIELDS:
                vals = header["interned"][f]
                self._interned[f] = _Interner(tuple(v) if isinstance(v, list) else v for v in vals)
            off, docs, tfs = arr["offsets"], arr["docs"], arr["tfs"]
            self._terms = {t: i for i, t in enumerate(order)}
            self._post = [(array.array("i", docs[off[i]:off[i + 1]].tobytes()),
                           array.array("H", tfs[off[i]:off[i + 1]].tobytes()))
                          for i in range(len(order))]
            self._live = len(ids)
            self._live_len = int(self._len.view.sum())
        return True


def _field_value(doc: IndexDoc, f: str):
    v = getattr(doc, f)
    return tuple(sorted(v)) if f == "srcset" else v
