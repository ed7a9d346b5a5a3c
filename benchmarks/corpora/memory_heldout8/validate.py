"""Rule checks and statistics for memory_heldout8 (standard library only)."""
import re

from textstats import BM25, shared

ALLOWED = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"}, "openai": {"chat"},
           "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"}}
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
CUE = re.compile(r"\b(first|originally|initially|very start|to begin with|before [A-Za-z]+|start with|"
                 r"begin with|start out|started out|started with|in the beginning|at the start)\b", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def _count(xs):
    out = {}
    for x in xs:
        out[x] = out.get(x, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def run(s, extras, origins, names):
    C, Q = s["contexts"], s["questions"]
    E = []
    by = {c["id"]: c for c in C}
    # ---- general
    if not 850 <= len(C) <= 1000:
        E.append("context count %d outside 850..1000" % len(C))
    if len({c["project"] for c in C}) < 4:
        E.append("fewer than 4 projects")
    prev = (-1, -1)
    for i, c in enumerate(C, 1):
        if c["id"] != "c%04d" % i:
            E.append("id order " + c["id"])
        if c["kind"] not in ALLOWED.get(c["source"], ()):
            E.append("kind %s not allowed for %s (%s)" % (c["kind"], c["source"], c["id"]))
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            E.append("day/minute out of range " + c["id"])
        if (c["day"], c["minute"]) < prev:
            E.append("ids not in (day, minute) order at " + c["id"])
        prev = (c["day"], c["minute"])
        for dom in EMAIL.findall(c["content"]):
            if not dom.lower().endswith("example.com"):
                E.append("e-mail-like string outside example.com in " + c["id"])
    for t in TYPES:
        n = sum(1 for q in Q if q["type"] == t)
        if n < 24:
            E.append("only %d %s questions" % (n, t))
    seen, texts = set(), {}
    for q in Q:
        x = extras[q["id"]]
        pair = (q["project"], q["question"])
        if pair in seen:
            E.append("repeated (project, question) " + q["id"])
        seen.add(pair)
        texts.setdefault(q["question"], []).append(q["type"])
        if not q["note"].strip():
            E.append("no note " + q["id"])
        refs = q["answers"] + q["outdated"] + q["forbidden"] + x["distractors"]
        for r in refs:
            if r not in by:
                E.append("unresolved key %s in %s" % (r, q["id"]))
        if any(r not in by for r in refs):
            continue
        if not q["answers"]:
            E.append("no answer " + q["id"])
        if set(q["answers"]) & set(q["outdated"] + q["forbidden"]):
            E.append("answer also outdated/forbidden " + q["id"])
        if set(x["distractors"]) & set(q["answers"] + q["outdated"] + q["forbidden"]):
            E.append("distractor is labelled " + q["id"])
        if q["type"] != "project_isolation":
            if q["project"] not in (None, x["home"]):
                E.append("project field not home/null " + q["id"])
            for a in q["answers"]:
                if by[a]["project"] != x["home"]:
                    E.append("answer outside home project " + q["id"])
        elif q["project"] is None:
            E.append("isolation question without project " + q["id"])
    for t, ts in texts.items():
        if len(ts) > 1 and set(ts) != {"project_isolation"}:
            E.append("identical text outside project_isolation: " + t)
    # ---- per type
    subjects = {}
    for q in Q:
        x = extras[q["id"]]
        if any(r not in by for r in q["answers"] + q["outdated"] + q["forbidden"] + x["distractors"]):
            continue
        ans = [by[a] for a in q["answers"]]
        if q["type"] == "paraphrase":
            for a in ans:
                sw = shared(q["question"], a["content"])
                if len(sw) > 1:
                    E.append("paraphrase %s shares %s with %s" % (q["id"], sw, a["id"]))
            if not x["distractors"]:
                E.append("paraphrase without distractor " + q["id"])
        if q["type"] in ("paraphrase", "command_fact"):
            for d in x["distractors"]:
                if by[d]["project"] != x["home"]:
                    E.append("distractor outside home project " + q["id"])
                if len(shared(q["question"], by[d]["content"])) < 2:
                    E.append("distractor %s shares < 2 question words (%s)" % (d, q["id"]))
        if q["type"] == "command_fact":
            if not x["keys"]:
                E.append("command_fact without key " + q["id"])
            if not x["distractors"]:
                E.append("command_fact without distractor " + q["id"])
            for k in x["keys"]:
                kl = k.lower()
                if kl in q["question"].lower():
                    E.append("key %r inside question %s" % (k, q["id"]))
                if not any(kl in a["content"].lower() for a in ans):
                    E.append("key %r not in answer of %s" % (k, q["id"]))
                others = [c["id"] for c in C if c["id"] not in q["answers"] and kl in c["content"].lower()]
                if others:
                    E.append("key %r of %s also in %s" % (k, q["id"], others[:5]))
            for a in ans:
                if a["kind"] not in ("command", "commit"):
                    E.append("command_fact answer is not a command/commit " + q["id"])
        if q["type"] == "knowledge_update":
            if not q["outdated"]:
                E.append("knowledge_update without older statement " + q["id"])
            for o in q["outdated"]:
                if not by[o]["day"] < min(a["day"] for a in ans):
                    E.append("older statement %s not on an earlier day (%s)" % (o, q["id"]))
        if q["type"] == "first_attempt":
            if not CUE.search(q["question"]):
                E.append("first_attempt without cue " + q["id"])
            if not q["outdated"]:
                E.append("first_attempt without later statement " + q["id"])
            for o in q["outdated"]:
                if not by[o]["day"] > max(a["day"] for a in ans):
                    E.append("later statement %s not on a later day (%s)" % (o, q["id"]))
        if q["type"] == "project_isolation":
            for a in ans:
                if a["project"] != q["project"]:
                    E.append("isolation answer outside asking project " + q["id"])
            if not q["forbidden"]:
                E.append("isolation without forbidden " + q["id"])
            for f in q["forbidden"]:
                if by[f]["project"] == q["project"]:
                    E.append("forbidden context in asking project " + q["id"])
            sub = x.get("subject") or q["question"]
            subjects.setdefault(sub, set()).update(a["project"] for a in ans)
            subjects[sub].update(by[f]["project"] for f in q["forbidden"])
    for sub, ps in subjects.items():
        if len(ps) < 2:
            E.append("isolation subject spans < 2 projects: " + sub)
    if E:
        return E, None
    return [], _stats(s, extras, origins, names, by)


def _stats(s, extras, origins, names, by):
    C, Q = s["contexts"], s["questions"]
    bm = BM25([c["content"] for c in C])
    idx = {c["id"]: i for i, c in enumerate(C)}
    per_q, base = {}, {t: {"n": 0, "top5": 0, "pass_global": 0, "pass_filtered": 0, "overlap": 0} for t in TYPES}
    for q in Q:
        x = extras[q["id"]]
        scope = q["project"] or x["home"]
        res = {}
        for mode, subset in (("global", None), ("filtered", [i for i, c in enumerate(C) if c["project"] == scope])):
            rk = {C[i]["id"]: r for r, i in enumerate(bm.ranking(q["question"], subset), 1)}
            best = min(rk[a] for a in q["answers"])
            ok = best <= 5
            if q["type"] in ("knowledge_update", "first_attempt"):
                ok = ok and all(rk.get(o, 10 ** 6) > best for o in q["outdated"])
            if q["type"] == "project_isolation":
                ok = ok and all(rk.get(f, 10 ** 6) > 5 for f in q["forbidden"])
            res[mode] = (best, ok)
        sw = shared(q["question"], " ".join(by[a]["content"] for a in q["answers"]))
        b = base[q["type"]]
        b["n"] += 1
        b["top5"] += res["global"][0] <= 5
        b["pass_global"] += res["global"][1]
        b["pass_filtered"] += res["filtered"][1]
        b["overlap"] += len(sw)
        per_q[q["id"]] = {"type": q["type"], "rank_global": res["global"][0], "pass_global": res["global"][1],
                          "rank_filtered": res["filtered"][0], "pass_filtered": res["filtered"][1],
                          "shared_words": sw, "keys": x["keys"], "distractors": x["distractors"],
                          "distractor_shared": [len(shared(q["question"], by[d]["content"])) for d in x["distractors"]]}
    for b in base.values():
        b["mean_overlap"] = round(b.pop("overlap") / b["n"], 2)
    kinds = {}
    for q in Q:
        k = kinds.setdefault(q["type"], {"answers": [], "outdated": [], "forbidden": []})
        for f in ("answers", "outdated", "forbidden"):
            k[f] += [by[i]["kind"] for i in q[f]]
    labelled = set()
    for q in Q:
        labelled.update(q["answers"] + q["outdated"] + q["forbidden"])
    home = {q["id"]: extras[q["id"]]["home"] for q in Q}
    summary = {
        "contexts": len(C), "questions": len(Q),
        "contexts_per_project": {n: sum(c["project"] == n for c in C) for n in names},
        "questions_per_type": {t: sum(q["type"] == t for q in Q) for t in TYPES},
        "questions_per_home_project": {n: sum(home[q["id"]] == n for q in Q) for n in names},
        "questions_per_project_field": {str(n): sum(q["project"] == n for q in Q) for n in names + [None]},
        "per_type_home": {t: [sum(1 for q in Q if q["type"] == t and home[q["id"]] == n) for n in names] for t in TYPES},
        "by_source": _count(c["source"] for c in C), "by_kind": _count(c["kind"] for c in C),
        "by_origin": _count(origins.values()),
        "labels": {"answers": sum(len(q["answers"]) for q in Q), "outdated": sum(len(q["outdated"]) for q in Q),
                   "forbidden": sum(len(q["forbidden"]) for q in Q), "distinct_labelled": len(labelled),
                   "distractors": sum(len(extras[q["id"]]["distractors"]) for q in Q)},
        "nonzero_exit": sum(1 for c in C if c["source"] == "shell" and c["metadata"]["exit_code"] != 0),
        "bm25": base,
    }
    return {"summary": summary, "label_kinds": {t: {f: _count(v) for f, v in k.items()} for t, k in kinds.items()},
            "per_question": per_q}
