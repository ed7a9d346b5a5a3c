"""All checks run by build.py before anything is written. Each returns a list of error strings."""
import base64
import re
from collections import Counter, defaultdict

import dec214
import everyday214
import evasions214
import negatives214
import positional214
import prose214
import vendor214
from common214 import (JWT_FIND, UUID_FIND, MARK, PW_RE, PW_STRICT_RE, iban_check_ok, jwt_problem, mod11_2_check,
                       name_hits, uuid_is_v4, fletcher16_hex)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]


def check_ids(recs, kind, errs):
    for i, r in enumerate(recs, 1):
        want = "p214-%s-%04d" % (kind, i)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))
    c = Counter(r.get("id") for r in recs)
    for k, v in c.items():
        if v > 1:
            errs.append("duplicate id %s" % k)


def check_spans(recs, fields, span_fields, errs):
    for r in recs:
        if list(r.keys()) != fields:
            errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
            continue
        if len(r["secrets"]) != 1:
            errs.append("%s: %d spans" % (r["id"], len(r["secrets"])))
            continue
        s = r["secrets"][0]
        if list(s.keys()) != span_fields:
            errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
            continue
        v, a, b = s["value"], s["start"], s["end"]
        if not v or v != v.strip():
            errs.append("%s: empty or edge-whitespace value" % r["id"])
        if r["text"][a:b] != v:
            errs.append("%s: span does not re-slice" % r["id"])
        if r["type"] != s["type"]:
            errs.append("%s: record type != span type" % r["id"])
        if r["text"].count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        if MARK in r["text"] or "\x00" in r["text"] or "PRIVATE KEY" in r["text"]:
            errs.append("%s: marker, NUL or PRIVATE KEY in text" % r["id"])


def check_cross(pos, ev, neg, meta, errs):
    allrecs = pos + ev
    vals = Counter(r["secrets"][0]["value"] for r in allrecs if r.get("secrets"))
    for v, n in vals.items():
        if n > 1:
            errs.append("value reused %d times: %.30s" % (n, v))
    texts = [(r["id"], r["text"]) for r in allrecs]
    negtexts = [(r["id"], r["text"]) for r in neg]
    for r in allrecs:
        v = r["secrets"][0]["value"]
        for rid, t in texts:
            if rid != r["id"] and v in t:
                errs.append("value of %s appears in %s" % (r["id"], rid))
        for rid, t in negtexts:
            if v in t:
                errs.append("value of %s appears in negative %s" % (r["id"], rid))
    hidden = list(meta["hidden"]) + [r["secrets"][0]["plain"] for r in ev]
    for h in hidden:
        for rid, t in texts + negtexts:
            if h in t:
                errs.append("hidden / evasion plain %.20s appears in %s" % (h, rid))


def check_structured(pos, ev, neg, errs):
    for r in pos + ev + neg:
        for u in UUID_FIND.findall(r["text"]):
            if not uuid_is_v4(u):
                errs.append("%s: UUID-shaped %s is not v4" % (r["id"], u))
    for r in pos + ev:
        for j in JWT_FIND.findall(r["text"]):
            p = jwt_problem(j)
            if p:
                errs.append("%s: %s" % (r["id"], p))


def check_shapes(pos, ev, errs):
    vspec = {v[0]: v[2] for v in vendor214.VENDORS}
    for r in pos:
        v = r["secrets"][0]["value"]
        t = r["type"]
        if r["source"] == "everyday":
            p = everyday214.check_value(t, v)
            if p:
                errs.append("%s: everyday shape: %s" % (r["id"], p))
        elif r["source"] == "vendor":
            spec = vspec.get(t)
            if spec is None:
                errs.append("%s: unknown vendor type" % r["id"])
                continue
            if not re.match(vendor214.vendor_regex(spec), v) or not vendor214.vendor_frame_ok(spec, v):
                errs.append("%s: vendor shape" % r["id"])
        elif r["source"] == "password":
            if t.endswith("_b64"):
                try:
                    raw = base64.b64decode(v, validate=True).decode()
                except Exception:
                    errs.append("%s: base64 span not decodable" % r["id"])
                    continue
                parts = raw.split("\0")
                if len(parts) != 3 or parts[0] != "" or not PW_STRICT_RE.match(parts[2]):
                    errs.append("%s: base64 frame" % r["id"])
            elif not PW_STRICT_RE.match(v):
                errs.append("%s: positional strict password shape" % r["id"])
            if t.endswith("fixed_width_41_to_60"):
                line = [l for l in r["text"].split("\n") if v in l][0]
                if line[40:60].rstrip() != v:
                    errs.append("%s: fixed-width columns 41-60" % r["id"])
        elif r["source"] == "prose":
            if not PW_STRICT_RE.match(v):
                errs.append("%s: prose password shape" % r["id"])
            a, b = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if a == 0 or not r["text"][a - 1].isspace() or b >= len(r["text"]) or not r["text"][b].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in ev:
        if r["type"] in evasions214.PLAIN_RE and not evasions214.PLAIN_RE[r["type"]].match(r["secrets"][0].get("plain", "")):
            errs.append("%s: evasion plain shape" % r["id"])


def check_evasions(ev, errs):
    per = defaultdict(list)
    for r in ev:
        if r.get("source") != "evasion":
            errs.append("%s: source" % r["id"])
        s = r["secrets"][0]
        name = r["encoding"]
        if s.get("encoding") != name:
            errs.append("%s: record and span encoding differ" % r["id"])
        try:
            d = dec214.decode(name, s["value"])
        except Exception as e:  # noqa
            d = "<error %s>" % e
        if d != s.get("plain"):
            errs.append("%s: run does not decode to its plain" % r["id"])
        if s.get("plain") and (s["plain"] in s["value"] or s["plain"] == s["value"]):
            errs.append("%s: run contains its plain" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: run not on its own line after ':' with a remark" % r["id"])
        if not r["container"].startswith(name + "__") or r["container"].split("__")[1] not in evasions214.WORDINGS:
            errs.append("%s: container" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s.get("plain", "")):
            errs.append("%s: plain alphabet" % r["id"])
        per[name].append(r["type"])
    if len(per) != 22:
        errs.append("evasions: %d encodings, want 22" % len(per))
    for name, types in per.items():
        if sorted(types) != sorted(t[0] for t in evasions214.TYPES):
            errs.append("evasions: %s not once per type" % name)
    if len(ev) != 66:
        errs.append("evasions: %d records, want 66" % len(ev))


def check_negatives(neg, errs):
    classes = Counter()
    seen = set()
    for r in neg:
        if list(r.keys()) != NEG_FIELDS:
            errs.append("%s: negative fields" % r.get("id"))
            continue
        if r["source"] != "negative":
            errs.append("%s: negative source" % r["id"])
        if r["text"] in seen:
            errs.append("%s: duplicate negative text" % r["id"])
        seen.add(r["text"])
        classes[r["class"]] += 1
        if r["class"] == "refund_iban_mod97_checked":
            ibans = re.findall(r"GB\d{2}[A-Z]{4}\d{14}", r["text"])
            if not ibans or not all(iban_check_ok(x) for x in ibans):
                errs.append("%s: IBAN mod-97" % r["id"])
        if r["class"] == "certificate_refs_mod11_2_checked":
            cs = re.findall(r"LH-(\d{15})([0-9X])", r["text"])
            if not cs or not all(mod11_2_check(d) == c for d, c in cs):
                errs.append("%s: MOD 11-2" % r["id"])
        if r["class"] == "student_card_barcode_payloads" and "barcode_ean13" in r["text"]:
            for e in re.findall(r",(\d{13}),", r["text"]):
                s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(e[:12]))
                if (10 - s % 10) % 10 != int(e[12]):
                    errs.append("%s: EAN-13 check digit" % r["id"])
    if len(classes) < 16:
        errs.append("negatives: %d classes" % len(classes))
    if len(neg) < 180:
        errs.append("negatives: %d records" % len(neg))


def check_deny(pos, ev, neg, deny, errs):
    def chk(label, name):
        h = name_hits(name, deny)
        if h:
            errs.append("deny-listed %s %s (%s)" % (label, name, ", ".join(h)))
    for r in pos + ev + neg:
        chk("container", r["container"])
    for k in everyday214.KIND_NAMES + [everyday214.SPARE_KIND[0]]:
        chk("everyday kind", k)
    for t in set(r["type"] for r in pos + ev):
        chk("span type", t)
    for r in ev:
        chk("encoding", r["encoding"])
    for c in set(r["class"] for r in neg):
        chk("negative class", c)
    for name, _st, _fn in vendor214.STYLES:
        chk("vendor style", name)
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(positional214.PFX):]
            if syn.lower() in deny["_syn_set"] or syn.lower() in deny["_names_set"]:
                errs.append("earlier positional syntax %s" % syn)
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    langs = {r["container"].split("__")[1] for r in pos if r["source"] == "prose"}
    allinfo = {l[0]: l for l in prose214.LANGS + prose214.SPARES}
    for code in langs | {s[0] for s in prose214.SPARES}:
        if code in codes or code in deny["_names_set"]:
            errs.append("deny-listed language code %s" % code)
        info = allinfo.get(code)
        if info is None:
            errs.append("unknown language %s" % code)
            continue
        nm = info[1].lower()
        if nm in lnames or any(w in lnames for w in re.split(r"[\s-]+", nm)):
            errs.append("deny-listed language name %s" % info[1])


def check_counts(pos, ev, neg, errs):
    by = defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    e = by["everyday"]
    if len(e) != 180:
        errs.append("everyday %d != 180" % len(e))
    kinds = defaultdict(list)
    for r in e:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: not 45 kinds x 4 different types")
    tc = Counter(r["type"] for r in e)
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append("everyday: types not 12 x 15")
    v = by["vendor"]
    if len(v) != 120 or len(set(r["type"] for r in v)) != 120:
        errs.append("vendor: want 120 distinct types")
    for r in v:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container" % r["id"])
    p = by["password"]
    if not (95 <= len(p) <= 120) or len(set(r["type"] for r in p)) != len(p):
        errs.append("password: %d records / distinct syntaxes" % len(p))
    pr = by["prose"]
    if len(pr) != 40 or len(set(r["container"].split("__")[1] for r in pr)) != 40:
        errs.append("prose: want 40 records in 40 languages")
    if not (440 <= len(pos) <= 470):
        errs.append("positives %d not in 440-470" % len(pos))
    srcs = list(by)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            a = set(r["type"] for r in by[srcs[i]])
            b = set(r["type"] for r in by[srcs[j]])
            if a & b:
                errs.append("span types shared by %s and %s" % (srcs[i], srcs[j]))
    if set(r["type"] for r in ev) & set(r["type"] for r in pos):
        errs.append("evasion types shared with positives")
    ne = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in ev]
    if len(ne) != len(set(ne)):
        errs.append("non-everyday containers not unique")
    if len(ev) != 66:
        errs.append("evasions %d != 66" % len(ev))


def run_all(data, deny, meta):
    errs = []
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    check_ids(pos, "s", errs)
    check_ids(ev, "e", errs)
    check_ids(neg, "n", errs)
    for r in pos:
        if r.get("source") not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: source" % r.get("id"))
    check_spans(pos, POS_FIELDS, SPAN_FIELDS, errs)
    check_spans(ev, EV_FIELDS, EV_SPAN_FIELDS, errs)
    if errs:
        return errs
    check_cross(pos, ev, neg, meta, errs)
    check_structured(pos, ev, neg, errs)
    check_shapes(pos, ev, errs)
    check_evasions(ev, errs)
    check_negatives(neg, errs)
    check_deny(pos, ev, neg, deny, errs)
    check_counts(pos, ev, neg, errs)
    return errs
