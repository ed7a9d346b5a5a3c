#!/usr/bin/env python3
"""Deterministic builder for corpus p205 (privacy_twohundredfifth).

python3 build.py [outdir]   generate twice, check, mutation-test, then write
python3 build.py --freeze   re-extract brief_names.json from /tmp/brief205/
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks205  # noqa: E402
import common205  # noqa: E402
import evasions205  # noqa: E402
import everyday205  # noqa: E402
import negatives205  # noqa: E402
import positional205  # noqa: E402
import prose205  # noqa: E402
import readme205  # noqa: E402
import vendor205  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def counter(kind):
    n = [0]

    def nxt():
        n[0] += 1
        return f"p205-{kind}-{n[0]:04d}"
    return nxt


def generate_all():
    reg = common205.Registry()
    ns = counter("s")
    recs = []
    recs += everyday205.generate(reg, ns)
    recs += vendor205.generate(reg, ns)
    pw = positional205.generate(reg, ns)
    hidden = {}
    for r in pw:
        plain = r.pop("_plain")
        r.pop("_cat")
        if plain != r["secrets"][0]["value"]:
            hidden[r["id"]] = plain
    recs += pw
    recs += prose205.generate(reg, ns)
    evs = evasions205.generate(reg, counter("e"))
    forbidden = [r["secrets"][0]["value"] for r in recs + evs] + \
                [r["secrets"][0]["plain"] for r in evs] + list(hidden.values())
    negs = negatives205.generate(counter("n"), forbidden)
    return {"secrets": recs, "evasions": evs, "negatives": negs, "hidden": hidden,
            "registry_size": len(reg.items)}


def serialise(data):
    return {
        "secrets.jsonl": common205.dumps_jsonl(data["secrets"]),
        "evasions.jsonl": common205.dumps_jsonl(data["evasions"]),
        "negatives.jsonl": common205.dumps_jsonl(data["negatives"]),
    }


def load_deny(errors):
    with open(DENY_FILE, encoding="utf-8") as f:
        frozen = json.load(f)
    status = "frozen copy used (/tmp/brief205 not present)"
    if os.path.isdir(common205.BRIEF_DIR):
        fresh = common205.extract_denylist()
        if fresh != frozen:
            errors.append("brief_names.json differs from a fresh extraction of /tmp/brief205")
            status = "re-extracted from /tmp/brief205 and DIFFERENT"
        else:
            status = "re-extracted from /tmp/brief205 and identical"
    return common205.prepare_deny(frozen), frozen, status


# ---------------------------------------------------------------------------- mutation tests
def _first(data, source):
    return next(r for r in data["secrets"] if r["source"] == source)


def m01_shifted_offset(d):
    d["secrets"][0]["secrets"][0]["start"] += 1


def m02_duplicate_id(d):
    d["secrets"][1]["id"] = d["secrets"][0]["id"]


def m03_positive_value_in_negative(d):
    d["negatives"][0]["text"] += " " + d["secrets"][5]["secrets"][0]["value"]


def m04_wrong_evasion_plain(d):
    d["evasions"][0]["secrets"][0]["plain"] = "Brisket-zz9x00"


def m05_deny_listed_vendor_style(d):
    r = _first(d, "vendor")
    r["container"] = r["type"] + "__cafe_owner_slack_dm_paste"


def m06_deny_listed_negative_class(d):
    d["negatives"][0]["class"] = "sops_and_ansible_vault_ciphertext"


def m07_record_span_type_mismatch(d):
    d["secrets"][3]["type"] = "something_else"


def m08_missing_evasion(d):
    d["evasions"].pop()


def m09_prose_value_glued(d):
    r = _first(d, "prose")
    s = r["secrets"][0]
    r["text"] = r["text"][:s["end"]] + "," + r["text"][s["end"] + 1:]


def m10_value_reused(d):
    a, b = d["secrets"][0], d["secrets"][1]
    v = a["secrets"][0]["value"]
    sb = b["secrets"][0]
    b["text"] = b["text"][:sb["start"]] + v + b["text"][sb["end"]:]
    sb["end"] = sb["start"] + len(v)
    sb["value"] = v


def m11_earlier_syntax_name(d):
    r = _first(d, "password")
    r["type"] = r["secrets"][0]["type"] = positional205.PW_PREFIX + "sshpass_lower_p_flag"


def m12_fletcher_broken(d):
    r = next(x for x in d["secrets"] if x["type"] == "scale_fleet_sync_token")
    s = r["secrets"][0]
    v = s["value"]
    nv = v[:-1] + ("0" if v[-1] != "0" else "1")
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"] = nv


def m13_uuid_not_v4(d):
    d["negatives"][0]["text"] += "\nref 123e4567-e89b-12d3-a456-426614174000"


def m14_deny_listed_language(d):
    r = _first(d, "prose")
    r["container"] = r["container"].split("__")[0] + "__deu"


def m15_bad_gs1_check_digit(d):
    n = next(x for x in d["negatives"] if x["class"] == "gs1_sscc_and_gtin14_case_labels")
    n["text"] += "\nSSCC 005060123456789010"
    # force a wrong digit
    body = "00506012345678901"
    wrong = str((int(common205.gs1_check(body)) + 1) % 10)
    n["text"] = n["text"].replace("005060123456789010", body + wrong)


def m16_hidden_password_in_negative(d):
    if d["hidden"]:
        d["negatives"][1]["text"] += " " + next(iter(d["hidden"].values()))


def m17_jwt_payload_not_json(d):
    r = next(x for x in d["secrets"] if x["type"] == "catch_log_session_jwt")
    s = r["secrets"][0]
    h, p, sig = s["value"].split(".")
    nv = h + ".eyJub3QganNvbg." + sig
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"] = nv
    s["end"] = s["start"] + len(nv)


def m18_evasion_run_undecodable(d):
    r = next(x for x in d["evasions"] if x["encoding"] == "cubed_code_points")
    s = r["secrets"][0]
    nv = s["value"] + "1"
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"] = nv
    s["end"] += 1


MUTATIONS = [m01_shifted_offset, m02_duplicate_id, m03_positive_value_in_negative, m04_wrong_evasion_plain,
             m05_deny_listed_vendor_style, m06_deny_listed_negative_class, m07_record_span_type_mismatch,
             m08_missing_evasion, m09_prose_value_glued, m10_value_reused, m11_earlier_syntax_name,
             m12_fletcher_broken, m13_uuid_not_v4, m14_deny_listed_language, m15_bad_gs1_check_digit,
             m16_hidden_password_in_negative, m17_jwt_payload_not_json, m18_evasion_run_undecodable]


def run_mutations(data, deny, base_errs):
    results = []
    base = set(base_errs)
    for m in MUTATIONS:
        d = copy.deepcopy(data)
        m(d)
        errs = set(checks205.run_all(d, deny))
        results.append((m.__name__, bool(errs - base)))
    return results


def main(argv):
    if "--freeze" in argv:
        deny = common205.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"froze {len(deny['names'])} names, {len(deny['syntaxes'])} syntaxes")
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny, frozen, deny_status = load_deny(errors)

    d1 = generate_all()
    d2 = generate_all()
    s1, s2 = serialise(d1), serialise(d2)
    if s1 != s2:
        errors.append("two in-process generations differ")

    errs = checks205.run_all(d1, deny)
    errors += errs
    mut = run_mutations(d1, deny, errs)
    for name, caught in mut:
        if not caught:
            errors.append(f"mutation {name} not caught")

    info = {"deny_status": deny_status, "mutations": mut, "frozen": frozen}
    r1 = readme205.render(d1, info)
    r2 = readme205.render(d2, info)
    if r1 != r2:
        errors.append("README renders differ between generations")

    if errors:
        print(f"{len(errors)} error(s); nothing written:")
        for e in errors[:80]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, content in s1.items():
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(content)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(frozen, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"ok: {len(d1['secrets'])} secrets, {len(d1['evasions'])} evasions, {len(d1['negatives'])} negatives; "
          f"{sum(c for _, c in mut)}/{len(mut)} mutations caught; deny-list {deny_status}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
