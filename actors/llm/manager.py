"""The LLM manager actor (model selection, load/unload, workers, admission, throttling)."""
from __future__ import annotations

from actors.base import Actor


class LLMManager(Actor):
    service = "llm"
    capacity = 8
