"""Every check the build runs before it writes anything."""
import json
import re

import common251 as C
import dec251
import enc251
import everyday251 as E
import evasions251 as EV
import negatives251 as N
import positional251 as P
import prose251 as PR
import vendor251 as V
import world251 as W

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

HAND_AVOID_LANGUAGES = {
    "finnish", "italian", "turkish", "french", "dutch", "german", "spanish", "basque", "hebrew", "greek", "latin",
    "lithuanian", "icelandic", "estonian", "swahili", "maori", "māori", "esperanto", "japanese", "danish",
    "indonesian", "swedish", "hungarian", "portuguese", "tamil", "tibetan", "chinese", "catalan", "malay",
    "english", "thai"}

VENDOR_SPEC = {t: spec for t, cat, spec, src, nbk, st in V.VENDORS}


def names_to_check():
    """(label, name) pairs that must not be on the deny-list."""
    out = []
    out += [("everyday type", t) for t in E.TYPE_NAMES]
    out += [("everyday kind", k) for k in E.KIND_NAMES]
    out += [("vendor type", t) for t, *_ in V.VENDORS]
    out += [("vendor style", s) for s in V.STYLES]
    out += [("positional syntax", s[0]) for s in P.S]
    out += [("positional span type", P.PREFIX + s[0]) for s in P.S]
    out += [("positional where", w) for w in P.WHERE.values()]
    out += [("prose type", PR.TYPE)]
    out += [("prose format", f) for f in PR.FORMATS]
    out += [("evasion encoding", e) for e in enc251.ENCODINGS]
    out += [("evasion wording", w) for w in EV.WORDINGS]
    out += [("evasion type", t[0]) for t in EV.TYPES]
    out += [("negative class", c[0]) for c in N.CLASSES]
    out += [("negative kind", k[0]) for c in N.CLASSES for k in c[2]]
    out += [("negative wrapper", w[0].strip("_")) for w in N.WRAPPERS if w[0]]
    return out


def check_denylist(deny, pos, eva, neg):
    errs = []
    nameset = set(deny["names"])
    syn = set(deny["syntaxes"])
    d2 = dict(deny)
    d2["_nameset"] = nameset
    for label, name in names_to_check():
        if C.denied(name, d2):
            errs.append("deny-list: %s %r is on the deny-list" % (label, name))
    for s in P.S:
        if s[0] in syn or s[0] in nameset:
            errs.append("deny-list: positional syntax %r is an earlier syntax" % s[0])
    for r in pos:
        if r["source"] == "password":
            sx = r["type"][len(P.PREFIX):] if r["type"].startswith(P.PREFIX) else r["type"]
            if sx in syn or sx in nameset or r["container"].split("__")[0] in syn:
                errs.append("deny-list: positional syntax %r (%s) is an earlier syntax" % (sx, r["id"]))
    # containers actually used in the records
    for r in pos + eva + neg:
        if C.denied(r["container"], d2):
            errs.append("deny-list: container %r (%s)" % (r["container"], r["id"]))
    for r in pos + eva:
        if C.denied(r["type"], d2):
            errs.append("deny-list: span type %r (%s)" % (r["type"], r["id"]))
    for r in eva:
        if C.denied(r["encoding"], d2):
            errs.append("deny-list: encoding %r (%s)" % (r["encoding"], r["id"]))
    for r in neg:
        if C.denied(r["class"], d2):
            errs.append("deny-list: negative class %r (%s)" % (r["class"], r["id"]))
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    used_codes = [r["container"].split("__")[1] for r in pos if r["source"] == "prose"]
    for code, name, script, _ in PR.LANGS:
        if code not in used_codes:
            errs.append("prose: language %s declared but not used" % code)
    for code in used_codes:
        lang = [l for l in PR.LANGS if l[0] == code]
        if not lang:
            errs.append("prose: language code %r not declared" % code)
            continue
        name = lang[0][1].lower()
        if code in codes or code in nameset:
            errs.append("deny-list: prose language code %r" % code)
        if name in lnames or name in HAND_AVOID_LANGUAGES:
            errs.append("deny-list: prose language name %r" % name)
        for w in re.split(r"[\s\-]+", name):
            if w in lnames or w in HAND_AVOID_LANGUAGES:
                errs.append("deny-list: prose language name word %r (%s)" % (w, code))
    for code, name in PR.SPARES:
        if code in codes or name.lower() in lnames or name.lower() in HAND_AVOID_LANGUAGES:
            errs.append("deny-list: spare language %r" % code)
    return errs


def check_structure(pos, eva, neg):
    errs = []
    for prefix, recs, fields in (("p251-s-", pos, POS_FIELDS), ("p251-e-", eva, EVA_FIELDS), ("p251-n-", neg, NEG_FIELDS)):
        for i, r in enumerate(recs):
            want = "%s%04d" % (prefix, i + 1)
            if r.get("id") != want:
                errs.append("ids: %r should be %r" % (r.get("id"), want))
            if list(r.keys()) != fields:
                errs.append("fields: %s has %r" % (r.get("id"), list(r.keys())))
    for r in pos + eva:
        sp = r["secrets"]
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("spans: %s has %d spans" % (r["id"], len(sp) if isinstance(sp, list) else -1))
            continue
        s = sp[0]
        want = EVA_SPAN if r["source"] == "evasion" else POS_SPAN
        if list(s.keys()) != want:
            errs.append("span fields: %s has %r" % (r["id"], list(s.keys())))
            continue
        if r["text"][s["start"]:s["end"]] != s["value"]:
            errs.append("offsets: %s text[start:end] != value" % r["id"])
        if s["type"] != r["type"]:
            errs.append("span type: %s" % r["id"])
        if r["text"].count(s["value"]) != 1:
            errs.append("once: %s value occurs %d times in its text" % (r["id"], r["text"].count(s["value"])))
        if s["value"] != s["value"].strip():
            errs.append("outer whitespace: %s" % r["id"])
        if r["source"] == "evasion" and (s["encoding"] != r["encoding"]):
            errs.append("evasion encoding field: %s" % r["id"])
    for r in pos + eva + neg:
        if "\ue000" in r["text"] or "\ue001" in r["text"]:
            errs.append("marker left in %s" % r["id"])
    for r in pos:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("source: %s %r" % (r["id"], r["source"]))
    for r in eva:
        if r["source"] != "evasion":
            errs.append("source: %s" % r["id"])
    for r in neg:
        if r["source"] != "negative":
            errs.append("source: %s" % r["id"])
    return errs


def check_counts(pos, eva, neg):
    errs = []
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("counts: everyday %d != 180" % len(ev))
    kinds = {}
    tcount = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("counts: everyday kinds must be 45 x 4 different types")
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        errs.append("counts: every everyday type must sit in 15 records")
    vd = by.get("vendor", [])
    vtypes = [r["type"] for r in vd]
    if not (110 <= len(vd) <= 130) or len(set(vtypes)) != len(vd):
        errs.append("counts: vendor %d records / %d types" % (len(vd), len(set(vtypes))))
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("vendor container: %s" % r["id"])
    pw = by.get("password", [])
    if not (100 <= len(pw) <= 120) or len(set(r["type"] for r in pw)) != len(pw):
        errs.append("counts: positional %d" % len(pw))
    pr = by.get("prose", [])
    langs = set(r["container"].split("__")[1] for r in pr)
    if len(pr) != 40 or len(langs) != 40:
        errs.append("counts: prose %d records in %d languages" % (len(pr), len(langs)))
    if not (440 <= len(pos) <= 470):
        errs.append("counts: positives %d outside 440-470" % len(pos))
    encs = {}
    for r in eva:
        encs.setdefault(r["encoding"], []).append(r["type"])
    if len(eva) != 66 or len(encs) != 22 or any(sorted(v) != sorted(t[0] for t in EV.TYPES) for v in encs.values()):
        errs.append("counts: evasions must be 22 encodings x 3 types")
    classes = {}
    for r in neg:
        classes[r["class"]] = classes.get(r["class"], 0) + 1
    if len(neg) < 200 or len(classes) < 20 or any(c < 10 for c in classes.values()):
        errs.append("counts: negatives %d in %d classes" % (len(neg), len(classes)))
    if len(set(r["text"] for r in neg)) != len(neg):
        errs.append("counts: repeated negative text")
    types_by_src = {}
    for r in pos + eva:
        types_by_src.setdefault(r["source"], set()).add(r["type"])
    srcs = list(types_by_src)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if types_by_src[srcs[i]] & types_by_src[srcs[j]]:
                errs.append("span types shared between %s and %s" % (srcs[i], srcs[j]))
    return errs


def check_shapes(pos, eva, side):
    errs = []
    for r in pos:
        v = r["secrets"][0]["value"]
        if r["source"] == "everyday":
            e = E.check_value(r["type"], v, side)
            if e:
                errs.append("shape: %s %s: %s" % (r["id"], r["type"], e))
        elif r["source"] == "vendor":
            spec = VENDOR_SPEC.get(r["type"])
            if spec is None or not V.vendor_check(spec, v):
                errs.append("shape: %s vendor %s" % (r["id"], r["type"]))
        elif r["source"] == "password":
            if not W.STRICT_PW_RE.match(v):
                errs.append("shape: %s positional password" % r["id"])
        elif r["source"] == "prose":
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if not W.STRICT_PW_RE.match(v):
                errs.append("shape: %s prose password" % r["id"])
            if s == 0 or e >= len(r["text"]) or not r["text"][s - 1].isspace() or not r["text"][e].isspace():
                errs.append("prose: %s value not set off by whitespace" % r["id"])
    for r in eva:
        s = r["secrets"][0]
        run, plain = s["value"], s["plain"]
        if r["encoding"] not in enc251.ENCODINGS or r["encoding"] not in dec251.DECODERS:
            errs.append("evasion: %s unknown encoding %r" % (r["id"], r["encoding"]))
            continue
        if not EV.TYPE_RE[r["type"]].match(plain):
            errs.append("shape: %s evasion plain" % r["id"])
        try:
            dec = dec251.decode(r["encoding"], run)
        except Exception as ex:
            dec = "<error %s>" % ex
        if dec != plain:
            errs.append("decode: %s run does not decode to its plain" % r["id"])
        if plain in run:
            errs.append("evasion: %s run contains its plain" % r["id"])
        t = r["text"]
        st, en = s["start"], s["end"]
        if t[st - 2:st] != ":\n" or t[en:en + 1] != "\n" or "\n" in t[en + 1:] or not t[en + 1:].strip():
            errs.append("evasion layout: %s" % r["id"])
        if enc251.ENCODINGS[r["encoding"]][2] not in t[:st]:
            errs.append("evasion rule text missing: %s" % r["id"])
        if r["container"] != "%s__%s" % (r["encoding"], r["container"].split("__", 1)[1]) or \
                r["container"].split("__", 1)[1] not in EV.WORDINGS:
            errs.append("evasion container: %s" % r["id"])
    return errs


def uuid_jwt_problems(text):
    out = []
    for m in C.UUID_RE.finditer(text):
        if not C.UUID_V4_RE.match(m.group(0)):
            out.append("non-v4 UUID %s" % m.group(0))
    for m in C.JWT_RE.finditer(text):
        if not C.jwt_valid(m.group(0)):
            out.append("invalid JWT-shaped string")
    return out


def check_reuse(pos, eva, neg):
    errs = []
    allrecs = pos + eva + neg
    values = [(r["id"], r["secrets"][0]["value"]) for r in pos + eva]
    seen = {}
    for rid, v in values:
        if v in seen:
            errs.append("reuse: value of %s repeated in %s" % (seen[v], rid))
        seen[v] = rid
    for rid, v in values:
        for r in allrecs:
            if r["id"] != rid and v in r["text"]:
                errs.append("reuse: value of %s appears in %s" % (rid, r["id"]))
    for r in eva:
        plain = r["secrets"][0]["plain"]
        for o in allrecs:
            if plain in o["text"]:
                errs.append("reuse: evasion plain of %s appears in %s" % (r["id"], o["id"]))
    for r in allrecs:
        for p in uuid_jwt_problems(r["text"]):
            errs.append("text: %s %s" % (r["id"], p))
    return errs


def negative_problems(text, strings):
    out = []
    for s in strings:
        if len(s) >= 6 and s in text:
            out.append("contains a registered string")
            break
    if W.has_password_form(text):
        out.append("password form")
    if C.JWT_RE.search(text):
        out.append("JWT-shaped string")
    out += uuid_jwt_problems(text)
    return out


def check_negatives(pos, eva, neg):
    errs = []
    strings = [r["secrets"][0]["value"] for r in pos + eva] + [r["secrets"][0]["plain"] for r in eva]
    for r in neg:
        for p in negative_problems(r["text"], strings):
            errs.append("negative %s: %s" % (r["id"], p))
    return errs


def run_all(pos, eva, neg, side, deny):
    errs = []
    errs += check_denylist(deny, pos, eva, neg)
    errs += check_structure(pos, eva, neg)
    errs += check_counts(pos, eva, neg)
    errs += check_shapes(pos, eva, side)
    errs += check_reuse(pos, eva, neg)
    errs += check_negatives(pos, eva, neg)
    return errs
