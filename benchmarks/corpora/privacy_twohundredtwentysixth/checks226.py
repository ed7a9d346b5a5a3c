"""Checks run by build.py before anything is written."""
import base64
import json
import re

import dec226
import everyday226
import evasions226
import negatives226
import positional226
import prose226
import vendor226
from common226 import (MARK, PW_RE, PW_STRICT_RE, PW_SEARCH_RE, deny_hits, tle_checksum, ean13_check,
                       mod11_2_check, bech32_verify)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64}


def _b64u(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_all(data, deny):
    errs = []
    E = errs.append
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]
    names = set(deny["names"])
    syntaxes = set(deny["syntaxes"])
    lcodes, lnames = set(deny["language_codes"]), set(deny["language_names"])

    # ---------------- structure
    for fname, recs, fields, prefix, sfields in (("secrets", pos, POS_FIELDS, "s", SPAN_FIELDS),
                                                  ("evasions", eva, EVA_FIELDS, "e", EVA_SPAN_FIELDS),
                                                  ("negatives", neg, NEG_FIELDS, "n", None)):
        for i, r in enumerate(recs):
            if r.get("id") != "p226-%s-%04d" % (prefix, i + 1):
                E("%s: bad or non-sequential id %r" % (fname, r.get("id")))
            if list(r.keys()) != fields:
                E("%s %s: field set %r" % (fname, r.get("id"), list(r.keys())))
            t = r.get("text", "")
            if MARK in t or "\0" in t or "PRIVATE KEY" in t:
                E("%s %s: marker, NUL or PRIVATE KEY in text" % (fname, r.get("id")))
            if sfields is None:
                continue
            sp = r.get("secrets", [])
            if len(sp) != 1:
                E("%s %s: not exactly one span" % (fname, r["id"]))
                continue
            s = sp[0]
            if list(s.keys()) != sfields:
                E("%s %s: span fields %r" % (fname, r["id"], list(s.keys())))
            v = s.get("value", "")
            if not v or v != v.strip():
                E("%s %s: empty or edge-whitespace value" % (fname, r["id"]))
            if t[s.get("start", 0):s.get("end", 0)] != v:
                E("%s %s: span does not re-slice" % (fname, r["id"]))
            if r["type"] != s.get("type"):
                E("%s %s: record type != span type" % (fname, r["id"]))
            if t.count(v) != 1:
                E("%s %s: value not exactly once in its text" % (fname, r["id"]))
    ids = [r.get("id") for r in pos + eva + neg]
    if len(ids) != len(set(ids)):
        E("duplicate ids")

    # ---------------- uniqueness / leakage
    allspans = [(r["id"], r["secrets"][0]["value"]) for r in pos + eva if r.get("secrets")]
    vals = [v for _i, v in allspans]
    if len(vals) != len(set(vals)):
        E("a value is reused")
    texts = [(r["id"], r["text"]) for r in pos + eva + neg]
    for rid, v in allspans:
        for tid, t in texts:
            if tid != rid and v in t:
                E("value of %s appears in %s" % (rid, tid))
    plains = [r["secrets"][0]["plain"] for r in eva] + list(hidden)
    for p in plains:
        for tid, t in texts:
            if p in t:
                E("hidden password or evasion plain visible in %s" % tid)
    if len(plains) != len(set(plains)):
        E("an evasion plain or hidden password is reused")

    # ---------------- everyday
    ev = [r for r in pos if r["source"] == "everyday"]
    tdefs = {t[0]: t for t in everyday226.TYPES}
    kinds = {c[0] for c in everyday226.CONTAINERS}
    for r in ev:
        v = r["secrets"][0]["value"]
        td = tdefs.get(r["type"])
        if td is None:
            E("%s: unknown everyday type" % r["id"])
            continue
        if td[4] == "pw":
            if not PW_RE.match(v):
                E("%s: owner password form" % r["id"])
        elif not td[4](v):
            E("%s: %s shape check failed" % (r["id"], r["type"]))
        if r["container"] not in kinds:
            E("%s: unknown everyday container" % r["id"])
    if len(ev) != 180:
        E("everyday count %d != 180" % len(ev))
    from collections import Counter
    tc = Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        E("everyday: each of 12 types must sit in 15 records")
    kc = Counter(r["container"] for r in ev)
    if len(kc) != 45 or set(kc.values()) != {4}:
        E("everyday: 45 kinds x 4 records")
    for k in kc:
        if len({r["type"] for r in ev if r["container"] == k}) != 4:
            E("everyday kind %s does not hold four different types" % k)

    # ---------------- vendor
    vd = [r for r in pos if r["source"] == "vendor"]
    vchecks = vendor226.checks_by_type()
    for r in vd:
        v = r["secrets"][0]["value"]
        ck = vchecks.get(r["type"])
        if ck is None or not ck(v):
            E("%s: vendor shape check failed for %s" % (r["id"], r["type"]))
        if not r["container"].startswith(r["type"] + "__") or r["container"].split("__")[1] not in dict(vendor226.STYLES):
            E("%s: vendor container not <type>__<style>" % r["id"])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E("vendor: 120 distinct types required")

    # ---------------- positional
    pw = [r for r in pos if r["source"] == "password"]
    kinds_by = {positional226.PREFIX + s[0]: s[4] for s in positional226.S}
    for r in pw:
        v = r["secrets"][0]["value"]
        kind = kinds_by.get(r["type"])
        if kind in ("pw", "fixed"):
            if not PW_STRICT_RE.match(v):
                E("%s: positional value not strict password form" % r["id"])
        elif kind in ("b64_colon", "b64_plain"):
            try:
                raw = base64.b64decode(v, validate=True).decode()
            except Exception:
                E("%s: Base64 does not decode" % r["id"])
                continue
            hp = raw.split("\0")[-1] if kind == "b64_plain" else raw.split(":", 1)[1]
            if not PW_STRICT_RE.match(hp) or hp not in hidden:
                E("%s: hidden password form" % r["id"])
            if kind == "b64_plain" and raw.count("\0") != 2:
                E("%s: SASL PLAIN message needs two NULs" % r["id"])
        else:
            E("%s: unknown positional syntax" % r["id"])
        if kind == "fixed":
            line = [ln for ln in r["text"].split("\n") if v in ln][0]
            if line.index(v) != 40 or line[40:60].rstrip() != v:
                E("%s: fixed-width value not in columns 41-60" % r["id"])
        if not r["container"].startswith(r["type"] + "__"):
            E("%s: positional container" % r["id"])
    syns = [r["type"][len(positional226.PREFIX):] for r in pw]
    if not (95 <= len(pw) <= 120) or len(set(syns)) != len(syns):
        E("positional: 95-120 distinct syntaxes, one record each")
    for s in syns + list(positional226.SET_ASIDE):
        if s in syntaxes or deny_hits(s, names):
            E("positional syntax %s is deny-listed" % s)

    # ---------------- prose
    pr = [r for r in pos if r["source"] == "prose"]
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E("prose: 40 records in 40 languages")
    for r in pr:
        s = r["secrets"][0]
        if not PW_STRICT_RE.match(s["value"]):
            E("%s: prose value form" % r["id"])
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            E("%s: prose value not set off by whitespace" % r["id"])
    lang_map = {c: n for c, n, _s, _t in prose226.LANGS}
    for code, name in list(lang_map.items()) + prose226.SPARES:
        if code in lcodes or code in names or name.lower() in lnames or any(
                w in lnames for w in re.split(r"[^a-z]+", name.lower()) if w):
            E("language %s (%s) is deny-listed" % (code, name))
    for c in langs:
        if c not in lang_map:
            E("prose container language %s unknown" % c)

    # ---------------- evasions
    encs = [r["encoding"] for r in eva]
    if len(eva) != 66 or len(set(encs)) != 22 or any(encs.count(e) != 3 for e in set(encs)):
        E("evasions: 22 encodings x 3")
    trx = {t[0]: t[3] for t in evasions226.TYPES}
    for r in eva:
        s = r["secrets"][0]
        try:
            ok = dec226.decode(r["encoding"], s["value"]) == s["plain"]
        except Exception:
            ok = False
        if not ok:
            E("%s: evasion does not decode to its plain" % r["id"])
        if s["encoding"] != r["encoding"] or r["container"] != r["encoding"] + "__" + r["container"].split("__")[1]:
            E("%s: evasion encoding/container mismatch" % r["id"])
        if not re.fullmatch(trx.get(r["type"], "$^"), s["plain"]):
            E("%s: evasion plain shape" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            E("%s: run contains its plain" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            E("%s: evasion text layout" % r["id"])
    for (i, e) in enumerate(sorted(set(encs), key=encs.index)):
        ws = {r["container"].split("__")[1] for r in eva if r["encoding"] == e}
        ts = {r["type"] for r in eva if r["encoding"] == e}
        if len(ws) != 3 or len(ts) != 3:
            E("encoding %s not once per type and wording" % e)

    # ---------------- structured substrings
    for r in pos + eva + neg:
        for u in UUID_RE.findall(r["text"]):
            if u[14] != "4" or u[19].lower() not in "89ab":
                E("%s: UUID-shaped substring not version 4" % r["id"])
    for r in pos + eva:
        for j in JWT_RE.findall(r["text"]):
            try:
                h, p, sg = j.split(".")
                hd = json.loads(_b64u(h))
                json.loads(_b64u(p))
                if SIGLEN.get(hd.get("alg")) != len(_b64u(sg)):
                    E("%s: JWT signature length does not fit alg" % r["id"])
            except Exception:
                E("%s: JWT-shaped substring does not decode" % r["id"])

    # ---------------- negatives
    if len(neg) < 180 or len({r["class"] for r in neg}) < 16:
        E("negatives: need >= 180 records in >= 16 classes")
    if len({r["text"] for r in neg}) != len(neg):
        E("negatives: duplicate texts")
    for r in neg:
        if r["source"] != "negative":
            E("%s: negative source" % r["id"])
        if PW_SEARCH_RE.search(r["text"]):
            E("%s: strict password form inside a negative" % r["id"])
        for m in re.finditer(r"^[12] \d{5}.{61}\d$", r["text"], re.M):
            ln = m.group(0)
            if tle_checksum(ln[:68]) != ln[68]:
                E("%s: TLE checksum" % r["id"])
        for m in re.finditer(r"\b(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])\b", r["text"]):
            d = "".join(m.groups())
            if mod11_2_check(d[:15]) != d[15]:
                E("%s: ORCID check character" % r["id"])
        if r["class"] == "ean13_shop_product_codes":
            for m in re.finditer(r"(?<!\d)(50\d{11})(?!\d)", r["text"]):
                if ean13_check(m.group(1)[:12]) != m.group(1)[12]:
                    E("%s: EAN-13 check digit" % r["id"])
        for m in re.finditer(r"\bage1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}\b", r["text"]):
            if not bech32_verify(m.group(0)):
                E("%s: age recipient checksum" % r["id"])

    # ---------------- deny-list on every name
    allnames = ([r["container"] for r in pos + eva + neg] + [r["type"] for r in pos + eva] + encs +
                [r["class"] for r in neg] + [everyday226.SPARE_KIND] + [s for s, _c in vendor226.STYLES] +
                list(vendor226.SET_ASIDE) + list(positional226.SUFFIX.values()) + prose226.FORMATS +
                evasions226.WORDINGS + [w for w, _f in negatives226.WRAPPERS if w])
    for n in allnames:
        h = deny_hits(n.lstrip("_"), names)
        if h:
            E("deny-listed name %s (%s)" % (n, ", ".join(h)))

    # ---------------- counts and disjointness
    if not (440 <= len(pos) <= 470):
        E("positives total %d not about 450" % len(pos))
    srcs = {}
    for r in pos:
        srcs.setdefault(r["source"], set()).add(r["type"])
    ss = list(srcs.values())
    for i in range(len(ss)):
        for j in range(i + 1, len(ss)):
            if ss[i] & ss[j]:
                E("span types shared between sources")
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)):
        E("non-everyday containers not unique")
    return errs
