"""Checks run before anything is written. Each returns a list of error strings."""
import base64
import re

import common236 as C
import dec236
import everyday236
import vendor236

ID_RE = {"s": re.compile(r"^p236-s-\d{4}$"), "e": re.compile(r"^p236-e-\d{4}$"), "n": re.compile(r"^p236-n-\d{4}$")}


def _deny_hit(name, deny_names):
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in deny_names]


def check_denylist(data, deny):
    errs = []
    names = set(deny["names"])
    syn = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    allnames = names | syn
    for r in data["secrets"] + data["evasions"]:
        for what, nm in (("container", r["container"]), ("type", r["type"])):
            hit = _deny_hit(nm, allnames)
            if hit:
                errs.append("deny-listed %s %s (%s)" % (what, nm, hit))
        if r["source"] == "password":
            s = r["type"][len(C.PWPREFIX):]
            if s.lower() in syn or s.lower() in names:
                errs.append("deny-listed syntax %s" % s)
    for r in data["evasions"]:
        if _deny_hit(r["encoding"], allnames):
            errs.append("deny-listed encoding %s" % r["encoding"])
    for r in data["negatives"]:
        for nm in (r["class"], r["container"]):
            hit = _deny_hit(nm, allnames)
            if hit:
                errs.append("deny-listed negative name %s (%s)" % (nm, hit))
    for code, lname in data["languages"]:
        if code.lower() in codes or code.lower() in names:
            errs.append("deny-listed language code %s" % code)
        ln = lname.lower()
        if ln in lnames or any(w in lnames for w in ln.split()):
            errs.append("deny-listed language name %s" % lname)
    return errs


def check_spans(recs):
    errs = []
    for r in recs:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s: not exactly one span" % r.get("id"))
            continue
        s = sp[0]
        t = r["text"]
        if not (0 <= s["start"] < s["end"] <= len(t)) or t[s["start"]:s["end"]] != s["value"]:
            errs.append("%s: span offsets do not match value" % r["id"])
        if s["type"] != r["type"]:
            errs.append("%s: span type differs from record type" % r["id"])
        if t.count(s["value"]) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(s["value"])))
        if not s["value"] or s["value"] != s["value"].strip():
            errs.append("%s: value empty or padded" % r["id"])
        if C.MARK in t:
            errs.append("%s: placeholder left in text" % r["id"])
    return errs


def check_ids(data):
    errs = []
    for key, letter in (("secrets", "s"), ("evasions", "e"), ("negatives", "n")):
        ids = [r["id"] for r in data[key]]
        if len(set(ids)) != len(ids):
            errs.append("duplicate ids in %s" % key)
        for i, x in enumerate(ids):
            if not ID_RE[letter].match(x) or x != "p236-%s-%04d" % (letter, i + 1):
                errs.append("bad id %s" % x)
    return errs


def check_counts(data):
    errs = []
    sec = data["secrets"]
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d != 180" % len(ev))
    tcount = {}
    ccount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
        ccount[r["container"]] = ccount.get(r["container"], 0) + 1
    if len(tcount) != 12 or any(v != 15 for v in tcount.values()):
        errs.append("everyday types not 12 x 15: %s" % tcount)
    if len(ccount) != 45 or any(v != 4 for v in ccount.values()):
        errs.append("everyday containers not 45 x 4")
    for c in set(ccount):
        if len({r["type"] for r in ev if r["container"] == c}) != 4:
            errs.append("container %s does not hold four different types" % c)
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor count %d / distinct %d != 120" % (len(vd), len({r["type"] for r in vd})))
    pw = by.get("password", [])
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("password syntaxes %d not 95-120 distinct" % len(pw))
    pr = by.get("prose", [])
    if len(pr) != 40 or len({c for c, _ in data["languages"]}) != 40:
        errs.append("prose count %d / languages not 40" % len(pr))
    if set(by) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown source in secrets")
    evs = data["evasions"]
    encs = {}
    for r in evs:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(evs) != 66 or len(encs) != 22 or any(v != 3 for v in encs.values()):
        errs.append("evasions not 22 x 3")
    neg = data["negatives"]
    if len(neg) < 180 or len({r["class"] for r in neg}) < 16:
        errs.append("negatives %d / classes %d too few" % (len(neg), len({r["class"] for r in neg})))
    if not 420 <= len(sec) <= 480:
        errs.append("positives total %d not about 450" % len(sec))
    return errs


def check_uniqueness(data):
    errs = []
    pos = data["secrets"] + data["evasions"]
    values = [r["secrets"][0]["value"] for r in pos]
    if len(set(values)) != len(values):
        errs.append("reused value among positives")
    texts = [r["text"] for r in pos]
    for i, v in enumerate(values):
        for j, t in enumerate(texts):
            if i != j and v in t:
                errs.append("value of %s appears in %s" % (pos[i]["id"], pos[j]["id"]))
    negtexts = [r["text"] for r in data["negatives"]]
    for i, v in enumerate(values):
        for t in negtexts:
            if v in t:
                errs.append("value of %s appears in a negative" % pos[i]["id"])
                break
    hidden = [r["secrets"][0]["plain"] for r in data["evasions"]] + data["hidden"]
    alltexts = texts + negtexts
    for hv in hidden:
        for t in alltexts:
            if hv in t:
                errs.append("hidden / plain value %r appears in a text" % hv)
                break
    if len(set(negtexts)) != len(negtexts):
        errs.append("repeated negative text")
    return errs


def check_everyday_values(data):
    errs = []
    types = {t[0]: t for t in everyday236.TYPES}
    for r in data["secrets"]:
        if r["source"] != "everyday":
            continue
        v = r["secrets"][0]["value"]
        t = r["type"]
        kind = types[t][4]
        ok = True
        if kind == "password":
            ok = C.PW_RE_ALL.match(v) is not None
        elif t == "keg_telemetry_verhoeff_key":
            m = re.fullmatch(r"kgt_([0-9]{9})_[A-Za-z0-9]{24}", v)
            ok = bool(m) and C.verhoeff_ok(m.group(1))
        elif t == "tap_wall_adler32_token":
            m = re.fullmatch(r"tpw_([A-Za-z0-9]{30})\.([0-9a-f]{8})", v)
            ok = bool(m) and C.adler32_hex(m.group(1)) == m.group(2)
        elif t == "homebrew_shop_django_secret_key":
            ok = len(v) == 50 and all(c in everyday236.DJANGO_CHARS for c in v)
        elif t == "brew_log_hs512_jwt":
            ok = C.jwt_valid(v) and v.startswith("eyJhbGciOiJIUzUxMiI")
        elif t == "excise_return_ed25519_pkcs8_key":
            try:
                raw = base64.b64decode(v, validate=True)
                ok = len(raw) == 48 and raw[:16] == everyday236.ED25519_PKCS8_PREFIX
            except Exception:
                ok = False
        elif t == "cellar_backup_age_secret_key":
            ok = v.startswith("AGE-SECRET-KEY-1") and len(v) == 74 and C.bech32_ok(v)
        if not ok:
            errs.append("%s: everyday value of %s is malformed" % (r["id"], t))
    return errs


def check_vendor_values(data):
    errs = []
    vmap = {v["name"]: v for v in vendor236.VENDORS}
    for r in data["secrets"]:
        if r["source"] != "vendor":
            continue
        v = r["secrets"][0]["value"]
        if not vendor236.validate(vmap[r["type"]], v):
            errs.append("%s: vendor value does not match its spec" % r["id"])
    return errs


def check_passwords(data):
    errs = []
    for r in data["secrets"]:
        v = r["secrets"][0]["value"]
        if r["source"] in ("password", "prose"):
            if r["source"] == "password" and r.get("_b64kind"):
                raw = base64.b64decode(v, validate=True).decode()
                pw = r["_hidden"]
                if not C.PW_RE_SAFE.match(pw) or not raw.endswith(pw):
                    errs.append("%s: Base64 span does not hide its password" % r["id"])
            elif not C.PW_RE_SAFE.match(v):
                errs.append("%s: password value malformed" % r["id"])
        if r["source"] == "prose":
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            t = r["text"]
            if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in data["evasions"]:
        if r["type"] == "taproom_office_pc_evasion_password" and not C.PW_RE_SAFE.match(r["secrets"][0]["plain"]):
            errs.append("%s: evasion plain malformed" % r["id"])
    return errs


def check_evasions(data):
    errs = []
    for r in data["evasions"]:
        s = r["secrets"][0]
        if s.get("encoding") != r.get("encoding") or r.get("source") != "evasion":
            errs.append("%s: encoding / source fields inconsistent" % r["id"])
        try:
            got = dec236.decode(r["encoding"], s["value"])
        except Exception as ex:
            got = "<error %s>" % ex
        if got != s.get("plain"):
            errs.append("%s: evasion does not decode to its plain" % r["id"])
        t = r["text"]
        st, en = s["start"], s["end"]
        if not (t[:st].endswith(":\n") and t[en:en + 1] == "\n" and len(t[en + 1:].strip()) > 0):
            errs.append("%s: evasion text layout wrong" % r["id"])
    return errs


def check_structures(data):
    errs = []
    for key in ("secrets", "evasions", "negatives"):
        for r in data[key]:
            for m in C.UUID_RE.finditer(r["text"]):
                if not C.uuid_is_v4(m.group(0)):
                    errs.append("%s: non-v4 UUID %s" % (r["id"], m.group(0)))
            for m in C.JWT_RE.finditer(r["text"]):
                if not C.jwt_valid(m.group(0)):
                    errs.append("%s: invalid JWT-shaped string" % r["id"])
    return errs


def negative_forbidden(text, reg_items):
    """True when a negative text must be redrawn."""
    for s in reg_items:
        if len(s) >= 6 and s in text:
            return True
    if C.PW_ANY_RE.search(text):
        return True
    if C.JWT_RE.search(text):
        return True
    for m in C.UUID_RE.finditer(text):
        if not C.uuid_is_v4(m.group(0)):
            return True
    return False


def check_negatives(data):
    errs = []
    for r in data["negatives"]:
        if r.get("source") != "negative" or "secrets" in r:
            errs.append("%s: malformed negative" % r["id"])
        if C.PW_ANY_RE.search(r["text"]):
            errs.append("%s: negative contains a password-shaped string" % r["id"])
    return errs


def run_all(data, deny):
    errs = []
    allrecs = data["secrets"] + data["evasions"]
    for fn in (check_ids, check_counts, check_uniqueness, check_everyday_values, check_vendor_values,
               check_passwords, check_evasions, check_structures, check_negatives):
        errs += fn(data)
    errs += check_spans(allrecs)
    errs += check_denylist(data, deny)
    return errs
