"""The manager's handle on one model worker process: start it, talk to it, watch it, stop it.

The worker is started by exec (``python -m actors.llm.service.worker``), never by fork. Its death is noticed
from the ``Popen`` while a request waits on it (every ``POLL_S``), so a worker killed mid-stream fails
its request with ``unavailable`` at once instead of hanging.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import psutil
import zmq

import msgspec

from actors.shared.settings.schema import ModelConfig
from protocol import channel as ch
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
    def __init__(self, model: str, path: str, settings: ModelConfig, *, socket_dir: Path, log_dir: Path,
                 priority: str, ctx: zmq.Context | None = None):
        self.model, self.path, self.settings, self.priority = model, path, settings, priority
        self.ctx = ctx or zmq.Context.instance()
        cmd_ep, evt_ep, self._files = channel.endpoints(socket_dir)
        cmd, self.evt = channel.bind(self.ctx, cmd_ep, evt_ep)
        self.cmd = channel.Sender(cmd)
        log_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(log_dir / f"llm-worker-{model}.log", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._log = open(fd, "ab")   # the user's alone, like every log
        env = {**os.environ, "ENCLAVE_PARENT_PID": str(os.getpid())}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "actors.llm.service.worker", "--model", model, "--path", path,
             "--cmd", cmd_ep, "--evt", evt_ep, "--settings", msgspec.json.encode(settings).decode(),
             "--priority", priority],
            env=env, stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log, close_fds=True)
        self.pid = self.proc.pid
        self.started_at = time.time()
        self.load_ms = 0.0
        self.info: ch.Ready | None = None
        self.threads = settings.threads
        self._ps: psutil.Process | None = None
        self._next_id = 0

    # ---- lifecycle ----------------------------------------------------------------------------------
    def wait_ready(self, timeout_s: float = 120.0) -> float:
        """Block until the model is loaded; returns load ms. ``LoadFailed`` if it cannot load."""
        give_up = time.monotonic() + timeout_s
        while time.monotonic() < give_up:
            try:
                msg = channel.recv(self.evt, ch.decode_event, POLL_S)
            except channel.BadMessage as e:
                self.kill()
                raise LoadFailed(Code.UNAVAILABLE, f"the worker of {self.model} speaks another channel: {e}",
                                 details={"model": self.model}) from None
            if msg is None:
                if self.proc.poll() is not None:
                    raise LoadFailed(Code.UNAVAILABLE, f"the worker of {self.model} exited while loading "
                                                       f"(code {self.proc.returncode})",
                                     details={"model": self.model})
                continue
            if isinstance(msg, ch.Ready):
                if msg.version != ch.VERSION:
                    self.kill()
                    raise LoadFailed(Code.UNAVAILABLE, f"the worker of {self.model} speaks channel version "
                                                       f"{msg.version}, not {ch.VERSION}",
                                     details={"model": self.model})
                self.load_ms = msg.load_ms
                self.info = msg
                return self.load_ms
            if isinstance(msg, ch.LoadFailed):
                raise LoadFailed(msg.error.code, f"{self.model} failed to load: {msg.error.message}",
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
            self.cmd.send(ch.Stop())
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
    def start(self, make) -> int:
        """Send ``make(id)`` (a ``Generate`` or ``Embed``) under a fresh request id."""
        self._next_id += 1
        if not self.cmd.send(make(self._next_id)):
            raise WorkerDied(self.model, self.proc.poll())
        return self._next_id

    def cancel(self, rid: int) -> None:
        self.cmd.send(ch.Cancel(id=rid))

    def set_threads(self, n: int) -> None:
        if n != self.threads and self.cmd.send(ch.Threads(n=n)):
            self.threads = n

    def events(self, rid: int) -> Iterator[ch.Event | None]:
        """The worker's messages about request ``rid`` (``None`` every ``POLL_S`` while it is quiet, so
        the caller can look at cancellation); ends after a final event. ``WorkerDied`` if the process
        exits first."""
        while True:
            try:
                msg = channel.recv(self.evt, ch.decode_event, POLL_S)
            except channel.BadMessage:
                continue                     # never from our own worker; not worth a crash
            if msg is None:
                if self.proc.poll() is not None:
                    raise WorkerDied(self.model, self.proc.returncode)
                yield None
                continue
            if getattr(msg, "id", None) != rid:
                continue                     # a late message of an earlier, abandoned request
            yield msg
            if isinstance(msg, ch.FINAL_EVENTS):
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
