"""The GGUF header reader on the real SmolLM2 file and on damaged copies of it."""
from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from actors.llm.errors import InvalidModelFile
from actors.llm.gguf import _parse, read_gguf


@pytest.fixture(scope="module")
def header(smollm_path) -> tuple[bytes, int]:
    """The first bytes of the real file up to the end of its metadata, and that length."""
    info = read_gguf(smollm_path)
    with open(smollm_path, "rb") as f:
        head = f.read(4 << 20)
    # find where the metadata ends by parsing growing prefixes is slow; the reader knows it
    from actors.llm.gguf import _Reader
    r = _Reader(head, smollm_path)
    r.pos = 24
    for _ in range(len(info.metadata)):
        key = r.string("k")
        r.value(r.scalar("<I", key), key)
    return head, r.pos


def test_real_model_facts(smollm_path):
    info = read_gguf(smollm_path)
    assert info.version == 3 and info.architecture == "llama"
    assert (info.block_count, info.embedding_length, info.head_count, info.head_count_kv) == (30, 576, 9, 3)
    assert info.vocab_size == 49152 and info.has_chat_template and not info.is_embedding_model
    assert info.context_length == 8192 and info.tensor_count > 0
    # 30 layers * 3 kv heads * (64 + 64) dims * 2048 positions * 2 bytes (f16)
    assert info.kv_cache_bytes(2048) == 30 * 3 * 128 * 2048 * 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(min_value=0.0, max_value=0.999))
def test_truncated_header_is_a_clear_error(header, tmp_path_factory, cut):
    head, meta_end = header
    n = int(meta_end * cut)
    p = tmp_path_factory.mktemp("cut") / "cut.gguf"
    p.write_bytes(head[:n])
    with pytest.raises(InvalidModelFile):
        read_gguf(p)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 8))
def test_corrupted_header_parses_or_fails_cleanly(header, seed, flips):
    head, meta_end = header
    rng = random.Random(seed)
    buf = bytearray(head[:meta_end])
    for _ in range(flips):
        buf[rng.randrange(4, min(meta_end, 4096))] = rng.randrange(256)
    try:
        _parse(bytes(buf), "mutated", len(buf))        # any outcome but a crash or a hang
    except InvalidModelFile:
        pass


@pytest.mark.parametrize("data", [
    b"", b"GGUF", b"GGML" + bytes(40),
    b"GGUF" + (1).to_bytes(4, "little") + bytes(40),                               # version 1
    b"GGUF" + (3).to_bytes(4, "little") + bytes(8) + (2**40).to_bytes(8, "little"),  # absurd kv count
    b"GGUF" + (3).to_bytes(4, "little") + bytes(8) + (1).to_bytes(8, "little")
    + (2**60).to_bytes(8, "little"),                                                # absurd key length
])
def test_not_gguf(tmp_path, data):
    p = tmp_path / "x.gguf"
    p.write_bytes(data)
    with pytest.raises(InvalidModelFile):
        read_gguf(p)


def test_unreadable_path(tmp_path):
    with pytest.raises(InvalidModelFile):
        read_gguf(tmp_path / "nope.gguf")
    with pytest.raises(InvalidModelFile):
        read_gguf(tmp_path)
