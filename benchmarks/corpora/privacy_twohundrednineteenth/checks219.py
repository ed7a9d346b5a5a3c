"""All checks run by build.py before anything is written."""
import base64
import re
from collections import Counter

import common219 as C
import dec219
import enc219
import everyday219
import evasions219
import negatives219
import positional219
import prose219
import vendor219

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]


def _ids(recs, kind, errs):
    for i, r in enumerate(recs, 1):
        want = "%s-%s-%04d" % (C.PREFIX, kind, i)
        if r.get("id") != want:
            errs.append("id %r at position %d, want %s" % (r.get("id"), i, want))
    c = Counter(r.get("id") for r in recs)
    for k, n in c.items():
        if n > 1:
            errs.append("duplicate id %s" % k)


def _span_basic(r, fields, sfields, errs):
    if list(r.keys()) != fields:
        errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
        return None
    if not isinstance(r["secrets"], list) or len(r["secrets"]) != 1:
        errs.append("%s: not exactly one span" % r["id"])
        return None
    s = r["secrets"][0]
    if list(s.keys()) != sfields:
        errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
        return None
    v = s["value"]
    if not v or v != v.strip():
        errs.append("%s: empty or edge-whitespace value" % r["id"])
    if r["text"][s["start"]:s["end"]] != v:
        errs.append("%s: span does not re-slice" % r["id"])
    if r["type"] != s["type"]:
        errs.append("%s: record type != span type" % r["id"])
    if r["text"].count(v) != 1:
        errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
    for bad in ("\x00", "\u0001", "\u0002", "PRIVATE KEY"):
        if bad in r["text"]:
            errs.append("%s: forbidden marker in text" % r["id"])
    return s


def b64_pair_ok(v):
    try:
        d = base64.b64decode(v, validate=True).decode()
    except Exception:
        return None
    if ":" not in d:
        return None
    pw = d.split(":", 1)[1]
    return pw if C.PW_STRICT_RE.match(pw) else None


def check_all(data, deny):
    errs = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]
    _ids(pos, "s", errs)
    _ids(eva, "e", errs)
    _ids(neg, "n", errs)

    # ---------------------------------------------------------------- spans
    spans = []
    for r in pos:
        s = _span_basic(r, POS_FIELDS, POS_SPAN, errs)
        if s:
            spans.append((r, s))
    espans = []
    for r in eva:
        s = _span_basic(r, EVA_FIELDS, EVA_SPAN, errs)
        if s:
            espans.append((r, s))
    allvals = [s["value"] for _r, s in spans + espans]
    for v, n in Counter(allvals).items():
        if n > 1:
            errs.append("value reused: %r" % v)
    texts = [r["text"] for r in pos + eva]
    negtexts = [r["text"] for r in neg]
    for (r, s) in spans + espans:
        v = s["value"]
        others = sum(1 for t in texts if v in t)
        if others != 1:
            errs.append("%s: value found in %d texts" % (r["id"], others))
        if any(v in t for t in negtexts):
            errs.append("%s: value inside a negative" % r["id"])
    plains = [s["plain"] for _r, s in espans]
    for p in plains + hidden:
        if any(p in t for t in texts + negtexts):
            errs.append("evasion plain or hidden password visible: %r" % p)

    # -------------------------------------------------------------- shapes
    src_count = Counter(r["source"] for r in pos)
    for r, s in spans:
        v, t = s["value"], r["type"]
        src = r["source"]
        if src == "everyday":
            if t not in everyday219.TYPE_INFO or not everyday219.check_value(t, v):
                errs.append("%s: everyday shape %s" % (r["id"], t))
        elif src == "vendor":
            if not vendor219.check_value(t, v):
                errs.append("%s: vendor shape %s" % (r["id"], t))
            if r["container"].split("__")[0] != t or r["container"].split("__")[1] not in [x[0] for x in vendor219.STYLES]:
                errs.append("%s: vendor container" % r["id"])
        elif src == "password":
            syn = t[len(positional219.PFX):]
            tpl = dict((a, c) for a, b, c in positional219.S).get(syn)
            if tpl and "{b64pair}" in tpl:
                if not b64_pair_ok(v):
                    errs.append("%s: base64 pair frame" % r["id"])
            elif not C.PW_STRICT_RE.match(v):
                errs.append("%s: positional password shape" % r["id"])
            if syn.startswith("survey_pda_fixed_width"):
                a, b = positional219.FIXED_COL
                line = r["text"][:s["start"]].rsplit("\n", 1)[-1]
                if len(line) != a - 1 or s["end"] - s["start"] > b - a + 1:
                    errs.append("%s: fixed-width columns" % r["id"])
        elif src == "prose":
            if not C.PW_STRICT_RE.match(v):
                errs.append("%s: prose password shape" % r["id"])
            tx = r["text"]
            if s["start"] == 0 or not tx[s["start"] - 1].isspace() or s["end"] >= len(tx) or not tx[s["end"]].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
        else:
            errs.append("%s: bad source %r" % (r["id"], src))
    for t in texts + negtexts:
        for u in C.UUID_RE.findall(t):
            if not C.uuid_is_v4(u):
                errs.append("UUID not v4: %s" % u)
    for t in texts:
        for j in C.JWT_RE.findall(t):
            if not C.jwt_ok(j):
                errs.append("bad JWT-shaped substring %s…" % j[:30])

    # ------------------------------------------------------------ evasions
    per_type, per_wording = Counter(), Counter()
    for r, s in espans:
        enc = r["encoding"]
        if enc != s["encoding"] or enc not in enc219.NAMES:
            errs.append("%s: encoding mismatch" % r["id"])
            continue
        try:
            ok = dec219.decode(enc, s["value"]) == s["plain"]
        except Exception:
            ok = False
        if not ok:
            errs.append("%s: evasion does not decode" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            errs.append("%s: run shows its plain" % r["id"])
        tx = r["text"]
        if tx[s["start"] - 2:s["start"]] != ":\n" or tx[s["end"]:s["end"] + 1] != "\n" or not tx[s["end"] + 1:].strip():
            errs.append("%s: evasion layout" % r["id"])
        rx = evasions219.PLAIN_RE.get(r["type"])
        if not rx or not rx.match(s["plain"]):
            errs.append("%s: evasion plain shape" % r["id"])
        enc_c, _, wording = r["container"].partition("__")
        if enc_c != enc or wording not in evasions219.WORDINGS or r["source"] != "evasion":
            errs.append("%s: evasion container/source" % r["id"])
        per_type[(enc, r["type"])] += 1
        per_wording[(enc, wording)] += 1
    encs = Counter(r["encoding"] for r in eva)
    if len(eva) != 66 or len(encs) != 22 or set(encs.values()) != {3}:
        errs.append("evasions: want 22 encodings x 3, got %d records / %d encodings" % (len(eva), len(encs)))
    if any(n != 1 for n in per_type.values()) or any(n != 1 for n in per_wording.values()):
        errs.append("evasions: not once per type and once per wording")

    # ----------------------------------------------------------- negatives
    for r in neg:
        if list(r.keys()) != NEG_FIELDS or r["source"] != "negative":
            errs.append("%s: negative fields/source" % r.get("id"))
    if len(set(negtexts)) != len(negtexts):
        errs.append("duplicate negative texts")
    ncls = Counter(r["class"] for r in neg)
    if len(ncls) < 16 or len(neg) < 180:
        errs.append("negatives: %d classes / %d records" % (len(ncls), len(neg)))
    for r in neg:
        t = r["text"]
        if r["class"] in ("ready_to_burn_certificate_numbers",):
            for m in re.findall(r"EAN (\d{13})", t):
                if C.gs1_check(m[:12]) != m[12]:
                    errs.append("%s: EAN-13 check digit" % r["id"])
        if r["class"] == "sscc_pallet_label_codes":
            for m in re.findall(r"\(00\) (\d{18})|GIN\+BJ\+(\d{18})", t):
                x = m[0] or m[1]
                if C.gs1_check(x[:17]) != x[17]:
                    errs.append("%s: SSCC check digit" % r["id"])
        if r["class"] == "invoice_iban_mod97_details":
            for m in re.findall(r"GB\d\d[A-Z]{4}\d{14}", t):
                if not C.iban_ok(m):
                    errs.append("%s: IBAN check" % r["id"])
        if r["class"] == "uk_vat_registration_numbers":
            for m in re.findall(r"GB(\d{9})", t):
                if not C.ukvat_ok(m):
                    errs.append("%s: VAT check" % r["id"])
        for m in re.findall(r"age1[qpzry9x8gf2tvdw0s3jn54khce6mual7]{58}", t):
            hrp, d = C.bech32_decode(m)
            if hrp != "age" or d is None or len(d) != 32:
                errs.append("%s: age recipient checksum" % r["id"])

    # ----------------------------------------------------------- deny-list
    names_to_check = []
    for r in pos + eva + neg:
        names_to_check.append(("container", r["container"]))
    for r in pos + eva:
        names_to_check.append(("span type", r["type"]))
    for e in enc219.NAMES:
        names_to_check.append(("encoding", e))
    for c in ncls:
        names_to_check.append(("negative class", c))
    for k in everyday219.CONTAINER_NAMES + [everyday219.SPARE_KIND]:
        names_to_check.append(("everyday kind", k))
    for s, _st in vendor219.STYLES:
        names_to_check.append(("vendor style", s))
    for s, _why in vendor219.SET_ASIDE:
        names_to_check.append(("set-aside vendor", s))
    for s, _g in positional219.SET_ASIDE:
        names_to_check.append(("set-aside syntax", s))
    for s in positional219.SUFFIX.values():
        names_to_check.append(("password suffix", s))
    for s in prose219.FORMATS + evasions219.WORDINGS + [w for w, _t in negatives219.WRAPPERS if w]:
        names_to_check.append(("format/wording/wrapper", s))
    for what, n in names_to_check:
        if C.name_denied(n, deny):
            errs.append("deny-listed %s: %s" % (what, n))
    syns = [r["type"][len(positional219.PFX):] for r in pos if r["source"] == "password"]
    syns += [s for s, _g in positional219.SET_ASIDE]
    for s in syns:
        if s in deny["_syn_set"] or s in deny["_names_set"]:
            errs.append("earlier syntax: %s" % s)
    langs = {r["container"].split("__")[1] for r in pos if r["source"] == "prose"}
    lang_names = {c: n for c, n, _s, _t in prose219.LANGS + prose219.SPARES}
    for code in sorted(langs) + [c for c, _n, _s, _t in prose219.SPARES]:
        name = lang_names.get(code, "")
        if code in deny["_codes_set"] or code in deny["_names_set"]:
            errs.append("deny-listed language code %s" % code)
        words = [name.lower()] + re.findall(r"[^\W\d_]+", name.lower())
        if any(w in deny["_lnames_set"] for w in words):
            errs.append("deny-listed language name %s" % name)

    # -------------------------------------------------------------- counts
    if src_count.get("everyday") != 180:
        errs.append("everyday count %s" % src_count.get("everyday"))
    ed = [r for r in pos if r["source"] == "everyday"]
    kinds = Counter(r["container"] for r in ed)
    tcount = Counter(r["type"] for r in ed)
    if len(kinds) != 45 or set(kinds.values()) != {4} or len(tcount) != 12 or set(tcount.values()) != {15}:
        errs.append("everyday pairing counts")
    for k in kinds:
        if len({r["type"] for r in ed if r["container"] == k}) != 4:
            errs.append("everyday kind %s lacks four different types" % k)
    vt = [r["type"] for r in pos if r["source"] == "vendor"]
    if len(vt) != 120 or len(set(vt)) != 120:
        errs.append("vendor count %d / %d distinct" % (len(vt), len(set(vt))))
    pt = [r["type"] for r in pos if r["source"] == "password"]
    if not 95 <= len(pt) <= 120 or len(set(pt)) != len(pt):
        errs.append("password syntax count %d" % len(pt))
    pr = [r for r in pos if r["source"] == "prose"]
    if len(pr) != 40 or len(langs) != 40:
        errs.append("prose count %d / languages %d" % (len(pr), len(langs)))
    if not 440 <= len(pos) <= 470:
        errs.append("positives total %d" % len(pos))
    tsets = {}
    for r in pos + eva:
        tsets.setdefault(r["source"], set()).add(r["type"])
    srcs = list(tsets)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if tsets[srcs[i]] & tsets[srcs[j]]:
                errs.append("span types shared by %s and %s" % (srcs[i], srcs[j]))
    ne = [r["container"] for r in pos + eva if r["source"] != "everyday"]
    if len(ne) != len(set(ne)):
        errs.append("non-everyday containers not unique")
    return errs
