"""The transport of the manager <-> model worker channel (its messages: ``protocol.channel``).

Two PAIR sockets over ipc in the runtime dir (mode 0700), one per direction, so each has exactly one
writer side and one reader side: the manager writes ``Command``s and reads ``Event``s, the worker
the other way round.
"""
from __future__ import annotations

import itertools
import os
import threading
from pathlib import Path
from typing import Callable

import msgspec
import zmq

from protocol import channel as ch

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


class BadMessage(Exception):
    """Something on the channel that is not a message of ``protocol.channel``."""


def recv(sock: zmq.Socket, decode: Callable[[bytes], object], timeout_s: float | None = None):
    """The next message (decoded with ``ch.decode_command`` or ``ch.decode_event``), or None on
    timeout; ``BadMessage`` for anything else."""
    if timeout_s is not None and not sock.poll(max(0.0, timeout_s) * 1000):
        return None
    try:
        return decode(sock.recv())
    except (msgspec.DecodeError, msgspec.ValidationError) as e:
        raise BadMessage(str(e)) from None


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

    def send(self, msg) -> bool:
        data = ch.encode(msg)
        with self._lock:
            try:
                self.sock.send(data, self._flags)
                return True
            except zmq.ZMQError:        # no peer (it died) or the socket is closed
                return False
