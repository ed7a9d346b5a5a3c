"""All checks run before anything is written. Each check appends human-readable errors."""
import base64
import json
import re

from common205 import (MARK, PW_RE, PW_STRICT_RE, fletcher16, gs1_check, imo_check, uk_vat_check, denied)
import dec205
import enc205
import everyday205
import evasions205
import negatives205
import positional205
import prose205
import vendor205

SEC_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "ES256": 64, "EdDSA": 64, "RS256": 256}


def b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_jwt(tok):
    h, p, s = tok.split(".")
    head = json.loads(b64url_dec(h))
    json.loads(b64url_dec(p))
    alg = head.get("alg")
    if alg not in SIG_LEN:
        raise ValueError("unknown alg " + str(alg))
    if len(b64url_dec(s)) != SIG_LEN[alg]:
        raise ValueError("signature length does not fit " + alg)
    return head


def check_ids(recs, kind, errs):
    for i, r in enumerate(recs, 1):
        want = f"p205-{kind}-{i:04d}"
        if r.get("id") != want:
            errs.append(f"id {r.get('id')} should be {want}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append(f"duplicate ids in {kind}")


def check_spans(recs, fields, span_fields, errs):
    for r in recs:
        if list(r.keys()) != fields:
            errs.append(f"{r.get('id')}: fields {list(r.keys())}")
            continue
        sp = r["secrets"]
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append(f"{r['id']}: needs exactly one span")
            continue
        s = sp[0]
        if list(s.keys()) != span_fields:
            errs.append(f"{r['id']}: span fields {list(s.keys())}")
            continue
        v = s["value"]
        if not v or v != v.strip():
            errs.append(f"{r['id']}: empty value or edge whitespace")
        if r["text"][s["start"]:s["end"]] != v:
            errs.append(f"{r['id']}: span does not re-slice")
        if r["text"].count(v) != 1:
            errs.append(f"{r['id']}: value occurs {r['text'].count(v)} times in its text")
        if r["type"] != s["type"]:
            errs.append(f"{r['id']}: record type != span type")
        if MARK in r["text"] or "\x00" in r["text"] or "PRIVATE KEY" in r["text"]:
            errs.append(f"{r['id']}: slot marker, NUL or PRIVATE KEY in text")


def check_uuid_jwt(alltexts, errs):
    for rid, t in alltexts:
        for m in UUID_RE.finditer(t):
            u = m.group(0)
            if u[14] != "4" or u[19].lower() not in "89ab":
                errs.append(f"{rid}: UUID-shaped {u} is not version 4")
        for m in JWT_RE.finditer(t):
            try:
                check_jwt(m.group(0))
            except Exception as e:  # noqa
                errs.append(f"{rid}: bad JWT-shaped substring ({e})")


def check_everyday(recs, errs):
    from collections import Counter
    ev = [r for r in recs if r["source"] == "everyday"]
    if len(ev) != 180:
        errs.append(f"everyday count {len(ev)} != 180")
    tc = Counter(r["type"] for r in ev)
    if set(tc) != set(everyday205.TYPE_NAMES) or any(c != 15 for c in tc.values()):
        errs.append(f"everyday type counts {dict(tc)}")
    kc = {}
    for r in ev:
        kc.setdefault(r["container"], []).append(r["type"])
    if len(kc) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kc.values()):
        errs.append("everyday: 45 kinds x 4 different types violated")
    for r in ev:
        v, t = r["secrets"][0]["value"], r["type"]
        try:
            if t in everyday205.OWNER_TYPES:
                assert PW_RE.match(v), "password form"
            elif t == "scale_fleet_sync_token":
                assert re.fullmatch(r"sfs_[A-Za-z0-9]{32}[0-9a-f]{4}", v)
                assert int(v[-4:], 16) == fletcher16(v[4:36].encode()), "fletcher-16"
            elif t == "click_collect_webhook_secret":
                assert v.startswith("ccwh_") and len(b64url_dec(v[5:])) == 24 and len(v) == 37
            elif t == "catch_log_session_jwt":
                assert check_jwt(v)["alg"] == "HS384"
            elif t == "provenance_label_hmac_key":
                assert len(v) == 64 and len(b64url_dec(v)) == 48
            elif t == "delivery_round_api_key":
                assert re.fullmatch(r"drk_live_[0-9a-f]{8}_[A-Za-z0-9]{32}", v)
            elif t == "cold_room_sensor_aes_key":
                assert re.fullmatch(r"[0-9A-F]{32}", v)
        except Exception as e:  # noqa
            errs.append(f"{r['id']}: everyday shape {t} ({e})")


def check_vendor(recs, errs):
    vd = [r for r in recs if r["source"] == "vendor"]
    types = [r["type"] for r in vd]
    if len(vd) != 120 or len(set(types)) != 120:
        errs.append(f"vendor: {len(vd)} records, {len(set(types))} types")
    specs = {s[0]: s for s in vendor205.SPECS}
    styles = {s for s, _ in vendor205.STYLES}
    for r in vd:
        v = r["secrets"][0]["value"]
        t = r["type"]
        tn, _sep, style = r["container"].partition("__")
        if tn != t or style not in styles:
            errs.append(f"{r['id']}: vendor container {r['container']}")
        shape, status = specs[t][3], specs[t][4]
        try:
            if status == "owner":
                assert PW_RE.match(v), "owner password form"
            m = re.match(r"`([^`]+)` \+", shape)
            if m and not v.startswith(m.group(1)):
                raise AssertionError("prefix " + m.group(1))
            if "JWT" in shape:
                tok = v[4:] if v.startswith("IST.") else v
                check_jwt(tok)
            if t == "intercom_access_token":
                assert re.fullmatch(r"tok:[0-9a-f-]{36}:1:0", base64.b64decode(v).decode())
            if t == "bitwarden_sm_access_token":
                assert len(base64.b64decode(v.split(":")[1])) == 16
            if t == "azure_storage_account_key":
                assert len(base64.b64decode(v)) == 64
            if t == "influxdb_v2_operator_token":
                assert len(base64.urlsafe_b64decode(v)) == 64
            if "UUIDv4" == shape:
                assert UUID_RE.fullmatch(v)
        except Exception as e:  # noqa
            errs.append(f"{r['id']}: vendor shape {t} ({e})")


def check_positional(recs, hidden, deny, errs):
    pw = [r for r in recs if r["source"] == "password"]
    syn = [r["type"][len(positional205.PW_PREFIX):] for r in pw]
    if not (95 <= len(pw) <= 120) or len(set(syn)) != len(syn):
        errs.append(f"positional: {len(pw)} records, {len(set(syn))} syntaxes")
    b64types = {positional205.PW_PREFIX + e[0] for e in positional205.S if len(e) > 3 and e[3] == "b64"}
    for r, s in zip(pw, syn):
        if not r["type"].startswith(positional205.PW_PREFIX):
            errs.append(f"{r['id']}: positional type prefix")
        if s in deny["_syntaxes"] or s in deny["_names"]:
            errs.append(f"{r['id']}: syntax {s} is in an earlier README")
        v = r["secrets"][0]["value"]
        if r["type"] in b64types:
            plain = base64.b64decode(v).decode()
            if not PW_STRICT_RE.match(plain) or hidden.get(r["id"]) != plain:
                errs.append(f"{r['id']}: Base64 span does not decode to its strict-form password")
        elif not PW_STRICT_RE.match(v):
            errs.append(f"{r['id']}: positional value not strict password form")
        if "fixed_width_cols_31_to_50" in r["type"]:
            line = r["text"].splitlines()[1]
            if line[30:50].strip() != v:
                errs.append(f"{r['id']}: fixed-width value not in columns 31-50")
        if not r["container"].startswith(r["type"] + "__"):
            errs.append(f"{r['id']}: positional container")


def check_prose(recs, deny, errs):
    pr = [r for r in recs if r["source"] == "prose"]
    codes = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(codes)) != 40:
        errs.append(f"prose: {len(pr)} records in {len(set(codes))} languages")
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if not PW_STRICT_RE.match(s["value"]):
            errs.append(f"{r['id']}: prose value form")
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errs.append(f"{r['id']}: prose value not set off by whitespace")
    for code, name, _sc, _s in prose205.LANGS + prose205.SPARES:
        if code in deny["_codes"] or code in deny["_names"]:
            errs.append(f"language code {code} deny-listed")
        if name.lower() in deny["_lnames"] or any(w in deny["_lnames"] for w in name.lower().split()):
            errs.append(f"language name {name} deny-listed")


def check_evasions(evs, errs):
    from collections import Counter
    if len(evs) != 66:
        errs.append(f"evasions: {len(evs)} != 66")
    c = Counter(r.get("encoding") for r in evs)
    if len(c) != 22 or any(v != 3 for v in c.values()):
        errs.append(f"evasions: encoding counts {dict(c)}")
    for r in evs:
        s = r["secrets"][0]
        run, plain, enc = s["value"], s.get("plain"), s.get("encoding")
        if r["source"] != "evasion" or enc != r["encoding"]:
            errs.append(f"{r['id']}: evasion source/encoding")
        try:
            if dec205.decode(enc, run) != plain:
                errs.append(f"{r['id']}: run does not decode to plain")
        except Exception as e:  # noqa
            errs.append(f"{r['id']}: decode failed ({e})")
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", plain or ""):
            errs.append(f"{r['id']}: plain alphabet")
        if plain in run or plain == run:
            errs.append(f"{r['id']}: run contains plain")
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or "\n" in run:
            errs.append(f"{r['id']}: run not on its own line after ':'")
        if enc205.RULES[enc][1] not in t[:s["start"]]:
            errs.append(f"{r['id']}: rule not stated")
        if r["container"] != f"{enc}__{r['container'].split('__')[1]}" or \
                r["container"].split("__")[1] not in evasions205.WORDINGS:
            errs.append(f"{r['id']}: evasion container")
        if r["type"] == evasions205.TYPES[0][0] and not PW_STRICT_RE.match(plain):
            errs.append(f"{r['id']}: evasion password plain form")


def check_negatives(negs, errs):
    from collections import Counter
    if len(negs) < 180:
        errs.append(f"negatives: {len(negs)} < 180")
    cc = Counter(n.get("class") for n in negs)
    if len(cc) < 16:
        errs.append(f"negatives: {len(cc)} classes < 16")
    texts = [n.get("text") for n in negs]
    if len(set(texts)) != len(texts):
        errs.append("negatives: duplicate texts")
    for n in negs:
        if list(n.keys()) != NEG_FIELDS or n["source"] != "negative":
            errs.append(f"{n.get('id')}: negative fields/source")
            continue
        t = n["text"]
        if n["class"] == "variable_weight_ean13_barcodes" or n["class"] == "gs1_sscc_and_gtin14_case_labels":
            for code in re.findall(r"(?<!\d)(\d{13}|\d{14}|\d{18})(?!\d)", t):
                if gs1_check(code[:-1]) != code[-1]:
                    errs.append(f"{n['id']}: GS1 check digit wrong in {code}")
        if n["class"] in ("vessel_imo_and_licence_numbers",):
            for code in re.findall(r"IMO (\d{7})", t):
                if imo_check(code[:6]) != code[6]:
                    errs.append(f"{n['id']}: IMO check digit wrong in {code}")
        if n["class"] == "vat_and_company_registration_numbers":
            for a, b, c in re.findall(r"GB (\d{3}) (\d{4}) (\d{2})", t):
                if uk_vat_check(a + b) != c:
                    errs.append(f"{n['id']}: VAT check wrong")


def check_cross(recs, evs, negs, hidden, errs):
    values = [r["secrets"][0]["value"] for r in recs + evs]
    if len(set(values)) != len(values):
        errs.append("a value is reused")
    texts = [(r["id"], r["text"]) for r in recs + evs]
    negtexts = [(n["id"], n["text"]) for n in negs]
    plains = [r["secrets"][0]["plain"] for r in evs] + list(hidden.values())
    for r in recs + evs:
        v = r["secrets"][0]["value"]
        for rid, t in texts:
            if rid != r["id"] and v in t:
                errs.append(f"{r['id']}: value appears in {rid}")
        for nid, t in negtexts:
            if v in t:
                errs.append(f"{r['id']}: value appears in negative {nid}")
    for p in plains:
        for rid, t in texts + negtexts:
            if p in t:
                errs.append(f"plain / hidden password appears in {rid}")


def check_deny(recs, evs, negs, deny, errs):
    names = set()
    for r in recs + evs:
        names.add(("container", r["container"]))
        names.add(("span type", r["type"]))
    for r in evs:
        names.add(("encoding", r["encoding"]))
    for n in negs:
        names.add(("negative class", n["class"]))
        names.add(("container", n["container"]))
    for what, nm in sorted(names):
        bad = denied(nm, deny)
        if bad:
            errs.append(f"{what} {nm} overlaps deny-list ({bad})")


def check_counts(recs, errs):
    from collections import Counter
    if not (440 <= len(recs) <= 470):
        errs.append(f"positives total {len(recs)}")
    by = {}
    for r in recs:
        by.setdefault(r["source"], set()).add(r["type"])
    srcs = list(by)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if by[srcs[i]] & by[srcs[j]]:
                errs.append(f"span types shared by {srcs[i]} and {srcs[j]}")
    non_every = [r["container"] for r in recs if r["source"] != "everyday"]
    if len(set(non_every)) != len(non_every):
        errs.append("non-everyday containers not unique")
    if set(Counter(r["source"] for r in recs)) != {"everyday", "vendor", "password", "prose"}:
        errs.append("unexpected sources")


def run_all(data, deny):
    recs, evs, negs, hidden = data["secrets"], data["evasions"], data["negatives"], data["hidden"]
    errs = []
    check_ids(recs, "s", errs)
    check_ids(evs, "e", errs)
    check_ids(negs, "n", errs)
    check_spans(recs, SEC_FIELDS, SPAN_FIELDS, errs)
    check_spans(evs, EV_FIELDS, EV_SPAN_FIELDS, errs)
    check_uuid_jwt([(r["id"], r["text"]) for r in recs + evs + negs], errs)
    check_everyday(recs, errs)
    check_vendor(recs, errs)
    check_positional(recs, hidden, deny, errs)
    check_prose(recs, deny, errs)
    check_evasions(evs, errs)
    check_negatives(negs, errs)
    check_cross(recs, evs, negs, hidden, errs)
    check_deny(recs, evs, negs, deny, errs)
    check_counts(recs, errs)
    return errs
