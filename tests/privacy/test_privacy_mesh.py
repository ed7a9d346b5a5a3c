"""The privacy actor through a real mesh (``enclave up``), as the issue's "done means" describes it.

One mesh for the module (bus, privacy, context, router) in a fake user's home: HOME, USER and
LOGNAME name a user that exists only here, and the data dir sits where it would for that user
(``~/.local/share/enclave``), so every path the mesh logs is under the home being anonymized.
Secrets are synthetic (format-valid, from the corpus generator).
"""
from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

import pytest

from meshutil import Mesh
from benchmarks import privacy_corpus as corpus
from actors.shared import seal
from bus.tool import ToolPeer
from protocol import Code, ProtocolError

USER = "qorvath"
MARKER = re.compile(r"<([a-z_]+)_(\d+)>")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("privacy-mesh")
    home = root / "users" / USER
    data = home / ".local" / "share" / "enclave"
    (home / ".ssh").mkdir(parents=True)
    rng = random.Random(4)
    key_file = home / ".ssh" / "id_ed25519"
    planted = corpus.positive("private_key_openssh", rng).secrets[0]
    key_file.write_text(planted)
    config = {"tools": {"secretive": {"integration_type": "standard",
                                      "features": {"context_sync": True, "command_integration": True},
                                      "privacy": {"data_sharing": "none", "context_access": "limited"}}}}
    mesh = Mesh(data, only=["bus", "privacy", "context", "router"], config=config,
                env={"HOME": str(home), "USER": USER, "LOGNAME": USER})
    mesh.start()
    try:
        yield {"mesh": mesh, "home": home, "data": data, "key_file": key_file, "planted": planted, "root": root}
    finally:
        mesh.stop()


def secrets_context(home: Path, rng: random.Random) -> tuple[str, dict]:
    values = {
        "aws": corpus.positive("aws_access_key_id", rng).secrets[0],
        "github": corpus.positive("github_pat", rng).secrets[0],
        "password": corpus.positive("postgres_url", rng).secrets[0],
    }
    pem = corpus.positive("private_key_rsa", rng)
    values["pem_lines"] = list(pem.secrets)
    text = "\n".join([
        f"Deploy notes by {USER}:",
        f"aws_access_key_id = {values['aws']}",
        f"export GITHUB_TOKEN={values['github']}",
        f"DATABASE_URL=postgresql://app:{values['password']}@db.internal:5432/app",
        "deploy key:", pem.text,
        f"settings live in {home}/projects/api/settings.py",
        f"the same key again: {values['aws']}",
    ])
    return text, values


def needles(values: dict, home: Path) -> list[str]:
    return [values["aws"], values["github"], values["password"], *values["pem_lines"], str(home)]


def grep_files(root: Path, patterns: list[str], patfile: Path) -> list[str]:
    """``grep -r`` (fixed strings, binary files as text, sockets skipped): the files holding any."""
    patfile.write_text("\n".join(patterns) + "\n")
    out = subprocess.run(["grep", "-rlaF", "-D", "skip", "-f", str(patfile), str(root)],
                         capture_output=True, text=True)
    assert out.returncode in (0, 1), out.stderr
    return out.stdout.split()


def test_done_means_a_context_comes_out_replaced_readable_and_stable(world):
    mesh, home = world["mesh"], world["home"]
    text, values = secrets_context(home, random.Random(11))
    reply = mesh.request("privacy.sanitize", {"data": {"source": "editor", "kind": "note", "content": text,
                                                       "metadata": {"file": f"{home}/projects/api/notes.md"}},
                                              "source": "editor", "destination": "context_store",
                                              "session": "s-done"})
    assert not reply.get("blocked")
    out = reply["data"]["content"]
    for value in needles(values, home):
        assert value not in out and value not in str(reply["data"])
    assert USER not in str(reply["data"])
    kinds = [k for k, _ in MARKER.findall(out)]
    assert "aws_access_key" in kinds and "user" in kinds, out
    assert "~/projects/api/settings.py" in out and reply["data"]["metadata"]["file"] == "~/projects/api/notes.md"
    assert re.search(r"<private_key_\d+>", out)
    aws_markers = re.findall(r"<aws_access_key_\d+>", out)
    assert len(aws_markers) == 2 and aws_markers[0] == aws_markers[1]      # same value, same pseudonym
    assert {"secret", "pii", "user-path"} <= set(reply["labels"])
    # stable across calls of one session; a different session numbers afresh
    again = mesh.request("privacy.sanitize", {"data": f"x {values['aws']}", "source": "editor",
                                              "destination": "context_store", "session": "s-done"})
    assert aws_markers[0] in again["data"]
    # the seal covers exactly the returned record: the context store accepts it, and nothing else
    key = seal.load_or_create_key(world["data"] / "keys" / "seal.key")
    assert seal.verify(key, reply["data"], reply["seal"])
    assert not seal.verify(key, {**reply["data"], "kind": "edit"}, reply["seal"])
    stored = mesh.request("context.preserve", {"record": reply["data"], "seal": reply["seal"]})
    assert stored["id"]


def test_done_means_nothing_of_it_anywhere_on_disk_after_the_router_stored_it(world):
    mesh, home, data = world["mesh"], world["home"], world["data"]
    text, values = secrets_context(home, random.Random(12))
    with ToolPeer("editor", endpoint=mesh.endpoints.tools,
                  features={"context_sync": True, "command_integration": True}) as peer:
        cid = peer.preserve(text, kind="note", project="api", path=f"{home}/projects/api/notes.md")
        got = peer.request("context.get", {"id": cid})
        peer.query("deploy notes")
    record = got.get("context", got)
    content = record["content"] if isinstance(record, dict) and "content" in record else str(got)
    assert "<aws_access_key_" in content and values["aws"] not in content
    hits = grep_files(data, needles(values, home) + [USER], world["root"] / "patterns.txt")
    assert hits == [], hits
    # and the grep itself finds what is there: the record's pseudonym is stored
    assert grep_files(data, ["<aws_access_key_"], world["root"] / "patterns2.txt")


def test_a_file_under_dot_ssh_is_refused_before_it_is_read(world):
    mesh, key_file = world["mesh"], world["key_file"]
    for path in (str(key_file), "~/.ssh/id_ed25519"):
        with pytest.raises(ProtocolError) as e:
            mesh.request("privacy.sanitize", {"data": "harmless text", "source": "editor",
                                              "destination": "context_store", "path": path})
        assert e.value.code == Code.FORBIDDEN and "~/.ssh" in e.value.message
    verdict = mesh.request("privacy.check_path", {"path": str(key_file)})
    assert verdict == {"allowed": False, "rule": "protected_paths: ~/.ssh"}
    assert mesh.request("privacy.check_path", {"path": str(world["home"] / "projects" / "a.py")})["allowed"]
    # through the router, as a tool would send it: refused, and the planted key is nowhere
    with ToolPeer("editor2", endpoint=mesh.endpoints.tools, features={"context_sync": True}) as peer:
        with pytest.raises(ProtocolError) as e:
            peer.preserve(world["planted"], kind="file", path=str(key_file))
    assert e.value.code == Code.FORBIDDEN
    assert grep_files(world["data"], [world["planted"]], world["root"] / "patterns3.txt") == []


def _pseudonymize(mesh, tool: str, session: str, value: str) -> str:
    reply = mesh.request("privacy.sanitize", {"data": f"use {value} to deploy", "source": tool,
                                              "destination": "local_model", "session": session})
    assert value not in reply["data"] and reply["verdict"] == "pseudonymize"
    return reply["data"]


def test_restore_for_an_allowed_tool_and_refused_otherwise(world):
    mesh = world["mesh"]
    value = corpus.positive("aws_access_key_id", random.Random(21)).secrets[0]
    masked = _pseudonymize(mesh, "editor", "v-editor", value)
    marker = MARKER.search(masked).group(0)
    back = mesh.request("privacy.restore", {"data": f"Sure: {marker} is set.", "session": "v-editor",
                                            "tool": "editor"})
    assert back == {"data": f"Sure: {value} is set.", "restored": 1}
    assert mesh.request("sys.status", {}, target="privacy")["details"]["sessions"] >= 1
    refusals = [
        {"session": "v-editor", "tool": "editor", "data_sharing": "none"},   # the router says none
        {"session": "v-editor", "tool": "other"},                          # not the session's tool
        {"session": "v-unknown", "tool": "editor"},                         # no such session
    ]
    masked2 = _pseudonymize(mesh, "secretive", "v-secretive", value)
    refusals += [{"session": "v-secretive", "tool": "secretive"},          # configured data_sharing none
                 {"session": "v-secretive", "tool": "secretive", "data_sharing": "full"}]  # cannot ask more
    for body in refusals:
        with pytest.raises(ProtocolError) as e:
            mesh.request("privacy.restore", {"data": masked2, **body})
        assert e.value.code in (Code.FORBIDDEN, Code.NOT_FOUND), body


def test_streamed_restore_joins_a_pseudonym_split_across_tokens(world):
    mesh = world["mesh"]
    rng = random.Random(22)
    value = corpus.positive("github_pat", rng).secrets[0]
    marker = MARKER.search(_pseudonymize(mesh, "editor", "v-stream", value)).group(0)
    answer = f"Set the token {marker} in CI, then {marker}."
    cuts = sorted(rng.sample(range(1, len(answer)), 12)) + [marker_cut(answer, marker)]
    tokens = [answer[a:b] for a, b in zip([0, *sorted(set(cuts))], [*sorted(set(cuts)), len(answer)])]
    pieces, restored = [], 0
    for i, tok in enumerate(tokens):
        reply = mesh.request("privacy.restore", {"data": tok, "session": "v-stream", "tool": "editor",
                                                 "stream": "st-1", "final": i == len(tokens) - 1})
        assert "<github" not in reply["data"] and "_1>" not in reply["data"]   # never half a pseudonym
        pieces.append(reply["data"])
        restored += reply["restored"]
    assert "".join(pieces) == answer.replace(marker, value) and restored == 2
    assert mesh.request("sys.status", {}, target="privacy")["details"]["streams"] == 0   # dropped on final


def marker_cut(answer: str, marker: str) -> int:
    """A cut inside the first pseudonym, so at least one is split across tokens."""
    return answer.index(marker) + len(marker) // 2


def test_structured_data_blocked_whole_and_fail_closed(world):
    mesh = world["mesh"]
    value = corpus.positive("aws_access_key_id", random.Random(23)).secrets[0]
    # a secret may not go to a remote tool at all: blocked, nothing of the record comes back
    reply = mesh.request("privacy.sanitize", {"data": {"a": ["x", {"b": value}]}, "source": "editor",
                                              "destination": "remote_tool"})
    assert reply["blocked"] and reply.get("data") is None and "secret" in reply["reason"]
    # a key that carries a secret is sanitized like a value; numbers and nesting are kept
    reply = mesh.request("privacy.sanitize", {"data": {value: [1, 2.5, True, None]}, "source": "editor",
                                              "destination": "context_store"})
    assert list(reply["data"].values()) == [[1, 2.5, True, None]] and value not in str(reply["data"])
    # what cannot be checked is blocked, never passed: bytes, nesting past the limit
    deep: list = ["x"]
    for _ in range(80):
        deep = [deep]
    for data in (b"raw" + value.encode(), {"k": deep}):
        reply = mesh.request("privacy.sanitize", {"data": data, "source": "editor",
                                                  "destination": "local_tool"})
        assert reply["blocked"] and reply.get("data") is None
    # a failure inside the handler (a NaN cannot be sealed for the store) blocks, never passes
    reply = mesh.request("privacy.sanitize", {"data": {"content": f"k {value}", "score": float("nan")},
                                              "source": "editor", "destination": "context_store"})
    assert reply["blocked"] and reply.get("data") is None and "SealError" in reply["reason"]
    status = mesh.request("sys.status", {}, target="privacy")["details"]
    assert status["errors"] >= 1
    assert status["sanitizations"] >= 3 and status["blocks"] >= 3


def test_scan_and_flow_over_the_bus(world):
    mesh = world["mesh"]
    value = corpus.positive("github_pat", random.Random(24)).secrets[0]
    text = f"token={value}"
    reply = mesh.request("privacy.scan", {"text": text})
    assert value not in str(reply)
    [f] = [f for f in reply["findings"] if f["label"] == "secret"]
    assert text[f["start"]:f["end"]].endswith(value[-8:]) and reply["labels"] == ["secret"]
    # the flow policy decides per destination: a secret never leaves for a remote tool ...
    out = mesh.request("privacy.sanitize", {"data": text, "source": "editor", "destination": "remote_tool"})
    assert out["blocked"] is True and out["data"] is None and value not in str(out)
    # ... while public text passes as it is
    out = mesh.request("privacy.sanitize", {"data": "the build is green", "source": "editor",
                                            "destination": "remote_tool"})
    assert not out["blocked"] and out["data"] == "the build is green"


def test_logs_never_carry_a_secret_an_actor_was_given(world):
    """A real path: the router logs every tool registration with the tool's name — and a tool may
    name itself after a key. The log line is written, redacted; the key is in no file."""
    mesh, data = world["mesh"], world["data"]
    rng = random.Random(25)
    names = [corpus.positive("aws_access_key_id", rng).secrets[0], corpus.positive("github_pat", rng).secrets[0]]
    for name in names:
        with pytest.raises(ProtocolError) as refused:   # other tools would see the name: refused
            ToolPeer(name, endpoint=mesh.endpoints.tools, features={"context_sync": True}).register()
        assert refused.value.code.value == "invalid" and refused.value.field == "body.name"
    router_log = (data / "logs" / "router.log").read_text()
    assert "<redacted:" in router_log      # the refusals were logged ...
    assert grep_files(data, names, world["root"] / "patterns4.txt") == []   # ... and nothing kept the names


def test_the_owner_cli_scans_and_sanitizes_and_never_reads_a_protected_file(world):
    mesh, home = world["mesh"], world["home"]
    text, values = secrets_context(home, random.Random(26))
    out = mesh.cli("privacy", "sanitize", "-", input=text)
    assert out.returncode == 0, out.stderr
    assert all(v not in out.stdout for v in needles(values, home)) and "<aws_access_key_" in out.stdout
    out = mesh.cli("privacy", "scan", "-", input=text)
    assert out.returncode == 0 and "aws_access_key_id" in out.stdout and values["aws"] not in out.stdout
    out = mesh.cli("privacy", "sanitize", str(world["key_file"]))
    assert out.returncode != 0 and "protected" in out.stderr and world["planted"] not in out.stdout + out.stderr
    assert mesh.cli("privacy", "check-path", "~/.ssh/config").returncode != 0
