"""All checks of corpus p209. run_checks(data, deny) returns a list of error strings (empty = clean)."""
import base64, json, re, zlib
import common209 as C
import everyday209, vendor209, positional209, prose209, evasions209, negatives209, enc209
import dec209

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+")
SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "ES256": 64, "RS256": 256}


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_everyday_shape(t, v):
    if t in everyday209.PASSWORD_TYPES:
        return bool(C.PW_RE.match(v))
    if t == "wipe_certificate_signing_key":
        m = re.fullmatch(r"wcsk_([A-Za-z0-9_-]{43})_([0-9a-f]{8})", v)
        return bool(m) and len(b64u_dec(m.group(1))) == 32 and "%08x" % (zlib.crc32(m.group(1).encode()) & 0xFFFFFFFF) == m.group(2)
    if t == "diag_tool_licence_key":
        m = re.fullmatch(r"DGL-([0-9A-Z]{5})-([0-9A-Z]{5})-([0-9A-Z]{5})-([0-9A-Z]{5})-([0-9A-Z])", v)
        return bool(m) and C.iso7064_ok("".join(m.groups()))
    if t == "parts_supplier_webhook_secret":
        m = re.fullmatch(r"pswhsec_([1-9A-HJ-NP-Za-km-z]+)", v)
        return bool(m) and len(C.b58decode(m.group(1))) == 32 and C.b58encode(C.b58decode(m.group(1))) == m.group(1)
    if t == "refurb_listing_sync_token":
        m = re.fullmatch(r"v4\.local\.([A-Za-z0-9_-]+)", v)
        return bool(m) and len(b64u_dec(m.group(1))) == 112
    if t == "trade_in_quote_session_jwt":
        try:
            h, p, s = v.split(".")
            return json.loads(b64u_dec(h))["alg"] == "HS384" and isinstance(json.loads(b64u_dec(p)), dict) and len(b64u_dec(s)) == 48
        except Exception:
            return False
    if t == "imei_check_api_key":
        return re.fullmatch(r"ick_[0-9a-f]{8}\.[A-Za-z0-9]{40}", v) is not None
    return False


def vendor_frames(t, v):
    """Extra structure checks inside vendor values."""
    try:
        if t == "onepassword_service_account_token":
            return isinstance(json.loads(base64.b64decode(v[4:])), dict)
        if t == "intercom_access_token":
            d = base64.b64decode(v).decode()
            return d.startswith("tok:") and UUID_RE.fullmatch(d[4:40]) is not None
        if t == "elastic_cloud_encoded_api_key":
            return re.fullmatch(r"[\w-]{20}:[\w-]{22}", base64.b64decode(v).decode()) is not None
        if t == "aws_ses_smtp_password":
            b = base64.b64decode(v)
            return len(b) == 33 and b[0] == 4
        if t == "azure_storage_account_key":
            return len(base64.b64decode(v)) == 64
        if t == "back_market_seller_api_token":
            return len(base64.b64decode(v)) == 48
        if t == "textlocal_api_key":
            return len(base64.b64decode(v)) == 33
        if t == "ebay_user_refresh_token":
            return len(base64.b64decode(v.split("t^", 1)[1])) == 72
    except Exception:
        return False
    return True


def run_checks(data, deny):
    E = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden = data.get("hidden", [])
    # ------------------------------------------------------------ structure
    for name, recs, keys, skeys, tag in (("secrets", pos, POS_KEYS, POS_SPAN, "s"), ("evasions", eva, EVA_KEYS, EVA_SPAN, "e")):
        for i, r in enumerate(recs):
            if list(r.keys()) != keys:
                E.append("%s %d: fields %s" % (name, i, list(r.keys())))
                continue
            if r["id"] != "p209-%s-%04d" % (tag, i + 1):
                E.append("%s %d: id %s" % (name, i, r["id"]))
            if len(r["secrets"]) != 1:
                E.append("%s: not exactly one span" % r["id"])
                continue
            sp = r["secrets"][0]
            if list(sp.keys()) != skeys:
                E.append("%s: span fields" % r["id"])
                continue
            v = sp["value"]
            if not v or v != v.strip():
                E.append("%s: empty or edge-whitespace value" % r["id"])
            if r["text"][sp["start"]:sp["end"]] != v:
                E.append("%s: span does not re-slice" % r["id"])
            if r["type"] != sp["type"]:
                E.append("%s: record type != span type" % r["id"])
            if r["text"].count(v) != 1:
                E.append("%s: value occurs %d times" % (r["id"], r["text"].count(v)))
            if "\0" in r["text"] or "PRIVATE KEY" in r["text"] or "{V}" in r["text"] or "{PW}" in r["text"]:
                E.append("%s: slot marker, NUL or PRIVATE KEY" % r["id"])
    for i, r in enumerate(neg):
        if list(r.keys()) != NEG_KEYS:
            E.append("negatives %d: fields" % i)
            continue
        if r["id"] != "p209-n-%04d" % (i + 1):
            E.append("negatives %d: id %s" % (i, r["id"]))
        if r["source"] != "negative":
            E.append("%s: source" % r["id"])
    ids = [r.get("id") for r in pos + eva + neg]
    if len(ids) != len(set(ids)):
        E.append("duplicate ids")
    # ------------------------------------------------------------ values
    allrecs = pos + eva
    vals = [r["secrets"][0]["value"] for r in allrecs if r.get("secrets")]
    if len(vals) != len(set(vals)):
        E.append("value reused")
    texts = [(r["id"], r["text"]) for r in allrecs]
    negtexts = [r["text"] for r in neg]
    for r in allrecs:
        v = r["secrets"][0]["value"]
        for rid, t in texts:
            if rid != r["id"] and v in t:
                E.append("%s: value appears in %s" % (r["id"], rid))
        for t in negtexts:
            if v in t:
                E.append("%s: value appears in a negative" % r["id"])
    for p in [r["secrets"][0]["plain"] for r in eva] + list(hidden):
        for rid, t in texts:
            if p in t:
                E.append("plain / hidden password %s appears in %s" % (p, rid))
        for t in negtexts:
            if p in t:
                E.append("plain / hidden password %s appears in a negative" % p)
    if len(set(negtexts)) != len(negtexts):
        E.append("duplicate negative texts")
    # ------------------------------------------------------------ shapes
    for r in pos:
        t, v, src = r["type"], r["secrets"][0]["value"], r["source"]
        if src == "everyday" and not check_everyday_shape(t, v):
            E.append("%s: everyday shape %s" % (r["id"], t))
        if src == "vendor" and not (vendor209.shape_ok(t, v) and vendor_frames(t, v)):
            E.append("%s: vendor shape %s" % (r["id"], t))
        if src == "prose":
            if not C.PW_STRICT_RE.match(v):
                E.append("%s: prose shape" % r["id"])
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if s == 0 or e >= len(r["text"]) or not r["text"][s - 1].isspace() or not r["text"][e].isspace():
                E.append("%s: prose value not set off by whitespace" % r["id"])
        if src == "password":
            syn = t[len(positional209.PFX):]
            tpl = dict((a, c) for a, b, c in positional209.ALL_S).get(syn)
            if tpl is None:
                E.append("%s: unknown positional syntax %s" % (r["id"], syn))
                continue
            if "{B64" in tpl:
                try:
                    raw = base64.b64decode(v, validate=True).decode()
                except Exception:
                    raw = ""
                if "{B64UP}" in tpl:
                    pw = raw.split(":", 1)[1] if ":" in raw else ""
                elif "{B64NUP}" in tpl:
                    parts = raw.split("\0")
                    pw = parts[2] if len(parts) == 3 and parts[0] == "" else ""
                else:
                    pw = raw
                if not C.PW_STRICT_RE.match(pw):
                    E.append("%s: Base64 positional value does not hide a strict password" % r["id"])
            elif not C.PW_STRICT_RE.match(v):
                E.append("%s: positional shape" % r["id"])
            if syn == "grading_bench_fixed_width_cols_33_to_54":
                line = [ln for ln in r["text"].split("\n") if v in ln][0]
                if line[32:54].rstrip() != v:
                    E.append("%s: fixed-width columns 33-54" % r["id"])
    for r in eva:
        sp = r["secrets"][0]
        try:
            dec = dec209.decode(r["encoding"], sp["value"])
        except Exception as ex:
            dec = None
        if dec != sp["plain"]:
            E.append("%s: evasion does not decode" % r["id"])
        if not evasions209.PLAIN_RE[r["type"]].match(sp["plain"]):
            E.append("%s: plain shape" % r["id"])
        if sp["plain"] in sp["value"] or sp["plain"] == sp["value"]:
            E.append("%s: run contains plain" % r["id"])
        if r["encoding"] != sp["encoding"]:
            E.append("%s: encoding mismatch" % r["id"])
        if not r["text"][:sp["start"]].endswith(":\n") or not r["text"][sp["end"]:].startswith("\n") or len(r["text"][sp["end"]:].strip()) == 0:
            E.append("%s: evasion layout" % r["id"])
        if "\n" in sp["value"]:
            E.append("%s: run spans lines" % r["id"])
        if not r["container"].startswith(r["encoding"] + "__"):
            E.append("%s: container" % r["id"])
    # UUIDs and JWTs
    for r in pos + eva + neg:
        for m in UUID_RE.finditer(r["text"]):
            u = m.group(0).lower()
            if u[14] != "4" or u[19] not in "89ab":
                E.append("%s: UUID-shaped substring not v4" % r["id"])
    for r in pos + eva:
        for m in JWT_RE.finditer(r["text"]):
            try:
                h, p, s = m.group(0).split(".")
                hd = json.loads(b64u_dec(h))
                json.loads(b64u_dec(p))
                if len(b64u_dec(s)) != SIGLEN[hd["alg"]]:
                    E.append("%s: JWT signature length" % r["id"])
            except Exception:
                E.append("%s: JWT-shaped substring not valid" % r["id"])
    # negative check digits
    for r in neg:
        t = r["text"]
        if r["class"] == "handset_imei_and_meid_numbers":
            for m in re.findall(r"(?:imei2?=|IMEI )(\d{15})\b", t):
                if not C.luhn_ok(m):
                    E.append("%s: IMEI Luhn" % r["id"])
        if r["class"] == "part_skus_and_gtin_barcodes":
            for m in re.findall(r"\b(\d{13})\b", t):
                if C.gtin_check(m[:12]) != m[12]:
                    E.append("%s: GTIN-13 check digit" % r["id"])
        if r["class"] == "sim_iccid_and_eid_numbers":
            for m in re.findall(r"\b(8944\d{15})\b", t):
                if not C.luhn_ok(m):
                    E.append("%s: ICCID Luhn" % r["id"])
            for m in re.findall(r"\b(\d{32})\b", t):
                if not negatives209.eid_ok(m):
                    E.append("%s: EID mod 97" % r["id"])
        for m in re.findall(r"\b[A-Z]{2}(\d{8})(\d)GB\b", t):
            if negatives209.s10_check(m[0]) != m[1]:
                E.append("%s: S10 check digit" % r["id"])
    # ------------------------------------------------------------ counts
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        E.append("everyday count %d" % len(ev))
    tc, kc = {}, {}
    for r in ev:
        tc[r["type"]] = tc.get(r["type"], 0) + 1
        kc.setdefault(r["container"], set()).add(r["type"])
    if len(tc) != 12 or any(n != 15 for n in tc.values()):
        E.append("everyday types not 12 x 15")
    if len(kc) != 45 or any(len(s) != 4 for s in kc.values()):
        E.append("everyday kinds not 45 x 4 distinct types")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len(set(r["type"] for r in vd)) != 120:
        E.append("vendor count")
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            E.append("%s: vendor container" % r["id"])
    pw = by.get("password", [])
    if not (95 <= len(pw) <= 120) or len(set(r["type"] for r in pw)) != len(pw):
        E.append("password syntax count %d" % len(pw))
    pr = by.get("prose", [])
    langs = [r["container"].split("__")[-1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E.append("prose count / languages")
    if len(eva) != 66:
        E.append("evasion count %d" % len(eva))
    encs = {}
    for r in eva:
        encs.setdefault(r["encoding"], []).append(r)
    if len(encs) != 22 or any(len(v) != 3 or len(set(x["type"] for x in v)) != 3 or len(set(x["container"].split("__")[1] for x in v)) != 3 for v in encs.values()):
        E.append("evasions not 22 x 3 (types and wordings once each)")
    if not (440 <= len(pos) <= 470):
        E.append("positives total %d" % len(pos))
    tsets = [set(r["type"] for r in by.get(s, [])) for s in ("everyday", "vendor", "password", "prose")] + [set(r["type"] for r in eva)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                E.append("span types shared between sources")
    nonev = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(nonev) != len(set(nonev)):
        E.append("non-everyday containers not unique")
    classes = set(r["class"] for r in neg)
    if len(neg) < 180 or len(classes) < 16:
        E.append("negatives %d in %d classes" % (len(neg), len(classes)))
    # ------------------------------------------------------------ deny-list
    names = set()
    for r in pos + eva + neg:
        names.add(r["container"])
    for r in pos + eva:
        names.add(r["type"])
    names |= set(r["encoding"] for r in eva) | classes
    names |= set(data.get("extra_names", []))
    for n in sorted(names):
        h = C.deny_hits(n, deny)
        if h:
            E.append("deny-listed name %s (%s)" % (n, ", ".join(sorted(set(h)))))
    syns = set(deny["syntaxes"]) | set(deny["names"])
    for r in pw:
        syn = r["type"][len(positional209.PFX):]
        if syn in syns:
            E.append("earlier syntax %s" % syn)
    for code in langs + [s[0] for s in prose209.SPARES]:
        if code in deny["language_codes"] or code in deny["names"]:
            E.append("deny-listed language code %s" % code)
    for code, lname, _, _ in prose209.LANGS + prose209.SPARES:
        if lname.lower() in deny["language_names"] or any(w in deny["language_names"] for w in lname.lower().split()):
            E.append("deny-listed language name %s" % lname)
    lmap = dict((l[0], l[1]) for l in prose209.LANGS)
    for code in langs:
        if code not in lmap:
            E.append("unknown language code %s" % code)
    return E
