"""Deterministic builder for memory_heldout12. Standard library only.

python3 build.py          render twice, compare, validate, write memory.json + stats.json
python3 build.py --check  same, but write nothing and fail if the files on disk differ
"""
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_menderly, data_quizmoor, data_dxcellar, data_hallkeep, data_isolation  # noqa: E402
import validate  # noqa: E402

SEED = "20270104-h12"
MODULES = [data_menderly, data_quizmoor, data_dxcellar, data_hallkeep]
ORDER = ["paraphrase", "command_fact", "knowledge_update", "first_attempt"]


def h(s, n=8):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def render():
    recs = []  # (day, minute, project, order, rec)
    byproj = {m.PROJECT: m for m in MODULES}
    for m in MODULES:
        rng = random.Random(SEED + "-" + m.ABBR)
        hand = [dict(r) for r in m.RECORDS] + [dict(r) for r in data_isolation.records(m.PROJECT)]
        for r in hand:
            r["origin"] = r.get("origin", "hand")
        hand_days = sorted({r["day"] for r in hand})
        active = set(hand_days)
        for d in range(61):
            weekend = d % 7 in (5, 6)
            if rng.random() < (0.15 if weekend else 0.55):
                active.add(d)
        active = sorted(active)
        fills = []
        for f in m.FILLERS:
            lo, hi = f["window"]
            cand = [d for d in active if lo <= d <= hi]
            r = {k: v for k, v in f.items() if k != "window"}
            r["day"] = rng.choice(cand)
            r["origin"] = "filler"
            fills.append(r)
        pools = []
        for d in active:
            weekend = d % 7 in (5, 6)
            n = rng.randint(1, 2) if weekend else rng.randint(2, 5)
            cands = [p for p in m.POOL if p["window"][0] <= d <= p["window"][1]]
            for _ in range(n):
                p = rng.choices(cands, weights=[c["weight"] for c in cands])[0]
                content = p["cmd"] + ("\n" + p["out"] if p["out"] else "")
                pools.append({"key": None, "day": d, "source": "shell", "kind": "command",
                              "content": content, "metadata": {"exit_code": p["code"], "cwd": None},
                              "origin": "pool"})
        for d in active:
            day_recs = [r for r in hand if r["day"] == d]
            extra = [r for r in fills + pools if r["day"] == d]
            for r in extra:
                day_recs.insert(rng.randint(0, len(day_recs)), r)
            start = rng.randint(8 * 60, 19 * 60)
            minute = start
            for i, r in enumerate(day_recs):
                r2 = dict(r)
                if r2["source"] == "notes" and rng.random() < 0.3:
                    r2["source"] = "cli"
                r2["minute"] = min(minute, 1439)
                minute += rng.randint(1, 9)
                recs.append((d, r2["minute"], m.PROJECT, i, r2))
    recs.sort(key=lambda t: t[:4])
    contexts, keymap, meta = [], {}, {}
    chatn = {}
    for n, (d, mi, p, i, r) in enumerate(recs, 1):
        m = byproj[p]
        cid = "c%04d" % n
        src, kind = r["source"], r["kind"]
        if src == "shell":
            sess = "tty-%s-%s" % (m.ABBR, h("tty%s%d" % (p, d)))
            md = {"exit_code": r["metadata"]["exit_code"], "cwd": r["metadata"]["cwd"] or m.CWD}
        elif src == "git":
            sess = "git-%s-%s" % (m.ABBR, h("git%s%d" % (p, d)))
            md = {"files": r["metadata"]["files"], "branch": "main", "sha": h("sha" + p + r["content"], 10)}
        elif src in ("cursor", "editor"):
            sess = "ide-%s-%s" % (m.ABBR, h("ide%s%d" % (p, d)))
            md = dict(r["metadata"])
        elif src == "openai":
            chatn[p] = chatn.get(p, 0) + 1
            sess = "chat-%s-%02d" % (m.ABBR, chatn[p])
            md = dict(r["metadata"])
        else:
            sess = "notes-%s-w%02d" % (m.ABBR, d // 7)
            md = {}
        contexts.append({"id": cid, "source": src, "kind": kind, "project": p, "session": sess,
                         "day": d, "minute": mi, "content": r["content"], "metadata": md})
        meta[cid] = {"origin": r["origin"], "key": r.get("key")}
        if r.get("key"):
            if r["key"] in keymap:
                raise SystemExit("duplicate record key " + r["key"])
            keymap[r["key"]] = cid
    questions, qmeta = [], []
    def res(k):
        if k not in keymap:
            raise SystemExit("unresolved key " + k)
        return keymap[k]
    for t in ORDER:
        for m in MODULES:
            for qq in m.QUESTIONS:
                if qq["type"] != t:
                    continue
                questions.append({"id": None, "type": t, "project": None if qq["null"] else m.PROJECT,
                                  "question": qq["question"], "answers": [res(k) for k in qq["answers"]],
                                  "outdated": [res(k) for k in qq["outdated"]], "forbidden": [],
                                  "note": qq["note"]})
                qmeta.append({"home": m.PROJECT, "distract": [res(k) for k in qq["distract"]],
                              "key": qq["key"]})
    for subj in data_isolation.SUBJECTS:
        for p in sorted(subj["statements"], key=lambda x: [mm.PROJECT for mm in MODULES].index(x)):
            others = [res(k) for pp, k in sorted(subj["statements"].items()) if pp != p]
            questions.append({"id": None, "type": "project_isolation", "project": p,
                              "question": subj["questions"][p], "answers": [res(subj["statements"][p])],
                              "outdated": [], "forbidden": sorted(others), "note": subj["notes"][p]})
            qmeta.append({"home": p, "distract": [], "key": None, "subject": subj["name"]})
    for n, qq in enumerate(questions, 1):
        qq["id"] = "q%03d" % n
    return {"contexts": contexts, "questions": questions}, {"ctx": meta, "q": qmeta}


def dump(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main():
    check = "--check" in sys.argv
    a, meta = render()
    b, _ = render()
    if dump(a) != dump(b):
        raise SystemExit("FAIL: two renders differ")
    stats, errors = validate.validate(a, meta)
    if errors:
        for e in errors:
            print("FAIL:", e)
        raise SystemExit(1)
    mj, sj = dump(a), dump(stats)
    paths = {os.path.join(HERE, "memory.json"): mj, os.path.join(HERE, "stats.json"): sj}
    if check:
        for pth, txt in paths.items():
            if not os.path.exists(pth) or open(pth, encoding="utf-8").read() != txt:
                raise SystemExit("FAIL: %s differs from a fresh build" % os.path.basename(pth))
        print("check ok")
    else:
        for pth, txt in paths.items():
            with open(pth, "w", encoding="utf-8") as f:
                f.write(txt)
    validate.print_table(stats)


if __name__ == "__main__":
    main()
