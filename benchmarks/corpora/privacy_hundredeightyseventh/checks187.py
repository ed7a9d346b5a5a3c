"""Checks run before anything is written, and mutation tests that the checks must catch."""
import base64
import copy
import json
import re
import zlib
from collections import Counter, defaultdict

import common187 as C
import dec187
import enc187
import everyday187
import negatives187 as NEG
import positional187
import prose187
import vendor187
import evasions187

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SLOT_RE = re.compile(r"@(?:V|K|U|H|N|D|S|P|PADU|PADV|B64U)@")
JWT_RE = re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")


def _deny_hit(name, deny):
    names = set(deny["names"])
    parts = [name.lower()] + [p.lower() for p in name.split("__")]
    return [p for p in parts if p in names]


def check(data, deny):
    E = []
    sec, ev, neg, hidden = data["secrets"], data["evasions"], data["negatives"], data["hidden"]
    # ---- ids and fields ----
    for recs, kind, fields in ((sec, "s", POS_FIELDS), (ev, "e", EV_FIELDS), (neg, "n", NEG_FIELDS)):
        seen = set()
        for i, r in enumerate(recs):
            want = "%s-%s-%04d" % (C.PREFIX, kind, i + 1)
            if r.get("id") != want:
                E.append("id %r at position %d (want %s)" % (r.get("id"), i, want))
            if r.get("id") in seen:
                E.append("duplicate id %r" % r.get("id"))
            seen.add(r.get("id"))
            if list(r.keys()) != fields:
                E.append("%s: fields %r" % (r.get("id"), list(r.keys())))
    all_pos = sec + ev
    for r in all_pos:
        rid = r["id"]
        if len(r["secrets"]) != 1:
            E.append("%s: %d spans" % (rid, len(r["secrets"])))
            continue
        sp = r["secrets"][0]
        if list(sp.keys()) != (EV_SPAN if r["source"] == "evasion" else POS_SPAN):
            E.append("%s: span fields %r" % (rid, list(sp.keys())))
        v = sp["value"]
        if r["text"][sp["start"]:sp["end"]] != v:
            E.append("%s: span does not re-slice" % rid)
        if not v or v != v.strip():
            E.append("%s: empty value or edge whitespace" % rid)
        if r["type"] != sp["type"]:
            E.append("%s: record type %s != span type %s" % (rid, r["type"], sp["type"]))
        if r["text"].count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (rid, r["text"].count(v)))
        if SLOT_RE.search(r["text"]) or "\0" in r["text"] or "PRIVATE KEY" in r["text"]:
            E.append("%s: slot marker, NUL or PRIVATE KEY in text" % rid)
    # ---- reuse and leaks ----
    vals = [r["secrets"][0]["value"] for r in all_pos]
    for v, n in Counter(vals).items():
        if n > 1:
            E.append("value reused %d times: %s" % (n, v[:30]))
    texts = [(r["id"], r["text"]) for r in all_pos] + [(r["id"], r["text"]) for r in neg]
    owner = {}
    for r in all_pos:
        owner.setdefault(r["secrets"][0]["value"], r["id"])
    hidden_strings = [h["password"] for h in hidden] + [r["secrets"][0]["plain"] for r in ev]
    for tid, t in texts:
        for v, rid in owner.items():
            if rid != tid and v in t:
                E.append("value of %s appears in %s" % (rid, tid))
        for h in hidden_strings:
            if h in t:
                E.append("hidden password / evasion plain %s appears in %s" % (h[:20], tid))
    # ---- source-specific ----
    by_src = defaultdict(list)
    for r in sec:
        by_src[r["source"]].append(r)
    if set(by_src) - {"everyday", "vendor", "password", "prose"}:
        E.append("unknown source in secrets: %r" % (set(by_src),))
    ev_types = {t[0]: t for t in everyday187.TYPES}
    for r in by_src["everyday"]:
        v = r["secrets"][0]["value"]
        t = r["type"]
        if t not in ev_types:
            E.append("%s: unknown everyday type" % r["id"])
            continue
        if ev_types[t][4] and not C.PW_RE.match(v):
            E.append("%s: everyday password shape %s" % (r["id"], v))
        if t == "resale_lister_sync_api_key" and not re.fullmatch(r"rsl_live_[0-9A-Za-z]{32}", v):
            E.append("%s: lister key shape" % r["id"])
        if t == "donor_match_webhook_secret":
            if not v.startswith("dmwhsec_") or len(C.b64url_decode(v[8:])) != 32 or len(v) != 51:
                E.append("%s: webhook secret shape" % r["id"])
        if t == "price_label_bridge_token" and not re.fullmatch(r"plb\.[0-9a-f]{40}", v):
            E.append("%s: label bridge token shape" % r["id"])
        if t == "van_tracker_tls_psk_hex" and not re.fullmatch(r"[0-9a-f]{32}", v):
            E.append("%s: psk shape" % r["id"])
        if t == "donor_export_age_secret_key":
            if not re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", v) or not C.bech32_verify(v):
                E.append("%s: age secret key checksum / shape" % r["id"])
        if t == "fulfilment_service_jwt":
            try:
                parts = v.split(".")
                h = json.loads(C.b64url_decode(parts[0]))
                p = json.loads(C.b64url_decode(parts[1]))
                if h.get("alg") != "HS384" or len(parts) != 3 or not isinstance(p, dict) or len(C.b64url_decode(parts[2])) != 48:
                    E.append("%s: fulfilment JWT not an HS384 JWT" % r["id"])
            except Exception:
                E.append("%s: fulfilment JWT header / payload not JSON" % r["id"])
    vendor_owner = {x[0] for x in vendor187.V if x[4] == "owner"}
    for r in by_src["vendor"]:
        v = r["secrets"][0]["value"]
        if r["type"] in vendor_owner and not C.PW_RE.match(v):
            E.append("%s: vendor password shape" % r["id"])
        if r["type"] == "github_classic_personal_access_token" and not C.github_style_ok(v, "ghp_"):
            E.append("%s: ghp_ CRC-32 wrong" % r["id"])
        if r["type"] == "matrix_homeserver_access_token":
            body, crc = v.rsplit("_", 1)
            if crc != C.b62_encode_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6):
                E.append("%s: matrix token CRC wrong" % r["id"])
    for r in all_pos:
        v = r["secrets"][0]["value"]
        if JWT_RE.match(v):
            try:
                a, b, _ = v.split(".")
                json.loads(C.b64url_decode(a))
                json.loads(C.b64url_decode(b))
            except Exception:
                E.append("%s: JWT-shaped value without JSON header/payload" % r["id"])
    hidden_by_id = {h["id"]: h for h in hidden}
    for r in by_src["password"]:
        v = r["secrets"][0]["value"]
        if r["id"] in hidden_by_id:
            h = hidden_by_id[r["id"]]
            try:
                raw = base64.b64decode(v, validate=True).decode()
            except Exception:
                E.append("%s: Base64 span does not decode" % r["id"])
                continue
            pw = {"b64pw": raw, "b64up": raw.split(":", 1)[-1], "b64nul": raw.split("\0")[-1]}[h["kind"]]
            if h["kind"] == "b64nul" and raw.count("\0") != 2:
                E.append("%s: AUTH PLAIN layout" % r["id"])
            if pw != h["password"] or not C.PW_STRICT_RE.match(pw):
                E.append("%s: Base64 span hides a bad password" % r["id"])
        elif not C.PW_STRICT_RE.match(v):
            E.append("%s: positional password shape %s" % (r["id"], v))
    for r in by_src["prose"]:
        sp = r["secrets"][0]
        t = r["text"]
        if not C.PW_STRICT_RE.match(sp["value"]):
            E.append("%s: prose password shape" % r["id"])
        if sp["start"] == 0 or not t[sp["start"] - 1].isspace() or sp["end"] >= len(t) or not t[sp["end"]].isspace():
            E.append("%s: prose value not set off by whitespace" % r["id"])
    # UUIDs everywhere are v4
    for tid, t in texts:
        for u in C.UUID_RE.findall(t):
            if not C.uuid_is_v4(u):
                E.append("%s: UUID %s is not version 4" % (tid, u))
    # ---- evasions ----
    enc_count = Counter()
    wordings = {w[0] for w in evasions187.WORDINGS}
    for r in ev:
        sp = r["secrets"][0]
        enc = r["encoding"]
        enc_count[enc] += 1
        if sp["encoding"] != enc:
            E.append("%s: record / span encoding differ" % r["id"])
        if enc not in enc187.ENCODINGS:
            E.append("%s: unknown encoding %s" % (r["id"], enc))
            continue
        try:
            d = dec187.decode(enc, sp["value"])
        except Exception as ex:
            d = "<decode error %s>" % ex
        if d != sp["plain"]:
            E.append("%s: run does not decode to its plain" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]):
            E.append("%s: plain alphabet" % r["id"])
        if sp["plain"] in sp["value"]:
            E.append("%s: run contains its plain" % r["id"])
        t = r["text"]
        rule = enc187.ENCODINGS[enc][1]
        if not t[:sp["start"]].endswith(rule + ":\n"):
            E.append("%s: rule, ':' and newline do not come right before the run" % r["id"])
        if "\n" in sp["value"] or t[sp["end"]:sp["end"] + 1] != "\n" or not t[sp["end"] + 1:].strip():
            E.append("%s: run not on its own line followed by a remark" % r["id"])
        if r["container"] != enc + "__" + r["container"].split("__")[-1] or r["container"].split("__")[-1] not in wordings:
            E.append("%s: evasion container" % r["id"])
        if r["type"] == "charity_evasion_till_password" and not C.PW_STRICT_RE.match(sp["plain"]):
            E.append("%s: evasion password plain shape" % r["id"])
    if len(ev) != 66 or len(enc_count) != 22 or set(enc_count.values()) != {3}:
        E.append("evasions: want 22 encodings x 3, got %d records / %d encodings" % (len(ev), len(enc_count)))
    # ---- negatives ----
    if len(neg) < 180:
        E.append("negatives: only %d" % len(neg))
    if len({r["class"] for r in neg}) < 16:
        E.append("negatives: fewer than 16 classes")
    for t, n in Counter(r["text"] for r in neg).items():
        if n > 1:
            E.append("negatives: duplicate text")
    for r in neg:
        if r["source"] != "negative":
            E.append("%s: source" % r["id"])
        t, c = r["text"], r["class"]
        if c == "isbn_codes_on_donated_books":
            for m in re.findall(r"\b(97[89]\d{10})\b", t):
                if NEG.isbn13_check(m[:12]) != m[12]:
                    E.append("%s: ISBN-13 check digit" % r["id"])
            for m in re.findall(r"(?m)^(\d{9}[\dX]),", t):
                if NEG.isbn10_check(m[:9]) != m[9]:
                    E.append("%s: ISBN-10 check digit" % r["id"])
        if c == "charity_and_vat_registration_numbers":
            for m in re.findall(r"GB(\d{9})", t):
                if NEG.vat_check(m[:7]) != m[7:]:
                    E.append("%s: VAT check digits" % r["id"])
        if c == "royal_mail_and_courier_tracking_numbers":
            for m in re.findall(r"\b[A-Z]{2}(\d{9})GB\b", t):
                if NEG.s10_check(m[:8]) != m[8]:
                    E.append("%s: S10 check digit" % r["id"])
        if c == "till_receipts_and_ean8_price_codes":
            for m in re.findall(r"\b(5\d{7})\b", t):
                if NEG.ean8_check(m[:7]) != m[7]:
                    E.append("%s: EAN-8 check digit" % r["id"])
        if c == "age_recipients_and_wireguard_public_keys":
            for m in re.findall(r"\bage1[0-9a-z]{58}\b", t):
                if not C.bech32_verify(m):
                    E.append("%s: age recipient checksum" % r["id"])
            for m in re.findall(r"PublicKey = (\S+)", t):
                if len(base64.b64decode(m)) != 32:
                    E.append("%s: WireGuard public key length" % r["id"])
    # ---- deny-list ----
    names_to_check = []
    for r in sec + ev:
        names_to_check += [("container", r["container"]), ("span type", r["type"])]
    for r in ev:
        names_to_check.append(("encoding", r["encoding"]))
    for r in neg:
        names_to_check += [("negative class", r["class"]), ("negative container", r["container"])]
    for what, n in sorted(set(names_to_check)):
        hit = _deny_hit(n, deny)
        if hit:
            E.append("deny-listed %s %s (%s)" % (what, n, ", ".join(hit)))
    syn = sorted({r["type"][len(positional187.PW_PREFIX):] for r in by_src["password"]})
    for s in syn:
        if s in set(deny["syntaxes"]) or s in set(deny["names"]):
            E.append("earlier positional syntax %s" % s)
    dcodes, dl = set(deny["language_codes"]), set(deny["language_names"])
    for code, name, _s, _t in prose187.LANGS + [(c, n, "", "") for c, n in prose187.SPARES]:
        if code in dcodes or code in dl or code in set(deny["names"]):
            E.append("deny-listed language code %s" % code)
        for w in [name.lower()] + name.lower().split():
            if w in dl:
                E.append("deny-listed language name %s" % name)
    prose_codes = [r["container"].split("__")[-1] for r in by_src["prose"]]
    for code in prose_codes:
        if code in dcodes:
            E.append("deny-listed language in prose record: %s" % code)
    # ---- counts ----
    if len(by_src["everyday"]) != 180:
        E.append("everyday: %d records" % len(by_src["everyday"]))
    kinds = defaultdict(list)
    for r in by_src["everyday"]:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E.append("everyday: want 45 kinds each with four different types")
    tcount = Counter(r["type"] for r in by_src["everyday"])
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        E.append("everyday: want 12 types x 15")
    vtypes = [r["type"] for r in by_src["vendor"]]
    if len(vtypes) != 120 or len(set(vtypes)) != 120:
        E.append("vendor: want 120 distinct types")
    for r in by_src["vendor"]:
        if not r["container"].startswith(r["type"] + "__") or r["container"].split("__")[-1] not in vendor187.STYLES:
            E.append("%s: vendor container" % r["id"])
    if not 95 <= len(syn) <= 120 or len(syn) != len(by_src["password"]):
        E.append("password: %d syntaxes for %d records" % (len(syn), len(by_src["password"])))
    if len(by_src["prose"]) != 40 or len(set(prose_codes)) != 40:
        E.append("prose: want 40 records in 40 languages")
    if not 440 <= len(sec) <= 470:
        E.append("positives: %d" % len(sec))
    tsets = {s: {r["type"] for r in recs} for s, recs in by_src.items()}
    tsets["evasion"] = {r["type"] for r in ev}
    ks = sorted(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                E.append("span types shared by %s and %s" % (ks[i], ks[j]))
    nonev = [r["container"] for r in sec + ev if r["source"] != "everyday"]
    for c, n in Counter(nonev).items():
        if n > 1:
            E.append("container used twice: %s" % c)
    return E


# ---------------- mutation tests ----------------
def _retext(rec, new_value):
    sp = rec["secrets"][0]
    rec["text"] = rec["text"][:sp["start"]] + new_value + rec["text"][sp["end"]:]
    sp["value"] = new_value
    sp["end"] = sp["start"] + len(new_value)


def _first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise LookupError


def mutations(deny):
    deny_history = sorted(n for n in deny["names"] if n.endswith("_history") and "__" not in n)[0]

    def m01(d): d["secrets"][0]["secrets"][0]["start"] += 1
    def m02(d): d["secrets"][1]["id"] = d["secrets"][0]["id"]
    def m03(d): d["negatives"][0]["text"] += " " + d["secrets"][5]["secrets"][0]["value"]
    def m04(d): d["evasions"][0]["secrets"][0]["plain"] = "x" + d["evasions"][0]["secrets"][0]["plain"]

    def m05(d):
        r = _first(d["secrets"], lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__" + deny_history

    def m06(d): d["negatives"][3]["class"] = "firmware_digests_and_checksums"

    def m07(d): d["secrets"][2]["type"] = d["secrets"][3]["type"] if d["secrets"][3]["type"] != d["secrets"][2]["type"] else "other_type"

    def m08(d): d["evasions"].pop()

    def m09(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        e = r["secrets"][0]["end"]
        r["text"] = r["text"][:e] + "," + r["text"][e + 1:]

    def m10(d):
        a, b = d["secrets"][10], d["secrets"][11]
        _retext(b, a["secrets"][0]["value"])

    def m11(d):
        r = d["evasions"][4]
        r["encoding"] = r["secrets"][0]["encoding"] = "duodecimal_code_points"

    def m12(d): d["secrets"][20]["text"] += "\n# again: " + d["secrets"][20]["secrets"][0]["value"]

    def m13(d):
        r = _first(d["secrets"], lambda r: r["type"] == "fulfilment_service_jwt")
        h, _p, s = r["secrets"][0]["value"].split(".")
        _retext(r, h + "." + C.b64url_nopad(b"not json at all") + "." + s)

    def m14(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    def m15(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = positional187.PW_PREFIX + "zip_capital_p_flag"

    def m16(d):
        r = _first(d["negatives"], lambda r: "isbn=" in r["text"])
        i = r["text"].index("isbn=") + 5 + 12
        r["text"] = r["text"][:i] + str((int(r["text"][i]) + 1) % 10) + r["text"][i + 1:]

    def m17(d):
        r = _first(d["negatives"], lambda r: C.UUID_RE.search(r["text"]))
        u = C.UUID_RE.search(r["text"]).group(0)
        r["text"] = r["text"].replace(u, u[:14] + "1" + u[15:])

    def m18(d):
        r = _first(d["secrets"], lambda r: r["type"] == "donor_export_age_secret_key")
        v = r["secrets"][0]["value"]
        _retext(r, v[:-1] + ("Q" if v[-1] != "Q" else "P"))

    def m19(d):
        r = _first(d["secrets"], lambda r: r["type"].endswith("http_authorization_basic_b64_pair"))
        _retext(r, base64.b64encode(b"lister:nopassword").decode())

    def m20(d):
        r = _first(d["negatives"], lambda r: "GB" in r["text"] and r["class"] == "charity_and_vat_registration_numbers")
        m = re.search(r"GB(\d{9})", r["text"])
        bad = "%02d" % ((int(m.group(1)[7:]) + 1) % 97)
        r["text"] = r["text"].replace(m.group(0), "GB" + m.group(1)[:7] + bad)

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12),
            ("m13_jwt_payload_not_json", m13), ("m14_deny_listed_language", m14),
            ("m15_earlier_syntax_name", m15), ("m16_bad_isbn13_check_digit", m16),
            ("m17_uuid_not_v4", m17), ("m18_age_key_bad_bech32_checksum", m18),
            ("m19_base64_span_hides_bad_password", m19), ("m20_bad_vat_check_digits", m20)]


def run_mutations(data, deny, base_errors):
    base = set(base_errors)
    results = []
    for name, fn in mutations(deny):
        d = copy.deepcopy(data)
        fn(d)
        new = set(check(d, deny)) - base
        results.append((name, bool(new)))
    return results
