"""The OpenAI API's shapes, translated to and from the mesh's kinds (pure functions, no I/O).

Requests: ``/v1/chat/completions`` and ``/v1/completions`` become ``llm.generate``;
``/v1/embeddings`` becomes ``llm.embed``. A model name maps to a task (role) through the config's
``models`` table, a task name is taken as is, any other name is passed as a model name. Function
calling (``tools``, ``tool_choice``, ``parallel_tool_calls``, ``role: tool`` results), JSON output
(``response_format``), ``seed``, ``stop`` and ``suffix`` (fill in the middle) are passed on; every
other parameter that would change the answer (``n`` > 1, ``logprobs``, penalties, ``logit_bias``,
audio...) is a 400 naming it, never ignored.
"""
from __future__ import annotations

import base64
import struct
from typing import Any

from protocol.kinds import default_of
from protocol.kinds.llm import EmbedRequest

from .api_common import (bad, calls_of, checked, new_id, now, openai_calls, refuse_unknown, route_model,
                         text_of, tool_choice_of, tools_of)

__all__ = ["new_id", "route_model"]          # re-exported: the gateway names them from here
EMBED_TASK = default_of(EmbedRequest, "task")
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant", "tool": "tool"}
# HTTP status -> OpenAI's error type
ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
               404: "not_found_error", 413: "invalid_request_error", 415: "invalid_request_error",
               429: "rate_limit_error"}
FINISH = {"stop": "stop", "length": "length", "cancelled": "stop", "tool_calls": "tool_calls"}
MAX_PARALLEL_CALLS = 4
# parameters the mesh cannot honour: fine at their neutral value (clients send them by default), a
# 400 naming them at any other
MUST_BE_NEUTRAL = {"n": (1,), "presence_penalty": (0, 0.0), "frequency_penalty": (0, 0.0),
                   "logprobs": (False,), "logit_bias": ({},), "top_logprobs": (0,)}
# parameters that do not change the answer
HARMLESS = {"stream_options", "user", "metadata", "store", "service_tier", "prompt_cache_key",
            "safety_identifier", "reasoning_effort", "parallel_tool_calls"}
NEUTRAL = {*MUST_BE_NEUTRAL, *HARMLESS}
CHAT_KNOWN = {"model", "messages", "max_tokens", "max_completion_tokens", "temperature", "top_p", "seed", "stop",
              "stream", "stream_options", "response_format", "tools", "tool_choice", "parallel_tool_calls",
              *NEUTRAL}
COMPLETION_KNOWN = {"model", "prompt", "suffix", "max_tokens", "temperature", "top_p", "seed", "stop", "stream",
                    "stream_options", "echo", "best_of", *NEUTRAL}


def error_shape(status: int, code: str, message: str) -> dict:
    """OpenAI's error body."""
    return {"error": {"message": message, "type": ERROR_TYPES.get(status, "server_error"), "param": None,
                      "code": code}}


def _neutral_or_refuse(req: dict) -> None:
    for key, neutral in MUST_BE_NEUTRAL.items():
        if req.get(key) is not None and req[key] not in neutral:
            raise bad(f"{key}={req[key]!r} is not supported by this server", key)


def _sampling(req: dict, default_max: int) -> dict:
    body: dict[str, Any] = {}
    max_tokens = req.get("max_completion_tokens", req.get("max_tokens"))
    body["max_tokens"] = default_max if max_tokens is None else max_tokens
    for key in ("temperature", "top_p", "seed"):
        if req.get(key) is not None:
            body[key] = req[key]
    stop = req.get("stop")
    if stop is not None:
        body["stop"] = [stop] if isinstance(stop, str) else stop
    if not isinstance(body["max_tokens"], int) or isinstance(body["max_tokens"], bool) or body["max_tokens"] < 1:
        raise bad("max_tokens must be a positive integer", "max_tokens")
    return body


def messages_of(messages: Any) -> list[dict]:
    if not isinstance(messages, list) or not messages:
        raise bad("messages must be a non-empty list", "messages")
    out = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ROLES:
            raise bad(f"messages[{i}].role must be one of {', '.join(ROLES)}", f"messages.{i}.role")
        msg: dict[str, Any] = {"role": ROLES[m["role"]], "content": text_of(m.get("content"), f"messages.{i}.content")}
        if m.get("tool_calls"):
            msg["tool_calls"] = calls_of(m["tool_calls"], f"messages.{i}.tool_calls")
        if m["role"] == "tool":
            msg["tool_call_id"] = m.get("tool_call_id")
            if m.get("name"):
                msg["name"] = m["name"]
        out.append(msg)
    return out


def chat_request(req: Any, config: dict) -> dict:
    """A /v1/chat/completions body -> an llm.generate body."""
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    refuse_unknown(req, CHAT_KNOWN)
    _neutral_or_refuse(req)
    body = {"messages": messages_of(req.get("messages")), **_sampling(req, config["max_tokens"]),
            **route_model(req.get("model"), config["models"], config["default_task"])}
    tools = tools_of(req.get("tools"))
    if tools:
        body["tools"] = tools
        body["tool_choice"] = tool_choice_of(req.get("tool_choice"))
        if req.get("parallel_tool_calls"):
            body["max_tool_calls"] = MAX_PARALLEL_CALLS
    elif req.get("tool_choice") not in (None, "none", "auto"):
        raise bad("tool_choice needs tools", "tool_choice")
    fmt = req.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema")
        if not isinstance(schema, dict):
            raise bad("response_format.json_schema.schema must be an object", "response_format")
        body["json_schema"] = schema
    elif isinstance(fmt, dict) and fmt.get("type") == "json_object":
        body["json_schema"] = {"type": "object"}
    elif fmt is not None and not (isinstance(fmt, dict) and fmt.get("type") == "text"):
        raise bad("response_format is text, json_object or json_schema", "response_format")
    return checked(body)


def completion_request(req: Any, config: dict) -> dict:
    """A /v1/completions body -> an llm.generate body (``suffix``: fill in the middle)."""
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    refuse_unknown(req, COMPLETION_KNOWN)
    _neutral_or_refuse(req)
    for key in ("echo", "best_of"):
        if req.get(key) not in (None, False, 1):
            raise bad(f"{key} is not supported by this server", key)
    prompt = req.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise bad("prompt must be a string (a list of one string at most)", "prompt")
    body = {"prompt": prompt, **_sampling(req, config["max_tokens"]),
            **route_model(req.get("model"), config["models"], config["default_task"])}
    if req.get("suffix") is not None:
        if not isinstance(req["suffix"], str):
            raise bad("suffix must be a string", "suffix")
        body["suffix"] = req["suffix"]
    return checked(body)


def embeddings_request(req: Any, config: dict) -> dict:
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    refuse_unknown(req, {"model", "input", "encoding_format", "user", "dimensions"})
    if req.get("encoding_format") not in (None, "float", "base64"):
        raise bad("encoding_format is float or base64", "encoding_format")
    if req.get("dimensions") is not None:
        raise bad("dimensions is not supported by this server", "dimensions")
    inp = req.get("input")
    if isinstance(inp, str):
        inp = [inp]
    if not isinstance(inp, list) or not inp or not all(isinstance(s, str) for s in inp):
        raise bad("input must be a string or a non-empty list of strings", "input")
    route = route_model(req.get("model"), config["models"], EMBED_TASK)
    return checked({"input": inp, **route}, EmbedRequest)


def usage(final: dict) -> dict:
    u = final.get("usage") or {}
    p, c = int(u.get("prompt_tokens", 0)), int(u.get("completion_tokens", 0))
    return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}


def chat_response(rid: str, model: str, final: dict) -> dict:
    calls = final.get("tool_calls") or []
    message: dict[str, Any] = {"role": "assistant", "content": final.get("text", "") if not calls else None}
    if calls:
        message["tool_calls"] = openai_calls(calls)
    return {"id": rid, "object": "chat.completion", "created": now(), "model": final.get("model") or model,
            "choices": [{"index": 0, "message": message,
                         "finish_reason": FINISH.get(final.get("finish_reason"), "stop"), "logprobs": None}],
            "usage": usage(final)}


def chat_chunk(rid: str, model: str, *, content: str | None = None, role: bool = False,
               finish: str | None = None, calls: list[dict] | None = None) -> dict:
    delta: dict[str, Any] = {}
    if role:
        delta["role"] = "assistant"
    if content is not None:
        delta["content"] = content
    if calls:
        delta["tool_calls"] = [{"index": i, **c} for i, c in enumerate(openai_calls(calls))]
    return {"id": rid, "object": "chat.completion.chunk", "created": now(), "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}


def completion_response(rid: str, model: str, final: dict) -> dict:
    return {"id": rid, "object": "text_completion", "created": now(), "model": final.get("model") or model,
            "choices": [{"index": 0, "text": final.get("text", ""), "logprobs": None,
                         "finish_reason": FINISH.get(final.get("finish_reason"), "stop")}],
            "usage": usage(final)}


def completion_chunk(rid: str, model: str, text: str, finish: str | None = None) -> dict:
    return {"id": rid, "object": "text_completion", "created": now(), "model": model,
            "choices": [{"index": 0, "text": text, "logprobs": None, "finish_reason": finish}]}


def _base64_floats(vector: list[float]) -> str:
    """OpenAI's ``encoding_format: base64``: little-endian float32s (what its clients ask by default)."""
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()


def embeddings_response(final: dict, encoding: str | None = None) -> dict:
    code = _base64_floats if encoding == "base64" else (lambda v: v)
    return {"object": "list", "model": final.get("model", ""),
            "data": [{"object": "embedding", "index": i, "embedding": code(e)}
                     for i, e in enumerate(final.get("embeddings", []))],
            "usage": {"prompt_tokens": usage(final)["prompt_tokens"],
                      "total_tokens": usage(final)["prompt_tokens"]}}


def models_response(config: dict, installed: list[dict]) -> dict:
    names = list(dict.fromkeys([*config["models"], *(m["name"] for m in installed if m.get("name"))]))
    return {"object": "list", "data": [{"id": n, "object": "model", "created": 0, "owned_by": "enclave"}
                                       for n in names]}
