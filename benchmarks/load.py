"""``enclave bench load``: an idle mesh first, then several tools for minutes on end.

Idle: the mesh is started (``enclave up``; the model is installed but not loaded, and nothing sends
requests), left 10 s to settle, then the CPU time (user + system, psutil ``cpu_times()``) of the keeper
and of every descendant is measured over 60 s (20 s with ``--quick``): per process and in all, as a
percentage of one core. Target: the whole idle mesh <= 0.5% of one core. Anchor: none — there is no
fair anchor on this machine (no other mesh of these processes to compare with).

Load: memory must stay flat after warm-up, overload must be answered with ``busy`` (bounded queues),
and the run measures the seed's resource criteria for the whole mesh: peak memory, disk I/O, network
beyond loopback, integration success.
"""
from __future__ import annotations

import ipaddress
import statistics
import tempfile
import time
from pathlib import Path

import psutil


from .chaos import Load, install_small_model
from .common import machine, result


def _mesh_procs(mesh) -> list[psutil.Process]:
    out = []
    for pid in [mesh.proc.pid] + mesh.all_pids():
        try:
            out.append(psutil.Process(pid))
        except psutil.Error:
            pass
    return out


def _non_loopback(procs) -> list[str]:
    bad = []
    for p in procs:
        try:
            conns = p.net_connections(kind="inet")
        except psutil.Error:
            continue
        for c in conns:
            for addr in (c.laddr, c.raddr):
                if addr and not ipaddress.ip_address(addr.ip).is_loopback and addr.ip not in ("0.0.0.0", "::"):
                    bad.append(f"{p.pid} {addr.ip}:{addr.port}")
            if c.status == psutil.CONN_LISTEN and c.laddr and not ipaddress.ip_address(c.laddr.ip).is_loopback:
                bad.append(f"{p.pid} listening on {c.laddr.ip}:{c.laddr.port}")
    return bad


def _nic_bytes() -> int:
    return sum(v.bytes_sent + v.bytes_recv for k, v in psutil.net_io_counters(pernic=True).items() if k != "lo")


IDLE_TARGET_PCT = 0.5       # % of one core, the whole idle mesh


def _cpu_seconds(proc: psutil.Process) -> float:
    t = proc.cpu_times()
    return t.user + t.system          # the process's own time (not its reaped children's)


def _names(mesh) -> dict[int, str]:
    """pid -> process name as the supervisors report them; the keeper is the ``enclave up`` process."""
    names = {mesh.proc.pid: "keeper (enclave up)"}
    for row in mesh.processes():
        if row.get("pid"):
            names[row["pid"]] = row["name"]
    return names


def idle_cpu(mesh, settle_s: float, measure_s: float) -> dict:
    """CPU of the keeper and every descendant over ``measure_s`` after ``settle_s`` with no requests."""
    time.sleep(settle_s)
    names = _names(mesh)                # the last request before the window
    procs = {p.pid: p for p in _mesh_procs(mesh)}
    t0 = time.monotonic()
    before = {}
    for pid, p in procs.items():
        try:
            before[pid] = _cpu_seconds(p)
        except psutil.Error:
            pass
    time.sleep(measure_s)
    after, gone = {}, []
    for pid, p in {**procs, **{p.pid: p for p in _mesh_procs(mesh)}}.items():
        try:
            after[pid] = _cpu_seconds(p)
        except psutil.Error:
            gone.append(pid)
    wall = time.monotonic() - t0
    rows = {}
    for pid, cpu in after.items():
        used = cpu - before.get(pid, 0.0)      # a process born in the window: all of its time
        name = names.get(pid)
        if name is None:
            try:
                name = " ".join(psutil.Process(pid).cmdline()[1:4])
            except psutil.Error:
                name = "?"
        rows[name if name not in rows else f"{name} [{pid}]"] = 100.0 * used / wall
    model_workers = [k for k in rows if "worker" in k and "llm" in k]
    return {"per_process_pct": rows, "total_pct": sum(rows.values()), "wall_s": wall, "settle_s": settle_s,
            "resolution_pct": 100.0 * 0.01 / wall,     # cpu_times() counts in clock ticks (10 ms)
            "pids": {name: pid for pid, name in names.items()},
            "born": [pid for pid in after if pid not in before], "gone": gone, "model_workers": model_workers}


def _flood(mesh, n: int = 2000) -> dict:
    """Many requests at once from one peer: the bounded queues must answer some with busy."""
    client = mesh.client(tools=False)
    ids = [client.send("sys.echo", {"delay_ms": 20}, target="context", timeout=60) for _ in range(n)]
    codes = {}
    for _ in ids:
        reply = client.recv(timeout=60)
        if reply is None:
            codes["none"] = codes.get("none", 0) + 1
            break
        code = reply.body.get("code", "ok") if reply.kind == "error" else "ok"
        codes[code] = codes.get(code, 0) + 1
    return codes


def run(quick: bool = False, seconds: float | None = None, peers: int = 4) -> dict:
    from .harness import Mesh
    seconds = seconds or (40 if quick else 240)
    warmup = min(20.0, seconds / 4)
    with tempfile.TemporaryDirectory(prefix="enclave-load-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        has_model = install_small_model(home) is not None
        mesh = Mesh(home).start()
        try:
            idle = idle_cpu(mesh, settle_s=10.0, measure_s=20.0 if quick else 60.0)
            procs = _mesh_procs(mesh)
            io0 = {p.pid: p.io_counters() for p in procs}
            nic0 = _nic_bytes()
            load = Load(mesh, peers, generate=has_model).start()
            samples: list[tuple[float, int]] = []
            bad_net: list[str] = []
            t0 = time.monotonic()
            while time.monotonic() - t0 < seconds:
                procs = _mesh_procs(mesh)
                rss = 0
                for p in procs:
                    try:
                        rss += p.memory_info().rss
                    except psutil.Error:
                        pass
                samples.append((time.monotonic() - t0, rss))
                bad_net += _non_loopback(procs)
                time.sleep(1.0)
            load.join()
            elapsed = time.monotonic() - t0
            flood = _flood(mesh)
            io_bytes = 0
            for p in _mesh_procs(mesh):
                try:
                    c = p.io_counters()
                    b = io0.get(p.pid)
                    io_bytes += (c.read_bytes + c.write_bytes) - ((b.read_bytes + b.write_bytes) if b else 0)
                except psutil.Error:
                    pass
            nic_rate = (_nic_bytes() - nic0) / elapsed
        finally:
            mesh.stop()
    after = [r for t, r in samples if t >= warmup]
    first, last = statistics.mean(after[: max(1, len(after) // 4)]), statistics.mean(after[-max(1, len(after) // 4):])
    growth_mib = (last - first) / 1048576
    peak_mib = max(r for _, r in samples) / 1048576
    total = sum(load.outcomes.values())
    ok = sum(v for (k, o), v in load.outcomes.items() if o == "ok")
    busy = flood.get("busy", 0)
    idle_rows = [result(f"idle cpu: {name}", pct, "% of one core", target="reported", passed=None)
                 for name, pct in sorted(idle["per_process_pct"].items(), key=lambda kv: -kv[1])]
    return {"area": "load", "machine": machine(), "results": [
        result(f"idle cpu of the whole mesh ({len(idle['per_process_pct'])} processes, {idle['wall_s']:.0f} s "
               f"after {idle['settle_s']:.0f} s)", idle["total_pct"], "% of one core",
               target=f"<= {IDLE_TARGET_PCT}% of one core; anchor: none (no fair anchor on this machine)",
               passed=idle["total_pct"] <= IDLE_TARGET_PCT and not idle["model_workers"]),
        *idle_rows,
        result("requests under sustained load", total, "requests", target="-", passed=None),
        result("integration success", 100.0 * ok / max(1, total), "%", target="> 99%",
               passed=ok / max(1, total) > 0.99),
        result("RSS growth after warm-up", growth_mib, "MiB", target="<= 20 MiB (flat)", passed=growth_mib <= 20),
        result("peak RSS of the mesh", peak_mib, "MiB", target="< 4096 MiB", passed=peak_mib < 4096),
        result("disk I/O of the mesh", io_bytes / elapsed / 1e6, "MB/s", target="< 100 MB/s",
               passed=io_bytes / elapsed / 1e6 < 100),
        result("non-loopback network (the whole machine's NICs: other work counts too)", nic_rate / 1e6, "MB/s",
               target="< 1 MB/s, and no mesh socket beyond loopback",
               passed=nic_rate / 1e6 < 1 and not bad_net),
        result("flood answered busy (bounded queues)", busy, "replies", target="> 0 of 2000 at once",
               passed=busy > 0 and "none" not in flood),
        result("requests sent again after busy (flow control: retry_after_ms)", sum(load.busy_retries.values()),
               "requests", anchor="requests under sustained load", anchor_value=max(1, total), target="reported",
               passed=None),
    ], "details": {"idle": idle, "busy_retries": dict(load.busy_retries), "outcomes": {f"{k} {o}": v for (k, o), v in load.outcomes.items()}, "flood": flood,
                   "non_loopback": bad_net[:10], "seconds": round(elapsed, 1), "peers": peers,
                   "model": has_model}}
