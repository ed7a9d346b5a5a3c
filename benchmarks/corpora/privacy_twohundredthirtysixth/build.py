#!/usr/bin/env python3
"""Build corpus p236 (breweries). Usage: python3 build.py [outdir] | python3 build.py --freeze"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common236 as C  # noqa: E402
import checks236  # noqa: E402
import everyday236  # noqa: E402
import evasions236  # noqa: E402
import negatives236  # noqa: E402
import positional236  # noqa: E402
import prose236  # noqa: E402
import readme236  # noqa: E402
import vendor236  # noqa: E402

SECRET_KEYS = ["id", "type", "container", "text", "secrets", "source"]
EVASION_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_KEYS = ["id", "class", "container", "text", "source"]


def generate():
    reg = C.Registry()
    secrets = []
    secrets += everyday236.build(reg)
    secrets += vendor236.build(reg)
    pos = positional236.build(reg)
    secrets += pos
    pro = prose236.build(reg)
    secrets += pro
    evs = evasions236.build(reg)
    negs = negatives236.build(reg, lambda t: checks236.negative_forbidden(t, reg.items))
    for i, r in enumerate(secrets):
        r["id"] = "p236-s-%04d" % (i + 1)
    for i, r in enumerate(evs):
        r["id"] = "p236-e-%04d" % (i + 1)
    for i, r in enumerate(negs):
        r["id"] = "p236-n-%04d" % (i + 1)
    return {
        "secrets": secrets, "evasions": evs, "negatives": negs,
        "languages": [(r["_lang"], r["_langname"]) for r in pro],
        "hidden": [r["_hidden"] for r in pos if "_hidden" in r],
        "registry_size": len(reg.items),
    }


def dump(recs, keys):
    lines = []
    for r in recs:
        o = {k: r[k] for k in keys}
        lines.append(json.dumps(o, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialise(data):
    return {
        "secrets.jsonl": dump(data["secrets"], SECRET_KEYS),
        "evasions.jsonl": dump(data["evasions"], EVASION_KEYS),
        "negatives.jsonl": dump(data["negatives"], NEG_KEYS),
    }


def mutation_tests(data, deny):
    """Each mutation must be caught by the checks."""
    def first(src, key="secrets"):
        return next(r for r in data[key] if r["source"] == src) if key == "secrets" else data[key][0]

    muts = []

    def m_shift(d):
        d["secrets"][3]["secrets"][0]["start"] += 1
    muts.append(("span start shifted", m_shift))

    def m_value(d):
        d["secrets"][10]["secrets"][0]["value"] = "not-in-text-zz99"
    muts.append(("value not in text", m_value))

    def m_reuse(d):
        v = d["secrets"][0]["secrets"][0]["value"]
        d["secrets"][200]["text"] += "\n" + v
    muts.append(("value reused in another record", m_reuse))

    def m_neg(d):
        d["negatives"][5]["text"] += d["secrets"][250]["secrets"][0]["value"]
    muts.append(("positive value inside a negative", m_neg))

    def m_evasion(d):
        s = d["evasions"][7]["secrets"][0]
        s["plain"] = s["plain"] + "x"
    muts.append(("evasion does not decode", m_evasion))

    def m_container(d):
        d["secrets"][20]["container"] = "ops_fish_history"
    muts.append(("deny-listed container kind", m_container))

    def m_type(d):
        r = d["secrets"][300]
        r["type"] = r["secrets"][0]["type"] = "bkpw_redis_cli_lower_a_flag"
    muts.append(("deny-listed span type / syntax", m_type))

    def m_count(d):
        d["secrets"].pop(100)
        for i, r in enumerate(d["secrets"]):
            r["id"] = "p236-s-%04d" % (i + 1)
    muts.append(("wrong everyday count", m_count))

    def m_lang(d):
        d["languages"][0] = ("fin", "Finnish")
    muts.append(("deny-listed language", m_lang))

    def m_negclass(d):
        d["negatives"][0]["class"] = "staff_password_rotation_prose"
    muts.append(("deny-listed negative class", m_negclass))

    def m_twospans(d):
        d["secrets"][30]["secrets"].append(dict(d["secrets"][30]["secrets"][0]))
    muts.append(("two spans in one record", m_twospans))

    def m_verhoeff(d):
        for r in d["secrets"]:
            if r["type"] == "keg_telemetry_verhoeff_key":
                s = r["secrets"][0]
                v = s["value"]
                dig = v[12]
                nv = v[:12] + str((int(dig) + 1) % 10) + v[13:]
                r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
                s["value"] = nv
                break
    muts.append(("broken Verhoeff check digit", m_verhoeff))

    def m_encoding(d):
        r = d["evasions"][0]
        r["encoding"] = r["secrets"][0]["encoding"] = "vigenere_rinse_keyword"
    muts.append(("deny-listed encoding", m_encoding))

    def m_uuid(d):
        d["negatives"][9]["text"] += "\nref 3f2b8c1e-9a7d-1c44-8e21-5b6a7c8d9e0f\n"
    muts.append(("non-v4 UUID in a negative", m_uuid))

    def m_pwneg(d):
        d["negatives"][11]["text"] += "\nstout-ab1c42\n"
    muts.append(("password-shaped string in a negative", m_pwneg))

    results = []
    for name, fn in muts:
        dd = copy.deepcopy(data)
        fn(dd)
        caught = bool(checks236.run_all(dd, deny))
        results.append((name, caught))
    return results


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = C.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("frozen deny-list written (%d names)" % len(d["names"]))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = C.load_denylist(HERE)
    deny_note = "brief directory absent; frozen list used as is"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            errors.append("deny-list re-extracted from %s differs from brief_names.json" % C.BRIEF_DIR)
        else:
            deny_note = "re-extracted from %s and identical" % C.BRIEF_DIR
    d1 = generate()
    d2 = generate()
    b1 = serialise(d1)
    b2 = serialise(d2)
    for k in b1:
        if b1[k] != b2[k]:
            errors.append("non-deterministic output: %s" % k)
    errors += checks236.run_all(d1, deny)
    muts = mutation_tests(d1, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: %s" % name)
    r1 = readme236.render(d1, deny, muts, deny_note)
    r2 = readme236.render(d2, deny, muts, deny_note)
    if r1 != r2:
        errors.append("non-deterministic README")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, v in b1.items():
        with open(os.path.join(outdir, k), "wb") as f:
            f.write(v)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: secrets %d, evasions %d, negatives %d, mutations caught %d/%d" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
