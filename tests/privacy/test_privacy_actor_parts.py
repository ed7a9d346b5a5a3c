"""The pieces the privacy actor adds around the engine, without a mesh: structured data, secrets
repeated without their context, the data_sharing the filter trusts, and the stream table."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from privacy_support import shared_engine

from benchmarks import privacy_corpus as corpus
from actors.privacy.engine import Forbidden, StreamRestorer
from actors.privacy.engine.structure import MAX_DEPTH, flatten, rebuild
from actors.privacy.streams import StreamTable


def _aws(seed: int) -> str:
    return corpus.positive("aws_access_key_id", random.Random(seed)).secrets[0]


def test_structured_data_keeps_its_shape_and_one_pseudonym_per_value(engine, user_home):
    aws, other = _aws(1), _aws(2)
    data = {"content": f"key {aws}", "metadata": {"again": [f"x {aws}", f"y {other}"], aws: 3, "n": 1.5},
            "flag": True, "none": None}
    res = engine.sanitize_data(data, source="editor", destination="context_store")
    out = res.text
    assert not res.blocked and set(out) == set(data) and out["flag"] is True and out["none"] is None
    assert aws not in str(out) and other not in str(out)
    first = out["content"].split()[-1]
    assert out["metadata"]["again"][0] == f"x {first}" and first in out["metadata"]
    assert out["metadata"]["again"][1] != f"y {first}"           # another value, another pseudonym
    assert res.summary["replaced"]["aws_access_key_id"] == 4


def test_a_secret_repeated_without_its_context_is_replaced_too(engine):
    pw = corpus.positive("postgres_url", random.Random(3)).secrets[0]
    data = {"url": f"postgresql://app:{pw}@db/app", "echo": [pw], "text": f"it was {pw}!"}
    res = engine.sanitize_data(data, source="editor", destination="local_tool")
    assert pw not in str(res.text) and res.text["echo"][0].startswith("<password")
    alone = engine.sanitize_data({"echo": [pw]}, source="editor", destination="local_tool")
    assert alone.text == {"echo": [pw]}     # alone it is just a word: nothing to say it is a secret


def test_what_cannot_be_checked_is_blocked_whole(engine, user_home):
    deep: object = "x"
    for _ in range(MAX_DEPTH + 1):
        deep = [deep]
    for data in (b"bytes", {"k": object()}, deep, {"k": {1, 2}}):
        res = engine.sanitize_data(data, source="editor", destination="local_tool")
        assert res.blocked and res.text is None and "InvalidInput" in res.reason
    res = engine.sanitize_data({"a": "x", "~/x": 1, f"{user_home}/x": 2}, source="editor",
                               destination="context_store")
    assert res.blocked and res.text is None      # two keys became one: refused, not merged


def test_a_protected_path_blocks_structured_data_before_it_is_looked_at(engine, user_home):
    res = engine.sanitize_data({"k": object()}, source="editor", destination="context_store",
                               path=str(user_home / ".ssh" / "id_rsa"))
    assert res.blocked and "~/.ssh" in res.reason     # the unreadable value was never touched


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner,
                                                                                       max_size=4),
                           max_leaves=12)


@settings(max_examples=60, deadline=None)
@given(json_values)
def test_flatten_then_rebuild_is_the_identity(value):
    strings: list[str] = []
    assert rebuild(flatten(value, strings), strings) == value


@settings(max_examples=40, deadline=None)
@given(json_values, st.sampled_from(["aws_access_key_id", "github_pat", "slack_bot_token"]), st.integers(0, 99))
def test_no_generated_secret_survives_anywhere_in_a_record(value, kind, seed):
    secret = corpus.positive(kind, random.Random(seed)).secrets[0]
    record = {"payload": value, "leaf": [f"token {secret}"], f"k {secret}": {"deep": [secret + " x"]}}
    res = shared_engine().sanitize_data(record, source="t", destination="context_store")
    assert not res.blocked and secret not in repr(res.text)


def test_stream_table_is_per_tool_and_expires(engine):
    engine.sanitize(f"k {_aws(5)}", source="editor", destination="local_model", session="s1")
    table = StreamTable(ttl_s=0.0, max_streams=2)

    def make():
        return engine.stream_restorer(session="s1", tool="editor", data_sharing="filtered")

    entry = table.get("s1", "a", "editor", make)
    assert isinstance(entry.restorer, StreamRestorer) and table.get("s1", "a", "editor", make) is entry
    with pytest.raises(Forbidden):
        table.get("s1", "a", "intruder", make)
    table.get("s1", "b", "editor", make)
    table.get("s1", "c", "editor", make)
    assert len(table) <= 2
    table.expire()
    assert len(table) == 0
