"""A small reader of GGUF headers: the metadata key/values, never the weights.

Used to validate a file before registering it and to predict a model's memory (KV cache size) before
loading it. Every length read from the file is checked against the file's size, so a truncated or
hostile file raises ``InvalidModelFile`` instead of allocating or looping without bound.
"""
from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InvalidModelFile

MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)

# value type id -> struct format (fixed-size scalars); 8 = string, 9 = array
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q",
            12: "<d"}
_STRING, _ARRAY = 8, 9
_KEEP_ARRAY_MAX = 4096          # numeric arrays up to this length are kept (per-layer head counts)
_MAX_KV = 1_000_000             # more metadata entries than any real model has


@dataclass(frozen=True)
class ArraySummary:
    """An array too large (or of strings) to keep: its element type and length."""
    type_id: int
    length: int


@dataclass(frozen=True)
class GGUFInfo:
    path: str
    version: int
    tensor_count: int
    file_size: int
    metadata: dict[str, Any] = field(repr=False)

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    def arch_value(self, key: str, default: Any = None) -> Any:
        return self.metadata.get(f"{self.architecture}.{key}", default)

    @property
    def name(self) -> str | None:
        return self.metadata.get("general.name")

    @property
    def context_length(self) -> int | None:
        return _as_int(self.arch_value("context_length"))

    @property
    def embedding_length(self) -> int | None:
        return _as_int(self.arch_value("embedding_length"))

    @property
    def block_count(self) -> int | None:
        return _as_int(self.arch_value("block_count"))

    @property
    def head_count(self) -> int | list[int] | None:
        return self.arch_value("attention.head_count")

    @property
    def head_count_kv(self) -> int | list[int] | None:
        return self.arch_value("attention.head_count_kv", self.head_count)

    @property
    def vocab_size(self) -> int | None:
        tokens = self.metadata.get("tokenizer.ggml.tokens")
        if isinstance(tokens, ArraySummary):
            return tokens.length
        return _as_int(self.arch_value("vocab_size"))

    @property
    def has_chat_template(self) -> bool:
        return isinstance(self.metadata.get("tokenizer.chat_template"), str)

    @property
    def is_embedding_model(self) -> bool:
        """Encoder models declare a pooling type; decoders can still embed, but generate too."""
        return self.arch_value("pooling_type") is not None

    def kv_cache_bytes(self, n_ctx: int, bytes_per_element: int = 2) -> int:
        """Bytes of an f16 KV cache for ``n_ctx`` tokens (an upper bound for sliding-window models)."""
        layers = self.block_count
        n_embd = self.embedding_length
        if not layers or not n_embd:
            raise InvalidModelFile(f"{self.path}: GGUF lacks block_count/embedding_length for "
                                   f"architecture {self.architecture!r}")
        heads = _per_layer(self.head_count, layers) or [1] * layers
        kv_heads = _per_layer(self.head_count_kv, layers) or heads
        total = 0
        for h, h_kv in zip(heads, kv_heads):
            head_dim = n_embd // max(h, 1)
            k_len = _as_int(self.arch_value("attention.key_length")) or head_dim
            v_len = _as_int(self.arch_value("attention.value_length")) or head_dim
            total += h_kv * (k_len + v_len)
        return total * n_ctx * bytes_per_element

    def summary(self) -> dict[str, Any]:
        """The few facts worth keeping in the manifest."""
        return {
            "architecture": self.architecture,
            "name": self.name,
            "context_length": self.context_length,
            "embedding_length": self.embedding_length,
            "block_count": self.block_count,
            "head_count": self.head_count,
            "head_count_kv": self.head_count_kv,
            "vocab_size": self.vocab_size,
            "file_type": self.metadata.get("general.file_type"),
            "has_chat_template": self.has_chat_template,
            "embedding_model": self.is_embedding_model,
        }


def _as_int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _per_layer(value: Any, layers: int) -> list[int] | None:
    if isinstance(value, list) and len(value) == layers:
        return [int(v) for v in value]
    n = _as_int(value)
    return [n] * layers if n is not None else None


class _Reader:
    """Bounds-checked cursor over the mapped file."""

    def __init__(self, buf: mmap.mmap | bytes, path: str):
        self.buf, self.pos, self.size, self.path = buf, 0, len(buf), path

    def need(self, n: int, what: str) -> None:
        if n < 0 or self.pos + n > self.size:
            raise InvalidModelFile(f"{self.path}: truncated GGUF header while reading {what} "
                                   f"(offset {self.pos}, need {n} bytes, file has {self.size})")

    def scalar(self, fmt: str, what: str) -> Any:
        n = struct.calcsize(fmt)
        self.need(n, what)
        (value,) = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += n
        return value

    def string(self, what: str) -> str:
        n = self.scalar("<Q", what)
        self.need(n, what)
        raw = self.buf[self.pos:self.pos + n]
        self.pos += n
        return bytes(raw).decode("utf-8", errors="replace")

    def skip_string(self, what: str) -> None:
        n = self.scalar("<Q", what)
        self.need(n, what)
        self.pos += n

    def value(self, type_id: int, key: str) -> Any:
        if type_id in _SCALARS:
            return self.scalar(_SCALARS[type_id], key)
        if type_id == _STRING:
            return self.string(key)
        if type_id == _ARRAY:
            return self.array(key)
        raise InvalidModelFile(f"{self.path}: unknown GGUF value type {type_id} for key {key!r}")

    def array(self, key: str) -> list | ArraySummary:
        elem_type = self.scalar("<I", key)
        length = self.scalar("<Q", key)
        if elem_type in _SCALARS:
            width = struct.calcsize(_SCALARS[elem_type])
            self.need(length * width, key)
            if length <= _KEEP_ARRAY_MAX:
                fmt = "<" + _SCALARS[elem_type][1] * length
                values = list(struct.unpack_from(fmt, self.buf, self.pos))
                self.pos += length * width
                return values
            self.pos += length * width
            return ArraySummary(elem_type, length)
        if elem_type == _STRING:
            self.need(length * 8, key)          # every string has at least its 8-byte length
            for _ in range(length):
                self.skip_string(key)
            return ArraySummary(elem_type, length)
        raise InvalidModelFile(f"{self.path}: unsupported GGUF array element type {elem_type} "
                               f"for key {key!r}")


def read_gguf(path: str | Path) -> GGUFInfo:
    """Read the header and metadata of a GGUF file; raises ``InvalidModelFile`` on anything else."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            size = path.stat().st_size
            if size < 24:
                raise InvalidModelFile(f"{path}: not a GGUF file (only {size} bytes)")
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return _parse(buf, str(path), size)
    except OSError as e:
        raise InvalidModelFile(f"{path}: cannot read: {e.strerror or e}") from e


def _parse(buf: mmap.mmap, path: str, size: int) -> GGUFInfo:
    r = _Reader(buf, path)
    if bytes(buf[:4]) != MAGIC:
        raise InvalidModelFile(f"{path}: not a GGUF file (bad magic {bytes(buf[:4])!r})")
    r.pos = 4
    version = r.scalar("<I", "version")
    if version not in SUPPORTED_VERSIONS:
        raise InvalidModelFile(f"{path}: GGUF version {version} not supported "
                               f"(supported: {', '.join(map(str, SUPPORTED_VERSIONS))})")
    tensor_count = r.scalar("<Q", "tensor_count")
    kv_count = r.scalar("<Q", "metadata_kv_count")
    if kv_count > _MAX_KV:
        raise InvalidModelFile(f"{path}: implausible metadata count {kv_count}")
    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = r.string("metadata key")
        type_id = r.scalar("<I", key)
        metadata[key] = r.value(type_id, key)
    return GGUFInfo(path=path, version=version, tensor_count=tensor_count, file_size=size,
                    metadata=metadata)
