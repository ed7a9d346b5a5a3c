"""Deterministic scheduler and writer for memory_heldout11 (standard library only).

python3 build.py          render twice, fail if the renders differ, validate, write files
python3 build.py --check  same, but write nothing and fail if the files on disk differ
"""
import sys

sys.dont_write_bytecode = True

import hashlib
import importlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SEED = "20261204-h11"
MODULES = ["data_kitewing", "data_gambitry", "data_curioshelf", "data_nightcall"]
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
CTX_FIELDS = ["id", "source", "kind", "project", "session", "day", "minute", "content", "metadata"]
Q_FIELDS = ["id", "type", "project", "question", "answers", "outdated", "forbidden", "note"]


def h(*parts, n=8):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def load():
    mods = [importlib.import_module(m) for m in MODULES]
    iso = importlib.import_module("data_isolation")
    return mods, iso


def render():
    mods, iso = load()
    projects = [m.PROJECT for m in mods]
    porder = {p: i for i, p in enumerate(projects)}
    abbr = {m.PROJECT: m.ABBR for m in mods}
    records = []  # (project, record, origin)
    for m in mods:
        for r in m.RECORDS:
            records.append((m.PROJECT, r, "hand" if isinstance(r["day"], int) else "filler"))
    for subj in iso.SUBJECTS:
        for p, r in subj["statements"].items():
            records.append((p, r, "hand"))
    keyed = {}
    for p, r, origin in records:
        k = r["key"]
        if k is None:
            continue
        if k in keyed:
            raise SystemExit("duplicate record key %s" % k)
        keyed[k] = (p, r, origin)

    placed = []  # dicts with project, rec, origin, day, minute, order
    for m in mods:
        p = m.PROJECT
        rng = random.Random("%s-%s" % (SEED, m.ABBR))
        mine = [(pp, r, o) for pp, r, o in records if pp == p]
        fact_days = sorted({r["day"] for _, r, o in mine if o == "hand"})
        active = set(fact_days)
        for d in range(61):
            weekend = d % 7 in (5, 6)
            if rng.random() < (0.15 if weekend else 0.55):
                active.add(d)
        act = sorted(active)
        fillers = [r for _, r, o in mine if o == "filler"]
        fday = {}
        for i, r in enumerate(fillers):
            a, b = r["day"]
            cands = [d for d in act if a <= d <= b]
            if not cands:
                d = rng.randint(a, b)
                active.add(d)
                act = sorted(active)
                cands = [d]
            fday[i] = rng.choice(cands)
        # per-day items: hand-placed in authoring order, then fillers and pool commands
        byday = {d: {"hand": [], "extra": []} for d in act}
        for _, r, o in mine:
            if o == "hand":
                byday[r["day"]]["hand"].append((r, "hand"))
        for i, r in enumerate(fillers):
            byday[fday[i]]["extra"].append((r, "filler"))
        for d in act:
            weekend = d % 7 in (5, 6)
            n = rng.randint(1, 2) if weekend else rng.randint(2, 5)
            pool = [c for c in m.POOL if c["days"][0] <= d <= c["days"][1]]
            weights = [c["w"] for c in pool]
            for c in rng.choices(pool, weights=weights, k=n):
                rec = {"key": None, "day": d, "kind": "command", "source": "shell",
                       "content": c["content"],
                       "meta": {"exit_code": c["exit_code"], "cwd": c["cwd"]}}
                byday[d]["extra"].append((rec, "pool"))
        for d in act:
            hand = byday[d]["hand"]
            extra = byday[d]["extra"]
            total = len(hand) + len(extra)
            span = max(40, total * 14)
            start = rng.randint(6 * 60, min(22 * 60, 1439 - span))
            # hand records keep authoring order; extras are inserted at random positions
            seq = list(hand)
            for e in extra:
                seq.insert(rng.randint(0, len(seq)), e)
            mins = sorted(rng.sample(range(start, start + span), len(seq)))
            for order, ((r, o), mi) in enumerate(zip(seq, mins)):
                placed.append({"project": p, "rec": r, "origin": o, "day": d,
                               "minute": mi, "order": order})
        # cli notes: about 30 % of this project's notes
        notes = [x for x in placed if x["project"] == p and x["rec"]["kind"] == "note"]
        notes.sort(key=lambda x: (x["day"], x["minute"], x["order"]))
        for x in notes:
            x["cli"] = rng.random() < 0.3

    placed.sort(key=lambda x: (x["day"], x["minute"], porder[x["project"]], x["order"]))
    contexts = []
    key2id = {}
    origin = {}
    chat_n = {p: 0 for p in projects}
    for i, x in enumerate(placed, 1):
        cid = "c%04d" % i
        r = x["rec"]
        p, a, d = x["project"], abbr[x["project"]], x["day"]
        src = r["source"]
        if r["kind"] == "note" and x.get("cli"):
            src = "cli"
        if src == "shell":
            sess = "tty-%s-%s" % (a, h(p, d, "tty"))
            meta = {"exit_code": r["meta"]["exit_code"], "cwd": r["meta"]["cwd"] or DEFAULT_CWD[p]}
        elif src == "git":
            sess = "git-%s-%s" % (a, h(p, d, "git"))
            meta = {"files": r["meta"]["files"], "branch": r["meta"]["branch"],
                    "sha": h(p, d, r["content"], n=10)}
        elif src in ("cursor", "editor"):
            sess = "ide-%s-%s" % (a, h(p, d, "ide"))
            meta = dict(r["meta"])
        elif src == "openai":
            chat_n[p] += 1
            sess = "chat-%s-%02d" % (a, chat_n[p])
            meta = dict(r["meta"])
        else:
            sess = "notes-%s-w%02d" % (a, d // 7)
            meta = {}
        ctx = {"id": cid, "source": src, "kind": r["kind"], "project": p, "session": sess,
               "day": d, "minute": x["minute"], "content": r["content"], "metadata": meta}
        contexts.append(ctx)
        origin[cid] = x["origin"]
        if r["key"] is not None:
            key2id[r["key"]] = cid

    # questions
    qs = []
    qmeta = []
    for t in TYPES:
        if t == "project_isolation":
            for subj in iso.SUBJECTS:
                for p, (text, note) in subj["questions"].items():
                    if p not in subj["statements"]:
                        raise SystemExit("isolation question from %s has no statement" % p)
                    ans = [key2id[subj["statements"][p]["key"]]]
                    forb = sorted(key2id[r["key"]] for pp, r in subj["statements"].items() if pp != p)
                    qs.append({"type": t, "project": p, "question": text, "answers": ans,
                               "outdated": [], "forbidden": forb, "note": note})
                    qmeta.append({"home": p, "distractors": [], "keys": [],
                                  "subject": subj["name"],
                                  "own_keys": [subj["statements"][p]["key"]],
                                  "forbidden_keys": sorted(r["key"] for pp, r in subj["statements"].items() if pp != p),
                                  "subject_projects": sorted(subj["statements"])})
            continue
        for m in mods:
            for qq in m.QUESTIONS:
                if qq["type"] != t:
                    continue
                for k in qq["answers"] + qq["outdated"] + qq["distractors"]:
                    if k not in key2id:
                        raise SystemExit("unresolved key %s" % k)
                qs.append({"type": t, "project": None if qq["null"] else m.PROJECT,
                           "question": qq["question"],
                           "answers": [key2id[k] for k in qq["answers"]],
                           "outdated": [key2id[k] for k in qq["outdated"]],
                           "forbidden": [], "note": qq["note"]})
                qmeta.append({"home": m.PROJECT,
                              "distractors": [key2id[k] for k in qq["distractors"]],
                              "keys": qq["keys"]})
    for i, qq in enumerate(qs, 1):
        qq["id"] = "q%03d" % i
    questions = [{f: qq[f] for f in Q_FIELDS} for qq in qs]
    contexts = [{f: c[f] for f in CTX_FIELDS} for c in contexts]
    data = {"contexts": contexts, "questions": questions}
    meta = {"origin": origin, "qmeta": qmeta, "key2id": key2id, "projects": projects,
            "abbr": abbr}
    return data, meta


DEFAULT_CWD = {}


def _init_cwd():
    mods, _ = load()
    for m in mods:
        DEFAULT_CWD[m.PROJECT] = m.CWD


def dump(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main(argv):
    import validate
    check = "--check" in argv
    _init_cwd()
    d1, meta = render()
    d2, _ = render()
    if dump(d1) != dump(d2):
        print("FAIL: two renders differ")
        return 1
    errors, stats = validate.validate(d1, meta)
    if errors:
        for e in errors:
            print("FAIL:", e)
        return 1
    mem = dump(d1)
    st = dump(stats)
    mp = os.path.join(HERE, "memory.json")
    sp = os.path.join(HERE, "stats.json")
    if check:
        bad = False
        for path, text in ((mp, mem), (sp, st)):
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
                print("FAIL: %s differs from a fresh build" % os.path.basename(path))
                bad = True
        if bad:
            return 1
        print("check ok: %d contexts, %d questions" % (len(d1["contexts"]), len(d1["questions"])))
        return 0
    with open(mp, "w", encoding="utf-8") as f:
        f.write(mem)
    with open(sp, "w", encoding="utf-8") as f:
        f.write(st)
    print("wrote %d contexts, %d questions" % (len(d1["contexts"]), len(d1["questions"])))
    validate.print_baseline(stats)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
