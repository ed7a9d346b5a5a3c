"""Deterministic builder for memory_heldout9 (standard library only).

python3 build.py          render twice, fail if the renders differ, validate, write
                          memory.json and stats.json
python3 build.py --check  the same without writing; also fail if the files on disk differ
"""
import sys

sys.dont_write_bytecode = True

import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402

import data_cairnline  # noqa: E402
import data_isolation  # noqa: E402
import data_quirewell  # noqa: E402
import data_sunshare  # noqa: E402
import data_touchline  # noqa: E402
import validate  # noqa: E402

SEED = "20270903-h9"
HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = [data_touchline, data_cairnline, data_quirewell, data_sunshare]
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]


def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def _schedule(p, pidx):
    rng = random.Random("%s-%s" % (SEED, p.abbr))
    hand = [r for r in p.records if isinstance(r["day"], int)]
    fill = [r for r in p.records if not isinstance(r["day"], int)]
    active = {r["day"] for r in hand}
    for d in range(61):
        if rng.random() < (0.55 if d % 7 < 5 else 0.15):
            active.add(d)
    per_day = {}
    for i, r in enumerate(hand):
        per_day.setdefault(r["day"], {"hand": [], "extra": []})["hand"].append((r, "hand"))
    for r in fill:
        lo, hi = r["day"]
        cands = sorted(d for d in active if lo <= d <= hi) or list(range(lo, hi + 1))
        d = rng.choice(cands)
        active.add(d)
        per_day.setdefault(d, {"hand": [], "extra": []})["extra"].append((dict(r, day=d), "filler"))
    for d in sorted(active):
        elig = [c for c in p.pool if c["lo"] <= d <= c["hi"]]
        n = rng.randint(2, 5) if d % 7 < 5 else rng.randint(1, 3)
        picks = rng.choices(elig, weights=[c["weight"] for c in elig], k=n) if elig else []
        slot = per_day.setdefault(d, {"hand": [], "extra": []})
        for j, c in enumerate(picks):
            slot["extra"].append((dict(key="pool-%s-%d-%d" % (p.abbr, d, j), project=p.name,
                                       kind="command", source="shell", day=d,
                                       content=c["content"],
                                       meta={"exit_code": c["exit_code"], "cwd": c["cwd"]}), "pool"))
    out = []
    chat_no = 0
    for d in sorted(per_day):
        slot = per_day[d]
        total = len(slot["hand"]) + len(slot["extra"])
        pos = set(rng.sample(range(total), len(slot["extra"])))
        extra, hands, seq = list(slot["extra"]), list(slot["hand"]), []
        rng.shuffle(extra)
        for k in range(total):
            seq.append(extra.pop() if k in pos else hands.pop(0))
        start = rng.randint(360, max(360, 1430 - 9 * total))
        minute = start
        for order, (r, origin) in enumerate(seq):
            minute += rng.randint(1, 9) if order else 0
            src = r["source"]
            if r["kind"] == "note" and rng.random() < 0.3:
                src = "cli"
            if src == "shell":
                sess = "tty-%s-%s" % (p.abbr, _h("tty", p.abbr, d)[:6])
            elif src == "git":
                sess = "git-%s-%s" % (p.abbr, _h("git", p.abbr, d)[:6])
            elif src in ("cursor", "editor"):
                sess = "ide-%s-%s" % (p.abbr, _h("ide", p.abbr, d)[:6])
            elif src == "openai":
                chat_no += 1
                sess = "chat-%s-%02d" % (p.abbr, chat_no)
            else:
                sess = "notes-%s-w%02d" % (p.abbr, d // 7)
            meta = dict(r["meta"])
            if r["kind"] == "commit":
                meta = {"files": meta["files"], "branch": meta["branch"],
                        "sha": _h("sha", r["key"])[:10]}
            out.append(dict(key=r["key"], origin=origin, sort=(d, min(minute, 1439), pidx, order),
                            ctx=dict(source=src, kind=r["kind"], project=p.name, session=sess,
                                     day=d, minute=min(minute, 1439), content=r["content"],
                                     metadata=meta)))
    return out


def render():
    projs = [m.make() for m in MODULES]
    by_name = {p.name: p for p in projs}
    iso_questions = data_isolation.add(by_name)
    recs = []
    for i, p in enumerate(projs):
        recs.extend(_schedule(p, i))
    recs.sort(key=lambda r: r["sort"])
    key2id, contexts, origin = {}, [], {}
    for n, r in enumerate(recs, 1):
        cid = "c%04d" % n
        if r["key"] in key2id:
            raise SystemExit("duplicate record key %s" % r["key"])
        key2id[r["key"]] = cid
        origin[cid] = r["origin"]
        contexts.append(dict(id=cid, **r["ctx"]))
    raw = []
    for t in TYPES:
        if t == "project_isolation":
            raw.extend(iso_questions)
        else:
            for p in projs:
                raw.extend(q for q in p.questions if q["type"] == t)
    questions, aux = [], {"origin": origin, "per_question": {}, "unresolved": []}

    def ids(keys):
        res = []
        for k in keys:
            if k not in key2id:
                aux["unresolved"].append(k)
            else:
                res.append(key2id[k])
        return res

    for n, q in enumerate(raw, 1):
        qid = "q%03d" % n
        questions.append(dict(id=qid, type=q["type"], project=None if q["null"] else q["asking"],
                              question=q["text"], answers=ids(q["answers"]),
                              outdated=ids(q["outdated"]), forbidden=ids(q["forbidden"]),
                              note=q["note"]))
        aux["per_question"][qid] = dict(home=q["asking"], distractors=ids(q["distractors"]),
                                        keys=q["keys"], subject=q["subject"])
    return {"contexts": contexts, "questions": questions}, aux


def dumps(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main(argv):
    check = "--check" in argv
    mem1, aux1 = render()
    mem2, aux2 = render()
    if dumps(mem1) != dumps(mem2) or dumps(aux1) != dumps(aux2):
        print("FAIL: two renders differ")
        return 1
    errors, stats = validate.run(mem1, aux1)
    for e in errors:
        print("FAIL:", e)
    if errors:
        return 1
    mtext, stext = dumps(mem1), dumps(stats)
    mpath, spath = os.path.join(HERE, "memory.json"), os.path.join(HERE, "stats.json")
    if check:
        for path, text in ((mpath, mtext), (spath, stext)):
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
                print("FAIL: %s differs from a fresh build" % os.path.basename(path))
                return 1
        print("check ok: %d contexts, %d questions" % (len(mem1["contexts"]), len(mem1["questions"])))
        return 0
    with open(mpath, "w", encoding="utf-8") as f:
        f.write(mtext)
    with open(spath, "w", encoding="utf-8") as f:
        f.write(stext)
    print("wrote memory.json (%d contexts, %d questions) and stats.json"
          % (len(mem1["contexts"]), len(mem1["questions"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
