#!/usr/bin/env python3
"""Deterministic builder of the p188 held-out credential corpus (standard library only)."""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks188  # noqa: E402
import common188  # noqa: E402
import everyday188  # noqa: E402
import evasions188  # noqa: E402
import negatives188  # noqa: E402
import positional188  # noqa: E402
import prose188  # noqa: E402
import readme188  # noqa: E402
import vendor188  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def counter(fmt):
    n = [0]

    def nxt():
        n[0] += 1
        return fmt % n[0]
    return nxt


def generate():
    reg = common188.Registry()
    sid = counter("p188-s-%04d")
    sec = everyday188.generate(reg, sid)
    sec += vendor188.generate(reg, sid)
    pw, hidden = positional188.generate(reg, sid)
    sec += pw
    sec += prose188.generate(reg, sid)
    eva = evasions188.generate(reg, counter("p188-e-%04d"))
    neg = negatives188.generate(reg, counter("p188-n-%04d"))
    return {"secrets": sec, "evasions": eva, "negatives": neg, "hidden": hidden, "registry_size": len(reg.items)}


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def prepare_deny(d):
    d = dict(d)
    d["_nameset"] = set(d["names"])
    d["_syntaxset"] = set(d["syntaxes"])
    d["_codeset"] = set(d["language_codes"])
    d["_langset"] = set(d["language_names"])
    return d


def mutations(data, deny, base_errors):
    base = set(base_errors)
    m = []

    def mut(name, fn):
        d = copy.deepcopy(data)
        fn(d)
        new = set(checks188.check_all(d, deny)) - base
        m.append((name, bool(new)))

    def shift(d):
        d["secrets"][5]["secrets"][0]["start"] += 1
    mut("m01_shifted_offset", shift)
    mut("m02_duplicate_id", lambda d: d["secrets"][7].__setitem__("id", d["secrets"][6]["id"]))

    def pos_in_neg(d):
        d["negatives"][3]["text"] += "\nold value: " + d["secrets"][200]["secrets"][0]["value"] + "\n"
    mut("m03_positive_value_in_negative", pos_in_neg)

    def wrong_plain(d):
        d["evasions"][4]["secrets"][0]["plain"] = "Dabber-wrong99"
    mut("m04_wrong_evasion_plain", wrong_plain)

    def deny_container(d):
        r = [x for x in d["secrets"] if x["source"] == "vendor"][0]
        r["container"] = r["type"] + "__marina_ops_doppler_download_json"
    mut("m05_deny_listed_vendor_style", deny_container)
    mut("m06_deny_listed_negative_class", lambda d: d["negatives"][0].__setitem__("class", "imo_numbers_and_mmsi_identities"))

    def type_mismatch(d):
        d["secrets"][10]["type"] = "raffle_backoffice_password_x"
    mut("m07_record_span_type_mismatch", type_mismatch)
    mut("m08_missing_evasion", lambda d: d["evasions"].pop())

    def glue(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        s = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:s["start"] - 1] + t[s["start"]:]
        s["start"] -= 1
        s["end"] -= 1
    mut("m09_prose_value_glued", glue)

    def reuse(d):
        a, b = d["secrets"][20], d["secrets"][21]
        v = a["secrets"][0]["value"]
        sb = b["secrets"][0]
        b["text"] = b["text"][:sb["start"]] + v + b["text"][sb["end"]:]
        sb["end"] = sb["start"] + len(v)
        sb["value"] = v
    mut("m10_value_reused", reuse)

    def deny_enc(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "rot47_printable_ascii"
            r["secrets"][0]["encoding"] = "rot47_printable_ascii"
            r["container"] = "rot47_printable_ascii__" + r["container"].split("__")[1]
    mut("m11_deny_listed_encoding", deny_enc)

    def twice(d):
        r = d["secrets"][30]
        r["text"] += "\n# again: " + r["secrets"][0]["value"] + "\n"
    mut("m12_value_twice_in_text", twice)

    def jwt_bad(d):
        r = [x for x in d["secrets"] if x["type"] == "jackpot_display_feed_jwt"][0]
        s = r["secrets"][0]
        parts = s["value"].split(".")
        parts[1] = "eyJub3QganNvbg"
        v = ".".join(parts)
        r["text"] = r["text"][:s["start"]] + v + r["text"][s["end"]:]
        s["value"], s["end"] = v, s["start"] + len(v)
    mut("m13_jwt_payload_not_json", jwt_bad)

    def deny_lang(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__fra"
    mut("m14_deny_listed_language", deny_lang)

    def earlier_syntax(d):
        r = [x for x in d["secrets"] if x["source"] == "password"][0]
        r["type"] = r["secrets"][0]["type"] = "dabpw_lftp_lower_u_comma_pair"
        r["container"] = "dabpw_lftp_lower_u_comma_pair__bingo_back_office_shell_log"
    mut("m15_earlier_syntax_name", earlier_syntax)

    def dbe_crc(d):
        r = [x for x in d["secrets"] if x["type"] == "dabber_fleet_enrol_token"][0]
        s = r["secrets"][0]
        v = s["value"][:-1] + ("0" if s["value"][-1] != "0" else "1")
        r["text"] = r["text"][:s["start"]] + v + r["text"][s["end"]:]
        s["value"] = v
    mut("m16_dbe_crc16_broken", dbe_crc)

    def uuid_v1(d):
        d["negatives"][-5]["text"] += "\nrequest_id=6f1c2a7e-3b4d-11ef-9a2b-0242ac120002\n"
    mut("m17_uuid_not_v4", uuid_v1)

    def luhn_bad(d):
        r = [x for x in d["negatives"] if x["class"] == "loyalty_card_numbers_with_luhn_digit"][0]
        import re
        num = re.search(r"\b6391\d{12}\b", r["text"]).group(0)
        bad = num[:-1] + str((int(num[-1]) + 1) % 10)
        r["text"] = r["text"].replace(num, bad)
    mut("m18_bad_loyalty_luhn", luhn_bad)

    def hidden_bad(d):
        v, p = d["hidden"][0]
        d["hidden"][0] = (v, p + "x")
    mut("m19_base64_span_hides_other_password", hidden_bad)

    def iban_bad(d):
        r = [x for x in d["negatives"] if x["class"] == "prize_payout_refs_and_iban_checks"][0]
        import re
        ib = re.search(r"\bGB\d{2}[A-Z]{4}\d{14}\b", r["text"]).group(0)
        r["text"] = r["text"].replace(ib, ib[:-1] + str((int(ib[-1]) + 1) % 10))
    mut("m20_bad_iban_check", iban_bad)
    return m


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    outdir = os.path.abspath(args[0]) if args else HERE
    errors = []
    fresh = None
    if os.path.isdir(common188.BRIEF_DIR):
        fresh = common188.extract_denylist()
    if "--freeze" in argv:
        if not fresh:
            print("cannot freeze: %s missing" % common188.BRIEF_DIR)
            return 1
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(fresh, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %s (%d names)" % (FROZEN, len(fresh["names"])))
        return 0
    if not os.path.exists(FROZEN):
        print("missing frozen deny-list; run with --freeze first")
        return 1
    with open(FROZEN, encoding="utf-8") as fh:
        frozen_text = fh.read()
    frozen = json.loads(frozen_text)
    deny_status = "not re-extracted (%s absent)" % common188.BRIEF_DIR
    if fresh is not None:
        if fresh != frozen:
            errors.append("brief_names.json differs from a fresh extraction of %s" % common188.BRIEF_DIR)
            deny_status = "re-extracted from %s and DIFFERENT" % common188.BRIEF_DIR
        else:
            deny_status = "re-extracted from %s and identical" % common188.BRIEF_DIR
    deny = prepare_deny(frozen)

    try:
        g1 = generate()
        g2 = generate()
    except Exception as ex:  # generation failure is a build failure
        print("generation failed: %r" % ex)
        return 1
    out1 = {k: jsonl(g1[k]) for k in ("secrets", "evasions", "negatives")}
    out2 = {k: jsonl(g2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in out1:
        if out1[k].encode("utf-8") != out2[k].encode("utf-8"):
            errors.append("non-deterministic output: %s.jsonl" % k)
    base = checks188.check_all(g1, deny)
    errors += base
    muts = mutations(g1, deny, base)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: %s" % name)
    meta = {"deny": frozen, "deny_status": deny_status, "mutations": muts}
    r1 = readme188.render(g1, meta)
    r2 = readme188.render(g2, meta)
    if r1 != r2:
        errors.append("README differs between generations")
    if errors:
        print("BUILD FAILED - nothing written:")
        for e in errors[:200]:
            print("  - " + e)
        if len(errors) > 200:
            print("  ... %d more" % (len(errors) - 200))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k in out1:
        with open(os.path.join(outdir, k + ".jsonl"), "w", encoding="utf-8") as fh:
            fh.write(out1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(os.path.join(outdir, "brief_names.json")) != os.path.abspath(FROZEN):
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            fh.write(frozen_text)
    print("wrote %s: secrets %d, evasions %d, negatives %d; mutation tests %d/%d caught; deny-list %s" % (
        outdir, len(g1["secrets"]), len(g1["evasions"]), len(g1["negatives"]), sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
