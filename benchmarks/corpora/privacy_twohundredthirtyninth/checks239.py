"""Checks run by build.py before writing; each returns a list of error strings."""
import base64
import re

import common239 as C
import dec239
import enc239
import everyday239
import evasions239
import negatives239
import positional239
import prose239
import vendor239

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]


def public(rec):
    return {k: v for k, v in rec.items() if not k.startswith("_")}


def check_all(data, deny):
    errs = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    P = C.PREFIX
    # ---- ids and fields ----
    for lst, tag, fields in ((pos, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(lst):
            if r.get("id") != "%s-%s-%04d" % (P, tag, i + 1):
                errs.append("bad id %r at %s[%d]" % (r.get("id"), tag, i))
            if list(public(r).keys()) != fields:
                errs.append("%s fields %r" % (r.get("id"), list(public(r).keys())))
    # ---- spans ----
    for r in pos + eva:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            errs.append("%s has %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        keys = SPAN_FIELDS + (["plain", "encoding"] if r["source"] == "evasion" else [])
        if list(s.keys()) != keys:
            errs.append("%s span fields %r" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        if r["text"][s["start"]:s["end"]] != v:
            errs.append("%s span offsets do not match value" % r["id"])
        if s["type"] != r["type"]:
            errs.append("%s span type differs from record type" % r["id"])
        if not v or r["text"].count(v) != 1:
            errs.append("%s value occurs %d times in its text" % (r["id"], r["text"].count(v) if v else -1))
        if v != v.strip():
            errs.append("%s value has outer whitespace" % r["id"])
        if re.search(r"%[A-Z0-9]{1,3}%", r["text"]):
            errs.append("%s placeholder left" % r["id"])
        if r["source"] == "evasion" and (s.get("encoding") != r.get("encoding")):
            errs.append("%s span encoding differs" % r["id"])
    # ---- counts ----
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d != 180" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds not 45 x 4 different types")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        errs.append("everyday types not 12 x 15")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor count %d / distinct %d != 120" % (len(vd), len({r["type"] for r in vd})))
    for r in vd:
        if r["container"] != r["type"] + "__" + r.get("_style", "?"):
            errs.append("%s vendor container not <type>__<style>" % r["id"])
    pw = by.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("positional count %d (distinct %d) not 95-120" % (len(pw), len({r["type"] for r in pw})))
    pr = by.get("prose", [])
    if len(pr) != 40 or len({r.get("_lang") for r in pr}) != 40:
        errs.append("prose not 40 records in 40 languages")
    if not (440 <= len(pos) <= 470):
        errs.append("positives total %d not about 450" % len(pos))
    if set(by) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown sources %r" % (set(by) - {"everyday", "vendor", "password", "prose"}))
    if len(eva) != 66:
        errs.append("evasions %d != 66" % len(eva))
    encs = {}
    for r in eva:
        encs.setdefault(r["encoding"], set()).add(r["type"])
    if len(encs) != 22 or any(len(t) != 3 for t in encs.values()):
        errs.append("evasions not 22 encodings x 3 types")
    if len(neg) < 180 or len({r["class"] for r in neg}) < 16:
        errs.append("negatives %d in %d classes (need >=180, >=16)" % (len(neg), len({r["class"] for r in neg})))
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("repeated negative text")
    types_by_src = {}
    for r in pos:
        types_by_src.setdefault(r["source"], set()).add(r["type"])
    srcs = list(types_by_src)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if types_by_src[srcs[i]] & types_by_src[srcs[j]]:
                errs.append("span types shared by sources %s and %s" % (srcs[i], srcs[j]))
    # ---- uniqueness ----
    vals = [r["secrets"][0]["value"] for r in pos + eva if r.get("secrets")]
    if len(vals) != len(set(vals)):
        errs.append("a value is reused")
    all_texts = [(r["id"], r["text"]) for r in pos + eva + neg]
    for r in pos + eva:
        if not r.get("secrets"):
            continue
        v = r["secrets"][0]["value"]
        for rid, t in all_texts:
            if rid != r["id"] and v in t:
                errs.append("value of %s appears in %s" % (r["id"], rid))
    hidden = [(r["id"], r["secrets"][0]["plain"]) for r in eva if r.get("secrets")] + [(r["id"], r["_hidden"]) for r in pos if r.get("_hidden")]
    for hid, h in hidden:
        for rid, t in all_texts:
            if h in t:
                errs.append("hidden plain of %s appears in %s" % (hid, rid))
    # ---- validity ----
    for r in pos:
        if not r.get("secrets"):
            continue
        v = r["secrets"][0]["value"]
        src = r["source"]
        if src == "everyday" and not everyday239.validate(r["type"], v):
            errs.append("%s everyday value invalid for %s" % (r["id"], r["type"]))
        if src == "vendor":
            try:
                ok = vendor239.validate(r["type"], v)
            except KeyError:
                ok = False
            if not ok:
                errs.append("%s vendor value does not match its spec" % r["id"])
        if src == "password":
            if r.get("_hidden"):
                try:
                    dec = base64.b64decode(v, validate=True).decode()
                except Exception:
                    dec = ""
                user, _, p = dec.partition(":")
                if p != r["_hidden"] or not C.PW_STRICT_RE.match(p) or not user:
                    errs.append("%s Base64 span does not hold user:password" % r["id"])
            elif not C.PW_STRICT_RE.match(v):
                errs.append("%s positional value not in strict password form" % r["id"])
        if src == "prose":
            s = r["secrets"][0]
            t = r["text"]
            if not C.PW_STRICT_RE.match(v) or not (s["start"] > 0 and t[s["start"] - 1].isspace()) or not (s["end"] < len(t) and t[s["end"]].isspace()):
                errs.append("%s prose value not strict or not set off by whitespace" % r["id"])
    for r in eva:
        if not r.get("secrets"):
            continue
        s = r["secrets"][0]
        try:
            d = dec239.decode(r["encoding"], s["value"])
        except Exception as e:
            d = "<error %s>" % e
        if d != s["plain"]:
            errs.append("%s evasion run does not decode to its plain" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            errs.append("%s run contains its plain" % r["id"])
        lines = r["text"].split("\n")
        if len(lines) != 3 or not lines[0].endswith(":") or lines[1] != s["value"] or not lines[2].strip():
            errs.append("%s evasion layout is not rule / ':' newline / run / remark" % r["id"])
        if r["container"] != r["encoding"] + "__" + r["container"].split("__")[-1]:
            errs.append("%s evasion container" % r["id"])
        ptype = r["type"]
        pl = s["plain"]
        okp = {"espresso_bar_office_evasion_password": C.PW_STRICT_RE.match(pl),
               "roaster_firmware_evasion_service_code": re.match(r"^rfs_[A-Za-z0-9]{16}$", pl),
               "wholesale_portal_evasion_api_token": re.match(r"^wsp-[a-z0-9]{20}$", pl)}.get(ptype)
        if not okp:
            errs.append("%s evasion plain invalid for its type" % r["id"])
    for rid, t in all_texts:
        for u in C.UUID_ANY.findall(t):
            if not C.UUID_V4.match(u):
                errs.append("%s contains a non-v4 UUID %s" % (rid, u))
    for r in pos + eva:
        for j in C.JWT_ANY.findall(r["text"]):
            if not C.jwt_ok(j):
                errs.append("%s contains a malformed JWT" % r["id"])
    for r in neg:
        if C.PW_FORM_IN_TEXT.search(r["text"]):
            errs.append("%s negative contains a password-shaped string" % r["id"])
        if C.JWT_ANY.search(r["text"]):
            errs.append("%s negative contains a JWT" % r["id"])
    # ---- deny-list ----
    errs += check_deny(data, deny)
    return errs


def check_deny(data, deny):
    errs = []
    names = []
    for r in data["secrets"]:
        names += [("container", r["container"]), ("span type", r["type"])]
    for r in data["evasions"]:
        names += [("container", r["container"]), ("span type", r["type"]), ("encoding", r["encoding"])]
    for r in data["negatives"]:
        names += [("negative class", r["class"]), ("container", r["container"])]
    names += [("vendor style", s[0]) for s in vendor239.STYLES]
    names += [("set-aside vendor", s[0]) for s in vendor239.SET_ASIDE]
    names += [("positional suffix", s) for s in positional239.WHERE_SUFFIX.values()]
    names += [("prose format", f) for f in prose239.FORMATS] + [("prose type", prose239.SPAN_TYPE)]
    names += [("wording", w[0]) for w in evasions239.WORDINGS]
    names += [("wrapper", w[0].lstrip("_")) for w in negatives239.WRAPPERS if w[0]]
    seen = set()
    for what, n in names:
        if (what, n) in seen:
            continue
        seen.add((what, n))
        if C.denied(n, deny):
            errs.append("deny-listed %s: %s" % (what, n))
    syns = [r["type"][len(positional239.SPAN_PREFIX):] for r in data["secrets"] if r["source"] == "password"]
    syns += [s[0] for s in positional239.SET_ASIDE]
    for s in syns:
        if s in deny["_syn_set"] or s in deny["_names_set"]:
            errs.append("deny-listed syntax: %s" % s)
    langs = [(r.get("_lang"), dict((x[0], x[1]) for x in prose239.L).get(r.get("_lang"), r.get("_lang"))) for r in data["secrets"] if r["source"] == "prose"]
    langs += list(prose239.SPARES)
    for code, name in langs:
        code = (code or "").lower()
        if code in deny["_codes_set"] or code in deny["_names_set"] or code in deny["_lnames_set"]:
            errs.append("deny-listed language code: %s" % code)
        nm = (name or "").lower()
        if nm in deny["_lnames_set"] or any(w in deny["_lnames_set"] for w in re.split(r"[\s\-]+", nm) if w):
            errs.append("deny-listed language name: %s" % nm)
    return errs
