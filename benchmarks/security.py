"""``enclave bench security``: the privacy boundary and the transport, checked on a real mesh.

One mesh (every default process) runs in a fake user's home — HOME, USER and LOGNAME name a user
that exists only here, the data dir is ``~/.local/share/enclave`` under it — with the tcp listener
and CURVE keys configured. Then:

- tcp without CURVE and with an unknown CURVE key gets no answer (a known key does: the control);
- the data dir, the runtime dir, the socket dir and the keys are private (no group/other bits);
- unique canary secrets, the canary user name and home path go in at every entry point a tool or
  the owner has (context.preserve through the router, context.query words, llm.generate prompts,
  tool.send data, a tool named after a key, privacy.sanitize for every destination, the CLI);
  afterwards no file under the data dir (stores, logs, audit), no payload another tool received,
  no published event and no sanitized output holds any of them ("canary leaks", target 0);
- a tool cannot address an internal service (forbidden), a protected path is refused;
- every process's sockets (psutil) are bound to / connected to loopback only, and the only
  listener is the configured tcp port;
- then the doors (``security_doors``): a second HTTP caller fishing for the first one's secret, what
  a web page or a stranger can send, malformed bodies, another OS user, configured tool names without
  their token, the bounds a tool meets, a crafted backup, and the owner's wait under one tool's flood.
"""
from __future__ import annotations

import os
import platform
import random
import shutil
import stat
import tempfile
import time
from pathlib import Path

import psutil
import zmq

from .common import model_cache, private_dir, result, tool_tokens
from .harness import Mesh, free_port
from . import privacy_corpus as corpus
from bus import Client
from bus.security import ClientCurve, Keyring
from bus.tool import ToolPeer
from protocol import Code, ProtocolError

AREA = "security"
USER = "vexmorlin"          # the canary user name: an OS user that exists only in this run
# a tool may send the bus its own sys.* (ping, status); every other service is internal
INTERNAL_SERVICES = ("privacy", "context", "llm", "supervisor.main")
DESTINATIONS = ("context_store", "local_model", "local_tool", "remote_tool", "log")
FEATURES = {"context_sync": True, "command_integration": True, "pattern_learning": True}


class Canaries:
    """Unique, format-valid secrets per entry point, plus the user name and the home path."""

    def __init__(self, home: Path, seed: int = 7):
        self.rng = random.Random(seed)
        self.home = str(home)
        self.secrets: list[str] = []

    def make(self) -> dict:
        """A fresh set for one entry point: {aws, github, password, pem, text}."""
        aws = corpus.positive("aws_access_key_id", self.rng).secrets[0]
        github = corpus.positive("github_pat", self.rng).secrets[0]
        password = corpus.positive("postgres_url", self.rng).secrets[0]
        pem = corpus.positive("private_key_openssh", self.rng)
        self.secrets += [aws, github, password, *pem.secrets]
        text = "\n".join([f"notes by {USER} in {self.home}/work/api/app.py",
                          f"AWS_ACCESS_KEY_ID={aws}", f"export GITHUB_TOKEN={github}",
                          f"DATABASE_URL=postgresql://app:{password}@db.internal/app", pem.text])
        return {"aws": aws, "github": github, "password": password, "text": text}

    @property
    def all(self) -> list[str]:
        return [*self.secrets, USER, self.home]

    def found_in(self, data) -> int:
        blob = data if isinstance(data, (bytes, bytearray)) else str(data).encode("utf-8", "replace")
        return sum(1 for c in self.all if c.encode() in blob)


def _files_leaks(root: Path, canaries: Canaries) -> tuple[int, list[str]]:
    """Canary occurrences in every file (content and name) under ``root``; sockets are skipped."""
    leaks, where = 0, []
    for path in root.rglob("*"):
        try:
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
        except OSError:
            continue
        n = canaries.found_in(data) + canaries.found_in(str(path.relative_to(root)))
        if n:
            leaks += n
            where.append(str(path.relative_to(root)))
    return leaks, where


def _install_model(data: Path) -> str | None:
    """Register the cached SmolLM2 (if this machine has it) so llm.generate really runs."""
    cache = model_cache()
    gguf = cache / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not gguf.is_file():
        return None
    from actors.llm.store import ModelStore
    (data / "models").mkdir(parents=True, exist_ok=True)
    ModelStore(data / "models").add(gguf, name="smollm2", roles=("light", "primary"))
    return "smollm2"


def _no_answer(endpoint: str, curve=None) -> bool:
    """True if a request over ``endpoint`` gets no reply at all (refused at the handshake)."""
    c = Client(endpoint, source="intruder", curve=curve)
    try:
        c.request("sys.ping", {}, target="bus", timeout=1.5)
        return False
    except ProtocolError:
        return True
    finally:
        c.close()


def _modes(data: Path, mesh: Mesh) -> tuple[list[str], list[str]]:
    """(paths another user can reach, paths with loose modes behind a private directory) among the
    data dir, runtime and socket dirs, keys, logs, the audit trail and the sockets."""
    paths = [data, data / "run", mesh.endpoints.sockets[0].parent, data / "keys", data / "logs",
             data / "audit" / "privacy", *mesh.endpoints.sockets, *(data / "keys").rglob("*secret*"),
             data / "keys" / "seal.key", *(data / "audit").rglob("*.jsonl"), *(data / "logs").glob("*.log")]
    reachable, loose = [], []
    for p in dict.fromkeys(paths):
        if not p.exists():
            continue
        mode = stat.S_IMODE(p.stat().st_mode)
        if not mode & 0o077:
            continue
        row = f"{p.relative_to(data) if p.is_relative_to(data) else p} {oct(mode)}"
        # another user gets in only if every directory above lets them pass (o+x / g+x)
        if all(stat.S_IMODE(a.stat().st_mode) & 0o011 for a in p.parents if a != Path("/")):
            reachable.append(row)
        else:
            loose.append(row)
    return reachable, loose


def _inet_sockets(pids: list[int], allowed_ports: set[int]) -> tuple[int, int, list[str]]:
    """(inet sockets seen, violations, details): non-loopback addresses or unexpected listeners."""
    seen, bad = 0, []
    for pid in pids:
        try:
            conns = psutil.Process(pid).net_connections(kind="inet")
        except psutil.Error:
            continue
        for c in conns:
            seen += 1
            addrs = [a for a in (c.laddr, c.raddr) if a]
            if any(not _loopback(a.ip) for a in addrs):
                bad.append(f"pid {pid}: {c.laddr} -> {c.raddr}")
            elif c.status == psutil.CONN_LISTEN and c.laddr.port not in allowed_ports:
                bad.append(f"pid {pid}: unexpected listener {c.laddr}")
    return seen, len(bad), bad


def _loopback(ip: str) -> bool:
    return ip.startswith("127.") or ip in ("::1", "::ffff:127.0.0.1") or ip.startswith("::ffff:127.")


def _mesh_pids(mesh: Mesh) -> list[int]:
    return [mesh.proc.pid, *mesh.all_pids()] if mesh.proc else []


def run(quick: bool = False) -> dict:
    root = Path(tempfile.mkdtemp(prefix="enclave-bench-security-"))
    try:
        return _run(quick, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _run(quick: bool, root: Path) -> dict:
    home = root / "users" / USER
    data = home / ".local" / "share" / "enclave"
    # the fake home is under /tmp: every level above the data dir is private, or the mesh refuses to
    # put its sockets there (another user could swap them); the data dir itself is the mesh's to make
    private_dir(data.parent)
    (home / ".ssh").mkdir()
    canaries = Canaries(home)
    ssh_key = home / ".ssh" / "id_ed25519"
    ssh_key.write_text(canaries.make()["text"])        # planted: must never be read
    keys = Keyring(data / "keys")
    keys.new_client("laptop")
    port = free_port()
    tcp_conf = {"enabled": True, "host": "127.0.0.1", "port": port}
    listeners = {port}
    config = {"bus": {"tcp": tcp_conf},
              "tools": {"receiver": {"integration_type": "standard", "features": FEATURES,
                                     "privacy": {"data_sharing": "filtered", "context_access": "limited"}}}}
    model = _install_model(data)
    env = {"HOME": str(home), "USER": USER, "LOGNAME": USER}
    results = []
    t0 = time.monotonic()
    mesh = Mesh(data, config=config, env=env)
    tool_tokens(data, config["tools"])      # the configured receiver's credential (`enclave tools add`)
    mesh.start(timeout=90)
    try:
        tcp = mesh.endpoints.tcp_tools
        # ---- transport ----------------------------------------------------------------------------
        checks = [_no_answer(tcp)]
        stranger = zmq.curve_keypair()
        checks.append(_no_answer(tcp, ClientCurve(stranger[0], stranger[1], keys.server_public())))
        with ToolPeer("laptop", endpoint=tcp, curve=keys.client_curve("laptop"), features=FEATURES) as laptop:
            known_ok = laptop.info is not None or bool(laptop.register())
        results.append(result("tcp without CURVE / unknown key: refused", sum(checks), f"of {len(checks)}",
                              target=f"{len(checks)} of {len(checks)}, and the known key answered",
                              passed=all(checks) and known_ok))

        # ---- canaries at every entry point --------------------------------------------------------
        received: list = []        # payloads other tools got, and outputs handed back to callers
        outputs: list = []
        entry_points = 0
        accepted = 0               # entry points that took the data (so 0 leaks is not 0 tries)
        generated = 0
        from bus.client import Subscriber
        events = Subscriber(mesh.endpoints.events, ("",))     # every event any subscriber could see
        with ToolPeer("receiver", endpoint=mesh.endpoints.tools, features=FEATURES, home=data) as receiver, \
                ToolPeer("sender", endpoint=mesh.endpoints.tools, features=FEATURES) as sender:
            inbox = receiver.inbox(timeout=2.0)
            # context.preserve through the router (content, metadata, a path under the home)
            c = canaries.make()
            accepted += bool(sender.preserve(c["text"], kind="note", project="api",
                                             path=f"{home}/work/api/app.py", note=c["github"]))
            entry_points += 1
            # tool.send to another tool
            c = canaries.make()
            accepted += sender.send("receiver", {"text": c["text"], c["aws"]: [c["password"]]}, topic="share") > 0
            entry_points += 1
            # a query's words reach the store's index
            c = canaries.make()
            outputs.append(sender.query(c["text"][:200]))
            accepted += 1
            entry_points += 1
            # llm.generate prompts (with a model if this machine has one cached)
            c = canaries.make()
            try:
                for part in sender.stream("llm.generate", {"prompt": f"Repeat: {c['text']}", "max_tokens": 24}):
                    generated += 1
                accepted += 1
            except ProtocolError:
                pass
            entry_points += 1
            # a tool named after a key: other tools would see the name, so the router refuses it
            # (and logs the refusal, redacted) -- the canary must still be in no file afterwards
            c = canaries.make()
            try:
                with ToolPeer(c["aws"], endpoint=mesh.endpoints.tools, features=FEATURES) as named:
                    accepted += bool(named.preserve("hello", kind="note"))
            except ProtocolError as e:
                if e.code.value != "invalid":
                    raise
            entry_points += 1
            for delivery in inbox:
                received.append(delivery)
                break
        # privacy.sanitize for every destination (the owner's endpoint)
        for dest in DESTINATIONS:
            c = canaries.make()
            reply = mesh.request("privacy.sanitize", {"data": {"t": c["text"], "k": [c["aws"]]}, "source": "bench",
                                                      "destination": dest, "session": "bench"})
            outputs.append(reply.get("data"))
            accepted += not reply.get("blocked")
            entry_points += 1
        # the CLI: preserve from stdin, sanitize, scan
        for args in (("context", "preserve", "-"), ("privacy", "sanitize", "-"), ("privacy", "scan", "-")):
            c = canaries.make()
            out = mesh.cli(*args, input=c["text"] + "\n")
            outputs.append(out.stdout + out.stderr)
            accepted += out.returncode == 0
            entry_points += 1
        time.sleep(0.5)                              # let logs and background work land
        published = []
        while (got := events.recv(timeout=0.2)) is not None:
            published.append(got)
        events.close()
        received += published
        file_leaks, in_files = _files_leaks(data, canaries)
        payload_leaks = sum(canaries.found_in(p) for p in received)
        output_leaks = sum(canaries.found_in(o) for o in outputs)
        leaks = file_leaks + payload_leaks + output_leaks
        where = in_files + [f"event {p[0]}" if p in published else "tool payload"
                            for p in received if canaries.found_in(p)]
        where += ["an output" for o in outputs if canaries.found_in(o)]
        results.append(result("canary leaks", leaks, "count",
                              target=f"0 (files under the data dir, logs, audit, events, payloads, outputs; "
                                     f"{entry_points} entry points)" + (f"; in {', '.join(where[:6])}" if where else ""),
                              passed=leaks == 0))
        results.append(result("canary leaks in files", file_leaks, "count",
                              target="0" + (f" (in {', '.join(in_files[:4])})" if in_files else ""),
                              passed=file_leaks == 0))
        results.append(result("entry points that took canary data", accepted, f"of {entry_points}",
                              target=f">= {entry_points - 2} (remote_tool blocks secrets; a secret tool name is refused); "
                                     f"{len(received) - len(published)} payload(s) seen by the receiver, "
                                     f"{len(published)} events, {generated} generate parts",
                              passed=accepted >= entry_points - 2 and len(received) > len(published)))

        # ---- a tool may address only the router ---------------------------------------------------
        raw = Client(mesh.endpoints.tools, source="intruder")
        reached = 0
        try:
            for service in INTERNAL_SERVICES:
                kind = {"privacy": "privacy.check_path", "context": "context.get"}.get(service, "sys.status")
                body = {"path": "/tmp/x"} if service == "privacy" else ({"id": "x"} if service == "context" else {})
                try:
                    raw.request(kind, body, target=service, timeout=3)
                    reached += 1
                except ProtocolError as e:
                    reached += e.code != Code.FORBIDDEN
        finally:
            raw.close()
        results.append(result("internal services a tool reached", reached, f"of {len(INTERNAL_SERVICES)}",
                              target="0 (forbidden)", passed=reached == 0))

        # ---- protected paths ----------------------------------------------------------------------
        refused_paths = 0
        with ToolPeer("editor", endpoint=mesh.endpoints.tools, features=FEATURES) as editor:
            for path in (ssh_key, home / ".aws" / "credentials", home / "work" / ".env"):
                try:
                    editor.preserve("x", kind="file", path=str(path))
                except ProtocolError as e:
                    refused_paths += e.code == Code.FORBIDDEN
        results.append(result("protected-path reads refused", refused_paths, "of 3", target="3 of 3",
                              passed=refused_paths == 3))

        # ---- sockets beyond loopback --------------------------------------------------------------
        seen, bad, details = _inet_sockets(_mesh_pids(mesh), listeners)
        results.append(result("sockets beyond loopback or unexpected listeners (tcp configured)", bad, "count",
                              target=f"0 ({seen} inet sockets; listeners only on {sorted(listeners)})"
                              + (f" {details[:3]}" if details else ""), passed=bad == 0))
        reachable, loose = _modes(data, mesh)
        results.append(result("data/runtime/socket/key paths another user can reach", len(reachable), "count",
                              target="0" + (f" {reachable[:3]}" if reachable else ""), passed=not reachable))
        results.append(result("paths with group/other bits behind a private dir", len(loose), "count",
                              target="reported" + (f" {loose[:3]}" if loose else ""), passed=None))
    finally:
        mesh.stop()

    # the default mesh (no tcp configured): no inet socket at all
    plain_home = private_dir(root / "plain")
    with Mesh(plain_home, only=["bus", "privacy", "router"] if quick else None, env=env) as plain:
        plain.request("sys.ping", {}, target="privacy")
        seen, bad, details = _inet_sockets(_mesh_pids(plain), set())
    results.append(result("inet sockets with no tcp configured", seen, "count",
                          target="0" + (f" {details[:3]}" if details else ""), passed=seen == 0))
    from .security_doors import run_doors
    results += run_doors(root, quick, model)
    results.append(result("security run wall time", time.monotonic() - t0, "s", target="reported",
                          passed=None))
    return {"area": AREA, "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                      "model": model or "none cached: llm.generate answered without one"},
            "results": results}


if __name__ == "__main__":
    import json
    import sys
    from .common import table
    res = run(quick="--quick" in sys.argv)
    print(json.dumps(res, indent=1) if "--json" in sys.argv else table(res))
