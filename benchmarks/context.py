"""``enclave bench context``: durable preserve and ranked query latency at 1k, 10k and 100k
contexts against SQLite FTS5 in the same run, plus quality on the labelled set.

Each side runs in its own process (``python -m benchmarks.context side ours|fts5 SPEC OUT``), so the
resident memory of each is its own; both read the same rows and queries from files the parent wrote.

Ours: ``ContextEngine.preserve`` (seal check, validation, checksummed append, fdatasync) with the
engine's background thread running as in the actor; ``ContextEngine.query`` (BM25 + recency over
content and metadata, top 10 with snippets).
Anchor: SQLite FTS5, tuned: WAL with synchronous=FULL (we fsync every acknowledged write),
``PRAGMA mmap_size`` of 1 GiB, ``cache_size`` set to the memory our side used above its interpreter
baseline (measured first, in the same run), and ``INSERT INTO ctx(ctx) VALUES('optimize')`` after
the bulk load. The rows live in a plain table, the FTS5 index is an external-content table over it;
queries are ``MATCH`` over the same terms ORed, ``ORDER BY rank LIMIT 10`` with ``snippet()``.

Preserve is timed like for like, both ways:
- deferred indexing (what the product does: the acknowledgement means durable, the index catches up
  in the background and before any query): ours is ``preserve`` with the background thread woken
  by each write; the anchor is INSERT + COMMIT of the row, and an indexer thread woken by each
  commit moves new rows into FTS5 (its own connection, synchronous=NORMAL: the index, like ours, is
  rebuilt from the rows, so it needs no fsync of its own); queries first catch up;
- indexed before the acknowledgement: ours is ``preserve`` then ``apply_pending`` (the index updated)
  with no background thread; the anchor is INSERT of the row and of its FTS5 entry in one COMMIT.
Both stores are first filled to the size with batched writes; then the single durable writes of each
mode and the query set are timed. Quality: hit@5 on the labelled questions (anchor: the same
questions against plain FTS5) and planted-workflow precision/recall, over several seeds.
Memory as a request pays it (``memory_latency``): what retrieval + injection adds to time to first
token at 10k and 100k contexts, lexical and hybrid, and what keeping chat turns costs the caller.
"""
from __future__ import annotations

import json
import os
import random
import re
import resource
import secrets
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from actors.context.engine import ContextEngine
from . import memory_eval
from .context_quality import evaluate, retrieval_records
from actors.context.text import STOPWORDS
from actors.shared.seal import seal

from .common import machine, percentile, result, timed_fill

AREA = "context"
WORDS = """api auth cache config database deploy docker error fix handler index invoice job
kubernetes latency login memory metric migration model module network parser payment pipeline
pool query queue redis release request response retry schema server service session settings
storage stream task test timeout token user validation worker webhook build commit branch merge
review refactor rename cleanup flaky slow crash leak deadlock race lock upgrade dependency
version docs readme script cron backup restore replica shard partition cluster node pod
container image volume secret certificate ingress proxy gateway route endpoint client sdk cli
frontend backend component hook state store reducer render style theme layout button modal
form input select table chart dashboard alert log trace span sample profile benchmark
throughput batch cursor transaction commit rollback savepoint constraint foreign primary key
column row null default trigger view function procedure event message topic subscriber
producer consumer offset lag retention compaction snapshot checkpoint recovery failover
replication consensus leader follower election heartbeat timeout backoff jitter circuit
breaker bulkhead ratelimit quota budget cost region zone latency bandwidth packet socket tls
""".split()
PROSE = """the a we it this that is was for to of in on with and but so then because after
before when while should could would maybe need needs added removed changed fixed broke works
""".split()


def _vocabulary(rng: random.Random) -> list[str]:
    idents = {f"{rng.choice(WORDS)}_{rng.choice(WORDS)}" for _ in range(4000)}
    idents |= {rng.choice(WORDS) + rng.choice(WORDS).title() for _ in range(4000)}
    return WORDS + sorted(idents)


def corpus(n: int, seed: int = 1) -> list[dict]:
    """``n`` synthetic developer contexts: Zipf-distributed words and identifiers, five
    projects, mixed kinds, spread over 90 days."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(vocab))]
    cum, acc = [], 0.0
    for w in weights:
        acc += w
        cum.append(acc)
    kinds = ["edit", "command", "chat", "commit", "note"]
    t0 = 1_790_000_000.0
    out = []
    for i in range(n):
        k = rng.randint(8, 60)
        body = rng.choices(vocab, cum_weights=cum, k=k)
        for j in range(0, k, 4):
            body.insert(j, rng.choice(PROSE))
        kind = rng.choice(kinds)
        out.append({"source": {"command": "shell", "commit": "git"}.get(kind, "editor"),
                    "project": f"proj{rng.randint(0, 4)}", "kind": kind,
                    "content": " ".join(body), "session": f"s{i // 40}",
                    "metadata": {"path": f"src/{rng.choice(WORDS)}/{rng.choice(WORDS)}.py"}
                    if kind == "edit" else {},
                    "created": t0 + i * (90 * 86400.0 / max(n, 1))})
    return out


def queries(docs: list[dict], count: int, seed: int = 2) -> list[str]:
    """Questions built from words of random contexts (so each has an answer), 2 to 5 words."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = [w for w in docs[rng.randrange(len(docs))]["content"].split()
                 if w not in STOPWORDS]
        out.append(" ".join(rng.sample(words, min(len(words), rng.randint(2, 5)))))
    return out


def _match(text: str) -> str:
    words = sorted({w for w in re.findall(r"[A-Za-z0-9]+", text.lower()) if w not in STOPWORDS})
    return " OR ".join(f'"{w}"' for w in words) or '""'


SCHEMA = ("CREATE TABLE docs (id INTEGER PRIMARY KEY, content TEXT, meta TEXT, project TEXT, kind TEXT, "
          "created REAL)",
          "CREATE VIRTUAL TABLE ctx USING fts5(content, meta, project UNINDEXED, kind UNINDEXED, "
          "created UNINDEXED, content='docs', content_rowid='id', tokenize='porter unicode61')")
COLUMNS = "content, meta, project, kind, created"


class Fts5Anchor:
    """SQLite FTS5 as a careful user would set it up for this job (see the module docstring)."""

    def __init__(self, path: Path, cache_kib: int | None = None, mmap_bytes: int = 1 << 30):
        self.path = path
        self.pragmas = [f"PRAGMA mmap_size={mmap_bytes}"]
        if cache_kib:
            self.pragmas.append(f"PRAGMA cache_size=-{cache_kib}")
        self.db = self._connect()
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        for stmt in SCHEMA:
            self.db.execute(stmt)
        self.indexed = 0              # rows up to this id are in the FTS5 index
        self._lock = threading.Lock()
        self._wake, self._stop = threading.Event(), threading.Event()
        self._indexer: threading.Thread | None = None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        for p in self.pragmas:
            db.execute(p)
        return db

    @staticmethod
    def _row(r: dict) -> tuple:
        meta = " ".join(str(v) for v in r.get("metadata", {}).values())
        return (r["content"], f"{r['project']} {r['kind']} {r['source']} {meta}", r["project"],
                r["kind"], r["created"])

    def fill(self, batches) -> float:
        """Bulk load (rows and index), then merge the index into one b-tree ('optimize'). Returns the
        seconds spent in SQLite (reading the batches is not counted)."""
        spent = 0.0
        for rows in batches:
            t = time.perf_counter()
            self.db.execute("BEGIN")
            self.db.executemany(f"INSERT INTO docs ({COLUMNS}) VALUES (?,?,?,?,?)", [self._row(r) for r in rows])
            self.db.execute("COMMIT")
            spent += time.perf_counter() - t
        t = time.perf_counter()
        self.catch_up(self.db)
        self.db.execute("INSERT INTO ctx(ctx) VALUES('optimize')")
        return spent + time.perf_counter() - t

    def insert_indexed(self, r: dict) -> None:
        """The row and its index entry in one durable transaction."""
        self.db.execute("BEGIN")
        rid = self.db.execute(f"INSERT INTO docs ({COLUMNS}) VALUES (?,?,?,?,?)", self._row(r)).lastrowid
        self.db.execute(f"INSERT INTO ctx(rowid, {COLUMNS}) VALUES (?,?,?,?,?,?)", (rid, *self._row(r)))
        self.db.execute("COMMIT")
        self.indexed = rid

    def insert_deferred(self, r: dict) -> None:
        """The row alone, durable; the indexer thread (woken here) indexes it."""
        self.db.execute("BEGIN")
        self.db.execute(f"INSERT INTO docs ({COLUMNS}) VALUES (?,?,?,?,?)", self._row(r))
        self.db.execute("COMMIT")
        self._wake.set()

    def catch_up(self, db: sqlite3.Connection) -> int:
        """Index every row not indexed yet (one transaction)."""
        with self._lock:
            db.execute("BEGIN IMMEDIATE")
            top = db.execute("SELECT COALESCE(MAX(id), 0) FROM docs").fetchone()[0]
            if top > self.indexed:
                db.execute(f"INSERT INTO ctx(rowid, {COLUMNS}) SELECT id, {COLUMNS} FROM docs "
                           "WHERE id > ? AND id <= ?", (self.indexed, top))
            db.execute("COMMIT")
            done, self.indexed = top - self.indexed, top
            return done

    def start_indexer(self) -> None:
        self._stop.clear()

        def loop() -> None:
            db = self._connect()
            db.execute("PRAGMA synchronous=NORMAL")    # the index is rebuilt from the rows if lost
            while not self._stop.is_set():
                self._wake.wait(1.0)
                self._wake.clear()
                self.catch_up(db)
            db.close()
        self._indexer = threading.Thread(target=loop, daemon=True)
        self._indexer.start()

    def stop_indexer(self) -> None:
        if self._indexer is not None:
            self._stop.set()
            self._wake.set()
            self._indexer.join()
            self._indexer = None

    def query(self, text: str, k: int = 10, project: str | None = None) -> list[int]:
        if self._indexer is not None:
            self.catch_up(self.db)          # like ours: pending index work is applied first
        sql = ("SELECT rowid, bm25(ctx), snippet(ctx, 0, '', '', '…', 24) FROM ctx "
               "WHERE ctx MATCH ?" + (" AND project = ?" if project else "") +
               " ORDER BY rank LIMIT ?")
        args = (_match(text), project, k) if project else (_match(text), k)
        return [row[0] for row in self.db.execute(sql, args)]

    def close(self) -> None:
        self.stop_indexer()
        self.db.close()


def _ms(values: list[float], p: float) -> float:
    return percentile(values, p) * 1e3


# ---- one side, in its own process ------------------------------------------------------------------
def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _batches(path: str, size: int = 1000):
    batch = []
    with open(path) as f:
        for line in f:
            batch.append(json.loads(line))
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch


def _timed(fn, items) -> list[float]:
    out = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - t)
    return out


def _side_ours(spec: dict) -> dict:
    key = bytes.fromhex(spec["key"])
    base = _rss_mib()
    out: dict = {"baseline_rss_mib": base}
    engine = ContextEngine(Path(spec["dir"]), {"archive": {"enabled": False}}, seal_key=key,
                           clock=lambda: 1_800_000_000.0)
    out["fill_s"] = timed_fill(engine, _batches(spec["fill"]), key)
    # deferred: the durable write is acknowledged, the background thread (woken by it) indexes
    stop = threading.Event()

    def background() -> None:            # the context actor's background loop: woken by each write
        while not stop.is_set():
            engine.wait_for_work(0.05)
            if not stop.is_set():
                engine.process_pending()
    worker = threading.Thread(target=background)
    worker.start()
    out["preserve_deferred"] = _timed(lambda rs: engine.preserve(*rs),
                                      [(r, seal(key, r)) for r in spec["deferred"]])
    stop.set()
    worker.join()
    engine.process_pending(force=True)

    # indexed before the acknowledgement
    def indexed(rs):
        engine.preserve(*rs)
        engine.store.apply_pending()
    out["preserve_indexed"] = _timed(indexed, [(r, seal(key, r)) for r in spec["indexed"]])
    engine.process_pending(force=True)
    for q in spec["queries"][:20]:  # warm-up
        engine.query(q)
    out["query"] = _timed(lambda q: engine.query(q, k=10), spec["queries"])
    out["rss_mib"] = _rss_mib()
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["reindex_s"] = engine.reindex()["seconds"]
    engine.close()
    t = time.perf_counter()
    reopened = ContextEngine(Path(spec["dir"]), {"archive": {"enabled": False}}, seal_key=key)
    out["open_s"] = time.perf_counter() - t
    reopened.close()
    return out


def _side_fts5(spec: dict) -> dict:
    base = _rss_mib()
    out: dict = {"baseline_rss_mib": base, "cache_kib": spec["cache_kib"]}
    fts = Fts5Anchor(Path(spec["dir"]) / "fts.sqlite", cache_kib=spec["cache_kib"])
    out["fill_s"] = fts.fill(_batches(spec["fill"]))
    fts.start_indexer()
    out["preserve_deferred"] = _timed(fts.insert_deferred, spec["deferred"])
    fts.stop_indexer()
    fts.catch_up(fts.db)
    out["preserve_indexed"] = _timed(fts.insert_indexed, spec["indexed"])
    for q in spec["queries"][:20]:
        fts.query(q)
    out["query"] = _timed(fts.query, spec["queries"])
    out["rss_mib"] = _rss_mib()
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["db_mib"] = sum(p.stat().st_size for p in Path(spec["dir"]).glob("fts.sqlite*")) / 2**20
    fts.close()
    return out


def _run_side(side: str, spec: dict, tmp: Path) -> dict:
    spec_path, out_path = tmp / f"spec-{side}.json", tmp / f"out-{side}.json"
    spec_path.write_text(json.dumps(spec))
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    subprocess.run([sys.executable, "-m", "benchmarks.context", "side", side, str(spec_path), str(out_path)],
                   env=env, cwd=root, check=True, timeout=3600)
    return json.loads(out_path.read_text())


def _size_run(n: int, measured: int, n_queries: int, key: bytes, tmp: Path) -> dict:
    docs = corpus(n)
    cut = max(0, n - 2 * measured)
    fill_path = tmp / f"fill-{n}.jsonl"
    with open(fill_path, "w") as f:
        for r in docs[:cut]:
            f.write(json.dumps(r) + "\n")
    spec = {"fill": str(fill_path), "deferred": docs[cut:cut + measured], "indexed": docs[cut + measured:],
            "queries": queries(docs, n_queries), "key": key.hex()}
    del docs
    (tmp / f"ours-{n}").mkdir()
    (tmp / f"fts-{n}").mkdir()
    ours = _run_side("ours", {**spec, "dir": str(tmp / f"ours-{n}")}, tmp)
    # SQLite's page cache may hold as much as our store needed above the interpreter (at least its default)
    cache_kib = max(2048, int((ours["rss_mib"] - ours["baseline_rss_mib"]) * 1024))
    fts = _run_side("fts5", {**spec, "dir": str(tmp / f"fts-{n}"), "cache_kib": cache_kib}, tmp)
    return {"n": n, "ours": ours, "fts": fts}


def _fts_hit_at_5(seed: int, tmp: Path) -> float:
    records, questions = retrieval_records(seed)
    fts = Fts5Anchor(tmp / f"quality-{seed}.sqlite")
    fts.fill([records])
    hits = sum(1 for idx, q, project in questions if idx + 1 in fts.query(q, 5, project))
    fts.close()
    return hits / len(questions)


def run(quick: bool = False) -> dict:
    sizes = [1000, 10000] if quick else [1000, 10000, 100000]
    measured, n_queries = (250, 200) if quick else (400, 500)
    seeds = range(3) if quick else range(10)
    key = secrets.token_bytes(32)
    results = []
    sides = {}
    with tempfile.TemporaryDirectory(prefix="enclave-bench-context-") as d:
        tmp = Path(d)
        for n in sizes:
            r = _size_run(n, measured, n_queries, key, tmp)
            ours, fts = r["ours"], r["fts"]
            label = f"{n // 1000}k"
            for mode, what in (("deferred", "durable, indexed in the background on both sides"),
                               ("indexed", "durable and indexed before the ack on both sides")):
                for p in (50, 99):
                    v, a = _ms(ours[f"preserve_{mode}"], p), _ms(fts[f"preserve_{mode}"], p)
                    target = "<= 10 ms" if p == 99 and mode == "deferred" else ""
                    results.append(result(
                        f"preserve p{p} @ {label} ({what})", v, "ms", anchor=f"fts5 p{p}", anchor_value=a,
                        target=target, passed=(v <= 10) if target else None))
            for p in (50, 99):
                v, a = _ms(ours["query"], p), _ms(fts["query"], p)
                results.append(result(
                    f"query p{p} @ {label} (top 10 + snippets)", v, "ms",
                    anchor=f"fts5 bm25 top-10 p{p}", anchor_value=a,
                    target="<= 20 ms" if p == 99 else "", passed=v <= 20 if p == 99 else None))
            results.append(result(f"RSS @ {label} (each side in its own process)", ours["rss_mib"], "MiB",
                                  anchor=f"fts5 process RSS (cache_size {fts['cache_kib'] // 1024} MiB, mmap)",
                                  anchor_value=fts["rss_mib"], target="reported", passed=None))
            results.append(result(f"RSS above the interpreter @ {label}", ours["rss_mib"] - ours["baseline_rss_mib"],
                                  "MiB", anchor="fts5 process, above its interpreter",
                                  anchor_value=max(0.001, fts["rss_mib"] - fts["baseline_rss_mib"]),
                                  target="reported", passed=None))
            results.append(result(f"bulk fill @ {label} ({max(0, n - 2 * measured)} contexts)", ours["fill_s"], "s",
                                  anchor="fts5 bulk insert + optimize", anchor_value=fts["fill_s"],
                                  target="reported", passed=None))
            results.append(result(f"start-up @ {label} (log scan + index snapshot)", ours["open_s"], "s"))
            results.append(result(f"reindex @ {label} (from the log)", ours["reindex_s"], "s"))
            sides[label] = {side: {k: v for k, v in vals.items() if not isinstance(v, list)}
                            for side, vals in (("ours", ours), ("fts5", fts))}
        qual = [evaluate(seed=s) for s in seeds]
        fts_hits = [_fts_hit_at_5(s, tmp) for s in seeds]
    hit = [q["retrieval"]["hit_at_5"] for q in qual]
    prec = [q["patterns"]["precision"] for q in qual]
    rec = [q["patterns"]["recall"] for q in qual]
    n = len(qual)
    results += [
        result(f"retrieval hit@5, mean of {n} seeds", statistics.mean(hit) * 100, "%",
               anchor="plain fts5 hit@5", anchor_value=statistics.mean(fts_hits) * 100,
               target=">= 95%", passed=statistics.mean(hit) >= 0.95),
        result(f"retrieval hit@5, worst of {n} seeds", min(hit) * 100, "%",
               anchor="plain fts5 worst", anchor_value=min(fts_hits) * 100),
        result(f"pattern precision (planted workflows), mean of {n} seeds", statistics.mean(prec) * 100,
               "%", target=">= 90%", passed=statistics.mean(prec) >= 0.9),
        result(f"pattern precision (planted workflows), worst of {n} seeds", min(prec) * 100, "%"),
        result(f"pattern recall (planted workflows), mean of {n} seeds", statistics.mean(rec) * 100, "%",
               target=">= 80%", passed=statistics.mean(rec) >= 0.8),
        result(f"pattern recall (planted workflows), worst of {n} seeds", min(rec) * 100, "%"),
    ]
    embedders = memory_eval.cached_embedders()
    memory = {role: memory_eval.evaluate(path, embedders=embedders)
              for role, path in memory_eval.SETS.items() if path.exists()}
    for role, measured in memory.items():
        results += _memory_rows(measured, role)
    from . import memory_latency     # here: the side processes above measure RSS without its imports
    latency = memory_latency.run(quick=quick)
    results += latency["results"]
    return {"area": AREA, "machine": machine(), "results": results, "sides": sides, "memory": memory,
            "memory_latency": latency["details"],
            "quality_misses": {"retrieval": sorted({m for q in qual
                                                    for m in q["retrieval"]["misses"]}),
                               "patterns_missed": sorted({m for q in qual
                                                          for m in q["patterns"]["missed"]}),
                               "patterns_false": sorted({m for q in qual for m in
                                                         q["patterns"]["false_positives"]})}}


def _memory_rows(memory: dict, role: str) -> list[dict]:
    """hit@5 per question type on one developer-memory set (``memory_eval.SETS``): hybrid with each
    catalogued embedder that is installed, and lexical alone, each against plain SQLite FTS5."""
    from actors.context.embedders import EMBEDDERS
    rows, fts = [], memory["fts5"]
    rows += [result(f"memory hit@5 ({role}, hybrid, {name}): not measured, the embedder could not be installed", 0.0, "%")
             for name in EMBEDDERS if name not in memory["hybrid"]]
    sides = {f"hybrid, {name}": scores for name, scores in memory["hybrid"].items()}
    for side, scores in {**sides, "lexical": memory["lexical"]}.items():
        for kind, value in scores.items():
            if kind == "leaks":
                rows.append(result(f"memory ({role}): contexts of another project in the top 5 ({side})", value,
                                   "", target="0", passed=value == 0))
                continue
            goal = 0.9 if kind == "overall" else 0.8
            rows.append(result(f"memory hit@5 {kind} ({role}, {side})", value * 100, "%", anchor="plain fts5",
                               anchor_value=fts[kind] * 100, target=f">= {goal:.0%}", passed=value >= goal))
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["side"]:          # one side of the comparison, in its own process
        side, spec_file, out_file = sys.argv[2:5]
        spec = json.loads(Path(spec_file).read_text())
        Path(out_file).write_text(json.dumps({"ours": _side_ours, "fts5": _side_fts5}[side](spec)))
    else:
        from .common import table
        res = run(quick="--quick" in sys.argv)
        print(table(res))
        if "--json" in sys.argv:
            print(json.dumps(res, indent=2))
