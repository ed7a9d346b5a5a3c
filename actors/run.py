"""Entry point of every child process: ``python -m actors.run NAME``.

Started by exec (never a bare fork: ggml/OpenMP hang a forked process that ran inference). A child
started by a supervisor dies with it (PR_SET_PDEATHSIG), so no orphan outlives a killed supervisor.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading

PR_SET_PDEATHSIG = 1


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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m actors.run NAME", file=sys.stderr)
        return 2
    name = argv[0]
    die_with_parent()
    from actors import registry
    from actors.base import Actor, Environment, install_stop_signals
    from actors.shared import logging as elog
    env = Environment.load()
    logcfg = env.config.get("logging", {})
    log = elog.configure(name, env.paths.logs, level=logcfg.get("level", "info"),
                         console=logcfg.get("console", True),
                         privacy_rules=env.config.get("privacy_rules"))
    stop = threading.Event()
    install_stop_signals(stop)
    target = registry.resolve(name, env.config)
    try:
        if isinstance(target, type) and issubclass(target, Actor):
            target(env, log).run(stop)
        else:
            target(env, log, stop)
    except Exception:
        log.exception("process failed", process=name)
        return 1
    finally:
        env.ctx.destroy(linger=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
