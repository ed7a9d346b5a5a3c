#!/usr/bin/env python3
"""Build the p189 held-out credential corpus.

    python3 build.py [outdir]     generate twice, check, run mutation tests, then write
    python3 build.py --freeze     re-extract brief_names.json from /tmp/brief189/

Python 3 standard library only; fixed seeds; no clock; no network. On any failure nothing is written."""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks189  # noqa: E402
import common189 as C  # noqa: E402
import everyday189  # noqa: E402
import evasions189  # noqa: E402
import negatives189  # noqa: E402
import positional189  # noqa: E402
import prose189  # noqa: E402
import readme189  # noqa: E402
import vendor189  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    secrets = everyday189.generate(reg, 1)
    secrets += vendor189.generate(reg, len(secrets) + 1)
    pw_recs, hidden = positional189.generate(reg, len(secrets) + 1)
    secrets += pw_recs
    secrets += prose189.generate(reg, len(secrets) + 1)
    evasions = evasions189.generate(reg, 1)
    negatives = negatives189.generate(reg)
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "hidden": hidden,
            "registry_size": len(reg.items)}


def serialise(data):
    return {"secrets.jsonl": C.dumps_jsonl(data["secrets"]),
            "evasions.jsonl": C.dumps_jsonl(data["evasions"]),
            "negatives.jsonl": C.dumps_jsonl(data["negatives"])}


def load_deny():
    status = ""
    frozen = None
    if os.path.exists(DENY_FILE):
        with open(DENY_FILE, encoding="utf-8") as fh:
            frozen = json.load(fh)
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if frozen is None:
            raise SystemExit("brief_names.json missing; run with --freeze first")
        if fresh != frozen:
            raise SystemExit("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
        status = "re-extracted from %s and identical" % C.BRIEF_DIR
    else:
        if frozen is None:
            raise SystemExit("no brief directory and no frozen brief_names.json")
        status = "%s absent; frozen copy used" % C.BRIEF_DIR
    return frozen, status


# ---------------------------------------------------------------- mutation tests
def _find(data, pred, key="secrets"):
    for i, r in enumerate(data[key]):
        if pred(r):
            return i
    raise RuntimeError("mutation target not found")


def _set_value(rec, newv):
    sp = rec["secrets"][0]
    rec["text"] = rec["text"][:sp["start"]] + newv + rec["text"][sp["end"]:]
    sp["value"] = newv
    sp["end"] = sp["start"] + len(newv)


def m01(d):
    d["secrets"][3]["secrets"][0]["start"] += 1


def m02(d):
    d["secrets"][5]["id"] = d["secrets"][4]["id"]


def m03(d):
    d["negatives"][7]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]


def m04(d):
    d["evasions"][10]["secrets"][0]["plain"] += "x"


def m05(d):
    i = _find(d, lambda r: r["source"] == "vendor")
    d["secrets"][i]["container"] = d["secrets"][i]["type"] + "__range_app_dotenv_production"


def m06(d):
    d["negatives"][0]["class"] = "password_guidance_without_values"


def m07(d):
    d["secrets"][9]["secrets"][0]["type"] = "something_else"


def m08(d):
    del d["evasions"][-1]


def m09(d):
    i = _find(d, lambda r: r["source"] == "prose")
    r = d["secrets"][i]
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
    sp["start"] -= 1
    sp["end"] -= 1


def m10(d):
    _set_value(d["secrets"][20], d["secrets"][21]["secrets"][0]["value"])


def m11(d):
    r = d["secrets"][30]
    r["text"] += "\n# again: " + r["secrets"][0]["value"] + "\n"


def m12(d):
    i = _find(d, lambda r: r["type"] == "door_app_service_jwt_hs512")
    v = d["secrets"][i]["secrets"][0]["value"]
    h, p, s = v.split(".")
    _set_value(d["secrets"][i], h + "." + C.b64url(b"not json at all") + "." + s)


def m13(d):
    for r in d["evasions"][:3]:
        r["encoding"] = "rot47_printable_rotation"
        r["secrets"][0]["encoding"] = "rot47_printable_rotation"


def m14(d):
    i = _find(d, lambda r: r["source"] == "prose")
    d["secrets"][i]["container"] = d["secrets"][i]["container"].split("__")[0] + "__fra"


def m15(d):
    i = _find(d, lambda r: r["source"] == "password")
    r = d["secrets"][i]
    r["type"] = r["secrets"][0]["type"] = "clubpw_lftp_lower_u_user_comma_pair"
    r["container"] = r["type"] + "__venue_ops_terminal_history"


def m16(d):
    i = _find(d, lambda r: r["class"] == "table_booking_refs_with_verhoeff_digit", "negatives")
    t = d["negatives"][i]["text"]
    j = t.index("TB-") + 12
    d["negatives"][i]["text"] = t[:j] + str((int(t[j]) + 1) % 10) + t[j + 1:]


def m17(d):
    i = _find(d, lambda r: r["class"] == "door_scanner_device_and_request_ids", "negatives")
    t = d["negatives"][i]["text"]
    u = C.UUID_RE.search(t).group(0)
    d["negatives"][i]["text"] = t.replace(u, u[:14] + "1" + u[15:])


def m18(d):
    i = _find(d, lambda r: r["class"] == "promoter_payout_ibans_and_invoice_refs", "negatives")
    t = d["negatives"][i]["text"]
    j = t.index("GB") + 2
    d["negatives"][i]["text"] = t[:j] + ("%02d" % ((int(t[j:j + 2]) + 1) % 100)) + t[j + 2:]


def m19(d):
    i = _find(d, lambda r: r["type"] == "github_oauth_access_token")
    v = d["secrets"][i]["secrets"][0]["value"]
    _set_value(d["secrets"][i], v[:-1] + ("A" if v[-1] != "A" else "B"))


def m20(d):
    i = _find(d, lambda r: r["type"] == "clubpw_smtp_auth_plain_single_line_b64")
    _set_value(d["secrets"][i], C.b64("\0someone\0not a password".encode()))


MUTATIONS = [
    ("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
    ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
    ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
    ("m10_value_reused", m10), ("m11_value_twice_in_text", m11), ("m12_jwt_payload_not_json", m12),
    ("m13_deny_listed_encoding", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
    ("m16_bad_verhoeff_digit", m16), ("m17_uuid_not_v4", m17), ("m18_bad_iban_check_digits", m18),
    ("m19_bad_github_crc32_tail", m19), ("m20_base64_span_hides_bad_password", m20),
]


def run_mutations(data, deny, clean_errs):
    results = []
    base = set(clean_errs)
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        errs = set(checks189.check_all(d, deny))
        results.append((name, bool(errs - base)))
    return results


def main(argv):
    if argv[1:2] == ["--freeze"]:
        deny = C.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names"
              % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
        return 0
    outdir = os.path.abspath(argv[1]) if len(argv) > 1 else HERE
    frozen, deny_status = load_deny()
    deny = C.prepare_deny(frozen)
    errors = []
    d1 = generate()
    d2 = generate()
    s1, s2 = serialise(d1), serialise(d2)
    for k in s1:
        if s1[k] != s2[k]:
            errors.append("non-deterministic output: %s" % k)
    clean = checks189.check_all(d1, deny)
    errors += clean
    muts = run_mutations(d1, deny, clean)
    for name, caught in muts:
        if not caught:
            errors.append("mutation %s was not caught" % name)
    info = {"deny_status": deny_status, "mutations": muts, "deny": frozen}
    r1 = readme189.render(d1, info)
    r2 = readme189.render(d2, info)
    if r1 != r2:
        errors.append("README rendering is not deterministic")
    if errors:
        print("BUILD FAILED (%d errors); nothing written" % len(errors))
        for e in errors[:80]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, v in s1.items():
        with open(os.path.join(outdir, k), "w", encoding="utf-8") as fh:
            fh.write(v)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(frozen, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutations caught; deny-list %s"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
