"""Processes the bus benchmark starts: ``python -m actors.bench._peers broker|echo|raw RUNDIR``."""
from __future__ import annotations

import sys
import threading
from pathlib import Path

import zmq

from bus import Broker, Endpoints, Worker
from bus.sockets import router


def broker(rundir: Path) -> None:
    b = Broker(Endpoints.for_runtime_dir(rundir), max_queue=100_000)
    b.bind()
    b.run()


def echo(rundir: Path) -> None:
    def handle(req):
        return {"data": req.body.data}
    Worker(Endpoints.for_runtime_dir(rundir).internal, "echo", handle, capacity=256,
           inline=lambda kind: True).run(threading.Event())


def raw(rundir: Path) -> None:
    """The anchor: a bare ROUTER echo, no broker, no envelope, no validation."""
    sock = router(zmq.Context.instance(), handover=False, max_message_bytes=1 << 20)
    sock.bind(f"ipc://{rundir}/raw.ipc")
    while True:
        sock.send_multipart(sock.recv_multipart())


if __name__ == "__main__":
    {"broker": broker, "echo": echo, "raw": raw}[sys.argv[1]](Path(sys.argv[2]))
