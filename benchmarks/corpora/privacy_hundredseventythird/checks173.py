"""Checks run by build.py before anything is written, plus the mutation tests."""
import base64
import copy
import json
import re

from common173 import (PREFIX, MARK, PW_RE, SAFE_PW_RE, UUID_ANY, uuid_is_v4, jwt_parts_ok, crc_token_ok,
                       name_denied, gs1_digit, b64url_decode)
import dec173
import enc173
import everyday173
import evasions173
import negatives173
import positional173
import prose173
import vendor173

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EVA_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
EVA_SPAN_FIELDS = {"value", "start", "end", "type", "plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
SOURCES = {"everyday", "vendor", "password", "prose"}
PW_TYPES_EVERYDAY = {t[0] for t in everyday173.TYPES if t[2] == "pw"}
PW_TYPES_VENDOR = {v["name"] for v in vendor173.V if v["shape"] == "pw"}
B64_RE = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")
JWT_RE = re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")


def _pw_inside_b64(value):
    try:
        raw = base64.b64decode(value, validate=True).decode("utf-8")
    except Exception:
        return False
    for piece in re.split(r"[\0:]", raw):
        if PW_RE.match(piece):
            return True
    return False


def check_all(data, deny):
    E = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]

    # ---------------- positives: structure
    for i, r in enumerate(pos):
        rid = r.get("id")
        if rid != "%s-s-%04d" % (PREFIX, i + 1):
            E.append("positive id out of sequence: %r" % rid)
        if set(r) != POS_FIELDS:
            E.append("%s: field set %s" % (rid, sorted(r)))
            continue
        if r["source"] not in SOURCES:
            E.append("%s: bad source" % rid)
        if len(r["secrets"]) != 1:
            E.append("%s: not exactly one span" % rid)
            continue
        s = r["secrets"][0]
        if set(s) != SPAN_FIELDS:
            E.append("%s: span fields %s" % (rid, sorted(s)))
            continue
        t, v = r["text"], s["value"]
        if not (isinstance(s["start"], int) and isinstance(s["end"], int)) or t[s["start"]:s["end"]] != v:
            E.append("%s: span does not re-slice" % rid)
        if not v or v != v.strip():
            E.append("%s: empty value or edge whitespace" % rid)
        if r["type"] != s["type"]:
            E.append("%s: record type != span type" % rid)
        if v and t.count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (rid, t.count(v)))
        if MARK in t or "\0" in t or "PRIVATE KEY" in t or "\u27ea" in t:
            E.append("%s: slot marker, NUL or PRIVATE KEY in text" % rid)
    # ---------------- evasions: structure and decoding
    for i, r in enumerate(eva):
        rid = r.get("id")
        if rid != "%s-e-%04d" % (PREFIX, i + 1):
            E.append("evasion id out of sequence: %r" % rid)
        if set(r) != EVA_FIELDS or r.get("source") != "evasion":
            E.append("%s: evasion fields/source" % rid)
            continue
        if len(r["secrets"]) != 1 or set(r["secrets"][0]) != EVA_SPAN_FIELDS:
            E.append("%s: evasion span fields" % rid)
            continue
        s = r["secrets"][0]
        t, run, plain, enc = r["text"], s["value"], s["plain"], s["encoding"]
        if t[s["start"]:s["end"]] != run or not run or run != run.strip():
            E.append("%s: evasion span does not re-slice" % rid)
        if r["type"] != s["type"] or r["encoding"] != enc:
            E.append("%s: record/span type or encoding mismatch" % rid)
        if enc not in enc173.RULES:
            E.append("%s: unknown encoding %s" % (rid, enc))
            continue
        try:
            if dec173.decode(enc, run) != plain:
                E.append("%s: run does not decode to plain" % rid)
        except Exception as ex:
            E.append("%s: decoder failed (%s)" % (rid, ex))
        rule_at = t.find(enc173.RULES[enc])
        if rule_at < 0 or rule_at > s["start"]:
            E.append("%s: rule not stated before the run" % rid)
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n":
            E.append("%s: run not on its own line after ':'" % rid)
        if not evasions173.PLAIN_RE.match(plain) or plain in run:
            E.append("%s: plain alphabet or plain inside run" % rid)
        if t.count(run) != 1:
            E.append("%s: run occurs more than once" % rid)
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != enc or parts[1] not in evasions173.WORDINGS:
            E.append("%s: evasion container" % rid)
    # ---------------- negatives: structure
    texts = set()
    for i, r in enumerate(neg):
        rid = r.get("id")
        if rid != "%s-n-%04d" % (PREFIX, i + 1):
            E.append("negative id out of sequence: %r" % rid)
        if set(r) != NEG_FIELDS or r.get("source") != "negative":
            E.append("%s: negative fields/source" % rid)
            continue
        if r["text"] in texts:
            E.append("%s: duplicate negative text" % rid)
        texts.add(r["text"])
        if "PRIVATE KEY" in r["text"] or MARK in r["text"]:
            E.append("%s: forbidden marker in negative" % rid)

    # ---------------- values: reuse and leaks
    ids = [r.get("id") for r in pos + eva + neg]
    if len(ids) != len(set(ids)):
        E.append("duplicate ids")
    good_pos = [r for r in pos if set(r) == POS_FIELDS and len(r["secrets"]) == 1 and "value" in r["secrets"][0]]
    good_eva = [r for r in eva if set(r) == EVA_FIELDS and len(r["secrets"]) == 1 and "plain" in r["secrets"][0]]
    values = [r["secrets"][0]["value"] for r in good_pos] + [r["secrets"][0]["value"] for r in good_eva]
    if len(values) != len(set(values)):
        E.append("a value or run is reused")
    plains = [r["secrets"][0]["plain"] for r in good_eva]
    if len(plains) != len(set(plains)):
        E.append("an evasion plain is reused")
    hidden = list(data.get("b64_plains", {}).values())
    all_texts = [(r["id"], r["text"]) for r in good_pos + good_eva]
    for r in good_pos + good_eva:
        v = r["secrets"][0]["value"]
        for oid, ot in all_texts:
            if oid != r["id"] and v in ot:
                E.append("%s: value appears in %s" % (r["id"], oid))
    for p in plains + hidden:
        for oid, ot in all_texts:
            if p in ot:
                E.append("plain %r appears in text of %s" % (p[:12], oid))
    forbidden = values + plains + hidden
    for r in neg:
        for f in forbidden:
            if f in r.get("text", ""):
                E.append("%s: negative contains a positive value / plain / run" % r.get("id"))
                break

    # ---------------- shapes
    for r in good_pos:
        v, typ, src = r["secrets"][0]["value"], r["type"], r["source"]
        if typ in PW_TYPES_EVERYDAY or typ in PW_TYPES_VENDOR:
            if not PW_RE.match(v):
                E.append("%s: owner-chosen password shape" % r["id"])
        if src == "password":
            if v in data.get("b64_plains", {}):
                if not (B64_RE.match(v) and _pw_inside_b64(v)):
                    E.append("%s: Base64 positional value does not hold a password" % r["id"])
            elif not PW_RE.match(v):
                E.append("%s: positional password shape" % r["id"])
        if src == "prose":
            t, s = r["text"], r["secrets"][0]
            if not SAFE_PW_RE.match(v):
                E.append("%s: prose password shape" % r["id"])
            before = t[s["start"] - 1] if s["start"] > 0 else " "
            after = t[s["end"]] if s["end"] < len(t) else " "
            if not (before.isspace() and after.isspace()):
                E.append("%s: prose value not set off by whitespace" % r["id"])
        for u in UUID_ANY.findall(v):
            if not uuid_is_v4(u):
                E.append("%s: UUID not version 4" % r["id"])
        if v.startswith("eyJ") and v.count(".") == 2 and not (JWT_RE.match(v) and jwt_parts_ok(v)):
            E.append("%s: JWT without base64url JSON header/payload" % r["id"])
        if typ.endswith("_jwt") or typ in ("calendly_personal_access_token", "met_office_datahub_api_key"):
            if not jwt_parts_ok(v):
                E.append("%s: JWT type without valid JWT" % r["id"])
        if v.startswith("ghp_") and not crc_token_ok(v, "ghp_"):
            E.append("%s: ghp_ checksum" % r["id"])
        if typ == "tack_pos_oauth_client_secret" and len(base64.b64decode(v)) != 30:
            E.append("%s: tack POS secret length" % r["id"])
        if typ == "entries_webhook_signing_secret" and len(b64url_decode(v[len("ewhsec_"):])) != 32:
            E.append("%s: ewhsec_ length" % r["id"])
    for r in neg:
        for u in UUID_ANY.findall(r.get("text", "")):
            if not uuid_is_v4(u):
                E.append("%s: UUID in negative not version 4" % r["id"])
        if r.get("class") == "feed_and_bedding_ean_barcodes":
            for code in re.findall(r"\b50\d{11}\b", r["text"]):
                if gs1_digit(code[:12]) != code[12]:
                    E.append("%s: EAN-13 check digit" % r["id"])

    # ---------------- counts
    by = {}
    for r in good_pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        E.append("everyday count %d" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E.append("everyday: need 45 kinds x 4 records of four distinct types")
    if len({r["type"] for r in ev}) != 12:
        E.append("everyday: need 12 types")
    ve = by.get("vendor", [])
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120:
        E.append("vendor: need 120 distinct types")
    for r in ve:
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != r["type"]:
            E.append("%s: vendor container must be <type>__<style>" % r["id"])
    pw = by.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        E.append("password: need 95-120 distinct syntaxes")
    for r in pw:
        if not r["type"].startswith(positional173.PW_PREFIX) or r["container"].split("__")[0] != r["type"]:
            E.append("%s: positional type/container" % r["id"])
    pr = by.get("prose", [])
    langs = [r["container"].split("__")[-1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E.append("prose: need 40 records in 40 languages")
    if len(eva) != 66:
        E.append("evasions: need 66")
    per_enc = {}
    for r in good_eva:
        per_enc[r["encoding"]] = per_enc.get(r["encoding"], 0) + 1
    if len(per_enc) != 22 or set(per_enc.values()) != {3}:
        E.append("evasions: need 22 encodings x 3")
    classes = {r.get("class") for r in neg}
    if len(neg) < 180 or len(classes) < 16:
        E.append("negatives: need >= 180 records in >= 16 classes")
    type_sets = [set(r["type"] for r in by.get(s, [])) for s in ("everyday", "vendor", "password", "prose")]
    type_sets.append({r["type"] for r in good_eva})
    for a in range(len(type_sets)):
        for b in range(a + 1, len(type_sets)):
            if type_sets[a] & type_sets[b]:
                E.append("span types shared between sources")
    non_ev = [r["container"] for r in good_pos if r["source"] != "everyday"] + [r["container"] for r in good_eva]
    if len(non_ev) != len(set(non_ev)):
        E.append("non-everyday containers not unique")

    # ---------------- deny-list
    labels = set()
    for r in good_pos + good_eva:
        labels.add(r["container"])
        labels.add(r["type"])
    for r in neg:
        labels.add(r.get("container", ""))
        labels.add(r.get("class", ""))
    for r in good_eva:
        labels.add(r["encoding"])
    for l in sorted(labels):
        if name_denied(l, deny):
            E.append("deny-listed name: %s" % l)
    for r in pw:
        syn = r["type"][len(positional173.PW_PREFIX):]
        if syn in deny["_syntax_set"] or syn in deny["_names_set"]:
            E.append("earlier positional syntax: %s" % syn)
    names = {c: n for c, n, _, _ in prose173.LANGS}
    for code in langs:
        if code in deny["_codes_set"] or code in deny["_names_set"]:
            E.append("deny-listed language code: %s" % code)
        nm = names.get(code, "").lower()
        if not nm or nm in deny["_lang_names_set"] or any(w in deny["_lang_names_set"] for w in nm.split()):
            E.append("deny-listed or unknown language: %s" % code)
    return E


# ---------------------------------------------------------------- mutation tests
def _first(recs, source):
    return next(r for r in recs if r["source"] == source)


def mutations(data):
    def m01(d):
        d["secrets"][3]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][5]["id"] = d["secrets"][4]["id"]

    def m03(d):
        d["negatives"][7]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][10]["secrets"][0]["plain"] += "x"

    def m05(d):
        d["secrets"][0]["container"] = "keying_chart_excel_vba_module"

    def m06(d):
        d["negatives"][0]["class"] = "sops_and_sealed_secret_ciphertext"

    def m07(d):
        d["secrets"][9]["type"] = "racecard_feed_api_key_x"

    def m08(d):
        del d["evasions"][-1]

    def m09(d):
        r = _first(d["secrets"], "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["end"]] + "x" + r["text"][s["end"] + 1:]

    def m10(d):
        a = _first(d["secrets"], "vendor")
        b = d["secrets"][0]
        v = b["secrets"][0]["value"]
        a["text"] = a["text"][:a["secrets"][0]["start"]] + v + a["text"][a["secrets"][0]["end"]:]
        a["secrets"][0]["end"] = a["secrets"][0]["start"] + len(v)
        a["secrets"][0]["value"] = v

    def m11(d):
        r = d["evasions"][0]
        r["encoding"] = r["secrets"][0]["encoding"] = "morse_code_caret_capitals"

    def m12(d):
        r = d["secrets"][20]
        r["text"] += "\n" + r["secrets"][0]["value"]

    def m13(d):
        r = next(x for x in d["secrets"] if x["type"] == "horsebox_tracker_device_jwt")
        s = r["secrets"][0]
        h, p, g = s["value"].split(".")
        nv = h + ".eyJub3QganNvbg." + g
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"], s["end"] = nv, s["start"] + len(nv)

    def m14(d):
        r = _first(d["secrets"], "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    def m15(d):
        r = _first(d["secrets"], "password")
        r["type"] = r["secrets"][0]["type"] = positional173.PW_PREFIX + "zip_capital_p_flag"
        r["container"] = r["type"] + "__" + positional173.SUFFIX["cli"]

    def m16(d):
        r = next(x for x in d["secrets"] if x["secrets"][0]["value"].startswith("ghp_"))
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("A" if v[-1] != "A" else "B")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_container", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12), ("m13_jwt_payload_not_json", m13),
            ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15), ("m16_bad_github_checksum", m16)]


def run_mutations(data, deny):
    results = []
    for name, fn in mutations(data):
        d = copy.deepcopy(data)
        fn(d)
        caught = bool(check_all(d, deny))
        results.append((name, caught))
    return results
