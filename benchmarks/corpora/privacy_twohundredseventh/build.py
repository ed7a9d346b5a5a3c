#!/usr/bin/env python3
"""Build the p207 held-out credential corpus.

python3 build.py [outdir]   generate twice, check, mutation-test, then write
python3 build.py --freeze   re-extract brief_names.json from /tmp/brief207/
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks207  # noqa: E402
import everyday207  # noqa: E402
import evasions207  # noqa: E402
import negatives207  # noqa: E402
import positional207  # noqa: E402
import prose207  # noqa: E402
import readme207  # noqa: E402
import vendor207  # noqa: E402
from common207 import Registry, dumps_jsonl, extract_denylist  # noqa: E402

BRIEF_DIR = "/tmp/brief207"
FROZEN = os.path.join(HERE, "brief_names.json")


def load_denylist():
    with open(FROZEN, encoding="utf-8") as fh:
        frozen = json.load(fh)
    status = "frozen copy used (/tmp/brief207 absent)"
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist(BRIEF_DIR)
        if fresh != frozen:
            raise SystemExit("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
        status = "re-extracted from /tmp/brief207 and identical"
    return frozen, status


def generate(deny):
    reg = Registry()
    pos = everyday207.generate(reg, 1)
    pos += vendor207.generate(reg, len(pos) + 1)
    pw, hidden = positional207.generate(reg, len(pos) + 1)
    pos += pw
    pos += prose207.generate(reg, len(pos) + 1)
    ev = evasions207.generate(reg)
    forbidden = [s for s in reg.items if len(s) >= 6] + hidden
    neg = negatives207.generate(forbidden)
    ctx = {
        "deny": deny,
        "hidden": hidden,
        "pw_prefix": positional207.PW_PREFIX,
        "languages": [(c, n) for c, n, _, _ in prose207.LANGS],
        "spares": list(prose207.SPARES),
        "extra_names": ([everyday207.SPARE_CONTAINER] + list(vendor207.SET_ASIDE) + [positional207.PW_PREFIX + s for s in positional207.SET_ASIDE]
                        + [w for w, _, _ in evasions207.WORDINGS] + [t for t, _, _, _ in evasions207.TYPES]
                        + list(prose207.FORMATS) + [s for s, _ in vendor207.STYLES] + list(positional207.SUFFIX.values())),
        "registry_size": len(reg.items),
    }
    return pos, ev, neg, ctx


def mutations(pos, ev, neg, ctx):
    """Each returns mutated deep copies."""
    def find(recs, pred):
        for r in recs:
            if pred(r):
                return r
        raise LookupError

    def m01(p, e, n, c):
        p[0]["secrets"][0]["start"] += 1

    def m02(p, e, n, c):
        p[1]["id"] = p[0]["id"]

    def m03(p, e, n, c):
        n[0]["text"] += " " + p[5]["secrets"][0]["value"]

    def m04(p, e, n, c):
        e[0]["secrets"][0]["plain"] = "x" + e[0]["secrets"][0]["plain"]

    def m05(p, e, n, c):
        r = find(p, lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__shop_api_dotenv_production"

    def m06(p, e, n, c):
        n[0]["class"] = "scale_plu_and_tare_tables"

    def m07(p, e, n, c):
        p[3]["type"] = p[3]["type"] + "_x"

    def m08(p, e, n, c):
        del e[-1]

    def m09(p, e, n, c):
        r = find(p, lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["end"]] + "," + r["text"][s["end"] + 1:]

    def m10(p, e, n, c):
        a, b = p[200], p[201]
        v = a["secrets"][0]["value"]
        s = b["secrets"][0]
        b["text"] = b["text"][:s["start"]] + v + b["text"][s["end"]:]
        s["value"] = v
        s["end"] = s["start"] + len(v)

    def m11(p, e, n, c):
        r = find(p, lambda r: r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = c["pw_prefix"] + "kinit_stdin_echo"

    def m12(p, e, n, c):
        r = find(p, lambda r: r["type"] == "ebike_battery_telemetry_token")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m13(p, e, n, c):
        n[2]["text"] += "\nrequest id 123e4567-e89b-12d3-a456-426614174000\n"

    def m14(p, e, n, c):
        c["languages"] = c["languages"] + [("eng", "English")]

    def m15(p, e, n, c):
        r = find(n, lambda r: r["class"] == "tracker_imeis_and_sim_iccids" and ",35" in r["text"])
        i = r["text"].index(",35") + 5
        d = r["text"][i]
        r["text"] = r["text"][:i] + str((int(d) + 1) % 10) + r["text"][i + 1:]

    def m16(p, e, n, c):
        n[3]["text"] += "\n" + c["hidden"][0]

    def m17(p, e, n, c):
        n[4]["text"] += "\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJub3Rqc29u.c2ln\n"

    def m18(p, e, n, c):
        r = find(e, lambda r: r["encoding"] == "cumulative_sum_code_points")
        s = r["secrets"][0]
        nv = " ".join(reversed(s["value"].split(" ")))
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m19(p, e, n, c):
        r = find(p, lambda r: r["type"] == "parts_order_api_key")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:9] + ("a" if v[9] != "a" else "b") + v[10:]
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m20(p, e, n, c):
        r = find(p, lambda r: "fixed_width" in r["type"])
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"]] + " " + r["text"][s["start"]:]
        s["start"] += 1
        s["end"] += 1

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
            ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
            ("m10_value_reused", m10), ("m11_earlier_syntax_name", m11), ("m12_adler32_broken", m12),
            ("m13_uuid_not_v4", m13), ("m14_deny_listed_language", m14), ("m15_bad_luhn_in_imei", m15),
            ("m16_hidden_password_in_negative", m16), ("m17_jwt_payload_not_json", m17), ("m18_evasion_run_undecodable", m18),
            ("m19_crc16_broken", m19), ("m20_fixed_width_column_shift", m20)]


def run_mutations(pos, ev, neg, ctx, clean_errors):
    results = []
    base = set(clean_errors)
    for name, fn in mutations(pos, ev, neg, ctx):
        p, e, n, c = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg), copy.deepcopy(ctx)
        fn(p, e, n, c)
        errs = set(checks207.check_all(p, e, n, c))
        results.append((name, bool(errs - base)))
    return results


def main(argv):
    if "--freeze" in argv:
        d = extract_denylist(BRIEF_DIR)
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names"
              % (len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    args = [a for a in argv if not a.startswith("--")]
    outdir = args[0] if args else HERE
    deny, deny_status = load_denylist()

    g1 = generate(deny)
    g2 = generate(deny)
    files1 = [dumps_jsonl(x) for x in g1[:3]]
    files2 = [dumps_jsonl(x) for x in g2[:3]]
    errors = []
    if files1 != files2:
        errors.append("determinism: the two generations differ")
    pos, ev, neg, ctx = g1
    errors += checks207.check_all(pos, ev, neg, ctx)
    muts = run_mutations(pos, ev, neg, ctx, errors)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: %s" % name)
    info = {"deny_status": deny_status, "mutations": muts}
    readme1 = readme207.render(pos, ev, neg, ctx, info)
    readme2 = readme207.render(g2[0], g2[1], g2[2], g2[3], info)
    if readme1 != readme2:
        errors.append("determinism: README renders differ")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s); nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, data in (("secrets.jsonl", files1[0]), ("evasions.jsonl", files1[1]), ("negatives.jsonl", files1[2]),
                     ("README.md", readme1)):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as fh:
            fh.write(data)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s (mutation tests %d/%d caught)"
          % (len(pos), len(ev), len(neg), outdir, sum(1 for _, c in muts if c), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
