"""``enclave bench fuzz``: bad input at every service and the bus of a running mesh.

A seeded generator makes only invalid messages — malformed frames and headers, bad envelopes, wrong
field types for every declared kind, unknown fields and kinds, huge and deeply nested bodies, invalid
UTF-8 — and pipelines them at every service (and the router through the tools endpoint). Pass: every
message gets exactly one final reply, an error (never a success; PROTOCOL.md: every request gets
exactly one final reply, and an error to a message whose ``msg_id`` cannot be read carries ``-``),
nothing hangs, no process crashes or restarts, and memory stays bounded.

The generator makes no ``HBT``, ``CAN``, ``PUB``, ``RDY`` or ``DIS`` commands, the ones the protocol
answers with no reply, so no message here may go unanswered.
"""
from __future__ import annotations

import random
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import msgpack
import msgspec
import psutil
import zmq

from protocol import KINDS, ProtocolError, decode_body
from protocol.frames import SIGNATURE

from .common import machine, result

SERVICES = ("bus", "router", "privacy", "context", "llm")


def _wrong_value(t: msgspec.inspect.Type, rng: random.Random) -> Any:
    """A value that cannot validate as type ``t`` (None when there is none, e.g. Any)."""
    I = msgspec.inspect
    if isinstance(t, (I.StrType, I.LiteralType)):
        return rng.choice([12345, 1.5, [1], {"x": 1}, b"\xff\xfe"])
    if isinstance(t, (I.IntType, I.FloatType)):
        return rng.choice(["NaN-ish", [1, 2], {"n": 1}, b"\x00"])
    if isinstance(t, I.BoolType):
        return rng.choice(["yes", 2, [True]])
    if isinstance(t, (I.ListType, I.DictType, I.StructType)):
        return rng.choice(["not a container", 7])
    if isinstance(t, I.UnionType):
        return rng.choice([12345, "x", [1], {"k": 1}, 2.5])
    return None


def _deep(n: int) -> bytes:
    return b"\x91" * n + b"\xc0"


class Generator:
    """Invalid messages, deterministically from a seed: each is (endpoint, frames)."""

    def __init__(self, seed: int, max_bytes: int):
        self.rng = random.Random(seed)
        self.max_bytes = max_bytes
        self.kinds = list(KINDS.values())
        self.n = 0

    def envelope(self, kind: str, body_raw: bytes, version: str = "1.0") -> bytes:
        head = msgpack.packb({"version": version, "id": f"f{self.n}", "kind": kind, "source": "fuzz"})
        # append the body as a raw MessagePack value to a 5-key map (head has 4 keys: 0x84)
        return b"\x85" + head[1:] + msgpack.packb("body") + body_raw

    def bad_body(self) -> tuple[str, bytes]:
        rng = self.rng
        kind = rng.choice(self.kinds)
        info = msgspec.inspect.type_info(kind.request)
        fields = list(getattr(info, "fields", ()))
        choice = rng.random()
        if choice < 0.35 and fields:
            f = rng.choice(fields)
            wrong = _wrong_value(f.type, rng)
            if wrong is not None:
                body = {f.encode_name: wrong}
                try:                      # keep only bodies the schema really refuses
                    decode_body(kind, msgpack.packb(body, use_bin_type=True))
                    body["__not_a_field__"] = 1
                except ProtocolError:
                    pass
                return kind.name, msgpack.packb(body, use_bin_type=True)
        if choice < 0.55:
            junk = {rng.choice(["\udcff", "zz", "x" * 300, "__proto__"]).encode("utf-8", "surrogatepass"): 1}
            return kind.name, msgpack.packb(junk, use_bin_type=True)
        if choice < 0.65:
            return kind.name, _deep(rng.choice([1000, 50_000, 200_000]))
        if choice < 0.75:
            return kind.name, rng.randbytes(rng.randint(0, 64))        # not MessagePack at all
        if choice < 0.85:
            return kind.name, msgpack.packb([1, 2, 3])                  # a body that is not a map
        return rng.choice(["no.such.kind", "", "sys", "llm.generate.x", "\u2603"]), b"\x80"

    def message(self, service: str) -> list[bytes]:
        self.n += 1
        rng = self.rng
        r = rng.random()
        mid = f"f{self.n}".encode()
        head = SIGNATURE + b" REQ " + service.encode() + b" " + mid + b" 0"
        if r < 0.55:
            kind, body = self.bad_body()
            return [head, self.envelope(kind, body)]
        if r < 0.65:   # envelope problems
            return [head, rng.choice([
                msgpack.packb({"version": "9.0", "id": "x", "kind": "sys.ping", "body": {}}),
                msgpack.packb({"version": 1, "id": None, "kind": 5}),
                msgpack.packb(["not", "a", "map"]),
                b"\xc1" * 10,
                msgpack.packb({"version": "1.0", "id": "x", "kind": b"\xff\xfe".decode("latin1"), "body": 1}),
                self.envelope("sys.echo", b"\xd9\x03\xff\xfe\xfd"),            # invalid UTF-8 string
            ])]
        if r < 0.70:   # too large: refused before decoding
            return [head, b"\x00" * (self.max_bytes + 1)]
        if r < 0.85:   # malformed headers and frame counts
            return rng.choice([
                [b"enclave/1.0 REQ " + service.encode()],
                [b"enclave/1.0 REQ " + service.encode() + b" " + mid + b" notanumber", b"\x80"],
                [b"enclave/1.0 REQ " + service.encode() + b" " + mid + b" 0", b"\x80", b"extra"],
                [b"enclave/7.0 REQ " + service.encode() + b" " + mid + b" 0", b"\x80"],
                [b"garbage header", b"\x80"],
                [rng.randbytes(rng.randint(0, 40))],
                [b"enclave/1.0 NOP " + mid],
                [b"enclave/1.0 REQ bad\xffname " + mid + b" 0", b"\x80"],
                [b"x" * 600, b"\x80"],
            ])
        kind, body = self.bad_body()   # a wrong body behind a valid envelope for the default service
        return [head, self.envelope(kind, body, version="1.3")]


def _mesh_rows(client, names=SERVICES) -> dict:
    rows = {}
    bus = client.request("sys.status", {}, target="bus", timeout=5)
    for s in bus["details"]["services"]:
        if s["name"].startswith("supervisor.") and s["workers"]:
            for p in client.request("sys.status", {}, target=s["name"], timeout=5)["details"]["processes"]:
                rows[p["name"]] = p
    return rows


def fuzz(endpoints, n: int, *, seed: int = 7, window: int = 200, max_bytes: int = 8 << 20,
         reply_timeout: float = 30.0) -> dict:
    """Send ``n`` invalid messages over a running mesh's endpoints; count what comes back."""
    ctx = zmq.Context.instance()
    socks = {}
    for name, ep in (("internal", endpoints.internal), ("tools", endpoints.tools)):
        s = ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.LINGER, 0)
        s.setsockopt(zmq.SNDHWM, 0)
        s.setsockopt(zmq.RCVHWM, 0)
        s.connect(ep)
        socks[name] = s
    gen = Generator(seed, max_bytes)
    codes: Counter = Counter()
    bad_replies = 0
    finals: Counter = Counter()        # final replies per msg_id (ours are f<n>; "-": unreadable id)
    partials = 0
    samples: list = []
    outstanding = {"internal": 0, "tools": 0}
    sent = 0
    poller = zmq.Poller()
    for s in socks.values():
        poller.register(s, zmq.POLLIN)
    last_progress = time.monotonic()
    while sent < n or any(outstanding.values()):
        while sent < n and sum(outstanding.values()) < window:
            service = gen.rng.choice(SERVICES)
            which = "tools" if service == "router" else "internal"
            frames = gen.message(service)
            socks[which].send_multipart(frames)
            sent += 1
            outstanding[which] += 1
        ready = dict(poller.poll(1000))
        if not ready:
            if time.monotonic() - last_progress > reply_timeout:
                # messages that are malformed beyond answering (no readable header) get no reply;
                # count what is left as unanswered rather than waiting forever
                break
            continue
        last_progress = time.monotonic()
        for which, s in socks.items():
            if s in ready:
                while True:
                    try:
                        parts = s.recv_multipart(zmq.NOBLOCK)
                    except zmq.Again:
                        break
                    outstanding[which] = max(0, outstanding[which] - 1)
                    head = parts[0].split(b" ")
                    if len(head) == 4 and head[1] == b"REP":
                        if head[3] == b"F":
                            finals[head[2]] += 1
                        else:
                            partials += 1
                    else:
                        bad_replies += 1
                        samples.append((parts[0][:80], "not a REP"))
                    try:
                        env = msgpack.unpackb(parts[-1], raw=False)
                        if env.get("kind") == "error":
                            codes[env["body"]["code"]] += 1
                        else:
                            bad_replies += 1
                            samples.append((parts[0][:80], str(env)[:200]))
                    except Exception:
                        bad_replies += 1
    for s in socks.values():
        s.close(linger=0)
    anonymous = sum(v for k, v in finals.items() if not k.startswith(b"f"))
    ours = {k: v for k, v in finals.items() if k.startswith(b"f")}
    return {"sent": sent, "errors": sum(codes.values()), "codes": dict(codes), "non_error_replies": bad_replies,
            "unanswered": sum(outstanding.values()),
            "answered_once": sum(1 for v in ours.values() if v == 1),
            "answered_more_than_once": sum(1 for v in ours.values() if v > 1),
            "answered_without_id": anonymous, "partial_replies": partials,
            "final_replies": sum(finals.values()),
            "non_error_samples": samples[:5]}


def run(quick: bool = False, n: int | None = None) -> dict:
    from .harness import Mesh
    n = n or (50_000 if quick else 1_000_000)
    with tempfile.TemporaryDirectory(prefix="enclave-fuzz-") as tmp:
        mesh = Mesh(Path(tmp) / "home").start()
        try:
            client = mesh.client()
            before = _mesh_rows(client)
            fuzz(mesh.endpoints, 2000, seed=1)            # warm-up, so memory is measured after it
            warm = _mesh_rows(client)
            t = time.perf_counter()
            out = fuzz(mesh.endpoints, n)
            seconds = time.perf_counter() - t
            after = _mesh_rows(client)
            alive = all(psutil.pid_exists(p["pid"]) for p in after.values() if p.get("pid"))
        finally:
            mesh.stop()
    restarts = sum(after[k]["restarts"] - before.get(k, {}).get("restarts", 0) for k in after)
    growth = max((after[k]["rss_bytes"] - warm[k]["rss_bytes"]) / 1048576 for k in after if k in warm)
    rate = out["sent"] / seconds
    once = out["answered_once"] + out["answered_without_id"]
    exactly_once = (out["sent"] == n and once == n and out["final_replies"] == n
                    and not out["answered_more_than_once"] and not out["partial_replies"])
    return {"area": "fuzz", "machine": machine(), "fuzz": out, "results": [
        result("invalid messages answered by exactly one final reply", once, "msgs", anchor="messages to send",
               anchor_value=n, target=f"all {n} sent and answered (none unanswered, none answered twice)",
               passed=exactly_once),
        result("fuzz rate", rate, "msgs/s", target="-", passed=None),
        result("non-error replies to invalid input", out["non_error_replies"], "replies", target="0",
               passed=out["non_error_replies"] == 0),
        result("crashes / restarts during fuzz", restarts, "restarts", target="0", passed=restarts == 0 and alive),
        result("max RSS growth of a process after warm-up", growth, "MiB", target="<= 50 MiB",
               passed=growth <= 50),
        result("unanswered after 30 s without progress", out["unanswered"], "msgs", target="0",
               passed=out["unanswered"] == 0),
    ]}
