"""All checks run by build.py before anything is written."""
import base64
import json
import re
from collections import Counter

from common232 import (PREFIX, MARK, PW_RE, PW_STRICT_RE, PW_STRICT_SEARCH, JWT_RE, UUID_RE, jwt_valid,
                       uuid_v4_ok, crc16_ccitt_false, verhoeff_ok, luhn36_ok, wg_private_ok, DJANGO_CHARS,
                       isbn13_digit, iban_ok, b64u_dec, denied)
import everyday232 as ev
import vendor232 as vd
import positional232 as po
import prose232 as pr
import evasions232 as es
import enc232
import dec232
import negatives232 as ng

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]


def check_all(pos, eva, neg, hidden, deny):
    E = []
    err = E.append
    # ------------------------------------------------ ids and fields
    for recs, tag, fields in ((pos, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            want = "%s-%s-%04d" % (PREFIX, tag, i + 1)
            if r.get("id") != want:
                err("id %r should be %s" % (r.get("id"), want))
            if list(r.keys()) != fields:
                err("%s fields %r" % (r.get("id"), list(r.keys())))
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            err("duplicate ids in %s" % tag)
    all_texts = [r["text"] for r in pos + eva + neg]
    # ------------------------------------------------ spans
    values = []
    for r in pos + eva:
        rid = r["id"]
        sp = r["secrets"]
        if not isinstance(sp, list) or len(sp) != 1:
            err("%s must have exactly one span" % rid)
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            err("%s span fields %r" % (rid, list(s.keys())))
            continue
        v = s["value"]
        if not v or v != v.strip():
            err("%s empty value or edge whitespace" % rid)
        if r["text"][s["start"]:s["end"]] != v:
            err("%s span does not re-slice" % rid)
        if r["type"] != s["type"]:
            err("%s record type != span type" % rid)
        if r["text"].count(v) != 1:
            err("%s value occurs %d times in its text" % (rid, r["text"].count(v)))
        values.append((rid, v))
    vc = Counter(v for _, v in values)
    for v, c in vc.items():
        if c > 1:
            err("value reused %d times: %.30s" % (c, v))
    for rid, v in values:
        n = sum(t.count(v) for t in all_texts)
        if n != 1:
            err("%s value found %d times across all texts" % (rid, n))
    plains = [r["secrets"][0].get("plain", "") for r in eva if r["secrets"]]
    for p in plains + hidden:
        for t in all_texts:
            if p and p in t:
                err("hidden / plain value visible in a text: %.20s" % p)
                break
    for t in all_texts:
        if MARK in t or "\x00" in t or "PRIVATE KEY" in t:
            err("slot marker, NUL or PRIVATE KEY in a text")
    # ------------------------------------------------ shapes
    for r in pos:
        rid, t, v = r["id"], r["type"], r["secrets"][0]["value"]
        src = r["source"]
        if src == "everyday":
            if t in ev.PASSWORD_TYPES and not PW_RE.match(v):
                err("%s everyday password shape" % rid)
            if t == "maglock_relay_api_key":
                m = re.fullmatch(r"mlk_([0-9A-Za-z]{24})_([0-9a-f]{4})", v)
                if not m or int(m.group(2), 16) != crc16_ccitt_false(m.group(1).encode()):
                    err("%s mlk_ CRC-16 tail" % rid)
            if t == "booking_widget_api_key":
                m = re.fullmatch(r"erb_([0-9]{9})_[0-9a-f]{32}", v)
                if not m or not verhoeff_ok(m.group(1)):
                    err("%s erb_ Verhoeff digit" % rid)
            if t == "hunt_answer_webhook_secret":
                m = re.fullmatch(r"phw_([0-9a-z]{31})", v)
                if not m or not luhn36_ok(m.group(1)):
                    err("%s phw_ Luhn mod 36" % rid)
            if t == "game_state_hs512_jwt":
                if jwt_valid(v) or json.loads(b64u_dec(v.split(".")[0])).get("alg") != "HS512":
                    err("%s HS512 jwt" % rid)
            if t == "booking_site_django_secret_key":
                if len(v) != 50 or set(v) - set(DJANGO_CHARS):
                    err("%s django key" % rid)
            if t == "venue_wireguard_private_key":
                if not wg_private_ok(v):
                    err("%s wireguard clamping" % rid)
        elif src == "vendor":
            spec = VENDOR_SPEC.get(t)
            if spec is None:
                err("%s unknown vendor type" % rid)
            elif not re.fullmatch(vd.value_re(spec).strip("^$"), v):
                err("%s vendor shape %s" % (rid, t))
            elif spec == "glc":
                try:
                    json.loads(base64.b64decode(v[4:]))
                except Exception:
                    err("%s glc_ not Base64 JSON" % rid)
            elif spec == "mapbox_sk":
                try:
                    json.loads(b64u_dec(v.split(".")[1]))
                except Exception:
                    err("%s mapbox sk. not JSON" % rid)
            elif spec == "gmaps_sign" and len(base64.urlsafe_b64decode(v)) != 20:
                err("%s maps signing secret length" % rid)
        elif src == "password":
            if "b64" in t:
                try:
                    dec = base64.b64decode(v, validate=True).decode()
                    user, pw = dec.split(":", 1)
                    if not PW_STRICT_RE.match(pw):
                        err("%s hidden password shape" % rid)
                except Exception:
                    err("%s Base64 pair does not decode" % rid)
            elif not PW_STRICT_RE.match(v):
                err("%s positional password shape" % rid)
        elif src == "prose":
            if not PW_STRICT_RE.match(v):
                err("%s prose password shape" % rid)
            s0, e0 = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if s0 == 0 or e0 >= len(r["text"]) or not r["text"][s0 - 1].isspace() or not r["text"][e0].isspace():
                err("%s prose value not set off by whitespace" % rid)
    for h in hidden:
        if not PW_STRICT_RE.match(h):
            err("hidden password shape")
    for r in pos + eva + neg:
        for m in UUID_RE.finditer(r["text"]):
            if not uuid_v4_ok(m.group(0)):
                err("%s UUID-shaped substring not v4" % r["id"])
    for r in pos + eva:
        for m in JWT_RE.finditer(r["text"]):
            e = jwt_valid(m.group(0))
            if e:
                err("%s %s" % (r["id"], e))
    # ------------------------------------------------ evasions
    etypes = {t[0]: t[3] for t in es.TYPES}
    combos = Counter()
    for r in eva:
        s = r["secrets"][0]
        rid = r["id"]
        if r["encoding"] != s["encoding"]:
            err("%s record / span encoding differ" % rid)
        if r["container"] != "%s__%s" % (r["encoding"], r["container"].split("__")[-1]):
            err("%s container form" % rid)
        try:
            d = dec232.decode(s["encoding"], s["value"])
        except Exception as ex:
            d = None
            err("%s decoder error %s" % (rid, ex))
        if d != s["plain"]:
            err("%s does not decode to its plain" % rid)
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            err("%s run contains its plain" % rid)
        if r["type"] not in etypes or not re.match(etypes[r["type"]], s["plain"]):
            err("%s plain shape" % rid)
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or len(t) <= s["end"] + 1:
            err("%s run layout" % rid)
        combos[(r["encoding"], r["type"])] += 1
        combos[(r["encoding"], r["container"].split("__")[-1])] += 1
    encs = Counter(r["encoding"] for r in eva)
    if len(eva) != 66 or len(encs) != 22 or set(encs.values()) != {3}:
        err("evasions must be 22 encodings x 3")
    if any(c != 1 for c in combos.values()):
        err("evasion encoding not once per type and once per wording")
    # ------------------------------------------------ negatives
    if len(neg) < 180:
        err("fewer than 180 negatives")
    if len({r["class"] for r in neg}) < 16:
        err("fewer than 16 negative classes")
    if len({r["text"] for r in neg}) != len(neg):
        err("duplicate negative texts")
    pos_vals = [v for _, v in values] + plains + hidden
    for r in neg:
        if r["source"] != "negative":
            err("%s negative source" % r["id"])
        for v in pos_vals:
            if v in r["text"]:
                err("%s positive value inside a negative" % r["id"])
                break
        if PW_STRICT_SEARCH.search(r["text"]):
            err("%s password-form string in a negative" % r["id"])
        if r["class"] == "isbn13_puzzle_book_codes":
            for m in re.finditer(r"97[89][0-9-]{10,14}", r["text"]):
                d = m.group(0).replace("-", "")
                if len(d) != 13 or isbn13_digit(d[:12]) != d[12]:
                    err("%s ISBN check digit" % r["id"])
        if r["class"] == "iban_and_sort_code_payment_details":
            for m in re.finditer(r"GB[0-9]{2}(?: ?[A-Z0-9]{4}){4}(?: ?[A-Z0-9]{2})", r["text"]):
                if not iban_ok(m.group(0).replace(" ", "")):
                    err("%s IBAN check digits" % r["id"])
    # ------------------------------------------------ deny-list
    names = []
    names += [("container", r["container"]) for r in pos + eva + neg]
    names += [("span type", r["type"]) for r in pos + eva]
    names += [("encoding", e) for e in enc232.ENCODINGS] + [("encoding", r["encoding"]) for r in eva]
    names += [("negative class", r["class"]) for r in neg]
    names += [("negative class", c[0]) for c in ng.CLASSES] + [("negative class", c) for c in ng.UNUSED_CLASSES]
    names += [("negative base kind", k.__name__[2:]) for c in ng.CLASSES for k in c[2]]
    names += [("wrapper", w[0]) for w in ng.WRAPPERS if w[0]]
    names += [("vendor style", s[0]) for s in vd.STYLES] + [("set-aside vendor", v) for v in vd.SET_ASIDE]
    names += [("password suffix", s) for s in po.SUFFIX.values()] + [("set-aside syntax", s) for s in po.SET_ASIDE]
    names += [("prose format", f) for f in pr.FORMATS] + [("wording", w) for w in es.WORDINGS]
    names += [("spare kind", ev.SPARE_KIND)] + [("everyday kind", c[0]) for c in ev.CONTAINERS]
    for what, n in names:
        hit = denied(n, deny)
        if hit:
            err("deny-listed %s %s (%s)" % (what, n, ", ".join(hit)))
    syns = [r["type"][len(po.PFX):] for r in pos if r["source"] == "password"] + list(po.SET_ASIDE)
    for s in syns:
        if s.lower() in deny["_syn"] or s.lower() in deny["_names"]:
            err("syntax %s is an earlier syntax" % s)
    langs = [(r["container"].split("__")[-1], None) for r in pos if r["source"] == "prose"]
    langs += [(c, n) for c, n, _s, _t in pr.LANGS] + list(pr.SPARES)
    for code, name in langs:
        if code in deny["_codes"] or code in deny["_names"]:
            err("deny-listed language code %s" % code)
        if name:
            ws = [name.lower()] + re.split(r"[\s-]+", name.lower())
            if any(w in deny["_lnames"] for w in ws):
                err("deny-listed language name %s" % name)
    # ------------------------------------------------ counts
    src = Counter(r["source"] for r in pos)
    if src["everyday"] != 180:
        err("everyday must be 180")
    evd = [r for r in pos if r["source"] == "everyday"]
    kinds = Counter(r["container"] for r in evd)
    if len(kinds) != 45 or set(kinds.values()) != {4}:
        err("everyday must be 45 kinds x 4")
    for k in kinds:
        if len({r["type"] for r in evd if r["container"] == k}) != 4:
            err("everyday kind %s must hold four different types" % k)
    tc = Counter(r["type"] for r in evd)
    if len(tc) != 12 or set(tc.values()) != {15}:
        err("everyday types must be 12 x 15")
    vend = [r for r in pos if r["source"] == "vendor"]
    if len(vend) != 120 or len({r["type"] for r in vend}) != 120:
        err("vendor must be 120 distinct types")
    for r in vend:
        if not r["container"].startswith(r["type"] + "__"):
            err("%s vendor container form" % r["id"])
    pw = [r for r in pos if r["source"] == "password"]
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        err("password syntaxes must be 95-120 distinct, one record each")
    prs = [r for r in pos if r["source"] == "prose"]
    if len(prs) != 40 or len({r["container"].split("__")[-1] for r in prs}) != 40:
        err("prose must be 40 records in 40 languages")
    if not 440 <= len(pos) <= 470:
        err("positives total out of range")
    tsets = {}
    for r in pos + eva:
        tsets.setdefault(r["source"], set()).add(r["type"])
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                err("span types shared between %s and %s" % (ks[i], ks[j]))
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(set(nonev)) != len(nonev):
        err("non-everyday containers not unique")
    return E


VENDOR_SPEC = {v[0]: v[2] for v in vd.VENDORS}
