# -*- coding: utf-8 -*-
"""Every check build.py runs before writing; returns a list of error strings (empty = clean)."""
import base64
import collections
import json
import re

import common223 as C
import everyday223 as EV
import vendor223 as VE
import positional223 as PO
import prose223 as PR
import evasions223 as EVA
import negatives223 as NE
import enc223
import dec223

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]


def _ids(recs, kind, errs):
    for i, r in enumerate(recs, 1):
        want = "p223-%s-%04d" % (kind, i)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))
    ids = [r.get("id") for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids in %s file" % kind)


def check_spans(recs, fields, spanfields, errs):
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != fields:
            errs.append("%s: fields %s" % (rid, list(r.keys())))
            continue
        sp = r["secrets"]
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s: must have exactly one span" % rid)
            continue
        s = sp[0]
        if list(s.keys()) != spanfields:
            errs.append("%s: span fields %s" % (rid, list(s.keys())))
            continue
        v, a, b, t = s["value"], s["start"], s["end"], r["text"]
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)) or t[a:b] != v:
            errs.append("%s: span does not re-slice" % rid)
        if not v or v != v.strip():
            errs.append("%s: empty value or edge whitespace" % rid)
        if s["type"] != r["type"]:
            errs.append("%s: record type != span type" % rid)
        if t.count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (rid, t.count(v)))


def run_checks(pos, eva, neg, deny):
    errs = []
    _ids(pos, "s", errs)
    _ids(eva, "e", errs)
    _ids(neg, "n", errs)
    check_spans(pos, POS_FIELDS, POS_SPAN, errs)
    check_spans(eva, EVA_FIELDS, EVA_SPAN, errs)
    if errs:
        return errs  # structural errors make later checks meaningless

    alltexts = [(r["id"], r["text"]) for r in pos + eva + neg]
    for rid, t in alltexts:
        if C.SLOT in t or "\x00" in t or "PRIVATE KEY" in t:
            errs.append("%s: slot marker, NUL or PRIVATE KEY in text" % rid)
        for m in C.UUID_RE.finditer(t):
            if not C.uuid_is_v4(m.group(0)):
                errs.append("%s: UUID-shaped %s is not version 4" % (rid, m.group(0)))
    for r in pos + eva:
        for m in C.JWT_RE.finditer(r["text"]):
            if not C.jwt_ok(m.group(0)):
                errs.append("%s: JWT-shaped substring is not a valid JWT" % r["id"])

    # ---- values: never reused, never elsewhere
    values = [(r["id"], r["secrets"][0]["value"]) for r in pos + eva]
    cnt = collections.Counter(v for _, v in values)
    for v, k in cnt.items():
        if k > 1:
            errs.append("value reused %d times: %s" % (k, v[:40]))
    hidden = []
    for r in pos:
        if r["source"] == "password":
            h = PO.hidden_password(r)
            if h is not None:
                hidden.append((r["id"], h))
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in eva]
    for vid, v in values:
        for rid, t in alltexts:
            if rid != vid and v in t:
                errs.append("value of %s appears in %s" % (vid, rid))
    for vid, v in hidden + plains:
        for rid, t in alltexts:
            if v in t:
                errs.append("hidden password / evasion plain of %s is visible in %s" % (vid, rid))

    # ---- counts and sources
    by = collections.defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    if set(by) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown positive source")
    ev, ve, pw, pr = by["everyday"], by["vendor"], by["password"], by["prose"]
    if len(ev) != 180:
        errs.append("everyday count %d != 180" % len(ev))
    kinds = collections.defaultdict(list)
    for r in ev:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: need 45 kinds with 4 different types each")
    tc = collections.Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append("everyday: need 12 types x 15 records")
    if len(ve) != 120 or len(set(r["type"] for r in ve)) != 120:
        errs.append("vendor: need 120 distinct types")
    for r in ve:
        if r["container"].split("__")[0] != r["type"] or r["container"].count("__") != 1:
            errs.append("%s: vendor container must be <type>__<style>" % r["id"])
    if not 95 <= len(pw) <= 120 or len(set(r["type"] for r in pw)) != len(pw):
        errs.append("password: need 95-120 distinct syntaxes, one record each")
    if len(pr) != 40 or len(set(r["container"].split("__")[1] for r in pr)) != 40:
        errs.append("prose: need 40 records in 40 languages")
    if not 440 <= len(pos) <= 470:
        errs.append("positives total %d outside 440-470" % len(pos))
    srcsets = {k: set(r["type"] for r in v) for k, v in by.items()}
    ks = list(srcsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if srcsets[ks[i]] & srcsets[ks[j]]:
                errs.append("span types shared between %s and %s" % (ks[i], ks[j]))
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)):
        errs.append("non-everyday containers are not unique")

    # ---- shapes: everyday
    for r in ev:
        v, t = r["secrets"][0]["value"], r["type"]
        ok = True
        if t in EV.PW_TYPES:
            ok = C.PW_RE_WIDE.match(v) is not None
        elif t == "ice_plant_telemetry_token":
            ok = re.match(r"^ipt_[0-9A-Z]{32}$", v) is not None and C.luhn_mod_n_ok(v[4:])
        elif t == "scoreboard_feed_signing_secret":
            ok = re.match(r"^sbf_[A-Za-z0-9_-]{43}$", v) is not None and len(C.b64u_decode(v[4:])) == 32
        elif t == "skater_portal_hs384_jwt":
            ok = C.jwt_ok(v) and json.loads(C.b64u_decode(v.split(".")[0]))["alg"] == "HS384"
        elif t == "rink_admin_totp_seed":
            ok = re.match(r"^[A-Z2-7]{32}$", v) is not None and C.totp_seed_ok(v)
        elif t == "entry_gate_ed25519_pkcs8_key":
            try:
                raw = base64.b64decode(v, validate=True)
                ok = len(raw) == 48 and raw[:16] == C.ED25519_PKCS8_PREFIX
            except Exception:
                ok = False
        elif t == "locker_system_fernet_key":
            ok = C.fernet_key_ok(v)
        else:
            ok = False
        if not ok:
            errs.append("%s: %s value has the wrong shape" % (r["id"], t))
    # ---- vendor
    for r in ve:
        if r["type"] not in VE.CHECKS or not VE.CHECKS[r["type"]](r["secrets"][0]["value"]):
            errs.append("%s: vendor value fails its regex/structure check (%s)" % (r["id"], r["type"]))
    # ---- positional
    for r in pw:
        h = PO.hidden_password(r)
        v = r["secrets"][0]["value"]
        if h is None and r["type"].endswith("_b64"):
            errs.append("%s: Base64 span does not decode to a password" % r["id"])
        if not C.PW_RE_STRICT.match(h if h is not None else v):
            errs.append("%s: positional password not in the strict form" % r["id"])
        if r["type"].endswith("cols_31_to_52"):
            line = [ln for ln in r["text"].split("\n") if v in ln][0]
            if line[30:52].rstrip() != v:
                errs.append("%s: fixed-width value not in columns 31-52" % r["id"])
    # ---- prose
    for r in pr:
        v, t, s, e = r["secrets"][0]["value"], r["text"], r["secrets"][0]["start"], r["secrets"][0]["end"]
        if not C.PW_RE_STRICT.match(v):
            errs.append("%s: prose password not strict" % r["id"])
        if s == 0 or e == len(t) or not t[s - 1].isspace() or not t[e].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])

    # ---- evasions
    if len(eva) != 66:
        errs.append("evasions: %d records != 66" % len(eva))
    encs = collections.Counter(r["encoding"] for r in eva)
    if len(encs) != 22 or set(encs.values()) != {3}:
        errs.append("evasions: need 22 encodings x 3")
    pairs = set()
    wpairs = set()
    for r in eva:
        s = r["secrets"][0]
        run, plain, enc = s["value"], s["plain"], s["encoding"]
        if enc != r["encoding"]:
            errs.append("%s: record and span encoding differ" % r["id"])
        if r["container"] != enc + "__" + r["container"].split("__")[-1] or r["container"].count("__") != 1:
            errs.append("%s: evasion container must be <encoding>__<wording>" % r["id"])
        pairs.add((enc, r["type"]))
        wpairs.add((enc, r["container"].split("__")[1]))
        try:
            dec = dec223.decode(enc, run)
        except Exception as ex:
            dec = "<error %s>" % ex
        if dec != plain:
            errs.append("%s: run does not decode to its plain (%s)" % (r["id"], enc))
        if plain in run or run == plain:
            errs.append("%s: run contains its plain" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: rule, ':' newline, run, newline, remark layout broken" % r["id"])
        if r["type"] == "rink_evasion_office_pc_password":
            ok = C.PW_RE_STRICT.match(plain)
        elif r["type"] == "rink_evasion_ice_plant_override_code":
            ok = re.match(r"^ipo_[A-Za-z0-9]{16}$", plain)
        elif r["type"] == "rink_evasion_scoreboard_admin_token":
            ok = re.match(r"^sbt-[a-z0-9]{20}$", plain)
        else:
            ok = False
        if not ok:
            errs.append("%s: evasion plain has the wrong shape" % r["id"])
    if len(pairs) != 66 or len(wpairs) != 66:
        errs.append("evasions: each encoding must appear once per type and once per wording")

    # ---- negatives
    if len(neg) < 180:
        errs.append("negatives: %d < 180" % len(neg))
    for r in neg:
        if list(r.keys()) != NEG_FIELDS or r["source"] != "negative":
            errs.append("%s: negative fields/source" % r.get("id"))
    ncls = set(r["class"] for r in neg)
    if len(ncls) < 16:
        errs.append("negatives: %d classes < 16" % len(ncls))
    if len(set(r["text"] for r in neg)) != len(neg):
        errs.append("negatives: duplicate texts")
    for r in neg:
        t = r["text"]
        if C.PW_SCAN_RE.search(t):
            errs.append("%s: owner-chosen-password-shaped string in a negative" % r["id"])
        if r["class"] == "rink_vehicle_vin_check_digits":
            for m in re.finditer(r"(?<![A-Z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Z0-9])", t):
                if not C.vin_ok(m.group(0)):
                    errs.append("%s: VIN check digit wrong %s" % (r["id"], m.group(0)))
        if r["class"] == "club_dues_iban_numbers":
            for m in re.finditer(r"\b(?:DE|NL|GB|CH|SE)\d{2}[A-Z0-9]{11,30}\b", t):
                if not C.iban_ok(m.group(0)):
                    errs.append("%s: IBAN check digits wrong %s" % (r["id"], m.group(0)))
        if r["class"] == "coaching_manual_isbn13_codes":
            for m in re.finditer(r"\b97[89]\d{10}\b", t):
                if not C.isbn13_ok(m.group(0)):
                    errs.append("%s: ISBN-13 check digit wrong" % r["id"])
        if r["class"] == "pro_shop_upc_a_barcodes":
            for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", t):
                if C.gs1_check(m.group(0)[:-1]) != m.group(0)[-1]:
                    errs.append("%s: UPC-A check digit wrong" % r["id"])
    for vid, v in values + hidden + plains:
        if len(v) >= 6:
            for r in neg:
                if v in r["text"]:
                    errs.append("positive value of %s inside negative %s" % (vid, r["id"]))

    # ---- deny-list
    errs += deny_checks(pos, eva, neg, deny)
    return errs


def all_names(pos, eva, neg):
    """Every name the deny-list must not contain."""
    names = set()
    for r in pos + eva + neg:
        names.add(("container", r["container"]))
    for r in pos + eva:
        names.add(("span type", r["type"]))
    for r in eva:
        names.add(("encoding", r["encoding"]))
    for r in neg:
        names.add(("negative class", r["class"]))
    for k in EV.SPARE_KINDS:
        names.add(("spare kind", k))
    for s in VE.STYLES:
        names.add(("vendor style", s[0]))
    for v in PO.SUFFIX.values():
        names.add(("password suffix", v))
    for s in PO.KEPT_OUT + PO.SET_ASIDE:
        names.add(("set-aside syntax", C.PWPREFIX + s[0]))
    for nm, _why in VE.NOT_CODED:
        names.add(("vendor not coded", nm))
    for f in PR.FORMATS:
        names.add(("prose format", f))
    for w in EVA.WORDINGS:
        names.add(("evasion wording", w[0]))
    for w in NE.WRAPPERS[1:]:
        names.add(("negative wrapper", w[0][2:]))
    return names


def deny_checks(pos, eva, neg, deny):
    errs = []
    for what, n in sorted(all_names(pos, eva, neg)):
        hits = deny.name_hits(n)
        if hits:
            errs.append("deny-list: %s %s overlaps %s" % (what, n, hits))
    syns = [r["type"][len(C.PWPREFIX):] for r in pos if r["source"] == "password"]
    syns += [s[0] for s in PO.KEPT_OUT + PO.SET_ASIDE]
    for s in syns:
        if deny.syntax_hits(s):
            errs.append("deny-list: syntax %s was listed by an earlier README" % s)
    langs = {code: name for code, name, _, _ in PR.LANGS}
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            name = langs.get(code, "")
            if not name:
                errs.append("%s: unknown prose language %s" % (r["id"], code))
            hits = deny.language_hits(code, name)
            if hits:
                errs.append("deny-list: language %s (%s) overlaps %s" % (code, name, hits))
    for code, name in PR.SPARES:
        if deny.language_hits(code, name):
            errs.append("deny-list: spare language %s" % code)
    return errs
