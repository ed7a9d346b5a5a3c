"""Checks run by build.py before anything is written, plus mutation tests."""
import base64
import copy
import json
import re
from collections import Counter

import dec245
import enc245
import evasions245
import everyday245
import negatives245
import positional245
import prose245
import vendor245
from common245 import (JWT_LIKE, PW_FORM_IN_TEXT, PW_RE, PW_STRICT_RE, UUID_LIKE,
                       adler32_hex, damm_digit, jwt_valid, uuid_is_v4)

PREFIX = "p245"
POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_KEYS = ["id", "class", "container", "text", "source"]
SPAN_KEYS = ["value", "start", "end", "type"]
EVA_SPAN_KEYS = ["value", "start", "end", "type", "plain", "encoding"]


def denied(name, deny):
    names = deny["_names"]
    n = name.lower()
    return [p for p in [n] + n.split("__") if p and p in names]


def everyday_ok(t, v):
    if t.endswith("_password"):
        return PW_RE.match(v) is not None
    if t == "couverture_stock_damm_key":
        m = re.fullmatch(r"cvs_(\d{10})(\d)_[A-Za-z0-9]{20}", v)
        return bool(m) and damm_digit(m.group(1)) == m.group(2)
    if t == "tempering_cloud_adler32_token":
        m = re.fullmatch(r"tqc-([a-z0-9]{32})-([0-9a-f]{8})", v)
        return bool(m) and adler32_hex(m.group(1)) == m.group(2)
    if t == "webshop_laravel_app_key":
        m = re.fullmatch(r"base64:([A-Za-z0-9+/]{43}=)", v)
        return bool(m) and len(base64.b64decode(m.group(1))) == 32
    if t == "bonbon_shop_fernet_key":
        return re.fullmatch(r"[A-Za-z0-9_-]{43}=", v) is not None and len(base64.urlsafe_b64decode(v)) == 32
    if t == "atelier_rails_secret_key_base":
        return re.fullmatch(r"[0-9a-f]{128}", v) is not None
    if t == "wholesale_portal_hs384_jwt":
        hdr = json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
        return jwt_valid(v) and hdr.get("alg") == "HS384"
    return False


EVA_PLAIN = {
    "atelier_office_evasion_password": lambda p: PW_STRICT_RE.match(p) is not None,
    "tempering_controller_evasion_service_code": lambda p: re.fullmatch(r"tcs_[A-Za-z0-9]{16}", p) is not None,
    "webshop_evasion_api_token": lambda p: re.fullmatch(r"cws-[a-z0-9]{20}", p) is not None,
}


def b64_inner_pw(syn, v):
    raw = base64.b64decode(v).decode()
    kind = positional245.B64[syn]
    if kind == "plain":
        return raw
    if kind == "sasl":
        return raw.split("\0")[2]
    return raw.split(":", 1)[1]


def run_checks(data, deny):
    E = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    # ---- ids and field sets ----
    for lst, kind, keys in ((sec, "s", POS_KEYS), (eva, "e", EVA_KEYS), (neg, "n", NEG_KEYS)):
        for i, r in enumerate(lst):
            if r.get("id") != "%s-%s-%04d" % (PREFIX, kind, i + 1):
                E.append("id out of sequence: %s" % r.get("id"))
            if list(r.keys()) != keys:
                E.append("field set of %s: %s" % (r.get("id"), list(r.keys())))
    # ---- spans ----
    for r in sec + eva:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            E.append("%s has %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = EVA_SPAN_KEYS if r["source"] == "evasion" else SPAN_KEYS
        if list(s.keys()) != want:
            E.append("span keys of %s" % r["id"])
        if r["text"][s["start"]:s["end"]] != s["value"]:
            E.append("span offsets wrong in %s" % r["id"])
        if s["type"] != r["type"]:
            E.append("span type differs in %s" % r["id"])
        if r["text"].count(s["value"]) != 1:
            E.append("value not exactly once in %s" % r["id"])
        if s["value"] != s["value"].strip() or not s["value"]:
            E.append("outer whitespace in %s" % r["id"])
        if r["source"] == "evasion" and (s.get("encoding") != r.get("encoding")):
            E.append("evasion span encoding differs in %s" % r["id"])
    for r in sec + eva + neg:
        if "@@" in r["text"]:
            E.append("placeholder left in %s" % r["id"])
    # ---- counts ----
    by = Counter(r["source"] for r in sec)
    ev = [r for r in sec if r["source"] == "everyday"]
    if by["everyday"] != 180:
        E.append("everyday count %d" % by["everyday"])
    kinds = Counter(r["container"] for r in ev)
    if len(kinds) != 45 or set(kinds.values()) != {4}:
        E.append("everyday kinds not 45 x 4")
    for k in kinds:
        if len({r["type"] for r in ev if r["container"] == k}) != 4:
            E.append("kind %s does not hold 4 different types" % k)
    tc = Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        E.append("everyday types not 12 x 15")
    vd = [r for r in sec if r["source"] == "vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E.append("vendor not 120 distinct types")
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            E.append("vendor container %s" % r["container"])
    pw = [r for r in sec if r["source"] == "password"]
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        E.append("positional count/distinct %d" % len(pw))
    pr = [r for r in sec if r["source"] == "prose"]
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E.append("prose not 40 in 40 languages")
    if not 440 <= len(sec) <= 470:
        E.append("positives total %d" % len(sec))
    if len(eva) != 66 or len({r["encoding"] for r in eva}) != 22 or set(Counter(r["encoding"] for r in eva).values()) != {3}:
        E.append("evasions not 22 x 3")
    if len(neg) < 180 or len({r["class"] for r in neg}) < 16:
        E.append("negatives %d in %d classes" % (len(neg), len({r['class'] for r in neg})))
    if len({r["text"] for r in neg}) != len(neg):
        E.append("repeated negative text")
    stypes = {}
    for r in sec:
        stypes.setdefault(r["source"], set()).add(r["type"])
    srcs = list(stypes)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if stypes[srcs[i]] & stypes[srcs[j]]:
                E.append("span types shared by %s and %s" % (srcs[i], srcs[j]))
    # ---- deny-list ----
    names_to_check = set()
    for r in sec + eva + neg:
        names_to_check.add(r["container"])
    for r in sec + eva:
        names_to_check.add(r["type"])
    for r in eva:
        names_to_check.add(r["encoding"])
    for r in neg:
        names_to_check.add(r["class"])
    names_to_check |= {w[0][2:] for w in negatives245.WRAPPERS if w[0]}
    names_to_check |= {s[0] for s in vendor245.STYLES} | set(positional245.SUFFIX.values())
    names_to_check |= set(prose245.FORMATS) | {prose245.TYPE} | {w[0] for w in evasions245.WORDINGS}
    for n in sorted(names_to_check):
        hit = denied(n, deny)
        if hit:
            E.append("deny-listed name %s (%s)" % (n, ", ".join(hit)))
    syn_set = set(deny["syntaxes"])
    for r in pw:
        syn = r["type"][len(positional245.PFX):]
        if syn in syn_set or syn in deny["_names"]:
            E.append("earlier syntax %s" % syn)
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    for code, name, _s, _t in prose245.LANGS:
        if code in codes or code in deny["_names"]:
            E.append("deny-listed language code %s" % code)
        for w in [name.lower()] + name.lower().split():
            if w in lnames:
                E.append("deny-listed language name %s" % name)
    for code, name in prose245.SPARES:
        if code in codes or code in deny["_names"] or name.lower() in lnames:
            E.append("deny-listed spare language %s" % code)
    for code in langs:
        if code in codes or code in deny["_names"]:
            E.append("deny-listed language in container %s" % code)
    # ---- shapes ----
    vspec = {v[0]: v[2] for v in vendor245.V}
    for r in ev:
        if not everyday_ok(r["type"], r["secrets"][0]["value"]):
            E.append("everyday shape broken in %s" % r["id"])
    for r in vd:
        if not vendor245.validate(vspec.get(r["type"], "?"), r["secrets"][0]["value"]):
            E.append("vendor shape broken in %s" % r["id"])
    hidden = []
    for r in pw:
        syn = r["type"][len(positional245.PFX):]
        v = r["secrets"][0]["value"]
        if syn in positional245.B64:
            try:
                inner = b64_inner_pw(syn, v)
            except Exception:
                inner = ""
            hidden.append(inner)
            v = inner
        if not PW_STRICT_RE.match(v):
            E.append("positional value not strict in %s" % r["id"])
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if not PW_STRICT_RE.match(s["value"]) or not (t[s["start"] - 1].isspace() and t[s["end"]].isspace()):
            E.append("prose value not strict / not set off in %s" % r["id"])
    for r in eva:
        s = r["secrets"][0]
        if not EVA_PLAIN[r["type"]](s["plain"]):
            E.append("evasion plain shape in %s" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or "\n" in s["value"] or not t[s["end"] + 1:].strip():
            E.append("evasion layout in %s" % r["id"])
        tnames = [x[0] for x in evasions245.TYPES]
        if r["encoding"] not in enc245.ENCODINGS or r["type"] not in tnames:
            E.append("unknown evasion encoding / type in %s" % r["id"])
        else:
            wi = (enc245.ENCODINGS.index(r["encoding"]) + tnames.index(r["type"])) % 3
            if r["container"] != r["encoding"] + "__" + evasions245.WORDINGS[wi][0]:
                E.append("evasion container in %s" % r["id"])
        try:
            d = dec245.decode(r["encoding"], s["value"])
        except Exception:
            d = None
        if d != s["plain"]:
            E.append("evasion does not decode in %s" % r["id"])
        if s["plain"] in s["value"]:
            E.append("evasion run contains plain in %s" % r["id"])
    # ---- reuse and leakage ----
    vals = [(r["id"], r["secrets"][0]["value"]) for r in sec + eva]
    cnt = Counter(v for _, v in vals)
    for v, c in cnt.items():
        if c > 1:
            E.append("value reused: %s" % v[:30])
    texts = [(r["id"], r["text"]) for r in sec + eva]
    for rid, v in vals:
        for tid, t in texts:
            if tid != rid and v in t:
                E.append("value of %s appears in %s" % (rid, tid))
        for n in neg:
            if v in n["text"]:
                E.append("positive value of %s in negative %s" % (rid, n["id"]))
    hidden_all = hidden + [r["secrets"][0]["plain"] for r in eva]
    for h in hidden_all:
        for tid, t in texts + [(n["id"], n["text"]) for n in neg]:
            if h and h in t:
                E.append("hidden plain %s appears in %s" % (h[:20], tid))
    for n in neg:
        if PW_FORM_IN_TEXT.search(n["text"]):
            E.append("password form in negative %s" % n["id"])
    for r in sec + eva + neg:
        for m in UUID_LIKE.findall(r["text"]):
            if not uuid_is_v4(m):
                E.append("non-v4 UUID in %s" % r["id"])
        for m in JWT_LIKE.findall(r["text"]):
            if not jwt_valid(m):
                E.append("invalid JWT-shaped string in %s" % r["id"])
    return E


def mutations(data, deny, base_errors):
    """Each mutation must add an error the clean data does not have."""
    base = set(base_errors)
    results = []

    def m01(d):
        d["secrets"][3]["secrets"][0]["start"] += 1

    def m02(d):
        r = d["secrets"][10]
        r["text"] = r["text"].replace(r["secrets"][0]["value"], "REDACTED")

    def m03(d):
        d["secrets"][20]["text"] += "\n" + d["secrets"][21]["secrets"][0]["value"]

    def m04(d):
        d["negatives"][5]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]

    def m05(d):
        s = d["evasions"][7]["secrets"][0]
        s["plain"] = s["plain"][:-1] + ("A" if s["plain"][-1] != "A" else "B")

    def m06(d):
        d["secrets"][0]["container"] = deny["names"][len(deny["names"]) // 2]

    def m07(d):
        d["negatives"][0]["class"] = "publishable_client_keys"

    def m08(d):
        d["evasions"][0]["encoding"] = "nonary_code_points"
        d["evasions"][0]["secrets"][0]["encoding"] = "nonary_code_points"

    def m09(d):
        del d["negatives"][20:]

    def m10(d):
        d["secrets"][-1]["container"] = "shop_email_sentence__eng"

    def m11(d):
        for r in d["secrets"]:
            if r["type"] == "couverture_stock_damm_key":
                v = r["secrets"][0]["value"]
                digit = v[14]
                nv = v[:14] + str((int(digit) + 1) % 10) + v[15:]
                r["text"] = r["text"].replace(v, nv)
                r["secrets"][0]["value"] = nv
                break

    def m12(d):
        d["negatives"][9]["text"] += "\nref 123e4567-e89b-12d3-a456-426614174000\n"

    def m13(d):
        d["secrets"][30]["secrets"].append(dict(d["secrets"][30]["secrets"][0]))

    def m14(d):
        for r in d["secrets"]:
            if r["source"] == "password":
                r["type"] = r["secrets"][0]["type"] = "chocpw_redis_cli_lower_a_flag"
                break

    def m15(d):
        d["negatives"][11]["text"] += "\nold till code: ganache-ab1c23\n"

    def m16(d):
        d["secrets"][50]["id"] = "p245-s-9999"

    def m17(d):
        for r in d["secrets"]:
            if r["type"] == "shopify_admin_api_access_token":
                v = r["secrets"][0]["value"]
                nv = v.replace("shpat_", "shpaz_")
                r["text"] = r["text"].replace(v, nv)
                r["secrets"][0]["value"] = nv
                r["secrets"][0]["end"] = r["secrets"][0]["start"] + len(nv)

    def m18(d):
        d["secrets"][100]["secrets"][0]["value"] = " " + d["secrets"][100]["secrets"][0]["value"]

    for fn in [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18]:
        d = copy.deepcopy(data)
        fn(d)
        errs = set(run_checks(d, deny))
        results.append((fn.__name__, bool(errs - base)))
    return results


DESCR = {
    "m01": "m01_shifted_span_start", "m02": "m02_value_not_in_text", "m03": "m03_value_reused_in_other_text",
    "m04": "m04_positive_value_in_negative", "m05": "m05_evasion_does_not_decode", "m06": "m06_deny_listed_container",
    "m07": "m07_deny_listed_negative_class", "m08": "m08_deny_listed_encoding", "m09": "m09_negatives_below_180",
    "m10": "m10_deny_listed_language", "m11": "m11_damm_digit_broken", "m12": "m12_non_v4_uuid_in_negative",
    "m13": "m13_two_spans", "m14": "m14_earlier_syntax_name", "m15": "m15_password_form_in_negative",
    "m16": "m16_id_out_of_sequence", "m17": "m17_vendor_shape_broken", "m18": "m18_outer_whitespace_in_value",
}
