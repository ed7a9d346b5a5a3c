"""Checks run by build.py before anything is written.  Each returns a list of error strings."""
import base64
import binascii
import json
import re
import uuid

import dec172
from common172 import (SLOT, OWNER_PW_RE, OWNER_PW_SAFE_RE, name_hits, lang_hits, vin_ok, luhn_ok)

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EVA_FIELDS = POS_FIELDS | {"encoding"}
EVA_SPAN_FIELDS = SPAN_FIELDS | {"plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
UUID_RE = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
JWT_RE = re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


def _b64url_json(seg):
    pad = "=" * (-len(seg) % 4)
    return json.loads(base64.urlsafe_b64decode(seg + pad).decode("utf-8"))


def _b64_json(seg):
    pad = "=" * (-len(seg) % 4)
    return json.loads(base64.b64decode(seg + pad, validate=True).decode("utf-8"))


def check_ids(recs, kind, errs):
    seen = set()
    for i, r in enumerate(recs, 1):
        want = "p172-%s-%04d" % (kind, i)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))
        if r.get("id") in seen:
            errs.append("duplicate id %s" % r.get("id"))
        seen.add(r.get("id"))


def check_span_record(r, fields, span_fields, errs):
    if set(r) != fields:
        errs.append("%s: fields %s" % (r.get("id"), sorted(r)))
        return None
    sp = r["secrets"]
    if not isinstance(sp, list) or len(sp) != 1:
        errs.append("%s: needs exactly one span" % r["id"])
        return None
    s = sp[0]
    if set(s) != span_fields:
        errs.append("%s: span fields %s" % (r["id"], sorted(s)))
        return None
    v, t = s["value"], r["text"]
    if not v or v != v.strip():
        errs.append("%s: empty value or edge whitespace" % r["id"])
    if t[s["start"]:s["end"]] != v:
        errs.append("%s: span does not re-slice" % r["id"])
    if r["type"] != s["type"]:
        errs.append("%s: record type %s != span type %s" % (r["id"], r["type"], s["type"]))
    if t.count(v) != 1:
        errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
    for bad in (SLOT, "\x00", "PRIVATE KEY", "\u27e8", "\u27e9"):
        if bad in t:
            errs.append("%s: forbidden marker %r in text" % (r["id"], bad))
    return s


def check_shapes(r, meta, errs):
    v = r["secrets"][0]["value"]
    src = r["source"]
    typ = r["type"]
    if src == "everyday" and typ in meta["everyday_password_types"]:
        if not OWNER_PW_RE.match(v):
            errs.append("%s: everyday password shape" % r["id"])
    if src == "prose" and not OWNER_PW_SAFE_RE.match(v):
        errs.append("%s: prose password shape" % r["id"])
    if src == "password":
        if typ in meta["base64_password_types"]:
            try:
                raw = base64.b64decode(v, validate=True).decode()
                parts = raw.split("\x00")
                if len(parts) != 3 or parts[0] != "" or not OWNER_PW_SAFE_RE.match(parts[2]):
                    errs.append("%s: AUTH PLAIN payload shape" % r["id"])
            except (binascii.Error, UnicodeDecodeError):
                errs.append("%s: AUTH PLAIN not Base64" % r["id"])
        elif not OWNER_PW_SAFE_RE.match(v):
            errs.append("%s: positional password shape" % r["id"])
    for m in UUID_RE.finditer(v):
        if uuid.UUID(m.group(0)).version != 4:
            errs.append("%s: UUID not version 4" % r["id"])
    if JWT_RE.match(v):
        h, p, _ = v.split(".")
        try:
            _b64url_json(h)
            _b64url_json(p)
        except Exception:
            errs.append("%s: JWT header/payload not base64url JSON" % r["id"])
    exp = meta["b64_lengths"].get(typ)
    if exp is not None:
        try:
            raw = (base64.urlsafe_b64decode(v + "=" * (-len(v) % 4)) if exp[1] == "url"
                   else base64.b64decode(v, validate=True))
            if len(raw) != exp[0]:
                errs.append("%s: Base64 length %d != %d" % (r["id"], len(raw), exp[0]))
        except (binascii.Error, ValueError):
            errs.append("%s: not Base64" % r["id"])
    try:
        if v.startswith("sntrys_"):
            _b64_json(v[7:].rsplit("_", 1)[0])
        elif v.startswith("glc_"):
            _b64_json(v[4:])
        elif v.startswith("ops_"):
            _b64_json(v[4:])
        elif v.startswith("sk.eyJ"):
            _b64url_json(v.split(".")[1])
    except Exception:
        errs.append("%s: embedded JSON does not decode" % r["id"])


def check_all(data, deny, meta):
    errs = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    check_ids(sec, "s", errs)
    check_ids(eva, "e", errs)
    check_ids(neg, "n", errs)
    deny_names = set(deny["names"])

    values = []   # (id, value)
    for r in sec:
        s = check_span_record(r, POS_FIELDS, SPAN_FIELDS, errs)
        if s is None:
            continue
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: source %r" % (r["id"], r["source"]))
        values.append((r["id"], s["value"]))
        check_shapes(r, meta, errs)
        if r["source"] == "prose":
            t, a, b = r["text"], s["start"], s["end"]
            if a == 0 or not t[a - 1].isspace() or b >= len(t) or not t[b].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    plains = []
    for r in eva:
        s = check_span_record(r, EVA_FIELDS, EVA_SPAN_FIELDS, errs)
        if s is None:
            continue
        if r["source"] != "evasion":
            errs.append("%s: evasion source" % r["id"])
        values.append((r["id"], s["value"]))
        plains.append((r["id"], s["plain"]))
        enc = r["encoding"]
        if s["encoding"] != enc:
            errs.append("%s: record / span encoding differ" % r["id"])
        try:
            dec = dec172.decode(enc, s["value"])
        except Exception as ex:  # noqa
            dec = "<error %s>" % ex
        if dec != s["plain"]:
            errs.append("%s: run does not decode to plain" % r["id"])
        if not PLAIN_RE.match(s["plain"]):
            errs.append("%s: plain alphabet" % r["id"])
        if s["plain"] in s["value"]:
            errs.append("%s: run contains its plain" % r["id"])
        t, a, b = r["text"], s["start"], s["end"]
        if t[a - 2:a] != ":\n" or t[b:b + 1] != "\n":
            errs.append("%s: run not on its own line after ':'" % r["id"])
        rule = meta["encoding_rules"].get(enc)
        if rule is None or rule not in t[:a]:
            errs.append("%s: rule not stated before the run" % r["id"])
        if not r["container"].startswith(enc + "__") or r["container"].split("__", 1)[1] not in meta["wordings"]:
            errs.append("%s: evasion container" % r["id"])
    # reuse and cross-record leaks
    seen = {}
    for rid, v in values + plains:
        if v in seen and seen[v] != rid:
            errs.append("%s: value reused (also %s)" % (rid, seen[v]))
        seen.setdefault(v, rid)
    all_texts = [(r["id"], r["text"]) for r in sec + eva]
    for rid, v in values:
        for oid, t in all_texts:
            if oid != rid and v in t:
                errs.append("%s: value appears in %s" % (rid, oid))
    for rid, p in plains:
        for oid, t in all_texts:
            if p in t:
                errs.append("%s: evasion plain appears in %s" % (rid, oid))
    # negatives
    texts = set()
    for r in neg:
        if set(r) != NEG_FIELDS:
            errs.append("%s: negative fields" % r.get("id"))
            continue
        if r["source"] != "negative":
            errs.append("%s: negative source" % r["id"])
        if r["text"] in texts:
            errs.append("%s: duplicate negative text" % r["id"])
        texts.add(r["text"])
        for bad in (SLOT, "\x00", "PRIVATE KEY"):
            if bad in r["text"]:
                errs.append("%s: forbidden marker in negative" % r["id"])
        for rid, v in values + plains:
            if v in r["text"]:
                errs.append("%s: holds positive value of %s" % (r["id"], rid))
    # structured negatives are valid
    for r in neg:
        for m in re.finditer(r"\b[A-HJ-NPR-Z0-9]{17}\b", r["text"]):
            if r["class"] == "training_car_vins_and_plates" and not vin_ok(m.group(0)):
                errs.append("%s: VIN check digit" % r["id"])
        if r["class"] == "telematics_imei_iccid_and_device_ids":
            for m in re.finditer(r"\b(35\d{13}|8944\d{15})\b", r["text"]):
                if not luhn_ok(m.group(0)):
                    errs.append("%s: Luhn digit" % r["id"])
    classes = {r["class"] for r in neg}
    if len(classes) < 16 or len(neg) < 180:
        errs.append("negatives: %d classes, %d records" % (len(classes), len(neg)))
    # deny-list
    labels = []
    for r in sec + eva:
        labels.append(("container", r["container"]))
        labels.append(("span type", r["type"]))
    for r in eva:
        labels.append(("encoding", r["encoding"]))
    for r in neg:
        labels.append(("negative class", r["class"]))
        labels.append(("negative container", r["container"]))
    for kind, lab in meta["presentation_labels"]:
        labels.append((kind, lab))
    for r in sec:
        if r["source"] == "password":
            labels.append(("syntax", r["type"][len(meta["pw_prefix"]):]))
    for kind, lab in labels:
        hits = name_hits(lab, deny_names)
        if hits:
            errs.append("deny-listed %s %r (%s)" % (kind, lab, ", ".join(sorted(set(hits)))))
    langs = meta["languages"]
    prose_codes = []
    for r in sec:
        if r["source"] == "prose":
            code = r["container"].rsplit("__", 1)[-1]
            prose_codes.append(code)
            if code not in langs:
                errs.append("%s: unknown language %r" % (r["id"], code))
            elif lang_hits(code, langs[code], deny):
                errs.append("%s: deny-listed language %s" % (r["id"], code))
    # counts
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180 or len({r["type"] for r in ev}) != 12 or len({r["container"] for r in ev}) != 45:
        errs.append("everyday counts")
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    for k, ts in kinds.items():
        if len(ts) != 4 or len(set(ts)) != 4:
            errs.append("everyday kind %s lacks four different types" % k)
    ve = by.get("vendor", [])
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120:
        errs.append("vendor counts")
    for r in ve:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container" % r["id"])
    pw = by.get("password", [])
    if not (95 <= len({r["type"] for r in pw}) <= 120) or len(pw) != len({r["type"] for r in pw}):
        errs.append("password syntax counts")
    pr = by.get("prose", [])
    if len(pr) != 40 or len(set(prose_codes)) != 40:
        errs.append("prose counts")
    if len(eva) != 66 or len({r["encoding"] for r in eva}) != 22:
        errs.append("evasion counts")
    for e in {r["encoding"] for r in eva}:
        if sum(1 for r in eva if r["encoding"] == e) != 3:
            errs.append("encoding %s not x3" % e)
    tsets = {k: {r["type"] for r in v} for k, v in by.items()}
    tsets["evasion"] = {r["type"] for r in eva}
    ks = sorted(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                errs.append("span types shared by %s and %s" % (ks[i], ks[j]))
    non_every = [r["container"] for r in sec + eva if r["source"] != "everyday"]
    if len(non_every) != len(set(non_every)):
        errs.append("non-everyday containers not unique")
    return errs
