"""Is this enclave running from a source checkout? (Benchmarks and the protocol document's source
live only there: a wheel ships neither.)"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]      # the directory that holds the ``actors`` package


def checkout_root() -> Path | None:
    """The checkout the running code comes from, or None when it is an installed package."""
    if (ROOT / "pyproject.toml").is_file() and (ROOT / "benchmarks").is_dir() and (ROOT / "actors").is_dir():
        return ROOT
    return None
