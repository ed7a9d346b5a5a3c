"""What each scanner flags in the text files a developer's machine already holds — its documentation,
configuration and installed Python packages — beside the labelled corpora (``privacy_quality``).

These files are not labelled: a stock system's docs and packages may quote an example key, and a
machine's ``/etc`` may hold a real one, so a finding here is not proven false. But such files are
mostly code and prose, and every finding in them is text a user's context loses to a mask; the
rate of flagged files is the over-redaction a user would see, measured for the engine and for every
anchor on the same files in the same run. The files are a seeded sample of what the machine has
(the report records how many and how large), so one run compares tools, not machines.
"""
from __future__ import annotations

import os
import random
import sysconfig
import time
from collections import Counter
from pathlib import Path

from . import anchors
from .common import result

ROOTS = ("/usr/share/doc", "/etc", sysconfig.get_paths()["purelib"])
SUFFIXES = frozenset(".html .txt .md .rst .conf .cfg .ini .yml .yaml .json .toml .sh .py .pm".split())
MAX_FILE = 300_000        # bytes of one file (a bigger one is data, not what a user pastes)
BUDGET = (1_000_000, 4_000_000)   # bytes sampled: quick, full
SEED = 2026_12_04
OURS = "enclave"


def sample(budget: int, roots: tuple[str, ...] = ROOTS) -> list[Path]:
    """A seeded sample of the readable text files under ``roots``, up to ``budget`` bytes."""
    found = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root, onerror=lambda e: None):
            dirnames.sort()
            for name in sorted(filenames):
                path = Path(dirpath) / name
                if path.suffix not in SUFFIXES:
                    continue
                try:
                    size = path.stat().st_size
                except OSError:
                    continue
                if path.is_file() and 0 < size <= MAX_FILE:
                    found.append((path, size))
    random.Random(SEED).shuffle(found)
    picked, total = [], 0
    for path, size in found:
        if total >= budget:
            break
        picked.append(path)
        total += size
    return picked


def _texts(paths: list[Path]) -> tuple[list[str], list[str]]:
    texts, names = [], []
    for path in paths:
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        names.append(path.name)
    return texts, names


def real_files(engine, quick: bool = False) -> tuple[list[dict], dict]:
    texts, names = _texts(sample(BUDGET[0] if quick else BUDGET[1]))
    mbytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    for text in texts:            # warm, as the actor runs
        engine.scan(text)
    t = time.perf_counter()
    ours = [[f for f in engine.scan(text) if f.label == "secret"] for text in texts]
    per_tool = {OURS: _summary(ours, mbytes, time.perf_counter() - t)}
    per_tool[OURS]["types"] = Counter(f.type for hits in ours for f in hits).most_common(10)
    for name, why in anchors.available().items():
        if why:
            per_tool[name] = {"not measured": why}
            continue
        hits, seconds = anchors.timed(name, texts, names)
        per_tool[name] = _summary(hits, mbytes, seconds)
    measured = {k: v for k, v in per_tool.items() if k != OURS and "flagged_rate" in v}
    best = min(measured.items(), key=lambda kv: kv[1]["flagged_rate"], default=(None, None))
    label = f"a stock system's text files ({len(texts)} files, {mbytes:.1f} MB): files flagged"
    rows = [result(label, per_tool[OURS]["flagged_rate"], "fraction",
                   **({"anchor": f"best anchor ({best[0]})", "anchor_value": best[1]["flagged_rate"]} if best[0] else {}),
                   target="below the best anchor's", passed=None if best[0] is None
                   else per_tool[OURS]["flagged_rate"] < best[1]["flagged_rate"])]
    rows += [result(f"a stock system's text files: {name} files flagged", s["flagged_rate"], "fraction",
                    target=f"{s['findings']} findings, {s['mb_per_s']:.2f} MB/s", passed=None)
             for name, s in measured.items()]
    return rows, {"files": len(texts), "mbytes": round(mbytes, 2), "roots": list(ROOTS), "tools": per_tool}


def _summary(hits: list[list], mbytes: float, seconds: float) -> dict:
    flagged = sum(1 for h in hits if h)
    return {"files_flagged": flagged, "flagged_rate": flagged / len(hits) if hits else 0.0,
            "findings": sum(len({(x.start, x.end) for x in h}) for h in hits),
            "mb_per_s": mbytes / seconds if seconds else 0.0}
