"""Rule checks and statistics for memory_heldout9.

python3 validate.py   re-renders the set through build.py, checks that memory.json on disk is
                      that render, runs every rule below and writes stats.json.
build.py calls run() on each build.
"""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

from textstats import BM25, shared_words  # noqa: E402

ALLOWED = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"},
           "openai": {"chat"}, "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"}}
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
CUE = re.compile(r"\b(first|originally|original|initially|very start|to begin with|before|"
                 r"start with|begin with|start out|started out|beginning|at the start)\b", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")


def run(mem, aux):
    errs = []
    C = mem["contexts"]
    Q = mem["questions"]
    byid = {c["id"]: c for c in C}
    idx = {c["id"]: i for i, c in enumerate(C)}
    pq = aux["per_question"]

    # ---- general
    if aux["unresolved"]:
        errs.append("unresolved keys: %s" % sorted(set(aux["unresolved"])))
    prev = (-1, -1)
    for n, c in enumerate(C, 1):
        if c["id"] != "c%04d" % n:
            errs.append("id sequence broken at %s" % c["id"])
        if c["kind"] not in ALLOWED.get(c["source"], ()):
            errs.append("%s: kind %s not allowed for %s" % (c["id"], c["kind"], c["source"]))
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            errs.append("%s: day/minute out of range" % c["id"])
        if (c["day"], c["minute"]) < prev:
            errs.append("%s: not in (day, minute) order" % c["id"])
        prev = (c["day"], c["minute"])
        for m in EMAIL.findall(c["content"]):
            if not m.lower().endswith("example.com"):
                errs.append("%s: e-mail-like string %s" % (c["id"], m))
    projects = sorted({c["project"] for c in C})
    if not 850 <= len(C) <= 1000:
        errs.append("context count %d outside 850..1000" % len(C))
    if len(projects) < 4:
        errs.append("fewer than 4 projects")
    tcount = {t: sum(q["type"] == t for q in Q) for t in TYPES}
    for t, n in tcount.items():
        if n < 24:
            errs.append("type %s has only %d questions" % (t, n))
    if not 120 <= len(Q) <= 140:
        errs.append("question count %d outside 120..140" % len(Q))
    labelled = set()
    for q in Q:
        labelled.update(q["answers"] + q["outdated"] + q["forbidden"])
    seen = {}
    for q in Q:
        qid, home = q["id"], pq[q["id"]]["home"]
        if not q["answers"]:
            errs.append("%s: no answers" % qid)
        if set(q["answers"]) & set(q["outdated"] + q["forbidden"]):
            errs.append("%s: id both answer and outdated/forbidden" % qid)
        if not q["note"].strip():
            errs.append("%s: no note" % qid)
        for cid in q["answers"] + q["outdated"] + q["forbidden"]:
            if aux["origin"].get(cid) != "hand":
                errs.append("%s: labelled %s is not a hand-placed record" % (qid, cid))
        for d in pq[qid]["distractors"]:
            if d in labelled:
                errs.append("%s: distractor %s is labelled somewhere" % (qid, d))
            if byid[d]["project"] != home:
                errs.append("%s: distractor %s in another project" % (qid, d))
        k = (q["project"], q["question"])
        if k in seen:
            errs.append("%s: repeats (project, text) of %s" % (qid, seen[k]))
        seen[k] = qid
        if q["type"] != "project_isolation":
            if q["project"] not in (None, home):
                errs.append("%s: project field is neither home nor null" % qid)
            for cid in q["answers"] + q["outdated"]:
                if byid[cid]["project"] != home:
                    errs.append("%s: %s outside the home project" % (qid, cid))
    texts = {}
    for q in Q:
        texts.setdefault(q["question"], []).append(q)
    for t, qs in texts.items():
        if len(qs) > 1 and any(q["type"] != "project_isolation" for q in qs):
            errs.append("identical text outside project_isolation: %r" % t)

    # ---- per type
    day = lambda cid: byid[cid]["day"]  # noqa: E731
    subjects = {}
    for q in Q:
        qid, t, aux_q = q["id"], q["type"], pq[q["id"]]
        if t in ("paraphrase", "command_fact"):
            if not aux_q["distractors"]:
                errs.append("%s: no distractor" % qid)
            for d in aux_q["distractors"]:
                if len(shared_words(q["question"], byid[d]["content"])) < 2:
                    errs.append("%s: distractor %s shares fewer than 2 question words" % (qid, d))
        if t == "paraphrase":
            for a in q["answers"]:
                sw = shared_words(q["question"], byid[a]["content"])
                if len(sw) > 1:
                    errs.append("%s: shares %d words with its answer: %s" % (qid, len(sw), sw))
        elif t == "command_fact":
            if not aux_q["keys"]:
                errs.append("%s: no key" % qid)
            for a in q["answers"]:
                if byid[a]["kind"] not in ("command", "commit"):
                    errs.append("%s: answer is a %s" % (qid, byid[a]["kind"]))
            for key in aux_q["keys"]:
                kl = key.lower()
                if kl in q["question"].lower():
                    errs.append("%s: key %r inside the question" % (qid, key))
                holders = [c["id"] for c in C if kl in c["content"].lower()]
                if not set(holders) <= set(q["answers"]) or not holders:
                    errs.append("%s: key %r found in %s" % (qid, key, holders))
        elif t == "knowledge_update":
            if not q["outdated"]:
                errs.append("%s: no older statement" % qid)
            for o in q["outdated"]:
                if not all(day(o) < day(a) for a in q["answers"]):
                    errs.append("%s: older %s not on an earlier day" % (qid, o))
        elif t == "first_attempt":
            if not q["outdated"]:
                errs.append("%s: no later statement" % qid)
            for o in q["outdated"]:
                if not all(day(o) > day(a) for a in q["answers"]):
                    errs.append("%s: later %s not on a later day" % (qid, o))
            if not CUE.search(q["question"]):
                errs.append("%s: no first/originally cue" % qid)
        elif t == "project_isolation":
            if q["project"] is None:
                errs.append("%s: isolation question without project" % qid)
            if not q["forbidden"]:
                errs.append("%s: no forbidden contexts" % qid)
            for a in q["answers"]:
                if byid[a]["project"] != q["project"]:
                    errs.append("%s: answer %s not in asking project" % (qid, a))
            for f in q["forbidden"]:
                if byid[f]["project"] == q["project"]:
                    errs.append("%s: forbidden %s in asking project" % (qid, f))
            subjects.setdefault(aux_q["subject"], set()).add(q["project"])
    for s, ps in subjects.items():
        if len(ps) < 2:
            errs.append("isolation subject %s spans one project" % s)

    if errs:
        return errs, None
    return errs, _stats(mem, aux, byid, idx, projects, tcount, labelled)


def _kinds(ids, byid):
    out = {}
    for i in ids:
        k = byid[i]["kind"]
        out[k] = out.get(k, 0) + 1
    return dict(sorted(out.items(), key=lambda p: (-p[1], p[0])))


def _count(items):
    out = {}
    for i in items:
        out[i] = out.get(i, 0) + 1
    return dict(sorted(out.items(), key=lambda p: (-p[1], str(p[0]))))


def _stats(mem, aux, byid, idx, projects, tcount, labelled):
    C, Q, pq = mem["contexts"], mem["questions"], aux["per_question"]
    bm = BM25([c["content"] for c in C])
    proj_idx = {p: [i for i, c in enumerate(C) if c["project"] == p] for p in projects}
    st = {"contexts": len(C), "questions": len(Q), "projects": projects,
          "contexts_by_project": {p: len(proj_idx[p]) for p in projects},
          "contexts_by_source": _count(c["source"] for c in C),
          "contexts_by_kind": _count(c["kind"] for c in C),
          "contexts_by_origin": _count(aux["origin"][c["id"]] for c in C),
          "shell_nonzero_exit": sum(1 for c in C if c["kind"] == "command"
                                    and c["metadata"]["exit_code"] != 0),
          "questions_by_type": tcount,
          "questions_by_home_project": _count(pq[q["id"]]["home"] for q in Q),
          "questions_by_project_field": _count(str(q["project"]) for q in Q),
          "null_project_by_type": _count(q["type"] for q in Q if q["project"] is None),
          "labels": {"answers": sum(len(q["answers"]) for q in Q),
                     "outdated": sum(len(q["outdated"]) for q in Q),
                     "forbidden": sum(len(q["forbidden"]) for q in Q),
                     "distinct_labelled": len(labelled),
                     "distractors": sum(len(pq[q["id"]]["distractors"]) for q in Q)},
          "kinds_by_type": {}, "baseline": {}, "per_question": {}}
    for t in TYPES:
        qs = [q for q in Q if q["type"] == t]
        st["kinds_by_type"][t] = {
            "answers": _kinds([a for q in qs for a in q["answers"]], byid),
            "outdated": _kinds([a for q in qs for a in q["outdated"]], byid),
            "forbidden": _kinds([a for q in qs for a in q["forbidden"]], byid)}
    agg = {t: dict(n=0, hit5_global=0, pass_global=0, hit5_filtered=0, pass_filtered=0,
                   overlap_sum=0) for t in TYPES}
    for q in Q:
        qid, t, home = q["id"], q["type"], pq[q["id"]]["home"]
        scope = q["project"] or home
        res = {}
        for name, subset in (("global", None), ("filtered", proj_idx[scope])):
            order = [C[i]["id"] for i in bm.ranking(q["question"], subset)]
            rank = {cid: r for r, cid in enumerate(order, 1)}
            best = min([rank[a] for a in q["answers"] if a in rank] or [10 ** 6])
            top5 = set(order[:5])
            ok = best <= 5
            if t in ("knowledge_update", "first_attempt"):
                ok = ok and not any(rank.get(o, 10 ** 9) < best for o in q["outdated"])
            if t == "project_isolation":
                ok = ok and not (set(q["forbidden"]) & top5)
            res[name] = (best, best <= 5, ok)
        shared = sorted({w for a in q["answers"] for w in shared_words(q["question"], byid[a]["content"])})
        ov = max(len(shared_words(q["question"], byid[a]["content"])) for a in q["answers"])
        a = agg[t]
        a["n"] += 1
        a["hit5_global"] += res["global"][1]
        a["pass_global"] += res["global"][2]
        a["hit5_filtered"] += res["filtered"][1]
        a["pass_filtered"] += res["filtered"][2]
        a["overlap_sum"] += ov
        st["per_question"][qid] = {
            "type": t, "home": home, "rank_global": res["global"][0],
            "rank_filtered": res["filtered"][0], "hit5_global": res["global"][1],
            "pass_global": res["global"][2], "pass_filtered": res["filtered"][2],
            "overlap": ov, "shared_words": shared, "keys": pq[qid]["keys"],
            "distractors": pq[qid]["distractors"],
            "distractor_shared": [len(shared_words(q["question"], byid[d]["content"]))
                                  for d in pq[qid]["distractors"]],
            "subject": pq[qid]["subject"]}
    for t in TYPES:
        a = agg[t]
        st["baseline"][t] = {k: a[k] for k in ("n", "hit5_global", "pass_global",
                                               "hit5_filtered", "pass_filtered")}
        st["baseline"][t]["mean_overlap"] = round(a["overlap_sum"] / max(a["n"], 1), 2)
    st["paraphrase_overlap_distribution"] = _count(
        st["per_question"][q["id"]]["overlap"] for q in Q if q["type"] == "paraphrase")
    st["distractor_shared_distribution"] = {
        t: _count(n for q in Q if q["type"] == t for n in st["per_question"][q["id"]]["distractor_shared"])
        for t in ("paraphrase", "command_fact")}
    return st


def main():
    import build
    mem, aux = build.render()
    here = os.path.dirname(os.path.abspath(__file__))
    disk = open(os.path.join(here, "memory.json"), encoding="utf-8").read()
    errs, stats = run(mem, aux)
    if disk != build.dumps(mem):
        errs.insert(0, "memory.json on disk differs from a fresh render")
    for e in errs:
        print("FAIL:", e)
    if errs:
        return 1
    with open(os.path.join(here, "stats.json"), "w", encoding="utf-8") as f:
        f.write(build.dumps(stats))
    b = stats["baseline"]
    for t in TYPES:
        print("%-18s n=%3d hit@5 global %3d  pass global %3d  pass filtered %3d  overlap %.2f"
              % (t, b[t]["n"], b[t]["hit5_global"], b[t]["pass_global"], b[t]["pass_filtered"],
                 b[t]["mean_overlap"]))
    print("all checks passed; wrote stats.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
