"""All checks run before anything is written."""
import base64, json, os, re, uuid
import common211 as C
import dec211, everyday211, vendor211, positional211, prose211, evasions211, negatives211

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
UUID_RE = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64}


def _b64u(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_everyday_value(typ, v):
    if typ.endswith("_password"):
        return bool(C.PW_RE.match(v))
    if typ == "tool_store_lock_api_token":
        return bool(re.fullmatch(r"tsl_[A-Za-z0-9]{36}", v)) and C.crc32_b62(v[4:34]) == v[34:]
    if typ == "water_meter_webhook_secret":
        return bool(re.fullmatch(r"wmh_[A-Za-z0-9+/]{44}", v)) and len(base64.b64decode(v[4:])) == 33
    if typ == "work_party_ical_feed_token":
        return bool(re.fullmatch(r"wpf_[1-9A-HJ-NP-Za-km-z]{26,28}", v)) and len(C.b58decode(v[4:])) == 20
    if typ == "plot_portal_session_jwt":
        return vendor211.v_jwt(v, "HS384", 48)
    if typ == "treasurer_totp_seed":
        return bool(re.fullmatch(r"[A-Z2-7]{32}", v)) and len(base64.b32decode(v)) == 20
    if typ == "show_entries_api_key":
        return bool(re.fullmatch(r"pse_[A-Z0-9]{25}", v)) and C.mod3736_valid(v[4:])
    return False


def run_checks(pos, eva, neg, deny, extra=None):
    E = []
    err = E.append
    allrecs = pos + eva
    # ---------------------------------------------------------------- structure
    for fname, recs, kind in (("secrets", pos, "s"), ("evasions", eva, "e"), ("negatives", neg, "n")):
        for i, r in enumerate(recs):
            want = "%s-%s-%04d" % (C.PREFIX, kind, i + 1)
            if r.get("id") != want:
                err("%s: id %r != %s" % (fname, r.get("id"), want))
    for r in pos:
        if list(r) != POS_FIELDS:
            err("%s: fields %s" % (r["id"], list(r)))
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            err("%s: source" % r["id"])
    for r in eva:
        if list(r) != EVA_FIELDS or r["source"] != "evasion":
            err("%s: fields/source" % r["id"])
    for r in neg:
        if list(r) != NEG_FIELDS or r["source"] != "negative":
            err("%s: fields/source" % r["id"])
    values, plains, hidden = [], [], list(extra.get("hidden", [])) if extra else []
    for r in allrecs:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            err("%s: not exactly one span" % r["id"])
            continue
        s = sp[0]
        want = EVA_SPAN if r["source"] == "evasion" else SPAN_FIELDS
        if list(s) != want:
            err("%s: span fields %s" % (r["id"], list(s)))
        v, t = s["value"], r["text"]
        if not v or v != v.strip():
            err("%s: empty or edge-whitespace value" % r["id"])
        if t[s["start"]:s["end"]] != v:
            err("%s: span does not re-slice" % r["id"])
        if t.count(v) != 1:
            err("%s: value occurs %d times" % (r["id"], t.count(v)))
        if s["type"] != r["type"]:
            err("%s: record type != span type" % r["id"])
        if C.MARK in t or "\x00" in t or "PRIVATE KEY" in t:
            err("%s: slot marker / NUL / PRIVATE KEY" % r["id"])
        values.append((r["id"], v))
        if r["source"] == "evasion":
            plains.append((r["id"], s["plain"]))
    seen = {}
    for rid, v in values:
        if v in seen:
            err("value reused: %s and %s" % (seen[v], rid))
        seen[v] = rid
    texts = [(r["id"], r["text"]) for r in allrecs]
    negtexts = [r["text"] for r in neg]
    for rid, v in values:
        for oid, t in texts:
            if oid != rid and v in t:
                err("value of %s occurs in %s" % (rid, oid))
        if any(v in nt for nt in negtexts):
            err("value of %s occurs in a negative" % rid)
    for rid, p in plains + [("hidden", h) for h in hidden]:
        for oid, t in texts:
            if p in t:
                err("plain/hidden %s (%s) occurs in text of %s" % (p, rid, oid))
        if any(p in nt for nt in negtexts):
            err("plain/hidden of %s occurs in a negative" % rid)
    # ---------------------------------------------------------------- shapes
    vmap = {e[0]: e for e in vendor211.VENDORS}
    for r in pos:
        v, typ = r["secrets"][0]["value"], r["type"]
        if r["source"] == "everyday":
            if not check_everyday_value(typ, v):
                err("%s: everyday shape %s" % (r["id"], typ))
        elif r["source"] == "vendor":
            if typ not in vmap:
                err("%s: unknown vendor" % r["id"])
                continue
            g, rx, val, d = vendor211.entry_info(vmap[typ])
            if not re.match(rx, v) or (val and not val(v)):
                err("%s: vendor shape %s" % (r["id"], typ))
        elif r["source"] == "password":
            syn = typ[len(C.PWPFX):]
            if syn in positional211.B64_KINDS:
                try:
                    raw = base64.b64decode(v, validate=True).decode()
                except Exception:
                    err("%s: b64 does not decode" % r["id"])
                    continue
                k = positional211.B64_KINDS[syn]
                pw = raw if k == "pw" else (raw.split("\0")[2] if k == "nul" and raw.count("\0") == 2 and raw.startswith("\0") else (raw.split(":", 1)[1] if k == "colon" and ":" in raw else ""))
                if not C.PW_STRICT_RE.match(pw):
                    err("%s: hidden password shape" % r["id"])
            elif not C.PW_STRICT_RE.match(v):
                err("%s: positional password shape" % r["id"])
            if syn.startswith("water_meter_reader_fixed_width"):
                line = [l for l in r["text"].split("\n") if v in l][0]
                a, b = positional211.FIXED_COLS
                if len(line) != 64 or line[a - 1:b].rstrip() != v:
                    err("%s: fixed-width columns" % r["id"])
        elif r["source"] == "prose":
            t, s = r["text"], r["secrets"][0]
            if not C.PW_STRICT_RE.match(v) or not t[s["start"] - 1].isspace() or not t[s["end"]].isspace():
                err("%s: prose value not set off by whitespace / shape" % r["id"])
    trx = {t[0]: re.compile(t[3]) for t in evasions211.TYPES}
    for r in eva:
        s = r["secrets"][0]
        if r["encoding"] != s["encoding"]:
            err("%s: encoding mismatch" % r["id"])
        try:
            ok = dec211.decode(s["encoding"], s["value"]) == s["plain"]
        except Exception:
            ok = False
        if not ok:
            err("%s: evasion does not decode" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]) or r["type"] not in trx or not trx[r["type"]].match(s["plain"]):
            err("%s: plain shape" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            err("%s: run contains plain" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            err("%s: evasion layout" % r["id"])
        if r["container"] != r["encoding"] + "__" + r["container"].split("__")[1]:
            err("%s: evasion container" % r["id"])
    for r in allrecs + neg:
        for m in UUID_RE.finditer(r["text"]):
            if uuid.UUID(m.group(0)).version != 4 or m.group(0)[19] not in "89ab":
                err("%s: UUID not v4 %s" % (r["id"], m.group(0)))
    for r in allrecs:
        for m in JWT_RE.finditer(r["text"]):
            try:
                h, p, sg = m.group(0).split(".")
                hd = json.loads(_b64u(h))
                json.loads(_b64u(p))
                if len(_b64u(sg)) != SIGLEN.get(hd.get("alg"), -1):
                    err("%s: JWT signature length" % r["id"])
            except Exception:
                err("%s: JWT-shaped substring not valid" % r["id"])
    for r in neg:
        if r["class"] == "seed_library_isbn13_and_accessions":
            for m in re.finditer(r"ISBN (\d{13})", r["text"]):
                if C.ean13_digit(m.group(1)[:12]) != m.group(1)[12]:
                    err("%s: ISBN check digit" % r["id"])
        if r["class"] == "plot_tenancy_refs_damm_checked":
            for m in re.finditer(r"TA-2025-(\d{7})", r["text"]):
                if not C.damm_valid(m.group(1)):
                    err("%s: Damm check digit" % r["id"])
    # ---------------------------------------------------------------- negatives
    if len(neg) < 180 or len({r["class"] for r in neg}) < 16:
        err("negatives: too few records or classes")
    if len({r["text"] for r in neg}) != len(neg):
        err("negatives: duplicate texts")
    # ---------------------------------------------------------------- deny-list
    names = set(deny["names"])
    syns = set(deny["syntaxes"])
    lcodes, lnames = set(deny["language_codes"]), set(deny["language_names"])

    def deny_check(label, name):
        hits = C.name_hits(name, names)
        if hits:
            err("deny-list: %s %s hits %s" % (label, name, hits))
    for r in allrecs + neg:
        deny_check("container", r["container"])
    for k, _s, _t in everyday211.KINDS + [everyday211.SPARE_KIND + ("",)]:
        deny_check("kind", k)
    for r in allrecs:
        deny_check("type", r["type"])
    for r in eva:
        deny_check("encoding", r["encoding"])
    for r in neg:
        deny_check("class", r["class"])
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(C.PWPFX):]
            if syn in syns or syn in names:
                err("deny-list: syntax %s" % syn)
    langs = [r["container"].split("__")[1] for r in pos if r["source"] == "prose"]
    info = {l[0]: l for l in prose211.LANGS + prose211.SPARES}
    for code in langs + [l[0] for l in prose211.SPARES]:
        nm = info[code][1].lower() if code in info else ""
        if code in lcodes or code in names or nm in lnames or nm in names or any(w in lnames for w in nm.split()):
            err("deny-list: language %s (%s)" % (code, nm))
    # ---------------------------------------------------------------- counts
    ev = [r for r in pos if r["source"] == "everyday"]
    if len(ev) != 180:
        err("everyday count %d" % len(ev))
    from collections import Counter
    kc = Counter(r["container"] for r in ev)
    tc = Counter(r["type"] for r in ev)
    if len(kc) != 45 or any(c != 4 for c in kc.values()):
        err("everyday kinds")
    if len(tc) != 12 or any(c != 15 for c in tc.values()):
        err("everyday types")
    for k in kc:
        if len({r["type"] for r in ev if r["container"] == k}) != 4:
            err("everyday kind %s lacks four different types" % k)
    vd = [r for r in pos if r["source"] == "vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120 or any(r["container"].split("__")[0] != r["type"] for r in vd):
        err("vendor count / containers")
    pw = [r for r in pos if r["source"] == "password"]
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        err("password syntax count %d" % len(pw))
    pr = [r for r in pos if r["source"] == "prose"]
    if len(pr) != 40 or len(set(langs)) != 40:
        err("prose count / languages")
    if len(eva) != 66 or len({r["encoding"] for r in eva}) != 22:
        err("evasion count")
    ec = Counter((r["encoding"], r["type"]) for r in eva)
    if any(c != 1 for c in ec.values()) or len(ec) != 66:
        err("evasion encoding x type")
    if not 440 <= len(pos) <= 470:
        err("positives total %d" % len(pos))
    st = {}
    for r in pos + eva:
        st.setdefault(r["source"], set()).add(r["type"])
    srcs = list(st)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if st[srcs[i]] & st[srcs[j]]:
                err("span types shared between %s and %s" % (srcs[i], srcs[j]))
    nonev = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(nonev) != len(set(nonev)):
        err("non-everyday containers not unique")
    return E
