"""``enclave bench chaos``: SIGKILL every kind of process, repeatedly, at random moments, while tool
peers run a mixed load (preserve, query, generate, tool-to-tool).

Afterwards: every acknowledged context must be there; every request must have ended with a reply or
a clear error by its deadline (none hung); every killed process must be back and registered within
2 s; the peers must have carried on by themselves (re-registering after router and bus restarts).
"""
from __future__ import annotations

import os
import random
import signal
import statistics
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from protocol import ProtocolError

from .common import machine, model_cache, result

VICTIMS = ("bus", "router", "privacy", "context", "llm", "model-worker", "supervisor")
OP_TIMEOUT = {"context.preserve": 10.0, "context.query": 10.0, "llm.generate": 30.0, "tool.send": 5.0}


def install_small_model(home: Path) -> str | None:
    """SmolLM2 into the mesh's models dir, from the machine's model cache (pulled once if absent)."""
    try:
        from actors.llm.store import ModelStore, pull
        cache = model_cache()
        record = pull("smollm2-135m", cache)
        ModelStore(home / "models").add(record.path, name="smollm2-135m", roles=("light", "primary"))
        return record.path
    except Exception:
        return None


class Load:
    """Tool peers in threads, each looping over a random mix of operations until stopped."""

    def __init__(self, mesh, n_peers: int, *, generate: bool, seed: int = 5):
        self.mesh = mesh
        self.n = n_peers
        self.generate = generate
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.outcomes: Counter = Counter()
        self.busy_retries: Counter = Counter()   # requests sent again after ``busy`` + retry_after_ms
        self.late: list = []                  # ops that ended later than their deadline + 1 s
        self.acked: list[str] = []
        self.last_ok: dict[int, float] = {}
        self.threads = [threading.Thread(target=self._peer, args=(i, seed + i), daemon=True)
                        for i in range(n_peers)]

    def start(self):
        for t in self.threads:
            t.start()
        return self

    def join(self):
        self.stop.set()
        for t in self.threads:
            t.join(60)

    def _peer(self, i: int, seed: int) -> None:
        from bus.tool import ToolPeer
        rng = random.Random(seed)
        peer = ToolPeer(f"chaos-{i}", endpoint=self.mesh.endpoints.tools, projects=[f"proj{i}"],
                        features={"context_sync": True, "pattern_learning": True, "command_integration": True},
                        privacy={"data_sharing": "filtered", "context_access": "full"}, timeout=10)
        n = 0
        while not self.stop.is_set():
            n += 1
            roll = rng.random()
            if roll < 0.45:
                kind, body = "context.preserve", {"record": {
                    "source": f"chaos-{i}", "kind": "note", "project": f"proj{i}",
                    "content": f"chaos note {i}-{n}: refactor the parser and run pytest again"}}
            elif roll < 0.75:
                kind, body = "context.query", {"text": "parser pytest", "k": 5}
            elif roll < 0.85 and self.generate:
                kind, body = "llm.generate", {"prompt": "Say hello.", "max_tokens": 8, "temperature": 0}
            else:
                kind, body = "tool.send", {"to": f"chaos-{(i + 1) % self.n}", "data": {"n": n}}
            timeout = OP_TIMEOUT[kind]
            t = time.monotonic()
            while True:
                try:
                    reply = peer.request(kind, body, timeout=max(0.1, t + timeout - time.monotonic()))
                    outcome = "ok"
                    if kind == "context.preserve":
                        with self.lock:
                            self.acked.append(reply["id"])
                    self.last_ok[i] = time.time()
                except ProtocolError as e:
                    outcome = e.code.value
                    # ``busy`` with a retry hint is flow control (a queue bound, the tool's fair share of
                    # writes): a tool waits as told and sends the same request again, within its deadline
                    wait = (e.retry_after_ms or 0) / 1000
                    if outcome == "busy" and e.retry_after_ms and time.monotonic() + wait < t + timeout:
                        with self.lock:
                            self.busy_retries[kind] += 1
                        time.sleep(wait)
                        continue
                break
            took = time.monotonic() - t
            with self.lock:
                self.outcomes[(kind, outcome)] += 1
                if took > timeout + 1.0:
                    self.late.append((kind, outcome, round(took, 2)))
            if outcome != "ok":
                time.sleep(0.05)
        try:
            peer.close()
        except Exception:
            pass


def _rows(mesh) -> dict[str, dict]:
    try:
        return {p["name"]: p for p in mesh.processes() if p.get("name")}
    except Exception:
        return {}


def _victim_pid(mesh, kind: str) -> tuple[str, int] | None:
    if kind == "model-worker":    # the llm manager reports its workers in its own status
        try:
            workers = mesh.request("sys.status", {}, target="llm", timeout=2)["details"].get("processes", [])
        except Exception:
            return None
        for row in workers:
            if row.get("model") and row.get("pid"):
                return row["name"], row["pid"]
        return None
    rows = _rows(mesh)
    if kind == "supervisor":
        return ("supervisor.main", rows["supervisor.main"]["pid"]) if "supervisor.main" in rows else None
    row = rows.get(kind)
    return (kind, row["pid"]) if row and row.get("pid") else None


def _wait_back(mesh, name: str, old_pid: int, timeout: float = 15.0) -> float | None:
    t = time.monotonic()
    while time.monotonic() - t < timeout:
        row = _rows(mesh).get(name)
        if row and row.get("pid") not in (None, old_pid) and row.get("state") == "running":
            return time.monotonic() - t
        time.sleep(0.02)
    return None


def run(quick: bool = False, seconds: float | None = None, peers: int = 4, seed: int = 3) -> dict:
    from .harness import Mesh
    seconds = seconds or (25 if quick else 90)
    rng = random.Random(seed)
    kills: Counter = Counter()
    recovery: dict[str, list[float]] = {}
    not_back: list[str] = []
    with tempfile.TemporaryDirectory(prefix="enclave-chaos-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        has_model = install_small_model(home) is not None
        mesh = Mesh(home).start()
        try:
            load = Load(mesh, peers, generate=has_model).start()
            time.sleep(2.0)
            end = time.monotonic() + seconds
            i = 0
            while time.monotonic() < end:
                kind = VICTIMS[i % len(VICTIMS)] if i < len(VICTIMS) else rng.choice(VICTIMS)
                i += 1
                found = _victim_pid(mesh, kind)
                if found is None:
                    time.sleep(0.2)
                    continue
                name, pid = found
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    continue
                kills[kind] += 1
                if kind != "model-worker":      # a model worker comes back on the next request
                    took = _wait_back(mesh, name, pid)
                    if took is None:
                        not_back.append(kind)
                    else:
                        recovery.setdefault(kind, []).append(took)
                time.sleep(rng.uniform(0.5, 2.0))
            load.join()
            mesh.wait_ready(60)
            # every acknowledged context must be there
            client = mesh.client()
            missing = 0
            transient: dict = {}         # reads that failed with a transient code, then were retried
            for cid in load.acked:
                for attempt in range(3):
                    try:
                        client.request("context.get", {"id": cid}, timeout=10)
                    except ProtocolError as e:
                        if e.code.value in ("timeout", "unavailable", "busy") and attempt < 2:
                            transient[e.code.value] = transient.get(e.code.value, 0) + 1
                            continue
                        missing += 1
                    break
            # and the peers carry on by themselves
            after = Load(mesh, peers, generate=False, seed=seed + 100).start()
            time.sleep(4.0)
            after.join()
            recovered_peers = sum(1 for i in range(peers) if i in after.last_ok)
        finally:
            mesh.stop()
    total = sum(load.outcomes.values())
    ok = sum(v for (k, o), v in load.outcomes.items() if o == "ok")
    all_rec = [x for v in recovery.values() for x in v]
    worst = max(all_rec) if all_rec else float("nan")
    res = [
        result("kills", sum(kills.values()), "SIGKILLs", target="every process type", passed=set(kills) >= {
            "bus", "router", "privacy", "context", "llm", "supervisor"}),
        result("acknowledged contexts missing after chaos", missing, "contexts",
               target=f"0 of {len(load.acked)}", passed=missing == 0),
        result("reads of acknowledged contexts that failed transiently after chaos (then retried)",
               sum(transient.values()), "requests", target="0" + (f" (got {transient})" if transient else ""),
               passed=not transient),
        result("requests that hung past their deadline", len(load.late), "requests", target="0",
               passed=not load.late),
        result("worst time back and registered after a kill", worst, "s", target="<= 2 s",
               passed=bool(all_rec) and worst <= 2.0 and not not_back),
        result("median time back and registered", statistics.median(all_rec) if all_rec else float("nan"), "s",
               target="-", passed=None),
        result("requests answered ok during chaos", 100.0 * ok / max(1, total), "%", target="-", passed=None),
        result("peers working again by themselves after chaos", recovered_peers, "peers",
               target=f"{peers} of {peers}", passed=recovered_peers == peers),
    ]
    return {"area": "chaos", "machine": machine(), "results": res,
            "details": {"kills": dict(kills), "recovery_s": {k: [round(x, 3) for x in v] for k, v in recovery.items()},
                        "not_back": not_back, "outcomes": {f"{k} {o}": v for (k, o), v in load.outcomes.items()},
                        "busy_retries": dict(load.busy_retries),
                        "late": load.late[:20], "acked": len(load.acked), "model": has_model}}
