"""Processes the bus benchmark starts: ``python -m benchmarks._peers broker|echo|raw RUNDIR``."""
from __future__ import annotations

import inspect
import sys
import threading
from pathlib import Path

import zmq

from actors.shared.settings import resolve_section
from bus import Broker, Endpoints, Worker
from bus.sockets import router


def _bus() -> dict:
    """The mesh's shipped bus settings (``bus`` section), as ``enclave up`` gives them to the broker."""
    return resolve_section("bus")


def broker(rundir: Path) -> None:
    """The broker with the shipped ``bus`` settings (every one its constructor takes, as ``busd`` passes
    them), but no known services and a queue bound raised so the pipelined run measures throughput,
    not ``busy`` replies."""
    accepted = inspect.signature(Broker).parameters
    settings = {k: tuple(v) if isinstance(v, list) else v for k, v in _bus().items() if k in accepted}
    settings.update(known_services=(), max_queue=100_000)
    b = Broker(Endpoints.for_runtime_dir(rundir), **settings)
    b.bind()
    b.run()


def echo(rundir: Path) -> None:
    bus = _bus()

    def handle(req):
        return {"data": req.body.data}
    Worker(Endpoints.for_runtime_dir(rundir).internal, "echo", handle, capacity=256,
           heartbeat_ms=bus["heartbeat_ms"], liveness=bus["liveness"],
           max_message_bytes=bus["max_message_bytes"], inline=lambda kind: True).run(threading.Event())


def raw(rundir: Path) -> None:
    """The anchor: a bare ROUTER echo, no broker, no envelope, no validation."""
    sock = router(zmq.Context.instance(), handover=False, max_message_bytes=1 << 20)
    sock.bind(f"ipc://{rundir}/raw.ipc")
    while True:
        sock.send_multipart(sock.recv_multipart())


def relay(rundir: Path) -> None:
    """The floor of any brokered design: a bare ROUTER-to-ROUTER relay, no logic, to a bare echo."""
    ctx = zmq.Context.instance()
    front = router(ctx, handover=False, max_message_bytes=1 << 20)
    front.bind(f"ipc://{rundir}/relay.ipc")
    back = router(ctx, handover=False, max_message_bytes=1 << 20)
    back.bind(f"ipc://{rundir}/relay-back.ipc")
    poller = zmq.Poller()
    poller.register(front, zmq.POLLIN)
    poller.register(back, zmq.POLLIN)
    worker = None
    while True:
        for sock, _ in poller.poll():
            msg = sock.recv_multipart()
            if sock is back:
                if worker is None:
                    worker = msg[0]
                else:
                    front.send_multipart(msg[1:])
            elif worker is not None:
                back.send_multipart([worker, *msg])


def relay_echo(rundir: Path) -> None:
    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.connect(f"ipc://{rundir}/relay-back.ipc")
    sock.send(b"ready")
    while True:
        sock.send_multipart(sock.recv_multipart())


if __name__ == "__main__":
    {"broker": broker, "echo": echo, "raw": raw, "relay": relay, "relay-echo": relay_echo}[sys.argv[1]](
        Path(sys.argv[2]))
