"""All checks run before anything is written, plus mutation tests on deep copies."""
import base64
import copy
import json
import re
import zlib

import common179 as C
import dec179
import enc179
import everyday179
import evasions179
import negatives179
import positional179
import prose179
import vendor179

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*")
JWT_TYPES = {"checkin_app_session_jwt", "calendly_personal_access_token", "apple_musickit_developer_token",
             "lemon_squeezy_api_key", "supabase_service_role_key", "whereby_api_key"}
POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
VIN_RE = re.compile(r"\bWF0[A-HJ-NPR-Z0-9]{14}\b")
TICKET_RE = re.compile(r"\b7\d{15}\b")
GTIN_RE = re.compile(r"\b(?:50\d{11}|978\d{10})\b")


def _b64u_json(seg):
    raw = base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4))
    obj = json.loads(raw.decode())
    if not isinstance(obj, dict):
        raise ValueError("not an object")
    return obj


def _b62int(s):
    n = 0
    for ch in s:
        n = n * 62 + C.B62.index(ch)
    return n


def hidden_pw(rec):
    try:
        return positional179.hidden_password(rec)
    except Exception:
        return "<undecodable>"


def run_checks(b, deny):
    errs = []
    E = errs.append
    pos, eva, neg = b["secrets"], b["evasions"], b["negatives"]
    names = set(deny["names"])

    # ---------------- ids and fields
    for recs, letter, fields in ((pos, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        ids = [x.get("id") for x in recs]
        if len(set(ids)) != len(ids):
            E(f"duplicate id in {letter} file")
        for i, x in enumerate(recs):
            if x.get("id") != f"p179-{letter}-{i + 1:04d}":
                E(f"id not sequential / malformed: {x.get('id')} at {letter}[{i}]")
            if list(x.keys()) != fields:
                E(f"{x.get('id')}: fields {list(x.keys())}")
    # ---------------- spans
    all_values = []
    for x in pos + eva:
        sp = x.get("secrets", [])
        if len(sp) != 1:
            E(f"{x['id']}: {len(sp)} spans")
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if x in eva else SPAN_FIELDS
        if list(s.keys()) != want:
            E(f"{x['id']}: span fields {list(s.keys())}")
        v, st, en = s.get("value", ""), s.get("start"), s.get("end")
        if not v or v != v.strip():
            E(f"{x['id']}: empty or edge-whitespace value")
        if x["text"][st:en] != v:
            E(f"{x['id']}: span does not re-slice")
        if x["text"].count(v) != 1:
            E(f"{x['id']}: value occurs {x['text'].count(v)} times in its text")
        if s.get("type") != x.get("type"):
            E(f"{x['id']}: record type != span type")
        for bad in (C.MARK, "\0", "PRIVATE KEY", "«", "»"):
            if bad in x["text"]:
                E(f"{x['id']}: forbidden marker in text")
        all_values.append((x["id"], v))
    vals = [v for _, v in all_values]
    if len(set(vals)) != len(vals):
        E("a value is reused")
    texts = [(x["id"], x["text"]) for x in pos + eva]
    hidden = []
    for x in pos:
        if x["source"] == "password":
            h = hidden_pw(x)
            if h:
                hidden.append((x["id"], h))
    plains = [(x["id"], x["secrets"][0].get("plain", "")) for x in eva]
    for vid, v in all_values:
        for tid, t in texts:
            if tid != vid and v in t:
                E(f"value of {vid} appears in {tid}")
    for pid, p in plains + hidden:
        for tid, t in texts:
            if p and p in t:
                E(f"hidden / plain secret of {pid} appears in text of {tid}")
    forb = vals + [p for _, p in plains + hidden]
    for n in neg:
        for f in forb:
            if f and f in n["text"]:
                E(f"{n['id']}: contains a positive value / plain")
                break
    # ---------------- prose whitespace
    for x in pos:
        if x["source"] == "prose":
            s = x["secrets"][0]
            t = x["text"]
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                E(f"{x['id']}: prose value not set off by whitespace")
    # ---------------- shapes
    vendor_owner = {v[0] for v in vendor179.VENDORS if v[5] == "owner"}
    for x in pos:
        v = x["secrets"][0]["value"]
        t = x["type"]
        need_pw = (t in everyday179.PASSWORD_TYPES or t in vendor_owner or x["source"] == "prose"
                   or (x["source"] == "password" and not hidden_pw(x)))
        if need_pw and not C.PW_RE.match(v):
            E(f"{x['id']}: password shape {v!r}")
        if x["source"] == "password" and hidden_pw(x) and not C.PW_RE.match(hidden_pw(x)):
            E(f"{x['id']}: Base64 span does not hide a password of the right shape")
        for u in UUID_RE.findall(v):
            if u[14] != "4" or u[19].lower() not in "89ab":
                E(f"{x['id']}: UUID not version 4")
        jw = JWT_RE.findall(v)
        if t in JWT_TYPES and not jw:
            E(f"{x['id']}: JWT type without a JWT")
        for j in jw:
            h, p, _sig = j.split(".")
            try:
                _b64u_json(h)
                _b64u_json(p)
            except Exception:
                E(f"{x['id']}: JWT header / payload not base64url JSON")
        if v.startswith("ghp_"):
            body, crc = v[4:34], v[34:]
            if len(v) != 40 or _b62int(crc) != (zlib.crc32(body.encode()) & 0xFFFFFFFF):
                E(f"{x['id']}: ghp_ CRC-32 wrong")
        if t == "event_ticketing_api_key" and not re.fullmatch(r"tix_live_[0-9A-Za-z]{32}", v):
            E(f"{x['id']}: tix_live_ shape")
        if t == "esign_contract_webhook_secret" and not re.fullmatch(r"ctrwh_[0-9a-f]{48}", v):
            E(f"{x['id']}: ctrwh_ shape")
        if t == "gift_registry_sync_refresh_token":
            body = v[len("grs_rt."):]
            if not v.startswith("grs_rt.") or len(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))) != 48:
                E(f"{x['id']}: grs_rt. shape")
        if t == "van_tracker_aes_key" and not re.fullmatch(r"[0-9A-F]{32}", v):
            E(f"{x['id']}: van key shape")
        if t in ("instalment_plan_signing_key", "docusign_connect_hmac_key"):
            if len(v) != 44 or len(base64.b64decode(v, validate=True)) != 32:
                E(f"{x['id']}: Base64 key length")
        if t == "intercom_access_token":
            raw = base64.b64decode(v).decode()
            if not re.fullmatch(r"tok:[0-9a-f-]{36}:1:0", raw):
                E(f"{x['id']}: intercom token body")
    # ---------------- negative structure checks
    for n in neg:
        t = n["text"]
        for u in UUID_RE.findall(t):
            if u[14] != "4" or u[19].lower() not in "89ab":
                E(f"{n['id']}: UUID not version 4")
        for vin in VIN_RE.findall(t):
            if C.vin_check(vin) != vin[8]:
                E(f"{n['id']}: VIN check digit wrong")
        if n["class"] == "event_ticket_barcodes_and_check_in_ids":
            for tk in TICKET_RE.findall(t):
                if not C.luhn_ok(tk):
                    E(f"{n['id']}: ticket barcode Luhn wrong")
        if n["class"] == "gift_registry_gtin_and_isbn_items":
            for g in GTIN_RE.findall(t):
                if C.gs1_digit(g[:-1]) != g[-1]:
                    E(f"{n['id']}: GTIN check digit wrong")
        if "BEGIN PUBLIC KEY" in t:
            body = t.split("-----BEGIN PUBLIC KEY-----\n")[1].split("\n")[0]
            der = base64.b64decode(body)
            if len(der) != 44 or der[:12].hex() != "302a300506032b6570032100":
                E(f"{n['id']}: Ed25519 SPKI layout")
    # ---------------- evasions
    enc_count = {}
    for x in eva:
        s = x["secrets"][0]
        name = x.get("encoding")
        enc_count[name] = enc_count.get(name, 0) + 1
        if s.get("encoding") != name:
            E(f"{x['id']}: record / span encoding differ")
        if not x["container"].startswith(f"{name}__"):
            E(f"{x['id']}: container is not <encoding>__<wording>")
        try:
            d = dec179.decode(name, s["value"])
        except Exception as ex:
            d = "<error " + repr(ex) + ">"
        if d != s.get("plain"):
            E(f"{x['id']}: run does not decode to its plain")
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s.get("plain", "")):
            E(f"{x['id']}: plain alphabet")
        if s.get("plain", "#") in s["value"]:
            E(f"{x['id']}: run contains its plain")
        rule = enc179.ENCODINGS.get(name, (None, "\0"))[1]
        t = x["text"]
        if rule + ":\n" + s["value"] + "\n" not in t or s["start"] < 2 or t[s["start"] - 2:s["start"]] != ":\n" \
                or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            E(f"{x['id']}: rule / layout not as required")
        if x["type"] == "bloom_evasion_relay_password" and not C.PW_RE.match(s.get("plain", "")):
            E(f"{x['id']}: evasion password shape")
    if len(eva) != 66 or len(enc_count) != 22 or set(enc_count.values()) != {3}:
        E(f"evasion counts wrong: {len(eva)} records, {len(enc_count)} encodings")
    # ---------------- negatives
    if len(neg) < 180:
        E("fewer than 180 negatives")
    if len({n["class"] for n in neg}) < 16:
        E("fewer than 16 negative classes")
    if len({n["text"] for n in neg}) != len(neg):
        E("duplicate negative texts")
    for n in neg:
        if n.get("source") != "negative":
            E(f"{n['id']}: source")
    # ---------------- deny-list
    labels = []
    for x in pos + eva:
        labels.append(("container", x["container"]))
        labels.append(("span type", x["type"]))
    for x in eva:
        labels.append(("encoding", x["encoding"]))
    for n in neg:
        labels.append(("negative container", n["container"]))
        labels.append(("negative class", n["class"]))
    labels += [("vendor style", s) for s, _ in vendor179.STYLES]
    labels += [("password suffix", s) for s in positional179.SUFFIX.values()]
    labels += [("prose format", s) for s in prose179.FORMATS]
    labels += [("evasion wording", w[0]) for w in evasions179.WORDINGS]
    labels += [("negative wrapper", w[0]) for w in negatives179.WRAPPERS if w[0]]
    for kind, lab in labels:
        if C.denied(lab, names):
            E(f"deny-listed {kind}: {lab}")
    for x in pos:
        if x["source"] == "password":
            syn = x["type"][len(positional179.PFX):]
            if not x["type"].startswith(positional179.PFX) or syn in names or syn in set(deny["syntaxes"]):
                E(f"{x['id']}: earlier positional syntax {syn}")
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    prose_codes = []
    for x in pos:
        if x["source"] == "prose":
            code = x["container"].split("__")[-1]
            prose_codes.append(code)
            if code in codes or code in names:
                E(f"{x['id']}: deny-listed language code {code}")
    langmap = {c: nm for c, nm, _s, _t in prose179.LANGS}
    for code in prose_codes:
        nm = langmap.get(code, "").lower()
        if not nm or nm in lnames or any(w in lnames for w in nm.split()):
            E(f"language {code} ({nm}) deny-listed or unknown")
    # ---------------- counts
    ev = [x for x in pos if x["source"] == "everyday"]
    ve = [x for x in pos if x["source"] == "vendor"]
    pw = [x for x in pos if x["source"] == "password"]
    pr = [x for x in pos if x["source"] == "prose"]
    if len(ev) != 180:
        E("everyday count")
    kinds = {}
    for x in ev:
        kinds.setdefault(x["container"], []).append(x["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E("everyday kinds: need 45 kinds x 4 different types")
    tcount = {}
    for x in ev:
        tcount[x["type"]] = tcount.get(x["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        E("everyday types: need 12 types x 15 records")
    if len(ve) != 120 or len({x["type"] for x in ve}) != 120:
        E("vendor count / distinct types")
    for x in ve:
        if not x["container"].startswith(x["type"] + "__"):
            E(f"{x['id']}: vendor container not <type>__<style>")
    if not 95 <= len({x["type"] for x in pw}) <= 120 or len(pw) != len({x["type"] for x in pw}):
        E("positional syntax count")
    if len(pr) != 40 or len(set(prose_codes)) != 40:
        E("prose: need 40 records in 40 languages")
    if not 440 <= len(pos) <= 470:
        E("positive total out of range")
    groups = [set(x["type"] for x in g) for g in (ev, ve, pw, pr, eva)]
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if groups[i] & groups[j]:
                E("span types shared between sources")
    nonev = [x["container"] for x in ve + pw + pr + eva]
    if len(set(nonev)) != len(nonev):
        E("non-everyday containers not unique")
    for x in pos:
        if x["source"] not in ("everyday", "vendor", "password", "prose"):
            E(f"{x['id']}: source")
    for x in eva:
        if x["source"] != "evasion":
            E(f"{x['id']}: source")
    return errs


# ---------------------------------------------------------------- mutations
def _retext(rec, new_text, new_start):
    s = rec["secrets"][0]
    rec["text"] = new_text
    s["start"] = new_start
    s["end"] = new_start + len(s["value"])


def _find(b, src):
    return next(x for x in b["secrets"] if x["source"] == src)


def m01(b):
    b["secrets"][0]["secrets"][0]["start"] += 1


def m02(b):
    b["negatives"][5]["id"] = b["negatives"][4]["id"]


def m03(b):
    b["negatives"][0]["text"] += " " + b["secrets"][200]["secrets"][0]["value"]


def m04(b):
    b["evasions"][3]["secrets"][0]["plain"] += "x"


def m05(b):
    x = _find(b, "vendor")
    x["container"] = x["type"] + "__luthier_keepass_csv_export"


def m06(b):
    b["negatives"][7]["class"] = "pbkdf2_and_scrypt_stored_hashes"


def m07(b):
    b["secrets"][10]["secrets"][0]["type"] = "something_else"


def m08(b):
    del b["evasions"][-1]


def m09(b):
    x = _find(b, "prose")
    s = x["secrets"][0]
    _retext(x, x["text"][:s["start"] - 1] + x["text"][s["start"]:], s["start"] - 1)


def m10(b):
    a, c = b["secrets"][1], b["secrets"][2]
    v = a["secrets"][0]["value"]
    c["secrets"][0]["value"] = v
    _retext(c, "copied: " + v + "\n", len("copied: "))


def m11(b):
    x = b["evasions"][0]
    x["encoding"] = "rot47_printable_ascii"
    x["secrets"][0]["encoding"] = "rot47_printable_ascii"


def m12(b):
    x = b["secrets"][3]
    x["text"] += "\n" + x["secrets"][0]["value"]


def m13(b):
    x = next(r for r in b["secrets"] if r["type"] == "checkin_app_session_jwt")
    v = x["secrets"][0]["value"]
    h, p, s = v.split(".")
    bad = ".".join([h, "eyJub3QganNvbg", s])  # 'not json' after the eyJ prefix
    t = x["text"].replace(v, bad)
    x["secrets"][0]["value"] = bad
    _retext(x, t, x["secrets"][0]["start"])


def m14(b):
    x = _find(b, "prose")
    x["container"] = x["container"].split("__")[0] + "__deu"


def m15(b):
    x = _find(b, "password")
    x["type"] = "bloompw_sshpass_lower_p_before_ssh"
    x["secrets"][0]["type"] = x["type"]
    x["container"] = x["type"] + "__florist_shop_terminal_history"


def m16(b):
    n = next(x for x in b["negatives"] if VIN_RE.search(x["text"]))
    vin = VIN_RE.search(n["text"]).group(0)
    wrong = "0" if vin[8] != "0" else "1"
    n["text"] = n["text"].replace(vin, vin[:8] + wrong + vin[9:])


def m17(b):
    n = next(x for x in b["negatives"] if UUID_RE.search(x["text"]))
    u = UUID_RE.search(n["text"]).group(0)
    n["text"] = n["text"].replace(u, u[:14] + "1" + u[15:])


def m18(b):
    n = next(x for x in b["negatives"] if x["class"] == "event_ticket_barcodes_and_check_in_ids")
    tk = TICKET_RE.search(n["text"]).group(0)
    n["text"] = n["text"].replace(tk, tk[:-1] + str((int(tk[-1]) + 1) % 10))


def m19(b):
    x = next(r for r in b["secrets"] if r["type"] == "bloompw_nginx_proxy_set_header_basic_b64")
    v = x["secrets"][0]["value"]
    bad = base64.b64encode(b"ana:short").decode()
    x["secrets"][0]["value"] = bad
    _retext(x, x["text"].replace(v, bad), x["secrets"][0]["start"])


MUTATIONS = [
    ("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
    ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
    ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
    ("m10_value_reused", m10), ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12),
    ("m13_jwt_payload_not_json", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
    ("m16_bad_vin_check_digit", m16), ("m17_uuid_not_v4", m17), ("m18_bad_ticket_luhn", m18),
    ("m19_base64_span_hides_bad_password", m19),
]


def run_mutations(b, deny, clean_errs):
    base = set(clean_errs)
    results = []
    for name, fn in MUTATIONS:
        mb = copy.deepcopy(b)
        try:
            fn(mb)
            errs = run_checks(mb, deny)
            caught = bool(set(errs) - base)
        except Exception as ex:  # a crash in the checks is not a catch
            caught = False
            errs = [repr(ex)]
        results.append((name, caught))
    return results
