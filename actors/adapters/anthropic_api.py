"""The Anthropic Messages API's shapes, translated to and from ``llm.generate`` (pure functions, no
I/O): ``system``, multi-turn content blocks (``text``, ``tool_use``, ``tool_result``), ``tools``
with ``input_schema``, ``tool_choice``, ``stop_sequences``, and the answer as content blocks with
its ``stop_reason``; the streamed answer as the documented events."""
from __future__ import annotations

import json
from typing import Any, Iterator

from .api_common import bad, checked, new_id, refuse_unknown, route_model, text_of

KNOWN = {"model", "messages", "max_tokens", "system", "stop_sequences", "temperature", "top_p", "top_k",
         "stream", "tools", "tool_choice", "metadata", "thinking", "service_tier", "container", "mcp_servers",
         "output_config", *{"cache_control", "diagnostics", "inference_geo", "speed", "user_profile_id",
                            "workspace_id"}}        # the last: about billing, caching and placement, not the answer
STOP_REASON = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use", "cancelled": "end_turn"}
ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
               404: "not_found_error", 413: "request_too_large", 415: "invalid_request_error",
               429: "rate_limit_error", 503: "overloaded_error", 529: "overloaded_error"}


def error_shape(status: int, code: str, message: str) -> dict:
    return {"type": "error", "error": {"type": ERROR_TYPES.get(status, "api_error"), "message": message}}


def _messages(req: dict) -> list[dict]:
    out: list[dict] = []
    if req.get("system"):
        out.append({"role": "system", "content": text_of(req["system"], "system", ("text",))})
    messages = req.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad("messages must be a non-empty list", "messages")
    for i, m in enumerate(messages):
        where = f"messages.{i}"
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            raise bad("role must be user or assistant", f"{where}.role")
        content = m.get("content")
        if isinstance(content, str):
            out.append({"role": m["role"], "content": content})
            continue
        if not isinstance(content, list):
            raise bad("content must be text or a list of blocks", f"{where}.content")
        text, calls = [], []
        for j, block in enumerate(content):
            kind = block.get("type") if isinstance(block, dict) else None
            bwhere = f"{where}.content.{j}"
            if kind == "text":
                text.append(str(block.get("text", "")))
            elif kind == "tool_use" and m["role"] == "assistant":
                calls.append({"id": str(block.get("id") or f"toolu_{j}"), "name": block.get("name"),
                              "arguments": json.dumps(block.get("input") or {})})
            elif kind == "tool_result" and m["role"] == "user":
                result = block.get("content", "")
                body = result if isinstance(result, str) else text_of(result, f"{bwhere}.content", ("text",))
                out.append({"role": "tool", "tool_call_id": block.get("tool_use_id"),
                            "content": ("error: " if block.get("is_error") else "") + body})
            elif kind in ("thinking", "redacted_thinking"):
                continue                     # a model's earlier reasoning: not part of what it said
            else:
                raise bad(f"content blocks of type {kind!r} are not supported", bwhere)
        if text or calls:
            msg: dict[str, Any] = {"role": m["role"], "content": "".join(text)}
            if calls:
                msg["tool_calls"] = calls
            out.append(msg)
    return out


def request(req: Any, config: dict, *, count_only: bool = False) -> dict:
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    refuse_unknown(req, KNOWN)
    if (req.get("thinking") or {}).get("type", "disabled") != "disabled":
        raise bad("extended thinking is not supported by this server", "thinking")
    for key in ("container", "mcp_servers"):
        if req.get(key):
            raise bad(f"{key} is not supported by this server", key)
    max_tokens = 1 if count_only else req.get("max_tokens")
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        raise bad("max_tokens is required: a positive integer", "max_tokens")
    body: dict[str, Any] = {"messages": _messages(req), "max_tokens": max_tokens,
                            **route_model(req.get("model"), config["models"], config["default_task"])}
    for key in ("temperature", "top_p", "top_k"):
        if req.get(key) is not None:
            body[key] = req[key]
    if req.get("stop_sequences"):
        body["stop"] = req["stop_sequences"]
    schema = _output_schema(req.get("output_config"))
    if schema is not None:
        body["json_schema"] = schema
    tools = req.get("tools") or []
    if not isinstance(tools, list):
        raise bad("tools must be a list", "tools")
    specs = []
    for i, t in enumerate(tools):
        if not isinstance(t, dict) or t.get("type", "custom") not in ("custom", None) or "input_schema" not in t:
            raise bad("only client tools with an input_schema are supported", f"tools.{i}")
        specs.append({"name": t.get("name"), "description": t.get("description") or "",
                      "parameters": t["input_schema"]})
    choice = req.get("tool_choice") or {"type": "auto"}
    if specs:
        body["tools"] = specs
        kind = choice.get("type") if isinstance(choice, dict) else None
        body["tool_choice"] = {"auto": "auto", "any": "required", "none": "none"}.get(kind) or choice.get("name")
        if kind in ("auto", "any") and choice.get("disable_parallel_tool_use") is False:
            body["max_tool_calls"] = 4
    return checked(body)


def _output_schema(config) -> dict | None:
    """``output_config.format`` (structured outputs) -> the JSON Schema the answer must follow;
    ``effort`` is a hint for reasoning models and changes nothing here."""
    if config is None:
        return None
    if not isinstance(config, dict):
        raise bad("output_config must be an object", "output_config")
    refuse_unknown(config, {"effort", "format"}, "output_config.")
    fmt = config.get("format")
    if fmt is None:
        return None
    if not isinstance(fmt, dict) or fmt.get("type") != "json_schema" or not isinstance(fmt.get("schema"), dict):
        raise bad("output_config.format is {type: json_schema, schema: {...}}", "output_config.format")
    return fmt["schema"]


def _content(final: dict) -> list[dict]:
    blocks = []
    if final.get("text"):
        blocks.append({"type": "text", "text": final["text"]})
    for c in final.get("tool_calls") or []:
        try:
            args = json.loads(c["arguments"])
        except ValueError:
            args = {}
        blocks.append({"type": "tool_use", "id": c["id"], "name": c["name"], "input": args})
    return blocks or [{"type": "text", "text": ""}]


def _usage(final: dict) -> dict:
    u = final.get("usage") or {}
    return {"input_tokens": int(u.get("prompt_tokens", 0)), "output_tokens": int(u.get("completion_tokens", 0)),
            "cache_creation_input_tokens": 0, "cache_read_input_tokens": int(u.get("cached_tokens", 0))}


def response(mid: str, model: str, final: dict) -> dict:
    return {"id": mid, "type": "message", "role": "assistant", "model": final.get("model") or model,
            "content": _content(final), "stop_reason": STOP_REASON.get(final.get("finish_reason"), "end_turn"),
            "stop_sequence": None, "usage": _usage(final)}


class Stream:
    """The Messages API's streamed events, as (event name, data) pairs."""

    def __init__(self, mid: str, model: str, prompt_tokens: int = 0):
        self.mid, self.model, self.prompt_tokens = mid, model, prompt_tokens
        self.open_text = False

    def opening(self) -> Iterator[tuple[str, dict]]:
        message = {"id": self.mid, "type": "message", "role": "assistant", "model": self.model, "content": [],
                   "stop_reason": None, "stop_sequence": None,
                   "usage": {"input_tokens": self.prompt_tokens, "output_tokens": 0}}
        yield "message_start", {"type": "message_start", "message": message}
        yield "ping", {"type": "ping"}

    def text(self, delta: str) -> Iterator[tuple[str, dict]]:
        if not self.open_text:
            self.open_text = True
            yield "content_block_start", {"type": "content_block_start", "index": 0,
                                          "content_block": {"type": "text", "text": ""}}
        yield "content_block_delta", {"type": "content_block_delta", "index": 0,
                                      "delta": {"type": "text_delta", "text": delta}}

    def closing(self, final: dict) -> Iterator[tuple[str, dict]]:
        index = 0
        if self.open_text:
            yield "content_block_stop", {"type": "content_block_stop", "index": 0}
            index = 1
        for block in _content(final):
            if block["type"] != "tool_use":
                continue
            yield "content_block_start", {"type": "content_block_start", "index": index,
                                          "content_block": {**block, "input": {}}}
            yield "content_block_delta", {"type": "content_block_delta", "index": index,
                                          "delta": {"type": "input_json_delta",
                                                    "partial_json": json.dumps(block["input"])}}
            yield "content_block_stop", {"type": "content_block_stop", "index": index}
            index += 1
        if index == 0:                   # an empty answer still has its (empty) text block
            yield from self.text("")
            yield "content_block_stop", {"type": "content_block_stop", "index": 0}
        yield "message_delta", {"type": "message_delta",
                                "delta": {"stop_reason": STOP_REASON.get(final.get("finish_reason"), "end_turn"),
                                          "stop_sequence": None},
                                "usage": {"output_tokens": _usage(final)["output_tokens"]}}
        yield "message_stop", {"type": "message_stop"}


def new_message_id() -> str:
    return new_id("msg").replace("-", "_")
