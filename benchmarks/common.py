"""What every benchmark shares: the result shape, the table, the files it writes, percentiles."""
from __future__ import annotations

import importlib
import json
import os
import platform
import subprocess
import time
from pathlib import Path

AREAS = ("bus", "privacy", "context", "llm", "tools", "gateway", "fuzz", "load", "chaos", "security", "storage")
CHECKOUT = Path(__file__).resolve().parents[1]


class UnknownArea(Exception):
    pass


def model_cache() -> Path:
    """Where benchmarks and tests keep the published models they pull (GGUFs, embedders): once per
    machine, ``$ENCLAVE_MODEL_CACHE`` or ``~/.cache/enclave/models``, a models dir of its own."""
    return Path(os.environ.get("ENCLAVE_MODEL_CACHE") or Path.home() / ".cache" / "enclave" / "models")


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


def commit() -> str:
    """The checkout's commit (``git rev-parse HEAD``), with ``-dirty`` when ``git status --porcelain``
    lists anything: what was measured. Read only (no index refresh)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "--no-optional-locks", "-C", str(CHECKOUT), *args], capture_output=True,
                              text=True, timeout=30, check=True).stdout
    try:
        head = git("rev-parse", "HEAD").strip()
        return head + ("-dirty" if git("status", "--porcelain").strip() else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown (not a git checkout)"


def tree_state() -> str:
    """A fingerprint of the uncommitted changes (``git diff HEAD`` and the untracked files' contents):
    when it differs between the start and the end of a run, the code changed while it was measured."""
    import hashlib
    h = hashlib.sha256()
    try:
        def git(*args: str) -> bytes:
            return subprocess.run(["git", "--no-optional-locks", "-C", str(CHECKOUT), *args], capture_output=True,
                                  timeout=60, check=True).stdout
        h.update(git("diff", "HEAD", "--binary"))
        for name in sorted(git("ls-files", "--others", "--exclude-standard", "-z").split(b"\0")):
            if name:
                h.update(name)
                try:
                    h.update((CHECKOUT / name.decode()).read_bytes())
                except OSError:
                    pass
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return h.hexdigest()[:16]


def private_dir(path: str | Path) -> Path:
    """``path`` with every missing level made 0700. A benchmark's mesh home lives under /tmp, and the
    mesh refuses a socket directory under /tmp that has a level another user could enter or change."""
    path = Path(path)
    missing = []
    for level in (path, *path.parents):
        if level.exists():
            break
        missing.append(level)
    for level in reversed(missing):
        level.mkdir(mode=0o700)
    return path


def tool_tokens(home: str | Path, names) -> None:
    """What ``enclave tools add NAME`` does for a tool the benchmark configures: make its token in the
    mesh's data dir, where ``bus.tool.ToolPeer(name, home=home)`` reads it at registration. Nothing to
    do for a product without tool credentials."""
    try:
        from actors.shared import credentials
    except ImportError:
        return
    for name in names:
        if name != "default":
            credentials.tool_token(home, name, create=True)


def http_token(home: str | Path) -> str:
    """The HTTP doors' credential of the mesh in ``home`` (any string for a product without one)."""
    try:
        from actors.shared import credentials
    except ImportError:
        return "bench"
    return credentials.http_token(home)


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
    lines = [f"enclave bench {res['area']}  ({res['machine'].get('cpus')} cpus, {res['machine'].get('cpu', '')})"
             + (f"  commit {res['commit']}" if res.get("commit") else "")
             + ("  (the uncommitted changes changed during the run)"
                if res.get("tree") and res["tree"]["at_start"] != res["tree"]["at_end"] else "")]
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


def run_one(area: str, *, quick: bool = False, revision: str | None = None) -> dict:
    """One area's benchmark, stamped with what was measured where and when: the commit, the machine,
    the start time, the seconds it took and whether it was a ``--quick`` run."""
    module = importlib.import_module(f"benchmarks.{area}")
    revision = revision or commit()         # before the run: what was measured
    tree = tree_state()
    started = time.time()
    res = module.run(quick=quick)
    res.setdefault("area", area)
    res["machine"] = {**machine(), **res.get("machine", {})}
    res["seconds"] = round(time.time() - started, 1)
    res["commit"] = revision
    res["tree"] = {"at_start": tree, "at_end": tree_state()}
    res["started"] = started
    res["quick"] = quick
    return res


def run_area(area: str, *, quick: bool = False, out: str | Path = "bench-results") -> dict:
    if area not in AREAS and area != "all":
        raise UnknownArea(f"unknown benchmark area {area!r}; areas: {', '.join(AREAS)}, all")
    if area == "all":
        return importlib.import_module("benchmarks.all").run(quick=quick, out=out)   # writes its own report
    res = run_one(area, quick=quick)
    write(res, out)
    return res


def timed_fill(engine, batches, key: bytes) -> float:
    """Fill ``engine`` with each batch of records (sealed with ``key``) and process what is pending:
    the seconds spent in the store (reading and sealing the batches not counted)."""
    from actors.shared.seal import seal
    spent = 0.0
    for rows in batches:
        items = [(r, seal(key, r)) for r in rows]
        t = time.perf_counter()
        engine.preserve_many(items)
        spent += time.perf_counter() - t
    t = time.perf_counter()
    engine.process_pending(force=True)
    return spent + time.perf_counter() - t
