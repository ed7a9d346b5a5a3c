#!/usr/bin/env python3
"""Build the p200 held-out credential corpus.

python3 build.py [outdir]    generate twice, check, run mutation tests, render README, then write
python3 build.py --freeze    re-extract brief_names.json from /tmp/brief200/
Standard library only; fixed seeds; no clock; no network.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common200 as C  # noqa: E402
import checks200  # noqa: E402
import everyday200  # noqa: E402
import evasions200  # noqa: E402
import negatives200  # noqa: E402
import positional200  # noqa: E402
import prose200  # noqa: E402
import readme200  # noqa: E402
import vendor200  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    pos = []
    pos += everyday200.generate(reg)
    pos += vendor200.generate(reg)
    pw, hidden = positional200.generate(reg)
    pos += pw
    pos += prose200.generate(reg)
    eva = evasions200.generate(reg)
    neg = negatives200.generate(reg)
    P = []
    for i, r in enumerate(pos, 1):
        P.append({"id": "%s-s-%04d" % (C.PREFIX, i), "type": r["type"], "container": r["container"], "text": r["text"],
                  "secrets": r["secrets"], "source": r["source"]})
    Ev = []
    for i, r in enumerate(eva, 1):
        Ev.append({"id": "%s-e-%04d" % (C.PREFIX, i), "type": r["type"], "container": r["container"], "encoding": r["encoding"],
                   "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    N = []
    for i, r in enumerate(neg, 1):
        N.append({"id": "%s-n-%04d" % (C.PREFIX, i), "class": r["class"], "container": r["container"], "text": r["text"], "source": r["source"]})
    return {"pos": P, "eva": Ev, "neg": N, "hidden": hidden, "registry_size": len(reg.items)}


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


# ------------------------------------------------------------------ mutation tests
def _first(data, key, pred):
    for r in data[key]:
        if pred(r):
            return r
    raise LookupError


def m01_shifted_offset(d):
    d["pos"][0]["secrets"][0]["start"] += 1


def m02_duplicate_id(d):
    d["pos"][5]["id"] = d["pos"][4]["id"]


def m03_positive_value_in_negative(d):
    d["neg"][3]["text"] += "\n" + d["pos"][200]["secrets"][0]["value"] + "\n"


def m04_wrong_evasion_plain(d):
    sp = d["eva"][7]["secrets"][0]
    sp["plain"] = sp["plain"][:-1] + ("x" if sp["plain"][-1] != "x" else "y")


def m05_deny_listed_vendor_style(d):
    r = _first(d, "pos", lambda r: r["source"] == "vendor")
    r["container"] = r["type"] + "__teams_chat_paste"


def m06_deny_listed_negative_class(d):
    d["neg"][0]["class"] = "inline_base64_icons"


def m07_record_span_type_mismatch(d):
    d["pos"][10]["type"] = d["pos"][11]["type"] if d["pos"][11]["type"] != d["pos"][10]["type"] else "x"


def m08_missing_evasion(d):
    del d["eva"][-1]


def m09_prose_value_glued(d):
    r = _first(d, "pos", lambda r: r["source"] == "prose")
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
    sp["start"] -= 1
    sp["end"] -= 1


def m10_value_reused(d):
    a = _first(d, "pos", lambda r: r["source"] == "password" and not r["type"].endswith("_b64"))
    b = d["pos"][-1]
    sp = b["secrets"][0]
    v = a["secrets"][0]["value"]
    b["text"] = b["text"][:sp["start"]] + v + b["text"][sp["end"]:]
    sp["end"] = sp["start"] + len(v)
    sp["value"] = v


def m11_earlier_syntax_name(d):
    r = _first(d, "pos", lambda r: r["source"] == "password")
    t = positional200.PW_PREFIX + "curl_lower_u_colon_pair"
    r["type"] = t
    r["secrets"][0]["type"] = t


def m12_uuid_not_v4(d):
    d["neg"][1]["text"] += "\nref 123e4567-e89b-12d3-a456-426614174000\n"


def m13_deny_listed_language(d):
    r = _first(d, "pos", lambda r: r["source"] == "prose")
    r["container"] = r["container"].split("__")[0] + "__spa"


def m14_adler_broken(d):
    r = _first(d, "pos", lambda r: r["type"] == "parts_locator_api_token")
    sp = r["secrets"][0]
    v = sp["value"]
    nv = v[:-1] + ("0" if v[-1] != "0" else "1")
    r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
    sp["value"] = nv


def m15_bad_vin_in_negative(d):
    r = _first(d, "neg", lambda r: r["class"] == "chassis_and_vin_plate_numbers")
    r["text"] += "\nSAJAA1AB9ACD12345\n" if C.vin_check("SAJAA1AB9ACD12345") != "9" else "\nSAJAA1AB0ACD12345\n"


def m16_hidden_password_in_negative(d):
    d["neg"][9]["text"] += "\n" + d["hidden"][0][1] + "\n"


def m17_jwt_payload_not_json(d):
    r = _first(d, "pos", lambda r: r["type"] == "rally_timing_device_jwt")
    sp = r["secrets"][0]
    h, p, s = sp["value"].split(".")
    nv = h + ".eyJub3QganNvbg." + s
    r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
    sp["end"] = sp["start"] + len(nv)
    sp["value"] = nv


def m18_deny_listed_container_kind(d):
    r = _first(d, "pos", lambda r: r["source"] == "everyday")
    r["container"] = "fair_ops_fish_history"


MUTATIONS = [m01_shifted_offset, m02_duplicate_id, m03_positive_value_in_negative, m04_wrong_evasion_plain,
             m05_deny_listed_vendor_style, m06_deny_listed_negative_class, m07_record_span_type_mismatch,
             m08_missing_evasion, m09_prose_value_glued, m10_value_reused, m11_earlier_syntax_name, m12_uuid_not_v4,
             m13_deny_listed_language, m14_adler_broken, m15_bad_vin_in_negative, m16_hidden_password_in_negative,
             m17_jwt_payload_not_json, m18_deny_listed_container_kind]


def run_mutations(data, deny, base_errs):
    base = set(base_errs)
    results = []
    for m in MUTATIONS:
        d = copy.deepcopy(data)
        m(d)
        new = set(checks200.run_all(d, deny)) - base
        results.append((m.__name__, bool(new)))
    return results


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    status = "brief directory absent; frozen list used"
    errs = []
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist(C.BRIEF_DIR)
        if fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
            status = "re-extracted from %s and DIFFERENT" % C.BRIEF_DIR
        else:
            status = "re-extracted from %s and identical" % C.BRIEF_DIR
    return frozen, status, errs


def main(argv):
    if "--freeze" in argv:
        dl = C.extract_denylist(C.BRIEF_DIR)
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(dl, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(dl["names"]), len(dl["syntaxes"]), len(dl["language_codes"]), len(dl["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    frozen, deny_status, errs = load_deny()
    deny = C.prepare_deny(frozen)
    a = generate()
    b = generate()
    blobs_a = [jsonl(a["pos"]), jsonl(a["eva"]), jsonl(a["neg"])]
    blobs_b = [jsonl(b["pos"]), jsonl(b["eva"]), jsonl(b["neg"])]
    if blobs_a != blobs_b:
        errs.append("two in-process generations differ")
    check_errs = checks200.run_all(a, deny)
    errs += check_errs
    muts = run_mutations(a, deny, check_errs)
    for name, caught in muts:
        if not caught:
            errs.append("mutation test %s not caught" % name)
    ra = readme200.render(a, frozen, deny_status, muts)
    rb = readme200.render(b, frozen, deny_status, muts)
    if ra != rb:
        errs.append("README renders differ")
    if errs:
        for e in errs[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, blob in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], blobs_a):
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(blob)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(ra)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(frozen, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d positives, %d evasions, %d negatives; %d/%d mutations caught; deny-list %s"
          % (len(a["pos"]), len(a["eva"]), len(a["neg"]), sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
