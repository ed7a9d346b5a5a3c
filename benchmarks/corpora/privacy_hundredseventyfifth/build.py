#!/usr/bin/env python3
"""Build corpus p175: python3 build.py [outdir]   (python3 build.py --freeze re-extracts the deny-list)

Generates everything twice in one process, compares bytes, runs every check and the mutation
tests, renders the README from both generations and only then writes the files. On any failure
it prints the errors, writes nothing and exits 1.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks175  # noqa: E402
import common175 as C  # noqa: E402
import enc175  # noqa: E402
import everyday175  # noqa: E402
import evasions175  # noqa: E402
import negatives175  # noqa: E402
import positional175  # noqa: E402
import prose175  # noqa: E402
import readme175  # noqa: E402
import vendor175  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    errs = []
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist(C.read_brief())
        if fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
    return C.prepare_deny(frozen), frozen, errs


def generate_all(deny):
    reg = C.Registry()
    ev = everyday175.generate(reg)
    vd, vmeta = vendor175.generate(reg, deny)
    pw, pmeta = positional175.generate(reg, deny)
    pr, prmeta = prose175.generate(reg, deny)
    evs = evasions175.generate(reg)
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos):
        r["id"] = "%s-s-%04d" % (C.PREFIX, i + 1)
    for i, r in enumerate(evs):
        r["id"] = "%s-e-%04d" % (C.PREFIX, i + 1)
    forbidden = list(reg.items)
    negs = negatives175.generate(forbidden=forbidden)
    for i, r in enumerate(negs):
        r["id"] = "%s-n-%04d" % (C.PREFIX, i + 1)
    labels = (vendor175.STYLES + list(positional175.SUFFIX.values()) + prose175.FORMATS
              + evasions175.WORDINGS + [w[0] for w in negatives175.WRAPPERS]
              + [c[0] for c in everyday175.CONTAINERS])
    meta = {
        "vendor": vmeta, "positional": pmeta, "prose": prmeta, "langs": prmeta["langs"], "labels": labels,
        "everyday_pw_types": {t[0] for t in everyday175.TYPES if t[4]},
        "vendor_pw_types": {v[0] for v in vendor175.VENDORS if v[3] == vendor175.P},
    }
    return pos, evs, negs, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ---------------------------------------------------------------- mutation tests
def mutations(pos, evs, negs):
    def m01(p, e, n):
        p[5]["secrets"][0]["start"] += 1

    def m02(p, e, n):
        p[7]["id"] = p[6]["id"]

    def m03(p, e, n):
        n[3]["text"] += " " + p[200]["secrets"][0]["value"]

    def m04(p, e, n):
        e[10]["secrets"][0]["plain"] = e[11]["secrets"][0]["plain"]

    def m05(p, e, n):
        p[20]["container"] = "keying_planner_dotenv_production"

    def m06(p, e, n):
        for x in n[:12]:
            x["class"] = "sops_and_sealed_secret_ciphertext"

    def m07(p, e, n):
        p[30]["type"] = p[31]["type"] if p[31]["type"] != p[30]["type"] else p[0]["type"]

    def m08(p, e, n):
        del e[-1]

    def m09(p, e, n):
        r = [x for x in p if x["source"] == "prose"][3]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]

    def m10(p, e, n):
        a, b = p[40], p[41]
        v = a["secrets"][0]["value"]
        sb = b["secrets"][0]
        b["text"] = b["text"][:sb["start"]] + v + b["text"][sb["end"]:]
        sb["value"], sb["end"] = v, sb["start"] + len(v)

    def m11(p, e, n):
        for x in e[:3]:
            x["encoding"] = "rot47_printable_ascii"
            x["secrets"][0]["encoding"] = "rot47_printable_ascii"

    def m12(p, e, n):
        p[60]["text"] += "\n# again: " + p[60]["secrets"][0]["value"] + "\n"

    def m13(p, e, n):
        r = [x for x in p if x["secrets"][0]["value"].startswith("eyJ")][0]
        s = r["secrets"][0]
        h, _pl, sig = s["value"].split(".")
        v = h + ".eyJub3QganNvbg." + sig
        r["text"] = r["text"][:s["start"]] + v + r["text"][s["end"]:]
        s["value"], s["end"] = v, s["start"] + len(v)

    def m14(p, e, n):
        r = [x for x in p if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__deu"

    def m15(p, e, n):
        r = [x for x in p if x["source"] == "password"][0]
        r["type"] = C.PWPREFIX + "redis_cli_lower_a_flag"
        r["secrets"][0]["type"] = r["type"]

    def m16(p, e, n):
        r = [x for x in p if x["secrets"][0]["value"].startswith("ghp_")][0]
        s = r["secrets"][0]
        v = s["value"][:-1] + ("A" if s["value"][-1] != "A" else "B")
        r["text"] = r["text"][:s["start"]] + v + r["text"][s["end"]:]
        s["value"] = v

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_container", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12),
            ("m13_jwt_payload_not_json", m13), ("m14_deny_listed_language", m14),
            ("m15_earlier_syntax_name", m15), ("m16_bad_github_checksum", m16)]


def lang_meta_from(pos, meta):
    """Language list as seen in the records (so a mutated container is caught)."""
    by_code = {l[0]: l for l in prose175.LANGS}
    out = []
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            out.append(by_code.get(code, (code, code, "?", "")))
    m = dict(meta)
    m["langs"] = out
    return m


def run_checks(pos, evs, negs, deny, meta):
    return checks175.run_all(pos, evs, negs, deny, lang_meta_from(pos, meta), enc175.RULES)


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist(C.read_brief())
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    args = [a for a in argv if not a.startswith("--")]
    outdir = args[0] if args else HERE
    deny, frozen, errs = load_deny()
    g1 = generate_all(deny)
    g2 = generate_all(deny)
    files1 = [dumps(x) for x in g1[:3]]
    files2 = [dumps(x) for x in g2[:3]]
    if files1 != files2:
        errs.append("determinism: two generations differ")
    pos, evs, negs, meta = g1
    errs += run_checks(pos, evs, negs, deny, meta)
    results = []
    for name, fn in mutations(pos, evs, negs):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(negs)
        try:
            fn(p, e, n)
            caught = bool(run_checks(p, e, n, deny, meta))
        except Exception as ex:  # a crash inside the checks counts as not caught
            caught = False
            errs.append("mutation %s crashed the checks: %r" % (name, ex))
        results.append((name, caught))
        if not caught:
            errs.append("mutation %s not caught" % name)
    readme1 = readme175.render(pos, evs, negs, meta, frozen, results)
    readme2 = readme175.render(g2[0], g2[1], g2[2], g2[3], frozen, results)
    if readme1 != readme2:
        errs.append("determinism: README renders differ")
    if errs:
        for e_ in errs[:200]:
            print("ERROR:", e_)
        print("%d errors; nothing written" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fname, content in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], files1):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8") as fh:
            fh.write(content)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(frozen, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s (mutations caught %d/%d)" % (
        len(pos), len(evs), len(negs), outdir, sum(c for _, c in results), len(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
