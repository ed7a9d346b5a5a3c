"""All checks run before anything is written. check(data, deny) -> list of error strings."""
import base64
import json
import re
import zlib
from collections import Counter

import dec204
import everyday204
import negatives204
import positional204
import prose204
import vendor204
from common204 import (CROCKFORD, JWT_RE, PW_RE, PW_STRICT_RE, UUID_RE, b62_int, crockford_check, jwt_ok,
                       luhn_ok, name_parts)
from enc204 import ENCODINGS
from evasions204 import TYPES as EV_TYPES, WORDINGS

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
UUID_FULL = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def _pad(s):
    return s + "=" * (-len(s) % 4)


def vendor_regex(rx):
    if rx in ("PW", "JWT"):
        return None
    return re.compile("^" + rx.replace("UUID", UUID_FULL) + "$")


def check(data, deny):
    errs = []
    E = errs.append
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]

    # ---------------------------------------------------------------- ids and fields
    for recs, tag, fields in ((pos, "s", POS_FIELDS), (ev, "e", EV_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            want = "p204-%s-%04d" % (tag, i + 1)
            if r.get("id") != want:
                E("id %r should be %s" % (r.get("id"), want))
            if list(r.keys()) != fields:
                E("%s: fields %r" % (r.get("id"), list(r.keys())))
    ids = [r.get("id") for r in pos + ev + neg]
    if len(ids) != len(set(ids)):
        E("duplicate ids")

    # ---------------------------------------------------------------- spans
    all_values = []
    for r in pos + ev:
        rid = r.get("id")
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            E("%s: needs exactly one span" % rid)
            continue
        s = sp[0]
        want = EV_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            E("%s: span fields %r" % (rid, list(s.keys())))
        v, t = s.get("value", ""), r.get("text", "")
        if not v:
            E("%s: empty value" % rid)
            continue
        if t[s["start"]:s["end"]] != v:
            E("%s: span does not re-slice" % rid)
        if v != v.strip():
            E("%s: edge whitespace in value" % rid)
        if r["type"] != s["type"]:
            E("%s: record type != span type" % rid)
        if t.count(v) != 1:
            E("%s: value occurs %d times in its text" % (rid, t.count(v)))
        if "\x00" in t or "PRIVATE KEY" in t:
            E("%s: slot marker or PRIVATE KEY in text" % rid)
        all_values.append((rid, v))
    vc = Counter(v for _, v in all_values)
    for v, n in vc.items():
        if n > 1:
            E("value reused %d times: %s" % (n, v[:30]))
    texts = [(r["id"], r["text"]) for r in pos + ev]
    for rid, v in all_values:
        for oid, t in texts:
            if oid != rid and v in t:
                E("%s: value appears in %s" % (rid, oid))
        for n in neg:
            if v in n["text"]:
                E("%s: value appears in negative %s" % (rid, n["id"]))
    plains = [(r["id"], r["secrets"][0].get("plain", "")) for r in ev] + [("hidden", h) for h in hidden]
    for rid, p in plains:
        for oid, t in texts + [(n["id"], n["text"]) for n in neg]:
            if p and p in t:
                E("%s: plain / hidden password appears in %s" % (rid, oid))

    # ---------------------------------------------------------------- counts and sources
    by = {k: [r for r in pos if r["source"] == k] for k in ("everyday", "vendor", "password", "prose")}
    if set(r["source"] for r in pos) - set(by):
        E("unknown positive source")
    if not 440 <= len(pos) <= 470:
        E("positives %d not about 450" % len(pos))
    evd = by["everyday"]
    if len(evd) != 180:
        E("everyday %d != 180" % len(evd))
    kinds = Counter(r["container"] for r in evd)
    if len(kinds) != 45 or set(kinds.values()) != {4}:
        E("everyday: need 45 kinds x 4")
    tcount = Counter(r["type"] for r in evd)
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        E("everyday: need 12 types x 15")
    for k in kinds:
        if len(set(r["type"] for r in evd if r["container"] == k)) != 4:
            E("everyday kind %s lacks 4 different types" % k)
    ven = by["vendor"]
    if len(ven) != 120 or len(set(r["type"] for r in ven)) != 120:
        E("vendor: need 120 distinct types")
    styles = set(s[0] for s in vendor204.STYLES)
    for r in ven:
        head, _, tail = r["container"].partition("__")
        if head != r["type"] or tail not in styles:
            E("%s: vendor container not <type>__<style>" % r["id"])
    pw = by["password"]
    if not 95 <= len(pw) <= 120 or len(set(r["type"] for r in pw)) != len(pw):
        E("password syntaxes: %d records, need 95-120 distinct" % len(pw))
    pr = by["prose"]
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E("prose: need 40 records in 40 languages")
    if len(ev) != 66:
        E("evasions %d != 66" % len(ev))
    st = {k: set(r["type"] for r in v) for k, v in by.items()}
    st["evasion"] = set(r["type"] for r in ev)
    keys = list(st)
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if st[keys[i]] & st[keys[j]]:
                E("span types shared by %s and %s" % (keys[i], keys[j]))
    ne_conts = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in ev]
    if len(ne_conts) != len(set(ne_conts)):
        E("non-everyday containers not unique")

    # ---------------------------------------------------------------- shapes: everyday
    kind_of = {t[0]: t[3] for t in everyday204.TYPES}
    for r in evd:
        v, k = r["secrets"][0]["value"], kind_of.get(r["type"])
        if k == "pw" and not PW_RE.match(v):
            E("%s: everyday password shape" % r["id"])
        elif k == "rsc":
            if not re.fullmatch(r"rsc_[0-9A-Za-z]{36}", v) or b62_int(zlib.crc32(v[4:34].encode()) & 0xFFFFFFFF, 6) != v[34:]:
                E("%s: rsc_ CRC-32 tail" % r["id"])
        elif k == "wg":
            try:
                b = base64.b64decode(v, validate=True)
                if len(b) != 32 or b[0] & 7 or not (b[31] & 64) or b[31] & 128:
                    E("%s: WireGuard key not a clamped 32-byte key" % r["id"])
            except Exception:
                E("%s: WireGuard key not Base64" % r["id"])
        elif k == "spq":
            if not re.fullmatch(r"spq_[A-Za-z0-9_-]{43}", v) or len(base64.urlsafe_b64decode(_pad(v[4:]))) != 32:
                E("%s: spq_ length" % r["id"])
        elif k == "prw":
            if not re.fullmatch(r"prw_v1_[0-9a-f]{48}", v):
                E("%s: prw_ shape" % r["id"])
        elif k == "jwt":
            if not jwt_ok(v) or json.loads(base64.urlsafe_b64decode(_pad(v.split(".")[0])))["alg"] != "HS384":
                E("%s: ticketing JWT" % r["id"])
        elif k == "tdw":
            m = re.fullmatch(r"TDW-([0-9A-HJKMNP-TV-Z]{5})-([0-9A-HJKMNP-TV-Z]{5})-([0-9A-HJKMNP-TV-Z]{5})-([0-9A-HJKMNP-TV-Z]{5})-(.)", v)
            if not m or crockford_check("".join(m.groups()[:4])) != m.group(5):
                E("%s: TDW check symbol" % r["id"])

    # ---------------------------------------------------------------- shapes: vendor
    vmeta = {x[0]: x for x in vendor204.VENDORS}
    for r in ven:
        meta = vmeta.get(r["type"])
        if not meta:
            E("%s: unknown vendor type" % r["id"])
            continue
        v, rx = r["secrets"][0]["value"], meta[2]
        if rx == "PW":
            if not PW_RE.match(v):
                E("%s: vendor password shape" % r["id"])
        elif rx == "JWT":
            if not jwt_ok(v):
                E("%s: vendor JWT" % r["id"])
        elif not vendor_regex(rx).match(v):
            E("%s: vendor regex %s" % (r["id"], rx))
        if r["type"] == "cloudflare_tunnel_token":
            try:
                o = json.loads(base64.b64decode(v))
                assert set(o) == {"a", "t", "s"}
            except Exception:
                E("%s: tunnel token JSON" % r["id"])
        if r["type"] == "onepassword_service_account_token":
            try:
                json.loads(base64.b64decode(_pad(v[4:])))
            except Exception:
                E("%s: 1Password token JSON" % r["id"])
        if r["type"] == "intercom_access_token":
            if not base64.b64decode(v).startswith(b"tok:"):
                E("%s: intercom frame" % r["id"])
        if r["type"] == "jfrog_reference_token":
            if not base64.b64decode(_pad(v)).startswith(b"reftkn:01:"):
                E("%s: jfrog frame" % r["id"])
        if r["type"] == "amazon_ses_smtp_password":
            b = base64.b64decode(v)
            if len(b) != 33 or b[0] != 4:
                E("%s: SES SMTP frame" % r["id"])

    # ---------------------------------------------------------------- shapes: positional
    pkind = {positional204.TYPE_PREFIX + s[0]: s[3] for s in positional204.SYNTAXES}
    for r in pw:
        v, k = r["secrets"][0]["value"], pkind.get(r["type"])
        syn = r["type"][len(positional204.TYPE_PREFIX):]
        if not r["type"].startswith(positional204.TYPE_PREFIX) or k is None:
            E("%s: unknown syntax" % r["id"])
            continue
        if syn in positional204.SET_ASIDE:
            E("%s: set-aside syntax used" % r["id"])
        if r["container"] != r["type"] + "__" + positional204.SUFFIX[[s[1] for s in positional204.SYNTAXES if s[0] == syn][0]]:
            E("%s: password container" % r["id"])
        if k in ("pw", "fixed", "nmea"):
            if not PW_STRICT_RE.match(v):
                E("%s: positional password shape" % r["id"])
        else:
            try:
                raw = base64.b64decode(v, validate=True).decode()
            except Exception:
                E("%s: positional Base64 does not decode" % r["id"])
                continue
            if k == "b64_pair":
                hid = raw.split(":", 1)[1] if ":" in raw else ""
            elif k == "b64_sasl":
                parts = raw.split("\0")
                hid = parts[2] if len(parts) == 3 and parts[0] == "" else ""
            else:
                hid = raw
            if not PW_STRICT_RE.match(hid) or hid not in hidden:
                E("%s: hidden password frame / shape" % r["id"])
        if k == "fixed":
            line = r["text"].split("\n")[1]
            if line[30:48].rstrip() != v:
                E("%s: fixed-width columns 31-48" % r["id"])
        if k == "nmea":
            m = re.search(r"\$(PFRYL,[^*\n]*)\*([0-9A-F]{2})", r["text"])
            cs = 0
            for ch in (m.group(1) if m else ""):
                cs ^= ord(ch)
            if not m or "%02X" % cs != m.group(2) or m.group(1).split(",")[3] != v:
                E("%s: NMEA login sentence checksum / field" % r["id"])

    # ---------------------------------------------------------------- shapes: prose
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if not PW_STRICT_RE.match(s["value"]):
            E("%s: prose password shape" % r["id"])
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            E("%s: prose value not set off by whitespace" % r["id"])

    # ---------------------------------------------------------------- UUIDs and JWTs
    for r in pos + ev + neg:
        for u in UUID_RE.findall(r["text"]):
            if not re.fullmatch(UUID_FULL, u.lower()):
                E("%s: UUID not version 4: %s" % (r["id"], u))
    for r in pos + ev:
        for j in JWT_RE.findall(r["text"]):
            if not jwt_ok(j):
                E("%s: JWT-shaped string not valid" % r["id"])

    # ---------------------------------------------------------------- evasions
    enc_names = [e[0] for e in ENCODINGS]
    wnames = [w[0] for w in WORDINGS]
    ev_types = {t[0] for t in EV_TYPES}
    if Counter(r["encoding"] for r in ev) != Counter({n: 3 for n in enc_names}):
        E("evasions: need each of 22 encodings x 3")
    for r in ev:
        s = r["secrets"][0]
        run, plain = s["value"], s.get("plain", "")
        if r["encoding"] != s.get("encoding"):
            E("%s: record / span encoding differ" % r["id"])
        if r["type"] not in ev_types:
            E("%s: unknown evasion type" % r["id"])
        enc_, _, wording = r["container"].partition("__")
        if enc_ != r["encoding"] or wording not in wnames:
            E("%s: evasion container" % r["id"])
        try:
            got = dec204.decode(r["encoding"], run)
        except Exception as ex:
            got = "<%s>" % ex
        if got != plain:
            E("%s: run does not decode to plain" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", plain) or plain in run or run == plain:
            E("%s: plain alphabet / plain inside run" % r["id"])
        if r["type"] == "ferry_evasion_bridge_laptop_password" and not PW_STRICT_RE.match(plain):
            E("%s: evasion password shape" % r["id"])
        if r["type"] == "ferry_evasion_gangway_gate_key" and not re.fullmatch(r"ggk_[0-9A-Za-z]{20}", plain):
            E("%s: ggk_ shape" % r["id"])
        if r["type"] == "ferry_evasion_pilot_ladder_code" and not re.fullmatch(r"plc-[0-9a-z]{16}", plain):
            E("%s: plc- shape" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            E("%s: evasion layout (rule:, run line, remark)" % r["id"])

    # ---------------------------------------------------------------- negatives
    if len(neg) < 180:
        E("negatives %d < 180" % len(neg))
    if len(set(n["class"] for n in neg)) < 16:
        E("negatives: fewer than 16 classes")
    if len(set(n["text"] for n in neg)) != len(neg):
        E("negatives: duplicate texts")
    for n in neg:
        if n.get("source") != "negative":
            E("%s: negative source" % n.get("id"))
        t = n["text"]
        if "\x00" in t or "PRIVATE KEY" in t:
            E("%s: slot marker or PRIVATE KEY in negative" % n["id"])
        c = n["class"]
        if c == "imo_and_mmsi_vessel_identifiers":
            for x in re.findall(r"IMO(?: number:)? (\d{7})", t):
                if not negatives204.imo_ok(x):
                    E("%s: IMO check digit" % n["id"])
        if c == "un_locode_and_port_call_refs":
            for x in re.findall(r"<IMO>(\d{7})</IMO>", t):
                if not negatives204.imo_ok(x):
                    E("%s: IMO check digit" % n["id"])
        if c == "iso6346_freight_unit_numbers":
            for x in re.findall(r"\b([A-Z]{3}[UJZ]\d{7})\b", t):
                if negatives204.iso6346_check(x[:10]) != x[10]:
                    E("%s: ISO 6346 check digit" % n["id"])
        if c == "ferry_booking_refs_and_ticket_numbers":
            for x in re.findall(r"\b(7\d{12})\b", t):
                if not luhn_ok(x):
                    E("%s: ticket Luhn" % n["id"])
        if c == "resident_card_numbers_luhn":
            for x in re.findall(r"\b(6337\d{12})\b", t):
                if not luhn_ok(x):
                    E("%s: resident card Luhn" % n["id"])
        if c == "ais_vdm_armoured_payload_sentences":
            for body, cs in re.findall(r"!(AIVDM,[^*]*)\*([0-9A-F]{2})", t):
                if negatives204.nmea_cs(body) != cs:
                    E("%s: AIVDM checksum" % n["id"])
        if c == "publishable_keys_on_ferry_booking_pages":
            for mid in re.findall(r"pk\.([A-Za-z0-9_-]+)\.", t):
                try:
                    json.loads(base64.urlsafe_b64decode(_pad(mid)))
                except Exception:
                    E("%s: Mapbox pk. middle not JSON" % n["id"])
        if c == "age_and_pgp_armored_ciphertext" and "PGP MESSAGE" in t:
            m = re.search(r"-----BEGIN PGP MESSAGE-----\n\n(.*?)\n=(\S{4})\n", t, re.S)
            if not m or base64.b64encode(negatives204.crc24(base64.b64decode(m.group(1).replace("\n", ""))).to_bytes(3, "big")).decode() != m.group(2):
                E("%s: PGP CRC-24" % n["id"])

    # ---------------------------------------------------------------- deny-list
    names = set(deny["names"])
    syntaxes = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])

    def bad(name):
        return any(p in names for p in name_parts(name))

    for r in pos + ev:
        if bad(r["container"]):
            E("%s: container %s deny-listed" % (r["id"], r["container"]))
        if bad(r["type"]):
            E("%s: span type %s deny-listed" % (r["id"], r["type"]))
    for r in ev:
        if bad(r["encoding"]):
            E("%s: encoding %s deny-listed" % (r["id"], r["encoding"]))
    for n in neg:
        if bad(n["class"]):
            E("%s: class %s deny-listed" % (n["id"], n["class"]))
        if bad(n["container"]):
            E("%s: container %s deny-listed" % (n["id"], n["container"]))
    for r in pw:
        syn = r["type"][len(positional204.TYPE_PREFIX):]
        if syn in syntaxes or syn in names:
            E("%s: syntax %s already listed" % (r["id"], syn))
    lang_name = {c: n for c, n, _s, _t in prose204.LANGS}
    lang_name.update(dict(prose204.SPARES))
    for code in langs + [c for c, _ in prose204.SPARES]:
        nm = lang_name.get(code, "")
        if code in codes or code in names:
            E("language code %s deny-listed" % code)
        if nm.lower() in lnames or any(w in lnames for w in re.split(r"[^\w]+", nm.lower()) if w):
            E("language name %s deny-listed" % nm)
    for (cname, _st, _t) in everyday204.CONTAINERS:
        if bad(cname):
            E("everyday kind %s deny-listed" % cname)
    if bad(everyday204.SPARE_CONTAINER[0]):
        E("spare kind deny-listed")
    return errs
