"""The data directory (``ENCLAVE_HOME``) and the seed's hierarchy inside it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bus.addresses import ensure_private_dir, home_dir, keys_dir, runtime_dir
from protocol.vocab import MetricKind, PatternKind, Tier, values

HIERARCHY = (*(f"contexts/{t}" for t in values(Tier)), *(f"patterns/{k}" for k in values(PatternKind)),
             *(f"metrics/{k}" for k in values(MetricKind)), "models", "logs")


@dataclass(frozen=True)
class Paths:
    home: Path
    runtime: Path

    @classmethod
    def from_env(cls) -> "Paths":
        return cls(home_dir(), runtime_dir())

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def models(self) -> Path:
        return self.home / "models"

    @property
    def keys(self) -> Path:
        return keys_dir(self.home)

    def ensure(self) -> "Paths":
        """Create the hierarchy; the data dir is the user's alone (0700), like the runtime dir."""
        ensure_private_dir(self.home)
        for sub in HIERARCHY:
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        ensure_private_dir(self.runtime)
        return self
