"""Deterministic scheduler and writer for memory_heldout8 (standard library only).

python3 build.py          render twice, compare, validate, write memory.json and stats.json
python3 build.py --check  same without writing; also fails if the files on disk differ
"""
import sys

sys.dont_write_bytecode = True

import hashlib
import json
import os
import random

import data_brookmesh
import data_fettlebench
import data_foxedtill
import data_isolation
import data_tinshelf
import validate

SEED = "20270715-h8"
MODULES = [data_foxedtill, data_brookmesh, data_tinshelf, data_fettlebench]
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
HERE = os.path.dirname(os.path.abspath(__file__))


def _h(*parts, n=8):
    return hashlib.sha1("|".join(str(p) for p in (SEED,) + parts).encode()).hexdigest()[:n]


def _gkey(abbr, k):
    return k if ":" in k else abbr + ":" + k


def render():
    projects = []
    for m in MODULES:
        recs = [dict(r, key=_gkey(m.ABBR, r["key"])) for r in m.RECORDS]
        recs += [dict(r, key=_gkey(m.ABBR, r["key"])) for r in data_isolation.RECORDS[m.ABBR]]
        fills = [dict(r, key="%s:fill%02d" % (m.ABBR, i)) for i, r in enumerate(m.FILLERS)]
        projects.append((m, recs, fills))

    items = []  # (day, minute, pidx, seq, record, origin)
    for pidx, (m, recs, fills) in enumerate(projects):
        rng = random.Random("%s-%s" % (SEED, m.ABBR))
        fact_days = {r["day"] for r in recs}
        active = [d for d in range(61) if (rng.random() < (0.55 if d % 7 < 5 else 0.15)) or d in fact_days]
        per_day = {d: [] for d in active}
        for r in recs:
            per_day[r["day"]].append((r, "hand"))
        extra = {d: [] for d in active}
        for r in fills:
            lo, hi = r["win"]
            cand = [d for d in active if lo <= d <= hi]
            d = rng.choice(cand)
            extra[d].append((dict(r, day=d), "filler"))
        for d in active:
            pool = [p for p in m.POOL if p["win"][0] <= d <= p["win"][1]]
            n = rng.randint(2, 5) if d % 7 < 5 else rng.randint(1, 3)
            for j, p in enumerate(rng.choices(pool, weights=[p["w"] for p in pool], k=n)):
                r = {"key": "%s:pool-d%02d-%d" % (m.ABBR, d, j), "source": "shell", "kind": "command",
                     "day": d, "content": p["content"], "meta": {"exit_code": p["code"], "cwd": p["cwd"]}}
                extra[d].append((r, "pool"))
        cli_roll = {}
        for d in active:
            seq = list(per_day[d])
            others = list(extra[d])
            rng.shuffle(others)
            for o in others:
                seq.insert(rng.randint(0, len(seq)), o)
            gaps = [rng.randint(2, 11) for _ in seq]
            start = rng.randint(450, 1000) if d % 7 < 5 else rng.randint(600, 1100)
            start = min(start, 1435 - sum(gaps))
            minute = start
            for s, ((r, origin), g) in enumerate(zip(seq, gaps)):
                r = dict(r)
                if r["source"] == "notes":
                    cli_roll[r["key"]] = rng.random() < 0.3
                    if cli_roll[r["key"]]:
                        r["source"] = "cli"
                items.append((d, minute, pidx, s, r, origin))
                minute += g
    items.sort(key=lambda x: (x[0], x[1], x[2], x[3]))

    contexts, key2id, origins, chatno = [], {}, {}, {}
    for n, (d, minute, pidx, s, r, origin) in enumerate(items, 1):
        m = projects[pidx][0]
        cid = "c%04d" % n
        if r["key"] in key2id:
            raise SystemExit("duplicate record key " + r["key"])
        key2id[r["key"]] = cid
        origins[cid] = origin
        src, a = r["source"], m.ABBR
        if src == "shell":
            sess = "tty-%s-%s" % (a, _h(a, d, "tty"))
            meta = {"exit_code": r["meta"]["exit_code"], "cwd": r["meta"]["cwd"] or m.CWD}
        elif src == "git":
            sess = "git-%s-%s" % (a, _h(a, d, "git"))
            meta = {"files": r["meta"]["files"], "branch": r["meta"]["branch"], "sha": _h(r["key"], r["content"], n=10)}
        elif src in ("cursor", "editor"):
            sess = "ide-%s-%s" % (a, _h(a, d, "ide"))
            meta = dict(r["meta"])
        elif src == "openai":
            chatno[a] = chatno.get(a, 0) + 1
            sess = "chat-%s-%02d" % (a, chatno[a])
            meta = dict(r["meta"])
        else:
            sess = "notes-%s-w%02d" % (a, d // 7)
            meta = {}
        contexts.append({"id": cid, "source": src, "kind": r["kind"], "project": m.NAME, "session": sess,
                         "day": d, "minute": minute, "content": r["content"], "metadata": meta})

    names = {m.ABBR: m.NAME for m in MODULES}
    raw = []
    for t in TYPES[:4]:
        for m in MODULES:
            for qq in m.QUESTIONS:
                if qq["type"] == t:
                    raw.append((m.ABBR, qq))
    for qq in data_isolation.QUESTIONS:
        raw.append((qq["project"], qq))
    questions, extras = [], {}
    for i, (abbr, qq) in enumerate(raw, 1):
        qid = "q%03d" % i
        res = lambda ks: [key2id.get(_gkey(abbr, k), "MISSING:" + _gkey(abbr, k)) for k in ks]
        home = names[abbr]
        questions.append({"id": qid, "type": qq["type"], "project": None if qq["null"] else home,
                          "question": qq["question"], "answers": res(qq["answers"]),
                          "outdated": res(qq["outdated"]), "forbidden": res(qq["forbidden"]),
                          "note": qq["note"]})
        extras[qid] = {"home": home, "keys": qq["keys"], "distractors": res(qq["distractors"]),
                       "subject": qq.get("subject")}
    return {"contexts": contexts, "questions": questions}, extras, origins


def main():
    check = "--check" in sys.argv
    s1, extras, origins = render()
    s2, _, _ = render()
    out1 = json.dumps(s1, indent=1, ensure_ascii=False) + "\n"
    if out1 != json.dumps(s2, indent=1, ensure_ascii=False) + "\n":
        raise SystemExit("FAIL: two renders differ")
    errors, stats = validate.run(s1, extras, origins, [m.NAME for m in MODULES])
    if errors:
        for e in errors:
            print("FAIL:", e)
        raise SystemExit(1)
    out2 = json.dumps(stats, indent=1, ensure_ascii=False) + "\n"
    pm, ps = os.path.join(HERE, "memory.json"), os.path.join(HERE, "stats.json")
    if check:
        for p, o in ((pm, out1), (ps, out2)):
            with open(p, encoding="utf-8") as f:
                if f.read() != o:
                    raise SystemExit("FAIL: %s differs from a fresh build" % os.path.basename(p))
        print("check ok")
    else:
        with open(pm, "w", encoding="utf-8") as f:
            f.write(out1)
        with open(ps, "w", encoding="utf-8") as f:
            f.write(out2)
        print("wrote memory.json and stats.json")
    print(json.dumps(stats["summary"], indent=1))


if __name__ == "__main__":
    main()
