"""``enclave backup`` (through the running context actor) and ``enclave restore`` (offline, with the
context library's public ``restore``)."""
from __future__ import annotations

from pathlib import Path

import click

from . import EXIT_USAGE, Mesh, emit_json, environment, fail, main, running_pid


@main.command()
@click.argument("path", required=False)
@click.option("--include-models", is_flag=True, default=None, help="Also copy the model files.")
@click.option("--json", "as_json", is_flag=True)
def backup(path, include_models, as_json):
    """A consistent snapshot of the data dir (your config overrides and their history included)
    while the mesh runs. PATH: a .tar/.tar.gz file or a directory (default: <data dir>/backups)."""
    body = {"path": str(Path(path).expanduser().absolute()) if path else ""}
    if include_models is not None:
        body["include_models"] = include_models
    reply = Mesh().request("context.backup", body, timeout=600)
    if as_json:
        return emit_json(reply)
    click.echo(f"{reply['path']}  ({reply['contexts']} contexts, {reply['files']} files, "
               f"{reply['bytes'] / 1048576:.1f} MiB)")


@main.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
def restore(path, as_json):
    """Put a backup back (the mesh must be stopped). What it replaces is moved aside, not deleted."""
    from actors.context import ContextError, restore as restore_backup
    env = environment()
    pid = running_pid(env)
    if pid is not None:
        fail(f"the mesh is running (bus pid {pid}); stop it with `enclave down` before restoring", EXIT_USAGE)
    if not Path(path).is_file():
        fail(f"no backup at {path}", EXIT_USAGE)
    try:
        done = restore_backup(path, env.paths.home)
    except ContextError as e:   # BackupError (bad archive), StoreLocked (a context actor runs)
        fail(f"not restored: {e.message}")
    except OSError as e:
        fail(f"not restored: {e.strerror or e}")
    if as_json:
        return emit_json(done)
    click.echo(f"restored {done['files']} files into {done['data_dir']}")
    if done.get("previous_state"):
        click.echo(f"the replaced data is kept in {done['previous_state']}")
