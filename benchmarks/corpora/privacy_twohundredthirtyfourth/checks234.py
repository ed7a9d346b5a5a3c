"""All checks run by build.py before anything is written, plus the mutation tests."""
import base64
import copy
import json
import re

import common234 as C
import everyday234
import evasions234
import negatives234
import positional234
import prose234
import vendor234
import dec234
from enc234 import ENCODINGS, ENCODING_NAMES

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]

EVERYDAY_TYPES = {t[0] for t in everyday234.TYPES}
ALL_SPECS = {s[0]: s for s in vendor234.SPECS}


def everyday_shape_ok(typ, v):
    if typ.endswith("_password"):
        return C.OWNER_PW_RE.match(v) is not None
    if typ == "wash_token_damm_key":
        m = re.match(r"^wtk_([0-9]{11})_[A-Za-z0-9]{28}$", v)
        return bool(m) and C.damm_ok(m.group(1))
    if typ == "rfid_gateway_crc32_secret":
        m = re.match(r"^lrg_([A-Za-z0-9]{32})_([0-9a-f]{8})$", v)
        return bool(m) and C.crc32_hex(m.group(1)) == m.group(2)
    if typ == "garment_tracker_hs384_jwt":
        if not C.jwt_valid(v):
            return False
        h = json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
        return h.get("alg") == "HS384"
    if typ == "booking_site_laravel_app_key":
        m = re.match(r"^base64:([A-Za-z0-9+/]{43}=)$", v)
        return bool(m) and len(base64.b64decode(m.group(1))) == 32
    if typ == "card_reader_p256_pkcs8_key":
        try:
            b = base64.b64decode(v, validate=True)
        except Exception:
            return False
        if len(b) != 67 or not b.startswith(everyday234.P256_PREFIX):
            return False
        d = int.from_bytes(b[35:], "big")
        return 0 < d < everyday234.P256_ORDER
    if typ == "staff_totp_base32_seed":
        return re.match(r"^[A-Z2-7]{32}$", v) is not None and len(base64.b32decode(v)) == 20
    return False


def check_all(pos, ev, neg, deny, counts_expected=True):
    E = []
    err = E.append
    deny_names = set(deny["names"])
    deny_syn = set(deny["syntaxes"])
    deny_codes = set(deny["language_codes"])
    deny_lnames = set(deny["language_names"])

    # ---------------- ids and record structure
    for recs, pre, fields in ((pos, "s", POS_FIELDS), (ev, "e", EV_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            want = "%s-%s-%04d" % (C.PREFIX, pre, i + 1)
            if r.get("id") != want:
                err("id %r expected %s" % (r.get("id"), want))
            if list(r.keys()) != fields:
                err("%s: fields %r" % (r.get("id"), list(r.keys())))
    all_texts = [(r["id"], r["text"]) for r in pos + ev + neg]

    values = {}
    for r in pos + ev:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            err("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want_fields = EV_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want_fields:
            err("%s: span fields %r" % (r["id"], list(s.keys())))
        v, st, en = s.get("value", ""), s.get("start"), s.get("end")
        if not v or r["text"][st:en] != v:
            err("%s: span does not re-slice" % r["id"])
        if v != v.strip():
            err("%s: value has edge whitespace" % r["id"])
        if s.get("type") != r["type"]:
            err("%s: span type != record type" % r["id"])
        if r["text"].count(v) != 1:
            err("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        if v in values:
            err("%s: value reused from %s" % (r["id"], values[v]))
        values[v] = r["id"]
        if "\u0000" in r["text"]:
            err("%s: marker left in text" % r["id"])
    # every value in no other record's text
    for v, rid in values.items():
        for tid, t in all_texts:
            if tid != rid and v in t:
                err("%s: value appears in %s" % (rid, tid))
    plains = [(r["id"], r["secrets"][0].get("plain", "")) for r in ev if r.get("secrets")]
    for rid, p in plains:
        for tid, t in all_texts:
            if p and p in t:
                err("%s: evasion plain visible in %s" % (rid, tid))
    # negatives
    neg_texts = set()
    for r in neg:
        if r.get("source") != "negative":
            err("%s: source" % r["id"])
        if r["text"] in neg_texts:
            err("%s: duplicate negative text" % r["id"])
        neg_texts.add(r["text"])
        if C.WORLD_PW_FORM_RE.search(r["text"]):
            err("%s: world-word password form in negative" % r["id"])
    # ---------------- UUID and JWT validity in all texts
    for tid, t in all_texts:
        for m in C.UUID_RE.finditer(t):
            if not C.UUID4_RE.match(m.group(0)):
                err("%s: non-v4 UUID %s" % (tid, m.group(0)))
        for m in C.JWT_RE.finditer(t):
            if not C.jwt_valid(m.group(0)):
                err("%s: JWT-shaped string is not a valid JWT" % tid)

    # ---------------- shapes per source
    by_src = {}
    for r in pos:
        by_src.setdefault(r["source"], []).append(r)
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            err("%s: source %r" % (r["id"], r["source"]))
    for r in by_src.get("everyday", []):
        if r["type"] not in EVERYDAY_TYPES or not everyday_shape_ok(r["type"], r["secrets"][0]["value"]):
            err("%s: everyday shape" % r["id"])
    for r in by_src.get("vendor", []):
        spec = ALL_SPECS.get(r["type"])
        v = r["secrets"][0]["value"]
        if not spec:
            err("%s: unknown vendor type" % r["id"])
            continue
        if not re.match(vendor234.shape_regex(spec[3]), v) or not vendor234.extra_valid(spec[3], v):
            err("%s: vendor shape" % r["id"])
        if not r["container"].startswith(r["type"] + "__"):
            err("%s: vendor container" % r["id"])
    for r in by_src.get("password", []):
        if not r["type"].startswith(positional234.PW_PREFIX):
            err("%s: positional prefix" % r["id"])
        if not C.STRICT_PW_RE.match(r["secrets"][0]["value"]):
            err("%s: positional value not strict password form" % r["id"])
    for r in by_src.get("prose", []):
        s = r["secrets"][0]
        if not C.STRICT_PW_RE.match(s["value"]):
            err("%s: prose value form" % r["id"])
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            err("%s: prose value not set off by whitespace" % r["id"])
    # ---------------- evasions
    ev_types = [t[0] for t in evasions234.TYPES]
    wordings = [w[0] for w in evasions234.WORDINGS]
    for r in ev:
        s = r["secrets"][0]
        enc = r.get("encoding")
        if s.get("encoding") != enc or enc not in ENCODING_NAMES:
            err("%s: encoding mismatch" % r["id"])
            continue
        try:
            dec = dec234.decode(enc, s["value"])
        except Exception as ex:
            dec = "<%s>" % ex
        if dec != s.get("plain"):
            err("%s: run does not decode to plain" % r["id"])
        p = s.get("plain", "")
        if p in s["value"] or p == s["value"]:
            err("%s: plain inside run" % r["id"])
        if r["type"] == ev_types[0] and not C.STRICT_PW_RE.match(p):
            err("%s: evasion password plain form" % r["id"])
        if r["type"] == ev_types[1] and not re.match(r"^cmx_[A-Za-z0-9]{16}$", p):
            err("%s: cmx plain form" % r["id"])
        if r["type"] == ev_types[2] and not re.match(r"^lnp-[a-z0-9]{20}$", p):
            err("%s: lnp plain form" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or len(t) <= s["end"] + 1:
            err("%s: evasion layout" % r["id"])
        if not r["container"].startswith(enc + "__") or r["container"].split("__")[1] not in wordings:
            err("%s: evasion container" % r["id"])

    # ---------------- deny-list
    def deny(kind, name):
        hits = C.deny_hits(name, deny_names)
        if hits:
            err("deny-list: %s %r overlaps %r" % (kind, name, hits))
    for r in pos + ev:
        deny("container", r["container"])
        deny("span type", r["type"])
    for r in ev:
        deny("encoding", r["encoding"])
    for r in neg:
        deny("negative class", r["class"])
        deny("negative container", r["container"])
    for name in ENCODING_NAMES:
        deny("encoding", name)
    for cls, _d, kinds in negatives234.CLASSES:
        deny("negative class", cls)
        for k, _f in kinds:
            deny("negative base kind", k)
    for w in negatives234.WRAPPERS:
        deny("negative wrapper", w)
    for k in everyday234.KINDS:
        deny("everyday kind", k[0])
    for s in vendor234.STYLES:
        deny("vendor style", s[0])
    for name in vendor234.SET_ASIDE:
        deny("set-aside vendor", name)
    for name in list(positional234.SUFFIX.values()) + list(prose234.FORMATS) + wordings + ev_types:
        deny("name", name)
    syntaxes = [r["type"][len(positional234.PW_PREFIX):] for r in by_src.get("password", [])]
    for syn in syntaxes + list(positional234.SET_ASIDE):
        deny("syntax", syn)
        if syn in deny_syn:
            err("deny-list: syntax %r is an earlier syntax" % syn)
    langs = [r["container"].split("__")[1] for r in by_src.get("prose", [])]
    table = {c: n for c, n, _s, _t in prose234.LANGS}
    table.update(dict(prose234.SPARES))
    for code in langs + [c for c, _n in prose234.SPARES]:
        if code in deny_codes or code in deny_names:
            err("deny-list: language code %r" % code)
        nm = table.get(code, "").lower()
        if not nm or nm in deny_lnames or any(w in deny_lnames for w in re.split(r"[\s\-]+", nm)):
            err("deny-list: language name %r (%s)" % (nm, code))

    # ---------------- counts
    if counts_expected:
        ed = by_src.get("everyday", [])
        if len(ed) != 180:
            err("everyday count %d" % len(ed))
        kinds = {}
        for r in ed:
            kinds.setdefault(r["container"], []).append(r["type"])
        if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
            err("everyday: 45 kinds x 4 different types")
        tcount = {}
        for r in ed:
            tcount[r["type"]] = tcount.get(r["type"], 0) + 1
        if len(tcount) != 12 or set(tcount.values()) != {15}:
            err("everyday: 12 types x 15")
        vd = by_src.get("vendor", [])
        if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
            err("vendor: 120 distinct types")
        pw = by_src.get("password", [])
        if not 95 <= len(pw) <= 120 or len(set(syntaxes)) != len(pw):
            err("positional: 95-120 distinct syntaxes, one record each (%d)" % len(pw))
        pr = by_src.get("prose", [])
        if len(pr) != 40 or len(set(langs)) != 40:
            err("prose: 40 records in 40 languages")
        if not 440 <= len(pos) <= 470:
            err("positives total %d" % len(pos))
        if len(ev) != 66:
            err("evasions count %d" % len(ev))
        per_enc = {}
        for r in ev:
            per_enc.setdefault(r["encoding"], []).append((r["type"], r["container"].split("__")[1]))
        if len(per_enc) != 22 or any(len({t for t, _ in v}) != 3 or len({w for _, w in v}) != 3 for v in per_enc.values()):
            err("evasions: 22 encodings x 3 (once per type and wording)")
        classes = {r["class"] for r in neg}
        if len(neg) < 180 or len(classes) < 16:
            err("negatives: %d records in %d classes" % (len(neg), len(classes)))
        src_types = {}
        for r in pos:
            src_types.setdefault(r["source"], set()).add(r["type"])
        srcs = list(src_types)
        for i in range(len(srcs)):
            for j in range(i + 1, len(srcs)):
                if src_types[srcs[i]] & src_types[srcs[j]]:
                    err("span types shared between sources")
    return E


# ---------------------------------------------------------------- mutation tests
def _first(recs, src):
    for r in recs:
        if r.get("source") == src:
            return r
    raise KeyError(src)


def mutations():
    def m01(p, e, n, d):
        s = _first(p, "vendor")["secrets"][0]
        s["start"] += 1

    def m02(p, e, n, d):
        s = _first(p, "everyday")["secrets"][0]
        s["value"] = s["value"][:-1]
        s["end"] -= 1

    def m03(p, e, n, d):
        a = _first(p, "password")
        b = [r for r in p if r["source"] == "password"][1]
        v = a["secrets"][0]["value"]
        sb = b["secrets"][0]
        b["text"] = b["text"][:sb["start"]] + v + b["text"][sb["end"]:]
        sb["value"], sb["end"] = v, sb["start"] + len(v)

    def m04(p, e, n, d):
        n[0]["text"] += "\n" + _first(p, "vendor")["secrets"][0]["value"]

    def m05(p, e, n, d):
        e[0]["secrets"][0]["plain"] = e[0]["secrets"][0]["plain"][:-1] + "Q"

    def m06(p, e, n, d):
        _first(p, "everyday")["container"] = d["names"][0]

    def m07(p, e, n, d):
        for r in n:
            if r["class"] == n[0]["class"]:
                r["class"] = "masked_values_in_screens"

    def m08(p, e, n, d):
        e[0]["encoding"] = "morse_code_with_caret_capitals"
        e[0]["secrets"][0]["encoding"] = "morse_code_with_caret_capitals"

    def m09(p, e, n, d):
        del n[170:]

    def m10(p, e, n, d):
        r = _first(p, "prose")
        r["container"] = r["container"].split("__")[0] + "__rus"

    def m11(p, e, n, d):
        for r in p:
            if r["type"] == "wash_token_damm_key":
                s = r["secrets"][0]
                v = s["value"]
                bad = v[:14] + str((int(v[14]) + 1) % 10) + v[15:]
                r["text"] = r["text"].replace(v, bad)
                s["value"] = bad
                return

    def m12(p, e, n, d):
        n[3]["text"] += "\nevent 3f2b8c1a-1d2e-1f00-8abc-0123456789ab\n"

    def m13(p, e, n, d):
        r = _first(p, "vendor")
        r["secrets"].append(dict(r["secrets"][0]))

    def m14(p, e, n, d):
        r = _first(p, "password")
        old = r["type"]
        new = positional234.PW_PREFIX + "mysql_client_glued_lower_p"
        r["type"] = new
        r["secrets"][0]["type"] = new
        r["container"] = r["container"].replace(old, new)

    def m15(p, e, n, d):
        for r in p:
            if r["type"] == "rfid_gateway_crc32_secret":
                s = r["secrets"][0]
                v = s["value"]
                bad = v[:-1] + ("0" if v[-1] != "0" else "1")
                r["text"] = r["text"].replace(v, bad)
                s["value"] = bad
                return

    def m16(p, e, n, d):
        n[5]["text"] += "\nold till login was Linen-ab1c42\n"

    return [("m01_shifted_span_start", m01), ("m02_truncated_value", m02), ("m03_value_reused", m03),
            ("m04_positive_value_in_negative", m04), ("m05_evasion_plain_corrupted", m05),
            ("m06_deny_listed_container", m06), ("m07_deny_listed_negative_class", m07),
            ("m08_deny_listed_encoding", m08), ("m09_negatives_below_180", m09), ("m10_deny_listed_language", m10),
            ("m11_damm_digit_broken", m11), ("m12_non_v4_uuid", m12), ("m13_two_spans", m13),
            ("m14_earlier_syntax_name", m14), ("m15_crc32_tail_broken", m15), ("m16_password_form_in_negative", m16)]


def run_mutations(pos, ev, neg, deny):
    base = set(check_all(pos, ev, neg, deny))
    results = []
    for name, fn in mutations():
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        fn(p, e, n, deny)
        errs = set(check_all(p, e, n, deny))
        results.append((name, bool(errs - base)))
    return results
