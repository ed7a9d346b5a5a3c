"""Checks run by build.py before anything is written, plus mutation tests."""
import base64
import copy
import json
import re
import zlib

import dec180
from common180 import B62, PASSWORD_RE, STRICT_PASSWORD_RE, denied
from negatives180 import gs1_check

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EV_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
EV_SPAN_FIELDS = {"value", "start", "end", "type", "plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


def _b64url_json(seg):
    pad = "=" * (-len(seg) % 4)
    return json.loads(base64.urlsafe_b64decode(seg + pad).decode("utf-8"))


def _b62(n, w):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(w, "0")


def check_all(data, deny, meta):
    """data: dict(secrets, evasions, negatives, hidden); meta: dict of expectations. Returns list of errors."""
    E = []
    sec, ev, neg, hidden = data["secrets"], data["evasions"], data["negatives"], data["hidden"]
    deny = dict(deny)
    deny["_nameset"] = set(deny["names"])

    # ------------------------------------------------ positives: structure
    values = []
    for i, r in enumerate(sec):
        rid = "p180-s-%04d" % (i + 1)
        if r.get("id") != rid:
            E.append("positive id out of sequence: %r (expected %s)" % (r.get("id"), rid))
        if set(r) != POS_FIELDS:
            E.append("%s: fields %s" % (r.get("id"), sorted(r)))
            continue
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            E.append("%s: bad source" % r["id"])
        if len(r["secrets"]) != 1:
            E.append("%s: expected exactly one span" % r["id"])
            continue
        s = r["secrets"][0]
        if set(s) != SPAN_FIELDS:
            E.append("%s: span fields %s" % (r["id"], sorted(s)))
            continue
        v, t = s["value"], r["text"]
        if not v or v != v.strip():
            E.append("%s: empty value or edge whitespace" % r["id"])
        if t[s["start"]:s["end"]] != v:
            E.append("%s: span does not re-slice" % r["id"])
        if s["type"] != r["type"]:
            E.append("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        if "\x00" in t or "PRIVATE KEY" in t or "{V}" in t:
            E.append("%s: forbidden marker in text" % r["id"])
        values.append(v)
    if len(values) != len(set(values)):
        E.append("a value is reused")
    # ------------------------------------------------ evasions: structure
    plains, runs = [], []
    for i, r in enumerate(ev):
        rid = "p180-e-%04d" % (i + 1)
        if r.get("id") != rid:
            E.append("evasion id out of sequence: %r" % r.get("id"))
        if set(r) != EV_FIELDS or r.get("source") != "evasion" or len(r.get("secrets", [])) != 1:
            E.append("%s: evasion record shape" % r.get("id"))
            continue
        s = r["secrets"][0]
        if set(s) != EV_SPAN_FIELDS:
            E.append("%s: evasion span fields" % r["id"])
            continue
        t, v, p = r["text"], s["value"], s["plain"]
        if t[s["start"]:s["end"]] != v or not v or v != v.strip():
            E.append("%s: evasion span does not re-slice / edge whitespace" % r["id"])
        if s["type"] != r["type"] or s["encoding"] != r["encoding"]:
            E.append("%s: evasion type / encoding mismatch" % r["id"])
        if not r["container"].startswith(r["encoding"] + "__"):
            E.append("%s: evasion container not <encoding>__<wording>" % r["id"])
        try:
            d = dec180.decode(r["encoding"], v)
        except Exception as ex:  # noqa
            d = "<error %s>" % ex
        if d != p:
            E.append("%s: run does not decode to its plain" % r["id"])
        if not PLAIN_RE.match(p):
            E.append("%s: plain alphabet" % r["id"])
        if p in v:
            E.append("%s: run contains its plain" % r["id"])
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            E.append("%s: run not on its own line between rule and remark" % r["id"])
        if t.count(v) != 1:
            E.append("%s: run occurs more than once" % r["id"])
        plains.append(p)
        runs.append(v)
    allvals = values + runs
    if len(set(allvals)) != len(allvals) or len(set(plains)) != len(plains):
        E.append("a value, run or plain is reused")
    # cross-record containment
    texts = [(r["id"], r["text"]) for r in sec] + [(r["id"], r["text"]) for r in ev]
    owner = {}
    for r in sec:
        owner[r["secrets"][0]["value"]] = r["id"]
    for r in ev:
        owner[r["secrets"][0]["value"]] = r["id"]
    big = "\u0001".join(t for _, t in texts)
    for v, rid in owner.items():
        if big.count(v) != 1:
            E.append("%s: value appears in another record's text" % rid)
    secret_strings = list(owner) + plains + [h for h in hidden.values() if h]
    for p in plains + [h for h in hidden.values() if h]:
        if p in big:
            E.append("a plain / hidden password appears verbatim in some text: %s" % p[:6])
    # ------------------------------------------------ negatives
    negtexts = set()
    classes = set()
    for i, r in enumerate(neg):
        rid = "p180-n-%04d" % (i + 1)
        if r.get("id") != rid:
            E.append("negative id out of sequence: %r" % r.get("id"))
        if set(r) != NEG_FIELDS or r.get("source") != "negative":
            E.append("%s: negative shape" % r.get("id"))
            continue
        if r["text"] in negtexts:
            E.append("%s: duplicate negative text" % r["id"])
        negtexts.add(r["text"])
        classes.add(r["class"])
        for sstr in secret_strings:
            if sstr in r["text"]:
                E.append("%s: contains a positive value / plain / run" % r["id"])
                break
        if r["class"] == "ean13_and_sscc_parts_codes":
            for code in re.findall(r"\b\d{13}\b", r["text"]) + re.findall(r"\(00\) (\d{18})", r["text"]):
                if gs1_check(code[:-1]) != code[-1]:
                    E.append("%s: GS1 check digit wrong" % r["id"])
    if len(classes) < 16:
        E.append("fewer than 16 negative classes")
    if len(neg) < 180:
        E.append("fewer than 180 negatives")
    # ------------------------------------------------ shapes
    for r in sec:
        v, ty = r["secrets"][0]["value"], r["type"]
        if r["source"] == "everyday" and ty in meta["everyday_password_types"] and not PASSWORD_RE.match(v):
            E.append("%s: owner-chosen password shape" % r["id"])
        if r["source"] == "vendor" and ty in meta["vendor_password_types"] and not PASSWORD_RE.match(v):
            E.append("%s: vendor owner password shape" % r["id"])
        if r["source"] == "prose":
            t, s = r["text"], r["secrets"][0]
            if not STRICT_PASSWORD_RE.match(v):
                E.append("%s: prose password shape" % r["id"])
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                E.append("%s: prose value not set off by whitespace" % r["id"])
        if r["source"] == "password":
            h = hidden.get(r["id"])
            if h:
                raw = base64.b64decode(v, validate=True).decode("utf-8")
                if not (raw == h or raw.endswith(":" + h) or raw.endswith("\0" + h)) or not STRICT_PASSWORD_RE.match(h):
                    E.append("%s: Base64 positional value does not hold its password" % r["id"])
            elif not STRICT_PASSWORD_RE.match(v):
                E.append("%s: positional password shape" % r["id"])
        for u in UUID_RE.findall(v):
            if u[14] != "4" or u[19].lower() not in "89ab":
                E.append("%s: UUID in value is not version 4" % r["id"])
        for j in JWT_RE.findall(v):
            try:
                a, b, _c = j.split(".")
                _b64url_json(a)
                _b64url_json(b)
            except Exception:  # noqa
                E.append("%s: JWT header / payload not base64url JSON" % r["id"])
        if re.match(r"^gh[pr]_", v):
            body, crc = v[4:34], v[34:]
            if _b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) != crc:
                E.append("%s: GitHub token checksum" % r["id"])
        if ty == "smart_trainer_fw_signing_seed" and len(base64.b64decode(v, validate=True)) != 32:
            E.append("%s: trainer seed is not 32 bytes" % r["id"])
        if ty == "race_results_webhook_secret":
            body = v[5:]
            if not v.startswith("rrwh_") or len(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))) != 32:
                E.append("%s: results webhook secret shape" % r["id"])
        if ty == "ebike_diag_tool_unlock_key" and not re.match(r"^[0-9A-F]{32}$", v):
            E.append("%s: diag key shape" % r["id"])
        if ty == "tradein_marketplace_api_key" and not re.match(r"^tmk_live_[0-9A-Za-z]{32}$", v):
            E.append("%s: tradein key shape" % r["id"])
        if ty == "activity_sync_refresh_token" and not re.match(r"^[0-9a-f]{40}$", v):
            E.append("%s: refresh token shape" % r["id"])
        if ty == "ride_registration_service_jwt" and not JWT_RE.fullmatch(v):
            E.append("%s: ride JWT shape" % r["id"])
        if ty == "azure_storage_account_key" and len(base64.b64decode(v, validate=True)) != 64:
            E.append("%s: Azure storage key length" % r["id"])
    # ------------------------------------------------ deny-list
    for r in sec + ev:
        if denied(r["container"], deny):
            E.append("%s: container kind on the deny-list: %s" % (r["id"], r["container"]))
        if denied(r["type"], deny):
            E.append("%s: span type on the deny-list: %s" % (r["id"], r["type"]))
        if r["source"] == "password":
            syn = r["type"][len(meta["pw_prefix"]):]
            if denied(syn, deny):
                E.append("%s: syntax on the deny-list: %s" % (r["id"], syn))
    for r in ev:
        if denied(r["encoding"], deny):
            E.append("%s: encoding on the deny-list: %s" % (r["id"], r["encoding"]))
    for r in neg:
        if denied(r["class"], deny) or denied(r["container"], deny):
            E.append("%s: negative class / container on the deny-list" % r["id"])
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    for code, name in meta["languages"]:
        if code in codes or code in lnames or name.lower() in lnames or any(w in lnames for w in name.lower().split()):
            E.append("language on the deny-list: %s (%s)" % (code, name))
    # ------------------------------------------------ counts
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    ed = by.get("everyday", [])
    if len(ed) != 180:
        E.append("everyday count %d" % len(ed))
    kinds = {}
    for r in ed:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E.append("everyday: not 45 kinds x 4 distinct types")
    tcount = {}
    for r in ed:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        E.append("everyday: not 12 types x 15")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120 or any(not r["container"].startswith(r["type"] + "__") for r in vd):
        E.append("vendor: not 120 distinct types with <type>__<style> containers")
    pw = by.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw) or any(not r["type"].startswith(meta["pw_prefix"]) for r in pw):
        E.append("password: count / distinctness / prefix")
    pr = by.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[-1] for r in pr}) != 40 or len(meta["languages"]) != 40:
        E.append("prose: not 40 records in 40 languages")
    if not (440 <= len(sec) <= 470):
        E.append("positives total %d" % len(sec))
    if len(ev) != 66:
        E.append("evasions count %d" % len(ev))
    encs = {}
    for r in ev:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(encs) != 22 or set(encs.values()) != {3}:
        E.append("evasions: not 22 encodings x 3")
    tsets = [set(r["type"] for r in by.get(k, [])) for k in ("everyday", "vendor", "password", "prose")] + [set(r["type"] for r in ev)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                E.append("span types shared between sources")
    nonev = [r["container"] for r in sec if r["source"] != "everyday"] + [r["container"] for r in ev]
    if len(nonev) != len(set(nonev)):
        E.append("non-everyday containers not unique")
    return E


# ------------------------------------------------------------------ mutation tests
def _m(fn):
    return fn


def mutations():
    def m01(d, m):
        d["secrets"][5]["secrets"][0]["start"] += 1

    def m02(d, m):
        d["secrets"][7]["id"] = d["secrets"][6]["id"]

    def m03(d, m):
        d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m04(d, m):
        d["evasions"][4]["secrets"][0]["plain"] += "x"

    def m05(d, m):
        d["secrets"][10]["container"] = "rink_compose_env_file"

    def m06(d, m):
        for r in d["negatives"][:12]:
            r["class"] = "pbkdf2_and_scrypt_password_hashes"

    def m07(d, m):
        d["secrets"][12]["type"] = d["secrets"][13]["type"] if d["secrets"][13]["type"] != d["secrets"][12]["type"] else "x"

    def m08(d, m):
        d["evasions"].pop()

    def m09(d, m):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]

    def m10(d, m):
        a = d["secrets"][20]
        b = d["secrets"][21]
        sb = b["secrets"][0]
        v = a["secrets"][0]["value"]
        b["text"] = b["text"][:sb["start"]] + v + b["text"][sb["end"]:]
        sb["value"], sb["end"] = v, sb["start"] + len(v)

    def m11(d, m):
        r = d["secrets"][0]
        r["text"] = r["text"] + "\n# again: " + r["secrets"][0]["value"] + "\n"

    def m12(d, m):
        r = [x for x in d["secrets"] if x["type"] == "ride_registration_service_jwt"][0]
        s = r["secrets"][0]
        a, b, c = s["value"].split(".")
        nv = a + ".eyJub3QganNvbg." + c
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"], s["end"] = nv, s["start"] + len(nv)

    def m13(d, m):
        for r in d["evasions"][:3]:
            r["encoding"] = "morse_code_caret_capitals"
            r["secrets"][0]["encoding"] = "morse_code_caret_capitals"

    def m14(d, m):
        m["languages"] = list(m["languages"])
        m["languages"][0] = ("ita", "Italian")

    def m15(d, m):
        r = [x for x in d["secrets"] if x["source"] == "password"][0]
        r["type"] = m["pw_prefix"] + "tmux_send_keys_literal"
        r["secrets"][0]["type"] = r["type"]

    def m16(d, m):
        r = [x for x in d["secrets"] if x["type"] == "github_classic_personal_access_token"][0]
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("A" if v[-1] != "A" else "B")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_container", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_value_twice_in_text", m11), ("m12_jwt_payload_not_json", m12),
            ("m13_deny_listed_encoding", m13), ("m14_deny_listed_language", m14),
            ("m15_earlier_syntax_name", m15), ("m16_bad_github_checksum", m16)]


def run_mutations(data, deny, meta):
    res = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        m = copy.deepcopy(meta)
        fn(d, m)
        errs = check_all(d, deny, m)
        res.append((name, bool(errs)))
    return res
