"""Peer processes for the bus tests (run as scripts so they are real, separate processes).

    python peers.py broker RUNDIR OPTIONS_JSON
    python peers.py echo RUNDIR SERVICE OPTIONS_JSON   (options: capacity, credit, identity, heartbeat_ms,
                                                        stop_on_sigterm)
"""
import json
import os
import signal
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from actors.shared.settings import defaults  # noqa: E402
from bus import Broker, Endpoints, Worker  # noqa: E402
from bus.security import Keyring  # noqa: E402

# the mesh's bus settings, without the services it knows of (a test names its own)
BUS = {**{k: v for k, v in defaults()["bus"].items() if k != "tcp"}, "known_services": ()}


def broker(rundir, opts):
    keys = opts.pop("keys", None)
    tcp = opts.pop("tcp", None)
    if tcp:
        tcp = {**defaults()["bus"]["tcp"], "enabled": True, **tcp}
    b = Broker(Endpoints.for_runtime_dir(Path(rundir), tcp), keyring=Keyring(Path(keys)) if keys else None,
               **{**BUS, **opts})
    b.bind()
    print("ready", flush=True)
    b.run()


def echo(rundir, service, opts):
    def handle(req):
        body = req.body
        if req.kind.name == "sys.ping":
            return {"service": service, "pid": os.getpid(), "uptime_s": 0.0, "version": "1.0"}
        if body.delay_ms and req.cancelled.wait(body.delay_ms / 1000):
            req.check()
        if body.repeat:
            every = body.data.get("every_ms", 0) / 1000 if isinstance(body.data, dict) else 0
            def stream():
                for i in range(body.repeat):
                    if every and req.cancelled.wait(every):
                        return {"data": body.data}
                    yield {"data": body.data, "index": i}
                return {"data": body.data}
            return stream()
        return {"data": body.data}

    identity = opts.pop("identity", None)
    stop = threading.Event()
    if opts.pop("stop_on_sigterm", False):      # as every actor of the mesh does (actors.run)
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    w = Worker(Endpoints.for_runtime_dir(Path(rundir)).internal, service, handle,
               identity=identity.encode() if identity else None, **opts)
    w.run(stop)


if __name__ == "__main__":
    if sys.argv[1] == "broker":
        broker(sys.argv[2], json.loads(sys.argv[3]))
    else:
        echo(sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))
