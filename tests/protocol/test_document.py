"""The protocol document and the JSON Schema are derived from the declarations and stay current;
a peer written only from the document (pyzmq + msgpack, none of our code) works."""
import json
import subprocess
import sys


from actors.shared.settings import resolve_section
from protocol import KINDS
from protocol.document import DOC, render_doc
from protocol.schema import json_schema


def test_document_is_current():
    """PROTOCOL.md below its marker (kinds, body structures, the model worker channel) is generated."""
    assert DOC.read_text() == render_doc(), "run `enclave protocol doc --write`"


def test_cli_prints_kinds_table():
    out = subprocess.run([sys.executable, "-m", "actors.cli", "protocol", "kinds"], capture_output=True,
                         text=True, check=True).stdout
    assert out.startswith("| kind | service |") and "| `llm.generate` | llm |" in out
    assert out.strip() in DOC.read_text()


def test_json_schema_covers_every_kind():
    schema = json.loads(json.dumps(json_schema()))
    assert set(schema["kinds"]) == set(KINDS)
    gen = schema["$defs"]["GenerateRequest"]
    assert gen["properties"]["max_tokens"]["type"] == "integer"
    assert "invalid" in schema["error_codes"] and "unsupported_version" in schema["error_codes"]


def test_cli_prints_schema():
    out = subprocess.run([sys.executable, "-m", "actors.cli", "protocol", "schema"], capture_output=True,
                         text=True, check=True).stdout
    assert json.loads(out)["kinds"]["sys.ping"]["service"] is None


FOREIGN_PEER = r'''
import msgpack, sys, time, zmq
endpoint = sys.argv[1]
declared = {"idle_timeout_s": float(sys.argv[2]), "keepalive_s": float(sys.argv[3])}   # the mesh's router config
sock = zmq.Context().socket(zmq.DEALER)
sock.setsockopt(zmq.LINGER, 0)
sock.connect(endpoint)
def send(service, kind, body, mid, deadline=5000):
    env = {"version": "1.0", "id": mid, "kind": kind, "target": service, "body": body}
    dl = b"0" if deadline is None else b"%d" % (int(time.time() * 1000) + deadline)
    sock.send_multipart([b"enclave/1.0 REQ %s %s %s" % (service.encode(), mid.encode(), dl),
                         msgpack.packb(env)])
def recv():
    if not sock.poll(6000):
        raise SystemExit("no reply")
    header, data = sock.recv_multipart()
    return header.decode(), msgpack.unpackb(data)
def ask(service, kind, body, mid):
    send(service, kind, body, mid)
    return recv()
# section 7: a ping to the router, and a body that fails validation
h, ping = ask("router", "sys.ping", {}, "m1")
assert h == "enclave/1.0 REP m1 F", h
assert ping["kind"] == "sys.ping" and ping["body"]["service"] == "router", ping
h, err = ask("router", "sys.echo", {"repeat": "three"}, "m2")
assert err["kind"] == "error" and err["body"]["code"] == "invalid", err
assert err["body"]["field"] == "body.repeat", err
h, err = ask("router", "sys.echo", {"repeat": 10001}, "m2b")
assert err["body"]["code"] == "invalid" and err["body"]["field"] == "body.repeat", err
# section 3: internal services are forbidden from here, known or not; of the router's sys.* a tool
# gets ping and echo, the rest is the owner's
h, err = ask("context", "sys.ping", {}, "m3")
assert err["body"]["code"] == "forbidden", err
h, err = ask("no-such-service", "sys.ping", {}, "m3b")
assert err["body"]["code"] == "forbidden", err
h, err = ask("router", "sys.shutdown", {}, "m3c")
assert err["body"]["code"] == "forbidden", err
h, err = ask("router", "sys.status", {}, "m3d")
assert err["body"]["code"] == "forbidden", err
# the bus from the tools endpoint: pid 0, public services only
h, st = ask("bus", "sys.status", {}, "m4")
assert st["body"]["pid"] == 0 and st["body"]["details"] == {"services": [{"name": "router", "available": True}]}, st
h, echo = ask("bus", "sys.echo", {"data": 5, "repeat": 2}, "m4b")
assert h == "enclave/1.0 REP m4b F" and echo["body"]["data"] == 5, (h, echo)
assert echo["body"].get("index") is None, echo                      # no partials from the bus
# section 8: register first
h, err = ask("router", "tool.heartbeat", {}, "m5")
assert err["body"]["code"] == "forbidden" and err["body"]["details"]["reason"] == "unregistered", err
h, reg = ask("router", "tool.register", {"name": "foreign-peer", "features": {"pattern_learning": True}}, "m6")
body = reg["body"]
assert body["tool"] == "foreign-peer" and body["session"], body
assert isinstance(body["idle_timeout_s"], float) and isinstance(body["keepalive_s"], float), body
assert {k: body[k] for k in declared} == declared, body            # the router's own settings, as declared
assert not body["features"].get("pattern_learning", False), body     # capped by the default entry
assert body["privacy"].get("data_sharing", "filtered") == "filtered", body
h, err = ask("router", "privacy.scan", {"text": "x"}, "m7")
assert err["body"]["code"] == "forbidden" and err["body"]["field"] == "kind", err
h, err = ask("router", "tool.subscribe", {"topics": ["pattern."]}, "m7b")
assert err["body"]["code"] == "forbidden" and err["body"]["field"] == "body.topics", err
# an inbox without a deadline: a keepalive at once, then one every keepalive_s; CAN ends it
send("router", "tool.inbox", {}, "m8", deadline=None)
h, first = recv()
assert h == "enclave/1.0 REP m8 P", h
assert first["body"] == {"sender": "router", "data": None, "topic": "tool.keepalive"}, first
h, second = recv()
assert h == "enclave/1.0 REP m8 P" and second["body"]["topic"] == "tool.keepalive", second
sock.send_multipart([b"enclave/1.0 CAN m8"])
while True:
    h, last = recv()
    if h.endswith(" F"):
        break
assert h == "enclave/1.0 REP m8 F" and last["body"]["code"] == "cancelled", last
print("ok")
'''


def test_peer_written_from_the_document(mesh_factory, tmp_path):
    mesh = mesh_factory(only=["bus", "router"], config={"router": {"keepalive_s": 0.3}})
    idle = resolve_section("router")["idle_timeout_s"]
    script = tmp_path / "peer.py"
    script.write_text(FOREIGN_PEER)
    # a clean interpreter: only pyzmq and msgpack, none of the project's modules on the path
    out = subprocess.run([sys.executable, "-I", str(script), mesh.endpoints.tools, str(idle), "0.3"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
