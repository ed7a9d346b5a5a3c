"""All checks run before anything is written. Each returns a list of error strings."""
import base64
import binascii
import json
import re

import common175 as C
import dec175

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EV_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
EV_SPAN_FIELDS = {"value", "start", "end", "type", "plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


def _b64url_json(seg):
    pad = "=" * (-len(seg) % 4)
    return json.loads(base64.urlsafe_b64decode(seg + pad).decode())


def check_ids(recs, kind):
    errs = []
    for i, r in enumerate(recs):
        want = "%s-%s-%04d" % (C.PREFIX, kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r expected %s" % (r.get("id"), want))
    return errs


def check_positive_shape(recs):
    errs = []
    for r in recs:
        rid = r.get("id")
        if set(r) != POS_FIELDS:
            errs.append("%s: fields %s" % (rid, sorted(r)))
            continue
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: source %s" % (rid, r["source"]))
        errs += _span_errors(r, SPAN_FIELDS)
    return errs


def _span_errors(r, fields):
    errs = []
    rid = r.get("id")
    sp = r.get("secrets")
    if not isinstance(sp, list) or len(sp) != 1:
        return ["%s: need exactly one span" % rid]
    s = sp[0]
    if set(s) != fields:
        return ["%s: span fields %s" % (rid, sorted(s))]
    t, v = r["text"], s["value"]
    if not v or v != v.strip():
        errs.append("%s: empty or edge-whitespace value" % rid)
    if not (0 <= s["start"] < s["end"] <= len(t)) or t[s["start"]:s["end"]] != v:
        errs.append("%s: span does not re-slice" % rid)
    if s["type"] != r["type"]:
        errs.append("%s: record type != span type" % rid)
    if t.count(v) != 1:
        errs.append("%s: value occurs %d times in its text" % (rid, t.count(v)))
    if C.SLOT in t or "\0" in t or "PRIVATE KEY" in t:
        errs.append("%s: slot marker, NUL or PRIVATE KEY in text" % rid)
    return errs


def check_value_shapes(recs, everyday_pw_types, vendor_pw_types):
    errs = []
    for r in recs:
        v, typ, src = r["secrets"][0]["value"], r["type"], r["source"]
        rid = r["id"]
        if src == "everyday" and typ in everyday_pw_types and not C.is_password(v):
            errs.append("%s: everyday password shape" % rid)
        if src == "vendor" and typ in vendor_pw_types and not C.is_password(v):
            errs.append("%s: vendor password shape" % rid)
        if src in ("password", "prose"):
            if C.is_password(v):
                if not C.PW_SAFE_RE.match(v):
                    errs.append("%s: positional / prose joiner" % rid)
            else:
                try:
                    dec = base64.b64decode(v, validate=True).decode()
                except (binascii.Error, UnicodeDecodeError, ValueError):
                    errs.append("%s: positional value neither password nor Base64" % rid)
                    continue
                parts = re.split(r"[\0:]", dec)
                if src == "prose" or not C.is_password(parts[-1]):
                    errs.append("%s: Base64 positional value does not hold a password" % rid)
        if src == "prose":
            t, s = r["text"], r["secrets"][0]
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                errs.append("%s: prose value not set off by whitespace" % rid)
        for m in UUID_RE.finditer(v):
            u = m.group(0)
            if u[14] != "4" or u[19].lower() not in "89ab":
                errs.append("%s: UUID not version 4" % rid)
        if v.startswith("eyJ"):
            if not JWT_RE.match(v):
                errs.append("%s: JWT shape" % rid)
            else:
                try:
                    h, p, _sig = v.split(".")
                    _b64url_json(h)
                    _b64url_json(p)
                except Exception:
                    errs.append("%s: JWT header / payload not base64url JSON" % rid)
        for pre in ("ghp_", "ghr_"):
            if v.startswith(pre) and not C.crc_token_ok(v, pre):
                errs.append("%s: %s CRC-32 wrong" % (rid, pre))
        if typ == "intercom_access_token":
            try:
                d = base64.b64decode(v).decode()
                if not re.match(r"^tok:[0-9a-f-]{36}:1:0$", d):
                    errs.append("%s: intercom token body" % rid)
            except Exception:
                errs.append("%s: intercom token not Base64" % rid)
        if typ == "cochlear_records_encryption_key":
            try:
                if len(base64.b64decode(v, validate=True)) != 32:
                    errs.append("%s: CI key length" % rid)
            except Exception:
                errs.append("%s: CI key not Base64" % rid)
        if typ == "hearing_cloud_oauth_client_secret":
            try:
                if len(base64.urlsafe_b64decode(v + "=" * (-len(v) % 4))) != 30 or len(v) != 40:
                    errs.append("%s: hearing-cloud secret length" % rid)
            except Exception:
                errs.append("%s: hearing-cloud secret not base64url" % rid)
        if typ == "azure_storage_account_key":
            if len(base64.b64decode(v)) != 64:
                errs.append("%s: storage key length" % rid)
    return errs


def check_evasions(evs):
    errs = []
    per = {}
    for r in evs:
        rid = r.get("id")
        if set(r) != EV_FIELDS:
            errs.append("%s: evasion fields" % rid)
            continue
        if r["source"] != "evasion":
            errs.append("%s: evasion source" % rid)
        errs += _span_errors(r, EV_SPAN_FIELDS)
        s = r["secrets"][0]
        if s.get("encoding") != r["encoding"]:
            errs.append("%s: record / span encoding differ" % rid)
        if r["container"] != r["encoding"] + "__" + r["container"].split("__", 1)[-1] or "__" not in r["container"]:
            errs.append("%s: container not <encoding>__<wording>" % rid)
        try:
            dec = dec175.decode(r["encoding"], s["value"])
        except Exception as e:  # noqa
            dec = None
        if dec != s.get("plain"):
            errs.append("%s: span does not decode to plain" % rid)
        plain = s.get("plain", "")
        if not PLAIN_RE.match(plain or ""):
            errs.append("%s: plain alphabet" % rid)
        if plain and plain in r["text"]:
            errs.append("%s: plain appears in its text" % rid)
        t = r["text"]
        st = s["start"]
        if t[st - 2:st] != ":\n" or t[s["end"]:s["end"] + 1] != "\n":
            errs.append("%s: run not on its own line after ':'" % rid)
        per[r["encoding"]] = per.get(r["encoding"], 0) + 1
    if len(evs) != 66 or len(per) != 22 or any(n != 3 for n in per.values()):
        errs.append("evasions: need 22 encodings x 3 = 66 (got %d records, %d encodings)" % (len(evs), len(per)))
    return errs


def check_evasion_rules(evs, rules):
    errs = []
    for r in evs:
        rule = rules.get(r["encoding"])
        if not rule or r["text"].find(rule) < 0 or r["text"].find(rule) > r["secrets"][0]["start"]:
            errs.append("%s: stated rule missing before the run" % r["id"])
    return errs


def check_negatives(negs):
    errs = []
    texts = set()
    classes = set()
    for r in negs:
        rid = r.get("id")
        if set(r) != NEG_FIELDS:
            errs.append("%s: negative fields" % rid)
            continue
        if r["source"] != "negative":
            errs.append("%s: negative source" % rid)
        if r["text"] in texts:
            errs.append("%s: duplicate negative text" % rid)
        texts.add(r["text"])
        classes.add(r["class"])
        if C.SLOT in r["text"] or "\0" in r["text"] or "PRIVATE KEY" in r["text"]:
            errs.append("%s: marker / NUL / PRIVATE KEY" % rid)
        if r["class"] == "insurance_claim_and_npi_numbers":
            npis = re.findall(r"(?:NPI: |XX\*)(\d{10})", r["text"])
            if not npis:
                errs.append("%s: no NPI found" % rid)
            for n in npis:
                full = "80840" + n
                if C.luhn_digit(full[:-1]) != full[-1]:
                    errs.append("%s: NPI check digit" % rid)
        if r["class"] == "national_health_and_voucher_numbers":
            for n in re.findall(r"NHS No: (\d{3} \d{3} \d{4})", r["text"]):
                d = n.replace(" ", "")
                if C.nhs_check(d[:9]) != d[9]:
                    errs.append("%s: NHS check digit" % rid)
        if r["class"] == "udi_device_identifiers_with_gs1_check_digits":
            g = re.findall(r"\(01\)(\d{14})|\"deviceId\":\"(\d{14})\"", r["text"])
            if not g:
                errs.append("%s: no GTIN" % rid)
            for a, b in g:
                x = a or b
                if C.gs1_check(x[:13]) != x[13]:
                    errs.append("%s: GS1 check digit" % rid)
    if len(negs) < 180 or len(classes) < 16:
        errs.append("negatives: need >= 180 records in >= 16 classes (got %d / %d)" % (len(negs), len(classes)))
    return errs


def check_cross(pos, evs, negs):
    """Values never reused, never in another record's text or in any negative."""
    errs = []
    allrecs = pos + evs
    seen = {}
    vals = []
    for r in allrecs:
        s = r["secrets"][0]
        for v in [s["value"]] + ([s["plain"]] if "plain" in s else []):
            if v in seen:
                errs.append("%s: value reused (also in %s)" % (r["id"], seen[v]))
            seen[v] = r["id"]
            vals.append((v, r["id"]))
    texts = [(r["id"], r["text"]) for r in allrecs] + [(n["id"], n["text"]) for n in negs]
    for v, rid in vals:
        for tid, t in texts:
            if tid != rid and v in t:
                errs.append("%s: value appears in %s" % (rid, tid))
    return errs


def check_deny(pos, evs, negs, deny, pos_meta):
    errs = []
    D = deny
    for r in pos + evs + negs:
        if C.denied(r["container"], D):
            errs.append("%s: container %s deny-listed" % (r["id"], r["container"]))
    for r in pos + evs:
        if C.denied(r["type"], D):
            errs.append("%s: type %s deny-listed" % (r["id"], r["type"]))
    earlier = set(deny.get("syntaxes", []))
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(C.PWPREFIX):]
            if C.denied(syn, D) or syn in earlier:
                errs.append("%s: syntax %s deny-listed" % (r["id"], syn))
    for r in evs:
        if C.denied(r["encoding"], D):
            errs.append("%s: encoding %s deny-listed" % (r["id"], r["encoding"]))
    for n in negs:
        if C.denied(n["class"], D):
            errs.append("%s: class %s deny-listed" % (n["id"], n["class"]))
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    for code, name, _script, _s in pos_meta["langs"]:
        if code in codes or code in lnames or name.lower() in lnames or any(w.lower() in lnames for w in name.split()):
            errs.append("language %s (%s) deny-listed" % (code, name))
    for label in pos_meta["labels"]:
        if C.denied(label, D):
            errs.append("presentation label %s deny-listed" % label)
    return errs


def check_counts(pos, pos_meta):
    errs = []
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday: %d records (need 180)" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: need 45 kinds x 4 distinct types")
    if len({r["type"] for r in ev}) != 12:
        errs.append("everyday: need 12 types")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor: need 120 distinct types")
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container not <type>__<style>" % r["id"])
    pw = by.get("password", [])
    if not 95 <= len({r["type"] for r in pw}) <= 120 or len(pw) != len({r["type"] for r in pw}):
        errs.append("password: need 95-120 distinct syntaxes")
    pr = by.get("prose", [])
    langs = {r["container"].split("__")[-1] for r in pr}
    if len(pr) != 40 or len(langs) != 40:
        errs.append("prose: need 40 records in 40 languages")
    types = {}
    for src, rs in by.items():
        types[src] = {r["type"] for r in rs}
    srcs = list(types)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if types[srcs[i]] & types[srcs[j]]:
                errs.append("span types shared between %s and %s" % (srcs[i], srcs[j]))
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)):
        errs.append("non-everyday containers not unique")
    return errs


def run_all(pos, evs, negs, deny, meta, rules):
    errs = []
    errs += check_ids(pos, "s") + check_ids(evs, "e") + check_ids(negs, "n")
    errs += check_positive_shape(pos)
    if errs:
        return errs
    errs += check_value_shapes(pos, meta["everyday_pw_types"], meta["vendor_pw_types"])
    errs += check_evasions(evs)
    errs += check_evasion_rules(evs, rules)
    errs += check_negatives(negs)
    errs += check_cross(pos, evs, negs)
    errs += check_deny(pos, evs, negs, deny, meta)
    errs += check_counts(pos, meta)
    return errs
