"""The memory benchmark measures what it says: its contexts are ones the store takes, a smaller store
is a prefix of a larger one, every timed recall really gave the model notes, every captured turn was
really kept, and the vector memo gives back the embedder's own vectors without embedding twice."""
import time

import numpy as np

from benchmarks import dev_contexts, memory_latency
from benchmarks.bench_vectors import CachedEmbedder
from benchmarks.common import private_dir


def test_a_smaller_store_is_a_prefix_of_a_larger_one():
    small, large = dev_contexts.contexts(200, end=1e9), dev_contexts.contexts(400, end=1e9)
    assert [r["content"] for r in small] == [r["content"] for r in large[:200]]
    assert {r["kind"] for r in large} == set(dev_contexts.KINDS)


def test_recall_gives_notes_and_capture_keeps_every_turn(tmp_path, monkeypatch):
    monkeypatch.setattr(memory_latency, "QUIET_S", 0.5)     # idle enough for counting, not for timing
    records = dev_contexts.contexts(300, end=time.time())
    home = private_dir(tmp_path / "home")
    assert memory_latency.fill(home, records, None)["contexts"] == 300
    questions = memory_latency._unique_questions(records, 6)
    with memory_latency.running(home, hybrid=False) as (mesh, _):
        r = memory_latency.recall(mesh, questions, warm=1)
        runs = [memory_latency.capture(mesh, questions, phase=2),
                memory_latency.capture(mesh, questions, phase=2, gap_s=0.05)]   # the same questions again
    assert len(r["on"]) == len(r["off"]) == 5
    assert r["with_notes"] == 5                  # memory was on in every timed "on" request
    for c in runs:
        assert len(c["on"]) == len(c["off"]) == 4    # two phases of each
        assert c["kept"] == c["sent_with_capture"] == 3 + 4     # the warm-up's turns, then the phases'


def test_the_vector_memo_reuses_the_embedders_vectors(tmp_path):
    model = memory_latency._embedder_dir()
    texts = ["git status", "Fix the deadlock in the ledger worker", "User: why?\nAssistant: a race."]
    memo = CachedEmbedder(model, tmp_path / "vectors.npz")
    memo.prefill(texts, workers=2)
    assert memo.embedded == 3
    again = CachedEmbedder(model, tmp_path / "vectors.npz")
    got = again.embed(texts)
    assert again.embedded == 0
    assert np.allclose(got, memo.inner.embed(texts), atol=2e-3)
