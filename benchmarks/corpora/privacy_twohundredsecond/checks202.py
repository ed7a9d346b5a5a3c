"""Checks run before anything is written, and mutation tests that the checks must catch."""
import base64
import copy
import json
import re
import zlib

import dec202
import everyday202
import negatives202
import positional202
import prose202
import vendor202
from common202 import (PREFIX, PW_RE, STRICT_PW_RE, crc16_ccitt, luhn_mod_n_ok)
from enc202 import ENCODINGS

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
UUIDISH = re.compile(r"(?<![0-9a-fA-F])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-fA-F])")
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
JWTISH = re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "ES512": 132}


def _b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def denied(label, deny):
    names = deny["names_set"]
    parts = [label.lower()] + [p for p in label.lower().split("__") if p]
    return [p for p in parts if p in names]


def check_jwt(tok, errs, where):
    parts = tok.split(".")
    if len(parts) != 3:
        errs.append("%s: JWT-shaped string without three parts" % where)
        return
    try:
        hdr = json.loads(_b64url_dec(parts[0]))
        json.loads(_b64url_dec(parts[1]))
        sig = _b64url_dec(parts[2])
    except Exception:
        errs.append("%s: JWT header/payload not base64url JSON" % where)
        return
    want = SIGLEN.get(hdr.get("alg"))
    if want is None or len(sig) != want:
        errs.append("%s: JWT signature length %d does not fit alg %s" % (where, len(sig), hdr.get("alg")))


def run_checks(data, deny):
    errs = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    deny = dict(deny)
    deny["names_set"] = set(deny["names"])
    # ---- ids and fields
    for recs, kind, fields in ((pos, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            want = "%s-%s-%04d" % (PREFIX, kind, i + 1)
            if r.get("id") != want:
                errs.append("id %r should be %s" % (r.get("id"), want))
            if list(r.keys()) != fields:
                errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
    # ---- spans
    values = {}
    for r in pos + eva:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            errs.append("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want_fields = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want_fields:
            errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        if not v or v != v.strip():
            errs.append("%s: empty or edge-whitespace value" % r["id"])
        if r["text"][s["start"]:s["end"]] != v or s["end"] - s["start"] != len(v):
            errs.append("%s: span does not re-slice" % r["id"])
        if s["type"] != r["type"]:
            errs.append("%s: record type != span type" % r["id"])
        if r["text"].count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        if v in values:
            errs.append("%s: value reused from %s" % (r["id"], values[v]))
        values[v] = r["id"]
        if "\0" in r["text"] or "PRIVATE KEY" in r["text"] or "{V}" in r["text"]:
            errs.append("%s: NUL, PRIVATE KEY or slot marker in text" % r["id"])
    all_texts = [(r["id"], r["text"]) for r in pos + eva]
    for v, owner in values.items():
        for rid, t in all_texts:
            if rid != owner and v in t:
                errs.append("value of %s appears in %s" % (owner, rid))
        for n in neg:
            if v in n["text"]:
                errs.append("value of %s appears in negative %s" % (owner, n["id"]))
    hidden = list(data["hidden"]) + [(r["id"], r["secrets"][0]["plain"]) for r in eva if r.get("secrets")]
    for owner, h in hidden:
        for rid, t in all_texts + [(n["id"], n["text"]) for n in neg]:
            if h in t:
                errs.append("hidden/plain of %s appears in %s" % (owner, rid))
    # ---- structure: UUIDs and JWTs
    for r in pos + eva + neg:
        for m in UUIDISH.findall(r["text"]):
            if not UUID4.match(m):
                errs.append("%s: UUID-shaped %s is not version 4" % (r["id"], m))
    for r in pos + eva:
        for m in JWTISH.findall(r["text"]):
            check_jwt(m, errs, r["id"])
    # ---- source-specific
    src = {}
    for r in pos:
        src.setdefault(r["source"], []).append(r)
    ev = src.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    tcount, kinds = {}, {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
        kinds.setdefault(r["container"], []).append(r["type"])
        try:
            v = r["secrets"][0]["value"]
            t = r["type"]
            if t in everyday202.PASSWORD_TYPES and not PW_RE.match(v):
                errs.append("%s: owner password shape" % r["id"])
            if t == "release_tracker_api_token":
                body = v[4:36]
                if not (v.startswith("rlz_") and len(v) == 44 and "%08x" % zlib.adler32(body.encode()) == v[36:]):
                    errs.append("%s: rlz_ Adler-32 broken" % r["id"])
            if t == "donor_portal_webhook_secret" and not (v.startswith("dpw_") and len(_b64url_dec(v[4:])) == 24 and len(v) == 36):
                errs.append("%s: dpw_ length" % r["id"])
            if t == "adoption_scheme_session_jwt" and json.loads(_b64url_dec(v.split(".")[0])).get("alg") != "HS512":
                errs.append("%s: adoption JWT not HS512" % r["id"])
            if t == "microchip_reader_hmac_key" and not re.fullmatch(r"[0-9a-f]{64}", v):
                errs.append("%s: hmac key shape" % r["id"])
            if t == "telemetry_tag_x25519_key":
                raw = base64.b64decode(v)
                if len(raw) != 48 or raw[:16] != everyday202.X25519_PKCS8_HEADER:
                    errs.append("%s: X25519 PKCS#8 frame" % r["id"])
            if t == "volunteer_rota_sync_key" and not (v.startswith("vrk_") and len(v) == 35 and luhn_mod_n_ok(v[4:], everyday202.BASE36)):
                errs.append("%s: vrk_ Luhn mod 36 broken" % r["id"])
        except Exception as e:  # malformed value
            errs.append("%s: everyday structure check failed (%s)" % (r["id"], e))
    if sorted(tcount.values()) != [15] * 12 or len(tcount) != 12:
        errs.append("everyday type counts %s" % tcount)
    if len(kinds) != 45 or any(len(set(v)) != 4 or len(v) != 4 for v in kinds.values()):
        errs.append("everyday kinds: %d kinds or a kind without four different types" % len(kinds))
    vd = src.get("vendor", [])
    vmap = {v["name"]: v for v in vendor202.selected()}
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor count %d" % len(vd))
    for r in vd:
        spec = vmap.get(r["type"])
        if spec is None or not re.fullmatch(spec["rx"], r["secrets"][0]["value"]):
            errs.append("%s: vendor shape %s" % (r["id"], r["type"]))
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container" % r["id"])
        try:
            if r["type"] == "grafana_cloud_access_policy_token":
                json.loads(base64.b64decode(r["secrets"][0]["value"][4:]))
            if r["type"] == "mapbox_secret_access_token":
                json.loads(_b64url_dec(r["secrets"][0]["value"].split(".")[1]))
            if r["type"] == "sentry_org_auth_token":
                enc = r["secrets"][0]["value"][7:].rsplit("_", 1)[0]
                if "region_url" not in json.loads(base64.b64decode(enc + "=" * (-len(enc) % 4))):
                    errs.append("%s: sentry org token JSON" % r["id"])
        except Exception as e:
            errs.append("%s: vendor structure check failed (%s)" % (r["id"], e))
    pw = src.get("password", [])
    syn = [r["type"][len(positional202.PREFIX):] for r in pw]
    if not (95 <= len(pw) <= 120) or len(set(syn)) != len(pw):
        errs.append("password syntaxes: %d records, %d distinct" % (len(pw), len(set(syn))))
    earlier = set(deny["syntaxes"])
    for r, s in zip(pw, syn):
        if not r["type"].startswith(positional202.PREFIX):
            errs.append("%s: positional prefix" % r["id"])
        if s in earlier or s in deny["names_set"]:
            errs.append("%s: syntax %s is in the earlier READMEs" % (r["id"], s))
        v = r["secrets"][0]["value"]
        if s in ("docker_config_json_auth_b64", "smtp_auth_plain_initial_response_b64"):
            raw = base64.b64decode(v).decode()
            hid = raw.split(":", 1)[1] if s.startswith("docker") else raw.split("\0")[2]
            if not STRICT_PW_RE.match(hid) or (s.startswith("smtp") and not raw.startswith("\0")):
                errs.append("%s: hidden password frame" % r["id"])
        elif not STRICT_PW_RE.match(v):
            errs.append("%s: positional value shape" % r["id"])
        if s == "intake_tablet_fixed_width_cols_41_to_60":
            line = r["text"].split("\n")[1]
            if line[40:60].strip() != v:
                errs.append("%s: fixed-width columns 41-60" % r["id"])
        if s == "telemetry_base_station_login_frame_crc16":
            m = re.search(r"<(TBS,LOGIN,[^*]+)\*([0-9A-F]{4})>", r["text"])
            if not m or "%04X" % crc16_ccitt(m.group(1).encode()) != m.group(2) or m.group(1).split(",")[3] != v:
                errs.append("%s: base-station frame CRC" % r["id"])
        if s == "redis_resp_auth_bulk_string" and ("$%d\\r\\n%s" % (len(v), v)) not in r["text"]:
            errs.append("%s: RESP length" % r["id"])
    pr = src.get("prose", [])
    codes = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(codes)) != 40:
        errs.append("prose: %d records, %d languages" % (len(pr), len(set(codes))))
    lang_names = {c: n for c, n, _s, _t in prose202.LANGS + prose202.SPARES}
    for r, c in zip(pr, codes):
        s = r["secrets"][0]
        t = r["text"]
        if not STRICT_PW_RE.match(s["value"]):
            errs.append("%s: prose value shape" % r["id"])
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    for c, n in lang_names.items():
        words = [n.lower()] + n.lower().split()
        if c in deny["language_codes"] or c in deny["names_set"] or any(w in deny["language_names"] for w in words):
            errs.append("language %s (%s) is in the earlier READMEs" % (c, n))
    if not (440 <= len(pos) <= 470):
        errs.append("positives total %d" % len(pos))
    tsets = [set(r["type"] for r in src.get(k, [])) for k in ("everyday", "vendor", "password", "prose")]
    for i in range(4):
        for j in range(i + 1, 4):
            if tsets[i] & tsets[j]:
                errs.append("span types shared between sources")
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)):
        errs.append("non-everyday containers not unique")
    # ---- evasions
    encs = {}
    for r in eva:
        s = r["secrets"][0]
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
        if s["encoding"] != r["encoding"] or r["container"].split("__")[0] != r["encoding"]:
            errs.append("%s: encoding fields disagree" % r["id"])
        try:
            dec = dec202.decode(r["encoding"], s["value"])
        except Exception as e:  # noqa
            dec = "<error %s>" % e
        if dec != s["plain"]:
            errs.append("%s: run does not decode to its plain" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]) or s["plain"] in s["value"] or s["plain"] == s["value"]:
            errs.append("%s: plain alphabet / plain inside run" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: evasion layout" % r["id"])
    if len(eva) != 66 or len(encs) != 22 or set(encs.values()) != {3}:
        errs.append("evasions: %d records, %d encodings" % (len(eva), len(encs)))
    # ---- negatives
    if len(neg) < 180 or len({n["class"] for n in neg}) < 16:
        errs.append("negatives: %d records, %d classes" % (len(neg), len({n["class"] for n in neg})))
    if len({n["text"] for n in neg}) != len(neg):
        errs.append("duplicate negative texts")
    for n in neg:
        if n["source"] != "negative":
            errs.append("%s: negative source" % n["id"])
        t = n["text"]
        if n["class"] == "charity_company_and_vat_numbers":
            for m in re.findall(r"GB ?(\d{9})\b", t):
                if not negatives202.vat_ok(m):
                    errs.append("%s: VAT check digits" % n["id"])
        if n["class"] == "donation_bank_ibans_mod97":
            for m in re.findall(r"GB\d{2}[A-Z]{4}\d{14}", t):
                if not negatives202.iban_ok(m):
                    errs.append("%s: IBAN check digits" % n["id"])
        if n["class"] == "gps_tag_imei_and_iccid_luhn":
            from common202 import luhn_ok
            for m in re.findall(r"\b\d{15}\b|\b8944\d{15}\b", t):
                if not luhn_ok(m):
                    errs.append("%s: Luhn digit" % n["id"])
        if n["class"] == "commission_parcel_s10_tracking_numbers":
            for m in re.findall(r"\b[A-Z]{2}\d{9}GB\b", t):
                if not negatives202.s10_ok(m):
                    errs.append("%s: S10 check digit" % n["id"])
        if n["class"] == "public_donation_widget_keys":
            for m in re.findall(r"pk\.([A-Za-z0-9_-]+)\.", t):
                try:
                    json.loads(_b64url_dec(m))
                except Exception:
                    errs.append("%s: Mapbox pk. middle is not JSON" % n["id"])
    # ---- deny-list
    labels = []
    for r in pos:
        labels += [("container", r["container"]), ("span type", r["type"])]
    for r in eva:
        labels += [("container", r["container"]), ("span type", r["type"]), ("encoding", r["encoding"])]
    for n in neg:
        labels += [("container", n["container"]), ("class", n["class"])]
    for what, lab in sorted(set(labels)):
        hit = denied(lab, deny)
        if hit:
            errs.append("%s %s overlaps the deny-list: %s" % (what, lab, hit))
    return errs


# ------------------------------------------------------------------ mutation tests
def _mut(data, fn):
    d = copy.deepcopy(data)
    fn(d)
    return d


def mutations():
    def m01(d):
        d["secrets"][3]["secrets"][0]["start"] += 1
    def m02(d):
        d["secrets"][5]["id"] = d["secrets"][4]["id"]
    def m03(d):
        d["negatives"][7]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]
    def m04(d):
        d["evasions"][10]["secrets"][0]["plain"] += "x"
    def m05(d):
        r = d["secrets"][190]
        r["container"] = r["type"] + "__fairground_api_dotenv_production"
    def m06(d):
        d["negatives"][0]["class"] = "inline_base64_icons"
    def m07(d):
        d["secrets"][9]["type"] = "ring_register_db_password" if d["secrets"][9]["type"] != "ring_register_db_password" else "intake_log_admin_password"
    def m08(d):
        del d["evasions"][-1]
    def m09(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1
    def m10(d):
        a, b = d["secrets"][20], d["secrets"][21]
        va, vb = a["secrets"][0]["value"], b["secrets"][0]["value"]
        b["text"] = b["text"].replace(vb, va)
        b["secrets"][0]["value"] = va
        b["secrets"][0]["end"] = b["secrets"][0]["start"] + len(va)
    def m11(d):
        r = d["secrets"][30]
        r["text"] += "\n# again: " + r["secrets"][0]["value"]
    def m12(d):
        r = [x for x in d["secrets"] if x["type"] == "adoption_scheme_session_jwt"][0]
        v = r["secrets"][0]["value"]
        h, p, s = v.split(".")
        nv = h + "." + "eyJub3QganNvbg" + "." + s
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv
        r["secrets"][0]["end"] = r["secrets"][0]["start"] + len(nv)
    def m13(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][1]
        r["container"] = r["container"].split("__")[0] + "__spa"
    def m14(d):
        n = [x for x in d["negatives"] if x["class"] == "donation_bank_ibans_mod97"][0]
        import re as _re
        m = _re.search(r"GB(\d{2})", n["text"])
        bad = "%02d" % ((int(m.group(1)) + 1) % 100)
        n["text"] = n["text"][:m.start(1)] + bad + n["text"][m.end(1):]
    def m15(d):
        r = [x for x in d["secrets"] if x["source"] == "password"][0]
        r["type"] = positional202.PREFIX + "curl_lower_u_colon_pair"
        r["secrets"][0]["type"] = r["type"]
    def m16(d):
        n = [x for x in d["negatives"] if x["class"] == "specimen_accession_and_gbif_ids"][0]
        m = UUIDISH.search(n["text"])
        u = m.group(0)
        n["text"] = n["text"].replace(u, u[:14] + "1" + u[15:])
    def m17(d):
        r = [x for x in d["secrets"] if x["type"] == "volunteer_rota_sync_key"][0]
        v = r["secrets"][0]["value"]
        last = "0" if v[-1] != "0" else "1"
        nv = v[:-1] + last
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv
    def m18(d):
        d["negatives"][3]["text"] += d["evasions"][0]["secrets"][0]["plain"]
    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_value_twice_in_text", m11), ("m12_jwt_payload_not_json", m12),
            ("m13_deny_listed_language", m13), ("m14_bad_iban_check_digits", m14),
            ("m15_earlier_syntax_name", m15), ("m16_uuid_not_v4", m16), ("m17_luhn_mod36_broken", m17),
            ("m18_evasion_plain_in_negative", m18)]


def run_mutations(data, deny, base_errs):
    results = []
    base = set(base_errs)
    for name, fn in mutations():
        try:
            errs = run_checks(_mut(data, fn), deny)
            caught = bool(set(errs) - base)
        except Exception as e:  # an exception in the checks also counts as caught
            caught = True
        results.append((name, caught))
    return results
