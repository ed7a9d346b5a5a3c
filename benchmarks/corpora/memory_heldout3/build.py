#!/usr/bin/env python3
"""Deterministic builder + validator for memory_heldout3/memory.json (stdlib only).

python3 build.py          -> validate, write memory.json and stats.json
python3 build.py --check  -> validate only
"""
import sys
sys.dont_write_bytecode = True
import hashlib, json, math, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_thornfield, data_spokehouse, data_mothlight, data_wrenloop, data_isolation  # noqa: E402

SEED = "20261202-h3"
PROJECTS = [data_thornfield, data_spokehouse, data_mothlight, data_wrenloop]
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
ALLOWED = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"}, "openai": {"chat"},
           "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"}}
FIRST_WORDS = ("first", "originally", "at first", "initially", "very start", "before",
               "start with", "begin with", "started with", "began with", "to begin")

# ---------------------------------------------------------------- overlap metric
STOP = set("""i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself
yourselves he him his himself she she's her hers herself it it's its itself they them their theirs
themselves what which who whom this that that'll these those am is are was were be been being have has
had having do does did doing a an the and but if or because as until while of at by for with about
against between into through during before after above below to from up down in out on off over under
again further then once here there when where why how all any both each few more most other some such
no nor not only own same so than too very s t can will just don don't should should've now d ll m o re
ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn hadn't hasn hasn't haven haven't isn
isn't ma mightn mightn't mustn mustn't needn needn't shan shan't shouldn shouldn't wasn wasn't weren
weren't won won't wouldn wouldn't""".split())
STOP |= {"would", "could", "might", "must", "shall", "may", "also", "let", "lets", "ll", "ve", "re", "nt"}


def stem(w):
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("ly", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: len(w) - len(suf)] + rep
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def tokens(text):
    return [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]


def content_words(text):
    return {stem(t) for t in tokens(text) if t not in STOP}


def same(a, b):
    if a == b:
        return True
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    return len(s) >= 4 and l.startswith(s) and len(l) - len(s) <= 3


def shared(qtext, ctext):
    cw = content_words(ctext)
    return sorted(w for w in content_words(qtext) if any(same(w, x) for x in cw))


# ---------------------------------------------------------------- scheduling
def h(*parts, n=8):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def build():
    contexts, keyed, qs = [], {}, []
    for pi, mod in enumerate(PROJECTS):
        P, A, CWD = mod.PROJECT, mod.ABBR, mod.CWD
        rng = random.Random("%s-%s" % (SEED, A))
        records = [dict(r) for r in mod.RECORDS + data_isolation.RECORDS.get(P, [])]
        fact_days = {r["day"] for r in records if isinstance(r["day"], int)}
        active = set(fact_days)
        for d in range(61):
            weekend = d % 7 in (5, 6)
            if rng.random() < (0.15 if weekend else 0.55):
                active.add(d)
        for r in records:  # fillers with a window: place once on an active day
            if not isinstance(r["day"], int):
                lo, hi = r["day"]
                cands = sorted(d for d in active if lo <= d <= hi) or list(range(lo, hi + 1))
                r["day"] = rng.choice(cands)
                active.add(r["day"])
        for d in sorted(active):
            weekend = d % 7 in (5, 6)
            n = rng.randint(1, 3) if weekend else rng.randint(2, mod.POOL_MAX)
            cands = [p for p in mod.POOL if p["win"][0] <= d <= p["win"][1]]
            for _ in range(n):
                p = rng.choices(cands, weights=[c["w"] for c in cands])[0]
                records.append({"key": None, "day": d, "kind": "command", "source": "shell",
                                "content": p["cmd"], "meta": {"exit_code": p["rc"], "cwd": p["cwd"]},
                                "pool": True})
        by_day = {}
        for i, r in enumerate(records):
            r["order"] = i
            by_day.setdefault(r["day"], []).append(r)
        chat_n = 0
        for d in sorted(by_day):
            rs = by_day[d]
            sk = [rng.random() for _ in rs]
            hand_pos = sorted(sk[i] for i, r in enumerate(rs) if not r.get("pool"))
            it = iter(hand_pos)
            for i, r in enumerate(rs):
                r["sk"] = sk[i] if r.get("pool") else next(it)
            rs.sort(key=lambda r: r["sk"])
            start = rng.randint(420, 1080)
            m = start
            for r in rs:
                m = min(1439, m + rng.randint(1, 11))
                r["minute"] = m
            for r in rs:
                src = r["source"]
                if r["kind"] == "note" and src is None:
                    src = "cli" if rng.random() < 0.3 else "notes"
                r["source"] = src
                meta = dict(r["meta"])
                if src == "shell":
                    sess = "tty-%s-%s" % (A, h(P, d, "tty"))
                    meta["cwd"] = meta.get("cwd") or CWD
                elif src == "git":
                    sess = "git-%s-%s" % (A, h(P, d, "git"))
                    meta["sha"] = h(P, d, r["content"], n=10)
                elif src in ("cursor", "editor"):
                    sess = "ide-%s-%s" % (A, h(P, d, "ide"))
                elif src == "openai":
                    chat_n += 1
                    sess = "chat-%s-%02d" % (A, chat_n)
                else:
                    sess = "notes-%s-w%02d" % (A, d // 7)
                contexts.append({"_key": r["key"], "_pi": pi, "_order": r["order"], "source": src,
                                 "kind": r["kind"], "project": P, "session": sess, "day": d,
                                 "minute": r["minute"], "content": r["content"], "metadata": meta})
        qs.extend(mod.QUESTIONS)
    qs.extend(data_isolation.QUESTIONS)
    contexts.sort(key=lambda c: (c["day"], c["minute"], c["_pi"], c["_order"]))
    for i, c in enumerate(contexts, 1):
        c["id"] = "c%04d" % i
        if c["_key"]:
            if c["_key"] in keyed:
                raise SystemExit("duplicate key %s" % c["_key"])
            keyed[c["_key"]] = c
    qs.sort(key=lambda x: TYPES.index(x["type"]))  # stable: authoring order inside a type
    return contexts, keyed, qs


# ---------------------------------------------------------------- BM25 baseline
def bm25_ranks(contexts, qs):
    docs = [tokens(c["content"]) for c in contexts]
    docs = [[stem(t) for t in d if t not in STOP] for d in docs]
    N = len(docs)
    avg = sum(map(len, docs)) / N
    df, tfs = {}, []
    for d in docs:
        tf = {}
        for t in d:
            tf[t] = tf.get(t, 0) + 1
        tfs.append(tf)
        for t in tf:
            df[t] = df.get(t, 0) + 1
    out = []
    for qq in qs:
        qt = [stem(t) for t in tokens(qq["question"]) if t not in STOP]
        scores = []
        for i, tf in enumerate(tfs):
            s = 0.0
            for t in qt:
                if t in tf:
                    idf = math.log(1 + (N - df[t] + 0.5) / (df[t] + 0.5))
                    s += idf * tf[t] * 2.2 / (tf[t] + 1.2 * (0.25 + 0.75 * len(docs[i]) / avg))
            scores.append((-s, i))
        scores.sort()
        out.append([contexts[i]["id"] for _, i in scores])
    return out


def main():
    check_only = "--check" in sys.argv
    contexts, keyed, qs = build()
    errors = []
    E = errors.append
    byid = {c["id"]: c for c in contexts}

    def res(k):
        if k not in keyed:
            E("unresolved key %s" % k)
            return None
        return keyed[k]["id"]

    out_q, per_q = [], {}
    seen_text = {}
    for n, qq in enumerate(qs, 1):
        qid = "q%03d" % n
        ans = [res(k) for k in qq["answers"]]
        old = [res(k) for k in qq["outdated"]]
        forb = [res(k) for k in qq["forbidden"]]
        dis = [res(k) for k in qq["distractors"]]
        if None in ans + old + forb + dis:
            continue
        if not ans:
            E("%s no answers" % qid)
        if set(ans) & (set(old) | set(forb)):
            E("%s answer also outdated/forbidden" % qid)
        if not qq["note"]:
            E("%s no note" % qid)
        key = (qq["project"], qq["question"])
        if key in seen_text:
            E("%s repeats question text in same project" % qid)
        seen_text[key] = qid
        ap = {byid[a]["project"] for a in ans}
        t = qq["type"]
        info = {"type": t, "answer_kinds": [byid[a]["kind"] for a in ans]}
        if t != "project_isolation" and qq["project"] is not None and ap != {qq["project"]}:
            E("%s answer not in asking project" % qid)
        if t == "paraphrase":
            ov = [shared(qq["question"], byid[a]["content"]) for a in ans]
            info["shared_with_answer"] = ov[0]
            if any(len(o) > 1 for o in ov):
                E("%s paraphrase overlap %s" % (qid, ov))
            if not dis:
                E("%s paraphrase without distractor" % qid)
            dov = [len(shared(qq["question"], byid[d]["content"])) for d in dis]
            info["distractor_shared"] = dov
            if any(x < 2 for x in dov):
                E("%s distractor shares <2 words %s" % (qid, dov))
        if t == "command_fact":
            if any(byid[a]["kind"] not in ("command", "commit") for a in ans):
                E("%s command_fact answer not command/commit" % qid)
            if not qq["keys"]:
                E("%s no keys" % qid)
            for k in qq["keys"]:
                hits = [c["id"] for c in contexts if k in c["content"]]
                if hits != ans[:1] or len(ans) != 1:
                    E("%s key %r in %s" % (qid, k, hits))
                if k.lower() in qq["question"].lower():
                    E("%s key in question" % qid)
            info["keys"] = qq["keys"]
        if t == "knowledge_update":
            if not old:
                E("%s no outdated" % qid)
            for o in old:
                if not byid[o]["day"] < min(byid[a]["day"] for a in ans):
                    E("%s outdated %s not earlier" % (qid, o))
        if t == "first_attempt":
            if not old:
                E("%s no later statements" % qid)
            for o in old:
                if not byid[o]["day"] > max(byid[a]["day"] for a in ans):
                    E("%s later %s not later" % (qid, o))
            if not any(w in qq["question"].lower() for w in FIRST_WORDS):
                E("%s first_attempt wording" % qid)
        if t == "project_isolation":
            if not qq["project"]:
                E("%s isolation without project" % qid)
            if ap != {qq["project"]}:
                E("%s isolation answer outside project" % qid)
            if not forb or any(byid[f]["project"] == qq["project"] for f in forb):
                E("%s forbidden wrong" % qid)
        if dis:
            info["distractors"] = dis
        info["shared_words_with_answer"] = len(shared(qq["question"], byid[ans[0]]["content"]))
        per_q[qid] = info
        out_q.append({"id": qid, "type": t, "project": qq["project"], "question": qq["question"],
                      "answers": ans, "outdated": old, "forbidden": forb, "note": qq["note"]})
    texts = {}
    for oq in out_q:
        texts.setdefault(oq["question"], set()).add(oq["type"])
    for tx, ts in texts.items():
        if len([1 for oq in out_q if oq["question"] == tx]) > 1 and ts != {"project_isolation"}:
            E("identical text outside isolation: %s" % tx[:40])
    for c in contexts:
        if c["kind"] not in ALLOWED[c["source"]]:
            E("%s kind/source" % c["id"])
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            E("%s day/minute" % c["id"])
        for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", c["content"]):
            if not m.endswith("example.com"):
                E("%s email-like %s" % (c["id"], m))
    counts = {t: sum(1 for x in out_q if x["type"] == t) for t in TYPES}
    if not 900 <= len(contexts) <= 1050:
        E("context count %d" % len(contexts))
    if any(v < 20 for v in counts.values()):
        E("type counts %s" % counts)

    clean = [{k: c[k] for k in ("id", "source", "kind", "project", "session", "day", "minute",
                                "content", "metadata")} for c in contexts]
    mem = {"contexts": clean, "questions": out_q}
    # baseline
    ranks = bm25_ranks(contexts, out_q)
    base = {t: {"answer_top5": 0, "pass_global": 0, "pass_project": 0, "n": 0} for t in TYPES}
    for oq, rk in zip(out_q, ranks):
        b = base[oq["type"]]
        b["n"] += 1
        pos = {cid: i for i, cid in enumerate(rk)}
        best = min(pos[a] for a in oq["answers"])
        per_q[oq["id"]]["bm25_rank_best_answer"] = best + 1

        def passes(order):
            p = {cid: i for i, cid in enumerate(order)}
            bst = min(p[a] for a in oq["answers"] if a in p) if any(a in p for a in oq["answers"]) else 10 ** 9
            if bst >= 5:
                return False
            if oq["type"] in ("knowledge_update", "first_attempt") and any(p.get(o, 10 ** 9) < bst for o in oq["outdated"]):
                return False
            if oq["type"] == "project_isolation" and any(p.get(f, 10 ** 9) < 5 for f in oq["forbidden"]):
                return False
            return True
        b["answer_top5"] += best < 5
        b["pass_global"] += passes(rk)
        if oq["project"]:
            b["pass_project"] += passes([c for c in rk if byid[c]["project"] == oq["project"]])
        else:
            b["pass_project"] += passes(rk)
    def tally(key):
        d = {}
        for c in contexts:
            d[c[key]] = d.get(c[key], 0) + 1
        return dict(sorted(d.items()))
    lab = {"answers": sum(len(x["answers"]) for x in out_q), "outdated": sum(len(x["outdated"]) for x in out_q),
           "forbidden": sum(len(x["forbidden"]) for x in out_q),
           "distinct_labelled": len({i for x in out_q for i in x["answers"] + x["outdated"] + x["forbidden"]})}
    kinds = {}
    for oq in out_q:
        for a in oq["answers"]:
            kinds.setdefault(oq["type"], {}).setdefault(byid[a]["kind"], 0)
            kinds[oq["type"]][byid[a]["kind"]] += 1
    okinds = {}
    for oq in out_q:
        for o in oq["outdated"]:
            okinds.setdefault(oq["type"], {}).setdefault(byid[o]["kind"], 0)
            okinds[oq["type"]][byid[o]["kind"]] += 1
    ov = {t: round(sum(per_q[x["id"]]["shared_words_with_answer"] for x in out_q if x["type"] == t) / max(1, counts[t]), 2) for t in TYPES}
    stats = {"n_contexts": len(contexts), "n_questions": len(out_q), "questions_by_type": counts,
             "contexts_by_project": tally("project"), "contexts_by_source": tally("source"),
             "contexts_by_kind": tally("kind"),
             "questions_by_project_field": dict(sorted(((str(k), sum(1 for x in out_q if x["project"] == k)) for k in {x["project"] for x in out_q}))),
             "null_project_questions": sum(1 for x in out_q if x["project"] is None),
             "labels": lab, "answer_kinds": kinds, "outdated_kinds": okinds,
             "distractor_count": sum(len(v.get("distractors", [])) for v in per_q.values()), "mean_question_answer_overlap": ov,
             "bm25_baseline": base, "per_question": per_q}
    if errors:
        print("\n".join(errors))
        print("%d errors" % len(errors))
        sys.exit(1)
    s1 = json.dumps(mem, indent=1, ensure_ascii=False, sort_keys=False)
    s2 = json.dumps(stats, indent=1, ensure_ascii=False, sort_keys=True)
    # determinism: render twice
    c2, k2, q2 = build()
    if [c["content"] for c in c2] != [c["content"] for c in contexts] or len(q2) != len(qs):
        print("non-deterministic render")
        sys.exit(1)
    print("ok: %d contexts, %d questions %s" % (len(contexts), len(out_q), counts))
    print(json.dumps(base))
    if not check_only:
        with open(os.path.join(HERE, "memory.json"), "w") as f:
            f.write(s1 + "\n")
        with open(os.path.join(HERE, "stats.json"), "w") as f:
            f.write(s2 + "\n")


if __name__ == "__main__":
    main()
