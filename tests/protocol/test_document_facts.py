"""The hand-written part of PROTOCOL.md states facts that live in code outside ``protocol`` (the
router's rights table, event topics, keepalives, defaults, who answers ``sys.*``). Each test here
ties one such statement to the code it describes, so the two cannot drift apart silently."""
import re

import msgpack
import msgspec
import pytest

from protocol import KINDS, Code, ProtocolError, decode, decode_body, document as schema, encode, frames
from protocol.kinds import Body
from protocol.document import DOC

TEXT = DOC.read_text()
FLAT = " ".join(TEXT.split())          # line breaks in prose do not matter


def table(header: str) -> list[list[str]]:
    """The rows of the Markdown table whose header row is ``header`` (cells stripped)."""
    lines = TEXT.splitlines()
    start = lines.index(header)
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def code(cell: str) -> str | None:
    """`x` -> x; — -> None."""
    return None if cell == "—" else cell.strip("`")


def test_rights_table_is_the_routers():
    from actors.router.policy import RIGHTS
    documented = {code(kind): (code(feature), reads, passive)
                  for kind, feature, reads, passive in table("| kind | feature | reads contexts | passive tools |")}
    actual = {kind: (r.get("feature"), "yes" if r.get("read") else "no",
                     "refused" if r.get("active") else "allowed") for kind, r in RIGHTS.items()}
    assert documented == actual, "PROTOCOL.md §8.3 must list exactly actors.router.policy.RIGHTS"


def test_every_kind_the_router_forwards_is_declared():
    from actors.router.policy import RIGHTS
    assert set(RIGHTS) <= set(KINDS)


def test_topic_table_is_the_routers():
    from actors.router.policy import TOPIC_FEATURES, may_see_topic
    from actors.shared.toolconfig import ToolConfig
    rows = table("| topic prefix | needs | published today |")
    documented = {code(prefix): needs for prefix, needs, _ in rows}
    assert set(documented) == set(TOPIC_FEATURES)
    for prefix, feature in TOPIC_FEATURES.items():
        assert (f"`{feature}`" in documented[prefix]) if feature else documented[prefix] == "nothing"
    # the context. row also says context_access must not be none: the policy agrees
    assert "`context_access` not `none`" in documented["context."]
    everything = {f: True for f in ("context_sync", "pattern_learning", "command_integration")}
    blind = ToolConfig("standard", everything, "filtered", "none")
    assert not may_see_topic(blind, "context.preserved") and may_see_topic(blind, "tool.registered")


def test_event_keys_are_the_routers():
    from actors.router.events import SAFE_KEYS
    listed = re.search(r"reduced to the keys (.*?) — never content", FLAT).group(1)
    assert set(re.findall(r"`(\w+)`", listed)) == set(SAFE_KEYS)


def test_keepalives_look_as_documented():
    from actors.router.service.tools import KEEPALIVE_DELIVERY, KEEPALIVE_EVENT
    delivery = msgpack.unpackb(msgspec.msgpack.encode(KEEPALIVE_DELIVERY))
    event = msgpack.unpackb(msgspec.msgpack.encode(KEEPALIVE_EVENT))
    assert delivery == {"sender": "router", "data": None, "topic": "tool.keepalive"}
    assert event == {"topic": "tool.keepalive", "data": None}
    assert '`{"sender": "router", "data": nil, "topic": "tool.keepalive"}`' in FLAT
    assert '`{"topic": "tool.keepalive", "data": nil}`' in FLAT


def test_defaults_the_document_states():
    from actors.shared.settings import defaults
    d = defaults()
    router, bus = d["router"], d["bus"]
    stated = {
        "`router.idle_timeout_s`, default 15 s": router["idle_timeout_s"] == 15,
        "`router.keepalive_s`, default 2 s": router["keepalive_s"] == 2,
        "`router.streams_per_connection` (4)": router["streams_per_connection"] == 4,
        "`router.max_streams` (96)": router["max_streams"] == 96,
        "`router.context_timeout_s` (default 30 s)": router["context_timeout_s"] == 30,
        "`router.llm_timeout_s` (600 s)": router["llm_timeout_s"] == 600,
        "a full inbox (1000 messages)": router["mailbox_size"] == 1000,
        "(default 500 ms)": bus["heartbeat_ms"] == 500,
        "silent for 3 of its intervals": bus["liveness"] == 3,
        "(default bound 256)": bus["max_queue"] == 256,
        "up to 3 s for one to register": bus["no_worker_wait_ms"] == 3000,
        "`port`, default 47655": bus["tcp"]["port"] == 47655,
        "`bus.max_inflight_per_peer` (default 32)": bus["max_inflight_per_peer"] == 32,
        "`router.max_tools` (64)": router["max_tools"] == 64,
        "`router.max_generations_per_tool` (2)": router["max_generations_per_tool"] == 2,
        "`router.writes_per_s` (50)": router["writes_per_s"] == 50,
        "`router.write_burst` (200)": router["write_burst"] == 200,
    }
    for phrase, true in stated.items():
        assert phrase in FLAT, phrase
        assert true, f"PROTOCOL.md says {phrase!r}; the shipped configuration differs"
    from actors.router.service.actor import TOOL_ECHO_DELAY_MS, TOOL_ECHO_REPEAT
    assert f"`repeat` at most {TOOL_ECHO_REPEAT} and `delay_ms` at most {TOOL_ECHO_DELAY_MS}" in FLAT
    from actors.router.service.forward import TOOL_MODEL_FIELDS
    assert set(TOOL_MODEL_FIELDS) == {"name", "size_bytes", "roles", "loaded", "state", "queued", "rss_bytes"}
    assert "`llm.models`: names, roles, sizes, states and resident memory only" in FLAT
    from protocol.frames import IDLE_HEARTBEAT_FACTOR
    assert "every 4 intervals" in FLAT and IDLE_HEARTBEAT_FACTOR == 4
    assert bus["public_services"] == ["router"]
    assert set(bus["known_services"]) == {"router", "privacy", "context", "llm"}
    assert "the mesh's own services (`router`, `privacy`, `context`, `llm`)" in FLAT
    assert d["tools"]["default"]["features"] == {"context_sync": True, "pattern_learning": False,
                                                 "command_integration": True, "memory": False}  # the worked example
    assert router["allow_unknown_tools"] is True


def test_tool_names_as_documented():
    from actors.shared.toolconfig import RESERVED_NAMES, check_name
    assert set(RESERVED_NAMES) == {"router", "bus", "default"}
    check_name("a" * 64)
    check_name("my-tool_1.2")
    for bad in ("a" * 65, "", "my tool", "bus"):
        with pytest.raises(ProtocolError) as e:
            check_name(bad)
        assert e.value.code == Code.INVALID


def test_who_answers_sys_kinds():
    from actors.base import Actor
    from actors.supervisor.service import Supervisor
    from bus import builtin

    def handled(cls):
        return {getattr(cls, m).__handles__[0] for m in dir(cls) if hasattr(getattr(cls, m), "__handles__")}
    assert handled(Actor) == {"sys.ping", "sys.status", "sys.echo"}          # every service
    assert handled(Supervisor) - handled(Actor) == {"sys.shutdown"}          # supervisors only
    assert set(builtin.ANSWERS) == {"sys.ping", "sys.status", "sys.echo"}    # the bus
    echo = {f.name: f.type for f in msgspec.inspect.type_info(KINDS["sys.echo"].request).fields}
    assert echo["repeat"].le == 10000 and echo["delay_ms"].le == 10000
    assert "each at most 10000" in FLAT
    assert "answered only by supervisors" in FLAT


class _Service:
    def __init__(self, name: bytes, workers: int):
        self.name, self.workers = name, [object()] * workers


class _Broker:
    def __init__(self):
        self.started = 0.0
        self.public = {b"router", b"bus"}
        self.services = {b"router": _Service(b"router", 1), b"llm": _Service(b"llm", 1),
                         b"context": _Service(b"context", 0)}

    def status(self):
        return {"endpoints": {"internal": "ipc:///secret/bus.ipc"}, "workers": [{"pid": 42}]}


def test_bus_reveals_nothing_of_the_inside_to_tools():
    from bus import builtin
    for kind in ("sys.ping", "sys.status"):
        env = decode(encode(kind, {}, target="bus"))
        outside = msgspec.to_builtins(builtin.answer(_Broker(), env, internal=False))
        inside = msgspec.to_builtins(builtin.answer(_Broker(), env, internal=True))
        assert outside["pid"] == 0 and inside["pid"] != 0
    assert outside["details"] == {"services": [{"name": "router", "available": True}]}
    assert "endpoints" in inside["details"]
    env = decode(encode("sys.echo", {"data": 7, "repeat": 3}, target="bus"))
    echo = msgspec.to_builtins(builtin.answer(_Broker(), env, internal=False))
    assert echo["data"] == 7 and echo.get("index") is None        # the final reply only


def test_replies_carry_every_field_and_errors_only_what_is_set():
    """PROTOCOL.md §3 says so (and §8.7's example shows it)."""
    from protocol.kinds import Empty
    from protocol.kinds.sys import ErrorBody
    in_replies: list[type] = []
    for k in KINDS.values():
        for t in (k.reply, k.partial):
            if t is not None:
                schema._walk(msgspec.inspect.type_info(t), None, {}, in_replies)
    for cls in in_replies:
        if cls is not Empty:
            assert not cls.__struct_config__.omit_defaults, cls.__name__
    assert ErrorBody.__struct_config__.omit_defaults
    assert "Replies and partial replies carry every field, defaults included" in FLAT


def test_every_extra_rule_of_a_body_is_written_down():
    """A body that checks more than its fields (``__post_init__``) needs a note in the document."""
    order, _ = schema._body_structs()
    for cls in order:
        if issubclass(cls, Body) and "__post_init__" in vars(cls):
            assert cls in schema._NOTES, f"{cls.__name__} checks more than its fields: add a note"


@pytest.mark.parametrize("body", [{}, {"prompt": "x", "messages": [{"role": "user", "content": "y"}]},
                                  {"messages": []}])
def test_the_generate_note_is_true(body):
    with pytest.raises(ProtocolError) as e:
        decode_body(KINDS["llm.generate"], msgpack.packb(body))
    assert e.value.code == Code.INVALID and e.value.field == "body"


def test_constraints_are_in_the_document():
    assert "| `max_tokens` | int | `256` | 1 to 1048576 |" in TEXT
    assert "| `repeat` | int | `0` | 0 to 10000 |" in TEXT
    assert "| `input` | list[string] | required | at least 1 item |" in TEXT
    assert "each item at least 1 character" in TEXT


def test_every_body_structure_is_in_the_document():
    order, _ = schema._body_structs()
    for cls in order:
        assert f"### `{cls.__name__}`" in TEXT, cls.__name__


def test_the_channel_section_is_generated_from_protocol_channel():
    from typing import get_args

    from protocol import channel
    internal = TEXT.split("Internal: the model worker channel", 1)[1]
    assert f"Channel version: **{channel.VERSION}**" in internal
    for cls in get_args(channel.Command) + get_args(channel.Event):
        tag = msgspec.inspect.type_info(cls).tag
        assert f"#### `{tag}`" in internal and f'| `op` | `"{tag}"` |' in internal


def test_privacy_check_flow_is_gone():
    assert "privacy.check_flow" not in KINDS and "check_flow" not in TEXT


def test_the_regeneration_command_keeps_the_hand_written_part(tmp_path, monkeypatch):
    """`open(DOC, "w").write(render_doc())` empties the file before render_doc reads it."""
    empty = tmp_path / "PROTOCOL.md"
    empty.write_text("")
    monkeypatch.setattr(schema, "DOC", empty)
    assert schema.render_doc() == TEXT


def test_version_in_the_document():
    assert TEXT.startswith(f"# The enclave protocol, version {frames.VERSION}\n")
