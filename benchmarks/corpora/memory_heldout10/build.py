#!/usr/bin/env python3
"""Deterministic scheduler and writer for memory_heldout10/memory.json.

python3 build.py          render twice, fail on difference, validate, write memory.json + stats.json
python3 build.py --check  same, but write nothing and also fail if the files on disk differ
Standard library only. Randomness only schedules (string seeds, independent of PYTHONHASHSEED).
"""
import copy
import hashlib
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SEED = "20250106-h10"
DAYS = 61
PROJECT_MODULES = ["data_reelhouse", "data_marshwave", "data_purrwick", "data_gunwhale"]
TYPE_ORDER = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]


def h(s, n=6):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def load():
    mods = []
    for name in PROJECT_MODULES:
        m = importlib.import_module(name)
        mods.append(m)
    iso = importlib.import_module("data_isolation")
    return mods, iso


def schedule_project(mod, hand, rng):
    """hand: list of records (authoring order) for this project. Returns list of placed contexts."""
    abbr = mod.ABBR
    fixed_days = {r["day"] for r in hand if isinstance(r["day"], int)}
    active = []
    for d in range(DAYS):
        weekday = d % 7 < 5
        p = 0.55 if weekday else 0.15
        if rng.random() < p or d in fixed_days:
            active.append(d)
    # place fillers once on an active day in their window
    per_day = {d: {"hand": [], "extra": []} for d in range(DAYS)}
    for order, r in enumerate(hand):
        r = dict(r)
        r["_order"] = order
        if isinstance(r["day"], int):
            r["_origin"] = "hand"
            per_day[r["day"]]["hand"].append(r)
        else:
            lo, hi = r["day"]
            cands = [d for d in active if lo <= d <= hi]
            if not cands:
                d = rng.randint(lo, hi)
                active.append(d)
                active.sort()
            else:
                d = rng.choice(cands)
            r["day"] = d
            r["_origin"] = "filler"
            per_day[d]["extra"].append(r)
    # sample pool commands
    for d in active:
        weekday = d % 7 < 5
        n = rng.randint(2, 5) if weekday else rng.randint(1, 2)
        elig = [p for p in mod.POOL if p["lo"] <= d <= p["hi"]]
        weights = [p["w"] for p in elig]
        for i in range(n):
            p = rng.choices(elig, weights=weights)[0]
            per_day[d]["extra"].append({
                "key": None, "day": d, "source": "shell", "kind": "command", "content": p["content"],
                "meta": {"exit_code": p["exit_code"], "cwd": p["cwd"]}, "_origin": "pool", "_order": 10 ** 6})
    placed = []
    chat_no = 0
    for d in range(DAYS):
        items = list(per_day[d]["hand"])
        for e in per_day[d]["extra"]:
            items.insert(rng.randint(0, len(items)), e)
        if not items:
            continue
        gaps = [rng.randint(1, 9) for _ in items]
        start = rng.randint(7 * 60, 21 * 60)
        if start + sum(gaps) > 1439:
            start = 1439 - sum(gaps)
        minute = start
        for seq, (r, g) in enumerate(zip(items, gaps)):
            minute += g
            c = {k: v for k, v in r.items()}
            c["minute"] = minute
            c["_seq"] = seq
            src = c["source"]
            if src == "notes":
                if c.get("cli") is True or (c.get("cli") is not True and rng.random() < 0.3):
                    c["source"] = "cli"
            if c["source"] == "shell":
                c["session"] = "tty-%s-%s" % (abbr, h("%s-tty-%d" % (abbr, d)))
                if not c["meta"].get("cwd"):
                    c["meta"] = dict(c["meta"], cwd=mod.CWD)
            elif c["source"] == "git":
                c["session"] = "git-%s-%s" % (abbr, h("%s-git-%d" % (abbr, d)))
                c["meta"] = {"files": c["meta"]["files"], "branch": c["meta"]["branch"],
                             "sha": h("%s-%s-%s" % (abbr, c["key"], c["content"]), 10)}
            elif c["source"] in ("cursor", "editor"):
                c["session"] = "ide-%s-%s" % (abbr, h("%s-ide-%d" % (abbr, d)))
            elif c["source"] == "openai":
                chat_no += 1
                c["session"] = "chat-%s-%02d" % (abbr, chat_no)
            else:  # notes / cli
                c["session"] = "notes-%s-w%02d" % (abbr, d // 7)
            c["project"] = mod.NAME
            placed.append(c)
    return placed


def render():
    mods, iso = load()
    names = [m.NAME for m in mods]
    by_name = {m.NAME: m for m in mods}
    # hand records per project (project data + isolation statements)
    hand = {m.NAME: [copy.deepcopy(r) for r in m.R] for m in mods}
    iso_rows = []
    for subj, rows in iso.SUBJECTS:
        for proj, rec, text, qnote in rows:
            hand[proj].append(copy.deepcopy(rec))
            iso_rows.append((subj, proj, rec["key"], text, qnote))
    keys = {}
    for proj in names:
        for r in hand[proj]:
            if r["key"] in keys:
                raise SystemExit("duplicate record key %s" % r["key"])
            keys[r["key"]] = proj
    placed = []
    for pi, proj in enumerate(names):
        rng = random.Random("%s-%s" % (SEED, by_name[proj].ABBR))
        for c in schedule_project(by_name[proj], hand[proj], rng):
            c["_pi"] = pi
            placed.append(c)
    placed.sort(key=lambda c: (c["day"], c["minute"], c["_pi"], c["_seq"]))
    contexts = []
    key2id = {}
    origin = {}
    for i, c in enumerate(placed, 1):
        cid = "c%04d" % i
        if c["key"]:
            key2id[c["key"]] = cid
        origin[cid] = c["_origin"]
        contexts.append({"id": cid, "source": c["source"], "kind": c["kind"], "project": c["project"],
                         "session": c["session"], "day": c["day"], "minute": c["minute"],
                         "content": c["content"], "metadata": c["meta"]})
    # questions
    raw = []
    for m in mods:
        for qq in m.Q:
            qq = dict(qq)
            qq["home"] = m.NAME
            qq["project"] = m.NAME if qq["project"] == "home" else qq["project"]
            qq["subject"] = None
            qq["forbidden"] = []
            raw.append(qq)
    for subj, proj, key, text, qnote in iso_rows:
        others = [k for s, p, k, t, n in iso_rows if s == subj and p != proj]
        raw.append({"type": "project_isolation", "question": text, "answers": [key], "note": qnote,
                    "outdated": [], "forbidden": others, "project": proj, "home": proj,
                    "distractors": [], "keys": [], "subject": subj})
    ordered = []
    for t in TYPE_ORDER:
        ordered += [qq for qq in raw if qq["type"] == t]

    def rid(k):
        if k not in key2id:
            raise SystemExit("unresolved key %s" % k)
        return key2id[k]

    questions, aux_q = [], []
    for i, qq in enumerate(ordered, 1):
        qid = "q%03d" % i
        questions.append({"id": qid, "type": qq["type"], "project": qq["project"], "question": qq["question"],
                          "answers": [rid(k) for k in qq["answers"]],
                          "outdated": [rid(k) for k in qq["outdated"]],
                          "forbidden": [rid(k) for k in qq["forbidden"]], "note": qq["note"]})
        aux_q.append({"id": qid, "home": qq["home"], "subject": qq["subject"], "keys": qq["keys"],
                      "distractors": [rid(k) for k in qq["distractors"]]})
    data = {"contexts": contexts, "questions": questions}
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    aux = {"questions": aux_q, "origin": origin, "projects": names, "seed": SEED}
    return text, aux


def main(argv):
    check = "--check" in argv
    t1, aux = render()
    t2, _ = render()
    if t1 != t2:
        print("FAIL: two renders differ")
        return 1
    import validate
    data = json.loads(t1)
    errors, stats = validate.check(data, aux)
    stats_text = json.dumps(stats, indent=1, ensure_ascii=False) + "\n"
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d rule violations" % len(errors))
        return 1
    mpath = os.path.join(HERE, "memory.json")
    spath = os.path.join(HERE, "stats.json")
    if check:
        for p, t in ((mpath, t1), (spath, stats_text)):
            if not os.path.exists(p) or open(p, encoding="utf-8").read() != t:
                print("FAIL: %s differs from a fresh build" % os.path.basename(p))
                return 1
        print("OK (check): %d contexts, %d questions, renders identical, all rules pass"
              % (len(data["contexts"]), len(data["questions"])))
        return 0
    with open(mpath, "w", encoding="utf-8") as f:
        f.write(t1)
    with open(spath, "w", encoding="utf-8") as f:
        f.write(stats_text)
    print("wrote memory.json (%d contexts, %d questions) and stats.json; renders identical, all rules pass"
          % (len(data["contexts"]), len(data["questions"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
