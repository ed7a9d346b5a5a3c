"""Tool calling for models whose chat templates know nothing of tools (pure logic, no model).

The tools are described to the model in a system message; what it may answer is constrained by a
llama.cpp grammar, so even a 135M model produces a valid call: with ``tool_choice`` ``required`` (or
a tool's name) only ``{"tool_calls": [{"name": ..., "arguments": {...}}]}`` with each tool's own
argument schema; with ``auto`` that object or plain text that does not start with ``{``. The answer
is then read back into ``ToolCall``s. Earlier calls and their results in the history are rendered
as text the template accepts (an assistant message holding the calls, a user message holding each
result), since templates differ in the roles they allow.
"""
from __future__ import annotations

import json
import secrets
from typing import Any, Sequence

import msgspec

from protocol.kinds.llm import ChatMessage, ToolCall, ToolSpec

OPEN = "{"          # the first character of a call: in ``auto``, what tells a call from text


def active(tools: Sequence[ToolSpec], tool_choice: str) -> bool:
    return bool(tools) and tool_choice != "none"


def render(messages: Sequence[ChatMessage], tools: Sequence[ToolSpec], tool_choice: str) -> list[dict]:
    """The messages as the chat template takes them: system/user/assistant, text only."""
    out: list[dict] = []
    for m in messages:
        if m.role == "tool":
            who = m.name or "the tool"
            out.append({"role": "user", "content": f"Result of {who}" + (f" (call {m.tool_call_id})" if
                                                                          m.tool_call_id else "") + f":\n{m.content}"})
        elif m.role == "assistant" and m.tool_calls:
            calls = [{"name": c.name, "arguments": _loads(c.arguments)} for c in m.tool_calls]
            out.append({"role": "assistant", "content": (m.content + "\n" if m.content else "")
                        + json.dumps({"tool_calls": calls})})
        else:
            out.append({"role": m.role, "content": m.content})
    if active(tools, tool_choice):
        guide = instructions(tools, tool_choice)
        if out and out[0]["role"] == "system":
            out[0] = {"role": "system", "content": out[0]["content"] + "\n\n" + guide}
        else:
            out.insert(0, {"role": "system", "content": guide})
    return out


def instructions(tools: Sequence[ToolSpec], tool_choice: str) -> str:
    specs = [{"name": t.name, "description": t.description, "parameters": t.parameters or {"type": "object"}}
             for t in tools]
    must = {"auto": "If a function helps, answer with only a JSON object calling it; otherwise answer "
                    "normally.", "required": "Answer with only a JSON object calling one or more functions."}
    rule = must.get(tool_choice, f"Answer with only a JSON object calling the function {tool_choice}.")
    return (f"You can call these functions:\n{json.dumps(specs)}\n{rule} A call looks like "
            '{"tool_calls": [{"name": "<function>", "arguments": {<its parameters>}}]}.')


def call_schema(tools: Sequence[ToolSpec], tool_choice: str, max_calls: int = 1) -> dict[str, Any]:
    """The JSON Schema of an answer that calls tools (one tool, if ``tool_choice`` names it), at most
    ``max_calls`` of them (a small model repeats a call until the token budget is gone)."""
    chosen = [t for t in tools if tool_choice in ("auto", "required") or t.name == tool_choice]
    one = [{"type": "object", "properties": {"name": {"const": t.name},
                                             "arguments": t.parameters or {"type": "object"}},
            "required": ["name", "arguments"]} for t in chosen]
    item = one[0] if len(one) == 1 else {"oneOf": one}
    return {"type": "object", "properties": {"tool_calls": {"type": "array", "items": item, "minItems": 1,
                                                            "maxItems": max_calls}},
            "required": ["tool_calls"]}


def grammar_text(tools: Sequence[ToolSpec], tool_choice: str, max_calls: int, to_gbnf) -> str:
    """GBNF for the answer: the call object, or (``auto``) also text that does not start with ``{``.
    ``to_gbnf(schema_json)`` is llama.cpp's JSON-Schema-to-GBNF converter (its root rule: the call)."""
    call = to_gbnf(json.dumps(call_schema(tools, tool_choice, max_calls)))
    if tool_choice != "auto":
        return call
    renamed = call.replace("root ::=", "call ::=", 1)
    return renamed + '\nroot ::= call | text\ntext ::= [^{ \\t\\n] [^\\x00]*\n'


def parse(text: str) -> list[ToolCall] | None:
    """The calls in an answer, or None when it is not a call (plain text)."""
    body = text.strip()
    if not body.startswith(OPEN):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    calls = data.get("tool_calls") if isinstance(data, dict) else None
    if not isinstance(calls, list) or not calls:
        return None
    out = []
    for c in calls:
        if not isinstance(c, dict) or not isinstance(c.get("name"), str):
            return None
        try:
            out.append(msgspec.convert({"id": "call_" + secrets.token_hex(12), "name": c["name"],
                                        "arguments": json.dumps(c.get("arguments", {}))}, ToolCall))
        except msgspec.ValidationError:
            return None
    return out


def _loads(arguments: str) -> Any:
    try:
        return json.loads(arguments)
    except ValueError:
        return arguments
