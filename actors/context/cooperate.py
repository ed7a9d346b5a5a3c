"""Background loops share one interpreter with request handling: they step aside for requests.

A request thread that blocked on I/O (every durable preserve does) or in numpy (every matrix
product of a question's embedding and scan releases the GIL) waits for the GIL until the running
thread gives it up — up to ``sys.getswitchinterval()`` (5 ms by default) if that thread is busy
tokenizing or mining, and a question's embedding releases it some two hundred times. So long loops
call a ``Yielder`` at each step. While another thread serves a request (``serving()``) the loop
waits there until none is served (at most ``STEP_ASIDE_S`` at a time, so that a steady stream of
requests still lets it on); otherwise it releases the GIL once per ``slice_s`` of work, which keeps
the cost of releasing (``time.sleep(0)``, ~75 µs here) small.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager

SLICE_S = 0.002
STEP_ASIDE_S = 0.25

_lock = threading.Lock()
_none_served = threading.Condition(_lock)
_serving = 0
_served_at = 0.0          # when the last request ended (monotonic)
_mine = threading.local()  # requests this thread serves (its own loops never wait for itself)


@contextmanager
def serving():
    """Mark a request in progress, so background loops step aside for it."""
    global _serving, _served_at
    with _lock:
        _serving += 1
    _mine.n = getattr(_mine, "n", 0) + 1
    try:
        yield
    finally:
        _mine.n -= 1
        with _lock:
            _serving -= 1
            _served_at = time.monotonic()
            if not _serving:
                _none_served.notify_all()


def quiet_for() -> float:
    """Seconds since the last request ended (0 while one is served): work that can wait (embedding)
    waits for a quiet moment rather than share the cores with requests."""
    with _lock:
        return 0.0 if _serving else time.monotonic() - _served_at


def _others_served() -> bool:
    return _serving > getattr(_mine, "n", 0)


class Yielder:
    def __init__(self, slice_s: float = SLICE_S):
        self.slice_s = slice_s
        self.last = time.perf_counter()

    def __call__(self) -> None:
        if _others_served():
            with _lock:
                _none_served.wait_for(lambda: not _others_served(), timeout=STEP_ASIDE_S)
            self.last = time.perf_counter()
        elif time.perf_counter() - self.last >= self.slice_s:
            time.sleep(0)  # releases the GIL; a request thread that just woke runs now
            self.last = time.perf_counter()
