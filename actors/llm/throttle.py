"""Keeping model workers out of the user's way: priority, a CPU budget, threads (memory limits: the manager, with the RSS it measures).

- ``apply_priority``: nice 19, the idle I/O class and SCHED_IDLE where permitted, on every thread of a
  process (Linux keeps these per thread; threads made later inherit from their creator).
- ``DutyCycler``: holds a process to a share of the machine with SIGSTOP/SIGCONT while other processes
  want the CPU, and lets it run freely when the machine is otherwise idle. (nice alone does not cap a
  worker when a core is free, and cgroup CPU limits are not available everywhere.)
- ``allocate_threads``: the threads of all running workers together never exceed the cores (two
  workers with 2 threads each on 2 cores fall to ~2 tokens/s each; 1 thread each gives ~28).
"""
from __future__ import annotations

import os
import signal
import threading
import time
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

import psutil

from actors.shared.settings.schema import CpuPriority
from protocol.vocab import values

from .errors import InvalidRequest

PRIORITIES = values(CpuPriority)


# ---- priority ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PriorityReport:
    pid: int
    threads: int            # threads changed
    nice: int | None
    ionice_idle: bool
    sched_idle: bool


def apply_priority(pid: int, cpu_priority: str) -> PriorityReport:
    """Lower every thread of ``pid`` per ``llm_resources.cpu_priority``; "normal" changes nothing.
    Steps the OS refuses (e.g. SCHED_IDLE without permission) are skipped and reported as False."""
    if cpu_priority not in PRIORITIES:
        raise InvalidRequest(f"cpu_priority must be one of {', '.join(PRIORITIES)}, got {cpu_priority!r}",
                             field="llm_resources.cpu_priority")
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except FileNotFoundError:
        raise psutil.NoSuchProcess(pid) from None
    if cpu_priority == "normal":
        return PriorityReport(pid, 0, None, False, False)
    nice_ok = io_ok = sched_ok = True
    done = 0
    for tid in tids:
        try:
            nice_ok &= _try(lambda: os.setpriority(os.PRIO_PROCESS, tid, 19))
            io_ok &= _try(lambda: psutil.Process(tid).ionice(psutil.IOPRIO_CLASS_IDLE))
            sched_ok &= _try(lambda: os.sched_setscheduler(tid, os.SCHED_IDLE, os.sched_param(0)))
            done += 1
        except (ProcessLookupError, psutil.NoSuchProcess):      # the thread ended meanwhile
            continue
    if not done:
        raise psutil.NoSuchProcess(pid)
    return PriorityReport(pid, done, 19 if nice_ok else None, io_ok, sched_ok)


def set_lane_priority(pid: int, interactive: bool, cpu_priority: str) -> bool:
    """While an interactive request runs its worker competes like the user's own programs (normal
    scheduling class, nice 0 and best-effort I/O where permitted: an idle-class worker gets almost
    nothing on a busy machine); for background work it goes back to ``cpu_priority``. Returns False
    when the process is gone."""
    if not interactive or cpu_priority == "normal":
        try:
            apply_priority(pid, cpu_priority)
            return True
        except psutil.NoSuchProcess:
            return False
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except FileNotFoundError:
        return False
    for tid in tids:
        try:
            _try(lambda: os.sched_setscheduler(tid, os.SCHED_OTHER, os.sched_param(0)))
            _try(lambda: os.setpriority(os.PRIO_PROCESS, tid, 0))   # needs CAP_SYS_NICE; else stays 19
            _try(lambda: psutil.Process(tid).ionice(psutil.IOPRIO_CLASS_BE, 4))
        except (ProcessLookupError, psutil.NoSuchProcess):
            continue
    return True


def _try(step: Callable[[], object]) -> bool:
    """Run one priority step; False if the OS refuses it (a vanished thread propagates)."""
    try:
        step()
        return True
    except (ProcessLookupError, psutil.NoSuchProcess):
        raise
    except (OSError, psutil.Error, AttributeError):
        return False


# ---- CPU budget by duty cycle ------------------------------------------------------------------------

@dataclass(frozen=True)
class Sample:
    """CPU seconds used over one control window."""
    wall: float             # seconds elapsed
    own: float              # CPU seconds of the controlled process
    machine: float          # CPU seconds of all processes (non-idle time of every core)
    running: float          # seconds the process was allowed to run (not SIGSTOPped)


AIM = 0.9   # the share of the budget the controller aims at


def next_on_fraction(current: float, sample: Sample, budget: float, cores: int, idle_below: float,
                     min_on: float = 0.02) -> tuple[float, bool]:
    """The share of each period the process may run next, and whether it is being throttled.

    Throttle only while the other processes use at least ``idle_below`` of the machine; then aim the
    process's share of the machine (own / (wall * cores)) at ``budget``."""
    capacity = max(sample.wall * cores, 1e-9)
    others = max(sample.machine - sample.own, 0.0) / capacity
    if budget >= 1.0 or others < idle_below:
        return 1.0, False
    demand = sample.own / max(sample.running * cores, 1e-9)   # its share while allowed to run
    if demand <= budget:                # it would not exceed the budget even running freely
        return (1.0, False) if current >= 1.0 else (min(1.0, current * 1.5 + 0.05), True)
    ideal = AIM * budget / demand       # a budget is a cap: aim under it, so noise stays below
    return max(min_on, min(1.0, 0.5 * current + 0.5 * ideal)), True


@dataclass(frozen=True)
class ThrottleState:
    pid: int
    budget: float
    throttled: bool
    on_fraction: float
    own_share: float        # of the machine, last window
    others_share: float


class DutyCycler:
    """Runs a thread that SIGSTOPs/SIGCONTs ``pid`` to hold it to ``budget`` (a share of the whole
    machine, 0..1; 1 means never throttle). ``stop()`` always leaves the process running."""

    def __init__(self, pid: int, budget: float, *, period_s: float, window_s: float, idle_below: float,
                 cores: int | None = None,
                 on_exit: Callable[[int], None] | None = None):
        _check_share("budget", budget)
        self.pid = pid
        self.period_s, self.window_s, self.idle_below = period_s, window_s, idle_below
        self.cores = cores or os.cpu_count() or 1
        self._proc = psutil.Process(pid)
        self._budget = budget
        self._on = 1.0
        self._throttled = False
        self._shares = (0.0, 0.0)
        self._stopped_by_us = False
        self._wake = threading.Event()
        self._quit = threading.Event()
        self._lock = threading.Lock()
        self._on_exit = on_exit
        self._thread = threading.Thread(target=self._loop, name=f"duty-cycle-{pid}", daemon=True)

    # ---- control ----

    def start(self) -> "DutyCycler":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._quit.set()
        self._wake.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._cont()

    def set_budget(self, budget: float) -> None:
        """E.g. the interactive budget while an interactive request runs; takes effect at once."""
        _check_share("budget", budget)
        with self._lock:
            self._budget = budget
            if budget >= 1.0:
                self._on, self._throttled = 1.0, False
        if budget >= 1.0:
            self._cont()
        self._wake.set()

    def state(self) -> ThrottleState:
        with self._lock:
            return ThrottleState(self.pid, self._budget, self._throttled, self._on, *self._shares)

    @property
    def throttled(self) -> bool:
        return self._throttled

    # ---- the loop ----

    def _loop(self) -> None:
        try:
            window_start = time.monotonic()
            own0, machine0 = self._own_cpu(), _machine_cpu()
            running = 0.0
            while not self._quit.is_set():
                on = self._on
                t0 = time.monotonic()
                if on < 1.0:
                    self._cont()
                    self._wake.wait(on * self.period_s)
                    if self._on < 1.0 and not self._quit.is_set():
                        self._signal(signal.SIGSTOP)
                    running += time.monotonic() - t0
                    self._wake.wait(max(0.0, self.period_s - (time.monotonic() - t0)))
                else:
                    self._cont()
                    self._wake.wait(self.period_s)
                    running += time.monotonic() - t0
                self._wake.clear()
                now = time.monotonic()
                if now - window_start >= self.window_s:
                    own1, machine1 = self._own_cpu(), _machine_cpu()
                    sample = Sample(now - window_start, own1 - own0, machine1 - machine0, running)
                    with self._lock:
                        self._on, self._throttled = next_on_fraction(
                            self._on, sample, self._budget, self.cores, self.idle_below)
                        cap = max(sample.wall * self.cores, 1e-9)
                        self._shares = (sample.own / cap, max(sample.machine - sample.own, 0) / cap)
                    window_start, own0, machine0, running = now, own1, machine1, 0.0
        except psutil.NoSuchProcess:
            if self._on_exit:
                self._on_exit(self.pid)
        finally:
            self._cont()
            with self._lock:
                self._throttled = False

    def _own_cpu(self) -> float:
        t = self._proc.cpu_times()
        return t.user + t.system

    def _signal(self, sig: int) -> None:
        try:
            self._proc.send_signal(sig)      # psutil checks the pid was not reused
            self._stopped_by_us = sig == signal.SIGSTOP
        except psutil.NoSuchProcess:
            self._quit.set()

    def _cont(self) -> None:
        if self._stopped_by_us:
            self._signal(signal.SIGCONT)


def _machine_cpu() -> float:
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0) - getattr(t, "guest", 0.0) - getattr(
        t, "guest_nice", 0.0)


def _check_share(name: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
        raise InvalidRequest(f"{name} must be a share in (0, 1], got {value!r}", field=name)


# ---- threads -----------------------------------------------------------------------------------------

def allocate_threads(wants: Mapping[str, int], cores: int, order: Sequence[str] = ()) -> dict[str, int]:
    """Threads per running worker so that their sum never exceeds ``cores``.

    Each gets at most what it wants; ``order`` (e.g. interactive first) decides who gets a thread
    first. A worker allotted 0 must wait for a core."""
    if cores < 1:
        raise InvalidRequest("cores must be >= 1", field="cores")
    names = [n for n in order if n in wants] + [n for n in wants if n not in order]
    names = list(dict.fromkeys(names))
    alloc = {n: 0 for n in names}
    left = cores
    while left > 0:
        progressed = False
        for n in names:
            if left and alloc[n] < max(wants[n], 0):
                alloc[n] += 1
                left -= 1
                progressed = True
        if not progressed:
            break
    return alloc
