"""``enclave``: the command line, a peer on the bus like any tool.

User errors are one line on stderr and a non-zero exit, never a traceback. When the mesh is not
running every command that needs it says so and how to start it (exit 3).
"""
from __future__ import annotations

import json
import sys
from typing import Any

import click

from protocol import ProtocolError

EXIT_NOT_RUNNING = 3
EXIT_REMOTE_ERROR = 1


class Mesh:
    """Lazily connects to the running mesh on the owner's internal endpoint."""

    def __init__(self):
        from actors.base import Environment
        self.env = Environment.load()
        self._client = None

    def client(self):
        if self._client is None:
            endpoint = self.env.endpoints
            sock_file = endpoint.sockets[0] if endpoint.sockets else None
            if sock_file is not None and not sock_file.exists():
                not_running(endpoint.internal)
            self._client = self.env.client("cli")
            try:
                self._client.ping("bus", timeout=1.5)
            except ProtocolError:
                not_running(endpoint.internal)
        return self._client

    def request(self, kind: str, body: Any = None, *, target: str | None = None, timeout: float = 10.0):
        try:
            return self.client().request(kind, body, target=target, timeout=timeout)
        except ProtocolError as e:
            fail(str(e))


def not_running(endpoint: str):
    click.echo(f"enclave: the mesh is not running (nothing answers at {endpoint}); start it with "
               f"`enclave up` or `honcho start`", err=True)
    sys.exit(EXIT_NOT_RUNNING)


def fail(message: str, code: int = EXIT_REMOTE_ERROR):
    click.echo(f"enclave: {message}", err=True)
    sys.exit(code)


def emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main():
    """enclave: a private, local LLM mesh."""


# ---- running the mesh ----------------------------------------------------------------------------
@main.command()
@click.option("--only", multiple=True, help="Run only these processes (repeatable).")
def up(only):
    """Run the bus and every actor under one supervisor (the embedded default). Ctrl-C stops it."""
    from actors import registry
    from actors.base import Environment
    from actors.shared import config as cfg
    from actors.supervisor.keeper import keep
    env = Environment.load()
    names = list(only) or list(cfg.section(env.config, "supervisor").get("children", list(registry.PROCESSES)))
    table = registry.known(env.config)
    unknown = [n for n in names if n not in table]
    if unknown:
        fail(f"unknown process {', '.join(unknown)}; known: {', '.join(table)}", 2)
    _refuse_second_bus(env, names)
    sys.exit(keep("main", names))


@main.command()
@click.argument("name")
def run(name):
    """Run one process NAME under its own supervisor (one Procfile line)."""
    from actors import registry
    from actors.base import Environment
    from actors.supervisor.keeper import keep
    env = Environment.load()
    if name not in registry.known(env.config):
        fail(f"unknown process {name!r}; known: {', '.join(registry.known(env.config))}", 2)
    _refuse_second_bus(env, [name])
    sys.exit(keep(name, [name]))


def _refuse_second_bus(env, names) -> None:
    if "bus" not in names:
        return
    sock = env.endpoints.sockets[0] if env.endpoints.sockets else None
    if sock is None or not sock.exists():
        return
    try:
        with env.client("cli") as c:
            pid = c.ping("bus", timeout=0.5)["pid"]
    except ProtocolError:
        return
    fail(f"a mesh is already running here (bus pid {pid}); stop it first or set ENCLAVE_HOME", 2)


@main.command()
def down():
    """Stop a running mesh (every supervisor)."""
    mesh = Mesh()
    for sup in _supervisors(mesh):
        mesh.request("sys.shutdown", {}, target=sup)
        click.echo(f"stopping {sup}")


# ---- talking to it -------------------------------------------------------------------------------
@main.command()
@click.argument("service", default="bus")
@click.option("--timeout", default=3.0, show_default=True)
def ping(service, timeout):
    """Exit 0 when SERVICE (default: the bus) answers."""
    mesh = Mesh()
    reply = mesh.request("sys.ping", {}, target=service, timeout=timeout)
    click.echo(f"{reply['service']} pid {reply['pid']} up {reply['uptime_s']:.1f}s (protocol {reply['version']})")


def _supervisors(mesh: Mesh) -> list[str]:
    services = mesh.request("sys.status", {}, target="bus")["details"]["services"]
    return [s["name"] for s in services if s["name"].startswith("supervisor.") and s["workers"]]


def collect_status(mesh: Mesh) -> dict:
    bus = mesh.request("sys.status", {}, target="bus")
    processes = []
    for sup in _supervisors(mesh):
        try:
            processes += mesh.client().request("sys.status", {}, target=sup, timeout=3)["details"]["processes"]
        except ProtocolError as e:
            processes.append({"name": sup, "state": f"unreachable ({e.code.value})"})
    # model workers and other processes an actor manages itself report under details.processes too
    for svc in bus["details"]["services"]:
        if svc["name"].startswith("supervisor.") or not svc["workers"] or svc["name"] == "bus":
            continue
        try:
            details = mesh.client().request("sys.status", {}, target=svc["name"], timeout=3)["details"]
        except ProtocolError:
            continue
        processes += details.get("processes", [])
    bus_row = {"name": "bus", "pid": bus["pid"], "uptime_s": bus["uptime_s"]}
    for p in processes:
        if p.get("name") == "bus":
            p.update(bus_row)
    services = [{"name": s["name"], "workers": s["workers"], "queued": s["queued"],
                 "inflight": s["inflight"]} for s in bus["details"]["services"]]
    return {"processes": processes, "services": services}


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def status(as_json):
    """Every process and every service of the running mesh."""
    st = collect_status(Mesh())
    if as_json:
        return emit_json(st)
    click.echo(f"{'PROCESS':<24}{'PID':>8}{'STATE':>12}{'UPTIME':>10}{'RESTARTS':>10}{'CPU%':>7}{'RSS':>10}"
               f"  NOTE")
    for p in st["processes"]:
        note = ""
        if p.get("model"):   # a model worker: which model, and whether the CPU budget holds it back
            note = f"model {p['model']}" + (", throttled" if p.get("throttled") else "")
        click.echo(f"{p.get('name', '?'):<24}{str(p.get('pid') or '-'):>8}{p.get('state', '?'):>12}"
                   f"{p.get('uptime_s', 0):>9.1f}s{p.get('restarts', 0):>10}{p.get('cpu_percent', 0):>7.1f}"
                   f"{_mb(p.get('rss_bytes', 0)):>10}  {note}")
    click.echo(f"\n{'SERVICE':<24}{'WORKERS':>8}{'QUEUED':>8}{'INFLIGHT':>10}")
    for s in st["services"]:
        click.echo(f"{s['name']:<24}{s['workers']:>8}{s['queued']:>8}{s['inflight']:>10}")


def _mb(n) -> str:
    return f"{(n or 0) / 1048576:.0f}M"


@main.command()
@click.argument("kind")
@click.option("--body", default="{}", help="The body as JSON.")
@click.option("--target", default=None, help="Service to address (default: the kind's service).")
@click.option("--stream", is_flag=True, help="Print partial replies as they come.")
@click.option("--timeout", default=30.0, show_default=True)
def send(kind, body, target, stream, timeout):
    """Send one message; print each reply as a JSON line."""
    try:
        data = json.loads(body)
    except json.JSONDecodeError as e:
        fail(f"--body is not valid JSON: {e.msg} at column {e.colno}", 2)
    mesh = Mesh()
    client = mesh.client()
    try:
        for reply in client.stream(kind, data, target=target, timeout=timeout):
            if stream or reply.final:
                emit_json({"kind": reply.kind, "final": reply.final, "body": reply.body})
    except ProtocolError as e:
        emit_json({"kind": "error", "final": True, "body": e.to_body()})
        sys.exit(EXIT_REMOTE_ERROR)


# ---- protocol and keys ---------------------------------------------------------------------------
@main.group()
def protocol():
    """The message protocol."""


@protocol.command()
def schema():
    """Print the JSON Schema of the envelope and of every kind's bodies."""
    from protocol.schema import json_schema
    click.echo(json.dumps(json_schema(), indent=2))


@protocol.command()
def kinds():
    """Print the kinds table (Markdown)."""
    from protocol.schema import kinds_markdown
    click.echo(kinds_markdown())


@protocol.command()
@click.option("--write", is_flag=True, help="Rewrite protocol/PROTOCOL.md in place.")
def doc(write):
    """Print the protocol document with its kinds table regenerated."""
    from protocol.schema import DOC, render_doc
    text = render_doc()
    if write:
        DOC.write_text(text)
    else:
        click.echo(text)


@main.group()
def keys():
    """CURVE keys for tcp peers: the server keypair and the client allowlist."""


def _keyring():
    from actors.shared.paths import Paths
    from bus.security import Keyring
    return Keyring(Paths.from_env().ensure().keys)


@keys.command("init")
def keys_init():
    """Create the server keypair (once)."""
    path = _keyring().init()
    click.echo(f"server public key: {path}")


@keys.command("new")
@click.argument("name")
def keys_new(name):
    """Create a client keypair NAME and allow it."""
    try:
        secret = _keyring().new_client(name)
    except (ValueError, FileExistsError) as e:
        fail(str(e), 2)
    click.echo(f"client {name}: secret key file {secret} (give it to the tool; keep it private)")


@keys.command("allow")
@click.argument("name")
@click.argument("public_key_file", type=click.Path(exists=True, dir_okay=False))
def keys_allow(name, public_key_file):
    """Allow a client public key made elsewhere."""
    from pathlib import Path
    try:
        _keyring().allow(name, Path(public_key_file))
    except Exception as e:
        fail(f"cannot allow {public_key_file}: {e}", 2)
    click.echo(f"allowed {name}")


@keys.command("revoke")
@click.argument("name")
def keys_revoke(name):
    """Remove a client key from the allowlist (takes effect when the bus restarts)."""
    if not _keyring().revoke(name):
        fail(f"no client key named {name!r}", 2)
    click.echo(f"revoked {name}")


@keys.command("list")
@click.option("--json", "as_json", is_flag=True)
def keys_list(as_json):
    """List allowed client keys."""
    rows = _keyring().list()
    if as_json:
        return emit_json({"clients": rows})
    for r in rows:
        click.echo(f"{r['name']:<20} {r['public_key']}{'  (secret here)' if r['has_secret_here'] else ''}")


# ---- benchmarks ----------------------------------------------------------------------------------
@main.command()
@click.argument("area")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--quick", is_flag=True, help="A shorter run.")
@click.option("--out", default="bench-results", show_default=True, help="Directory for the result files.")
@click.option("--reuse", is_flag=True, help="With `all`: keep area results already in --out, run the rest.")
def bench(area, as_json, quick, out, reuse):
    """Run the benchmark of AREA (bus, privacy, context, llm, tools, fuzz, load, or all: every area and
    one report of the seed's success criteria)."""
    from actors.bench import common
    try:
        result = common.run_area(area, quick=quick, out=out, reuse=reuse)
    except common.UnknownArea as e:
        fail(str(e), 2)
    if as_json:
        emit_json(result)
    else:
        click.echo(common.table(result))


def entry():  # pragma: no cover - console script
    main()


# Areas that register their own commands do it here, so `enclave --help` shows them all.
from . import _areas  # noqa: E402,F401
