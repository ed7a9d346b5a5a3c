"""The retrieval embedder with a bench-side memo of its vectors, by text, kept on disk between runs.

Why: the dense index of a store is one embedding per context, and the product's numpy embedder
makes a few dozen per second on two cores — a 100k-context store (about 56k distinct texts) takes
tens of minutes to embed. The memo turns that into a one-time cost: a run embeds only the texts no
earlier run embedded (both cores, one process each) and reports how long that took and at what rate.
The vectors are the product embedder's own (stored as float16, as the dense snapshot stores them).

``python -m benchmarks.bench_vectors MODEL_DIR TEXTS_JSON OUT_NPY``: one worker process.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from actors.context.dense import EMBED_CHARS

ROOT = Path(__file__).resolve().parents[1]


def _key(text: str) -> bytes:
    return hashlib.sha256(text[:EMBED_CHARS].encode()).digest()


class CachedEmbedder:
    """Stands in for ``actors.context.embedder.Embedder`` (same ``name``, ``dim``, ``embed``)."""

    def __init__(self, model_dir: Path, cache_file: Path):
        from actors.context.embedder import Embedder
        self.model_dir = Path(model_dir)
        self.inner = Embedder(model_dir)
        self.name, self.dim = self.inner.name, self.inner.dim
        self.cache_file = cache_file
        self.vectors: dict[bytes, np.ndarray] = {}
        self.embedded = self.reused = 0          # texts embedded by this run / found in the memo
        self.embed_s = 0.0                       # wall time spent embedding them
        self._load()

    def _load(self) -> None:
        try:
            z = np.load(self.cache_file)
            keys, mat = z["keys"], z["mat"]
        except (OSError, ValueError, KeyError):
            return                                  # none yet, or torn: rebuilt
        if mat.ndim != 2 or mat.shape[1] != self.dim or str(z["model"]) != self.name:
            return
        self.vectors = {bytes(k): mat[i] for i, k in enumerate(keys)}

    def save(self) -> None:
        if not self.vectors:
            return
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        keys = np.frombuffer(b"".join(self.vectors), np.uint8).reshape(-1, 32)
        tmp = self.cache_file.with_suffix(".partial.npz")
        np.savez(tmp, keys=keys, mat=np.stack(list(self.vectors.values())), model=np.array(self.name))
        os.replace(tmp, self.cache_file)

    def prefill(self, texts: list[str], workers: int | None = None) -> None:
        """Embed every text not in the memo yet, split over ``workers`` processes (one BLAS thread
        each: two single-threaded processes beat one two-threaded one on this model)."""
        todo = list({_key(t): t for t in texts if _key(t) not in self.vectors}.values())
        self.reused += len(texts) - len(todo)
        if not todo:
            return
        workers = max(1, min(workers or os.cpu_count() or 1, len(todo) // 64 or 1))
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="enclave-bench-vectors-") as d:
            procs, outs = [], []
            for w in range(workers):
                part, out = Path(d) / f"in-{w}.json", Path(d) / f"out-{w}.npy"
                part.write_text(json.dumps(todo[w::workers]))
                env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
                       "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
                procs.append(subprocess.Popen([sys.executable, "-m", "benchmarks.bench_vectors", str(self.model_dir),
                                               str(part), str(out)], env=env, cwd=ROOT))
                outs.append(out)
            for p in procs:
                if p.wait() != 0:
                    raise RuntimeError(f"an embedding worker failed (exit {p.returncode})")
            for w, out in enumerate(outs):
                for text, vec in zip(todo[w::workers], np.load(out)):
                    self.vectors[_key(text)] = vec.astype(np.float16)
        self.embed_s += time.perf_counter() - started
        self.embedded += len(todo)
        self.save()

    def embed(self, texts: list[str], batch: int = 16) -> np.ndarray:
        keys = [_key(t) for t in texts]
        missing = [i for i, k in enumerate(keys) if k not in self.vectors]
        if missing:                                 # texts the prefill could not foresee (syntheses)
            started = time.perf_counter()
            for i, vec in zip(missing, self.inner.embed([texts[i] for i in missing], batch)):
                self.vectors[keys[i]] = vec.astype(np.float16)
            self.embed_s += time.perf_counter() - started
            self.embedded += len(missing)
        return np.stack([self.vectors[k] for k in keys]).astype(np.float32) if keys \
            else np.zeros((0, self.dim), np.float32)


def _worker(model_dir: str, texts_file: str, out_file: str) -> None:
    from actors.context.embedder import Embedder
    texts = json.loads(Path(texts_file).read_text())
    np.save(out_file, Embedder(model_dir).embed([t[:EMBED_CHARS] for t in texts]))


if __name__ == "__main__":
    _worker(*sys.argv[1:4])
