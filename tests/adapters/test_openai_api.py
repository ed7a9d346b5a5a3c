"""The OpenAI <-> mesh translation: any request body gives a valid llm.generate body or a clear
``invalid`` error naming the parameter, never a crash."""
import msgspec
import pytest
from hypothesis import given, settings, strategies as st

from actors.adapters import openai_api as api
from protocol import KINDS, ProtocolError, decode_body

CONFIG = {"models": {"enclave": "primary", "enclave-code": "code"}, "default_task": "primary", "max_tokens": 64}

json_values = st.recursive(st.none() | st.booleans() | st.integers(-5, 5000) | st.floats(allow_nan=False) |
                           st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=3),
                           max_leaves=10)
messages = st.lists(st.fixed_dictionaries({"role": st.sampled_from(["system", "user", "assistant", "developer",
                                                                      "tool", 3]),
                                           "content": st.text(max_size=30) | json_values}), max_size=3)
chat_bodies = st.fixed_dictionaries({}, optional={
    "model": st.sampled_from(["enclave", "enclave-code", "code", "smollm2-135m", ""]) | json_values,
    "messages": messages | json_values, "max_tokens": st.integers(-2, 5000) | json_values,
    "temperature": st.floats(0, 2) | json_values, "stop": st.text(max_size=5) | st.lists(st.text(max_size=5)),
    "response_format": json_values | st.just({"type": "json_object"}), "stream": st.booleans()})


def encode(body: dict) -> bytes:
    return msgspec.msgpack.encode(body)


@settings(max_examples=300, deadline=None)
@given(body=chat_bodies | json_values)
def test_chat_bodies_translate_or_fail_cleanly(body):
    try:
        out = api.chat_request(body, CONFIG)
    except ProtocolError as e:
        assert e.code.value == "invalid"
        return
    try:
        decode_body(KINDS["llm.generate"], encode(out))
    except ProtocolError as e:          # a value the schema refuses is caught there, with its field
        assert e.code.value == "invalid" and e.field and e.field.startswith("body")


@settings(max_examples=200, deadline=None)
@given(body=st.fixed_dictionaries({}, optional={"prompt": st.text(max_size=20) | json_values,
                                                "model": json_values, "max_tokens": json_values}) | json_values)
def test_completion_and_embedding_bodies_translate_or_fail_cleanly(body):
    for fn, kind in ((api.completion_request, "llm.generate"), (api.embeddings_request, "llm.embed")):
        try:
            out = fn(body, CONFIG)
        except ProtocolError as e:
            assert e.code.value == "invalid"
            continue
        try:
            decode_body(KINDS[kind], encode(out))
        except ProtocolError as e:
            assert e.code.value == "invalid"


def test_model_names_map_to_roles_or_models():
    assert api.route_model("enclave-code", CONFIG["models"], "primary") == {"task": "code"}
    assert api.route_model("reasoning", CONFIG["models"], "primary") == {"task": "reasoning"}
    assert api.route_model("gemma3-270m", CONFIG["models"], "primary") == {"model": "gemma3-270m"}
    assert api.route_model(None, CONFIG["models"], "light") == {"task": "light"}


def test_content_parts_and_roles():
    body = api.chat_request({"messages": [{"role": "developer", "content": "be brief"},
                                          {"role": "user", "content": [{"type": "text", "text": "a"},
                                                                       {"type": "text", "text": "b"}]}]}, CONFIG)
    assert body["messages"] == [{"role": "system", "content": "be brief"}, {"role": "user", "content": "ab"}]
    with pytest.raises(ProtocolError) as e:
        api.chat_request({"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}, CONFIG)
    assert e.value.field == "messages.0.content.0"          # the part that is not text


def test_error_statuses(tmp_path):
    """The mesh's codes as HTTP statuses in OpenAI's error shape; busy and unavailable say when to retry."""
    import json

    from actors.adapters.http.door import Door
    from protocol import Code
    door = Door({"tool": "openai"}, {}, home=tmp_path, error_shape=api.error_shape)
    assert door.error(ProtocolError(Code.FORBIDDEN, "no")).status_code == 403
    down = door.error(ProtocolError(Code.UNAVAILABLE, "down"))
    assert down.status_code == 503 and down.headers["retry-after"] == "1"
    full = door.error(ProtocolError(Code.BUSY, "full", retry_after_ms=2500))
    body = json.loads(full.body)
    assert full.status_code == 429 and full.headers["retry-after"] == "3"
    assert body["error"]["code"] == "busy" and body["error"]["type"] == "rate_limit_error"
    bad = json.loads(door.error(ProtocolError(Code.INVALID, "too big", field="body.max_tokens")).body)
    assert bad["error"]["param"] == "max_tokens"


@pytest.mark.parametrize("body,param", [
    ({"messages": [{"role": "user", "content": "x"}], "max_tokens": 2 ** 70}, "max_tokens"),
    ({"messages": [{"role": "user", "content": "x"}], "seed": 2 ** 80}, "seed"),
    ({"messages": [{"role": "user", "content": "x"}], "temperature": 1e308}, "temperature"),
    ({"prompt": "x", "stop": [""]}, "stop"),
])
def test_values_past_the_mesh_limits_are_refused_here_naming_the_parameter(body, param):
    fn = api.chat_request if "messages" in body else api.completion_request
    with pytest.raises(ProtocolError) as e:
        fn(body, CONFIG)
    assert e.value.code.value == "invalid" and e.value.field.split(".")[0] == param
