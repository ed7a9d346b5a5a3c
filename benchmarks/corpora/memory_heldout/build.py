#!/usr/bin/env python3
"""Build and validate the held-out developer-memory set (memory.json).

Standard library only. Deterministic: the only randomness is scheduling (which days,
which minutes, which pool commands on a day), drawn from per-project generators seeded
with SEED. Every word of content, every question and every label is hand-written in
data_*.py.

Usage:
    python3 build.py            # validate, then write memory.json and stats.json
    python3 build.py --check    # validate only
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

import authoring  # noqa: E402
import data_hivescale  # noqa: E402,F401
import data_larder  # noqa: E402,F401
import data_ferrydesk  # noqa: E402,F401
import data_peatwatch  # noqa: E402,F401
import data_signalbox  # noqa: E402,F401
import data_isolation  # noqa: E402,F401

SEED = 20250302
NDAYS = 61
TYPE_ORDER = authoring.QTYPES
TARGETS = {"paraphrase": 35, "command_fact": 30, "knowledge_update": 30,
           "first_attempt": 30, "project_isolation": 25}
ALLOWED_KINDS = {
    "shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"},
    "openai": {"chat"}, "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"},
}

# ---------------------------------------------------------------------------
# text normalisation shared by the overlap check and the BM25 baseline
# ---------------------------------------------------------------------------
STOP = set("""
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she
her hers herself it its itself they them their theirs themselves what which who whom this that
these those am is are was were be been being have has had having do does did doing a an the and
but if or because as until while of at by for with about against between into through during
before after above below to from up down in out on off over under again further then once here
there when where why how all any both each few more most other some such no nor not only own same
so than too very s t can will just don should now d ll m o re ve y ain aren couldn didn doesn
hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn
would could might must shall may also let lets
""".split())


def stem(w):
    for suf in ("ies", "ing", "ed", "ly", "es", "s"):
        if len(w) > len(suf) + 2 and w.endswith(suf):
            w = w[: -len(suf)] + ("y" if suf == "ies" else "")
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def tokens(text):
    return [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]


def content_words(text):
    return {stem(t) for t in tokens(text) if t not in STOP}


def same_word(a, b):
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def shared_words(q, text):
    qw, tw = content_words(q), content_words(text)
    return sorted(w for w in qw if any(same_word(w, t) for t in tw))


# ---------------------------------------------------------------------------
# scheduling
# ---------------------------------------------------------------------------
def hid(*parts, n=6):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def schedule():
    """Return a list of context dicts with day and minute assigned (not yet numbered)."""
    out = []
    for proj in authoring.PROJECTS:
        rng = random.Random("%d-%s" % (SEED, proj.abbr))
        recs = [dict(r) for r in authoring.CONTEXTS if r["project"] == proj.name]
        fact_days = {r["day"] for r in recs if r["day"] is not None}
        active = set(fact_days)
        for d in range(NDAYS):
            weekend = d % 7 in (5, 6)
            if rng.random() < (0.15 if weekend else 0.55):
                active.add(d)
        # place non-shell fillers once each
        for r in recs:
            if r["day"] is None:
                window = [d for d in sorted(active) if r["lo"] <= d <= r["hi"]]
                if not window:
                    window = list(range(r["lo"], r["hi"] + 1))
                r["day"] = rng.choice(window)
                active.add(r["day"])
        # shell history from the pool
        for d in sorted(active):
            weekend = d % 7 in (5, 6)
            k = rng.randint(1, 3) if weekend else rng.randint(2, 5)
            valid = [e for e in proj.pool if e["lo"] <= d <= e["hi"]]
            last = None
            for _ in range(k):
                cands = [e for e in valid if e["cmd"] != last]
                e = rng.choices(cands, weights=[c["w"] for c in cands])[0]
                last = e["cmd"]
                content = e["cmd"] if e["out"] is None else e["cmd"] + "\n" + e["out"]
                recs.append({"key": None, "project": proj.name, "day": d, "source": "shell",
                             "kind": "command", "content": content,
                             "meta": {"exit_code": e["exit"], "cwd": e["cwd"]},
                             "lo": 0, "hi": 60, "seq": 10**6 + len(recs)})
        # minutes: one working block per (project, day)
        byday = {}
        for r in recs:
            byday.setdefault(r["day"], []).append(r)
        for d in sorted(byday):
            items = sorted(byday[d], key=lambda r: r["seq"])
            rng.shuffle(items)
            # hand-placed (keyed) records keep their authoring order within the day
            slots = [i for i, r in enumerate(items) if r["key"] is not None]
            keyed = sorted((items[i] for i in slots), key=lambda r: r["seq"])
            for i, r in zip(slots, keyed):
                items[i] = r
            weekend = d % 7 in (5, 6)
            start = rng.randint(600, 1140) if weekend else rng.randint(450, 960)
            span = max(90, 22 * len(items))
            end = min(start + span, 1439)
            start = min(start, end - len(items))
            minutes = sorted(rng.sample(range(start, end + 1), len(items)))
            for r, m in zip(items, minutes):
                r["minute"] = m
        out.extend(recs)
    return out


def finalize(recs):
    order = {p.name: i for i, p in enumerate(authoring.PROJECTS)}
    recs.sort(key=lambda r: (r["day"], r["minute"], order[r["project"]], r["seq"]))
    abbr = {p.name: p.abbr for p in authoring.PROJECTS}
    contexts, key2id, chat_no = [], {}, {}
    for i, r in enumerate(recs, 1):
        cid = "c%04d" % i
        a = abbr[r["project"]]
        src = r["source"]
        if src == "shell":
            session = "tty-%s-%s" % (a, hid(a, r["day"], "tty"))
        elif src == "git":
            session = "git-%s-%s" % (a, hid(a, r["day"], "git"))
        elif src in ("cursor", "editor"):
            session = "ide-%s-%s" % (a, hid(a, r["day"], "ide"))
        elif src == "openai":
            chat_no[a] = chat_no.get(a, 0) + 1
            session = "chat-%s-%02d" % (a, chat_no[a])
        else:
            session = "notes-%s-w%02d" % (a, r["day"] // 7)
        meta = dict(r["meta"])
        if src == "git":
            meta["sha"] = hid(r["project"], r["day"], r["minute"], r["content"], n=10)
        contexts.append({
            "id": cid, "source": src, "kind": r["kind"], "project": r["project"],
            "session": session, "day": r["day"], "minute": r["minute"],
            "content": r["content"], "metadata": meta,
        })
        if r["key"] is not None:
            key2id[r["key"]] = cid
    return contexts, key2id


def build_questions(key2id):
    qs = sorted(authoring.QUESTIONS, key=lambda q: (TYPE_ORDER.index(q["type"]), q["seq"]))
    out = []
    for i, q in enumerate(qs, 1):
        out.append({
            "id": "q%03d" % i, "type": q["type"], "project": q["project"],
            "question": q["question"],
            "answers": [key2id[k] for k in q["answers"]],
            "outdated": [key2id[k] for k in q["outdated"]],
            "forbidden": [key2id[k] for k in q["forbidden"]],
            "note": q["note"],
        })
    return qs, out


def render():
    recs = schedule()
    contexts, key2id = finalize(recs)
    raw_qs, questions = build_questions(key2id)
    data = {"contexts": contexts, "questions": questions}
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    return text, data, raw_qs, key2id


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
def validate(data, raw_qs, key2id):
    errors = []
    err = errors.append
    ctx = {c["id"]: c for c in data["contexts"]}
    projects = {p.name for p in authoring.PROJECTS}

    # referenced keys exist
    for q in raw_qs:
        for k in q["answers"] + q["outdated"] + q["forbidden"] + q["distractors"]:
            if k not in authoring.KEYS:
                err("question %r references unknown key %r" % (q["question"], k))
    if errors:
        return errors

    # contexts
    prev = None
    for i, c in enumerate(data["contexts"], 1):
        if c["id"] != "c%04d" % i:
            err("bad id sequence at %s" % c["id"])
        if c["source"] not in ALLOWED_KINDS or c["kind"] not in ALLOWED_KINDS[c["source"]]:
            err("%s: kind %s not allowed for source %s" % (c["id"], c["kind"], c["source"]))
        if not (0 <= c["day"] < NDAYS) or not (0 <= c["minute"] <= 1439):
            err("%s: day/minute out of range" % c["id"])
        if c["project"] not in projects:
            err("%s: unknown project" % c["id"])
        if not c["content"].strip():
            err("%s: empty content" % c["id"])
        t = (c["day"], c["minute"])
        if prev is not None and t < prev:
            err("%s: ids not in time order" % c["id"])
        prev = t
        for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", c["content"]):
            if not m.endswith("example.com") and "@tts" not in m:
                err("%s: e-mail-like string outside example.com: %s" % (c["id"], m))

    # questions
    counts = {}
    seen = {}
    for q, out in zip(raw_qs, data["questions"]):
        counts[q["type"]] = counts.get(q["type"], 0) + 1
        tag = "%s (%s)" % (out["id"], q["question"][:50])
        key = (q["project"], q["question"].strip().lower())
        if key in seen:
            err("%s: duplicate question for project %s" % (tag, q["project"]))
        seen[key] = out["id"]
        if not q["note"].strip():
            err("%s: missing note" % tag)
        if not out["answers"]:
            err("%s: no answers" % tag)
        ids_a = set(out["answers"])
        if ids_a & set(out["outdated"]) or ids_a & set(out["forbidden"]):
            err("%s: id is both answer and outdated/forbidden" % tag)
        if q["project"] is not None and q["project"] not in projects:
            err("%s: unknown project" % tag)
        ans = [ctx[i] for i in out["answers"]]
        for a in ans:
            if a["project"] != q["home"]:
                err("%s: answer %s not in home project %s" % (tag, a["id"], q["home"]))
        if q["type"] != "project_isolation" and out["forbidden"]:
            err("%s: forbidden only used for project_isolation" % tag)
        if q["type"] == "knowledge_update":
            if not out["outdated"]:
                err("%s: knowledge_update without outdated" % tag)
            for o in out["outdated"]:
                if not all(ctx[o]["day"] < a["day"] for a in ans):
                    err("%s: outdated %s is not on an earlier day than the answer" % (tag, o))
        elif q["type"] == "first_attempt":
            if not out["outdated"]:
                err("%s: first_attempt without later statements" % tag)
            for o in out["outdated"]:
                if not all(ctx[o]["day"] > a["day"] for a in ans):
                    err("%s: later statement %s is not on a later day than the answer" % (tag, o))
        elif out["outdated"]:
            err("%s: outdated only used for knowledge_update / first_attempt" % tag)
        if q["type"] == "project_isolation":
            if q["project"] is None:
                err("%s: project_isolation needs a project" % tag)
            if not out["forbidden"]:
                err("%s: project_isolation without forbidden" % tag)
            for a in ans:
                if a["project"] != q["project"]:
                    err("%s: answer %s not in asking project" % (tag, a["id"]))
            for f in out["forbidden"]:
                if ctx[f]["project"] == q["project"]:
                    err("%s: forbidden %s belongs to the asking project" % (tag, f))
        if q["type"] == "paraphrase":
            for a in ans:
                sw = shared_words(q["question"], a["content"])
                if len(sw) > 1:
                    err("%s: paraphrase shares %d words with %s: %s" % (tag, len(sw), a["id"], sw))
            if not q["distractors"]:
                err("%s: paraphrase without distractor" % tag)
            for dk in q["distractors"]:
                d = ctx[key2id[dk]]
                if d["project"] != q["home"]:
                    err("%s: distractor not in the same project" % tag)
                if len(shared_words(q["question"], d["content"])) < 2:
                    err("%s: distractor %s shares fewer than 2 words" % (tag, d["id"]))
        if q["type"] == "command_fact":
            for a in ans:
                if a["kind"] not in ("command", "commit"):
                    err("%s: command_fact answer %s is a %s" % (tag, a["id"], a["kind"]))
            if not q["keys"]:
                err("%s: command_fact without key" % tag)
            for k in q["keys"]:
                kl = k.lower()
                if kl in q["question"].lower():
                    err("%s: key %r appears in the question" % (tag, k))
                if not any(kl in a["content"].lower() for a in ans):
                    err("%s: key %r missing from the answer" % (tag, k))
                others = [c["id"] for c in data["contexts"]
                          if c["id"] not in ids_a and kl in c["content"].lower()]
                if others:
                    err("%s: key %r also in %s" % (tag, k, others[:5]))
    # identical texts only across projects, only for project_isolation
    bytext = {}
    for q in raw_qs:
        bytext.setdefault(q["question"].strip().lower(), []).append(q)
    for t, group in bytext.items():
        if len(group) > 1 and any(g["type"] != "project_isolation" for g in group):
            err("question text repeated outside project_isolation: %r" % t)
    for t, n in TARGETS.items():
        if counts.get(t, 0) != n:
            err("type %s has %d questions, expected %d" % (t, counts.get(t, 0), n))
    n = len(data["contexts"])
    if not (1000 <= n <= 1300):
        err("context count %d outside 1000..1300" % n)
    return errors


# ---------------------------------------------------------------------------
# statistics and a plain BM25 baseline (documentation only)
# ---------------------------------------------------------------------------
def bm25_ranker(contexts):
    docs = [[stem(t) for t in tokens(c["content"]) if t not in STOP] for c in contexts]
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
    idf = {w: math.log(1 + (N - n + 0.5) / (n + 0.5)) for w, n in df.items()}
    k1, b = 1.2, 0.75

    def rank(query, allowed=None):
        qt = [stem(t) for t in tokens(query) if t not in STOP]
        scores = []
        for i, (tf, d) in enumerate(zip(tfs, docs)):
            if allowed is not None and contexts[i]["project"] != allowed:
                continue
            s = 0.0
            for w in qt:
                f = tf.get(w)
                if f:
                    s += idf[w] * f * (k1 + 1) / (f + k1 * (1 - b + b * len(d) / avg))
            scores.append((-s, i))
        scores.sort()
        return [contexts[i]["id"] for _, i in scores]
    return rank


def passes(q, ranking, k=5):
    top = ranking[:k]
    pos = {cid: r for r, cid in enumerate(ranking)}
    best = min(pos[a] for a in q["answers"])
    if best >= k:
        return False
    if q["type"] in ("knowledge_update", "first_attempt"):
        if any(pos[o] < best for o in q["outdated"]):
            return False
    if q["type"] == "project_isolation":
        if any(f in top for f in q["forbidden"]):
            return False
    return True


def stats(data, raw_qs):
    ctx = {c["id"]: c for c in data["contexts"]}
    rank = bm25_ranker(data["contexts"])
    st = {"seed": SEED, "contexts": len(data["contexts"]), "questions": len(data["questions"])}
    st["contexts_by_project"] = {}
    st["contexts_by_source"] = {}
    st["contexts_by_kind"] = {}
    for c in data["contexts"]:
        for f, key in (("contexts_by_project", "project"), ("contexts_by_source", "source"),
                       ("contexts_by_kind", "kind")):
            st[f][c[key]] = st[f].get(c[key], 0) + 1
    st["questions_by_type"] = {}
    st["questions_by_answer_project"] = {}
    st["questions_by_project_field"] = {}
    per_q = []
    base = {}
    for q, raw in zip(data["questions"], raw_qs):
        st["questions_by_type"][q["type"]] = st["questions_by_type"].get(q["type"], 0) + 1
        hp = raw["home"]
        st["questions_by_answer_project"][hp] = st["questions_by_answer_project"].get(hp, 0) + 1
        pf = q["project"] or "null"
        st["questions_by_project_field"][pf] = st["questions_by_project_field"].get(pf, 0) + 1
        r_all = rank(q["question"])
        r_proj = rank(q["question"], q["project"]) if q["project"] else r_all
        pos = {cid: i for i, cid in enumerate(r_all)}
        best = min(pos[a] for a in q["answers"]) + 1
        overlap = max(len(shared_words(q["question"], ctx[a]["content"])) for a in q["answers"])
        b = base.setdefault(q["type"], {"n": 0, "answer_top5_global": 0, "pass_global": 0,
                                         "pass_project_filtered": 0, "overlap_sum": 0})
        b["n"] += 1
        b["answer_top5_global"] += best <= 5
        b["pass_global"] += passes(q, r_all)
        b["pass_project_filtered"] += passes(q, r_proj)
        b["overlap_sum"] += overlap
        per_q.append({"id": q["id"], "type": q["type"], "bm25_best_answer_rank": best,
                      "max_shared_words_with_answer": overlap})
    for t, b in base.items():
        b["mean_overlap"] = round(b.pop("overlap_sum") / b["n"], 2)
    st["bm25_baseline"] = base
    st["labels"] = {
        "answers": sum(len(q["answers"]) for q in data["questions"]),
        "outdated": sum(len(q["outdated"]) for q in data["questions"]),
        "forbidden": sum(len(q["forbidden"]) for q in data["questions"]),
        "distinct_labelled_contexts": len({i for q in data["questions"]
                                           for i in q["answers"] + q["outdated"] + q["forbidden"]}),
    }
    kinds = {}
    for q in data["questions"]:
        if q["type"] in ("knowledge_update", "first_attempt"):
            d = kinds.setdefault(q["type"], {"answers": {}, "others": {}})
            for a in q["answers"]:
                d["answers"][ctx[a]["kind"]] = d["answers"].get(ctx[a]["kind"], 0) + 1
            for o in q["outdated"]:
                d["others"][ctx[o]["kind"]] = d["others"].get(ctx[o]["kind"], 0) + 1
    st["answer_kinds"] = kinds
    st["paraphrase_shared_words"] = {
        q["id"]: shared_words(q["question"], ctx[q["answers"][0]]["content"])
        for q in data["questions"] if q["type"] == "paraphrase"}
    st["per_question"] = per_q
    return st


def main():
    check_only = "--check" in sys.argv
    text1, data, raw_qs, key2id = render()
    text2, _, _, _ = render()
    errors = validate(data, raw_qs, key2id)
    if text1 != text2:
        errors.append("two renders differ: output is not deterministic")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d validation error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    st = stats(data, raw_qs)
    print("ok: %d contexts, %d questions, sha256 %s" % (
        len(data["contexts"]), len(data["questions"]),
        hashlib.sha256(text1.encode()).hexdigest()[:16]))
    if check_only:
        return
    with open(os.path.join(HERE, "memory.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text1)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(st, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
