"""Throttling real processes: priority, SIGSTOP/SIGCONT duty cycling, thread budget, memory.
States are read with psutil; no test depends on how fast anything runs."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import psutil
import pytest
from hypothesis import given, settings, strategies as st

from actors.llm.errors import InvalidRequest
from actors.llm.throttle import (AIM, DutyCycler, Sample, allocate_threads, apply_priority,
                                 next_on_fraction)
from actors.shared.settings import load

THROTTLE = load("/nonexistent", environ={}).settings.llm_throttle     # the shipped defaults
BUSY = [sys.executable, "-c", "while True: pass"]


@pytest.fixture
def spawn():
    procs: list[subprocess.Popen] = []

    def start(cmd=BUSY) -> subprocess.Popen:
        p = subprocess.Popen(cmd)
        procs.append(p)
        return p

    yield start
    for p in procs:
        try:
            os.kill(p.pid, 18)      # SIGCONT, in case a failed test left it stopped
        except ProcessLookupError:
            pass
        p.kill()
        p.wait()


def wait_for(predicate, timeout=20.0, every=0.005):
    """Poll until ``predicate()`` holds (bounded, never a hang); returns whether it did."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(every)
    return False


def test_low_priority_on_every_thread(spawn):
    code = ("import threading, time\n"
            "[threading.Thread(target=time.sleep, args=(60,), daemon=True).start() for _ in range(3)]\n"
            "time.sleep(60)")
    child = spawn([sys.executable, "-c", code])
    assert wait_for(lambda: psutil.Process(child.pid).num_threads() == 4)
    report = apply_priority(child.pid, "low")
    assert report.threads == 4 and report.nice == 19
    for t in psutil.Process(child.pid).threads():
        assert os.getpriority(os.PRIO_PROCESS, t.id) == 19
        if report.sched_idle:
            assert os.sched_getscheduler(t.id) == os.SCHED_IDLE
        if report.ionice_idle:
            assert psutil.Process(t.id).ionice().ioclass == psutil.IOPRIO_CLASS_IDLE
    if os.geteuid() == 0:                         # root may do all three here
        assert report.sched_idle and report.ionice_idle


def test_priority_rejects_unknown_level_and_dead_pid(spawn):
    child = spawn()
    with pytest.raises(InvalidRequest):
        apply_priority(child.pid, "turbo")
    assert apply_priority(child.pid, "normal").nice is None
    assert psutil.Process(child.pid).nice() == 0
    child.kill()
    child.wait()
    with pytest.raises(psutil.NoSuchProcess):
        apply_priority(child.pid, "low")


def test_duty_cycle_stops_a_busy_worker_under_foreground_load_and_lifts(spawn):
    worker = spawn()
    for _ in range(os.cpu_count() or 1):               # the user's work, wanting every core
        spawn()
    cycler = DutyCycler(worker.pid, budget=0.1, period_s=0.05, window_s=0.3, idle_below=THROTTLE.idle_below).start()
    try:
        proc = psutil.Process(worker.pid)
        assert wait_for(lambda: cycler.throttled)
        assert wait_for(lambda: proc.status() == psutil.STATUS_STOPPED)
        state = cycler.state()
        assert state.throttled and state.on_fraction < 1.0 and state.others_share > 0.1
        cycler.set_budget(1.0)                       # e.g. an interactive request arrives
        assert not cycler.throttled
        assert wait_for(lambda: proc.status() != psutil.STATUS_STOPPED)
        assert all(proc.status() != psutil.STATUS_STOPPED for _ in range(50) if not time.sleep(0.01))
        cycler.set_budget(0.1)
        assert wait_for(lambda: proc.status() == psutil.STATUS_STOPPED)
    finally:
        cycler.stop()
    assert wait_for(lambda: psutil.Process(worker.pid).status() != psutil.STATUS_STOPPED)


def test_duty_cycler_survives_its_process_exiting(spawn):
    worker = spawn()
    gone = []
    cycler = DutyCycler(worker.pid, budget=0.2, period_s=0.02, window_s=0.1, idle_below=THROTTLE.idle_below,
                        on_exit=gone.append).start()
    worker.kill()
    worker.wait()
    assert wait_for(lambda: gone == [worker.pid])
    cycler.stop()
    assert not cycler.throttled


def sample(own, machine, wall=1.0, running=1.0):
    return Sample(wall=wall, own=own, machine=machine, running=running)


def test_controller_rules():
    # idle machine (others use < 10%): run freely
    assert next_on_fraction(0.3, sample(own=1.0, machine=1.05), 0.3, 2, 0.1) == (1.0, False)
    # others busy, worker at a full core (50% of 2 cores) vs budget 30%: cut towards AIM * 0.6 (the
    # controller aims under the cap, so the measured share stays below it)
    target = AIM * 0.6
    on, throttled = next_on_fraction(1.0, sample(own=1.0, machine=2.0), 0.3, 2, 0.1)
    assert throttled and target < on < 1.0
    for _ in range(20):
        on, _ = next_on_fraction(on, sample(own=1.0 * on, machine=1.0 + on, running=on), 0.3, 2, 0.1)
    assert abs(on - target) < 0.01
    # budget 1 never throttles
    assert next_on_fraction(0.2, sample(own=2.0, machine=2.0), 1.0, 2, 0.1) == (1.0, False)


@settings(max_examples=300, deadline=None)
@given(st.floats(0.02, 1.0), st.floats(0, 2), st.floats(0, 2), st.floats(0.01, 1.0), st.floats(0.01, 1.0))
def test_controller_stays_in_range(current, own, others, budget, running):
    on, throttled = next_on_fraction(current, sample(own=own * running, machine=own * running + others,
                                                     running=running), budget, 2, 0.1)
    assert 0.02 <= on <= 1.0
    if not throttled:
        assert on == 1.0


def test_allocate_threads_examples():
    assert allocate_threads({"a": 2, "b": 2}, cores=2) == {"a": 1, "b": 1}
    assert allocate_threads({"a": 2}, cores=2) == {"a": 2}
    assert allocate_threads({"a": 4, "b": 1}, cores=4) == {"a": 3, "b": 1}
    assert allocate_threads({"bg": 2, "fg": 2, "x": 2}, cores=2, order=["fg"]) == {"fg": 1, "bg": 1, "x": 0}


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text("abcdef", min_size=1, max_size=3), st.integers(0, 16), max_size=6),
       st.integers(1, 64))
def test_allocate_threads_never_exceeds_cores(wants, cores):
    alloc = allocate_threads(wants, cores)
    assert sum(alloc.values()) == min(cores, sum(wants.values()))
    assert all(0 <= alloc[n] <= wants[n] for n in wants)
    if len(wants) <= cores:
        assert all(alloc[n] >= min(1, wants[n]) for n in wants)
    assert max(alloc.values(), default=0) - min((alloc[n] for n in wants if wants[n] > alloc[n]),
                                                default=max(alloc.values(), default=0)) <= 1


