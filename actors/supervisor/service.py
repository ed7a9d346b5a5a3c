"""The supervisor: starts its children, restarts them, stops them; itself a bus service.

``enclave up`` runs one supervisor (label ``main``) over every process; under honcho each Procfile
line runs ``enclave run NAME``: a supervisor over that one process, so a crash is a restart and never
a shutdown of the whole formation. Each supervisor registers ``supervisor.<label>`` so
``enclave status`` can find all of them.

Quiet when nothing happens: a child's exit wakes the socket thread through its pidfd (no polling),
a restart in back-off is a timer, and the watch thread asks the bus who is registered only while a
child is starting; otherwise it wakes for the resource samples alone.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time

import psutil

from actors.base import Actor, Environment, handles
from actors.run import EXIT_CONFIG
from protocol import ProtocolError
from protocol.kinds.sys import ShutdownReply

from .children import Child, actor_argv

STARTING_POLL_S = 0.05     # how often the watch thread asks the bus while a child is starting
NO_PIDFD_POLL_S = 0.2      # without pidfds, how often exits are polled


class Supervisor(Actor):
    capacity = 2
    tick_ms = 50               # the first look at the children; then ``tick`` says when
    def __init__(self, env: Environment, log, *, label: str, names: list[str]):
        self.service = f"supervisor.{label}"
        super().__init__(env, log)
        conf = env.settings.supervisor
        self.grace_s = conf.stop_grace_s
        self.sample_s = conf.resource_sample_s
        self.children = [Child(n, actor_argv(n), conf.restart) for n in names]
        self.bus_pid: int | None = None
        self.registered: set[int] = set()
        self._stop = threading.Event()
        self._starting = threading.Event()      # set while a child waits to register
        self._watching: set[int] = set()        # exit fds the socket loop waits on
        self._watch = threading.Thread(target=self._watch_bus, daemon=True, name="bus-watch")
        self.fatal = False          # set when the mesh cannot run at all (``enclave up`` exits 2)
        self._me = psutil.Process()
        self._me.cpu_percent(None)

    # ---- lifecycle -------------------------------------------------------------------------------
    def setup(self) -> None:
        for child in self.children:
            self._spawn(child)
        self._watch.start()

    def teardown(self) -> None:
        self._stop.set()
        self._starting.set()
        self.stop_children()
        if self._watch.is_alive():      # before the process closes the sockets under it
            self._watch.join(5)

    def _spawn(self, child: Child) -> None:
        child.spawn()                 # its exit fd is watched from the next tick on
        self._starting.set()

    def stop_children(self) -> None:
        """Reverse order, each with a grace period, then kill whatever is left."""
        for child in reversed(self.children):
            if child.proc is None or child.proc.poll() is not None:
                child.state = "stopped"
                child.close_exit_fd()
                continue
            child.state = "stopping"
            child.terminate()
            try:
                child.proc.wait(self.grace_s)
            except Exception:
                self.log.warning("child ignored SIGTERM; killing", child=child.name, pid=child.pid)
                child.kill()
            child.state = "stopped"
            child.close_exit_fd()
            self.log.info("child stopped", child=child.name)

    # ---- the loop (socket thread): exits, registrations, restarts --------------------------------
    def tick(self) -> float:
        """Look at every child; returns the seconds until something is due (a restart, a check)."""
        for child in self.children:
            if child.exit_fd is not None and child.exit_fd not in self._watching:
                self._watching.add(child.exit_fd)
                self.worker.watch(child.exit_fd, self.tick)
        now = time.monotonic()
        due = float("inf")
        for child in self.children:
            if child.state in ("starting", "running"):
                code = child.poll_exit()
                if code is not None:
                    self._on_exit(child, code, now)
                elif child.state == "starting" and self._is_registered(child):
                    child.state = "running"
                    child.ready_at = time.time()
                    self.log.info("child registered", child=child.name, pid=child.pid,
                                  after_s=round(child.ready_at - child.started_at, 3))
                    self.publish("supervisor.child.ready", {"child": child.name, "pid": child.pid})
            if child.state == "backoff":
                if now >= child.next_start:
                    self._spawn(child)
                    self.log.info("child restarted", child=child.name, pid=child.pid, restarts=child.restarts)
                else:
                    due = min(due, child.next_start - now)
            if child.state == "starting" or (child.exit_fd is None and child.state == "running"):
                due = min(due, STARTING_POLL_S if child.state == "starting" else NO_PIDFD_POLL_S)
        return due if due != float("inf") else 3600.0

    def _on_exit(self, child: Child, code: int, now: float) -> None:
        if child.exit_fd is not None:
            self.worker.watch(child.exit_fd, None)
            self._watching.discard(child.exit_fd)
        child.close_exit_fd()
        child.on_exit(code, now)
        level = self.log.error if child.state == "failed" else self.log.warning
        level("child exited", child=child.name, code=code, state=child.state, restarts=child.restarts)
        # the bus drops the dead child's workers on this event (see bus.broker)
        self.publish("supervisor.child.exited", {"child": child.name, "pid": child.pid, "code": code,
                                                 "state": child.state})
        if child.name == "bus" and code == EXIT_CONFIG:
            # nothing works without the bus, and it said why it cannot start: stop, and say so
            self.log.error("the bus cannot start; stopping (its reason is logged above)")
            self.fatal = True
            os.kill(os.getpid(), signal.SIGTERM)

    def _is_registered(self, child: Child) -> bool:
        if child.name == "bus":
            return self.bus_pid == child.pid
        return child.pid in self.registered

    def _watch_bus(self) -> None:
        """Learn which pids are registered on the bus (a child counts as started only then), and
        send the resource samples. Sleeps between samples while no child is starting."""
        client = None
        next_sample = time.monotonic() + self.sample_s
        while not self._stop.is_set():
            starting = any(c.state == "starting" for c in self.children)
            if starting:
                try:
                    client = client or self.env.client(self.service + ".watch")
                    status = client.request("sys.status", {}, target="bus", timeout=0.3)
                    self.bus_pid = status["pid"]
                    self.registered = {w["pid"] for w in status["details"]["workers"]}
                except ProtocolError:
                    self.bus_pid = None
                    if client is not None:      # drop any late replies with the socket
                        client.close()
                        client = None
            if time.monotonic() >= next_sample:
                next_sample = time.monotonic() + self.sample_s
                client = client or self.env.client(self.service + ".watch")
                self._send_samples(client)
            if starting:
                self._stop.wait(STARTING_POLL_S)
            else:
                self._starting.clear()
                self._starting.wait(max(0.0, next_sample - time.monotonic()))
        if client is not None:
            client.close()

    def _send_samples(self, client) -> None:
        """CPU and RSS of every process, to the context actor's metrics (best effort)."""
        now = time.time()
        rows = self.status_details()["processes"]
        samples = [{"name": r["name"], "pid": r["pid"], "cpu_percent": r["cpu_percent"],
                    "rss_bytes": r["rss_bytes"], "t": now} for r in rows if r.get("pid")]
        try:
            client.request("metrics.resources", {"samples": samples}, timeout=1.0)
        except ProtocolError:
            pass   # no context actor in this mesh, or it is restarting

    # ---- kinds -----------------------------------------------------------------------------------
    def status_details(self) -> dict:
        me = {"name": self.service, "pid": os.getpid(), "uptime_s": round(time.time() - self.started, 3),
              "restarts": 0, "state": "running", "cpu_percent": self._me.cpu_percent(None),
              "rss_bytes": self._me.memory_info().rss, "last_exit": None}
        return {"processes": [me] + [c.row() for c in self.children]}

    @handles("sys.shutdown", inline=True)
    def _shutdown(self, req) -> ShutdownReply:
        self.log.info("shutdown requested", source=req.source)
        threading.Thread(target=lambda: (time.sleep(0.05), os.kill(os.getpid(), 15)), daemon=True).start()
        return ShutdownReply(stopping=True)


def main(argv: list[str]) -> int:
    """``python -m actors.supervisor LABEL NAME...`` (started by the keeper)."""
    if len(argv) < 2:
        print("usage: python -m actors.supervisor LABEL NAME...", file=sys.stderr)
        return 2
    from actors.run import run_process
    label, names = argv[0], argv[1:]
    def body(env, log, stop):
        supervisor = Supervisor(env, log, label=label, names=names)
        supervisor.run(stop)
        if supervisor.fatal:
            raise SystemExit(EXIT_CONFIG)
    return run_process(f"supervisor.{label}", body)
