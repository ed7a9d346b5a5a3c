#!/usr/bin/env python3
"""Rule checks and statistics for memory_heldout10.

python3 validate.py   re-render through build.py, fail if memory.json on disk is not that render or a
                      rule fails, and (re)write stats.json (counts, labels, BM25 baseline, per-question
                      ranks, shared words, command_fact keys, distractor overlaps).
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from textstats import BM25, shared_words  # noqa: E402

ALLOWED = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"}, "openai": {"chat"},
           "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"}}
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
FA_CUES = ["first", "originally", "original", "initially", "very start", "to begin with", "before",
           "start with", "start out", "started out", "begin with", "beginning", "at the start"]
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
CTX_FIELDS = ["id", "source", "kind", "project", "session", "day", "minute", "content", "metadata"]
Q_FIELDS = ["id", "type", "project", "question", "answers", "outdated", "forbidden", "note"]


def check(data, aux):
    E = []
    ctxs, qs = data["contexts"], data["questions"]
    byid = {}
    for i, c in enumerate(ctxs, 1):
        if list(c.keys()) != CTX_FIELDS:
            E.append("%s: context fields %s" % (c.get("id"), list(c.keys())))
        if c["id"] != "c%04d" % i:
            E.append("context ids not sequential at %s" % c["id"])
        byid[c["id"]] = c
        if c["kind"] not in ALLOWED.get(c["source"], ()):
            E.append("%s: kind %s not allowed for source %s" % (c["id"], c["kind"], c["source"]))
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            E.append("%s: day/minute out of range" % c["id"])
        md = c["metadata"]
        want = {"shell": {"exit_code", "cwd"}, "git": {"files", "branch", "sha"}}.get(c["source"])
        if want and set(md) != want:
            E.append("%s: metadata keys %s" % (c["id"], sorted(md)))
        if c["kind"] in ("edit", "file") and set(md) != {"files"}:
            E.append("%s: edit/file metadata" % c["id"])
        if c["kind"] == "note" and md:
            E.append("%s: note metadata not empty" % c["id"])
        for m in EMAIL.findall(c["content"]):
            if not m.lower().endswith("example.com"):
                E.append("%s: e-mail-like string %s" % (c["id"], m))
    order = [(c["day"], c["minute"]) for c in ctxs]
    if order != sorted(order):
        E.append("contexts not in (day, minute) order")
    projects = sorted({c["project"] for c in ctxs})
    if not 850 <= len(ctxs) <= 1000:
        E.append("context count %d outside 850..1000" % len(ctxs))
    if len(projects) < 4:
        E.append("fewer than 4 projects")
    if not 120 <= len(qs) <= 140:
        E.append("question count %d outside 120..140" % len(qs))
    for t in TYPES:
        n = sum(1 for q in qs if q["type"] == t)
        if n < 24:
            E.append("type %s has %d < 24 questions" % (t, n))

    auxq = {a["id"]: a for a in aux["questions"]}
    origin = aux["origin"]
    labelled = set()
    all_distractors = set()
    seen_pair = set()
    texts = {}
    for q in qs:
        a = auxq[q["id"]]
        if list(q.keys()) != Q_FIELDS:
            E.append("%s: question fields" % q["id"])
        if q["id"] != "q%03d" % (qs.index(q) + 1):
            E.append("question ids not sequential at %s" % q["id"])
        if not q["note"].strip():
            E.append("%s: empty note" % q["id"])
        if q["type"] not in TYPES:
            E.append("%s: unknown type" % q["id"])
        if not q["answers"]:
            E.append("%s: no answers" % q["id"])
        pair = (q["project"], q["question"])
        if pair in seen_pair:
            E.append("%s: question text repeats within project %s" % (q["id"], q["project"]))
        seen_pair.add(pair)
        texts.setdefault(q["question"], []).append(q)
        for lab in ("answers", "outdated", "forbidden"):
            for cid in q[lab]:
                if cid not in byid:
                    E.append("%s: %s id %s does not exist" % (q["id"], lab, cid))
                    continue
                labelled.add(cid)
                if origin[cid] != "hand":
                    E.append("%s: labelled %s is not a hand-placed record" % (q["id"], cid))
        if set(q["answers"]) & (set(q["outdated"]) | set(q["forbidden"])):
            E.append("%s: id both answer and outdated/forbidden" % q["id"])
        all_distractors.update(a["distractors"])
        for d in a["distractors"]:
            if byid[d]["project"] != a["home"]:
                E.append("%s: distractor %s outside home project" % (q["id"], d))
        if q["type"] != "project_isolation":
            if q["project"] not in (a["home"], None):
                E.append("%s: project must be home or null" % q["id"])
            for cid in q["answers"] + q["outdated"]:
                if byid[cid]["project"] != a["home"]:
                    E.append("%s: %s not in home project" % (q["id"], cid))
            if q["forbidden"]:
                E.append("%s: forbidden only for isolation" % q["id"])
        ans = [byid[c] for c in q["answers"]]
        if q["type"] == "paraphrase":
            for c in ans:
                sw = shared_words(q["question"], c["content"])
                if len(sw) > 1:
                    E.append("%s: paraphrase shares %d content words with %s: %s" % (q["id"], len(sw), c["id"], sw))
            if not a["distractors"]:
                E.append("%s: paraphrase without distractor" % q["id"])
            for d in a["distractors"]:
                if len(shared_words(q["question"], byid[d]["content"])) < 2:
                    E.append("%s: distractor %s shares < 2 question words" % (q["id"], d))
        if q["type"] == "command_fact":
            if not a["keys"]:
                E.append("%s: command_fact without key" % q["id"])
            for c in ans:
                if c["kind"] not in ("command", "commit"):
                    E.append("%s: command_fact answer is a %s" % (q["id"], c["kind"]))
            for k in a["keys"]:
                kl = k.lower()
                if kl in q["question"].lower():
                    E.append("%s: key %r inside the question" % (q["id"], k))
                if not any(kl in c["content"].lower() for c in ans):
                    E.append("%s: key %r not in the answer" % (q["id"], k))
                others = [c["id"] for c in ctxs if c["id"] not in q["answers"] and kl in c["content"].lower()]
                if others:
                    E.append("%s: key %r also in %s" % (q["id"], k, others[:5]))
            if not a["distractors"]:
                E.append("%s: command_fact without distractor" % q["id"])
            for d in a["distractors"]:
                if len(shared_words(q["question"], byid[d]["content"])) < 1:
                    E.append("%s: distractor %s shares no question word" % (q["id"], d))
        if q["type"] == "knowledge_update":
            if not q["outdated"]:
                E.append("%s: knowledge_update without older statement" % q["id"])
            for o in q["outdated"]:
                if not all(byid[o]["day"] < c["day"] for c in ans):
                    E.append("%s: older statement %s is not on an earlier day" % (q["id"], o))
        if q["type"] == "first_attempt":
            if not q["outdated"]:
                E.append("%s: first_attempt without later statement" % q["id"])
            for o in q["outdated"]:
                if not all(byid[o]["day"] > c["day"] for c in ans):
                    E.append("%s: later statement %s is not on a later day" % (q["id"], o))
            ql = q["question"].lower()
            if not any(cue in ql for cue in FA_CUES):
                E.append("%s: first_attempt question without a cue" % q["id"])
        if q["type"] == "project_isolation":
            if q["project"] is None:
                E.append("%s: isolation question without project" % q["id"])
            for c in ans:
                if c["project"] != q["project"]:
                    E.append("%s: isolation answer %s not in asking project" % (q["id"], c["id"]))
            if not q["forbidden"]:
                E.append("%s: isolation without forbidden" % q["id"])
            for f in q["forbidden"]:
                if byid[f]["project"] == q["project"]:
                    E.append("%s: forbidden %s inside asking project" % (q["id"], f))
    for t, lst in texts.items():
        if len(lst) > 1 and any(q["type"] != "project_isolation" for q in lst):
            E.append("identical question text outside isolation: %r" % t)
    bad = all_distractors & labelled
    if bad:
        E.append("distractors also labelled: %s" % sorted(bad))
    # isolation: forbidden = every other project's statement on the subject
    subj = {}
    for q in qs:
        a = auxq[q["id"]]
        if q["type"] == "project_isolation":
            subj.setdefault(a["subject"], []).append(q)
    for s, lst in subj.items():
        projs = {q["project"] for q in lst}
        if len(projs) < 2:
            E.append("isolation subject %s spans < 2 projects" % s)
        stmts = set()
        for q in lst:
            stmts.update(q["answers"])
        for q in lst:
            if set(q["forbidden"]) != stmts - set(q["answers"]):
                E.append("%s: forbidden is not all other projects' statements" % q["id"])
    return E, stats(data, aux)


def _count(items):
    out = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def stats(data, aux):
    ctxs, qs = data["contexts"], data["questions"]
    byid = {c["id"]: c for c in ctxs}
    idx = {c["id"]: i for i, c in enumerate(ctxs)}
    auxq = {a["id"]: a for a in aux["questions"]}
    bm = BM25([c["content"] for c in ctxs])
    projects = aux["projects"]
    per_proj = {p: [i for i, c in enumerate(ctxs) if c["project"] == p] for p in projects}
    S = {"seed": aux["seed"], "contexts": len(ctxs), "questions": len(qs)}
    S["contexts_by_project"] = {p: len(per_proj[p]) for p in projects}
    S["contexts_by_source"] = _count(c["source"] for c in ctxs)
    S["contexts_by_kind"] = _count(c["kind"] for c in ctxs)
    S["contexts_by_origin"] = _count(aux["origin"].values())
    S["nonzero_exit_commands"] = sum(1 for c in ctxs if c["kind"] == "command" and c["metadata"]["exit_code"] != 0)
    S["questions_by_type"] = _count(q["type"] for q in qs)
    S["questions_by_type_and_home"] = {t: {p: sum(1 for q in qs if q["type"] == t and auxq[q["id"]]["home"] == p)
                                           for p in projects} for t in TYPES}
    S["questions_by_project_field"] = _count(str(q["project"]) for q in qs)
    S["null_project_by_type"] = _count(q["type"] for q in qs if q["project"] is None)
    lab = {"answers": 0, "outdated": 0, "forbidden": 0}
    distinct = set()
    for q in qs:
        for k in lab:
            lab[k] += len(q[k])
            distinct.update(q[k])
    S["labels"] = dict(lab, distinct_labelled_contexts=len(distinct),
                       distractors=sum(len(a["distractors"]) for a in aux["questions"]))
    S["label_kinds"] = {t: {"answers": _count(byid[c]["kind"] for q in qs if q["type"] == t for c in q["answers"]),
                            "outdated": _count(byid[c]["kind"] for q in qs if q["type"] == t for c in q["outdated"]),
                            "forbidden": _count(byid[c]["kind"] for q in qs if q["type"] == t for c in q["forbidden"])}
                        for t in TYPES}
    per_q = []
    base = {t: {"n": 0, "top5_global": 0, "pass_global": 0, "top5_filtered": 0, "pass_filtered": 0,
                "overlap_sum": 0} for t in TYPES}
    for q in qs:
        a = auxq[q["id"]]
        row = {"id": q["id"], "type": q["type"], "project": q["project"], "home": a["home"]}
        home = q["project"] or a["home"]
        for mode, subset in (("global", None), ("filtered", per_proj[home])):
            ranking = bm.scores(q["question"], subset)
            pos = {i: r for r, i in enumerate(ranking, 1)}
            arank = min(pos.get(idx[c], len(ranking) + 1) for c in q["answers"])
            ok = arank <= 5
            top5 = set(ranking[:5])
            if q["type"] in ("knowledge_update", "first_attempt"):
                above = [o for o in q["outdated"] if idx[o] in pos and pos[idx[o]] < arank]
                passed = ok and not above
                row["outdated_above_%s" % mode] = len(above)
            elif q["type"] == "project_isolation":
                fin = [f for f in q["forbidden"] if idx[f] in top5]
                passed = ok and not fin
                row["forbidden_in_top5_%s" % mode] = len(fin)
            else:
                passed = ok
            row["answer_rank_%s" % mode] = arank
            row["pass_%s" % mode] = passed
            b = base[q["type"]]
            b["top5_%s" % mode] += ok
            b["pass_%s" % mode] += passed
        sw = [shared_words(q["question"], byid[c]["content"]) for c in q["answers"]]
        row["shared_words_with_answer"] = sw[0] if len(sw) == 1 else sw
        base[q["type"]]["n"] += 1
        base[q["type"]]["overlap_sum"] += min(len(s) for s in sw)
        if a["keys"]:
            row["keys"] = a["keys"]
        if a["distractors"]:
            row["distractors"] = {d: len(shared_words(q["question"], byid[d]["content"])) for d in a["distractors"]}
        per_q.append(row)
    for t in TYPES:
        b = base[t]
        b["mean_overlap"] = round(b.pop("overlap_sum") / max(1, b["n"]), 2)
    S["bm25_baseline"] = base
    S["paraphrase_overlap_histogram"] = _count(len(r["shared_words_with_answer"]) for r in per_q
                                               if r["type"] == "paraphrase")
    S["per_question"] = per_q
    return S


def main():
    import build
    text, aux = build.render()
    t2, _ = build.render()
    if text != t2:
        print("FAIL: two renders differ")
        return 1
    mpath = os.path.join(HERE, "memory.json")
    if not os.path.exists(mpath) or open(mpath, encoding="utf-8").read() != text:
        print("FAIL: memory.json on disk is not the current render (run build.py)")
        return 1
    data = json.loads(text)
    errors, st = check(data, aux)
    for e in errors:
        print("FAIL:", e)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(st, indent=1, ensure_ascii=False) + "\n")
    if errors:
        print("%d rule violations" % len(errors))
        return 1
    b = st["bm25_baseline"]
    print("OK: %d contexts, %d questions" % (st["contexts"], st["questions"]))
    for t in TYPES:
        print("  %-18s n=%2d top5 %2d pass %2d | filtered top5 %2d pass %2d | overlap %.2f"
              % (t, b[t]["n"], b[t]["top5_global"], b[t]["pass_global"], b[t]["top5_filtered"],
                 b[t]["pass_filtered"], b[t]["mean_overlap"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
