"""The supervisor: starts its children, restarts them, stops them; itself a bus service.

``enclave up`` runs one supervisor (label ``main``) over every process; under honcho each Procfile
line runs ``enclave run NAME``: a supervisor over that one process, so a crash is a restart and never
a shutdown of the whole formation. Each supervisor registers ``supervisor.<label>`` so
``enclave status`` can find all of them.
"""
from __future__ import annotations

import os
import threading
import time

import psutil

from actors.base import Actor, Environment, handles
from actors.shared import config as cfg
from protocol import ProtocolError

from .children import Child, RestartPolicy, actor_argv


class Supervisor(Actor):
    capacity = 2
    tick_ms = 50

    def __init__(self, env: Environment, log, *, label: str, names: list[str]):
        self.service = f"supervisor.{label}"
        super().__init__(env, log)
        conf = cfg.section(env.config, "supervisor")
        policy = RestartPolicy.from_config(conf.get("restart", {}))
        self.grace_s = float(conf.get("stop_grace_s", 5))
        self.sample_s = float(conf.get("resource_sample_s", 10))
        self.children = [Child(n, actor_argv(n), policy) for n in names]
        self.bus_pid: int | None = None
        self.registered: set[int] = set()
        self._stop = threading.Event()
        self._watch = threading.Thread(target=self._watch_bus, daemon=True, name="bus-watch")
        self._me = psutil.Process()
        self._me.cpu_percent(None)

    # ---- lifecycle -------------------------------------------------------------------------------
    def setup(self) -> None:
        for child in self.children:
            child.spawn()
            self.log.info("child started", child=child.name, pid=child.pid)
        self._watch.start()

    def teardown(self) -> None:
        self._stop.set()
        self.stop_children()

    def stop_children(self) -> None:
        """Reverse order, each with a grace period, then kill whatever is left."""
        for child in reversed(self.children):
            if child.proc is None or child.proc.poll() is not None:
                child.state = "stopped"
                continue
            child.state = "stopping"
            child.terminate()
            try:
                child.proc.wait(self.grace_s)
            except Exception:
                self.log.warning("child ignored SIGTERM; killing", child=child.name, pid=child.pid)
                child.kill()
            child.state = "stopped"
            self.log.info("child stopped", child=child.name)

    # ---- the loop --------------------------------------------------------------------------------
    def tick(self) -> None:
        now = time.monotonic()
        for child in self.children:
            if child.state in ("starting", "running"):
                code = child.poll_exit()
                if code is not None:
                    child.on_exit(code, now)
                    level = self.log.error if child.state == "failed" else self.log.warning
                    level("child exited", child=child.name, code=code, state=child.state,
                          restarts=child.restarts)
                    self.publish("supervisor.child.exited", {"child": child.name, "code": code,
                                                             "state": child.state})
                elif child.state == "starting" and self._is_registered(child):
                    child.state = "running"
                    child.ready_at = time.time()
                    self.log.info("child registered", child=child.name, pid=child.pid,
                                  after_s=round(child.ready_at - child.started_at, 3))
                    self.publish("supervisor.child.ready", {"child": child.name, "pid": child.pid})
            if child.state == "backoff" and now >= child.next_start:
                child.spawn()
                self.log.info("child restarted", child=child.name, pid=child.pid, restarts=child.restarts)

    def _is_registered(self, child: Child) -> bool:
        if child.name == "bus":
            return self.bus_pid == child.pid
        return child.pid in self.registered

    def _watch_bus(self) -> None:
        """Learn which pids are registered on the bus (a child counts as started only then)."""
        client = None
        next_sample = time.monotonic() + self.sample_s
        while not self._stop.is_set():
            starting = any(c.state == "starting" for c in self.children)
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
            if client is not None and time.monotonic() >= next_sample:
                next_sample = time.monotonic() + self.sample_s
                self._send_samples(client)
            self._stop.wait(0.05 if starting else 0.5)
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
    def _shutdown(self, req) -> dict:
        self.log.info("shutdown requested", source=req.source)
        threading.Thread(target=lambda: (time.sleep(0.05), os.kill(os.getpid(), 15)), daemon=True).start()
        return {"stopping": True}


def run_supervisor(label: str, names: list[str]) -> int:
    """Run a supervisor in this process until SIGTERM/SIGINT (used by ``enclave up`` and ``enclave run``)."""
    from actors.base import install_stop_signals
    from actors.run import die_with_parent
    from actors.shared import logging as elog
    die_with_parent()   # when a test or a script started us with ENCLAVE_PARENT_PID
    env = Environment.load()
    logcfg = env.config.get("logging", {})
    log = elog.configure(f"supervisor.{label}", env.paths.logs, level=logcfg.get("level", "info"),
                         console=logcfg.get("console", True),
                         privacy_rules=env.config.get("privacy_rules"))
    stop = threading.Event()
    install_stop_signals(stop)
    sup = Supervisor(env, log, label=label, names=names)
    try:
        sup.run(stop)
    finally:
        env.ctx.destroy(linger=0)
    return 0
