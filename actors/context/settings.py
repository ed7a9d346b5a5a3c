"""The context section's defaults live in ``configs/context.json`` (declared once, there); this
merges a caller's section over them and refuses values of the wrong type."""
from __future__ import annotations

import copy
import json
from pathlib import Path

DEFAULTS_FILE = Path(__file__).resolve().parents[2] / "configs" / "context.json"


class ConfigError(ValueError):
    pass


def defaults() -> dict:
    return json.loads(DEFAULTS_FILE.read_text())["context"]


def resolve(config: dict | None) -> dict:
    """``config`` (the ``context`` section, possibly partial) over the defaults, type-checked."""
    if config is not None and not isinstance(config, dict):
        raise ConfigError("context: the section must be an object")
    return _merge(defaults(), config or {}, "context")


def _merge(base: dict, over: dict, where: str) -> dict:
    out = copy.deepcopy(base)
    for key, value in over.items():
        path = f"{where}.{key}"
        if key not in base:
            out[key] = copy.deepcopy(value)  # unknown keys pass through untouched
            continue
        default = base[key]
        if isinstance(default, dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: must be an object")
            out[key] = _merge(default, value, path) if default else copy.deepcopy(value)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise ConfigError(f"{path}: must be true or false")
            out[key] = value
        elif isinstance(default, (int, float)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ConfigError(f"{path}: must be a non-negative number")
            out[key] = value
        elif isinstance(default, str):
            if not isinstance(value, str):
                raise ConfigError(f"{path}: must be a string")
            out[key] = value
        elif isinstance(default, list):
            if not isinstance(value, list):
                raise ConfigError(f"{path}: must be a list")
            out[key] = copy.deepcopy(value)
        else:
            out[key] = copy.deepcopy(value)
    return out
