"""All checks run by build.py before anything is written, plus mutation tests."""
import base64
import copy
import hashlib
import json
import re

import everyday217
import evasions217
import negatives217
import positional217
import prose217
import vendor217
from common217 import (MARK, PW_RE, PW_STRICT_RE, crc16_ccitt, crc24, damm, gs1_check, luhn_ok, vin_check)
from dec217 import decode

REC_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

UUID_RE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z])")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "ES256": 64, "EdDSA": 64, "RS256": 256}


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def parts_of(name):
    return [name] + [p for p in name.split("__") if p]


def deny_hit(name, deny_names):
    return [p for p in parts_of(name.lower()) if p in deny_names]


def check_jwt(tok):
    h, p, s = tok.split(".")
    hd = json.loads(b64u_dec(h))
    json.loads(b64u_dec(p))
    alg = hd.get("alg")
    if alg not in SIG_LEN:
        raise ValueError("alg " + str(alg))
    if len(b64u_dec(s)) != SIG_LEN[alg]:
        raise ValueError("signature length")
    return hd


def check_everyday_shape(typ, v):
    if typ in everyday217.PASSWORD_TYPES:
        return bool(PW_RE.match(v))
    if typ == "outing_log_api_key":
        m = re.fullmatch(r"olk_(\d{12})(\d)\.[A-Za-z0-9]{32}", v)
        return bool(m) and damm(m.group(1)) == m.group(2)
    if typ == "river_gauge_ingest_token":
        m = re.fullmatch(r"rgi_([A-Za-z0-9]{36})([0-9a-f]{4})", v)
        return bool(m) and "%04x" % crc16_ccitt(m.group(1).encode()) == m.group(2)
    if typ == "safety_flag_webhook_secret":
        m = re.fullmatch(r"sfbsec_([A-Za-z0-9_-]{43})", v)
        return bool(m) and len(b64u_dec(m.group(1))) == 32
    if typ == "consent_service_jwt":
        try:
            return check_jwt(v).get("alg") == "HS384" and v.count(".") == 2
        except Exception:
            return False
    if typ == "boathouse_wireguard_private_key":
        if not re.fullmatch(r"[A-Za-z0-9+/]{43}=", v):
            return False
        b = base64.b64decode(v)
        return len(b) == 32 and b[0] & 7 == 0 and b[31] & 0x80 == 0 and b[31] & 0x40 == 0x40
    if typ == "key_safe_totp_seed":
        return bool(re.fullmatch(r"[A-Z2-7]{32}", v)) and len(base64.b32decode(v)) == 20
    return False


def check_vendor_frame(typ, v):
    if typ == "amazon_ses_smtp_password":
        b = base64.b64decode(v)
        return len(b) == 33 and b[0] == 4
    if typ == "cloudflare_tunnel_token":
        o = json.loads(base64.b64decode(v))
        return sorted(o) == ["a", "s", "t"] and len(base64.b64decode(o["s"])) == 32
    if typ == "onepassword_service_account_token":
        o = json.loads(base64.b64decode(v[4:]))
        return "signInAddress" in o and o["secretKey"].startswith("A3-")
    if typ == "intercom_access_token":
        return bool(re.fullmatch(r"tok:[0-9a-f-]{36}:1:0", base64.b64decode(v).decode()))
    if typ == "discord_application_bot_token":
        return bool(re.fullmatch(r"\d{18}", b64u_dec(v.split(".")[0]).decode()))
    if typ in ("met_office_datahub_api_key", "turso_database_auth_token"):
        hd = check_jwt(v)
        return hd["alg"] == ("RS256" if typ.startswith("met") else "EdDSA")
    if typ == "azure_storage_account_key":
        return len(base64.b64decode(v)) == 64
    return True


def _check_ids(recs, prefix, kind, errs):
    for i, r in enumerate(recs):
        want = "%s-%s-%04d" % (prefix, kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r at position %d, expected %s" % (r.get("id"), i, want))
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids in %s file" % kind)


def run_checks(data, deny):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    names = set(deny["names"])
    old_syn = set(deny["syntaxes"])
    lcodes = set(deny["language_codes"])
    lnames = set(deny["language_names"])

    _check_ids(S, "p217", "s", errs)
    _check_ids(E, "p217", "e", errs)
    _check_ids(N, "p217", "n", errs)

    all_values = []
    hidden = list(data.get("hidden", []))
    for r in S + E:
        flds = EVA_FIELDS if r in E else REC_FIELDS
        if list(r.keys()) != flds:
            errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
            continue
        if len(r["secrets"]) != 1:
            errs.append("%s: %d spans" % (r["id"], len(r["secrets"])))
            continue
        sp = r["secrets"][0]
        if list(sp.keys()) != (EVA_SPAN_FIELDS if r in E else SPAN_FIELDS):
            errs.append("%s: span fields %s" % (r["id"], list(sp.keys())))
            continue
        v, s, e, t = sp["value"], sp["start"], sp["end"], sp["type"]
        if r["text"][s:e] != v:
            errs.append("%s: span does not re-slice" % r["id"])
        if not v or v != v.strip():
            errs.append("%s: empty value or edge whitespace" % r["id"])
        if r["type"] != t:
            errs.append("%s: record type %s != span type %s" % (r["id"], r["type"], t))
        if r["text"].count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        if MARK in r["text"] or "\x00" in r["text"] or "PRIVATE KEY" in r["text"]:
            errs.append("%s: slot marker, NUL or PRIVATE KEY in text" % r["id"])
        all_values.append((r["id"], v))
    seen = {}
    for rid, v in all_values:
        if v in seen:
            errs.append("%s: value reused (also %s)" % (rid, seen[v]))
        seen[v] = rid
    texts = [(r["id"], r["text"]) for r in S + E] + [(n.get("id"), n.get("text", "")) for n in N]
    plains = [(r["id"], r["secrets"][0].get("plain", "")) for r in E if r.get("secrets")]
    for rid, v in all_values:
        for tid, tx in texts:
            if tid != rid and v in tx:
                errs.append("%s: value appears in %s" % (rid, tid))
    for rid, p in plains + [("hidden", h) for h in hidden]:
        if not p:
            continue
        for tid, tx in texts:
            if p in tx:
                errs.append("%s: plain / hidden password appears in %s" % (rid, tid))

    # ---- per-source shapes
    vend = {v[0]: v for v in vendor217.VENDORS}
    src_types = {}
    for r in S:
        if list(r.keys()) != REC_FIELDS or len(r["secrets"]) != 1:
            continue
        sp = r["secrets"][0]
        v, t = sp["value"], sp["type"]
        src_types.setdefault(r["source"], set()).add(t)
        if r["source"] == "everyday":
            if not check_everyday_shape(t, v):
                errs.append("%s: everyday shape failed for %s" % (r["id"], t))
        elif r["source"] == "vendor":
            spec = vend.get(t)
            if not spec:
                errs.append("%s: unknown vendor type" % r["id"])
                continue
            rx = spec[4]
            ok = PW_RE.match(v) if rx is None else re.fullmatch(rx, v)
            if not ok:
                errs.append("%s: vendor regex failed for %s" % (r["id"], t))
            try:
                if not check_vendor_frame(t, v):
                    errs.append("%s: vendor frame failed for %s" % (r["id"], t))
            except Exception as ex:
                errs.append("%s: vendor frame error %s" % (r["id"], ex))
            if r["container"] != t + "__" + r["container"].split("__")[-1]:
                errs.append("%s: vendor container not <type>__<style>" % r["id"])
        elif r["source"] == "password":
            syn = t[len(positional217.PFX):]
            if t.startswith(positional217.PFX + "http_") and t.endswith("_b64"):
                try:
                    user, pw = base64.b64decode(v, validate=True).decode().split(":", 1)
                    if not PW_STRICT_RE.match(pw):
                        errs.append("%s: Base64 pair password not strict" % r["id"])
                    if pw not in hidden:
                        errs.append("%s: Base64 hidden password not recorded" % r["id"])
                except Exception:
                    errs.append("%s: Base64 span does not decode to user:password" % r["id"])
            elif not PW_STRICT_RE.match(v):
                errs.append("%s: positional value not strict password" % r["id"])
            if "fixed_width_cols_33_to_52" in t:
                line = [ln for ln in r["text"].split("\n") if v in ln][0]
                if line.index(v) != 32 or len(line[32:52].rstrip()) != len(v):
                    errs.append("%s: fixed-width value not in columns 33-52" % r["id"])
            if syn in old_syn or syn in names or t in names:
                errs.append("%s: positional syntax on the deny-list: %s" % (r["id"], syn))
        elif r["source"] == "prose":
            if not PW_STRICT_RE.match(v):
                errs.append("%s: prose value not strict password" % r["id"])
            s, e, tx = sp["start"], sp["end"], r["text"]
            if s == 0 or e >= len(tx) or not tx[s - 1].isspace() or not tx[e].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
        else:
            errs.append("%s: bad source %s" % (r["id"], r["source"]))
    kinds = list(src_types.keys())
    for i in range(len(kinds)):
        for j in range(i + 1, len(kinds)):
            if src_types[kinds[i]] & src_types[kinds[j]]:
                errs.append("span types shared between sources %s and %s" % (kinds[i], kinds[j]))

    # ---- UUID and JWT validity
    for rid, tx in texts:
        for m in UUID_RE.finditer(tx):
            u = m.group(0).lower()
            if u[14] != "4" or u[19] not in "89ab":
                errs.append("%s: UUID-shaped substring not version 4: %s" % (rid, u))
    for r in S + E:
        for m in JWT_RE.finditer(r.get("text", "")):
            try:
                check_jwt(m.group(0))
            except Exception as ex:
                errs.append("%s: JWT-shaped substring invalid (%s)" % (r.get("id"), ex))

    # ---- evasions
    etypes = {t[0]: t for t in evasions217.TYPES}
    enc_names = [x[0] for x in evasions217.ENCODINGS]
    wnames = [w[0] for w in evasions217.WORDINGS]
    combo_t, combo_w = {}, {}
    for r in E:
        if list(r.keys()) != EVA_FIELDS or len(r["secrets"]) != 1:
            continue
        sp = r["secrets"][0]
        enc = r["encoding"]
        if sp.get("encoding") != enc:
            errs.append("%s: record and span encoding differ" % r["id"])
        if r["source"] != "evasion":
            errs.append("%s: source not evasion" % r["id"])
        try:
            if decode(enc, sp["value"]) != sp["plain"]:
                errs.append("%s: run does not decode to plain" % r["id"])
        except Exception as ex:
            errs.append("%s: decoder error %s" % (r["id"], ex))
        tx, s, e = r["text"], sp["start"], sp["end"]
        if tx[s - 2:s] != ":\n" or tx[e:e + 1] != "\n" or not tx[e + 1:].strip():
            errs.append("%s: run not on its own line after ':' with a remark" % r["id"])
        if sp["plain"] in sp["value"] or sp["plain"] == sp["value"]:
            errs.append("%s: run contains its plain" % r["id"])
        et = etypes.get(r["type"])
        if not et or not et[4].match(sp["plain"]):
            errs.append("%s: evasion plain shape" % r["id"])
        cparts = r["container"].split("__")
        if len(cparts) != 2 or cparts[0] != enc or cparts[1] not in wnames:
            errs.append("%s: container not <encoding>__<wording>" % r["id"])
        else:
            combo_t.setdefault(enc, []).append(r["type"])
            combo_w.setdefault(enc, []).append(cparts[1])
    for en in enc_names:
        if sorted(combo_t.get(en, [])) != sorted(etypes):
            errs.append("encoding %s not once per type" % en)
        if sorted(combo_w.get(en, [])) != sorted(wnames):
            errs.append("encoding %s not once per wording" % en)
    if len(E) != 66 or len(set(enc_names)) != 22:
        errs.append("evasions: %d records, %d encodings" % (len(E), len(set(enc_names))))

    # ---- negatives
    classes = set()
    ntexts = set()
    for n in N:
        if list(n.keys()) != NEG_FIELDS or n.get("source") != "negative":
            errs.append("%s: negative fields / source" % n.get("id"))
            continue
        classes.add(n["class"])
        if n["text"] in ntexts:
            errs.append("%s: duplicate negative text" % n["id"])
        ntexts.add(n["text"])
        tx = n["text"]
        if n["class"] == "buoyancy_aid_serials_and_gtins":
            for m in re.finditer(r"(?<!\d)(50\d{11})(?!\d)", tx):
                if gs1_check(m.group(1)[:-1]) != m.group(1)[-1]:
                    errs.append("%s: bad EAN-13 check digit" % n["id"])
        if n["class"] == "trailer_vin_and_plate_numbers":
            for m in re.finditer(r"\b(SB9[A-HJ-NPR-Z0-9]{14})\b", tx):
                if vin_check(m.group(1)) != m.group(1)[8]:
                    errs.append("%s: bad VIN check digit" % n["id"])
        if n["class"] == "coaching_award_certificate_numbers":
            for m in re.finditer(r"PUK(\d{10})", tx):
                if not luhn_ok(m.group(1)):
                    errs.append("%s: bad Luhn check digit" % n["id"])
        if n["class"] == "gpg_armored_encrypted_exports":
            m = re.search(r"-----BEGIN PGP MESSAGE-----\n\n(.*?)\n=(\S{4})\n-----END", tx, re.S)
            if not m:
                errs.append("%s: armor frame" % n["id"])
            else:
                data_b = base64.b64decode(m.group(1).replace("\n", ""))
                c = crc24(data_b)
                if base64.b64decode(m.group(2)) != bytes([(c >> 16) & 255, (c >> 8) & 255, c & 255]):
                    errs.append("%s: bad CRC-24 armor checksum" % n["id"])
        if n["class"] == "wireguard_and_ssh_public_keys":
            for m in re.finditer(r"ssh-ed25519 (\S+)", tx):
                b = base64.b64decode(m.group(1))
                if b[:15] != b"\x00\x00\x00\x0bssh-ed25519" or b[15:19] != b"\x00\x00\x00\x20" or len(b) != 51:
                    errs.append("%s: bad ssh-ed25519 framing" % n["id"])
        if n["class"] == "booking_widget_public_keys":
            for m in re.finditer(r"pk\.([A-Za-z0-9_-]+)\.", tx):
                try:
                    json.loads(b64u_dec(m.group(1)))
                except Exception:
                    errs.append("%s: Mapbox pk. middle part not JSON" % n["id"])
    if len(classes) < 16 or len(N) < 180:
        errs.append("negatives: %d classes, %d records" % (len(classes), len(N)))

    # ---- deny-list
    named = []
    for r in S + E:
        named += [("container", r.get("container", "")), ("span type", r.get("type", ""))]
    for r in E:
        named.append(("encoding", r.get("encoding", "")))
    for n in N:
        named += [("negative class", n.get("class", "")), ("negative container", n.get("container", ""))]
    named += [("spare kind", k) for k in everyday217.SPARE_KINDS]
    named += [("everyday kind", c[0]) for c in everyday217.CONTAINERS]
    named += [("vendor style", s[0]) for s in vendor217.STYLES]
    named += [("password suffix", s) for s in positional217.SUFFIX.values()]
    named += [("prose format", f) for f in prose217.FORMATS]
    named += [("evasion wording", w) for w in wnames]
    named += [("negative wrapper", w[0].lstrip("_")) for w in negatives217.WRAPPERS if w[0]]
    named += [("set-aside vendor", v[0]) for v in vendor217.SET_ASIDE]
    for what, nm in named:
        hit = deny_hit(nm, names)
        if hit:
            errs.append("deny-list: %s %s overlaps %s" % (what, nm, hit))
    langmap = {c: (nm,) for c, nm, *_ in prose217.LANGS}
    langmap.update({c: (nm,) for c, nm, _ in prose217.SPARES})
    prose_codes = []
    for r in S:
        if r.get("source") == "prose":
            code = r["container"].split("__")[-1]
            prose_codes.append(code)
    for code in prose_codes + [c for c, _, _ in prose217.SPARES]:
        nm = langmap.get(code, ("?",))[0].lower()
        words = [w for w in re.split(r"[\s,/()]+", nm) if w]
        if code in lcodes or code in names or nm in lnames or any(w in lnames for w in words) or code not in langmap:
            errs.append("deny-list: language %s (%s)" % (code, nm))

    # ---- counts
    bysrc = {}
    for r in S:
        bysrc.setdefault(r.get("source"), []).append(r)
    ev = bysrc.get("everyday", [])
    kinds_ev = {}
    for r in ev:
        kinds_ev.setdefault(r["container"], []).append(r["type"])
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(ev) != 180 or len(kinds_ev) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds_ev.values()):
        errs.append("everyday: %d records in %d kinds (need 45 x 4 distinct)" % (len(ev), len(kinds_ev)))
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        errs.append("everyday: types not 12 x 15")
    vd = bysrc.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor: %d records / %d types" % (len(vd), len({r["type"] for r in vd})))
    pw = bysrc.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("password: %d records / %d syntaxes" % (len(pw), len({r["type"] for r in pw})))
    pr = bysrc.get("prose", [])
    if len(pr) != 40 or len(set(prose_codes)) != 40:
        errs.append("prose: %d records in %d languages" % (len(pr), len(set(prose_codes))))
    if not (440 <= len(S) <= 470):
        errs.append("positives total %d" % len(S))
    nonev = [r["container"] for r in S if r.get("source") != "everyday"]
    if len(set(nonev)) != len(nonev):
        errs.append("non-everyday containers not unique")
    return errs


# ------------------------------------------------------------------ mutation tests
def _first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise LookupError


def mutations():
    def m01(d):
        r = d["secrets"][0]
        r["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][5]["id"] = d["secrets"][4]["id"]

    def m03(d):
        d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        sp = d["evasions"][7]["secrets"][0]
        sp["plain"] = sp["plain"][:-1] + ("x" if sp["plain"][-1] != "x" else "y")

    def m05(d):
        r = _first(d["secrets"], lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__boutique_api_dotenv_production"

    def m06(d):
        d["negatives"][0]["class"] = "garment_rfid_epc_tag_reads"

    def m07(d):
        d["secrets"][10]["type"] = d["secrets"][11]["type"] if d["secrets"][11]["type"] != d["secrets"][10]["type"] else "zzz"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        sp = r["secrets"][0]
        tx = r["text"]
        r["text"] = tx[:sp["start"] - 1] + tx[sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1

    def m10(d):
        a = _first(d["secrets"], lambda r: r["type"] == "crew_list_db_password")
        b = [r for r in d["secrets"] if r["type"] == "crew_list_db_password"][1]
        old = b["secrets"][0]["value"]
        new = a["secrets"][0]["value"]
        b["text"] = b["text"].replace(old, new)
        b["secrets"][0]["value"] = new
        b["secrets"][0]["end"] = b["secrets"][0]["start"] + len(new)

    def m11(d):
        r = _first(d["secrets"], lambda r: r["type"] == "consent_service_jwt")
        sp = r["secrets"][0]
        h, p, s = sp["value"].split(".")
        newv = h + "." + "bm90LWpzb24" + "." + s
        r["text"] = r["text"][:sp["start"]] + newv + r["text"][sp["end"]:]
        sp["value"] = newv
        sp["end"] = sp["start"] + len(newv)

    def m12(d):
        n = _first(d["negatives"], lambda n: n["class"] == "river_gauge_station_readings" and UUID_RE.search(n["text"]))
        m = UUID_RE.search(n["text"])
        u = m.group(0)
        n["text"] = n["text"].replace(u, u[:14] + "1" + u[15:])

    def m13(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    def m14(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = "rowpw_mongosh_lower_p_after_lower_u"

    def m15(d):
        r = _first(d["secrets"], lambda r: r["type"] == "outing_log_api_key")
        sp = r["secrets"][0]
        v = sp["value"]
        d2 = str((int(v[16]) + 1) % 10)
        newv = v[:16] + d2 + v[17:]
        r["text"] = r["text"][:sp["start"]] + newv + r["text"][sp["end"]:]
        sp["value"] = newv

    def m16(d):
        r = _first(d["secrets"], lambda r: r["type"] == "river_gauge_ingest_token")
        sp = r["secrets"][0]
        v = sp["value"]
        newv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"][:sp["start"]] + newv + r["text"][sp["end"]:]
        sp["value"] = newv

    def m17(d):
        n = _first(d["negatives"], lambda n: n["class"] == "buoyancy_aid_serials_and_gtins")
        m = re.search(r"(?<!\d)(50\d{11})(?!\d)", n["text"])
        g = m.group(1)
        n["text"] = n["text"].replace(g, g[:-1] + str((int(g[-1]) + 1) % 10))

    def m18(d):
        n = _first(d["negatives"], lambda n: n["class"] == "trailer_vin_and_plate_numbers")
        m = re.search(r"\b(SB9[A-HJ-NPR-Z0-9]{14})\b", n["text"])
        v = m.group(1)
        c = v[8]
        n["text"] = n["text"].replace(v, v[:8] + ("1" if c != "1" else "2") + v[9:])

    def m19(d):
        sp = _first(d["evasions"], lambda r: True)["secrets"][0]
        d["negatives"][1]["text"] += " " + sp["plain"]

    def m20(d):
        r = _first(d["secrets"], lambda r: r["type"] == "boathouse_wireguard_private_key")
        sp = r["secrets"][0]
        b = bytearray(base64.b64decode(sp["value"]))
        b[0] |= 7
        newv = base64.b64encode(bytes(b)).decode()
        r["text"] = r["text"][:sp["start"]] + newv + r["text"][sp["end"]:]
        sp["value"] = newv
        sp["end"] = sp["start"] + len(newv)

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
            ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
            ("m10_value_reused", m10), ("m11_jwt_payload_not_json", m11), ("m12_uuid_not_v4", m12),
            ("m13_deny_listed_language", m13), ("m14_earlier_syntax_name", m14), ("m15_damm_digit_broken", m15),
            ("m16_crc16_tail_broken", m16), ("m17_bad_ean13_check_digit", m17), ("m18_bad_vin_check_digit", m18),
            ("m19_evasion_plain_in_negative", m19), ("m20_wireguard_clamping_broken", m20)]


def run_mutations(data, deny):
    base = set(run_checks(data, deny))
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        try:
            fn(d)
            new = set(run_checks(d, deny)) - base
            results.append((name, bool(new)))
        except Exception as ex:  # a mutation that cannot be applied counts as not caught
            results.append((name + " (error %s)" % ex, False))
    return results
