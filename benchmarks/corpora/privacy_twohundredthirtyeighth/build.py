#!/usr/bin/env python3
"""Build corpus p238 (photographers). Usage: python3 build.py [outdir] | python3 build.py --freeze

Generates everything twice in one process, compares bytes, runs all checks and mutation tests, renders the
README twice, and only then writes secrets.jsonl, evasions.jsonl, negatives.jsonl, README.md and
brief_names.json. On any failure it prints the errors, writes nothing and exits 1.
"""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common238  # noqa: E402
from common238 import PREFIX, Registry, extract_denylist, BRIEF_DIR  # noqa: E402
import everyday238  # noqa: E402
import vendor238  # noqa: E402
import positional238  # noqa: E402
import prose238  # noqa: E402
import evasions238  # noqa: E402
import negatives238  # noqa: E402
import checks238  # noqa: E402
import readme238  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def counter(tag):
    n = [0]

    def nxt():
        n[0] += 1
        return f"{PREFIX}-{tag}-{n[0]:04d}"
    return nxt


def generate():
    reg = Registry()
    sid = counter("s")
    hidden = []
    secrets = []
    secrets += everyday238.generate(reg, sid)
    secrets += vendor238.generate(reg, sid)
    secrets += positional238.generate(reg, sid, hidden)
    secrets += prose238.generate(reg, sid)
    evasions = evasions238.generate(reg, counter("e"))
    negatives = negatives238.generate(list(reg.secret_items), counter("n"))
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "hidden": hidden,
            "registry_size": len(reg.items), "secret_strings": list(reg.secret_items),
            "public_count": len(reg.items) - len(reg.secret_items)}


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def load_deny():
    errs = []
    frozen = None
    if os.path.exists(DENY_FILE):
        with open(DENY_FILE, encoding="utf-8") as f:
            frozen = json.load(f)
    status = "frozen copy only (/tmp/brief238 absent)"
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if frozen is None:
            errs.append("brief_names.json missing; run --freeze")
            frozen = fresh
        elif fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of /tmp/brief238")
        status = "re-extracted from /tmp/brief238 and identical" if not errs else "re-extracted and DIFFERENT"
    elif frozen is None:
        errs.append("no deny-list available")
    return frozen, errs, status


# ---- mutation tests ----------------------------------------------------------------------
def _first(data, source):
    return next(r for r in data["secrets"] if r["source"] == source)


def m01(d):
    d["secrets"][0]["secrets"][0]["start"] += 1


def m02(d):
    d["secrets"][1]["id"] = d["secrets"][0]["id"]


def m03(d):
    d["negatives"][0]["text"] += "\n" + d["secrets"][5]["secrets"][0]["value"]


def m04(d):
    d["evasions"][0]["secrets"][0]["plain"] += "x"


def m05(d):
    r = _first(d, "vendor")
    r["container"] = r["type"] + "__bakehouse_dotenv_file"


def m06(d):
    d["negatives"][0]["class"] = "git_commit_and_build_ids"


def m07(d):
    d["secrets"][3]["type"] = d["secrets"][4]["type"] + "_x"


def m08(d):
    d["evasions"].pop()


def m09(d):
    r = _first(d, "prose")
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
    s["start"] -= 1
    s["end"] -= 1


def m10(d):
    a = d["secrets"][10]
    b = d["secrets"][200]
    v = a["secrets"][0]["value"]
    sb = b["secrets"][0]
    b["text"] = b["text"][:sb["start"]] + v + b["text"][sb["end"]:]
    sb["end"] = sb["start"] + len(v)
    sb["value"] = v


def _everyday_of(d, typ):
    return next(r for r in d["secrets"] if r["type"] == typ)


def _replace_value(r, new):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + new + r["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def m11(d):
    r = _everyday_of(d, "gallery_webhook_verhoeff_key")
    v = r["secrets"][0]["value"]
    digit = v[15]
    _replace_value(r, v[:15] + str((int(digit) + 1) % 10) + v[16:])


def m12(d):
    r = _everyday_of(d, "lab_order_crc32_token")
    v = r["secrets"][0]["value"]
    _replace_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))


def m13(d):
    d["negatives"][20]["text"] += "\nref 6f1c2d3e-4a5b-1c7d-8e9f-0a1b2c3d4e5f"


def m14(d):
    r = _first(d, "prose")
    r["container"] = r["container"].split("__")[0] + "__cym"


def m15(d):
    r = _first(d, "password")
    r["type"] = positional238.PW_PREFIX + "curl_lower_u_user_colon_pair"
    r["secrets"][0]["type"] = r["type"]
    r["container"] = r["type"] + "__" + r["container"].split("__")[1]


def m16(d):
    import re
    r = next(x for x in d["negatives"] if x["class"] == "payment_remittance_references" and re.search(r"routing \d{9}", x["text"]))
    code = re.search(r"routing (\d{9})", r["text"]).group(1)
    r["text"] = r["text"].replace(code, code[:-1] + str((int(code[-1]) + 1) % 10), 1)


def m17(d):
    d["negatives"][3]["text"] += "\nnote: Shutter-ab1c42 was the old one"


def m18(d):
    r = _everyday_of(d, "print_queue_hs512_jwt")
    v = r["secrets"][0]["value"]
    h, p, s = v.split(".")
    _replace_value(r, h + "." + common238.b64u_nopad(b"not json") + "." + s)


def m19(d):
    r = _everyday_of(d, "studio_vpn_wireguard_private_key")
    import base64
    b = bytearray(base64.b64decode(r["secrets"][0]["value"]))
    b[0] |= 1
    _replace_value(r, base64.b64encode(bytes(b)).decode())


def m20(d):
    r = d["evasions"][5]
    s = r["secrets"][0]
    r["text"] = r["text"][:s["end"] - 1] + r["text"][s["end"]:]
    s["value"] = s["value"][:-1]
    s["end"] -= 1


MUTATIONS = [
    ("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
    ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
    ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
    ("m10_value_reused", m10), ("m11_verhoeff_digit_broken", m11), ("m12_crc32_tail_broken", m12),
    ("m13_uuid_not_v4", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
    ("m16_aba_check_broken", m16), ("m17_password_form_in_negative", m17), ("m18_jwt_payload_not_json", m18),
    ("m19_wireguard_clamp_broken", m19), ("m20_evasion_run_truncated", m20),
]


def run_mutations(data, deny):
    results = []
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        errs = checks238.check_all(d, deny, data["secret_strings"])
        results.append((name, bool(errs)))
    return results


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"froze deny-list: {len(d['names'])} names, {len(d['syntaxes'])} syntaxes")
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny, derrs, deny_status = load_deny()
    errors += derrs
    a = generate()
    b = generate()
    files_a = {k: jsonl(a[k]) for k in ("secrets", "evasions", "negatives")}
    files_b = {k: jsonl(b[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files_a:
        if files_a[k] != files_b[k]:
            errors.append(f"non-deterministic: {k}.jsonl differs between two generations")
    if deny is not None:
        errors += checks238.check_all(a, deny, a["secret_strings"])
        muts = run_mutations(a, deny)
        for name, caught in muts:
            if not caught:
                errors.append(f"mutation {name} not caught")
    else:
        muts = []
    readme_a = readme238.render(a, deny, muts, deny_status)
    readme_b = readme238.render(b, deny, muts, deny_status)
    if readme_a != readme_b:
        errors.append("README differs between two generations")
    if errors:
        print(f"BUILD FAILED ({len(errors)} errors); nothing written", file=sys.stderr)
        for e in errors[:200]:
            print("  " + e, file=sys.stderr)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, data in files_a.items():
        with open(os.path.join(outdir, f"{k}.jsonl"), "wb") as f:
            f.write(data)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_a)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {outdir}: secrets {len(a['secrets'])}, evasions {len(a['evasions'])}, negatives {len(a['negatives'])}; "
          f"mutations {sum(c for _, c in muts)}/{len(muts)} caught; deny-list {deny_status}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
