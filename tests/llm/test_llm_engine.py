"""The inference core on the real SmolLM2 model: streaming, stops, limits, seeds, JSON, embeddings,
cancellation inside prompt processing, deadlines, prefix reuse, threads."""
from __future__ import annotations

import json
import math
import threading
import time

import msgspec
import pytest
from hypothesis import given, settings, strategies as st

from actors.llm.engine import Engine, model_config
from actors.llm.generation import split_on_stops as _split_on_stops
from actors.llm.errors import Busy, Cancelled, DeadlineExceeded, InvalidRequest
from actors.shared.settings import ConfigError, resolve_section
from actors.shared.settings.schema import ModelConfig
from llm_names import model_settings, request
from protocol import KINDS, ProtocolError, decode_body

LONG_PROMPT = " ".join(f"item{i}" for i in range(450))      # ~1,700 tokens: several prompt batches


class CancelAfterPolls(threading.Event):
    """A cancel event that sets itself after being polled n times. The abort callback polls it once
    per graph node, so it fires deep inside prompt processing without relying on timing."""

    def __init__(self, n: int):
        super().__init__()
        self.left = n

    def is_set(self) -> bool:
        self.left -= 1
        if self.left <= 0:
            self.set()
        return super().is_set()


def chat(text: str, **kw) -> object:
    return request(messages=[{"role": "user", "content": text}], **kw)


def test_chat_streams_pieces_that_make_the_result(engine):
    gen = engine.generate(chat("Name three colours.", max_tokens=40, temperature=0))
    pieces = list(gen)
    res = gen.result
    assert len(pieces) > 3 and "".join(pieces) == res.text and res.text.strip()
    assert res.usage.completion_tokens <= 40 and res.usage.prompt_tokens > 10
    t = res.timings
    first, total = t.ttft_ms, t.total_ms
    assert min(first, t.prompt_tps, t.decode_tps) > 0 and total >= first   # invariants, not speeds
    assert res.usage.cached_tokens <= res.usage.prompt_tokens


def test_chat_ends_at_end_of_turn(engine):
    res = engine.complete(chat("What is the capital of Germany? Answer in one word.", max_tokens=100,
                               temperature=0))
    assert res.finish_reason == "stop" and res.usage.completion_tokens < 100
    assert "<|im_end|>" not in res.text


def test_max_tokens(engine):
    res = engine.complete(request(prompt="Count: one, two, three,", max_tokens=7, temperature=0))
    assert res.usage.completion_tokens == 7 and res.finish_reason == "length"


def test_stop_sequence_is_not_emitted(engine):
    free = engine.complete(request(prompt="Count: one, two, three,", max_tokens=20, temperature=0))
    assert " six" in free.text                        # the greedy continuation reaches "six"
    gen = engine.generate(request(prompt="Count: one, two, three,", max_tokens=20, temperature=0,
                                         stop=[" six"]))
    streamed = "".join(gen)
    assert gen.result.finish_reason == "stop" and "six" not in streamed
    assert streamed == gen.result.text == free.text[:free.text.index(" six")]


def test_seed_makes_sampling_repeatable(engine):
    def run(seed):
        return engine.complete(request(prompt="Once upon a time", max_tokens=24, temperature=1.0,
                                              seed=seed)).text
    a, b = run(42), run(42)
    assert a == b
    assert len({run(s) for s in (1, 2, 3)}) > 1


def test_json_schema_output_parses(engine):
    schema = {"type": "object", "properties": {"city": {"type": "string", "maxLength": 24},
                                               "population": {"type": "integer"}},
              "required": ["city", "population"]}
    res = engine.complete(chat("Give one city and its population as JSON.", max_tokens=60,
                               temperature=0.7, seed=3, json_schema=schema))
    data = json.loads(res.text)
    assert set(data) == {"city", "population"}
    assert isinstance(data["city"], str) and isinstance(data["population"], int)


def test_bad_schema_is_invalid(engine):
    with pytest.raises(InvalidRequest):
        engine.generate(chat("x", json_schema={"type": "no-such-type"}))


def test_embeddings(engine):
    res = engine.embed(["the cat sat on the mat", "the cat sat on the mat", "quantum chromodynamics"])
    a, b, c = res.vectors
    assert len(a) == 576 and res.prompt_tokens > 6 and res.truncated == 0
    assert math.isclose(sum(x * x for x in a), 1.0, rel_tol=1e-4)
    assert a == b and a != c
    # generation still works after switching embeddings off again
    assert engine.complete(request(prompt="The sky is", max_tokens=3, temperature=0)).text


def test_cancel_stops_prompt_processing_and_model_stays_usable(smollm_path):
    # small prompt batches, so the abort lands after a few of them have been committed
    with Engine(smollm_path, model_settings(threads=2, context_size=2048, batch_size=64)) as engine:
        probe = request(prompt="The capital of France is", max_tokens=8, temperature=0)
        before = engine.complete(probe).text
        engine.reset()
        n_prompt = len(engine.tokenize(LONG_PROMPT))
        cancel = CancelAfterPolls(2000)             # a few prompt batches worth of graph nodes
        with pytest.raises(Cancelled) as e:
            engine.complete(request(prompt=LONG_PROMPT, max_tokens=5), cancel=cancel)
        assert e.value.partial["completion_tokens"] == 0        # never reached the first token
        assert 0 < engine._llama.n_tokens < n_prompt             # stopped inside the prompt
        assert engine.complete(probe).text == before


def test_cancel_during_decoding(engine):
    cancel = threading.Event()
    gen = engine.generate(request(prompt="Count: one, two, three,", max_tokens=200, temperature=0),
                          cancel=cancel)
    got = [next(gen), next(gen)]
    cancel.set()
    with pytest.raises(Cancelled) as e:
        got += list(gen)
    assert 2 <= e.value.partial["completion_tokens"] < 200 and not engine.busy


def test_deadline(engine):
    with pytest.raises(DeadlineExceeded) as e:
        engine.complete(request(prompt=LONG_PROMPT, max_tokens=5), deadline=time.monotonic() - 1)
    assert e.value.code.value == "timeout"
    res = engine.complete(request(prompt="Hi", max_tokens=3), deadline=time.monotonic() + 600)
    assert res.usage.completion_tokens >= 1


def test_shared_prefix_reuses_the_kv_cache(engine):
    engine.reset()
    base = "You are a helpful assistant. Answer briefly and precisely. Question: "
    first = engine.complete(request(prompt=base + "what is two plus two?", max_tokens=4))
    second = engine.complete(request(prompt=base + "what colour is the sky?", max_tokens=4))
    assert first.usage.cached_tokens == 0
    assert second.usage.cached_tokens >= len(engine.tokenize(base)) - 2


def test_one_generation_at_a_time(engine):
    gen = engine.generate(request(prompt="Hello", max_tokens=5))
    with pytest.raises(Busy):
        engine.generate(request(prompt="Hello", max_tokens=5))
    with pytest.raises(Busy):
        engine.embed(["x"])
    gen.close()
    assert not engine.busy
    engine.complete(request(prompt="Hello", max_tokens=2))


def test_dropping_a_generation_frees_the_engine(engine):
    engine.generate(request(prompt="Hello", max_tokens=5))          # never started
    assert not engine.busy
    gen = engine.generate(request(prompt="Hello", max_tokens=50))
    next(gen)                                                               # started, then dropped
    del gen
    assert not engine.busy
    assert engine.complete(request(prompt="Hello", max_tokens=2)).usage.completion_tokens >= 1


def test_set_threads_at_run_time(engine):
    engine.set_threads(1)
    assert engine.threads == 1 and engine.describe().threads == 1
    gen = engine.generate(request(prompt="Tell me about bees.", max_tokens=12, temperature=0))
    next(gen)
    engine.set_threads(2)                        # from "another" caller mid-generation: applied
    list(gen)                                    # between tokens by the generating thread
    assert engine.threads == 2
    with pytest.raises(InvalidRequest):
        engine.set_threads(0)


def test_model_without_template_uses_its_named_chat_format(gemma_record):
    settings = msgspec.structs.replace(model_config({"default": model_settings()}, "gemma3-270m",
                                                    chat_format=gemma_record.chat_format), context_size=512)
    with Engine(gemma_record.path, settings) as gemma:
        assert not gemma.info.has_chat_template and settings.chat_format == "gemma"
        res = gemma.complete(chat("Say hello.", max_tokens=8, temperature=0))
        assert res.text.strip() and "<end_of_turn>" not in res.text and "<start_of_turn>" not in res.text


def test_prompt_longer_than_context(smollm_path):
    with Engine(smollm_path, model_settings(threads=1, context_size=128, batch_size=64)) as small:
        with pytest.raises(InvalidRequest) as e:
            small.generate(request(prompt=LONG_PROMPT))
        assert "context" in str(e.value)
        res = small.complete(request(prompt="word " * 100, max_tokens=2000))
        assert res.usage.prompt_tokens + res.usage.completion_tokens <= small.n_ctx
        assert res.finish_reason in ("length", "stop")


@pytest.mark.parametrize("bad, field", [
    (dict(), "body"), (dict(prompt="a", messages=[{"role": "user", "content": "b"}]), "body"),
    (dict(prompt=3), "body.prompt"), (dict(messages=[]), "body"), (dict(messages=[{"role": "user"}]),
                                                                   "body.messages.0.content"),
    (dict(prompt="a", max_tokens=0), "body.max_tokens"), (dict(prompt="a", temperature=-1), "body.temperature"),
    (dict(prompt="a", temperature=float("nan")), "body.temperature"), (dict(prompt="a", stop="x"), "body.stop"),
    (dict(prompt="a", stop=[""]), "body.stop.0"), (dict(prompt="a", seed=-5), "body.seed"),
    (dict(prompt="a", seed=2**32), "body.seed"), (dict(prompt="a", json_schema=[1]), "body.json_schema"),
    (dict(prompt="a", max_tokens=True), "body.max_tokens"), (dict(prompt="a", max_tokenz=5), "body.max_tokenz")])
def test_invalid_params_are_refused_once_where_the_request_is_decoded(bad, field):
    with pytest.raises(ProtocolError) as e:
        decode_body(KINDS["llm.generate"], msgspec.msgpack.encode(bad))
    assert e.value.code.value == "invalid" and e.value.field == field


def test_settings_from_config():
    configs = msgspec.convert(resolve_section("model_configs", {"m": {"context_size": 512}}),
                              dict[str, ModelConfig])
    s = model_config(configs, "m", chat_format="gemma")
    assert (s.threads, s.context_size, s.batch_size, s.chat_format) == (2, 512, 512, "gemma")
    assert model_config(configs, "unknown").context_size == configs["default"].context_size
    with pytest.raises(ConfigError, match="model_configs.m.threads"):
        resolve_section("model_configs", {"m": {"threads": "many"}})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("ab\n", max_size=4), max_size=12), st.lists(st.text("ab\n", min_size=1, max_size=3),
                                                                     max_size=3))
def test_streamed_stop_matching_equals_whole_text_matching(pieces, stops):
    # reference: after each piece, stop as soon as any stop sequence appears in the text so far
    expected, so_far = None, ""
    for p in pieces:
        so_far += p
        hits = [so_far.find(s) for s in stops if s in so_far]
        if hits:
            expected = so_far[:min(hits)]
            break
    if expected is None:
        expected = so_far
    out, pending, hit = [], "", False
    for p in pieces:
        emit, pending, hit = _split_on_stops(pending + p, stops)
        out.append(emit)
        if hit:
            break
    if not hit:
        out.append(pending)
    assert "".join(out) == expected
