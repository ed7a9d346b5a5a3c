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

import time

from actors.shared.activity import Activity

SLICE_S = 0.002
STEP_ASIDE_S = 0.25

_activity = Activity()
serving = _activity.serving        # mark a request in progress, so background loops step aside for it
# seconds since the last request ended (0 while one is served): work that can wait (embedding)
# waits for a quiet moment rather than share the cores with requests
quiet_for = _activity.quiet_for


class Yielder:
    def __init__(self, slice_s: float = SLICE_S):
        self.slice_s = slice_s
        self.last = time.perf_counter()

    def __call__(self) -> None:
        if _activity.others_served():
            _activity.step_aside(STEP_ASIDE_S)
            self.last = time.perf_counter()
        elif time.perf_counter() - self.last >= self.slice_s:
            time.sleep(0)  # releases the GIL; a request thread that just woke runs now
            self.last = time.perf_counter()
