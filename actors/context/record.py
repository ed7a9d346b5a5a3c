"""The Context record and the validation of what a tool asks to preserve."""
from __future__ import annotations

import json
import math
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from .errors import InvalidRecord
from .layout import TIERS

ACTIVE, ARCHIVED, SYNTHESIZED = TIERS
INPUT_FIELDS = ("id", "source", "project", "kind", "content", "metadata", "session", "created")
KIND_RE = re.compile(r"[a-z][a-z0-9_.-]{0,31}")
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
NAME_MAX = 256


@dataclass(frozen=True, slots=True)
class Context:
    id: str
    source: str
    project: str | None
    kind: str
    content: str
    metadata: dict = field(default_factory=dict)
    session: str | None = None
    created: float = 0.0
    updated: float = 0.0
    tier: str = ACTIVE
    links: tuple[str, ...] = ()   # a synthesized context's sources
    seq: int = 0                  # the store's version number of this record

    def to_dict(self) -> dict:
        return {"id": self.id, "source": self.source, "project": self.project, "kind": self.kind,
                "content": self.content, "metadata": self.metadata, "session": self.session,
                "created": self.created, "updated": self.updated, "tier": self.tier,
                "links": list(self.links), "seq": self.seq}

    @classmethod
    def from_dict(cls, d: dict) -> "Context":
        return cls(id=d["id"], source=d["source"], project=d.get("project"), kind=d["kind"],
                   content=d["content"], metadata=d.get("metadata") or {},
                   session=d.get("session"), created=float(d["created"]),
                   updated=float(d.get("updated", d["created"])), tier=d.get("tier", ACTIVE),
                   links=tuple(d.get("links") or ()), seq=int(d.get("seq", 0)))

    @property
    def size(self) -> int:
        text = self.content
        return len(text) if text.isascii() else len(text.encode("utf-8"))


def new_id(now: float | None = None) -> str:
    """Time-sortable: 12 hex digits of milliseconds, then 8 random ones."""
    ms = int((time.time() if now is None else now) * 1000)
    return f"c{ms:012x}{secrets.token_hex(4)}"


def validate(record: Any, *, max_content_bytes: int, max_metadata_bytes: int,
             now: float | None = None) -> dict:
    """The record's fields, checked; raises InvalidRecord naming the first bad field."""
    if not isinstance(record, dict):
        raise InvalidRecord("record: must be an object")
    unknown = sorted(set(record) - set(INPUT_FIELDS))
    if unknown:
        raise InvalidRecord(f"{unknown[0]}: unknown field (allowed: {', '.join(INPUT_FIELDS)})")
    out = {
        "source": _name(record, "source", required=True),
        "project": _name(record, "project"),
        "session": _name(record, "session"),
        "kind": _kind(record.get("kind")),
        "content": _content(record.get("content"), max_content_bytes),
        "metadata": _metadata(record.get("metadata"), max_metadata_bytes),
        "created": _timestamp(record.get("created"), now),
        "id": None,
    }
    if record.get("id") is not None:
        rid = record["id"]
        if not isinstance(rid, str) or not ID_RE.fullmatch(rid):
            raise InvalidRecord("id: 1-64 characters of A-Z a-z 0-9 _ . : -")
        out["id"] = rid
    return out


def _name(record: dict, key: str, *, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None:
        if required:
            raise InvalidRecord(f"{key}: required")
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > NAME_MAX:
        raise InvalidRecord(f"{key}: a non-empty string of at most {NAME_MAX} characters")
    if any(ord(c) < 32 for c in value):
        raise InvalidRecord(f"{key}: control characters are not allowed")
    _utf8(value, key)
    return value


def _kind(value: Any) -> str:
    if not isinstance(value, str) or not KIND_RE.fullmatch(value):
        raise InvalidRecord("kind: a short lowercase word (edit, chat, command, commit, note …)")
    return value


def _content(value: Any, limit: int) -> str:
    if not isinstance(value, str):
        raise InvalidRecord("content: must be a string")
    if not value.strip():
        raise InvalidRecord("content: empty")
    if len(_utf8(value, "content")) > limit:
        raise InvalidRecord(f"content: larger than {limit} bytes")
    return value


def _metadata(value: Any, limit: int) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InvalidRecord("metadata: must be an object")
    try:
        encoded = json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        raise InvalidRecord(f"metadata: not plain JSON ({e})") from None
    if len(encoded) > limit:
        raise InvalidRecord(f"metadata: larger than {limit} bytes")
    return value


def _timestamp(value: Any, now: float | None) -> float:
    if value is None:
        return time.time() if now is None else now
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not 0 < value < 1e11:
        raise InvalidRecord("created: a Unix timestamp in seconds")
    return float(value)


def _utf8(value: str, key: str) -> bytes:
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidRecord(f"{key}: not valid Unicode text") from None
