"""All checks run by build.py before writing (plus the mutation tests)."""
import base64
import copy
import json
import re
import unicodedata

import common206 as C
import dec206
import everyday206
import evasions206
import negatives206
import positional206
import prose206
import vendor206

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
PLAIN_ALPHA = re.compile(r"^[A-Za-z0-9_.-]+$")


def _b32ok(s):
    try:
        return len(base64.b32decode(s.upper())) == 25 and len(s) == 40
    except Exception:
        return False


def _everyday_shape(typ, v):
    kind = {t[0]: t[2] for t in everyday206.TYPES}[typ]
    if kind == "pw":
        return bool(C.PW_RE.match(v))
    if kind == "dtq":
        return v.startswith("dtq_") and _b32ok(v[4:]) and v[4:] == v[4:].lower()
    if kind == "wis":
        return bool(re.fullmatch(r"wis_[A-Za-z0-9]{32}[0-9a-f]{8}", v)) and C.adler32_hex(v[4:36]) == v[36:]
    if kind == "rota":
        return bool(re.fullmatch(r"rota_[0-7][0-9A-HJKMNP-TV-Z]{25}", v))
    if kind == "jwt":
        return C.jwt_ok(v) and json.loads(C.b64url_dec(v.split(".")[0]))["alg"] == "HS512"
    if kind == "cps":
        try:
            return bool(re.fullmatch(r"cps_sk_[A-Za-z0-9+/]{40}", v)) and len(base64.b64decode(v[7:])) == 30
        except Exception:
            return False
    if kind == "lck":
        m = re.fullmatch(r"LCK-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z])", v)
        return bool(m) and C.luhn_mod_n_ok("".join(m.groups()), C.CROCKFORD)
    return False


def _vendor_extra(typ, v):
    """Frames inside structured vendor values."""
    try:
        if typ == "mapbox_secret_access_token":
            j = json.loads(C.b64url_dec(v.split(".")[1]))
            return set(j) == {"u", "a"}
        if typ == "grafana_cloud_access_policy_token":
            s = v[4:]
            return set(json.loads(base64.b64decode(s + "=" * (-len(s) % 4)))) == {"o", "n", "k", "m"}
        if typ == "sentry_org_auth_token":
            s = v[7:].rsplit("_", 1)[0]
            return "region_url" in json.loads(base64.b64decode(s + "=" * (-len(s) % 4)))
        if typ == "pypi_project_upload_token":
            return C.b64url_dec(v[5:]).startswith(b"\x02\x01\x08pypi.org")
        if typ == "sops_age_secret_key":
            return vendor206.bech32_ok(v)
        if typ == "discord_bot_token":
            s = v.split(".")[0]
            return base64.b64decode(s + "=" * (-len(s) % 4)).decode().isdigit()
        if typ == "matrix_synapse_access_token":
            s = v.split("_")[1]
            return base64.b64decode(s + "=" * (-len(s) % 4)).decode().isalpha()
        if typ in ("calendly_personal_access_token", "mailerlite_api_token"):
            return C.jwt_ok(v)
    except Exception:
        return False
    return True


def _positional_shape(rec):
    syn = rec["type"][len(positional206.PFX):]
    v = rec["secrets"][0]["value"]
    try:
        if syn in ("http_authorization_basic_b64_pair", "docker_config_auths_b64_pair"):
            u, _, pw = base64.b64decode(v, validate=True).decode().partition(":")
            return bool(C.PW_STRICT_RE.match(pw)) and u in positional206.USERS, pw
        if syn == "smtp_auth_plain_b64_initial_response":
            parts = base64.b64decode(v, validate=True).decode().split("\0")
            return len(parts) == 3 and parts[0] == "" and bool(C.PW_STRICT_RE.match(parts[2])), parts[2]
    except Exception:
        return False, None
    if syn == "bailiff_handset_fixed_width_cols_41_to_56":
        line = [ln for ln in rec["text"].split("\n") if v in ln]
        ok = len(line) == 1 and len(line[0]) == 72 and line[0][40:56].rstrip() == v
        return ok and bool(C.PW_STRICT_RE.match(v)), None
    return bool(C.PW_STRICT_RE.match(v)), None


def deny_hit(name, deny):
    names = set(deny["names"])
    n = name.lower()
    return n in names or any(p in names for p in n.split("__") if p)


def check(sec, eva, neg, deny, hidden):
    E = []
    err = E.append
    # ---------------- ids and fields
    for recs, pfx, fields in ((sec, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s-%s-%04d" % (C.PREFIX, pfx, i + 1):
                err("bad or non-sequential id %r (expected %s-%s-%04d)" % (r.get("id"), C.PREFIX, pfx, i + 1))
            if list(r.keys()) != fields:
                err("%s: fields %r" % (r.get("id"), list(r.keys())))
        ids = [r.get("id") for r in recs]
        if len(ids) != len(set(ids)):
            err("duplicate ids in %s" % pfx)
    allvals = []
    for r in sec + eva:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            err("%s: not exactly one span" % r["id"])
            continue
        s = sp[0]
        want = SPAN_FIELDS if r in sec else EVA_SPAN_FIELDS
        if list(s.keys()) != want:
            err("%s: span fields %r" % (r["id"], list(s.keys())))
        v, t = s.get("value", ""), r["text"]
        if not v or t[s["start"]:s["end"]] != v:
            err("%s: span does not re-slice" % r["id"])
        if v != v.strip():
            err("%s: edge whitespace in value" % r["id"])
        if r["type"] != s.get("type"):
            err("%s: record type != span type" % r["id"])
        if v and t.count(v) != 1:
            err("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        if C.SLOT in t or "\0" in t or "PRIVATE KEY" in t:
            err("%s: slot marker, NUL or PRIVATE KEY in text" % r["id"])
        allvals.append((r["id"], v))
    seen = {}
    for rid, v in allvals:
        if v in seen:
            err("%s: value reused from %s" % (rid, seen[v]))
        seen[v] = rid
    alltexts = [(r["id"], r["text"]) for r in sec + eva] + [(r["id"], r["text"]) for r in neg]
    plains = [(r["id"], r["secrets"][0].get("plain", "")) for r in eva] + [("hidden", h) for h in hidden]
    for rid, v in allvals + plains:
        if not v:
            continue
        for tid, t in alltexts:
            if tid != rid and v in t:
                err("%s: value or plain %r appears in %s" % (rid, v[:30], tid))
    for r in neg:
        if C.SLOT in r["text"] or "PRIVATE KEY" in r["text"]:
            err("%s: slot marker or PRIVATE KEY" % r["id"])
    # ---------------- shapes
    vrx = vendor206.shape_checks()
    vcat = {v[0]: v[2] for v in vendor206.V}
    for r in sec:
        v = r["secrets"][0]["value"]
        src = r["source"]
        if src == "everyday" and not _everyday_shape(r["type"], v):
            err("%s: everyday shape %s" % (r["id"], r["type"]))
        if src == "vendor":
            rx = vrx.get(r["type"])
            if not rx or not rx.match(v) or not _vendor_extra(r["type"], v):
                err("%s: vendor shape %s" % (r["id"], r["type"]))
            if vcat.get(r["type"]) == "owner" and not C.PW_RE.match(v):
                err("%s: owner-chosen vendor password shape" % r["id"])
        if src == "password":
            ok, hid = _positional_shape(r)
            if not ok:
                err("%s: positional shape" % r["id"])
            if hid is not None and hid not in hidden:
                err("%s: hidden password not registered" % r["id"])
        if src == "prose":
            t, s, e = r["text"], r["secrets"][0]["start"], r["secrets"][0]["end"]
            if not C.PW_STRICT_RE.match(v):
                err("%s: prose password shape" % r["id"])
            if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
                err("%s: prose value not set off by whitespace" % r["id"])
    for r in sec + eva + neg:
        for u in C.UUID_RE.findall(r["text"]):
            if not C.uuid_is_v4(u):
                err("%s: UUID-shaped substring not v4: %s" % (r["id"], u))
    for r in sec + eva:
        for j in C.JWT_RE.findall(r["text"]):
            if not C.jwt_ok(j):
                err("%s: JWT-shaped substring invalid" % r["id"])
    for r in neg:
        t = r["text"]
        if r["class"] == "rod_licence_and_permit_serials":
            for n in re.findall(r"^(\d{12}),", t, re.M):
                if not C.luhn_ok(n):
                    err("%s: permit Luhn" % r["id"])
        if r["class"] == "tackle_gtin13_shelf_labels":
            for n in re.findall(r"(?<!\d)(\d{13})(?!\d)", t):
                if C.gs1_check(n[:12]) != n[12]:
                    err("%s: EAN-13 check digit" % r["id"])
        if r["class"] == "ansible_vault_and_sops_ciphertext":
            for a in re.findall(r"age1[0-9a-z]{58}", t):
                if not vendor206.bech32_ok(a):
                    err("%s: age recipient checksum" % r["id"])
        if r["class"] == "pit_tag_transponder_numbers":
            for dec, hx in re.findall(r"826[ .](\d{12})[,\n\s]+(?:RAW )?([0-9A-F]{16})", t):
                if int(hx, 16) != (1 << 63) | (826 << 38) | int(dec):
                    err("%s: PIT tag hex mismatch" % r["id"])
    # ---------------- evasions
    encs = [e[0] for e in evasions206.ENCODINGS]
    wnames = [w[0] for w in evasions206.WORDINGS]
    tnames = [t[0] for t in evasions206.TYPES]
    per = {}
    for r in eva:
        s = r["secrets"][0]
        run, plain, enc = s["value"], s.get("plain", ""), r.get("encoding")
        try:
            dec = dec206.decode(enc, run)
        except Exception as ex:
            dec = "<error %s>" % ex
        if dec != plain:
            err("%s: evasion does not decode to its plain" % r["id"])
        if s.get("encoding") != enc:
            err("%s: record and span encoding differ" % r["id"])
        if enc not in encs:
            err("%s: unknown encoding" % r["id"])
        if not PLAIN_ALPHA.match(plain or "-") or not plain:
            err("%s: plain alphabet" % r["id"])
        ti = tnames.index(r["type"]) if r["type"] in tnames else -1
        if ti < 0 or not evasions206.PLAIN_RES[ti].match(plain):
            err("%s: plain shape" % r["id"])
        if plain in run or run == plain:
            err("%s: run contains plain" % r["id"])
        t, st, en = r["text"], s["start"], s["end"]
        if t[st - 2:st] != ":\n" or t[en:en + 1] != "\n" or not t[en + 1:].strip() or "\n" in run:
            err("%s: evasion text layout" % r["id"])
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != enc or parts[1] not in wnames:
            err("%s: evasion container" % r["id"])
        else:
            per.setdefault(enc, []).append((r["type"], parts[1]))
    if len(eva) != 66 or len(per) != 22:
        err("evasions: %d records over %d encodings (want 66 over 22)" % (len(eva), len(per)))
    for enc, lst in per.items():
        if len(lst) != 3 or len({a for a, _ in lst}) != 3 or len({b for _, b in lst}) != 3:
            err("evasion %s: not once per type and once per wording" % enc)
    # ---------------- negatives
    texts = [r["text"] for r in neg]
    if len(texts) != len(set(texts)):
        err("negatives: duplicate texts")
    classes = {r["class"] for r in neg}
    if len(neg) < 180 or len(classes) < 16:
        err("negatives: %d records, %d classes" % (len(neg), len(classes)))
    for r in neg:
        if r["source"] != "negative":
            err("%s: negative source" % r["id"])
    # ---------------- deny-list
    names_to_check = []
    for r in sec + eva + neg:
        names_to_check.append(("container", r["container"]))
    for r in sec + eva:
        names_to_check.append(("span type", r["type"]))
    for r in eva:
        names_to_check.append(("encoding", r["encoding"]))
    for r in neg:
        names_to_check.append(("class", r["class"]))
    for k in everyday206.KINDS:
        names_to_check.append(("everyday kind", k[0]))
    names_to_check.append(("spare kind", everyday206.SPARE_KIND[0]))
    for what, n in sorted(set(names_to_check)):
        if deny_hit(n, deny):
            err("deny-listed %s: %s" % (what, n))
    syns = set(deny["syntaxes"]) | set(deny["names"])
    for r in sec:
        if r["source"] == "password":
            syn = r["type"][len(positional206.PFX):]
            if not r["type"].startswith(positional206.PFX) or syn in syns:
                err("%s: earlier syntax %s" % (r["id"], syn))
    codes, lnames = set(deny["language_codes"]) | set(deny["names"]), set(deny["language_names"])
    lang_table = {l[0]: l[1] for l in prose206.LANGS + prose206.SPARES}
    prose_codes = [r["container"].split("__")[1] for r in sec if r["source"] == "prose"]
    for code in prose_codes + [l[0] for l in prose206.SPARES]:
        name = lang_table.get(code, "")
        if code in codes or not name or name.lower() in lnames or any(w.lower() in lnames for w in name.split()):
            err("deny-listed or unknown language %s (%s)" % (code, name))
    if len(set(prose_codes)) != 40 or len(prose_codes) != 40:
        err("prose: %d records in %d languages" % (len(prose_codes), len(set(prose_codes))))
    # ---------------- counts
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        err("everyday count %d" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        err("everyday: 45 kinds x 4 different types violated")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        err("everyday: 12 types x 15 violated")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120 or any(not r["container"].startswith(r["type"] + "__") for r in vd):
        err("vendor: 120 distinct types with <type>__<style> containers violated")
    pw = by.get("password", [])
    if not 95 <= len({r["type"] for r in pw}) <= 120 or len(pw) != len({r["type"] for r in pw}):
        err("password: 95-120 distinct syntaxes, one record each, violated")
    if not 440 <= len(sec) <= 470:
        err("positives total %d" % len(sec))
    tsets = [{r["type"] for r in by.get(s, [])} for s in ("everyday", "vendor", "password", "prose")] + [{r["type"] for r in eva}]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                err("span types shared between sources")
    nonev = [r["container"] for r in sec if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(nonev) != len(set(nonev)):
        err("non-everyday containers not unique")
    return E


# ---------------------------------------------------------------- mutation tests
def _m(name, fn):
    return name, fn


def mutations():
    def m01(s, e, n, h):
        s[5]["secrets"][0]["start"] += 1

    def m02(s, e, n, h):
        s[7]["id"] = s[6]["id"]

    def m03(s, e, n, h):
        n[3]["text"] += "\n" + s[200]["secrets"][0]["value"] + "\n"

    def m04(s, e, n, h):
        e[10]["secrets"][0]["plain"] = e[10]["secrets"][0]["plain"][:-1] + "Q"

    def m05(s, e, n, h):
        r = [x for x in s if x["source"] == "vendor"][0]
        r["container"] = r["type"] + "__shop_api_dotenv_production"

    def m06(s, e, n, h):
        for x in n:
            if x["class"] == n[0]["class"]:
                x["class"] = "scale_plu_and_tare_tables"

    def m07(s, e, n, h):
        s[12]["type"] = s[13]["type"]

    def m08(s, e, n, h):
        e.pop()

    def m09(s, e, n, h):
        r = [x for x in s if x["source"] == "prose"][3]
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1

    def m10(s, e, n, h):
        a, b = s[20], s[21]
        sp = b["secrets"][0]
        v = a["secrets"][0]["value"]
        b["text"] = b["text"][:sp["start"]] + v + b["text"][sp["end"]:]
        sp["value"], sp["end"] = v, sp["start"] + len(v)

    def m11(s, e, n, h):
        r = [x for x in s if x["type"] == "match_results_session_jwt"][0]
        sp = r["secrets"][0]
        hd, p, sg = sp["value"].split(".")
        nv = hd + "." + C.b64url(b"not json at all") + "." + sg
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"], sp["end"] = nv, sp["start"] + len(nv)

    def m12(s, e, n, h):
        x = [x for x in n if C.UUID_RE.search(x["text"])][0]
        u = C.UUID_RE.search(x["text"]).group(0)
        x["text"] = x["text"].replace(u, u[:14] + "1" + u[15:])

    def m13(s, e, n, h):
        r = [x for x in s if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__fra"

    def m14(s, e, n, h):
        x = [x for x in n if x["class"] == "tackle_gtin13_shelf_labels"][0]
        m = re.search(r"(?<!\d)(\d{13})(?!\d)", x["text"])
        bad = m.group(1)[:12] + str((int(m.group(1)[12]) + 1) % 10)
        x["text"] = x["text"].replace(m.group(1), bad)

    def m15(s, e, n, h):
        r = [x for x in s if x["source"] == "password"][0]
        r["type"] = r["secrets"][0]["type"] = positional206.PFX + "curl_lower_u_colon_pair"

    def m16(s, e, n, h):
        r = [x for x in s if x["type"] == "weigh_in_scale_api_token"][0]
        sp = r["secrets"][0]
        v = sp["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"] = nv

    def m17(s, e, n, h):
        n[-1]["text"] += e[0]["secrets"][0]["plain"]

    def m18(s, e, n, h):
        r = [x for x in s if x["type"] == "licence_check_api_key"][0]
        sp = r["secrets"][0]
        v = sp["value"]
        last = C.CROCKFORD[(C.CROCKFORD.index(v[-1]) + 1) % 32]
        nv = v[:-1] + last
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"] = nv

    def m19(s, e, n, h):
        r = [x for x in s if x["type"].endswith("bailiff_handset_fixed_width_cols_41_to_56")][0]
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"]] + " " + r["text"][sp["start"]:]
        sp["start"] += 1
        sp["end"] += 1

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
            ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
            ("m10_value_reused", m10), ("m11_jwt_payload_not_json", m11), ("m12_uuid_not_v4", m12),
            ("m13_deny_listed_language", m13), ("m14_bad_gtin13_check_digit", m14), ("m15_earlier_syntax_name", m15),
            ("m16_wis_adler32_broken", m16), ("m17_evasion_plain_in_negative", m17), ("m18_lck_luhn_mod32_broken", m18),
            ("m19_fixed_width_column_shift", m19)]


def run_mutations(sec, eva, neg, deny, hidden, base_errors):
    base = set(base_errors)
    results = []
    for name, fn in mutations():
        s, e, n, h = copy.deepcopy(sec), copy.deepcopy(eva), copy.deepcopy(neg), list(hidden)
        fn(s, e, n, h)
        errs = set(check(s, e, n, deny, h))
        results.append((name, bool(errs - base)))
    return results
