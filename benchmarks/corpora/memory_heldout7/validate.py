"""Validator and statistics for memory_heldout7 (standard library only)."""
import re

from textstats import BM25, shared

KINDS = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"},
         "openai": {"chat"}, "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"}}
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
CUES = ["first", "originally", "initially", "very start", "to begin with", "before ",
        "start with", "begin with", "start out", "in the beginning", "at the start"]
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def validate(mem, extra, projects):
    err = []
    ctx = {c["id"]: c for c in mem["contexts"]}
    cl = mem["contexts"]
    if not 850 <= len(cl) <= 1000:
        err.append("context count %d outside 850..1000" % len(cl))
    if len({c["project"] for c in cl}) < 4:
        err.append("fewer than 4 projects")
    prev = None
    for c in cl:
        if c["kind"] not in KINDS.get(c["source"], ()):
            err.append("%s: kind %s not allowed for %s" % (c["id"], c["kind"], c["source"]))
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            err.append("%s: day/minute out of range" % c["id"])
        if prev and (c["day"], c["minute"]) < prev:
            err.append("%s: not in (day, minute) order" % c["id"])
        prev = (c["day"], c["minute"])
        for m in EMAIL.findall(c["content"]):
            if not m.endswith("example.com"):
                err.append("%s: e-mail-like string %s" % (c["id"], m))
    counts = {t: 0 for t in TYPES}
    seen, texts = set(), {}
    for q in mem["questions"]:
        qid, t, x = q["id"], q["type"], extra[q["id"]]
        counts[t] += 1
        if not q["note"]:
            err.append("%s: no note" % qid)
        if (q["project"], q["question"]) in seen:
            err.append("%s: repeated question in project" % qid)
        seen.add((q["project"], q["question"]))
        texts.setdefault(q["question"], set()).add(t)
        for lab in ("answers", "outdated", "forbidden"):
            for i in q[lab]:
                if i not in ctx:
                    err.append("%s: %s id %s missing" % (qid, lab, i))
        if not q["answers"]:
            err.append("%s: no answers" % qid)
        if set(q["answers"]) & (set(q["outdated"]) | set(q["forbidden"])):
            err.append("%s: answer also outdated/forbidden" % qid)
        ans = [ctx[i] for i in q["answers"]]
        if t != "project_isolation":
            if any(a["project"] != x["home"] for a in ans):
                err.append("%s: answer outside home project" % qid)
            if q["project"] not in (None, x["home"]):
                err.append("%s: project field not home/null" % qid)
            if q["forbidden"]:
                err.append("%s: forbidden outside isolation" % qid)
        if t == "paraphrase":
            for a in ans:
                s = shared(q["question"], a["content"])
                if len(s) > 1:
                    err.append("%s: shares %s with its answer" % (qid, s))
            if not x["distractors"]:
                err.append("%s: no distractor" % qid)
            for d in x["distractors"]:
                if len(shared(q["question"], ctx[d]["content"])) < 2:
                    err.append("%s: distractor %s shares < 2 words" % (qid, d))
                if ctx[d]["project"] != x["home"]:
                    err.append("%s: distractor outside home project" % qid)
        if t == "command_fact":
            if not x["keys"]:
                err.append("%s: no keys" % qid)
            for a in ans:
                if a["kind"] not in ("command", "commit"):
                    err.append("%s: answer kind %s" % (qid, a["kind"]))
            for k in x["keys"]:
                kl = k.lower()
                if kl in q["question"].lower():
                    err.append("%s: key %r in question" % (qid, k))
                if not all(kl in a["content"].lower() for a in ans):
                    err.append("%s: key %r not in answer" % (qid, k))
                others = [c["id"] for c in cl
                          if c["id"] not in q["answers"] and kl in c["content"].lower()]
                if others:
                    err.append("%s: key %r also in %s" % (qid, k, others[:5]))
            if not x["distractors"]:
                err.append("%s: no distractor" % qid)
        if t == "knowledge_update":
            if not q["outdated"]:
                err.append("%s: no older statement" % qid)
            for o in q["outdated"]:
                if not all(ctx[o]["day"] < a["day"] for a in ans):
                    err.append("%s: older %s not on an earlier day" % (qid, o))
        if t == "first_attempt":
            if not q["outdated"]:
                err.append("%s: no later statement" % qid)
            for o in q["outdated"]:
                if not all(ctx[o]["day"] > a["day"] for a in ans):
                    err.append("%s: later %s not on a later day" % (qid, o))
            if not any(c in q["question"].lower() for c in CUES):
                err.append("%s: no first-attempt cue" % qid)
        if t == "project_isolation":
            if q["project"] is None:
                err.append("%s: isolation question without project" % qid)
            if any(a["project"] != q["project"] for a in ans):
                err.append("%s: isolation answer in foreign project" % qid)
            if not q["forbidden"]:
                err.append("%s: no forbidden" % qid)
            if any(ctx[f]["project"] == q["project"] for f in q["forbidden"]):
                err.append("%s: forbidden in asking project" % qid)
            if len({ctx[i]["project"] for i in q["answers"] + q["forbidden"]}) < 2:
                err.append("%s: subject in < 2 projects" % qid)
    for txt, ts in texts.items():
        if len([q for q in mem["questions"] if q["question"] == txt]) > 1 \
                and ts != {"project_isolation"}:
            err.append("identical text outside isolation: %r" % txt)
    for t, n in counts.items():
        if n < 24:
            err.append("only %d %s questions" % (n, t))
    return err


def _count(items):
    out = {}
    for i in items:
        out[i] = out.get(i, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def stats(mem, extra, origin):
    cl, ql = mem["contexts"], mem["questions"]
    ctx = {c["id"]: c for c in cl}
    idx = {c["id"]: i for i, c in enumerate(cl)}
    bm = BM25([c["content"] for c in cl])
    by_proj = {}
    for i, c in enumerate(cl):
        by_proj.setdefault(c["project"], set()).add(i)
    per_q, base = {}, {t: {"n": 0, "top5": 0, "pass": 0, "pass_filtered": 0, "overlap": 0}
                       for t in TYPES}
    for q in ql:
        x = extra[q["id"]]
        proj = q["project"] or x["home"]
        row = {"type": q["type"], "project": q["project"], "home": x["home"]}
        for mode, allowed in (("global", None), ("filtered", by_proj[proj])):
            rk = bm.ranking(q["question"], allowed)
            pos = {i: r + 1 for r, i in enumerate(rk)}
            best = min(pos[idx[a]] for a in q["answers"])
            ok = best <= 5
            if q["outdated"] and any(pos.get(idx[o], 10 ** 6) < best for o in q["outdated"]):
                ok = False
            if q["forbidden"] and any(pos.get(idx[f], 10 ** 6) <= 5 for f in q["forbidden"]):
                ok = False
            row["rank_" + mode] = best
            row["pass_" + mode] = ok
        s = max((shared(q["question"], ctx[a]["content"]) for a in q["answers"]), key=len)
        row["shared_words"] = s
        if x["keys"]:
            row["keys"] = x["keys"]
        if x["distractors"]:
            row["distractors"] = x["distractors"]
            row["distractor_shared"] = [len(shared(q["question"], ctx[d]["content"]))
                                        for d in x["distractors"]]
        per_q[q["id"]] = row
        b = base[q["type"]]
        b["n"] += 1
        b["top5"] += row["rank_global"] <= 5
        b["pass"] += row["pass_global"]
        b["pass_filtered"] += row["pass_filtered"]
        b["overlap"] += len(s)
    for b in base.values():
        b["mean_overlap"] = round(b.pop("overlap") / max(b["n"], 1), 2)
    labelled = set()
    lab = {"answers": 0, "outdated": 0, "forbidden": 0}
    kinds = {}
    for q in ql:
        for l in lab:
            lab[l] += len(q[l])
            labelled |= set(q[l])
        k = kinds.setdefault(q["type"], {"answers": [], "outdated": [], "forbidden": []})
        for l in k:
            k[l] += [ctx[i]["kind"] for i in q[l]]
    kinds = {t: {l: _count(v) for l, v in d.items() if v} for t, d in kinds.items()}
    summary = {
        "contexts": len(cl), "questions": len(ql),
        "questions_by_type": _count(q["type"] for q in ql),
        "contexts_by_project": _count(c["project"] for c in cl),
        "questions_by_home_project": _count(extra[q["id"]]["home"] for q in ql),
        "questions_by_project_field": _count(str(q["project"]) for q in ql),
        "contexts_by_source": _count(c["source"] for c in cl),
        "contexts_by_kind": _count(c["kind"] for c in cl),
        "contexts_by_origin": _count(origin[c["id"]] for c in cl),
        "labels": dict(lab, distinct_labelled=len(labelled),
                       distractors=sum(len(x["distractors"]) for x in extra.values())),
        "nonzero_exit_commands": sum(1 for c in cl if c["kind"] == "command"
                                     and c["metadata"]["exit_code"] != 0),
        "bm25_baseline": base,
    }
    return {"summary": summary, "label_kinds": kinds, "bm25": {"k1": 1.2, "b": 0.75},
            "per_question": per_q}
