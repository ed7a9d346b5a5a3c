"""``enclave context …``, ``patterns``, ``metrics``, ``backup``, ``restore`` and ``config …``.

Everything that touches stored contexts goes to the context actor over the bus; ``preserve``
first has the privacy filter sanitize and seal the record (the store refuses anything else).
``restore`` and the config history work on files and need the mesh stopped (restore) or not
running at all (config).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from protocol import ProtocolError

from . import Mesh, emit_json, fail, main

SOURCE = "cli"
EXIT_USAGE = 2


# ---- enclave context ... -------------------------------------------------------------------------
@main.group()
def context():
    """Preserve, query and manage stored contexts."""


def _read_input(file: str) -> tuple[str, str | None]:
    """(content, absolute path or None for stdin); one-line errors for unreadable input."""
    if file == "-":
        raw = sys.stdin.buffer.read()
        path = None
    else:
        p = Path(file)
        try:
            raw = p.read_bytes()
        except IsADirectoryError:
            fail(f"{file} is a directory", EXIT_USAGE)
        except OSError as e:
            fail(f"cannot read {file}: {e.strerror or e}", EXIT_USAGE)
        path = str(p.absolute())
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        fail(f"{file if path else 'stdin'} is not UTF-8 text", EXIT_USAGE)
    if not text.strip():
        fail("nothing to preserve (the input is empty)", EXIT_USAGE)
    return text, path


def sealed_record(mesh: Mesh, record: dict, path: str | None) -> tuple[dict, str]:
    """Have the privacy filter sanitize and seal ``record`` for the context store."""
    import msgspec
    from protocol import to_builtins
    from protocol.kinds.context import ContextRecord
    try:  # the exact shape the context actor checks the seal against: the record's builtins
        data = to_builtins(msgspec.convert(record, ContextRecord))
    except msgspec.ValidationError as e:
        fail(f"invalid record: {e}", EXIT_USAGE)
    body = {"data": data, "source": SOURCE, "destination": "context_store"}
    if path:
        body["path"] = path
    reply = mesh.request("privacy.sanitize", body, timeout=30)
    if reply.get("blocked"):
        fail(f"the privacy filter blocked it: {reply.get('reason') or 'protected or sensitive data'}")
    if not reply.get("seal") or not isinstance(reply.get("data"), dict):
        fail("the privacy filter did not seal the record; nothing was stored")
    return reply["data"], reply["seal"]


@context.command("preserve")
@click.argument("file", default="-")
@click.option("--kind", "-k", default=None, help="edit, chat, command, commit, file, note … "
              "(default: file for a FILE, note for stdin)")
@click.option("--project", "-p", default=None, help="The project it belongs to.")
@click.option("--session", default=None, help="A session id that groups related contexts.")
@click.option("--json", "as_json", is_flag=True, help="Print the reply as JSON.")
def preserve(file, kind, project, session, as_json):
    """Store FILE (or stdin with -) as a context, after the privacy filter; prints the new id."""
    mesh = Mesh()
    if file != "-":  # a protected file is never read, not even to be refused later
        verdict = mesh.request("privacy.check_path", {"path": str(Path(file).absolute())})
        if not verdict.get("allowed"):
            fail(f"{file} is a protected path (rule {verdict.get('rule') or '?'}); it was not read")
    text, path = _read_input(file)
    record = {"source": SOURCE, "kind": kind or ("note" if path is None else "file"), "content": text}
    if project:
        record["project"] = project
    if session:
        record["session"] = session
    if path:
        record["metadata"] = {"path": path}   # the privacy filter relativizes or redacts it
    data, seal = sealed_record(mesh, record, path)
    reply = mesh.request("context.preserve", {"record": data, "seal": seal})
    if as_json:
        return emit_json(reply)
    click.echo(reply["id"])


@context.command("query")
@click.argument("text")
@click.option("--project", "-p", default=None)
@click.option("--source", default=None, help="Only contexts from this tool.")
@click.option("--kind", default=None)
@click.option("--tier", type=click.Choice(["active", "archived", "synthesized"]), default=None)
@click.option("--k", "k", default=10, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="JSON: results with id, score, snippet.")
def query(text, project, source, kind, tier, k, as_json):
    """Ranked retrieval (BM25 with recency) over the stored contexts."""
    body = {"text": text, "k": k}
    for name, value in (("project", project), ("source", source), ("kind", kind), ("tier", tier)):
        if value is not None:
            body[name] = value
    reply = Mesh().request("context.query", body)
    if as_json:
        return emit_json(reply)
    if not reply["results"]:
        click.echo("no matching contexts")
    for h in reply["results"]:
        where = "/".join(x for x in (h.get("project"), h.get("kind"), h.get("tier")) if x)
        snippet = " ".join(h["snippet"].split())
        click.echo(f"{h['score']:7.3f}  {h['id']}  [{where}]  {snippet}")


@context.command("get")
@click.argument("id")
@click.option("--json", "as_json", is_flag=True)
def get(id, as_json):
    """One context by id."""
    ctx = Mesh().request("context.get", {"id": id})["context"]
    if as_json:
        return emit_json(ctx)
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ctx["created_at"]))
    click.echo(f"id:      {ctx['id']}\nsource:  {ctx['source']}\nproject: {ctx['project'] or '-'}\n"
               f"kind:    {ctx['kind']}\ntier:    {ctx['tier']}\ncreated: {when}")
    if ctx.get("session"):
        click.echo(f"session: {ctx['session']}")
    if ctx.get("links"):
        click.echo(f"links:   {', '.join(ctx['links'])}")
    if ctx.get("metadata"):
        click.echo(f"meta:    {json.dumps(ctx['metadata'], ensure_ascii=False)}")
    click.echo("")
    click.echo(ctx["content"])


@context.command("archive")
@click.argument("ids", nargs=-1)
@click.option("--json", "as_json", is_flag=True)
def archive(ids, as_json):
    """Move IDS (or, with none, what the configured age/size/count policy selects) to archived."""
    reply = Mesh().request("context.archive", {"ids": list(ids)}, timeout=120)
    if as_json:
        return emit_json(reply)
    click.echo(f"archived {len(reply['archived'])} context(s)")
    for rid in reply["archived"]:
        click.echo(rid)


@context.command("delete")
@click.argument("id")
def delete(id):
    """Remove a context from the store, every index and every derived item."""
    reply = Mesh().request("context.delete", {"id": id}, timeout=60)
    extra = f" ({reply['resynthesized']} synthesized context(s) rewritten)" if reply.get("resynthesized") else ""
    click.echo(f"deleted {id}{extra}")


@context.command("reindex")
def reindex():
    """Rebuild the query index from the stored contexts."""
    reply = Mesh().request("context.reindex", {}, timeout=600)
    click.echo(f"reindexed {reply['contexts']} context(s) in {reply['seconds']:.2f}s")


# ---- patterns and metrics --------------------------------------------------------------------------
@main.command()
@click.option("--kind", type=click.Choice(["workflow", "code", "integration"]), default=None)
@click.option("--project", "-p", default=None)
@click.option("--json", "as_json", is_flag=True)
def patterns(kind, project, as_json):
    """Learned workflow, code and integration patterns."""
    body = {k: v for k, v in (("kind", kind), ("project", project)) if v is not None}
    reply = Mesh().request("pattern.list", body)
    if as_json:
        return emit_json(reply)
    if not reply["patterns"]:
        click.echo("no patterns learned yet")
        return
    click.echo(f"{'KIND':<12}{'SUPPORT':>8}{'CONF':>6}{'SUCCESS':>8}  {'ID':<20}PATTERN")
    for p in reply["patterns"]:
        rate = "-" if p.get("success_rate") is None else f"{p['success_rate'] * 100:.0f}%"
        click.echo(f"{p['kind']:<12}{p['support']:>8.0f}{p['confidence']:>6.2f}{rate:>8}  {p['id']:<20}"
                   f"{p['description']}")


@main.command()
@click.option("--json", "as_json", is_flag=True)
def metrics(as_json):
    """Usage (operations, latencies), pattern effectiveness and resources per process."""
    m = Mesh().request("metrics.get", {})
    if as_json:
        return emit_json(m)
    store = m.get("store") or {}
    tiers = store.get("contexts") or {}
    click.echo("contexts: " + ", ".join(f"{t} {n}" for t, n in tiers.items())
               + f"; log {store.get('log_bytes', 0) / 1048576:.1f} MiB")
    click.echo(f"\n{'OPERATION':<16}{'COUNT':>8}{'P50 MS':>9}{'P99 MS':>9}")
    for op, u in sorted(m["usage"].items()):
        click.echo(f"{op:<16}{u.get('count', 0):>8}{_num(u.get('p50_ms')):>9}{_num(u.get('p99_ms')):>9}")
    if m["effectiveness"]:
        click.echo(f"\n{'PATTERN':<22}{'ACCEPTED':>9}{'REJECTED':>9}{'SUCCESS':>9}")
        for pid, e in sorted(m["effectiveness"].items()):
            click.echo(f"{pid:<22}{e.get('accepted', 0):>9}{e.get('rejected', 0):>9}"
                       f"{_num((e.get('success_rate') or 0) * 100):>8}%")
    if m["resources"]:
        click.echo(f"\n{'PROCESS':<20}{'SAMPLES':>8}{'CPU AVG':>9}{'CPU MAX':>9}{'RSS MAX':>10}")
        for name, r in sorted(m["resources"].items()):
            click.echo(f"{name:<20}{r.get('samples', 0):>8}{_num(r.get('cpu_avg')):>9}{_num(r.get('cpu_max')):>9}"
                       f"{(r.get('rss_max_bytes') or 0) / 1048576:>9.0f}M")


def _num(v) -> str:
    return "-" if v is None else f"{v:.1f}"


# ---- backup and restore ----------------------------------------------------------------------------
@main.command()
@click.argument("path", required=False)
@click.option("--include-models", is_flag=True, default=None, help="Also copy the model files.")
@click.option("--json", "as_json", is_flag=True)
def backup(path, include_models, as_json):
    """A consistent snapshot of the data dir (and your configs) while the mesh runs. PATH: a
    .tar/.tar.gz file or a directory (default: <data dir>/backups)."""
    body = {"path": str(Path(path).expanduser().absolute()) if path else ""}
    if include_models is not None:
        body["include_models"] = include_models
    reply = Mesh().request("context.backup", body, timeout=600)
    if as_json:
        return emit_json(reply)
    click.echo(f"{reply['path']}  ({reply['contexts']} contexts, {reply['files']} files, "
               f"{reply['bytes'] / 1048576:.1f} MiB)")


def _mesh_running(env) -> int | None:
    """The bus pid when a mesh answers here, else None (never exits)."""
    sock = env.endpoints.sockets[0] if env.endpoints.sockets else None
    if sock is not None and not sock.exists():
        return None
    try:
        with env.client("cli") as c:
            return c.ping("bus", timeout=1.0)["pid"]
    except (ProtocolError, OSError):
        return None


@main.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
def restore(path, as_json):
    """Put a backup back (the mesh must be stopped). What it replaces is moved aside, not deleted."""
    from actors.base import Environment
    from actors.context import ContextError, restore as restore_backup
    from actors.context.actor import backup_configs_dir
    env = Environment.load()
    pid = _mesh_running(env)
    if pid is not None:
        fail(f"the mesh is running (bus pid {pid}); stop it with `enclave down` before restoring", EXIT_USAGE)
    if not Path(path).is_file():
        fail(f"no backup at {path}", EXIT_USAGE)
    try:
        done = restore_backup(path, env.paths.home, backup_configs_dir())
    except ContextError as e:   # BackupError (bad archive), StoreLocked (a context actor runs)
        fail(f"not restored: {e}")
    except OSError as e:
        fail(f"not restored: {e.strerror or e}")
    if as_json:
        return emit_json(done)
    click.echo(f"restored {done['files']} files into {done['data_dir']}")
    if done.get("previous_state"):
        click.echo(f"the replaced data is kept in {done['previous_state']}")


# ---- config history --------------------------------------------------------------------------------
@main.group()
def config():
    """Your config overrides ($ENCLAVE_HOME/config.json); every change keeps the previous version."""


def _user_config() -> Path:
    from actors.shared.paths import Paths
    return Paths.from_env().ensure().home / "config.json"


def _load_json(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text())
    except (ValueError, OSError) as e:
        fail(f"{path} is not readable JSON ({e}); fix it or `enclave config rollback`")
    if not isinstance(data, dict):
        fail(f"{path}: the top level must be an object")
    return data


def _lookup(tree: dict, keys: list[str]):
    node = tree
    for k in keys:
        if not isinstance(node, dict) or k not in node:
            raise KeyError(k)
        node = node[k]
    return node


def _parse_value(raw: str):
    try:
        return json.loads(raw)
    except ValueError:
        return raw  # a bare word is a string


@config.command("get")
@click.argument("key")
def config_get(key):
    """The effective value of KEY (dotted, e.g. context.archive.max_age_days)."""
    from actors.shared import config as cfg
    try:
        merged = cfg.load(_user_config().parent)
        click.echo(json.dumps(_lookup(merged, key.split(".")), indent=2))
    except KeyError:
        fail(f"no config key {key!r}", EXIT_USAGE)
    except cfg.ConfigError as e:
        fail(str(e))


@config.command("set")
@click.argument("key")
@click.argument("value")
@click.option("--new", "allow_new", is_flag=True, help="Allow a key the defaults do not have.")
def config_set(key, value, allow_new):
    """Set KEY (dotted) to VALUE (JSON, or a bare string) in your overrides; keeps the previous
    version. Running processes read it when they restart."""
    from actors.context import save_config
    from actors.shared import config as cfg
    keys = key.split(".")
    if not all(keys):
        fail(f"bad key {key!r}", EXIT_USAGE)
    new = _parse_value(value)
    try:
        default = _lookup(cfg.defaults(), keys)
    except KeyError:
        if not allow_new:
            fail(f"{key} is not a known setting (see configs/*.json); add --new to set it anyway", EXIT_USAGE)
        default = None
    if default is not None and isinstance(default, dict) != isinstance(new, dict):
        fail(f"{key} is {'a section' if isinstance(default, dict) else 'a value'}; "
             f"got {type(new).__name__}", EXIT_USAGE)
    path = _user_config()
    data = _load_json(path)
    node = data
    for k in keys[:-1]:
        if not isinstance(node.get(k), dict):
            node[k] = {}
        node = node[k]
    node[keys[-1]] = new
    try:
        current = cfg.load(path.parent)
    except cfg.ConfigError:
        current = cfg.defaults()
    keep = cfg.section(current, "context").get("backup", {}).get("config_history_keep", 20)
    kept = save_config(path, data, keep=keep)
    click.echo(f"{key} = {json.dumps(new)}" + (f"  (previous version kept: {kept.name})" if kept else ""))


@config.command("history")
@click.option("--json", "as_json", is_flag=True)
def config_history(as_json):
    """Kept versions of your config overrides, newest first."""
    from actors.context import config_versions
    versions = config_versions(_user_config())
    if as_json:
        return emit_json({"path": str(_user_config()), "versions": [v.name for v in versions]})
    if not versions:
        click.echo("no previous versions kept")
    for v in versions:
        click.echo(f"{v.name}  {v.stat().st_size} bytes")


@config.command("rollback")
@click.argument("version", required=False)
def config_rollback(version):
    """Put back VERSION (default: the newest kept one); the current one is kept too."""
    from actors.context import rollback_config
    from actors.context.config_history import ConfigHistoryError
    try:
        chosen = rollback_config(_user_config(), version)
    except ConfigHistoryError as e:
        fail(str(e), EXIT_USAGE)
    click.echo(f"restored {chosen.name}")

