"""``enclave config show|get|set|history|rollback``: the effective configuration and the user's
overrides (``$ENCLAVE_HOME/config.json``). Every value is checked against the typed settings before
anything is written, so a running actor never restarts into a configuration it cannot use."""
from __future__ import annotations

import json
from typing import Any

import click

from . import EXIT_USAGE, emit_json, fail, main


def _home():
    from actors.shared.paths import Paths
    return Paths.from_env().ensure().home


def _loaded(user: dict | None = None):
    from actors.shared import settings
    try:
        return settings.load(_home(), user=user)
    except settings.ConfigError as e:
        fail(f"the configuration cannot be used: {e}", EXIT_USAGE)


def _lookup(tree: Any, keys: list[str]) -> Any:
    node = tree
    for k in keys:
        if not isinstance(node, dict) or k not in node:
            raise KeyError(k)
        node = node[k]
    return node


def _leaves(tree: Any, prefix: str = ""):
    if isinstance(tree, dict) and tree:
        for k, v in tree.items():
            yield from _leaves(v, f"{prefix}.{k}" if prefix else k)
    else:
        yield prefix, tree


@main.group()
def config():
    """The effective configuration and your overrides; every change keeps the previous version."""


@config.command("show")
@click.argument("section", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON object: values and their origins.")
def config_show(section, as_json):
    """Every key of the effective configuration (or of SECTION), with where its value comes from:
    default (configs/*.json), your config.json, or the environment (ENCLAVE__section__key)."""
    from actors.shared.settings.loader import origin_of
    loaded = _loaded()
    tree = loaded.merged
    if section:
        try:
            tree = {section: _lookup(tree, section.split("."))}
        except KeyError:
            fail(f"no config section {section!r}", EXIT_USAGE)
    rows = [(key, value, origin_of(key, loaded.origins)) for key, value in _leaves(tree)]
    if as_json:
        return emit_json({"settings": tree, "origins": {k: o for k, _, o in rows}})
    width = max((len(k) for k, _, _ in rows), default=0)
    for key, value, origin in rows:
        click.echo(f"{key:<{width}}  {json.dumps(value, ensure_ascii=False)}  ({origin})")


@config.command("get")
@click.argument("key")
def config_get(key):
    """The effective value of KEY (dotted, e.g. context.archive.max_age_days)."""
    try:
        click.echo(json.dumps(_lookup(_loaded().merged, key.split(".")), indent=2))
    except KeyError:
        fail(f"no config key {key!r}", EXIT_USAGE)


@config.command("set")
@click.argument("key")
@click.argument("value")
def config_set(key, value):
    """Set KEY (dotted) to VALUE (JSON, or a bare string) in your overrides, after checking it
    against the settings' types; keeps the previous version. Running processes read it when they
    restart."""
    from actors.shared import settings
    keys = key.split(".")
    if not all(keys):
        fail(f"bad key {key!r}", EXIT_USAGE)
    new = settings.parse_value(value)

    def change(data: dict) -> None:
        node = data
        for k in keys[:-1]:
            if not isinstance(node.get(k), dict):
                node[k] = {}
            node = node[k]
        node[keys[-1]] = new
    try:
        _, kept = settings.change_user_config(_home(), change)      # refuses what the mesh could not use
    except settings.ConfigError as e:
        fail(f"the configuration cannot be used: {e}", EXIT_USAGE)
    click.echo(f"{key} = {json.dumps(new)}" + (f"  (previous version kept: {kept.name})" if kept else ""))


@config.command("history")
@click.option("--json", "as_json", is_flag=True)
def config_history(as_json):
    """Kept versions of your config overrides, newest first (* marks the one in place)."""
    from actors.shared.settings import config_versions, user_file
    from actors.shared.settings.history import current_version
    path = user_file(_home())
    versions = config_versions(path)
    here = current_version(path)
    if as_json:
        return emit_json({"path": str(path), "versions": [v.name for v in versions], "current": here})
    if not versions:
        click.echo("no previous versions kept")
    for v in versions:
        click.echo(f"{'*' if v.name == here else ' '} {v.name}  {v.stat().st_size} bytes")


@config.command("rollback")
@click.argument("version", required=False)
def config_rollback(version):
    """Step back to the version before the one in place (or put back VERSION); a second rollback
    goes one further back. The version it replaces is kept too."""
    import msgspec

    from actors.shared import settings
    path = settings.user_file(_home())
    versions = {v.name: v for v in settings.config_versions(path)}
    try:
        chosen = settings.rollback_config(path, version, dry_run=True)
        settings.load(path.parent, user=msgspec.json.decode(versions[chosen.name].read_bytes()))
        settings.rollback_config(path, version)
    except settings.ConfigHistoryError as e:
        fail(str(e), EXIT_USAGE)
    except (settings.ConfigError, msgspec.DecodeError) as e:
        fail(f"that version cannot be used any more ({e}); nothing changed", EXIT_USAGE)
    click.echo(f"restored {chosen.name}")
