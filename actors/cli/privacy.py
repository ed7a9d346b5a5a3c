"""``enclave privacy scan|sanitize|check-path``: the owner's view of the privacy filter.

``scan`` lists findings (type, span, rule — never the value); ``sanitize`` prints the text as it
would reach a destination. A FILE is checked against the protected paths first and never read if
it is protected.
"""
from __future__ import annotations

from pathlib import Path

import click

from actors.shared.settings.schema import scan_seconds
from protocol.vocab import Destination, values

from . import Mesh, emit_json, fail, main
from .inputs import read_text

SOURCE = "cli"
DESTINATIONS = values(Destination)


def _patience(mesh: Mesh, text: str) -> float:
    """Seconds to wait for the filter: its own deadline for a text this long (limits.timeout_ms and
    timeout_ms_per_mib), and a few more for the trip; past its deadline it answers with an error."""
    return 5.0 + scan_seconds(mesh.env.settings.privacy_rules.limits, len(text))


@main.group()
def privacy():
    """Scan or sanitize text with the running privacy filter."""


@privacy.command("scan")
@click.argument("file", default="-")
@click.option("--json", "as_json", is_flag=True, help="Print the reply as JSON.")
def scan(file, as_json):
    """List what the filter finds in FILE (or stdin): type, line, rule — never the value."""
    mesh = Mesh()
    text, _ = read_text(mesh, file)
    reply = mesh.request("privacy.scan", {"text": text, "source": SOURCE}, timeout=_patience(mesh, text))
    if as_json:
        return emit_json(reply)
    for f in reply["findings"]:
        line = text.count("\n", 0, f["start"]) + 1
        click.echo(f"{line}:{f['start']}-{f['end']}  {f['type']:<28} {f['label']:<10} {f['rule']}")
    click.echo(f"{len(reply['findings'])} finding(s); labels: {', '.join(reply['labels'])}")


@privacy.command("sanitize")
@click.argument("file", default="-")
@click.option("--destination", "-d", type=click.Choice(DESTINATIONS), default="context_store",
              help="Where the text would go (decides redact, pseudonymize or block).")
@click.option("--project-root", default=None, help="Make absolute paths relative to this directory.")
@click.option("--json", "as_json", is_flag=True, help="Print the reply as JSON.")
def sanitize(file, destination, project_root, as_json):
    """Print FILE (or stdin) as the filter would pass it to DESTINATION."""
    mesh = Mesh()
    text, path = read_text(mesh, file)
    body = {"data": text, "source": SOURCE, "destination": destination}
    if path:
        body["path"] = path
    if project_root:
        body["project_root"] = str(Path(project_root).absolute())
    reply = mesh.request("privacy.sanitize", body, timeout=_patience(mesh, text))
    if as_json:
        return emit_json(reply)
    if reply.get("blocked"):
        fail(f"blocked: {reply.get('reason') or 'sensitive data'}")
    click.echo(reply["data"], nl=False)


@privacy.command("check-path")
@click.argument("path")
def check_path(path):
    """Is PATH protected? (exit 1 if it is)"""
    reply = Mesh().request("privacy.check_path", {"path": str(Path(path).expanduser().absolute())})
    if reply.get("allowed"):
        click.echo("allowed")
    else:
        fail(f"protected ({reply.get('rule')})")
