"""``enclave tools``: the registered tools, their rights, message counts and last seen."""
from __future__ import annotations

import time

import click

from . import Mesh, emit_json, main


def _ago(t: float) -> str:
    s = max(0.0, time.time() - t)
    return f"{s:.1f}s" if s < 120 else f"{s / 60:.0f}m"


def _features(f: dict) -> str:
    short = {"context_sync": "ctx", "pattern_learning": "pat", "command_integration": "cmd"}
    return ",".join(short[k] for k in short if f.get(k)) or "-"


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def tools(as_json):
    """Registered tools: integration type, features, privacy, messages, last seen."""
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
