"""All checks run before writing, plus mutation tests."""
import base64
import copy
import re

from common242 import (PREFIX, PW_RE, PW_STRICT_RE, PW_FORM_ANY, crc16_xmodem, jwt_valid, luhn_ok,
                       name_hits, verhoeff_ok)
import dec242
import enc242
import everyday242
import evasions242
import negatives242
import positional242
import prose242
import vendor242

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

UUID_ANY = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
JWT_ANY = re.compile(r"\bey[A-Za-z0-9_-]{10,}\.ey[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}")


def check_everyday_value(typ, v):
    if typ.endswith("_password"):
        return PW_RE.match(v) is not None
    if typ == "pasteuriser_log_luhn_key":
        m = re.match(r"^pzl_([0-9]{10})_[A-Za-z0-9]{24}$", v)
        return bool(m) and luhn_ok(m.group(1))
    if typ == "flavour_board_verhoeff_token":
        m = re.match(r"^fbv-[a-z0-9]{20}-([0-9]{10})$", v)
        return bool(m) and verhoeff_ok(m.group(1))
    if typ == "van_tracker_crc16_token":
        m = re.match(r"^vtk_([A-Za-z0-9]{30})([0-9A-F]{4})$", v)
        return bool(m) and int(m.group(2), 16) == crc16_xmodem(m.group(1).encode())
    if typ == "pint_shop_django_secret_key":
        return len(v) == 50 and all(c in everyday242.DJANGO_ALPHABET for c in v)
    if typ == "loyalty_webhook_whsec_secret":
        return v.startswith("whsec_") and len(base64.b64decode(v[6:], validate=True)) == 24
    if typ == "kiosk_order_hs512_jwt":
        return jwt_valid(v) and '"HS512"' in base64.urlsafe_b64decode(v.split(".")[0] + "==").decode()
    return False


def run_checks(data, deny):
    """data: dict with secrets, evasions, negatives lists. Returns list of error strings."""
    E = []
    names = set(deny["names"])
    syn = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    S, EV, N = data["secrets"], data["evasions"], data["negatives"]

    # ---- ids and fields
    for kind, recs, fields, sfields in (("s", S, POS_FIELDS, SPAN_FIELDS), ("e", EV, EVA_FIELDS, EVA_SPAN_FIELDS),
                                        ("n", N, NEG_FIELDS, None)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s-%s-%04d" % (PREFIX, kind, i + 1):
                E.append("id out of sequence: %s" % r.get("id"))
            if list(r) != fields:
                E.append("%s: fields %s" % (r.get("id"), list(r)))
            if sfields is None:
                continue
            if len(r["secrets"]) != 1:
                E.append("%s: %d spans" % (r["id"], len(r["secrets"])))
                continue
            sp = r["secrets"][0]
            if list(sp) != sfields:
                E.append("%s: span fields %s" % (r["id"], list(sp)))
            t, v = r["text"], sp["value"]
            if t[sp["start"]:sp["end"]] != v:
                E.append("%s: span offsets do not give the value" % r["id"])
            if sp["type"] != r["type"]:
                E.append("%s: span type differs" % r["id"])
            if t.count(v) != 1:
                E.append("%s: value occurs %d times" % (r["id"], t.count(v)))
            if v != v.strip() or not v:
                E.append("%s: value has outer whitespace" % r["id"])
            if "\u0000" in t or "\u0001" in t or "{K}" in t or "{U}" in t:
                E.append("%s: placeholder left in text" % r["id"])
            if kind == "e" and (sp.get("encoding") != r["encoding"]):
                E.append("%s: span encoding differs" % r["id"])
    for r in S:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            E.append("%s: bad source" % r["id"])

    # ---- counts
    by = {s: [r for r in S if r["source"] == s] for s in ("everyday", "vendor", "password", "prose")}
    ev = by["everyday"]
    if len(ev) != 180:
        E.append("everyday count %d" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E.append("everyday: not 45 kinds x 4 different types")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        E.append("everyday: not 12 types x 15")
    vd = by["vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E.append("vendor count %d" % len(vd))
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            E.append("%s: vendor container not <type>__<style>" % r["id"])
    pw = by["password"]
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        E.append("positional count %d" % len(pw))
    pr = by["prose"]
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E.append("prose: not 40 records in 40 languages")
    if not (440 <= len(S) <= 470):
        E.append("positives total %d" % len(S))
    encs = {}
    for r in EV:
        encs.setdefault(r["encoding"], set()).add(r["type"])
    if len(EV) != 66 or len(encs) != 22 or any(len(v) != 3 for v in encs.values()):
        E.append("evasions: not 22 encodings x 3 types")
    if len(N) < 180 or len({r["class"] for r in N}) < 16:
        E.append("negatives: %d records in %d classes" % (len(N), len({r["class"] for r in N})))
    if len({r["text"] for r in N}) != len(N):
        E.append("negatives: repeated text")
    tsets = [set(r["type"] for r in by[s]) for s in by] + [set(r["type"] for r in EV)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                E.append("span types shared between sources")

    # ---- deny-list
    check_names = set()
    for r in S + EV + N:
        check_names.add(r["container"])
    for r in S + EV:
        check_names.add(r["type"])
    for r in EV:
        check_names.add(r["encoding"])
    for r in N:
        check_names.add(r["class"])
    check_names |= {s[0] for s in vendor242.STYLES} | set(positional242.SUFFIX.values())
    check_names |= {f[0] for f in prose242.FORMATS} | {prose242.TYPE} | {w[0] for w in evasions242.WORDINGS}
    check_names |= {w[0].strip("_") for w in negatives242.WRAPPERS if w[0]}
    check_names |= {k.__name__ for _, ks, _ in negatives242.CLASSES for k in ks}
    for n in sorted(check_names):
        if name_hits(n, names):
            E.append("deny-listed name: %s" % n)
    for r in pw:
        s = r["type"][len(positional242.PFX):]
        if s in syn or s in names or name_hits(s, names):
            E.append("earlier syntax: %s" % s)
    for code in langs + [c for c, _ in prose242.SPARES]:
        if code in codes or code in names:
            E.append("deny-listed language code: %s" % code)
    for code, lname, _, _ in prose242.LANGS:
        ln = lname.lower()
        if ln in lnames or any(w in lnames for w in ln.split()):
            E.append("deny-listed language name: %s" % lname)

    # ---- shapes
    vspec = {v[0]: v[2] for v in vendor242.V}
    for r in S:
        v = r["secrets"][0]["value"]
        if r["source"] == "everyday" and not check_everyday_value(r["type"], v):
            E.append("%s: everyday shape" % r["id"])
        if r["source"] == "vendor":
            spec = vspec.get(r["type"])
            if spec is None or not vendor242.validate(spec, v):
                E.append("%s: vendor shape" % r["id"])
        if r["source"] == "password":
            try:
                inner = positional242.inner_password(r)
            except Exception:
                inner = ""
            if not PW_STRICT_RE.match(inner):
                E.append("%s: positional password form" % r["id"])
            if inner != v and inner in r["text"]:
                E.append("%s: Base64-hidden password visible" % r["id"])
        if r["source"] == "prose":
            t, sp = r["text"], r["secrets"][0]
            if not PW_STRICT_RE.match(v) or not t[sp["start"] - 1].isspace() or not t[sp["end"]].isspace():
                E.append("%s: prose value not strict or not set off by whitespace" % r["id"])
    for r in EV:
        sp = r["secrets"][0]
        p = sp["plain"]
        ok = {"parlour_office_evasion_password": PW_STRICT_RE.match(p),
              "blast_freezer_evasion_service_code": re.match(r"^bfs_[A-Za-z0-9]{16}$", p),
              "pint_shop_evasion_api_token": re.match(r"^pst-[a-z0-9]{20}$", p)}.get(r["type"])
        if not ok:
            E.append("%s: evasion plain shape" % r["id"])
        t = r["text"]
        lines = t.split("\n")
        if not (len(lines) == 4 and lines[0].endswith(":") and lines[1] == sp["value"] and lines[2] and lines[3] == ""):
            E.append("%s: evasion layout" % r["id"])
        if r["container"] != r["encoding"] + "__" + r["container"].split("__")[-1]:
            E.append("%s: evasion container" % r["id"])
        try:
            d = dec242.decode(r["encoding"], sp["value"])
        except Exception:
            d = None
        if d != p:
            E.append("%s: evasion does not decode" % r["id"])
        if p in sp["value"]:
            E.append("%s: run contains plain" % r["id"])

    # ---- reuse and leakage
    vals = [r["secrets"][0]["value"] for r in S + EV]
    if len(set(vals)) != len(vals):
        E.append("value reused")
    hidden = [r["secrets"][0]["plain"] for r in EV] + [positional242.inner_password(r) for r in pw
                                                       if positional242.inner_password(r) != r["secrets"][0]["value"]]
    all_texts = [(r["id"], r["text"]) for r in S + EV]
    for r in S + EV:
        v = r["secrets"][0]["value"]
        for rid, t in all_texts:
            if rid != r["id"] and v in t:
                E.append("%s: value appears in %s" % (r["id"], rid))
        for n in N:
            if v in n["text"]:
                E.append("%s: value appears in negative %s" % (r["id"], n["id"]))
    for h in hidden:
        for rid, t in all_texts + [(n["id"], n["text"]) for n in N]:
            if h in t:
                E.append("hidden plain appears in %s" % rid)
    for n in N:
        if PW_FORM_ANY.search(n["text"]):
            E.append("%s: password form in negative" % n["id"])
    for r in S + EV + N:
        for u in UUID_ANY.findall(r["text"]):
            if u[14] != "4" or u[19].lower() not in "89ab":
                E.append("%s: non-v4 UUID %s" % (r["id"], u))
    for r in S + EV + N:
        for j in JWT_ANY.findall(r["text"]):
            if not jwt_valid(j):
                E.append("%s: invalid JWT-shaped string" % r["id"])
    return E


def _first(recs, src):
    return next(i for i, r in enumerate(recs) if r["source"] == src)


def mutations(data, deny):
    """Each mutation must add an error the clean data does not have."""
    base = set(run_checks(data, deny))
    out = []

    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        r = d["secrets"][5]
        r["text"] = r["text"].replace(r["secrets"][0]["value"], "REMOVED")

    def m03(d):
        d["secrets"][7]["text"] += "\n" + d["secrets"][300]["secrets"][0]["value"] + "\n"

    def m04(d):
        d["negatives"][3]["text"] += " " + d["secrets"][12]["secrets"][0]["value"]

    def m05(d):
        sp = d["evasions"][4]["secrets"][0]
        sp["plain"] = sp["plain"][:-1] + ("x" if sp["plain"][-1] != "x" else "y")

    def m06(d):
        d["secrets"][2]["container"] = "ops_circleci_config_yml"

    def m07(d):
        d["negatives"][0]["class"] = "sdk_quickstart_dummy_values"

    def m08(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "senary_code_points"
            r["secrets"][0]["encoding"] = "senary_code_points"

    def m09(d):
        del d["negatives"][-30:]

    def m10(d):
        i = _first(d["secrets"], "prose")
        d["secrets"][i]["container"] = d["secrets"][i]["container"].split("__")[0] + "__deu"

    def m11(d):
        for r in d["secrets"]:
            if r["type"] == "pasteuriser_log_luhn_key":
                v = r["secrets"][0]["value"]
                d10 = v[13]
                nv = v[:13] + str((int(d10) + 1) % 10) + v[14:]
                r["text"] = r["text"].replace(v, nv)
                r["secrets"][0]["value"] = nv
                break

    def m12(d):
        d["negatives"][5]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000\n"

    def m13(d):
        d["secrets"][9]["secrets"].append(dict(d["secrets"][9]["secrets"][0]))

    def m14(d):
        i = _first(d["secrets"], "password")
        r = d["secrets"][i]
        r["type"] = positional242.PFX + "curl_lower_u_user_colon_pair"
        r["secrets"][0]["type"] = r["type"]

    def m15(d):
        for r in d["secrets"]:
            if r["type"] == "van_tracker_crc16_token":
                v = r["secrets"][0]["value"]
                nv = v[:-1] + ("0" if v[-1] != "0" else "1")
                r["text"] = r["text"].replace(v, nv)
                r["secrets"][0]["value"] = nv
                break

    def m16(d):
        d["negatives"][8]["text"] += "\nnote: Pistachio-ab3x42 was the old one\n"

    def m17(d):
        d["evasions"][10]["id"] = "p242-e-0999"

    def m18(d):
        i = _first(d["secrets"], "vendor")
        r = d["secrets"][i]
        v = r["secrets"][0]["value"]
        nv = v + "Z"
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv
        r["secrets"][0]["end"] += 1

    for fn in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18):
        d = copy.deepcopy(data)
        fn(d)
        try:
            errs = set(run_checks(d, deny))
        except Exception as e:  # a crash on malformed data also counts as caught
            errs = {"crash: %r" % e}
        out.append((fn.__name__ + "_" + fn.__doc__ if fn.__doc__ else fn.__name__, bool(errs - base)))
    return out


MUTATION_NAMES = {
    "m01": "shifted_span_start", "m02": "value_not_in_text", "m03": "value_reused_in_other_text",
    "m04": "positive_value_in_negative", "m05": "evasion_does_not_decode", "m06": "deny_listed_container",
    "m07": "deny_listed_negative_class", "m08": "deny_listed_encoding", "m09": "negatives_below_180",
    "m10": "deny_listed_language", "m11": "luhn_digit_broken", "m12": "non_v4_uuid_in_negative",
    "m13": "two_spans", "m14": "earlier_syntax_name", "m15": "crc16_tail_broken",
    "m16": "password_form_in_negative", "m17": "id_out_of_sequence", "m18": "vendor_shape_broken",
}
