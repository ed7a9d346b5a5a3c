"""All checks of p233 and the mutation tests."""
import base64
import copy
import re

import common233 as C
import dec233
import everyday233
import evasions233
import negatives233
import positional233
import prose233
import vendor233

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
PEM_PRIV = re.compile(r"-----BEGIN[ A-Z0-9_-]*PRIVATE KEY")


def _ids(recs, kind, errs):
    for i, r in enumerate(recs):
        want = "%s-%s-%04d" % (C.PREFIX, kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))


def deny_names_to_check():
    """Every name we coin that must be free of the deny-list: (name, what)."""
    out = []
    for name, style, _ in everyday233.CONTAINERS:
        out.append((name, "everyday container"))
    out.append((everyday233.SPARE_CONTAINER, "spare everyday container"))
    for t in everyday233.TYPE_NAMES:
        out.append((t, "everyday type"))
    for v in vendor233.VENDOR_NAMES:
        out.append((v, "vendor type"))
    for v, _ in vendor233.SET_ASIDE:
        out.append((v, "set-aside vendor"))
    for s, _ in vendor233.STYLES:
        out.append((s, "vendor style"))
    for syn, *_ in positional233.SYNTAXES:
        out.append((positional233.PFX + syn, "positional type"))
    for syn, _ in positional233.SET_ASIDE:
        out.append((positional233.PFX + syn, "set-aside syntax"))
    for s in positional233.SUFFIX.values():
        out.append((s, "positional suffix"))
    out.append((prose233.TYPE, "prose type"))
    for f in prose233.FORMATS:
        out.append((f, "prose format"))
    for e in evasions233.ENC_NAMES:
        out.append((e, "encoding"))
    for t, _ in evasions233.TYPES:
        out.append((t, "evasion type"))
    for w in evasions233.WORDINGS:
        out.append((w, "evasion wording"))
    for c, _, kinds in negatives233.CLASSES:
        out.append((c, "negative class"))
        for k, _ in kinds:
            out.append((k, "negative base kind"))
    for c in negatives233.SPARE_CLASSES:
        out.append((c, "spare negative class"))
    for w in negatives233.WRAPPERS:
        out.append((w, "negative wrapper"))
    return out


def check_deny(data, deny):
    errs = []
    names = deny_names_to_check()
    for r in data["secrets"] + data["evasions"] + data["negatives"]:
        names.append((r["container"], "container of " + r.get("id", "?")))
        if "type" in r:
            names.append((r["type"], "type of " + r.get("id", "?")))
        if "class" in r:
            names.append((r["class"], "class of " + r.get("id", "?")))
        if "encoding" in r:
            names.append((r["encoding"], "encoding of " + r.get("id", "?")))
    for n, what in names:
        if C.deny_hit(n, deny):
            errs.append("deny-listed name %r (%s)" % (n, what))
    syns = [r["type"][len(positional233.PFX):] for r in data["secrets"] if r["source"] == "password"]
    syns += [s for s, _ in positional233.SET_ASIDE]
    for s in syns:
        if s.lower() in deny["_syntaxset"] or s.lower() in deny["_nameset"]:
            errs.append("earlier syntax %r" % s)
    langs = [(r["container"].split("__")[-1], r.get("id")) for r in data["secrets"] if r["source"] == "prose"]
    namemap = {c: n for c, n, _ in prose233.LANGS}
    namemap.update(dict(prose233.SPARES))
    for code, rid in langs + [(c, "spare") for c, _ in prose233.SPARES]:
        if code in deny["_codes"] or code in deny["_nameset"]:
            errs.append("deny-listed language code %r (%s)" % (code, rid))
        nm = namemap.get(code, "").lower()
        if not nm:
            errs.append("unknown language code %r" % code)
            continue
        if nm in deny["_langnames"] or any(w in deny["_langnames"] for w in re.split(r"[\s-]+", nm)):
            errs.append("deny-listed language name %r" % nm)
    return errs


def check_all(data, deny):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]
    _ids(S, "s", errs)
    _ids(E, "e", errs)
    _ids(N, "n", errs)
    # ---- structure and spans
    values = []
    for r in S:
        if list(r.keys()) != POS_FIELDS:
            errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
            continue
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: source %r" % (r["id"], r["source"]))
    for r in E:
        if list(r.keys()) != EVA_FIELDS:
            errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
        elif r["source"] != "evasion":
            errs.append("%s: source" % r["id"])
    for r in S + E:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            errs.append("%s: %d spans" % (r.get("id"), len(sp)))
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r in E else SPAN_FIELDS
        if list(s.keys()) != want:
            errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        if not v or v != v.strip():
            errs.append("%s: empty or edge-whitespace value" % r["id"])
        if r["text"][s["start"]:s["end"]] != v:
            errs.append("%s: span does not re-slice" % r["id"])
        if r["text"].count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        if s.get("type") != r.get("type"):
            errs.append("%s: record type != span type" % r["id"])
        values.append((r["id"], v))
    # ---- reuse and cross-occurrence
    seen = {}
    for rid, v in values:
        if v in seen:
            errs.append("value reused in %s and %s" % (seen[v], rid))
        seen[v] = rid
    all_texts = [(r["id"], r["text"]) for r in S + E + N]
    for rid, v in values:
        for tid, t in all_texts:
            if tid != rid and v in t:
                errs.append("value of %s appears in %s" % (rid, tid))
    invisible = [s["plain"] for r in E for s in r["secrets"]] + hidden
    for p in invisible:
        for tid, t in all_texts:
            if p in t:
                errs.append("hidden plain %r visible in %s" % (p, tid))
    for tid, t in all_texts:
        if "\x00" in t:
            errs.append("%s: NUL" % tid)
        if PEM_PRIV.search(t):
            errs.append("%s: PEM private key block" % tid)
        for u in C.UUID_SHAPED.findall(t):
            if not C.uuid_is_v4(u):
                errs.append("%s: UUID not v4: %s" % (tid, u))
        for j in C.JWT_SHAPED.findall(t):
            if not C.jwt_valid(j):
                errs.append("%s: invalid JWT-shaped string" % tid)
    # ---- shapes
    by_src = {}
    for r in S:
        by_src.setdefault(r["source"], []).append(r)
        v = r["secrets"][0]["value"]
        if r["source"] == "everyday":
            if r["type"] not in everyday233.TYPE_INFO or not everyday233.check_value(r["type"], v):
                errs.append("%s: everyday shape" % r["id"])
        elif r["source"] == "vendor":
            if r["type"] not in vendor233.SPEC or not vendor233.check_value(r["type"], v):
                errs.append("%s: vendor shape" % r["id"])
            if r["container"].split("__")[0] != r["type"] or r["container"].split("__")[1] not in dict(vendor233.STYLES):
                errs.append("%s: vendor container" % r["id"])
        elif r["source"] == "password":
            if r["type"] == "bkpw_http_proxy_authorization_basic_b64_pair":
                try:
                    u, p = base64.b64decode(v, validate=True).decode().split(":", 1)
                    ok = bool(C.PW_RE_STRICT.match(p)) and p in hidden
                except Exception:
                    ok = False
                if not ok:
                    errs.append("%s: Base64 pair shape" % r["id"])
            elif not C.PW_RE_STRICT.match(v):
                errs.append("%s: positional password shape" % r["id"])
        elif r["source"] == "prose":
            t, s = r["text"], r["secrets"][0]
            if not C.PW_RE_STRICT.match(v):
                errs.append("%s: prose shape" % r["id"])
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    # ---- counts
    ev = by_src.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(set(v)) != 4 or len(v) != 4 for v in kinds.values()):
        errs.append("everyday kinds: %d kinds / not four distinct types each" % len(kinds))
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        errs.append("everyday type counts %s" % tcount)
    vd = by_src.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor count %d" % len(vd))
    pw = by_src.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("positional count %d" % len(pw))
    for r in pw:
        if not r["type"].startswith(positional233.PFX) or r["container"].split("__")[0] != r["type"]:
            errs.append("%s: positional naming" % r["id"])
    pr = by_src.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[-1] for r in pr}) != 40:
        errs.append("prose count / languages")
    if not (440 <= len(S) <= 470):
        errs.append("positives total %d" % len(S))
    types_by = {k: {r["type"] for r in v} for k, v in by_src.items()}
    ks = list(types_by)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if types_by[ks[i]] & types_by[ks[j]]:
                errs.append("span types shared between %s and %s" % (ks[i], ks[j]))
    conts = [r["container"] for r in S if r["source"] != "everyday"]
    if len(conts) != len(set(conts)):
        errs.append("non-everyday containers not unique")
    # ---- evasions
    if len(E) != 66:
        errs.append("evasion count %d" % len(E))
    per_enc = {}
    for r in E:
        if len(r.get("secrets", [])) != 1:
            continue
        s = r["secrets"][0]
        enc = r["encoding"]
        per_enc.setdefault(enc, []).append((r["type"], r["container"].split("__")[-1]))
        if s.get("encoding") != enc or enc not in evasions233.ENC_NAMES:
            errs.append("%s: encoding mismatch" % r["id"])
        if r["container"] != enc + "__" + r["container"].split("__")[-1] or r["container"].split("__")[-1] not in evasions233.WORDINGS:
            errs.append("%s: evasion container" % r["id"])
        try:
            d = dec233.decode(enc, s["value"])
        except Exception as ex:
            d = "<error %s>" % ex
        if d != s.get("plain"):
            errs.append("%s: run does not decode to plain" % r["id"])
        if r["type"] not in evasions233.PLAIN_RE or not evasions233.PLAIN_RE[r["type"]].match(s.get("plain", "")):
            errs.append("%s: plain shape" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: evasion layout" % r["id"])
        if s.get("plain", "") in s["value"] or s["value"] == s.get("plain"):
            errs.append("%s: run contains its plain" % r["id"])
    if len(per_enc) != 22 or any(len({a for a, _ in v}) != 3 or len({b for _, b in v}) != 3 for v in per_enc.values()):
        errs.append("evasions: not 22 encodings x 3 (once per type and wording)")
    # ---- negatives
    classes = set()
    ntexts = set()
    for r in N:
        if list(r.keys()) != NEG_FIELDS or r.get("source") != "negative":
            errs.append("%s: negative fields" % r.get("id"))
            continue
        classes.add(r["class"])
        if r["text"] in ntexts:
            errs.append("%s: duplicate negative text" % r["id"])
        ntexts.add(r["text"])
        if C.PW_FORM_ANY.search(r["text"]):
            errs.append("%s: password form inside a negative" % r["id"])
        if r["class"] in ("bread_batch_and_best_before_codes", "ean13_and_variable_weight_barcodes"):
            for code in re.findall(r"(?<!\d)\d{13}(?!\d)", r["text"]):
                if C.gs1_check(code[:12]) != code[12]:
                    errs.append("%s: GS1 check digit wrong in %s" % (r["id"], code))
        if r["class"] == "supplier_iban_remittance_lines":
            for ib in re.findall(r"GB\d\d(?: ?[A-Z0-9]{4}){4}(?: ?[A-Z0-9]{2})", r["text"]):
                if not C.iban_ok(ib.replace(" ", "")):
                    errs.append("%s: IBAN check digits wrong" % r["id"])
    if len(classes) < 16 or len(N) < 180:
        errs.append("negatives: %d classes, %d records" % (len(classes), len(N)))
    errs += check_deny(data, deny)
    return errs


# ---- mutation tests ---------------------------------------------------------
def _first(data, src):
    return next(r for r in data["secrets"] if r["source"] == src)


def mutations():
    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]

    def m03(d):
        d["negatives"][0]["text"] += " " + d["secrets"][5]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][0]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = _first(d, "vendor")
        r["container"] = r["type"] + "__winery_bitwarden_csv_export"

    def m06(d):
        d["negatives"][0]["class"] = "webhook_signature_headers"

    def m07(d):
        d["secrets"][3]["type"] = "something_else"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = _first(d, "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "X" + r["text"][s["start"]:]

    def m10(d):
        a = d["secrets"][10]
        b = d["secrets"][11]
        v = a["secrets"][0]["value"]
        s = b["secrets"][0]
        b["text"] = b["text"][:s["start"]] + v + b["text"][s["end"]:]
        s["value"], s["end"] = v, s["start"] + len(v)

    def m11(d):
        r = next(x for x in d["secrets"] if x["type"] == "order_webhook_damm_key")
        s = r["secrets"][0]
        v = s["value"]
        nd = str((int(v[14]) + 1) % 10)
        nv = v[:14] + nd + v[15:]
        r["text"] = r["text"].replace(v, nv)
        s["value"] = nv

    def m12(d):
        d["negatives"][3]["text"] += "\nref 1b4e28ba-2fa1-11d2-883f-0016d3cca427"

    def m13(d):
        r = _first(d, "prose")
        r["container"] = r["container"].split("__")[0] + "__fra"

    def m14(d):
        r = _first(d, "password")
        old = r["type"]
        new = "bkpw_zip_capital_p_flag"
        r["type"] = new
        r["secrets"][0]["type"] = new
        r["container"] = r["container"].replace(old, new)

    def m15(d):
        r = next(x for x in d["negatives"] if x["class"] == "supplier_iban_remittance_lines")
        m = re.search(r"IBAN:? GB(\d\d)", r["text"])
        bad = "%02d" % ((int(m.group(1)) + 1) % 100)
        r["text"] = r["text"][:m.start(1)] + bad + r["text"][m.end(1):]

    def m16(d):
        d["negatives"][7]["text"] += "\nold code: Croissant-ab1c42"

    def m17(d):
        r = next(x for x in d["secrets"] if x["type"] == "kitchen_display_hs384_jwt")
        s = r["secrets"][0]
        h, p, g = s["value"].split(".")
        nv = h + ".eyJ" + C.b64u_nopad(b"not json at all") + "." + g
        r["text"] = r["text"].replace(s["value"], nv)
        s["value"], s["end"] = nv, s["start"] + len(nv)

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
            ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
            ("m10_value_reused", m10), ("m11_damm_digit_broken", m11), ("m12_uuid_not_v4", m12),
            ("m13_deny_listed_language", m13), ("m14_earlier_syntax_name", m14), ("m15_iban_check_broken", m15),
            ("m16_password_form_in_negative", m16), ("m17_jwt_payload_not_json", m17)]


def run_mutations(data, deny, base_errs):
    results = []
    base = set(base_errs)
    for name, fn in mutations():
        d = copy.deepcopy(data)
        fn(d)
        new = set(check_all(d, deny)) - base
        results.append((name, bool(new)))
    return results
