"""All checks run by build.py before anything is written. Each returns a list of error strings."""
import base64
import json
import re

from common240 import (PW_RE, STRICT_PW_RE, PW_FORM_IN_TEXT, UUID_RE, JWT_RE, is_uuid4, Deny)
import everyday240
import vendor240
import positional240
import prose240
import evasions240
import negatives240
import dec240

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]


def _jwt_ok(tok):
    parts = tok.split(".")
    try:
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    except Exception:
        return False
    return True


def check_structure(pos, eva, neg):
    errs = []
    for label, recs, fields, pre in (("s", pos, POS_FIELDS, "p240-s-"), ("e", eva, EVA_FIELDS, "p240-e-"),
                                     ("n", neg, NEG_FIELDS, "p240-n-")):
        for i, r in enumerate(recs):
            if list(r.keys()) != fields:
                errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
            if r.get("id") != "%s%04d" % (pre, i + 1):
                errs.append("id out of sequence: %s" % r.get("id"))
            if "⟦" in r.get("text", "") or "⟧" in r.get("text", ""):
                errs.append("%s: placement marker left" % r.get("id"))
    for r in pos + eva:
        sp = r["secrets"]
        if len(sp) != 1:
            errs.append("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
        t = r["text"]
        if not (0 <= s["start"] < s["end"] <= len(t)) or t[s["start"]:s["end"]] != s["value"]:
            errs.append("%s: span offsets do not match value" % r["id"])
        if s["type"] != r["type"]:
            errs.append("%s: span type != record type" % r["id"])
        if t.count(s["value"]) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(s["value"])))
        if s["value"] != s["value"].strip():
            errs.append("%s: value has outer whitespace" % r["id"])
        if r["source"] == "evasion" and (s.get("encoding") != r["encoding"]):
            errs.append("%s: span encoding differs" % r["id"])
    return errs


def check_counts(pos, eva, neg):
    errs = []
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    types = {}
    for r in ev:
        kinds.setdefault(r["container"], set()).add(r["type"])
        types[r["type"]] = types.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 for v in kinds.values()):
        errs.append("everyday kinds: %d kinds / not 4 distinct types each" % len(kinds))
    if len(types) != 12 or any(v != 15 for v in types.values()):
        errs.append("everyday types not 12 x 15")
    ve = by.get("vendor", [])
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120:
        errs.append("vendor count / distinct types %d" % len(ve))
    for r in ve:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container not <type>__<style>" % r["id"])
    pw = by.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("positional count %d" % len(pw))
    pr = by.get("prose", [])
    langs = {r["container"].split("__")[1] for r in pr}
    if len(pr) != 40 or len(langs) != 40:
        errs.append("prose count %d languages %d" % (len(pr), len(langs)))
    if not (440 <= len(pos) <= 470):
        errs.append("positives total %d" % len(pos))
    if len(eva) != 66:
        errs.append("evasions count %d" % len(eva))
    encs = {}
    for r in eva:
        encs.setdefault(r["encoding"], []).append(r)
    if len(encs) != 22 or any(len(v) != 3 for v in encs.values()):
        errs.append("evasions not 22 x 3")
    for e, rs in encs.items():
        if len({r["type"] for r in rs}) != 3 or len({r["container"].split("__")[1] for r in rs}) != 3:
            errs.append("%s: not once per type and wording" % e)
    if len(neg) < 180:
        errs.append("negatives count %d" % len(neg))
    if len({r["class"] for r in neg}) < 16:
        errs.append("negative classes %d" % len({r["class"] for r in neg}))
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("repeated negative text")
    srcs = {}
    for r in pos:
        srcs.setdefault(r["source"], set()).add(r["type"])
    srcs["evasion"] = {r["type"] for r in eva}
    names = list(srcs)
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            if srcs[names[i]] & srcs[names[j]]:
                errs.append("span types shared by %s and %s" % (names[i], names[j]))
    return errs


def check_shapes(pos, eva):
    errs = []
    for r in pos:
        v = r["secrets"][0]["value"]
        src = r["source"]
        if src == "everyday":
            for e in everyday240.check_value(r["type"], v):
                errs.append("%s: everyday %s" % (r["id"], e))
        elif src == "vendor":
            spec = vendor240.SPEC[r["type"]]
            if not re.fullmatch(vendor240.spec_regex(spec), v):
                errs.append("%s: vendor value does not match its spec" % r["id"])
            else:
                try:
                    if not vendor240.frame_ok(spec, v):
                        errs.append("%s: vendor frame" % r["id"])
                except Exception as ex:
                    errs.append("%s: vendor frame %s" % (r["id"], ex))
        elif src == "password":
            if not STRICT_PW_RE.match(v):
                errs.append("%s: positional value not strict password form" % r["id"])
        elif src == "prose":
            t = r["text"]
            s = r["secrets"][0]
            if not STRICT_PW_RE.match(v):
                errs.append("%s: prose value form" % r["id"])
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in eva:
        s = r["secrets"][0]
        if not evasions240.PLAIN_RE[r["type"]].match(s["plain"]):
            errs.append("%s: evasion plain form" % r["id"])
        t = r["text"]
        lines = t.split("\n")
        if len(lines) != 3 or lines[1] != s["value"] or not lines[0].endswith(":") or not lines[2]:
            errs.append("%s: evasion layout" % r["id"])
        if r["container"] != r["encoding"] + "__" + r["container"].split("__")[1] or \
                r["container"].split("__")[1] not in evasions240.WORDINGS:
            errs.append("%s: evasion container" % r["id"])
    return errs


def check_decoding(eva):
    errs = []
    for r in eva:
        s = r["secrets"][0]
        try:
            d = dec240.decode(s["encoding"], s["value"])
        except Exception as ex:
            d = "<error %s>" % ex
        if d != s["plain"]:
            errs.append("%s: run does not decode to its plain" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            errs.append("%s: run contains its plain" % r["id"])
    return errs


def check_reuse(pos, eva, neg):
    errs = []
    texts = [(r["id"], r["text"]) for r in pos + eva + neg]
    vals = {}
    for r in pos + eva:
        v = r["secrets"][0]["value"]
        if v in vals:
            errs.append("%s: value reused from %s" % (r["id"], vals[v]))
        vals[v] = r["id"]
    for r in pos + eva:
        v = r["secrets"][0]["value"]
        for tid, t in texts:
            if tid != r["id"] and v in t:
                errs.append("%s: value appears in %s" % (r["id"], tid))
    for r in eva:
        p = r["secrets"][0]["plain"]
        for tid, t in texts:
            if p in t:
                errs.append("%s: evasion plain appears in %s" % (r["id"], tid))
    for r in neg:
        if PW_FORM_IN_TEXT.search(r["text"]):
            errs.append("%s: world-word password form in a negative" % r["id"])
    for rid, t in texts:
        for u in UUID_RE.findall(t):
            if not is_uuid4(u):
                errs.append("%s: UUID-shaped string is not version 4: %s" % (rid, u))
        for j in JWT_RE.findall(t):
            if not _jwt_ok(j):
                errs.append("%s: JWT-shaped string is not a valid JWT" % rid)
    return errs


def check_denylist(deny, pos, eva, neg):
    errs = []
    d = deny if isinstance(deny, Deny) else Deny(deny)

    def name(n, what):
        hit = d.name_hit(n)
        if hit:
            errs.append("deny-listed %s: %s (%s)" % (what, n, ", ".join(hit)))

    for r in pos + eva:
        name(r["container"], "container kind")
        name(r["type"], "span type")
        name(r["secrets"][0]["type"], "span type")
    for r in eva:
        name(r["encoding"], "encoding")
    for r in neg:
        name(r["class"], "negative class")
        name(r["container"], "negative container")
    for n in (everyday240.KIND_NAMES + everyday240.TYPE_NAMES + vendor240.STYLE_NAMES + list(positional240.SUFFIX.values())
              + prose240.FORMATS + evasions240.WORDINGS + evasions240.TYPE_NAMES + evasions240.ENC_NAMES
              + negatives240.CLASS_NAMES + negatives240.WRAPPERS + [prose240.TYPE]):
        name(n, "name")
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(positional240.PREFIX):]
            if d.syntax_hit(syn):
                errs.append("deny-listed syntax: %s" % syn)
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            lname = dict((c, n) for c, n, _s, _t in prose240.L).get(code, code)
            hit = d.language_hit(code, lname)
            if hit:
                errs.append("deny-listed language: %s (%s)" % (code, ", ".join(hit)))
    for syn in positional240.SET_ASIDE:
        if d.syntax_hit(syn) or d.name_hit(syn):
            errs.append("deny-listed set-aside syntax: %s" % syn)
        if syn in positional240.SYNTAX_NAMES:
            errs.append("set-aside syntax also kept: %s" % syn)
    for code, lname in prose240.SPARES:
        if d.language_hit(code, lname):
            errs.append("deny-listed spare language: %s" % code)
    return errs


def run_all(deny, pos, eva, neg):
    errs = []
    errs += check_structure(pos, eva, neg)
    errs += check_counts(pos, eva, neg)
    errs += check_shapes(pos, eva)
    errs += check_decoding(eva)
    errs += check_reuse(pos, eva, neg)
    errs += check_denylist(deny, pos, eva, neg)
    return errs
