"""Memory around ``llm.generate`` (a mixin of ``RouterActor``): before, what the context store knows
of the conversation is given to the model (opt-in: the tool's ``features.memory`` or the request's
``memory``), only what the tool may read; after, the conversation's new turn is kept as a context
for tools with ``context_sync`` — on a thread of its own, so it never delays the answer, and a full
or failing store never fails the request (the turn is dropped and logged)."""
from __future__ import annotations

import queue
import secrets
import threading

from protocol import ProtocolError

from actors.shared.activity import Activity

from .. import memory, policy
from ..registry import Tool


class Remembering:
    # ---- before: memory for the model ------------------------------------------------------------
    def _wants_memory(self, tool: Tool, asked: bool | None) -> bool:
        on = tool.config.features.get("memory") if asked is None else asked
        return bool(on) and tool.config.context_access != "none"

    def _recall(self, tool: Tool, messages: list[dict], project: str | None) -> tuple[list[dict], list[str]]:
        """``messages`` with what the store knows (the tool's own read scope), and the ids given."""
        question = memory.last_user_text(messages)
        if not question.strip():
            return messages, []
        try:
            text = self._sanitize(tool, question, "context_store", session=None)["data"]
            body = {"text": text, "k": self.conf.memory_contexts, "access": policy.access_scope(tool.name, tool.config)}
            if project:
                body["project"] = project
            hits = self._call("context.query", body, timeout=self.conf.context_timeout_s, role="context")["results"]
        except (ProtocolError, KeyError, TypeError):
            return messages, []        # memory is a help: without it the answer still comes
        note, ids = memory.memory_message(hits, self.conf.memory_chars)
        return (memory.with_memory(messages, note), ids) if ids else (messages, [])

    # ---- after: the turn kept --------------------------------------------------------------------
    def start_capture(self) -> None:
        self.generating = Activity()      # a turn is kept between generations: never beside one
        self._turns = memory.SeenTurns()
        self._conversation_key = secrets.token_bytes(32)     # this router's: ids cannot be checked outside
        self._captures: queue.Queue = queue.Queue(maxsize=self.conf.capture_queue)
        self._capture_stop = threading.Event()
        self._capture_thread = threading.Thread(target=self._capture_loop, name="capture", daemon=True)
        self._capture_thread.start()

    def stop_capture(self) -> None:
        self._capture_stop.set()
        try:
            self._captures.put_nowait(None)
        except queue.Full:
            pass
        self._capture_thread.join(5)

    def _keep_turn(self, tool: Tool, messages: list[dict], conversation: str | None, project: str | None,
                   answer: str, calls: list[dict]) -> None:
        if not tool.config.features.get("context_sync"):
            return
        conv = memory.conversation_id(messages, conversation, self._conversation_key)
        position, turn = memory.new_turn(messages)
        if not self._turns.first_time(tool.name, conv, position, turn):
            return
        record = memory.turn_record(conv, project, turn, answer, calls, position)
        if record is None:
            return
        try:
            self._captures.put_nowait((tool, record))
        except queue.Full:
            if self.log:
                self.log.warning("capture.dropped", tool=tool.name, reason="queue full")

    def _capture_loop(self) -> None:
        while not self._capture_stop.is_set():
            item = self._captures.get()
            if item is None:
                return
            # keeping a turn asks the privacy and context actors: beside a generation it would take
            # their time (and the cores) from it
            self.generating.wait_quiet(self.conf.capture_quiet_s, self.conf.capture_wait_max_s, self._capture_stop)
            tool, record = item
            record["source"] = tool.name
            try:
                clean = self._sanitize(tool, record, "context_store", session=tool.vault)
                self._call("context.preserve", {"record": clean["data"], "seal": clean.get("seal") or ""},
                           timeout=self.conf.context_timeout_s, role="capture")
            except ProtocolError as e:
                if self.log:
                    self.log.warning("capture.failed", tool=tool.name, code=e.code.value)
