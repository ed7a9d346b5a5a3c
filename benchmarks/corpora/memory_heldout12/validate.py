"""Rule checks and statistics (BM25 baseline) for memory_heldout12.

Run directly: re-renders through build.py, fails if memory.json on disk differs or a rule fails,
then rewrites stats.json and prints the baseline table.
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textstats as ts  # noqa: E402

KINDS = {"shell": {"command"}, "git": {"commit"}, "cursor": {"chat", "edit"}, "openai": {"chat"},
         "notes": {"note"}, "cli": {"note"}, "editor": {"edit", "file"}}
CUES = ("first", "originally", "original", "initially", "very start", "to begin with", "before",
        "start with", "start out", "begin with", "beginning", "at the start")
CFIELDS = ["id", "source", "kind", "project", "session", "day", "minute", "content", "metadata"]
QFIELDS = ["id", "type", "project", "question", "answers", "outdated", "forbidden", "note"]


def validate(mem, meta):
    E = []
    C, Q = mem["contexts"], mem["questions"]
    byid = {c["id"]: c for c in C}
    cm, qm = meta["ctx"], meta["q"]
    # general
    if not 600 <= len(C) <= 1000:
        E.append("context count %d" % len(C))
    prev = (-1, -1)
    for n, c in enumerate(C, 1):
        if list(c) != CFIELDS:
            E.append("field order " + c["id"])
        if c["id"] != "c%04d" % n:
            E.append("id sequence " + c["id"])
        if (c["day"], c["minute"]) < prev:
            E.append("chronology " + c["id"])
        prev = (c["day"], c["minute"])
        if c["kind"] not in KINDS[c["source"]]:
            E.append("kind/source " + c["id"])
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            E.append("day/minute " + c["id"])
        mk = set(c["metadata"])
        want = {"shell": {"exit_code", "cwd"}, "git": {"files", "branch", "sha"}}.get(c["source"])
        if want and mk != want:
            E.append("metadata " + c["id"])
        if c["kind"] in ("edit", "file") and mk != {"files"}:
            E.append("metadata " + c["id"])
        if c["kind"] == "note" and mk:
            E.append("metadata " + c["id"])
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b", c["content"]):
            if not em.endswith("example.com"):
                E.append("email-like %s in %s" % (em, c["id"]))
    projects = sorted({c["project"] for c in C})
    if len(projects) < 4:
        E.append("projects")
    labelled = set()
    seen = set()
    types = {}
    for qq, m in zip(Q, qm):
        if list(qq) != QFIELDS:
            E.append("q field order " + qq["id"])
        types[qq["type"]] = types.get(qq["type"], 0) + 1
        if not qq["note"]:
            E.append("no note " + qq["id"])
        tk = (qq["project"], qq["question"])
        if tk in seen:
            E.append("repeated question " + qq["id"])
        seen.add(tk)
        ids = qq["answers"] + qq["outdated"] + qq["forbidden"] + m["distract"]
        for i in ids:
            if i not in byid:
                E.append("unknown id %s in %s" % (i, qq["id"]))
        for i in qq["answers"] + qq["outdated"] + qq["forbidden"] + m["distract"]:
            if cm[i]["origin"] != "hand":
                E.append("labelled non-hand record %s in %s" % (i, qq["id"]))
        if set(qq["answers"]) & set(qq["outdated"] + qq["forbidden"]):
            E.append("answer also outdated/forbidden " + qq["id"])
        labelled |= set(qq["answers"] + qq["outdated"] + qq["forbidden"])
        home = m["home"]
        if qq["type"] != "project_isolation":
            if qq["project"] not in (home, None):
                E.append("project field " + qq["id"])
            for i in qq["answers"] + qq["outdated"] + m["distract"]:
                if byid[i]["project"] != home:
                    E.append("foreign record %s in %s" % (i, qq["id"]))
        if not qq["answers"]:
            E.append("no answer " + qq["id"])
        a = byid[qq["answers"][0]]
        t = qq["type"]
        if t == "paraphrase":
            for i in qq["answers"]:
                if len(ts.shared(qq["question"], byid[i]["content"])) > 1:
                    E.append("paraphrase overlap %s %s" % (qq["id"], ts.shared(qq["question"], byid[i]["content"])))
            if not m["distract"]:
                E.append("no distractor " + qq["id"])
            for d in m["distract"]:
                if len(ts.shared(qq["question"], byid[d]["content"])) < 2:
                    E.append("weak distractor %s %s" % (qq["id"], d))
        if t == "command_fact":
            key = m["key"]
            if a["kind"] not in ("command", "commit"):
                E.append("command_fact answer kind " + qq["id"])
            if not key or key.lower() not in a["content"].lower():
                E.append("key not in answer " + qq["id"])
            elif key.lower() in qq["question"].lower():
                E.append("key in question " + qq["id"])
            else:
                others = [c["id"] for c in C if c["id"] != a["id"] and key.lower() in c["content"].lower()]
                if others:
                    E.append("key %r of %s also in %s" % (key, qq["id"], others[:5]))
            for d in m["distract"]:
                if len(ts.shared(qq["question"], byid[d]["content"])) < 1:
                    E.append("weak distractor %s %s" % (qq["id"], d))
        if t == "knowledge_update":
            if not qq["outdated"]:
                E.append("no outdated " + qq["id"])
            for i in qq["outdated"]:
                if byid[i]["day"] >= a["day"]:
                    E.append("outdated not older " + qq["id"])
        if t == "first_attempt":
            if not qq["outdated"]:
                E.append("no later " + qq["id"])
            for i in qq["outdated"]:
                if byid[i]["day"] <= a["day"]:
                    E.append("later not later " + qq["id"])
            if not any(cue in qq["question"].lower() for cue in CUES):
                E.append("no cue " + qq["id"])
        if t == "project_isolation":
            if a["project"] != qq["project"]:
                E.append("isolation answer project " + qq["id"])
            for i in qq["forbidden"]:
                if byid[i]["project"] == qq["project"]:
                    E.append("forbidden in own project " + qq["id"])
            if not qq["forbidden"]:
                E.append("isolation subject spans one project " + qq["id"])
    texts = {}
    for qq in Q:
        texts.setdefault(qq["question"], set()).add(qq["type"])
    for tx, tt in texts.items():
        if len([qq for qq in Q if qq["question"] == tx]) > 1 and tt != {"project_isolation"}:
            E.append("identical text outside isolation: " + tx)
    for qq, m in zip(Q, qm):
        for d in m["distract"]:
            if d in labelled:
                E.append("distractor %s is labelled" % d)
    for t in ("paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"):
        if types.get(t, 0) < 12:
            E.append("too few %s" % t)
    return stats(mem, meta), E


def stats(mem, meta):
    C, Q = mem["contexts"], mem["questions"]
    bm = ts.BM25([c["content"] for c in C])
    idx = {c["id"]: n for n, c in enumerate(C)}
    out = {"contexts": len(C), "questions": len(Q), "by_project": {}, "by_source": {}, "by_kind": {},
           "by_origin": {}, "by_type": {}, "labels": {}, "baseline": {}, "per_question": []}
    for c in C:
        for k, v in (("by_project", c["project"]), ("by_source", c["source"]), ("by_kind", c["kind"]),
                     ("by_origin", meta["ctx"][c["id"]]["origin"])):
            out[k][v] = out[k].get(v, 0) + 1
    for k in ("by_project", "by_source", "by_kind", "by_origin"):
        out[k] = dict(sorted(out[k].items()))
    out["labels"] = {"answers": sum(len(q["answers"]) for q in Q),
                     "outdated": sum(len(q["outdated"]) for q in Q),
                     "forbidden": sum(len(q["forbidden"]) for q in Q),
                     "distractors": sum(len(m["distract"]) for m in meta["q"])}
    agg = {}
    for q, m in zip(Q, meta["q"]):
        out["by_type"][q["type"]] = out["by_type"].get(q["type"], 0) + 1
        row = {"id": q["id"], "type": q["type"], "project": q["project"], "home": m["home"]}
        for mode in ("global", "filtered"):
            if mode == "global":
                ranking = [C[i]["id"] for i in bm.scores(q["question"])]
            else:
                ranking = [C[i]["id"] for i in bm.scores(q["question"], [n for n, c in enumerate(C) if c["project"] == m["home"]])]
            pos = {cid: r for r, cid in enumerate(ranking, 1)}
            best = min(pos.get(a, len(C) + 1) for a in q["answers"])
            top5 = best <= 5
            ok = top5
            if q["type"] in ("knowledge_update", "first_attempt"):
                ok = ok and all(pos.get(o, 10 ** 6) > best for o in q["outdated"])
            if q["type"] == "project_isolation":
                ok = ok and all(pos.get(f, 10 ** 6) > 5 for f in q["forbidden"])
            row[mode + "_rank"] = best
            row[mode + "_top5"] = top5
            row[mode + "_pass"] = ok
        row["shared_words"] = ts.shared(q["question"], C[idx[q["answers"][0]]]["content"])
        if m["key"]:
            row["key"] = m["key"]
        if m["distract"]:
            row["distractors"] = {d: len(ts.shared(q["question"], C[idx[d]]["content"])) for d in m["distract"]}
        out["per_question"].append(row)
        a = agg.setdefault(q["type"], {"n": 0, "global_top5": 0, "global_pass": 0, "filtered_top5": 0,
                                       "filtered_pass": 0, "overlap_sum": 0})
        a["n"] += 1
        for k in ("global_top5", "global_pass", "filtered_top5", "filtered_pass"):
            a[k] += row[k]
        a["overlap_sum"] += len(row["shared_words"])
    for t, a in agg.items():
        a["mean_overlap"] = round(a.pop("overlap_sum") / a["n"], 2)
    out["baseline"] = {"method": "BM25 k1=1.2 b=0.75 over content; stemmed, stop-word filtered tokens",
                       "by_type": agg}
    return out


def print_table(s):
    print("contexts", s["contexts"], "questions", s["questions"])
    print("%-18s %4s %8s %8s %8s %8s %6s" % ("type", "n", "g_top5", "g_pass", "f_top5", "f_pass", "ovl"))
    for t, a in s["baseline"]["by_type"].items():
        print("%-18s %4d %8d %8d %8d %8d %6.2f" % (t, a["n"], a["global_top5"], a["global_pass"],
                                                   a["filtered_top5"], a["filtered_pass"], a["mean_overlap"]))


if __name__ == "__main__":
    import build
    mem, meta = build.render()
    disk = open(os.path.join(HERE, "memory.json"), encoding="utf-8").read()
    if build.dump(mem) != disk:
        raise SystemExit("FAIL: memory.json differs from a fresh render")
    s, errs = validate(mem, meta)
    for e in errs:
        print("FAIL:", e)
    if errs:
        raise SystemExit(1)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        f.write(build.dump(s))
    print_table(s)
