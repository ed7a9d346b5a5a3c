"""Every process the mesh can run, declared once: name -> "module:object".

An object is an ``Actor`` subclass, or a function ``run(env, log, stop)`` for processes that are not
bus services themselves (the bus). The supervisor and ``enclave run NAME`` both start them through
``python -m actors.run NAME``.
"""
from __future__ import annotations

import importlib

PROCESSES = {
    "bus": "actors.busd:run",
    "privacy": "actors.privacy.actor:PrivacyActor",
    "context": "actors.context.actor:ContextActor",
    "llm": "actors.llm.manager:LLMManager",
    "router": "actors.router.actor:RouterActor",
    # optional tool adapters (not in supervisor.children by default): `enclave up --only ...` or config
    "openai": "actors.adapters.process:run_openai",
    "mcp": "actors.adapters.process:run_mcp",
}


def known(config: dict | None = None) -> dict[str, str]:
    """The declared processes plus any a config adds under ``supervisor.extra_processes``."""
    extra = ((config or {}).get("supervisor") or {}).get("extra_processes") or {}
    return {**PROCESSES, **extra}


def resolve(name: str, config: dict | None = None):
    table = known(config)
    try:
        module, _, attr = table[name].partition(":")
    except KeyError:
        raise KeyError(f"unknown process {name!r}; known: {', '.join(table)}") from None
    return getattr(importlib.import_module(module), attr)
