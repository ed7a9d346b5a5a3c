"""The protocol document and the JSON Schema are derived from the declarations and stay current;
a peer written only from the document (pyzmq + msgpack, none of our code) works."""
import json
import subprocess
import sys


from protocol import KINDS
from protocol.schema import DOC, json_schema, render_doc


def test_document_kinds_table_is_current():
    assert DOC.read_text() == render_doc(), "run `enclave protocol doc --write`"


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
sock = zmq.Context().socket(zmq.DEALER)
sock.setsockopt(zmq.LINGER, 0)
sock.connect(endpoint)
def ask(service, kind, body, mid):
    env = {"version": "1.0", "id": mid, "kind": kind, "target": service, "body": body}
    deadline = int(time.time() * 1000) + 5000
    sock.send_multipart([b"enclave/1.0 REQ %s %s %d" % (service.encode(), mid.encode(), deadline),
                         msgpack.packb(env)])
    if not sock.poll(6000):
        raise SystemExit("no reply")
    header, data = sock.recv_multipart()
    return header.decode(), msgpack.unpackb(data)
h, ping = ask("router", "sys.ping", {}, "m1")
assert h == "enclave/1.0 REP m1 F", h
assert ping["kind"] == "sys.ping" and ping["body"]["service"] == "router", ping
h, err = ask("router", "sys.echo", {"repeat": "three"}, "m2")
assert err["kind"] == "error" and err["body"]["code"] == "invalid", err
assert err["body"]["field"] == "body.repeat", err
h, err = ask("context", "sys.ping", {}, "m3")
assert err["body"]["code"] == "forbidden", err
print("ok")
'''


def test_peer_written_from_the_document(mesh_factory, tmp_path):
    mesh = mesh_factory(only=["bus", "router"])
    script = tmp_path / "peer.py"
    script.write_text(FOREIGN_PEER)
    # a clean interpreter: only pyzmq and msgpack, none of the project's modules on the path
    out = subprocess.run([sys.executable, "-I", str(script), mesh.endpoints.tools], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
