"""The broker with real processes and real sockets: balancing, liveness, busy, deadlines, streams,
cancellation, restarts, events, size and version checks, and bad input."""
import os
import signal
import shutil
import time
from collections import Counter

import msgpack
import pytest
import zmq
from hypothesis import HealthCheck, given, settings, strategies as st
from meshutil import free_port
from otheruser import as_nobody, needs_other_user, shared_dir

from bus import Client, Subscriber
from busrig import BusRig
from bus.security import Keyring
from protocol import Code, ProtocolError, encode
from protocol.frames import SIGNATURE


def error_of(fn):
    with pytest.raises(ProtocolError) as e:
        fn()
    return e.value


def test_load_balancing_across_workers(rig):
    a = rig.worker("lb", capacity=1, credit=1)
    b = rig.worker("lb", capacity=1, credit=1)
    c = rig.client()
    pids = Counter()
    for _ in range(10):       # windows of 4 in flight: 2 at the workers, 2 queued (bound is 3)
        for _ in range(4):
            c.send("sys.ping", {}, target="lb", timeout=10)
        for _ in range(4):
            reply = c.recv(timeout=10)
            assert reply is not None and reply.kind == "sys.ping"
            pids[reply.body["pid"]] += 1
    assert set(pids) == {a.pid, b.pid}
    assert min(pids.values()) >= 10   # both took a fair share


def test_streaming_partials_then_final_in_order(rig):
    rig.worker("st", capacity=2)
    replies = list(rig.client().stream("sys.echo", {"data": "x", "repeat": 50}, target="st"))
    assert [r.body.get("index") for r in replies[:-1]] == list(range(50))
    assert [r.final for r in replies] == [False] * 50 + [True]


def test_deadline_gives_timeout_and_frees_the_worker(rig):
    rig.worker("slow", capacity=1, credit=1)
    c = rig.client()
    err = error_of(lambda: c.request("sys.echo", {"delay_ms": 10000}, target="slow", timeout=0.3))
    assert err.code == Code.TIMEOUT
    # the worker was told to stop: it serves the next request long before the first delay ends
    assert c.request("sys.echo", {"data": 1}, target="slow", timeout=10) == {"data": 1}


def test_cancel_reaches_the_worker(rig):
    rig.worker("can", capacity=1, credit=1)
    c = rig.client()
    stream = c.stream("sys.echo", {"delay_ms": 10000}, target="can", timeout=60)
    msg_id = c.send("sys.echo", {"delay_ms": 10000}, target="can", timeout=60)
    c.cancel(msg_id)
    reply = c.recv(timeout=5)
    assert reply.msg_id == msg_id and reply.final and reply.body["code"] == "cancelled"
    del stream
    assert c.request("sys.echo", {"data": 2}, target="can", timeout=10) == {"data": 2}


def test_busy_past_the_queue_bound(rig):
    rig.worker("busy", capacity=1, credit=1)
    c = rig.client()
    ids = [c.send("sys.echo", {"delay_ms": 300}, target="busy", timeout=30) for _ in range(8)]
    codes = Counter()
    retry = []
    for _ in ids:
        r = c.recv(timeout=30)
        codes[r.body.get("code", "ok") if r.kind == "error" else "ok"] += 1
        if r.kind == "error":
            retry.append(r.body.get("retry_after_ms", 0))
    assert codes["ok"] == 4 and codes["busy"] == 4      # 1 in flight + 3 queued, the rest refused
    assert all(ms > 0 for ms in retry)


def test_one_tool_connection_cannot_fill_the_shared_queue(tmp_path):
    """A tool connection has at most max_inflight_per_peer requests in flight; the next is busy at once,
    while another tool (and the owner's internal clients) still get in."""
    rig = BusRig(tmp_path / "run", max_queue=50, max_inflight_per_peer=2)
    rig.start_broker()
    try:
        rig.worker("router", capacity=1, credit=1)
        flooder, other, owner = rig.client(tools=True), rig.client(tools=True), rig.client()
        ids = [flooder.send("sys.echo", {"delay_ms": 200}, target="router", timeout=30) for _ in range(6)]
        answers = [flooder.recv(timeout=30) for _ in ids]
        refused = [r for r in answers if r.kind == "error"]
        assert len(refused) == 4 and all(r.body["code"] == "busy" and "in flight" in r.body["message"]
                                         and r.body["retry_after_ms"] > 0 for r in refused)
        mine = [other.send("sys.echo", {"delay_ms": 10}, target="router", timeout=30) for _ in range(2)]
        assert all(other.recv(timeout=30).kind != "error" for _ in mine)
        inside = [owner.send("sys.echo", {"delay_ms": 10}, target="router", timeout=30) for _ in range(5)]
        assert all(owner.recv(timeout=30).kind != "error" for _ in inside)
        assert rig.status()["services"]                 # and the broker is fine
    finally:
        rig.close()


def test_silent_worker_dropped_and_inflight_gets_unavailable(rig):
    w = rig.worker("hb", capacity=1)
    c = rig.client()
    msg_id = c.send("sys.echo", {"delay_ms": 10000}, target="hb", timeout=30)
    rig.wait_inflight("hb")
    os.kill(w.pid, signal.SIGSTOP)
    try:
        reply = c.recv(timeout=25)
        assert reply.msg_id == msg_id and reply.body["code"] == "unavailable"
        assert not any(x["service"] == "hb" for x in rig.status()["workers"])
    finally:
        os.kill(w.pid, signal.SIGKILL)


def test_killed_worker_mid_stream_gets_unavailable(rig):
    w = rig.worker("kill", capacity=1)
    c = rig.client()
    got = []
    with pytest.raises(ProtocolError) as e:
        for r in c.stream("sys.echo", {"data": "t", "repeat": 10_000}, target="kill", timeout=30):
            got.append(r)
            if len(got) == 100:
                os.kill(w.pid, signal.SIGKILL)
    assert e.value.code == Code.UNAVAILABLE
    assert len(got) >= 100


def test_restarted_worker_reuses_its_identity(rig):
    first = rig.worker("same", identity="same-1")
    first.kill()
    first.wait()
    second = rig.worker("same", identity="same-1")
    assert rig.client().request("sys.ping", {}, target="same")["pid"] == second.pid
    assert [x["pid"] for x in rig.status()["workers"] if x["service"] == "same"] == [second.pid]


def test_worker_reregisters_after_broker_restart(rig):
    w = rig.worker("again")
    rig.broker.kill()
    rig.broker.wait()
    rig.start_broker()
    rig.wait_for("again", pid=w.pid)
    assert rig.client().request("sys.echo", {"data": 3}, target="again") == {"data": 3}


def test_client_that_goes_away_cancels_its_stream(rig):
    rig.worker("gone", capacity=1, credit=1)
    c = Client(rig.endpoints.internal)
    # a stream of 10000 pieces 10 ms apart: it would hold the worker's only slot for 100 s
    c.send("sys.echo", {"data": {"every_ms": 10}, "repeat": 10_000}, target="gone", timeout=600)
    assert not c.recv(timeout=10).final          # the stream is flowing
    c.close()    # gone without a word; the broker finds its replies unroutable and cancels
    assert rig.client().request("sys.echo", {"data": 4}, target="gone", timeout=20) == {"data": 4}


def test_events_announce_workers(rig):
    sub = Subscriber(rig.endpoints.events, ("bus.worker.",))
    for n in range(100):     # until the subscription has reached the broker: a probe's event arrives
        rig.worker(f"probe{n}")
        got = sub.recv(timeout=0.5)
        if got and got[1]["service"].startswith("probe"):
            break
    w = rig.worker("ev")
    deadline = time.monotonic() + 10
    seen = None
    while time.monotonic() < deadline:
        ev = sub.recv(timeout=1)
        if ev and ev[0] == "bus.worker.ready" and ev[1]["pid"] == w.pid:
            seen = ev
            break
    sub.close()
    assert seen and seen[1]["service"] == "ev"


def test_unknown_service_and_internal_service_from_tools(rig):
    rig.worker("internal")
    err = error_of(lambda: rig.client().request("sys.ping", {}, target="nope", timeout=3))
    assert err.code == Code.NOT_FOUND and "internal" in err.message
    err = error_of(lambda: rig.client(tools=True).request("sys.ping", {}, target="internal", timeout=3))
    assert err.code == Code.FORBIDDEN


def raw_dealer(endpoint):
    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect(endpoint)
    return sock


def raw_reply(sock, timeout=5):
    assert sock.poll(timeout * 1000), "no reply"
    header, data = sock.recv_multipart()
    return header.split(b" "), msgpack.unpackb(data)


def test_oversize_frame_refused_before_decoding(tmp_path):
    rig = BusRig(tmp_path / "run", max_message_bytes=1000)
    rig.start_broker()
    try:
        sock = raw_dealer(rig.endpoints.internal)
        sock.send_multipart([SIGNATURE + b" REQ x m1 0", b"\xff" * 1001])   # garbage, never decoded
        head, env = raw_reply(sock)
        assert head[2] == b"m1" and env["body"]["code"] == "too_large"
        sock.close()
    finally:
        rig.close()


def test_unknown_major_version(rig):
    sock = raw_dealer(rig.endpoints.internal)
    sock.send_multipart([b"enclave/2.0 REQ bus m1 0", encode("sys.ping", {})])
    head, env = raw_reply(sock)
    assert env["body"]["code"] == "unsupported_version" and head[2] == b"m1"
    sock.close()


frames = st.lists(st.binary(max_size=64) | st.sampled_from([
    SIGNATURE, SIGNATURE + b" REQ bus m 0", SIGNATURE + b" REQ", SIGNATURE + b" CAN m", SIGNATURE + b" RDY",
    SIGNATURE + b" REP m F", SIGNATURE + b" HBT", SIGNATURE + b" PUB t", b"enclave/9.9 REQ", b"\x00" * 600,
    encode("sys.ping", {}), b"\x80"]), min_size=1, max_size=5)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(frames, min_size=1, max_size=5), st.booleans())
def test_garbage_frames_get_errors_or_nothing_and_the_broker_lives(rig, messages, tools):
    sock = raw_dealer(rig.endpoints.tools if tools else rig.endpoints.internal)
    for msg in messages:
        sock.send_multipart(msg)
    while sock.poll(50):
        parts = sock.recv_multipart()
        if len(parts) == 2:
            head = parts[0].split(b" ")
            assert head[0] == SIGNATURE and head[1] in (b"REP", b"DIS", b"HBT")
    sock.close()
    assert rig.client().request("sys.ping", {}, target="bus", timeout=5)["service"] == "bus"


def test_tcp_needs_curve_and_an_allowed_key(tmp_path):
    keys = Keyring(tmp_path / "keys")
    keys.new_client("editor")
    port = free_port()
    rig = BusRig(tmp_path / "run", tcp={"host": "127.0.0.1", "port": port}, keys=str(tmp_path / "keys"))
    rig.start_broker()
    try:
        ok = rig.client(tools=False)
        ok.close()
        allowed = Client(f"tcp://127.0.0.1:{port}", curve=keys.client_curve("editor"))
        assert allowed.request("sys.ping", {}, target="bus", timeout=5)["service"] == "bus"
        allowed.close()
        # an unknown key: refused during the handshake, so nothing ever comes back
        stranger = Keyring(tmp_path / "other-keys")
        stranger.new_client("stranger")
        curve = stranger.client_curve("stranger")
        curve = type(curve)(curve.public, curve.secret, keys.server_public())
        refused = Client(f"tcp://127.0.0.1:{port}", curve=curve)
        assert error_of(lambda: refused.request("sys.ping", {}, target="bus", timeout=1)).code in (
            Code.TIMEOUT, Code.UNAVAILABLE)
        refused.close()
        plain = Client(f"tcp://127.0.0.1:{port}")
        assert error_of(lambda: plain.request("sys.ping", {}, target="bus", timeout=1)).code in (
            Code.TIMEOUT, Code.UNAVAILABLE)
        plain.close()
    finally:
        rig.close()


def test_runtime_dir_and_sockets_are_private(rig):
    d = rig.endpoints.sockets[0].parent
    assert oct(d.stat().st_mode & 0o777) == "0o700"
    for s in rig.endpoints.sockets:
        assert s.stat().st_mode & 0o077 == 0


def test_requests_in_flight_when_the_bus_dies_fail_at_once(rig):
    rig.worker("doomed", capacity=1)
    c = rig.client()
    msg_id = c.send("sys.echo", {"delay_ms": 10000}, target="doomed", timeout=60)
    rig.wait_inflight("doomed")
    rig.broker.kill()
    with pytest.raises(ProtocolError) as e:
        c.recv(timeout=30)      # long before the 60 s deadline
    assert e.value.code == Code.UNAVAILABLE and msg_id


@pytest.fixture
def shared_tmp():
    d = shared_dir()
    yield d
    shutil.rmtree(d, ignore_errors=True)


@needs_other_user
@pytest.mark.parametrize("attack", ["world-writable", "symlink"])
def test_a_shared_socket_dir_prepared_by_another_user_is_refused(shared_tmp, attack):
    """The /tmp fallback: another user who makes /tmp/enclave-<uid> first (open to all, or a link to a
    directory of theirs) must not get the owner's sockets. Every level is checked; none is used."""
    from bus.addresses import UnsafeDirectory, ensure_socket_dir
    theirs = shared_tmp / f"enclave-{os.getuid()}"
    if attack == "world-writable":
        as_nobody("mkdir", "-m", "777", str(theirs))
    else:
        as_nobody("mkdir", "-m", "777", str(shared_tmp / "elsewhere"))
        as_nobody("ln", "-s", str(shared_tmp / "elsewhere"), str(theirs))
    with pytest.raises(UnsafeDirectory) as e:
        ensure_socket_dir(theirs / "0123456789abcdef")
    assert str(theirs) in str(e.value)
    assert not (theirs / "0123456789abcdef").exists()
    assert not (shared_tmp / "elsewhere" / "0123456789abcdef").exists()
    ours = shared_tmp / "mine"                       # what we make ourselves is fine
    assert ensure_socket_dir(ours / "x") == ours / "x"
    assert oct((ours / "x").stat().st_mode & 0o777) == "0o700"
