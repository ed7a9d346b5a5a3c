"""Structured data (maps, lists, scalars) as a flat list of strings and a template to rebuild it.

``privacy.sanitize`` accepts a record, not only a string: every string in it — map keys too, since a
key can carry a secret as easily as a value — is sanitized in one pass with one session, so the same
value gets the same pseudonym wherever it sits, and the record comes back in the same shape.
"""
from __future__ import annotations

from typing import Any

from .errors import InvalidInput

MAX_DEPTH = 64      # deeper nesting is refused (fail closed), never recursed into without bound


class _Slot:
    """Where the ``index``-th string of the flat list goes back."""
    __slots__ = ("index",)

    def __init__(self, index: int):
        self.index = index


class _Map(list):
    """A map's (key, value) templates in order (a list subclass, so it cannot be mistaken for a list)."""


def flatten(data: Any, strings: list[str], depth: int = 0) -> Any:
    """A template of ``data`` with every string moved to ``strings``. Raises InvalidInput for a type
    that cannot be checked (bytes, objects) or nesting deeper than ``MAX_DEPTH``."""
    if isinstance(data, str):
        strings.append(data)
        return _Slot(len(strings) - 1)
    if data is None or isinstance(data, (bool, int, float)):
        return data
    if depth >= MAX_DEPTH:
        raise InvalidInput(f"data nested deeper than {MAX_DEPTH} levels", field="data")
    if isinstance(data, dict):
        return _Map((flatten(k, strings, depth + 1), flatten(v, strings, depth + 1)) for k, v in data.items())
    if isinstance(data, (list, tuple)):
        return [flatten(v, strings, depth + 1) for v in data]
    raise InvalidInput(f"a {type(data).__name__} value cannot be checked (strings, numbers, maps and "
                       f"lists only)", field="data")


def rebuild(template: Any, strings: list[str]) -> Any:
    """``template`` with its slots filled from ``strings``. Raises InvalidInput if two map keys
    became the same key (sanitizing must never merge fields silently)."""
    if isinstance(template, _Slot):
        return strings[template.index]
    if isinstance(template, _Map):
        out = {}
        for k, v in template:
            key = rebuild(k, strings)
            if key in out:
                raise InvalidInput("two map keys are the same after sanitizing", field="data")
            out[key] = rebuild(v, strings)
        return out
    if isinstance(template, list):
        return [rebuild(v, strings) for v in template]
    return template
