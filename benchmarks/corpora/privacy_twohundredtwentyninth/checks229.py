"""Every check build.py runs before writing, plus the mutation tests."""
import base64
import copy
import json
import re
from collections import Counter, defaultdict

import dec229
import enc229
import everyday229
import evasions229
import negatives229
import positional229
import prose229
import vendor229
from common229 import (PREFIX, PW_RE, STRICT_PW_RE, STRICT_PW_SEARCH, strict_pw_hits, UUID4_RE, UUID_SHAPE, JWT_SHAPE, b64url_decode,
                       crc32_b62, damm_ok, gb_vat_ok, gs1_digit, jwt_ok)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]


def _parts(name):
    name = name.lower()
    return [name] + [p for p in name.split("__") if p]


def check_everyday_value(typ, v):
    if typ in everyday229.PW_TYPES:
        return bool(PW_RE.match(v))
    if typ == "sweep_route_planner_api_token":
        m = re.fullmatch(r"csw_([0-9A-Za-z]{30})([0-9A-Za-z]{6})", v)
        return bool(m) and crc32_b62(m.group(1)) == m.group(2)
    if typ == "stove_telemetry_device_key":
        m = re.fullmatch(r"stv_([0-9]{13})_[0-9a-f]{32}", v)
        return bool(m) and damm_ok(m.group(1))
    if typ == "booking_webhook_signing_secret":
        m = re.fullmatch(r"whsec_([A-Za-z0-9+/]{32})", v)
        return bool(m) and len(base64.b64decode(m.group(1))) == 24
    if typ == "customer_portal_hs384_jwt":
        if not jwt_ok(v):
            return False
        return json.loads(b64url_decode(v.split(".")[0]))["alg"] == "HS384"
    if typ == "booking_app_laravel_app_key":
        m = re.fullmatch(r"base64:([A-Za-z0-9+/]{43}=)", v)
        return bool(m) and len(base64.b64decode(m.group(1))) == 32
    if typ == "quote_app_rails_secret_key_base":
        return bool(re.fullmatch(r"[0-9a-f]{128}", v))
    return False


def run_checks(data, deny):
    E = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]
    names = set(deny["names"])
    syn_deny = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])

    # ---- ids and fields
    for fname, recs, letter, fields in (("secrets", pos, "s", POS_FIELDS), ("evasions", eva, "e", EVA_FIELDS),
                                         ("negatives", neg, "n", NEG_FIELDS)):
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            E.append("%s: duplicate ids" % fname)
        for i, r in enumerate(recs):
            if r.get("id") != "%s-%s-%04d" % (PREFIX, letter, i + 1):
                E.append("%s: id %r out of sequence at %d" % (fname, r.get("id"), i))
            if list(r.keys()) != fields:
                E.append("%s %s: fields %r" % (fname, r.get("id"), list(r.keys())))

    # ---- spans
    all_texts = [r["text"] for r in pos + eva + neg]
    values = []
    for r in pos + eva:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            E.append("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            E.append("%s: span fields %r" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        if not v or v != v.strip():
            E.append("%s: empty or edge-whitespace value" % r["id"])
        if r["text"][s["start"]:s["end"]] != v:
            E.append("%s: span does not re-slice" % r["id"])
        if r["type"] != s["type"]:
            E.append("%s: record type != span type" % r["id"])
        if r["text"].count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        for t in all_texts:
            if t is not r["text"] and v in t:
                E.append("%s: value appears in another text" % r["id"])
                break
        values.append(v)
    for v, c in Counter(values).items():
        if c > 1:
            E.append("value reused %d times: %s" % (c, v[:20]))
    neg_texts = [r["text"] for r in neg]
    plains = [r["secrets"][0].get("plain", "") for r in eva if r.get("secrets")]
    for v in values + plains + hidden:
        if any(v in t for t in neg_texts):
            E.append("positive value / plain / hidden password inside a negative: %s" % v[:20])
    for v in plains + hidden:
        if any(v in t for t in all_texts):
            E.append("evasion plain or hidden password visible in a text: %s" % v[:20])
    for t in all_texts:
        if "PRIVATE KEY" in t or "\0" in t or "§" in t:
            E.append("slot marker, NUL or PRIVATE KEY in a text")

    # ---- per-source shapes
    by_src = defaultdict(list)
    for r in pos:
        by_src[r["source"]].append(r)
    for r in by_src["everyday"]:
        if not check_everyday_value(r["type"], r["secrets"][0]["value"]):
            E.append("%s: everyday shape check failed (%s)" % (r["id"], r["type"]))
    for r in by_src["vendor"]:
        spec = vendor229.TYPE_SPEC.get(r["type"])
        if spec is None or not vendor229.check_value(spec, r["secrets"][0]["value"]):
            E.append("%s: vendor shape check failed (%s)" % (r["id"], r["type"]))
    for r in by_src["password"]:
        syn = r["type"][len(positional229.PFX):]
        v = r["secrets"][0]["value"]
        mode = positional229.mode_of(syn)
        if mode == "plain":
            if not STRICT_PW_RE.match(v):
                E.append("%s: positional value not strict form" % r["id"])
        elif mode in ("b64pair", "b64pw", "sasl"):
            try:
                raw = base64.b64decode(v, validate=True).decode()
            except Exception:
                raw = ""
            pw = {"b64pair": raw.split(":", 1)[-1], "b64pw": raw, "sasl": raw.split("\0")[-1]}[mode]
            if mode == "sasl" and raw.count("\0") != 2:
                E.append("%s: SASL PLAIN without two NULs" % r["id"])
            if not STRICT_PW_RE.match(pw) or pw not in hidden:
                E.append("%s: Base64-hidden password malformed" % r["id"])
        else:
            E.append("%s: unknown positional syntax" % r["id"])
        if syn == "installer_lockbox_fixed_width_cols_31_to_50":
            row = r["text"].split("\n")[2]
            if row[30:50].strip() != v:
                E.append("%s: fixed-width value not in columns 31-50" % r["id"])
    for r in by_src["prose"]:
        s = r["secrets"][0]
        t = r["text"]
        if not STRICT_PW_RE.match(s["value"]):
            E.append("%s: prose value not strict form" % r["id"])
        if s["start"] == 0 or s["end"] >= len(t) or not t[s["start"] - 1].isspace() or not t[s["end"]].isspace():
            E.append("%s: prose value not set off by whitespace" % r["id"])
    for t in all_texts:
        for m in UUID_SHAPE.finditer(t):
            if not UUID4_RE.match(m.group(0)):
                E.append("UUID-shaped string not version 4: %s" % m.group(0))
    for r in pos + eva:
        for m in JWT_SHAPE.finditer(r["text"]):
            if not jwt_ok(m.group(0)):
                E.append("%s: JWT-shaped substring not a well-formed JWT" % r["id"])

    # ---- evasions
    type_re = {t[0]: t[2] for t in evasions229.TYPES}
    per_enc = defaultdict(list)
    for r in eva:
        s = r["secrets"][0]
        enc = r["encoding"]
        per_enc[enc].append(r)
        if s.get("encoding") != enc:
            E.append("%s: record and span encoding differ" % r["id"])
        try:
            dec = dec229.decode(enc, s["value"])
        except Exception as ex:
            dec = "<%s>" % ex
        if dec != s.get("plain"):
            E.append("%s: evasion does not decode to its plain" % r["id"])
        if r["type"] in type_re and not type_re[r["type"]].match(s.get("plain", "")):
            E.append("%s: evasion plain shape" % r["id"])
        if s.get("plain", "") in s["value"] or s["value"] == s.get("plain"):
            E.append("%s: run contains its plain" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            E.append("%s: run not on its own line after ':' with a remark" % r["id"])
        if r["container"] != enc + "__" + r["container"].split("__")[-1]:
            E.append("%s: evasion container" % r["id"])
    if sorted(per_enc) != sorted(enc229.ENC_NAMES) or len(enc229.ENC_NAMES) != 22:
        E.append("evasions: encodings are not the 22 declared")
    for enc, rs_ in per_enc.items():
        if sorted(r["type"] for r in rs_) != sorted(t[0] for t in evasions229.TYPES):
            E.append("evasions: %s not once per type" % enc)
        if sorted(r["container"].split("__")[1] for r in rs_) != sorted(w[0] for w in evasions229.WORDINGS):
            E.append("evasions: %s not once per wording" % enc)
    if len(eva) != 66:
        E.append("evasions: %d records, want 66" % len(eva))

    # ---- negatives
    if len(set(neg_texts)) != len(neg_texts):
        E.append("negatives: duplicate texts")
    classes = Counter(r["class"] for r in neg)
    if len(classes) < 16 or len(neg) < 180:
        E.append("negatives: %d classes / %d records" % (len(classes), len(neg)))
    for r in neg:
        if r["source"] != "negative":
            E.append("%s: negative source" % r["id"])
        t = r["text"]
        if strict_pw_hits(t):
            E.append("%s: negative holds a string of the strict password form" % r["id"])
        for m in re.finditer(r"GB ?(\d{3}) ?(\d{4}) ?(\d{2})\b", t):
            if not gb_vat_ok("".join(m.groups())):
                E.append("%s: VAT check pair wrong" % r["id"])
        if r["class"] == "gtin14_fuel_pallet_codes":
            codes14 = re.findall(r"(?<![0-9])([0-9]{14}|[0-9]{18})(?![0-9])", t)
            if not codes14:
                E.append("%s: no GS1 code found" % r["id"])
            for c in codes14:
                if gs1_digit(c[:-1]) != c[-1]:
                    E.append("%s: GS1 check digit wrong" % r["id"])

    # ---- deny-list
    named = []  # (what, name)
    for r in pos + eva + neg:
        named.append(("container", r["container"]))
    for r in pos + eva:
        named.append(("span type", r["type"]))
    for e in enc229.ENC_NAMES:
        named.append(("encoding", e))
    for c in classes:
        named.append(("negative class", c))
    named.append(("spare kind", everyday229.SPARE_KIND))
    for s, _ in vendor229.STYLES:
        named.append(("vendor style", s))
    for v in vendor229.SET_ASIDE:
        named.append(("set-aside vendor", v))
    for s in positional229.SUFFIX.values():
        named.append(("password suffix", s))
    for f in prose229.FORMATS:
        named.append(("prose format", f))
    for w in evasions229.WORDINGS:
        named.append(("evasion wording", w[0]))
    for w in negatives229.WRAPPERS:
        named.append(("negative wrapper", "in_" + w))
        named.append(("negative wrapper", w))
    for c in negatives229.CLASSES:
        named.append(("negative base kind", c[1]))
        named.append(("negative base kind", c[2]))
    lang_codes = set(l[0] for l in prose229.LANGS)
    for what, n in named:
        for p in _parts(n):
            if p in lang_codes and what in ("container",):
                continue  # prose language codes are checked below against the language lists
            if p in names:
                E.append("deny-list: %s %r (part %r)" % (what, n, p))
    syntaxes = [r["type"][len(positional229.PFX):] for r in by_src["password"]] + list(positional229.SET_ASIDE)
    for s in syntaxes:
        if s.lower() in syn_deny or s.lower() in names:
            E.append("deny-list: syntax %r is an earlier syntax or name" % s)
    langs = [r["container"].split("__")[1] for r in by_src["prose"]]
    lname = {l[0]: l[1] for l in prose229.LANGS}
    lname.update(dict(prose229.SPARES))
    for code in langs + [s[0] for s in prose229.SPARES]:
        if code in codes or code in names:
            E.append("deny-list: language code %r" % code)
        nm = lname.get(code, "").lower()
        if not nm or nm in lnames or nm in names or any(w in lnames for w in nm.split()):
            E.append("deny-list: language name %r" % nm)

    # ---- counts
    ev = by_src["everyday"]
    if len(ev) != 180:
        E.append("everyday: %d records" % len(ev))
    kinds = Counter(r["container"] for r in ev)
    types = Counter(r["type"] for r in ev)
    if len(kinds) != 45 or set(kinds.values()) != {4}:
        E.append("everyday: kinds %d, per-kind %s" % (len(kinds), set(kinds.values())))
    if len(types) != 12 or set(types.values()) != {15}:
        E.append("everyday: types %d, per-type %s" % (len(types), set(types.values())))
    for k in kinds:
        if len(set(r["type"] for r in ev if r["container"] == k)) != 4:
            E.append("everyday: kind %s lacks four different types" % k)
    vd = by_src["vendor"]
    if len(vd) != 120 or len(set(r["type"] for r in vd)) != 120:
        E.append("vendor: %d records / %d types" % (len(vd), len(set(r["type"] for r in vd))))
    styles = set(s for s, _ in vendor229.STYLES)
    for r in vd:
        a, _, b = r["container"].partition("__")
        if a != r["type"] or b not in styles:
            E.append("%s: vendor container not <type>__<style>" % r["id"])
    pw = by_src["password"]
    if not (95 <= len(pw) <= 120) or len(set(r["type"] for r in pw)) != len(pw):
        E.append("password: %d records / %d syntaxes" % (len(pw), len(set(r["type"] for r in pw))))
    pr = by_src["prose"]
    if len(pr) != 40 or len(set(langs)) != 40:
        E.append("prose: %d records in %d languages" % (len(pr), len(set(langs))))
    if not (440 <= len(pos) <= 470):
        E.append("positives: %d" % len(pos))
    tsets = {k: set(r["type"] for r in v) for k, v in by_src.items()}
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                E.append("span types shared by %s and %s" % (ks[i], ks[j]))
    ne = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(set(ne)) != len(ne):
        E.append("non-everyday containers not unique")
    return E


# ---- mutation tests -------------------------------------------------------
def _first(data, src):
    return next(r for r in data["secrets"] if r["source"] == src)


def _set_value(r, new):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + new + r["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def mutations():
    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]

    def m03(d):
        d["negatives"][0]["text"] += " " + d["secrets"][5]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][0]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = _first(d, "vendor")
        r["container"] = r["type"] + "__funeral_crm_dotenv_live"

    def m06(d):
        d["negatives"][0]["class"] = "browser_side_site_keys"

    def m07(d):
        d["secrets"][3]["type"] = "sweep_booking_admin_password_x"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = _first(d, "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1

    def m10(d):
        a, b = d["secrets"][0], d["secrets"][1]
        _set_value(a, b["secrets"][0]["value"])

    def m11(d):
        r = next(x for x in d["secrets"] if x["type"] == "sweep_route_planner_api_token")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("A" if v[-1] != "A" else "B"))

    def m12(d):
        d["negatives"][3]["text"] += "\nrequest 3f2b8c1e-7d4a-1c9e-8b2f-0a1b2c3d4e5f"

    def m13(d):
        r = _first(d, "prose")
        r["container"] = r["container"].split("__")[0] + "__rus"

    def m14(d):
        r = _first(d, "password")
        r["type"] = r["secrets"][0]["type"] = positional229.PFX + "rdesktop_lower_p_after_lower_u"

    def m15(d):
        r = next(x for x in d["negatives"] if x["class"] == "gtin14_fuel_pallet_codes")
        m = re.search(r"(?<![0-9])([0-9]{14})(?![0-9])", r["text"])
        c = m.group(1)
        bad = c[:-1] + str((int(c[-1]) + 1) % 10)
        r["text"] = r["text"].replace(c, bad, 1)

    def m16(d):
        d["negatives"][7]["text"] += "\nnote: Flue-abc1234"

    def m17(d):
        r = next(x for x in d["secrets"] if x["type"] == "customer_portal_hs384_jwt")
        v = r["secrets"][0]["value"]
        h, p, s = v.split(".")
        _set_value(r, h + ".eyJub3QganNvbg." + s)

    def m18(d):
        r = next(x for x in d["secrets"] if x["type"] == "stove_telemetry_device_key")
        v = r["secrets"][0]["value"]
        dgt = v[16]
        _set_value(r, v[:16] + str((int(dgt) + 1) % 10) + v[17:])

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_crc32_tail_broken", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
            ("m14_earlier_syntax_name", m14), ("m15_gtin_check_digit_broken", m15),
            ("m16_password_form_in_negative", m16), ("m17_jwt_payload_not_json", m17), ("m18_damm_digit_broken", m18)]


def run_mutations(data, deny):
    base = set(run_checks(data, deny))
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        fn(d)
        errs = set(run_checks(d, deny))
        results.append((name, bool(errs - base)))
    return results
