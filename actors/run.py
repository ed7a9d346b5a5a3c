"""The run loop of every process of the mesh, declared once: ``python -m actors.run NAME``.

Started by exec (never a bare fork: ggml/OpenMP hang a forked process that ran inference). A child
started by a supervisor dies with it (PR_SET_PDEATHSIG), so no orphan outlives a killed supervisor.
``run_process`` is the one place that loads the environment, sets up logging and stop signals,
runs the body and tears the ZeroMQ context down; the supervisor uses it too.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from typing import Callable

PR_SET_PDEATHSIG = 1
EXIT_CONFIG = 2          # the configuration cannot be used: restarting would not help


def die_with_parent() -> None:
    parent = os.environ.get("ENCLAVE_PARENT_PID")
    if not parent:
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != int(parent):   # the parent died before prctl took effect
        os._exit(1)


def install_stop_signals(stop: threading.Event) -> None:
    def on_signal(signum, frame):
        stop.set()
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)


def run_process(label: str, body: Callable) -> int:
    """Run ``body(env, log, stop)`` as process ``label`` until SIGTERM/SIGINT; returns the exit code."""
    die_with_parent()
    from actors.base import Environment
    from actors.shared import logging as elog
    from actors.shared.settings import ConfigError
    from bus.addresses import UnsafeDirectory
    try:
        env = Environment.load()
    except ConfigError as e:
        print(f"enclave: {label}: the configuration cannot be used: {e}", file=sys.stderr)
        return EXIT_CONFIG
    s = env.settings
    log = elog.configure(label, env.paths.logs, level=s.logging.level, console=s.logging.console,
                         privacy_rules=env.config["privacy_rules"])
    stop = threading.Event()
    install_stop_signals(stop)
    try:
        body(env, log, stop)
    except UnsafeDirectory as e:           # where the sockets would go is not safe: fix it, then start
        log.error("refusing to start", process=label, reason=str(e))
        print(f"enclave: {label}: {e}", file=sys.stderr)
        return EXIT_CONFIG
    except Exception:
        log.exception("process failed", process=label)
        return 1
    finally:
        env.ctx.destroy(linger=0)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m actors.run NAME", file=sys.stderr)
        return 2
    name = argv[0]

    def body(env, log, stop):
        from actors import registry
        from actors.base import Actor
        target = registry.resolve(name, env.settings.supervisor.extra_processes)
        if isinstance(target, type) and issubclass(target, Actor):
            target(env, log).run(stop)
        else:
            target(env, log, stop)
    return run_process(name, body)


if __name__ == "__main__":
    sys.exit(main())
