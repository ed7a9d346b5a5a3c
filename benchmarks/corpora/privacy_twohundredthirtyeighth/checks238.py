"""All checks run before anything is written. Each returns a list of error strings."""
import base64
import binascii
import json
import re
from collections import Counter, defaultdict

from common238 import (PREFIX, PW_WIDE, PW_STRICT, UUID_ANY, UUID_V4, JWT_ANY, jwt_problem, b64u_decode, verhoeff_ok,
                       crc32_hex, wg_clamped, isbn13_ok, aba_ok, deny_hits)
import everyday238
import vendor238
import positional238
import prose238
import evasions238
import negatives238
from enc238 import ENCODINGS
import dec238

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]


def everyday_value_ok(typ, v):
    kind = everyday238.TYPE_INFO[typ][3]
    if kind == "pw":
        return bool(PW_WIDE.match(v))
    if kind == "glx":
        m = re.fullmatch(r"glx_(\d{12})_[A-Za-z0-9]{28}", v)
        return bool(m) and verhoeff_ok(m.group(1))
    if kind == "lab":
        m = re.fullmatch(r"lab_([A-Za-z0-9]{32})([0-9a-f]{8})", v)
        return bool(m) and crc32_hex(m.group(1)) == m.group(2)
    if kind == "django":
        return len(v) == 50 and all(c in everyday238.DJANGO_ALPHABET for c in v)
    if kind == "jwt":
        if jwt_problem(v):
            return False
        return json.loads(b64u_decode(v.split(".")[0])).get("alg") == "HS512"
    if kind == "wg":
        try:
            return len(v) == 44 and wg_clamped(base64.b64decode(v, validate=True))
        except binascii.Error:
            return False
    if kind == "totp":
        try:
            return bool(re.fullmatch(r"[A-Z2-7]{32}", v)) and len(base64.b32decode(v)) == 20
        except binascii.Error:
            return False
    return False


def check_structure(data):
    errs = []
    for fname, recs, fields, sfields, tag in (("secrets", data["secrets"], POS_FIELDS, POS_SPAN, "s"),
                                              ("evasions", data["evasions"], EVA_FIELDS, EVA_SPAN, "e"),
                                              ("negatives", data["negatives"], NEG_FIELDS, None, "n")):
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            errs.append(f"{fname}: duplicate ids")
        for i, r in enumerate(recs):
            want = f"{PREFIX}-{tag}-{i + 1:04d}"
            if r.get("id") != want:
                errs.append(f"{fname}: id {r.get('id')} should be {want}")
            if list(r) != fields:
                errs.append(f"{r.get('id')}: fields {list(r)}")
                continue
            if "\x00" in r["text"] or "PRIVATE KEY-----" in r["text"]:
                errs.append(f"{r['id']}: NUL or private-key block")
            if sfields is None:
                if r["source"] != "negative":
                    errs.append(f"{r['id']}: source")
                continue
            if len(r["secrets"]) != 1:
                errs.append(f"{r['id']}: span count {len(r['secrets'])}")
                continue
            s = r["secrets"][0]
            if list(s) != sfields:
                errs.append(f"{r['id']}: span fields {list(s)}")
                continue
            v = s["value"]
            if not v or v != v.strip():
                errs.append(f"{r['id']}: empty or edge whitespace")
            if r["text"][s["start"]:s["end"]] != v:
                errs.append(f"{r['id']}: span does not re-slice")
            if r["type"] != s["type"]:
                errs.append(f"{r['id']}: record type != span type")
            if r["text"].count(v) != 1:
                errs.append(f"{r['id']}: value occurs {r['text'].count(v)} times in its text")
    return errs


def check_values(data):
    errs = []
    spans = [(r["id"], r["secrets"][0]) for r in data["secrets"] + data["evasions"] if len(r.get("secrets", [])) == 1]
    vals = Counter(s["value"] for _, s in spans)
    for v, n in vals.items():
        if n > 1:
            errs.append(f"value reused {n} times: {v[:30]}")
    texts = [(r["id"], r["text"]) for r in data["secrets"] + data["evasions"] + data["negatives"]]
    hidden = [pw for _, pw in data["hidden"]] + [s["plain"] for _, s in spans if "plain" in s]
    for rid, s in spans:
        for tid, t in texts:
            if tid != rid and s["value"] in t:
                errs.append(f"value of {rid} appears in {tid}")
    for h in hidden:
        for tid, t in texts:
            if h in t:
                errs.append(f"hidden/plain {h[:20]} visible in {tid}")
    # UUID and JWT shapes everywhere
    for tid, t in texts:
        for m in UUID_ANY.findall(t):
            if not UUID_V4.match(m):
                errs.append(f"{tid}: non-v4 UUID {m}")
        for m in JWT_ANY.findall(t):
            p = jwt_problem(m)
            if p:
                errs.append(f"{tid}: bad JWT-shaped string ({p})")
    return errs


def check_shapes(data):
    errs = []
    hidden = dict(data["hidden"])
    vspec = {v[0]: v[3] for v in vendor238.VENDORS}
    for r in data["secrets"]:
        if len(r.get("secrets", [])) != 1:
            continue
        s = r["secrets"][0]
        v, typ = s["value"], r["type"]
        if r["source"] == "everyday":
            if typ not in everyday238.TYPE_INFO or not everyday_value_ok(typ, v):
                errs.append(f"{r['id']}: everyday shape {typ}")
        elif r["source"] == "vendor":
            if typ not in vspec or not vendor238.spec_ok(vspec[typ], v):
                errs.append(f"{r['id']}: vendor shape {typ}")
        elif r["source"] == "password":
            syn = typ[len(positional238.PW_PREFIX):]
            if syn in positional238.B64_SYNTAXES:
                try:
                    raw = base64.b64decode(v, validate=True).decode()
                except Exception:
                    errs.append(f"{r['id']}: b64 undecodable")
                    continue
                pw = raw.split(":", 1)[1] if positional238.B64_SYNTAXES[syn] == "pair" else raw
                if hidden.get(r["id"]) != pw or not PW_STRICT.match(pw):
                    errs.append(f"{r['id']}: hidden password mismatch")
            elif not PW_STRICT.match(v):
                errs.append(f"{r['id']}: positional value not strict password")
        elif r["source"] == "prose":
            t = r["text"]
            if not PW_STRICT.match(v):
                errs.append(f"{r['id']}: prose value shape")
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                errs.append(f"{r['id']}: prose value not set off by whitespace")
        else:
            errs.append(f"{r['id']}: source {r['source']}")
    return errs


def check_evasions(data):
    errs = []
    encs = [e[0] for e in ENCODINGS]
    types = {t[0]: t[4] for t in evasions238.TYPES}
    wordings = [w[0] for w in evasions238.WORDINGS]
    per = Counter()
    perw = Counter()
    for r in data["evasions"]:
        if len(r.get("secrets", [])) != 1 or "encoding" not in r:
            continue
        s = r["secrets"][0]
        enc, run, plain = r["encoding"], s["value"], s["plain"]
        if s["encoding"] != enc:
            errs.append(f"{r['id']}: encoding mismatch")
        if r["source"] != "evasion":
            errs.append(f"{r['id']}: source")
        try:
            dec = dec238.decode(enc, run)
        except Exception as e:  # noqa
            dec = f"<error {e}>"
        if dec != plain:
            errs.append(f"{r['id']}: run does not decode to plain")
        if plain in run or plain == run:
            errs.append(f"{r['id']}: plain visible in run")
        rx = types.get(r["type"])
        if rx is None or not rx.match(plain):
            errs.append(f"{r['id']}: plain shape")
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append(f"{r['id']}: run layout")
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != enc or parts[1] not in wordings:
            errs.append(f"{r['id']}: container {r['container']}")
        else:
            perw[(enc, parts[1])] += 1
        per[(enc, r["type"])] += 1
    if len(data["evasions"]) != 66:
        errs.append(f"evasions: {len(data['evasions'])} records, want 66")
    for e in encs:
        for t in types:
            if per[(e, t)] != 1:
                errs.append(f"evasions: {e} x {t} = {per[(e, t)]}")
        for w in wordings:
            if perw[(e, w)] != 1:
                errs.append(f"evasions: {e} x {w} = {perw[(e, w)]}")
    return errs


def check_negatives(data, secret_strings):
    errs = []
    negs = data["negatives"]
    if len(negs) < 180:
        errs.append(f"negatives: only {len(negs)}")
    classes = Counter(r.get("class") for r in negs)
    if len(classes) < 16:
        errs.append(f"negatives: only {len(classes)} classes")
    if len({r.get('text') for r in negs}) != len(negs):
        errs.append("negatives: duplicate texts")
    for r in negs:
        if list(r) != NEG_FIELDS:
            continue
        for p in negatives238.negative_problems(r["text"], secret_strings):
            errs.append(f"{r['id']}: {p}")
        if r["class"] == "isbn_and_upc_album_codes":
            for code in re.findall(r"\b\d{12,13}\b", r["text"]):
                ok = isbn13_ok(code) if len(code) == 13 else isbn13_ok("0" + code)
                if not ok:
                    errs.append(f"{r['id']}: check digit of {code}")
        if r["class"] == "payment_remittance_references":
            for m in re.findall(r"routing (\d+)|,(\d{9}),", r["text"]):
                code = m[0] or m[1]
                if not aba_ok(code):
                    errs.append(f"{r['id']}: ABA check digit of {code}")
        if r["class"] == "sops_and_age_ciphertexts":
            for rec in re.findall(r"recipient: (\S+)", r["text"]):
                if not negatives238.bech32_ok(rec):
                    errs.append(f"{r['id']}: bech32 of recipient")
    return errs


def _all_names(data):
    """Every name that must be novel: (what, name)."""
    out = []
    for r in data["secrets"] + data["evasions"] + data["negatives"]:
        out.append(("container", r.get("container", "")))
    for r in data["secrets"] + data["evasions"]:
        out.append(("span type", r.get("type", "")))
    for r in data["evasions"]:
        out.append(("encoding", r.get("encoding", "")))
    for r in data["negatives"]:
        out.append(("negative class", r.get("class", "")))
    extras = ([("spare kind", everyday238.SPARE_KIND)] + [("vendor style", s) for s, _ in vendor238.STYLES]
              + [("set-aside vendor", n) for n, _ in vendor238.SET_ASIDE] + [("suffix", s) for s in positional238.SUFFIX.values()]
              + [("set-aside syntax", n) for n, _ in positional238.SET_ASIDE] + [("prose format", f) for f in prose238.FORMATS]
              + [("wording", w[0]) for w in evasions238.WORDINGS] + [("wrapper", w[0]) for w in negatives238.WRAPPERS]
              + [("spare class", negatives238.SPARE_CLASS)] + [("evasion type", t[0]) for t in evasions238.TYPES]
              + [("everyday type", t) for t in everyday238.TYPE_NAMES] + [("everyday kind", k) for k in everyday238.KIND_NAMES]
              + [("encoding", e[0]) for e in ENCODINGS] + [("negative class", c[0]) for c in negatives238.CLASSES]
              + [("negative base kind", c[2].__name__) for c in negatives238.CLASSES]
              + [("negative base kind", c[3].__name__) for c in negatives238.CLASSES])
    return out + extras


def check_deny(data, deny):
    errs = []
    names = set(deny["names"])
    syntaxes = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    seen = set()
    for what, n in _all_names(data):
        if (what, n) in seen:
            continue
        seen.add((what, n))
        hits = deny_hits(n, names)
        if hits:
            errs.append(f"deny-list: {what} {n} hits {hits}")
    syns = [r["type"][len(positional238.PW_PREFIX):] for r in data["secrets"] if r.get("source") == "password"]
    syns += [n for n, _ in positional238.SET_ASIDE]
    for s in syns:
        if s in syntaxes or s in names:
            errs.append(f"deny-list: syntax {s} is an earlier syntax")
    langs = [(c, n) for c, n, _, _ in prose238.LANGS] + list(prose238.SPARES)
    used = [r["container"].split("__")[-1] for r in data["secrets"] if r.get("source") == "prose"]
    lang_names = dict(langs)
    for c in used + [c for c, _ in prose238.SPARES]:
        if c in codes or c in names or c in lnames:
            errs.append(f"deny-list: language code {c}")
        nm = lang_names.get(c, "?").lower()
        if nm in lnames or nm in names or any(w in lnames for w in nm.split()):
            errs.append(f"deny-list: language name {nm}")
    return errs


def check_counts(data):
    errs = []
    sec = data["secrets"]
    by = defaultdict(list)
    for r in sec:
        by[r.get("source")].append(r)
    ev = by["everyday"]
    if len(ev) != 180:
        errs.append(f"everyday {len(ev)} != 180")
    kinds = Counter(r["container"] for r in ev)
    if len(kinds) != 45 or set(kinds.values()) != {4}:
        errs.append("everyday: not 45 kinds x 4")
    tcount = Counter(r["type"] for r in ev)
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        errs.append("everyday: not 12 types x 15")
    kt = defaultdict(set)
    for r in ev:
        kt[r["container"]].add(r["type"])
    if any(len(v) != 4 for v in kt.values()):
        errs.append("everyday: a kind repeats a type")
    vd = by["vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append(f"vendor: {len(vd)} records / {len({r['type'] for r in vd})} types")
    styles = {s for s, _ in vendor238.STYLES}
    for r in vd:
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != r["type"] or parts[1] not in styles:
            errs.append(f"{r['id']}: vendor container {r['container']}")
    pw = by["password"]
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append(f"password: {len(pw)} records")
    suffixes = set(positional238.SUFFIX.values())
    for r in pw:
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != r["type"] or parts[1] not in suffixes or not r["type"].startswith(positional238.PW_PREFIX):
            errs.append(f"{r['id']}: password container {r['container']}")
    pr = by["prose"]
    if len(pr) != 40 or len({r["container"].split("__")[-1] for r in pr}) != 40:
        errs.append("prose: not 40 records in 40 languages")
    if not 440 <= len(sec) <= 470:
        errs.append(f"positives total {len(sec)}")
    st = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(st)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if st[ks[i]] & st[ks[j]]:
                errs.append(f"span types shared by {ks[i]} and {ks[j]}")
    ne = [r["container"] for r in sec if r.get("source") != "everyday"]
    if len(set(ne)) != len(ne):
        errs.append("non-everyday containers not unique")
    return errs


def check_all(data, deny, secret_strings):
    return (check_structure(data) + check_values(data) + check_shapes(data) + check_evasions(data)
            + check_negatives(data, secret_strings) + check_deny(data, deny) + check_counts(data))
