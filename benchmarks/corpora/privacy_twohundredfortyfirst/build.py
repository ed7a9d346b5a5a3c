#!/usr/bin/env python3
"""Build corpus p241 (cheesemakers). Python 3 standard library only; deterministic; no clock, no network.

usage: python3 build.py [outdir]      (default: the directory of this file)
       python3 build.py --freeze      (re-extract brief_names.json from /tmp/brief241)
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common241 as cm  # noqa: E402
import everyday241  # noqa: E402
import vendor241  # noqa: E402
import positional241  # noqa: E402
import prose241  # noqa: E402
import evasions241  # noqa: E402
import negatives241  # noqa: E402
import checks241  # noqa: E402
import readme241  # noqa: E402

S_KEYS = ["id", "type", "container", "text", "secrets", "source"]
E_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
N_KEYS = ["id", "class", "container", "text", "source"]


def generate():
    reg = cm.Registry()
    pos = []
    pos += everyday241.build(reg)
    pos += vendor241.build(reg)
    pos += positional241.build(reg)
    pos += prose241.build(reg)
    eva = evasions241.build(reg)
    neg = negatives241.build(reg)
    hidden = {}
    S = []
    for k, r in enumerate(pos):
        rid = "p241-s-%04d" % (k + 1)
        if "_hidden" in r:
            hidden[rid] = r.pop("_hidden")
        r["id"] = rid
        S.append({key: r[key] for key in S_KEYS})
    E = []
    for k, r in enumerate(eva):
        r["id"] = "p241-e-%04d" % (k + 1)
        E.append({key: r[key] for key in E_KEYS})
    N = []
    for k, r in enumerate(neg):
        r["id"] = "p241-n-%04d" % (k + 1)
        N.append({key: r[key] for key in N_KEYS})
    meta = {"languages": [(c, n) for c, n, _s, _t in prose241.LANGS], "registry_size": len(reg.items)}
    return {"secrets": S, "evasions": E, "negatives": N, "hidden": hidden, "meta": meta}


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def mutations(data, dl):
    """Each mutation of a deep copy must be caught by the checks."""
    out = []

    def first(src):
        return next(r for r in data["secrets"] if r["source"] == src)

    def m(name, fn):
        d = copy.deepcopy(data)
        fn(d)
        errs = checks241.run_checks(d, dl)
        out.append((name, bool(errs)))

    def shift(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def notin(d):
        d["secrets"][3]["secrets"][0]["value"] = "zz-not-in-text-zz"

    def reuse(d):
        a, b = d["secrets"][1], d["secrets"][2]
        v = a["secrets"][0]["value"]
        b["text"] = b["text"][:b["secrets"][0]["start"]] + v + b["text"][b["secrets"][0]["end"]:]
        b["secrets"][0]["end"] = b["secrets"][0]["start"] + len(v)
        b["secrets"][0]["value"] = v

    def in_negative(d):
        d["negatives"][5]["text"] += "\nold value: " + d["secrets"][200]["secrets"][0]["value"]

    def no_decode(d):
        d["evasions"][7]["secrets"][0]["plain"] = d["evasions"][7]["secrets"][0]["plain"][::-1] + "x"

    def deny_container(d):
        d["secrets"][190]["container"] = d["secrets"][190]["type"] + "__envfile_assignment"

    def deny_syntax(d):
        r = next(x for x in d["secrets"] if x["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = positional241.PFX + "mysqldump_glued_lower_p_no_space"

    def drop_everyday(d):
        d["secrets"].pop(10)
        for k, r in enumerate(d["secrets"]):
            r["id"] = "p241-s-%04d" % (k + 1)

    def deny_language(d):
        d["meta"]["languages"][0] = ("eng", "English")

    def deny_class(d):
        d["negatives"][0]["class"] = "gyle_and_brew_batch_numbers"

    def two_spans(d):
        d["secrets"][50]["secrets"].append(dict(d["secrets"][50]["secrets"][0]))

    def broken_damm(d):
        r = next(x for x in d["secrets"] if x["type"] == "wheel_tracking_damm_key")
        v = r["secrets"][0]["value"]
        nv = v[:13] + str((int(v[13]) + 1) % 10) + v[14:]
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv

    def deny_encoding(d):
        d["evasions"][0]["encoding"] = "nato_phonetic_spelling"

    def non_v4(d):
        d["negatives"][9]["text"] += "\nref 123e4567-e89b-12d3-a456-426614174000"

    def pw_in_negative(d):
        d["negatives"][11]["text"] += "\nold login: Gouda_ab1c23"

    def bad_crc(d):
        r = next(x for x in d["secrets"] if x["type"] == "milk_collection_crc16_token")
        v = r["secrets"][0]["value"]
        nv = v[:-4] + ("0000" if v[-4:] != "0000" else "0001")
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv

    for name, fn in [("m01_span_start_shifted", shift), ("m02_value_not_in_text", notin),
                     ("m03_value_reused", reuse), ("m04_positive_value_in_negative", in_negative),
                     ("m05_evasion_does_not_decode", no_decode), ("m06_deny_listed_container", deny_container),
                     ("m07_deny_listed_syntax", deny_syntax), ("m08_wrong_everyday_count", drop_everyday),
                     ("m09_deny_listed_language", deny_language), ("m10_deny_listed_negative_class", deny_class),
                     ("m11_two_spans", two_spans), ("m12_broken_damm_digit", broken_damm),
                     ("m13_deny_listed_encoding", deny_encoding), ("m14_non_v4_uuid_in_negative", non_v4),
                     ("m15_password_shape_in_negative", pw_in_negative), ("m16_broken_crc16_tail", bad_crc)]:
        m(name, fn)
    return out


def main(argv):
    if "--freeze" in argv:
        dl = cm.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(dl, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze deny-list: %d names, %d syntaxes, %d codes, %d language names"
              % (len(dl["names"]), len(dl["syntaxes"]), len(dl["language_codes"]), len(dl["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    dl = cm.load_denylist(HERE)
    if os.path.isdir(cm.BRIEF_DIR):
        fresh = cm.extract_denylist()
        if fresh != dl:
            errors.append("deny-list re-extracted from %s differs from brief_names.json" % cm.BRIEF_DIR)
        dl_status = "re-extracted from %s and identical" % cm.BRIEF_DIR
    else:
        dl_status = "%s absent; frozen brief_names.json used" % cm.BRIEF_DIR

    d1 = generate()
    d2 = generate()
    files1 = {"secrets.jsonl": jsonl(d1["secrets"]), "evasions.jsonl": jsonl(d1["evasions"]),
              "negatives.jsonl": jsonl(d1["negatives"])}
    files2 = {"secrets.jsonl": jsonl(d2["secrets"]), "evasions.jsonl": jsonl(d2["evasions"]),
              "negatives.jsonl": jsonl(d2["negatives"])}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("non-deterministic output: " + k)
    errors += checks241.run_checks(d1, dl)
    muts = mutations(d1, dl)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)
    r1 = readme241.render(d1, dl, muts, dl_status)
    r2 = readme241.render(d2, dl, muts, dl_status)
    if r1 != r2:
        errors.append("non-deterministic README")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("build failed; nothing written", file=sys.stderr)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, b in files1.items():
        with open(os.path.join(outdir, k), "wb") as f:
            f.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(dl, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutations caught; deny-list %s"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts), dl_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
