"""Imports each area's kind declarations (the order is the order of the docs)."""
from . import llm, privacy, context, tool  # noqa: F401
