"""The OpenAI API's shapes, translated to and from the mesh's kinds (pure functions, no I/O).

Requests: ``/v1/chat/completions`` and ``/v1/completions`` become ``llm.generate``;
``/v1/embeddings`` becomes ``llm.embed``. A model name maps to a task (role) through the config's
``models`` table, a task name is taken as is, any other name is passed as a model name.
"""
from __future__ import annotations

import time
import uuid
from typing import Any

import msgspec

from protocol import Code, ProtocolError
from protocol.envelope import field_of
from protocol.kinds import default_of
from protocol.kinds.llm import EmbedRequest, GenerateRequest
from protocol.vocab import Task, values

TASKS = values(Task)
EMBED_TASK = default_of(EmbedRequest, "task")
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}
# HTTP status -> OpenAI's error type
ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
               404: "not_found_error", 413: "invalid_request_error", 415: "invalid_request_error",
               429: "rate_limit_error"}
FINISH = {"stop": "stop", "length": "length", "cancelled": "stop"}


def bad(message: str, param: str | None = None) -> ProtocolError:
    return ProtocolError(Code.INVALID, message, field=param)


def checked(body: dict, schema: type = GenerateRequest) -> dict:
    """``body`` as the mesh will validate it, checked here first: a value out of range (``max_tokens``
    of 2**70, a seed past 32 bits) is a 400 naming the parameter, never an error further in."""
    try:
        msgspec.convert(body, schema)
    except msgspec.ValidationError as e:
        raise bad(str(e).split(" - at `")[0], field_of(e)) from None
    return body


def error_shape(status: int, code: str, message: str) -> dict:
    """OpenAI's error body."""
    return {"error": {"message": message, "type": ERROR_TYPES.get(status, "server_error"), "param": None,
                      "code": code}}


def route_model(name: Any, models: dict, default_task: str) -> dict:
    """{"task": ...} or {"model": ...} for an OpenAI model name."""
    if not name:
        return {"task": default_task}
    if not isinstance(name, str):
        raise bad("model must be a string", "model")
    if name in models:
        return {"task": models[name]}
    if name in TASKS:
        return {"task": name}
    return {"model": name}


def _text_of(content: Any, where: str) -> str:
    """OpenAI content: a string, or a list of parts of which only text parts are supported."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        out = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") not in ("text", "input_text"):
                raise bad("only text content parts are supported", where)
            out.append(str(part.get("text", "")))
        return "".join(out)
    raise bad("content must be a string or a list of text parts", where)


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
    if not isinstance(body["max_tokens"], int) or body["max_tokens"] < 1:
        raise bad("max_tokens must be a positive integer", "max_tokens")
    return body


def chat_request(req: Any, config: dict) -> dict:
    """A /v1/chat/completions body -> an llm.generate body."""
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    messages = req.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad("messages must be a non-empty list", "messages")
    out = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ROLES:
            raise bad(f"messages[{i}].role must be one of {', '.join(ROLES)}", f"messages.{i}.role")
        out.append({"role": ROLES[m["role"]], "content": _text_of(m.get("content"), f"messages.{i}.content")})
    body = {"messages": out, **_sampling(req, config["max_tokens"]),
            **route_model(req.get("model"), config["models"], config["default_task"])}
    fmt = req.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema")
        if not isinstance(schema, dict):
            raise bad("response_format.json_schema.schema must be an object", "response_format")
        body["json_schema"] = schema
    elif isinstance(fmt, dict) and fmt.get("type") == "json_object":
        body["json_schema"] = {"type": "object"}
    return checked(body)


def completion_request(req: Any, config: dict) -> dict:
    """A /v1/completions body -> an llm.generate body."""
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    prompt = req.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise bad("prompt must be a string (a list of one string at most)", "prompt")
    return checked({"prompt": prompt, **_sampling(req, config["max_tokens"]),
                    **route_model(req.get("model"), config["models"], config["default_task"])})


def embeddings_request(req: Any, config: dict) -> dict:
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    inp = req.get("input")
    if isinstance(inp, str):
        inp = [inp]
    if not isinstance(inp, list) or not inp or not all(isinstance(s, str) for s in inp):
        raise bad("input must be a string or a non-empty list of strings", "input")
    route = route_model(req.get("model"), config["models"], EMBED_TASK)
    return checked({"input": inp, **route}, EmbedRequest)


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


def usage(final: dict) -> dict:
    u = final.get("usage") or {}
    p, c = int(u.get("prompt_tokens", 0)), int(u.get("completion_tokens", 0))
    return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}


def chat_response(rid: str, model: str, final: dict) -> dict:
    return {"id": rid, "object": "chat.completion", "created": int(time.time()),
            "model": final.get("model") or model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": final.get("text", "")},
                         "finish_reason": FINISH.get(final.get("finish_reason"), "stop"), "logprobs": None}],
            "usage": usage(final)}


def chat_chunk(rid: str, model: str, *, content: str | None = None, role: bool = False,
               finish: str | None = None) -> dict:
    delta: dict[str, Any] = {}
    if role:
        delta["role"] = "assistant"
    if content is not None:
        delta["content"] = content
    return {"id": rid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}


def completion_response(rid: str, model: str, final: dict) -> dict:
    return {"id": rid, "object": "text_completion", "created": int(time.time()),
            "model": final.get("model") or model,
            "choices": [{"index": 0, "text": final.get("text", ""), "logprobs": None,
                         "finish_reason": FINISH.get(final.get("finish_reason"), "stop")}],
            "usage": usage(final)}


def completion_chunk(rid: str, model: str, text: str, finish: str | None = None) -> dict:
    return {"id": rid, "object": "text_completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "text": text, "logprobs": None, "finish_reason": finish}]}


def embeddings_response(final: dict) -> dict:
    return {"object": "list", "model": final.get("model", ""),
            "data": [{"object": "embedding", "index": i, "embedding": e}
                     for i, e in enumerate(final.get("embeddings", []))],
            "usage": {"prompt_tokens": usage(final)["prompt_tokens"],
                      "total_tokens": usage(final)["prompt_tokens"]}}


def models_response(config: dict, installed: list[dict]) -> dict:
    names = list(config["models"]) + [m["name"] for m in installed if m.get("name")]
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return {"object": "list", "data": [{"id": n, "object": "model", "created": 0, "owned_by": "enclave"}
                                       for n in seen]}
