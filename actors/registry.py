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
}


def resolve(name: str):
    try:
        module, _, attr = PROCESSES[name].partition(":")
    except KeyError:
        raise KeyError(f"unknown process {name!r}; known: {', '.join(PROCESSES)}") from None
    return getattr(importlib.import_module(module), attr)
