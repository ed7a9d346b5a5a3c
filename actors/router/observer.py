"""Tool-to-tool traffic as ``message`` contexts, so the context service can learn integration patterns
(which tool talks to which, in what order). Metadata only (sender, receiver, topic), never the data.

Off the hot path: ``tool.send`` only enqueues; one thread sanitizes and preserves at a bounded rate
and drops what exceeds it (counted), so a burst of messages never slows delivery.
"""
from __future__ import annotations

import queue
import threading
import time

from protocol import ProtocolError

SESSION = "router-messages"     # one sequence: A->B then B->C is a pattern across tools
STOP_CHECK_S = 5.0              # an idle observer wakes this often to see whether it should stop


class MessageObserver:
    def __init__(self, make_client, *, per_second: float = 20.0, timeout_s: float = 3.0):
        self.make_client = make_client
        self.per_second = per_second
        self.timeout_s = timeout_s
        self.queue: queue.Queue = queue.Queue(1000)
        self.recorded = self.dropped = self.failed = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.per_second > 0:
            self._thread = threading.Thread(target=self._run, name="router-observer", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def observe(self, sender: str, receiver: str, topic: str) -> None:
        if self._thread is None:
            return
        try:
            self.queue.put_nowait((sender, receiver, topic or "message", time.time()))
        except queue.Full:
            self.dropped += 1

    def stats(self) -> dict:
        return {"recorded": self.recorded, "dropped": self.dropped, "failed": self.failed}

    def _run(self) -> None:
        client = self.make_client()
        interval = 1.0 / self.per_second
        next_at = 0.0
        try:
            while not self._stop.is_set():
                try:
                    sender, receiver, topic, at = self.queue.get(timeout=STOP_CHECK_S)
                except queue.Empty:
                    continue
                now = time.monotonic()
                if now < next_at:            # over the rate: drop, do not queue up behind
                    self.dropped += 1
                    continue
                next_at = now + interval
                self._record(client, sender, receiver, topic, at)
        finally:
            client.close()

    def _record(self, client, sender: str, receiver: str, topic: str, at: float) -> None:
        record = {"source": sender, "kind": "message", "content": f"{sender} -> {receiver}: {topic}",
                  "session": SESSION,
                  "metadata": {"from": sender, "to": receiver, "message_kind": topic, "sent_at": at}}
        try:
            clean = client.request("privacy.sanitize", {"data": record, "source": sender,
                                                        "destination": "context_store"}, timeout=self.timeout_s)
            if clean.get("blocked") or not isinstance(clean.get("data"), dict):
                self.failed += 1
                return
            client.request("context.preserve", {"record": clean["data"], "seal": clean.get("seal") or ""},
                           timeout=self.timeout_s)
            self.recorded += 1
        except ProtocolError:
            self.failed += 1
