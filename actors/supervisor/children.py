"""One supervised child: its process, its state machine and its restart policy.

States: starting (spawned, not yet registered on the bus) -> running -> exited -> backoff ->
starting ... or failed (restart intensity exceeded, as in OTP: more than ``max_restarts`` restarts in
``window_s`` seconds) or stopped (asked to stop).
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import deque
from dataclasses import dataclass, field

import psutil

from actors.run import EXIT_CONFIG
from actors.shared.settings.schema import Restart

# What every child gets unless the owner's environment says otherwise. One BLAS thread: each actor is
# one process among several on the same cores, and numpy's OpenBLAS spinning a second thread while
# the router and the privacy filter run made the question's embedding 173 ms at p99 instead of 11.
CHILD_ENV_DEFAULTS = {"OPENBLAS_NUM_THREADS": "1"}


@dataclass
class Child:
    name: str
    argv: list[str]
    policy: Restart                # supervisor.restart from the settings
    env: dict = field(default_factory=dict)
    state: str = "new"
    proc: subprocess.Popen | None = None
    started_at: float = 0.0        # wall clock, for uptime
    ready_at: float = 0.0
    restarts: int = 0
    last_exit: int | None = None
    next_start: float = 0.0        # monotonic time of the next start attempt while in backoff
    consecutive_crashes: int = 0
    history: deque = field(default_factory=deque)   # monotonic times of restarts, for intensity
    exit_fd: int | None = None     # a pidfd: readable when the process has exited (None: poll)
    _ps: psutil.Process | None = None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def spawn(self) -> None:
        env = {**CHILD_ENV_DEFAULTS, **os.environ, **self.env, "ENCLAVE_PARENT_PID": str(os.getpid())}
        # exec, never fork-and-continue: see actors/run.py
        self.proc = subprocess.Popen(self.argv, env=env, stdin=subprocess.DEVNULL, close_fds=True)
        self.started_at = time.time()
        self.state = "starting"
        self._ps = None
        self.close_exit_fd()
        try:
            self.exit_fd = os.pidfd_open(self.proc.pid)
        except (AttributeError, OSError):
            self.exit_fd = None        # no pidfd (old kernel): the supervisor polls instead

    def close_exit_fd(self) -> None:
        if self.exit_fd is not None:
            os.close(self.exit_fd)
            self.exit_fd = None

    def poll_exit(self) -> int | None:
        return None if self.proc is None else self.proc.poll()

    def on_exit(self, code: int, now: float) -> None:
        """Decide what happens after the process ended unexpectedly."""
        self.last_exit = code
        if code == EXIT_CONFIG:            # it said why it cannot run; a restart would say it again
            self.state = "failed"
            return
        ran_for = time.time() - self.started_at
        self.consecutive_crashes = 0 if ran_for >= self.policy.stable_after_s else self.consecutive_crashes + 1
        while self.history and now - self.history[0] > self.policy.window_s:
            self.history.popleft()
        if len(self.history) >= self.policy.max_restarts:
            self.state = "failed"
            return
        self.history.append(now)
        delay = min(self.policy.backoff_max_ms,
                    self.policy.backoff_initial_ms * (2 ** max(0, self.consecutive_crashes - 1)))
        self.next_start = now + delay / 1000
        self.state = "backoff"
        self.restarts += 1

    def terminate(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.proc.terminate()
            except ProcessLookupError:
                pass

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.proc.kill()
            except ProcessLookupError:
                pass
            self.proc.wait()

    def row(self) -> dict:
        """The status row ``enclave status`` shows."""
        cpu, rss = 0.0, 0
        alive = self.proc is not None and self.proc.poll() is None
        if alive:
            try:
                if self._ps is None or self._ps.pid != self.proc.pid:
                    self._ps = psutil.Process(self.proc.pid)
                    self._ps.cpu_percent(None)
                cpu = self._ps.cpu_percent(None)
                rss = self._ps.memory_info().rss
            except psutil.Error:
                pass
        return {"name": self.name, "pid": self.pid if alive else None,
                "uptime_s": round(time.time() - self.started_at, 3) if alive else 0.0,
                "restarts": self.restarts, "state": self.state, "cpu_percent": cpu, "rss_bytes": rss,
                "last_exit": self.last_exit}


def actor_argv(name: str) -> list[str]:
    return [sys.executable, "-m", "actors.run", name]
