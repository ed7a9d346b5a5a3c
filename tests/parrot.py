"""A stand-in for the model service that repeats its prompt back: what any model does once a prompt
tells it to ("repeat after me: <aws_key_1>"). The privacy tests use it where the attack needs the
model's answer to hold a chosen text; everything around it (broker, router, privacy filter, the HTTP
doors) is the real thing. It serves ``llm.generate`` as the service ``llm`` on a real mesh's internal
bus, streaming the answer in small pieces so a pseudonym is split across tokens.

Given tools, it answers with a call of the first tool whose ``text`` argument is its prompt: how
a test sees that tool-call arguments are restored for their caller only.

A prompt holding ``HOLD`` waits (at most 60 s) until ``release()``: how a test keeps one request in
flight while another caller tries to reach its secrets.
"""
from __future__ import annotations

import json
import threading
import time

from bus import Worker
from protocol.kinds import llm as L

PIECE = 3           # characters per streamed token: markers like <aws_key_1> arrive split


class Parrot:
    def __init__(self, mesh, *, service: str = "llm"):
        self.seen: list[str] = []                 # every prompt text the "model" received
        self.requests: list = []                  # ... and every request as it received it
        self.holding = threading.Event()          # a HOLD request has arrived
        self._release = threading.Event()
        self._stop = threading.Event()
        self.worker = Worker(mesh.endpoints.internal, service, self._handle, capacity=4)
        self._thread = threading.Thread(target=self.worker.run, args=(self._stop,), daemon=True)

    def __enter__(self) -> "Parrot":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._release.set()
        self._stop.set()
        self._thread.join(10)

    def release(self) -> None:
        self._release.set()

    def _handle(self, req):
        if req.kind.name != "llm.generate":
            return {"service": "llm", "pid": 0, "uptime_s": 0.0, "version": "parrot"}
        body = req.body
        text = body.prompt if body.prompt is not None else body.messages[-1].content
        self.seen.append(text)
        self.requests.append(body)
        if "HOLD" in text:
            self.holding.set()
            self._release.wait(60)
        if body.tools and body.tool_choice != "none":
            return self._call(body.tools[0].name, text)
        return self._stream(text)

    @staticmethod
    def _call(name: str, text: str) -> L.GenerateReply:
        call = L.ToolCall(id="call_parrot", name=name, arguments=json.dumps({"text": text}))
        return L.GenerateReply(text="", model="parrot", finish_reason="tool_calls", tool_calls=[call],
                               usage=L.Usage(prompt_tokens=1, completion_tokens=1),
                               timings=L.Timings(ttft_ms=0.0, prompt_tps=0.0, decode_tps=0.0, total_ms=0.0))

    @staticmethod
    def _stream(text: str):
        started = time.monotonic()
        pieces = [text[i:i + PIECE] for i in range(0, len(text), PIECE)]
        for i, piece in enumerate(pieces):
            yield L.Token(text=piece, index=i)
        ms = (time.monotonic() - started) * 1000
        return L.GenerateReply(text=text, model="parrot", finish_reason="stop",
                               usage=L.Usage(prompt_tokens=len(pieces), completion_tokens=len(pieces)),
                               timings=L.Timings(ttft_ms=ms, prompt_tps=0.0, decode_tps=0.0, total_ms=ms))
