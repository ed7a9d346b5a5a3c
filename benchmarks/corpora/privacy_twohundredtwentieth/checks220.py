"""All checks run before anything is written. check(data, deny) returns a list of error strings."""
import base64
import json
import re

import common220 as C
import dec220
import enc220
import everyday220 as E
import evasions220 as EV
import negatives220 as N
import positional220 as P
import prose220 as PR
import vendor220 as VD

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_KEYS = ["value", "start", "end", "type"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_KEYS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]
UUID_ANY = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID_V4 = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")
JWT_ANY = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")

EVERYDAY_RX = {
    "timing_decoder_api_key": r"^tdk_[0-9A-Za-z]{36}$",
    "party_booking_webhook_secret": r"^pbw_[a-z2-7]{52}$",
    "scoring_controller_hs512_jwt": r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$",
    "laser_arena_age_secret_key": r"^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$",
    "gift_voucher_signing_key": r"^GV1-[0-9A-HJKMNP-TV-Z]{40}[0-9A-HJKMNP-TV-Z*~$=U]$",
    "pit_lane_wifi_raw_psk": r"^[0-9a-f]{64}$",
}
EVASION_PLAIN_RX = {
    "kart_evasion_timing_office_pc_password": C.PW_STRICT_RE.pattern,
    "paintball_evasion_armoury_unlock_code": r"^arm_[0-9A-Za-z]{16}$",
    "lasertag_evasion_vest_master_token": r"^vmt-[a-z0-9]{20}$",
}


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(C.b64u_decode(h))
        json.loads(C.b64u_decode(p))
        sig = C.b64u_decode(s)
    except Exception:
        return False
    return C.JWT_SIG_LEN.get(hd.get("alg")) == len(sig)


def everyday_shape(typ, v):
    if typ in E.PASSWORD_TYPES:
        return bool(C.PW_RE.match(v))
    if not re.match(EVERYDAY_RX[typ], v):
        return False
    if typ == "timing_decoder_api_key":
        return C.crc32_b62(v[4:34]) == v[34:]
    if typ == "party_booking_webhook_secret":
        b = v[4:].upper()
        return len(base64.b32decode(b + "=" * (-len(b) % 8))) == 32
    if typ == "scoring_controller_hs512_jwt":
        return jwt_ok(v) and json.loads(C.b64u_decode(v.split(".")[0]))["alg"] == "HS512"
    if typ == "laser_arena_age_secret_key":
        return C.bech32_verify(v) and v.lower().startswith("age-secret-key-1")
    if typ == "gift_voucher_signing_key":
        return C.crockford_check_ok(v[4:])
    return True


def denied_any(name, deny):
    return C.denied(name, deny)


def check(data, deny):
    errs = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    prefix = C.PREFIX

    # ids, fields
    for recs, tag, keys in ((sec, "s", POS_KEYS), (eva, "e", EVA_KEYS), (neg, "n", NEG_KEYS)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s-%s-%04d" % (prefix, tag, i + 1):
                errs.append("id out of sequence: %s (expected %s-%s-%04d)" % (r.get("id"), prefix, tag, i + 1))
            if list(r.keys()) != keys:
                errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            errs.append("duplicate ids in %s" % tag)

    all_texts = [(r["id"], r["text"]) for r in sec + eva + neg]
    for rid, t in all_texts:
        if C.SLOT in t or "\0" in t or "PRIVATE KEY" in t:
            errs.append("%s: slot marker, NUL or PRIVATE KEY in text" % rid)
        for u in UUID_ANY.findall(t):
            if not UUID_V4.match(u):
                errs.append("%s: UUID-shaped substring not v4: %s" % (rid, u))

    # spans
    values = []
    for r in sec + eva:
        sp = r["secrets"]
        if len(sp) != 1:
            errs.append("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        keys = EVA_SPAN_KEYS if r in eva else SPAN_KEYS
        if list(s.keys()) != keys:
            errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        if not v or v != v.strip():
            errs.append("%s: empty value or edge whitespace" % r["id"])
        if r["text"][s["start"]:s["end"]] != v:
            errs.append("%s: span does not re-slice" % r["id"])
        if r["type"] != s["type"]:
            errs.append("%s: record type != span type" % r["id"])
        if r["text"].count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        values.append((r["id"], v))
        for jt in JWT_ANY.findall(r["text"]):
            if not jwt_ok(jt):
                errs.append("%s: JWT-shaped substring with bad JSON or signature length" % r["id"])
    vs = [v for _, v in values]
    if len(set(vs)) != len(vs):
        errs.append("a value is reused")
    big = "\n\u2063".join(t for _, t in all_texts)
    for rid, v in values:
        if big.count(v) != 1:
            errs.append("%s: value appears in another record or a negative" % rid)
    negtext = "\n".join(r["text"] for r in neg)
    for rid, v in values:
        if v in negtext:
            errs.append("%s: positive value inside a negative" % rid)
    for h in data.get("hidden", []):
        if h in big:
            errs.append("hidden password or evasion plain appears in a text: %s" % h)

    # shapes per source
    vmap = {v[0]: v for v in VD.USED}
    for r in sec:
        v = r["secrets"][0]["value"]
        src = r["source"]
        if src == "everyday":
            if r["type"] not in E.TYPE_NAMES or not everyday_shape(r["type"], v):
                errs.append("%s: everyday shape fails (%s)" % (r["id"], r["type"]))
        elif src == "vendor":
            spec = vmap.get(r["type"], (None, None))[1]
            if spec is None or not re.match(VD.value_regex(spec), v):
                errs.append("%s: vendor regex fails (%s)" % (r["id"], r["type"]))
            elif spec.startswith("@") and v.count(".") >= 2 and JWT_ANY.search(v) and not jwt_ok(JWT_ANY.search(v).group(0)):
                errs.append("%s: vendor JWT bad" % r["id"])
            if spec == "@grafana_cloud":
                try:
                    json.loads(base64.b64decode(v[4:]))
                except Exception:
                    errs.append("%s: glc_ body is not Base64 JSON" % r["id"])
            if spec == "@mapbox":
                try:
                    json.loads(C.b64u_decode(v.split(".")[1]))
                except Exception:
                    errs.append("%s: mapbox middle part is not JSON" % r["id"])
        elif src == "password":
            syn = r["type"][len(P.PW_PREFIX):]
            kind = {s[0]: s[4] for s in P.SYNTAXES}.get(syn, "missing")
            if kind == "missing":
                errs.append("%s: unknown syntax" % r["id"])
            elif kind is None:
                if not C.PW_STRICT_RE.match(v):
                    errs.append("%s: positional value not strict password form" % r["id"])
            else:
                try:
                    raw = base64.b64decode(v, validate=True).decode()
                except Exception:
                    raw = ""
                pw = raw.split("\0")[-1] if kind == "b64_plain" else (raw.split(":", 1)[-1] if kind == "b64_colon" else raw)
                if not C.PW_STRICT_RE.match(pw):
                    errs.append("%s: Base64 span does not hide a strict password" % r["id"])
            if syn == "timing_staff_roster_fixed_width_cols_41_to_60":
                line = r["text"].split("\n")[1]
                if line[40:60].strip() != v or r["secrets"][0]["start"] != len(r["text"].split("\n")[0]) + 1 + 40:
                    errs.append("%s: fixed-width value not in columns 41-60" % r["id"])
        elif src == "prose":
            t, s = r["text"], r["secrets"][0]
            if not C.PW_STRICT_RE.match(v):
                errs.append("%s: prose value not strict" % r["id"])
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
        else:
            errs.append("%s: bad source %s" % (r["id"], src))

    # evasions
    seen_pairs = set()
    per_enc = {}
    for r in eva:
        s = r["secrets"][0]
        run, plain, enc = s["value"], s["plain"], s["encoding"]
        if r["source"] != "evasion" or r["encoding"] != enc:
            errs.append("%s: source or encoding mismatch" % r["id"])
        try:
            dec = dec220.decode(enc, run)
        except Exception as ex:
            dec = "<error %s>" % ex
        if dec != plain:
            errs.append("%s: evasion does not decode to its plain" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: evasion layout (rule:\\n run \\n remark) broken" % r["id"])
        if plain in run or plain == run:
            errs.append("%s: run contains its plain" % r["id"])
        if not re.match(EVASION_PLAIN_RX.get(r["type"], "^$"), plain):
            errs.append("%s: evasion plain shape" % r["id"])
        enc_c, _, word = r["container"].partition("__")
        if enc_c != enc or word not in [w[0] for w in EV.WORDINGS]:
            errs.append("%s: evasion container" % r["id"])
        seen_pairs.add((enc, r["type"]))
        per_enc.setdefault(enc, set()).add(word)
    if len(eva) != 66 or len(seen_pairs) != 66 or set(per_enc) != set(enc220.ENC_NAMES) or any(len(w) != 3 for w in per_enc.values()):
        errs.append("evasions: expected 22 encodings x 3 types, once per wording")

    # negatives
    classes = {}
    texts = set()
    for r in neg:
        if r["source"] != "negative":
            errs.append("%s: negative source" % r["id"])
        if r["text"] in texts:
            errs.append("%s: duplicate negative text" % r["id"])
        texts.add(r["text"])
        classes[r["class"]] = classes.get(r["class"], 0) + 1
        t = r["text"]
        if C.PW_STRICT_ANY.search(t):
            errs.append("%s: negative holds a strict-form password" % r["id"])
        for m in re.findall(r"(?<!\d)6034\d{12}(?!\d)", t):
            if not C.luhn_ok(m):
                errs.append("%s: voucher Luhn digit wrong" % r["id"])
        for m in re.findall(r"(?<!\d)50\d{11}(?!\d)", t):
            if C.ean13_digit(m[:12]) != m[12]:
                errs.append("%s: EAN-13 check digit wrong" % r["id"])
        for m in re.findall(r"GB ?(\d{9})", t):
            if not C.uk_vat_ok(m):
                errs.append("%s: VAT check digits wrong" % r["id"])
        for m in re.findall(r"age1[02-9ac-hj-np-z]{58}", t):
            if not C.bech32_verify(m):
                errs.append("%s: age recipient checksum wrong" % r["id"])
    if len(classes) < 16 or len(neg) < 180:
        errs.append("negatives: need >= 16 classes and >= 180 records")

    # counts
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: need 45 kinds x 4 different types")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        errs.append("everyday: need 12 types x 15")
    vend = by.get("vendor", [])
    if len(vend) != 120 or len({r["type"] for r in vend}) != 120 or any(r["container"] != r["type"] + "__" + r["container"].split("__", 1)[1] for r in vend):
        errs.append("vendor: need 120 distinct types with <type>__<style> containers")
    pw = by.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("password: need 95-120 distinct syntaxes")
    pr = by.get("prose", [])
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        errs.append("prose: need 40 records in 40 languages")
    if not (440 <= len(sec) <= 470):
        errs.append("positives total %d" % len(sec))
    srcs = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(srcs)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if srcs[ks[i]] & srcs[ks[j]]:
                errs.append("span types shared between %s and %s" % (ks[i], ks[j]))
    nonev = [r["container"] for r in sec if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(set(nonev)) != len(nonev):
        errs.append("non-everyday containers not unique")

    # deny-list
    names_to_check = set()
    for r in sec + eva + neg:
        names_to_check.add(r["container"])
    for r in sec + eva:
        names_to_check.add(r["type"])
    names_to_check |= {r["encoding"] for r in eva} | {r["class"] for r in neg}
    names_to_check |= set(E.SPARE_KINDS) | {s[0] for s in VD.STYLES} | set(VD.SET_ASIDE) | set(P.SUFFIX.values())
    names_to_check |= set(P.SET_ASIDE) | set(PR.FORMATS) | {w[0] for w in EV.WORDINGS} | set(N.WRAPPERS)
    for nm in sorted(names_to_check):
        if denied_any(nm, deny):
            errs.append("deny-listed name: %s" % nm)
    syns = set(deny["syntaxes"])
    for r in pw:
        syn = r["type"][len(P.PW_PREFIX):]
        if syn in syns or syn in deny["_nameset"]:
            errs.append("earlier syntax reused: %s" % syn)
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    lang_info = {l[0]: l[1] for l in PR.LANGS}
    lang_info.update(dict(PR.SPARES))
    for code in set(langs) | {s[0] for s in PR.SPARES}:
        name = lang_info.get(code, "")
        if code in codes or code in deny["_nameset"] or name.lower() in lnames or any(w in lnames for w in name.lower().split()):
            errs.append("deny-listed language: %s (%s)" % (code, name))
    return errs
