"""End to end through the real privacy, context and model services: what a tool stores, reads,
sends and asks crosses the privacy boundary, and a limited tool reads only its own contexts."""
import time

import pytest

from bus.tool import ToolPeer
from protocol import ProtocolError

from routerutil import router_config
from meshutil import Mesh

SECRET = "AKIA" + "Q3FZ7KXW2LRMN5TB"   # an AWS access key id (not the docs example, which is allowlisted; split for scanners)

TOOLS = {
    **router_config()["tools"],
    "writer-a": {"integration_type": "standard", "features": {"context_sync": True},
                 "privacy": {"data_sharing": "filtered", "context_access": "limited"}},
    "writer-b": {"integration_type": "standard", "features": {"context_sync": True},
                 "privacy": {"data_sharing": "filtered", "context_access": "limited"}},
    "auditor": {"integration_type": "standard", "features": {"context_sync": True},
                "privacy": {"data_sharing": "filtered", "context_access": "full"}},
}


@pytest.fixture(scope="module")
def mesh(tmp_path_factory):
    m = Mesh(tmp_path_factory.mktemp("home"), config={**router_config(), "tools": TOOLS}).start()
    yield m
    m.stop()


def note(content, project="demo", **meta):
    return {"record": {"source": "whoever", "kind": "note", "content": content, "project": project,
                       "metadata": meta}}


def test_a_stored_context_never_holds_the_secret(mesh):
    with ToolPeer("writer-a", home=mesh.home) as a:
        cid = a.request("context.preserve", note(f"deploy with key {SECRET} tomorrow"))["id"]
        stored = mesh.request("context.get", {"id": cid}, target="context")["context"]
    assert SECRET not in stored["content"]
    assert "deploy with key" in stored["content"]
    assert stored["source"] == "writer-a"                 # what the tool claimed as source is ignored


def test_a_protected_path_is_refused_before_anything_is_stored(mesh):
    with ToolPeer("writer-a", home=mesh.home) as a:
        before = len(mesh.request("context.query", {"text": "BEGIN PRIVATE"}, target="context")["results"])
        with pytest.raises(ProtocolError) as e:
            a.request("context.preserve", note("-----BEGIN PRIVATE KEY----- abc", path="/home/me/.ssh/id_rsa"))
        assert e.value.code.value == "forbidden"
        after = len(mesh.request("context.query", {"text": "BEGIN PRIVATE"}, target="context")["results"])
    assert after == before


def test_limited_access_reads_only_its_own_contexts(mesh):
    with ToolPeer("writer-a", home=mesh.home) as a, ToolPeer("writer-b", home=mesh.home) as b, \
            ToolPeer("auditor", home=mesh.home) as auditor:
        mine = a.preserve("zanzibar migration plan for the billing service", project="demo")
        theirs = b.preserve("zanzibar rollback notes from writer b", project="demo")
        a_ids = {h["id"] for h in a.query("zanzibar")}
        assert mine in a_ids and theirs not in a_ids
        # asking for more in the body changes nothing: the router sets access itself
        forged = a.request("context.query", {"text": "zanzibar", "access": {"mode": "full"}})["results"]
        assert theirs not in {h["id"] for h in forged}
        with pytest.raises(ProtocolError) as e:
            a.request("context.get", {"id": theirs})
        assert e.value.code.value in ("forbidden", "not_found")
        assert a.request("context.get", {"id": mine})["context"]["id"] == mine
        all_ids = {h["id"] for h in auditor.request("context.query", {"text": "zanzibar"})["results"]}
        assert {mine, theirs} <= all_ids


def test_filtered_tool_to_tool_delivery_is_sanitized(mesh):
    with ToolPeer("cursor", home=mesh.home) as sender, ToolPeer("filteredrx", home=mesh.home) as rx, \
            ToolPeer("fullrx", home=mesh.home) as full:
        inbox, full_inbox = rx.inbox(timeout=10), full.inbox(timeout=10)
        sender.send("filteredrx", {"msg": f"use {SECRET}"})
        sender.send("fullrx", {"msg": f"use {SECRET}"})
        got = next(inbox)
        assert SECRET not in str(got["data"]) and got["sender"] == "cursor"
        assert next(full_inbox)["data"] == {"msg": f"use {SECRET}"}


def test_context_events_reach_only_tools_that_may_see_them(mesh):
    with ToolPeer("writer-a", home=mesh.home) as a, ToolPeer("writer-b", home=mesh.home) as b:
        events = a.subscribe(["context."], timeout=3)
        mine = a.request("context.preserve", note("event from a"))["id"]
        b.request("context.preserve", note("event from b"))
        seen = [e["data"] for e in events if e["topic"] == "context.preserved"]
    assert mine in {d.get("id") for d in seen}
    assert {d.get("source") for d in seen} == {"writer-a"}
    assert all("content" not in d for d in seen)


def test_no_secret_in_any_log(mesh):
    for f in (mesh.home / "logs").rglob("*"):
        if f.is_file():
            assert SECRET not in f.read_text(errors="replace"), f


def test_tool_traffic_becomes_message_contexts_without_its_data(mesh):
    with ToolPeer("cursor", home=mesh.home) as sender, ToolPeer("fullrx", home=mesh.home) as rx:
        inbox = rx.inbox(timeout=5)
        sender.send("fullrx", {"secret": SECRET}, topic="lint-request")
        next(inbox)
    deadline = time.monotonic() + 20
    hits = []
    while not hits and time.monotonic() < deadline:
        hits = mesh.request("context.query", {"text": "lint-request", "kind": "message"}, target="context")["results"]
        time.sleep(0.2)
    assert hits
    ctx = mesh.request("context.get", {"id": hits[0]["id"]}, target="context")["context"]
    assert ctx["metadata"]["from"] == "cursor" and ctx["metadata"]["to"] == "fullrx"
    assert SECRET not in str(ctx)
