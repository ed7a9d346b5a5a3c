"""``enclave tools``: the registered tools, their rights, message counts and last seen."""
from __future__ import annotations

import time

import click

from bus.addresses import tool_token_file
from protocol.vocab import AccessMode, DataSharing, Feature, IntegrationType, values

from . import EXIT_USAGE, Mesh, emit_json, environment, fail, main


def _ago(t: float) -> str:
    s = max(0.0, time.time() - t)
    return f"{s:.1f}s" if s < 120 else f"{s / 60:.0f}m"


def _features(f: dict) -> str:
    short = {"context_sync": "ctx", "pattern_learning": "pat", "command_integration": "cmd", "memory": "mem"}
    return ",".join(short[k] for k in short if f.get(k)) or "-"


@main.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@click.pass_context
def tools(ctx, as_json):
    """Registered tools: integration type, features, privacy, messages, last seen. `tools add NAME`
    configures a tool and gives it its credential."""
    if ctx.invoked_subcommand is None:
        _list(as_json)


@tools.command("add")
@click.argument("name")
@click.option("--integration-type", type=click.Choice(values(IntegrationType)), default=None)
@click.option("--data-sharing", type=click.Choice(values(DataSharing)), default=None)
@click.option("--context-access", type=click.Choice(values(AccessMode)), default=None)
@click.option("--feature", "features", multiple=True, type=click.Choice(values(Feature)),
              help="Features it may use (repeatable; default: the default entry's).")
def tools_add(name, integration_type, data_sharing, context_access, features):
    """Configure tool NAME (in your config.json, over the `tools.default` entry) and make its token;
    the tool presents it at registration (the SDK reads it from the data dir by itself)."""
    from actors.shared import credentials, settings
    env = environment()
    entry: dict = {}
    if integration_type:
        entry["integration_type"] = integration_type
    privacy = {k: v for k, v in (("data_sharing", data_sharing), ("context_access", context_access)) if v}
    if privacy:
        entry["privacy"] = privacy
    if features:
        entry["features"] = {f: f in features for f in values(Feature)}
    def change(data: dict) -> None:
        tools = data.setdefault("tools", {})
        tools[name] = {**tools.get(name, {}), **entry}
    try:
        credentials.tool_token_file_checked(name)
        settings.change_user_config(env.paths.home, change)
        credentials.tool_token(env.paths.home, name, create=True)
    except (settings.ConfigError, ValueError) as e:
        fail(str(e), EXIT_USAGE)
    click.echo(f"{name}: configured; its token is in {tool_token_file(name, env.paths.home)} (the router "
               f"reads the config when it restarts)")


@tools.command("token")
@click.argument("name")
def tools_token(name):
    """Print the token of configured tool NAME (to hand to a tool that is not the SDK)."""
    from actors.shared import credentials
    env = environment()
    if name not in env.settings.tools or name == "default":
        fail(f"{name!r} is not a configured tool; `enclave tools add {name}` configures it", EXIT_USAGE)
    click.echo(credentials.tool_token(env.paths.home, name, create=True))


def _list(as_json: bool) -> None:
    reply = Mesh().request("tool.list", {}, target="router")
    if as_json:
        return emit_json(reply)
    rows = reply["tools"]
    if not rows:
        click.echo("no tools registered")
        return
    click.echo(f"{'TOOL':<18}{'TYPE':<10}{'FEATURES':<13}{'SHARING':<10}{'ACCESS':<9}{'CONN':>5}"
               f"{'STREAMS':>8}{'MSGS':>8}{'LAST SEEN':>11}  PEER")
    for t in rows:
        p = t["privacy"]
        click.echo(f"{t['name']:<18}{t['integration_type']:<10}{_features(t['features']):<13}"
                   f"{p['data_sharing']:<10}{p['context_access']:<9}{t.get('connections', 1):>5}"
                   f"{t.get('streams', 0):>8}{t['messages']:>8}{_ago(t['last_seen']):>11}  {t.get('peer', '')[:30]}")


# ---- credentials ----------------------------------------------------------------------------------
@main.group()
def token():
    """The HTTP doors' credential (OpenAI, Anthropic, Ollama, MCP): `Authorization: Bearer TOKEN`."""


@token.command("show")
def token_show():
    """Print the token (made on first use; the file is the owner's alone)."""
    from actors.shared import credentials
    click.echo(credentials.http_token(environment().paths.home))


@token.command("rotate")
def token_rotate():
    """Make a new token; the doors take it when they restart (`enclave down && enclave up`)."""
    from actors.shared import credentials
    click.echo(credentials.rotate_http_token(environment().paths.home))
