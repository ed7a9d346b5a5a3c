"""Tool-to-tool messages and events: delivered per the receiver's data_sharing, through the privacy
filter when it is "filtered", never when the filter is down."""
import os
import signal
import threading
import time

import pytest

from bus.tool import ToolPeer
from protocol import ProtocolError

from routerutil import router_config
from meshutil import Mesh

SECRET = "AKIA" + "Q3FZ7KXW2LRMN5TB"   # an AWS access key id (not the docs example, which is allowlisted; split for scanners)


def test_full_sharing_delivers_data_as_sent(mesh):
    with ToolPeer("cursor", home=mesh.home) as sender, ToolPeer("fullrx", home=mesh.home) as rx:
        inbox = rx.inbox(timeout=10)
        data = {"text": f"key {SECRET}", "n": [1, 2, {"deep": True}]}
        assert sender.send("fullrx", data, topic="note") == 1
        got = next(inbox)
        assert got == {"sender": "cursor", "data": data, "topic": "note"}


def test_many_messages_arrive_in_order_while_the_receiver_makes_requests(mesh):
    with ToolPeer("cursor", home=mesh.home) as sender, ToolPeer("fullrx", home=mesh.home) as rx:
        inbox = rx.inbox(timeout=10)
        for i in range(50):
            sender.send("fullrx", i)
        seen = []
        for d in inbox:
            seen.append(d["data"])
            rx.heartbeat()                     # a request inside the loop does not lose deliveries
            if len(seen) == 50:
                break
        assert seen == list(range(50))


def test_a_receiver_that_shares_nothing_gets_nothing(mesh):
    with ToolPeer("cursor", home=mesh.home) as sender, ToolPeer("closed", home=mesh.home):
        with pytest.raises(ProtocolError) as e:
            sender.send("closed", "hello")
        assert e.value.code.value == "forbidden"
        with pytest.raises(ProtocolError) as e:
            sender.send("nobody-here", "hello")
        assert e.value.code.value == "not_found"


def test_filtered_delivery_fails_closed_without_the_privacy_filter(tmp_path):
    # (the broker waits no_worker_wait_ms for a privacy filter to come before it says unavailable)
    config = {**router_config(), "bus": {"no_worker_wait_ms": 300}}
    with Mesh(tmp_path / "home", only=["bus", "router"], config=config) as m:
        with ToolPeer("cursor", home=m.home) as sender, ToolPeer("filteredrx", home=m.home) as rx:
            with pytest.raises(ProtocolError) as e:
                sender.send("filteredrx", f"key {SECRET}")
            assert e.value.code.value == "unavailable"
            assert list(rx.inbox(timeout=0.5)) == []
            with pytest.raises(ProtocolError) as e:
                sender.request("context.preserve", {"record": {"source": "cursor", "kind": "note",
                                                               "content": SECRET}})
            assert e.value.code.value == "unavailable"


def test_events_reach_subscribers_that_may_see_them(mesh):
    with ToolPeer("cursor", home=mesh.home) as watcher:
        events = watcher.subscribe(["tool."], timeout=10)    # open (acknowledged) when this returns
        with ToolPeer("newcomer", home=mesh.home):
            pass
        seen = []
        for ev in events:
            seen.append((ev["topic"], ev["data"].get("tool")))
            if ("tool.unregistered", "newcomer") in seen:
                break
        assert ("tool.registered", "newcomer") in seen


def test_the_sdk_survives_a_router_restart(mesh):
    got, ready = [], threading.Event()

    def receive():                             # a ToolPeer belongs to one thread: the receiver's own
        with ToolPeer("fullrx", home=mesh.home) as rx:
            ready.set()
            for d in rx.inbox(timeout=30):
                got.append(d["data"])
                if d["data"] == "after":
                    return

    t = threading.Thread(target=receive, daemon=True)
    t.start()
    assert ready.wait(10)
    with ToolPeer("cursor", home=mesh.home) as sender:
        sender.send("fullrx", "before")
        old = mesh.pid_of("router")
        os.kill(old, signal.SIGKILL)
        # the sender re-registers by itself; the receiver's inbox reopens (re-registered) by itself
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if sender.send("fullrx", "after"):
                    break
            except ProtocolError as e:          # until the router is back and the receiver re-registered
                assert e.code.value in ("not_found", "unavailable", "timeout"), e
                time.sleep(0.1)
        t.join(30)
    assert got == ["before", "after"]
    assert mesh.pid_of("router") != old
