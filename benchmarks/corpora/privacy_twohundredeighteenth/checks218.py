"""All checks run before anything is written, plus mutation tests."""
import base64
import copy
import json
import re
import zlib
from collections import Counter, defaultdict

import common218 as C
import dec218
import enc218
import everyday218
import evasions218
import negatives218
import positional218
import prose218
import vendor218

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

EVERYDAY_RX = {
    "agility_run_timing_ingest_token": r"art_[0-9A-Za-z]{32}_[0-9a-f]{8}",
    "class_pass_webhook_signing_secret": r"whsec_[A-Za-z0-9+/]{43}=",
    "vet_referral_exchange_jwt": C.JWT_RE.pattern,
    "microchip_lookup_api_key": r"mcl_[0-9A-HJKMNP-TV-Z]{26}[0-9A-HJKMNP-TV-Z*~$=U]",
    "hydro_notes_backup_age_identity": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    "field_gate_wireguard_private_key": r"[A-Za-z0-9+/]{43}=",
}


def _b64json(seg):
    pad = "=" * (-len(seg) % 4)
    return json.loads(base64.urlsafe_b64decode(seg + pad))


def _b64len(seg):
    pad = "=" * (-len(seg) % 4)
    return len(base64.urlsafe_b64decode(seg + pad))


def check_jwt(tok):
    h, p, s = tok.split(".")
    hd = _b64json(h)
    _b64json(p)
    want = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}[hd["alg"]]
    return _b64len(s) == want


def everyday_shape_errors(t, v):
    errs = []
    if t in everyday218.PW_TYPES:
        if not C.PW_RE_LOOSE.match(v):
            errs.append("owner password shape")
        return errs
    if not re.fullmatch(EVERYDAY_RX[t], v):
        return ["regex " + t]
    if t == "agility_run_timing_ingest_token":
        body, tail = v[4:36], v[37:]
        if "%08x" % (zlib.adler32(body.encode()) & 0xFFFFFFFF) != tail:
            errs.append("adler-32 tail")
    elif t == "class_pass_webhook_signing_secret":
        if len(base64.b64decode(v[6:], validate=True)) != 32:
            errs.append("whsec length")
    elif t == "vet_referral_exchange_jwt":
        if not check_jwt(v) or _b64json(v.split(".")[0])["alg"] != "HS512":
            errs.append("HS512 jwt")
    elif t == "microchip_lookup_api_key":
        body = v[4:30]
        if C.crockford_check_symbol(body) != v[30]:
            errs.append("crockford check symbol")
    elif t == "hydro_notes_backup_age_identity":
        if not C.bech32_verify(v) or C.bech32_payload_len(v) != 32 or not v.lower().startswith("age-secret-key-1"):
            errs.append("bech32 age identity")
    elif t == "field_gate_wireguard_private_key":
        b = base64.b64decode(v, validate=True)
        if len(b) != 32 or b[0] & 7 or b[31] & 128 or not b[31] & 64:
            errs.append("curve25519 clamping")
    return errs


def deny_hits(name, deny_names):
    n = name.lower()
    hits = []
    if n in deny_names:
        hits.append(n)
    for part in n.split("__"):
        if part in deny_names:
            hits.append(part)
    return hits


def run_checks(data, deny):
    E = []
    S, V, N = data["secrets"], data["evasions"], data["negatives"]
    dn = set(deny["names"])
    dsyn = set(deny["syntaxes"])
    dcodes = set(deny["language_codes"])
    dlnames = set(deny["language_names"])

    # ---- structure
    for fname, recs, fields, span_fields, tag in [("secrets", S, POS_FIELDS, POS_SPAN, "s"),
                                                  ("evasions", V, EVA_FIELDS, EVA_SPAN, "e"),
                                                  ("negatives", N, NEG_FIELDS, None, "n")]:
        ids = [r.get("id") for r in recs]
        if ids != ["%s-%s-%04d" % (C.PREFIX, tag, i + 1) for i in range(len(recs))]:
            E.append(f"{fname}: ids not sequential/well-formed")
        for r in recs:
            if list(r.keys()) != fields:
                E.append(f"{r.get('id')}: fields {list(r.keys())}")
                continue
            if C.MARK in r["text"] or "\u00a7" in r["text"] or "PRIVATE KEY" in r["text"]:
                E.append(f"{r['id']}: forbidden marker in text")
            if span_fields is None:
                continue
            if len(r["secrets"]) != 1:
                E.append(f"{r['id']}: not exactly one span")
                continue
            sp = r["secrets"][0]
            if list(sp.keys()) != span_fields:
                E.append(f"{r['id']}: span fields")
                continue
            v = sp["value"]
            if not v or v != v.strip():
                E.append(f"{r['id']}: empty or edge whitespace")
            if r["text"][sp["start"]:sp["end"]] != v:
                E.append(f"{r['id']}: span does not re-slice")
            if r["type"] != sp["type"]:
                E.append(f"{r['id']}: record type != span type")
            if r["text"].count(v) != 1:
                E.append(f"{r['id']}: value occurs {r['text'].count(v)} times in its text")

    # ---- uniqueness across the corpus
    allrecs = S + V
    values = [r["secrets"][0]["value"] for r in allrecs if r.get("secrets")]
    for v, k in Counter(values).items():
        if k > 1:
            E.append(f"value reused: {v[:20]}")
    texts = [(r["id"], r["text"]) for r in S + V + N]
    for r in allrecs:
        v = r["secrets"][0]["value"]
        for rid, t in texts:
            if rid != r["id"] and v in t:
                E.append(f"{r['id']}: value also appears in {rid}")
    plains = [r["secrets"][0].get("plain") for r in V]
    for p in plains:
        for rid, t in texts:
            if p and p in t:
                E.append(f"evasion plain appears in {rid}")

    # ---- sources and counts
    by = defaultdict(list)
    for r in S:
        by[r["source"]].append(r)
    if set(by) - {"everyday", "vendor", "password", "prose"}:
        E.append("unknown source")
    ev = by["everyday"]
    if len(ev) != 180:
        E.append(f"everyday count {len(ev)}")
    tc = Counter(r["type"] for r in ev)
    if sorted(tc) != sorted(everyday218.TYPE_NAMES) or set(tc.values()) != {15}:
        E.append(f"everyday type distribution {dict(tc)}")
    kc = defaultdict(list)
    for r in ev:
        kc[r["container"]].append(r["type"])
    if len(kc) != 45 or any(len(x) != 4 or len(set(x)) != 4 for x in kc.values()):
        E.append("everyday: 45 kinds x 4 distinct types")
    for r in ev:
        for e in everyday_shape_errors(r["type"], r["secrets"][0]["value"]):
            E.append(f"{r['id']}: {e}")
    vd = by["vendor"]
    vt = [r["type"] for r in vd]
    if len(vd) != 120 or len(set(vt)) != 120:
        E.append(f"vendor count {len(vd)} / {len(set(vt))}")
    vspec = {s[0]: s for s in vendor218.KEPT}
    styles = {s for s, _ in vendor218.STYLES}
    for r in vd:
        t = r["type"]
        if t not in vspec:
            E.append(f"{r['id']}: unknown vendor type")
            continue
        if not re.fullmatch(vspec[t][4], r["secrets"][0]["value"]):
            E.append(f"{r['id']}: vendor regex {t}")
        if vspec[t][1] == "owner" and not C.PW_RE_LOOSE.match(r["secrets"][0]["value"]):
            E.append(f"{r['id']}: owner password shape")
        if C.JWT_RE.fullmatch(r["secrets"][0]["value"].replace("IST.", "", 1)) and not check_jwt(
                r["secrets"][0]["value"].replace("IST.", "", 1)):
            E.append(f"{r['id']}: vendor jwt")
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != t or parts[1] not in styles:
            E.append(f"{r['id']}: vendor container")
        try:
            val = r["secrets"][0]["value"]
            if t == "grafana_cloud_access_policy_token":
                json.loads(base64.b64decode(val[4:], validate=True))
            elif t == "sentry_org_auth_token":
                if val[-44] != "_":
                    raise ValueError("frame")
                _b64json(val[7:-44])
            elif t == "mapbox_secret_access_token":
                _b64json(val.split(".")[1])
        except Exception:
            E.append(f"{r['id']}: embedded JSON of {t}")
    pw = by["password"]
    pt = [r["type"] for r in pw]
    if not 95 <= len(pw) <= 120 or len(set(pt)) != len(pw):
        E.append(f"password count {len(pw)}")
    suffixes = set(positional218.SUFFIX.values())
    for r in pw:
        t = r["type"]
        if not t.startswith(positional218.PFX):
            E.append(f"{r['id']}: password prefix")
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != t or parts[1] not in suffixes:
            E.append(f"{r['id']}: password container")
        syn = t[len(positional218.PFX):]
        if syn in dsyn or syn in dn:
            E.append(f"{r['id']}: syntax {syn} is in an earlier README")
        v = r["secrets"][0]["value"]
        if syn.endswith("_b64"):
            raw = base64.b64decode(v, validate=True).decode()
            pwd = raw.split("\x00")[-1] if "\x00" in raw else raw.split(":", 1)[1]
            if not C.PW_RE_STRICT.match(pwd):
                E.append(f"{r['id']}: hidden password shape")
            for rid, txt in texts:
                if pwd in txt:
                    E.append(f"{r['id']}: hidden password visible in {rid}")
        elif not C.PW_RE_STRICT.match(v):
            E.append(f"{r['id']}: strict password shape")
        if syn == "field_hire_gate_fixed_width_cols_41_to_60":
            line = r["text"].split("\n")[1]
            if line[40:60].rstrip() != v or line[60:61] != "Y":
                E.append(f"{r['id']}: fixed-width columns 41-60")
    pr = by["prose"]
    codes = [r["container"].split("__")[-1] for r in pr]
    if len(pr) != 40 or len(set(codes)) != 40:
        E.append(f"prose count {len(pr)} / languages {len(set(codes))}")
    lname = {c: n for c, n, *_ in prose218.LANGS}
    for r in pr:
        v, s, e = r["secrets"][0]["value"], r["secrets"][0]["start"], r["secrets"][0]["end"]
        if not C.PW_RE_STRICT.match(v):
            E.append(f"{r['id']}: prose password shape")
        if s == 0 or not r["text"][s - 1].isspace() or e >= len(r["text"]) or not r["text"][e].isspace():
            E.append(f"{r['id']}: prose value not set off by whitespace")
        fmt, code = r["container"].split("__")
        if fmt not in prose218.FORMATS or r["type"] != prose218.TYPE:
            E.append(f"{r['id']}: prose container/type")
        for w in lang_words(code, lname.get(code, "")):
            if w in dcodes or w in dlnames or w in dn:
                E.append(f"{r['id']}: language {code} deny-listed ({w})")
    for c, n in prose218.SPARES:
        for w in lang_words(c, n):
            if w in dcodes or w in dlnames or w in dn:
                E.append(f"spare language {c} deny-listed")
    if not 440 <= len(S) <= 470:
        E.append(f"positives total {len(S)}")
    tsets = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                E.append(f"span types shared by {ks[i]} and {ks[j]}")
    ne = [r["container"] for r in S if r["source"] != "everyday"]
    if len(ne) != len(set(ne)):
        E.append("non-everyday containers not unique")

    # ---- structured substrings
    for r in S + V + N:
        for m in C.UUID_RE.finditer(r["text"]):
            u = m.group(0).lower()
            if u[14] != "4" or u[19] not in "89ab":
                E.append(f"{r['id']}: UUID not v4")
    for r in S + V:
        for m in C.JWT_RE.finditer(r["text"]):
            try:
                if not check_jwt(m.group(0)):
                    E.append(f"{r['id']}: JWT signature length")
            except Exception:
                E.append(f"{r['id']}: JWT not JSON")

    # ---- evasions
    encs = [e[0] for e in enc218.ENCODINGS]
    if len(V) != 66 or len(encs) != 22 or len(set(encs)) != 22:
        E.append(f"evasions count {len(V)}")
    pairs = Counter((r["encoding"], r["type"]) for r in V)
    wpairs = Counter((r["encoding"], r["container"].split("__")[-1]) for r in V)
    if set(pairs.values()) != {1} or len(pairs) != 66 or set(wpairs.values()) != {1} or len(wpairs) != 66:
        E.append("evasions: each encoding once per type and per wording")
    wordings = {w[0] for w in evasions218.WORDINGS}
    etypes = {t[0] for t in evasions218.TYPES}
    for r in V:
        sp = r["secrets"][0]
        if r["encoding"] != sp.get("encoding") or r["container"] != r["encoding"] + "__" + r["container"].split("__")[-1] \
                or r["container"].split("__")[-1] not in wordings or r["type"] not in etypes or r["source"] != "evasion":
            E.append(f"{r['id']}: evasion container/encoding/type")
        try:
            if dec218.decode(r["encoding"], sp["value"]) != sp["plain"]:
                E.append(f"{r['id']}: evasion does not decode to its plain")
        except Exception as ex:
            E.append(f"{r['id']}: evasion decode error {ex!r}")
        p = sp["plain"]
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", p) or p in sp["value"] or p == sp["value"]:
            E.append(f"{r['id']}: evasion plain")
        if r["type"] == "dogclub_evasion_hall_pc_password" and not C.PW_RE_STRICT.match(p):
            E.append(f"{r['id']}: evasion password shape")
        t = r["text"]
        if t[sp["start"] - 2:sp["start"]] != ":\n" or t[sp["end"]:sp["end"] + 1] != "\n" or not t[sp["end"] + 1:].strip():
            E.append(f"{r['id']}: evasion layout")

    # ---- negatives
    ncls = Counter(r["class"] for r in N)
    if len(ncls) < 16 or len(N) < 180:
        E.append(f"negatives: {len(N)} records in {len(ncls)} classes")
    if len({r["text"] for r in N}) != len(N):
        E.append("negatives: duplicate texts")
    for r in N:
        if r["source"] != "negative":
            E.append(f"{r['id']}: negative source")
        if C.PW_SEARCH_STRICT.search(r["text"]):
            E.append(f"{r['id']}: strict password form in a negative")
        if r["class"] == "luhn_checked_class_pass_card_numbers":
            for m in re.finditer(r"\b6036[0-9 ]{12,15}\b", r["text"]):
                num = m.group(0).replace(" ", "")
                if len(num) == 16 and not C.luhn_ok(num):
                    E.append(f"{r['id']}: Luhn")
        if r["class"] == "gs1_sscc_feed_delivery_labels":
            for m in re.finditer(r"SSCC (?:\(00\) )?([0-9]{18})", r["text"]):
                s = m.group(1)
                if C.gs1_check_digit(s[:-1]) != s[-1]:
                    E.append(f"{r['id']}: SSCC check digit")
        for m in re.finditer(r"\bage1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}\b", r["text"]):
            if not C.bech32_verify(m.group(0)):
                E.append(f"{r['id']}: age recipient checksum")

    # ---- deny-list
    names = set()
    for r in S + V + N:
        names.add(r["container"])
        names.add(r.get("type") or r.get("class"))
        if r.get("encoding"):
            names.add(r["encoding"])
    names |= {k[0] for k in everyday218.KINDS} | set(everyday218.SPARE_KINDS) | set(everyday218.TYPE_NAMES)
    names |= styles | suffixes | set(prose218.FORMATS) | wordings | {w[0] for w in negatives218.WRAPPERS}
    names |= set(vendor218.SET_ASIDE) | {n for n, _ in vendor218.NOT_CODED} | set(positional218.SET_ASIDE)
    names |= {c[0] for c in negatives218.CLASSES} | {k[0] for c in negatives218.CLASSES for k in c[2]}
    names |= set(encs) | {prose218.TYPE} | etypes
    for n in sorted(x for x in names if x):
        for h in deny_hits(n, dn):
            E.append(f"deny-listed name: {n} ({h})")
    for syn in positional218.SET_ASIDE:
        if syn in dsyn:
            E.append(f"set-aside syntax {syn} in earlier README")
    return E


def lang_words(code, name):
    ws = {code.lower()}
    if name:
        ws.add(name.lower())
        ws |= {w for w in re.split(r"[\s,/-]+", name.lower()) if len(w) >= 3}
    return ws


# ---------------------------------------------------------------------------------- mutations
def _first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise LookupError


def mutations():
    M = []

    def m(name):
        def deco(fn):
            M.append((name, fn))
            return fn
        return deco

    @m("m01_shifted_offset")
    def _(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    @m("m02_duplicate_id")
    def _(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]

    @m("m03_positive_value_in_negative")
    def _(d):
        d["negatives"][0]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]

    @m("m04_wrong_evasion_plain")
    def _(d):
        sp = d["evasions"][5]["secrets"][0]
        sp["plain"] = sp["plain"][:-1] + ("A" if sp["plain"][-1] != "A" else "B")

    @m("m05_deny_listed_vendor_style")
    def _(d):
        r = _first(d["secrets"], lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__workshop_freshdesk_ticket_note"

    @m("m06_deny_listed_negative_class")
    def _(d):
        d["negatives"][3]["class"] = "masked_values_in_shop_logs"

    @m("m07_record_span_type_mismatch")
    def _(d):
        d["secrets"][7]["type"] = "something_else"

    @m("m08_missing_evasion")
    def _(d):
        d["evasions"].pop()

    @m("m09_prose_value_glued")
    def _(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        sp = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:sp["start"] - 1] + t[sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1

    @m("m10_value_reused")
    def _(d):
        a = _first(d["secrets"], lambda r: r["source"] == "password")
        b = [r for r in d["secrets"] if r["source"] == "password"][5]
        va, sb = a["secrets"][0]["value"], b["secrets"][0]
        b["text"] = b["text"][:sb["start"]] + va + b["text"][sb["end"]:]
        sb["end"] = sb["start"] + len(va)
        sb["value"] = va

    @m("m11_jwt_payload_not_json")
    def _(d):
        r = _first(d["secrets"], lambda r: r["type"] == "vet_referral_exchange_jwt")
        sp = r["secrets"][0]
        h, p, s = sp["value"].split(".")
        nv = h + ".eyJub3Rqc29u" + "." + s
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"], sp["end"] = nv, sp["start"] + len(nv)

    @m("m12_uuid_not_v4")
    def _(d):
        d["negatives"][0]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000"

    @m("m13_deny_listed_language")
    def _(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__fra"

    @m("m14_earlier_syntax_name")
    def _(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        t = positional218.PFX + "sqlcmd_capital_p_after_capital_u"
        r["type"] = t
        r["secrets"][0]["type"] = t
        r["container"] = t + "__" + r["container"].split("__")[1]

    @m("m15_adler32_tail_broken")
    def _(d):
        r = _first(d["secrets"], lambda r: r["type"] == "agility_run_timing_ingest_token")
        sp = r["secrets"][0]
        nv = sp["value"][:-1] + ("0" if sp["value"][-1] != "0" else "1")
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"] = nv

    @m("m16_bech32_checksum_broken")
    def _(d):
        r = _first(d["secrets"], lambda r: r["type"] == "hydro_notes_backup_age_identity")
        sp = r["secrets"][0]
        nv = sp["value"][:-1] + ("Q" if sp["value"][-1] != "Q" else "P")
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"] = nv

    @m("m17_luhn_broken")
    def _(d):
        r = _first(d["negatives"], lambda r: r["class"] == "luhn_checked_class_pass_card_numbers")
        mm = re.search(r"\b6036[0-9]{12}\b", r["text"])
        num = mm.group(0)
        bad = num[:-1] + str((int(num[-1]) + 1) % 10)
        r["text"] = r["text"].replace(num, bad)

    @m("m18_strict_password_in_negative")
    def _(d):
        d["negatives"][10]["text"] += "\nhall pc: Whippet-k2x41"

    return M


def run_mutations(data, deny):
    base = set(run_checks(data, deny))
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        fn(d)
        try:
            errs = set(run_checks(d, deny))
        except Exception as ex:  # a crash on malformed data also counts as caught
            errs = {f"crash {ex!r}"}
        results.append((name, bool(errs - base)))
    return results
