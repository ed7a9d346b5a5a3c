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


DAY = 86400.0
# (days ago, kind, content): a decision that changed, noise around it, and a command asked of in chat terms
NOTES = [
    (40, "note", "Nightly reports are produced by a cron entry on the build box at 02:00."),
    (30, "note", "The login page uses a two column layout with the logo on the left."),
    (25, "chat", "We agreed to keep the API docs in the repository wiki for now."),
    (20, "note", "Replaced the cron entry with a systemd timer: reports now run at 03:30 and survive reboots."),
    (10, "note", "Coffee machine on the third floor is broken again."),
    (5, "command", "kubectl -n staging scale deploy/worker --replicas=0"),
]
