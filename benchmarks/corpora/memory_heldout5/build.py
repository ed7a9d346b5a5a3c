#!/usr/bin/env python3
"""Deterministic builder + validator for memory_heldout5/memory.json.

python3 build.py           render twice, validate, write memory.json and stats.json
python3 build.py --check   same, but write nothing; also fail if the files on disk differ
Standard library only.  The randomness only schedules hand-written records.
"""
import sys
sys.dont_write_bytecode = True
import hashlib
import importlib
import json
import math
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SEED = "20270308-h5"
MODULES = ["data_anvilrun", "data_sorrelcast", "data_cobbleknot", "data_quillmere"]
ISOLATION = "data_isolation"
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
SOURCE_KINDS = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"},
                "openai": {"chat"}, "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"}}
FIRST_CUES = re.compile(r"\b(first|originally|initially|very start|to begin with|before|"
                        r"start with|begin with|start out|started out|in the beginning|early on)\b")

# NLTK English stop words, embedded (plus contraction fragments and modal verbs).
STOP = set("""i me my myself we our ours ourselves you you're you've you'll you'd your yours
yourself yourselves he him his himself she she's her hers herself it it's its itself they them
their theirs themselves what which who whom this that that'll these those am is are was were be
been being have has had having do does did doing a an the and but if or because as until while
of at by for with about against between into through during before after above below to from up
down in out on off over under again further then once here there when where why how all any both
each few more most other some such no nor not only own same so than too very s t can will just
don don't should should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't
doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't
needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't
would could might must shall may also let lets""".split())


def stem(w):
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("ly") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("es") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("s") and len(w) > 3 and not w.endswith("ss"):
        w = w[:-1]
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


def shared(qtext, ctext):
    qs, cs = sorted(set(tokens(qtext))), set(tokens(ctext))
    return [w for w in qs if any(same(w, c) for c in cs)]


def h(*parts, n=6):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def load():
    mods = [importlib.import_module(m) for m in MODULES if os.path.exists(os.path.join(HERE, m + ".py"))]
    iso = importlib.import_module(ISOLATION) if os.path.exists(os.path.join(HERE, ISOLATION + ".py")) else None
    return mods, iso


def render():
    mods, iso = load()
    projects = [m.PROJECT for m in mods]
    abbr = {m.PROJECT: m.ABBR for m in mods}
    cwd = {m.PROJECT: m.CWD for m in mods}
    pindex = {p: i for i, p in enumerate(projects)}
    records, questions = [], []
    for m in mods:
        for r in m.RECORDS:
            r = dict(r, project=m.PROJECT, origin=r.get("origin") or "hand")
            records.append(r)
        for e in m.POOL:
            assert 0 <= e["lo"] <= e["hi"] <= 60
        for qq in m.QUESTIONS:
            questions.append(dict(qq, home=m.PROJECT))
    if iso:
        for r in iso.RECORDS:
            assert r["project"] in projects, r["key"]
            records.append(dict(r, origin="hand"))
        for qq in iso.QUESTIONS:
            questions.append(dict(qq, home=qq["project"]))
    for i, r in enumerate(records):
        r["seq"] = i
        r["origin"] = "filler" if isinstance(r["day"], (tuple, list)) else "hand"
    keys = [r["key"] for r in records]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, "duplicate record keys: %s" % sorted(dup)

    placed = []
    for m in mods:
        p = m.PROJECT
        rng = random.Random("%s-%s" % (SEED, m.ABBR))
        mine = [r for r in records if r["project"] == p]
        fact_days = {r["day"] for r in mine if isinstance(r["day"], int)}
        active = []
        for d in range(61):
            wd = d % 7 < 5
            if rng.random() < (0.55 if wd else 0.15) or d in fact_days:
                active.append(d)
        for r in mine:
            if isinstance(r["day"], (tuple, list)):
                lo, hi = r["day"]
                cand = [d for d in active if lo <= d <= hi]
                if not cand:
                    d = rng.randint(lo, hi)
                    active = sorted(set(active) | {d})
                    cand = [d]
                r["day"] = rng.choice(cand)
        byday = {d: [] for d in active}
        for r in mine:
            byday.setdefault(r["day"], []).append(r)
        seq = 100000 * (pindex[p] + 1)
        for d in sorted(byday):
            items = sorted(byday[d], key=lambda r: r["seq"])
            elig = [e for e in m.POOL if e["lo"] <= d <= e["hi"]]
            n = rng.randint(2, 5) if d % 7 < 5 else rng.randint(1, 3)
            picks, tries = [], 0
            while elig and len(picks) < min(n, len(elig)) and tries < 50:
                tries += 1
                e = rng.choices(elig, weights=[x["w"] for x in elig])[0]
                if e not in picks:
                    picks.append(e)
            for e in picks:
                seq += 1
                pr = {"key": "pool-%s-%d" % (m.ABBR, seq), "day": d, "kind": "command",
                      "source": "shell", "content": e["content"], "project": p,
                      "meta": {"exit_code": e["exit_code"], "cwd": e["cwd"]},
                      "origin": "pool", "seq": seq}
                items.insert(rng.randint(0, len(items)), pr)
            minute = rng.randint(7 * 60, 16 * 60)
            for r in items:
                minute = min(1439, minute + rng.randint(2, 13))
                r["minute"] = minute
                if r["kind"] == "note" and rng.random() < 0.3:
                    r["source"] = "cli"
                placed.append(r)
    placed.sort(key=lambda r: (r["day"], r["minute"], pindex[r["project"]], r["seq"]))

    contexts, key2id, chatno = [], {}, {}
    for i, r in enumerate(placed, 1):
        cid = "c%04d" % i
        key2id[r["key"]] = cid
        p, a, d = r["project"], abbr[r["project"]], r["day"]
        src = r["source"]
        if src == "shell":
            sess = "tty-%s-%s" % (a, h(p, d, "tty"))
            meta = {"exit_code": r["meta"]["exit_code"], "cwd": r["meta"]["cwd"] or cwd[p]}
        elif src == "git":
            sess = "git-%s-%s" % (a, h(p, d, "git"))
            meta = {"files": r["meta"]["files"], "branch": r["meta"]["branch"],
                    "sha": h(r["key"], "sha", n=10)}
        elif src == "openai":
            chatno[p] = chatno.get(p, 0) + 1
            sess = "chat-%s-%02d" % (a, chatno[p])
            meta = dict(r["meta"])
        elif src in ("notes", "cli"):
            sess = "notes-%s-w%02d" % (a, d // 7)
            meta = {}
        else:
            sess = "ide-%s-%s" % (a, h(p, d, "ide"))
            meta = dict(r["meta"])
        contexts.append({"id": cid, "source": src, "kind": r["kind"], "project": p,
                         "session": sess, "day": d, "minute": r["minute"],
                         "content": r["content"], "metadata": meta})
    byid = {c["id"]: c for c in contexts}
    origin = {key2id[r["key"]]: r["origin"] for r in placed}

    out_q, extra = [], {}
    order = {t: [] for t in TYPES}
    for qq in questions:
        order[qq["type"]].append(qq)
    n = 0
    for t in TYPES:
        for qq in order[t]:
            n += 1
            qid = "q%03d" % n
            def ids(ks):
                res = []
                for k in ks:
                    assert k in key2id, "%s: unknown key %s" % (qid, k)
                    res.append(key2id[k])
                return res
            out_q.append({"id": qid, "type": t, "project": qq["project"],
                          "question": qq["question"], "answers": ids(qq["answers"]),
                          "outdated": ids(qq["outdated"]) if t != "project_isolation" else [],
                          "forbidden": ids(qq["forbidden"]) if t == "project_isolation" else [],
                          "note": qq["note"]})
            extra[qid] = {"home": qq["home"], "keys": qq["keys"],
                          "distractors": ids(qq["distractors"])}
    return contexts, out_q, extra, byid, origin, projects


# ---------------------------------------------------------------- validation
def validate(contexts, qs, extra, byid, projects):
    errs = []
    err = errs.append
    if not 850 <= len(contexts) <= 1000:
        err("context count %d not in 850..1000" % len(contexts))
    if len(projects) < 4:
        err("fewer than 4 projects")
    prev = (-1, -1)
    for c in contexts:
        if c["kind"] not in SOURCE_KINDS[c["source"]]:
            err("%s: kind %s not allowed for %s" % (c["id"], c["kind"], c["source"]))
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            err("%s: day/minute out of range" % c["id"])
        if (c["day"], c["minute"]) < prev:
            err("%s: ids not in (day, minute) order" % c["id"])
        prev = (c["day"], c["minute"])
        for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", c["content"]):
            if not m.endswith("example.com"):
                err("%s: e-mail-like string %s" % (c["id"], m))
    for t in TYPES:
        k = sum(1 for x in qs if x["type"] == t)
        if k < 24:
            err("type %s has %d < 24 questions" % (t, k))
    seen = {}
    for x in qs:
        seen.setdefault(x["question"], []).append(x)
    for text, group in seen.items():
        pairs = [(g["project"]) for g in group]
        if len(set(pairs)) < len(pairs):
            err("question text repeats within a project: %r" % text)
        if len(group) > 1 and any(g["type"] != "project_isolation" for g in group):
            err("identical text outside project_isolation: %r" % text)
    for x in qs:
        qid, t, e = x["id"], x["type"], extra[x["id"]]
        if not x["note"]:
            err("%s: no note" % qid)
        if not x["answers"]:
            err("%s: no answers" % qid)
        if set(x["answers"]) & (set(x["outdated"]) | set(x["forbidden"])):
            err("%s: id both answer and outdated/forbidden" % qid)
        for a in x["answers"]:
            if byid[a]["project"] != e["home"]:
                err("%s: answer %s outside home project" % (qid, a))
        if x["project"] not in (None, e["home"]):
            err("%s: project field is neither home nor null" % qid)
        if t == "paraphrase":
            for a in x["answers"]:
                s = shared(x["question"], byid[a]["content"])
                if len(s) > 1:
                    err("%s: shares %s with answer %s" % (qid, s, a))
            if not e["distractors"]:
                err("%s: no distractor" % qid)
            for d in e["distractors"]:
                if byid[d]["project"] != e["home"]:
                    err("%s: distractor in another project" % qid)
                if len(shared(x["question"], byid[d]["content"])) < 2:
                    err("%s: distractor %s shares < 2 words" % (qid, d))
        if t == "command_fact":
            if not e["keys"] or not e["distractors"]:
                err("%s: needs keys and a distractor" % qid)
            for a in x["answers"]:
                if byid[a]["kind"] not in ("command", "commit"):
                    err("%s: answer is not a command or commit" % qid)
            for k in e["keys"]:
                kl = k.lower()
                if kl in x["question"].lower():
                    err("%s: key %r in question" % (qid, k))
                holders = [c["id"] for c in contexts if kl in c["content"].lower()]
                if holders != x["answers"][:1] or len(x["answers"]) != 1:
                    err("%s: key %r found in %s" % (qid, k, holders))
        if t == "knowledge_update":
            if not x["outdated"]:
                err("%s: no outdated statements" % qid)
            ad = max(byid[a]["day"] for a in x["answers"])
            for o in x["outdated"]:
                if byid[o]["day"] >= ad:
                    err("%s: outdated %s not earlier than answer" % (qid, o))
        if t == "first_attempt":
            if not x["outdated"]:
                err("%s: no later statements" % qid)
            if not FIRST_CUES.search(x["question"].lower()):
                err("%s: no first/originally cue" % qid)
            ad = min(byid[a]["day"] for a in x["answers"])
            for o in x["outdated"]:
                if byid[o]["day"] <= ad:
                    err("%s: later %s not after answer" % (qid, o))
        if t == "project_isolation":
            if x["project"] is None or not x["forbidden"]:
                err("%s: isolation needs project and forbidden" % qid)
            for a in x["answers"]:
                if byid[a]["project"] != x["project"]:
                    err("%s: answer not in asking project" % qid)
            for f in x["forbidden"]:
                if byid[f]["project"] == x["project"]:
                    err("%s: forbidden %s in asking project" % (qid, f))
    return errs


# ---------------------------------------------------------------- BM25 + stats
def bm25_rankings(contexts, qs):
    docs = [tokens(c["content"]) for c in contexts]
    N = len(docs)
    avg = sum(len(d) for d in docs) / N
    df = {}
    tfs = []
    for d in docs:
        tf = {}
        for w in d:
            tf[w] = tf.get(w, 0) + 1
        tfs.append(tf)
        for w in tf:
            df[w] = df.get(w, 0) + 1
    res = {}
    for x in qs:
        qt = tokens(x["question"])
        scores = []
        for i, tf in enumerate(tfs):
            s = 0.0
            for w in qt:
                if w in tf:
                    idf = math.log(1 + (N - df[w] + 0.5) / (df[w] + 0.5))
                    f = tf[w]
                    s += idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * len(docs[i]) / avg))
            scores.append((-s, i))
        scores.sort()
        res[x["id"]] = [contexts[i]["id"] for _, i in scores]
    return res


def passes(x, ranking, k=5):
    pos = {cid: i for i, cid in enumerate(ranking)}
    best = min(pos[a] for a in x["answers"])
    if best >= k:
        return False
    if x["type"] in ("knowledge_update", "first_attempt"):
        if any(pos.get(o, len(ranking)) < best for o in x["outdated"]):
            return False
    if x["type"] == "project_isolation":
        if any(pos.get(f, len(ranking)) < k for f in x["forbidden"]):
            return False
    return True


def stats(contexts, qs, extra, byid, origin, projects):
    def count(it):
        out = {}
        for v in it:
            out[v] = out.get(v, 0) + 1
        return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))
    rank_g = bm25_rankings(contexts, qs)
    st = {"seed": SEED, "contexts": len(contexts), "questions": len(qs),
          "contexts_by_project": {p: sum(1 for c in contexts if c["project"] == p) for p in projects},
          "contexts_by_source": count(c["source"] for c in contexts),
          "contexts_by_kind": count(c["kind"] for c in contexts),
          "contexts_by_origin": count(origin[c["id"]] for c in contexts),
          "questions_by_type": {t: sum(1 for x in qs if x["type"] == t) for t in TYPES},
          "questions_by_home_project": {p: sum(1 for x in qs if extra[x["id"]]["home"] == p) for p in projects},
          "questions_by_project_field": count(str(x["project"]) for x in qs),
          "questions_by_type_and_home": {t: {p: sum(1 for x in qs if x["type"] == t and extra[x["id"]]["home"] == p)
                                             for p in projects} for t in TYPES},
          "null_project_by_type": {t: sum(1 for x in qs if x["type"] == t and x["project"] is None) for t in TYPES},
          "labels": {"answers": sum(len(x["answers"]) for x in qs),
                     "outdated": sum(len(x["outdated"]) for x in qs),
                     "forbidden": sum(len(x["forbidden"]) for x in qs),
                     "distinct_labelled": len({i for x in qs for i in x["answers"] + x["outdated"] + x["forbidden"]}),
                     "distractors": sum(len(extra[x["id"]]["distractors"]) for x in qs)},
          "answer_kinds": {t: {"answers": count(byid[a]["kind"] for x in qs if x["type"] == t for a in x["answers"]),
                               "outdated_or_forbidden": count(byid[o]["kind"] for x in qs if x["type"] == t
                                                              for o in x["outdated"] + x["forbidden"])}
                           for t in TYPES},
          "baseline_bm25": {}, "mean_overlap": {}, "paraphrase_overlap_hist": {},
          "per_question": {}}
    for t in TYPES:
        sub = [x for x in qs if x["type"] == t]
        top5 = sum(1 for x in sub if min(rank_g[x["id"]].index(a) for a in x["answers"]) < 5)
        pg = sum(1 for x in sub if passes(x, rank_g[x["id"]]))
        pf = 0
        for x in sub:
            r = rank_g[x["id"]]
            if x["project"]:
                r = [c for c in r if byid[c]["project"] == x["project"]]
            pf += passes(x, r)
        ov = [max(len(shared(x["question"], byid[a]["content"])) for a in x["answers"]) for x in sub]
        st["baseline_bm25"][t] = {"answer_top5_global": top5, "pass_global": pg, "pass_filtered": pf, "n": len(sub)}
        st["mean_overlap"][t] = round(sum(ov) / len(ov), 2) if ov else 0
        if t == "paraphrase":
            st["paraphrase_overlap_hist"] = count(str(v) for v in ov)
    for x in qs:
        r = rank_g[x["id"]]
        a = min(x["answers"], key=r.index)
        st["per_question"][x["id"]] = {
            "type": x["type"], "home": extra[x["id"]]["home"], "bm25_rank": r.index(a) + 1,
            "shared_words": shared(x["question"], byid[a]["content"]),
            "keys": extra[x["id"]]["keys"], "distractors": extra[x["id"]]["distractors"],
            "distractor_shared": [len(shared(x["question"], byid[d]["content"]))
                                  for d in extra[x["id"]]["distractors"]],
            "pass_global": passes(x, r)}
    return st


def build():
    contexts, qs, extra, byid, origin, projects = render()
    errs = validate(contexts, qs, extra, byid, projects)
    mem = json.dumps({"contexts": contexts, "questions": qs}, indent=1, ensure_ascii=False) + "\n"
    st = json.dumps(stats(contexts, qs, extra, byid, origin, projects), indent=1, ensure_ascii=False) + "\n"
    return mem, st, errs


def main():
    check = "--check" in sys.argv
    mem, st, errs = build()
    mem2, st2, _ = build()
    if mem != mem2 or st != st2:
        errs.append("two renders differ")
    for e in errs:
        print("ERROR:", e)
    s = json.loads(st)
    print("contexts %d, questions %d, by type %s" % (s["contexts"], s["questions"], s["questions_by_type"]))
    if errs:
        sys.exit(1)
    pm, ps = os.path.join(HERE, "memory.json"), os.path.join(HERE, "stats.json")
    if check:
        for path, text in ((pm, mem), (ps, st)):
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
                print("ERROR: %s differs from a fresh build" % os.path.basename(path))
                sys.exit(1)
        print("check OK")
    else:
        for path, text in ((pm, mem), (ps, st)):
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        print("wrote memory.json and stats.json")


if __name__ == "__main__":
    main()
