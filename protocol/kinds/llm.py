"""Kinds of the LLM manager (service ``llm``)."""
from __future__ import annotations

from typing import Any, Literal

from . import Body, Empty, declare

Task = Literal["primary", "code", "reasoning", "light"]
Lane = Literal["interactive", "background"]


class ChatMessage(Body):
    role: Literal["system", "user", "assistant"]
    content: str


class GenerateRequest(Body):
    prompt: str | None = None                 # plain completion ...
    messages: list[ChatMessage] | None = None  # ... or chat (exactly one of the two)
    task: Task = "primary"
    model: str | None = None                  # a model name wins over the task's role mapping
    max_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 0.95
    seed: int | None = None
    stop: list[str] = []
    json_schema: dict[str, Any] | None = None  # constrain the output to this JSON Schema
    lane: Lane = "interactive"
    session: str | None = None


class Token(Body):
    text: str
    index: int              # the partial's sequence number
    count: int = 1          # tokens in this piece (pieces that arrive close together travel together)


class Usage(Body):
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int = 0                    # prompt tokens whose KV cache was reused (prefix)


class Timings(Body):
    ttft_ms: float
    prompt_tps: float
    decode_tps: float
    total_ms: float
    load_ms: float = 0.0
    queue_ms: float = 0.0


class GenerateReply(Body):
    text: str
    model: str
    finish_reason: str                        # stop | length | cancelled
    usage: Usage
    timings: Timings


class EmbedRequest(Body):
    input: list[str]
    model: str | None = None
    task: Task = "light"


class EmbedReply(Body):
    model: str
    embeddings: list[list[float]]
    usage: Usage


class ModelInfo(Body):
    name: str
    size_bytes: int
    roles: list[str] = []
    loaded: bool = False
    state: str = "unloaded"                   # unloaded | loading | ready | busy | failed | cooldown
    worker_pid: int | None = None
    rss_bytes: int = 0
    pinned: bool = False
    throttled: bool = False
    path: str | None = None
    queued: int = 0                           # requests waiting for this model's worker
    restarts: int = 0                         # worker deaths while loaded
    counts: dict[str, int] = {}               # requests, cancelled, crashed, memory_unloads, ...
    error: str | None = None                  # the last load failure


class ModelsReply(Body):
    models: list[ModelInfo]
    roles: dict[str, str | None] = {}         # role -> model that serves it now


class LoadRequest(Body):
    model: str | None = None
    task: Task | None = None
    pin: bool = False


class LoadReply(Body):
    model: str
    loaded: bool
    worker_pid: int | None = None
    load_ms: float = 0.0


class UnloadRequest(Body):
    model: str


class UnloadReply(Body):
    model: str
    unloaded: bool


declare("llm.generate", service="llm", request=GenerateRequest, reply=GenerateReply, partial=Token,
        doc="Generate text (``prompt``) or a chat answer (``messages``) with the model for ``task`` or "
            "the named ``model``; streams tokens as partial replies; the final reply carries usage and "
            "timings. Cancel to stop it (prompt processing included).")
declare("llm.embed", service="llm", request=EmbedRequest, reply=EmbedReply,
        doc="Embeddings of each input string.")
declare("llm.models", service="llm", request=Empty, reply=ModelsReply,
        doc="Installed models, which are loaded, by which worker, and the role mapping.")
declare("llm.load", service="llm", request=LoadRequest, reply=LoadReply,
        doc="Load a model now (optionally pinned: never unloaded for idleness).")
declare("llm.unload", service="llm", request=UnloadRequest, reply=UnloadReply, doc="Unload a model.")
