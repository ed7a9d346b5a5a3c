"""Every check of the p261 build, and the mutation tests."""

import copy
import csv
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common261 as C
import dec261
import enc261
import everyday261 as E
import evasions261 as EV
import negatives261 as N
import positional261 as P
import prose261 as PR
import vendor261 as V
import world261 as W

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]


def all_names():
    """Every name this corpus defines, as (what, name)."""
    out = []
    for t in E.TYPE_NAMES:
        out.append(("everyday type", t))
    for k in E.KIND_NAMES:
        out.append(("everyday kind", k))
    for t in V.TYPE_NAMES:
        out.append(("vendor type", t))
    for s in V.STYLES:
        out.append(("vendor style", s[0]))
    for s in P.SYNTAX_NAMES:
        out.append(("positional syntax", s))
        out.append(("positional type", P.PREFIX + s))
    for w in P.WHERE.values():
        out.append(("positional where", w))
    out.append(("prose type", PR.TYPE))
    for f in PR.FORMATS:
        out.append(("prose format", f))
    for e in enc261.NAMES:
        out.append(("encoding", e))
    for w in EV.WORDINGS:
        out.append(("evasion wording", w))
    for t in EV.TYPE_NAMES:
        out.append(("evasion type", t))
    for cls, _, kinds in N.CLASSES:
        out.append(("negative class", cls))
        for k, _ in kinds:
            out.append(("negative base kind", k))
    for w in N.WRAPPERS:
        if w:
            out.append(("negative wrapper", w.strip("_")))
    return out


def check_denylist(data, deny):
    errs = []
    names = set(deny["names"])
    syn = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    hand_enc = set(C.HAND_ENCODING_TOKENS)
    hand_tool = set(C.HAND_TOOL_TOKENS)
    hand_lang = set(C.HAND_LANGUAGES)

    def bad(name):
        n = name.lower()
        parts = [n] + [p for p in n.split("__") if p]
        return [p for p in parts if p in names]

    for what, n in all_names():
        if bad(n):
            errs.append("deny-list: %s %s is on the deny-list (%s)" % (what, n, bad(n)))
    # names actually used in records
    for r in data["secrets"] + data["evasions"]:
        for n in (r["container"], r["type"]):
            if bad(n):
                errs.append("deny-list: record %s uses deny-listed %s" % (r["id"], n))
    for r in data["evasions"]:
        if bad(r["encoding"]):
            errs.append("deny-list: encoding %s" % r["encoding"])
        toks = set(C.tokens(r["encoding"]))
        if toks & hand_enc:
            errs.append("deny-list: encoding %s has hand-listed idea token %s" % (r["encoding"], sorted(toks & hand_enc)))
    for r in data["negatives"]:
        for n in (r["container"], r["class"]):
            if bad(n):
                errs.append("deny-list: negative %s uses deny-listed %s" % (r["id"], n))
    for s in P.SYNTAX_NAMES:
        if s in syn:
            errs.append("deny-list: syntax %s is an earlier syntax" % s)
        toks = set(C.tokens(s))
        if toks & hand_tool:
            errs.append("deny-list: syntax %s has earlier tool token %s" % (s, sorted(toks & hand_tool)))
    for r in data["secrets"]:
        if r["source"] == "password":
            s = r["type"][len(P.PREFIX):]
            if s in syn or s in names:
                errs.append("deny-list: record %s syntax %s" % (r["id"], s))
    for e in enc261.NAMES:
        toks = set(C.tokens(e))
        if toks & hand_enc:
            errs.append("deny-list: encoding %s has hand-listed idea token %s" % (e, sorted(toks & hand_enc)))
    used_codes = set()
    for r in data["secrets"]:
        if r["source"] == "prose":
            used_codes.add(r["container"].split("__")[1])
    langs = [(c, n) for c, n, *_ in PR.LANGS] + list(PR.SPARES)
    for c, n in langs:
        if c in codes or c in names or c in hand_lang:
            errs.append("deny-list: language code %s" % c)
        for w in [n.lower()] + re.split(r"[\s\-]+", n.lower()):
            if w in lnames or w in hand_lang:
                errs.append("deny-list: language name %s (%s)" % (n, w))
    for c in used_codes:
        if c in codes or c in names or c in hand_lang:
            errs.append("deny-list: prose record language %s" % c)
    return errs


def _parse(kind, text):
    if kind == "json":
        json.loads(text)
    elif kind == "jsonl":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    elif kind == "toml":
        tomllib.loads(text)
    elif kind in ("xml",):
        ET.fromstring(text.encode())
    elif kind == "xhtml":
        ET.fromstring("<root>" + text + "</root>")
    elif kind == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        if len(rows) != 2 or len(rows[0]) != 5 or len(rows[1]) != 5:
            raise ValueError("csv shape")


def check_records(data, signer_pub):
    errs = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    # ids and fields
    for lst, pre, fields in ((sec, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(lst, 1):
            want = "%s-%s-%04d" % (C.PREFIX, pre, i)
            if r.get("id") != want:
                errs.append("id: %s expected %s" % (r.get("id"), want))
            if list(r.keys()) != fields:
                errs.append("fields: %s has %s" % (r.get("id"), list(r.keys())))
    # spans
    for r in sec + eva:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            errs.append("span: %s has %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = POS_SPAN if r in sec else EVA_SPAN
        if list(s.keys()) != want:
            errs.append("span fields: %s %s" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        if r["text"][s["start"]:s["end"]] != v:
            errs.append("offset: %s text[start:end] != value" % r["id"])
        if r["text"].count(v) != 1:
            errs.append("once: %s value occurs %d times" % (r["id"], r["text"].count(v)))
        if v != v.strip() or not v:
            errs.append("whitespace: %s value has outer whitespace" % r["id"])
        if s.get("type") != r["type"]:
            errs.append("span type: %s" % r["id"])
        if C.MARK in r["text"]:
            errs.append("marker left in %s" % r["id"])
        if r in eva and (s.get("encoding") != r.get("encoding")):
            errs.append("evasion encoding mismatch %s" % r["id"])
    for r in neg:
        if C.MARK in r["text"]:
            errs.append("marker left in %s" % r["id"])
    # sources and counts
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    if set(by) - {"everyday", "vendor", "password", "prose"}:
        errs.append("sources: unexpected %s" % sorted(set(by)))
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("count: everyday %d" % len(ev))
    kinds = {}
    types = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        types[r["type"]] = types.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("count: everyday kinds %d / not 4 distinct types each" % len(kinds))
    if len(types) != 12 or any(c != 15 for c in types.values()):
        errs.append("count: everyday types %s" % types)
    vd = by.get("vendor", [])
    if not (110 <= len(vd) <= 130) or len({r["type"] for r in vd}) != len(vd):
        errs.append("count: vendor %d" % len(vd))
    for r in vd:
        if not r["container"].startswith(r["type"] + "__") or r["container"].split("__")[1] not in V.STYLE_BY:
            errs.append("vendor container %s" % r["container"])
    pw = by.get("password", [])
    if not (100 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("count: positional %d" % len(pw))
    pr = by.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        errs.append("count: prose %d" % len(pr))
    if not (440 <= len(sec) <= 470):
        errs.append("count: positives %d" % len(sec))
    if len(eva) != 66:
        errs.append("count: evasions %d" % len(eva))
    encs = {}
    for r in eva:
        encs.setdefault(r["encoding"], []).append((r["type"], r["container"].split("__")[1]))
    if len(encs) != 22 or any(len(v) != 3 or len({t for t, _ in v}) != 3 or len({w for _, w in v}) != 3 for v in encs.values()):
        errs.append("count: evasions not 22 x 3 types x 3 wordings")
    if len(neg) < 200:
        errs.append("count: negatives %d" % len(neg))
    classes = {}
    for r in neg:
        classes[r["class"]] = classes.get(r["class"], 0) + 1
    if len(classes) < 20 or min(classes.values()) < 10:
        errs.append("count: negative classes %s" % classes)
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("negatives: repeated text")
    for r in neg:
        if r["source"] != "negative":
            errs.append("negative source %s" % r["id"])
    for r in eva:
        if r["source"] != "evasion":
            errs.append("evasion source %s" % r["id"])
    groups = [{r["type"] for r in by.get(k, [])} for k in ("everyday", "vendor", "password", "prose")] + [{r["type"] for r in eva}]
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if groups[i] & groups[j]:
                errs.append("span types shared between sources")
    # shapes
    strict = C.password_regex(C.STRICT_JOINERS)
    for r in ev:
        v = r["secrets"][0]["value"]
        if r["type"] not in E.TYPE_GEN or not E.check_value(r["type"], v, signer_pub):
            errs.append("shape: everyday %s %s" % (r["id"], r["type"]))
    for r in vd:
        v = r["secrets"][0]["value"]
        if r["type"] not in V.SPEC_BY or not V.check_value(r["type"], v):
            errs.append("shape: vendor %s %s" % (r["id"], r["type"]))
    for r in pw + pr:
        v = r["secrets"][0]["value"]
        if not strict.match(v):
            errs.append("shape: strict password %s" % r["id"])
    for r in pw:
        if P.FORBIDDEN_HINT.search(r["text"]):
            errs.append("hint word in positional text %s" % r["id"])
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if not (s["start"] > 0 and t[s["start"] - 1].isspace() and s["end"] < len(t) and t[s["end"]].isspace()):
            errs.append("prose value not set off by whitespace %s" % r["id"])
    # container syntax
    for r in ev:
        if r["container"] not in E.KIND_BY:
            errs.append("everyday container %s unknown" % r["id"])
            continue
        parser = E.KIND_BY[r["container"]][5]
        if parser:
            try:
                _parse(parser, r["text"])
            except Exception as ex:
                errs.append("syntax: %s (%s) does not parse: %s" % (r["id"], r["container"], ex))
    for r in vd:
        style = r["container"].split("__")[-1]
        if style not in V.STYLE_BY:
            continue
        parser = V.STYLE_BY[style][5]
        if parser:
            try:
                _parse(parser, r["text"])
            except Exception as ex:
                errs.append("syntax: %s (%s) does not parse: %s" % (r["id"], r["container"], ex))
    # evasions
    for r in eva:
        s = r["secrets"][0]
        run, plain = s["value"], s["plain"]
        try:
            d = dec261.decode(r["encoding"], run)
        except Exception:
            d = None
        if d != plain:
            errs.append("evasion %s does not decode to its plain" % r["id"])
        if plain in run:
            errs.append("evasion %s run contains its plain" % r["id"])
        if r["type"] not in EV.TYPE_RE or not EV.TYPE_RE[r["type"]].match(plain):
            errs.append("evasion plain shape %s" % r["id"])
        t = r["text"]
        if r["encoding"] not in enc261.RULES:
            errs.append("evasion %s unknown encoding" % r["id"])
            continue
        rule = enc261.RULES[r["encoding"]]
        idx = t.find(rule + ":\n" + run + "\n")
        rest = t[s["end"] + 1:] if s["end"] < len(t) else ""
        if idx < 0 or t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or \
                rest.count("\n") != 1 or not rest.endswith("\n") or not rest.strip():
            errs.append("evasion layout %s" % r["id"])
    # reuse and leaks
    values = [r["secrets"][0]["value"] for r in sec + eva]
    if len(set(values)) != len(values):
        errs.append("reuse: a value is used twice")
    plains = [r["secrets"][0]["plain"] for r in eva]
    if len(set(plains)) != len(plains):
        errs.append("reuse: an evasion plain is used twice")
    alltexts = [(r["id"], r["text"]) for r in sec + eva + neg]
    for r in sec + eva:
        v = r["secrets"][0]["value"]
        for rid, t in alltexts:
            if rid != r["id"] and v in t:
                errs.append("reuse: value of %s appears in %s" % (r["id"], rid))
    for p in plains:
        for rid, t in alltexts:
            if p in t:
                errs.append("leak: evasion plain appears in %s" % rid)
    finder = C.password_form_finder(W.WORDS)
    for r in neg:
        if finder.search(r["text"]):
            errs.append("negative %s contains a password form" % r["id"])
        if C.JWT_RE.search(r["text"]):
            errs.append("negative %s contains a JWT-shaped string" % r["id"])
    for rid, t in alltexts:
        for u in C.UUID_RE.findall(t):
            if not C.uuid_is_v4(u):
                errs.append("uuid: non-v4 UUID in %s" % rid)
        for j in C.JWT_RE.findall(t):
            if not C.jwt_frame_ok(j):
                errs.append("jwt: invalid JWT-shaped string in %s" % rid)
    errs += check_negative_identifiers(neg, signer_pub)
    return errs


def check_negative_identifiers(neg, signer_pub):
    errs = []
    for r in neg:
        t = r["text"]
        c = r["class"]
        if c == "van_vin_and_vat_registrations":
            for vin in re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", t):
                if not C.vin_ok(vin):
                    errs.append("negative %s VIN check broken" % r["id"])
            for a, b, d in re.findall(r"GB (\d{3}) (\d{4}) (\d{2})", t):
                if not C.ukvat_ok(a + b + d):
                    errs.append("negative %s VAT check broken" % r["id"])
            for n in re.findall(r"EORI: GB(\d{9})000", t):
                if not C.ukvat_ok(n):
                    errs.append("negative %s EORI check broken" % r["id"])
        if c == "tracker_imei_and_iccid_labels":
            nums = re.findall(r"\b(35\d{13}|8944\d{15})\b", t)
            if not nums or any(not C.luhn_ok(n) for n in nums):
                errs.append("negative %s Luhn check broken" % r["id"])
        if c == "secp256k1_jwks_and_onion_addresses":
            for o in re.findall(r"\b[a-z2-7]{56}\.onion\b", t):
                if not C.onion_v3_ok(o):
                    errs.append("negative %s onion checksum broken" % r["id"])
            if "jwks.json" in t:
                start = t.rindex("{", 0, t.index('"keys"'))
                doc, _ = json.JSONDecoder().raw_decode(t[start:])
                pts = [(int.from_bytes(C.b64u_dec(k["x"]), "big"), int.from_bytes(C.b64u_dec(k["y"]), "big")) for k in doc["keys"]]
                if pts[0] != tuple(signer_pub) or any(not C.on_curve(p) for p in pts):
                    errs.append("negative %s JWKS key broken" % r["id"])
        if c == "sops_and_sealed_secret_ciphertexts":
            for a in re.findall(r"age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}", t):
                if not N.age_ok(a):
                    errs.append("negative %s age recipient checksum broken" % r["id"])
        if c == "own_token_shapes_failing_checks":
            for v in re.findall(r"BRP-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[0-9]", t):
                if E.check_pairing(v):
                    errs.append("negative %s fixture passes its check" % r["id"])
            for v in re.findall(r"nlt_[A-Za-z0-9]{28}_[0-9a-f]{8}", t):
                if E.check_oaat(v):
                    errs.append("negative %s fixture passes its check" % r["id"])
            for v in re.findall(r"sqk\.[a-z0-9]{24}\.[0-9a-f]{8}", t):
                if E.check_xxh(v):
                    errs.append("negative %s fixture passes its check" % r["id"])
        if c == "rope_batch_trace_labels":
            for v in re.findall(r"RBT-([A-Z0-9]{4})-([A-Z0-9]{4})-([A-Z0-9]{4})-([0-9])", t):
                if C.icao731("".join(v[:3])) != v[3]:
                    errs.append("negative %s label check broken" % r["id"])
            for b, tail in re.findall(r"tw_([A-Za-z0-9]{20})_([0-9a-f]{8})", t):
                if "%08x" % C.oaat32(b.encode()) != tail:
                    errs.append("negative %s label check broken" % r["id"])
            for b, tail in re.findall(r"rol\.([a-z0-9]{16})\.([0-9a-f]{8})", t):
                if "%08x" % C.xxh32(b.encode()) != tail:
                    errs.append("negative %s label check broken" % r["id"])
    return errs


def run_all(data, deny, signer_pub):
    return C.selftest() + check_denylist(data, deny) + check_records(data, signer_pub)


# ------------------------------------------------------------------ mutations
def _first(data, pred, key="secrets"):
    for r in data[key]:
        if pred(r):
            return r
    raise LookupError


def _set_value(r, newv):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + newv + r["text"][s["end"]:]
    s["value"] = newv
    s["end"] = s["start"] + len(newv)


def mutations():
    def m01(d):
        _first(d, lambda r: True)["secrets"][0]["start"] += 1

    def m02(d):
        r = _first(d, lambda r: r["source"] == "vendor")
        s = r["secrets"][0]
        r["text"] = r["text"].replace(s["value"], "")

    def m03(d):
        v = d["secrets"][0]["secrets"][0]["value"]
        d["secrets"][5]["text"] += "\n" + v

    def m04(d):
        d["negatives"][3]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]

    def m05(d):
        d["evasions"][0]["secrets"][0]["plain"] += "x"

    def m06(d):
        d["secrets"][0]["container"] = "ops_fly_secrets_set_capture"

    def m07(d):
        for r in d["negatives"][:12]:
            r["class"] = "masked_secret_previews"

    def m08(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "knapsack_best_values"
            r["secrets"][0]["encoding"] = "knapsack_best_values"

    def m09(d):
        del d["negatives"][150:]

    def m10(d):
        r = _first(d, lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__pol"

    def m11(d):
        r = _first(d, lambda r: r["type"] == "braider_line_icao731_pairing_code")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + str((int(v[-1]) + 3) % 10))

    def m12(d):
        r = _first(d, lambda r: r["type"] == "net_loft_sync_oaat_token")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m13(d):
        r = _first(d, lambda r: r["type"] == "sail_quote_xxh32_api_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("a" if v[-1] != "a" else "b"))

    def m14(d):
        r = _first(d, lambda r: r["type"] == "loft_scheduler_es256k_jwt")
        v = r["secrets"][0]["value"]
        h, p, s = v.split(".")
        sig = bytearray(C.b64u_dec(s))
        sig[10] ^= 1
        _set_value(r, h + "." + p + "." + C.b64u(bytes(sig)))

    def m15(d):
        d["negatives"][7]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000\n"

    def m16(d):
        r = d["secrets"][10]
        r["secrets"].append(dict(r["secrets"][0]))

    def m17(d):
        r = _first(d, lambda r: r["source"] == "password")
        r["type"] = P.PREFIX + "curl_lower_u_colon_pair"
        r["secrets"][0]["type"] = r["type"]

    def m18(d):
        d["secrets"][3]["id"] = "p261-s-9999"

    def m19(d):
        r = _first(d, lambda r: r["type"] == "sendgrid_api_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v.replace("SG.", "SG_", 1))

    def m20(d):
        d["secrets"][20]["text"] += "\n" + d["evasions"][4]["secrets"][0]["plain"]

    def m21(d):
        r = _first(d, lambda r: r["source"] == "password")
        r["text"] = "# the password\n" + r["text"]
        r["secrets"][0]["start"] += 15
        r["secrets"][0]["end"] += 15

    def m22(d):
        r = _first(d, lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]

    def m23(d):
        d["negatives"][9]["text"] += "\nold code was Halyard-2023\n"

    def m24(d):
        r = _first(d, lambda r: r["container"] == "tide_notebook_ipynb_cell")
        r["text"] = r["text"].replace("{", "(", 1)
        s = r["secrets"][0]
        s["start"] = r["text"].index(s["value"])
        s["end"] = s["start"] + len(s["value"])

    def m25(d):
        d["secrets"][30]["text"] += "\neyJhbGciOiJub3BlIn0.eyJzdWIiOiJ4In0.c2ln\n"

    def m26(d):
        r = _first(d, lambda r: r["class"] == "van_vin_and_vat_registrations" and "VIN" in r["text"], "negatives")
        vin = re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", r["text"])[0]
        bad = vin[:8] + ("0" if vin[8] != "0" else "1") + vin[9:]
        r["text"] = r["text"].replace(vin, bad)

    def m27(d):
        r = d["evasions"][2]
        r["text"] = r["text"].rstrip("\n") + "\nand another line\n"

    def m28(d):
        r = _first(d, lambda r: r["type"] == "chandlery_django_secret_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1])

    return [("m01_shifted_span_start", m01), ("m02_value_removed_from_text", m02),
            ("m03_value_reused_in_other_text", m03), ("m04_positive_value_in_negative", m04),
            ("m05_evasion_plain_corrupted", m05), ("m06_deny_listed_container", m06),
            ("m07_deny_listed_negative_class", m07), ("m08_deny_listed_encoding", m08),
            ("m09_negatives_below_200", m09), ("m10_deny_listed_prose_language", m10),
            ("m11_icao731_digit_broken", m11), ("m12_oaat_tail_broken", m12),
            ("m13_xxh32_tail_broken", m13), ("m14_es256k_signature_broken", m14),
            ("m15_non_v4_uuid_in_negative", m15), ("m16_two_spans", m16),
            ("m17_earlier_syntax_name", m17), ("m18_id_out_of_sequence", m18),
            ("m19_vendor_shape_broken", m19), ("m20_plain_leaked_into_text", m20),
            ("m21_hint_word_in_positional_text", m21), ("m22_prose_value_not_set_off", m22),
            ("m23_password_form_in_negative", m23), ("m24_json_container_broken", m24),
            ("m25_invalid_jwt_in_text", m25), ("m26_vin_check_broken_in_negative", m26),
            ("m27_evasion_layout_broken", m27), ("m28_django_key_length_broken", m28)]


def run_mutations(data, deny, signer_pub, clean_errs):
    base = set(clean_errs)
    out = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        try:
            fn(d)
        except LookupError:
            out.append((name, False))
            continue
        errs = set(run_all(d, deny, signer_pub))
        caught = bool(errs - base)
        out.append((name, caught))
    return out
