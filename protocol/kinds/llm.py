"""Kinds of the LLM manager (service ``llm``)."""
from __future__ import annotations

from typing import Annotated, Any

from msgspec import Meta

from ..vocab import ChatRole, FinishReason, Lane, Task
from . import Body, ReplyBody, Empty, declare

MAX_SEED = 2**32 - 2          # llama.cpp takes a 32-bit seed; 2**32 - 1 means "random"


ToolName = Annotated[str, Meta(pattern=r"^[A-Za-z0-9_.\-]{1,64}$")]


class ToolCall(ReplyBody):
    """A call the model made: ``arguments`` is the JSON text of the arguments object."""
    id: Annotated[str, Meta(min_length=1, max_length=64)]
    name: ToolName
    arguments: str = "{}"


class ToolSpec(Body):
    """A function the model may call; ``parameters`` is the JSON Schema of its arguments."""
    name: ToolName
    description: str = ""
    parameters: dict[str, Any] = {}


class ChatMessage(Body):
    role: ChatRole
    content: str                              # "" for an assistant message that only calls tools
    tool_calls: list[ToolCall] = []           # assistant: the calls it made
    tool_call_id: str | None = None           # tool: the call this message answers
    name: str | None = None                   # tool: the tool that answered


class GenerateRequest(Body):
    """Also the parameters a model worker runs with: validated once, when the request is decoded."""
    prompt: str | None = None                 # plain completion ...
    messages: list[ChatMessage] | None = None  # ... or chat (exactly one of the two)
    task: Task = "primary"
    model: str | None = None                  # a model name wins over the task's role mapping
    max_tokens: Annotated[int, Meta(ge=1, le=1 << 20)] = 256
    temperature: Annotated[float, Meta(ge=0.0, le=10.0)] = 0.7
    top_p: Annotated[float, Meta(ge=0.0, le=1.0)] = 0.95
    top_k: Annotated[int, Meta(ge=0, le=1 << 20)] = 40
    min_p: Annotated[float, Meta(ge=0.0, le=1.0)] = 0.05
    repeat_penalty: Annotated[float, Meta(ge=0.0, le=10.0)] = 1.0
    seed: Annotated[int, Meta(ge=0, le=MAX_SEED)] | None = None
    stop: list[Annotated[str, Meta(min_length=1)]] = []
    json_schema: dict[str, Any] | None = None  # constrain the output to this JSON Schema
    tools: list[ToolSpec] = []                # functions the model may call (chat only)
    tool_choice: str = "auto"                 # auto | none | required | the name of one of the tools
    max_tool_calls: Annotated[int, Meta(ge=1, le=16)] = 1   # calls in one answer (parallel calls: more)
    suffix: str | None = None                 # fill in the middle: text after the gap (prompt only)
    memory: bool | None = None                # give the model what the context store knows of the
                                              # conversation (None: the tool's config decides)
    conversation: Annotated[str, Meta(max_length=200)] | None = None   # the client's conversation id
    project: Annotated[str, Meta(max_length=200)] | None = None        # what the conversation is about
    lane: Lane = "interactive"
    session: str | None = None
    client: str | None = None                 # who asked (the router sets the tool's name; none: the
                                              # owner): the model's queue is fair between clients

    def __post_init__(self):
        if (self.prompt is None) == (self.messages is None):
            raise ValueError("give exactly one of prompt or messages")
        if self.messages is not None and not self.messages:
            raise ValueError("messages must not be empty")
        if self.tools and self.messages is None:
            raise ValueError("tools need messages (a chat)")
        names = {t.name for t in self.tools}
        if self.tool_choice not in ("auto", "none", "required") and self.tool_choice not in names:
            raise ValueError("tool_choice is auto, none, required or the name of one of the tools")
        if self.tool_choice == "required" and not self.tools:
            raise ValueError("tool_choice required needs tools")
        if self.suffix is not None and self.prompt is None:
            raise ValueError("suffix (fill in the middle) needs prompt, not messages")
        if self.tools and self.json_schema is not None:
            raise ValueError("give tools or json_schema, not both")


class Token(ReplyBody):
    text: str
    index: int              # the partial's sequence number
    count: int = 1          # model tokens in this piece (close ones travel together; 0: text held back
                            # earlier, e.g. while a pseudonym was restored)
    redactions: int = 0     # first piece only (from the router): values replaced in the request
    queued: int = 0         # a waiting notice (text ""): requests ahead of this one for the model
    context_ids: list[str] = []   # first piece only: the contexts given to the model (memory)


class Usage(ReplyBody):
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int = 0                    # prompt tokens whose KV cache was reused (prefix)


class Timings(ReplyBody):
    ttft_ms: float
    prompt_tps: float
    decode_tps: float
    total_ms: float
    load_ms: float = 0.0
    queue_ms: float = 0.0


class GenerateReply(ReplyBody):
    text: str
    model: str
    finish_reason: FinishReason
    usage: Usage
    timings: Timings
    tool_calls: list[ToolCall] = []           # finish_reason tool_calls: what the model called
    redactions: int = 0                       # from the router: values replaced in the request (never which)
    context_ids: list[str] = []               # from the router: the contexts given to the model (memory)


class EmbedRequest(Body):
    input: Annotated[list[str], Meta(min_length=1)]
    model: str | None = None
    task: Task = "light"


class EmbedReply(ReplyBody):
    model: str
    embeddings: list[list[float]]
    usage: Usage
    truncated: int = 0                        # inputs cut to the model's batch size before embedding


class ModelInfo(ReplyBody):
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


class ModelsReply(ReplyBody):
    models: list[ModelInfo]
    roles: dict[str, str | None] = {}         # role -> model that serves it now


class LoadRequest(Body):
    model: str | None = None
    task: Task | None = None
    pin: bool = False
    keep_alive_s: float | None = None         # stay loaded this long after its last request (< 0: always)


class LoadReply(ReplyBody):
    model: str
    loaded: bool
    worker_pid: int | None = None
    load_ms: float = 0.0


class UnloadRequest(Body):
    model: str


class UnloadReply(ReplyBody):
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
