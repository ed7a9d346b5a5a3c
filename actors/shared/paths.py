"""The data directory (``ENCLAVE_HOME``) and the seed's hierarchy inside it."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from bus.addresses import ensure_private_dir

DEFAULT_HOME = "~/.local/share/enclave"

HIERARCHY = (
    "contexts/active", "contexts/archived", "contexts/synthesized",
    "patterns/code", "patterns/workflow", "patterns/integration",
    "metrics/usage", "metrics/effectiveness", "metrics/resources",
    "models", "logs",
)


@dataclass(frozen=True)
class Paths:
    home: Path
    runtime: Path

    @classmethod
    def from_env(cls) -> "Paths":
        home = Path(os.path.expanduser(os.environ.get("ENCLAVE_HOME") or DEFAULT_HOME)).absolute()
        runtime = Path(os.environ.get("ENCLAVE_RUNTIME_DIR") or home / "run").absolute()
        return cls(home, runtime)

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def models(self) -> Path:
        return self.home / "models"

    @property
    def keys(self) -> Path:
        return self.home / "keys"

    def ensure(self) -> "Paths":
        """Create the hierarchy; the data dir is the user's alone (0700), like the runtime dir."""
        ensure_private_dir(self.home)
        for sub in HIERARCHY:
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        ensure_private_dir(self.runtime)
        return self
