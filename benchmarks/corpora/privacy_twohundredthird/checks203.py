"""Every check the build runs before writing anything."""
import base64
import binascii
import json
import re
import zlib

import dec203
from common203 import (PREFIX, PWPREFIX, MARK, PW_RE, STRICT_PW_RE, SIGLEN, crc16_xmodem, crc32_b62)
import everyday203
import vendor203
import positional203
import prose203
import enc203
import evasions203
import negatives203

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EV_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
PLAIN_ALPHA = re.compile(r"^[A-Za-z0-9_.-]+$")


def _b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(_b64u_dec(h))
        json.loads(_b64u_dec(p))
        return len(_b64u_dec(s)) == SIGLEN[hd["alg"]]
    except Exception:
        return False


def check_ids(recs, kind, errs):
    for i, r in enumerate(recs):
        want = "%s-%s-%04d" % (PREFIX, kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r out of sequence (want %s)" % (r.get("id"), want))


def check_structure(data, errs):
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    check_ids(pos, "s", errs)
    check_ids(ev, "e", errs)
    check_ids(neg, "n", errs)
    ids = [r["id"] for r in pos + ev + neg]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in pos:
        if list(r.keys()) != POS_KEYS:
            errs.append("%s: positive fields %s" % (r["id"], list(r.keys())))
        if r.get("source") not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: bad source" % r["id"])
    for r in ev:
        if list(r.keys()) != EV_KEYS:
            errs.append("%s: evasion fields %s" % (r["id"], list(r.keys())))
        if r.get("source") != "evasion":
            errs.append("%s: bad source" % r["id"])
    for r in pos + ev:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s: must hold exactly one span" % r["id"])
            continue
        s = sp[0]
        want = EV_SPAN if r in ev else POS_SPAN
        if list(s.keys()) != want:
            errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
        v, t = s.get("value", ""), r["text"]
        if not v or v != v.strip():
            errs.append("%s: empty value or edge whitespace" % r["id"])
        if t[s["start"]:s["end"]] != v:
            errs.append("%s: span does not re-slice" % r["id"])
        if s.get("type") != r.get("type"):
            errs.append("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        for bad in (MARK, "\x00", "PRIVATE KEY"):
            if bad in t:
                errs.append("%s: forbidden string %r in text" % (r["id"], bad))
    for r in neg:
        if list(r.keys()) != NEG_KEYS:
            errs.append("%s: negative fields %s" % (r["id"], list(r.keys())))
        if r.get("source") != "negative":
            errs.append("%s: bad source" % r["id"])
        for bad in (MARK, "\x00", "PRIVATE KEY"):
            if bad in r["text"]:
                errs.append("%s: forbidden string in negative" % r["id"])


def check_values(data, errs):
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    allrec = pos + ev
    values = [r["secrets"][0]["value"] for r in allrec if r.get("secrets")]
    seen = {}
    for r in allrec:
        v = r["secrets"][0]["value"]
        if v in seen:
            errs.append("%s: value reused from %s" % (r["id"], seen[v]))
        seen.setdefault(v, r["id"])
    # value in another record's text (6+ chars to keep it meaningful)
    texts = [(r["id"], r["text"]) for r in allrec]
    for r in allrec:
        v = r["secrets"][0]["value"]
        if len(v) < 6:
            continue
        for rid, t in texts:
            if rid != r["id"] and v in t:
                errs.append("%s: value appears in %s" % (r["id"], rid))
        for n in neg:
            if v in n["text"]:
                errs.append("%s: value appears in negative %s" % (r["id"], n["id"]))
    hidden = list(data["hidden"].values()) + [r["secrets"][0]["plain"] for r in ev]
    for h in hidden:
        for rid, t in texts + [(n["id"], n["text"]) for n in neg]:
            if h in t:
                errs.append("hidden/plain %r appears in %s" % (h, rid))
    ntexts = [n["text"] for n in neg]
    if len(ntexts) != len(set(ntexts)):
        errs.append("duplicate negative texts")


def check_prose(data, errs):
    for r in data["secrets"]:
        if r["source"] != "prose":
            continue
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])


EV_CHECKS = {
    "furnace_telemetry_ingest_token": lambda v: re.fullmatch(r"fti_[0-9A-Za-z]{36}", v) and crc32_b62(v[4:34]) == v[34:],
    "class_booking_webhook_secret": lambda v: v.startswith("cbw1.") and len(v) == 45 and len(base64.b32decode(v[5:])) == 25,
    "studio_member_session_jwt": lambda v: jwt_ok(v) and json.loads(_b64u_dec(v.split(".")[0]))["alg"] == "EdDSA",
    "kiln_mqtt_tls_psk": lambda v: re.fullmatch(r"[0-9A-F]{32}", v),
    "gallery_pos_api_key": lambda v: re.fullmatch(r"gpk_live_[a-z0-9]{32}_[0-9a-f]{4}", v) and "%04x" % crc16_xmodem(v[9:41].encode()) == v[42:],
    "consignment_sync_hmac_key": lambda v: len(v) == 64 and len(base64.b64decode(v, validate=True)) == 48,
}


def _safe(fn, v):
    try:
        return bool(fn(v))
    except Exception:
        return False


def check_shapes(data, errs):
    vinfo = {v[0]: v for v in vendor203.VENDORS}
    for r in data["secrets"]:
        v = r["secrets"][0]["value"]
        t = r["type"]
        if r["source"] == "everyday":
            if t in everyday203.PASSWORD_TYPES:
                if not PW_RE.match(v):
                    errs.append("%s: everyday password shape" % r["id"])
            elif not _safe(EV_CHECKS[t], v):
                errs.append("%s: everyday shape %s broken" % (r["id"], t))
        elif r["source"] == "vendor":
            info = vinfo.get(t)
            if info is None:
                errs.append("%s: unknown vendor type" % r["id"])
                continue
            if info[3] == "owner" and not PW_RE.match(v):
                errs.append("%s: vendor owner password shape" % r["id"])
            if info[5] and not re.fullmatch(info[5], v):
                errs.append("%s: vendor regex mismatch" % r["id"])
        elif r["source"] == "password":
            if v in data["hidden"]:
                h = data["hidden"][v]
                if not STRICT_PW_RE.match(h):
                    errs.append("%s: hidden password shape" % r["id"])
                try:
                    raw = base64.b64decode(v, validate=True).decode()
                except Exception:
                    raw = None
                syn = t[len(PWPREFIX):]
                frames = {"smtp_auth_login_second_b64_line": h, "http_authorization_basic_b64_pair": None,
                          "xmpp_sasl_plain_auth_element_b64": None}
                if raw is None or (syn == "smtp_auth_login_second_b64_line" and raw != h) or \
                        (syn == "http_authorization_basic_b64_pair" and not (raw.endswith(":" + h) and raw.count(":") == 1)) or \
                        (syn == "xmpp_sasl_plain_auth_element_b64" and not (raw.startswith("\0") and raw.endswith("\0" + h) and raw.count("\0") == 2)):
                    errs.append("%s: Base64 frame does not decode as claimed" % r["id"])
            elif not STRICT_PW_RE.match(v):
                errs.append("%s: positional password shape" % r["id"])
            if t == PWPREFIX + "fixed_width_firing_tablet_cols_21_to_40":
                line = [ln for ln in r["text"].split("\n") if v in ln][0]
                if line[20:40].rstrip() != v or line[:20].rstrip() == "" or line[40:52].strip() != "K2":
                    errs.append("%s: fixed-width columns 21-40 broken" % r["id"])
        elif r["source"] == "prose":
            if not STRICT_PW_RE.match(v):
                errs.append("%s: prose password shape" % r["id"])
    for r in data["evasions"]:
        p = r["secrets"][0]["plain"]
        if r["type"] == "studio_evasion_kiln_room_pc_password" and not STRICT_PW_RE.match(p):
            errs.append("%s: evasion password shape" % r["id"])
        if r["type"] == "studio_evasion_gas_valve_override_code" and not re.fullmatch(r"gvo_[0-9A-Za-z]{16}", p):
            errs.append("%s: gvo_ shape" % r["id"])
        if r["type"] == "studio_evasion_door_panel_master_token" and not re.fullmatch(r"dpm-[a-z0-9]{20}", p):
            errs.append("%s: dpm- shape" % r["id"])
    # every UUID-shaped and JWT-shaped substring of every text
    for r in data["secrets"] + data["evasions"] + data["negatives"]:
        for m in UUID_RE.finditer(r["text"]):
            u = m.group(0)
            if u[14] != "4" or u[19] not in "89abAB":
                errs.append("%s: UUID-shaped %s is not version 4" % (r["id"], u))
        for m in JWT_RE.finditer(r["text"]):
            if not jwt_ok(m.group(0)):
                errs.append("%s: JWT-shaped substring is not a well-formed JWT" % r["id"])


def check_negative_digits(data, errs):
    for n in data["negatives"]:
        t, c = n["text"], n["class"]
        if c == "glaze_material_cas_numbers_checked":
            found = re.findall(r"\b(\d{2,7})-(\d{2})-(\d)\b", t)
            if not found:
                errs.append("%s: no CAS number" % n["id"])
            for a, b, d in found:
                if negatives203.cas_check(a + b) != int(d):
                    errs.append("%s: CAS check digit wrong" % n["id"])
        if c == "supplier_gtin14_and_ean8_codes":
            codes = re.findall(r"(?:,|GTIN |EAN-8 )(\d{14}|\d{8})\b", t)
            if not codes:
                errs.append("%s: no GTIN" % n["id"])
            for g in codes:
                if negatives203.gs1_check(g[:-1]) != int(g[-1]):
                    errs.append("%s: GS1 check digit wrong" % n["id"])
        if c == "artwork_stock_numbers_iso7064_checked":
            codes = re.findall(r"\b\d{10}\b", t)
            if not codes:
                errs.append("%s: no stock number" % n["id"])
            for g in codes:
                if negatives203.iso7064_11_10(g[:-1]) != int(g[-1]):
                    errs.append("%s: ISO 7064 check digit wrong" % n["id"])
        if c == "modbus_frames_and_register_maps" and "TX" in t:
            for fr in re.findall(r"TX  ((?:[0-9A-F]{2} ?)+)", t):
                b = bytes.fromhex(fr.strip())
                if negatives203.crc16_modbus(b[:-2]) != b[-2:]:
                    errs.append("%s: Modbus CRC wrong" % n["id"])


def check_evasions(data, errs):
    encs = [e[0] for e in enc203.ENCODINGS]
    wnames = [w[0] for w in evasions203.WORDINGS]
    per = {}
    for r in data["evasions"]:
        s = r["secrets"][0]
        run, plain, e = s["value"], s["plain"], s["encoding"]
        if e != r["encoding"]:
            errs.append("%s: record and span encoding differ" % r["id"])
        per[e] = per.get(e, 0) + 1
        try:
            dec = dec203.decode(e, run)
        except Exception as ex:
            dec = "<error %s>" % ex
        if dec != plain:
            errs.append("%s: run does not decode to its plain" % r["id"])
        if not PLAIN_ALPHA.match(plain):
            errs.append("%s: plain alphabet" % r["id"])
        if plain in run or run == plain:
            errs.append("%s: run contains its plain" % r["id"])
        t = r["text"]
        if not t[:s["start"]].endswith(":\n") or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip() or "\n" in run:
            errs.append("%s: evasion text layout" % r["id"])
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != e or parts[1] not in wnames:
            errs.append("%s: evasion container" % r["id"])
    if sorted(per) != sorted(encs) or any(v != 3 for v in per.values()) or len(data["evasions"]) != 66:
        errs.append("evasions must be 22 encodings x 3 = 66")


def _parts(name):
    name = name.lower()
    return [name] + [p for p in name.split("__") if p]


def check_denylist(data, errs):
    d = data["deny"]
    names = set(d["names"])
    syn = set(d["syntaxes"])
    codes = set(d["language_codes"])
    lnames = set(d["language_names"])

    def hit(label, name):
        for p in _parts(name):
            if p in names:
                errs.append("deny-listed %s: %s (part %s)" % (label, name, p))
                return

    for r in data["secrets"] + data["evasions"]:
        hit("container", r["container"])
        hit("span type", r["type"])
    for r in data["evasions"]:
        hit("encoding", r["encoding"])
    for r in data["negatives"]:
        hit("container", r["container"])
        hit("negative class", r["class"])
    for r in data["secrets"]:
        if r["source"] == "password":
            s = r["type"][len(PWPREFIX):]
            if s in syn or s in names:
                errs.append("earlier syntax reused: %s" % s)
    for r in data["secrets"]:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            if code in codes or code in names:
                errs.append("deny-listed language code in data: %s" % code)
    for code, name, _, _ in prose203.LANGS + prose203.SPARES:
        if code in codes or code in names:
            errs.append("deny-listed language code %s" % code)
        words = [name.lower()] + name.lower().replace("-", " ").split()
        if any(w in lnames for w in words):
            errs.append("deny-listed language name %s" % name)


def check_counts(data, errs):
    pos = data["secrets"]
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ed = by.get("everyday", [])
    if len(ed) != 180:
        errs.append("everyday must be 180, is %d" % len(ed))
    kinds = {}
    for r in ed:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday must be 45 kinds x 4 different types")
    tc = {}
    for r in ed:
        tc[r["type"]] = tc.get(r["type"], 0) + 1
    if len(tc) != 12 or any(v != 15 for v in tc.values()):
        errs.append("everyday types must be 12 x 15")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120 or any(r["container"].split("__")[0] != r["type"] or r["container"].count("__") != 1 for r in vd):
        errs.append("vendor must be 120 distinct types with <type>__<style>")
    pw = by.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw) or any(not r["type"].startswith(PWPREFIX) for r in pw):
        errs.append("password syntaxes must be 95-120 distinct")
    pr = by.get("prose", [])
    langs = {r["container"].split("__")[1] for r in pr}
    if len(pr) != 40 or len(langs) != 40:
        errs.append("prose must be 40 records in 40 languages")
    if not (440 <= len(pos) <= 470):
        errs.append("positives total %d outside 440-470" % len(pos))
    st = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(st)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if st[ks[i]] & st[ks[j]]:
                errs.append("span types shared between %s and %s" % (ks[i], ks[j]))
    ne = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(ne) != len(set(ne)):
        errs.append("non-everyday containers not unique")
    neg = data["negatives"]
    if len(neg) < 180 or len({n["class"] for n in neg}) < 16:
        errs.append("negatives must be >= 180 in >= 16 classes")


def run_all(data):
    errs = []
    for fn in (check_structure, check_values, check_prose, check_shapes, check_negative_digits,
               check_evasions, check_denylist, check_counts):
        try:
            fn(data, errs)
        except Exception as ex:  # a crash is an error too
            errs.append("%s crashed: %r" % (fn.__name__, ex))
    return errs
