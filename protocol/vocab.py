"""The protocol's vocabularies, declared once; everything else derives from them (``values``).

Where the order matters, a vocabulary is declared from least to most (rights, sharing, access), so
``rank`` compares two values and a registration can be capped by configuration.
"""
from __future__ import annotations

from typing import Literal, get_args

Task = Literal["primary", "code", "reasoning", "light"]          # model roles a request names
Lane = Literal["interactive", "background"]                      # interactive is served first
ChatRole = Literal["system", "user", "assistant", "tool"]

Tier = Literal["active", "archived", "synthesized"]              # where a context lives
PatternKind = Literal["workflow", "code", "integration"]
# Retrieval explained (``context.why``): a context's dense signal, and what the time step did.
DenseState = Literal["no_embedder", "unused", "not_embedded", "embedded"]
TimeOrder = Literal["none", "newest", "earliest"]
MetricKind = Literal["usage", "effectiveness", "resources"]

# A tool's rights, least to most.
IntegrationType = Literal["passive", "light", "standard", "deep"]
DataSharing = Literal["none", "filtered", "full"]
AccessMode = Literal["none", "limited", "full"]                  # a tool's context_access
Feature = Literal["context_sync", "pattern_learning", "command_integration", "memory"]

# The privacy filter's words.
Label = Literal["secret", "pii", "user-path", "public"]
Destination = Literal["context_store", "local_model", "local_tool", "remote_tool", "log"]
Verdict = Literal["allow", "pseudonymize", "sanitize", "block"]  # least to most restrictive

FinishReason = Literal["stop", "length", "cancelled", "tool_calls"]


def values(vocabulary) -> tuple[str, ...]:
    """The words of a vocabulary, in declared order."""
    return get_args(vocabulary)


def rank(vocabulary, word: str) -> int:
    """Position of ``word`` in an ordered vocabulary (ValueError if it is not a word of it)."""
    return values(vocabulary).index(word)


def lowest(vocabulary, *words: str) -> str:
    """The least of ``words`` in an ordered vocabulary."""
    return min(words, key=lambda w: rank(vocabulary, w))
