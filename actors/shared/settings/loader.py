"""Loading the configuration: the defaults (``configs/*.json``, package data), the user's
``$ENCLAVE_HOME/config.json`` and ``ENCLAVE__section__key=value`` environment variables, merged in
that order, validated against ``schema.Settings``, with the origin of every value kept.

One loader and one ``ConfigError`` for every process and every command: a misspelt key or a wrong
type is an error that names the key and where it was set, never a silent fallback.
"""
from __future__ import annotations

import copy
import importlib
import json
import os
import re
import typing
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

import msgspec

from protocol.errors import Code, CodedError

from .schema import Settings

# Sections whose meaning a library checks beyond their types ("module:function" taking the section as
# plain data and raising ConfigError); imported only when a configuration is validated.
MEANING_CHECKS = {"privacy_rules": "actors.privacy.engine.rules:parse_rules"}

USER_FILE = "config.json"
ENV_PREFIX = "ENCLAVE__"          # ENCLAVE__router__keepalive_s=5  ->  router.keepalive_s = 5
ENTRY_MAPS = ("tools", "model_configs")   # each entry is merged over the map's "default" entry
TEMPLATE = "default"
DEFAULTS = "default"              # the origin of a value nobody overrode


class ConfigError(CodedError):
    """A configuration that cannot be used; the message names the key (and, from the loader, where
    it was set). The one configuration error of the project: libraries that check a section's
    meaning (e.g. the privacy rules) raise it too."""
    code_default = Code.INVALID


@dataclass(frozen=True)
class Layer:
    origin: str                   # "default", the user file's path, or "environment"
    data: dict


@dataclass
class Loaded:
    settings: Settings
    merged: dict                  # the effective configuration as plain data
    origins: dict[str, str] = field(default_factory=dict)   # dotted key -> origin


# ---- the layers ------------------------------------------------------------------------------------
def _read(text: str, where: str) -> dict:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError(f"{where}: not valid JSON ({e.msg} at line {e.lineno})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: the top level must be an object")
    return data


@lru_cache(maxsize=1)
def _default_data() -> dict:
    merged: dict = {}
    for res in sorted(resources.files("configs").iterdir(), key=lambda r: r.name):
        if not res.name.endswith(".json"):
            continue
        data = _read(res.read_text(encoding="utf-8"), f"configs/{res.name}")
        for section in data:
            if section in merged:
                raise ConfigError(f"configs/{res.name}: section {section!r} is declared in two files")
        merged.update(data)
    return merged


def default_layer() -> Layer:
    return Layer(DEFAULTS, copy.deepcopy(_default_data()))


def user_file(home: str | os.PathLike) -> Path:
    return Path(home) / USER_FILE


def user_layer(home: str | os.PathLike) -> Layer | None:
    path = user_file(home)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot be read ({e})") from None
    return Layer(str(path), _read(text, str(path)))


def env_layer(environ: Mapping[str, str]) -> Layer | None:
    data: dict = {}
    for name, raw in sorted(environ.items()):
        if not name.startswith(ENV_PREFIX):
            continue
        keys = name[len(ENV_PREFIX):].split("__")
        if not all(keys):
            raise ConfigError(f"environment variable {name}: the key path has an empty part")
        node = data
        for k in keys[:-1]:
            node = node.setdefault(k, {})
            if not isinstance(node, dict):
                raise ConfigError(f"environment variable {name}: {k} is set as a value elsewhere")
        node[keys[-1]] = parse_value(raw)
    return Layer("environment", data) if data else None


def parse_value(raw: str) -> Any:
    """A value as given on a command line or in the environment: JSON, or else a bare string."""
    try:
        return json.loads(raw)
    except ValueError:
        return raw


# ---- merging -----------------------------------------------------------------------------------------
def deep_merge(base: dict, override: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _record(origins: dict, data: Any, origin: str, prefix: str) -> None:
    if isinstance(data, dict) and data:
        for k, v in data.items():
            _record(origins, v, origin, f"{prefix}.{k}" if prefix else str(k))
    else:
        origins[prefix] = origin


def _expand_entries(merged: dict, origins: dict) -> None:
    """Every entry of an entry map, merged over the map's ``default`` entry."""
    for name in ENTRY_MAPS:
        table = merged.get(name)
        if not isinstance(table, dict) or not isinstance(table.get(TEMPLATE), dict):
            continue
        template = table[TEMPLATE]
        leaves: dict = {}
        _record(leaves, template, "", "")
        for entry, value in table.items():
            if entry == TEMPLATE or not isinstance(value, dict):
                continue
            for leaf in leaves:       # what the entry does not set comes from the template
                origins.setdefault(f"{name}.{entry}.{leaf}",
                                   origins.get(f"{name}.{TEMPLATE}.{leaf}", DEFAULTS))
            table[entry] = deep_merge(template, value)


def merge(layers: list[Layer]) -> tuple[dict, dict[str, str]]:
    merged: dict = {}
    origins: dict[str, str] = {}
    for layer in layers:
        merged = deep_merge(merged, layer.data)
        _record(origins, layer.data, layer.origin, "")
    _expand_entries(merged, origins)
    return merged, origins


# ---- validation ------------------------------------------------------------------------------------
_AT = re.compile(r" - at `\$((?:\.[^`.\[]+|\[[^\]]*\])*)`")
_UNKNOWN = re.compile(r"unknown field `([^`]*)`")
_MISSING = re.compile(r"missing required field `([^`]*)`")


def _key_of(error: msgspec.ValidationError, prefix: list[str] = ()) -> str:
    text = str(error)
    at = _AT.search(text)
    path = at.group(1).lstrip(".").replace("[", ".").replace("]", "").replace("'", "") if at else ""
    named = _UNKNOWN.search(text) or _MISSING.search(text)
    if named:
        path = f"{path}.{named.group(1)}" if path else named.group(1)
    return ".".join([*prefix, *([path] if path else [])])


def origin_of(key: str, origins: dict[str, str]) -> str:
    probe = key
    while probe:
        if probe in origins:
            return origins[probe]
        probe = probe.rpartition(".")[0]
    return DEFAULTS


def _locate(value: Any, tp: Any, path: list[str]) -> tuple[str, str] | None:
    """(dotted key, problem) of the first value that does not fit ``tp``: msgspec names a field
    but hides map keys (``tools[...]``), so the maps are walked here to name the entry."""
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct) and isinstance(value, dict):
        hints = typing.get_type_hints(tp, include_extras=True)
        for name, v in value.items():
            if name in hints and (found := _locate(v, hints[name], path + [str(name)])):
                return found
    elif typing.get_origin(tp) is dict and isinstance(value, dict):
        key_type, value_type = typing.get_args(tp)
        for k, v in value.items():
            try:
                msgspec.convert(k, key_type)
            except msgspec.ValidationError as e:
                return ".".join(path + [str(k)]), f"not a valid name here ({str(e).split(' - at ')[0]})"
            if found := _locate(v, value_type, path + [str(k)]):
                return found
    try:
        msgspec.convert(value, tp)
    except msgspec.ValidationError as e:
        return _key_of(e, path), str(e).split(" - at `")[0]
    return None


def validate(merged: dict, origins: dict[str, str] | None = None, *, into: type = Settings) -> Any:
    """The typed configuration, or ``ConfigError`` naming the key, the problem and its origin."""
    try:
        typed = msgspec.convert(merged, into)
    except msgspec.ValidationError as e:
        key = _key_of(e)
        problem = str(e).split(" - at `")[0]
        if "[...]" in str(e) or "`key` in" in str(e):          # inside a map: name the entry
            key, problem = _locate(merged, into, []) or (key, problem)
        if _UNKNOWN.search(problem):
            problem = "unknown key (a typo? `enclave config show` lists every key)"
        where = origin_of(key, origins or {})
        raise ConfigError(f"{key or 'config'}: {problem} (set in {where})") from None
    _check_meaning(merged, origins or {})
    return typed


def _check_meaning(merged: dict, origins: dict[str, str]) -> None:
    for section, ref in MEANING_CHECKS.items():
        if section not in merged:
            continue
        module, _, name = ref.partition(":")
        try:
            getattr(importlib.import_module(module), name)(merged[section])
        except ConfigError as e:
            key = (e.field or section).replace("[", ".").replace("]", "")
            raise ConfigError(f"{key}: {e.message} (set in {origin_of(key, origins)})") from None


def load(home: str | os.PathLike, environ: Mapping[str, str] | None = None,
         user: dict | None = None) -> Loaded:
    """The effective configuration of the mesh in ``home``. ``user``: check this user file content
    instead of the one on disk (``config set`` validates before it writes)."""
    environ = os.environ if environ is None else environ
    layers = [default_layer()]
    if user is not None:
        layers.append(Layer(str(user_file(home)), user))
    elif (u := user_layer(home)) is not None:
        layers.append(u)
    if (e := env_layer(environ)) is not None:
        layers.append(e)
    merged, origins = merge(layers)
    return Loaded(validate(merged, origins), merged, origins)


def defaults() -> dict:
    """The shipped defaults, entries expanded (plain data)."""
    merged, _ = merge([default_layer()])
    return merged


def resolve_section(name: str, partial: dict | None = None) -> dict:
    """Section ``name`` with ``partial`` merged over its defaults, validated, as plain data (for a
    library used on its own, e.g. in tests: ``resolve_section("context", {"query": {...}})``)."""
    if partial is not None and not isinstance(partial, dict):
        raise ConfigError(f"{name}: the section must be an object")
    merged, origins = merge([default_layer(), Layer("given", {name: partial or {}})])
    section_type = next(f.type for f in msgspec.structs.fields(Settings) if f.name == name)
    typed = validate({name: merged[name]}, origins,
                     into=msgspec.defstruct("One", [(name, section_type)], forbid_unknown_fields=True))
    return msgspec.to_builtins(getattr(typed, name))
