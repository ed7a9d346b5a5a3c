"""Every check the build runs before it writes anything."""
import base64
import re

import common174 as C
import dec174
import enc174
import everyday174
import negatives174
import positional174
import prose174
import vendor174
import evasions174

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EVA_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
EVA_SPAN_FIELDS = {"value", "start", "end", "type", "plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
LEFTOVERS = [C.MARK, "\0", "PRIVATE KEY", "@V@", "@U@", "@H@", "@K@", "@N@", "@B64USER@"]

EVERYDAY_PW_TYPES = {t[0] for t in everyday174.TYPES if t[3] == "pw"}
VENDOR_PW_TYPES = {v[0] for v in vendor174.VENDORS if v[2].startswith("owner-chosen")}
B64_SYNTAXES = {positional174.PFX + n: k for n, _w, _t, k in positional174.syntaxes() if k != "pw"}
LANG_BY_CODE = {c: (n, s) for c, n, s, _ in prose174.LANGS}


def _b64dec(s):
    return base64.b64decode(s, validate=True)


def check_all(pos, eva, neg, deny):
    errs = []
    E = errs.append
    dn = set(deny["names"])

    # ---------------------------------------------------------- ids & fields
    for recs, tag in ((pos, "s"), (eva, "e"), (neg, "n")):
        for i, r in enumerate(recs, 1):
            want = "%s-%s-%04d" % (C.PREFIX, tag, i)
            if r.get("id") != want:
                E("id %r should be %s" % (r.get("id"), want))
    ids = [r["id"] for r in pos + eva + neg]
    if len(ids) != len(set(ids)):
        E("duplicate ids")

    all_values = []
    for r in pos + eva:
        is_eva = r.get("source") == "evasion"
        if set(r) != (EVA_FIELDS if is_eva else POS_FIELDS):
            E("%s: field set %s" % (r["id"], sorted(r)))
            continue
        if len(r["secrets"]) != 1:
            E("%s: must hold exactly one span" % r["id"])
            continue
        sp = r["secrets"][0]
        if set(sp) != (EVA_SPAN_FIELDS if is_eva else SPAN_FIELDS):
            E("%s: span fields %s" % (r["id"], sorted(sp)))
            continue
        v, t = sp["value"], r["text"]
        if not v or v != v.strip():
            E("%s: empty value or edge whitespace" % r["id"])
        if t[sp["start"]:sp["end"]] != v:
            E("%s: span does not re-slice" % r["id"])
        if r["type"] != sp["type"]:
            E("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            E("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        for bad in LEFTOVERS:
            if bad in t:
                E("%s: leftover %r in text" % (r["id"], bad))
        if r["source"] not in ("everyday", "vendor", "password", "prose", "evasion"):
            E("%s: bad source" % r["id"])
        all_values.append((r["id"], v))

    # ---------------------------------------------------------- reuse and leaks
    vals = [v for _, v in all_values]
    if len(vals) != len(set(vals)):
        E("a value is reused")
    plains = [r["secrets"][0].get("plain") for r in eva if r.get("secrets")]
    texts = [(r["id"], r["text"]) for r in pos + eva]
    for rid, v in all_values:
        for oid, t in texts:
            if oid != rid and v in t:
                E("%s: value appears in %s" % (rid, oid))
        for n in neg:
            if v in n["text"]:
                E("%s: value appears in negative %s" % (rid, n["id"]))
    for p in plains:
        if p is None:
            continue
        for oid, t in texts + [(n["id"], n["text"]) for n in neg]:
            if p in t:
                E("evasion plain %r appears in %s" % (p, oid))

    # ---------------------------------------------------------- shapes
    for r in pos:
        if "secrets" not in r or len(r["secrets"]) != 1:
            continue
        v, typ, src = r["secrets"][0]["value"], r["type"], r["source"]
        if typ in EVERYDAY_PW_TYPES or typ in VENDOR_PW_TYPES:
            if not C.PW_RE.match(v):
                E("%s: owner-chosen password shape %r" % (r["id"], v))
        if src == "prose":
            if not C.PW_SAFE_RE.match(v):
                E("%s: prose value shape" % r["id"])
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if s == 0 or e >= len(r["text"]) or not r["text"][s - 1].isspace() or not r["text"][e].isspace():
                E("%s: prose value not set off by whitespace" % r["id"])
        if src == "password":
            if typ in B64_SYNTAXES:
                try:
                    raw = _b64dec(v).decode()
                except Exception:
                    E("%s: positional Base64 does not decode" % r["id"])
                    continue
                if B64_SYNTAXES[typ] == "b64_nul":
                    parts = raw.split("\0")
                    ok = len(parts) == 3 and parts[0] == "" and C.PW_SAFE_RE.match(parts[2])
                elif B64_SYNTAXES[typ] == "b64_colon":
                    ok = ":" in raw and C.PW_SAFE_RE.match(raw.split(":", 1)[1])
                else:
                    ok = C.PW_SAFE_RE.match(raw)
                if not ok:
                    E("%s: positional Base64 content wrong" % r["id"])
            elif not C.PW_SAFE_RE.match(v):
                E("%s: positional value shape %r" % (r["id"], v))
        for u in C.UUID_RE.findall(v):
            if not C.is_uuid4(u):
                E("%s: UUID %s is not version 4" % (r["id"], u))
        if v.startswith("eyJ") and v.count(".") == 2 and not C.jwt_ok(v):
            E("%s: JWT does not carry JSON" % r["id"])
        if typ == "varroa_tracker_service_jwt" and not C.jwt_ok(v):
            E("%s: everyday JWT malformed" % r["id"])
        if typ == "gsm_scale_dtls_psk":
            try:
                if len(_b64dec(v)) != 16:
                    E("%s: PSK length" % r["id"])
            except Exception:
                E("%s: PSK not Base64" % r["id"])
        if typ == "honey_shop_webhook_signing_secret":
            if not v.startswith("hswh_") or len(C.b64url_decode(v[5:])) != 32:
                E("%s: webhook secret length" % r["id"])
        if typ == "lorawan_otaa_app_key" and not re.fullmatch(r"[0-9A-F]{32}", v):
            E("%s: AppKey shape" % r["id"])
        if typ == "azure_storage_account_key" and len(_b64dec(v)) != 64:
            E("%s: azure key length" % r["id"])
        if typ == "helium_console_api_key" and len(_b64dec(v)) != 32:
            E("%s: helium key length" % r["id"])
        if typ == "github_classic_personal_access_token" and not C.gh_style_ok(v, "ghp_"):
            E("%s: ghp_ CRC" % r["id"])
        if typ == "github_user_refresh_token" and not C.gh_style_ok(v, "ghr_"):
            E("%s: ghr_ CRC" % r["id"])
        if typ == "mapbox_secret_access_token":
            try:
                import json
                json.loads(C.b64url_decode(v.split(".")[1]))
            except Exception:
                E("%s: mapbox JSON" % r["id"])

    # ---------------------------------------------------------- evasions
    encs = {}
    for r in eva:
        if set(r) != EVA_FIELDS:
            continue
        sp = r["secrets"][0]
        enc = r["encoding"]
        encs[enc] = encs.get(enc, 0) + 1
        if sp["encoding"] != enc:
            E("%s: record / span encoding differ" % r["id"])
        try:
            got = dec174.decode(enc, sp["value"])
        except Exception as ex:
            got = "<error %s>" % ex
        if got != sp["plain"]:
            E("%s: run does not decode to its plain" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]):
            E("%s: plain alphabet" % r["id"])
        if sp["plain"] in sp["value"]:
            E("%s: run contains its plain" % r["id"])
        t, s, e = r["text"], sp["start"], sp["end"]
        rule = enc174.ENCODINGS.get(enc, ("", "\0"))[1]
        if rule not in t or t.index(rule) >= s:
            E("%s: rule not stated before the run" % r["id"])
        if t[s - 2:s] != ":\n" or t[e:e + 1] != "\n" or not t[e + 1:].strip():
            E("%s: run not on its own line after ':' or no remark" % r["id"])
        if not r["container"].startswith(enc + "__") or r["container"].split("__")[1] not in [w for w, _ in evasions174.WORDINGS]:
            E("%s: evasion container" % r["id"])
        if r["source"] != "evasion":
            E("%s: evasion source" % r["id"])
    if len(encs) != 22 or any(c != 3 for c in encs.values()) or len(eva) != 66:
        E("evasions must be 22 encodings x 3 (got %d encodings, %d records)" % (len(encs), len(eva)))

    # ---------------------------------------------------------- negatives
    seen = set()
    classes = {}
    for n in neg:
        if set(n) != NEG_FIELDS:
            E("%s: negative fields" % n.get("id"))
            continue
        if n["source"] != "negative":
            E("%s: negative source" % n["id"])
        if n["text"] in seen:
            E("%s: duplicate negative text" % n["id"])
        seen.add(n["text"])
        classes[n["class"]] = classes.get(n["class"], 0) + 1
        if n["class"] == "gsm_scale_imei_and_iccid_numbers":
            for num in re.findall(r"\b(35\d{13}|8935301\d{12})\b", n["text"]):
                if C.luhn_digit(num[:-1]) != num[-1]:
                    E("%s: Luhn digit wrong in %s" % (n["id"], num))
        if n["class"] == "honey_lot_gtin_and_gs1_128_strings":
            for num in re.findall(r"GTIN (\d{13})\b", n["text"]):
                if C.gs1_check(num[:-1]) != num[-1]:
                    E("%s: GTIN check digit wrong" % n["id"])
        for bad in LEFTOVERS:
            if bad in n["text"]:
                E("%s: leftover %r" % (n["id"], bad))
    if len(classes) < 16 or len(neg) < 180:
        E("negatives: need >= 16 classes and >= 180 records (got %d / %d)" % (len(classes), len(neg)))

    # ---------------------------------------------------------- deny-list
    def chk(label, name):
        if C.denied(name, dn):
            E("deny-listed %s: %s" % (label, name))

    for r in pos + eva:
        chk("container kind", r["container"])
        chk("span type", r["type"])
    for r in eva:
        chk("encoding", r["encoding"])
    for n in neg:
        chk("negative class", n["class"])
        chk("negative container", n["container"])
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(positional174.PFX):]
            chk("positional syntax", syn)
            if syn in dn:
                E("earlier positional syntax reused: %s" % syn)
    labels = [s for s, _ in vendor174.STYLES] + list(positional174.SUFFIX.values()) + prose174.FORMATS + \
        [w for w, _ in evasions174.WORDINGS] + [w.strip("_") for w, _ in negatives174.WRAPPERS if w] + \
        [k for k, _, _ in everyday174.KINDS]
    for lab in labels:
        chk("presentation label", lab)
    langs = set()
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            langs.add(code)
            name = LANG_BY_CODE.get(code, ("?", ""))[0]
            words = [w.lower() for w in name.replace("-", " ").split()]
            if code in deny["language_codes"] or code in dn or name.lower() in deny["language_names"] \
                    or any(w in deny["language_names"] for w in words):
                E("deny-listed language %s (%s)" % (code, name))
            if r["container"].split("__")[0] not in prose174.FORMATS:
                E("%s: prose format" % r["id"])

    # ---------------------------------------------------------- counts
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(ev) != 180 or len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()) \
            or len({r["type"] for r in ev}) != 12:
        E("everyday must be 45 kinds x 4 distinct types out of 12 (got %d records)" % len(ev))
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E("vendor must be 120 distinct types (got %d)" % len(vd))
    for r in vd:
        if not r["container"].startswith(r["type"] + "__") or r["container"].split("__")[1] not in [s for s, _ in vendor174.STYLES]:
            E("%s: vendor container" % r["id"])
    pw = by.get("password", [])
    if not 95 <= len({r["type"] for r in pw}) <= 120 or len(pw) != len({r["type"] for r in pw}):
        E("password syntaxes must be 95-120 distinct (got %d)" % len(pw))
    pr = by.get("prose", [])
    if len(pr) != 40 or len(langs) != 40:
        E("prose must be 40 records in 40 languages (got %d / %d)" % (len(pr), len(langs)))
    if not 440 <= len(pos) <= 470:
        E("positives total %d out of range" % len(pos))
    tsets = {k: {r["type"] for r in v} for k, v in by.items()}
    tsets["evasion"] = {r["type"] for r in eva}
    keys = list(tsets)
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if tsets[keys[i]] & tsets[keys[j]]:
                E("span types shared between %s and %s" % (keys[i], keys[j]))
    nonev = [r["container"] for r in pos + eva if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)):
        E("non-everyday containers not unique")
    return errs
