"""A stop signal ends a poll at once: without it a process waits out its poll timeout (up to a few
heartbeats when idle) before it sees the stop, and a mesh stops its processes one after another.

``signal_fd`` is a pipe that Python writes to when a signal arrives (``signal.set_wakeup_fd``);
``Poller`` watches it besides the sockets and leaves it out of what ``poll`` returns, so a loop
written for ``zmq.Poller`` simply comes round to its stop test.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
from typing import Iterator

import zmq


@contextlib.contextmanager
def signal_fd() -> Iterator[int | None]:
    """The read end of the wakeup pipe; None off the main thread, where Python allows none."""
    if threading.current_thread() is not threading.main_thread():
        yield None
        return
    r, w = os.pipe()
    os.set_blocking(r, False)
    os.set_blocking(w, False)
    old = signal.set_wakeup_fd(w, warn_on_full_buffer=False)
    try:
        yield r
    finally:
        signal.set_wakeup_fd(old)
        os.close(r)
        os.close(w)


class Poller(zmq.Poller):
    """A ``zmq.Poller`` that also returns (with nothing ready) when a signal arrives."""

    def __init__(self, wake_fd: int | None) -> None:
        super().__init__()
        self.wake_fd = wake_fd
        if wake_fd is not None:
            self.register(wake_fd, zmq.POLLIN)

    def poll(self, timeout=None):
        ready = super().poll(timeout)
        if self.wake_fd is None or all(s != self.wake_fd for s, _ in ready):
            return ready
        with contextlib.suppress(BlockingIOError):
            while os.read(self.wake_fd, 256):
                pass
        return [(s, e) for s, e in ready if s != self.wake_fd]
