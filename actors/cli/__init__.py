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
EXIT_USAGE = 2


def environment():
    """The mesh's environment, or a one-line error naming the bad config key or the data directory
    that cannot be made or entered (another user's home, a file in the way) (exit 2)."""
    from actors.base import Environment
    from actors.shared.settings import ConfigError
    try:
        return Environment.load()
    except ConfigError as e:
        fail(f"the configuration cannot be used: {e}", EXIT_USAGE)
    except OSError as e:
        fail(f"the data directory cannot be used: {e.strerror or e}: {e.filename or ''} "
             f"(set ENCLAVE_HOME to a directory of your own)", EXIT_USAGE)


def running_pid(env) -> int | None:
    """The bus pid of the mesh in this ENCLAVE_HOME, or None (never exits)."""
    from bus import mesh_pid
    return mesh_pid(env.endpoints, ctx=env.ctx)


class Mesh:
    """Lazily connects to the running mesh on the owner's internal endpoint."""

    def __init__(self):
        self.env = environment()
        self._client = None

    def client(self):
        if self._client is None:
            if running_pid(self.env) is None:
                not_running(self.env.endpoints.internal)
            self._client = self.env.client("cli")
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
    from actors.supervisor.keeper import keep
    env = environment()
    names = list(only) or list(env.settings.supervisor.children)
    table = registry.known(env.settings.supervisor.extra_processes)
    unknown = [n for n in names if n not in table]
    if unknown:
        fail(f"unknown process {', '.join(unknown)}; known: {', '.join(table)}", EXIT_USAGE)
    _refuse_second_bus(env, names)
    sys.exit(keep("main", names))


@main.command()
@click.argument("name")
def run(name):
    """Run one process NAME under its own supervisor (one Procfile line)."""
    from actors import registry
    from actors.supervisor.keeper import keep
    env = environment()
    table = registry.known(env.settings.supervisor.extra_processes)
    if name not in table:
        fail(f"unknown process {name!r}; known: {', '.join(table)}", EXIT_USAGE)
    _refuse_second_bus(env, [name])
    sys.exit(keep(name, [name]))


def _refuse_second_bus(env, names) -> None:
    if "bus" in names and (pid := running_pid(env)) is not None:
        fail(f"a mesh is already running here (bus pid {pid}); stop it first or set ENCLAVE_HOME", EXIT_USAGE)


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
    from actors.adapters.process import SERVICE_PREFIX, STATUS_KEYS
    bus = mesh.request("sys.status", {}, target="bus")
    processes, doors = [], []
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
        if svc["name"].startswith(SERVICE_PREFIX):   # an HTTP door: where it listens, whether it asks a token
            doors.append({"name": svc["name"][len(SERVICE_PREFIX):], **{k: details.get(k) for k in STATUS_KEYS}})
    bus_row = {"name": "bus", "pid": bus["pid"], "uptime_s": bus["uptime_s"]}
    for p in processes:
        if p.get("name") == "bus":
            p.update(bus_row)
    services = [{"name": s["name"], "workers": s["workers"], "queued": s["queued"],
                 "inflight": s["inflight"]} for s in bus["details"]["services"]]
    return {"processes": processes, "services": services, "doors": doors}


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
    if st["doors"]:
        click.echo(f"\n{'DOOR':<24}{'AUTH':>8}  URL")
        for d in st["doors"]:
            click.echo(f"{d['name']:<24}{d['auth'] or '?':>8}  {d['url']}"
                       + (f"  and {d['unix_socket']}" if d.get("unix_socket") else ""))
    for d in st["doors"]:
        if d["auth"] != "token":
            click.echo(f"WARNING: the {d['name']} door asks no credential (adapters.http.auth is "
                       f"{d['auth']!r}): any process of any user on this machine can use it", err=True)


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
        fail(f"--body is not valid JSON: {e.msg} at column {e.colno}", EXIT_USAGE)
    mesh = Mesh()
    client = mesh.client()
    try:
        for reply in client.stream(kind, data, target=target, timeout=timeout):
            if stream or reply.final:
                emit_json({"kind": reply.kind, "final": reply.final, "body": reply.body})
    except ProtocolError as e:
        emit_json({"kind": "error", "final": True, "body": e.to_body()})
        sys.exit(EXIT_REMOTE_ERROR)


def entry():  # pragma: no cover - console script
    main()


# Areas that register their own commands do it here, so `enclave --help` shows them all.
from . import _areas  # noqa: E402,F401
