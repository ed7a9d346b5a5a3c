"""Every check the build runs before writing anything."""
import base64
import re
import zlib
from collections import Counter

import dec216
import everyday216
import evasions216
import negatives216
import positional216
import prose216
import vendor216
from common216 import (MARK, PW_RE, PW_STRICT_RE, b58decode, b58check_ok, crc16_ccitt_false,
                       crc24, deny_hit, ean13_digit, isbn10_digit, jwt_ok, s10_digit)

ID_RE = {"s": re.compile(r"^p216-s-\d{4}$"), "e": re.compile(r"^p216-e-\d{4}$"), "n": re.compile(r"^p216-n-\d{4}$")}
POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
VENDOR_BY_NAME = {v["name"]: v for v in vendor216.VENDORS}
ENC_NAMES = [e[0] for e in evasions216.ENCODINGS]
EVA_TYPES = [t[0] for t in evasions216.TYPES]


def _b64u_len(s):
    return len(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)))


def everyday_shape(t, v):
    if t in everyday216.PASSWORD_TYPES:
        return bool(PW_RE.match(v))
    if t == "dcc_decoder_cv_sync_token":
        m = re.match(r"^dcv_([0-9A-Za-z]{30})_([0-9a-f]{8})$", v)
        return bool(m) and "%08x" % (zlib.crc32(m.group(1).encode()) & 0xFFFFFFFF) == m.group(2)
    if t == "swap_meet_ticket_paserk_key":
        m = re.match(r"^k4\.local\.([A-Za-z0-9_-]{43})$", v)
        return bool(m) and _b64u_len(m.group(1)) == 32
    if t == "race_timing_feed_jwt":
        return jwt_ok(v) and base64.urlsafe_b64decode(v.split(".")[0] + "==").find(b'"HS384"') > 0
    if t == "transponder_register_api_key":
        m = re.match(r"^tpr_([0-9a-z]{32})_([0-9a-f]{4})$", v)
        return bool(m) and "%04x" % crc16_ccitt_false(m.group(1).encode()) == m.group(2)
    if t == "exhibition_entry_signing_key":
        if not v.startswith("exk_") or not b58check_ok(v[4:]):
            return False
        raw = b58decode(v[4:])
        return len(raw) == 37 and raw[0] == 0x2A
    if t == "club_admin_totp_seed":
        return bool(re.match(r"^[A-Z2-7]{32}$", v)) and len(base64.b32decode(v)) == 20
    return False


def positional_shape(rec):
    syn = rec["type"][len(positional216.PFX):]
    v = rec["secrets"][0]["value"]
    if syn == "http_proxy_authorization_basic_b64_header":
        d = base64.b64decode(v).decode()
        return d.startswith("swapmeet:") and bool(PW_STRICT_RE.match(d[len("swapmeet:"):]))
    if syn == "xmpp_sasl_plain_auth_element_b64":
        d = base64.b64decode(v).decode().split("\0")
        return len(d) == 3 and d[0] == "" and d[1] == "timing" and bool(PW_STRICT_RE.match(d[2]))
    if syn == "smtp_auth_login_second_b64_line":
        return bool(PW_STRICT_RE.match(base64.b64decode(v).decode()))
    if not PW_STRICT_RE.match(v):
        return False
    if syn == "race_marshal_kiosk_fixed_width_cols_31_to_52":
        s = rec["secrets"][0]["start"]
        line_start = rec["text"].rfind("\n", 0, s) + 1
        line = rec["text"][line_start:rec["text"].find("\n", s)]
        return s - line_start == 30 and line[30:52].rstrip() == v and len(line) >= 52
    return True


def negative_structure(neg):
    errs = []
    c, t = neg["class"], neg["text"]
    if c == "kit_ean13_and_catalogue_codes":
        for e in re.findall(r"\b(\d{13})\b", t):
            if ean13_digit(e[:12]) != e[12]:
                errs.append("%s: bad EAN-13 %s" % (neg["id"], e))
    if c == "isbn_checked_hobby_books":
        for e in re.findall(r"\b(97[89]\d{10})\b", t):
            if ean13_digit(e[:12]) != e[12]:
                errs.append("%s: bad ISBN-13 %s" % (neg["id"], e))
        for e in re.findall(r"(?<![0-9])(\d{9}[0-9X])(?![0-9])", t):
            if isbn10_digit(e[:9]) != e[9]:
                errs.append("%s: bad ISBN-10 %s" % (neg["id"], e))
    if c == "parcel_tracking_s10_numbers":
        for pre, ser, chk in re.findall(r"\b([A-Z]{2})(\d{8})(\d)GB\b", t):
            if s10_digit(ser) != chk:
                errs.append("%s: bad S10 check digit" % neg["id"])
    if c == "pgp_armored_message_blocks":
        m = re.search(r"-----BEGIN PGP MESSAGE-----\n\n(.*?)\n=(\S{4})\n-----END", t, re.S)
        if not m:
            errs.append("%s: no armour" % neg["id"])
        else:
            data = base64.b64decode(m.group(1).replace("\n", ""))
            if crc24(data).to_bytes(3, "big") != base64.b64decode(m.group(2)):
                errs.append("%s: bad CRC-24" % neg["id"])
    return errs


def run(data, deny):
    E = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden, plains = data["hidden"], [r["secrets"][0]["plain"] for r in eva]

    # ---- ids and fields
    for recs, key, fields in ((pos, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            if list(r.keys()) != fields:
                E.append("%s: fields %s" % (r.get("id"), list(r.keys())))
            if not ID_RE[key].match(str(r.get("id"))) or r.get("id") != "p216-%s-%04d" % (key, i + 1):
                E.append("bad or non-sequential id %s at %d" % (r.get("id"), i))
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            E.append("duplicate ids in %s" % key)

    # ---- spans
    all_values = Counter()
    for r in pos + eva:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            E.append("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r in eva else SPAN_FIELDS
        if list(s.keys()) != want:
            E.append("%s: span fields %s" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        if not v or v != v.strip():
            E.append("%s: empty value or edge whitespace" % r["id"])
        if r["text"][s["start"]:s["end"]] != v:
            E.append("%s: span does not re-slice" % r["id"])
        if r["type"] != s["type"]:
            E.append("%s: record type != span type" % r["id"])
        if r["text"].count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        all_values[v] += 1
        for bad in (MARK, "\0", "PRIVATE KEY"):
            if bad in r["text"]:
                E.append("%s: forbidden marker in text" % r["id"])
    for v, n in all_values.items():
        if n > 1:
            E.append("value reused %d times: %s" % (n, v[:20]))
    for r in pos + eva:
        v = r["secrets"][0]["value"]
        for o in pos + eva:
            if o is not r and v in o["text"]:
                E.append("%s: value appears in %s" % (r["id"], o["id"]))
        for n_ in neg:
            if v in n_["text"]:
                E.append("%s: value appears in negative %s" % (r["id"], n_["id"]))
    for h in hidden + plains:
        for o in pos + eva + neg:
            if h in o["text"]:
                E.append("hidden password or evasion plain %s appears in %s" % (h[:12], o["id"]))

    # ---- shapes per source
    for r in pos:
        v = r["secrets"][0]["value"]
        src, t = r["source"], r["type"]
        if src == "everyday":
            if not everyday_shape(t, v):
                E.append("%s: everyday shape %s" % (r["id"], t))
        elif src == "vendor":
            vd = VENDOR_BY_NAME.get(t)
            if not vd or not vendor216.value_ok(vd, v):
                E.append("%s: vendor shape %s" % (r["id"], t))
            if r["container"] != t + "__" + r["container"].split("__")[-1]:
                E.append("%s: vendor container" % r["id"])
        elif src == "password":
            if not t.startswith(positional216.PFX) or not positional_shape(r):
                E.append("%s: positional shape %s" % (r["id"], t))
        elif src == "prose":
            s = r["secrets"][0]
            if not PW_STRICT_RE.match(v):
                E.append("%s: prose value shape" % r["id"])
            tx = r["text"]
            if s["start"] == 0 or not tx[s["start"] - 1].isspace() or s["end"] >= len(tx) or not tx[s["end"]].isspace():
                E.append("%s: prose value not set off by whitespace" % r["id"])
        else:
            E.append("%s: bad source %s" % (r["id"], src))
    for r in pos + eva + neg:
        for u in UUID_RE.findall(r["text"]):
            if u[14] != "4" or u[19].lower() not in "89ab":
                E.append("%s: UUID-shaped substring not v4: %s" % (r["id"], u))
    for r in pos + eva:
        for j in JWT_RE.findall(r["text"]):
            if not jwt_ok(j):
                E.append("%s: JWT-shaped substring invalid" % r["id"])
    for h in hidden:
        if not PW_STRICT_RE.match(h):
            E.append("hidden password shape")

    # ---- evasions
    ecount = Counter()
    for i, r in enumerate(eva):
        s = r["secrets"][0]
        if r["source"] != "evasion" or r["encoding"] != s.get("encoding"):
            E.append("%s: evasion source / encoding mismatch" % r["id"])
        if r["encoding"] not in ENC_NAMES:
            E.append("%s: unknown encoding %s" % (r["id"], r["encoding"]))
            continue
        try:
            d = dec216.decode(r["encoding"], s["value"])
        except Exception as ex:  # noqa
            d = "<error %s>" % ex
        if d != s["plain"]:
            E.append("%s: evasion does not decode to its plain" % r["id"])
        tx = r["text"]
        if tx[s["start"] - 2:s["start"]] != ":\n" or tx[s["end"]:s["end"] + 1] != "\n" or not tx[s["end"] + 1:].strip():
            E.append("%s: evasion layout" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            E.append("%s: run contains its plain" % r["id"])
        p = s["plain"]
        ok = {EVA_TYPES[0]: PW_STRICT_RE.match(p), EVA_TYPES[1]: re.match(r"^tto_[0-9A-Za-z]{16}$", p),
              EVA_TYPES[2]: re.match(r"^tdk-[a-z0-9]{18}$", p)}.get(r["type"])
        if not ok:
            E.append("%s: evasion plain shape / type" % r["id"])
        if r["container"].split("__")[0] != r["encoding"]:
            E.append("%s: evasion container" % r["id"])
        ecount[(r["encoding"], r["type"])] += 1
    for en in ENC_NAMES:
        for t in EVA_TYPES:
            if ecount[(en, t)] != 1:
                E.append("encoding %s type %s appears %d times" % (en, t, ecount[(en, t)]))
        wc = Counter(r["container"].split("__")[1] for r in eva if r["encoding"] == en)
        if sorted(wc.values()) != [1, 1, 1]:
            E.append("encoding %s not once per wording" % en)

    # ---- negatives
    for n_ in neg:
        if n_["source"] != "negative":
            E.append("%s: negative source" % n_["id"])
        E.extend(negative_structure(n_))
    texts = [n_["text"] for n_ in neg]
    if len(set(texts)) != len(texts):
        E.append("duplicate negative texts")
    ncls = Counter(n_["class"] for n_ in neg)
    if len(ncls) < 16 or len(neg) < 180:
        E.append("negatives: %d records in %d classes" % (len(neg), len(ncls)))

    # ---- deny-list
    names_to_check = set()
    for r in pos + eva + neg:
        names_to_check.add(r["container"])
    for r in pos + eva:
        names_to_check.add(r["type"])
    for r in eva:
        names_to_check.add(r["encoding"])
    for n_ in neg:
        names_to_check.add(n_["class"])
    names_to_check.update(k[0] for k in everyday216.KINDS + everyday216.SPARE_KINDS)
    names_to_check.update(n for n, _ in vendor216.SET_ASIDE)
    names_to_check.update(positional216.PFX + s for s in positional216.SET_ASIDE)
    for nm in sorted(names_to_check):
        h = deny_hit(nm, deny)
        if h:
            E.append("deny-listed name %s (hit: %s)" % (nm, h))
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(positional216.PFX):]
            if syn in deny["_syntaxes"] or syn in deny["_names"]:
                E.append("earlier syntax %s" % syn)
    langs = [r["container"].split("__")[1] for r in pos if r["source"] == "prose"]
    lang_names = {c: n for c, n, _s, _t in prose216.LANGS + prose216.SPARES}
    for c in langs + [s[0] for s in prose216.SPARES]:
        if c in deny["_codes"] or c in deny["_names"]:
            E.append("deny-listed language code %s" % c)
        nm = lang_names.get(c, c).lower()
        if nm in deny["_lnames"] or any(w in deny["_lnames"] for w in nm.split()):
            E.append("deny-listed language name %s" % nm)

    # ---- counts
    src = Counter(r["source"] for r in pos)
    if src["everyday"] != 180:
        E.append("everyday count %d" % src["everyday"])
    ev = [r for r in pos if r["source"] == "everyday"]
    kc = Counter(r["container"] for r in ev)
    if len(kc) != 45 or set(kc.values()) != {4}:
        E.append("everyday kinds not 45 x 4")
    for k in kc:
        if len({r["type"] for r in ev if r["container"] == k}) != 4:
            E.append("kind %s does not hold four different types" % k)
    tc = Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        E.append("everyday types not 12 x 15")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]
    if len(vt) != 120 or len(set(vt)) != 120:
        E.append("vendor count %d distinct %d" % (len(vt), len(set(vt))))
    pt = [r["type"] for r in pos if r["source"] == "password"]
    if not 95 <= len(pt) <= 120 or len(set(pt)) != len(pt):
        E.append("positional count %d" % len(pt))
    if src["prose"] != 40 or len(set(langs)) != 40:
        E.append("prose count %d languages %d" % (src["prose"], len(set(langs))))
    if len(eva) != 66:
        E.append("evasion count %d" % len(eva))
    if not 440 <= len(pos) <= 470:
        E.append("positives total %d" % len(pos))
    types_by_src = {}
    for r in pos:
        types_by_src.setdefault(r["source"], set()).add(r["type"])
    types_by_src["evasion"] = {r["type"] for r in eva}
    srcs = sorted(types_by_src)
    for i, a in enumerate(srcs):
        for b in srcs[i + 1:]:
            if types_by_src[a] & types_by_src[b]:
                E.append("span types shared by %s and %s" % (a, b))
    ne = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(set(ne)) != len(ne):
        E.append("non-everyday containers not unique")
    return E
