"""The keeper: the process honcho (or a terminal) sees for ``enclave up`` / ``enclave run NAME``.

It only runs the supervisor as a child and starts it again if it dies abnormally (a SIGKILLed
supervisor takes its children with it; the new one starts them again). It does nothing else, so there
is little to crash — honcho stops the whole formation when a Procfile line's process exits, and this
is that process. SIGTERM/SIGINT are passed on; a clean exit of the supervisor ends the keeper.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import deque

from actors.run import EXIT_CONFIG as EXIT_USAGE   # the supervisor refused to start: do not loop
MAX_RESTARTS, WINDOW_S = 10, 60


def keep(label: str, names: list[str]) -> int:
    from actors.run import die_with_parent
    die_with_parent()
    argv = [sys.executable, "-m", "actors.supervisor", label, *names]
    stopping = False
    proc: subprocess.Popen | None = None

    def forward(signum, frame):
        nonlocal stopping
        stopping = True
        if proc is not None and proc.poll() is None:
            proc.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    restarts: deque = deque()
    while True:
        env = {**os.environ, "ENCLAVE_PARENT_PID": str(os.getpid())}
        proc = subprocess.Popen(argv, env=env)
        code = proc.wait()
        if stopping or code in (0, EXIT_USAGE):
            return code
        now = time.monotonic()
        while restarts and now - restarts[0] > WINDOW_S:
            restarts.popleft()
        if len(restarts) >= MAX_RESTARTS:
            print(f"enclave: the supervisor of {label} keeps dying (exit {code}); giving up", file=sys.stderr)
            return code or 1
        restarts.append(now)
        print(f"enclave: the supervisor of {label} died (exit {code}); starting it again", file=sys.stderr)
        time.sleep(0.05)
