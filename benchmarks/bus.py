"""``enclave bench bus``: round trip and pipelined throughput through the broker, against a raw
pyzmq DEALER<->ROUTER echo measured in the same run.

Brokered path: client -> broker -> echo worker -> broker -> client, with envelope encode, decode and
schema validation on the way. Anchor: client -> ROUTER echo -> client with bare bytes. A second anchor,
a bare relay (ROUTER -> ROUTER -> DEALER echo, no logic), shows the floor of any brokered design:
on a 2-core VM most of a round trip is process wake-ups, and two hops cost about 3-4x one.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import zmq

from bus import Client, Endpoints
from bus.sockets import dealer

from .common import machine, percentile, result


def _start(kind: str, rundir: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "benchmarks._peers", kind, str(rundir)])


def _raw(rundir: Path, n_rtt: int, n_pipe: int, window: int, name: str = "raw") -> tuple[list[float], float]:
    sock = dealer(zmq.Context.instance())
    sock.connect(f"ipc://{rundir}/{name}.ipc")
    payload = b"x" * 64
    for _ in range(200):   # warm up (and wait for the server)
        sock.send_multipart([b"id", payload])
        sock.recv_multipart()
    rtts = []
    for _ in range(n_rtt):
        t = time.perf_counter()
        sock.send_multipart([b"id", payload])
        sock.recv_multipart()
        rtts.append((time.perf_counter() - t) * 1e6)
    t = time.perf_counter()
    sent = got = 0
    while got < n_pipe:
        while sent < n_pipe and sent - got < window:
            sock.send_multipart([b"id", payload])
            sent += 1
        sock.recv_multipart()
        got += 1
    rate = n_pipe / (time.perf_counter() - t)
    sock.close(linger=0)
    return rtts, rate


def _brokered(endpoints: Endpoints, n_rtt: int, n_pipe: int, window: int,
              procs: list[subprocess.Popen]) -> tuple[list[float], float]:
    c = Client(endpoints.internal, source="bench")
    body = {"data": "x" * 64}
    deadline = time.monotonic() + 20
    while True:   # wait until the echo worker registered
        try:
            c.request("sys.echo", body, target="echo", timeout=1)
            break
        except Exception:
            dead = [" ".join(p.args[3:4]) for p in procs if p.poll() is not None]
            if dead:
                raise RuntimeError(f"bench peer(s) {dead} exited (their error is on stderr)") from None
            if time.monotonic() > deadline:
                raise
    for _ in range(200):
        c.request("sys.echo", body, target="echo")
    rtts = []
    for _ in range(n_rtt):
        t = time.perf_counter()
        c.request("sys.echo", body, target="echo")
        rtts.append((time.perf_counter() - t) * 1e6)
    t = time.perf_counter()
    sent = got = 0
    while got < n_pipe:
        while sent < n_pipe and sent - got < window:
            c.send("sys.echo", body, target="echo")
            sent += 1
        reply = c.recv(timeout=10)
        if reply is None or reply.kind == "error":
            raise RuntimeError(f"pipelined request failed: {reply}")
        got += 1
    rate = n_pipe / (time.perf_counter() - t)
    c.close()
    return rtts, rate


def run(quick: bool = False) -> dict:
    n_rtt, n_pipe, window = (2000, 20000, 500) if quick else (10000, 100000, 1000)
    with tempfile.TemporaryDirectory(prefix="enclave-bench-") as tmp:
        rundir = Path(tmp)
        endpoints = Endpoints.for_runtime_dir(rundir)
        procs = [_start(k, rundir) for k in ("raw", "broker", "echo", "relay", "relay-echo")]
        try:
            raw_rtt, raw_rate = _raw(rundir, n_rtt, n_pipe, window)
            relay_rtt, relay_rate = _raw(rundir, n_rtt, n_pipe, window, "relay")
            bus_rtt, bus_rate = _brokered(endpoints, n_rtt, n_pipe, window, procs)
        finally:
            for p in procs:
                p.kill()
                p.wait()
    p50, p99 = percentile(bus_rtt, 50), percentile(bus_rtt, 99)
    raw50, raw99 = percentile(raw_rtt, 50), percentile(raw_rtt, 99)
    return {"area": "bus", "machine": machine(), "results": [
        result("round trip p50 (brokered)", p50, "us", anchor="raw dealer-router p50", anchor_value=raw50,
               target="<= 2.5x raw", passed=p50 <= 2.5 * raw50),
        result("round trip p50 (brokered) vs a bare relay", p50, "us", anchor="bare python relay p50 (2 hops)",
               anchor_value=percentile(relay_rtt, 50), target="informational: the floor of any brokered design",
               passed=None),
        result("round trip p99 (brokered)", p99, "us", anchor="raw dealer-router p99", anchor_value=raw99,
               target="-", passed=None),
        result("pipelined throughput (brokered)", bus_rate, "req/s", anchor="raw dealer-router",
               anchor_value=raw_rate, target=">= 25000 req/s", passed=bus_rate >= 25000),
    ]}
