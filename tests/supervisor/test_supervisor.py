"""The supervisor with the real mesh: restarts, restart intensity, clean stop, no orphans, honcho."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from meshutil import ROOT, Mesh, mesh_env
from protocol import Code, ProtocolError


def wait_until(fn, timeout=20, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = fn()
        if value:
            return value
        time.sleep(step)
    raise TimeoutError("condition not met")


@pytest.mark.parametrize("owner, child", [(None, b"1"), ("3", b"3")])
def test_children_run_one_blas_thread_unless_the_owner_says_otherwise(mesh_factory, monkeypatch, owner, child):
    """A second OpenBLAS thread per actor fights the other actors for the cores (embedding p99 of a
    question: 173 ms instead of 11 with one busy neighbour)."""
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    mesh = mesh_factory(only=["bus", "privacy"], env={"OPENBLAS_NUM_THREADS": owner} if owner else None)
    environ = Path(f"/proc/{mesh.pid_of('privacy')}/environ").read_bytes().split(b"\0")
    assert b"OPENBLAS_NUM_THREADS=" + child in environ


@pytest.mark.parametrize("victim", ["privacy", "bus"])
def test_killed_child_is_back_and_registered(mesh_factory, victim):
    mesh = mesh_factory(only=["bus", "privacy", "router"])
    old = mesh.pid_of(victim)
    os.kill(old, signal.SIGKILL)

    def back():
        try:
            rows = {p["name"]: p for p in mesh.processes()}
        except Exception:
            return None
        row = rows.get(victim)
        return row if row and row["pid"] not in (None, old) and row["state"] == "running" else None

    row = wait_until(back)
    assert row["restarts"] == 1

    def answers():   # after a new bus, the workers register again on their own: until then, "restarted"
        try:
            return mesh.request("sys.ping", {}, target="privacy", timeout=5)["pid"]
        except ProtocolError as e:
            assert e.code == Code.UNAVAILABLE, e
            return None
    assert wait_until(answers) == mesh.pid_of("privacy")


def test_crash_looping_child_is_given_up(mesh_factory):
    config = {"supervisor": {"extra_processes": {"crasher": "crasher:run"},
                             "restart": {"max_restarts": 3, "window_s": 30, "backoff_initial_ms": 10}}}
    m = Mesh(Path(os.environ["ENCLAVE_HOME"]), only=["bus", "crasher"], config=config,
             env={"PYTHONPATH": f"{ROOT}:{Path(__file__).parent}"})
    m.proc = subprocess.Popen([sys.executable, "-m", "actors.cli", "up", "--only", "bus", "--only", "crasher"],
                              env=m.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    m.log = open(os.devnull, "wb")
    try:
        row = wait_until(lambda: next((p for p in _rows(m) if p["name"] == "crasher"
                                       and p["state"] == "failed"), None))
        assert row["restarts"] == 3 and row["pid"] is None and row["last_exit"] == 3
        assert m.request("sys.ping", {}, target="bus")["service"] == "bus"   # the rest keeps running
    finally:
        m.stop()


def _rows(m):
    try:
        return m.processes()
    except Exception:
        return []


def test_sigterm_stops_everything_in_reverse_order(mesh_factory, home):
    mesh = mesh_factory()
    pids = mesh.all_pids()
    assert len(pids) >= 5
    mesh.proc.send_signal(signal.SIGTERM)
    assert mesh.proc.wait(30) == 0
    gone, alive = psutil.wait_procs([psutil.Process(p) for p in pids if psutil.pid_exists(p)], timeout=10)
    assert not alive
    log = (home / "logs" / "supervisor.main.log").read_text()
    stopped = [line.split('"child": "')[1].split('"')[0] for line in log.splitlines() if '"child stopped"' in line]
    assert stopped == ["router", "llm", "context", "privacy", "bus"]


def test_children_die_with_a_killed_supervisor(mesh_factory):
    mesh = mesh_factory(only=["bus", "privacy"])
    pids = mesh.all_pids()
    os.kill(mesh.proc.pid, signal.SIGKILL)
    gone, alive = psutil.wait_procs([psutil.Process(p) for p in pids if psutil.pid_exists(p)], timeout=10)
    assert not alive


def test_honcho_runs_the_procfile(home, tmp_path):
    honcho = shutil.which("honcho", path=str(Path(sys.executable).parent))
    assert honcho, "honcho is a dependency"
    env = mesh_env(home)
    env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"
    proc = subprocess.Popen([honcho, "start", "-f", str(ROOT / "Procfile"), "-d", str(ROOT)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    m = Mesh(home)
    try:
        def all_up():
            ping = subprocess.run([sys.executable, "-m", "actors.cli", "ping", "router"], env=env,
                                  capture_output=True)
            if ping.returncode != 0:
                return None
            rows = _rows(m)
            names = {p["name"] for p in rows if p["state"] == "running"}
            return rows if {"bus", "router", "privacy", "context", "llm"} <= names else None
        rows = wait_until(all_up, timeout=60, step=0.3)
        sups = {p["name"] for p in rows if p["name"].startswith("supervisor.")}
        assert sups >= {"supervisor.bus", "supervisor.router", "supervisor.privacy", "supervisor.context",
                        "supervisor.llm"}
        # a crash under honcho is a restart, not the end of the formation
        os.kill(next(p["pid"] for p in rows if p["name"] == "context"), signal.SIGKILL)
        wait_until(lambda: any(p["name"] == "context" and p["restarts"] == 1 and p["state"] == "running"
                               for p in _rows(m)), timeout=20)
        # so is a SIGKILLed supervisor of a Procfile line: its keeper starts it again
        sup = next(p["pid"] for p in _rows(m) if p["name"] == "supervisor.privacy")
        os.kill(sup, signal.SIGKILL)
        wait_until(lambda: any(p["name"] == "privacy" and p["state"] == "running" and p["pid"]
                               for p in _rows(m)) and any(p["name"] == "supervisor.privacy" and p["pid"] != sup
                                                           for p in _rows(m)), timeout=30)
        assert proc.poll() is None
    finally:
        pids = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        psutil.wait_procs([psutil.Process(p) for p in pids if psutil.pid_exists(p)], timeout=10)
        m.stop()


def test_a_killed_supervisor_is_started_again_with_its_children(mesh_factory):
    mesh = mesh_factory(only=["bus", "privacy"])
    sup = mesh.pid_of("supervisor.main")
    old_privacy = mesh.pid_of("privacy")
    os.kill(sup, signal.SIGKILL)

    def back():
        rows = {p["name"]: p for p in _rows(mesh)}
        ok = rows.get("supervisor.main", {}).get("pid") not in (None, sup) and \
            rows.get("privacy", {}).get("pid") not in (None, old_privacy) and \
            all(rows.get(n, {}).get("state") == "running" for n in ("bus", "privacy"))
        return rows if ok else None

    wait_until(back, timeout=30)
    assert mesh.proc.poll() is None          # the keeper (what honcho sees) never exited


def test_a_socket_dir_others_could_change_stops_up_with_a_clear_error(tmp_path):
    """The runtime dir under a directory anyone can write to (no sticky bit): another user could
    rename it and put their sockets in its place. The bus refuses, and `enclave up` says why and
    exits 2 — no restart loop, no hang."""
    open_to_all = tmp_path / "shared"
    open_to_all.mkdir()
    os.chmod(open_to_all, 0o777)
    home = open_to_all / "home"
    out = subprocess.run([sys.executable, "-m", "actors.cli", "up", "--only", "bus", "--only", "router"],
                         env=mesh_env(home), capture_output=True, text=True, timeout=120)
    assert out.returncode == 2, out.stderr[-2000:]
    assert f"{open_to_all} is writable by others" in out.stderr
    assert "Traceback" not in out.stderr
