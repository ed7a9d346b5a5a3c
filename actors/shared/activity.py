"""Requests in flight in one process, so that work which can wait (embedding, mining, keeping a
conversation turn) steps aside for them: on two cores, work done beside a request is time taken
from it — in this interpreter's GIL and in the actors the work calls."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager


class Activity:
    def __init__(self):
        self._cond = threading.Condition()
        self._serving = 0
        self._served_at = 0.0          # when the last request ended (monotonic)
        self._mine = threading.local()  # requests this thread serves (it never waits for itself)

    @contextmanager
    def serving(self):
        """Mark a request in progress."""
        with self._cond:
            self._serving += 1
        self._mine.n = getattr(self._mine, "n", 0) + 1
        try:
            yield
        finally:
            self._mine.n -= 1
            with self._cond:
                self._serving -= 1
                self._served_at = time.monotonic()
                self._cond.notify_all()

    def quiet_for(self) -> float:
        """Seconds since the last request ended (0 while one is served)."""
        with self._cond:
            return 0.0 if self._serving else time.monotonic() - self._served_at

    def others_served(self) -> bool:
        """Whether a thread other than this one serves a request (no lock: a hint, read often)."""
        return self._serving > getattr(self._mine, "n", 0)

    def step_aside(self, max_s: float) -> None:
        """Wait while another thread serves a request, at most ``max_s``."""
        with self._cond:
            self._cond.wait_for(lambda: not self.others_served(), timeout=max_s)

    def wait_quiet(self, quiet_s: float, max_s: float, stop: threading.Event | None = None) -> None:
        """Wait until no request was served for ``quiet_s``, at most ``max_s`` (or until ``stop``):
        requests that come back to back keep work waiting, a lasting stream of them does not starve it."""
        deadline = time.monotonic() + max_s
        with self._cond:
            while not (stop is not None and stop.is_set()):
                now = time.monotonic()
                quiet = 0.0 if self._serving else now - self._served_at
                if quiet >= quiet_s or now >= deadline:
                    return
                self._cond.wait(min(quiet_s - quiet if not self._serving else quiet_s, deadline - now))
