"""``enclave context …``, ``patterns`` and ``metrics``.

Everything that touches stored contexts goes to the context actor over the bus; ``preserve``
first has the privacy filter sanitize and seal the record (the store refuses anything else).
"""
from __future__ import annotations

import json
import time

import click

from protocol.vocab import PatternKind, Tier, values

from . import EXIT_USAGE, Mesh, emit_json, fail, main
from .inputs import read_text

SOURCE = "cli"


# ---- enclave context ... -------------------------------------------------------------------------
@main.group()
def context():
    """Preserve, query and manage stored contexts."""


def sealed_record(mesh: Mesh, record: dict, path: str | None) -> tuple[dict, str]:
    """Have the privacy filter sanitize and seal ``record`` for the context store."""
    import msgspec
    from protocol import to_builtins
    from protocol.kinds.context import ContextRecord
    try:  # the exact shape the context actor checks the seal against: the record's builtins
        data = to_builtins(msgspec.convert(record, ContextRecord))
    except msgspec.ValidationError as e:
        fail(f"invalid record: {e}", EXIT_USAGE)
    body = {"data": data, "source": SOURCE, "destination": "context_store"}
    if path:
        body["path"] = path
    reply = mesh.request("privacy.sanitize", body, timeout=30)
    if reply.get("blocked"):
        fail(f"the privacy filter blocked it: {reply.get('reason') or 'protected or sensitive data'}")
    if not reply.get("seal") or not isinstance(reply.get("data"), dict):
        fail("the privacy filter did not seal the record; nothing was stored")
    return reply["data"], reply["seal"]


@context.command("preserve")
@click.argument("file", default="-")
@click.option("--kind", "-k", default=None, help="edit, chat, command, commit, file, note … "
              "(default: file for a FILE, note for stdin)")
@click.option("--project", "-p", default=None, help="The project it belongs to.")
@click.option("--session", default=None, help="A session id that groups related contexts.")
@click.option("--json", "as_json", is_flag=True, help="Print the reply as JSON.")
def preserve(file, kind, project, session, as_json):
    """Store FILE (or stdin with -) as a context, after the privacy filter; prints the new id."""
    mesh = Mesh()
    text, path = read_text(mesh, file)        # a protected file is never read
    if not text.strip():
        fail("nothing to preserve (the input is empty)", EXIT_USAGE)
    record = {"source": SOURCE, "kind": kind or ("note" if path is None else "file"), "content": text}
    if project:
        record["project"] = project
    if session:
        record["session"] = session
    if path:
        record["metadata"] = {"path": path}   # the privacy filter relativizes or redacts it
    data, seal = sealed_record(mesh, record, path)
    reply = mesh.request("context.preserve", {"record": data, "seal": seal})
    if as_json:
        return emit_json(reply)
    click.echo(reply["id"])


@context.command("query")
@click.argument("text")
@click.option("--project", "-p", default=None)
@click.option("--source", default=None, help="Only contexts from this tool.")
@click.option("--kind", default=None)
@click.option("--tier", type=click.Choice(values(Tier)), default=None)
@click.option("--k", "k", default=10, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="JSON: results with id, score, snippet.")
def query(text, project, source, kind, tier, k, as_json):
    """Ranked retrieval (BM25 with recency) over the stored contexts."""
    body = {"text": text, "k": k}
    for name, value in (("project", project), ("source", source), ("kind", kind), ("tier", tier)):
        if value is not None:
            body[name] = value
    reply = Mesh().request("context.query", body)
    if as_json:
        return emit_json(reply)
    if not reply["results"]:
        click.echo("no matching contexts")
    for h in reply["results"]:
        where = "/".join(x for x in (h.get("project"), h.get("kind"), h.get("tier")) if x)
        snippet = " ".join(h["snippet"].split())
        click.echo(f"{h['score']:7.3f}  {h['id']}  [{where}]  {snippet}")


@context.command("why")
@click.argument("id")
@click.option("--query", "-q", "text", required=True,
              help="The query to explain (the store keeps no record of past queries).")
@click.option("--project", "-p", default=None)
@click.option("--k", "k", default=None, type=click.IntRange(1, 100), help="As for query (default 10).")
@click.option("--json", "as_json", is_flag=True, help="JSON: every signal, its value and contribution.")
def why(id, text, project, k, as_json):
    """Why the query ranks context ID where it does: each signal and its part of the score."""
    body = {"id": id, "text": text}
    for name, value in (("project", project), ("k", k)):
        if value is not None:
            body[name] = value
    w = Mesh().request("context.why", body, timeout=60)
    if as_json:
        return emit_json(w)
    click.echo(f"{id} for {text!r}: {_verdict(w)}")
    click.echo(f"\n{'SIGNAL':<16}{'VALUE':<34}CONTRIBUTION")
    for signal, value, part in _why_rows(w):
        click.echo(f"{signal:<16}{value:<34}{part}".rstrip())


def _verdict(w: dict) -> str:
    if w["rank"] is not None:
        return f"rank {w['rank']} (k {w['k']})"
    if w["candidate_rank"] is not None:
        return f"not returned: candidate {w['candidate_rank']} of {w['candidates']}, past k {w['k']}"
    if w["filtered"]:
        return f"not among the candidates for this query: filtered out, {w['filtered']}"
    lex, dense = w["lexical"], w["dense"]
    ranks = [f"lexical rank {lex['rank']}" if lex["rank"] else "no lexical match",
             f"dense rank {dense['rank']}" if dense["rank"] else f"dense: {_dense_state(dense)}"]
    return f"not among the candidates for this query ({'; '.join(ranks)})"


def _dense_state(d: dict) -> str:
    return {"no_embedder": "no embedder installed", "unused": "not used (the query has no terms)",
            "not_embedded": "not embedded yet", "embedded": "outside the query's filters"}[d["state"]]


def _why_rows(w: dict) -> list[tuple[str, str, str]]:
    lex, dense, time_ = w["lexical"], w["dense"], w["time"]
    hybrid = dense["state"] in ("embedded", "not_embedded")
    past = f"0 (past the depth {w['depth']})"
    unranked = "filtered out" if w["filtered"] else "no match"
    rows = [("lexical rank", str(lex["rank"]) if lex["rank"] else unranked,
             (f"{lex['contribution']:.6f}" if lex["contribution"] or not lex["rank"] else past) if hybrid else "")]
    if lex["rank"]:
        rows += [("  bm25", f"{lex['bm25']:.4f}", ""), ("  recency", f"x {lex['recency']:.4f}", ""),
                 ("  tier weight", f"x {lex['tier_weight']:.4f}", ""),
                 ("  lexical score", f"{lex['score']:.6f}", "" if hybrid else f"{lex['contribution']:.6f}")]
    if dense["state"] == "embedded":
        rows += [("dense rank", str(dense["rank"]) if dense["rank"] else "filtered out",
                  f"{dense['contribution']:.6f}" if dense["contribution"] or not dense["rank"] else past),
                 ("  cosine", f"{dense['cosine']:.4f}", "")]
    else:
        rows.append(("dense", _dense_state(dense), ""))
    cause, before, now = w.get("cause", 1.0), w.get("before", 1.0), w.get("now", 1.0)
    if cause != 1.0:
        rows.append(("explains a fault" if cause > 1.0 else "asks for something", f"x {cause:.4f}",
                     "the question asks why"))
    if before != 1.0:
        rows.append(("after the named successor", f"x {before:.4f}", "the question asks what came before it"))
    if now != 1.0:
        rows.append(("says its subject changed", f"x {now:.4f}", "the question asks how things stand now"))
    if hybrid and w["score"] is not None:
        parts = f"{lex['contribution']:.6f} + {dense['contribution']:.6f}"
        factors = "".join(f" x {f:.4f}" for f in (cause, before, now) if f != 1.0)
        rows.append(("fused", f"{w['score']:.6f}", f"= ({parts}){factors}" if factors else f"= {parts}"))
    if time_["order"] != "none" and time_["fused_rank"]:
        moved = f"fused rank {time_['fused_rank'] or '-'} -> {w['candidate_rank'] or '-'}"
        subject = (f"same subject (cosine >= {time_['cosine_threshold']:.4f}), put first" if time_["same_subject"]
                   else "not put first")
        rows.append(("time order", f"{time_['order']} first", f"{subject}; {moved}"))
    rows.append(("final rank", str(w["rank"]) if w["rank"] else "not returned",
                 f"candidate {w['candidate_rank']} of {w['candidates']}" if w["candidate_rank"] else ""))
    return rows


@context.command("get")
@click.argument("id")
@click.option("--json", "as_json", is_flag=True)
def get(id, as_json):
    """One context by id."""
    ctx = Mesh().request("context.get", {"id": id})["context"]
    if as_json:
        return emit_json(ctx)
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ctx["created_at"]))
    click.echo(f"id:      {ctx['id']}\nsource:  {ctx['source']}\nproject: {ctx['project'] or '-'}\n"
               f"kind:    {ctx['kind']}\ntier:    {ctx['tier']}\ncreated: {when}")
    if ctx.get("session"):
        click.echo(f"session: {ctx['session']}")
    if ctx.get("links"):
        click.echo(f"links:   {', '.join(ctx['links'])}")
    if ctx.get("metadata"):
        click.echo(f"meta:    {json.dumps(ctx['metadata'], ensure_ascii=False)}")
    click.echo("")
    click.echo(ctx["content"])


@context.command("archive")
@click.argument("ids", nargs=-1)
@click.option("--json", "as_json", is_flag=True)
def archive(ids, as_json):
    """Move IDS (or, with none, what the configured age/size/count policy selects) to archived."""
    reply = Mesh().request("context.archive", {"ids": list(ids)}, timeout=120)
    if as_json:
        return emit_json(reply)
    click.echo(f"archived {len(reply['archived'])} context(s)")
    for rid in reply["archived"]:
        click.echo(rid)


@context.command("delete")
@click.argument("id")
def delete(id):
    """Remove a context from the store, every index and every derived item."""
    reply = Mesh().request("context.delete", {"id": id}, timeout=60)
    extra = f" ({reply['resynthesized']} synthesized context(s) rewritten)" if reply.get("resynthesized") else ""
    click.echo(f"deleted {id}{extra}")


@context.command("reindex")
def reindex():
    """Rebuild the query index from the stored contexts."""
    reply = Mesh().request("context.reindex", {}, timeout=600)
    click.echo(f"reindexed {reply['contexts']} context(s) in {reply['seconds']:.2f}s")


# ---- patterns and metrics --------------------------------------------------------------------------
@main.command()
@click.option("--kind", type=click.Choice(values(PatternKind)), default=None)
@click.option("--project", "-p", default=None)
@click.option("--json", "as_json", is_flag=True)
def patterns(kind, project, as_json):
    """Learned workflow, code and integration patterns."""
    body = {k: v for k, v in (("kind", kind), ("project", project)) if v is not None}
    reply = Mesh().request("pattern.list", body)
    if as_json:
        return emit_json(reply)
    if not reply["patterns"]:
        click.echo("no patterns learned yet")
        return
    click.echo(f"{'KIND':<12}{'SUPPORT':>8}{'CONF':>6}{'SUCCESS':>8}  {'ID':<20}PATTERN")
    for p in reply["patterns"]:
        rate = "-" if p.get("success_rate") is None else f"{p['success_rate'] * 100:.0f}%"
        click.echo(f"{p['kind']:<12}{p['support']:>8.0f}{p['confidence']:>6.2f}{rate:>8}  {p['id']:<20}"
                   f"{p['description']}")


@main.command()
@click.option("--json", "as_json", is_flag=True)
def metrics(as_json):
    """Usage (operations, latencies), pattern effectiveness and resources per process."""
    m = Mesh().request("metrics.get", {})
    if as_json:
        return emit_json(m)
    store = m.get("store") or {}
    tiers = store.get("contexts") or {}
    click.echo("contexts: " + ", ".join(f"{t} {n}" for t, n in tiers.items())
               + f"; log {store.get('log_bytes', 0) / 1048576:.1f} MiB")
    click.echo(f"\n{'OPERATION':<16}{'COUNT':>8}{'P50 MS':>9}{'P99 MS':>9}")
    for op, u in sorted(m["usage"].items()):
        click.echo(f"{op:<16}{u.get('count', 0):>8}{_num(u.get('p50_ms')):>9}{_num(u.get('p99_ms')):>9}")
    if m["effectiveness"]:
        click.echo(f"\n{'PATTERN':<22}{'ACCEPTED':>9}{'REJECTED':>9}{'SUCCESS':>9}")
        for pid, e in sorted(m["effectiveness"].items()):
            click.echo(f"{pid:<22}{e.get('accepted', 0):>9}{e.get('rejected', 0):>9}"
                       f"{_num((e.get('success_rate') or 0) * 100):>8}%")
    if m["resources"]:
        click.echo(f"\n{'PROCESS':<20}{'SAMPLES':>8}{'CPU AVG':>9}{'CPU MAX':>9}{'RSS MAX':>10}")
        for name, r in sorted(m["resources"].items()):
            click.echo(f"{name:<20}{r.get('samples', 0):>8}{_num(r.get('cpu_avg')):>9}{_num(r.get('cpu_max')):>9}"
                       f"{(r.get('rss_max_bytes') or 0) / 1048576:>9.0f}M")


def _num(v) -> str:
    return "-" if v is None else f"{v:.1f}"
