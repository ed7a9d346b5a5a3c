"""Helpers shared by the context tests (a uniquely named module: every test dir has a conftest)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # so `pytest tests/context` works without an installed package
    sys.path.insert(0, str(ROOT))


class Clock:
    """A settable clock, so recency and archiving ages are exact."""

    def __init__(self, t: float = 1_800_000_000.0):
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def record(content: str = "a note", **kw) -> dict:
    r = {"source": "editor", "project": "app", "kind": "note", "content": content}
    r.update(kw)
    return {k: v for k, v in r.items() if v is not None}
