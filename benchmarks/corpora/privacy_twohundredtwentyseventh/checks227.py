"""Checks run by build.py before anything is written."""
import base64
import collections
import re

import dec227
import enc227
import everyday227
import evasions227
import negatives227
import positional227
import prose227
import vendor227
from common227 import (ALNUM, MARK, PREFIX, PW_RE, PW_STRICT_RE, PW_STRICT_SEARCH, bech32_ok, damm_ok, fletcher16,
                       gtin_ok, jwt_ok, mod3736_ok, name_hits)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
UUID_SHAPE = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")
UUID4 = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")
JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
GTIN_IN_TEXT = re.compile(r"(?:ean=|^)(\d{13,14})(?=\s)", re.M)

EVERYDAY_SHAPES = {
    "led_panel_push_token": lambda v: re.fullmatch(r"lpt_[A-Za-z0-9]{28}_[0-9a-f]{4}", v) is not None
    and int(v[-4:], 16) == fletcher16(v[4:32].encode()),
    "proof_portal_api_key": lambda v: re.fullmatch(r"ppk_\d{11}_[A-Za-z0-9]{32}", v) is not None and damm_ok(v[4:15]),
    "sign_order_webhook_secret": lambda v: re.fullmatch(r"sow_[a-z0-9]{33}", v) is not None and mod3736_ok(v[4:]),
    "installer_app_hs384_jwt": lambda v: jwt_ok(v) and v.startswith("eyJhbGciOiJIUzM4NCI"),
    "quote_app_rails_master_key": lambda v: re.fullmatch(r"[0-9a-f]{32}", v) is not None,
    "artwork_vault_age_secret_key": lambda v: re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", v)
    is not None and bech32_ok(v),
}
EVASION_SHAPES = {
    "sign_evasion_shop_pc_password": PW_STRICT_RE,
    "led_evasion_panel_service_code": re.compile(r"^lsc_[A-Za-z0-9]{16}$"),
    "engraver_evasion_interlock_token": re.compile(r"^eit-[a-z0-9]{20}$"),
}


def _ids(recs, kind, errs):
    for i, r in enumerate(recs):
        want = "%s-%s-%04d" % (PREFIX, kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))
    if len({r.get("id") for r in recs}) != len(recs):
        errs.append("duplicate ids in %s" % kind)


def check_records(data):
    errs = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]
    _ids(pos, "s", errs)
    _ids(eva, "e", errs)
    _ids(neg, "n", errs)
    all_texts = [r["text"] for r in pos + eva + neg]
    joined = "\n\u0001".join(all_texts)
    values = []
    for r in pos + eva:
        fields = EVA_FIELDS if r.get("source") == "evasion" else POS_FIELDS
        if list(r.keys()) != fields:
            errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
            continue
        sp = r["secrets"]
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s: needs exactly one span" % r["id"])
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
            continue
        v, t = s["value"], r["text"]
        if not v or v != v.strip():
            errs.append("%s: empty value or edge whitespace" % r["id"])
        if not (0 <= s["start"] < s["end"] <= len(t)) or t[s["start"]:s["end"]] != v:
            errs.append("%s: span does not re-slice" % r["id"])
        if r["type"] != s["type"]:
            errs.append("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        if joined.count(v) != 1:
            errs.append("%s: value appears in another text" % r["id"])
        values.append(v)
        if MARK in t or "\0" in t or "PRIVATE KEY" in t:
            errs.append("%s: marker, NUL or PRIVATE KEY in text" % r["id"])
        if r["source"] not in ("everyday", "vendor", "password", "prose", "evasion"):
            errs.append("%s: bad source" % r["id"])
    if len(values) != len(set(values)):
        errs.append("a value is reused")
    for h in hidden:
        if h in joined:
            errs.append("hidden plain %r is visible in some text" % h)
    for r in neg:
        if list(r.keys()) != NEG_FIELDS:
            errs.append("%s: negative fields %s" % (r.get("id"), list(r.keys())))
            continue
        if r["source"] != "negative":
            errs.append("%s: negative source" % r["id"])
        for v in values + hidden:
            if v in r["text"]:
                errs.append("%s: contains a positive value / plain" % r["id"])
        if PW_STRICT_SEARCH.search(r["text"]):
            errs.append("%s: negative contains a password-form string %r" % (r["id"], PW_STRICT_SEARCH.search(r["text"]).group(0)))
        for m in GTIN_IN_TEXT.finditer(r["text"]):
            if not gtin_ok(m.group(1)):
                errs.append("%s: GTIN check digit wrong in %s" % (r["id"], m.group(1)))
        if MARK in r["text"] or "\0" in r["text"] or "PRIVATE KEY" in r["text"]:
            errs.append("%s: marker, NUL or PRIVATE KEY in negative" % r["id"])
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("duplicate negative texts")
    for r in pos + eva + neg:
        for m in UUID_SHAPE.finditer(r["text"]):
            if not UUID4.match(m.group(0)):
                errs.append("%s: UUID-shaped %s is not version 4" % (r["id"], m.group(0)))
    for r in pos + eva:
        for m in JWT_SHAPE.finditer(r["text"]):
            if not jwt_ok(m.group(0)):
                errs.append("%s: JWT-shaped substring is not a valid JWT" % r["id"])
    return errs


def check_shapes(data):
    errs = []
    vspec = {v[0]: v[2] for v in vendor227.ACTIVE}
    for r in data["secrets"]:
        v, typ = r["secrets"][0]["value"], r["type"]
        if r["source"] == "everyday":
            if typ not in everyday227.TYPE_NAMES:
                errs.append("%s: unknown everyday type %r" % (r["id"], typ))
            elif typ in everyday227.PASSWORD_TYPES:
                if not PW_RE.match(v):
                    errs.append("%s: everyday password shape" % r["id"])
            elif not EVERYDAY_SHAPES[typ](v):
                errs.append("%s: everyday %s shape / check" % (r["id"], typ))
        elif r["source"] == "vendor":
            spec = vspec.get(typ)
            if spec is None:
                errs.append("%s: unknown vendor type %r" % (r["id"], typ))
                continue
            if not re.fullmatch(vendor227.spec_regex(spec), v) or not vendor227.frame_ok(typ, spec, v):
                errs.append("%s: vendor %s shape" % (r["id"], typ))
        elif r["source"] == "password":
            syn = typ[len(positional227.PFX):]
            if syn in positional227.B64_SYNTAXES:
                p = positional227.b64_plain(syn, v)
                if not PW_STRICT_RE.match(p):
                    errs.append("%s: Base64-hidden password shape" % r["id"])
            elif not PW_STRICT_RE.match(v):
                errs.append("%s: positional password shape" % r["id"])
        elif r["source"] == "prose":
            t, s, e = r["text"], r["secrets"][0]["start"], r["secrets"][0]["end"]
            if not PW_STRICT_RE.match(v):
                errs.append("%s: prose password shape" % r["id"])
            if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    return errs


def check_evasions(data):
    errs = []
    eva = data["evasions"]
    per_enc = collections.Counter()
    pairs = set()
    wordings = collections.Counter()
    for r in eva:
        s = r["secrets"][0]
        run, plain, name = s["value"], s["plain"], s["encoding"]
        if r["encoding"] != name:
            errs.append("%s: record / span encoding differ" % r["id"])
        try:
            got = dec227.decode(name, run)
        except Exception as e:  # noqa
            got = "<error %s>" % e
        if got != plain:
            errs.append("%s: run does not decode to its plain" % r["id"])
        if plain in run or run == plain:
            errs.append("%s: plain visible in run" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: run not on its own line after ':' with a remark" % r["id"])
        if r["type"] not in EVASION_SHAPES or not EVASION_SHAPES[r["type"]].match(plain):
            errs.append("%s: plain shape" % r["id"])
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != name:
            errs.append("%s: container must be <encoding>__<wording>" % r["id"])
        else:
            wordings[(name, parts[1])] += 1
        per_enc[name] += 1
        pairs.add((name, r["type"]))
    if len(per_enc) != 22 or any(c != 3 for c in per_enc.values()):
        errs.append("evasions must be 22 encodings x 3")
    if len(pairs) != 66:
        errs.append("each encoding must appear once per type")
    if any(c != 1 for c in wordings.values()) or len(wordings) != 66:
        errs.append("each encoding must appear once per wording")
    if len(eva) != 66:
        errs.append("evasion count %d" % len(eva))
    return errs


def check_counts(data):
    errs = []
    pos = data["secrets"]
    by = collections.Counter(r["source"] for r in pos)
    if by["everyday"] != 180:
        errs.append("everyday count %d" % by["everyday"])
    ev = [r for r in pos if r["source"] == "everyday"]
    kinds = collections.defaultdict(list)
    for r in ev:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday must be 45 kinds x 4 different types")
    tc = collections.Counter(r["type"] for r in ev)
    if len(tc) != 12 or any(c != 15 for c in tc.values()):
        errs.append("each everyday type must sit in 15 records")
    vend = [r for r in pos if r["source"] == "vendor"]
    if len(vend) != 120 or len({r["type"] for r in vend}) != 120:
        errs.append("vendor must be 120 distinct types")
    for r in vend:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container must be <type>__<style>" % r["id"])
    pw = [r for r in pos if r["source"] == "password"]
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("password syntaxes must be 95-120 distinct")
    pr = [r for r in pos if r["source"] == "prose"]
    langs = {r["container"].split("__")[1] for r in pr}
    if len(pr) != 40 or len(langs) != 40:
        errs.append("prose must be 40 records in 40 languages")
    if not 440 <= len(pos) <= 470:
        errs.append("positives total %d" % len(pos))
    types = {}
    for r in pos:
        types.setdefault(r["source"], set()).add(r["type"])
    srcs = list(types)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if types[srcs[i]] & types[srcs[j]]:
                errs.append("span types shared between %s and %s" % (srcs[i], srcs[j]))
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)):
        errs.append("non-everyday containers must be unique")
    neg = data["negatives"]
    ncls = collections.Counter(r["class"] for r in neg)
    if len(neg) < 180 or len(ncls) < 16:
        errs.append("negatives must be >= 180 records in >= 16 classes")
    return errs


def deny_targets(data):
    """(label, name, kind) for every name that must be new."""
    out = []
    for r in data["secrets"] + data["evasions"] + data["negatives"]:
        out.append(("container", r["container"], "name"))
    for r in data["secrets"] + data["evasions"]:
        out.append(("span type", r["type"], "name"))
    for r in data["evasions"]:
        out.append(("encoding", r["encoding"], "name"))
    for r in data["negatives"]:
        out.append(("negative class", r["class"], "name"))
    out.append(("spare kind", everyday227.SPARE_CONTAINER, "name"))
    for s in vendor227.STYLES:
        out.append(("vendor style", s[0], "name"))
    for v in data["meta"]["vendor_set_aside"]:
        out.append(("set-aside vendor", v, "name"))
    for s in positional227.SUFFIX.values():
        out.append(("password suffix", s, "name"))
    for syn, _why in positional227.SET_ASIDE:
        out.append(("set-aside syntax", syn, "syntax"))
    for r in data["secrets"]:
        if r["source"] == "password":
            out.append(("syntax", r["type"][len(positional227.PFX):], "syntax"))
    for f in prose227.FORMATS:
        out.append(("prose format", f, "name"))
    for w in evasions227.WORDINGS:
        out.append(("evasion wording", w[0], "name"))
    for w in negatives227.WRAPPERS:
        out.append(("negative wrapper", w, "name"))
    for c in negatives227.CLASSES:
        for k in c[1]:
            out.append(("negative kind", k, "name"))
    return out


def check_deny(data, deny):
    errs = []
    names = set(deny["names"])
    syns = set(deny["syntaxes"])
    for label, nm, kind in deny_targets(data):
        hits = name_hits(nm, names)
        if kind == "syntax":
            hits += name_hits(nm, syns)
        if hits:
            errs.append("%s %r is deny-listed (%s)" % (label, nm, ", ".join(sorted(set(hits)))))
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    langs = [(c, n) for c, n, _s, _t in prose227.LANGS] + list(prose227.SPARES)
    used = {r["container"].split("__")[1] for r in data["secrets"] if r["source"] == "prose"}
    for c, n in langs:
        words = [w for w in re.split(r"[\s()]+", n.lower()) if w]
        if c in codes or c in names:
            errs.append("language code %r is deny-listed" % c)
        if n.lower() in lnames or any(w in lnames for w in words):
            errs.append("language name %r is deny-listed" % n)
    for c in sorted(used):
        if c in codes or c in names:
            errs.append("prose language %r (from a container) is deny-listed" % c)
    if not used <= {c for c, _n, _s, _t in prose227.LANGS}:
        errs.append("prose container uses an unknown language")
    return errs


def check_all(data, deny):
    return (check_records(data) + check_shapes(data) + check_evasions(data) + check_counts(data)
            + check_deny(data, deny))
