"""The data-dir hierarchy and the log pipeline's redaction hook (configuration: test_settings.py)."""
import json

import structlog

from actors.shared import logging as elog
from actors.shared.paths import HIERARCHY, Paths


def test_enclave_home_holds_everything(home):
    paths = Paths.from_env().ensure()
    assert paths.home == home and paths.runtime == home / "run"
    for sub in HIERARCHY:
        assert (home / sub).is_dir()
    assert oct(home.stat().st_mode & 0o777) == "0o700"


def test_log_lines_pass_through_redactors(home):
    seen = []
    elog.add_redactor(lambda s: s.replace("hunter2", "[redacted]"))
    try:
        log = elog.configure("unit", home / "logs", console=False)
        log.info("login", password="hunter2", nested={"x": ["hunter2"], "hunter2": 1}, blob=b"hunter2",
                 err=ValueError("hunter2"), **{"hunter2": 2})
        line = (home / "logs" / "unit.log").read_text().strip().splitlines()[-1]
        seen.append(line)
        assert "hunter2" not in line and "[redacted]" in line and json.loads(line)["event"] == "login"
        assert oct((home / "logs").stat().st_mode & 0o777) == "0o700"
        assert oct((home / "logs" / "unit.log").stat().st_mode & 0o777) == "0o600"
    finally:
        elog._redactors.pop()
        structlog.reset_defaults()


def test_work_that_can_wait_waits_for_a_quiet_moment_or_until_it_waited_long_enough():
    """Keeping a conversation turn (the router) and embedding (the context actor) wait for requests."""
    import threading

    from actors.shared.activity import Activity
    a = Activity()
    done = threading.Event()
    with a.serving():
        waiter = threading.Thread(target=lambda: (a.wait_quiet(0.05, 30.0), done.set()))
        waiter.start()
        assert not done.wait(0.5)                   # never beside a request
        with a.serving():                           # the serving thread's own work never waits for itself
            assert not a.others_served()
    assert done.wait(10)                            # and soon after the last one ended
    waiter.join()
    with a.serving():
        stream_goes_on = threading.Thread(target=a.wait_quiet, args=(0.05, 0.2))
        stream_goes_on.start()
        stream_goes_on.join(10)                     # a lasting stream of requests does not starve it
        assert not stream_goes_on.is_alive()
    stop = threading.Event()
    with a.serving():
        stopped = threading.Thread(target=a.wait_quiet, args=(0.05, 60.0, stop))
        stopped.start()
        stop.set()
        stopped.join(10)                            # nor does it hold up a shutdown
        assert not stopped.is_alive()
