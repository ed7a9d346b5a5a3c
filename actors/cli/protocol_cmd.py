"""``enclave protocol …`` and ``enclave keys …``: the message protocol and the CURVE keys for tcp."""
from __future__ import annotations

import json
from pathlib import Path

import click

from . import EXIT_USAGE, emit_json, fail, main


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
    from protocol.document import kinds_markdown
    click.echo(kinds_markdown())


@protocol.command()
@click.option("--write", is_flag=True, help="Rewrite protocol/PROTOCOL.md of this checkout in place.")
def doc(write):
    """Print the protocol document with its kinds table regenerated."""
    from protocol.document import render_doc

    from .checkout import checkout_root
    text = render_doc()
    if not write:
        return click.echo(text)
    root = checkout_root()
    if root is None:
        fail("--write updates a source checkout's protocol/PROTOCOL.md, and this enclave is an installed "
             "package; print the document instead (`enclave protocol doc > PROTOCOL.md`)", EXIT_USAGE)
    (root / "protocol" / "PROTOCOL.md").write_text(text)


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
