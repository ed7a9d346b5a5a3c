"""The mesh harness: a real mesh (``enclave up``) in a private ENCLAVE_HOME, for the tests, the
benchmarks and the chaos runs; always cleaned up. A test helper, not part of the installed package."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil

from bus import Client, Endpoints
from protocol import ProtocolError

ROOT = Path(__file__).resolve().parents[1]  # the checkout: PYTHONPATH for the mesh


def mesh_env(home: Path, **extra) -> dict:
    env = {**os.environ, "ENCLAVE_HOME": str(home), "PYTHONPATH": str(ROOT), **extra}
    env.pop("ENCLAVE_RUNTIME_DIR", None)
    return env


class Mesh:
    def __init__(self, home: Path, *, only: list[str] | None = None, config: dict | None = None,
                 env: dict | None = None, wrap: list[str] | None = None):
        """``wrap``: a command the mesh runs under (e.g. ``setpriv`` dropping a capability)."""
        self.wrap = list(wrap or [])
        self.home = Path(home)
        self.home.mkdir(parents=True, exist_ok=True)
        if config:
            (self.home / "config.json").write_text(json.dumps(config))
        self.only = only
        self.env = mesh_env(self.home, **(env or {}))
        self.endpoints = Endpoints.for_runtime_dir(self.home / "run", (config or {}).get("bus", {}).get("tcp"))
        self.proc: subprocess.Popen | None = None
        self._clients: list[Client] = []

    # ---- lifecycle -------------------------------------------------------------------------------
    def start(self, timeout: float = 60) -> "Mesh":
        args = [*self.wrap, sys.executable, "-m", "actors.cli", "up"]
        for name in self.only or []:
            args += ["--only", name]
        self.log = open(self.home / "up.log", "ab")
        # ENCLAVE_PARENT_PID: the mesh dies with this process even if the test is killed mid-way
        self.proc = subprocess.Popen(args, env={**self.env, "ENCLAVE_PARENT_PID": str(os.getpid())},
                                     stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float = 60) -> dict:
        """Until every supervised process is running (registered)."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"enclave up exited with {self.proc.returncode}; see {self.home / 'up.log'}")
            try:
                last = self.processes()
                rows = [p for p in last if not p["name"].startswith("supervisor.")]
                if rows and all(p["state"] == "running" for p in rows) and \
                        (self.only is None or len(rows) >= len(self.only)):
                    return {p["name"]: p for p in last}
            except (ProtocolError, KeyError):
                pass
            time.sleep(0.1)
        raise TimeoutError(f"mesh not ready in {timeout}s: {last}")

    def stop(self, timeout: float = 15) -> None:
        for c in self._clients:
            c.close()
        self._clients.clear()
        if self.proc is None:
            return
        pids = self.all_pids()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        for pid in pids:   # nothing may outlive the mesh
            try:
                psutil.Process(pid).kill()
            except psutil.Error:
                pass
        self.log.close()
        self.proc = None

    def all_pids(self) -> list[int]:
        if self.proc is None:
            return []
        try:
            return [p.pid for p in psutil.Process(self.proc.pid).children(recursive=True)]
        except psutil.Error:
            return []

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # ---- talking to it ---------------------------------------------------------------------------
    def client(self, *, tools: bool = False, source: str = "test") -> Client:
        c = Client(self.endpoints.tools if tools else self.endpoints.internal, source=source)
        self._clients.append(c)
        return c

    def request(self, kind, body=None, *, target=None, timeout=10.0):
        c = getattr(self, "_admin", None) or self.client()
        self._admin = c
        return c.request(kind, body, target=target, timeout=timeout)

    def processes(self) -> list[dict]:
        bus = self.request("sys.status", {}, target="bus", timeout=2)
        rows = []
        for s in bus["details"]["services"]:
            if s["name"].startswith("supervisor.") and s["workers"]:
                rows += self.request("sys.status", {}, target=s["name"], timeout=3)["details"]["processes"]
        return rows

    def pid_of(self, name: str) -> int:
        for p in self.processes():
            if p["name"] == name and p.get("pid"):
                return p["pid"]
        raise KeyError(name)

    def cli(self, *args: str, input: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "actors.cli", *args], env=self.env, input=input,
                              capture_output=True, text=True, timeout=timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Adapter:
    """``enclave adapter ...`` as a real process beside a mesh."""

    def __init__(self, mesh: "Mesh", *args: str, ready_url: str | None = None, headers: dict | None = None):
        self.log = open(mesh.home / f"adapter-{args[0]}-{time.monotonic_ns()}.log", "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "actors.cli", "adapter", *args], env=mesh.env,
                                     stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT)
        if ready_url:
            self.wait(ready_url, headers or {})

    def wait(self, url: str, headers: dict, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"adapter exited with {self.proc.returncode}; see {self.log.name}")
            try:
                urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=2).read()
                return
            except urllib.error.HTTPError:
                return                      # it answers (an error status is an answer)
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        raise TimeoutError(f"adapter not ready at {url}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
