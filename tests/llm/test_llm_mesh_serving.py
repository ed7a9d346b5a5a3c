"""The LLM manager in a real mesh with the real SmolLM2 in real worker processes: selection, streaming,
the CLI, cancellation, deadlines, the bounded queue, a killed worker, throttling and cool-down."""
from __future__ import annotations

import os
import signal

import psutil
import pytest

from bus import Subscriber
from llm_mesh import COUNTING, QUIET, cli_json, cpu_hog, long_prompt, model_row, start_mesh, wait_until
from llm_names import SMOLLM
from protocol import ProtocolError

CONFIG = {"llm_resources": {**QUIET, "queue": {"interactive": 1, "background": 4}},
          "llm_throttle": {"cpu_budget": 0.10}}

TIMED = ("ttft_ms", "decode_tps")


@pytest.fixture(scope="module")
def mesh(tmp_path_factory, smollm_path):
    home = tmp_path_factory.mktemp("llm-serving") / "home"
    home.mkdir()
    m = start_mesh(home, {SMOLLM: (smollm_path, ())}, CONFIG)
    yield m
    m.stop()


def generate(mesh, timeout=60, **body):
    return mesh.request("llm.generate", {"max_tokens": 8, "temperature": 0.0, **body}, timeout=timeout)


def test_every_role_falls_back_to_the_only_model_and_unknown_models_are_named(mesh):
    reply = mesh.request("llm.models", {})
    assert reply["roles"] == {r: SMOLLM for r in ("primary", "code", "reasoning", "light")}
    assert generate(mesh, prompt="Hello", task="code")["model"] == SMOLLM
    with pytest.raises(ProtocolError) as e:
        generate(mesh, prompt="Hello", model="llama2-7b-q4")
    assert e.value.code.value == "not_found" and SMOLLM in e.value.message


def test_bad_request_is_refused_before_a_worker_sees_it(mesh):
    with pytest.raises(ProtocolError) as e:
        generate(mesh, prompt="Hello", messages=[{"role": "user", "content": "Hi"}])
    assert e.value.code.value == "invalid"


def test_tokens_stream_and_add_up_to_the_final_text(mesh):
    c = mesh.client()
    parts, final = [], None
    for r in c.stream("llm.generate", {"prompt": COUNTING, "max_tokens": 12, "temperature": 0.0}, timeout=60):
        if r.final:
            final = r.body
        else:
            parts.append(r.body)
    assert len(parts) >= 2 and [p["index"] for p in parts] == list(range(len(parts)))
    assert "".join(p["text"] for p in parts) == final["text"]
    assert final["finish_reason"] == "length" and final["usage"]["completion_tokens"] == 12
    measured = [final["timings"][k] for k in TIMED]
    assert min(measured) > 0                     # present and positive: the worker timed its work


def test_cli_ask_streams_and_prints_json(mesh):
    r = mesh.cli("ask", "Name a colour.", "--max-tokens", "6", "--seed", "1")
    assert r.returncode == 0 and r.stdout.strip(), r.stderr
    out = cli_json(mesh, "ask", "Name a colour.", "--max-tokens", "6", "--json", "--task", "light")
    assert out["model"] == SMOLLM and out["usage"]["completion_tokens"] >= 1
    assert set(out["timings"]) >= {"ttft_ms", "prompt_tps", "decode_tps"}
    bad = mesh.cli("ask", "Hi", "--model", "nope")
    assert bad.returncode == 1 and "nope" in bad.stderr and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_cli_models_list_shows_the_loaded_worker(mesh):
    generate(mesh, prompt="Hi")
    rows = cli_json(mesh, "models", "list", "--json")["models"]
    row = next(r for r in rows if r["name"] == SMOLLM)
    assert row["loaded"] and psutil.pid_exists(row["worker_pid"]) and row["rss_bytes"] > 0


def test_two_concurrent_streams_both_complete(mesh):
    a, b = mesh.client(), mesh.client()
    ids = [a.send("llm.generate", {"prompt": COUNTING, "max_tokens": 16, "temperature": 0.0}, timeout=60),
           b.send("llm.generate", {"prompt": "Once upon a time", "max_tokens": 16, "temperature": 0.0},
                  timeout=60)]
    finals = {}
    for client, msg_id in ((a, ids[0]), (b, ids[1])):
        while msg_id not in finals:
            r = client.recv(timeout=60)
            assert r is not None and r.kind != "error", r
            if r.final:
                finals[msg_id] = r.body
    assert all(f["usage"]["completion_tokens"] == 16 for f in finals.values())


def test_cancel_stops_prompt_processing_and_the_model_serves_on(mesh):
    generate(mesh, prompt="Hi")                                  # loaded
    before = model_row(mesh, SMOLLM)["counts"]
    c = mesh.client()
    msg_id = c.send("llm.generate", {"prompt": long_prompt("cancel"), "max_tokens": 4}, timeout=60)
    wait_until(lambda: model_row(mesh, SMOLLM)["state"] == "busy")
    c.cancel(msg_id)
    wait_until(lambda: model_row(mesh, SMOLLM)["counts"]["cancelled"] > before["cancelled"])
    after = model_row(mesh, SMOLLM)["counts"]
    assert after["cancelled_before_first_token"] == before["cancelled_before_first_token"] + 1
    assert generate(mesh, prompt="Hello")["usage"]["completion_tokens"] >= 1


def test_a_deadline_ends_a_long_request_and_the_model_serves_on(mesh):
    generate(mesh, prompt="Hi")
    with pytest.raises(ProtocolError) as e:
        generate(mesh, prompt=long_prompt("deadline"), max_tokens=4, timeout=0.2)
    assert e.value.code.value in ("timeout", "cancelled")
    assert generate(mesh, prompt="Hello")["usage"]["completion_tokens"] >= 1


def test_past_the_queue_bound_a_request_gets_busy_with_a_retry_hint(mesh):
    running, queued, third = mesh.client(), mesh.client(), mesh.client()
    stream = running.stream("llm.generate", {"prompt": COUNTING, "max_tokens": 1500, "temperature": 0.0},
                            timeout=120)
    next(stream)                                                 # it holds the worker
    queued_id = queued.send("llm.generate", {"prompt": "Hi", "max_tokens": 2}, timeout=120)
    wait_until(lambda: model_row(mesh, SMOLLM)["queued"] == 1)
    with pytest.raises(ProtocolError) as e:
        third.request("llm.generate", {"prompt": "Hi", "max_tokens": 2}, timeout=30)
    hint = e.value.retry_after_ms
    assert e.value.code.value == "busy" and hint is not None and hint > 0
    stream.close()                                               # cancels: the queued one runs next
    r = queued.recv(timeout=60)
    while not r.final:
        r = queued.recv(timeout=60)
    assert r.msg_id == queued_id and r.kind == "llm.generate"


def test_a_worker_killed_mid_stream_fails_the_request_and_the_next_one_reloads(mesh):
    sub = Subscriber(mesh.endpoints.events, ("llm.worker.",))    # before anything happens: slow joiner
    c = mesh.client()
    stream = c.stream("llm.generate", {"prompt": COUNTING, "max_tokens": 1500, "temperature": 0.0}, timeout=60)
    next(stream)
    row = model_row(mesh, SMOLLM)
    try:
        os.kill(row["worker_pid"], signal.SIGKILL)
        with pytest.raises(ProtocolError) as e:
            for _ in stream:
                pass
        assert e.value.code.value == "unavailable"
        topic, event = sub.recv(timeout=10)
    finally:
        sub.close()
    assert topic == "llm.worker.crashed" and event["pid"] == row["worker_pid"] and event["returncode"] == -9
    assert generate(mesh, prompt="Hello")["model"] == SMOLLM
    again = model_row(mesh, SMOLLM)
    assert again["worker_pid"] != row["worker_pid"] and again["restarts"] == row["restarts"] + 1


def test_background_work_is_throttled_and_it_shows_in_status(mesh):
    hog = cpu_hog()                                              # another process wants a core
    c = mesh.client()
    try:
        # sent, not streamed: starved by the hog at low priority, the first token can be half a minute off
        msg_id = c.send("llm.generate", {"prompt": COUNTING, "max_tokens": 1800, "temperature": 0.0,
                                         "lane": "background"}, timeout=120)

        def throttled_row():
            st = cli_json(mesh, "status", "--json")
            rows = [p for p in st["processes"] if p.get("model") == SMOLLM]
            return rows and rows[0]["throttled"] and rows[0]
        row = wait_until(throttled_row, timeout=60, step=0.2)
        assert row["nice"] == 19 and row["state"] == "busy"
        c.cancel(msg_id)
    finally:
        hog.kill()
        hog.wait()


def test_a_model_that_fails_to_load_is_cooled_down_and_reported(mesh, smollm_path, tmp_path):
    broken = tmp_path / "broken.gguf"
    with open(smollm_path, "rb") as src:
        broken.write_bytes(src.read(30_000_000))                # header intact, weights cut short
    r = mesh.cli("models", "add", str(broken), "--name", "broken")
    assert r.returncode == 0, r.stderr
    with pytest.raises(ProtocolError) as first:
        generate(mesh, prompt="Hi", model="broken")
    assert first.value.code.value == "unavailable" and "failed to load" in first.value.message
    with pytest.raises(ProtocolError) as second:
        generate(mesh, prompt="Hi", model="broken")
    assert second.value.code.value == "unavailable" and "cooling down" in second.value.message
    row = model_row(mesh, "broken")
    assert row["state"] == "cooldown" and row["error"] and not row["loaded"]
    assert mesh.cli("models", "rm", "broken").returncode == 0


def test_embeddings_through_the_mesh(mesh):
    reply = mesh.request("llm.embed", {"input": ["a red apple", "a green pear"], "model": SMOLLM}, timeout=60)
    a, b = reply["embeddings"]
    assert reply["model"] == SMOLLM and len(a) == len(b) > 0 and a != b
    assert abs(sum(x * x for x in a) - 1.0) < 1e-3          # normalised
    assert generate(mesh, prompt="Hello")["usage"]["completion_tokens"] >= 1


def test_a_queued_request_whose_client_goes_away_leaves_the_queue(mesh):
    running, waiting = mesh.client(), mesh.client()
    stream = running.stream("llm.generate", {"prompt": COUNTING, "max_tokens": 1500, "temperature": 0.0},
                            timeout=120)
    next(stream)
    msg_id = waiting.send("llm.generate", {"prompt": "Hi", "max_tokens": 2}, timeout=120)
    wait_until(lambda: model_row(mesh, SMOLLM)["queued"] == 1)
    waiting.cancel(msg_id)
    wait_until(lambda: model_row(mesh, SMOLLM)["queued"] == 0)
    assert model_row(mesh, SMOLLM)["state"] == "busy"          # the running one goes on
    stream.close()
    wait_until(lambda: model_row(mesh, SMOLLM)["state"] == "ready")
