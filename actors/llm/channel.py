"""The private channel between the LLM manager and one model worker.

Two PAIR sockets over ipc in the runtime dir (mode 0700), one per direction, so each has exactly one
writer side and one reader side: the manager writes commands (``generate``, ``embed``, ``cancel``,
``threads``, ``stop``) and reads events (``ready``, ``load_failed``, ``token``, ``done``, ``error``);
the worker the other way round. Messages are MessagePack maps with an ``op``.
"""
from __future__ import annotations

import itertools
import os
import threading
from pathlib import Path

import msgpack
import zmq

_seq = itertools.count(1)


def endpoints(socket_dir: Path) -> tuple[str, str, tuple[Path, Path]]:
    """Fresh (command, event) ipc endpoints for one worker; short names: sun_path holds 108 bytes."""
    n = next(_seq)
    paths = (Path(socket_dir) / f"llm{os.getpid()}w{n}c", Path(socket_dir) / f"llm{os.getpid()}w{n}e")
    return f"ipc://{paths[0]}", f"ipc://{paths[1]}", paths


def _pair(ctx: zmq.Context) -> zmq.Socket:
    s = ctx.socket(zmq.PAIR)
    s.setsockopt(zmq.LINGER, 0)
    return s


def bind(ctx: zmq.Context, cmd: str, evt: str) -> tuple[zmq.Socket, zmq.Socket]:
    """Manager side: (command socket to write, event socket to read)."""
    c, e = _pair(ctx), _pair(ctx)
    c.bind(cmd)
    e.bind(evt)
    return c, e


def connect(ctx: zmq.Context, cmd: str, evt: str) -> tuple[zmq.Socket, zmq.Socket]:
    """Worker side: (command socket to read, event socket to write)."""
    c, e = _pair(ctx), _pair(ctx)
    c.connect(cmd)
    e.connect(evt)
    return c, e


def recv(sock: zmq.Socket, timeout_s: float | None = None) -> dict | None:
    if timeout_s is not None and not sock.poll(max(0.0, timeout_s) * 1000):
        return None
    msg = msgpack.unpackb(sock.recv(), raw=False)
    return msg if isinstance(msg, dict) else {}


class Sender:
    """A socket several threads may write to (ZeroMQ sockets are not thread-safe: one lock)."""

    def __init__(self, sock: zmq.Socket, block_s: float = 0.0):
        """``block_s``: how long a send may wait for the peer (the worker's first message may leave
        before its connect completes); 0 never waits (the manager never blocks on a dead worker)."""
        self.sock = sock
        self._flags = zmq.NOBLOCK if block_s <= 0 else 0
        if block_s > 0:
            sock.setsockopt(zmq.SNDTIMEO, int(block_s * 1000))
        self._lock = threading.Lock()

    def send(self, msg: dict) -> bool:
        data = msgpack.packb(msg, use_bin_type=True)
        with self._lock:
            try:
                self.sock.send(data, self._flags)
                return True
            except zmq.ZMQError:        # no peer (it died) or the socket is closed
                return False
