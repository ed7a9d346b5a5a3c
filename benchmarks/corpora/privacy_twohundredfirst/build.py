#!/usr/bin/env python3
"""Build the p201 held-out credential corpus.

python3 build.py [outdir]     generate twice, check, run mutation tests, then write
python3 build.py --freeze     re-extract the deny-list from /tmp/brief201/ into brief_names.json
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks201  # noqa: E402
import everyday201  # noqa: E402
import evasions201  # noqa: E402
import negatives201  # noqa: E402
import positional201  # noqa: E402
import prose201  # noqa: E402
import readme201  # noqa: E402
import vendor201  # noqa: E402
from common201 import BRIEF_DIR, Registry, extract_denylist, load_frozen  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate_all():
    reg = Registry()
    secrets = everyday201.generate(reg, 1)
    secrets += vendor201.generate(reg, len(secrets) + 1)
    secrets += positional201.generate(reg, len(secrets) + 1)
    secrets += prose201.generate(reg, len(secrets) + 1)
    hidden = {}
    for r in secrets:
        if "_hidden" in r:
            hidden[r["id"]] = r.pop("_hidden")
    evasions = evasions201.generate(reg, 1)
    negatives = negatives201.generate(reg)
    return secrets, evasions, negatives, hidden, reg


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def deny_status():
    frozen = load_frozen(FROZEN)
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist(BRIEF_DIR)
        if fresh != frozen:
            return frozen, "re-extracted from %s and DIFFERENT" % BRIEF_DIR, False
        return frozen, "re-extracted from %s and identical" % BRIEF_DIR, True
    return frozen, "%s absent; frozen copy used" % BRIEF_DIR, True


def mutations(secrets, evasions, negatives, meta):
    """Each mutation works on deep copies and must add an error the clean data does not have."""
    base = set(checks201.check_all(secrets, evasions, negatives, meta))
    out = []

    def run(name, fn):
        s, e, n, m = copy.deepcopy(secrets), copy.deepcopy(evasions), copy.deepcopy(negatives), copy.deepcopy(meta)
        fn(s, e, n, m)
        m["deny"]["_nameset"] = set(m["deny"]["names"])
        new = set(checks201.check_all(s, e, n, m)) - base
        out.append((name, bool(new)))

    def m01(s, e, n, m):
        s[3]["secrets"][0]["start"] += 1

    def m02(s, e, n, m):
        s[10]["id"] = s[9]["id"]

    def m03(s, e, n, m):
        n[5]["text"] += "\nold value: " + s[200]["secrets"][0]["value"] + "\n"

    def m04(s, e, n, m):
        e[7]["secrets"][0]["plain"] = e[8]["secrets"][0]["plain"]

    def m05(s, e, n, m):
        r = [x for x in s if x["source"] == "vendor"][4]
        r["container"] = r["type"] + "__dotenv_file"

    def m06(s, e, n, m):
        for x in n:
            if x["class"] == "redacted_values_in_till_logs":
                x["class"] = "bcrypt_and_argon2id_hash_strings"

    def m07(s, e, n, m):
        s[20]["type"] = "game_library_admin_password_x"

    def m08(s, e, n, m):
        del e[-1]

    def m09(s, e, n, m):
        r = [x for x in s if x["source"] == "prose"][0]
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1

    def m10(s, e, n, m):
        a, b = s[30], s[31]
        sp = b["secrets"][0]
        v = a["secrets"][0]["value"]
        b["text"] = b["text"][:sp["start"]] + v + b["text"][sp["end"]:]
        sp["value"], sp["end"] = v, sp["start"] + len(v)

    def m11(s, e, n, m):
        r = [x for x in s if x["source"] == "password"][0]
        r["type"] = r["secrets"][0]["type"] = "meeplepw_curl_lower_u_colon_pair"

    def m12(s, e, n, m):
        r = [x for x in s if x["type"] == "buylist_pricing_api_token"][0]
        sp = r["secrets"][0]
        v = sp["value"]
        v2 = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"].replace(v, v2)
        sp["value"] = v2

    def m13(s, e, n, m):
        for x in n:
            if x["class"] == "organised_play_player_ids_and_match_ids" and "match_id" in x["text"]:
                i = x["text"].index("match_id") + 12
                u = x["text"][i:i + 36]
                x["text"] = x["text"].replace(u, u[:14] + "1" + u[15:])
                break

    def m14(s, e, n, m):
        m["languages"][0] = ("fra", "French")

    def m15(s, e, n, m):
        import re
        for x in n:
            if x["class"] == "convention_badge_numbers_damm_checked":
                num = re.findall(r"\b\d{8}\b", x["text"])[0]
                x["text"] = x["text"].replace(num, num[:7] + str((int(num[7]) + 1) % 10))
                break

    def m16(s, e, n, m):
        n[0]["text"] += "\n" + next(iter(m["hidden"].values())) + "\n"

    def m17(s, e, n, m):
        r = [x for x in s if x["type"] == "organised_play_session_jwt"][0]
        sp = r["secrets"][0]
        h, p, g = sp["value"].split(".")
        v2 = h + "." + "eyJub3QganNvbg" + "." + g
        r["text"] = r["text"].replace(sp["value"], v2)
        sp["value"], sp["end"] = v2, sp["start"] + len(v2)

    for name, fn in [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
                     ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
                     ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
                     ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
                     ("m11_earlier_syntax_name", m11), ("m12_bpx_crc32_broken", m12), ("m13_uuid_not_v4", m13),
                     ("m14_deny_listed_language", m14), ("m15_bad_damm_check_digit", m15),
                     ("m16_hidden_password_in_negative", m16), ("m17_jwt_payload_not_json", m17)]:
        run(name, fn)
    return out


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = extract_denylist(BRIEF_DIR)
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (len(d["names"]), len(d["syntaxes"]),
              len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny, deny_msg, deny_ok = deny_status()
    if not deny_ok:
        errors.append("deny-list: " + deny_msg)
    deny["_nameset"] = set(deny["names"])

    gens = []
    for _ in range(2):
        s, e, n, hidden, reg = generate_all()
        gens.append((s, e, n, hidden, reg))
    s, e, n, hidden, reg = gens[0]
    blobs = [(dump(g[0]), dump(g[1]), dump(g[2])) for g in gens]
    if blobs[0] != blobs[1]:
        errors.append("the two in-process generations differ")

    languages = [(c, nm) for c, nm, _s, _t in prose201.LANGS + prose201.SPARES]
    meta = {"deny": deny, "hidden": hidden, "languages": languages}
    errors += checks201.check_all(s, e, n, meta)
    muts = mutations(s, e, n, meta)
    for name, caught in muts:
        if not caught:
            errors.append("mutation %s not caught" % name)

    info = {"deny_msg": deny_msg, "mutations": muts, "registry": len(reg.items), "deny": deny}
    readmes = [readme201.render(g[0], g[1], g[2], info) for g in gens]
    if readmes[0] != readmes[1]:
        errors.append("README renders differ")

    if errors:
        for x in errors:
            print("ERROR:", x)
        print("nothing written")
        return 1
    os.makedirs(outdir, exist_ok=True)
    files = {"secrets.jsonl": blobs[0][0], "evasions.jsonl": blobs[0][1], "negatives.jsonl": blobs[0][2],
             "README.md": readmes[0]}
    for fn, content in files.items():
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(content)
    if os.path.abspath(outdir) != HERE:
        with open(FROZEN, encoding="utf-8") as f:
            frozen_text = f.read()
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            f.write(frozen_text)
    print("ok: %d secrets, %d evasions, %d negatives, mutations %d/%d caught; deny-list %s" % (
        len(s), len(e), len(n), sum(1 for _, c in muts if c), len(muts), deny_msg))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
