"""OpenAI's Responses API (``POST /v1/responses``), stateless, translated to and from ``llm.generate``
(pure functions, no I/O): ``input`` (text or items: messages, ``function_call``,
``function_call_output``), ``instructions``, function ``tools``, ``tool_choice``, ``text.format``;
the answer as output items (a message, or function calls), streamed as the documented events."""
from __future__ import annotations

import json
from typing import Any, Iterator

from .api_common import bad, checked, new_id, now, refuse_unknown, route_model, text_of

KNOWN = {"model", "input", "instructions", "tools", "tool_choice", "max_output_tokens", "temperature", "top_p",
         "stream", "text", "parallel_tool_calls", "store", "metadata", "user", "truncation", "include",
         "previous_response_id", "seed", "service_tier", "prompt_cache_key", "safety_identifier"}
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}


def _messages(req: dict) -> list[dict]:
    out: list[dict] = []
    if req.get("instructions"):
        out.append({"role": "system", "content": text_of(req["instructions"], "instructions")})
    items = req.get("input")
    if isinstance(items, str):
        return out + [{"role": "user", "content": items}]
    if not isinstance(items, list) or not items:
        raise bad("input must be text or a non-empty list of items", "input")
    for i, item in enumerate(items):
        where = f"input.{i}"
        kind = item.get("type", "message") if isinstance(item, dict) else None
        if kind == "message" and item.get("role") in ROLES:
            out.append({"role": ROLES[item["role"]], "content": text_of(item.get("content", ""), f"{where}.content")})
        elif kind == "function_call":
            call = {"id": str(item.get("call_id") or f"call_{i}"), "name": item.get("name"),
                    "arguments": item.get("arguments") or "{}"}
            if out and out[-1]["role"] == "assistant" and out[-1].get("tool_calls") is not None:
                out[-1]["tool_calls"].append(call)
            else:
                out.append({"role": "assistant", "content": "", "tool_calls": [call]})
        elif kind == "function_call_output":
            output = item.get("output")
            out.append({"role": "tool", "tool_call_id": item.get("call_id"),
                        "content": output if isinstance(output, str) else json.dumps(output)})
        else:
            raise bad("input items are messages, function_call or function_call_output", where)
    return out


def request(req: Any, config: dict) -> dict:
    if not isinstance(req, dict):
        raise bad("the request body must be a JSON object")
    refuse_unknown(req, KNOWN)
    if req.get("previous_response_id"):
        raise bad("previous_response_id is not supported: this server keeps no state; send the whole input",
                  "previous_response_id")
    if req.get("store"):
        raise bad("store is not supported: this server keeps no responses", "store")
    body: dict[str, Any] = {"messages": _messages(req),
                            **route_model(req.get("model"), config["models"], config["default_task"]),
                            "max_tokens": req.get("max_output_tokens") or config["max_tokens"]}
    for key in ("temperature", "top_p", "seed"):
        if req.get(key) is not None:
            body[key] = req[key]
    tools = req.get("tools") or []
    if not isinstance(tools, list):
        raise bad("tools must be a list", "tools")
    specs = []
    for i, t in enumerate(tools):
        if not isinstance(t, dict) or t.get("type") != "function":
            raise bad("only function tools are supported", f"tools.{i}")
        specs.append({"name": t.get("name"), "description": t.get("description") or "",
                      "parameters": t.get("parameters") or {"type": "object"}})
    if specs:
        choice = req.get("tool_choice", "auto")
        body["tools"] = specs
        body["tool_choice"] = choice.get("name") if isinstance(choice, dict) else choice
        if req.get("parallel_tool_calls"):
            body["max_tool_calls"] = 4
    fmt = (req.get("text") or {}).get("format") if isinstance(req.get("text"), dict) else None
    if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
        if not isinstance(fmt.get("schema"), dict):
            raise bad("text.format.schema must be an object", "text.format.schema")
        body["json_schema"] = fmt["schema"]
    elif isinstance(fmt, dict) and fmt.get("type") == "json_object":
        body["json_schema"] = {"type": "object"}
    return checked(body)


def _usage(final: dict) -> dict:
    u = final.get("usage") or {}
    i, o = int(u.get("prompt_tokens", 0)), int(u.get("completion_tokens", 0))
    return {"input_tokens": i, "output_tokens": o, "total_tokens": i + o,
            "input_tokens_details": {"cached_tokens": int(u.get("cached_tokens", 0))},
            "output_tokens_details": {"reasoning_tokens": 0}}


def _items(final: dict, message_id: str) -> list[dict]:
    calls = final.get("tool_calls") or []
    if calls:
        return [{"type": "function_call", "id": new_id("fc"), "call_id": c["id"], "name": c["name"],
                 "arguments": c["arguments"], "status": "completed"} for c in calls]
    return [{"type": "message", "id": message_id, "status": "completed", "role": "assistant",
             "content": [{"type": "output_text", "text": final.get("text", ""), "annotations": []}]}]


def response(rid: str, model: str, final: dict | None, *, status: str = "completed",
             message_id: str | None = None) -> dict:
    final = final or {}
    incomplete = final.get("finish_reason") == "length"
    return {"id": rid, "object": "response", "created_at": now(), "model": final.get("model") or model,
            "status": "incomplete" if incomplete and status == "completed" else status,
            "incomplete_details": {"reason": "max_output_tokens"} if incomplete else None,
            "output": _items(final, message_id or new_id("msg")) if status == "completed" else [],
            "usage": _usage(final) if status == "completed" else None, "error": None, "instructions": None,
            "metadata": {}, "parallel_tool_calls": True, "tool_choice": "auto", "tools": [],
            "text": {"format": {"type": "text"}}}


class Stream:
    """The documented event sequence of a streamed response, as (event name, data) pairs."""

    def __init__(self, rid: str, model: str):
        self.rid, self.model, self.seq = rid, model, 0
        self.msg_id = new_id("msg")
        self.text_parts: list[str] = []
        self.opened = False

    def _event(self, name: str, **data) -> tuple[str, dict]:
        self.seq += 1
        return name, {"type": name, "sequence_number": self.seq, **data}

    def opening(self) -> Iterator[tuple[str, dict]]:
        head = response(self.rid, self.model, None, status="in_progress")
        yield self._event("response.created", response=head)
        yield self._event("response.in_progress", response=head)

    def _open_message(self) -> Iterator[tuple[str, dict]]:
        if not self.opened:
            self.opened = True
            yield self._event("response.output_item.added", output_index=0, item={
                "type": "message", "id": self.msg_id, "status": "in_progress", "role": "assistant", "content": []})
            yield self._event("response.content_part.added", item_id=self.msg_id, output_index=0,
                              content_index=0, part={"type": "output_text", "text": "", "annotations": []})

    def text(self, delta: str) -> Iterator[tuple[str, dict]]:
        yield from self._open_message()
        self.text_parts.append(delta)
        yield self._event("response.output_text.delta", item_id=self.msg_id, output_index=0, content_index=0,
                          delta=delta, logprobs=[])

    def closing(self, final: dict) -> Iterator[tuple[str, dict]]:
        items = _items(final, self.msg_id)
        if final.get("tool_calls"):
            for index, item in enumerate(items):
                yield self._event("response.output_item.added", output_index=index, item={**item, "arguments": "",
                                                                                          "status": "in_progress"})
                yield self._event("response.function_call_arguments.delta", item_id=item["id"], output_index=index,
                                  delta=item["arguments"])
                yield self._event("response.function_call_arguments.done", item_id=item["id"], output_index=index,
                                  arguments=item["arguments"])
                yield self._event("response.output_item.done", output_index=index, item=item)
        else:
            yield from self._open_message()
            text = "".join(self.text_parts)
            part = {"type": "output_text", "text": text, "annotations": []}
            yield self._event("response.output_text.done", item_id=self.msg_id, output_index=0, content_index=0,
                              text=text, logprobs=[])
            yield self._event("response.content_part.done", item_id=self.msg_id, output_index=0, content_index=0,
                              part=part)
            yield self._event("response.output_item.done", output_index=0, item=items[0])
        yield self._event("response.completed", response=response(self.rid, self.model, final,
                                                                  message_id=self.msg_id))
