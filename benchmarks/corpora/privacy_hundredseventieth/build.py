#!/usr/bin/env python3
"""Build the p170 held-out credential corpus.

python3 build.py [outdir]   generate twice, check everything, run mutation tests, then write
python3 build.py --freeze   re-extract the deny-list from /tmp/brief170/ into brief_names.json
Standard library only; fixed seeds; no clock; no network. On any failure nothing is written.
"""
import base64
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common170 as C          # noqa: E402
import everyday170             # noqa: E402
import vendor170               # noqa: E402
import positional170           # noqa: E402
import prose170                # noqa: E402
import evasions170             # noqa: E402
import negatives170            # noqa: E402
import readme170               # noqa: E402
from dec170 import decode      # noqa: E402
from enc170 import RULES       # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


# ----------------------------------------------------------------------------- deny-list
def load_deny():
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != frozen:
            raise SystemExit("FAIL: brief_names.json differs from a fresh extraction of " + C.BRIEF_DIR)
    return frozen


# ----------------------------------------------------------------------------- generation
def generate(deny):
    reg = C.Registry()
    names = set(deny["names"])
    pos = everyday170.generate(reg, 1)
    pos += vendor170.generate(reg, len(pos) + 1, names)
    pos += positional170.generate(reg, len(pos) + 1, names)
    pos += prose170.generate(reg, len(pos) + 1, deny)
    ev = evasions170.generate(reg, 1)
    neg = negatives170.generate(list(reg.items), 1)
    return {"secrets": pos, "evasions": ev, "negatives": neg}


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# ----------------------------------------------------------------------------- checks
POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EV_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
EV_SPAN_FIELDS = {"value", "start", "end", "type", "plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
JWT_TYPES = {"immobiliser_tool_session_jwt", "ringcentral_jwt_credential", "monday_com_api_token"}
B64_JSON_PREFIX = {"sntrys_": "sentry", "glc_": "grafana", "ops_": "1password"}


def _b64any(s):
    s = s.replace("-", "+").replace("_", "/")
    return base64.b64decode(s + "=" * (-len(s) % 4))


def check(data, deny):
    errs = []
    E = errs.append
    names = set(deny["names"])
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]

    # ---- ids
    for recs, pre in ((pos, "p170-s-"), (ev, "p170-e-"), (neg, "p170-n-")):
        ids = [r.get("id") for r in recs]
        if ids != [f"{pre}{i:04d}" for i in range(1, len(recs) + 1)]:
            E(f"ids of {pre} not unique and sequential")

    # ---- positives: structure
    all_values = []
    for r in pos:
        if set(r) != POS_FIELDS:
            E(f"{r.get('id')}: fields {sorted(r)}")
            continue
        if len(r["secrets"]) != 1:
            E(f"{r['id']}: not exactly one span")
            continue
        sp = r["secrets"][0]
        if set(sp) != SPAN_FIELDS:
            E(f"{r['id']}: span fields {sorted(sp)}")
        v, t = sp.get("value", ""), r["text"]
        if not v or v != v.strip():
            E(f"{r['id']}: empty value or edge whitespace")
        if t[sp["start"]:sp["end"]] != v:
            E(f"{r['id']}: span does not re-slice")
        if r["type"] != sp["type"]:
            E(f"{r['id']}: record type != span type")
        if t.count(v) != 1:
            E(f"{r['id']}: value occurs {t.count(v)} times in its text")
        if C.SLOT in t or "\0" in t or "PRIVATE KEY" in t:
            E(f"{r['id']}: slot marker / NUL / PRIVATE KEY in text")
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            E(f"{r['id']}: bad source")
        all_values.append(v)

    # ---- evasions: structure and decoding
    plains, runs = [], []
    for r in ev:
        if set(r) != EV_FIELDS or r.get("source") != "evasion" or len(r.get("secrets", [])) != 1:
            E(f"{r.get('id')}: evasion record shape")
            continue
        sp = r["secrets"][0]
        if set(sp) != EV_SPAN_FIELDS:
            E(f"{r['id']}: evasion span fields")
            continue
        t, run, plain, enc = r["text"], sp["value"], sp["plain"], sp["encoding"]
        if t[sp["start"]:sp["end"]] != run or r["type"] != sp["type"]:
            E(f"{r['id']}: evasion span does not re-slice / type mismatch")
        if r["encoding"] != enc:
            E(f"{r['id']}: record and span encoding differ")
        try:
            ok = decode(enc, run) == plain
        except Exception:
            ok = False
        if not ok:
            E(f"{r['id']}: run does not decode to plain")
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", plain):
            E(f"{r['id']}: plain alphabet")
        if plain in t:
            E(f"{r['id']}: plain appears in its own text")
        if t[max(0, sp["start"] - 2):sp["start"]] != ":\n" or t[sp["end"]:sp["end"] + 1] != "\n":
            E(f"{r['id']}: run not on its own line after ':'")
        if enc not in RULES or RULES[enc] not in t[:sp["start"]]:
            E(f"{r['id']}: rule not stated before the run")
        if not r["container"].startswith(enc + "__") or r["container"].split("__")[1] not in evasions170.WORDINGS:
            E(f"{r['id']}: container not <encoding>__<wording>")
        if t.count(run) != 1:
            E(f"{r['id']}: run not exactly once")
        plains.append(plain)
        runs.append(run)

    # ---- reuse and leaks
    every = all_values + runs + plains
    if len(set(every)) != len(every):
        E("a value, run or plain is reused")
    texts = [(r["id"], r["text"]) for r in pos + ev]
    for rid, t in texts:
        own = {rid}
        for r in pos + ev:
            if r["id"] in own:
                continue
            for s in (r["secrets"][0]["value"], r["secrets"][0].get("plain")):
                if s and s in t:
                    E(f"{rid}: contains value / plain of {r['id']}")
    for n in neg:
        for s in every:
            if s in n.get("text", ""):
                E(f"{n.get('id')}: negative contains a positive value, plain or run")
                break

    # ---- negatives
    for n in neg:
        if set(n) != NEG_FIELDS or n.get("source") != "negative":
            E(f"{n.get('id')}: negative shape")
    ntexts = [n.get("text") for n in neg]
    if len(set(ntexts)) != len(ntexts):
        E("duplicate negative texts")
    classes = {n.get("class") for n in neg}
    if len(classes) < 16 or len(neg) < 180:
        E(f"negatives: {len(classes)} classes / {len(neg)} records")

    # ---- counts per source
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ed = by.get("everyday", [])
    if len(ed) != 180 or len({r["type"] for r in ed}) != 12 or len({r["container"] for r in ed}) != 45:
        E("everyday: not 180 records / 12 types / 45 kinds")
    per_kind = {}
    for r in ed:
        per_kind.setdefault(r["container"], []).append(r["type"])
    for k, ts in per_kind.items():
        if len(ts) != 4 or len(set(ts)) != 4:
            E(f"everyday kind {k}: not four different types")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E("vendor: not 120 distinct types")
    for r in vd:
        if r["container"].split("__")[0] != r["type"] or r["container"].split("__")[1] not in vendor170.STYLES:
            E(f"{r['id']}: vendor container not <type>__<style>")
    pw = by.get("password", [])
    syn = [r["type"][len(positional170.PREFIX):] for r in pw]
    if not (95 <= len(pw) <= 120) or len(set(syn)) != len(syn):
        E(f"password: {len(pw)} records / {len(set(syn))} distinct syntaxes")
    earlier = set(deny["syntaxes"])
    for r, s in zip(pw, syn):
        if not r["type"].startswith(positional170.PREFIX) or s in earlier or s in names:
            E(f"{r['id']}: syntax {s} is an earlier one or deny-listed")
        if r["container"] not in {r["type"] + "__" + x for x in positional170.SUFFIX.values()}:
            E(f"{r['id']}: password container")
    pr = by.get("prose", [])
    codes = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(codes)) != 40:
        E("prose: not 40 records in 40 languages")
    langs = {l[0]: l for l in prose170.LANGS}
    for r, code in zip(pr, codes):
        if code not in langs or prose170.lang_denied(code, langs[code][1], set(deny["language_codes"]), set(deny["language_names"])):
            E(f"{r['id']}: language {code} refused")
    if len(ev) != 66 or len({r["encoding"] for r in ev}) != 22:
        E("evasions: not 22 encodings x 3")
    enc_counts = {}
    for r in ev:
        enc_counts[r["encoding"]] = enc_counts.get(r["encoding"], 0) + 1
    if any(c != 3 for c in enc_counts.values()):
        E("evasions: an encoding does not have 3 records")

    # ---- span types pairwise disjoint; non-everyday containers unique
    tsets = {src: {r["type"] for r in recs} for src, recs in by.items()}
    tsets["evasion"] = {r["type"] for r in ev}
    srcs = sorted(tsets)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if tsets[srcs[i]] & tsets[srcs[j]]:
                E(f"span types shared by {srcs[i]} and {srcs[j]}")
    ne = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in ev]
    if len(set(ne)) != len(ne):
        E("non-everyday containers not unique")

    # ---- shapes
    for r in pos:
        v, typ = r["secrets"][0]["value"], r["type"]
        if r["source"] == "everyday" and typ in everyday170.PW_TYPES and not C.PW_RE.match(v):
            E(f"{r['id']}: everyday password shape")
        if r["source"] == "password":
            s = typ[len(positional170.PREFIX):]
            if s in positional170.B64_SYNTAX:
                try:
                    dec = base64.b64decode(v, validate=True).decode()
                    tail = re.split(r"[\0:]", dec)[-1]
                    if not C.PW_RE.match(tail):
                        E(f"{r['id']}: Base64 span does not hold a password")
                except Exception:
                    E(f"{r['id']}: Base64 span not Base64")
            elif not C.PW_RE.match(v):
                E(f"{r['id']}: positional password shape")
        if r["source"] == "prose":
            s, e, t = r["secrets"][0]["start"], r["secrets"][0]["end"], r["text"]
            if not C.PW_RE_PROSE.match(v):
                E(f"{r['id']}: prose password shape")
            if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
                E(f"{r['id']}: prose value not set off by whitespace")
        if vendor_password(typ) and not C.PW_RE.match(v):
            E(f"{r['id']}: vendor password shape")
        for m in C.UUID4_RE.findall(v):
            if not C.is_uuid4(m):
                E(f"{r['id']}: UUID not version 4")
        if (C.JWT_RE.fullmatch(v) or typ in JWT_TYPES) and not C.jwt_ok(v):
            E(f"{r['id']}: JWT header / payload not base64url JSON")
        for pre in ("ghs_", "gho_", "npm_"):
            if v.startswith(pre) and not C.gh_style_ok(v, pre):
                E(f"{r['id']}: {pre} checksum")
        for pre in B64_JSON_PREFIX:
            if v.startswith(pre):
                body = v[len(pre):].split("_")[0] if pre == "sntrys_" else v[len(pre):]
                try:
                    json.loads(_b64any(body))
                except Exception:
                    E(f"{r['id']}: {pre} body not Base64 JSON")
        if v.startswith("sk.") or v.startswith("pypi-"):
            try:
                if v.startswith("sk."):
                    json.loads(_b64any(v.split(".")[1]))
                elif not v.startswith("pypi-AgEIcHlwaS5vcmc"):
                    raise ValueError
            except Exception:
                E(f"{r['id']}: structured token body")
        if typ == "dispatch_invoicing_client_secret" and len(base64.b64decode(v)) != 42:
            E(f"{r['id']}: Base64 length")
        if typ == "lockbox_webhook_signing_secret" and len(_b64any(v[5:])) != 32:
            E(f"{r['id']}: base64url length")
    for r in neg:
        for m in C.UUID4_RE.findall(r["text"]):
            if not C.is_uuid4(m):
                E(f"{r['id']}: negative UUID not version 4")
        for m in re.findall(r"\bVIN ([A-HJ-NPR-Z0-9]{17})\b", r["text"]):
            if not C.vin_ok(m):
                E(f"{r['id']}: VIN check digit")

    # ---- deny-list over every name / label
    labels = []
    labels += [("container", r["container"]) for r in pos + ev]
    labels += [("span type", r["type"]) for r in pos + ev]
    labels += [("syntax", s) for s in syn]
    labels += [("encoding", r["encoding"]) for r in ev]
    labels += [("negative class", n.get("class", "")) for n in neg]
    labels += [("negative container", n.get("container", "")) for n in neg]
    labels += [("style", s) for s in vendor170.STYLES]
    labels += [("suffix", s) for s in positional170.SUFFIX.values()]
    labels += [("prose format", s) for s in prose170.FORMATS]
    labels += [("wording", s) for s in evasions170.WORDINGS]
    labels += [("wrapper", s) for s in negatives170.WRAPPERS]
    seen = set()
    for what, lab in labels:
        if (what, lab) in seen:
            continue
        seen.add((what, lab))
        if C.denied(lab, names):
            E(f"deny-list: {what} {lab}")
    return errs


def vendor_password(typ):
    return any(v[0] == typ and v[3] == "password" for v in vendor170.VENDORS)


# ----------------------------------------------------------------------------- mutation tests
def _retext(rec, new_text, value):
    rec["text"] = new_text
    s = new_text.index(value)
    rec["secrets"][0].update(start=s, end=s + len(value))


def mutations(data, deny):
    def first(src):
        return next(i for i, r in enumerate(data["secrets"]) if r["source"] == src)

    ms = []

    def m01(d):
        d["secrets"][3]["secrets"][0]["start"] += 1
    ms.append(("m01_shifted_offset", m01))

    def m02(d):
        d["secrets"][10]["id"] = d["secrets"][9]["id"]
    ms.append(("m02_duplicate_id", m02))

    def m03(d):
        d["negatives"][7]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]
    ms.append(("m03_positive_value_in_negative", m03))

    def m04(d):
        d["evasions"][5]["secrets"][0]["plain"] += "x"
    ms.append(("m04_wrong_evasion_plain", m04))

    def m05(d):
        d["secrets"][0]["container"] = "route_optimizer_dotenv_production"
    ms.append(("m05_deny_listed_container", m05))

    def m06(d):
        d["negatives"][0]["class"] = "bcrypt_and_argon2_password_hashes"
    ms.append(("m06_deny_listed_negative_class", m06))

    def m07(d):
        d["secrets"][50]["type"] = d["secrets"][51]["type"] + "_x"
    ms.append(("m07_record_span_type_mismatch", m07))

    def m08(d):
        del d["evasions"][-1]
    ms.append(("m08_missing_evasion", m08))

    def m09(d):
        i = first("prose")
        r = d["secrets"][i]
        s = r["secrets"][0]["start"]
        _retext(r, r["text"][:s - 1] + "x" + r["text"][s:], r["secrets"][0]["value"])
    ms.append(("m09_prose_value_glued", m09))

    def m10(d):
        a, b = d["secrets"][20], d["secrets"][21]
        v = a["secrets"][0]["value"]
        s, e = b["secrets"][0]["start"], b["secrets"][0]["end"]
        b["text"] = b["text"][:s] + v + b["text"][e:]
        b["secrets"][0].update(value=v, end=s + len(v))
    ms.append(("m10_value_reused", m10))

    def m11(d):
        d["evasions"][0]["encoding"] = d["evasions"][0]["secrets"][0]["encoding"] = "ascii85_adobe_delimited"
    ms.append(("m11_deny_listed_encoding", m11))

    def m12(d):
        d["secrets"][30]["text"] += "\n" + d["secrets"][30]["secrets"][0]["value"]
    ms.append(("m12_value_twice_in_text", m12))

    def m13(d):
        i = next(i for i, r in enumerate(d["secrets"]) if r["type"] == "immobiliser_tool_session_jwt")
        r = d["secrets"][i]
        v = r["secrets"][0]["value"]
        h, p, sig = v.split(".")
        bad = h + "." + C.b64url(b"not json at all") + "." + sig
        _retext(r, r["text"].replace(v, bad), bad)
        r["secrets"][0]["value"] = bad
    ms.append(("m13_jwt_payload_not_json", m13))

    def m14(d):
        i = first("prose")
        r = d["secrets"][i]
        r["container"] = r["container"].split("__")[0] + "__fra"
    ms.append(("m14_deny_listed_language", m14))

    def m15(d):
        i = first("password")
        r = d["secrets"][i]
        r["type"] = r["secrets"][0]["type"] = "keypw_mysqlsh_uri_userinfo"
        r["container"] = "keypw_mysqlsh_uri_userinfo__" + positional170.SUFFIX["sh"]
    ms.append(("m15_earlier_syntax_name", m15))

    def m16(d):
        i = next(i for i, r in enumerate(d["secrets"]) if r["type"] == "github_app_installation_token")
        r = d["secrets"][i]
        v = r["secrets"][0]["value"]
        bad = v[:-1] + ("A" if v[-1] != "A" else "B")
        _retext(r, r["text"].replace(v, bad), bad)
        r["secrets"][0]["value"] = bad
    ms.append(("m16_bad_github_checksum", m16))

    results = []
    for name, fn in ms:
        d = copy.deepcopy(data)
        fn(d)
        caught = bool(check(d, deny))
        results.append((name, caught))
    return results


# ----------------------------------------------------------------------------- main
def main(argv):
    if "--freeze" in argv:
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(C.extract_denylist(), fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
        print("froze", DENY_FILE)
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny = load_deny()
    d1 = generate(deny)
    d2 = generate(deny)
    b1 = {k: dumps(v) for k, v in d1.items()}
    b2 = {k: dumps(v) for k, v in d2.items()}
    if b1 != b2:
        print("FAIL: two generations differ")
        return 1
    errs = check(d1, deny)
    if errs:
        print("FAIL:", len(errs), "errors")
        for e in errs[:40]:
            print("  ", e)
        return 1
    muts = mutations(d1, deny)
    missed = [n for n, c in muts if not c]
    if missed:
        print("FAIL: mutations not caught:", missed)
        return 1
    meta = {"mutations": muts, "deny": deny}
    r1 = readme170.render(d1, meta)
    r2 = readme170.render(d2, meta)
    if r1 != r2:
        print("FAIL: README renders differ")
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, key in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives")):
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(b1[key])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
    print(f"ok: {len(d1['secrets'])} positives, {len(d1['evasions'])} evasions, {len(d1['negatives'])} negatives, "
          f"{len(muts)} mutations caught -> {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
