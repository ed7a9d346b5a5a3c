"""The HTTP doors tried as an attacker would: a second caller of the same door fishing for the first
one's secret, a web page in the owner's browser (DNS rebinding, cross-origin "simple" posts), another
OS user on the machine, and bodies no client should send. The model is a parrot (it repeats its
prompt, as a prompt-injected model would); the doors, router and privacy filter are the real ones."""
import http.client
import json
import re
import socket
import threading
from pathlib import Path

import openai
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from adapterutil import ADAPTER_TOOLS, SECRET, Adapter, auth, free_port, token
from bus.addresses import socket_dir
from meshutil import Mesh
from otheruser import needs_other_user, python_as_nobody
from parrot import Parrot

MARKER = re.compile(r"<[a-z][a-z0-9_]*_[0-9]+>")
SERVICES = ["bus", "privacy", "context", "router"]


@pytest.fixture(scope="module")
def door_mesh(tmp_path_factory):
    """A mesh with the parrot as its model, the OpenAI door and the MCP door over HTTP."""
    m = Mesh(tmp_path_factory.mktemp("home"), only=SERVICES, config={"tools": ADAPTER_TOOLS}).start()
    parrot = Parrot(m).__enter__()
    gw, mcp = free_port(), free_port()
    doors = [Adapter(m, "openai", "--port", str(gw), ready_url=f"http://127.0.0.1:{gw}/v1/models"),
             Adapter(m, "mcp", "--http", str(mcp), ready_url=f"http://127.0.0.1:{mcp}/mcp")]
    m.parrot, m.gw, m.mcp = parrot, gw, mcp
    yield m
    for d in doors:
        d.stop()
    parrot.__exit__()
    m.stop()


def client(mesh, key: str | None = None) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"http://127.0.0.1:{mesh.gw}/v1", api_key=key or token(mesh), max_retries=0)


def chat(mesh, text: str, *, stream: bool = False) -> str:
    c = client(mesh)
    messages = [{"role": "user", "content": text}]
    if not stream:
        return c.chat.completions.create(model="enclave", messages=messages).choices[0].message.content
    return "".join(chunk.choices[0].delta.content or "" for chunk in
                   c.chat.completions.create(model="enclave", messages=messages, stream=True) if chunk.choices)


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str):
        super().__init__("localhost", timeout=60)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.path)


def raw(mesh, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
        port: int | None = None, unix: str | None = None) -> tuple[int, dict, dict]:
    """(status, headers, JSON body) of one request sent exactly as given."""
    conn = UnixConnection(unix) if unix else http.client.HTTPConnection("127.0.0.1", port or mesh.gw, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.headers), json.loads(resp.read() or b"null")
    finally:
        conn.close()


def marker_in(text: str) -> str:
    found = MARKER.findall(text)
    assert found, f"no pseudonym in {text!r}"
    return found[-1]


# ---- a second caller of the same door -------------------------------------------------------------

def test_a_secret_comes_back_only_in_the_answer_to_the_request_that_sent_it(door_mesh):
    """Caller A's request is in flight (its pseudonym is live); caller B, through the same door (the same
    tool on the mesh), asks the model to repeat A's pseudonym. B gets the pseudonym as text, A gets its
    own key back, and the model never sees the key."""
    parrot = door_mesh.parrot
    parrot.holding.clear()
    answers = {}
    a = threading.Thread(target=lambda: answers.setdefault("a", chat(door_mesh, f"HOLD my key is {SECRET}")))
    a.start()
    try:
        assert parrot.holding.wait(60), "caller A's request never reached the model"
        pseudonym = marker_in(parrot.seen[-1])
        fishing = f"repeat after me: {pseudonym}"
        assert chat(door_mesh, fishing) == fishing
        assert chat(door_mesh, fishing, stream=True) == fishing
    finally:
        parrot.release()
        a.join(60)
    assert answers["a"] == f"HOLD my key is {SECRET}"
    assert not any(SECRET in seen for seen in parrot.seen)


def test_a_pseudonym_the_caller_typed_stays_literal(door_mesh):
    """A caller who types a pseudonym gets it back as typed, and its own secret where it was."""
    chat(door_mesh, f"key {SECRET}")
    pseudonym = marker_in(door_mesh.parrot.seen[-1])
    text = f"{pseudonym} is a placeholder, {SECRET} is my key"
    for stream in (False, True):
        assert chat(door_mesh, text, stream=stream) == text
        seen = door_mesh.parrot.seen[-1]
        assert SECRET not in seen and seen.startswith(pseudonym) and marker_in(seen) != pseudonym


# ---- a web page in the owner's browser ------------------------------------------------------------

def test_the_token_is_required_and_x_api_key_works(door_mesh):
    status, headers, body = raw(door_mesh, "GET", "/v1/models")
    assert status == 401 and headers["www-authenticate"] == "Bearer" and body["error"]["code"] == "invalid_api_key"
    assert raw(door_mesh, "GET", "/v1/models", headers={"x-api-key": token(door_mesh)})[0] == 200
    assert raw(door_mesh, "GET", "/v1/models", headers={"Authorization": "Basic " + token(door_mesh)})[0] == 401


@pytest.mark.parametrize("headers,status,code", [
    ({"Host": "attacker.example:8080"}, 403, "host_not_allowed"),            # DNS rebinding
    ({"Host": ""}, 403, "host_not_allowed"),
    ({"Origin": "https://attacker.example"}, 403, "origin_not_allowed"),    # a page's fetch()
    ({"Origin": "null"}, 403, "origin_not_allowed"),                          # a sandboxed frame
    ({"Content-Type": "text/plain"}, 415, "unsupported_media_type"),        # a "simple" form post
    ({"Content-Type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"),
])
def test_what_a_web_page_can_send_is_refused_even_with_the_token(door_mesh, headers, status, code):
    body = json.dumps({"model": "enclave", "messages": [{"role": "user", "content": "hi"}]}).encode()
    sent = {**auth(door_mesh), "Content-Type": "application/json", **headers}
    got, _, answer = raw(door_mesh, "POST", "/v1/chat/completions", body, sent)
    assert (got, answer["error"]["code"]) == (status, code)


def test_an_origin_the_owner_allowed_passes(tmp_path):
    origin = "http://localhost:3000"
    with Mesh(tmp_path / "home", only=SERVICES,
              config={"adapters": {"http": {"allowed_origins": [origin]}}}) as m:
        port = free_port()
        a = Adapter(m, "openai", "--port", str(port), ready_url=f"http://127.0.0.1:{port}/v1/models")
        try:
            assert raw(m, "GET", "/v1/models", headers={**auth(m), "Origin": origin}, port=port)[0] == 200
            assert raw(m, "GET", "/v1/models", headers={**auth(m), "Origin": origin + "0"}, port=port)[0] == 403
        finally:
            a.stop()


# ---- bodies no client should send ------------------------------------------------------------------

def post(mesh, body: bytes, **headers):
    return raw(mesh, "POST", "/v1/chat/completions", body,
               {**auth(mesh), "Content-Type": "application/json", **headers})


HI = [{"role": "user", "content": "hi"}]


@pytest.mark.parametrize("body,param", [
    (json.dumps({"messages": HI, "max_tokens": 2 ** 70}).encode(), "max_tokens"),
    (json.dumps({"messages": HI, "seed": 2 ** 80}).encode(), "seed"),
    (json.dumps({"messages": HI, "temperature": "hot"}).encode(), "temperature"),
    (json.dumps({"messages": [{"role": "user", "content": {"a": 1}}]}).encode(), "messages.0.content"),
    (json.dumps([1, 2]).encode(), None),
    (b'{"messages": [{"role": "user", "content": "\\ud800"}]}', None),       # a lone surrogate
    (b"[" * 5000 + b"]" * 5000, None),                                          # nested past reason
    (b'{"messages": ', None),
    (b"\xff\xfe\x00", None),
    (b"", None),
])
def test_malformed_bodies_are_400_naming_what_is_wrong(door_mesh, body, param):
    status, _, answer = post(door_mesh, body)
    assert status == 400, answer
    assert answer["error"]["type"] == "invalid_request_error" and answer["error"]["message"]
    if param:
        assert answer["error"]["param"] == param


def test_a_body_over_the_limit_is_refused_before_it_is_read(door_mesh):
    status, _, answer = post(door_mesh, b"{}", **{"Content-Length": str(50 << 20)})
    assert status == 413 and answer["error"]["code"] == "request_too_large"


def test_a_streamed_body_over_the_limit_is_cut_off(door_mesh):
    """No Content-Length (chunked): the door counts while reading and answers 413 past 8 MiB, without
    buffering the 50 MB the client meant to send; the door stays up."""
    chunk = b"x" * (1 << 20)
    with socket.create_connection(("127.0.0.1", door_mesh.gw), timeout=60) as s:
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Transfer-Encoding: chunked\r\nAuthorization: Bearer " + token(door_mesh).encode() + b"\r\n\r\n")
        sent = 0
        try:
            for _ in range(50):
                s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass                        # the door stopped reading: what we want
        reply = s.recv(4096)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert raw(door_mesh, "GET", "/v1/models", headers=auth(door_mesh))[0] == 200


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=200) | st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(
        ["messages", "model", "max_tokens", "stream", "stop", "seed", "role", "content", "n"]), inner, max_size=4),
    max_leaves=12).map(lambda v: json.dumps(v).encode()))
def test_no_body_crashes_the_door(door_mesh, body):
    status, _, answer = post(door_mesh, body)
    assert status in (200, 400, 403, 404, 429), (status, answer)
    if status != 200:
        assert set(answer["error"]) >= {"message", "type", "code"}


# ---- another user on the machine, and a door with no mesh behind it --------------------------------

ATTACK = r"""
import json, socket, sys, urllib.request, urllib.error
port, mcp, token_file, socks = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4:]
out = {}
def status(url, body=None):
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json",
                                                          "Accept": "application/json, text/event-stream"})
    try:
        return urllib.request.urlopen(req, timeout=30).status
    except urllib.error.HTTPError as e:
        return e.code
out["models"] = status(f"http://127.0.0.1:{port}/v1/models")
init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18",
        "capabilities": {}, "clientInfo": {"name": "x", "version": "1"}}}
out["mcp"] = status(f"http://127.0.0.1:{mcp}/mcp", json.dumps(init).encode())
try:
    open(token_file).read(); out["token"] = "read"
except OSError as e:
    out["token"] = type(e).__name__
for sock in socks:
    try:
        s = socket.socket(socket.AF_UNIX); s.connect(sock); out[sock] = "connected"
    except OSError as e:
        out[sock] = type(e).__name__
print(json.dumps(out))
"""


@needs_other_user
def test_another_user_on_the_machine_gets_nothing(door_mesh):
    """Not the doors (401), not the token file, not the doors' or the bus's unix sockets."""
    where = socket_dir(door_mesh.home / "run")
    socks = [str(where / n) for n in ("openai.sock", "mcp.sock", "bus.ipc", "tools.ipc", "events.ipc")]
    assert all((Path(s).stat().st_mode & 0o777) == 0o600 for s in socks)
    got = python_as_nobody(ATTACK, str(door_mesh.gw), str(door_mesh.mcp),
                           str(door_mesh.home / "keys" / "http.token"), *socks)
    assert got == {"models": 401, "mcp": 401, "token": "PermissionError",
                   **dict.fromkeys(socks, "PermissionError")}


def test_the_owner_reaches_the_door_over_its_unix_socket(door_mesh):
    sock = socket_dir(door_mesh.home / "run") / "openai.sock"
    assert raw(door_mesh, "GET", "/v1/models", unix=str(sock))[0] == 401
    status, _, models = raw(door_mesh, "GET", "/v1/models", headers=auth(door_mesh), unix=str(sock))
    assert status == 200 and models["object"] == "list"


def test_with_the_mesh_down_the_door_says_503_and_when_to_retry(tmp_path):
    """No mesh behind the door (not started, or stopped): a clear 503 with Retry-After, not a hang."""
    home = tmp_path / "home"
    m = Mesh(home)                      # never started
    port = free_port()
    a = Adapter(m, "openai", "--port", str(port), ready_url=f"http://127.0.0.1:{port}/v1/models")
    try:
        status, headers, answer = raw(m, "POST", "/v1/chat/completions", json.dumps({"messages": HI}).encode(),
                                      {**auth(m), "Content-Type": "application/json"}, port=port)
        assert status == 503 and answer["error"]["code"] == "unavailable" and int(headers["retry-after"]) >= 1
    finally:
        a.stop()
