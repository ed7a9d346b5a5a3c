"""Background loops share one interpreter with request handling: they step aside for requests.

A request thread that blocked on I/O (every durable preserve does) or in numpy (every matrix
product of a question's embedding and scan releases the GIL) waits for the GIL until the running
thread gives it up — up to ``sys.getswitchinterval()`` (5 ms by default) if that thread is busy
tokenizing or mining, and a question's embedding releases it some two hundred times. So long loops
call a ``Yielder`` at each step:

- while another thread answers a question (``querying()``: a search, CPU-bound and waited for) the
  loop waits until it is answered — at most ``STEP_ASIDE_S``, and then it works for a
  ``SHARE_S`` slice before it steps aside again, so that a steady stream of questions slows the
  background down but never stops it;
- while another thread serves any other request (``serving()``: a preserve mostly waits for its
  disk) it releases the GIL at each step, at once;
- otherwise once per ``slice_s`` of work, which keeps the cost of releasing (``time.sleep(0)``,
  ~75 µs here) small.
"""
from __future__ import annotations

import time

from actors.shared.activity import Activity

SLICE_S = 0.002
STEP_ASIDE_S = 0.05
SHARE_S = 0.01

_requests = Activity()
_questions = Activity()
serving = _requests.serving      # mark a request in progress, so background loops step aside for it
# seconds since the last request ended (0 while one is served): work that can wait (embedding)
# waits for a quiet moment rather than share the cores with requests
quiet_for = _requests.quiet_for


def querying():
    """Mark a question in progress: background loops wait while it is answered."""
    return _questions.serving()


class Yielder:
    def __init__(self, slice_s: float = SLICE_S):
        self.slice_s = slice_s
        self.last = time.perf_counter()
        self.free_until = 0.0       # working its share after a wait that a stream of questions outlasted

    def __call__(self) -> None:
        now = time.perf_counter()
        if _questions.others_served() and now >= self.free_until:
            _questions.step_aside(STEP_ASIDE_S)
            self.last = time.perf_counter()
            if _questions.others_served():
                self.free_until = self.last + SHARE_S
        elif _requests.others_served() or now - self.last >= self.slice_s:
            time.sleep(0)  # releases the GIL; a request thread that just woke runs now
            self.last = time.perf_counter()
