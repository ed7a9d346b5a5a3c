"""``enclave ask PROMPT``: a chat answer from the local model for a task, streamed to the terminal."""
from __future__ import annotations

import sys

import click

from protocol import ProtocolError
from protocol.kinds import default_of
from protocol.kinds.llm import MAX_SEED, GenerateRequest
from protocol.vocab import Task, values

from . import EXIT_REMOTE_ERROR, Mesh, emit_json, environment, fail, main

TASKS = values(Task)


@main.command()
@click.argument("prompt")
@click.option("--task", type=click.Choice(TASKS), default=default_of(GenerateRequest, "task"), show_default=True,
              help="The role whose model answers.")
@click.option("--model", default=None, help="A model name (wins over --task).")
@click.option("--max-tokens", type=int, default=default_of(GenerateRequest, "max_tokens"), show_default=True)
@click.option("--temperature", type=float, default=default_of(GenerateRequest, "temperature"), show_default=True)
@click.option("--seed", type=click.IntRange(0, MAX_SEED), default=None)
@click.option("--system", default=None, help="A system message.")
@click.option("--raw", is_flag=True, help="Plain completion of PROMPT (no chat template).")
@click.option("--background", is_flag=True, help="Use the background lane (throttled).")
@click.option("--timeout", type=float, default=300.0, show_default=True)
@click.option("--memory", is_flag=True, help="Give the model what the context store knows of PROMPT (cited by id).")
@click.option("--project", default=None, help="With --memory: only this project's contexts.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (text, model, usage, timings).")
def ask(prompt, task, model, max_tokens, temperature, seed, system, raw, background, timeout, memory, project,
        as_json):
    """Ask the local model; tokens stream as they come."""
    body = {"task": task, "max_tokens": max_tokens, "temperature": temperature,
            "lane": "background" if background else "interactive"}
    if model:
        body["model"] = model
    if seed is not None:
        body["seed"] = seed
    if raw:
        body["prompt"] = prompt
    else:
        body["messages"] = ([{"role": "system", "content": system}] if system else []) + \
                           [{"role": "user", "content": prompt}]
    client = Mesh().client()
    used: list[str] = []
    if memory and not raw:
        body["messages"], used = _with_memory(client, body["messages"], prompt, project)
    stream = client.stream("llm.generate", body, timeout=timeout)
    final = None
    try:
        for reply in stream:
            if reply.final:
                final = reply.body
            elif not as_json:
                click.echo(reply.body.get("text", ""), nl=False)
                sys.stdout.flush()
    except ProtocolError as e:
        if not as_json:
            click.echo("", err=False)
        fail(str(e), EXIT_REMOTE_ERROR)
    except KeyboardInterrupt:
        stream.close()           # cancels the request in the model worker too
        click.echo("", err=True)
        fail("interrupted", 130)
    if as_json:
        t = final["timings"]
        emit_json({"text": final["text"], "model": final["model"], "finish_reason": final["finish_reason"],
                   "usage": final["usage"],
                   "timings": {"ttft_ms": t["ttft_ms"], "prompt_tps": t["prompt_tps"],
                               "decode_tps": t["decode_tps"], "total_ms": t["total_ms"],
                               "load_ms": t.get("load_ms", 0.0), "queue_ms": t.get("queue_ms", 0.0)},
                   "context_ids": used})
    else:
        click.echo("")
        if used:
            click.echo(f"(memory: {', '.join(used)})", err=True)


def _with_memory(client, messages: list[dict], prompt: str, project: str | None) -> tuple[list[dict], list[str]]:
    """The owner's own question: the whole store may answer (the router does the same for a tool,
    within what that tool may read)."""
    from actors.router import memory
    conf = environment().settings.router
    query = {"text": memory.last_user_text([{"role": "user", "content": prompt}]), "k": conf.memory_contexts}
    if project:
        query["project"] = project
    try:
        hits = client.request("context.query", query, timeout=30)["results"]
    except ProtocolError as e:
        click.echo(f"enclave: memory unavailable ({e.code.value}); asking without it", err=True)
        return messages, []
    note, ids = memory.memory_message(hits, conf.memory_chars)
    return (memory.with_memory(messages, note), ids) if ids else (messages, [])
