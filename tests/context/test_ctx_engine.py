import threading

import pytest

from actors.context import ContextEngine, InvalidRecord
from actors.shared.settings import ConfigError, defaults, resolve_section
from actors.shared.seal import seal


def background(engine: ContextEngine, stop: threading.Event) -> None:
    """The context service's background thread, without its bus face."""
    while not stop.is_set():
        engine.wait_for_work(engine.idle_wait(0.01))
        engine.process_pending()


def test_background_thread_keeps_up_with_concurrent_requests(open_engine, key):
    e = open_engine()
    stop = threading.Event()
    worker = threading.Thread(target=background, args=(e, stop))
    worker.start()
    ids: list[str] = []
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        name = ("alpha", "beta")[n]     # a word of its own: "writer 0 item 10" and "writer 1 item 10" tie
        try:
            for i in range(150):
                r = {"source": f"tool{n}", "project": "p", "kind": "command",
                     "content": f"writer {name} item {i} runs pytest", "session": f"w{n}"}
                mine = e.preserve(r, seal(key, r)).id
                ids.append(mine)
                if i % 10 == 0:  # a query right after the write finds it
                    assert e.query(f"writer {name} item {i}", k=1)[0].id == mine
        except BaseException as exc:  # surfaced below
            errors.append(exc)
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    worker.join()
    assert not errors
    e.process_pending(force=True)
    assert len(ids) == 300 and all(i in e.store for i in ids)
    assert not e.has_pending()
    hits = e.query("writer beta item 77", k=1)
    assert e.get(hits[0].id).content == "writer beta item 77 runs pytest"


def test_reads_see_writes_before_background_work(open_engine, sealed):
    e = open_engine()
    c = e.preserve(*sealed("read your own writes immediately"))
    assert e.pending_work()["index_updates"] == 1
    assert e.query("read your own writes")[0].id == c.id  # the query caught the index up


def test_config_is_type_checked_over_the_defaults():
    def resolve(partial):
        return resolve_section("context", partial)
    assert resolve(None) == defaults()["context"]
    assert resolve({"query": {"default_k": 5}})["query"]["default_k"] == 5
    assert resolve({"query": {"default_k": 5}})["query"]["max_k"] == defaults()["context"]["query"]["max_k"]
    for bad, key in (({"query": {"default_k": "ten"}}, "context.query.default_k"), ({"store": 5}, "context.store"),
                     ({"archive": {"enabled": 1}}, "context.archive.enabled"),
                     ({"synthesis": {"group_by": "session"}}, "context.synthesis.group_by"),
                     ({"query": {"bm25_k1": -1}}, "context.query.bm25_k1"),
                     ({"query": {"defualt_k": 5}}, "context.query.defualt_k")):
        with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
            resolve(bad)
    with pytest.raises(ConfigError):
        resolve([1])


def test_engine_rejects_bad_config_and_closes_cleanly(data_dir, key):
    with pytest.raises(ConfigError):
        ContextEngine(data_dir, {"store": {"sync": 3}}, seal_key=key)
    with pytest.raises(ConfigError, match="context.store.sync"):
        ContextEngine(data_dir, {"store": {"sync": "sometimes"}}, seal_key=key)
    e = ContextEngine(data_dir, {}, seal_key=key)  # the failed attempts left no lock behind
    e.close()
    e.close()


def test_bad_queries_are_typed_errors(open_engine):
    e = open_engine()
    for kw in ({"text": 5}, {"text": "x" * 5000}, {"text": "x", "since": "monday"},
               {"text": "x", "k": True}, {"text": "x", "source": [1]}):
        with pytest.raises(InvalidRecord):
            e.query(**kw)


def test_close_while_the_background_loop_runs(data_dir, key, sealed):
    e = ContextEngine(data_dir, {}, seal_key=key)
    stop = threading.Event()
    worker = threading.Thread(target=background, args=(e, stop))
    worker.start()
    c = e.preserve(*sealed("kept across the close"))
    e.close()                       # wakes the loop; its rounds do nothing once closed
    stop.set()
    worker.join(timeout=10)
    assert not worker.is_alive()
    with ContextEngine(data_dir, {}, seal_key=key) as again:
        assert again.get(c.id).content == "kept across the close"
        assert again.recovery["index"]["repaired"] == 0  # close wrote a current snapshot


def test_background_loops_wait_while_another_thread_answers_a_question_never_for_their_own(monkeypatch):
    """A loop that only released the GIL now and then still took it back at each of a question's
    numpy calls (its embedding took three times as long beside a busy loop): it now waits — and a
    stream of questions that outlasts the wait slows it down without stopping it."""
    from actors.context import cooperate
    monkeypatch.setattr(cooperate, "STEP_ASIDE_S", 30.0)
    steps, stop, started = [0], threading.Event(), threading.Event()

    def loop():
        pause = cooperate.Yielder()
        while not stop.is_set():
            pause()
            steps[0] += 1
            started.set()
    worker = threading.Thread(target=loop)
    worker.start()
    try:
        started.wait(5)
        with cooperate.serving():               # a preserve: the loop only releases the GIL
            moved = steps[0]
            stop.wait(0.2)
            assert steps[0] > moved
        with cooperate.serving(), cooperate.querying():
            before = steps[0]
            stop.wait(0.3)
            during = steps[0] - before
            pause = cooperate.Yielder(slice_s=0)
            for _ in range(3):
                pause()                           # a question's own loop goes on
        assert during <= 1                        # at most the step under way when the question came
        moved = steps[0]
        for _ in range(500):
            if steps[0] > moved + 100:
                break
            stop.wait(0.01)
        assert steps[0] > moved + 100             # and it runs again once none is asked
        monkeypatch.setattr(cooperate, "STEP_ASIDE_S", 0.01)
        with cooperate.serving(), cooperate.querying():
            moved = steps[0]
            for _ in range(500):
                if steps[0] > moved + 100:
                    break
                stop.wait(0.01)
            assert steps[0] > moved + 100         # a question that outlasts the wait: its share
    finally:
        stop.set()
        worker.join(5)
