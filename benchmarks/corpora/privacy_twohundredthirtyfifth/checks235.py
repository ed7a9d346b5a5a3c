"""All checks run by build.py before anything is written."""
import base64
import json
import re

import common235 as C
import dec235
import everyday235
import evasions235
import vendor235

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
PW_PREFIX = "surfpw_"
EAN_RE = re.compile(r"(?:EAN|SCAN) (\d{13})\b")


def _ids(recs, kind, errs):
    for i, r in enumerate(recs):
        want = "%s-%s-%04d" % (C.PREFIX, kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))


def _denied(name, deny):
    n = name.lower()
    if n in deny:
        return True
    return any(p in deny for p in n.split("__") if p)


def check(data, dl):
    errs = []
    S, E, N, M = data["secrets"], data["evasions"], data["negatives"], data["meta"]
    deny = set(dl["names"])
    _ids(S, "s", errs)
    _ids(E, "e", errs)
    _ids(N, "n", errs)
    all_texts = [r["text"] for r in S] + [r["text"] for r in E] + [r["text"] for r in N]
    values = []
    # ------------------------------------------------------------ positives
    for r in S:
        if list(r) != POS_FIELDS:
            errs.append("%s: fields %s" % (r["id"], list(r)))
            continue
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: bad source" % r["id"])
        if len(r["secrets"]) != 1:
            errs.append("%s: not exactly one span" % r["id"])
            continue
        sp = r["secrets"][0]
        if list(sp) != SPAN_FIELDS:
            errs.append("%s: span fields %s" % (r["id"], list(sp)))
            continue
        if r["text"][sp["start"]:sp["end"]] != sp["value"] or not sp["value"] or sp["value"] != sp["value"].strip():
            errs.append("%s: span does not re-slice" % r["id"])
        if r["type"] != sp["type"]:
            errs.append("%s: record type != span type" % r["id"])
        if r["text"].count(sp["value"]) != 1:
            errs.append("%s: value not exactly once in its text" % r["id"])
        values.append((r["id"], sp["value"]))
    for r in E:
        if list(r) != EV_FIELDS or len(r["secrets"]) != 1 or list(r["secrets"][0]) != EV_SPAN_FIELDS:
            errs.append("%s: evasion fields" % r["id"])
            continue
        sp = r["secrets"][0]
        if r["text"][sp["start"]:sp["end"]] != sp["value"] or not sp["value"]:
            errs.append("%s: evasion span does not re-slice" % r["id"])
        if r["type"] != sp["type"] or r["encoding"] != sp["encoding"] or r["source"] != "evasion":
            errs.append("%s: evasion type/encoding/source mismatch" % r["id"])
        if r["text"].count(sp["value"]) != 1:
            errs.append("%s: run not exactly once in its text" % r["id"])
        values.append((r["id"], sp["value"]))
    seen = {}
    for rid, v in values:
        if v in seen:
            errs.append("%s: value reused from %s" % (rid, seen[v]))
        seen[v] = rid
    # value in no other text
    texts_by_id = {r["id"]: r["text"] for r in S + E + N}
    for rid, v in values:
        for oid, t in texts_by_id.items():
            if oid != rid and v in t:
                errs.append("%s: value appears in %s" % (rid, oid))
    hidden = list(M["hidden"].values()) + [r["secrets"][0]["plain"] for r in E if r.get("secrets")]
    for h in hidden:
        for oid, t in texts_by_id.items():
            if h in t:
                errs.append("hidden / plain value %r visible in %s" % (h, oid))
    for t in all_texts:
        if "\x00" in t or "PRIVATE KEY" in t:
            errs.append("NUL or private-key block in a text")
    # ------------------------------------------------------------ shapes
    ev_types = {t[0] for t in everyday235.TYPES}
    for r in S:
        sp = r["secrets"][0] if r.get("secrets") else None
        if not sp:
            continue
        v, t = sp["value"], r["type"]
        if r["source"] == "everyday":
            if t not in ev_types:
                errs.append("%s: unknown everyday type" % r["id"])
            elif t.endswith("_password"):
                if not C.WIDE_PW_RE.match(v):
                    errs.append("%s: everyday password shape" % r["id"])
            elif t == "swell_feed_adler32_key":
                m = re.fullmatch(r"swb_([A-Za-z0-9]{28})([0-9a-f]{8})", v)
                if not m or C.adler32_hex(m.group(1)) != m.group(2):
                    errs.append("%s: swb_ Adler-32 tail wrong" % r["id"])
            elif t == "lesson_server_damm_key":
                m = re.fullmatch(r"ssk_([0-9]{9})_[A-Za-z0-9]{32}", v)
                if not m or not C.damm_ok(m.group(1)):
                    errs.append("%s: ssk_ Damm digit wrong" % r["id"])
            elif t == "patrol_alert_mod97_secret":
                m = re.fullmatch(r"lgw_([a-z0-9]{30}[0-9]{2})", v)
                if not m or C.mod97_value(m.group(1)) != 1:
                    errs.append("%s: lgw_ MOD 97-10 wrong" % r["id"])
            elif t == "booking_site_laravel_app_key":
                ok = v.startswith("base64:")
                try:
                    ok = ok and len(base64.b64decode(v[7:], validate=True)) == 32
                except Exception:
                    ok = False
                if not ok:
                    errs.append("%s: Laravel key not Base64 of 32 bytes" % r["id"])
            elif t == "board_backup_age_identity":
                if not re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", v) or not C.bech32_ok(v):
                    errs.append("%s: age identity checksum wrong" % r["id"])
            elif t == "instructor_app_hs384_jwt":
                if not C.jwt_ok(v) or json.loads(C.b64u_dec(v.split(".")[0])).get("alg") != "HS384":
                    errs.append("%s: HS384 JWT invalid" % r["id"])
        elif r["source"] == "vendor":
            try:
                if not vendor235.regex_for(t).match(v):
                    errs.append("%s: vendor value does not match its regex" % r["id"])
            except KeyError:
                errs.append("%s: unknown vendor type" % r["id"])
        elif r["source"] == "password":
            if r["id"] in M["hidden"]:
                pw = M["hidden"][r["id"]]
                try:
                    raw = base64.b64decode(v, validate=True).decode()
                except Exception:
                    raw = ""
                if not raw.endswith("\0" + pw) or not C.STRICT_PW_RE.match(pw):
                    errs.append("%s: Base64 span does not hide a strict password" % r["id"])
            elif not C.STRICT_PW_RE.match(v):
                errs.append("%s: positional value not strict form" % r["id"])
            if "nmea" in t:
                m = re.search(r"\$(LGTWR,AUTH,[^*]+)\*([0-9A-F]{2})", r["text"])
                if not m or C.nmea_checksum(m.group(1)) != m.group(2):
                    errs.append("%s: NMEA checksum wrong" % r["id"])
        elif r["source"] == "prose":
            s, e = sp["start"], sp["end"]
            if not C.STRICT_PW_RE.match(v):
                errs.append("%s: prose value shape" % r["id"])
            if s == 0 or e >= len(r["text"]) or not r["text"][s - 1].isspace() or not r["text"][e].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in S + E + N:
        for m in C.UUID_RE.finditer(r["text"]):
            if not C.UUID4_RE.match(m.group(0)):
                errs.append("%s: UUID-shaped %s is not version 4" % (r["id"], m.group(0)))
    for r in S + E:
        for m in C.JWT_RE.finditer(r["text"]):
            if not C.jwt_ok(m.group(0)):
                errs.append("%s: JWT-shaped substring invalid" % r["id"])
    # ------------------------------------------------------------ evasions
    enc_count = {}
    for r in E:
        if not r.get("secrets"):
            continue
        sp = r["secrets"][0]
        try:
            dec = dec235.decode(r["encoding"], sp["value"])
        except Exception as ex:
            dec = "<error %s>" % ex
        if dec != sp["plain"]:
            errs.append("%s: run does not decode to plain" % r["id"])
        s, e = sp["start"], sp["end"]
        if r["text"][s - 2:s] != ":\n" or r["text"][e:e + 1] != "\n" or len(r["text"]) <= e + 1:
            errs.append("%s: run not on its own line after ':'" % r["id"])
        if not evasions235.PLAIN_RES.get(r["type"], re.compile("^$")).match(sp["plain"]):
            errs.append("%s: evasion plain shape" % r["id"])
        if sp["plain"] in sp["value"] or sp["plain"] == sp["value"] or "\n" in sp["value"]:
            errs.append("%s: run contains its plain" % r["id"])
        enc, _, wording = r["container"].partition("__")
        if enc != r["encoding"] or wording not in evasions235.WORDINGS:
            errs.append("%s: evasion container" % r["id"])
        enc_count.setdefault(r["encoding"], []).append((r["type"], wording))
    if len(E) != 66 or len(enc_count) != 22:
        errs.append("evasions: need 22 encodings x 3 = 66 (have %d records, %d encodings)" % (len(E), len(enc_count)))
    for enc, lst in enc_count.items():
        if len({a for a, _ in lst}) != 3 or len({b for _, b in lst}) != 3:
            errs.append("evasions: %s not once per type and wording" % enc)
    # ------------------------------------------------------------ negatives
    ntexts = set()
    classes = {}
    pos_vals = [v for _, v in values]
    for r in N:
        if list(r) != NEG_FIELDS or r.get("source") != "negative":
            errs.append("%s: negative fields/source" % r.get("id"))
            continue
        if r["text"] in ntexts:
            errs.append("%s: duplicate negative text" % r["id"])
        ntexts.add(r["text"])
        classes[r["class"]] = classes.get(r["class"], 0) + 1
        for v in pos_vals:
            if v in r["text"]:
                errs.append("%s: positive value inside negative" % r["id"])
        if C.WORLD_PW_SEARCH_RE.search(r["text"]):
            errs.append("%s: password-form string inside negative" % r["id"])
        for m in EAN_RE.finditer(r["text"]):
            if C.ean13_digit(m.group(1)[:12]) != m.group(1)[12]:
                errs.append("%s: EAN-13 check digit wrong" % r["id"])
        for m in re.finditer(r"\n=([A-Za-z0-9+/]{4})\n-----END PGP", r["text"]):
            body = r["text"][:m.start()].split("\n\n")[-1].replace("\n", "")
            try:
                ok = C.crc24(base64.b64decode(body)) == int.from_bytes(base64.b64decode(m.group(1)), "big")
            except Exception:
                ok = False
            if not ok:
                errs.append("%s: PGP CRC-24 wrong" % r["id"])
    if len(classes) < 16 or len(N) < 180:
        errs.append("negatives: need >= 16 classes and >= 180 records (%d, %d)" % (len(classes), len(N)))
    # ------------------------------------------------------------ deny-list
    names_to_check = []
    for r in S + E:
        names_to_check.append(("container", r["container"]))
        names_to_check.append(("span type", r["type"]))
    for r in E:
        names_to_check.append(("encoding", r["encoding"]))
    for r in N:
        names_to_check.append(("negative class", r["class"]))
        names_to_check.append(("container", r["container"]))
    for label, lst in M["names"].items():
        for n in lst:
            names_to_check.append((label, n))
    for label, n in names_to_check:
        if _denied(n, deny):
            errs.append("deny-listed %s: %s" % (label, n))
    syn = set(dl["syntaxes"])
    for r in S:
        if r["source"] == "password":
            s = r["type"][len(PW_PREFIX):] if r["type"].startswith(PW_PREFIX) else r["type"]
            if s in syn or s in deny or not r["type"].startswith(PW_PREFIX):
                errs.append("earlier syntax name: %s" % r["type"])
    for s in M["set_aside_syntaxes"]:
        if s in syn or s in deny:
            errs.append("earlier syntax name (set aside): %s" % s)
    lcodes, lnames = set(dl["language_codes"]), set(dl["language_names"])
    for code, name in M["languages"] + M["language_spares"]:
        if code in lcodes or code in deny:
            errs.append("deny-listed language code %s" % code)
        words = [name.lower()] + name.lower().split()
        if any(w in lnames for w in words):
            errs.append("deny-listed language name %s" % name)
    prose_codes = [r["container"].split("__")[-1] for r in S if r["source"] == "prose"]
    for c in prose_codes:
        if c in lcodes or c in deny:
            errs.append("deny-listed prose language %s" % c)
    # ------------------------------------------------------------ counts
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    tcount = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: 45 kinds with 4 different types each")
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        errs.append("everyday: 12 types x 15")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120 or any(not r["container"].startswith(r["type"] + "__") for r in vd):
        errs.append("vendor: 120 distinct types with <type>__<style> containers")
    pw = by.get("password", [])
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("password: 95-120 distinct syntaxes, one each")
    pr = by.get("prose", [])
    if len(pr) != 40 or len(set(prose_codes)) != 40:
        errs.append("prose: 40 records in 40 languages")
    if not 440 <= len(S) <= 470:
        errs.append("positives total %d" % len(S))
    tsets = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                errs.append("span types shared by %s and %s" % (ks[i], ks[j]))
    nonev = [r["container"] for r in S if r["source"] != "everyday"] + [r["container"] for r in E]
    if len(nonev) != len(set(nonev)):
        errs.append("non-everyday containers not unique")
    return errs
