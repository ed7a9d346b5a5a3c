"""One ``llm.generate`` through an HTTP door, whatever API the door speaks.

The first reply decides the HTTP answer: an error before it is an HTTP error (400, 429 with
Retry-After, 503...); a queue notice or the first piece starts the answer. What every door tells
its caller comes from here: how many values of the request were replaced before the model saw them
(``X-Enclave-Redactions``, never which) and the request's place in the model's queue when it had to
wait (``X-Enclave-Queue-Position``). The stream is closed on every path, which cancels the
generation when the client goes away.
"""
from __future__ import annotations

from typing import Any, AsyncIterator

from protocol import Code, ProtocolError

LLM_TIMEOUT_S = 600.0
REDACTIONS = "X-Enclave-Redactions"
QUEUE_POSITION = "X-Enclave-Queue-Position"
CONTEXT_IDS = "X-Enclave-Context-Ids"         # the contexts given to the model (memory)
MEMORY, SESSION, PROJECT = "X-Enclave-Memory", "X-Enclave-Session", "X-Enclave-Project"
MEMORY_SUFFIX = "+memory"                      # a model alias that asks for memory: "primary+memory"


def with_request_options(headers, body: dict, model: str | None) -> dict:
    """The caller's memory choices from its headers (``X-Enclave-Memory: on|off``,
    ``X-Enclave-Session``, ``X-Enclave-Project``) or its model name (``NAME+memory``)."""
    flag = (headers.get(MEMORY) or "").strip().lower()
    if flag in ("on", "off"):
        body["memory"] = flag == "on"
    elif flag:
        raise ProtocolError(Code.INVALID, f"{MEMORY} is on or off", field=MEMORY)
    elif isinstance(model, str) and model.endswith(MEMORY_SUFFIX):
        body["memory"] = True
    for header, field in ((SESSION, "conversation"), (PROJECT, "project")):
        value = (headers.get(header) or "").strip()
        if value:
            if len(value) > 200:
                raise ProtocolError(Code.INVALID, f"{header} is at most 200 characters", field=header)
            body[field] = value
    return body


class Run:
    def __init__(self, peer, body: dict):
        self._stream = peer.stream("llm.generate", body, timeout=LLM_TIMEOUT_S)
        self._first: Any = None
        self.redactions = 0
        self.queued = 0
        self.context_ids: list[str] = []
        self.final: dict | None = None

    async def start(self) -> None:
        """Wait for the first reply; a ``ProtocolError`` here is the request's HTTP error."""
        try:
            self._first = await self._stream.__anext__()
        except StopAsyncIteration:
            await self.close()
            raise ProtocolError(Code.INTERNAL, "the model service ended without an answer") from None
        except ProtocolError:
            await self.close()
            raise
        self._note(self._first)

    @property
    def headers(self) -> dict[str, str]:
        out = {REDACTIONS: str(self.redactions)}
        if self.queued:
            out[QUEUE_POSITION] = str(self.queued)
        if self.context_ids:
            out[CONTEXT_IDS] = ",".join(self.context_ids)
        return out

    def _note(self, reply) -> None:
        body = reply.body if isinstance(reply.body, dict) else {}
        self.redactions = max(self.redactions, int(body.get("redactions") or 0))
        if body.get("queued"):
            self.queued = int(body["queued"])
        if body.get("context_ids"):
            self.context_ids = [str(i) for i in body["context_ids"]]

    async def events(self) -> AsyncIterator[tuple[str, Any]]:
        """("queued", position) notices and ("text", piece) pieces; ``final`` is set at the end.
        A ``ProtocolError`` after the first reply propagates (the door renders it mid-stream)."""
        reply = self._first
        try:
            while True:
                if reply.final:
                    self.final = reply.body
                    return
                body = reply.body
                if body.get("queued"):
                    yield "queued", body["queued"]
                elif body.get("text"):
                    yield "text", body["text"]
                reply = await self._stream.__anext__()
                self._note(reply)
        finally:
            await self.close()

    async def collect(self) -> dict:
        """The whole answer (non-streaming)."""
        async for _ in self.events():
            pass
        assert self.final is not None
        return self.final

    async def close(self) -> None:
        await self._stream.aclose()
