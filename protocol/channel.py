"""The internal channel between the LLM manager and one model worker process.

Not part of the bus: a pair of ZeroMQ PAIR sockets over ipc in the private runtime dir, one per
direction, each carrying one MessagePack map per message. Every message is one of the structures
below, told apart by its ``op`` (a tagged union). The manager sends ``Command``s; the worker sends
``Event``s, the first of which is ``Ready`` (with the channel ``version`` it speaks) or
``LoadFailed``. A worker serves one request at a time; ``id`` ties a request's events to it.

PROTOCOL.md ("Internal: the model worker channel") describes it for readers; this module is the
declaration.
"""
from __future__ import annotations

from typing import Union

import msgspec

from .kinds.llm import GenerateRequest, Timings, ToolCall, Usage
from .kinds.sys import ErrorBody
from .vocab import FinishReason

VERSION = 1


class _Message(msgspec.Struct, tag_field="op", forbid_unknown_fields=True, omit_defaults=True):
    pass


# ---- manager -> worker ---------------------------------------------------------------------------
class Generate(_Message, tag="generate"):
    id: int
    request: GenerateRequest              # as the manager decoded it from the bus: validated once
    deadline_s: float | None = None       # seconds left when it was sent


class Embed(_Message, tag="embed"):
    id: int
    input: list[str]
    deadline_s: float | None = None


class Cancel(_Message, tag="cancel"):
    id: int


class Threads(_Message, tag="threads"):
    n: int                                # use this many threads from the next token on


class Stop(_Message, tag="stop"):
    pass


Command = Union[Generate, Embed, Cancel, Threads, Stop]


# ---- worker -> manager ---------------------------------------------------------------------------
class EngineInfo(msgspec.Struct, forbid_unknown_fields=True):
    path: str
    architecture: str
    n_ctx: int
    batch_size: int
    threads: int
    embedding_only: bool
    cached_tokens: int


class Ready(_Message, tag="ready"):
    version: int                          # the channel version the worker speaks
    pid: int
    load_ms: float
    engine: EngineInfo
    nice: int | None = None
    sched_idle: bool = False


class LoadFailed(_Message, tag="load_failed"):
    error: ErrorBody


class Piece(_Message, tag="token"):
    id: int
    text: str
    index: int
    count: int = 1                        # tokens in this piece (close ones travel together)


class Generated(_Message, tag="generated"):
    id: int
    text: str
    finish_reason: FinishReason
    usage: Usage
    timings: Timings
    cached_tokens: int = 0                # the KV cache after the request
    threads: int = 0
    tool_calls: list[ToolCall] = []       # finish_reason tool_calls: the calls the model made


class Embedded(_Message, tag="embedded"):
    id: int
    vectors: list[list[float]]
    prompt_tokens: int
    truncated: int = 0                    # inputs cut to the batch size


class Failed(_Message, tag="error"):
    id: int
    error: ErrorBody
    before_first_token: bool = False


Event = Union[Ready, LoadFailed, Piece, Generated, Embedded, Failed]
FINAL_EVENTS = (Generated, Embedded, Failed)

_encoder = msgspec.msgpack.Encoder()
_commands = msgspec.msgpack.Decoder(Command)
_events = msgspec.msgpack.Decoder(Event)


def encode(message: _Message) -> bytes:
    return _encoder.encode(message)


def decode_command(data: bytes) -> Command:
    """Raises ``msgspec.ValidationError`` / ``DecodeError`` for anything that is not a command."""
    return _commands.decode(data)


def decode_event(data: bytes) -> Event:
    return _events.decode(data)
