"""Builder for memory_heldout7: schedules the hand-written records, validates, writes.

python3 build.py          render twice, compare, validate, write memory.json + stats.json
python3 build.py --check  the same without writing; also fails if the files on disk differ
"""
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_lidomark, data_canopyroll, data_proofbox, data_hopline  # noqa: E402
import data_isolation  # noqa: E402
import validate  # noqa: E402

SEED = "20270611-h7"
MODULES = [data_lidomark, data_canopyroll, data_proofbox, data_hopline]
PROJECTS = [m.P for m in MODULES]
data_isolation.add(PROJECTS)
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
DAYS = 61


def h(*parts, n=8):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def schedule(p):
    rng = random.Random("%s-%s" % (SEED, p.abbr))
    fixed = {r["day"] for r in p.records if isinstance(r["day"], int)}
    active = set(fixed)
    for d in range(DAYS):
        weekend = d % 7 >= 5
        if rng.random() < (0.15 if weekend else 0.55):
            active.add(d)
    placed = []
    for r in p.records:
        r = dict(r)
        if not isinstance(r["day"], int):
            lo, hi = r["day"]
            cands = sorted(d for d in active if lo <= d <= hi) or list(range(lo, hi + 1))
            r["day"] = rng.choice(cands)
            active.add(r["day"])
            r["origin"] = "filler"
        else:
            r["origin"] = "hand"
        placed.append(r)
    pool_n = 0
    for d in sorted(active):
        weekend = d % 7 >= 5
        k = rng.randint(1, 3) if weekend else rng.randint(2, 5)
        cands = [c for c in p.pool if c["lo"] <= d <= c["hi"]]
        for _ in range(k):
            c = rng.choices(cands, weights=[c["w"] for c in cands])[0]
            pool_n += 1
            placed.append({
                "key": "%s:pool%04d" % (p.abbr, pool_n), "project": p.name, "abbr": p.abbr,
                "day": d, "source": "shell", "kind": "command", "content": c["content"],
                "metadata": {"exit_code": c["exit_code"], "cwd": c["cwd"]}, "role": "pool",
                "order": 10000 + pool_n, "origin": "pool"})
    # working block per day; hand-placed records keep authoring order inside it
    by_day = {}
    for r in placed:
        by_day.setdefault(r["day"], []).append(r)
    for d in sorted(by_day):
        recs = by_day[d]
        hand = sorted((r for r in recs if r["origin"] != "pool"), key=lambda r: r["order"])
        pool = [r for r in recs if r["origin"] == "pool"]
        seq = list(hand)
        for r in pool:
            seq.insert(rng.randint(0, len(seq)), r)
        start = rng.randint(7 * 60, 15 * 60)
        t = start
        for r in seq:
            t += rng.randint(2, 19)
            r["minute"] = min(t, 1439)
        for r in recs:
            if r["source"] == "notes" and rng.random() < 0.3:
                r["source"] = "cli"
    return placed


def session(r, chat_no):
    a, d = r["abbr"], r["day"]
    s = r["source"]
    if s == "shell":
        return "tty-%s-%s" % (a, h("tty", a, d))
    if s == "git":
        return "git-%s-%s" % (a, h("git", a, d))
    if s in ("cursor", "editor"):
        return "ide-%s-%s" % (a, h("ide", a, d))
    if s == "openai":
        return "chat-%s-%02d" % (a, chat_no)
    return "notes-%s-w%02d" % (a, d // 7)


def render():
    recs = []
    for pi, p in enumerate(PROJECTS):
        for r in schedule(p):
            r["pidx"] = pi
            recs.append(r)
    recs.sort(key=lambda r: (r["day"], r["minute"], r["pidx"], r["order"]))
    contexts, keymap, chats = [], {}, {}
    for i, r in enumerate(recs, 1):
        cid = "c%04d" % i
        keymap[r["key"]] = cid
        meta = dict(r["metadata"])
        if r["kind"] == "commit":
            meta["sha"] = h("sha", r["key"], r["content"], n=10)
        no = 0
        if r["source"] == "openai":
            chats[r["abbr"]] = chats.get(r["abbr"], 0) + 1
            no = chats[r["abbr"]]
        contexts.append({
            "id": cid, "source": r["source"], "kind": r["kind"], "project": r["project"],
            "session": session(r, no), "day": r["day"], "minute": r["minute"],
            "content": r["content"], "metadata": meta})
        r["id"] = cid
    allq = [q for p in PROJECTS for q in p.questions]
    order = {p.name: i for i, p in enumerate(PROJECTS)}
    allq.sort(key=lambda q: (TYPES.index(q["type"]),
                             0 if q["type"] == "project_isolation" else order[q["home"]],
                             q["seq"]))
    questions, extra = [], {}
    for i, q in enumerate(allq, 1):
        qid = "q%03d" % i
        for lab in ("answers", "outdated", "forbidden", "distractors"):
            for k in q[lab]:
                if k not in keymap:
                    raise SystemExit("unknown key %s in %s (%s)" % (k, qid, q["question"]))
        questions.append({
            "id": qid, "type": q["type"], "project": q["asked"], "question": q["question"],
            "answers": [keymap[k] for k in q["answers"]],
            "outdated": [keymap[k] for k in q["outdated"]],
            "forbidden": [keymap[k] for k in q["forbidden"]], "note": q["note"]})
        extra[qid] = {"home": q["home"], "keys": q["keys"],
                      "distractors": [keymap[k] for k in q["distractors"]]}
    origin = {r["id"]: r["origin"] for r in recs}
    return {"contexts": contexts, "questions": questions}, extra, origin, recs


def dump(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def main():
    check = "--check" in sys.argv
    a = render()
    b = render()
    ma, mb = dump(a[0]), dump(b[0])
    if ma != mb:
        raise SystemExit("FAIL: two renders differ")
    mem, extra, origin, recs = a
    errors = validate.validate(mem, extra, [p.name for p in PROJECTS])
    keys_unique = len({r["key"] for r in recs}) == len(recs)
    if not keys_unique:
        errors.append("record keys are not unique")
    stats = validate.stats(mem, extra, origin)
    st = dump(stats)
    if dump(validate.stats(b[0], b[1], b[2])) != st:
        errors.append("stats differ between renders")
    if errors:
        for e in errors:
            print("FAIL:", e)
        raise SystemExit(1)
    mp, sp = os.path.join(HERE, "memory.json"), os.path.join(HERE, "stats.json")
    if check:
        for path, txt in ((mp, ma), (sp, st)):
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != txt:
                raise SystemExit("FAIL: %s differs from a fresh build" % os.path.basename(path))
        print("check ok")
    else:
        with open(mp, "w", encoding="utf-8") as f:
            f.write(ma)
        with open(sp, "w", encoding="utf-8") as f:
            f.write(st)
        print("wrote memory.json and stats.json")
    print(json.dumps(stats["summary"], indent=1))


if __name__ == "__main__":
    main()
