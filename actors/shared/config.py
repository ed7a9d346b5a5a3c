"""Configuration: the defaults in ``configs/*.json`` deep-merged with the user's override file.

Each ``configs/*.json`` file holds top-level sections (``bus``, ``llm_resources``, ``privacy_rules``
...), declared once there; the user's ``$ENCLAVE_HOME/config.json`` overrides any key.
"""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

REPO_CONFIGS = Path(__file__).resolve().parents[2] / "configs"


class ConfigError(Exception):
    pass


def configs_dir() -> Path:
    return Path(os.environ.get("ENCLAVE_CONFIGS") or REPO_CONFIGS)


def deep_merge(base: dict, override: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text())
    except json.JSONDecodeError as e:
        raise ConfigError(f"{path}: not valid JSON ({e.msg} at line {e.lineno})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be an object")
    return data


def defaults() -> dict:
    merged: dict = {}
    for path in sorted(configs_dir().glob("*.json")):
        merged = deep_merge(merged, _read(path))
    return merged


def load(home: Path) -> dict:
    """Defaults plus ``home/config.json`` (if present)."""
    config = defaults()
    user = Path(home) / "config.json"
    if user.exists():
        config = deep_merge(config, _read(user))
    return config


def section(config: dict, name: str) -> dict[str, Any]:
    value = config.get(name, {})
    return value if isinstance(value, dict) else {}
