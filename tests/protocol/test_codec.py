"""The codec: round trips, and any bytes give a message or a protocol error, nothing else."""
import msgpack
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import protocol
from protocol import Code, KINDS, ProtocolError, decode, decode_body, encode

json_like = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**64 - 1) | st.text(max_size=50)
    | st.floats(allow_nan=False) | st.binary(max_size=50),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)


@given(json_like)
def test_round_trip_any_data(data):
    env = decode(encode("sys.echo", {"data": data}, source="t", target="x", deadline=123))
    assert (env.kind, env.source, env.target, env.deadline) == ("sys.echo", "t", "x", 123)
    assert decode_body(KINDS["sys.echo"], env.body).data == data


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_protocol_error(data):
    try:
        env = decode(data)
    except ProtocolError as e:
        assert e.code in (Code.INVALID, Code.UNSUPPORTED_VERSION, Code.TOO_LARGE)
        return
    assert isinstance(env.kind, str)


@settings(max_examples=300)
@given(st.sampled_from(sorted(KINDS)), st.binary(max_size=500) | json_like.map(msgpack.packb))
def test_any_body_for_any_kind_validates_or_errors(kind, raw):
    try:
        decode_body(KINDS[kind], raw)
    except ProtocolError as e:
        assert e.code == Code.INVALID


@given(st.dictionaries(st.sampled_from(["version", "id", "kind", "source", "target", "deadline", "body",
                                         "correlation_id", "extra"]), json_like, max_size=9))
def test_arbitrary_envelope_maps(m):
    try:
        env = decode(msgpack.packb(m, use_bin_type=True))
    except ProtocolError as e:
        assert e.code in (Code.INVALID, Code.UNSUPPORTED_VERSION)
        if e.code == Code.INVALID and e.field:
            assert e.field in m or e.field in ("version", "id", "kind") or e.field.split(".")[0] in m
        return
    assert isinstance(env.version, str) and env.version.startswith("1")


def test_missing_and_wrong_fields_are_named():
    raw = decode(encode("llm.generate", {"max_tokens": "many"})).body
    with pytest.raises(ProtocolError) as e:
        decode_body(KINDS["llm.generate"], raw)
    assert e.value.code == Code.INVALID and e.value.field == "body.max_tokens"
    raw = decode(encode("context.preserve", {"record": {"source": "x", "kind": "note"}})).body
    with pytest.raises(ProtocolError) as e:
        decode_body(KINDS["context.preserve"], raw)
    assert e.value.field == "body.record.content"
    raw = decode(encode("sys.echo", {"dat": 1})).body
    with pytest.raises(ProtocolError) as e:
        decode_body(KINDS["sys.echo"], raw)
    assert e.value.field == "body.dat"


def test_unknown_major_version():
    data = msgpack.packb({"version": "2.0", "id": "a", "kind": "sys.ping", "body": {}})
    with pytest.raises(ProtocolError) as e:
        decode(data)
    assert e.value.code == Code.UNSUPPORTED_VERSION
    assert decode(msgpack.packb({"version": "1.7", "id": "a", "kind": "sys.ping"})).kind == "sys.ping"


def test_size_limit_refused_before_decoding():
    with pytest.raises(ProtocolError) as e:
        decode(b"\xff" * 101, max_bytes=100)   # garbage: decoding it would give 'invalid'
    assert e.value.code == Code.TOO_LARGE


def test_deeply_nested_body_is_an_error_not_a_crash():
    body = b"\x81\xa4data" + b"\x91" * 200_000 + b"\xc0"
    data = msgpack.packb({"version": "1.0", "id": "a", "kind": "sys.echo", "body": 0})[:-1] + body
    with pytest.raises(ProtocolError) as e:
        decode_body(KINDS["sys.echo"], decode(data).body)
    assert e.value.code == Code.INVALID


def test_error_body_round_trip():
    err = ProtocolError(Code.BUSY, "full", retry_after_ms=40, field="x")
    env = decode(protocol.encode_error(err, correlation_id="c"))
    back = ProtocolError.from_body(protocol.decode_any(env.body))
    assert (env.kind, back.code, back.retry_after_ms, back.field) == ("error", Code.BUSY, 40, "x")
    assert ProtocolError.from_body({"code": "nonsense"}).code == Code.INTERNAL


def test_every_kind_has_strict_schemas_a_service_and_a_doc():
    from protocol.kinds import Body
    for k in KINDS.values():
        assert k.doc, k.name
        assert k.name.split(".")[0] in ("sys", "llm", "privacy", "context", "pattern", "metrics", "tool"), k.name
        for schema in (k.request, k.reply) + ((k.partial,) if k.partial else ()):
            assert issubclass(schema, Body), (k.name, schema)       # strict: unknown fields are refused
        if k.service is None:
            assert k.name.startswith("sys."), k.name                # only sys.* go to any service
