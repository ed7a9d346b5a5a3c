#!/usr/bin/env python3
"""Build the p52 corpus: generate twice, compare, check, mutation-test, then write."""
import copy, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist, checks, readme
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
from checks import CheckError

EXTRA_NAMES = ["red_team_op_log", "edr_cmdline_telemetry", "forensic_config_carve",
               "arrow_inline_run", "indented_block_below", "backtick_inline_run",
               gen_prose.TYPE] + list(gen_evasions.WORDINGS) + list(gen_negatives.WRAP) + list(gen_vendor.STYLES)


def generate():
    pos = gen_everyday.generate() + gen_vendor.generate() + gen_passwords.generate() + gen_prose.generate()
    eva = gen_evasions.generate()
    neg = gen_negatives.generate()
    layouts = {}
    for i, r in enumerate(pos):
        pos[i] = {"id": "p52-s-%04d" % (i + 1), **r}
    for i, r in enumerate(eva):
        lay = r.pop("_layout"); layouts[lay] = layouts.get(lay, 0) + 1
        eva[i] = {"id": "p52-e-%04d" % (i + 1), **r}
    for i, r in enumerate(neg):
        neg[i] = {"id": "p52-n-%04d" % (i + 1), **r}
    return pos, eva, neg, layouts


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def run_checks(pos, eva, neg, d, extra=EXTRA_NAMES):
    checks.check_records(pos, eva, neg)
    n = checks.check_deny(pos, eva, neg, extra, gen_prose.LANGS, d)
    checks.check_counts(pos, eva, neg)
    return n


def mutations(pos, eva, neg, d):
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += " " + p[3]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(p, e, n): p[5]["text"] += "\n" + p[5]["secrets"][0]["value"]
    def m5(p, e, n): n[1]["text"] += " " + e[2]["secrets"][0]["plain"]
    def m6(p, e, n): n[2]["text"] = n[3]["text"]
    def m7(p, e, n): e[4]["text"] += " " + e[4]["secrets"][0]["plain"]
    def m8(p, e, n): p[0]["container"] = "pull_request_review_comment"
    def m9(p, e, n): p[200]["secrets"][0]["end"] -= 1
    caught = 0
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        m(p, e, n)
        try:
            run_checks(p, e, n, d)
        except CheckError:
            caught += 1
            continue
        raise SystemExit("mutation %s not caught" % m.__name__)
    try:
        checks.check_deny(pos, eva, neg, EXTRA_NAMES + ["helpdesk_ticket_internal_note"], gen_prose.LANGS, d)
    except CheckError:
        caught += 1
    else:
        raise SystemExit("deny-list mutation not caught")
    return caught


def main():
    if "--freeze" in sys.argv:
        denylist.freeze()
    d = denylist.load()
    a = generate(); b = generate()
    outs_a = [dump(x) for x in a[:3]]; outs_b = [dump(x) for x in b[:3]]
    if outs_a != outs_b:
        raise SystemExit("non-deterministic output")
    pos, eva, neg, layouts = a
    try:
        n_names = run_checks(pos, eva, neg, d)
    except CheckError as ex:
        raise SystemExit("CHECK FAILED: %s" % ex)
    n_mut = mutations(pos, eva, neg, d)
    stats = {"own_names": n_names, "mutations": n_mut, "layouts": layouts, "frozen": d}
    text_a = readme.render(pos, eva, neg, stats)
    text_b = readme.render(*b[:3], stats)
    if text_a != text_b:
        raise SystemExit("non-deterministic README")
    for name, content in (("secrets.jsonl", outs_a[0]), ("evasions.jsonl", outs_a[1]), ("negatives.jsonl", outs_a[2]), ("README.md", text_a)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(content)
    print("ok: %d positives, %d evasions, %d negatives, %d own names checked, %d mutations caught"
          % (len(pos), len(eva), len(neg), n_names, n_mut))


if __name__ == "__main__":
    main()
