#!/usr/bin/env python3
"""Deterministic builder, validator and writer for memory_heldout6.

python3 build.py          render twice, compare, validate, write memory.json + stats.json
python3 build.py --check  the same without writing; also fails if the files on disk differ
Standard library only. The seeded randomness only schedules; all wording is in data_*.py.
"""
import sys
sys.dont_write_bytecode = True

import hashlib
import json
import math
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_haybarrow
import data_bellcote
import data_stumpglow
import data_pomacewell
import data_isolation

SEED = "20270420-h6"
MODULES = [data_haybarrow, data_bellcote, data_stumpglow, data_pomacewell]
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt",
         "project_isolation"]
KINDS = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"},
         "openai": {"chat"}, "notes": {"note"}, "cli": {"note"},
         "editor": {"edit", "file"}}

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
STOP |= {w.split("'")[0] for w in STOP if "'" in w} | {"t", "s", "ll", "ve", "re", "d", "m"}

FA_CUE = re.compile(r"\b(first|originally|initially|very start|to begin with|before|start with|"
                    r"begin with|start out|started out|in the beginning|at the start)\b", re.I)
EMAIL = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[A-Za-z]{2,})\b")


def stem(w):
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("ly", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: len(w) - len(suf)] + rep
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def words(text):
    return [stem(t) for t in re.split(r"[^a-z0-9]+", text.lower()) if t and t not in STOP]


def same(a, b):
    if a == b:
        return True
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    return len(s) >= 4 and l.startswith(s) and len(l) - len(s) <= 3


def shared(question, text):
    tw = set(words(text))
    return sorted({w for w in set(words(question)) if any(same(w, x) for x in tw)})


def h(*parts, n=8):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


# ----------------------------------------------------------------------------- render
def render():
    ctx_raw = []      # (day, minute, proj_idx, seq, record-dict)
    key_of = {}
    seq = 0
    proj_names = [m.NAME for m in MODULES]
    iso_by_proj = {n: [] for n in proj_names}
    for r in data_isolation.RECORDS:
        iso_by_proj[r["project"]].append(r)
    origin = {"hand": 0, "filler": 0, "pool": 0}
    for pi, m in enumerate(MODULES):
        rng = random.Random("%s-%s" % (SEED, m.ABBR))
        hand = [dict(r, project=m.NAME) for r in m.RECORDS] + \
               [dict(r) for r in iso_by_proj[m.NAME]]
        for r in hand:
            assert isinstance(r["day"], int), r["key"]
        fact_days = {r["day"] for r in hand}
        active = set(fact_days)
        for d in range(61):
            weekend = d % 7 in (5, 6)
            if rng.random() < (0.15 if weekend else 0.55):
                active.add(d)
        per_day = {}
        for r in hand:
            per_day.setdefault(r["day"], []).append(("hand", r))
        for f in m.FILLERS:
            lo, hi = f["day"]
            cands = sorted(d for d in active if lo <= d <= hi)
            d = rng.choice(cands) if cands else rng.randint(lo, hi)
            active.add(d)
            per_day.setdefault(d, []).append(("filler", dict(f, day=d, project=m.NAME)))
        for d in sorted(active):
            weekend = d % 7 in (5, 6)
            n = rng.randint(1, 3) if weekend else rng.randint(2, 5)
            elig = [p for p in m.POOL if p["days"][0] <= d <= p["days"][1]]
            picks = rng.choices(elig, weights=[p["w"] for p in elig], k=n)
            items = per_day.setdefault(d, [])
            for p in picks:
                text = p["cmd"] if p["out"] is None else p["cmd"] + "\n" + p["out"]
                rec = {"key": None, "day": d, "source": "shell", "kind": "command",
                       "content": text, "code": p["code"], "cwd": p["cwd"], "project": m.NAME}
                items.insert(rng.randint(0, len(items)), ("pool", rec))
        for d in sorted(per_day):
            items = per_day[d]
            gaps = [rng.randint(2, 16) for _ in items]
            span = sum(gaps)
            start = rng.randint(420, max(421, min(1100, 1439 - span)))
            minute = start
            for (org, r), g in zip(items, gaps):
                minute = min(1439, minute + g)
                origin[org] += 1
                if r["kind"] == "note" and rng.random() < 0.3:
                    r = dict(r, source="cli")
                seq += 1
                ctx_raw.append((d, minute, pi, seq, r))
    ctx_raw.sort(key=lambda t: (t[0], t[1], t[2], t[3]))
    contexts = []
    chat_no = {}
    for i, (d, minute, pi, _, r) in enumerate(ctx_raw, 1):
        m = MODULES[pi]
        cid = "c%04d" % i
        src, kind = r["source"], r["kind"]
        if src == "shell":
            session = "tty-%s-%s" % (m.ABBR, h(m.ABBR, d, "tty"))
            meta = {"exit_code": r["code"], "cwd": r["cwd"] or m.CWD}
        elif src == "git":
            session = "git-%s-%s" % (m.ABBR, h(m.ABBR, d, "git"))
            meta = {"files": r["files"], "branch": r["branch"],
                    "sha": h(m.ABBR, d, r["content"], n=10)}
        elif src == "openai":
            chat_no[m.ABBR] = chat_no.get(m.ABBR, 0) + 1
            session = "chat-%s-%02d" % (m.ABBR, chat_no[m.ABBR])
            meta = {}
        elif src in ("notes", "cli"):
            session = "notes-%s-w%02d" % (m.ABBR, d // 7)
            meta = {}
        else:
            session = "ide-%s-%s" % (m.ABBR, h(m.ABBR, d, "ide"))
            meta = {"files": r["files"]} if r.get("files") else {}
        contexts.append({"id": cid, "source": src, "kind": kind, "project": m.NAME,
                         "session": session, "day": d, "minute": minute,
                         "content": r["content"], "metadata": meta})
        if r["key"]:
            if r["key"] in key_of:
                raise SystemExit("duplicate record key " + r["key"])
            key_of[r["key"]] = cid
    # questions
    qspecs = []
    for t in TYPES[:4]:
        for m in MODULES:
            for qs in m.QUESTIONS:
                if qs["type"] == t:
                    qspecs.append((m.NAME, qs))
    for qs in data_isolation.QUESTIONS:
        qspecs.append((qs["asker"], qs))
    questions = []
    for i, (home, qs) in enumerate(qspecs, 1):
        def res(keys):
            out = []
            for k in keys:
                if k not in key_of:
                    raise SystemExit("unresolved key %s in %r" % (k, qs["question"]))
                out.append(key_of[k])
            return out
        questions.append({"id": "q%03d" % i, "type": qs["type"],
                          "project": None if qs["null"] else home,
                          "question": qs["question"], "answers": res(qs["answers"]),
                          "outdated": res(qs["outdated"]), "forbidden": res(qs["forbidden"]),
                          "note": qs["note"]})
        qs["_home"] = home
        qs["_distractor_ids"] = res(qs["distractors"])
    return {"contexts": contexts, "questions": questions}, qspecs, origin


def dumps(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


# ----------------------------------------------------------------------------- validate
def validate(data, qspecs):
    errs = []
    C = {c["id"]: c for c in data["contexts"]}
    ctx = data["contexts"]
    projects = sorted({c["project"] for c in ctx})
    if not 850 <= len(ctx) <= 1000:
        errs.append("context count %d" % len(ctx))
    if len(projects) < 4:
        errs.append("projects")
    prev = (-1, -1)
    for c in ctx:
        if c["kind"] not in KINDS[c["source"]]:
            errs.append("kind %s for %s" % (c["kind"], c["id"]))
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            errs.append("range " + c["id"])
        if (c["day"], c["minute"]) < prev:
            errs.append("order " + c["id"])
        prev = (c["day"], c["minute"])
        for dom in EMAIL.findall(c["content"]):
            if not dom.endswith("example.com"):
                errs.append("email domain %s in %s" % (dom, c["id"]))
    counts = {}
    seen = {}
    for q, (home, qs) in zip(data["questions"], qspecs):
        t = q["type"]
        counts[t] = counts.get(t, 0) + 1
        if not q["note"]:
            errs.append("no note " + q["id"])
        if set(q["answers"]) & (set(q["outdated"]) | set(q["forbidden"])):
            errs.append("answer also outdated/forbidden " + q["id"])
        if not q["answers"]:
            errs.append("no answers " + q["id"])
        pk = (q["project"], q["question"])
        if pk in seen:
            errs.append("repeated question %s %s" % (q["id"], seen[pk]))
        seen[pk] = q["id"]
        for e in EMAIL.findall(q["question"]):
            errs.append("email in question " + q["id"])
        ans = [C[a] for a in q["answers"]]
        if t != "project_isolation":
            if any(a["project"] != home for a in ans):
                errs.append("answer outside home project " + q["id"])
            if q["project"] not in (home, None):
                errs.append("project field " + q["id"])
        if t == "paraphrase":
            for a in ans:
                sw = shared(q["question"], a["content"])
                if len(sw) > 1:
                    errs.append("paraphrase overlap %s %s" % (q["id"], sw))
            if not qs["distractors"]:
                errs.append("no distractor " + q["id"])
            for d in qs["_distractor_ids"]:
                if C[d]["project"] != home:
                    errs.append("distractor project " + q["id"])
                if len(shared(q["question"], C[d]["content"])) < 2:
                    errs.append("weak distractor %s %s" % (q["id"], shared(q["question"], C[d]["content"])))
        if t == "command_fact":
            if not qs["keys"]:
                errs.append("no keys " + q["id"])
            if not qs["distractors"]:
                errs.append("no distractor " + q["id"])
            if any(a["kind"] not in ("command", "commit") for a in ans):
                errs.append("command_fact answer kind " + q["id"])
            for k in qs["keys"]:
                kl = k.lower()
                if kl in q["question"].lower():
                    errs.append("key in question %s %s" % (q["id"], k))
                if not any(kl in a["content"].lower() for a in ans):
                    errs.append("key not in answer %s %s" % (q["id"], k))
                others = [c["id"] for c in ctx if c["id"] not in q["answers"]
                          and kl in c["content"].lower()]
                if others:
                    errs.append("key %r of %s also in %s" % (k, q["id"], others))
        if t == "knowledge_update":
            if not q["outdated"]:
                errs.append("no outdated " + q["id"])
            for o in q["outdated"]:
                if not all(C[o]["day"] < a["day"] for a in ans):
                    errs.append("outdated not older " + q["id"])
        if t == "first_attempt":
            if not q["outdated"]:
                errs.append("no later " + q["id"])
            for o in q["outdated"]:
                if not all(C[o]["day"] > a["day"] for a in ans):
                    errs.append("later not later " + q["id"])
            if not FA_CUE.search(q["question"]):
                errs.append("no cue " + q["id"])
        if t == "project_isolation":
            if q["project"] is None or q["project"] != home:
                errs.append("isolation project " + q["id"])
            if any(a["project"] != q["project"] for a in ans):
                errs.append("isolation answer project " + q["id"])
            if not q["forbidden"]:
                errs.append("no forbidden " + q["id"])
            if any(C[f]["project"] == q["project"] for f in q["forbidden"]):
                errs.append("forbidden in own project " + q["id"])
    texts = {}
    for q in data["questions"]:
        texts.setdefault(q["question"], set()).add(q["type"])
    for t, ts in texts.items():
        if len([q for q in data["questions"] if q["question"] == t]) > 1 and ts != {"project_isolation"}:
            errs.append("identical text outside isolation: " + t)
    for t in TYPES:
        if counts.get(t, 0) < 24:
            errs.append("too few %s: %d" % (t, counts.get(t, 0)))
    return errs


# ----------------------------------------------------------------------------- BM25 + stats
class BM25:
    def __init__(self, docs, k1=1.2, b=0.75):
        self.docs = [words(d) for d in docs]
        self.k1, self.b = k1, b
        self.avg = sum(len(d) for d in self.docs) / len(self.docs)
        df = {}
        for d in self.docs:
            for w in set(d):
                df[w] = df.get(w, 0) + 1
        n = len(self.docs)
        self.idf = {w: math.log(1 + (n - f + 0.5) / (f + 0.5)) for w, f in df.items()}
        self.tf = []
        for d in self.docs:
            tf = {}
            for w in d:
                tf[w] = tf.get(w, 0) + 1
            self.tf.append(tf)

    def scores(self, query):
        qw = words(query)
        out = []
        for i, tf in enumerate(self.tf):
            s = 0.0
            dl = len(self.docs[i])
            for w in qw:
                f = tf.get(w)
                if f:
                    s += self.idf[w] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * dl / self.avg))
            out.append(s)
        return out


def stats(data, qspecs, origin):
    ctx = data["contexts"]
    C = {c["id"]: c for c in ctx}
    idx = {c["id"]: i for i, c in enumerate(ctx)}
    bm = BM25([c["content"] for c in ctx])
    st = {"contexts": len(ctx), "questions": len(data["questions"]),
          "contexts_by_project": {}, "contexts_by_source": {}, "contexts_by_kind": {},
          "contexts_by_origin": origin, "questions_by_type": {},
          "questions_by_answer_project": {}, "questions_by_project_field": {},
          "labels": {}, "answer_kinds": {}, "label_kinds": {}, "bm25": {}, "per_question": {}}
    for c in ctx:
        for f, v in (("contexts_by_project", c["project"]), ("contexts_by_source", c["source"]),
                     ("contexts_by_kind", c["kind"])):
            st[f][v] = st[f].get(v, 0) + 1
    lab = {"answers": 0, "outdated": 0, "forbidden": 0}
    distinct = set()
    agg = {}
    for q, (home, qs) in zip(data["questions"], qspecs):
        t = q["type"]
        st["questions_by_type"][t] = st["questions_by_type"].get(t, 0) + 1
        ap = C[q["answers"][0]]["project"]
        st["questions_by_answer_project"][ap] = st["questions_by_answer_project"].get(ap, 0) + 1
        pf = str(q["project"])
        st["questions_by_project_field"][pf] = st["questions_by_project_field"].get(pf, 0) + 1
        for f in lab:
            lab[f] += len(q[f])
            distinct |= set(q[f])
        ak = st["answer_kinds"].setdefault(t, {})
        for a in q["answers"]:
            ak[C[a]["kind"]] = ak.get(C[a]["kind"], 0) + 1
        lk = st["label_kinds"].setdefault(t, {})
        for o in q["outdated"] + q["forbidden"]:
            lk[C[o]["kind"]] = lk.get(C[o]["kind"], 0) + 1
        sc = bm.scores(q["question"])
        order = sorted(range(len(ctx)), key=lambda i: (-sc[i], i))
        rank = {ctx[i]["id"]: r for r, i in enumerate(order, 1)}
        best = min(rank[a] for a in q["answers"])
        def passes(rk, ordr):
            b = min(rk[a] for a in q["answers"] if a in rk)
            ok = b <= 5
            if t in ("knowledge_update", "first_attempt"):
                ok = ok and all(rk[o] > b for o in q["outdated"] if o in rk)
            if t == "project_isolation":
                top = {ctx[i]["id"] for i in ordr[:5]}
                ok = ok and not (top & set(q["forbidden"]))
            return ok
        g_pass = passes(rank, order)
        scope = q["project"] or home
        ford = [i for i in order if ctx[i]["project"] == scope]
        frank = {ctx[i]["id"]: r for r, i in enumerate(ford, 1)}
        f_pass = passes(frank, ford)
        ov = max(len(shared(q["question"], C[a]["content"])) for a in q["answers"])
        a = agg.setdefault(t, {"n": 0, "top5": 0, "pass_global": 0, "pass_filtered": 0, "ov": 0})
        a["n"] += 1
        a["top5"] += best <= 5
        a["pass_global"] += g_pass
        a["pass_filtered"] += f_pass
        a["ov"] += ov
        pq = {"type": t, "home": home, "bm25_rank": best, "bm25_rank_filtered":
              min(frank[x] for x in q["answers"]), "pass_global": g_pass,
              "pass_filtered": f_pass,
              "shared_words": shared(q["question"], C[q["answers"][0]]["content"])}
        if qs["keys"]:
            pq["keys"] = qs["keys"]
        if qs["_distractor_ids"]:
            pq["distractors"] = qs["_distractor_ids"]
            pq["distractor_shared"] = [len(shared(q["question"], C[d]["content"]))
                                       for d in qs["_distractor_ids"]]
        st["per_question"][q["id"]] = pq
    lab["distinct_labelled_contexts"] = len(distinct)
    st["labels"] = lab
    for t, a in agg.items():
        st["bm25"][t] = {"n": a["n"], "answer_top5_global": a["top5"],
                         "pass_global": a["pass_global"], "pass_filtered": a["pass_filtered"],
                         "mean_overlap": round(a["ov"] / a["n"], 2)}
    return st


def main():
    check = "--check" in sys.argv
    d1, qs1, o1 = render()
    d2, qs2, o2 = render()
    s1, s2 = dumps(d1), dumps(d2)
    if s1 != s2:
        raise SystemExit("FAIL: two renders differ")
    errs = validate(d1, qs1)
    if errs:
        for e in errs:
            print("FAIL:", e)
        raise SystemExit(1)
    st = dumps(stats(d1, qs1, o1))
    paths = {"memory.json": s1, "stats.json": st}
    if check:
        bad = [p for p, s in paths.items() if not os.path.exists(os.path.join(HERE, p))
               or open(os.path.join(HERE, p), encoding="utf-8").read() != s]
        if bad:
            raise SystemExit("FAIL: differs from fresh build: %s" % bad)
        print("check ok: %d contexts, %d questions" % (len(d1["contexts"]), len(d1["questions"])))
        return
    for p, s in paths.items():
        with open(os.path.join(HERE, p), "w", encoding="utf-8") as f:
            f.write(s)
    print("wrote %d contexts, %d questions" % (len(d1["contexts"]), len(d1["questions"])))


if __name__ == "__main__":
    main()
