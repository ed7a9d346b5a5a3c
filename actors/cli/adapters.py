"""Adapters: ``enclave adapter openai|ollama|mcp``, ``enclave shell-hook``, ``enclave git-hook install``."""
from __future__ import annotations

import asyncio
import os
from pathlib import Path

import click

from . import environment, fail, main


@main.group()
def adapter():
    """Run an HTTP door in the foreground (also a supervised process: `enclave up --only NAME`)."""


def _door(name: str, host: str | None, port: int | None) -> None:
    from actors.adapters.http.door import DoorRefused
    from actors.adapters.process import door
    run, url, details = door(environment(), name, host=host, port=port)
    click.echo(f"enclave: {name} door on {url}" + (f" and {details['unix_socket']}" if details["unix_socket"] else "")
               + ("" if details["auth"] == "token" else "  (WITHOUT a credential)"), err=True)
    try:
        asyncio.run(run())
    except DoorRefused as e:
        fail(str(e), 2)
    except KeyboardInterrupt:
        pass


@adapter.command("openai")
@click.option("--host", default=None, help="Address to bind (default: adapters.openai.host, loopback).")
@click.option("--port", default=None, type=int, help="Port (default: adapters.openai.port).")
def adapter_openai(host, port):
    """The OpenAI- and Anthropic-compatible HTTP gateway: /v1/models, /v1/chat/completions,
    /v1/completions, /v1/embeddings, /v1/responses, /v1/messages. Clients send
    `Authorization: Bearer $(enclave token show)` (or it as `x-api-key`)."""
    _door("openai", host, port)


@adapter.command("ollama")
@click.option("--host", default=None, help="Address to bind (default: adapters.ollama.host, loopback).")
@click.option("--port", default=None, type=int, help="Port (default: adapters.ollama.port, 11434).")
def adapter_ollama(host, port):
    """The Ollama-compatible HTTP door: /api/chat, /api/generate, /api/embed, /api/tags, /api/ps,
    /api/show, /api/pull, /api/delete. Ollama clients need no setting; others send the token."""
    _door("ollama", host, port)


@adapter.command("mcp")
@click.option("--http", "http_port", default=None, type=int,
              help="Serve streamable HTTP on this port (at /mcp) instead of stdio.")
@click.option("--host", default=None, help="Address to bind with --http (default: adapters.mcp.host).")
def adapter_mcp(http_port, host):
    """The MCP server (stdio by default): context query/get/preserve, patterns, ask."""
    if http_port is not None:
        return _door("mcp", host, http_port)
    from actors.adapters.mcp_server import serve_stdio
    env = environment()
    try:
        asyncio.run(serve_stdio(env.config["adapters"]["mcp"], home=env.paths.home))
    except KeyboardInterrupt:
        pass


@main.command("shell-hook")
@click.argument("shell", type=click.Choice(["bash", "zsh"]))
def shell_hook(shell):
    """Print the hook that records each command as a workflow context:
    eval "$(enclave shell-hook bash)" in ~/.bashrc."""
    from actors.adapters.shell import hook
    click.echo(hook(shell), nl=False)


@main.group("git-hook")
def git_hook():
    """Record commits as contexts."""


@git_hook.command("install")
@click.argument("repo", default=".", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="Replace an existing post-commit hook that is not enclave's.")
def git_hook_install(repo, force):
    """Install a post-commit hook in REPO (default: the current directory)."""
    from actors.adapters.git import HookError, install
    try:
        path = install(Path(os.path.abspath(repo)), force=force)
    except HookError as e:
        fail(str(e), 2)
    click.echo(f"installed {path}")
