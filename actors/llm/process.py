"""The manager's handle on one model worker process: start it, talk to it, watch it, stop it.

The worker is started by exec (``python -m actors.llm.worker``), never by fork. Its death is noticed
from the ``Popen`` while a request waits on it (every ``POLL_S``), so a worker killed mid-stream fails
its request with ``unavailable`` at once instead of hanging.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import psutil
import zmq

from protocol.errors import Code, ProtocolError

from . import channel

POLL_S = 0.05          # how often a waiting request checks that its worker still lives


class WorkerDied(ProtocolError):
    def __init__(self, model: str, returncode: int | None):
        how = f"signal {-returncode}" if returncode is not None and returncode < 0 else f"exit {returncode}"
        super().__init__(Code.UNAVAILABLE, f"the worker of {model} died ({how}); it reloads on the next "
                                           f"request", details={"model": model, "returncode": returncode})
        self.returncode = returncode


class LoadFailed(ProtocolError):
    pass


class WorkerProcess:
    def __init__(self, model: str, path: str, settings: dict, *, socket_dir: Path, log_dir: Path,
                 priority: str = "low", ctx: zmq.Context | None = None):
        self.model, self.path, self.settings, self.priority = model, path, dict(settings), priority
        self.ctx = ctx or zmq.Context.instance()
        cmd_ep, evt_ep, self._files = channel.endpoints(socket_dir)
        cmd, self.evt = channel.bind(self.ctx, cmd_ep, evt_ep)
        self.cmd = channel.Sender(cmd)
        log_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(log_dir / f"llm-worker-{model}.log", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._log = open(fd, "ab")   # the user's alone, like every log
        env = {**os.environ, "ENCLAVE_PARENT_PID": str(os.getpid())}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "actors.llm.worker", "--model", model, "--path", path, "--cmd", cmd_ep,
             "--evt", evt_ep, "--settings", json.dumps(self.settings), "--priority", priority],
            env=env, stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log, close_fds=True)
        self.pid = self.proc.pid
        self.started_at = time.time()
        self.load_ms = 0.0
        self.info: dict = {}
        self.threads = int(self.settings.get("threads", 1))
        self._ps: psutil.Process | None = None
        self._next_id = 0

    # ---- lifecycle ----------------------------------------------------------------------------------
    def wait_ready(self, timeout_s: float = 120.0) -> float:
        """Block until the model is loaded; returns load ms. ``LoadFailed`` if it cannot load."""
        give_up = time.monotonic() + timeout_s
        while time.monotonic() < give_up:
            msg = channel.recv(self.evt, POLL_S)
            if msg is None:
                if self.proc.poll() is not None:
                    raise LoadFailed(Code.UNAVAILABLE, f"the worker of {self.model} exited while loading "
                                                       f"(code {self.proc.returncode})",
                                     details={"model": self.model})
                continue
            if msg.get("op") == "ready":
                self.load_ms = float(msg.get("load_ms", 0.0))
                self.info = msg
                return self.load_ms
            if msg.get("op") == "load_failed":
                err = msg.get("error") or {}
                raise LoadFailed(err.get("code", "unavailable"),
                                 f"{self.model} failed to load: {err.get('message', '?')}",
                                 details={"model": self.model})
        self.kill()
        raise LoadFailed(Code.UNAVAILABLE, f"{self.model} did not load within {timeout_s:.0f} s",
                         details={"model": self.model})

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, grace_s: float = 2.0) -> None:
        """Ask the worker to stop, then make sure it has; also resumes it if it was SIGSTOPped."""
        if self.alive:
            self._signal(signal.SIGCONT)
            self.cmd.send({"op": "stop"})
            try:
                self.proc.wait(grace_s)
            except subprocess.TimeoutExpired:
                self.kill()
        self.close()

    def kill(self) -> None:
        if self.alive:
            self._signal(signal.SIGKILL)
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            pass

    def close(self) -> None:
        self.cmd.sock.close(linger=0)
        self.evt.close(linger=0)
        self._log.close()
        for f in self._files:
            try:
                f.unlink()
            except OSError:
                pass

    def _signal(self, sig: int) -> None:
        try:
            self.proc.send_signal(sig)
        except (ProcessLookupError, OSError):
            pass

    # ---- requests -----------------------------------------------------------------------------------
    def start(self, op: str, **fields) -> int:
        self._next_id += 1
        if not self.cmd.send({"op": op, "id": self._next_id, **fields}):
            raise WorkerDied(self.model, self.proc.poll())
        return self._next_id

    def cancel(self, rid: int) -> None:
        self.cmd.send({"op": "cancel", "id": rid})

    def set_threads(self, n: int) -> None:
        if n != self.threads and self.cmd.send({"op": "threads", "n": n}):
            self.threads = n

    def events(self, rid: int) -> Iterator[dict | None]:
        """The worker's messages about request ``rid`` (``None`` every ``POLL_S`` while it is quiet, so
        the caller can look at cancellation); ends after ``done`` or ``error``. ``WorkerDied`` if the
        process exits first."""
        while True:
            msg = channel.recv(self.evt, POLL_S)
            if msg is None:
                if self.proc.poll() is not None:
                    raise WorkerDied(self.model, self.proc.returncode)
                yield None
                continue
            if msg.get("id") != rid:
                continue                     # a late message of an earlier, abandoned request
            yield msg
            if msg.get("op") in ("done", "error"):
                return

    # ---- status -------------------------------------------------------------------------------------
    def usage(self) -> tuple[float, int, int | None]:
        """(cpu percent since the last call, rss bytes, nice)."""
        try:
            if self._ps is None:
                self._ps = psutil.Process(self.pid)
                self._ps.cpu_percent(None)
            with self._ps.oneshot():
                return self._ps.cpu_percent(None), self._ps.memory_info().rss, self._ps.nice()
        except psutil.Error:
            return 0.0, 0, None

    def rss(self) -> int:
        try:
            return psutil.Process(self.pid).memory_info().rss
        except psutil.Error:
            return 0
