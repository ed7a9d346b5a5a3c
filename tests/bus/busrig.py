"""A real broker process and real worker processes for the bus tests."""
import json
import subprocess
import sys
import time
from pathlib import Path

from bus import Client, Endpoints
from protocol import ProtocolError

PEERS = str(Path(__file__).with_name("peers.py"))


class BusRig:
    """A real broker process and real worker processes in a private runtime dir."""

    def __init__(self, rundir: Path, **broker_opts):
        self.rundir = rundir
        self.broker_opts = {"heartbeat_ms": 200, "liveness": 3, "max_queue": 3, "no_worker_wait_ms": 1000,
                            **broker_opts}
        self.endpoints = Endpoints.for_runtime_dir(rundir, broker_opts.get("tcp"))
        self.procs: list[subprocess.Popen] = []
        self.clients: list[Client] = []
        self.broker = None

    def start_broker(self):
        self.broker = subprocess.Popen([sys.executable, PEERS, "broker", str(self.rundir),
                                        json.dumps(self.broker_opts)], stdout=subprocess.PIPE)
        self.procs.append(self.broker)
        assert self.broker.stdout.readline().strip() == b"ready"
        return self.broker

    def worker(self, service, **opts):
        opts.setdefault("heartbeat_ms", 200)
        p = subprocess.Popen([sys.executable, PEERS, "echo", str(self.rundir), service, json.dumps(opts)])
        self.procs.append(p)
        self.wait_for(service, pid=p.pid)
        return p

    def client(self, tools=False, **kw):
        c = Client(self.endpoints.tools if tools else self.endpoints.internal, **kw)
        self.clients.append(c)
        return c

    def status(self):
        if getattr(self, "_admin", None) is None:
            self._admin = self.client()
        return self._admin.request("sys.status", {}, target="bus", timeout=3)["details"]

    def wait_for(self, service, pid=None, timeout=20):
        deadline = time.monotonic() + timeout
        c = self.client()
        while time.monotonic() < deadline:
            try:
                workers = c.request("sys.status", {}, target="bus", timeout=1)["details"]["workers"]
                if any(w["service"] == service and (pid is None or w["pid"] == pid) for w in workers):
                    return
            except ProtocolError:
                pass
            time.sleep(0.05)
        raise TimeoutError(f"{service} (pid {pid}) never registered")

    def wait_inflight(self, service, timeout=20):
        """Until the broker has a request of ``service`` in flight at a worker."""
        self._until(lambda d: any(s["name"] == service and s["inflight"] for s in d["services"]), timeout,
                    f"no request of {service} in flight")

    def _until(self, cond, timeout, what):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if cond(self.status()):
                return
            time.sleep(0.02)
        raise TimeoutError(what)

    def close(self):
        for c in self.clients:
            c.close()
        for p in self.procs:
            if p.poll() is None:
                p.kill()
            p.wait()


