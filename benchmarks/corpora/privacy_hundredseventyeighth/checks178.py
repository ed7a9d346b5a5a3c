"""All checks run before anything is written, plus the mutation tests."""
import base64, copy, json, re
from collections import Counter, defaultdict
from common178 import (PW_RE, PW_RE_STRICT, uuids_ok, jwt_parts_ok, github_token_ok, upc_check, luhn_digit, denied)
import dec178
import enc178

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EVA_FIELDS = POS_FIELDS | {"encoding"}
EVA_SPAN_FIELDS = SPAN_FIELDS | {"plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
JWT_RE = re.compile(r"^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$")
B64_RE = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")


def _b64_hidden_pw(v):
    if PW_RE_STRICT.match(v) or not B64_RE.match(v) or len(v) % 4:
        return None
    try:
        raw = base64.b64decode(v, validate=True).decode("utf-8")
    except Exception:
        return None
    return re.split(r"[:\x00]", raw)[-1]


def run_checks(data, deny, meta):
    E = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    pw_types = set(meta["everyday_password_types"]) | set(meta["vendor_password_types"])
    # ---- ids
    for recs, pfx in ((sec, "s"), (eva, "e"), (neg, "n")):
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            E.append("duplicate id in %s" % pfx)
        for i, rid in enumerate(ids):
            if rid != "p178-%s-%04d" % (pfx, i + 1):
                E.append("id out of sequence: %r" % rid)
                break
    # ---- record shape
    all_texts = [(r["id"], r["text"]) for r in sec + eva + neg]
    values = []
    hidden = []
    for r in sec + eva:
        ev = r in eva
        if set(r) != (EVA_FIELDS if ev else POS_FIELDS):
            E.append("%s: fields %s" % (r["id"], sorted(r)))
            continue
        if not isinstance(r["secrets"], list) or len(r["secrets"]) != 1:
            E.append("%s: not exactly one span" % r["id"])
            continue
        sp = r["secrets"][0]
        if set(sp) != (EVA_SPAN_FIELDS if ev else SPAN_FIELDS):
            E.append("%s: span fields %s" % (r["id"], sorted(sp)))
            continue
        v, t = sp["value"], r["text"]
        if not v or v != v.strip():
            E.append("%s: empty value or edge whitespace" % r["id"])
        if t[sp["start"]:sp["end"]] != v:
            E.append("%s: span does not re-slice" % r["id"])
        if r["type"] != sp["type"]:
            E.append("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        if r["source"] not in (("evasion",) if ev else ("everyday", "vendor", "password", "prose")):
            E.append("%s: bad source" % r["id"])
        values.append((r["id"], v))
        if not uuids_ok(v):
            E.append("%s: UUID in value is not version 4" % r["id"])
        if ev:
            hidden.append((r["id"], sp["plain"]))
    for rid, t in all_texts:
        if "\u00abV\u00bb" in t or "\x00" in t or "PRIVATE KEY" in t:
            E.append("%s: slot marker, NUL or PRIVATE KEY in text" % rid)
        if not uuids_ok(t):
            E.append("%s: UUID-shaped substring that is not version 4" % rid)
    cnt = Counter(v for _, v in values)
    for v, c in cnt.items():
        if c > 1:
            E.append("value reused %d times: %s" % (c, v[:20]))
    # ---- shapes of positives
    for r in sec:
        if set(r) != POS_FIELDS or len(r.get("secrets", [])) != 1:
            continue
        v = r["secrets"][0]["value"]
        typ = r["type"]
        if r["source"] in ("everyday", "vendor") and typ in pw_types and not PW_RE.match(v):
            E.append("%s: password shape" % r["id"])
        if r["source"] == "prose":
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if not PW_RE_STRICT.match(v):
                E.append("%s: prose password shape" % r["id"])
            if s == 0 or not r["text"][s - 1].isspace() or e >= len(r["text"]) or not r["text"][e].isspace():
                E.append("%s: prose value not set off by whitespace" % r["id"])
        if r["source"] == "password":
            if not PW_RE_STRICT.match(v):
                pw = _b64_hidden_pw(v)
                if pw is None or not PW_RE_STRICT.match(pw):
                    E.append("%s: positional value neither a password nor Base64 of one" % r["id"])
                else:
                    hidden.append((r["id"], pw))
        if JWT_RE.match(v) or typ in meta["jwt_types"]:
            if not jwt_parts_ok(v):
                E.append("%s: JWT header/payload not base64url JSON" % r["id"])
        if v.startswith(("ghs_", "gho_", "ghp_")) and not github_token_ok(v):
            E.append("%s: GitHub token checksum" % r["id"])
        if typ == "scoreboard_sync_signing_key" and len(base64.b64decode(v)) != 32:
            E.append("%s: signing key is not 32 bytes" % r["id"])
        if typ == "lts_enrolment_webhook_secret":
            body = v[len("ltswh_"):]
            if len(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))) != 32:
                E.append("%s: webhook secret is not 32 bytes" % r["id"])
        try:
            if typ == "sentry_org_auth_token":
                json.loads(base64.b64decode(v[7:].rsplit("_", 1)[0] + "==="[: (-len(v[7:].rsplit("_", 1)[0])) % 4]))
            if typ in ("cloudflare_tunnel_token", "elastic_cloud_api_key"):
                raw = base64.b64decode(v)
                if typ == "cloudflare_tunnel_token":
                    json.loads(raw)
                elif raw.count(b":") != 1:
                    raise ValueError
            if typ == "grafana_cloud_access_policy_token":
                json.loads(base64.b64decode(v[4:]))
            if typ == "onepassword_service_account_token":
                json.loads(base64.b64decode(v[4:]))
            if typ == "mapbox_secret_access_token":
                mid = v.split(".")[1]
                json.loads(base64.urlsafe_b64decode(mid + "=" * (-len(mid) % 4)))
        except Exception:
            E.append("%s: embedded JSON / Base64 structure broken" % r["id"])
    # ---- cross-record leakage
    for rid, v in values + hidden:
        for oid, t in all_texts:
            if oid != rid and v in t:
                E.append("%s: value or plain appears in %s" % (rid, oid))
    for rid, p in hidden:
        own = next(t for i, t in all_texts if i == rid)
        if p in own:
            E.append("%s: hidden plain / password visible in its own text" % rid)
    # ---- evasions
    per_enc = Counter()
    for r in eva:
        if set(r) != EVA_FIELDS or len(r.get("secrets", [])) != 1:
            continue
        sp = r["secrets"][0]
        enc, run, t = r["encoding"], sp["value"], r["text"]
        per_enc[enc] += 1
        if sp["encoding"] != enc:
            E.append("%s: record and span encoding differ" % r["id"])
        if enc not in enc178.RULES:
            E.append("%s: unknown encoding %s" % (r["id"], enc))
            continue
        try:
            ok = dec178.decode(enc, run) == sp["plain"]
        except Exception:
            ok = False
        if not ok:
            E.append("%s: run does not decode to plain" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]):
            E.append("%s: plain alphabet" % r["id"])
        if sp["plain"] in run:
            E.append("%s: run contains its plain" % r["id"])
        s, e = sp["start"], sp["end"]
        if t[s - 2:s] != ":\n" or t[e:e + 1] != "\n":
            E.append("%s: run not on its own line after ':'" % r["id"])
        if enc178.RULES[enc] not in t[:s]:
            E.append("%s: rule not stated before the run" % r["id"])
        if not r["container"].startswith(enc + "__") or r["container"].split("__")[1] not in meta["wordings"]:
            E.append("%s: evasion container" % r["id"])
        if r["source"] != "evasion":
            E.append("%s: evasion source" % r["id"])
    if len(eva) != 66 or len(per_enc) != 22 or set(per_enc.values()) != {3}:
        E.append("evasions: want 22 encodings x 3 = 66, got %d records / %d encodings" % (len(eva), len(per_enc)))
    # ---- negatives
    ntexts = Counter(r.get("text") for r in neg)
    if any(c > 1 for c in ntexts.values()):
        E.append("negatives: duplicate texts")
    classes = Counter(r.get("class") for r in neg)
    if len(classes) < 16 or len(neg) < 180:
        E.append("negatives: want >= 16 classes and >= 180 records, got %d / %d" % (len(classes), len(neg)))
    for r in neg:
        if set(r) != NEG_FIELDS or r["source"] != "negative":
            E.append("%s: negative fields / source" % r.get("id"))
            continue
        t = r["text"]
        if r["class"] == "rental_skate_upc_barcodes_with_check_digit":
            for u in re.findall(r"(?<!\d)\d{12}(?!\d)", t):
                if upc_check(u[:11]) != u[11]:
                    E.append("%s: UPC check digit" % r["id"])
        if r["class"] == "resurfacer_serials_and_hour_meters":
            for m in re.findall(r",(35\d{13}),", t):
                if luhn_digit(m[:14]) != m[14]:
                    E.append("%s: IMEI Luhn digit" % r["id"])
        if r["class"] == "door_badge_wiegand_card_numbers":
            from negatives178 import wiegand_ok
            for h in re.findall(r"(?:raw26=0x|,)([0-9A-F]{7})\b", t):
                if not wiegand_ok(int(h, 16)):
                    E.append("%s: Wiegand parity" % r["id"])
    # ---- deny-list
    def chk(name, what):
        if denied(name, deny):
            E.append("deny-listed %s: %s" % (what, name))
    for r in sec + eva:
        chk(r["container"], "container")
        chk(r["type"], "span type")
    for r in eva:
        chk(r["encoding"], "encoding")
    for r in neg:
        chk(r["container"], "negative container")
        chk(r["class"], "negative class")
    syn = set(deny["syntaxes"])
    for r in sec:
        if r["source"] == "password":
            s = r["type"][len(meta["pw_prefix"]):]
            if s in syn:
                E.append("positional syntax repeats an earlier one: %s" % s)
            chk(s, "positional syntax")
    langs = meta["languages"]
    for r in sec:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            name = langs.get(code, "")
            lw = [w for w in name.lower().replace("-", " ").split()]
            if (code in deny["language_codes"] or code in deny["_nameset"] or name.lower() in deny["language_names"]
                    or any(w in deny["language_names"] for w in lw)):
                E.append("deny-listed language: %s" % code)
    # ---- counts
    by_src = defaultdict(list)
    for r in sec:
        by_src[r["source"]].append(r)
    ev = by_src["everyday"]
    kinds = defaultdict(list)
    for r in ev:
        kinds[r["container"]].append(r["type"])
    if len(ev) != 180 or len(kinds) != 45 or any(len(set(v)) != 4 or len(v) != 4 for v in kinds.values()) or len({r["type"] for r in ev}) != 12:
        E.append("everyday: want 45 kinds x 4 with 12 types and four distinct types per kind")
    ve = by_src["vendor"]
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120 or any(not r["container"].startswith(r["type"] + "__") for r in ve):
        E.append("vendor: want 120 distinct types with <type>__<style> containers")
    pw = by_src["password"]
    if not (95 <= len({r["type"] for r in pw}) <= 120) or len(pw) != len({r["type"] for r in pw}):
        E.append("password: want 95-120 distinct syntaxes, one record each")
    pr = by_src["prose"]
    if len(pr) != 40 or len({r["container"].split("__")[-1] for r in pr}) != 40:
        E.append("prose: want 40 records in 40 languages")
    tsets = [{r["type"] for r in by_src[s]} for s in ("everyday", "vendor", "password", "prose")] + [{r["type"] for r in eva}]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                E.append("span types shared between sources")
    conts = [r["container"] for r in sec if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(conts) != len(set(conts)):
        E.append("non-everyday containers not unique")
    return E


# ------------------------------------------------------------------ mutation tests
def _set_value(rec, new):
    sp = rec["secrets"][0]
    t = rec["text"]
    rec["text"] = t[:sp["start"]] + new + t[sp["end"]:]
    sp["value"] = new
    sp["end"] = sp["start"] + len(new)


def mutations(data, deny):
    sec = data["secrets"]
    first = lambda src: next(i for i, r in enumerate(sec) if r["source"] == src)
    deny_cont = next(n for n in deny["names"] if n.endswith("_dotenv_production"))
    deny_class = next(n for n in deny["names"] if n.startswith("release_and_export"))
    deny_enc = next(n for n in deny["names"] if n in ("whole_string_reversed", "reversed_whole_string"))

    def m01(d): d["secrets"][0]["secrets"][0]["start"] += 1
    def m02(d): d["secrets"][1]["id"] = d["secrets"][0]["id"]
    def m03(d): d["negatives"][0]["text"] += d["secrets"][5]["secrets"][0]["value"]
    def m04(d): d["evasions"][0]["secrets"][0]["plain"] += "x"
    def m05(d): d["secrets"][0]["container"] = deny_cont
    def m06(d): d["negatives"][0]["class"] = deny_class
    def m07(d): d["secrets"][2]["secrets"][0]["type"] = "something_else"
    def m08(d): d["evasions"].pop()
    def m09(d):
        r = d["secrets"][first("prose")]
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1
    def m10(d): _set_value(d["secrets"][3], d["secrets"][2]["secrets"][0]["value"])
    def m11(d):
        d["evasions"][0]["encoding"] = deny_enc
        d["evasions"][0]["secrets"][0]["encoding"] = deny_enc
    def m12(d):
        r = d["secrets"][7]
        r["text"] += "\n" + r["secrets"][0]["value"] + "\n"
    def m13(d):
        r = next(x for x in d["secrets"] if x["type"] == "resurfacer_telematics_device_jwt")
        h, p, s = r["secrets"][0]["value"].split(".")
        _set_value(r, h + "." + "eyJ!" + p[4:] + "." + s)
    def m14(d):
        r = d["secrets"][first("prose")]
        r["container"] = r["container"].rsplit("__", 1)[0] + "__" + deny["language_codes"][0]
    def m15(d):
        r = d["secrets"][first("password")]
        t = "rinkpw_" + deny["syntaxes"][0]
        r["type"] = t
        r["secrets"][0]["type"] = t
        r["container"] = t + "__rink_office_shell_history"
    def m16(d):
        r = next(x for x in d["secrets"] if x["secrets"][0]["value"].startswith("ghs_"))
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("A" if v[-1] != "A" else "B"))

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_container", m05), ("m06_deny_listed_negative_class", m06),
            ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
            ("m10_value_reused", m10), ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12),
            ("m13_jwt_payload_not_json", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
            ("m16_bad_github_checksum", m16)]


def run_mutations(data, deny, meta):
    results = []
    for name, fn in mutations(data, deny):
        d = copy.deepcopy(data)
        fn(d)
        results.append((name, bool(run_checks(d, deny, meta))))
    return results
