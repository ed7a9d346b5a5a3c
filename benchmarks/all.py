"""``enclave bench all``: every area's benchmark in one run on one commit, then one report of the seed's
success criteria.

Writes ``report.md``, ``report.json`` and ``latencies.png`` (plus each area's own files) to the output
directory, with the commit measured (``git rev-parse HEAD``, ``-dirty`` when the tree has changes), the
machine, the start time and the seconds of each area. Each seed criterion is declared once below:
which area's result measures it and the target.
"""
from __future__ import annotations

import json
import time
import traceback
from pathlib import Path

from .common import commit, machine, run_one, table, tree_state, write

AREAS = ("bus", "privacy", "context", "llm", "tools", "gateway", "fuzz", "load", "security", "storage", "chaos")

# (group, criterion, seed target, [(area, result-name prefix), ...] first measured wins,
#  comparison, threshold in that result's own unit)
CRITERIA = [
    ("performance", "Local LLM latency", "< 100 ms", [("llm", "mesh ttft, fresh 32-token prompt")], "<", 100),
    ("performance", "Context operations", "< 50 ms", [("context", "query p99 @ 100k"),
                                                      ("context", "query p99 @ 10k")], "<", 50),
    ("performance", "Privacy checks", "< 10 ms", [("privacy", "sanitize p99 per 64 KB")], "<", 10),
    ("performance", "Tool integration", "< 30 ms", [("tools", "registration + first round trip p99")], "<", 30_000),
    ("resources", "Peak memory", "< 4 GB", [("load", "peak RSS of the mesh"),
                                            ("llm", "mesh peak rss during the benchmark")], "<", 4096),
    ("resources", "CPU usage", "< 30%", [("llm", "background generation cpu share")], "<", 0.30),
    ("resources", "Disk I/O", "< 100 MB/s", [("load", "disk I/O of the mesh")], "<", 100),
    ("resources", "Network", "< 1 MB/s", [("load", "non-loopback network")], "<", 1),
    ("quality", "Privacy compliance", "100%", [("security", "canary leaks")], "==", 0),
    ("quality", "Context accuracy", "> 95%", [("context", "memory hit@5 overall (hybrid)"),
                                               ("context", "memory hit@5 overall (lexical)")], ">", 95),
    ("quality", "Pattern validity", "> 90%", [("context", "pattern precision (planted workflows), mean")], ">", 90),
    ("quality", "Integration success", "> 99%", [("load", "integration success"),
                                                 ("tools", "integration success")], ">", 99),
]

_OPS = {"<": lambda a, b: a < b, ">": lambda a, b: a > b, "==": lambda a, b: a == b}


def _find(results: dict, area: str, name: str) -> dict | None:
    for r in results.get(area, {}).get("results", []):
        if r["name"].startswith(name):
            return r
    return None


def criteria_rows(results: dict) -> list[dict]:
    rows = []
    for group, criterion, target, candidates, op, threshold in CRITERIA:
        found = next(((area, r) for area, name in candidates if (r := _find(results, area, name))), None)
        if found is None:
            rows.append({"group": group, "criterion": criterion, "target": target, "measured": None, "unit": "",
                         "pass": None, "source": " or ".join(f"{a}: {n}" for a, n in candidates) + " (not measured)",
                         "anchor": None, "ratio": None})
            continue
        area, r = found
        rows.append({"group": group, "criterion": criterion, "target": target, "measured": r["value"],
                     "unit": r["unit"], "pass": _OPS[op](r["value"], threshold), "source": f"{area}: {r['name']}",
                     "anchor": r.get("anchor"), "anchor_value": r.get("anchor_value"), "ratio": r.get("ratio")})
    return rows


def markdown(report: dict) -> str:
    m = report["machine"]
    out = ["# enclave benchmark report", "",
           f"- commit: `{report['commit']}`" + (f" (`{report['commit_at_end']}` when the run ended)"
                                                if report.get("commit_at_end") else "")
           + ("" if report["tree"]["at_start"] == report["tree"]["at_end"] else
              " — **the uncommitted changes changed during the run** (fingerprint "
              f"{report['tree']['at_start']} at the start, {report['tree']['at_end']} at the end)"),
           f"- started: {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime(report['started']))}, "
           f"{report['seconds']:.0f} s in all" + (" (`--quick`: shorter runs)" if report.get("quick") else ""),
           f"- machine: {m.get('cpus')} cpus ({m.get('cpu', '')}), Python {m.get('python')}, {m.get('system', '')}",
           "- every area ran in this one run, seconds each: " + ", ".join(
               f"{a} {res.get('seconds', 0):.0f} s" + (" (failed)" if "error" in res else "")
               for a, res in report["areas"].items()), "",
           "## The seed's success criteria", "",
           "| group | criterion | target | measured | pass | measured by | anchor ratio |",
           "|---|---|---|---|---|---|---|"]
    for r in report["criteria"]:
        measured = "—" if r["measured"] is None else f"{r['measured']} {r['unit']}"
        verdict = {True: "PASS", False: "FAIL", None: "not measured"}[r["pass"]]
        ratio = f"{r['ratio']}x vs {r['anchor']}" if r.get("ratio") is not None else "—"
        out.append(f"| {r['group']} | {r['criterion']} | {r['target']} | {measured} | {verdict} | "
                   f"{r['source']} | {ratio} |")
    out += ["", "![latencies](latencies.png)", "", "## Every area", ""]
    for area, res in report["areas"].items():
        if "error" in res:
            out += [f"### {area}", "", f"failed: `{res['error']}`", ""]
            continue
        out += [f"### {area}", "", "```", table(res), "```", ""]
    return "\n".join(out)


def chart(report: dict, path: Path) -> bool:
    """A bar chart of every latency result (log scale) with its anchor beside it."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    rows = [(f"{area}: {r['name']}", r["value"], r.get("anchor_value"), r["unit"])
            for area, res in report["areas"].items() for r in res.get("results", [])
            if r["unit"] in ("us", "ms") and isinstance(r["value"], (int, float))]
    if not rows:
        return False
    to_ms = {"us": 0.001, "ms": 1.0}
    fig, ax = plt.subplots(figsize=(10, 0.35 * len(rows) + 1.5))
    ys = range(len(rows))
    ax.barh([y + 0.2 for y in ys], [v * to_ms[u] for _, v, _, u in rows], height=0.4, label="enclave")
    ax.barh([y - 0.2 for y in ys], [(a or 0) * to_ms[u] for _, _, a, u in rows], height=0.4, label="anchor")
    ax.set_yticks(list(ys), [n[:60] for n, *_ in rows], fontsize=7)
    ax.set_xscale("log")
    ax.set_xlabel("milliseconds (log scale)")
    ax.legend()
    ax.set_title("enclave latencies against their anchors")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def run(quick: bool = False, out: str | Path = "bench-results", areas=AREAS) -> dict:
    """Every area, one after the other in this one run on this one commit, then the report. There is
    no way to assemble a report from earlier runs: every number in it was measured here."""
    out = Path(out)
    revision, tree = commit(), tree_state()
    started = time.time()
    results = {}
    for area in areas:
        t = time.time()
        try:
            res = run_one(area, quick=quick, revision=revision)
            write(res, out)
        except Exception as e:   # one broken area must not hide the others
            res = {"area": area, "error": f"{type(e).__name__}: {e}", "trace": traceback.format_exc()[-2000:],
                   "results": [], "commit": revision, "started": t, "seconds": round(time.time() - t, 1)}
        results[area] = res
    at_end, tree_at_end = commit(), tree_state()
    report = {"area": "all", "commit": revision, "machine": machine(), "started": started,
              "seconds": time.time() - started, "quick": quick,
              "tree": {"at_start": tree, "at_end": tree_at_end},
              "area_seconds": {a: r.get("seconds") for a, r in results.items()},
              "criteria": criteria_rows(results), "areas": results}
    if at_end != revision:
        report["commit_at_end"] = at_end
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2, default=str))
    report["chart"] = chart(report, out / "latencies.png")
    (out / "report.md").write_text(markdown(report))
    report["results"] = [
        {"name": f"{r['group']}: {r['criterion']}", "value": r["measured"], "unit": r["unit"],
         "anchor": r["anchor"], "anchor_value": r.get("anchor_value"), "ratio": r["ratio"], "target": r["target"],
         "pass": r["pass"]} for r in report["criteria"]]
    return report
