"""What the HTTP APIs' translations share (pure functions): model names to tasks or models, the
checks that turn a bad value into a 400 naming the parameter, the refusal of parameters the mesh
does not support (never silently ignored), and tool definitions and calls in OpenAI's shape, which
Ollama also uses."""
from __future__ import annotations

import json
import time
import uuid
from typing import Any, Iterable

import msgspec

from protocol import Code, ProtocolError
from protocol.envelope import field_of
from protocol.kinds.llm import GenerateRequest
from protocol.vocab import Task, values

TASKS = values(Task)


def bad(message: str, param: str | None = None) -> ProtocolError:
    return ProtocolError(Code.INVALID, message, field=param)


def checked(body: dict, schema: type = GenerateRequest) -> dict:
    """``body`` as the mesh will validate it, checked here first: a value out of range (``max_tokens``
    of 2**70, a seed past 32 bits) is a 400 naming the parameter, never an error further in."""
    try:
        msgspec.convert(body, schema)
    except msgspec.ValidationError as e:
        raise bad(str(e).split(" - at `")[0], field_of(e)) from None
    except (ValueError, TypeError) as e:           # a __post_init__ rule (tools need messages, ...)
        raise bad(str(e)) from None
    return body


def refuse_unknown(req: dict, known: Iterable[str], where: str = "") -> None:
    """Every parameter the mesh does not act on is a 400 naming it: a client must not believe a
    setting took effect when it did not."""
    for key in req:
        if key not in known:
            raise bad(f"{where}{key} is not supported by this server", f"{where}{key}")


def text_of(content: Any, where: str, kinds: tuple[str, ...] = ("text", "input_text", "output_text")) -> str:
    """A message's content as text: a string, or a list of text parts (``{"type": "text", "text"}``
    and the ``kinds`` an API names them by); any other part (an image, audio) is a 400 naming it."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for i, part in enumerate(content):
            if not isinstance(part, dict) or part.get("type") not in kinds:
                raise bad("only text content is supported by this server", f"{where}.{i}")
            parts.append(str(part.get("text", "")))
        return "".join(parts)
    raise bad("content must be text or a list of text parts", where)


def route_model(name: Any, models: dict, default_task: str) -> dict:
    """{"task": ...} or {"model": ...} for a client's model name (``name:tag`` of Ollama clients too)."""
    if not name:
        return {"task": default_task}
    if not isinstance(name, str):
        raise bad("model must be a string", "model")
    base = name.removesuffix("+memory")              # the memory alias (``http.generation``)
    base = base[:-len(":latest")] if base.endswith(":latest") else base
    if base in models:
        return {"task": models[base]}
    if base in TASKS:
        return {"task": base}
    return {"model": base}


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


def now() -> int:
    return int(time.time())


# ---- tools in OpenAI's shape (also Ollama's) -------------------------------------------------------
def tools_of(tools: Any, where: str = "tools") -> list[dict]:
    """``[{"type": "function", "function": {name, description, parameters}}]`` -> the mesh's tools."""
    if tools is None:
        return []
    if not isinstance(tools, list):
        raise bad("tools must be a list", where)
    out = []
    for i, t in enumerate(tools):
        fn = t.get("function") if isinstance(t, dict) else None
        if not isinstance(t, dict) or t.get("type", "function") != "function" or not isinstance(fn, dict):
            raise bad("only function tools are supported", f"{where}.{i}")
        params = fn.get("parameters") or {"type": "object"}
        if not isinstance(params, dict):
            raise bad("parameters must be a JSON Schema object", f"{where}.{i}.function.parameters")
        out.append({"name": fn.get("name"), "description": fn.get("description") or "", "parameters": params})
    return out


def tool_choice_of(choice: Any, where: str = "tool_choice") -> str:
    """auto / none / required, or {"type": "function", "function": {"name": ...}} -> the name."""
    if choice is None:
        return "auto"
    if choice in ("auto", "none", "required"):
        return choice
    if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        return str(choice["function"].get("name"))
    raise bad("tool_choice is auto, none, required or {type: function, function: {name}}", where)


def calls_of(calls: Any, where: str, arguments_as_object: bool = False) -> list[dict]:
    """An assistant message's ``tool_calls`` -> the mesh's (arguments as JSON text)."""
    if not calls:
        return []
    if not isinstance(calls, list):
        raise bad("tool_calls must be a list", where)
    out = []
    for i, c in enumerate(calls):
        fn = c.get("function") if isinstance(c, dict) else None
        if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
            raise bad("a tool call needs function.name", f"{where}.{i}")
        args = fn.get("arguments", "{}")
        if not isinstance(args, str):
            args = json.dumps(args)
        out.append({"id": str(c.get("id") or f"call_{i}"), "name": fn["name"], "arguments": args})
    return out


def openai_calls(calls: list[dict], arguments_as_object: bool = False) -> list[dict]:
    """The mesh's tool calls in OpenAI's shape (Ollama's has the arguments as an object, no type)."""
    out = []
    for c in calls:
        if arguments_as_object:
            try:
                args: Any = json.loads(c["arguments"])
            except ValueError:
                args = {}
            out.append({"function": {"name": c["name"], "arguments": args}})
        else:
            out.append({"id": c["id"], "type": "function",
                        "function": {"name": c["name"], "arguments": c["arguments"]}})
    return out
