"""The dense side of retrieval: one sentence embedding per context, kept beside the inverted index.

Derived and disposable like the inverted index: ``catch_up`` compares what is embedded with the
index's live documents (id -> version) and embeds what is missing or changed, a bounded batch per
call, on the background thread — never on the preserve path. A snapshot (``dense-NAME.npz``) makes
start-up fast; a missing, torn or foreign snapshot is simply rebuilt.
"""
from __future__ import annotations

import hashlib
import io
import itertools
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable

import numpy as np

from actors.shared.fsutil import atomic_write_bytes

EMBED_CHARS = 2000          # what the model reads of a context (it truncates at 256 tokens anyway)
# A snapshot is the whole matrix (tens of MB at 100k contexts): it is written after many changes or
# after this long with some, not after every new context; what a crash loses is re-embedded at start.
SAVE_INTERVAL_S = 600.0
# From this many rows a question's scan is shared with a second thread, and its embedding overlaps
# the search of its words: the scan reads the whole matrix (~6 ms at 100k on one core, bound by
# memory; ~4 on two). Below, each hand-off to the thread costs more than it saves.
SPLIT_ROWS = 20_000

_helper: ThreadPoolExecutor | None = None
_helper_lock = threading.Lock()


def _helper_thread() -> ThreadPoolExecutor:
    """One thread beside the request thread: the question's embedding runs on it while the words are
    searched, and half of a large scan. numpy releases the GIL in both, so the two cores work."""
    global _helper
    with _helper_lock:
        if _helper is None:
            _helper = ThreadPoolExecutor(1, thread_name_prefix="dense")
        return _helper


class DenseIndex:
    def __init__(self, embedder, snapshot: Path):
        self.embedder = embedder
        self.snapshot = snapshot
        self.lock = threading.Lock()
        self._row: dict[str, int] = {}            # id -> row
        self._seq: dict[str, int] = {}            # id -> version embedded
        self._ids: list[str | None] = []
        self._mat = np.zeros((0, embedder.dim), np.float32)
        self._changed = 0
        self._saved_at = time.monotonic()
        self._todo: dict[str, int] = {}           # id -> version to embed (``follow``)
        self._waiting_since: float | None = None  # when the oldest of them came (monotonic)
        self.mark: tuple | None = None            # the index's change-log mark followed up to
        self.behind = True                        # more to embed than the last batch took
        self._load()

    def __len__(self) -> int:
        return len(self._row)

    # ---- keeping up with the store ---------------------------------------------------------------
    def follow(self, versions: dict[str, int | None], *, everything: bool) -> None:
        """Learn what to embed: ``versions`` (id -> version, None: removed) of the changed contexts,
        or of every context when ``everything`` (then what is not in it is forgotten)."""
        with self.lock:
            if everything:
                for rid in [r for r in self._row if r not in versions]:
                    self._drop(rid)
                self._todo = {rid: seq for rid, seq in versions.items() if self._seq.get(rid) != seq}
            else:
                for rid, seq in versions.items():
                    if seq is None and rid in self._row:
                        self._drop(rid)
                    if seq is None or self._seq.get(rid) == seq:
                        self._todo.pop(rid, None)
                    else:
                        self._todo[rid] = seq
            self._note_waiting()

    def catch_up(self, read: Callable[[str], str | None], limit: int = 256) -> int:
        """Embed up to ``limit`` of the contexts ``follow`` named. Returns how many were embedded
        (0: up to date)."""
        with self.lock:
            todo = list(itertools.islice(self._todo.items(), limit))
        texts, done = [], []
        for rid, seq in todo:
            text = read(rid)
            if text is not None:
                texts.append(text[:EMBED_CHARS])
                done.append((rid, seq))
        vecs = self.embedder.embed(texts) if texts else []   # outside the lock: queries go on
        with self.lock:
            # not changed or removed meanwhile (else the newer version waits, or nothing does)
            wanted = {rid for rid, seq in todo if self._todo.get(rid) == seq}
            for rid in wanted:
                del self._todo[rid]
            for (rid, seq), vec in zip(done, vecs):
                if rid not in wanted:
                    continue
                row = self._row.get(rid)
                if row is None:
                    row = self._append(rid)
                self._mat[row] = vec
                self._seq[rid] = seq
                self._changed += 1
            self._note_waiting()
        return len(done)

    def _note_waiting(self) -> None:
        self.behind = bool(self._todo)
        if not self._todo:
            self._waiting_since = None
        elif self._waiting_since is None:
            self._waiting_since = time.monotonic()

    def waited_s(self) -> float:
        """How long the oldest context still to embed has waited (0: none waits)."""
        since = self._waiting_since
        return 0.0 if since is None else time.monotonic() - since

    def _append(self, rid: str) -> int:
        row = len(self._ids)
        if row == self._mat.shape[0]:
            grown = np.zeros((max(64, row * 2), self._mat.shape[1]), np.float32)
            grown[:row] = self._mat[:row]
            self._mat = grown
        self._ids.append(rid)
        self._row[rid] = row
        return row

    def _drop(self, rid: str) -> None:
        row = self._row.pop(rid)
        self._seq.pop(rid, None)
        self._ids[row] = None
        self._mat[row] = 0.0
        self._changed += 1

    # ---- asking ----------------------------------------------------------------------------------
    def query_vector(self, text: str) -> np.ndarray:
        return self.embedder.embed([text])[0]

    def query_vector_soon(self, text: str) -> Future:
        """``query_vector`` begun on the helper thread (the caller searches the words meanwhile), or
        done here when the index is small: the words are then found in far less than a hand-off costs."""
        if len(self._ids) >= SPLIT_ROWS:
            return _helper_thread().submit(self.query_vector, text)
        done: Future = Future()
        done.set_result(self.query_vector(text))
        return done

    def top(self, qvec: np.ndarray, n: int) -> list[tuple[str, float]]:
        """The ``n`` nearest contexts (id, cosine), best first."""
        with self.lock:
            used = len(self._ids)
            if not self._row:
                return []
            scores = self._scores(qvec, used)
            n = min(n, used)
            best = np.argpartition(-scores, n - 1)[:n]
            best = best[np.argsort(-scores[best])]
            return [(self._ids[i], float(scores[i])) for i in best if self._ids[i] is not None]

    def _scores(self, qvec: np.ndarray, used: int) -> np.ndarray:
        if used < SPLIT_ROWS:
            return self._mat[:used] @ qvec
        half = used // 2
        first = _helper_thread().submit(np.matmul, self._mat[:half], qvec)
        rest = self._mat[half:used] @ qvec
        return np.concatenate([first.result(), rest])

    def vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The embedded ones of ``ids`` and their vectors (copies: the matrix may grow meanwhile)."""
        with self.lock:
            return {rid: self._mat[self._row[rid]].copy() for rid in ids if rid in self._row}

    def similarity(self, qvec: np.ndarray, ids: list[str]) -> dict[str, float]:
        with self.lock:
            return {rid: float(self._mat[self._row[rid]] @ qvec) for rid in ids if rid in self._row}

    # ---- snapshot --------------------------------------------------------------------------------
    def save(self, force: bool = False, after_changes: int = 1) -> bool:
        """Write the snapshot if ``force``, or after ``after_changes`` changes, or after
        ``SAVE_INTERVAL_S`` with at least one. Returns whether it was written."""
        with self.lock:
            due = self._changed >= after_changes or (
                self._changed and time.monotonic() - self._saved_at >= SAVE_INTERVAL_S)
            if not (force or due):
                return False
            self._saved_at = time.monotonic()
            live = [(rid, row) for rid, row in self._row.items()]
            ids = [rid for rid, _ in live]
            mat = self._mat[[row for _, row in live]] if live else np.zeros((0, self._mat.shape[1]), np.float32)
            seqs = np.array([self._seq[rid] for rid in ids], np.int64)
            self._changed = 0
        buf = io.BytesIO()
        np.savez(buf, ids=np.array(ids, dtype=object).astype(str), seqs=seqs, mat=mat.astype(np.float16),
                 model=np.array(self.embedder.name))
        data = buf.getvalue()
        atomic_write_bytes(self.snapshot, hashlib.sha256(data).digest() + data)
        return True

    def _load(self) -> None:
        try:
            raw = self.snapshot.read_bytes()
        except OSError:
            return
        digest, data = raw[:32], raw[32:]
        if hashlib.sha256(data).digest() != digest:
            return                                       # torn or tampered: rebuilt by catch_up
        try:
            z = np.load(io.BytesIO(data), allow_pickle=False)
            if str(z["model"]) != self.embedder.name or z["mat"].shape[1:] != (self.embedder.dim,):
                return
            ids, seqs, mat = [str(x) for x in z["ids"]], z["seqs"], z["mat"].astype(np.float32)
        except (ValueError, KeyError, OSError):
            return
        self._ids, self._mat = list(ids), mat.copy()
        self._row = {rid: i for i, rid in enumerate(ids)}
        self._seq = {rid: int(s) for rid, s in zip(ids, seqs)}
