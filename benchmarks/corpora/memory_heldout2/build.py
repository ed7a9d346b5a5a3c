#!/usr/bin/env python3
"""Deterministic builder + validator for memory_heldout2/memory.json (standard library only).

    python3 build.py          # validate, then write memory.json and stats.json
    python3 build.py --check  # validate only

The builder's randomness (seeded per project) only schedules: active days, placement of
fillers, sampling of shell history, minutes, and which notes are `cli` notes. All wording
comes from the hand-written data_*.py files.
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

import data_reverbyard, data_lanternfish, data_kestrel, data_cragbook, data_isolation  # noqa: E402
from authoring import SELF  # noqa: E402

SEED = "20261202"
MODULES = [data_reverbyard, data_lanternfish, data_kestrel, data_cragbook]
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
ALLOWED = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"}, "openai": {"chat"},
           "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"}}
FIRST_WORDS = re.compile(r"\b(first|originally|at first|initially|very start|before|start with|begin with)\b", re.I)

# NLTK English stop words (copied in), contraction fragments, modal verbs.
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


def tokens(text):
    return [w for w in re.split(r"[^a-z0-9]+", text.lower()) if w]


def stem(w):
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith("ly"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith("es"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def content_words(text):
    return {stem(w) for w in tokens(text) if w not in STOP}


def same(a, b):
    if a == b:
        return True
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    return len(s) >= 4 and l.startswith(s) and len(l) - len(s) <= 3


def shared(q, a):
    aw = content_words(a)
    return sorted(w for w in content_words(q) if any(same(w, x) for x in aw))


def h(*parts, n=6):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ------------------------------------------------------------------ assembly
def collect():
    projects = []
    for m in MODULES:
        facts = list(m.FACTS) + list(data_isolation.RECORDS.get(m.PROJECT, []))
        projects.append({"name": m.PROJECT, "abbr": m.ABBR, "cwd": m.CWD, "facts": facts,
                         "pool": list(m.POOL), "fillers": list(m.FILLERS), "questions": list(m.QUESTIONS)})
    return projects


def schedule(p):
    rng = random.Random(SEED + "-" + p["abbr"])
    fact_days = {r["day"] for r in p["facts"]}
    active = set(fact_days)
    for d in range(61):
        if rng.random() < (0.55 if d % 7 < 5 else 0.15):
            active.add(d)
    out = [dict(r, origin="fact") for r in p["facts"]]
    for r in p["fillers"]:
        lo, hi = r["win"] or (0, 60)
        cands = sorted(d for d in active if lo <= d <= hi) or list(range(lo, hi + 1))
        d = rng.choice(cands)
        active.add(d)
        out.append(dict(r, day=d, origin="filler"))
    for d in sorted(active):
        pool = [r for r in p["pool"] if r["w"] > 0 and (r["win"] or (0, 60))[0] <= d <= (r["win"] or (0, 60))[1]]
        n = rng.randint(2, 6) if d % 7 < 5 else rng.randint(1, 3)
        for _ in range(n):
            r = rng.choices(pool, weights=[x["w"] for x in pool])[0]
            out.append(dict(r, day=d, origin="pool"))
    blocks = {}
    for d in sorted({r["day"] for r in out}):
        start = rng.randint(7 * 60, 18 * 60)
        blocks[d] = (start, rng.randint(90, 300))
    # stable order inside the project before drawing minutes
    for i, r in enumerate(out):
        s, ln = blocks[r["day"]]
        r["minute"] = min(1439, s + rng.randint(0, ln))
        r["seq"] = i
        if r["kind"] == "note":
            r["source"] = "cli" if rng.random() < 0.3 else "notes"
    return out


def build():
    projects = collect()
    recs = []
    for pi, p in enumerate(projects):
        for r in schedule(p):
            r["project"] = p["name"]
            r["abbr"] = p["abbr"]
            r["pcwd"] = p["cwd"]
            r["pi"] = pi
            recs.append(r)
    recs.sort(key=lambda r: (r["day"], r["minute"], r["pi"], r["seq"]))
    contexts, keymap, chatno = [], {}, {}
    origin = {}
    for i, r in enumerate(recs, 1):
        cid = "c%04d" % i
        a, d = r["abbr"], r["day"]
        src, kind = r["source"], r["kind"]
        if kind == "command":
            session = "tty-%s-%s" % (a, h(a, "tty", d))
            meta = {"exit_code": r["exit"], "cwd": r["cwd"] or r["pcwd"]}
            content = r["content"]
        elif kind == "commit":
            session = "git-%s-%s" % (a, h(a, "git", d))
            content = r["content"] + "\n\n" + "\n".join(" " + f for f in r["files"])
            meta = {"files": [f.split(" ", 1)[1] for f in r["files"]], "branch": r["branch"],
                    "sha": h(a, d, r["content"], n=10)}
        elif kind == "note":
            session = "notes-%s-w%02d" % (a, d // 7)
            meta, content = {}, r["content"]
        elif src == "openai":
            chatno[a] = chatno.get(a, 0) + 1
            session = "chat-%s-%02d" % (a, chatno[a])
            meta, content = {}, r["content"]
        else:
            session = "ide-%s-%s" % (a, h(a, "ide", d))
            meta = {"files": r["files"]} if r.get("files") else {}
            content = r["content"]
        contexts.append({"id": cid, "source": src, "kind": kind, "project": r["project"],
                         "session": session, "day": d, "minute": r["minute"], "content": content,
                         "metadata": meta})
        origin[cid] = r["origin"]
        if r["key"]:
            if r["key"] in keymap:
                raise SystemExit("duplicate key " + r["key"])
            keymap[r["key"]] = cid
    # questions
    qs = []
    for p in projects:
        for q in p["questions"]:
            q = dict(q)
            q["project"] = p["name"] if q["project"] == SELF else q["project"]
            q["holder"] = p["name"]
            qs.append(q)
    for text, per in data_isolation.SUBJECTS:
        for proj, (key, note) in per.items():
            forb = [k for pp, (k, _) in per.items() if pp != proj]
            qs.append({"type": "project_isolation", "question": text, "answers": [key], "outdated": [],
                       "forbidden": forb, "note": note, "project": proj, "holder": proj, "keys": [], "dist": []})
    order = {n: i for i, n in enumerate([p["name"] for p in projects])}
    qs.sort(key=lambda q: (TYPES.index(q["type"]),))  # stable: keeps per-project authoring order
    questions, extra = [], {}
    for i, q in enumerate(qs, 1):
        qid = "q%03d" % i
        def ids(keys):
            missing = [k for k in keys if k not in keymap]
            if missing:
                raise SystemExit("%s: unknown keys %s" % (qid, missing))
            return [keymap[k] for k in keys]
        questions.append({"id": qid, "type": q["type"], "project": q["project"], "question": q["question"],
                          "answers": ids(q["answers"]), "outdated": ids(q["outdated"]),
                          "forbidden": ids(q["forbidden"]), "note": q["note"]})
        extra[qid] = {"holder": q["holder"], "keys": q["keys"], "distractors": ids(q["dist"])}
    return {"contexts": contexts, "questions": questions}, extra, origin


# ------------------------------------------------------------------ validation
def validate(data, extra, origin):
    errs = []
    ctx = {c["id"]: c for c in data["contexts"]}
    cl = data["contexts"]
    n = len(cl)
    if not 900 <= n <= 1150:
        errs.append("context count %d outside 900..1150" % n)
    if len({c["project"] for c in cl}) < 4:
        errs.append("fewer than 4 projects")
    prev = (-1, -1)
    for c in cl:
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
    counts = {t: 0 for t in TYPES}
    seen = {}
    for q in data["questions"]:
        qid, t = q["id"], q["type"]
        counts[t] += 1
        refs = q["answers"] + q["outdated"] + q["forbidden"] + extra[qid]["distractors"]
        for r in refs:
            if r not in ctx:
                errs.append("%s: unknown id %s" % (qid, r))
        if not q["answers"]:
            errs.append(qid + ": no answers")
        if set(q["answers"]) & (set(q["outdated"]) | set(q["forbidden"])):
            errs.append(qid + ": answer also outdated/forbidden")
        if not q["note"]:
            errs.append(qid + ": no note")
        holder = extra[qid]["holder"]
        for a in q["answers"]:
            if ctx[a]["project"] != holder:
                errs.append("%s: answer %s not in holding project %s" % (qid, a, holder))
        k = (q["project"], q["question"])
        if k in seen:
            errs.append("%s: repeats question text of %s in the same project" % (qid, seen[k]))
        seen[k] = qid
        same_text = [o for o in data["questions"] if o["question"] == q["question"] and o["id"] != qid]
        if same_text and (t != "project_isolation" or any(o["type"] != t for o in same_text)):
            errs.append(qid + ": identical text outside project_isolation")
        if t == "paraphrase":
            for a in q["answers"]:
                s = shared(q["question"], ctx[a]["content"])
                if len(s) > 1:
                    errs.append("%s: paraphrase shares %s with answer" % (qid, s))
            ds = extra[qid]["distractors"]
            if not ds:
                errs.append(qid + ": paraphrase without distractor")
            for d in ds:
                if ctx[d]["project"] != holder:
                    errs.append(qid + ": distractor in other project")
                if len(shared(q["question"], ctx[d]["content"])) < 2:
                    errs.append("%s: distractor shares < 2 words (%s)" % (qid, shared(q["question"], ctx[d]["content"])))
        if t == "command_fact":
            if not extra[qid]["keys"]:
                errs.append(qid + ": no keys")
            for a in q["answers"]:
                if ctx[a]["kind"] not in ("command", "commit"):
                    errs.append(qid + ": command_fact answer is not a command/commit")
            for key in extra[qid]["keys"]:
                if key.lower() in q["question"].lower():
                    errs.append("%s: key %r in question" % (qid, key))
                if not all(key in ctx[a]["content"] for a in q["answers"]):
                    errs.append("%s: key %r missing from answer" % (qid, key))
                others = [c["id"] for c in cl if key in c["content"] and c["id"] not in q["answers"]]
                if others:
                    errs.append("%s: key %r also in %s" % (qid, key, others[:5]))
            if not extra[qid]["distractors"]:
                errs.append(qid + ": command_fact without distractor")
        if t == "knowledge_update":
            if not q["outdated"]:
                errs.append(qid + ": no outdated statements")
            ad = min(ctx[a]["day"] for a in q["answers"])
            for o in q["outdated"]:
                if ctx[o]["day"] >= ad:
                    errs.append("%s: outdated %s not older than answer" % (qid, o))
        if t == "first_attempt":
            if not q["outdated"]:
                errs.append(qid + ": no later statements")
            ad = max(ctx[a]["day"] for a in q["answers"])
            for o in q["outdated"]:
                if ctx[o]["day"] <= ad:
                    errs.append("%s: later %s not newer than answer" % (qid, o))
            if not FIRST_WORDS.search(q["question"]):
                errs.append(qid + ": first_attempt wording lacks first/originally/...")
        if t == "project_isolation":
            if not q["project"]:
                errs.append(qid + ": isolation question without project")
            if not q["forbidden"]:
                errs.append(qid + ": isolation question without forbidden")
            for a in q["answers"]:
                if ctx[a]["project"] != q["project"]:
                    errs.append(qid + ": answer outside asking project")
            for f in q["forbidden"]:
                if ctx[f]["project"] == q["project"]:
                    errs.append(qid + ": forbidden inside asking project")
        if t != "project_isolation" and q["project"] not in (None, holder):
            errs.append(qid + ": project field neither null nor the holding project")
    for t, lo in (("paraphrase", 25), ("command_fact", 25), ("knowledge_update", 20),
                  ("first_attempt", 20), ("project_isolation", 18)):
        if counts[t] < lo:
            errs.append("too few %s questions: %d" % (t, counts[t]))
    return errs


# ------------------------------------------------------------------ statistics
def bm25_ranker(contexts):
    docs = [[stem(w) for w in tokens(c["content"]) if w not in STOP] for c in contexts]
    N = len(docs)
    avg = sum(map(len, docs)) / N
    df = {}
    for d in docs:
        for w in set(d):
            df[w] = df.get(w, 0) + 1
    tfs = []
    for d in docs:
        tf = {}
        for w in d:
            tf[w] = tf.get(w, 0) + 1
        tfs.append((tf, len(d)))

    def rank(query, allowed=None):
        qw = [stem(w) for w in tokens(query) if w not in STOP]
        scores = []
        for i, (tf, ln) in enumerate(tfs):
            if allowed is not None and contexts[i]["project"] != allowed:
                continue
            s = 0.0
            for w in qw:
                f = tf.get(w)
                if f:
                    idf = math.log(1 + (N - df[w] + 0.5) / (df[w] + 0.5))
                    s += idf * f * 2.5 / (f + 1.5 * (1 - 0.75 + 0.75 * ln / avg))
            scores.append((-round(s, 9), i))
        scores.sort()
        return [contexts[i]["id"] for _, i in scores]
    return rank


def passes(q, ranking):
    top = ranking[:5]
    best = min(ranking.index(a) for a in q["answers"])
    ok = best < 5
    if q["type"] in ("knowledge_update", "first_attempt"):
        ok = ok and not any(ranking.index(o) < best for o in q["outdated"])
    if q["type"] == "project_isolation":
        ok = ok and not any(f in top for f in q["forbidden"])
    return ok, best + 1


def statistics(data, extra, origin):
    cl, ql = data["contexts"], data["questions"]
    ctx = {c["id"]: c for c in cl}
    projects = sorted({c["project"] for c in cl}, key=lambda p: [m.PROJECT for m in MODULES].index(p))
    st = {"seed": SEED, "contexts": len(cl), "questions": len(ql)}
    st["contexts_by_project"] = {p: sum(c["project"] == p for c in cl) for p in projects}
    st["contexts_by_source"] = dict(sorted(((s, sum(c["source"] == s for c in cl)) for s in ALLOWED), key=lambda x: -x[1]))
    st["contexts_by_kind"] = {k: sum(c["kind"] == k for c in cl) for k in ("command", "commit", "note", "chat", "edit", "file")}
    st["contexts_by_origin"] = {o: sum(v == o for v in origin.values()) for o in ("fact", "filler", "pool")}
    st["questions_by_type"] = {t: sum(q["type"] == t for q in ql) for t in TYPES}
    st["questions_by_holder"] = {p: sum(extra[q["id"]]["holder"] == p for q in ql) for p in projects}
    st["questions_by_project_field"] = {str(p): sum(q["project"] == p for q in ql) for p in projects + [None]}
    st["null_project_by_type"] = {t: sum(q["type"] == t and q["project"] is None for q in ql) for t in TYPES}
    labelled = set()
    for q in ql:
        labelled |= set(q["answers"] + q["outdated"] + q["forbidden"])
    st["labels"] = {"answers": sum(len(q["answers"]) for q in ql), "outdated": sum(len(q["outdated"]) for q in ql),
                    "forbidden": sum(len(q["forbidden"]) for q in ql), "distinct_labelled_contexts": len(labelled),
                    "unlabelled_distractors": sum(len(extra[q["id"]]["distractors"]) for q in ql)}
    kinds = {}
    for t in ("knowledge_update", "first_attempt", "paraphrase", "command_fact"):
        ak, ok = {}, {}
        for q in ql:
            if q["type"] != t:
                continue
            for a in q["answers"]:
                ak[ctx[a]["kind"]] = ak.get(ctx[a]["kind"], 0) + 1
            for o in q["outdated"]:
                ok[ctx[o]["kind"]] = ok.get(ctx[o]["kind"], 0) + 1
        kinds[t] = {"answers": ak, "older_or_later": ok}
    st["answer_kinds"] = kinds
    rank = bm25_ranker(cl)
    base, per_q = {}, {}
    for t in TYPES:
        base[t] = {"n": 0, "answer_top5_global": 0, "pass_global": 0, "pass_filtered": 0, "mean_overlap": 0.0}
    for q in ql:
        t = q["type"]
        ov = max(len(shared(q["question"], ctx[a]["content"])) for a in q["answers"])
        g = rank(q["question"])
        okg, rg = passes(q, g)
        hp = q["project"] or extra[q["id"]]["holder"]
        f = rank(q["question"], hp)
        okf, rf = passes(q, f)
        b = base[t]
        b["n"] += 1
        b["answer_top5_global"] += rg <= 5
        b["pass_global"] += okg
        b["pass_filtered"] += okf
        b["mean_overlap"] += ov
        entry = {"overlap": ov, "bm25_rank_global": rg, "bm25_rank_filtered": rf, "pass_global": okg}
        if t == "paraphrase":
            entry["shared_with_answer"] = shared(q["question"], ctx[q["answers"][0]]["content"])
            entry["distractor_overlap"] = [len(shared(q["question"], ctx[d]["content"])) for d in extra[q["id"]]["distractors"]]
        if extra[q["id"]]["keys"]:
            entry["keys"] = extra[q["id"]]["keys"]
        if extra[q["id"]]["distractors"]:
            entry["distractors"] = extra[q["id"]]["distractors"]
        per_q[q["id"]] = entry
    for t in TYPES:
        if base[t]["n"]:
            base[t]["mean_overlap"] = round(base[t]["mean_overlap"] / base[t]["n"], 2)
    st["bm25_baseline"] = base
    par = [per_q[q["id"]]["overlap"] for q in ql if q["type"] == "paraphrase"]
    st["paraphrase_overlap_hist"] = {str(k): par.count(k) for k in sorted(set(par))}
    dov = [x for q in ql if q["type"] == "paraphrase" for x in per_q[q["id"]]["distractor_overlap"]]
    st["paraphrase_distractor_overlap_hist"] = {str(k): dov.count(k) for k in sorted(set(dov))}
    st["per_question"] = per_q
    return st


def render():
    data, extra, origin = build()
    errs = validate(data, extra, origin)
    st = statistics(data, extra, origin)
    return (json.dumps(data, indent=1, ensure_ascii=False) + "\n",
            json.dumps(st, indent=1, ensure_ascii=False) + "\n", errs, st)


def main():
    m1, s1, errs, st = render()
    m2, s2, _, _ = render()
    if m1 != m2 or s1 != s2:
        errs.append("two renders differ")
    if errs:
        for e in errs:
            print("ERROR", e)
        print("%d error(s)" % len(errs))
        sys.exit(1)
    print("ok: %d contexts, %d questions %s" % (st["contexts"], st["questions"], st["questions_by_type"]))
    print("bm25:", json.dumps(st["bm25_baseline"]))
    if "--check" not in sys.argv:
        for name, text in (("memory.json", m1), ("stats.json", s1)):
            with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        print("wrote memory.json and stats.json")


if __name__ == "__main__":
    main()
