"""A worker stops when it is told to, and nothing of it outlives the stop: a stop signal ends its
poll at once (not at its next heartbeat), and a handler that answers after the loop has ended
returns instead of blocking on an outbox nobody reads (a process would hang at exit joining it)."""
import signal
import threading

from bus import Worker
from busrig import BusRig


def test_a_stop_signal_ends_the_loop_before_the_next_heartbeat(tmp_path):
    # heartbeats a minute apart both ways: nothing else wakes the worker's poll
    rig = BusRig(tmp_path / "run", heartbeat_ms=60_000)
    rig.start_broker()
    try:
        p = rig.worker("slow.beat", heartbeat_ms=60_000, stop_on_sigterm=True)
        p.send_signal(signal.SIGTERM)
        assert p.wait(timeout=30) == 0
    finally:
        rig.close()


def test_a_reply_after_the_loop_has_ended_does_not_block(tmp_path):
    w = Worker(f"ipc://{tmp_path}/nobody.ipc", "late.svc", lambda req: None)
    stop, answered, stopped = threading.Event(), threading.Event(), threading.Event()
    loop = threading.Thread(target=w.run, args=(stop,))
    loop.start()

    def handler_thread():      # a handler's thread: it answered while the loop ran, and answers again after
        w.publish("late.svc.early", {"n": 1})
        answered.set()
        stopped.wait(30)
        w.publish("late.svc.late", {"n": 2})
    late = threading.Thread(target=handler_thread, daemon=True)
    late.start()
    assert answered.wait(30)
    stop.set()
    loop.join(30)
    assert not loop.is_alive()
    stopped.set()
    late.join(30)
    assert not late.is_alive()
