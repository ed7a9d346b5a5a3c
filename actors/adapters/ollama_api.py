"""Ollama's API shapes, translated to and from the mesh's kinds (pure functions, no I/O).

``/api/chat`` and ``/api/generate`` become ``llm.generate`` (``options``: ``num_predict``,
``temperature``, ``top_p``, ``top_k``, ``min_p``, ``seed``, ``stop``, ``repeat_penalty``; ``format``:
``json`` or a JSON schema; ``suffix``; ``tools``); ``/api/embed`` and ``/api/embeddings`` become
``llm.embed``. Model names arrive as ``name:tag``. ``keep_alive`` is read into seconds (0: unload now,
negative: keep loaded). An option the mesh cannot honour (``num_ctx`` above the model's, images,
``template``...) is an error naming it, never ignored.
"""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from typing import Any

from protocol.kinds import default_of
from protocol.kinds.llm import EmbedRequest

from .api_common import bad, calls_of, checked, openai_calls, refuse_unknown, route_model, tool_choice_of, tools_of

VERSION = "0.12.0"            # the Ollama API version whose shapes these are (``/api/version``)
EMBED_TASK = default_of(EmbedRequest, "task")
ROLES = {"system", "user", "assistant", "tool"}
# options -> GenerateRequest fields
OPTIONS = {"num_predict": "max_tokens", "temperature": "temperature", "top_p": "top_p", "top_k": "top_k",
           "min_p": "min_p", "seed": "seed", "stop": "stop", "repeat_penalty": "repeat_penalty"}
# options accepted because they change nothing here (the runtime's own tuning)
HARMLESS_OPTIONS = {"num_ctx", "num_thread", "num_gpu", "main_gpu", "use_mmap", "use_mlock", "num_batch",
                    "numa", "low_vram", "f16_kv", "vocab_only", "num_keep", "repeat_last_n"}
CHAT_KNOWN = {"model", "messages", "tools", "format", "options", "stream", "keep_alive", "think", "tool_choice"}
GENERATE_KNOWN = {"model", "prompt", "suffix", "system", "format", "options", "stream", "raw", "keep_alive",
                  "think", "images", "template", "context"}
# llama.cpp's general.file_type values, as quantization names
FILE_TYPES = {0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K", 11: "Q3_K_S",
              12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K",
              32: "BF16"}
DONE_REASON = {"stop": "stop", "length": "length", "cancelled": "stop", "tool_calls": "stop"}


def error(message: str) -> dict:
    return {"error": message}


def stamp() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def keep_alive_s(value: Any) -> float | None:
    """Ollama's keep_alive (``"5m"``, ``"1h30m"``, ``300``, ``0``, ``-1``, ``"-1m"``) in seconds."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise bad("keep_alive must be a duration", "keep_alive")
    if isinstance(value, (int, float)):
        return float(value)
    if not isinstance(value, str) or not value.strip():
        raise bad("keep_alive must be a duration such as 5m, 30s, 0 or -1", "keep_alive")
    text, total, number, sign = value.strip(), 0.0, "", 1.0
    if text.startswith("-"):
        sign, text = -1.0, text[1:]
    units = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
    i = 0
    while i < len(text):
        c = text[i]
        if c.isdigit() or c == ".":
            number += c
            i += 1
            continue
        unit = "ms" if text[i:i + 2] == "ms" else c
        if unit not in units or not number:
            raise bad("keep_alive must be a duration such as 5m, 30s, 0 or -1", "keep_alive")
        total += float(number) * units[unit]
        number = ""
        i += len(unit)
    if number:
        total += float(number)          # a bare number: seconds
    return sign * total


def _format(fmt: Any) -> dict | None:
    if fmt in (None, ""):
        return None
    if fmt == "json":
        return {"type": "object"}
    if isinstance(fmt, dict):
        return fmt
    raise bad('format is "json" or a JSON schema', "format")


def _options(req: dict, default_max: int) -> dict:
    options = req.get("options") or {}
    if not isinstance(options, dict):
        raise bad("options must be an object", "options")
    body: dict[str, Any] = {"max_tokens": default_max}
    for key, value in options.items():
        if key in OPTIONS:
            if key == "num_predict" and value is not None and value < 0:
                continue                 # -1: "until done", which the max_tokens default bounds
            if key == "stop" and isinstance(value, str):
                value = [value]
            body[OPTIONS[key]] = value
        elif key not in HARMLESS_OPTIONS:
            raise bad(f"options.{key} is not supported by this server", f"options.{key}")
    return body


def chat_request(req: Any, config: dict) -> dict:
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    refuse_unknown(req, CHAT_KNOWN)
    messages = req.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad("messages must be a non-empty list", "messages")
    out = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ROLES:
            raise bad(f"messages[{i}].role must be one of {', '.join(sorted(ROLES))}", f"messages.{i}.role")
        if m.get("images"):
            raise bad("images are not supported by this server", f"messages.{i}.images")
        content = m.get("content") or ""
        if not isinstance(content, str):
            raise bad("content must be a string", f"messages.{i}.content")
        msg: dict[str, Any] = {"role": m["role"], "content": content}
        if m.get("tool_calls"):
            msg["tool_calls"] = calls_of(m["tool_calls"], f"messages.{i}.tool_calls")
        if m["role"] == "tool" and (m.get("tool_name") or m.get("name")):
            msg["name"] = m.get("tool_name") or m.get("name")
        out.append(msg)
    body = {"messages": out, **_options(req, config["max_tokens"]),
            **route_model(req.get("model"), config["models"], config["default_task"])}
    tools = tools_of(req.get("tools"))
    if tools:
        body["tools"] = tools
        body["tool_choice"] = tool_choice_of(req.get("tool_choice"))
    schema = _format(req.get("format"))
    if schema is not None:
        body["json_schema"] = schema
    return checked(body)


def generate_request(req: Any, config: dict) -> dict:
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    refuse_unknown(req, GENERATE_KNOWN)
    for key in ("images", "template", "context"):
        if req.get(key):
            raise bad(f"{key} is not supported by this server", key)
    prompt = req.get("prompt") or ""
    if not isinstance(prompt, str):
        raise bad("prompt must be a string", "prompt")
    route = route_model(req.get("model"), config["models"], config["default_task"])
    body: dict[str, Any] = {**_options(req, config["max_tokens"]), **route}
    if req.get("raw") or req.get("suffix") is not None:
        body["prompt"] = prompt                      # the text as given: no chat template
        if req.get("suffix") is not None:
            body["suffix"] = req["suffix"]
    else:
        messages = [{"role": "system", "content": req["system"]}] if req.get("system") else []
        body["messages"] = messages + [{"role": "user", "content": prompt}]
    schema = _format(req.get("format"))
    if schema is not None:
        body["json_schema"] = schema
    return checked(body)


def embed_request(req: Any, config: dict, *, legacy: bool = False) -> dict:
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    refuse_unknown(req, {"model", "input", "prompt", "truncate", "options", "keep_alive", "dimensions"})
    if req.get("dimensions") is not None:
        raise bad("dimensions is not supported by this server", "dimensions")
    inp = req.get("prompt") if legacy else req.get("input")
    if isinstance(inp, str):
        inp = [inp]
    if not isinstance(inp, list) or not inp or not all(isinstance(s, str) for s in inp):
        raise bad(("prompt" if legacy else "input") + " must be a string or a list of strings",
                  "prompt" if legacy else "input")
    return checked({"input": inp, **route_model(req.get("model"), config["models"], EMBED_TASK)}, EmbedRequest)


def _durations(final: dict) -> dict:
    t = final.get("timings") or {}
    u = final.get("usage") or {}
    ns = 1_000_000
    return {"total_duration": int((t.get("total_ms", 0) + t.get("load_ms", 0) + t.get("queue_ms", 0)) * ns),
            "load_duration": int(t.get("load_ms", 0) * ns),
            "prompt_eval_count": int(u.get("prompt_tokens", 0)),
            "prompt_eval_duration": int(t.get("ttft_ms", 0) * ns),
            "eval_count": int(u.get("completion_tokens", 0)),
            "eval_duration": int(max(0.0, t.get("total_ms", 0) - t.get("ttft_ms", 0)) * ns)}


def chat_piece(model: str, text: str) -> dict:
    return {"model": model, "created_at": stamp(), "message": {"role": "assistant", "content": text}, "done": False}


def chat_final(model: str, final: dict, text: str | None = None) -> dict:
    message: dict[str, Any] = {"role": "assistant", "content": final.get("text", "") if text is None else text}
    if final.get("tool_calls"):
        message["tool_calls"] = openai_calls(final["tool_calls"], arguments_as_object=True)
    return {"model": model, "created_at": stamp(), "message": message, "done": True,
            "done_reason": DONE_REASON.get(final.get("finish_reason"), "stop"), **_durations(final)}


def generate_piece(model: str, text: str) -> dict:
    return {"model": model, "created_at": stamp(), "response": text, "done": False}


def generate_final(model: str, final: dict, text: str | None = None) -> dict:
    return {"model": model, "created_at": stamp(), "response": final.get("text", "") if text is None else text,
            "done": True, "done_reason": DONE_REASON.get(final.get("finish_reason"), "stop"), **_durations(final)}


def done_without_generation(model: str, reason: str, chat: bool) -> dict:
    """The answer to an empty prompt: the model was loaded (or unloaded, keep_alive 0)."""
    body: dict[str, Any] = {"model": model, "created_at": stamp(), "done": True, "done_reason": reason}
    if chat:
        body["message"] = {"role": "assistant", "content": ""}
    else:
        body["response"] = ""
    return body


def ndjson(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


def model_entry(rec: dict, loaded: dict | None = None) -> dict:
    """A model as /api/tags and /api/ps list it (``rec``: the store's record as JSON)."""
    gguf = rec.get("gguf") or {}
    details = {"parent_model": "", "format": "gguf", "family": gguf.get("architecture", ""),
               "families": [gguf.get("architecture", "")] if gguf.get("architecture") else None,
               "parameter_size": _parameters(gguf), "quantization_level": FILE_TYPES.get(gguf.get("file_type"), "")}
    entry = {"name": f"{rec['name']}:latest", "model": f"{rec['name']}:latest", "size": rec.get("size", 0),
             "digest": rec.get("sha256") or "", "details": details,
             "modified_at": rec.get("added_at") or stamp()}
    if loaded is not None:
        entry["size"] = int(loaded.get("rss_bytes") or rec.get("size", 0))
        entry["size_vram"] = 0
        entry["expires_at"] = loaded.get("expires_at") or stamp()
        entry.pop("modified_at")
    return entry


def _parameters(gguf: dict) -> str:
    n = gguf.get("parameter_count")
    if not isinstance(n, (int, float)) or n <= 0:
        return ""
    return f"{n / 1e9:.1f}B" if n >= 1e9 else f"{n / 1e6:.0f}M"


def show_response(rec: dict, n_ctx: int | None) -> dict:
    entry = model_entry(rec)
    info = dict(rec.get("gguf") or {})
    if n_ctx:
        info["context_length"] = n_ctx
    return {"modelfile": f"FROM {rec['name']}\n", "parameters": "", "template": "", "details": entry["details"],
            "model_info": info, "capabilities": ["completion", "tools"], "modified_at": entry["modified_at"]}


def expires_at(keep_alive: float | None, now: float | None = None) -> str:
    when = (now or time.time()) + (keep_alive if keep_alive and keep_alive > 0 else 300)
    return datetime.fromtimestamp(when, timezone.utc).isoformat().replace("+00:00", "Z")
