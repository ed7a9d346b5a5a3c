"""Background loops share one interpreter with request handling: they yield the GIL often.

A request thread that blocked on I/O (every durable preserve does) waits for the GIL until the
running thread gives it up — up to ``sys.getswitchinterval()`` (5 ms by default) if that thread
is busy tokenizing or mining. So long loops call a ``Yielder`` at each step. While a request is
being served (``serving()``) it releases the GIL at once; otherwise once per ``slice_s`` of work,
which keeps the cost of releasing (``time.sleep(0)``, ~75 µs here) small.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager

SLICE_S = 0.002

_lock = threading.Lock()
_serving = 0
_served_at = 0.0          # when the last request ended (monotonic)


@contextmanager
def serving():
    """Mark a request in progress, so background loops step aside for it."""
    global _serving, _served_at
    with _lock:
        _serving += 1
    try:
        yield
    finally:
        with _lock:
            _serving -= 1
            _served_at = time.monotonic()


def quiet_for() -> float:
    """Seconds since the last request ended (0 while one is served): work that can wait (embedding)
    waits for a quiet moment rather than share the cores with requests."""
    with _lock:
        return 0.0 if _serving else time.monotonic() - _served_at


class Yielder:
    def __init__(self, slice_s: float = SLICE_S):
        self.slice_s = slice_s
        self.last = time.perf_counter()

    def __call__(self) -> None:
        now = time.perf_counter()
        if _serving or now - self.last >= self.slice_s:
            time.sleep(0)  # releases the GIL; a waiting request thread runs now
            self.last = time.perf_counter()
