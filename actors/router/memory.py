"""Conversations kept as contexts, and what the context store knows given back to the model
(pure functions; the router's ``service/remember.py`` is their bus face).

Capture: HTTP clients resend the whole conversation with every request, so a conversation's new
turn is what follows the last assistant message; it is kept once (a key of the conversation and
the turn, remembered for a while). A conversation is the client's id when it gives one, else a hash
of its opening messages, keyed by the router (the same conversation resent hashes the same).

Memory: the contexts the calling tool may read that are relevant to the last user message, within a
character budget, become one system message that cites each context's id.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import OrderedDict
from typing import Any

TURN_KIND = "chat"
MAX_QUERY_CHARS = 4000          # of the question, what the store is searched with (its limit: 4096)
SEEN_TURNS = 10_000
HEADER = ("Notes from the developer's own work that may help (context ids in brackets; cite the ids "
          "you use, ignore what does not apply):")


def _digest(*parts: Any, key: bytes = b"") -> str:
    return hmac.new(key, json.dumps(parts, sort_keys=True, ensure_ascii=False).encode(), hashlib.sha256).hexdigest()


def conversation_id(messages: list[dict], given: str | None, key: bytes) -> str:
    """The client's id, or a keyed hash of the conversation's opening (up to its first user
    message). Keyed: the opening may hold a secret, and a plain hash of it in a stored context could
    be checked against guesses; without the router's key it cannot."""
    if given:
        return given
    first_user = next((i for i, m in enumerate(messages) if m.get("role") == "user"), len(messages))
    opening = [(m.get("role"), m.get("content")) for m in messages[:first_user + 1]]
    return "conv-" + _digest(opening, key=key)[:16]


def new_turn(messages: list[dict]) -> tuple[int, list[dict]]:
    """(position, messages) of what follows the last assistant message: this request's new turn."""
    last = max((i for i, m in enumerate(messages) if m.get("role") == "assistant"), default=-1)
    return last + 1, messages[last + 1:]


def turn_text(turn: list[dict], answer: str, calls: list[dict]) -> str:
    lines = [f"{m['role'].capitalize()}: {m.get('content') or ''}" for m in turn if m.get("role") != "system"]
    if answer:
        lines.append(f"Assistant: {answer}")
    for c in calls:
        lines.append(f"Assistant called {c.get('name')}({c.get('arguments')})")
    return "\n".join(lines)


def turn_record(conversation: str, project: str | None, turn: list[dict], answer: str,
                calls: list[dict], position: int) -> dict | None:
    """The context a turn is kept as (None: nothing worth keeping)."""
    content = turn_text(turn, answer, calls)
    if not content.strip():
        return None
    record = {"kind": TURN_KIND, "content": content, "session": conversation, "metadata": {"turn": position}}
    if project:
        record["project"] = project
    return record


def last_user_text(messages: list[dict]) -> str:
    """The question memory searches with: the last user message, cut to what a query may hold."""
    text = next((m.get("content") or "" for m in reversed(messages) if m.get("role") == "user"), "")
    return text[:MAX_QUERY_CHARS]


def memory_message(hits: list[dict], budget_chars: int) -> tuple[str, list[str]]:
    """One system message from query hits (best first), within ``budget_chars``; the ids it cites."""
    lines, ids, used = [HEADER], [], len(HEADER)
    for h in hits:
        when = time.strftime("%Y-%m-%d", time.gmtime(h.get("created_at") or 0))
        line = f"[{h['id']}] ({when}, {h.get('source') or '?'}, {h.get('kind') or '?'}) {h.get('snippet', '').strip()}"
        if used + len(line) + 1 > budget_chars:
            break
        lines.append(line)
        ids.append(h["id"])
        used += len(line) + 1
    return ("\n".join(lines), ids) if ids else ("", [])


def with_memory(messages: list[dict], text: str) -> list[dict]:
    """``messages`` with ``text`` given as system context (after the client's own system message)."""
    if messages and messages[0].get("role") == "system":
        first = dict(messages[0])
        first["content"] = f"{first.get('content') or ''}\n\n{text}"
        return [first, *messages[1:]]
    return [{"role": "system", "content": text}, *messages]


class SeenTurns:
    """Keys of the turns already kept (bounded, oldest forgotten first): a resent history is not
    kept again."""

    def __init__(self, size: int = SEEN_TURNS):
        self.size = size
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()             # the router answers on many threads at once

    def first_time(self, tool: str, conversation: str, position: int, turn: list[dict]) -> bool:
        key = _digest(tool, conversation, position, [(m.get("role"), m.get("content")) for m in turn])
        with self._lock:
            if key in self._seen:
                self._seen.move_to_end(key)
                return False
            self._seen[key] = None
            if len(self._seen) > self.size:
                self._seen.popitem(last=False)
            return True
