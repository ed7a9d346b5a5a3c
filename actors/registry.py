"""Every process the mesh can run, declared once: name -> "module:object".

An object is an ``Actor`` subclass, or a function ``run(env, log, stop)`` for processes that are not
bus services themselves (the bus). The supervisor and ``enclave run NAME`` both start them through
``python -m actors.run NAME``; ``supervisor.extra_processes`` in the config adds more.
"""
from __future__ import annotations

import importlib
from typing import Mapping

PROCESSES = {
    "bus": "actors.busd:run",
    "privacy": "actors.privacy.service:PrivacyActor",
    "context": "actors.context.service:ContextActor",
    "llm": "actors.llm.service:LLMManager",
    "router": "actors.router.service:RouterActor",
    # optional tool adapters (not in supervisor.children by default): `enclave up --only ...` or config
    "openai": "actors.adapters.process:run_openai",
    "ollama": "actors.adapters.process:run_ollama",
    "mcp": "actors.adapters.process:run_mcp",
}


def known(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The declared processes plus ``extra`` (the config's ``supervisor.extra_processes``)."""
    return {**PROCESSES, **(extra or {})}


def resolve(name: str, extra: Mapping[str, str] | None = None):
    table = known(extra)
    try:
        module, _, attr = table[name].partition(":")
    except KeyError:
        raise KeyError(f"unknown process {name!r}; known: {', '.join(table)}") from None
    return getattr(importlib.import_module(module), attr)
