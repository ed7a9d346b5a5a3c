"""``enclave bench context``, the memory part: what memory costs a request, as the router pays it.

A real mesh (bus, privacy, context, router) over a context store filled with realistic developer
contexts (``dev_contexts``: commands, commits, notes, chat turns, edits) at 10k and 100k, with the
parrot (``tests/parrot.py``) as its model, so that what is timed is everything around the model.
Requests come from a registered tool (``bus.tool.ToolPeer``) through the router, as a tool sends them.

Retrieval + injection: the same question is sent twice, ``memory`` off and on (order alternating),
and each time to first token is taken from sending the request to the first piece of text. On, the
router asks the privacy filter to clean the question, queries the context actor over the bus (top
``router.memory_contexts`` within the tool's read scope), writes the notes as a system message, and
the longer prompt is cleaned and forwarded. What memory adds is ``on - off`` per question; its p50
and p99 are reported per size, lexical (no embedder installed) and hybrid (all-MiniLM-L6-v2
installed, its dense index complete: built before the mesh starts, the build timed). Anchors, in the
same run: plain SQLite FTS5 top-k over the same texts and questions (``context.Fts5Anchor``), and
the time to first token of the real SmolLM2 through the same router without memory (what fraction
of it memory adds), with memory as information (the model then also reads the notes).

Capture: a tool with ``context_sync`` (each turn kept: hashed, queued, then cleaned and preserved on
the router's capture thread) against the same tool without it; the time the caller waits for the
whole answer, in phases not kept / kept / not kept / kept with the mesh idle again after each kept
phase, requests back to back and 100 ms apart; p50 and p99 of each side and their difference.

The dense index of 100k contexts is about 64k distinct texts, which the product's numpy embedder
takes tens of minutes to embed on two cores: the vectors are memoized between runs by text
(``bench_vectors``), so only the first run pays it, and the build row says how many were embedded.
"""
from __future__ import annotations

import itertools
import os
import shutil
import statistics
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import psutil

from actors.context import ContextEngine, embedders
from actors.context.describe import describe
from actors.shared.seal import load_or_create_key
from actors.shared.settings import resolve_section
from bus.addresses import keys_dir
from bus.tool import ToolPeer

from . import dev_contexts
from .bench_vectors import CachedEmbedder
from .common import model_cache, percentile, private_dir, result, timed_fill
from .harness import Mesh

EMBEDDER = "all-minilm-l6-v2"
SMOLLM = "smollm2-135m"
RECALLER, CAPTURING, PLAIN = "bench-recall", "bench-capture", "bench-plain"
FILL_SOURCES = sorted(set(dev_contexts.SOURCES.values()))
FEATURES = {"pattern_learning": False, "command_integration": True, "memory": False}
LIMITED = {"data_sharing": "filtered", "context_access": "limited"}
TOOLS = {  # the recaller may read what the fill's tools wrote; it keeps nothing itself
    RECALLER: {"integration_type": "standard", "features": {**FEATURES, "context_sync": False},
               "privacy": LIMITED, "sources": FILL_SOURCES},
    CAPTURING: {"integration_type": "standard", "features": {**FEATURES, "context_sync": True}, "privacy": LIMITED},
    PLAIN: {"integration_type": "standard", "features": {**FEATURES, "context_sync": False}, "privacy": LIMITED},
}
# shipped settings, but for the context actor's summaries: the parrot is no summarizer
MESH_CONFIG = {"tools": TOOLS, "context": {"actor": {"summarize_with_llm": False}}}
SERVICES = ["bus", "privacy", "context", "router"]
TARGET_MS, CAPTURE_TARGET_MS = 15.0, 2.0
SPACED_S = 0.1              # between requests in the capture run that spaces them
_CONVERSATIONS = itertools.count()   # a new one per request: a turn the router has seen is not kept again



def _embedder_dir() -> Path | None:
    try:
        return embedders.pull(EMBEDDER, model_cache())
    except Exception:  # noqa: BLE001 - no network on a first run: the hybrid rows say so
        return None


# ---- the store ------------------------------------------------------------------------------------------
def _embedded_text(ctx) -> str:
    """What the context engine gives its embedder for a context (``ContextEngine._content``)."""
    words = describe(ctx.kind, ctx.content, ctx.metadata)
    return f"{ctx.content}\n{words}" if words else ctx.content


def fill(home: Path, records: list[dict], vectors: CachedEmbedder | None) -> dict:
    """The store in ``home`` filled the fastest supported way (``preserve_many`` in batches of the
    store's maximum, then one forced background round: index, syntheses, patterns, archiving), then
    its dense index built complete (when ``vectors``), each timed."""
    key = load_or_create_key(keys_dir(home) / "seal.key")         # the key the mesh's privacy filter seals with
    batch = resolve_section("context")["store"]["max_batch"]
    out: dict = {"contexts": len(records)}
    with ContextEngine(home, None, seal_key=key) as engine:
        out["fill_s"] = timed_fill(engine, ([dev_contexts.record(r) for r in records[i:i + batch]]
                                            for i in range(0, len(records), batch)), key)
    if vectors is None:
        return out
    t = time.perf_counter()
    before_s, before_n = vectors.embed_s, vectors.embedded
    # the engine embeds up to embed_batch per round; one large round is the bulk path
    with ContextEngine(home, {"query": {"embed_batch": 4096}}, seal_key=key, embedder=vectors) as engine:
        vectors.prefill([_embedded_text(c) for c in engine.store.iter_contexts()])
        engine.process_pending(force=True)
        out["dense"], out["indexed"] = len(engine.store.dense), len(engine.store.index)
    out.update(dense_s=time.perf_counter() - t, embedded=vectors.embedded - before_n,
               embed_s=vectors.embed_s - before_s)
    if out["dense"] != out["indexed"]:
        raise RuntimeError(f"the dense index holds {out['dense']} of {out['indexed']} contexts after its build")
    return out


# ---- the mesh -------------------------------------------------------------------------------------------
QUIET_S = 2.0          # how long the mesh must stay idle to count as settled (its tests shorten it)


def _settle(mesh: Mesh, *, idle_cpu: float = 0.05, quiet_s: float | None = None, limit_s: float = 900.0) -> float:
    """Seconds until the mesh's processes are idle (the context actor's start-up work — observing
    every stored context, syntheses, patterns — done), so that it is not what gets timed."""
    quiet_s = QUIET_S if quiet_s is None else quiet_s
    procs = []
    for pid in mesh.all_pids():
        try:
            procs.append(psutil.Process(pid))
        except psutil.Error:
            pass

    def cpu() -> float:
        total = 0.0
        for p in procs:
            try:
                t = p.cpu_times()
                total += t.user + t.system
            except psutil.Error:
                pass
        return total
    start = time.monotonic()
    last, quiet_since = cpu(), None
    while time.monotonic() - start < limit_s:
        time.sleep(0.5)
        now = cpu()
        busy, last = (now - last) / 0.5, now
        if busy >= idle_cpu:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= quiet_s:
            return quiet_since - start
    return float("nan")


@contextmanager
def running(home: Path, *, hybrid: bool, model: bool = False):
    """The mesh over the store in ``home``: retrieval hybrid when the embedder is installed there
    (linked from the model cache, as ``enclave models pull`` leaves it), else lexical; the parrot as
    its model, or SmolLM2 when ``model``."""
    link = home / "models" / embedders.DIR / EMBEDDER
    link.unlink(missing_ok=True)
    if hybrid:
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(_embedder_dir())
    mesh = Mesh(home, only=SERVICES + (["llm"] if model else []), config=MESH_CONFIG)
    parrot = None
    t = time.perf_counter()
    try:
        mesh.start(timeout=300)
        info = {"start_s": time.perf_counter() - t, "settle_s": _settle(mesh)}
        if not model:
            from parrot import Parrot                 # tests/parrot.py (on the path through .harness)
            parrot = Parrot(mesh).__enter__()
        yield mesh, info
    finally:
        if parrot is not None:
            parrot.__exit__()
        mesh.stop()
        link.unlink(missing_ok=True)


# ---- what is timed --------------------------------------------------------------------------------------
def _ask(peer: ToolPeer, messages: list[dict], *, memory: bool | None, model: str | None = None,
         max_tokens: int = 64) -> tuple[float, float, int]:
    """(time to first piece of text, time to the final reply, context ids given) of one request."""
    body: dict = {"messages": messages, "max_tokens": max_tokens, "temperature": 0.0}
    if memory is not None:
        body["memory"] = memory
    if model:
        body["model"] = model
    t0 = time.perf_counter()
    first, ids = None, 0
    for reply in peer.stream("llm.generate", body, timeout=300):
        if reply.final:
            ids = len(reply.body.get("context_ids") or [])
            break
        if first is None and reply.body.get("text"):
            first = time.perf_counter()
    end = time.perf_counter()
    return (first or end) - t0, end - t0, ids


def recall(mesh: Mesh, questions: list[str], *, warm: int = 10, model: str | None = None) -> dict:
    """Each question without memory and with it (order alternating): time to first token of each,
    and what memory added (on - off, per question)."""
    off, on, given = [], [], []
    with ToolPeer(RECALLER, home=mesh.home, timeout=60) as peer:
        for i, q in enumerate(questions):
            messages = [{"role": "user", "content": q}]
            got = {}
            for memory in ((False, True) if i % 2 == 0 else (True, False)):
                ttft, _, ids = _ask(peer, messages, memory=memory, model=model, max_tokens=8 if model else 64)
                got[memory] = (ttft, ids)
            if i < warm:
                continue
            off.append(got[False][0])
            on.append(got[True][0])
            given.append(got[True][1])
    return {"off": off, "on": on, "added": [b - a for a, b in zip(off, on)],
            "with_notes": sum(1 for n in given if n), "notes_mean": statistics.mean(given) if given else 0.0}


def parts(mesh: Mesh, questions: list[str]) -> dict:
    """The bus calls memory adds to a request, each timed alone with the router's bodies (where the
    time goes): the question cleaned, the store queried, and the prompt cleaned with the notes in it
    against the same prompt without them."""
    from actors.router import memory
    conf = resolve_section("router")
    scope = {"mode": "limited", "sources": sorted({RECALLER, *FILL_SOURCES})}   # policy.access_scope's answer
    client = mesh.client(source="bench")
    out: dict = {"sanitize": [], "query": [], "prompt_with_notes": [], "prompt_without": []}

    def timed(name: str, kind: str, body: dict):
        t = time.perf_counter()
        reply = client.request(kind, body, timeout=30)
        out[name].append(time.perf_counter() - t)
        return reply
    for q in questions:
        clean = timed("sanitize", "privacy.sanitize", {"data": q, "source": RECALLER, "destination": "context_store",
                                                      "session": None})["data"]
        hits = timed("query", "context.query", {"text": clean, "k": conf["memory_contexts"], "access": scope})["results"]
        said = [{"role": "user", "content": q}]
        note, _ = memory.memory_message(hits, conf["memory_chars"])
        for name, messages in (("prompt_with_notes", memory.with_memory(said, note)), ("prompt_without", said)):
            timed(name, "privacy.sanitize", {"data": {"messages": messages}, "source": RECALLER,
                                             "destination": "local_model", "session": None})
    return out


def _contexts_stored(mesh: Mesh) -> int:
    """Contexts preserved (syntheses left out), as the context actor last counted them."""
    tiers = mesh.request("sys.status", {}, target="context", timeout=10)["details"]["contexts"]
    return tiers.get("active", 0) + tiers.get("archived", 0)


def capture(mesh: Mesh, questions: list[str], *, phase: int = 250, gap_s: float = 0.0) -> dict:
    """The whole answer's time for a tool whose turns are kept and for one whose are not: phases of
    ``phase`` requests, not kept / kept / not kept / kept, the mesh idle again after each kept phase
    (so a kept phase bears its own capture work — the router's capture thread, the privacy filter,
    the durable write, the context actor's indexing and, hybrid, embedding — and no other phase
    does). Requests back to back (``gap_s`` 0: each also meets the capture work of the ones before
    it) or ``gap_s`` apart (what one request waits for, its own capture included). Each request is
    a new conversation, so its turn is new and kept."""
    times: dict[bool, list[float]] = {True: [], False: []}
    sent, settle = 0, []
    before = _contexts_stored(mesh)
    with ToolPeer(CAPTURING, home=mesh.home, timeout=60) as keeping, ToolPeer(PLAIN, home=mesh.home,
                                                                                timeout=60) as plain:
        def ask(kept: bool) -> float:
            i = next(_CONVERSATIONS)
            q = questions[i % len(questions)]
            messages = [{"role": "user", "content": f"Conversation {i}: I am working on the {q.split()[-1]}"},
                        {"role": "assistant", "content": "Sure, what do you need?"},
                        {"role": "user", "content": q}]
            took = _ask(keeping if kept else plain, messages, memory=None)[1]
            time.sleep(gap_s)
            return took
        for kept in (False, True) * 3:      # warm both paths
            ask(kept)
        sent += 3
        settle.append(_settle(mesh, limit_s=300))
        for kept in (False, True, False, True):
            times[kept] += [ask(kept) for _ in range(phase)]
            if kept:
                sent += phase
                settle.append(_settle(mesh, limit_s=300))
    deadline = time.monotonic() + 30        # the store's count catches up
    while (stored := _contexts_stored(mesh)) - before < sent and time.monotonic() < deadline:
        time.sleep(0.5)
    return {"on": times[True], "off": times[False], "kept": stored - before, "sent_with_capture": sent,
            "settle_s": settle, "gap_s": gap_s}


def fts5(tmp: Path, records: list[dict], questions: list[str], k: int) -> list[float]:
    """The anchor: the same questions, top ``k`` from plain SQLite FTS5 over the same texts."""
    from .context import Fts5Anchor
    fts = Fts5Anchor(tmp / f"memory-fts5-{len(records)}.sqlite")
    fts.fill(records[i:i + 1000] for i in range(0, len(records), 1000))
    for q in questions[:20]:
        fts.query(q, k)
    out = []
    for q in questions:
        t = time.perf_counter()
        fts.query(q, k)
        out.append(time.perf_counter() - t)
    fts.close()
    return out


# ---- the run --------------------------------------------------------------------------------------------
def _ms(values: list[float], p: float) -> float:
    return percentile(values, p) * 1e3


def _unique_questions(records: list[dict], n: int) -> list[str]:
    seen: dict[str, None] = {}
    seed = 11
    while len(seen) < n and seed < 50:
        for q in dev_contexts.questions(records, 2 * n, seed=seed):
            seen.setdefault(q)
        seed += 1
    return list(seen)[:n]


def run(quick: bool = False) -> dict:
    sizes = [10_000] if quick else [10_000, 100_000]
    n_recall, n_capture, n_spaced, n_model = (120, 100, 50, 8) if quick else (400, 250, 100, 20)
    model_dir = _embedder_dir()
    end = time.time()
    details: dict = {"sizes": {}, "questions": n_recall, "load_average_at_start": os.getloadavg()}
    base = Path(tempfile.mkdtemp(prefix="enclave-bench-memory-"))
    vectors = CachedEmbedder(model_dir, model_cache().parent / "bench" / f"vectors-{EMBEDDER}.npz") \
        if model_dir else None
    k = resolve_section("router")["memory_contexts"]
    try:
        for n in sizes:
            label = f"{n // 1000}k"
            records = dev_contexts.contexts(n, end=end)
            questions = _unique_questions(records, n_recall + 10)
            home = private_dir(base / f"home-{label}")
            d: dict = {"store": fill(home, records, vectors)}
            d["fts5"] = fts5(base, records, questions, k)
            modes = ("lexical", "hybrid") if vectors else ("lexical",)
            for mode in modes:
                with running(home, hybrid=mode == "hybrid") as (mesh, info):
                    d[mode] = {"mesh": info, "recall": recall(mesh, questions), "parts": parts(mesh, questions[:100])}
                    if n == sizes[-1]:
                        d[mode]["capture"] = [capture(mesh, questions, phase=n_capture),
                                              capture(mesh, questions, phase=n_spaced, gap_s=SPACED_S)]
            if n == sizes[-1]:
                d["smollm"] = _with_smollm(home, questions[:n_model + 2], hybrid=bool(vectors))
            details["sizes"][label] = d
    finally:
        shutil.rmtree(base, ignore_errors=True)
    details["load_average_at_end"] = os.getloadavg()      # other work on the machine shows in the timings
    return {"results": rows(details), "details": _summary(details)}


def _with_smollm(home: Path, questions: list[str], *, hybrid: bool) -> dict | None:
    """Time to first token of the real SmolLM2 through the same router, without memory and with it."""
    from actors.llm.store import ModelStore, pull
    try:
        path = pull(SMOLLM, model_cache()).path
    except Exception:  # noqa: BLE001 - no network on a first run: the rows say so
        return None
    ModelStore(home / "models").add(path, name=SMOLLM)
    with running(home, hybrid=hybrid, model=True) as (mesh, info):
        return {"mesh": info, "recall": recall(mesh, questions, warm=2, model=SMOLLM)}


def rows(details: dict) -> list[dict]:
    out = []
    sizes = details["sizes"]
    largest = list(sizes)[-1]
    smol = sizes[largest].get("smollm")
    for label, d in sizes.items():
        store = d["store"]
        if "dense_s" in store:
            rate = store["embedded"] / store["embed_s"] if store["embed_s"] else None
            out.append(result(
                f"memory: dense index build @ {label} ({store['dense']} contexts; {store['embedded']} texts embedded "
                "in this run" + (f" at {rate:.0f}/s" if rate else "")
                + ", the rest from the bench's vector memo)", store["dense_s"], "s", target="reported"))
        for mode in ("lexical", "hybrid"):
            if mode not in d:
                continue
            r = d[mode]["recall"]
            out.append(result(f"memory: retrieval + injection p50 @ {label} ({mode}; TTFT with - without, "
                              f"notes given in {r['with_notes']} of {len(r['on'])})", _ms(r["added"], 50), "ms",
                              anchor="fts5 top-k, same questions p50", anchor_value=_ms(d["fts5"], 50), target="info"))
            worst = _ms(r["added"], 99)
            if label != largest:
                out.append(result(f"memory: retrieval + injection p99 @ {label} ({mode})", worst, "ms",
                                  anchor="fts5 top-k, same questions p99", anchor_value=_ms(d["fts5"], 99),
                                  target="info"))
                continue
            out.append(result(f"memory: retrieval + injection p99 at {label} contexts ({mode})", worst, "ms",
                              anchor="SmolLM2 TTFT p99 without memory" if smol else None,
                              anchor_value=_ms(smol["recall"]["off"], 99) if smol else None,
                              target=f"<= {TARGET_MS:g} ms", passed=worst <= TARGET_MS))
    if smol:
        r = smol["recall"]
        mode = "hybrid" if "hybrid" in sizes[largest] else "lexical"
        out.append(result(f"memory: SmolLM2 TTFT p50 with memory @ {largest} ({mode}; the model also reads the notes)",
                          _ms(r["on"], 50), "ms", anchor="SmolLM2 TTFT p50 without memory",
                          anchor_value=_ms(r["off"], 50), target="info"))
    else:
        out.append(result("memory: SmolLM2 TTFT not measured (model not available)", 0.0, "ms"))
    for mode in ("lexical", "hybrid"):
        for c in sizes[largest].get(mode, {}).get("capture", []):
            how = f"{c['gap_s'] * 1000:g} ms apart" if c["gap_s"] else "back to back"
            for p in (50, 99):
                diff = _ms(c["on"], p) - _ms(c["off"], p)
                target = f"<= {CAPTURE_TARGET_MS:g} ms" if p == 99 else "info"
                out.append(result(f"capture: overhead p{p} @ {largest} ({mode}, requests {how}; answer time kept - "
                                  f"not kept, {c['kept']} of {c['sent_with_capture']} turns kept)", diff, "ms",
                                  anchor=f"answer time p{p} without capture", anchor_value=_ms(c["off"], p),
                                  target=target, passed=diff <= CAPTURE_TARGET_MS if p == 99 else None))
    return out


def _summary(details: dict) -> dict:
    """The numbers behind the rows (percentiles in ms), without the raw samples."""
    def pct(values):
        return {"p50_ms": round(_ms(values, 50), 3), "p99_ms": round(_ms(values, 99), 3), "n": len(values)}
    out: dict = {k: details[k] for k in ("load_average_at_start", "load_average_at_end")}
    for label, d in details["sizes"].items():
        s: dict = {"store": {k: round(v, 3) if isinstance(v, float) else v for k, v in d["store"].items()},
                   "fts5": pct(d["fts5"])}
        for mode in ("lexical", "hybrid"):
            if mode not in d:
                continue
            m = d[mode]
            r = m["recall"]
            s[mode] = {"mesh": {k: round(v, 2) for k, v in m["mesh"].items()},
                       "ttft_without": pct(r["off"]), "ttft_with": pct(r["on"]), "added": pct(r["added"]),
                       "with_notes": r["with_notes"], "notes_mean": round(r["notes_mean"], 2),
                       **{f"bus_{name}": pct(v) for name, v in m["parts"].items()}}
            if "capture" in m:
                s[mode]["capture"] = [{"gap_s": c["gap_s"], "with": pct(c["on"]), "without": pct(c["off"]),
                                       "kept": c["kept"], "sent_with_capture": c["sent_with_capture"],
                                       "settle_s": [round(x, 1) for x in c["settle_s"]]} for c in m["capture"]]
        if d.get("smollm"):
            r = d["smollm"]["recall"]
            s["smollm"] = {"ttft_without": pct(r["off"]), "ttft_with": pct(r["on"]), "added": pct(r["added"]),
                           "with_notes": r["with_notes"]}
        out[label] = s
    return out


if __name__ == "__main__":
    import json
    import sys
    from .common import table
    res = run(quick="--quick" in sys.argv)
    print(table({"area": "context (memory)", "machine": {}, "results": res["results"]}))
    print(json.dumps(res["details"], indent=2))
