"""The doors of ``enclave bench security``: what a second caller of an HTTP door, a web page, another
OS user, a process posing as a configured tool, a crafted backup and a flooding tool can get.

Each check counts what got through (the target is 0) beside a control that shows the same path works
for the rightful caller, so a 0 cannot come from a door that serves nobody. The flood is the one
timing: the owner's ``llm.generate`` (what ``enclave ask`` sends) on an idle model, then while one
tool keeps as many generations going as it can; the idle run is the anchor.
"""
from __future__ import annotations

import http.client
import io
import json
import os
import random
import re
import shutil
import socket
import tarfile
import threading
import time
from pathlib import Path

import psutil

from bus.addresses import UnsafeDirectory, ensure_socket_dir, socket_dir
from bus.tool import ToolPeer
from protocol import ProtocolError

from . import privacy_corpus as corpus
from .common import http_token, percentile, private_dir, result, tool_tokens
from .harness import Adapter, Mesh, free_port

MARKER = re.compile(r"<[a-z][a-z0-9_]*_[0-9]+>")
CORE = ["bus", "privacy", "context", "router"]
FEATURES = {"context_sync": True, "command_integration": True, "pattern_learning": True}
TOOLS = {"flooder": {"integration_type": "standard", "features": FEATURES,
                     "privacy": {"data_sharing": "filtered", "context_access": "limited"}}}
SECRET_TYPES = ("aws_access_key_id", "github_pat", "openai_api_key", "slack_bot_token", "stripe_secret_key",
                "postgres_url")


# ---- HTTP, exactly as sent ---------------------------------------------------------------------------
def _http(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
          timeout: float = 120) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def _chat(port: int, token: str, text: str, stream: bool = False) -> str:
    body = json.dumps({"model": "enclave", "messages": [{"role": "user", "content": text}], "stream": stream})
    status, _, raw = _http(port, "POST", "/v1/chat/completions", body.encode(),
                           {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    if status != 200:
        raise RuntimeError(f"chat answered {status}: {raw[:200]!r}")
    if not stream:
        return json.loads(raw)["choices"][0]["message"]["content"]
    out = []
    for line in raw.decode().splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices", []):
                out.append(choice.get("delta", {}).get("content") or "")
    return "".join(out)


# ---- a second caller of the same door ----------------------------------------------------------------
def _oracle(port: int, token: str, parrot, samples: list[tuple[str, str]]) -> list[dict]:
    """For each (secret, the text it came in): caller A's request is held in the model with it; caller
    B asks the model to repeat A's pseudonym (plain and streamed). Then a caller types a pseudonym
    itself. The secret travels in its container (``postgresql://user:PASSWORD@host``): a bare
    password on its own is nobody's secret to a detector."""
    stolen = own = typed_restored = tries = 0
    for secret, text in samples:
        parrot.holding.clear()
        parrot._release.clear()
        answer: dict = {}
        a = threading.Thread(target=lambda t=text: answer.setdefault("a", _chat(port, token, f"HOLD {t}")))
        a.start()
        try:
            if not parrot.holding.wait(60):
                raise RuntimeError("caller A never reached the model")
            pseudonym = MARKER.findall(parrot.seen[-1])[-1]
            for stream in (False, True):
                tries += 1
                stolen += secret in _chat(port, token, f"Repeat exactly: {pseudonym}", stream)
        finally:
            parrot.release()
            a.join(60)
        own += answer.get("a") == f"HOLD {text}"
        typed = f"{pseudonym} then {text}"
        typed_restored += _chat(port, token, typed) != typed
    n = len(samples)
    return [
        result("another caller's secret obtained through the door (oracle prompt)", stolen, f"of {tries}",
               target=f"0 (a parrot model repeats on request; {n} secret types)", passed=stolen == 0),
        result("callers that got their own secret back (control)", own, f"of {n}", target=f"{n} of {n}",
               passed=own == n),
        result("typed pseudonyms restored, or own secrets not", typed_restored, f"of {n}", target="0",
               passed=typed_restored == 0),
    ]


# ---- what a web page or a stranger can send ----------------------------------------------------------
def _guard(doors: dict[str, tuple[int, str]], token: str) -> list[dict]:
    body = json.dumps({"model": "enclave", "messages": [{"role": "user", "content": "hi"}]}).encode()
    good = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    cases = [{"Content-Type": "application/json"},                              # no credential
             {**good, "Authorization": "Bearer enc-guessed"},
             {**good, "Authorization": f"Basic {token}"},
             {**good, "Host": "attacker.example"},                               # DNS rebinding
             {**good, "Origin": "https://attacker.example"},                     # a page's fetch()
             {**good, "Origin": "null"},
             {**good, "Content-Type": "text/plain"},                             # a "simple" post
             {**good, "Content-Type": "application/x-www-form-urlencoded"}]
    served = controls = tries = 0
    for port, path in doors.values():
        for headers in cases:
            tries += 1
            served += _http(port, "POST", path, body, headers, timeout=30)[0] < 400
        status = _http(port, "GET", "/v1/models", headers=good)[0] if path.startswith("/v1") else \
            _mcp_initialize(port, token)
        controls += status == 200
    return [result("stranger or web-page requests a door served", served, f"of {tries}",
                   target=f"0 (no/wrong token, foreign Host, Origin, text/plain, form; {len(doors)} doors)",
                   passed=served == 0),
            result("the owner's requests served (control)", controls, f"of {len(doors)}",
                   target=f"{len(doors)} of {len(doors)}", passed=controls == len(doors))]


def _mcp_initialize(port: int, token: str) -> int:
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}}
    return _http(port, "POST", "/mcp", json.dumps(init).encode(), {
        "Authorization": f"Bearer {token}", "Content-Type": "application/json",
        "Accept": "application/json, text/event-stream"})[0]


# ---- bodies no client should send --------------------------------------------------------------------
def _malformed(port: int, token: str, n_random: int) -> list[dict]:
    hi = [{"role": "user", "content": "hi"}]
    fixed = [json.dumps({"messages": hi, "max_tokens": 2 ** 70}).encode(),
             json.dumps({"messages": hi, "seed": 2 ** 80}).encode(),
             json.dumps({"messages": hi, "temperature": 1e308}).encode(),
             b'{"messages": [{"role": "user", "content": "\\ud800"}]}',
             b"[" * 5000 + b"]" * 5000, b'{"messages": ', b"\xff\xfe", b"", b"null", b"[1,2]"]
    rng = random.Random(11)
    keys = ["messages", "model", "max_tokens", "stream", "stop", "seed", "role", "content", "n", "temperature"]

    makers = [lambda d: None, lambda d: True, lambda d: rng.randint(-2 ** 70, 2 ** 70),
              lambda d: rng.random() * 10.0 ** rng.randint(-5, 300),
              lambda d: "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(8))),
              lambda d: [value(d + 1) for _ in range(rng.randrange(3))],
              lambda d: {rng.choice(keys): value(d + 1) for _ in range(rng.randrange(4))},
              lambda d: {"messages": [{"role": rng.choice(["user", "x"]), "content": value(d + 1)}]}]

    def value(depth=0):
        return makers[rng.randrange(len(makers) if depth < 3 else 5)](depth)
    bodies = fixed + [json.dumps(value()).encode() for _ in range(n_random)]
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    bad = []
    for body in bodies:
        status, got, raw = _http(port, "POST", "/v1/chat/completions", body, headers)
        shaped = got.get("content-type", "").startswith("application/json") and b"Traceback" not in raw
        if status >= 500 or not shaped:
            bad.append(status)
    # 50 MB without Content-Length: cut off while reading, against 50 MB declared up front (the anchor)
    declared_s = _timed(lambda: _http(port, "POST", "/v1/chat/completions", b"{}",
                                      {**headers, "Content-Length": str(50 << 20)})[0] == 413)
    streamed_s, streamed_ok = _stream_50mb(port, token)
    return [
        result("malformed bodies answered 5xx, not JSON, or with a traceback", len(bad), f"of {len(bodies)}",
               target=f"0 ({len(fixed)} crafted: 2**70, 2**80, 1e308, lone surrogate, 5000-deep, ...; "
                      f"{n_random} random)", passed=not bad),
        result("50 MB streamed body: seconds to 413", streamed_s[0], "s", anchor="50 MB declared",
               anchor_value=declared_s[0],
               target="413 while reading, the door still answers after", passed=streamed_ok and declared_s[1]),
    ]


def _timed(fn) -> tuple[float, bool]:
    t = time.perf_counter()
    ok = fn()
    return time.perf_counter() - t, ok


def _stream_50mb(port: int, token: str) -> tuple[tuple[float, bool], bool]:
    chunk = b"x" * (1 << 20)
    t = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=120) as s:
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Transfer-Encoding: chunked\r\nAuthorization: Bearer " + token.encode() + b"\r\n\r\n")
        try:
            for _ in range(50):
                s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            pass
        try:
            reply = s.recv(64)
        except OSError:
            reply = b""
    took = time.perf_counter() - t
    alive = _http(port, "GET", "/v1/models", headers={"Authorization": f"Bearer {token}"})[0] == 200
    return (took, reply.startswith(b"HTTP/1.1 413")), alive and reply.startswith(b"HTTP/1.1 413")


# ---- another OS user ---------------------------------------------------------------------------------
ATTACK = r"""
import json, socket, sys, urllib.request, urllib.error
ports, token_file, socks = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3:]
got = 0
for port, path in ports:
    try:
        urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}{path}"), timeout=30); got += 1
    except urllib.error.HTTPError as e:
        got += e.code < 400
try:
    open(token_file).read(); got += 1
except OSError:
    pass
for sock in socks:
    try:
        socket.socket(socket.AF_UNIX).connect(sock); got += 1
    except OSError:
        pass
print(json.dumps({"got": got, "tries": len(ports) + 1 + len(socks)}))
"""


def _other_user(mesh: Mesh, doors: dict, root: Path) -> list[dict]:
    from otheruser import SYSTEM_PYTHON, as_nobody, shared_dir
    if os.geteuid() != 0 or not os.access(SYSTEM_PYTHON, os.X_OK):
        return [result("another OS user: doors, token, sockets reached", 0, "count",
                       target="not measured: needs root (setpriv) and the system python", passed=None)]
    where = socket_dir(mesh.home / "run")
    socks = [str(where / n) for n in ("openai.sock", "mcp.sock", "bus.ipc", "tools.ipc", "events.ipc")]
    out = as_nobody(SYSTEM_PYTHON, "-I", "-c", ATTACK, json.dumps(list(doors.values())),
                    str(mesh.home / "keys" / "http.token"), *socks)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    # the /tmp attack: another user makes the socket base first (open to all, or a link of theirs)
    shared = shared_dir()                       # like /tmp: sticky, open to all
    try:
        as_nobody("mkdir", "-m", "777", str(shared / "enclave-0"))
        as_nobody("mkdir", "-m", "777", str(shared / "theirs"))
        as_nobody("ln", "-s", str(shared / "theirs"), str(shared / "enclave-1"))
        refused = 0
        for planted in ("enclave-0", "enclave-1"):
            try:
                ensure_socket_dir(shared / planted / "0123456789abcdef")
            except UnsafeDirectory:
                refused += 1
    finally:
        shutil.rmtree(shared, ignore_errors=True)
    return [result("another OS user: doors, token file, sockets reached", got["got"], f"of {got['tries']}",
                   target="0 (setpriv nobody)", passed=got["got"] == 0),
            result("socket dirs another user prepared in /tmp, used", 2 - refused, "of 2",
                   target="0 (world-writable dir, symlink)", passed=refused == 2)]


# ---- a process posing as a configured tool, and what a tool may ask of the router --------------------
def _identity(mesh: Mesh, names: list[str]) -> list[dict]:
    taken = tries = 0
    for name in names:
        for token in (None, "enc-guessed"):
            tries += 1
            peer = ToolPeer(name, token=token or "", endpoint=mesh.endpoints.tools)
            try:
                peer.register()
                taken += 1
            except ProtocolError:
                pass
            finally:
                peer.close()
    with ToolPeer(names[0], home=mesh.home, endpoint=mesh.endpoints.tools) as rightful:
        control = bool(rightful.info or rightful.register())
        amplified = 0
        for kind, body in (("sys.echo", {"repeat": 10000}), ("sys.echo", {"delay_ms": 10000}),
                           ("sys.status", {}), ("sys.shutdown", {})):
            try:
                rightful.client.request(kind, body, target="router", timeout=5)
                amplified += 1
            except ProtocolError:
                pass
    stranger = ToolPeer("nobody-registered", endpoint=mesh.endpoints.tools)
    try:
        stranger.client.request("sys.echo", {"repeat": 5}, target="router", timeout=5)
        amplified += 1
    except ProtocolError:
        pass
    finally:
        stranger.close()
    return [result("configured tool names taken without their token", taken, f"of {tries}",
                   target=f"0 ({', '.join(names)}; no token, a guessed one)", passed=taken == 0),
            result("the tool with its token registered (control)", int(control), "of 1", target="1 of 1",
                   passed=control),
            result("sys.* amplification or inside view granted to tools", amplified, "of 5",
                   target="0 (echo repeat 10000 / delay 10 s, status, shutdown, echo unregistered)",
                   passed=amplified == 0)]


def _bounds(mesh: Mesh, settings: dict) -> list[dict]:
    bus_pid = mesh.pid_of("bus")
    rss0 = psutil.Process(bus_pid).memory_info().rss
    peers, registered = [], 0
    t = time.perf_counter()
    for i in range(300):
        p = ToolPeer(f"flood{i}", endpoint=mesh.endpoints.tools)
        peers.append(p)
        try:
            p.register()
            registered += 1
        except ProtocolError:
            pass
    took = time.perf_counter() - t
    grown = (psutil.Process(bus_pid).memory_info().rss - rss0) / 2 ** 20
    for p in peers:
        p.close()
    cap = settings["router"]["max_tools"]
    rows = [result("tools registered out of 300 tries", registered, "count",
                   target=f"<= {cap} (router.max_tools); {took:.1f} s, bus +{grown:.1f} MiB", passed=registered <= cap)]
    # one connection pipelining 200 slow requests: the bus keeps at most the per-peer cap in flight
    with ToolPeer("pipeliner", endpoint=mesh.endpoints.tools) as p:
        ids = [p.client.send("sys.echo", {"delay_ms": 500}, target="router", timeout=30) for _ in range(200)]
        refused = sum((r := p.client.recv(timeout=30)) is not None and r.kind == "error" and
                      r.body.get("code") == "busy" for _ in ids)
    inflight = 200 - refused
    cap = settings["bus"]["max_inflight_per_peer"]
    rows.append(result("one connection's requests taken in flight out of 200", inflight, "count",
                       target=f"<= {cap} (bus.max_inflight_per_peer)", passed=inflight <= cap))
    # writes as fast as one tool can send them, for two seconds
    with ToolPeer("writer", endpoint=mesh.endpoints.tools) as w:
        t, taken = time.monotonic(), 0
        while time.monotonic() - t < 2.0:
            try:
                w.preserve(f"note {taken}", kind="note")
                taken += 1
            except ProtocolError:
                pass
        elapsed = time.monotonic() - t
    limit = settings["router"]["write_burst"] + settings["router"]["writes_per_s"] * elapsed + 1
    rows.append(result("writes one tool got in (2 s flood)", taken, "count",
                       target=f"<= {limit:.0f} (burst + rate x time)", passed=taken <= limit))
    return rows


# ---- a crafted backup --------------------------------------------------------------------------------
def _crafted_backups(root: Path) -> list[dict]:
    from actors.context.backup import FORMAT, MANIFEST, restore
    outside = root / "outside"
    outside.mkdir()
    names = ["../outside/escape", "/tmp/enclave-bench-abs", "data/../../outside/up", "data/contexts/../../../x",
             "data/keys/http.token", "data/run/bus.ipc", "elsewhere/file"]
    kinds = ["file"] * len(names) + ["symlink", "hardlink", "device", "fifo"]
    names += ["data/contexts/link", "data/contexts/hard", "data/contexts/dev", "data/contexts/fifo"]
    refused = 0
    for i, (name, kind) in enumerate(zip(names, kinds)):
        data_dir = private_dir(root / f"restore{i}")
        archive = root / f"crafted{i}.tar"
        with tarfile.open(archive, "w") as tar:
            manifest = json.dumps({"format": FORMAT, "created": 0, "files": {name: {"size": 1}}}).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(manifest)
            tar.addfile(info, io.BytesIO(manifest))
            member = tarfile.TarInfo(name)
            if kind == "file":
                member.size = 1
                tar.addfile(member, io.BytesIO(b"x"))
            else:
                member.type = {"symlink": tarfile.SYMTYPE, "hardlink": tarfile.LNKTYPE,
                               "device": tarfile.CHRTYPE, "fifo": tarfile.FIFOTYPE}[kind]
                member.linkname = str(outside / "target")
                tar.addfile(member)
        try:
            restore(archive, data_dir)
        except Exception:           # refused, whatever the class: what matters is what was created
            refused += 1
    created = sorted(str(p) for p in outside.rglob("*")) + \
        [p for p in ("/tmp/enclave-bench-abs",) if os.path.lexists(p)]
    return [result("files a crafted backup created outside the data dir", len(created), "count",
                   target=f"0 ({len(names)} crafted members: .., absolute, links, devices, keys/, run/)",
                   passed=not created),
            result("crafted backups refused", refused, f"of {len(names)}", target=f"{len(names)} of {len(names)}",
                   passed=refused == len(names))]


# ---- the flood ---------------------------------------------------------------------------------------
def _owner_ttft(mesh: Mesh, n: int) -> list[float]:
    client = mesh.client()
    out = []
    for i in range(n):
        t = time.perf_counter()
        first = None
        for reply in client.stream("llm.generate", {"messages": [{"role": "user", "content": f"Say a word ({i})."}],
                                                    "max_tokens": 8, "temperature": 0.0}, timeout=600):
            if first is None:
                first = time.perf_counter() - t
        out.append(first * 1000)
    return out


def _flood(mesh: Mesh, quick: bool) -> list[dict]:
    """One tool keeps up to six generations going (resending as each ends, retrying after busy) while
    the owner asks; the owner's time to first token against the same asks on an idle model."""
    n = 4 if quick else 10
    _owner_ttft(mesh, 1)                                        # load the model
    idle = _owner_ttft(mesh, n)
    stop = threading.Event()
    busy = started = 0

    def flooder():
        nonlocal busy, started
        with ToolPeer("flooder", home=mesh.home, endpoint=mesh.endpoints.tools) as f:
            body = {"prompt": "Write a long story about the sea.", "max_tokens": 256, "temperature": 0.8}
            inflight = set()
            while not stop.is_set():
                while len(inflight) < 6:
                    inflight.add(f.client.send("llm.generate", body, target="router", timeout=600))
                    started += 1
                r = f.client.recv(timeout=0.5)
                if r is not None and r.final:
                    inflight.discard(r.msg_id)
                    if r.kind == "error" and r.body.get("code") == "busy":
                        busy += 1
                        stop.wait(r.body.get("retry_after_ms", 100) / 1000)
    t = threading.Thread(target=flooder, daemon=True)
    t.start()
    time.sleep(3.0)                                             # the flood is under way
    loaded = _owner_ttft(mesh, n)
    stop.set()
    t.join(60)
    p50, p50_idle = percentile(loaded, 50), percentile(idle, 50)
    worst = max(loaded)
    return [result("owner's time to first token under one tool's flood (p50)", p50, "ms",
                   anchor="idle model", anchor_value=p50_idle,
                   target=f"bounded: worst {worst:.0f} ms of {n} asks (was 92 s before fair shares); "
                          f"the flooder started {started}, {busy} told busy", passed=worst < 30_000),
            result("owner's time to first token under flood (worst)", worst, "ms", anchor="idle model (worst)",
                   anchor_value=max(idle), target="reported", passed=None)]


def run_doors(root: Path, quick: bool, model: str | None) -> list[dict]:
    from actors.shared.settings import defaults
    from parrot import Parrot
    settings = defaults()
    rows: list[dict] = []
    home = private_dir(root / "doors")
    mesh = Mesh(home, only=CORE, config={"tools": TOOLS})
    tool_tokens(home, TOOLS)
    mesh.start(timeout=90)
    doors = {"openai": (free_port(), "/v1/chat/completions"), "mcp": (free_port(), "/mcp")}
    adapters = []
    try:
        with Parrot(mesh) as parrot:
            adapters = [Adapter(mesh, "openai", "--port", str(doors["openai"][0]),
                                ready_url=f"http://127.0.0.1:{doors['openai'][0]}/v1/models"),
                        Adapter(mesh, "mcp", "--http", str(doors["mcp"][0]),
                                ready_url=f"http://127.0.0.1:{doors['mcp'][0]}/mcp")]
            token = http_token(home)
            rng = random.Random(5)
            samples = [(p.secrets[0], p.text) for p in (corpus.positive(t, rng)
                                                        for t in SECRET_TYPES[:3 if quick else None])]
            rows += _oracle(doors["openai"][0], token, parrot, samples)
            rows += _guard(doors, token)
            rows += _malformed(doors["openai"][0], token, 100 if quick else 1000)
            rows += _other_user(mesh, doors, root)
        rows += _identity(mesh, ["flooder", "cursor", "shell", "git", "openai", "mcp"])
        rows += _bounds(mesh, settings)
    finally:
        for a in adapters:
            a.stop()
        mesh.stop()
    # the door with no mesh behind it: 503 and Retry-After at once, not a hang
    down = Mesh(private_dir(root / "down"))
    port = free_port()
    a = Adapter(down, "openai", "--port", str(port), ready_url=f"http://127.0.0.1:{port}/v1/models")
    try:
        t = time.perf_counter()
        status, headers, _ = _http(port, "POST", "/v1/chat/completions", b'{"messages":[{"role":"user","content":"x"}]}',
                                   {"Authorization": f"Bearer {http_token(down.home)}",
                                    "Content-Type": "application/json"})
        took = time.perf_counter() - t
    finally:
        a.stop()
    rows.append(result("mesh down: seconds to the door's answer", took, "s",
                       target=f"503 with Retry-After (got {status}, Retry-After {headers.get('retry-after')})",
                       passed=status == 503 and bool(headers.get("retry-after"))))
    rows += _crafted_backups(root)
    if model:
        full = Mesh(private_dir(root / "flood"), config={"tools": TOOLS})
        tool_tokens(full.home, TOOLS)
        from .security import _install_model
        _install_model(full.home)
        with full:
            rows += _flood(full, quick)
    else:
        rows.append(result("owner's time to first token under one tool's flood", 0, "ms",
                           target="not measured: no model cached", passed=None))
    return rows
