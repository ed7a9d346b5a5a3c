"""Where things live under the data dir: the seed's hierarchy, declared once."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from protocol.vocab import MetricKind, PatternKind, Tier, values

TIERS = values(Tier)
PATTERN_KINDS = values(PatternKind)
METRIC_KINDS = values(MetricKind)


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def contexts(self) -> Path:
        return self.root / "contexts"

    def tier(self, tier: str) -> Path:
        return self.contexts / tier

    @property
    def index(self) -> Path:  # derived, rebuildable: never backed up
        return self.contexts / "index"

    @property
    def lost_found(self) -> Path:  # bytes that start-up recovery could not read
        return self.contexts / "lost+found"

    @property
    def lock(self) -> Path:
        return self.contexts / ".lock"

    def patterns(self, kind: str) -> Path:
        return self.root / "patterns" / kind

    def metrics(self, kind: str) -> Path:
        return self.root / "metrics" / kind

    def ensure(self) -> "Layout":
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        dirs = [self.tier(t) for t in TIERS] + [self.index]
        dirs += [self.patterns(k) for k in PATTERN_KINDS] + [self.metrics(k) for k in METRIC_KINDS]
        for d in dirs:
            d.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.contexts, 0o700)
        return self
