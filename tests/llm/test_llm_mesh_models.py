"""Several models in one mesh: two roles served by two models, LRU eviction that spares pinned and
busy models, preloading when idle and unloading after the keep-alive. Real SmolLM2 and Gemma 3."""
from __future__ import annotations

import shutil

import psutil
import pytest

from bus import Subscriber
from llm_mesh import COUNTING, QUIET, exited, model_row, start_mesh, wait_until
from llm_names import GEMMA, SMOLLM

COPY = "smollm2-copy"           # the SmolLM2 file under a second name: a third model to evict for


@pytest.fixture(scope="module")
def mesh(tmp_path_factory, smollm_path, gemma_record):
    home = tmp_path_factory.mktemp("llm-models") / "home"
    home.mkdir()
    config = {"llm_resources": {**QUIET, "max_concurrent": 2},
              "llm_roles": {"code": [GEMMA, SMOLLM], "light": [SMOLLM, GEMMA]}}
    m = start_mesh(home, {SMOLLM: (smollm_path, ()), GEMMA: (gemma_record.path, ()),
                          COPY: (smollm_path, ())}, config)
    yield m
    m.stop()


def ask(mesh, **body):
    return mesh.request("llm.generate", {"prompt": "Hello", "max_tokens": 4, "temperature": 0.0, **body},
                        timeout=120)


def loaded(mesh) -> set[str]:
    return {m["name"] for m in mesh.request("llm.models", {})["models"] if m["loaded"]}


def test_two_roles_are_served_by_two_models_at_once(mesh):
    assert ask(mesh, task="code")["model"] == GEMMA
    assert ask(mesh, task="light")["model"] == SMOLLM
    rows = {n: model_row(mesh, n) for n in (GEMMA, SMOLLM)}
    assert all(r["loaded"] for r in rows.values())
    assert rows[GEMMA]["worker_pid"] != rows[SMOLLM]["worker_pid"]


def test_the_least_recently_used_idle_model_is_evicted_first(mesh):
    sub = Subscriber(mesh.endpoints.events, ("llm.model.unloaded",))    # first: slow joiner
    ask(mesh, model=SMOLLM)
    ask(mesh, model=GEMMA)                                  # SmolLM2 is now the least recently used
    try:
        ask(mesh, model=COPY)
        assert loaded(mesh) == {GEMMA, COPY}
        events = [sub.recv(timeout=5)]
    finally:
        sub.close()
    assert ("llm.model.unloaded", SMOLLM, "evicted") in [(t, b["model"], b.get("reason")) for t, b in events]


def test_a_pinned_model_is_never_evicted(mesh):
    reply = mesh.request("llm.load", {"model": SMOLLM, "pin": True}, timeout=120)
    assert reply["loaded"] and reply["worker_pid"]
    assert SMOLLM in loaded(mesh) and model_row(mesh, SMOLLM)["pinned"]
    ask(mesh, model=GEMMA)                  # the pinned SmolLM2 is now least recently used ...
    ask(mesh, model=COPY)                   # ... yet Gemma goes
    assert loaded(mesh) == {SMOLLM, COPY}
    assert mesh.request("llm.unload", {"model": SMOLLM})["unloaded"]
    assert not model_row(mesh, SMOLLM)["pinned"]


def test_a_busy_model_is_never_evicted(mesh):
    ask(mesh, model=SMOLLM)
    ask(mesh, model=GEMMA)
    c = mesh.client()
    stream = c.stream("llm.generate", {"model": SMOLLM, "prompt": COUNTING, "max_tokens": 1500,
                                       "temperature": 0.0}, timeout=120)
    next(stream)                            # SmolLM2 busy; Gemma idle and used less long ago
    ask(mesh, model=COPY)
    assert loaded(mesh) == {SMOLLM, COPY}
    stream.close()


def test_primary_is_preloaded_when_idle_and_unloaded_after_its_keep_alive(tmp_path, smollm_path):
    home = tmp_path / "home"
    home.mkdir()
    # every moment counts as idle (idle_below 1.0), so the preload does not wait on a busy shared machine
    config = {"llm_resources": {"idle_preload_after_s": 0, "keep_alive_s": 1},
              "llm_throttle": {"idle_below": 1.0}}
    m = start_mesh(home, {SMOLLM: (smollm_path, ())}, config)
    try:
        pid = wait_until(lambda: model_row(m, SMOLLM)["worker_pid"], timeout=60, step=0.05)
        wait_until(lambda: not model_row(m, SMOLLM)["loaded"], timeout=60, step=0.1)
        row = model_row(m, SMOLLM)
        assert row["restarts"] == 0 and row["counts"]["crashed"] == 0     # it was unloaded, not lost
        wait_until(lambda: exited(pid))
    finally:
        m.stop()


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv (util-linux)")
def test_a_model_loaded_for_an_interactive_request_starts_at_its_priority(tmp_path, smollm_path):
    """As a user without CAP_SYS_NICE: a worker started at nice 19 can never be raised again, so one
    loaded for an interactive request must start at normal priority (on two cores, a low-priority
    loader beside another stream got no CPU for half a minute); background work still starts low."""
    home = tmp_path / "home"
    home.mkdir()
    m = start_mesh(home, {SMOLLM: (smollm_path, ()), COPY: (smollm_path, ())}, {"llm_resources": QUIET},
                   wrap=["setpriv", "--inh-caps=-sys_nice", "--bounding-set=-sys_nice"])
    try:
        ask(m, model=SMOLLM)
        ask(m, model=COPY, lane="background")
        nice = {n: psutil.Process(model_row(m, n)["worker_pid"]).nice() for n in (SMOLLM, COPY)}
        assert nice == {SMOLLM: 0, COPY: 19}
    finally:
        m.stop()
