#!/usr/bin/env python3
"""Deterministic builder and validator for memory_heldout4 (standard library only).

    python3 build.py           build twice, compare, validate, write memory.json + stats.json
    python3 build.py --check   build twice, compare, validate, and compare with the files on disk

The randomness only schedules (active days, filler placement, pool sampling, minutes,
cli notes). All wording lives in the data_*.py modules.
"""
import hashlib
import json
import math
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_quayline  # noqa: E402
import data_petalpost  # noqa: E402
import data_ringlog  # noqa: E402
import data_kilnbook  # noqa: E402
import data_isolation  # noqa: E402

SEED = "20270115-h4"
MODULES = [data_quayline, data_petalpost, data_ringlog, data_kilnbook]
PROJECT_ORDER = [m.PROJECT for m in MODULES]
ABBR = {m.PROJECT: m.ABBR for m in MODULES}
CWD = {m.PROJECT: m.CWD for m in MODULES}
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
MIN_PER_TYPE = 24
ALLOWED = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"}, "openai": {"chat"},
           "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"}}
FIRST_WORDS = ["first", "original", "initial", "very start", "before", "start with", "begin with",
               "started", "to begin", "at the start", "start out", "began", "beginning", "day one"]

# --- overlap measure (re-implementation of ../memory/README.md) --------------------------
STOP = set("""i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself
yourselves he him his himself she she's her hers herself it it's its itself they them their theirs
themselves what which who whom this that that'll these those am is are was were be been being have has
had having do does did doing a an the and but if or because as until while of at by for with about
against between into through during before after above below to from up down in out on off over under
again further then once here there when where why how all any both each few more most other some such
no nor not only own same so than too very s t can will just don don't should should've now d ll m o re
ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn hadn't hasn hasn't haven haven't isn
isn't ma mightn mightn't mustn mustn't needn needn't shan shan't shouldn shouldn't wasn wasn't weren
weren't won won't wouldn wouldn't would could might must shall may also let lets""".split())


def stem(w):
    for suf, rep, n in (("ies", "y", 5), ("ing", "", 6), ("ed", "", 5), ("ly", "", 5), ("es", "", 5), ("s", "", 4)):
        if w.endswith(suf) and len(w) >= n and not (suf == "s" and w.endswith("ss")):
            w = w[: len(w) - len(suf)] + rep
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def tokens(text):
    return [stem(t) for t in re.split(r"[^a-z0-9]+", text.lower()) if t and t not in STOP]


def same(a, b):
    if a == b:
        return True
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    return len(s) >= 4 and l.startswith(s) and len(l) - len(s) <= 3


def shared(question, context):
    qw, cw = set(tokens(question)), set(tokens(context))
    return sorted(w for w in qw if any(same(w, c) for c in cw))


# --- rendering -----------------------------------------------------------------------------
def h(*parts, n=8):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def content_of(r):
    k = r["kind"]
    if k == "command":
        return r["cmd"] + ("\n" + r["out"] if r["out"] else "")
    if k == "commit":
        return r["msg"] + "\n\n" + "\n".join(" " + f for f in r["files"])
    if k in ("note", "chat"):
        return r["text"]
    if k == "edit":
        return r["path"] + "\n" + r["desc"]
    if k == "file":
        return r["path"] + "\n" + r["snippet"]
    raise ValueError(k)


def collect():
    """Gather (project, record, order) for hand-placed/filler records and pools; questions."""
    records, pools, questions = [], {}, []
    for m in MODULES:
        for r in m.RECORDS:
            records.append((m.PROJECT, r))
        pools[m.PROJECT] = m.POOL
        for qq in m.QUESTIONS:
            qq = dict(qq)
            if qq["project"] == "":
                qq["project"] = m.PROJECT
            qq["_home"] = m.PROJECT
            questions.append(qq)
    for proj, r in data_isolation.RECORDS:
        records.append((proj, r))
    for qq in data_isolation.QUESTIONS:
        qq = dict(qq)
        qq["_home"] = qq["project"]
        questions.append(qq)
    return records, pools, questions


def render():
    records, pools, questions = collect()
    placed = []  # dicts with project, day, rec, order, hand
    for order, (proj, r) in enumerate(records):
        placed.append({"project": proj, "rec": r, "order": order, "hand": isinstance(r["day"], int)})
    out = []
    origin = {"hand": 0, "filler": 0, "pool": 0}
    for proj in PROJECT_ORDER:
        ab = ABBR[proj]
        rng = random.Random(SEED + "-" + ab)
        mine = [p for p in placed if p["project"] == proj]
        fixed = {p["rec"]["day"] for p in mine if p["hand"]}
        active = set(fixed)
        for d in range(61):
            weekend = d % 7 >= 5
            if rng.random() < (0.15 if weekend else 0.55):
                active.add(d)
        for p in mine:
            if p["hand"]:
                p["day"] = p["rec"]["day"]
                origin["hand"] += 1
            else:
                lo, hi = p["rec"]["day"]
                cands = sorted(d for d in active if lo <= d <= hi)
                if not cands:
                    cands = list(range(lo, hi + 1))
                p["day"] = rng.choice(cands)
                active.add(p["day"])
                origin["filler"] += 1
        pool = pools[proj]
        for d in sorted(active):
            weekend = d % 7 >= 5
            n = rng.randint(1, 3) if weekend else rng.randint(2, 5)
            ok = [e for e in pool if e["days"][0] <= d <= e["days"][1]]
            for i in range(n):
                e = rng.choices(ok, weights=[x["w"] for x in ok])[0]
                r = {"key": None, "day": d, "source": "shell", "kind": "command", "cmd": e["cmd"],
                     "out": e["out"], "code": e["code"], "cwd": e["cwd"]}
                mine.append({"project": proj, "rec": r, "order": 100000 + d * 10 + i, "hand": False,
                             "day": d, "pool": True})
                origin["pool"] += 1
        # minutes: one working block per day; hand-placed keep authoring order
        for d in sorted(active):
            day_items = [p for p in mine if p["day"] == d]
            hand = sorted([p for p in day_items if p["hand"]], key=lambda p: p["order"])
            rest = sorted([p for p in day_items if not p["hand"]], key=lambda p: p["order"])
            rng.shuffle(rest)
            seq = list(hand)
            for p in rest:
                seq.insert(rng.randint(0, len(seq)), p)
            start = rng.randint(7 * 60, max(7 * 60, min(21 * 60, 1430 - 9 * len(seq))))
            t = start
            for p in seq:
                t += rng.randint(1, 8)
                p["minute"] = min(t, 1439)
        for p in mine:
            r = p["rec"]
            src = r["source"]
            if r["kind"] == "note":
                src = "cli" if rng.random() < 0.3 else "notes"
            p["source"] = src
        out.extend(mine)
    pidx = {p: i for i, p in enumerate(PROJECT_ORDER)}
    out.sort(key=lambda p: (p["day"], p["minute"], pidx[p["project"]], p["order"]))
    contexts, keymap = [], {}
    chatno = {p: 0 for p in PROJECT_ORDER}
    for i, p in enumerate(out):
        r, proj, ab, d = p["rec"], p["project"], ABBR[p["project"]], p["day"]
        cid = "c%04d" % (i + 1)
        src = p["source"]
        if src == "shell":
            sess = "tty-%s-%s" % (ab, h(proj, d, "tty"))
            meta = {"exit_code": r["code"], "cwd": r["cwd"] or CWD[proj]}
        elif src == "git":
            sess = "git-%s-%s" % (ab, h(proj, d, "git"))
            meta = {"files": [f.split(" ", 1)[1] for f in r["files"]], "branch": r["branch"],
                    "sha": h(proj, d, r["msg"], n=10)}
        elif src in ("cursor", "editor"):
            sess = "ide-%s-%s" % (ab, h(proj, d, "ide"))
            if r["kind"] == "chat":
                meta = {"files": r["files"]} if r["files"] else {}
            else:
                meta = {"files": [r["path"]]}
        elif src == "openai":
            chatno[proj] += 1
            sess = "chat-%s-%02d" % (ab, chatno[proj])
            meta = {"files": r["files"]} if r["files"] else {}
        else:
            sess = "notes-%s-w%02d" % (ab, d // 7)
            meta = {}
        contexts.append({"id": cid, "source": src, "kind": r["kind"], "project": proj, "session": sess,
                         "day": d, "minute": p["minute"], "content": content_of(r), "metadata": meta})
        if r["key"]:
            if r["key"] in keymap:
                raise SystemExit("duplicate key " + r["key"])
            keymap[r["key"]] = cid
    # questions
    qs, extra = [], {}
    n = 0
    for t in TYPES:
        for qq in [x for x in questions if x["type"] == t]:
            n += 1
            qid = "q%03d" % n
            try:
                res = lambda ks: [keymap[k] for k in ks]
                item = {"id": qid, "type": t, "project": qq["project"], "question": qq["question"],
                        "answers": res(qq["answers"]), "outdated": res(qq["outdated"]),
                        "forbidden": res(qq["forbidden"]), "note": qq["note"]}
                extra[qid] = {"distractors": res(qq["distractors"]), "keys": qq["keys"], "home": qq["_home"]}
            except KeyError as e:
                raise SystemExit("unresolved key %s in question %r" % (e, qq["question"]))
            qs.append(item)
    return {"contexts": contexts, "questions": qs}, extra, origin


# --- validation ------------------------------------------------------------------------------
def validate(data, extra):
    errs = []
    ctx = {c["id"]: c for c in data["contexts"]}
    cs = data["contexts"]
    if not (850 <= len(cs) <= 1000):
        errs.append("context count %d outside 850..1000" % len(cs))
    if len({c["project"] for c in cs}) < 4:
        errs.append("fewer than 4 projects")
    prev = (-1, -1)
    for c in cs:
        if c["kind"] not in ALLOWED.get(c["source"], ()):
            errs.append("%s: kind %s not allowed for %s" % (c["id"], c["kind"], c["source"]))
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            errs.append("%s: day/minute out of range" % c["id"])
        if (c["day"], c["minute"]) < prev:
            errs.append("%s: ids not in time order" % c["id"])
        prev = (c["day"], c["minute"])
        for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", c["content"]):
            if not m.lower().endswith("example.com"):
                errs.append("%s: e-mail-like string %s" % (c["id"], m))
    counts = {}
    seen_text = {}
    for qq in data["questions"]:
        qid, t = qq["id"], qq["type"]
        counts[t] = counts.get(t, 0) + 1
        if not qq["note"]:
            errs.append(qid + ": no note")
        if not qq["answers"]:
            errs.append(qid + ": no answers")
        for lab in ("answers", "outdated", "forbidden"):
            for i in qq[lab]:
                if i not in ctx:
                    errs.append("%s: %s id %s missing" % (qid, lab, i))
        if set(qq["answers"]) & (set(qq["outdated"]) | set(qq["forbidden"])):
            errs.append(qid + ": id both answer and outdated/forbidden")
        k = (qq["project"], qq["question"])
        if k in seen_text:
            errs.append(qid + ": repeated (project, text) with " + seen_text[k])
        seen_text[k] = qid
        home = extra[qid]["home"]
        ans = [ctx[i] for i in qq["answers"]]
        if t != "project_isolation":
            if qq["project"] not in (None, home):
                errs.append(qid + ": project field differs from home project")
            if any(a["project"] != home for a in ans):
                errs.append(qid + ": answer outside home project")
            if qq["forbidden"]:
                errs.append(qid + ": forbidden only for isolation")
        if t == "paraphrase":
            for a in ans:
                if len(shared(qq["question"], a["content"])) > 1:
                    errs.append("%s: paraphrase shares %s" % (qid, shared(qq["question"], a["content"])))
            ds = extra[qid]["distractors"]
            if not ds:
                errs.append(qid + ": paraphrase without distractor")
            for d in ds:
                if len(shared(qq["question"], ctx[d]["content"])) < 2:
                    errs.append("%s: distractor %s shares < 2 words %s" % (qid, d, shared(qq["question"], ctx[d]["content"])))
                if ctx[d]["project"] != home:
                    errs.append(qid + ": distractor in another project")
        if t == "command_fact":
            if any(a["kind"] not in ("command", "commit") for a in ans):
                errs.append(qid + ": command_fact answer not a command/commit")
            if not extra[qid]["keys"]:
                errs.append(qid + ": no keys")
            if not extra[qid]["distractors"]:
                errs.append(qid + ": command_fact without distractor")
            for key in extra[qid]["keys"]:
                holders = [c["id"] for c in cs if key.lower() in c["content"].lower()]
                if holders != qq["answers"]:
                    errs.append("%s: key %r found in %s" % (qid, key, holders))
                if key.lower() in qq["question"].lower():
                    errs.append("%s: key %r in question" % (qid, key))
        if t == "knowledge_update":
            if not qq["outdated"]:
                errs.append(qid + ": no outdated")
            ad = min(a["day"] for a in ans)
            for o in qq["outdated"]:
                if ctx[o]["day"] >= ad:
                    errs.append("%s: outdated %s not earlier" % (qid, o))
                if ctx[o]["project"] != home:
                    errs.append("%s: outdated %s in another project" % (qid, o))
        if t == "first_attempt":
            if not qq["outdated"]:
                errs.append(qid + ": no later statements")
            ad = max(a["day"] for a in ans)
            for o in qq["outdated"]:
                if ctx[o]["day"] <= ad:
                    errs.append("%s: later %s not later" % (qid, o))
            if not any(w in qq["question"].lower() for w in FIRST_WORDS):
                errs.append(qid + ": first_attempt wording lacks a first/original/before cue")
        if t == "project_isolation":
            if qq["project"] is None:
                errs.append(qid + ": isolation without project")
            if any(a["project"] != qq["project"] for a in ans):
                errs.append(qid + ": isolation answer outside asking project")
            if not qq["forbidden"]:
                errs.append(qid + ": isolation without forbidden")
            if any(ctx[f]["project"] == qq["project"] for f in qq["forbidden"]):
                errs.append(qid + ": forbidden inside asking project")
    for t in TYPES:
        if counts.get(t, 0) < MIN_PER_TYPE:
            errs.append("type %s has %d < %d" % (t, counts.get(t, 0), MIN_PER_TYPE))
    texts = {}
    for qq in data["questions"]:
        texts.setdefault(qq["question"], []).append(qq)
    for tx, lst in texts.items():
        if len(lst) > 1 and any(x["type"] != "project_isolation" for x in lst):
            errs.append("identical text outside isolation: %r" % tx)
    return errs


# --- stats / BM25 baseline ------------------------------------------------------------------
def bm25_rank(data):
    docs = [tokens(c["content"]) for c in data["contexts"]]
    N = len(docs)
    avg = sum(len(d) for d in docs) / N
    df = {}
    for d in docs:
        for w in set(d):
            df[w] = df.get(w, 0) + 1
    tfs = []
    for d in docs:
        tf = {}
        for w in d:
            tf[w] = tf.get(w, 0) + 1
        tfs.append(tf)

    def scores(query, allowed=None):
        qt = tokens(query)
        res = []
        for i, c in enumerate(data["contexts"]):
            if allowed and c["project"] != allowed:
                continue
            s = 0.0
            for w in qt:
                f = tfs[i].get(w, 0)
                if f:
                    idf = math.log(1 + (N - df[w] + 0.5) / (df[w] + 0.5))
                    s += idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * len(docs[i]) / avg))
            res.append((-s, i))
        res.sort()
        return [data["contexts"][i]["id"] for _, i in res]
    return scores


def passes(qq, ranking):
    top = ranking[:5]
    if not any(a in top for a in qq["answers"]):
        return False
    best = min(ranking.index(a) for a in qq["answers"])
    if qq["type"] in ("knowledge_update", "first_attempt"):
        if any(ranking.index(o) < best for o in qq["outdated"]):
            return False
    if qq["type"] == "project_isolation" and any(f in top for f in qq["forbidden"]):
        return False
    return True


def stats(data, extra, origin):
    cs, qs = data["contexts"], data["questions"]
    ctx = {c["id"]: c for c in cs}
    st = {"seed": SEED, "contexts": len(cs), "questions": len(qs), "origin": origin}
    for f in ("project", "source", "kind"):
        d = {}
        for c in cs:
            d[c[f]] = d.get(c[f], 0) + 1
        st["contexts_by_" + f] = dict(sorted(d.items()))
    st["questions_by_type"] = {t: sum(1 for x in qs if x["type"] == t) for t in TYPES}
    byp, byh = {}, {}
    for x in qs:
        byp[str(x["project"])] = byp.get(str(x["project"]), 0) + 1
        byh[extra[x["id"]]["home"]] = byh.get(extra[x["id"]]["home"], 0) + 1
    st["questions_by_project_field"] = dict(sorted(byp.items()))
    st["questions_by_answer_project"] = dict(sorted(byh.items()))
    st["null_project_by_type"] = {t: sum(1 for x in qs if x["type"] == t and x["project"] is None) for t in TYPES}
    st["labels"] = {lab: sum(len(x[lab]) for x in qs) for lab in ("answers", "outdated", "forbidden")}
    st["labels"]["distinct_labelled_contexts"] = len({i for x in qs for lab in ("answers", "outdated", "forbidden") for i in x[lab]})
    st["labels"]["distractors"] = sum(len(extra[x["id"]]["distractors"]) for x in qs)
    kinds = {}
    for t in TYPES:
        a, o = {}, {}
        for x in qs:
            if x["type"] != t:
                continue
            for i in x["answers"]:
                a[ctx[i]["kind"]] = a.get(ctx[i]["kind"], 0) + 1
            for i in x["outdated"] + x["forbidden"]:
                o[ctx[i]["kind"]] = o.get(ctx[i]["kind"], 0) + 1
        kinds[t] = {"answers": dict(sorted(a.items())), "outdated_or_forbidden": dict(sorted(o.items()))}
    st["label_kinds"] = kinds
    scores = bm25_rank(data)
    per, base = {}, {t: {"answer_top5_global": 0, "pass_global": 0, "pass_filtered": 0, "overlaps": []} for t in TYPES}
    for x in qs:
        g = scores(x["question"])
        proj = x["project"] or extra[x["id"]]["home"]
        f = scores(x["question"], proj)
        rank = min(g.index(a) for a in x["answers"]) + 1
        ov = [len(shared(x["question"], ctx[a]["content"])) for a in x["answers"]]
        b = base[x["type"]]
        b["answer_top5_global"] += rank <= 5
        b["pass_global"] += passes(x, g)
        b["pass_filtered"] += passes(x, f)
        b["overlaps"].append(min(ov))
        per[x["id"]] = {"type": x["type"], "bm25_rank_best_answer": rank, "pass_global": passes(x, g),
                        "pass_filtered": passes(x, f), "answer_overlap": min(ov),
                        "shared_words": shared(x["question"], ctx[x["answers"][0]]["content"]),
                        "distractors": extra[x["id"]]["distractors"], "keys": extra[x["id"]]["keys"]}
        if extra[x["id"]]["distractors"]:
            per[x["id"]]["distractor_overlap"] = [len(shared(x["question"], ctx[d]["content"])) for d in extra[x["id"]]["distractors"]]
    for t in TYPES:
        ov = base[t].pop("overlaps")
        base[t]["n"] = len(ov)
        base[t]["mean_answer_overlap"] = round(sum(ov) / len(ov), 2) if ov else 0
        base[t]["answer_overlap_histogram"] = {str(k): ov.count(k) for k in sorted(set(ov))}
    st["bm25_baseline"] = base
    st["per_question"] = per
    return st


def dump(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main():
    check = "--check" in sys.argv
    d1, e1, o1 = render()
    d2, e2, o2 = render()
    a, b = dump(d1), dump(d2)
    if a != b:
        sys.exit("FAIL: two renders differ")
    errs = validate(d1, e1)
    if errs:
        for e in errs:
            print("FAIL:", e)
        sys.exit(1)
    s = dump(stats(d1, e1, o1))
    mp, sp = os.path.join(HERE, "memory.json"), os.path.join(HERE, "stats.json")
    if check:
        for path, txt in ((mp, a), (sp, s)):
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != txt:
                sys.exit("FAIL: %s is missing or differs from a fresh build" % os.path.basename(path))
        print("OK (check): %d contexts, %d questions; files on disk match" % (len(d1["contexts"]), len(d1["questions"])))
        return
    with open(mp, "w", encoding="utf-8") as f:
        f.write(a)
    with open(sp, "w", encoding="utf-8") as f:
        f.write(s)
    print("OK: wrote %d contexts, %d questions" % (len(d1["contexts"]), len(d1["questions"])))


if __name__ == "__main__":
    main()
