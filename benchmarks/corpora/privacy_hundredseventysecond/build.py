#!/usr/bin/env python3
"""Build the p172 held-out credential corpus.

    python3 build.py [outdir]     generate twice, check, mutation-test, then write
    python3 build.py --freeze     re-extract brief_names.json from /tmp/brief172/

Standard library only, fixed seeds, no clock, no network.  On any failure nothing is written.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common172  # noqa: E402
import everyday172  # noqa: E402
import vendor172  # noqa: E402
import positional172  # noqa: E402
import prose172  # noqa: E402
import evasions172  # noqa: E402
import negatives172  # noqa: E402
import checks172  # noqa: E402
import readme172  # noqa: E402

BRIEF_DIR = "/tmp/brief172"
BRIEF_FILES = ["README_hundredsixtyseventh.md", "README_hundredsixtyninth.md"]
FROZEN = os.path.join(HERE, "brief_names.json")


def extract_from_brief():
    texts = []
    for f in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    d = common172.extract_denylist(texts)
    return {"source": ["/tmp/brief172/" + f for f in BRIEF_FILES], **d}


def load_deny():
    with open(FROZEN, encoding="utf-8") as fh:
        frozen = json.load(fh)
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_from_brief()
        if fresh != frozen:
            raise SystemExit("FAIL: brief_names.json differs from a fresh extraction of /tmp/brief172/")
    return frozen


def generate(deny):
    reg = common172.Registry()
    every = everyday172.generate(reg)
    v_kept, v_tail, v_drop = vendor172.select(set(deny["names"]), common172.name_hits)
    vend = vendor172.generate(reg, v_kept)
    p_kept, p_tail, p_drop = positional172.select(set(deny["names"]), common172.name_hits)
    pos = positional172.generate(reg, p_kept)
    l_kept, l_tail, l_drop = prose172.select(deny, common172.lang_hits)
    prose = prose172.generate(reg, l_kept)
    eva = evasions172.generate(reg)
    neg = negatives172.generate()
    secrets = every + vend + pos + prose
    for i, r in enumerate(secrets, 1):
        r["id"] = "p172-s-%04d" % i
    for i, r in enumerate(eva, 1):
        r["id"] = "p172-e-%04d" % i
    for i, r in enumerate(neg, 1):
        r["id"] = "p172-n-%04d" % i
    meta = {
        "everyday_password_types": sorted(everyday172.PASSWORD_TYPES),
        "base64_password_types": sorted(positional172.PW_PREFIX + s for s in positional172.BASE64_SYNTAXES),
        "b64_lengths": {"course_timer_jwt_signing_key": (32, "std"),
                        "learner_financing_oauth_client_secret": (36, "url"),
                        "amazon_ses_smtp_password": (33, "std"),
                        "mux_video_token_secret": (57, "std"),
                        "google_maps_url_signing_secret": (20, "url")},
        "encoding_rules": dict(evasions172.ENCODINGS),
        "wordings": [w[0] for w in evasions172.WORDINGS],
        "pw_prefix": positional172.PW_PREFIX,
        "languages": {l[0]: l[1] for l in prose172.LANGS},
        "presentation_labels": ([("vendor style", s[0]) for s in vendor172.STYLES]
                                + [("password suffix", s) for s in positional172.SUFFIX.values()]
                                + [("prose format", f) for f in prose172.FORMATS]
                                + [("evasion wording", w[0]) for w in evasions172.WORDINGS]
                                + [("negative wrapper", w[0]) for w in negatives172.WRAPPERS]
                                + [("everyday kind", k[0]) for k in everyday172.KINDS]),
        "vendor": {"kept": [c[0] for c in v_kept], "tail": [c[0] for c in v_tail], "dropped": [c[0] for c in v_drop],
                   "status": {c[0]: c[3] for c in vendor172.CANDIDATES}},
        "positional": {"kept": [s[0] for s in p_kept], "tail": [s[0] for s in p_tail], "dropped": [s[0] for s in p_drop]},
        "prose": {"kept": [l[0] for l in l_kept], "tail": [l[0] for l in l_tail], "dropped": [l[0] for l in l_drop]},
    }
    return {"secrets": secrets, "evasions": eva, "negatives": neg}, meta


def serialise(data):
    return {k: common172.dumps_jsonl(v) for k, v in data.items()}


def mutation_tests(data, deny, meta):
    deny_names = sorted(n for n in deny["names"] if "_" in n and " " not in n)
    some_deny = deny_names[0]
    results = []

    def first(src):
        return next(i for i, r in enumerate(data["secrets"]) if r["source"] == src)

    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][5]["id"] = d["secrets"][4]["id"]

    def m03(d):
        d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][7]["secrets"][0]["plain"] += "x"

    def m05(d):
        d["secrets"][10]["container"] = some_deny

    def m06(d):
        for r in d["negatives"]:
            if r["class"] == d["negatives"][0]["class"]:
                r["class"] = some_deny

    def m07(d):
        d["secrets"][20]["type"] = d["secrets"][21]["type"] + "_x"

    def m08(d):
        del d["evasions"][-1]

    def m09(d):
        r = d["secrets"][first("prose")]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"]] + "x" + r["text"][s["start"]:]
        s["start"] += 1
        s["end"] += 1

    def m10(d):
        r = d["secrets"][30]
        r["text"] += "\nsee also " + d["secrets"][31]["secrets"][0]["value"]

    def m11(d):
        for r in d["evasions"][:3]:
            r["encoding"] = some_deny
            r["secrets"][0]["encoding"] = some_deny

    def m12(d):
        r = d["secrets"][40]
        r["text"] += "\n" + r["secrets"][0]["value"]

    def m13(d):
        i = next(i for i, r in enumerate(d["secrets"]) if r["type"] == "theory_bank_export_bearer_jwt")
        r = d["secrets"][i]
        s = r["secrets"][0]
        h, p, g = s["value"].split(".")
        bad = h + ".eyJub3QganNvbg." + g
        r["text"] = r["text"].replace(s["value"], bad)
        s["value"] = bad
        s["end"] = s["start"] + len(bad)

    def m14(d):
        r = d["secrets"][first("prose")]
        code = sorted(deny["language_codes"])[0]
        r["container"] = r["container"].rsplit("__", 1)[0] + "__" + code
        meta_l = meta["languages"]
        meta_l.setdefault(code, code)

    def m15(d):
        r = d["secrets"][first("password")]
        r["type"] = meta["pw_prefix"] + "plink_pw_flag"
        r["secrets"][0]["type"] = r["type"]

    muts = [("m01", "shifted span offset", m01), ("m02", "duplicate id", m02),
            ("m03", "positive value pasted into a negative", m03), ("m04", "wrong evasion plain", m04),
            ("m05", "deny-listed container kind", m05), ("m06", "deny-listed negative class", m06),
            ("m07", "record / span type mismatch", m07), ("m08", "missing evasion", m08),
            ("m09", "prose value glued to a letter", m09), ("m10", "value reused in another record", m10),
            ("m11", "deny-listed encoding", m11), ("m12", "value twice in its own text", m12),
            ("m13", "JWT payload not JSON", m13), ("m14", "prose language switched to a deny-listed one", m14),
            ("m15", "deny-listed positional syntax", m15)]
    for mid, desc, fn in muts:
        d = copy.deepcopy(data)
        m = copy.deepcopy(meta)
        saved = meta["languages"]
        meta["languages"] = m["languages"]
        fn(d)
        errs = checks172.check_all(d, deny, meta)
        meta["languages"] = saved
        results.append((mid, desc, bool(errs)))
    return results


def main(argv):
    if "--freeze" in argv:
        d = extract_from_brief()
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
        print("froze %d names, %d language codes, %d language names" % (len(d["names"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[0] if argv else HERE
    deny = load_deny()
    data1, meta1 = generate(deny)
    data2, meta2 = generate(deny)
    s1, s2 = serialise(data1), serialise(data2)
    if s1 != s2:
        print("FAIL: two generations differ")
        return 1
    errs = checks172.check_all(data1, deny, meta1)
    if errs:
        print("FAIL: %d check errors" % len(errs))
        for e in errs[:60]:
            print("  " + e)
        return 1
    muts = mutation_tests(data1, deny, meta1)
    missed = [m for m in muts if not m[2]]
    if missed:
        print("FAIL: mutation tests not caught: %s" % ", ".join(m[0] for m in missed))
        return 1
    readme1 = readme172.render(data1, meta1, deny, muts)
    readme2 = readme172.render(data2, meta2, deny, muts)
    if readme1 != readme2:
        print("FAIL: README renders differ")
        return 1
    os.makedirs(outdir, exist_ok=True)
    files = {"secrets.jsonl": s1["secrets"], "evasions.jsonl": s1["evasions"], "negatives.jsonl": s1["negatives"],
             "README.md": readme1,
             "brief_names.json": json.dumps(deny, ensure_ascii=False, indent=1, sort_keys=True) + "\n"}
    for name, content in files.items():
        path = os.path.join(outdir, name)
        if name == "brief_names.json" and os.path.abspath(path) == os.path.abspath(FROZEN):
            continue
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(content)
    print("ok: secrets %d, evasions %d, negatives %d, mutation tests %d/%d caught -> %s"
          % (len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]),
             sum(1 for m in muts if m[2]), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
