"""``enclave bench context``: durable preserve and ranked query latency at 1k, 10k and 100k
contexts against a plain SQLite FTS5 table in the same run, plus quality on the labelled set.

Ours: ``ContextEngine.preserve`` (seal check, validation, checksummed append, fdatasync) with the
engine's background thread running as in the actor; ``ContextEngine.query`` (BM25 + recency over
content and metadata, top 10 with snippets). Anchor: one FTS5 table (WAL, synchronous=FULL), one
INSERT + COMMIT per context, and ``MATCH`` over the same terms ORed, ``ORDER BY rank LIMIT 10``
with ``snippet()``. Both stores are first filled to the size with batched writes; then 1,000
single durable writes and the query set are timed. Quality: hit@5 on the labelled questions
(anchor: the same questions against plain FTS5) and planted-workflow precision/recall, over
several seeds.
"""
from __future__ import annotations

import random
import re
import secrets
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

from actors.context.engine import ContextEngine
from .context_quality import evaluate, retrieval_records
from actors.context.text import STOPWORDS
from actors.shared.seal import seal

from .common import machine, percentile, result

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


class Fts5Anchor:
    def __init__(self, path: Path):
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("CREATE VIRTUAL TABLE ctx USING fts5(content, meta, project UNINDEXED, "
                        "kind UNINDEXED, created UNINDEXED, tokenize='porter unicode61')")

    @staticmethod
    def _row(r: dict) -> tuple:
        meta = " ".join(str(v) for v in r.get("metadata", {}).values())
        return (r["content"], f"{r['project']} {r['kind']} {r['source']} {meta}", r["project"],
                r["kind"], r["created"])

    def fill(self, rows: list[dict]) -> None:
        for i in range(0, len(rows), 1000):
            self.db.execute("BEGIN")
            self.db.executemany("INSERT INTO ctx VALUES (?,?,?,?,?)",
                                [self._row(r) for r in rows[i:i + 1000]])
            self.db.execute("COMMIT")

    def insert(self, r: dict) -> None:
        self.db.execute("BEGIN")
        self.db.execute("INSERT INTO ctx VALUES (?,?,?,?,?)", self._row(r))
        self.db.execute("COMMIT")

    def query(self, text: str, k: int = 10, project: str | None = None) -> list[int]:
        sql = ("SELECT rowid, bm25(ctx), snippet(ctx, 0, '', '', '…', 24) FROM ctx "
               "WHERE ctx MATCH ?" + (" AND project = ?" if project else "") +
               " ORDER BY rank LIMIT ?")
        args = (_match(text), project, k) if project else (_match(text), k)
        return [row[0] for row in self.db.execute(sql, args)]

    def close(self) -> None:
        self.db.close()


def _ms(values: list[float], p: float) -> float:
    return percentile(values, p) * 1e3


def _size_run(n: int, measured: int, n_queries: int, key: bytes, tmp: Path) -> dict:
    docs = corpus(n)
    cut = max(0, n - measured)
    fill, timed = docs[:cut], docs[cut:]
    qs = queries(docs[:n], n_queries)
    out: dict = {"n": n}

    # ---- ours: fill, then timed durable preserves with the background thread working
    engine = ContextEngine(tmp / f"ours-{n}", {"archive": {"enabled": False}}, seal_key=key,
                           clock=lambda: 1_800_000_000.0)
    t = time.perf_counter()
    for i in range(0, len(fill), 1000):
        engine.preserve_many([(r, seal(key, r)) for r in fill[i:i + 1000]])
    engine.process_pending(force=True)
    out["fill_s"] = time.perf_counter() - t
    stop = threading.Event()
    worker = threading.Thread(target=engine.run_background, args=(stop,), kwargs={"idle_s": 0.05})
    worker.start()
    sealed = [(r, seal(key, r)) for r in timed]
    lat = []
    for r, s in sealed:
        t = time.perf_counter()
        engine.preserve(r, s)
        lat.append(time.perf_counter() - t)
    stop.set()
    worker.join()
    out["preserve"] = lat
    engine.process_pending(force=True)
    for q in qs[:20]:  # warm-up
        engine.query(q)
    lat = []
    for q in qs:
        t = time.perf_counter()
        engine.query(q, k=10)
        lat.append(time.perf_counter() - t)
    out["query"] = lat
    try:
        import psutil
        out["rss_mb"] = psutil.Process().memory_info().rss / 2**20
    except ImportError:
        pass
    out["reindex_s"] = engine.reindex()["seconds"]
    engine.close()
    t = time.perf_counter()
    reopened = ContextEngine(tmp / f"ours-{n}", {"archive": {"enabled": False}}, seal_key=key)
    out["open_s"] = time.perf_counter() - t
    reopened.close()

    # ---- anchor: plain FTS5, same rows, same durability for the timed writes
    fts = Fts5Anchor(tmp / f"fts-{n}.sqlite")
    fts.fill(fill)
    lat = []
    for r in timed:
        t = time.perf_counter()
        fts.insert(r)
        lat.append(time.perf_counter() - t)
    out["fts_preserve"] = lat
    for q in qs[:20]:
        fts.query(q)
    lat = []
    for q in qs:
        t = time.perf_counter()
        fts.query(q)
        lat.append(time.perf_counter() - t)
    out["fts_query"] = lat
    fts.close()
    return out


def _fts_hit_at_5(seed: int, tmp: Path) -> float:
    records, questions = retrieval_records(seed)
    fts = Fts5Anchor(tmp / f"quality-{seed}.sqlite")
    fts.fill(records)
    hits = sum(1 for idx, q, project in questions if idx + 1 in fts.query(q, 5, project))
    fts.close()
    return hits / len(questions)


def run(quick: bool = False) -> dict:
    sizes = [1000, 10000] if quick else [1000, 10000, 100000]
    measured, n_queries = (500, 200) if quick else (1000, 500)
    seeds = range(3) if quick else range(10)
    key = secrets.token_bytes(32)
    results = []
    with tempfile.TemporaryDirectory(prefix="enclave-bench-context-") as d:
        tmp = Path(d)
        for n in sizes:
            r = _size_run(n, measured, n_queries, key, tmp)
            label = f"{n // 1000}k"
            for p in (50, 99):
                ours, anchor = _ms(r["preserve"], p), _ms(r["fts_preserve"], p)
                results.append(result(
                    f"preserve p{p} @ {label} (durable)", ours, "ms",
                    anchor=f"fts5 insert+commit p{p}", anchor_value=anchor,
                    target="<= 10 ms" if p == 99 else "", passed=ours <= 10 if p == 99 else None))
            for p in (50, 99):
                ours, anchor = _ms(r["query"], p), _ms(r["fts_query"], p)
                results.append(result(
                    f"query p{p} @ {label} (top 10 + snippets)", ours, "ms",
                    anchor=f"fts5 bm25 top-10 p{p}", anchor_value=anchor,
                    target="<= 20 ms" if p == 99 else "", passed=ours <= 20 if p == 99 else None))
            results.append(result(f"start-up @ {label} (log scan + index snapshot)", r["open_s"],
                                  "s"))
            results.append(result(f"reindex @ {label} (from the log)", r["reindex_s"], "s"))
            if "rss_mb" in r:
                results.append(result(f"bench process RSS @ {label}", r["rss_mb"], "MiB"))
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
    return {"area": AREA, "machine": machine(), "results": results,
            "quality_misses": {"retrieval": sorted({m for q in qual
                                                    for m in q["retrieval"]["misses"]}),
                               "patterns_missed": sorted({m for q in qual
                                                          for m in q["patterns"]["missed"]}),
                               "patterns_false": sorted({m for q in qual for m in
                                                         q["patterns"]["false_positives"]})}}


if __name__ == "__main__":
    import json
    import sys
    from .common import table
    res = run(quick="--quick" in sys.argv)
    print(table(res))
    if "--json" in sys.argv:
        print(json.dumps(res, indent=2))
