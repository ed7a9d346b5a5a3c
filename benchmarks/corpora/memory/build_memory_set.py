#!/usr/bin/env python3
"""Build memory.json, the labelled developer-memory evaluation set.

All facts, questions, answers and filler texts are hand-written in data_*.py.
This script only
  * places the filler streams on a 61-day timeline (fixed seed),
  * gives every context a minute, a session id, cwd / sha metadata and an id
    (ids follow ingestion order, i.e. (day, minute)),
  * validates the labels, and
  * prints statistics (paraphrase word overlap, a plain BM25 baseline).

Usage:  python3 build_memory_set.py            # writes memory.json and stats.json
        python3 build_memory_set.py --check    # validate only, write nothing
Standard library only; deterministic.
"""
import hashlib
import sys
sys.dont_write_bytecode = True
import json
import math
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from authoring import PROJECTS, SOURCE_KIND, sh, commit, chat, note, edit, file  # noqa: E402
import data_paraphrase  # noqa: E402
import data_command  # noqa: E402
import data_update  # noqa: E402
import data_first  # noqa: E402
import data_isolation  # noqa: E402
import data_filler  # noqa: E402

SEED = 20240611
TYPES = ["paraphrase", "command_fact", "knowledge_update", "first_attempt", "project_isolation"]
MIN_PER_TYPE = 30
MIN_CONTEXTS = 800
DAYS = range(0, 61)

# --------------------------------------------------------------------------- text utils
# NLTK's English stop-word list, plus contraction fragments and modal verbs.
STOP = set("""
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her
hers herself it its itself they them their theirs themselves what which who whom this that these
those am is are was were be been being have has had having do does did doing a an the and but if or
because as until while of at by for with about against between into through during before after
above below to from up down in out on off over under again further then once here there when where
why how all any both each few more most other some such no nor not only own same so than too very s
t can will just don should now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma
mightn mustn needn shan shouldn wasn weren won wouldn would could might must shall may also let lets
""".split())


def tokens(text):
    return re.findall(r"[a-z0-9]+", text.lower())


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
    return {stem(t) for t in tokens(text) if t not in STOP}


def words_match(a, b):
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def overlap(question, context_text):
    qw, cw = content_words(question), content_words(context_text)
    return sorted(q for q in qw if any(words_match(q, c) for c in cw))


def h8(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:8]


# --------------------------------------------------------------------------- assemble
def collect_items():
    items = []
    for mod in (data_paraphrase, data_command, data_update, data_first, data_isolation):
        items.extend(mod.ITEMS)
    return items


def register_fact_contexts(items):
    """Contexts are plain dicts; one dict object may be shared by several questions."""
    seen, ordered = {}, []
    for it in items:
        for role in ("answers", "outdated", "forbidden", "distractors"):
            for ctx in it[role]:
                if ctx["project"] is None:
                    if role == "forbidden":
                        raise ValueError(f"forbidden context needs an explicit project: {ctx['content'][:60]}")
                    ctx["project"] = it["project"]
                if id(ctx) not in seen:
                    seen[id(ctx)] = ctx
                    ordered.append(ctx)
    return ordered


def active_days(rng, fact_ctxs):
    days = {}
    fact_days = defaultdict(set)
    for c in fact_ctxs:
        fact_days[c["project"]].add(c["day"])
    for p in PROJECTS:
        ds = set(fact_days[p])
        for d in DAYS:
            weekend = d % 7 in (5, 6)
            if rng.random() < (0.15 if weekend else 0.55):
                ds.add(d)
        days[p] = sorted(ds)
    return days


def place_fillers(rng, days):
    out = []
    for p in PROJECTS:
        pool = data_filler.FILLER[p]
        pdays = days[p]
        # shell: sampled with repetition, a few per active day
        for d in pdays:
            valid = [x for x in pool["shell"] if x["lo"] <= d <= x["hi"]]
            k = rng.randint(1, 4)
            chosen = []
            while len(chosen) < k and len(chosen) < len(valid):
                x = rng.choices(valid, weights=[v["w"] for v in valid])[0]
                if x not in chosen:
                    chosen.append(x)
            for x in chosen:
                out.append(sh(d, x["cmd"], exit=x["exit"], out=x["out"], project=p))
        # everything else: placed once each on an active day inside its window
        for kind in ("commit", "chat", "note", "edit", "file"):
            for x in pool.get(kind, []):
                cand = [d for d in pdays if x["lo"] <= d <= x["hi"]] or list(range(x["lo"], x["hi"] + 1))
                d = rng.choice(cand)
                if kind == "commit":
                    out.append(commit(d, x["msg"], x["files"], branch=x["branch"], project=p))
                elif kind == "chat":
                    out.append(chat(d, x["user"], x["assistant"], src=x["src"], project=p))
                elif kind == "note":
                    out.append(note(d, x["text"], project=p))
                elif kind == "edit":
                    out.append(edit(d, x["path"], x["desc"], project=p))
                else:
                    out.append(file(d, x["path"], x["text"], project=p))
    return out


def finalize(rng, contexts):
    # one working block per (project, day); contexts fall inside it
    starts = {}
    for c in sorted(contexts, key=lambda c: (c["project"], c["day"], c["source"], c["content"])):
        key = (c["project"], c["day"])
        if key not in starts:
            starts[key] = rng.randint(7 * 60 + 30, 20 * 60)
        if c["minute"] is None:
            c["minute"] = min(1439, starts[key] + rng.randint(0, 210))
        if c["kind"] == "note" and c["source"] == "notes" and rng.random() < 0.3:
            c["source"] = "cli"          # noted through the CLI instead of the notes app
        short = c["project"].split("-")[0]
        src = c["source"]
        if src == "shell":
            c["metadata"].setdefault("cwd", PROJECTS[c["project"]])
            c["session"] = f"tty-{short}-{h8(src, c['project'], c['day'])}"
        elif src == "git":
            c["metadata"]["sha"] = hashlib.sha1(c["content"].encode()).hexdigest()[:12]
            c["session"] = f"git-{short}-{h8(src, c['project'], c['day'])}"
        elif src in ("cursor", "editor"):
            c["session"] = f"ide-{short}-{h8('ide', c['project'], c['day'])}"
        elif src == "openai":
            c["session"] = f"chat-{h8(src, c['project'], c['day'], c['content'][:20])}"
        else:
            c["session"] = f"notes-{h8('notes', c['project'], c['day'] // 7)}"
    contexts.sort(key=lambda c: (c["day"], c["minute"], c["project"], c["source"], c["content"]))
    for i, c in enumerate(contexts, 1):
        c["id"] = f"c{i:04d}"


# --------------------------------------------------------------------------- BM25 baseline
class BM25:
    def __init__(self, docs, k1=1.2, b=0.75):
        self.docs = [Counter(stem(t) for t in tokens(d) if t not in STOP) for d in docs]
        self.len = [sum(d.values()) for d in self.docs]
        self.avg = sum(self.len) / len(self.len)
        df = Counter()
        for d in self.docs:
            df.update(d.keys())
        n = len(self.docs)
        self.idf = {w: math.log(1 + (n - f + 0.5) / (f + 0.5)) for w, f in df.items()}
        self.k1, self.b = k1, b

    def scores(self, query):
        q = [stem(t) for t in tokens(query) if t not in STOP]
        out = []
        for d, ln in zip(self.docs, self.len):
            s = 0.0
            for w in q:
                tf = d.get(w, 0)
                if tf:
                    s += self.idf[w] * tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * ln / self.avg))
            out.append(s)
        return out


# --------------------------------------------------------------------------- main
def main():
    check_only = "--check" in sys.argv
    rng = random.Random(SEED)
    items = collect_items()
    fact_ctxs = register_fact_contexts(items)
    days = active_days(rng, fact_ctxs)
    fillers = place_fillers(rng, days)
    contexts = fact_ctxs + fillers
    finalize(rng, contexts)
    by_obj = {id(c): c for c in contexts}
    by_id = {c["id"]: c for c in contexts}

    questions = []
    items.sort(key=lambda it: TYPES.index(it["type"]))
    for i, it in enumerate(items, 1):
        questions.append({
            "id": f"q{i:03d}",
            "type": it["type"],
            "project": it["ask"],
            "question": it["question"],
            "answers": [by_obj[id(c)]["id"] for c in it["answers"]],
            "outdated": [by_obj[id(c)]["id"] for c in it["outdated"]],
            "forbidden": [by_obj[id(c)]["id"] for c in it["forbidden"]],
            "note": it["note"],
        })

    # ------------------------------------------------------------------ validation
    errors = []
    types = Counter(q["type"] for q in questions)
    for t in TYPES:
        if types[t] < MIN_PER_TYPE:
            errors.append(f"type {t}: only {types[t]} questions")
    if len(contexts) < MIN_CONTEXTS:
        errors.append(f"only {len(contexts)} contexts")
    if len({c['project'] for c in contexts}) < 6:
        errors.append("fewer than 6 projects")
    for c in contexts:
        if c["kind"] not in SOURCE_KIND[c["source"]]:
            errors.append(f"{c['id']}: kind {c['kind']} not allowed for source {c['source']}")
        if not (0 <= c["day"] <= 60 and 0 <= c["minute"] <= 1439):
            errors.append(f"{c['id']}: bad day/minute")
    key = lambda c: (c["day"], c["minute"])
    para_overlaps = []
    for q, it in zip(questions, items):
        for role in ("answers", "outdated", "forbidden"):
            for cid in q[role]:
                if cid not in by_id:
                    errors.append(f"{q['id']}: unknown {role} id {cid}")
        if not q["answers"]:
            errors.append(f"{q['id']}: no answers")
        if set(q["answers"]) & (set(q["outdated"]) | set(q["forbidden"])):
            errors.append(f"{q['id']}: an answer is also outdated/forbidden")
        ans = [by_id[a] for a in q["answers"]]
        if q["type"] != "project_isolation":
            for a in ans:
                if q["project"] is not None and a["project"] != q["project"]:
                    errors.append(f"{q['id']}: answer {a['id']} in {a['project']} but asked from {q['project']}")
        if q["type"] == "paraphrase":
            for a in ans:
                ov = overlap(q["question"], a["content"])
                para_overlaps.append((q["id"], len(ov), ov))
                if len(ov) > 1:
                    errors.append(f"{q['id']}: paraphrase overlap {ov} with {a['id']}")
        if q["type"] == "command_fact":
            for a in ans:
                if not (a["source"] in ("shell", "cli") and a["kind"] == "command") and a["kind"] != "commit":
                    errors.append(f"{q['id']}: answer {a['id']} is not a command/commit")
            for k in it["keys"]:
                if k.lower() in q["question"].lower():
                    errors.append(f"{q['id']}: key {k!r} appears in the question")
                holders = [c["id"] for c in contexts if k in c["content"]]
                if sorted(holders) != sorted(q["answers"]):
                    errors.append(f"{q['id']}: key {k!r} found in {holders}, answers {q['answers']}")
        if q["type"] == "knowledge_update":
            if not q["outdated"]:
                errors.append(f"{q['id']}: knowledge_update without outdated")
            for o in q["outdated"]:
                for a in ans:
                    if not by_id[o]["day"] < a["day"]:
                        errors.append(f"{q['id']}: outdated {o} is not on an earlier day than {a['id']}")
        if q["type"] == "first_attempt":
            if not q["outdated"]:
                errors.append(f"{q['id']}: first_attempt without later statements")
            for o in q["outdated"]:
                for a in ans:
                    if not by_id[o]["day"] > a["day"]:
                        errors.append(f"{q['id']}: later statement {o} is not on a later day than {a['id']}")
        if q["type"] == "project_isolation":
            if q["project"] is None or not q["forbidden"]:
                errors.append(f"{q['id']}: isolation needs project and forbidden")
            for a in ans:
                if a["project"] != q["project"]:
                    errors.append(f"{q['id']}: answer {a['id']} from other project")
            for fcid in q["forbidden"]:
                if by_id[fcid]["project"] == q["project"]:
                    errors.append(f"{q['id']}: forbidden {fcid} is from the asking project")
    # same question text may repeat only across projects (isolation)
    seen = Counter((q["project"], q["question"]) for q in questions)
    for k, v in seen.items():
        if v > 1:
            errors.append(f"duplicate question {k}")
    # no real e-mail addresses: only example.com domains
    for c in contexts:
        for m in re.findall(r"[\w.+-]+@([\w-]+\.[\w.-]+)", c["content"]):
            if not m.endswith("example.com") and not re.match(r"^\d", m):
                errors.append(f"{c['id']}: e-mail-like string with domain {m}")

    # ------------------------------------------------------------------ statistics
    stats = {"contexts": len(contexts), "questions": len(questions), "questions_per_type": dict(types)}
    stats["contexts_per_project"] = dict(sorted(Counter(c["project"] for c in contexts).items()))
    stats["contexts_per_source"] = dict(sorted(Counter(c["source"] for c in contexts).items()))
    stats["contexts_per_kind"] = dict(sorted(Counter(c["kind"] for c in contexts).items()))
    stats["questions_per_project"] = dict(sorted(Counter(str(q["project"]) for q in questions).items()))
    referenced = {cid for q in questions for r in ("answers", "outdated", "forbidden") for cid in q[r]}
    stats["contexts_referenced_by_labels"] = len(referenced)
    stats["days_used"] = [min(c["day"] for c in contexts), max(c["day"] for c in contexts)]
    ov_hist = Counter(n for _, n, _ in para_overlaps)
    stats["paraphrase_overlap_histogram"] = {str(k): v for k, v in sorted(ov_hist.items())}
    stats["paraphrase_overlap_mean"] = round(sum(n for _, n, _ in para_overlaps) / max(1, len(para_overlaps)), 3)
    stats["paraphrase_overlap_words"] = {qid: ov for qid, n, ov in para_overlaps if n}
    # overlap of other types, for information
    stats["mean_overlap_by_type"] = {}
    for t in TYPES:
        vals = [len(overlap(q["question"], by_id[a]["content"])) for q in questions if q["type"] == t
                for a in q["answers"]]
        stats["mean_overlap_by_type"][t] = round(sum(vals) / len(vals), 2)

    bm = BM25([c["content"] for c in contexts])
    idx = {c["id"]: i for i, c in enumerate(contexts)}
    per_type = defaultdict(lambda: Counter())
    ranks = {}
    for q in questions:
        sc = bm.scores(q["question"])
        for mode in ("global", "project_filtered"):
            order = sorted(range(len(contexts)), key=lambda i: -sc[i])
            if mode == "project_filtered" and q["project"]:
                order = [i for i in order if contexts[i]["project"] == q["project"]]
            rank = {contexts[i]["id"]: r for r, i in enumerate(order, 1)}
            best = min(rank.get(a, 10 ** 6) for a in q["answers"])
            ok = best <= 5
            if q["type"] in ("knowledge_update", "first_attempt") and q["outdated"]:
                if min(rank.get(o, 10 ** 6) for o in q["outdated"]) < best:
                    ok = False
                    per_type[(q["type"], mode)]["outdated_above_answer"] += 1
            if q["type"] == "project_isolation":
                top5 = {contexts[i]["id"] for i in order[:5]}
                if top5 & set(q["forbidden"]):
                    ok = False
                    per_type[(q["type"], mode)]["forbidden_in_top5"] += 1
            per_type[(q["type"], mode)]["n"] += 1
            per_type[(q["type"], mode)]["answer_in_top5"] += best <= 5
            per_type[(q["type"], mode)]["pass"] += ok
            if mode == "global":
                ranks[q["id"]] = best
    stats["bm25_baseline"] = {f"{t}/{m}": dict(v) for (t, m), v in sorted(per_type.items())}
    stats["bm25_answer_rank"] = ranks

    # ------------------------------------------------------------------ report
    print(f"contexts: {len(contexts)}   questions: {len(questions)}")
    print("questions per type:", dict(types))
    print("contexts per project:", stats["contexts_per_project"])
    print("contexts per source:", stats["contexts_per_source"])
    print("paraphrase overlap histogram:", stats["paraphrase_overlap_histogram"],
          "mean", stats["paraphrase_overlap_mean"])
    for qid, n, ov in para_overlaps:
        print(f"  {qid} overlap={n} {ov}")
    print("mean question/answer overlap by type:", stats["mean_overlap_by_type"])
    print("BM25 baseline (pass = answer in top 5, no outdated above it, no forbidden in top 5):")
    for k, v in stats["bm25_baseline"].items():
        print(f"  {k:40s} {v}")
    if errors:
        print(f"\n{len(errors)} VALIDATION ERRORS:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("validation: OK")
    if check_only:
        return
    out = {
        "contexts": [{k: c[k] for k in ("id", "source", "kind", "project", "session", "day", "minute",
                                        "content", "metadata")} for c in contexts],
        "questions": questions,
    }
    with open(os.path.join(HERE, "memory.json"), "w") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print("wrote memory.json and stats.json")


if __name__ == "__main__":
    main()
