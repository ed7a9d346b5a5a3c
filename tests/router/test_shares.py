"""Fair shares: one tool cannot crowd out the others or the owner — generations held at once, writes
per second, tools registered. The rules alone (a fake clock), then on a real mesh."""
import pytest

from actors.router.shares import Shares
from bus.tool import ToolPeer
from meshutil import Mesh
from parrot import Parrot
from protocol import ProtocolError

from routerutil import TOOLS, token


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def busy(fn) -> ProtocolError:
    with pytest.raises(ProtocolError) as e:
        fn()
    assert e.value.code.value == "busy" and e.value.retry_after_ms is not None     # it says when to retry
    return e.value


def test_generations_are_capped_per_tool_and_freed_when_done():
    s = Shares(max_generations=2, writes_per_s=1, write_burst=1)
    with s.generation("a"), s.generation("a"):
        assert busy(lambda: s.generation("a").__enter__()).details["reason"] == "fair_share"
        with s.generation("b"):             # another tool is not held back by a's
            pass
    with s.generation("a"), s.generation("a"):    # freed on exit, also after an error inside
        pass
    with pytest.raises(RuntimeError), s.generation("a"):
        raise RuntimeError
    with s.generation("a"), s.generation("a"):
        pass


def test_writes_are_a_token_bucket_per_tool():
    clock = Clock()
    s = Shares(max_generations=1, writes_per_s=2, write_burst=3, clock=clock)
    for _ in range(3):
        s.write("a")
    e = busy(lambda: s.write("a"))
    assert e.details["reason"] == "rate" and e.retry_after_ms == 500
    s.write("b")                            # b has its own bucket
    clock.t += 0.5                          # one token back
    s.write("a")
    busy(lambda: s.write("a"))
    clock.t += 60                           # refilled to the burst, not past it
    for _ in range(3):
        s.write("a")
    busy(lambda: s.write("a"))


LIMITS = {"max_generations_per_tool": 2, "writes_per_s": 1, "write_burst": 3, "max_tools": 4}


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    m = Mesh(tmp_path_factory.mktemp("home"), only=["bus", "privacy", "context", "router"],
             config={"tools": TOOLS, "router": {"idle_timeout_s": 5.0, "keepalive_s": 0.5, **LIMITS}}).start()
    with Parrot(m) as parrot:
        m.parrot = parrot
        yield m
    m.stop()


def note(peer, i):
    return peer.request("context.preserve", {"record": {"source": peer.name, "kind": "note", "content": f"n{i}"}})


def test_a_tool_writing_too_fast_is_told_to_wait_and_others_still_write(limited):
    with ToolPeer("fast", home=limited.home) as fast, ToolPeer("calm", home=limited.home) as calm:
        for i in range(3):
            note(fast, i)
        e = busy(lambda: note(fast, 3))
        assert e.details["reason"] == "rate"
        note(calm, 0)


def test_a_tool_holding_its_generations_does_not_hold_others(limited):
    parrot = limited.parrot
    parrot.holding.clear()
    with ToolPeer("cursor", home=limited.home, token=token(limited, "cursor")) as greedy, \
            ToolPeer("polite", home=limited.home) as polite:
        held = [greedy.client.send("llm.generate", {"prompt": "HOLD", "max_tokens": 4}, target="router", timeout=60)
                for _ in range(2)]
        try:
            assert parrot.holding.wait(30)
            e = busy(lambda: greedy.request("llm.generate", {"prompt": "one more", "max_tokens": 4}, timeout=30))
            assert e.details["reason"] == "fair_share"
            # another tool, and the owner, are served meanwhile
            assert polite.request("llm.generate", {"prompt": "hello", "max_tokens": 4}, timeout=30)["text"] == "hello"
        finally:
            parrot.release()
        assert held


def test_tool_registrations_are_capped(limited):
    peers = []
    try:
        with pytest.raises(ProtocolError) as e:
            for i in range(LIMITS["max_tools"] + 1):
                p = ToolPeer(f"many{i}", home=limited.home)
                peers.append(p)
                p.register()
        assert e.value.code.value == "busy" and e.value.details["reason"] == "max_tools"
    finally:
        for p in peers:
            p.close()
