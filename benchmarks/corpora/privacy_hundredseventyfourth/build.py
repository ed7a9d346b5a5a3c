#!/usr/bin/env python3
"""Build the p174 held-out credential corpus (beekeeping / apiary / honey processing).

python3 build.py [outdir]      generate twice, check, mutation-test, then write
python3 build.py --freeze      re-extract brief_names.json from /tmp/brief174/
Standard library only; fixed seeds; no clock; no network.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks174  # noqa: E402
import common174 as C  # noqa: E402
import evasions174  # noqa: E402
import everyday174  # noqa: E402
import negatives174  # noqa: E402
import positional174  # noqa: E402
import prose174  # noqa: E402
import readme174  # noqa: E402
import vendor174  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def dumps_deny(d):
    return json.dumps(d, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def load_deny():
    if not os.path.exists(FROZEN):
        raise SystemExit("brief_names.json missing; run build.py --freeze first")
    with open(FROZEN, encoding="utf-8") as f:
        frozen = json.load(f)
    status = "not re-extracted (/tmp/brief174/ absent)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if dumps_deny(fresh) != dumps_deny(frozen):
            raise SystemExit("FAIL: brief_names.json differs from a fresh extraction of /tmp/brief174/")
        status = "re-extracted from /tmp/brief174/ and identical"
    return frozen, status


def order_pos(r):
    sp = r["secrets"][0]
    span = {"value": sp["value"], "start": sp["start"], "end": sp["end"], "type": sp["type"]}
    if "plain" in sp:
        span["plain"] = sp["plain"]
        span["encoding"] = sp["encoding"]
    out = {"id": r["id"], "type": r["type"], "container": r["container"]}
    if "encoding" in r:
        out["encoding"] = r["encoding"]
    out.update({"text": r["text"], "secrets": [span], "source": r["source"]})
    return out


def generate(deny):
    reg = C.Registry()
    ev = everyday174.generate(reg)
    vd = vendor174.generate(reg)
    pw = positional174.generate(reg)
    pr = prose174.generate(reg, deny)
    es = evasions174.generate(reg)
    pos = ev + vd + pw + pr
    meta = {"prose_langs": [r["_lang"] for r in pr]}
    for r in pos:
        for k in [k for k in r if k.startswith("_")]:
            del r[k]
    for i, r in enumerate(pos, 1):
        r["id"] = "%s-s-%04d" % (C.PREFIX, i)
    for i, r in enumerate(es, 1):
        r["id"] = "%s-e-%04d" % (C.PREFIX, i)
    forbidden = list(reg.items)
    neg = negatives174.generate(forbidden)
    for i, r in enumerate(neg, 1):
        r["id"] = "%s-n-%04d" % (C.PREFIX, i)
    pos = [order_pos(r) for r in pos]
    es = [order_pos(r) for r in es]
    return pos, es, neg, meta


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ------------------------------------------------------------------ mutations
def mutations(pos, eva, neg, deny):
    def first(src):
        return next(i for i, r in enumerate(pos) if r["source"] == src)

    def m_offset(p, e, n):
        p[0]["secrets"][0]["start"] += 1

    def m_dup_id(p, e, n):
        p[1]["id"] = p[0]["id"]

    def m_leak(p, e, n):
        n[3]["text"] += "\n" + p[7]["secrets"][0]["value"]

    def m_decode(p, e, n):
        e[5]["secrets"][0]["plain"] = e[5]["secrets"][0]["plain"] + "x"

    def m_deny_container(p, e, n):
        p[2]["container"] = deny["names"][len(deny["names"]) // 2]

    def m_deny_class(p, e, n):
        n[0]["class"] = "sops_and_sealed_secret_ciphertext"

    def m_type(p, e, n):
        p[4]["secrets"][0]["type"] = "something_else"

    def m_count(p, e, n):
        del e[-1]

    def m_prose_glued(p, e, n):
        r = p[first("prose")]
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + "x" + r["text"][sp["start"]:]

    def m_reuse(p, e, n):
        r = p[first("vendor")]
        p[first("password")]["text"] += " " + r["secrets"][0]["value"]

    def m_deny_encoding(p, e, n):
        e[0]["encoding"] = "rail_fence_three_rails"
        e[0]["secrets"][0]["encoding"] = "rail_fence_three_rails"

    def m_repeat(p, e, n):
        p[10]["text"] += "\n# again: " + p[10]["secrets"][0]["value"]

    def m_jwt(p, e, n):
        r = next(r for r in p if r["type"] == "varroa_tracker_service_jwt")
        sp = r["secrets"][0]
        bad = "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln"
        r["text"] = r["text"][:sp["start"]] + bad + r["text"][sp["end"]:]
        sp["value"], sp["end"] = bad, sp["start"] + len(bad)

    def m_deny_lang(p, e, n):
        r = p[first("prose")]
        r["container"] = r["container"].split("__")[0] + "__por"

    def m_old_syntax(p, e, n):
        r = p[first("password")]
        r["type"] = r["secrets"][0]["type"] = positional174.PFX + "pgpass_file_fifth_field"

    def m_bad_uuid(p, e, n):
        r = next(r for r in p if r["type"] == "hivetracks_partner_api_key")
        sp = r["secrets"][0]
        v = sp["value"]
        bad = v[:14] + "1" + v[15:]
        r["text"] = r["text"].replace(v, bad)
        sp["value"] = bad

    ms = [m_offset, m_dup_id, m_leak, m_decode, m_deny_container, m_deny_class, m_type, m_count, m_prose_glued,
          m_reuse, m_deny_encoding, m_repeat, m_jwt, m_deny_lang, m_old_syntax, m_bad_uuid]
    results = []
    for m in ms:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        m(p, e, n)
        caught = bool(checks174.check_all(p, e, n, deny))
        results.append((m.__name__, caught))
    return results


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as f:
            f.write(dumps_deny(d))
        print("froze %d names, %d language codes, %d language names" % (len(d["names"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, deny_status = load_deny()

    a = generate(deny)
    b = generate(deny)
    blobs_a = [serialise(x) for x in a[:3]]
    blobs_b = [serialise(x) for x in b[:3]]
    errors = []
    if blobs_a != blobs_b:
        errors.append("two generations differ")
    pos, eva, neg, meta = a
    errors += checks174.check_all(pos, eva, neg, deny)
    muts = mutations(pos, eva, neg, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation %s not caught" % name)
    info = {"deny_status": deny_status, "mutations": muts, "meta": meta}
    readme_a = readme174.render(pos, eva, neg, deny, info)
    readme_b = readme174.render(b[0], b[1], b[2], deny, dict(info, meta=b[3]))
    if readme_a != readme_b:
        errors.append("README renders differ")
    if errors:
        for e in errors[:60]:
            print("FAIL:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, blob in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), blobs_a):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(blob)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_a)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            f.write(dumps_deny(deny))
    print("wrote %d positives, %d evasions, %d negatives to %s (mutations caught %d/%d)" % (
        len(pos), len(eva), len(neg), outdir, sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
