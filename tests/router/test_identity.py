"""A tool is its connection: it must register first, cannot take another's name or rights, and a
tool that goes silent or away is unregistered."""
import time

import pytest

from bus import Client
from bus.tool import ToolPeer
from protocol import ProtocolError

from routerutil import router_config, token
from meshutil import Mesh


def raw(mesh, source="test"):
    """A bare tools-endpoint connection (what a hostile tool would use), not the SDK."""
    return mesh.client(tools=True, source=source)


def code_of(fn, *a, **kw) -> ProtocolError:
    with pytest.raises(ProtocolError) as e:
        fn(*a, **kw)
    return e.value


def test_nothing_before_registration(mesh):
    c = raw(mesh)
    for kind, body in [("tool.send", {"to": "x", "data": 1}), ("context.query", {"text": "x"}),
                       ("llm.generate", {"prompt": "hi"}), ("tool.inbox", {}), ("tool.list", {})]:
        e = code_of(c.request, kind, body, target="router")
        assert e.code.value == "forbidden" and e.details.get("reason") == "unregistered", kind


def test_internal_services_cannot_be_addressed_from_the_tools_endpoint(mesh):
    c = raw(mesh)
    c.request("tool.register", {"name": "direct"}, target="router")
    for kind, body, target in [("privacy.restore", {"data": "x", "session": "s"}, "privacy"),
                               ("context.query", {"text": "x"}, "context"),
                               ("llm.generate", {"prompt": "hi"}, "llm"),
                               ("sys.shutdown", {}, "supervisor.main")]:
        e = code_of(c.request, kind, body, target=target)
        assert e.code.value == "forbidden", target
    # and the router refuses to forward what no tool may send
    for kind, body in [("context.delete", {"id": "x"}), ("llm.load", {}), ("privacy.restore",
                                                                           {"data": "x", "session": "s"})]:
        assert code_of(c.request, kind, body, target="router").code.value == "forbidden", kind


def test_a_name_belongs_to_one_live_connection(mesh):
    first = raw(mesh)
    info = first.request("tool.register", {"name": "solo"}, target="router")
    second = raw(mesh)
    e = code_of(second.request, "tool.register", {"name": "solo"}, target="router")
    assert e.code.value == "forbidden" and e.details.get("reason") == "name_taken"
    e = code_of(second.request, "tool.register", {"name": "solo", "resume": "guessed-session"}, target="router")
    assert e.code.value == "forbidden"
    # the holder's own session reclaims the name (a reconnecting tool); the old connection is out
    again = second.request("tool.register", {"name": "solo", "resume": info["session"]}, target="router")
    assert again["tool"] == "solo"
    e = code_of(first.request, "tool.heartbeat", {}, target="router")
    assert e.details.get("reason") == "unregistered"
    # once a holder leaves, anyone may take the name
    second.request("tool.unregister", {}, target="router")
    assert raw(mesh).request("tool.register", {"name": "solo"}, target="router")["tool"] == "solo"


def test_one_connection_is_one_tool(mesh):
    c = raw(mesh)
    c.request("tool.register", {"name": "one-a"}, target="router")
    e = code_of(c.request, "tool.register", {"name": "one-b"}, target="router")
    assert e.code.value == "forbidden"


def test_the_envelope_source_does_not_make_a_sender(mesh):
    receiver = ToolPeer("fullrx", home=mesh.home).__enter__()
    liar = raw(mesh, source="cursor")                  # claims to be cursor in every envelope
    liar.request("tool.register", {"name": "mallory"}, target="router")
    liar.request("tool.send", {"to": "fullrx", "data": {"hi": 1}}, target="router")
    got = next(receiver.inbox(timeout=10))
    assert got["sender"] == "mallory"
    receiver.close()


def test_rights_are_capped_by_the_owner_config(mesh):
    c = raw(mesh)
    info = c.request("tool.register", {"name": "greedy", "integration_type": "deep",
                                       "features": {"pattern_learning": True, "command_integration": False},
                                       "privacy": {"data_sharing": "full", "context_access": "full"}},
                     target="router")
    assert info["integration_type"] == "standard"          # the default entry's caps
    assert info["features"] == {"context_sync": True, "pattern_learning": False, "command_integration": False,
                                "memory": False}
    assert info["privacy"] == {"data_sharing": "filtered", "context_access": "limited"}
    # features it did not get (asked or not) are refused
    assert code_of(c.request, "pattern.list", {}, target="router").code.value == "forbidden"
    assert code_of(c.request, "llm.generate", {"prompt": "x"}, target="router").code.value == "forbidden"
    assert code_of(c.request, "tool.subscribe", {"topics": ["pattern."]}, target="router").code.value == "forbidden"


def test_context_access_none_reads_nothing(mesh):
    c = raw(mesh)
    c.request("tool.register", {"name": "closed", "token": token(mesh, "closed")}, target="router")
    for kind, body in [("context.query", {"text": "x"}), ("context.get", {"id": "x"})]:
        assert code_of(c.request, kind, body, target="router").code.value == "forbidden"
    assert code_of(c.request, "tool.subscribe", {"topics": ["context."]}, target="router").code.value == "forbidden"


def test_passive_tools_record_only_and_may_share_a_name(mesh):
    a, b = raw(mesh), raw(mesh)
    a.request("tool.register", {"name": "recorder", "token": token(mesh, "recorder")}, target="router")
    b.request("tool.register", {"name": "recorder", "token": token(mesh, "recorder")},
              target="router")                                        # shared: both hold it
    for kind, body in [("context.query", {"text": "x"}), ("tool.send", {"to": "recorder", "data": 1}),
                       ("tool.inbox", {}), ("llm.generate", {"prompt": "x"})]:
        assert code_of(a.request, kind, body, target="router").code.value == "forbidden", kind
    other = raw(mesh)
    other.request("tool.register", {"name": "pinger"}, target="router")
    assert code_of(other.request, "tool.send", {"to": "recorder", "data": 1},
                   target="router").code.value == "forbidden"
    rows = {t["name"]: t for t in mesh.request("tool.list", {}, target="router")["tools"]}
    assert rows["recorder"]["connections"] == 2


def test_invalid_messages_name_the_field(mesh):
    c = raw(mesh)
    e = code_of(c.request, "tool.register", {"name": "ok", "privacy": {"data_sharing": "everything"}},
                target="router")
    assert e.code.value == "invalid" and e.field == "body.privacy.data_sharing"
    e = code_of(c.request, "tool.register", {"name": "no spaces"}, target="router")
    assert e.code.value == "invalid" and e.field == "body.name"
    c.request("tool.register", {"name": "validator"}, target="router")
    e = code_of(c.request, "tool.send", {"to": "x"}, target="router")
    assert e.code.value == "invalid" and "`data`" in e.message


def test_tool_list_for_the_owner(mesh):
    peer = ToolPeer("cursor", home=mesh.home).__enter__()
    peer.heartbeat()
    peer.heartbeat()
    out = mesh.cli("tools", "--json")
    assert out.returncode == 0, out.stderr
    import json
    rows = {t["name"]: t for t in json.loads(out.stdout)["tools"]}
    assert rows["cursor"]["integration_type"] == "deep"
    assert rows["cursor"]["features"]["pattern_learning"] is True
    assert rows["cursor"]["messages"] >= 3
    table = mesh.cli("tools")
    assert "cursor" in table.stdout and "deep" in table.stdout
    peer.close()


def test_silent_and_disconnected_tools_are_unregistered(tmp_path):
    with Mesh(tmp_path / "home", only=["bus", "router"], config=router_config(idle_timeout_s=0.5, keepalive_s=0.2)) as m:
        silent = m.client(tools=True)
        silent.request("tool.register", {"name": "silent"}, target="router")
        listener = ToolPeer("listener", home=m.home)
        inbox = listener.inbox(timeout=1.5)               # an open stream keeps it registered ...
        assert list(inbox) == []
        names = lambda: {t["name"] for t in m.request("tool.list", {}, target="router")["tools"]}  # noqa: E731
        deadline = time.monotonic() + 10
        while "silent" in names() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "silent" not in names()
        assert code_of(silent.request, "tool.heartbeat", {}, target="router").details.get("reason") == "unregistered"
        deadline = time.monotonic() + 10                  # its stream closed: then it went silent too
        while "listener" in names() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "listener" not in names()


def test_a_disconnected_tool_is_unregistered(tmp_path):
    with Mesh(tmp_path / "home", only=["bus", "router"], config=router_config(idle_timeout_s=0.5, keepalive_s=0.2)) as m:
        c = Client(m.endpoints.tools, source="t")
        c.request("tool.register", {"name": "vanishing"}, target="router")
        c.send("tool.inbox", {}, target="router")         # an open stream ...
        time.sleep(0.6)
        rows = {t["name"]: t for t in m.request("tool.list", {}, target="router")["tools"]}
        assert rows["vanishing"]["streams"] == 1           # ... keeps it registered past the idle timeout
        c.close()                                         # the tool's process dies
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if "vanishing" not in {t["name"] for t in m.request("tool.list", {}, target="router")["tools"]}:
                break
            time.sleep(0.1)
        else:
            pytest.fail("a disconnected tool stayed registered")


def test_open_streams_are_bounded_per_connection(mesh):
    c = raw(mesh)
    c.request("tool.register", {"name": "streamer"}, target="router")
    opened = [c.send("tool.inbox", {}, target="router") for _ in range(4)]
    acks = set()
    while len(acks) < 4:
        r = c.recv(timeout=10)
        assert r is not None and r.kind != "error"
        acks.add(r.msg_id)
    assert acks == set(opened)
    e = code_of(c.request, "tool.subscribe", {}, target="router")
    assert e.code.value == "busy" and e.retry_after_ms
    c.cancel(opened[0])                                   # closing one makes room
    deadline = time.monotonic() + 10
    while True:
        try:
            c.request("tool.heartbeat", {}, target="router")
            msg = c.send("tool.subscribe", {}, target="router")
            r = c.recv(timeout=5)
            while r is not None and r.msg_id != msg:
                r = c.recv(timeout=5)
            assert r is not None
            if r.kind != "error":
                break
        except ProtocolError:
            pass
        assert time.monotonic() < deadline, "a cancelled stream did not free its slot"
        time.sleep(0.1)


def test_a_tool_name_may_not_carry_a_secret(mesh):
    """Other tools see names (tool.list, events), so a name that is a secret is refused."""
    key = "AKIA" + "Q3ZXWY7PLM2N4KJT"     # AWS-key shaped, made up, split so scanners stay quiet
    e = code_of(raw(mesh).request, "tool.register", {"name": f"tool-{key}"}, target="router")
    assert e.code.value == "invalid" and e.field == "body.name"
    assert raw(mesh).request("tool.register", {"name": "plain-editor"}, target="router")["tool"] == "plain-editor"


@pytest.mark.parametrize("name", ["cursor", "shell", "git", "openai", "mcp", "recorder"])
def test_a_configured_or_built_in_name_is_an_identity_not_a_claim(mesh, name):
    """Another process cannot register as a configured or built-in tool (and inherit its access, or
    write records in its name) without that tool's token."""
    for body in ({"name": name}, {"name": name, "token": "enc-guessed"}, {"name": name, "token": ""}):
        e = code_of(raw(mesh).request, "tool.register", body, target="router")
        assert e.code.value == "forbidden" and e.details.get("reason") == "unauthenticated", body
    info = raw(mesh).request("tool.register", {"name": name, "token": token(mesh, name)}, target="router")
    assert info["tool"] == name


def test_the_tokens_are_the_owners_alone(mesh):
    tools = mesh.home / "keys" / "tools"
    assert oct(tools.stat().st_mode & 0o777) == "0o700"
    for f in tools.glob("*.token"):
        assert oct(f.stat().st_mode & 0o777) == "0o600" and len(f.read_text().strip()) >= 40
    # the owner's SDK peer finds its own token by itself
    with ToolPeer("filteredrx", home=mesh.home) as peer:
        assert peer.info["tool"] == "filteredrx"


def test_an_unknown_name_gets_only_the_default_rights_and_its_records_carry_it(mesh):
    c = raw(mesh)
    info = c.request("tool.register", {"name": "newcomer", "integration_type": "deep",
                                       "privacy": {"context_access": "full"}}, target="router")
    assert info["integration_type"] == "standard" and info["privacy"]["context_access"] == "limited"
    rid = c.request("context.preserve", {"record": {"source": "cursor", "kind": "note", "content": "mine",
                                                    "project": "p"}}, target="router")["id"]
    stored = mesh.request("context.get", {"id": rid}, target="context")["context"]
    assert stored["source"] == "newcomer"            # the authenticated identity, not the claimed one
