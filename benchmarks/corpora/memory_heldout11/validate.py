"""Rule checks and statistics (BM25 baseline) for memory_heldout11.

python3 validate.py  re-renders through build.py, fails if memory.json on disk is not that
render or if any rule fails, then (re)writes stats.json and prints the baseline table.
"""
import sys

sys.dont_write_bytecode = True

import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from textstats import BM25, content_words, shared_words  # noqa: E402

ALLOWED = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"},
           "openai": {"chat"}, "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"}}
CUES = ["first", "originally", "original", "initially", "very start", "to begin with", "before",
        "start with", "start out", "begin with", "beginning", "at the start"]
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
CTX_FIELDS = ["id", "source", "kind", "project", "session", "day", "minute", "content", "metadata"]
Q_FIELDS = ["id", "type", "project", "question", "answers", "outdated", "forbidden", "note"]
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def validate(data, meta):
    E = []
    C = data["contexts"]
    Q = data["questions"]
    byid = {c["id"]: c for c in C}
    origin = meta["origin"]
    qmeta = meta["qmeta"]
    projects = meta["projects"]

    # contexts
    prev = None
    for i, c in enumerate(C, 1):
        if list(c) != CTX_FIELDS:
            E.append("%s: field order" % c["id"])
        if c["id"] != "c%04d" % i:
            E.append("%s: ids not sequential" % c["id"])
        if c["kind"] not in ALLOWED.get(c["source"], ()):
            E.append("%s: kind %s not allowed for %s" % (c["id"], c["kind"], c["source"]))
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            E.append("%s: day/minute out of range" % c["id"])
        if prev is not None and (c["day"], c["minute"]) < prev:
            E.append("%s: not in (day, minute) order" % c["id"])
        prev = (c["day"], c["minute"])
        md = c["metadata"]
        shape = sorted(md)
        if c["source"] == "shell" and shape != ["cwd", "exit_code"]:
            E.append("%s: shell metadata" % c["id"])
        if c["source"] == "git" and shape != ["branch", "files", "sha"]:
            E.append("%s: git metadata" % c["id"])
        if c["kind"] in ("edit", "file") and shape != ["files"]:
            E.append("%s: edit/file metadata" % c["id"])
        if c["kind"] == "note" and md:
            E.append("%s: note metadata" % c["id"])
        for m in EMAIL.findall(c["content"]):
            if not m.lower().endswith("example.com"):
                E.append("%s: e-mail-like string %s" % (c["id"], m))
    if not (850 <= len(C) <= 1000):
        E.append("context count %d outside 850..1000" % len(C))
    if len({c["project"] for c in C}) < 4:
        E.append("fewer than 4 projects")

    # questions: general
    tcount = Counter(q["type"] for q in Q)
    for t in TYPES:
        if tcount[t] < 24:
            E.append("type %s has %d < 24 questions" % (t, tcount[t]))
    if not (120 <= len(Q) <= 180):
        E.append("question count %d outside 120..180" % len(Q))
    seen = Counter((q["project"], q["question"]) for q in Q)
    for k, v in seen.items():
        if v > 1:
            E.append("repeated question %r" % (k,))
    texts = Counter(q["question"] for q in Q)
    labelled = set()
    for q in Q:
        labelled.update(q["answers"] + q["outdated"] + q["forbidden"])
    all_distractors = set()
    for q, m in zip(Q, qmeta):
        all_distractors.update(m["distractors"])
    for q, m in zip(Q, qmeta):
        qid = q["id"]
        if list(q) != Q_FIELDS:
            E.append("%s: field order" % qid)
        if not q["note"].strip():
            E.append("%s: no note" % qid)
        if not q["answers"]:
            E.append("%s: no answers" % qid)
        for cid in q["answers"] + q["outdated"] + q["forbidden"] + m["distractors"]:
            if cid not in byid:
                E.append("%s: unknown id %s" % (qid, cid))
        for cid in q["answers"] + q["outdated"] + q["forbidden"]:
            if origin.get(cid) != "hand":
                E.append("%s: labelled %s is not hand-placed" % (qid, cid))
        if set(q["answers"]) & (set(q["outdated"]) | set(q["forbidden"])):
            E.append("%s: id both answer and outdated/forbidden" % qid)
        for cid in m["distractors"]:
            if cid in labelled:
                E.append("%s: distractor %s is labelled" % (qid, cid))
            if byid[cid]["project"] != m["home"]:
                E.append("%s: distractor %s outside home project" % (qid, cid))
            if origin.get(cid) != "hand":
                E.append("%s: distractor %s not hand-placed" % (qid, cid))
        if q["type"] != "project_isolation":
            if texts[q["question"]] > 1:
                E.append("%s: identical text outside project_isolation" % qid)
            if q["project"] not in (None, m["home"]):
                E.append("%s: project is not the home project" % qid)
            for cid in q["answers"] + q["outdated"]:
                if byid[cid]["project"] != m["home"]:
                    E.append("%s: %s outside home project" % (qid, cid))
            if q["forbidden"]:
                E.append("%s: forbidden outside project_isolation" % qid)

        qt = q["question"]
        ans = [byid[a] for a in q["answers"]]
        if q["type"] == "paraphrase":
            for a in ans:
                if len(shared_words(qt, a["content"])) > 1:
                    E.append("%s: shares %s with answer" % (qid, shared_words(qt, a["content"])))
            if not m["distractors"]:
                E.append("%s: no distractor" % qid)
            for d in m["distractors"]:
                if len(shared_words(qt, byid[d]["content"])) < 2:
                    E.append("%s: distractor %s shares < 2 words" % (qid, d))
            if q["outdated"]:
                E.append("%s: paraphrase with outdated" % qid)
        elif q["type"] == "command_fact":
            if not m["keys"]:
                E.append("%s: no key" % qid)
            for a in ans:
                if a["kind"] not in ("command", "commit"):
                    E.append("%s: answer is a %s" % (qid, a["kind"]))
            for k in m["keys"]:
                kl = k.lower()
                if kl in qt.lower():
                    E.append("%s: key %r inside question" % (qid, k))
                holders = [c["id"] for c in C if kl in c["content"].lower()]
                if holders != q["answers"]:
                    E.append("%s: key %r held by %s" % (qid, k, holders))
            if not m["distractors"]:
                E.append("%s: no distractor" % qid)
            for d in m["distractors"]:
                if len(shared_words(qt, byid[d]["content"])) < 1:
                    E.append("%s: distractor %s shares no word" % (qid, d))
        elif q["type"] == "knowledge_update":
            if not q["outdated"]:
                E.append("%s: no older statement" % qid)
            ad = min(a["day"] for a in ans)
            for o in q["outdated"]:
                if not byid[o]["day"] < ad:
                    E.append("%s: older %s not on an earlier day" % (qid, o))
        elif q["type"] == "first_attempt":
            if not q["outdated"]:
                E.append("%s: no later statement" % qid)
            ad = max(a["day"] for a in ans)
            for o in q["outdated"]:
                if not byid[o]["day"] > ad:
                    E.append("%s: later %s not on a later day" % (qid, o))
            if not any(cue in qt.lower() for cue in CUES):
                E.append("%s: no first-attempt cue" % qid)
        elif q["type"] == "project_isolation":
            if q["project"] is None:
                E.append("%s: isolation question without project" % qid)
            for a in ans:
                if a["project"] != q["project"]:
                    E.append("%s: answer outside asking project" % qid)
            for f in q["forbidden"]:
                if byid[f]["project"] == q["project"]:
                    E.append("%s: forbidden inside asking project" % qid)
            expect = sorted(meta["key2id"][k] for k in m["forbidden_keys"])
            if sorted(q["forbidden"]) != expect or not expect:
                E.append("%s: forbidden is not the other projects' statements" % qid)
            if len(m["subject_projects"]) < 2:
                E.append("%s: subject spans < 2 projects" % qid)
    stats = statistics(data, meta) if not E else {}
    return E, stats


def statistics(data, meta):
    C = data["contexts"]
    Q = data["questions"]
    byid = {c["id"]: c for c in C}
    idx = {c["id"]: i for i, c in enumerate(C)}
    bm = BM25([c["content"] for c in C])
    proj_idx = {}
    for i, c in enumerate(C):
        proj_idx.setdefault(c["project"], []).append(i)
    origin = meta["origin"]
    st = {"contexts": len(C), "questions": len(Q)}
    st["contexts_by_project"] = dict(Counter(c["project"] for c in C))
    st["contexts_by_source"] = dict(sorted(Counter(c["source"] for c in C).items()))
    st["contexts_by_kind"] = dict(sorted(Counter(c["kind"] for c in C).items()))
    st["contexts_by_origin"] = dict(sorted(Counter(origin.values()).items()))
    st["nonzero_exit_commands"] = sum(1 for c in C if c["source"] == "shell" and c["metadata"]["exit_code"] != 0)
    st["questions_by_type"] = dict(Counter(q["type"] for q in Q))
    st["questions_by_project_field"] = dict(Counter(str(q["project"]) for q in Q))
    st["questions_by_home_project"] = dict(Counter(m["home"] for m in meta["qmeta"]))
    labelled = set()
    for q in Q:
        labelled.update(q["answers"] + q["outdated"] + q["forbidden"])
    st["labels"] = {"answers": sum(len(q["answers"]) for q in Q),
                    "outdated": sum(len(q["outdated"]) for q in Q),
                    "forbidden": sum(len(q["forbidden"]) for q in Q),
                    "distinct_labelled_contexts": len(labelled),
                    "distractors": sum(len(m["distractors"]) for m in meta["qmeta"])}
    kinds = {}
    for q in Q:
        k = kinds.setdefault(q["type"], {"answers": Counter(), "outdated_or_forbidden": Counter()})
        for a in q["answers"]:
            k["answers"][byid[a]["kind"]] += 1
        for a in q["outdated"] + q["forbidden"]:
            k["outdated_or_forbidden"][byid[a]["kind"]] += 1
    st["label_kinds"] = {t: {kk: dict(sorted(v.items())) for kk, v in d.items()} for t, d in kinds.items()}
    per = []
    base = {}
    for q, m in zip(Q, meta["qmeta"]):
        home = q["project"] or m["home"]
        g = bm.scores(q["question"])
        f = bm.scores(q["question"], proj_idx[home])
        res = {}
        for name, ranking in (("global", g), ("filtered", f)):
            pos = {C[i]["id"]: r for r, i in enumerate(ranking, 1)}
            best = min(pos[a] for a in q["answers"])
            top5 = [C[i]["id"] for i in ranking[:5]]
            hit = best <= 5
            ok = hit
            if q["type"] in ("knowledge_update", "first_attempt"):
                if any(pos[o] < best for o in q["outdated"]):
                    ok = False
            if q["type"] == "project_isolation":
                if any(x in top5 for x in q["forbidden"]):
                    ok = False
            res[name] = {"rank": best, "hit": hit, "pass": ok}
        sw = [shared_words(q["question"], byid[a]["content"]) for a in q["answers"]]
        entry = {"id": q["id"], "type": q["type"], "project": q["project"], "home": m["home"],
                 "rank_global": res["global"]["rank"], "rank_filtered": res["filtered"]["rank"],
                 "pass_global": res["global"]["pass"], "pass_filtered": res["filtered"]["pass"],
                 "shared_words": sw[0], "keys": m["keys"],
                 "distractors": [{"id": d, "shared": len(shared_words(q["question"], byid[d]["content"]))}
                                 for d in m["distractors"]]}
        per.append(entry)
        b = base.setdefault(q["type"], Counter())
        b["n"] += 1
        b["hit_global"] += res["global"]["hit"]
        b["pass_global"] += res["global"]["pass"]
        b["hit_filtered"] += res["filtered"]["hit"]
        b["pass_filtered"] += res["filtered"]["pass"]
        b["overlap_sum"] += len(sw[0])
    st["bm25_baseline"] = {t: {"n": b["n"], "answer_top5_global": b["hit_global"],
                               "pass_global": b["pass_global"],
                               "answer_top5_filtered": b["hit_filtered"],
                               "pass_filtered": b["pass_filtered"],
                               "mean_overlap": round(b["overlap_sum"] / b["n"], 2)}
                           for t, b in base.items()}
    st["per_question"] = per
    return st


def print_baseline(st):
    print("%-18s %4s %8s %8s %8s %8s %8s" % ("type", "n", "top5_g", "pass_g", "top5_f", "pass_f", "overlap"))
    for t in TYPES:
        b = st["bm25_baseline"][t]
        print("%-18s %4d %8d %8d %8d %8d %8.2f" % (t, b["n"], b["answer_top5_global"], b["pass_global"],
                                                  b["answer_top5_filtered"], b["pass_filtered"],
                                                  b["mean_overlap"]))


def main():
    import build
    build._init_cwd()
    data, meta = build.render()
    mp = os.path.join(HERE, "memory.json")
    if not os.path.exists(mp) or open(mp, encoding="utf-8").read() != build.dump(data):
        print("FAIL: memory.json on disk is not the current render")
        return 1
    errors, stats = validate(data, meta)
    if errors:
        for e in errors:
            print("FAIL:", e)
        return 1
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        f.write(build.dump(stats))
    print("ok: %d contexts, %d questions" % (len(data["contexts"]), len(data["questions"])))
    print_baseline(stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
