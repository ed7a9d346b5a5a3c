"""Adapters: ``enclave adapter openai|mcp``, ``enclave shell-hook``, ``enclave git-hook install``."""
from __future__ import annotations

import asyncio
import os
from pathlib import Path

import click

from . import environment, fail, main


def _adapter_config(name: str) -> tuple[dict, Path]:
    env = environment()
    return env.config["adapters"][name], env.paths.home


@main.group()
def adapter():
    """Run a tool adapter (a peer process on the tools endpoint)."""


@adapter.command("openai")
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1; others need --api-key).")
@click.option("--port", default=None, type=int, help="Port (default: adapters.openai.port).")
@click.option("--api-key", default=None, envvar="ENCLAVE_OPENAI_API_KEY",
              help="Require 'Authorization: Bearer KEY' (env ENCLAVE_OPENAI_API_KEY).")
def adapter_openai(host, port, api_key):
    """The OpenAI-compatible HTTP gateway: /v1/models, /v1/chat/completions, /v1/completions,
    /v1/embeddings."""
    from actors.adapters.openai_gateway import GatewayError, serve
    conf, home = _adapter_config("openai")
    if api_key:
        conf["api_key"] = api_key
    host = host or conf["host"]
    port = port if port is not None else conf["port"]
    click.echo(f"enclave: OpenAI-compatible gateway on http://{host}:{port}/v1", err=True)
    try:
        asyncio.run(serve(conf, host=host, port=port, home=home))
    except GatewayError as e:
        fail(str(e), 2)
    except KeyboardInterrupt:
        pass


@adapter.command("mcp")
@click.option("--http", "http_port", default=None, type=int,
              help="Serve streamable HTTP on this port (at /mcp) instead of stdio.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind with --http.")
def adapter_mcp(http_port, host):
    """The MCP server (stdio by default): context query/get/preserve, patterns, ask."""
    from actors.adapters.mcp_server import serve_http, serve_stdio
    conf, home = _adapter_config("mcp")
    try:
        if http_port is None:
            asyncio.run(serve_stdio(conf, home=home))
        else:
            from actors.adapters.openai_gateway import GatewayError, check_bind
            try:
                check_bind(host, None)
            except GatewayError:
                fail(f"refusing to serve MCP on {host}: it has no authentication; bind to localhost", 2)
            click.echo(f"enclave: MCP server on http://{host}:{http_port}/mcp", err=True)
            asyncio.run(serve_http(conf, host=host, port=http_port, home=home))
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
