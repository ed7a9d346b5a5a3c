"""All checks run by build.py before anything is written, and the mutation tests."""
import base64
import copy
import json
import re
import struct
from collections import Counter, defaultdict

from common182 import (PW_RE, PW_STRICT_RE, UUID_RE, uuid_is_v4, jwt_parts_ok, gh_token_ok, wireguard_key_ok,
                       vin_ok, cas_ok, gs1_digit, b64url_decode)
import dec182
import everyday182
import vendor182
import positional182
import prose182
import evasions182
import negatives182
from enc182 import ENCODINGS

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
VIN_RE = re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b")
CAS_RE = re.compile(r"\b(\d{2,7}-\d{2}-\d)\b")
EAN_RE = re.compile(r"\b(\d{13})\b")
PEM_RE = re.compile(r"-----BEGIN PUBLIC KEY-----\n([A-Za-z0-9+/=]+)\n-----END PUBLIC KEY-----")
SSH_RE = re.compile(r"ssh-ed25519 ([A-Za-z0-9+/=]+)")

EVERYDAY_PW_TYPES = {t for t, _w, _d, k in everyday182.TYPES if k == "pw"}
VENDOR_PW_TYPES = {v[0] for v in vendor182.VENDORS if v[4] == "password"}


def hidden_password(rec):
    """Password hidden in a Base64 positional span (NUL user NUL password), else None."""
    if rec["source"] == "password" and rec["type"].endswith("_b64"):
        try:
            raw = base64.b64decode(rec["secrets"][0]["value"], validate=True).decode()
        except Exception:
            return "<undecodable Base64>"
        return raw.split("\0")[-1]
    return None


def denied(name, deny):
    names = deny["_names"]
    n = name.lower()
    return n in names or any(p in names for p in n.split("__") if p)


def run_checks(data, deny):
    errs = []
    E = errs.append
    pos, evs, negs = data["secrets"], data["evasions"], data["negatives"]

    # ---- ids and fields
    for recs, pre, fields, sfields in ((pos, "p182-s-", POS_FIELDS, SPAN_FIELDS), (evs, "p182-e-", EV_FIELDS, EV_SPAN_FIELDS),
                                       (negs, "p182-n-", NEG_FIELDS, None)):
        seen = set()
        for i, r in enumerate(recs):
            if list(r.keys()) != fields:
                E("fields %s %s" % (r.get("id"), list(r.keys())))
                continue
            if r["id"] != "%s%04d" % (pre, i + 1):
                E("id not sequential %s at %d" % (r["id"], i))
            if r["id"] in seen:
                E("duplicate id %s" % r["id"])
            seen.add(r["id"])
            if sfields:
                if len(r["secrets"]) != 1:
                    E("span count %s" % r["id"])
                    continue
                if list(r["secrets"][0].keys()) != sfields:
                    E("span fields %s" % r["id"])
            for ch in ("«", "»", "\0"):
                if ch in r["text"]:
                    E("slot marker / NUL in %s" % r["id"])
            if "PRIVATE KEY" in r["text"]:
                E("PRIVATE KEY in %s" % r["id"])
    if errs:
        return errs

    # ---- spans
    allvals = []
    for r in pos + evs:
        s = r["secrets"][0]
        v = s["value"]
        if r["text"][s["start"]:s["end"]] != v:
            E("span does not re-slice %s" % r["id"])
        if not v or v != v.strip():
            E("empty or edge-whitespace value %s" % r["id"])
        if r["type"] != s["type"]:
            E("record/span type mismatch %s" % r["id"])
        if r["text"].count(v) != 1:
            E("value not exactly once in its text %s" % r["id"])
        allvals.append((r["id"], v))
    cnt = Counter(v for _i, v in allvals)
    for v, c in cnt.items():
        if c > 1:
            E("value reused %d times: %s" % (c, v[:30]))
    texts = [(r["id"], r["text"]) for r in pos + evs]
    hidden = [(r["id"], hidden_password(r)) for r in pos if hidden_password(r)]
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in evs]
    for rid, v in allvals:
        for tid, t in texts:
            if tid != rid and v in t:
                E("value of %s appears in %s" % (rid, tid))
    for rid, v in hidden + plains:
        for tid, t in texts:
            if v in t:
                E("hidden password / evasion plain of %s appears in text of %s" % (rid, tid))
    forbidden = [v for _i, v in allvals] + [v for _i, v in hidden + plains]
    for n in negs:
        for v in forbidden:
            if v in n["text"]:
                E("positive value in negative %s" % n["id"])
    for r in pos:
        if r["source"] == "prose":
            s = r["secrets"][0]
            t = r["text"]
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                E("prose value not set off by whitespace %s" % r["id"])

    # ---- shapes
    for r in pos:
        v, t = r["secrets"][0]["value"], r["type"]
        if r["source"] == "everyday" and t in EVERYDAY_PW_TYPES and not PW_RE.match(v):
            E("everyday password shape %s" % r["id"])
        if r["source"] == "vendor" and t in VENDOR_PW_TYPES and not PW_RE.match(v):
            E("vendor password shape %s" % r["id"])
        if r["source"] in ("password", "prose"):
            hp = hidden_password(r)
            if hp is not None:
                if not PW_STRICT_RE.match(hp):
                    E("Base64-hidden password shape %s" % r["id"])
            elif not PW_STRICT_RE.match(v):
                E("password shape %s" % r["id"])
        for m in UUID_RE.finditer(v):
            if not uuid_is_v4(m.group(0)):
                E("UUID not v4 in %s" % r["id"])
        if (v.startswith("eyJ") and v.count(".") == 2) or t == "fleet_wash_portal_service_jwt" or t == "shopmonkey_api_token":
            if not jwt_parts_ok(v):
                E("JWT parts not JSON %s" % r["id"])
        if t == "fleet_wash_portal_service_jwt":
            try:
                assert json.loads(b64url_decode(v.split(".")[0]))["alg"] == "HS512"
            except Exception:
                E("fleet JWT not HS512 %s" % r["id"])
        if t == "lpr_camera_gateway_api_key" and not re.fullmatch(r"lprk_live_[0-9A-Za-z]{32}", v):
            E("lpr key shape %s" % r["id"])
        if t == "wash_club_billing_webhook_secret" and not re.fullmatch(r"wcbwh_[A-Za-z0-9_-]{43}", v):
            E("webhook secret shape %s" % r["id"])
        if t == "tpms_tool_sync_refresh_token" and not re.fullmatch(r"tpmsrt\.[A-Za-z0-9_-]{48}", v):
            E("refresh token shape %s" % r["id"])
        if t == "chem_dosing_telemetry_aes_key" and not re.fullmatch(r"[0-9a-f]{64}", v):
            E("aes key shape %s" % r["id"])
        if t == "tunnel_plc_wireguard_private_key" and not wireguard_key_ok(v):
            E("wireguard key not a clamped 32-byte Base64 key %s" % r["id"])
        if t == "github_app_installation_token" and not gh_token_ok(v, "ghs_"):
            E("ghs_ CRC %s" % r["id"])
        if t == "sentry_org_auth_token":
            try:
                json.loads(base64.b64decode(v[7:v.rindex("_")]))
            except Exception:
                E("sntrys_ JSON %s" % r["id"])
        if t == "grafana_cloud_access_policy_token":
            try:
                json.loads(base64.b64decode(v[4:]))
            except Exception:
                E("glc_ JSON %s" % r["id"])
        if t == "cloudflare_tunnel_token":
            try:
                d = json.loads(base64.b64decode(v))
                assert len(base64.b64decode(d["s"])) == 32 and uuid_is_v4(d["t"])
            except Exception:
                E("tunnel token JSON %s" % r["id"])
        if t == "mapbox_secret_access_token":
            try:
                json.loads(b64url_decode(v.split(".")[1]))
            except Exception:
                E("mapbox JSON %s" % r["id"])
        if t == "pypi_api_token" and not v.startswith("pypi-AgEIcHlwaS5vcmc"):
            E("pypi macaroon prefix %s" % r["id"])
        if t == "azure_service_bus_shared_access_key" and not re.fullmatch(r"[A-Za-z0-9+/]{43}=", v):
            E("service bus key length %s" % r["id"])
    for r in evs:
        p = r["secrets"][0]["plain"]
        if r["type"] == "wash_evasion_bay_controller_password" and not PW_STRICT_RE.match(p):
            E("evasion password plain shape %s" % r["id"])
    for n in negs:
        for m in UUID_RE.finditer(n["text"]):
            if not uuid_is_v4(m.group(0)):
                E("UUID not v4 in negative %s" % n["id"])
        if n["class"] in ("alignment_measurements_and_job_numbers", "fleet_wash_po_and_unit_numbers", "vehicle_history_report_ids"):
            vins = VIN_RE.findall(n["text"])
            if not vins and not n["class"].startswith("fleet"):
                E("no VIN found in %s" % n["id"])
            for x in vins:
                if not vin_ok(x):
                    E("VIN check digit wrong in %s" % n["id"])
        if n["class"] == "chemical_lot_numbers_and_cas_registry":
            for x in CAS_RE.findall(n["text"]):
                if not cas_ok(x):
                    E("CAS check digit wrong in %s" % n["id"])
        if n["class"] == "tyre_dot_codes_and_storage_bin_labels":
            for x in EAN_RE.findall(n["text"]):
                if gs1_digit(x[:12]) != x[12]:
                    E("EAN check digit wrong in %s" % n["id"])
        if n["class"] == "public_keys_and_host_fingerprints":
            for x in PEM_RE.findall(n["text"]):
                der = base64.b64decode(x)
                if len(der) != 44 or der[:12] != negatives182.ED25519_SPKI_PREFIX:
                    E("Ed25519 SPKI layout %s" % n["id"])
            for x in SSH_RE.findall(n["text"]):
                blob = base64.b64decode(x)
                if blob[:15] != struct.pack(">I", 11) + b"ssh-ed25519" or len(blob) != 51:
                    E("ssh-ed25519 blob layout %s" % n["id"])

    # ---- evasions
    wordings = {w for w, _t in evasions182.WORDINGS}
    per_enc = Counter()
    for r in evs:
        s = r["secrets"][0]
        enc, run, plain = r["encoding"], s["value"], s["plain"]
        per_enc[enc] += 1
        if s["encoding"] != enc:
            E("record/span encoding differ %s" % r["id"])
        if r["source"] != "evasion":
            E("evasion source %s" % r["id"])
        try:
            dec = dec182.decode(enc, run)
        except Exception as ex:  # noqa
            dec = "<error %s>" % ex
        if dec != plain:
            E("evasion does not decode to its plain %s" % r["id"])
        if not PLAIN_RE.match(plain):
            E("plain alphabet %s" % r["id"])
        if plain in run:
            E("run contains its plain %s" % r["id"])
        c = r["container"].split("__")
        if len(c) != 2 or c[0] != enc or c[1] not in wordings:
            E("evasion container %s" % r["id"])
        rule = ENCODINGS.get(enc, ("",))[0]
        t = r["text"]
        if not rule or t[:s["start"]] != t[:s["start"]] or not t[:s["start"]].endswith(rule + ":\n"):
            E("rule, colon and newline do not precede the run %s" % r["id"])
        rest = t[s["end"]:]
        if not rest.startswith("\n") or not rest.strip():
            E("run not followed by newline and a remark %s" % r["id"])
        if "\n" in run:
            E("run spans lines %s" % r["id"])
    if len(evs) != 66 or len(per_enc) != 22 or set(per_enc.values()) != {3}:
        E("evasion counts %d / %d" % (len(evs), len(per_enc)))

    # ---- negatives
    if len(negs) < 180:
        E("fewer than 180 negatives")
    if len({n["class"] for n in negs}) < 16:
        E("fewer than 16 negative classes")
    if len({n["text"] for n in negs}) != len(negs):
        E("duplicate negative texts")
    for n in negs:
        if n["source"] != "negative":
            E("negative source %s" % n["id"])

    # ---- deny-list
    for r in pos + evs:
        if denied(r["container"], deny):
            E("deny-listed container %s (%s)" % (r["container"], r["id"]))
        if denied(r["type"], deny):
            E("deny-listed span type %s" % r["type"])
    for r in evs:
        if denied(r["encoding"], deny):
            E("deny-listed encoding %s" % r["encoding"])
    for n in negs:
        if denied(n["class"], deny):
            E("deny-listed negative class %s" % n["class"])
        if denied(n["container"], deny):
            E("deny-listed negative container %s" % n["container"])
    syn_deny = deny["_syntaxes"] | deny["_names"]
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(positional182.PREFIX):]
            if syn in syn_deny or r["type"] in deny["_names"]:
                E("earlier positional syntax %s" % syn)
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            names = {nm.lower() for c, nm, _s, _t in prose182.LANGS if c == code}
            words = {w for nm in names for w in re.split(r"[\s/,()-]+", nm) if len(w) > 2}
            if code in deny["_codes"] or code in deny["_langnames"] or names & deny["_langnames"] or words & deny["_langnames"]:
                E("deny-listed language %s" % code)

    # ---- counts
    by = defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    ed = by["everyday"]
    if len(ed) != 180:
        E("everyday count %d" % len(ed))
    kinds = defaultdict(list)
    for r in ed:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E("everyday kinds: need 45 kinds x 4 different types")
    tc = Counter(r["type"] for r in ed)
    if len(tc) != 12 or set(tc.values()) != {15}:
        E("everyday types: need 12 x 15")
    vd = by["vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E("vendor count / distinct types")
    for r in vd:
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != r["type"] or parts[1] not in vendor182.STYLES:
            E("vendor container %s" % r["id"])
    pwr = by["password"]
    if not (95 <= len({r["type"] for r in pwr}) <= 120) or len(pwr) != len({r["type"] for r in pwr}):
        E("password syntax count %d" % len(pwr))
    for r in pwr:
        if not r["type"].startswith(positional182.PREFIX) or r["container"].split("__")[0] != r["type"]:
            E("password type / container %s" % r["id"])
    pr = by["prose"]
    if len(pr) != 40 or len({r["container"].split("__")[-1] for r in pr}) != 40:
        E("prose: need 40 records in 40 languages")
    if not (440 <= len(pos) <= 470):
        E("positives total %d" % len(pos))
    if set(by) != {"everyday", "vendor", "password", "prose"}:
        E("unknown source")
    types_by = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(types_by)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if types_by[ks[i]] & types_by[ks[j]]:
                E("span types shared by %s and %s" % (ks[i], ks[j]))
    if {r["type"] for r in evs} & set().union(*types_by.values()):
        E("evasion types shared with positives")
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)):
        E("non-everyday containers not unique")
    return errs


# ------------------------------------------------------------------ mutation tests
def _reset_value(rec, new):
    s = rec["secrets"][0]
    rec["text"] = rec["text"][:s["start"]] + new + rec["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def mutations(data):
    def first(src=None, typ=None, pred=None):
        for r in data["secrets"]:
            if (src is None or r["source"] == src) and (typ is None or r["type"] == typ) and (pred is None or pred(r)):
                return r
        raise LookupError

    out = []

    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1
    out.append(("m01_shifted_offset", m01))

    def m02(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]
    out.append(("m02_duplicate_id", m02))

    def m03(d):
        d["negatives"][0]["text"] += d["secrets"][5]["secrets"][0]["value"]
    out.append(("m03_positive_value_in_negative", m03))

    def m04(d):
        d["evasions"][0]["secrets"][0]["plain"] += "x"
    out.append(("m04_wrong_evasion_plain", m04))

    def m05(d):
        r = next(x for x in d["secrets"] if x["source"] == "vendor")
        r["container"] = r["type"] + "__shop_bitwarden_json_export"
    out.append(("m05_deny_listed_vendor_style", m05))

    def m06(d):
        for n in d["negatives"][:10]:
            n["class"] = "password_talk_without_any_value"
    out.append(("m06_deny_listed_negative_class", m06))

    def m07(d):
        d["secrets"][2]["type"] = "something_else"
    out.append(("m07_record_span_type_mismatch", m07))

    def m08(d):
        d["evasions"].pop()
    out.append(("m08_missing_evasion", m08))

    def m09(d):
        r = next(x for x in d["secrets"] if x["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1
    out.append(("m09_prose_value_glued", m09))

    def m10(d):
        a, b = d["secrets"][10], d["secrets"][11]
        _reset_value(b, a["secrets"][0]["value"])
    out.append(("m10_value_reused", m10))

    def m11(d):
        r = d["evasions"][0]
        r["encoding"] = r["secrets"][0]["encoding"] = "atbash_mirrored_alphabet"
        r["container"] = "atbash_mirrored_alphabet__" + r["container"].split("__")[1]
    out.append(("m11_deny_listed_encoding", m11))

    def m12(d):
        r = d["secrets"][3]
        r["text"] += " " + r["secrets"][0]["value"]
    out.append(("m12_value_twice_in_text", m12))

    def m13(d):
        r = next(x for x in d["secrets"] if x["type"] == "fleet_wash_portal_service_jwt")
        h, _p, s = r["secrets"][0]["value"].split(".")
        _reset_value(r, h + "." + base64.urlsafe_b64encode(b"not json at all").decode().rstrip("=") + "." + s)
    out.append(("m13_jwt_payload_not_json", m13))

    def m14(d):
        r = next(x for x in d["secrets"] if x["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__fra"
    out.append(("m14_deny_listed_language", m14))

    def m15(d):
        r = next(x for x in d["secrets"] if x["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = "washpw_mysql_client_glued_lower_p"
        r["container"] = "washpw_mysql_client_glued_lower_p__" + r["container"].split("__")[1]
    out.append(("m15_earlier_syntax_name", m15))

    def m16(d):
        n = next(x for x in d["negatives"] if x["class"] == "vehicle_history_report_ids")
        v = VIN_RE.findall(n["text"])[0]
        bad = v[:8] + ("0" if v[8] != "0" else "1") + v[9:]
        n["text"] = n["text"].replace(v, bad)
    out.append(("m16_bad_vin_check_digit", m16))

    def m17(d):
        n = next(x for x in d["negatives"] if UUID_RE.search(x["text"]))
        u = UUID_RE.search(n["text"]).group(0)
        n["text"] = n["text"].replace(u, u[:14] + "1" + u[15:])
    out.append(("m17_uuid_not_v4", m17))

    def m18(d):
        r = next(x for x in d["secrets"] if x["type"] == "tunnel_plc_wireguard_private_key")
        raw = bytearray(base64.b64decode(r["secrets"][0]["value"]))
        raw[0] |= 7
        _reset_value(r, base64.b64encode(bytes(raw)).decode())
    out.append(("m18_wireguard_key_not_clamped", m18))

    def m19(d):
        n = next(x for x in d["negatives"] if x["class"] == "chemical_lot_numbers_and_cas_registry")
        c = CAS_RE.findall(n["text"])[0]
        bad = c[:-1] + str((int(c[-1]) + 1) % 10)
        n["text"] = n["text"].replace(c, bad, 1)
    out.append(("m19_bad_cas_check_digit", m19))

    def m20(d):
        r = next(x for x in d["secrets"] if x["type"].endswith("smtp_auth_plain_inline_b64"))
        _reset_value(r, base64.b64encode(b"\0kioskop\0NOT A PASSWORD").decode())
    out.append(("m20_base64_span_hides_bad_password", m20))
    return out


def run_mutations(data, deny):
    results = []
    for name, fn in mutations(data):
        d = copy.deepcopy(data)
        fn(d)
        errs = run_checks(d, deny)
        results.append((name, bool(errs)))
    return results
