"""Admission: memory prediction, load plans with LRU eviction, the two-lane queue."""
from __future__ import annotations

import msgspec
import pytest
from hypothesis import given, settings, strategies as st

from actors.shared.settings import ConfigError, resolve_section
from actors.shared.settings.schema import LlmResources, ModelConfig
from actors.llm.admission import (Lane, Limits, Resident, TwoLaneQueue, idle_expired, model_memory_limit,
                                  parse_size, plan_load, predict_model_memory)
from actors.llm.errors import Busy, DoesNotFit, InvalidRequest
from actors.llm.gguf import read_gguf

MiB, GiB = 1 << 20, 1 << 30
LIMITS = Limits(max_concurrent=2, memory_per_model=1 * GiB, headroom=0)


def test_parse_size():
    assert parse_size("1G") == GiB and parse_size("512M") == 512 * MiB
    assert parse_size("1.5GiB") == 3 * GiB // 2
    assert parse_size(1234) == 1234 and parse_size("2k") == 2048
    for bad in ("", "lots", "-1G", True, None, "1Q"):
        with pytest.raises(InvalidRequest):
            parse_size(bad)


def test_prediction_covers_file_and_kv_cache(smollm_path):
    info = read_gguf(smollm_path)
    small, large = predict_model_memory(smollm_path, 2048), predict_model_memory(smollm_path, 8192)
    assert small > info.file_size + info.kv_cache_bytes(2048)
    assert large - small == info.kv_cache_bytes(8192) - info.kv_cache_bytes(2048)
    assert small < LIMITS.memory_per_model          # SmolLM2 fits the seed's 1G per model


def test_limits_from_config_and_per_model_override():
    res = msgspec.convert(resolve_section("llm_resources", {"max_concurrent": 2, "memory_per_model": "1G",
                                                            "memory_headroom": "256M"}), LlmResources)
    limits = Limits.from_config(res)
    assert limits == Limits(2, GiB, 256 * MiB)
    models = msgspec.convert(resolve_section("model_configs", {"big": {"memory_limit": "5G"}}),
                             dict[str, ModelConfig])
    assert model_memory_limit("big", limits, models) == 5 * GiB
    assert model_memory_limit("small", limits, models) == GiB
    with pytest.raises(ConfigError, match="llm_resources.max_concurrent"):
        resolve_section("llm_resources", {"max_concurrent": 0})


def r(name, last, busy=False, pinned=False, mem=300 * MiB):
    return Resident(name, mem, last, busy, pinned)


def test_fits_without_eviction():
    assert plan_load("c", 300 * MiB, [r("a", 1)], LIMITS, available=8 * GiB).evict == ()
    assert plan_load("a", 300 * MiB, [r("a", 1), r("b", 2)], LIMITS, available=0).evict == ()   # resident


def test_evicts_least_recently_used_idle_model():
    plan = plan_load("c", 300 * MiB, [r("a", 5), r("b", 1)], LIMITS, available=8 * GiB)
    assert plan.evict == ("b",)


def test_never_evicts_busy_or_pinned():
    plan = plan_load("c", 300 * MiB, [r("a", 5), r("b", 1, busy=True)], LIMITS, available=8 * GiB)
    assert plan.evict == ("a",)
    plan = plan_load("c", 300 * MiB, [r("a", 5), r("b", 1, pinned=True)], LIMITS, available=8 * GiB)
    assert plan.evict == ("a",)
    with pytest.raises(Busy) as e:
        plan_load("c", 300 * MiB, [r("a", 5, busy=True), r("b", 1, busy=True)], LIMITS, available=8 * GiB,
                  retry_after_s=2.5)
    assert e.value.retry_after_ms == 2500 and "a, b" in str(e.value)


def test_memory_pressure_evicts_as_many_as_needed_oldest_first():
    limits = Limits(max_concurrent=4, memory_per_model=GiB)
    residents = [r("a", 3), r("b", 1), r("c", 2)]
    plan = plan_load("d", 700 * MiB, residents, limits, available=200 * MiB)
    assert plan.evict == ("b", "c")


def test_does_not_fit():
    with pytest.raises(DoesNotFit) as e:
        plan_load("huge", 4 * GiB, [], LIMITS, available=20 * GiB)
    assert "memory limit" in str(e.value)
    assert plan_load("huge", 4 * GiB, [], LIMITS, available=20 * GiB, memory_limit=5 * GiB).evict == ()
    with pytest.raises(DoesNotFit):
        plan_load("c", 900 * MiB, [], LIMITS, available=500 * MiB)
    with pytest.raises(DoesNotFit):
        plan_load("c", 100 * MiB, [r("a", 1, pinned=True), r("b", 2, pinned=True)], LIMITS, available=8 * GiB)


def test_idle_expired_skips_busy_and_pinned():
    rs = [r("a", 0), r("b", 50), r("c", 0, busy=True), r("d", 0, pinned=True)]
    assert idle_expired(rs, now=100, keep_alive_s=60) == ["a"]
    assert idle_expired(rs, now=200, keep_alive_s=60) == ["a", "b"]


residents_st = st.lists(
    st.builds(Resident, name=st.text("abcdefghij", min_size=1, max_size=3),
              memory=st.integers(1, 2 * GiB), last_used=st.floats(0, 1000), busy=st.booleans(),
              pinned=st.booleans()),
    max_size=6, unique_by=lambda x: x.name)


@settings(max_examples=200, deadline=None)
@given(residents_st, st.integers(1, 2 * GiB), st.integers(0, 8 * GiB), st.integers(1, 5))
def test_plan_properties(residents, need, available, max_concurrent):
    limits = Limits(max_concurrent=max_concurrent, memory_per_model=GiB)
    try:
        plan = plan_load("new", need, residents, limits, available)
    except (DoesNotFit, Busy):
        return
    by_name = {x.name: x for x in residents}
    evicted = [by_name[n] for n in plan.evict]
    assert not any(x.busy or x.pinned for x in evicted)
    idle = sorted((x for x in residents if not x.busy and not x.pinned), key=lambda x: x.last_used)
    assert evicted == idle[:len(evicted)]                                   # LRU prefix
    assert len(residents) - len(evicted) + 1 <= max_concurrent
    assert available + sum(x.memory for x in evicted) >= need
    if evicted:                                        # and no more than needed
        fewer = evicted[:-1]
        assert (len(residents) - len(fewer) + 1 > max_concurrent
                or available + sum(x.memory for x in fewer) < need)


def test_queue_serves_interactive_first_fifo_per_lane():
    q: TwoLaneQueue[str] = TwoLaneQueue({"interactive": 3, "background": 3})
    q.push("b1", Lane.BACKGROUND)
    q.push("i1", "interactive")
    q.push("b2", "background")
    assert q.push("i2") == 1                            # one interactive ahead of it
    assert q.push("b3", "background") == 2 + 2          # both interactive and b1, b2 ahead
    assert [q.pop()[0] for _ in range(5)] == ["i1", "i2", "b1", "b2", "b3"]
    assert q.pop() is None


def test_queue_bound_gives_busy_with_retry_hint():
    q: TwoLaneQueue[int] = TwoLaneQueue({"interactive": 2, "background": 1}, service_s=0.5)
    q.push(1)
    q.push(2)
    with pytest.raises(Busy) as e:
        q.push(3)
    assert e.value.retry_after_ms == 1000 and e.value.code.value == "busy"
    q.push(4, "background")                          # the other lane has its own bound
    with pytest.raises(Busy):
        q.push(5, "background")
    assert q.discard(1) and not q.discard(1) and q.depth() == 2
    q.push(3)                                        # room again after the client went away


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(list(Lane)), st.booleans()), max_size=40))
def test_queue_properties(ops):
    q: TwoLaneQueue[int] = TwoLaneQueue({"interactive": 4, "background": 6})
    model = {Lane.INTERACTIVE: [], Lane.BACKGROUND: []}
    for i, (lane, is_push) in enumerate(ops):
        if is_push:
            try:
                q.push(i, lane)
                model[lane].append(i)
            except Busy:
                assert len(model[lane]) == (4 if lane is Lane.INTERACTIVE else 6)
        else:
            got = q.pop()
            want_lane = Lane.INTERACTIVE if model[Lane.INTERACTIVE] else Lane.BACKGROUND
            if not model[want_lane]:
                assert got is None
            else:
                assert got == (model[want_lane].pop(0), want_lane)
    assert q.depth() == sum(map(len, model.values()))


def test_a_lane_serves_its_clients_in_turn():
    """One tool's flood never keeps the owner (or another tool) behind all of it."""
    q = TwoLaneQueue({"interactive": 16, "background": 16})
    for i in range(6):
        q.push(f"flood{i}", "interactive", client="flooder")
    ahead = q.push("owner", "interactive")                  # the owner: client None
    assert ahead == 1                                        # only the flood's first goes before it
    q.push("other0", "interactive", client="other")
    q.push("bg", "background", client="flooder")
    order = [q.pop()[0] for _ in range(len(q))]
    assert order[:4] == ["flood0", "owner", "other0", "flood1"]
    assert order[-1] == "bg" and order.count("flood5") == 1
    assert q.pop() is None
