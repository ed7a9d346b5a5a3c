"""``enclave bench storage``: storage faults against a real mesh (bus + context actor).

1. kill -9 of the context actor during a burst of durable writes, several times: nothing that was
   acknowledged may be missing afterwards.
2. damaged files while the mesh is stopped — a segment cut in the middle of its last record, a
   run of overwritten bytes in the middle of a segment, a truncated index snapshot, torn pattern
   and metrics files: the actor must start, lose exactly the records whose bytes were destroyed,
   and report every one of them (``sys.status`` recovery damage + ``contexts/lost+found``).
3. a full disk: the contexts dir on a small tmpfs (root only; said so when it cannot be mounted):
   writes are refused with ``unavailable`` (never acknowledged and lost), the actor keeps serving
   reads, accepts writes again once space is freed without a restart, and after a kill -9 every
   acknowledged context is there.

The bench plays the privacy filter's part: it seals records with the install's key file.
"""
from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from actors.context.log import SUFFIX, scan
from .harness import Mesh
from actors.shared.seal import load_or_create_key, seal
from protocol import ProtocolError

from .common import machine, private_dir, result

AREA = "storage"
ONLY = ["bus", "context"]


# ---- mesh helpers -----------------------------------------------------------------------------------
def _wait(fn, timeout: float = 60.0, step: float = 0.05):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            got = fn()
        except (ProtocolError, KeyError):
            got = None
        if got:
            return got
        time.sleep(step)
    raise TimeoutError(f"storage bench: condition not met in {timeout}s")


def _restarted(mesh: Mesh, old_pid: int) -> int:
    def new_pid():
        for p in mesh.processes():
            if p["name"] == "context" and p.get("pid") not in (None, old_pid) and p["state"] == "running":
                return p["pid"]
        return None
    pid = _wait(new_pid)
    _wait(lambda: mesh.request("sys.ping", {}, target="context", timeout=2)["pid"] == pid)
    return pid


class Writer:
    """A thread that preserves sealed records until stopped; keeps what was acknowledged."""

    def __init__(self, mesh: Mesh, key: bytes, tag: str, pad: int = 0):
        self.mesh, self.key, self.tag, self.pad = mesh, key, tag, pad
        self.acked: dict[str, str] = {}
        self.errors: dict[str, int] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        c = self.mesh.client(source=f"bench.{self.tag}")
        i = 0
        while not self.stop.is_set():
            content = f"{self.tag}{i:06d} storage fault bench" + (" x" * self.pad)
            rec = {"source": "bench", "project": "storage", "kind": "note", "content": content}
            try:
                rid = c.request("context.preserve", {"record": rec, "seal": seal(self.key, rec)}, timeout=5)["id"]
                self.acked[rid] = content
            except ProtocolError as e:
                self.errors[e.code.value] = self.errors.get(e.code.value, 0) + 1
                time.sleep(0.01)
            i += 1

    def __enter__(self) -> "Writer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join(30)


TRANSIENT = ("timeout", "unavailable", "busy")


def _missing(mesh: Mesh, acked: dict[str, str], transient: dict | None = None) -> list[str]:
    """The acknowledged contexts that are not there (or differ). A read that fails with a transient
    code is not a lost context: it is tried again (3 times in all) and counted in ``transient``."""
    c = mesh.client(source="bench.check")
    out = []
    for rid, content in acked.items():
        for attempt in range(3):
            try:
                if c.request("context.get", {"id": rid}, timeout=10)["context"]["content"] != content:
                    out.append(rid)
            except ProtocolError as e:
                if e.code.value in TRANSIENT and attempt < 2:
                    if transient is not None:
                        transient[e.code.value] = transient.get(e.code.value, 0) + 1
                    continue
                out.append(rid)
            break
    return out


def _transient_row(label: str, transient: dict) -> dict:
    return result(f"{label}: reads that failed transiently while checking (then retried)",
                  sum(transient.values()), "requests",
                  target="0" + (f" (got {transient})" if transient else ""), passed=not transient)


def _recovery(mesh: Mesh) -> dict:
    return mesh.request("sys.status", {}, target="context")["details"]["recovery"]


# ---- 1. kill -9 during writes -------------------------------------------------------------------------
def _snapshot(mesh: Mesh) -> list | str:
    """What the supervisors report, for a result that needs explaining."""
    try:
        return mesh.processes()
    except Exception as e:   # the mesh may be in any state here
        return f"{type(e).__name__}: {e}"


def kill_during_writes(home: Path, rounds: int) -> list[dict]:
    mesh = Mesh(home, only=ONLY).start()
    not_back: list = []
    try:
        key = load_or_create_key(home / "keys" / "seal.key")
        recoveries = []
        with Writer(mesh, key, "kill") as w:
            for _ in range(rounds):
                start = len(w.acked)
                _wait(lambda: len(w.acked) >= start + 40)
                pid = mesh.pid_of("context")
                os.kill(pid, signal.SIGKILL)
                try:
                    _restarted(mesh, pid)
                except TimeoutError:           # reported below, with what the supervisor said
                    not_back.append(_snapshot(mesh))
                    break
                recoveries.append(_recovery(mesh))
            if not not_back:
                _wait(lambda: len(w.acked) >= start + 80)
        transient: dict = {}
        missing = _missing(mesh, w.acked, transient) if not not_back else list(w.acked)
    finally:
        mesh.stop()
    torn = sum(r.get("torn_tail_bytes") or 0 for r in recoveries)
    return [
        result("kill -9 during writes: context back and serving within 60 s of each kill", len(recoveries),
               "restarts", anchor="kills", anchor_value=len(recoveries) + len(not_back),
               target="every one" + (f" (not back; the supervisors said: {str(not_back[0])[:300]})"
                                     if not_back else ""), passed=not not_back),
        result(f"kill -9 during writes x{rounds}: acknowledged lost", len(missing), "contexts",
               anchor="acknowledged writes", anchor_value=len(w.acked),
               target="== 0" + (" (not checked: the context actor did not come back)" if not_back else ""),
               passed=not missing),
        result("kill -9 during writes: unacknowledged torn tails cut at start-up", torn, "bytes"),
        result("kill -9 during writes: start-up recovery, mean", 1000 * sum(r.get("seconds") or 0 for r in
               recoveries) / max(1, len(recoveries)), "ms"),
        result("kill -9 during writes: refused while restarting (unavailable/timeout)",
               sum(w.errors.values()), "requests", target="only unavailable/timeout",
               passed=set(w.errors) <= {"unavailable", "timeout"}),
        _transient_row("kill -9 during writes", transient),
    ]


# ---- 2. damaged files ---------------------------------------------------------------------------------
def _segment(home: Path) -> Path:
    return sorted((home / "contexts" / "active").glob("*" + SUFFIX))[-1]


def _ids_by_range(buf: bytes) -> list[tuple[int, int, str]]:
    out = []
    for start, end, payload in scan(buf):
        if payload and payload.get("op") == "put":
            out.append((start, end, payload["ctx"]["id"]))
    return out


def damaged_files(home: Path, n: int) -> list[dict]:
    mesh = Mesh(home, only=ONLY).start()
    key = load_or_create_key(home / "keys" / "seal.key")
    try:
        with Writer(mesh, key, "dmg", pad=20) as w:
            _wait(lambda: len(w.acked) >= n)
        # one pattern + metrics file each, so their torn versions below are real files
        mesh.request("metrics.resources", {"samples": [{"name": "bench", "pid": 1, "cpu_percent": 1.0,
                                                        "rss_bytes": 1, "t": time.time()}]})
    finally:
        mesh.stop()
    seg = _segment(home)
    buf = seg.read_bytes()
    ranges = _ids_by_range(buf)
    # (a) a run of bytes overwritten in the middle; (b) the file cut inside its last record
    mid = len(buf) // 2
    hole = (mid, mid + 300)
    cut = ranges[-1][0] + (ranges[-1][1] - ranges[-1][0]) // 2
    destroyed = {rid for s, e, rid in ranges if s < hole[1] and e > hole[0]} | {ranges[-1][2]}
    with open(seg, "r+b") as f:
        f.seek(hole[0])
        f.write(os.urandom(hole[1] - hole[0]))
        f.truncate(cut)
    # (c) the index snapshot and (d) other state files torn mid-write
    torn_files = [p for p in (home / "contexts" / "index").glob("*") if p.is_file()]
    torn_files += [p for p in (home / "metrics").rglob("*") if p.is_file()]
    torn_files += [p for p in (home / "patterns").rglob("*") if p.is_file()]
    for p in torn_files:
        size = p.stat().st_size
        with open(p, "r+b") as f:
            f.truncate(size // 2)
    mesh = Mesh(home, only=ONLY)
    started = True
    try:
        mesh.start()
    except (RuntimeError, TimeoutError):
        started = False
    try:
        if started:
            rec = _recovery(mesh)
            transient: dict = {}
            missing = set(_missing(mesh, w.acked, transient))
            reported = rec.get("damage") or []
            lost_found = list((home / "contexts" / "lost+found").glob("*"))

            def covered(rid):
                s, e = next((s, e) for s, e, r in ranges if r == rid)
                return any(d["offset"] < e and d["offset"] + d["length"] > s for d in reported)
            unreported = [rid for rid in missing if not covered(rid)]
            extra = missing - destroyed
        else:
            rec, missing, unreported, extra, lost_found, transient = {}, set(), ["?"], set(), [], {}
    finally:
        mesh.stop()
    return [
        result("damaged files: actor starts and recovers", 1 if started else 0, "ok", target="== 1",
               passed=started),
        result("damaged files: contexts lost (their bytes destroyed)", len(missing), "contexts",
               anchor="records in the damaged bytes", anchor_value=len(destroyed),
               target="== destroyed", passed=started and missing == destroyed),
        result("damaged files: lost but not reported", len(unreported), "contexts", target="== 0",
               passed=started and not unreported),
        result("damaged files: intact contexts lost", len(extra), "contexts",
               anchor="acknowledged", anchor_value=len(w.acked), target="== 0", passed=started and not extra),
        result("damaged files: regions saved to lost+found", len(lost_found), "files",
               anchor="damaged regions reported", anchor_value=rec.get("damaged_regions") or 0),
        result("damaged files: torn state files (index, metrics, patterns)", len(torn_files), "files",
               anchor="index entries repaired", anchor_value=rec.get("index_repaired") or 0),
        _transient_row("damaged files", transient),
    ]


# ---- 3. full disk -------------------------------------------------------------------------------------
def _mount_tmpfs(where: Path, size_kb: int) -> str | None:
    """None when mounted, else why not."""
    if os.geteuid() != 0:
        return "not root"
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(where)],
                       capture_output=True, text=True)
    return None if r.returncode == 0 else (r.stderr.strip() or f"mount exited {r.returncode}")


def full_disk(home: Path, size_kb: int = 4096) -> list[dict]:
    contexts = home / "contexts"
    why = _mount_tmpfs(contexts, size_kb)
    if why is not None:
        return [result(f"full disk: not run (cannot mount a tmpfs: {why})", 0, "-", passed=None)]
    try:
        filler = contexts / "filler"
        with open(filler, "wb") as f:  # leave ~1 MiB: the segment, the lock and the index fit
            f.write(b"\0" * ((size_kb - 1024) * 1024))
        mesh = Mesh(home, only=ONLY).start()
        try:
            key = load_or_create_key(home / "keys" / "seal.key")
            c = mesh.client(source="bench.read")
            pid = mesh.pid_of("context")
            with Writer(mesh, key, "full", pad=1000) as w:
                _wait(lambda: w.errors.get("unavailable", 0) >= 20, timeout=120)
                acked_full = len(w.acked)
                reads_ok = bool(c.request("context.query", {"text": "storage fault", "k": 1})["results"])
                filler.unlink()
                _wait(lambda: len(w.acked) >= acked_full + 20, timeout=60)
            same_process = mesh.pid_of("context") == pid
            refused = dict(w.errors)
            os.kill(mesh.pid_of("context"), signal.SIGKILL)
            transient: dict = {}
            try:
                _restarted(mesh, pid)
                not_back = None
                missing = _missing(mesh, w.acked, transient)
            except TimeoutError:               # reported below, with what the supervisor said
                not_back = _snapshot(mesh)
                missing = list(w.acked)
        finally:
            mesh.stop()
    finally:
        subprocess.run(["umount", "-l", str(contexts)], capture_output=True)
    return [
        result("full disk: writes refused (unavailable, not acknowledged)", refused.get("unavailable", 0),
               "requests", target="> 0, nothing else", passed=set(refused) == {"unavailable"}),
        result("full disk: reads served while full", 1 if reads_ok else 0, "ok", target="== 1", passed=reads_ok),
        result("full disk: writes accepted again once space is freed (no restart)",
               len(w.acked) - acked_full, "contexts", target="> 0, same process",
               passed=same_process and len(w.acked) > acked_full),
        result("full disk: acknowledged lost (after kill -9 + restart)", len(missing), "contexts",
               anchor="acknowledged writes", anchor_value=len(w.acked),
               target="== 0" + (f" (not checked: the context actor was not back within 60 s; the supervisors "
                                f"said: {str(not_back)[:300]})" if not_back is not None else ""),
               passed=not missing),
        _transient_row("full disk (after kill -9 + restart)", transient),
    ]


def run(quick: bool = False) -> dict:
    results = []
    with tempfile.TemporaryDirectory(prefix="enclave-bench-storage-") as d:
        root = Path(d)
        results += kill_during_writes(private_dir(root / "kill" / "home"), rounds=2 if quick else 5)
        results += damaged_files(private_dir(root / "damage" / "home"), n=150 if quick else 600)
        results += full_disk(private_dir(root / "full" / "home"))
    return {"area": AREA, "machine": machine(), "results": results}
