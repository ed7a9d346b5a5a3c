"""What every benchmark shares: the result shape, the table, the files it writes, percentiles."""
from __future__ import annotations

import importlib
import json
import os
import platform
import time
from pathlib import Path

AREAS = ("bus", "privacy", "context", "llm", "tools", "fuzz", "load", "chaos", "security", "storage")


class UnknownArea(Exception):
    pass


def machine() -> dict:
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "system": platform.platform()}


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, int(round(p / 100 * (len(s) - 1)))))
    return s[k]


def result(name, value, unit, *, anchor=None, anchor_value=None, target="", passed=None) -> dict:
    ratio = (value / anchor_value) if anchor_value else None
    return {"name": name, "value": round(value, 4), "unit": unit, "anchor": anchor,
            "anchor_value": None if anchor_value is None else round(anchor_value, 4),
            "ratio": None if ratio is None else round(ratio, 3), "target": target, "pass": passed}


def table(res: dict) -> str:
    rows = [("result", "value", "anchor", "ratio", "target", "pass")]
    for r in res["results"]:
        anchor = f"{r['anchor']}={r['anchor_value']}" if r.get("anchor") else "-"
        rows.append((r["name"], f"{r['value']} {r['unit']}", anchor,
                     "-" if r.get("ratio") is None else f"{r['ratio']}x", r.get("target") or "-",
                     {True: "PASS", False: "FAIL", None: "-"}[r.get("pass")]))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = [f"enclave bench {res['area']}  ({res['machine'].get('cpus')} cpus, {res['machine'].get('cpu', '')})"]
    for i, row in enumerate(rows):
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def write(res: dict, out: str | Path) -> Path:
    """A JSON file and a Markdown table a person can read, under ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{res['area']}.json").write_text(json.dumps(res, indent=2))
    (out / f"{res['area']}.md").write_text("```\n" + table(res) + "\n```\n")
    return out


def run_area(area: str, *, quick: bool = False, out: str | Path = "bench-results", reuse: bool = False) -> dict:
    if area not in AREAS and area != "all":
        raise UnknownArea(f"unknown benchmark area {area!r}; areas: {', '.join(AREAS)}, all")
    module = importlib.import_module(f"benchmarks.{area}")
    started = time.time()
    if area == "all":
        return module.run(quick=quick, out=out, reuse=reuse)   # writes its own report
    res = module.run(quick=quick)
    res.setdefault("area", area)
    res.setdefault("machine", machine())
    res["seconds"] = round(time.time() - started, 1)
    write(res, out)
    return res
