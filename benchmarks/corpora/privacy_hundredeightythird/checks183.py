"""All checks run before anything is written, plus mutation tests."""
import base64
import copy
import json
import re

import dec183
import everyday183
import negatives183
import positional183
import prose183
import vendor183
from common183 import (PREFIX, PW_RE, PW_STRICT_RE, UUID_RE, crc_token_ok, b64url_decode, base62_int,
                       denied, uuid_is_v4)
from enc183 import ENCODINGS
from evasions183 import EV_TYPES, WORDINGS

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
EV_FIELDS = POS_FIELDS | {"encoding"}
SPAN_FIELDS = {"value", "start", "end", "type"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def _jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
        return len(b64url_decode(parts[2])) in (32, 64)
    except Exception:
        return False


def _b64json_ok(s):
    try:
        json.loads(base64.b64decode(s + "=" * (-len(s) % 4)))
        return True
    except Exception:
        return False


def _syt_ok(v):
    body, crc = v[:-7], v[-6:]
    import zlib
    return v[-7] == "_" and base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == crc


def check_ids(recs, kind, errs):
    for i, r in enumerate(recs, 1):
        want = "%s-%s-%04d" % (PREFIX, kind, i)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))


def check_positive_records(recs, fields, errs, tag):
    for r in recs:
        if set(r) != fields:
            errs.append("%s %s: fields %s" % (tag, r.get("id"), sorted(r)))
            continue
        sp = r["secrets"]
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s %s: must have exactly one span" % (tag, r["id"]))
            continue
        s = sp[0]
        want = SPAN_FIELDS | ({"plain", "encoding"} if tag == "evasion" else set())
        if set(s) != want:
            errs.append("%s %s: span fields %s" % (tag, r["id"], sorted(s)))
            continue
        v, a, b = s["value"], s["start"], s["end"]
        if not v or r["text"][a:b] != v:
            errs.append("%s %s: span does not re-slice" % (tag, r["id"]))
        if v != v.strip():
            errs.append("%s %s: edge whitespace in value" % (tag, r["id"]))
        if r["type"] != s["type"]:
            errs.append("%s %s: record type != span type" % (tag, r["id"]))
        if r["text"].count(v) != 1:
            errs.append("%s %s: value occurs %d times in its text" % (tag, r["id"], r["text"].count(v)))
        if "\x00" in r["text"] or "PRIVATE KEY" in r["text"]:
            errs.append("%s %s: NUL or PRIVATE KEY in text" % (tag, r["id"]))


def check_all(data, deny):
    errs = []
    pos, ev, neg, hidden = data["secrets"], data["evasions"], data["negatives"], data["hidden"]
    check_ids(pos, "s", errs)
    check_ids(ev, "e", errs)
    check_ids(neg, "n", errs)
    check_positive_records(pos, POS_FIELDS, errs, "positive")
    check_positive_records(ev, EV_FIELDS, errs, "evasion")
    if errs:
        return errs
    by_src = {}
    for r in pos:
        by_src.setdefault(r["source"], []).append(r)
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("bad source %s" % r["id"])
    for r in ev:
        if r["source"] != "evasion":
            errs.append("evasion source %s" % r["id"])

    # ---- uniqueness and cross-record leakage
    values = [(r["id"], r["secrets"][0]["value"]) for r in pos + ev]
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in ev]
    seen = {}
    for rid, v in values + plains + [("hidden", h) for h in hidden]:
        if v in seen:
            errs.append("value reused: %s and %s" % (seen[v], rid))
        seen[v] = rid
    alltexts = [(r["id"], r["text"]) for r in pos + ev]
    negtexts = [(r["id"], r["text"]) for r in neg]
    for rid, v in values:
        for tid, t in alltexts:
            if tid != rid and v in t:
                errs.append("value of %s appears in %s" % (rid, tid))
        for tid, t in negtexts:
            if v in t:
                errs.append("value of %s appears in negative %s" % (rid, tid))
    for rid, p in plains + [("hidden", h) for h in hidden]:
        for tid, t in alltexts + negtexts:
            if p in t:
                errs.append("plain/hidden password of %s appears in %s" % (rid, tid))

    # ---- counts
    ed = by_src.get("everyday", [])
    if len(ed) != 180:
        errs.append("everyday count %d" % len(ed))
    kinds = {}
    for r in ed:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: need 45 kinds x 4 different types")
    tcount = {}
    for r in ed:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        errs.append("everyday: need 12 types x 15 records (%s)" % tcount)
    vd = by_src.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor: need 120 distinct types")
    for r in vd:
        if r["container"].split("__")[0] != r["type"] or r["container"].count("__") != 1:
            errs.append("vendor container %s" % r["id"])
    pw = by_src.get("password", [])
    if not (95 <= len({r["type"] for r in pw}) <= 120) or len(pw) != len({r["type"] for r in pw}):
        errs.append("password: need 95-120 distinct syntaxes, one record each")
    pr = by_src.get("prose", [])
    codes = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(codes)) != 40:
        errs.append("prose: need 40 records in 40 languages")
    if not (440 <= len(pos) <= 470):
        errs.append("positives total %d" % len(pos))
    types_by = {k: {r["type"] for r in v} for k, v in by_src.items()}
    types_by["evasion"] = {r["type"] for r in ev}
    ks = list(types_by)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if types_by[ks[i]] & types_by[ks[j]]:
                errs.append("span types shared between %s and %s" % (ks[i], ks[j]))
    non_ed = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in ev]
    if len(non_ed) != len(set(non_ed)):
        errs.append("non-everyday containers not unique")

    # ---- shapes
    ev_pw_types = set(everyday183.PW_TYPES)
    vend_pw = {v["name"] for v in vendor183.VENDORS if v["conf"] == "owner"}
    for r in pos:
        v, t = r["secrets"][0]["value"], r["type"]
        if t in ev_pw_types or t in vend_pw:
            if not PW_RE.match(v):
                errs.append("%s: owner password shape %r" % (r["id"], v))
        if r["source"] in ("password", "prose") and not (t.endswith("_b64")):
            if not PW_STRICT_RE.match(v):
                errs.append("%s: strict password shape %r" % (r["id"], v))
        if r["source"] == "prose":
            a, b = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if a == 0 or b >= len(r["text"]) or not r["text"][a - 1].isspace() or not r["text"][b].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
        for m in JWT_RE.finditer(v):
            if not _jwt_ok(m.group(0)):
                errs.append("%s: JWT without JSON / HMAC" % r["id"])
        if t == "weather_station_ingest_hmac_key" and not re.fullmatch(r"[0-9a-f]{64}", v):
            errs.append("%s: hmac key shape" % r["id"])
        if t == "citizen_science_submission_api_key" and not re.fullmatch(r"csub_live_[0-9A-Za-z]{32}", v):
            errs.append("%s: csub shape" % r["id"])
        if t == "eclipse_livestream_publish_key" and not (v.startswith("evl_") and len(b64url_decode(v[4:])) == 24):
            errs.append("%s: evl shape" % r["id"])
        if t == "planetarium_osc_bridge_psk":
            try:
                ok = len(base64.b64decode(v, validate=True)) == 32
            except Exception:
                ok = False
            if not ok:
                errs.append("%s: psk is not Base64 of 32 bytes" % r["id"])
        if t == "kiosk_fleet_enrolment_token" and not everyday183.kft_ok(v):
            errs.append("%s: kft CRC" % r["id"])
        if t == "membership_portal_session_jwt" and not _jwt_ok(v):
            errs.append("%s: membership JWT" % r["id"])
        if t in ("github_oauth_access_token",) and not crc_token_ok(v, "gho_"):
            errs.append("%s: gho_ checksum" % r["id"])
        if t in ("github_app_installation_token",) and not crc_token_ok(v, "ghs_"):
            errs.append("%s: ghs_ checksum" % r["id"])
        if t == "npm_automation_access_token" and not crc_token_ok(v, "npm_"):
            errs.append("%s: npm_ checksum" % r["id"])
        if t == "matrix_synapse_access_token" and not _syt_ok(v):
            errs.append("%s: syt_ checksum" % r["id"])
        if t == "onepassword_service_account_token" and not _b64json_ok(v[4:]):
            errs.append("%s: ops_ JSON" % r["id"])
        if t == "grafana_cloud_access_policy_token" and not _b64json_ok(v[4:]):
            errs.append("%s: glc_ JSON" % r["id"])
        if t == "cloudflare_tunnel_token" and not _b64json_ok(v):
            errs.append("%s: tunnel JSON" % r["id"])
        if t == "sentry_org_auth_token" and not _b64json_ok(v[len("sntrys_"):v.rindex("_")]):
            errs.append("%s: sntrys_ JSON" % r["id"])
        if t == "pypi_project_upload_token" and not v.startswith("pypi-AgEIcHlwaS5vcmc"):
            errs.append("%s: pypi prefix" % r["id"])
        if t.endswith("_b64"):
            raw = base64.b64decode(v).decode()
            hiddenpw = raw.split("\x00")[-1] if "\x00" in raw else raw.split(":", 1)[-1]
            if hiddenpw not in hidden or not PW_STRICT_RE.match(hiddenpw):
                errs.append("%s: Base64 span does not hide a strict password" % r["id"])
    for r in pos + ev + neg:
        for m in UUID_RE.finditer(r["text"]):
            if not uuid_is_v4(m.group(0)):
                errs.append("%s: UUID-shaped %s not version 4" % (r["id"], m.group(0)))

    # ---- evasions
    ecount = {}
    for r in ev:
        s = r["secrets"][0]
        enc, run, plain = s["encoding"], s["value"], s["plain"]
        ecount[enc] = ecount.get(enc, 0) + 1
        if r["encoding"] != enc or enc not in ENCODINGS:
            errs.append("%s: encoding mismatch" % r["id"])
            continue
        try:
            dec = dec183.decode(enc, run)
        except Exception as e:  # noqa
            dec = None
        if dec != plain:
            errs.append("%s: run does not decode to its plain" % r["id"])
        if not PLAIN_RE.match(plain) or plain in run:
            errs.append("%s: plain alphabet or plain inside run" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: run must follow ':\\n' and be followed by a newline and a remark" % r["id"])
        if ENCODINGS[enc][1] not in t[:s["start"]]:
            errs.append("%s: rule not stated before the run" % r["id"])
        if r["container"] != enc + "__" + r["container"].split("__")[1]:
            errs.append("%s: evasion container" % r["id"])
        if r["type"] == "astro_evasion_dome_pc_password" and not PW_STRICT_RE.match(plain):
            errs.append("%s: evasion password shape" % r["id"])
    if len(ev) != 66 or len(ecount) != 22 or set(ecount.values()) != {3}:
        errs.append("evasions: need 22 encodings x 3")

    # ---- negatives
    classes = {}
    ntexts = set()
    for r in neg:
        if set(r) != NEG_FIELDS or r["source"] != "negative":
            errs.append("negative %s: fields/source" % r.get("id"))
            continue
        if r["text"] in ntexts:
            errs.append("negative %s: duplicate text" % r["id"])
        ntexts.add(r["text"])
        classes[r["class"]] = classes.get(r["class"], 0) + 1
        if r["class"] == "satellite_tle_sets_with_mod10_checksums":
            for line in r["text"].splitlines():
                if re.match(r"^[12] \d{5}", line) and not negatives183.tle_ok(line):
                    errs.append("%s: TLE checksum" % r["id"])
        if r["class"] == "orcid_ids_bibcodes_and_dois":
            for o in re.findall(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b", r["text"]):
                if not negatives183.orcid_ok(o):
                    errs.append("%s: ORCID check character" % r["id"])
        if r["class"] == "group_booking_references_with_mod97_check":
            for ref in re.findall(r"\bBK\d{12}\b", r["text"]):
                if not negatives183.mod97_ok(ref):
                    errs.append("%s: MOD 97 check" % r["id"])
        if r["class"] == "ssh_host_fingerprints_and_ed25519_public_keys":
            for k in re.findall(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", r["text"]):
                if not negatives183.ed25519_ok(k):
                    errs.append("%s: ed25519 wire format" % r["id"])
    if len(classes) < 16 or len(neg) < 180:
        errs.append("negatives: need >= 16 classes and >= 180 records")

    # ---- deny-list
    def chk(name, what):
        bad = denied(name, deny)
        if bad:
            errs.append("deny-listed %s: %s (%s)" % (what, name, bad))
    for r in pos + ev:
        chk(r["container"], "container")
        chk(r["type"], "span type")
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(positional183.PREFIX):]
            chk(syn, "syntax")
            if syn in deny["_synset"]:
                errs.append("earlier syntax: %s" % syn)
    for r in ev:
        chk(r["encoding"], "encoding")
    for r in neg:
        chk(r["class"], "negative class")
        chk(r["container"], "negative container")
    for code, name, _s, _t in prose183.LANGS:
        if code in deny["_codes"] or code in deny["_lnames"]:
            errs.append("deny-listed language code %s" % code)
        for w in [name.lower()] + name.lower().split():
            if w in deny["_lnames"]:
                errs.append("deny-listed language name %s" % name)
    for code, name in prose183.SPARES:
        if code in deny["_codes"] or name.lower() in deny["_lnames"]:
            errs.append("deny-listed spare language %s" % code)
    prose_codes = {r["container"].split("__")[1] for r in pos if r["source"] == "prose"}
    for c in prose_codes:
        if c in deny["_codes"]:
            errs.append("deny-listed prose container language %s" % c)
    return errs


# ---------------------------------------------------------------- mutation tests
def _m(fn):
    return fn


def mutations(data):
    muts = []

    def m01(d):
        d["secrets"][3]["secrets"][0]["start"] += 1
    muts.append(("m01_shifted_offset", m01))

    def m02(d):
        d["negatives"][5]["id"] = d["negatives"][4]["id"]
    muts.append(("m02_duplicate_id", m02))

    def m03(d):
        d["negatives"][7]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]
    muts.append(("m03_positive_value_in_negative", m03))

    def m04(d):
        d["evasions"][10]["secrets"][0]["plain"] += "x"
    muts.append(("m04_wrong_evasion_plain", m04))

    def m05(d):
        d["secrets"][0]["container"] = "bike_pos_dotenv_local"
    muts.append(("m05_deny_listed_container", m05))

    def m06(d):
        for r in d["negatives"][:12]:
            r["class"] = "pinsetter_machine_serials_and_fault_codes"
    muts.append(("m06_deny_listed_negative_class", m06))

    def m07(d):
        d["secrets"][50]["type"] = d["secrets"][51]["type"] + "_x"
    muts.append(("m07_record_span_type_mismatch", m07))

    def m08(d):
        del d["evasions"][-1]
    muts.append(("m08_missing_evasion", m08))

    def m09(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        s = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:s["start"] - 1] + "X" + t[s["start"]:]
    muts.append(("m09_prose_value_glued", m09))

    def m10(d):
        a = d["secrets"][10]["secrets"][0]
        b = d["secrets"][20]
        t = b["text"]
        s = b["secrets"][0]
        b["text"] = t[:s["start"]] + a["value"] + t[s["end"]:]
        s["value"] = a["value"]
        s["end"] = s["start"] + len(a["value"])
    muts.append(("m10_value_reused", m10))

    def m11(d):
        r = d["secrets"][30]
        r["text"] += "\n# again: " + r["secrets"][0]["value"]
    muts.append(("m11_value_twice_in_text", m11))

    def m12(d):
        r = [x for x in d["secrets"] if x["type"] == "membership_portal_session_jwt"][0]
        s = r["secrets"][0]
        h, p, g = s["value"].split(".")
        nv = h + ".eyJub3Rqc29u" + "." + g
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"], s["end"] = nv, s["start"] + len(nv)
    muts.append(("m12_jwt_payload_not_json", m12))

    def m13(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "adjacent_pair_swap"
            r["secrets"][0]["encoding"] = "adjacent_pair_swap"
    muts.append(("m13_deny_listed_encoding", m13))

    def m14(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__fra"
    muts.append(("m14_deny_listed_language", m14))

    def m15(d):
        r = [x for x in d["secrets"] if x["source"] == "password"][0]
        r["type"] = "domepw_sqlcmd_capital_p_after_capital_u"
        r["secrets"][0]["type"] = r["type"]
    muts.append(("m15_earlier_syntax_name", m15))

    def m16(d):
        r = [x for x in d["secrets"] if x["type"] == "github_oauth_access_token"][0]
        s = r["secrets"][0]
        nv = s["value"][:-1] + ("A" if s["value"][-1] != "A" else "B")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
    muts.append(("m16_bad_github_checksum", m16))

    def m17(d):
        r = [x for x in d["negatives"] if x["class"] == "satellite_tle_sets_with_mod10_checksums"][0]
        lines = r["text"].split("\n")
        for i, ln in enumerate(lines):
            if ln.startswith("1 "):
                lines[i] = ln[:68] + str((int(ln[68]) + 1) % 10)
                break
        r["text"] = "\n".join(lines)
    muts.append(("m17_bad_tle_checksum", m17))

    def m18(d):
        r = [x for x in d["secrets"] if x["type"] == "kiosk_fleet_enrolment_token"][0]
        s = r["secrets"][0]
        nv = s["value"][:-1] + ("0" if s["value"][-1] != "0" else "1")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
    muts.append(("m18_bad_kft_crc", m18))
    return muts


def run_mutations(data, deny):
    base = set(check_all(data, deny))
    results = []
    for name, fn in mutations(data):
        d = copy.deepcopy(data)
        fn(d)
        new = set(check_all(d, deny)) - base
        results.append((name, bool(new)))
    return results
