"""Checks run before anything is written, plus mutation tests."""
import base64
import copy
import json
import re
import struct
from collections import Counter

import common222 as C
import dec222
import enc222
import everyday222 as E
import evasions222 as EV
import negatives222 as N
import positional222 as P
import prose222 as PR
import vendor222 as VN

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
UUID_SHAPE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID_V4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def _b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_jwt(tok, errs, where):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(_b64u_dec(h))
        json.loads(_b64u_dec(p))
        sig = _b64u_dec(s)
        want = C.JWT_SIG_LEN.get(hd.get("alg"))
        if want is None or len(sig) != want:
            errs.append("%s: JWT signature length %d does not fit alg %s" % (where, len(sig), hd.get("alg")))
    except Exception as e:  # noqa: BLE001
        errs.append("%s: JWT not valid base64url JSON (%s)" % (where, e))


def _ids(recs, kind, errs):
    for i, r in enumerate(recs, 1):
        want = "%s-%s-%04d" % (C.PREFIX, kind, i)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))


def check_positive_shapes(r, errs):
    v = r["secrets"][0]["value"]
    t = r["type"]
    src = r["source"]
    w = r["id"]
    if src == "everyday":
        if t.endswith("_password"):
            if not C.PW_RE.match(v):
                errs.append(w + ": everyday password shape")
        elif t == "key_code_lookup_api_key":
            m = re.fullmatch(r"kcl_(\d{9})(\d)_[A-Za-z0-9]{32}", v)
            if not m or E.damm_digit(m.group(1)) != m.group(2):
                errs.append(w + ": kcl Damm check digit")
        elif t == "smart_lock_bridge_token":
            m = re.fullmatch(r"slb_([a-z2-7]{32})_([0-9a-f]{4})", v)
            if not m or "%04x" % E.crc16_ccitt_false(m.group(1).encode()) != m.group(2):
                errs.append(w + ": slb CRC-16")
        elif t == "safe_audit_webhook_secret":
            if not re.fullmatch(r"saw_[0-9A-Z]{32}", v) or not E.mod37_36_valid(v[4:]):
                errs.append(w + ": saw MOD 37,36")
        elif t == "callout_app_session_jwt":
            check_jwt(v, errs, w)
            try:
                if json.loads(_b64u_dec(v.split(".")[0]))["alg"] != "HS384":
                    errs.append(w + ": not HS384")
            except Exception:  # noqa: BLE001
                errs.append(w + ": jwt header")
        elif t == "lock_audit_paserk_local_key":
            if not re.fullmatch(r"k4\.local\.[A-Za-z0-9_-]{43}", v) or len(_b64u_dec(v[9:])) != 32:
                errs.append(w + ": paserk 32 bytes")
        elif t == "van_router_wireguard_private_key":
            try:
                k = base64.b64decode(v, validate=True)
                if len(k) != 32 or k[0] & 7 or k[31] & 128 or not k[31] & 64:
                    errs.append(w + ": wireguard key not clamped 32 bytes")
            except Exception:  # noqa: BLE001
                errs.append(w + ": wireguard base64")
        else:
            errs.append(w + ": unknown everyday type " + t)
    elif src == "vendor":
        spec = {x[0]: x for x in VN.VENDORS}.get(t)
        if not spec:
            errs.append(w + ": unknown vendor type")
        elif not re.fullmatch(VN.regex_parts(spec[2])[1:-1], v):
            errs.append(w + ": vendor regex " + t)
        elif spec[1] == "owner" and not C.PW_RE.match(v):
            errs.append(w + ": owner vendor password shape")
        if t in ("home_assistant_long_lived_token", "vehicle_history_partner_jwt"):
            check_jwt(v, errs, w)
        if t in ("cloudflare_tunnel_token",):
            try:
                d = json.loads(base64.b64decode(v))
                assert set(d) == {"a", "t", "s"}
            except Exception:  # noqa: BLE001
                errs.append(w + ": tunnel token JSON")
        if t == "onepassword_service_account_token":
            try:
                json.loads(base64.b64decode(v[4:]))
            except Exception:  # noqa: BLE001
                errs.append(w + ": ops JSON")
        if t == "amazon_ses_smtp_password":
            try:
                b = base64.b64decode(v)
                assert len(b) == 33 and b[0] == 4
            except Exception:  # noqa: BLE001
                errs.append(w + ": SES version byte")
        if t == "discord_bot_token":
            try:
                assert _b64u_dec(v.split(".")[0]).decode().isdigit()
            except Exception:  # noqa: BLE001
                errs.append(w + ": discord snowflake")
    elif src == "password":
        syn = t[len(P.PREFIX):]
        vk = {s[0]: s[3] for s in P.SYNTAXES}.get(syn)
        if vk == "pw":
            if not C.PW_STRICT_RE.match(v):
                errs.append(w + ": positional strict password shape")
        elif vk in ("b64up", "b64plain"):
            try:
                d = base64.b64decode(v, validate=True).decode()
                pw = d.split(":", 1)[1] if vk == "b64up" else d.split("\0")[2]
                if not C.PW_STRICT_RE.match(pw) or (vk == "b64plain" and not d.startswith("\0")):
                    errs.append(w + ": hidden password shape")
            except Exception:  # noqa: BLE001
                errs.append(w + ": base64 positional")
        else:
            errs.append(w + ": unknown syntax " + syn)
        if syn == "van_stock_terminal_fixed_width_cols_33_to_52":
            line = r["text"].split("\n")[1]
            if line[32:52].rstrip(" ") != v:
                errs.append(w + ": fixed-width columns 33-52")
        if syn == "redis_resp_auth_array_bulk_string":
            if ("$%d\n" % len(v) + v) not in r["text"]:
                errs.append(w + ": RESP length")
    elif src == "prose":
        if not C.PW_STRICT_RE.match(v):
            errs.append(w + ": prose password shape")
        s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
        if s == 0 or e >= len(r["text"]) or not r["text"][s - 1].isspace() or not r["text"][e].isspace():
            errs.append(w + ": prose value not set off by whitespace")


def check_all(data, _unused=None):
    errs = []
    S, EVS, NEG = data["secrets"], data["evasions"], data["negatives"]
    _ids(S, "s", errs)
    _ids(EVS, "e", errs)
    _ids(NEG, "n", errs)
    all_values = []
    pos_texts = []
    for r in S + EVS:
        fields = EVA_FIELDS if r.get("source") == "evasion" else POS_FIELDS
        if list(r.keys()) != fields:
            errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
            continue
        if len(r["secrets"]) != 1:
            errs.append(r["id"] + ": needs exactly one span")
            continue
        sp = r["secrets"][0]
        if list(sp.keys()) != (EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS):
            errs.append(r["id"] + ": span fields")
            continue
        v = sp["value"]
        if not v or v != v.strip():
            errs.append(r["id"] + ": empty or edge-whitespace value")
        if sp["end"] - sp["start"] != len(v) or r["text"][sp["start"]:sp["end"]] != v:
            errs.append(r["id"] + ": span does not re-slice")
        if sp["type"] != r["type"]:
            errs.append(r["id"] + ": record type != span type")
        if r["text"].count(v) != 1:
            errs.append(r["id"] + ": value occurs %d times in its text" % r["text"].count(v))
        all_values.append((r["id"], v))
        pos_texts.append((r["id"], r["text"]))
    if S and any(r.get("source") not in ("everyday", "vendor", "password", "prose") for r in S):
        errs.append("bad source in secrets")
    cnt = Counter(v for _, v in all_values)
    for v, n in cnt.items():
        if n > 1:
            errs.append("value reused %d times: %s" % (n, v[:30]))
    plains = [r["secrets"][0].get("plain", "") for r in EVS if r.get("secrets")]
    hidden = data.get("hidden", [])
    # values and plains must not appear in another record's text or in any negative
    needles = [(i, v) for i, v in all_values] + [(r["id"], p) for r, p in zip(EVS, plains) if p] + [("hidden", h) for h in hidden]
    for rid, v in needles:
        for oid, t in pos_texts:
            if oid != rid and v in t:
                errs.append("%s value appears in %s" % (rid, oid))
        for n in NEG:
            if v in n.get("text", ""):
                errs.append("%s value appears in negative %s" % (rid, n.get("id")))
    for rid, p in [(r["id"], p) for r, p in zip(EVS, plains)]:
        for oid, t in pos_texts:
            if p and p in t:
                errs.append("evasion plain of %s visible in %s" % (rid, oid))
    for h in hidden:
        for oid, t in pos_texts:
            if h in t:
                errs.append("hidden password visible in " + oid)
    for r in S + EVS + NEG:
        t = r.get("text", "")
        if C.MARK in t or "\0" in t or "PRIVATE KEY" in t:
            errs.append(r.get("id") + ": slot marker, NUL or PRIVATE KEY in text")
        for m in UUID_SHAPE.finditer(t):
            if not UUID_V4.fullmatch(m.group(0)):
                errs.append(r.get("id") + ": UUID-shaped substring is not v4")
    for rid, t in pos_texts:
        for m in JWT_SHAPE.finditer(t):
            check_jwt(m.group(0), errs, rid)
    for r in S:
        if "secrets" in r and len(r["secrets"]) == 1 and "type" in r:
            check_positive_shapes(r, errs)
    # ---------------- evasions
    per_type, per_wording = Counter(), Counter()
    for r in EVS:
        if "secrets" not in r:
            continue
        sp = r["secrets"][0]
        try:
            dec = dec222.decode(r["encoding"], sp["value"])
        except Exception as e:  # noqa: BLE001
            dec = "<error %s>" % e
        if dec != sp["plain"]:
            errs.append(r["id"] + ": evasion does not decode to its plain")
        if sp["encoding"] != r["encoding"] or r["container"].split("__")[0] != r["encoding"]:
            errs.append(r["id"] + ": encoding mismatch")
        t = r["text"]
        if not t[:sp["start"]].endswith(":\n") or not t[sp["end"]:].startswith("\n") or len(t[sp["end"]:].strip()) < 5:
            errs.append(r["id"] + ": evasion layout")
        if sp["plain"] in sp["value"] or sp["plain"] == sp["value"]:
            errs.append(r["id"] + ": run contains its plain")
        shape = {EV.TYPES[0][0]: C.PW_STRICT_RE, EV.TYPES[1][0]: re.compile(r"^tlo_[A-Za-z0-9]{16}$"),
                 EV.TYPES[2][0]: re.compile(r"^kcm-[a-z0-9]{20}$")}.get(r["type"])
        if not shape or not shape.match(sp["plain"]):
            errs.append(r["id"] + ": evasion plain shape")
        per_type[(r["encoding"], r["type"])] += 1
        per_wording[(r["encoding"], r["container"].split("__")[-1])] += 1
    encs = Counter(r.get("encoding") for r in EVS)
    if len(EVS) != 66 or len(encs) != 22 or any(n != 3 for n in encs.values()):
        errs.append("evasions must be 22 encodings x 3 (got %d records)" % len(EVS))
    if any(n != 1 for n in per_type.values()) or any(n != 1 for n in per_wording.values()):
        errs.append("each encoding once per type and once per wording")
    # ---------------- negatives
    classes = Counter(n.get("class") for n in NEG)
    if len(NEG) < 180 or len(classes) < 16:
        errs.append("negatives: need >= 180 records in >= 16 classes")
    for n in NEG:
        if list(n.keys()) != NEG_FIELDS or n.get("source") != "negative":
            errs.append(str(n.get("id")) + ": negative fields/source")
    if len(set(n.get("text") for n in NEG)) != len(NEG):
        errs.append("duplicate negative texts")
    for n in NEG:
        t = n.get("text", "")
        if n.get("class") == "vehicle_vin_check_digit_records":
            for m in re.finditer(r"\b[A-HJ-NPR-Z0-9]{17}\b", t):
                if not N.vin_valid(m.group(0)):
                    errs.append(n["id"] + ": VIN check digit")
        if n.get("class") == "gtin14_key_blank_carton_codes":
            for m in re.finditer(r"(?<!\d)\d{14}(?!\d)", t):
                if not N.gtin_valid(m.group(0)):
                    errs.append(n["id"] + ": GTIN-14 check digit")
        if n.get("class") == "ssh_public_keys_and_fingerprints":
            for m in re.finditer(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", t):
                b = base64.b64decode(m.group(1))
                if b[:15] != struct.pack(">I", 11) + b"ssh-ed25519" or len(b) != 51:
                    errs.append(n["id"] + ": ssh blob")
    # ---------------- deny-list
    names_to_check = []
    for r in S + EVS:
        names_to_check += [(r.get("container", ""), "container"), (r.get("type", ""), "span type")]
    for r in EVS:
        names_to_check.append((r.get("encoding", ""), "encoding"))
    for n in NEG:
        names_to_check += [(n.get("container", ""), "container"), (n.get("class", ""), "negative class")]
    names_to_check += [(k[0], "everyday kind") for k in E.KINDS] + [(E.SPARE_KIND[0], "spare kind")]
    names_to_check += [(s[0], "vendor style") for s in VN.STYLES] + [(t, "set-aside vendor") for t in VN.SET_ASIDE]
    names_to_check += [(s, "set-aside syntax") for s in P.SET_ASIDE] + [(s, "password suffix") for s in P.SUFFIX.values()]
    names_to_check += [(f, "prose format") for f in PR.FORMATS] + [(w, "evasion wording") for w in EV.WORDINGS]
    names_to_check += [(w.lstrip("_"), "negative wrapper") for w in N.WRAPPERS if w]
    for name, what in names_to_check:
        if C.denied(name, data["deny"]):
            errs.append("deny-listed %s: %s" % (what, name))
    old_syn = set(data["deny"]["syntaxes"])
    for r in S:
        if r.get("source") == "password":
            syn = r["type"][len(P.PREFIX):]
            if syn in old_syn or C.denied(syn, data["deny"]):
                errs.append("earlier syntax: " + syn)
    for syn in P.SET_ASIDE:
        if syn in old_syn:
            errs.append("earlier set-aside syntax: " + syn)
    codes = set(data["deny"]["language_codes"]) | set(data["deny"]["names"])
    lnames = set(data["deny"]["language_names"])
    langs = [r["container"].split("__")[-1] for r in S if r.get("source") == "prose"]
    lang_name = {c: n for c, n, _, _ in PR.LANGS}
    lang_name.update(dict(PR.SPARES))
    for code in langs + [c for c, _ in PR.SPARES]:
        nm = lang_name.get(code, "?").lower()
        if code in codes or nm in lnames or any(wd in lnames for wd in nm.split() if len(wd) > 2):
            errs.append("deny-listed language: %s (%s)" % (code, nm))
    # ---------------- counts
    src = Counter(r.get("source") for r in S)
    if src.get("everyday") != 180 or src.get("vendor") != 120 or src.get("prose") != 40:
        errs.append("source counts %s" % dict(src))
    if not 95 <= src.get("password", 0) <= 120:
        errs.append("positional count %d" % src.get("password", 0))
    if not 440 <= len(S) <= 470:
        errs.append("positives total %d" % len(S))
    ev = [r for r in S if r.get("source") == "everyday"]
    tcount = Counter(r["type"] for r in ev)
    if len(tcount) != 12 or any(n != 15 for n in tcount.values()):
        errs.append("everyday: each of 12 types must be in 15 records")
    kinds = Counter(r["container"] for r in ev)
    if len(kinds) != 45 or any(n != 4 for n in kinds.values()):
        errs.append("everyday: 45 kinds x 4")
    for k in kinds:
        if len(set(r["type"] for r in ev if r["container"] == k)) != 4:
            errs.append("everyday kind %s repeats a type" % k)
    vend = [r for r in S if r.get("source") == "vendor"]
    if len(set(r["type"] for r in vend)) != 120 or any(r["container"] != r["type"] + "__" + r["container"].split("__")[1] for r in vend):
        errs.append("vendor: 120 distinct types with <type>__<style>")
    pw = [r for r in S if r.get("source") == "password"]
    if len(set(r["type"] for r in pw)) != len(pw):
        errs.append("positional: syntaxes must be distinct")
    pr = [r for r in S if r.get("source") == "prose"]
    if len(set(langs)) != 40 or len(pr) != 40:
        errs.append("prose: 40 records in 40 languages")
    types_by_src = {}
    for r in S:
        types_by_src.setdefault(r.get("source"), set()).add(r.get("type"))
    srcs = list(types_by_src)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if types_by_src[srcs[i]] & types_by_src[srcs[j]]:
                errs.append("span types shared between sources")
    non_everyday = [r["container"] for r in S if r.get("source") != "everyday"]
    if len(set(non_everyday)) != len(non_everyday):
        errs.append("non-everyday containers must be unique")
    return errs


# ------------------------------------------------------------- mutation tests
def _first(recs, src):
    return next(r for r in recs if r.get("source") == src)


def mutations():
    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]

    def m03(d):
        d["negatives"][0]["text"] += d["secrets"][5]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][0]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = _first(d["secrets"], "vendor")
        r["container"] = r["type"] + "__arb_api_dotenv_production"

    def m06(d):
        for n in d["negatives"][:10]:
            n["class"] = "jwks_public_key_documents"

    def m07(d):
        d["secrets"][3]["type"] = "something_else"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = _first(d["secrets"], "prose")
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + "X" + r["text"][sp["start"]:]

    def m10(d):
        a, b = d["secrets"][10], d["secrets"][11]
        v = a["secrets"][0]["value"]
        b["text"] = b["text"] + "\n" + v

    def m11(d):
        r = _first(d["secrets"], "password")
        r["type"] = r["secrets"][0]["type"] = P.PREFIX + "sevenzip_add_glued_lower_p"

    def m12(d):
        r = next(x for x in d["secrets"] if x["type"] == "key_code_lookup_api_key")
        sp = r["secrets"][0]
        v = sp["value"]
        nv = v[:13] + str((int(v[13]) + 1) % 10) + v[14:]
        r["text"] = r["text"].replace(v, nv)
        sp["value"] = nv

    def m13(d):
        n = d["negatives"][160]
        n["text"] += "\nref 123e4567-e89b-12d3-a456-426614174000\n"

    def m14(d):
        r = next(x for x in d["secrets"] if x["type"] == "callout_app_session_jwt")
        sp = r["secrets"][0]
        v = sp["value"]
        h, p, s = v.split(".")
        nv = h + "." + "eyJub3QganNvbg" + "." + s
        r["text"] = r["text"].replace(v, nv)
        sp["value"] = nv
        sp["end"] = sp["start"] + len(nv)

    def m15(d):
        r = _first(d["secrets"], "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    def m16(d):
        n = next(x for x in d["negatives"] if x["class"] == "vehicle_vin_check_digit_records")
        m = re.search(r"\b[A-HJ-NPR-Z0-9]{17}\b", n["text"])
        v = m.group(0)
        bad = v[:8] + ("1" if v[8] != "1" else "2") + v[9:]
        n["text"] = n["text"].replace(v, bad)

    def m17(d):
        d["negatives"][3]["text"] += d["evasions"][4]["secrets"][0]["plain"]

    def m18(d):
        r = next(x for x in d["secrets"] if x["type"] == "smart_lock_bridge_token")
        sp = r["secrets"][0]
        v = sp["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"].replace(v, nv)
        sp["value"] = nv

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_earlier_syntax_name", m11), ("m12_damm_digit_broken", m12), ("m13_uuid_not_v4", m13),
            ("m14_jwt_payload_not_json", m14), ("m15_deny_listed_language", m15),
            ("m16_vin_check_digit_broken", m16), ("m17_evasion_plain_in_negative", m17),
            ("m18_crc16_tail_broken", m18)]


def run_mutations(data):
    base = set(check_all(data, None))
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        fn(d)
        new = set(check_all(d, None)) - base
        results.append((name, bool(new)))
    return results
