"""Every kind, asked for real on a whole mesh (with the real SmolLM2), answers with exactly the reply
(and partial) structure it declares: each body is decoded strictly against its declaration. The
table below must name every declared kind, so a new kind cannot go untested."""
from __future__ import annotations

import time
from pathlib import Path

import msgspec
import pytest

from actors.llm.store import ModelStore, pull
from bus import Client
from meshutil import Mesh
from protocol import KINDS
from benchmarks.common import model_cache

SMOLLM = "smollm2-135m"
LOOP = ["vim src/app.py", "pytest -q", "git commit -am 'fix'"]
EAGER = {"context": {"synthesis": {"refresh_interval_s": 0}, "pattern_learning": {"mine_interval_s": 0},
                     "actor": {"background_idle_s": 0.2}},
         "llm_resources": {"idle_preload_after_s": -1}}


def strict(kind: str, body, partial: bool = False):
    k = KINDS[kind]
    return msgspec.convert(body, k.partial if partial else k.reply, strict=True)


@pytest.fixture(scope="module")
def mesh(tmp_path_factory):
    cache = model_cache()
    home = tmp_path_factory.mktemp("home")
    ModelStore(home / "models").add(pull(SMOLLM, cache).path, name=SMOLLM)
    m = Mesh(home, config=EAGER).start()
    yield m
    m.stop()


def _wait(fn, timeout=60.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        got = fn()
        if got:
            return got
        time.sleep(0.1)
    raise AssertionError("condition not met")


def test_every_kind_answers_its_declared_structures(mesh, tmp_path):
    c = mesh.client()
    seen: set[str] = set()

    def ask(kind, body, target=None, stream=False):
        seen.add(kind)
        replies = list(c.stream(kind, body, target=target, timeout=120))
        for r in replies[:-1]:
            strict(kind, r.body, partial=True)
        assert replies[-1].final
        return strict(kind, replies[-1].body)

    for service in ("bus", "privacy", "context", "llm", "router", "supervisor.main"):
        assert ask("sys.ping", {}, target=service).pid > 0
        ask("sys.status", {}, target=service)
        assert ask("sys.echo", {"data": [1, "x"], "repeat": 2}, target=service).data == [1, "x"]

    # the model
    gen = ask("llm.generate", {"messages": [{"role": "user", "content": "Say hi."}], "max_tokens": 6})
    assert gen.model == SMOLLM and gen.usage.completion_tokens >= 1
    assert len(ask("llm.embed", {"input": ["one", "two"]}).embeddings) == 2
    assert ask("llm.models", {}).models[0].name == SMOLLM
    assert ask("llm.load", {"model": SMOLLM}).loaded
    assert ask("llm.unload", {"model": SMOLLM}).unloaded

    # privacy
    assert ask("privacy.scan", {"text": "AKIAIOSFODNN7EXAMPL3 is here"}).labels
    sealed = ask("privacy.sanitize", {"data": {"source": "cli", "kind": "note", "content": "hello", "project": "p"},
                                      "source": "cli", "destination": "context_store"})
    session = "replies-session"
    pseud = ask("privacy.sanitize", {"data": "token ghp_" + "a1B2c3D4e5" * 3 + "abcdef", "source": "cli",
                                     "destination": "local_model", "session": session})
    ask("privacy.restore", {"data": pseud.data, "session": session, "tool": "cli"})
    assert ask("privacy.forget", {"session": session}).forgotten is True
    assert ask("privacy.check_path", {"path": str(Path.home() / ".ssh" / "id_rsa")}).allowed is False

    # contexts, patterns, metrics, backups
    saved = ask("context.preserve", {"record": sealed.data, "seal": sealed.seal})
    assert ask("context.query", {"text": "hello"}).results
    assert ask("context.get", {"id": saved.id}).context.content == "hello"
    assert ask("context.why", {"id": saved.id, "text": "hello"}).rank == 1
    for i in range(5):
        for line in LOOP:
            rec = strict("privacy.sanitize", c.request("privacy.sanitize", {
                "data": {"source": "shell", "kind": "command", "content": line, "project": "p",
                         "session": f"t{i % 2}"}, "source": "shell", "destination": "context_store"}))
            c.request("context.preserve", {"record": rec.data, "seal": rec.seal})
    patterns = _wait(lambda: strict("pattern.list", c.request("pattern.list", {"kind": "workflow"})).patterns)
    seen.add("pattern.list")
    assert ask("pattern.feedback", {"id": patterns[0].id, "accepted": True}).success_rate == 1.0
    ask("metrics.resources", {"samples": [{"name": "x", "pid": 1, "cpu_percent": 0.0, "rss_bytes": 1, "t": 1.0}]})
    ask("metrics.get", {})
    assert ask("context.backup", {"path": str(tmp_path / "b.tar")}).files > 0
    assert ask("context.reindex", {}).contexts > 0
    assert ask("context.archive", {"ids": [saved.id]}).archived == [saved.id]
    assert ask("context.delete", {"id": saved.id}).deleted

    # a tool, through the router
    tool = Client(mesh.endpoints.tools, source="replies")
    try:
        def tool_ask(kind, body, parts=0):
            seen.add(kind)
            stream = tool.stream(kind, body, timeout=30)
            if parts:                                  # a long-lived stream: its first partials, then close
                got = [strict(kind, next(stream).body, partial=True) for _ in range(parts)]
                stream.close()
                return got
            replies = list(stream)
            for r in replies[:-1]:
                strict(kind, r.body, partial=True)
            return strict(kind, replies[-1].body)
        reg = tool_ask("tool.register", {"name": "replies"})
        assert reg.tool == "replies" and reg.features.context_sync
        tool_ask("tool.heartbeat", {})
        assert [t.name for t in tool_ask("tool.list", {}).tools] == ["replies"]
        assert tool_ask("tool.inbox", {}, parts=1)[0].topic == "tool.keepalive"
        assert tool_ask("tool.subscribe", {"topics": ["tool."]}, parts=1)[0].topic == "tool.keepalive"
        assert tool_ask("tool.send", {"to": "replies", "data": {"x": 1}}).delivered == 1
        tool_ask("tool.unregister", {})
    finally:
        tool.close()

    ask("sys.shutdown", {}, target="supervisor.main")    # last: the mesh stops
    assert seen == set(KINDS), f"not asked: {sorted(set(KINDS) - seen)}"
